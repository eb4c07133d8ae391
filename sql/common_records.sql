-- The records of the state bodies are ordinary tables created by one call
-- after CREATE EXTENSION; the call is idempotent.
SELECT civilservice.create_records();
SELECT civilservice.create_records();

-- None of them is a member of the extension; the reference tables are.
SELECT c.relname, d.deptype IS NOT NULL AS member
  FROM pg_class c
  LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
 WHERE c.relnamespace = 'civilservice'::regnamespace AND c.relkind IN ('r', 'p')
   AND c.relname !~ '^access_event_20'
 ORDER BY member, c.relname;

-- Only the owner of the database objects may create them.
SELECT has_function_privilege('public', 'civilservice.create_records()', 'EXECUTE') AS public_may_create;

-- DROP EXTENSION without CASCADE never takes the records away: it is
-- refused while they depend on the extension, saying what depends on it.
DO $$
BEGIN
    DROP EXTENSION civilservice;
EXCEPTION WHEN dependent_objects_still_exist THEN
    DECLARE
        msg text; det text;
    BEGIN
        GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL;
        RAISE NOTICE 'refused: %', msg;
        RAISE NOTICE 'detail names table civilservice.act: %, table civilservice.employee: %',
            det LIKE '%table civilservice.act %', det LIKE '%table civilservice.employee %';
    END;
END $$;
SELECT count(*) AS tables_still_there FROM pg_class
 WHERE relnamespace = 'civilservice'::regnamespace AND relname IN ('act', 'employee', 'history', 'access_event');
