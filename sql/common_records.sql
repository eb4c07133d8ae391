-- Two helpers the later tests share (they run in this database, after this
-- test): the outcome of a statement, and the fields of its refusal.
CREATE SCHEMA regress;
GRANT USAGE ON SCHEMA regress TO PUBLIC;
CREATE FUNCTION regress.try(stmt text)
    RETURNS TABLE (outcome text, sqlstate text, constraint_name text, message text, detail text, hint text)
LANGUAGE plpgsql AS $$
DECLARE
    st text; c text; m text; d text; h text;
BEGIN
    EXECUTE stmt;
    RETURN QUERY SELECT 'accepted', NULL::text, NULL::text, NULL::text, NULL::text, NULL::text;
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, c = CONSTRAINT_NAME, m = MESSAGE_TEXT,
                            d = PG_EXCEPTION_DETAIL, h = PG_EXCEPTION_HINT;
    RETURN QUERY SELECT 'refused', st, nullif(c, ''), m, nullif(d, ''), nullif(h, '');
END $$;
CREATE FUNCTION regress.refusal(stmt text)
    RETURNS TABLE (code text, constraint_name text, message text, detail text, hint text) LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE stmt;
    code := 'accepted';
    RETURN NEXT;
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS code = RETURNED_SQLSTATE, constraint_name = CONSTRAINT_NAME,
                            message = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
    RETURN NEXT;
END $$;

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

-- The history (история): written only by the extension, append-only,
-- hash-chained per state body, and no record table is truncated.
SET datestyle = ISO;
SET timezone = 'Asia/Almaty';
\set SHOW_CONTEXT never
-- SQLSTATE, constraint and message of a statement's refusal
CREATE FUNCTION pg_temp.refusal(stmt text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE s text; c text; m text;
BEGIN
    EXECUTE stmt;
    RETURN 'accepted';
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, c = CONSTRAINT_NAME, m = MESSAGE_TEXT;
    RETURN s || ' ' || coalesce(c, '-') || ': ' || m;
END $$;

-- keep_history() writes as the extension's owner, with a pinned search_path;
-- nobody else may write the history
SELECT p.prosecdef AS security_definer, p.proconfig,
       p.proowner = (SELECT extowner FROM pg_extension WHERE extname = 'civilservice') AS owned_by_extension_owner
  FROM pg_proc p WHERE p.oid = 'civilservice.keep_history()'::regprocedure;
SELECT privilege, has_table_privilege('public', 'civilservice.history', privilege) AS public_has
  FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) AS privilege;

-- Everything below runs in one transaction, rolled back at the end: the
-- tests that follow see none of it.
BEGIN;
-- a body, employees, a change: history records who (the role set, and the
-- session user), when (the transaction time), in the body's chain
INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (990, '040540009906', 'Орган истории');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name) VALUES
 (990, 1, '900101400023', '2020-01-01', 'Служащий'),
 (990, 2, '880202300037', '2020-01-01', 'Служащая');
CREATE ROLE cs_history_clerk IN ROLE civilservice_hr;
INSERT INTO civilservice.role_body (state_body_id, role_name) VALUES (990, 'cs_history_clerk');
GRANT USAGE ON SCHEMA civilservice TO cs_history_clerk;
GRANT SELECT, UPDATE, DELETE ON civilservice.employee TO cs_history_clerk;
-- even a role granted INSERT on the history cannot write it
GRANT SELECT, INSERT ON civilservice.history TO cs_history_clerk;
GRANT USAGE ON SEQUENCE civilservice.history_id_seq TO cs_history_clerk;
UPDATE civilservice.employee SET position = 'главный специалист' WHERE state_body_id = 990 AND id = 1;
SET ROLE cs_history_clerk;
UPDATE civilservice.employee SET full_name = 'Служащая (Иванова)' WHERE state_body_id = 990 AND id = 2;
SELECT pg_temp.refusal($$INSERT INTO civilservice.history (state_body_id, chain_seq, hash, table_name, row_key, operation, changed_at, changed_by, session_role, old_row)
                          VALUES (990, 3, '\x00', 'employee', '1', 'DELETE', now(), 'someone else', 'someone else', '{}')$$) AS forged_by_granted_role;
