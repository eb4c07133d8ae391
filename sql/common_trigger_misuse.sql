-- Every trigger function of the schema, attached to a table that is not
-- the one it is written for (a temporary table whose columns have other
-- types), at every timing and level, and fired by every event: each refuses
-- (39P01 trigger_protocol_violated, or a refusal of its own), none crashes
-- the server and none changes the foreign table's rows in a way it could
-- read as ours. Run as a superuser here; ordinary roles cannot even attach
-- them (EXECUTE is not granted to PUBLIC).
\pset footer off
SET client_min_messages = warning;
CREATE TEMP TABLE misuse_result (fn text, how text, outcome text);
DO $$
DECLARE
    f record;
    timing text;
    lvl text;
    ev text;
    stmt text;
    outcome text;
BEGIN
    FOR f IN SELECT p.oid::regprocedure AS sig, p.proname, l.lanname
               FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
              WHERE n.nspname = 'civilservice' AND p.prorettype = 'pg_catalog.trigger'::regtype
              ORDER BY p.proname LOOP
        FOREACH timing IN ARRAY ARRAY['BEFORE', 'AFTER'] LOOP
            FOREACH lvl IN ARRAY ARRAY['ROW', 'STATEMENT'] LOOP
                FOREACH ev IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE', 'TRUNCATE'] LOOP
                    CONTINUE WHEN ev = 'TRUNCATE' AND lvl = 'ROW';
                    BEGIN
                        CREATE TEMP TABLE act (state_body_id text, id text, term integer, status integer,
                                               number integer, signed_at text, employee_id text, at text);
                        INSERT INTO act VALUES ('x', 'y', 1, 2, 3, 'z', 'e', 'a');
                        EXECUTE format('CREATE TRIGGER misuse %s %s ON pg_temp.act FOR EACH %s EXECUTE FUNCTION civilservice.%I(%L)',
                                       timing, ev, lvl, f.proname, 'id');
                        stmt := CASE ev WHEN 'INSERT' THEN 'INSERT INTO pg_temp.act VALUES (''x'', ''y'', 1, 2, 3, ''z'', ''e'', ''a'')'
                                        WHEN 'UPDATE' THEN 'UPDATE pg_temp.act SET term = term + 1, status = 1'
                                        WHEN 'DELETE' THEN 'DELETE FROM pg_temp.act'
                                        ELSE 'TRUNCATE pg_temp.act' END;
                        EXECUTE stmt;
                        outcome := 'accepted';
                        DROP TABLE pg_temp.act;
                    EXCEPTION WHEN OTHERS THEN
                        outcome := SQLSTATE;
                    END;
                    INSERT INTO misuse_result VALUES (f.proname, format('%s %s %s', timing, lvl, ev), outcome);
                END LOOP;
            END LOOP;
        END LOOP;
    END LOOP;
END $$;
-- what each trigger function did on the foreign table, by outcome
SELECT fn, outcome, count(*) AS firings FROM misuse_result GROUP BY fn, outcome ORDER BY fn, outcome;
-- the server is still up, and nothing was accepted
SELECT count(*) FILTER (WHERE outcome = 'accepted') AS accepted, count(*) AS attempts FROM misuse_result;
