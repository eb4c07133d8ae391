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
