-- Every list of values of the schema (a domain over text whose CHECK uses
-- civilservice.checked()) refuses an unknown value as a refusal of its point:
-- 23514, the constraint, the table, a message naming the point and a hint
-- listing the accepted values — never 22P02 as an enum input would.
\pset footer off
CREATE FUNCTION pg_temp.refusal_of(typ regtype) RETURNS TABLE (sqlstate text, constraint_name text, table_name text, message text, hint text)
LANGUAGE plpgsql AS $$
DECLARE st text; c text; t text; m text; h text;
BEGIN
    EXECUTE format('SELECT %L::%s', 'no_such_value', typ);
    RETURN QUERY SELECT 'accepted', NULL::text, NULL::text, NULL::text, NULL::text;
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, c = CONSTRAINT_NAME, t = TABLE_NAME, m = MESSAGE_TEXT, h = PG_EXCEPTION_HINT;
    RETURN QUERY SELECT st, c, t, m, h;
END $$;
SELECT ty.typname, r.*
  FROM pg_type ty
  CROSS JOIN LATERAL pg_temp.refusal_of(ty.oid::regtype) r
 WHERE ty.typnamespace = 'civilservice'::regnamespace AND ty.typtype = 'd'
   AND ty.typbasetype = 'text'::regtype
 ORDER BY ty.typname \gx
-- and no list of values is an enum
SELECT count(*) AS enum_types FROM pg_type WHERE typnamespace = 'civilservice'::regnamespace AND typtype = 'e';
