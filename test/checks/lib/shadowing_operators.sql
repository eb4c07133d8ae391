-- Shadowing operators in schema public, which is on the caller's search_path
-- after pg_catalog, as by default: exact-type operators for the types our
-- code compares through polymorphic operators of pg_catalog (enums, ranges,
-- arrays, domains of ours). Each raises when it is called.
DO $$
DECLARE
    t regtype;
    sub regtype;
    op text;
    n int := 0;
    body text := $b$ BEGIN RAISE EXCEPTION 'search-path hijack: a public operator was called on % values', pg_typeof(a); END $b$;
BEGIN
    FOR t IN
        SELECT ty.oid::regtype FROM pg_type ty JOIN pg_namespace ns ON ns.oid = ty.typnamespace
         WHERE ns.nspname = 'civilservice' AND ty.typtype IN ('e', 'd', 'r') AND ty.typname NOT LIKE '\_%'
         UNION ALL
        SELECT x::regtype FROM unnest(ARRAY['daterange', 'tstzrange', 'int8range', 'int4range', 'tsrange', 'numrange',
                                            'bigint[]', 'integer[]', 'smallint[]', 'text[]', 'date[]', 'boolean[]',
                                            'numeric[]']) x
    LOOP
        EXECUTE format('CREATE FUNCTION public.cs_trap(a %s, b %s) RETURNS boolean LANGUAGE plpgsql AS %L', t, t, body);
        FOREACH op IN ARRAY ARRAY['=', '<>', '<', '>', '<=', '>=', '&&', '@>', '<@', '-|-', '<<', '>>', '&<', '&>'] LOOP
            EXECUTE format('CREATE OPERATOR public.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = public.cs_trap)', op, t, t);
            n := n + 1;
        END LOOP;
        SELECT rngsubtype::regtype INTO sub FROM pg_range WHERE rngtypid = t;
        IF sub IS NOT NULL THEN
            EXECUTE format('CREATE FUNCTION public.cs_trap(a %s, b %s) RETURNS boolean LANGUAGE plpgsql AS %L', t, sub, body);
            EXECUTE format('CREATE OPERATOR public.@> (LEFTARG = %s, RIGHTARG = %s, FUNCTION = public.cs_trap)', t, sub);
            n := n + 1;
        END IF;
    END LOOP;
    RAISE NOTICE '% shadowing operators in public', n;
END $$;

-- Functions too: pg_catalog's range and array functions are polymorphic, so
-- a function of public with the exact argument types wins over them.
DO $$
DECLARE
    t regtype;
    f text;
    n int := 0;
    body text := $b$ BEGIN RAISE EXCEPTION 'search-path hijack: a public function was called on % values', pg_typeof(a); END $b$;
BEGIN
    FOREACH t IN ARRAY ARRAY['daterange', 'tstzrange', 'int8range', 'tsrange', 'numrange']::regtype[] LOOP
        FOREACH f IN ARRAY ARRAY['lower', 'upper', 'isempty', 'lower_inf', 'upper_inf'] LOOP
            EXECUTE format('CREATE FUNCTION public.%I(a %s) RETURNS %s LANGUAGE plpgsql AS %L', f, t,
                           CASE WHEN f IN ('lower', 'upper') THEN (SELECT rngsubtype::regtype::text FROM pg_range WHERE rngtypid = t) ELSE 'boolean' END,
                           body);
            n := n + 1;
        END LOOP;
        EXECUTE format('CREATE FUNCTION public.range_merge(a %s, b %s) RETURNS %s LANGUAGE plpgsql AS %L', t, t, t, body);
        n := n + 1;
    END LOOP;
    FOREACH t IN ARRAY ARRAY['bigint[]', 'integer[]', 'smallint[]', 'text[]', 'date[]']::regtype[] LOOP
        EXECUTE format('CREATE FUNCTION public.cardinality(a %s) RETURNS integer LANGUAGE plpgsql AS %L', t, body);
        EXECUTE format('CREATE FUNCTION public.array_length(a %s, b integer) RETURNS integer LANGUAGE plpgsql AS %L', t, body);
        n := n + 2;
    END LOOP;
    RAISE NOTICE '% shadowing functions in public', n;
END $$;