RESET ROLE;
SELECT state_body_id, chain_seq, table_name, row_key, operation, changed_by, session_role,
       changed_at = now() AS at_transaction_time, prev_hash IS NULL AS first_link,
       old_row ->> 'full_name' AS old_name, new_row ->> 'full_name' AS new_name
  FROM civilservice.history WHERE state_body_id = 990 ORDER BY id;

-- forged, edited, deleted, truncated history: refused for everyone, the
-- owner included (these statements run as the superuser who owns it all)
SET client_min_messages = warning;
SAVEPOINT refused;
INSERT INTO civilservice.history (state_body_id, chain_seq, hash, table_name, row_key, operation, changed_at, changed_by, session_role, old_row)
VALUES (990, 3, '\x00', 'employee', '1', 'DELETE', now(), 'postgres', 'postgres', '{}');
ROLLBACK TO SAVEPOINT refused;
SELECT stmt, pg_temp.refusal(stmt) FROM unnest(ARRAY[
  $$INSERT INTO civilservice.history (state_body_id, chain_seq, hash, table_name, row_key, operation, changed_at, changed_by, session_role, old_row) SELECT state_body_id, chain_seq + 10, hash, table_name, row_key, operation, changed_at, changed_by, session_role, old_row FROM civilservice.history WHERE state_body_id = 990$$,
  $$UPDATE civilservice.history SET changed_by = 'someone else' WHERE state_body_id = 990$$,
  $$DELETE FROM civilservice.history WHERE state_body_id = 990$$,
  $$TRUNCATE civilservice.history$$,
  $$TRUNCATE civilservice.act, civilservice.history CASCADE$$,
  $$TRUNCATE civilservice.employee CASCADE$$,
  $$TRUNCATE civilservice.state_body CASCADE$$,
  $$TRUNCATE civilservice.access_event$$,
  $$TRUNCATE civilservice.access_event_2026_03$$,
  $$TRUNCATE civilservice.violation$$
]) AS stmt;
UPDATE civilservice.history SET changed_by = 'someone else' WHERE state_body_id = 990;
ROLLBACK TO SAVEPOINT refused;
TRUNCATE civilservice.act, civilservice.history CASCADE;
ROLLBACK TO SAVEPOINT refused;
RESET client_min_messages;
SELECT count(*) AS rows_of_body_990 FROM civilservice.history WHERE state_body_id = 990;

-- every record table refuses TRUNCATE (whoever's part created it); the
-- extension's own reference tables are guarded by their shipped rows
SELECT c.relname AS record_table_without_guard
  FROM pg_class c
 WHERE c.relnamespace = 'civilservice'::regnamespace AND c.relkind IN ('r', 'p')
   AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
   AND NOT EXISTS (SELECT FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = 'records_not_truncated'
                      AND g.tgtype = 34);  -- BEFORE TRUNCATE FOR EACH STATEMENT
SELECT civilservice.guard_records_truncate() AS newly_guarded;

-- badge events (п. 20): a correction and a deletion are kept, keyed by
-- (employee_id, at, direction, device_id) within the body
INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id) VALUES
 (990, 1, '2026-03-02 09:00+05', 'in', 'gate-1'),
 (990, 1, '2026-03-02 18:00+05', 'out', 'gate-1'),
 (990, 2, '2026-03-02 09:05+05', 'in', 'gate-2');
UPDATE civilservice.access_event SET at = '2026-03-02 08:55+05', source = 'hr'
 WHERE state_body_id = 990 AND employee_id = 2 AND at = '2026-03-02 09:05+05';
DELETE FROM civilservice.access_event WHERE state_body_id = 990 AND employee_id = 1 AND direction = 'out';
SELECT chain_seq, table_name, row_key, operation, old_row ->> 'at' AS old_at, new_row ->> 'at' AS new_at, new_row ->> 'source' AS new_source
  FROM civilservice.history WHERE state_body_id = 990 AND table_name = 'access_event' ORDER BY id;
-- an event waiting in the default partition and moved into its new month
-- is not a change
SAVEPOINT moved;
INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id)
VALUES (990, 1, '2031-05-04 09:00+05', 'in', 'gate-1');
SELECT civilservice.ensure_access_event_partitions('2031-05-01', 1);
SELECT tableoid::regclass AS partition FROM civilservice.access_event WHERE state_body_id = 990 AND at > '2031-01-01';
SELECT count(*) AS history_rows_of_the_move FROM civilservice.history WHERE state_body_id = 990 AND row_key LIKE '%2031-05-04%';
ROLLBACK TO SAVEPOINT moved;

-- the chains verify
SELECT * FROM civilservice.verify_history();
SELECT * FROM civilservice.verify_history(990);
SELECT body_id, chain_seq, length(hash) AS hex_digits FROM civilservice.history_chain_heads() WHERE body_id = 990;

-- whoever turns the guards off (the owner, a superuser) and edits, deletes
-- or reorders rows is found out by verify_history()
SAVEPOINT tampered;
ALTER TABLE civilservice.history DISABLE TRIGGER history_append_only;
-- an edit: the second change of the body said to be someone else's
UPDATE civilservice.history SET changed_by = 'someone else' WHERE state_body_id = 990 AND chain_seq = 2;
SELECT * FROM civilservice.verify_history(990);
ROLLBACK TO SAVEPOINT tampered;
SAVEPOINT tampered;
ALTER TABLE civilservice.history DISABLE TRIGGER history_append_only;
-- a deletion: the row of the badge event's correction
DELETE FROM civilservice.history WHERE state_body_id = 990 AND chain_seq = 3;
SELECT * FROM civilservice.verify_history(990);
ROLLBACK TO SAVEPOINT tampered;
-- the deletion of a chain's newest rows leaves no successor to notice it:
-- the last link, kept outside the database, does
CREATE TEMP TABLE kept_heads AS SELECT * FROM civilservice.history_chain_heads();
SAVEPOINT tampered;
ALTER TABLE civilservice.history DISABLE TRIGGER history_append_only;
DELETE FROM civilservice.history WHERE state_body_id = 990 AND chain_seq = 4;
SELECT count(*) AS problems_found_in_the_chain FROM civilservice.verify_history(990);
SELECT k.body_id, k.chain_seq AS kept_head, h.chain_seq AS head_now
  FROM kept_heads k LEFT JOIN civilservice.history_chain_heads() h ON h.body_id IS NOT DISTINCT FROM k.body_id
 WHERE h.hash IS DISTINCT FROM k.hash;
ROLLBACK TO SAVEPOINT tampered;
SAVEPOINT tampered;
ALTER TABLE civilservice.history DISABLE TRIGGER history_append_only;
-- a reordering: the first two changes of the body swapped
CREATE TEMP TABLE two_ids AS SELECT id FROM civilservice.history WHERE state_body_id = 990 AND chain_seq IN (1, 2);
UPDATE civilservice.history h SET id = -h.id FROM two_ids t WHERE h.id = t.id;
UPDATE civilservice.history h SET id = (SELECT max(id) FROM two_ids) WHERE h.id = -(SELECT min(id) FROM two_ids);
UPDATE civilservice.history h SET id = (SELECT min(id) FROM two_ids) WHERE h.id = -(SELECT max(id) FROM two_ids);
SELECT * FROM civilservice.verify_history(990);
ROLLBACK TO SAVEPOINT tampered;
SAVEPOINT tampered;
ALTER TABLE civilservice.history DISABLE TRIGGER history_append_only;
-- an edit that recomputes the row's own hash breaks the next link
UPDATE civilservice.history SET changed_by = 'someone else',
       hash = civilservice.history_digest(state_body_id, chain_seq, prev_hash, table_name, row_key, operation,
                                          changed_at, 'someone else', session_role, old_row, new_row)
 WHERE state_body_id = 990 AND chain_seq = 2;
SELECT * FROM civilservice.verify_history(990);
ROLLBACK TO SAVEPOINT tampered;
SELECT count(*) AS problems_after_rollback FROM civilservice.verify_history();
ROLLBACK;
