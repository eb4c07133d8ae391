-- pgTAP: the history (история) — written only by the extension,
-- append-only, hash-chained per state body — and the refusal of TRUNCATE
-- on every record table. Every guard with an accepted and a refused case,
-- SQLSTATE and constraint names; verify_history() clean after a workload
-- and finding an owner's edit, deletion and reordering.
BEGIN;
SELECT plan(41);
SET LOCAL datestyle = ISO;
SET LOCAL timezone = 'Asia/Almaty';
SET LOCAL client_min_messages = warning;

\ir lib/constraint_of.psql
-- SQLSTATE, constraint and message of a statement's refusal
CREATE FUNCTION pg_temp.refusal(stmt text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE s text; c text; m text;
BEGIN
    EXECUTE stmt;
    RETURN 'accepted';
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, c = CONSTRAINT_NAME, m = MESSAGE_TEXT;
    RETURN s || ' ' || coalesce(c, '-') || ' ' || m;
END $$;

-- 1. the contract
SELECT has_table('civilservice', 'history', 'table history exists');
SELECT has_column('civilservice', 'history', c, 'history has ' || c)
  FROM unnest(ARRAY['state_body_id', 'chain_seq', 'prev_hash', 'hash', 'session_role']) AS c;
SELECT ok((SELECT prosecdef FROM pg_proc WHERE oid = 'civilservice.keep_history()'::regprocedure),
          'keep_history() is SECURITY DEFINER');
SELECT is((SELECT proconfig FROM pg_proc WHERE oid = 'civilservice.keep_history()'::regprocedure),
          ARRAY['search_path=pg_catalog, pg_temp'], 'keep_history() pins search_path to pg_catalog, pg_temp');
SELECT is((SELECT proowner FROM pg_proc WHERE oid = 'civilservice.keep_history()'::regprocedure),
          (SELECT extowner FROM pg_extension WHERE extname = 'civilservice'),
          'keep_history() belongs to the role that ran CREATE EXTENSION');
SELECT is((SELECT provolatile::text FROM pg_proc WHERE oid = 'civilservice.verify_history(bigint)'::regprocedure), 's',
          'verify_history() is STABLE');
SELECT ok(NOT has_table_privilege('public', 'civilservice.history', 'INSERT, UPDATE, DELETE, TRUNCATE'),
          'PUBLIC may not write the history');
SELECT has_trigger('civilservice', 'history', 'history_append_only', 'the guard of the history');
SELECT has_trigger('civilservice', 'access_event', 'access_event_history', 'badge events keep their history');
SELECT is_empty($$SELECT c.relname FROM pg_class c
                   WHERE c.relnamespace = 'civilservice'::regnamespace AND c.relkind IN ('r', 'p')
                     AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
                     AND NOT EXISTS (SELECT FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = 'records_not_truncated')$$,
                'every record table has the trigger records_not_truncated');

-- 2. a workload: an act signed and cancelled, a recall, an employee
-- changed, badge events corrected and deleted, a calendar row of the
-- body's own revised (the reference chain)
INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES
 (791, '040540009906', 'Орган А'), (792, '040540009918', 'Орган Б');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, is_authorized) VALUES
 (791, 1, '900101400023', '2020-01-01', 'Уполномоченное лицо', true),
 (791, 2, '880202300037', '2020-01-01', 'Служащий', false),
 (792, 1, '900101400023', '2020-01-01', 'Другой', true);
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22' FROM civilservice.employee e JOIN civilservice.rule_wording w ON w.point = 'п. 22' ON CONFLICT DO NOTHING;
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
VALUES (791, 1, 'Д-1', '2026-02-02', 1, 'remote', 'agreement', 'Соглашение сторон', '[2026-02-02,2026-05-01)', 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (791, 1, 2);
UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 791 AND id = 1;
INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, report_at)
VALUES (791, 1, 2, 'employer', 'dsp_documents', '2026-02-10 10:00+05');
SELECT civilservice.cancel_act(791, 1, '2026-04-01', 'Систематическое нарушение');
UPDATE civilservice.employee SET position = 'главный специалист' WHERE state_body_id = 791;
UPDATE civilservice.employee SET position = 'руководитель' WHERE state_body_id = 792;
INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id) VALUES
 (791, 2, '2026-03-02 09:05+05', 'in', 'gate-1'),
 (791, 2, '2026-03-02 18:00+05', 'out', 'gate-1');
UPDATE civilservice.access_event SET at = '2026-03-02 08:58+05', source = 'hr'
 WHERE state_body_id = 791 AND employee_id = 2 AND at = '2026-03-02 09:05+05';
DELETE FROM civilservice.access_event WHERE state_body_id = 791 AND employee_id = 2 AND direction = 'out';
INSERT INTO civilservice.calendar_entry (id, calendar_code, day, kind, name, source)
VALUES (5791, 'kz', '2030-01-02', 'day_off', 'test', 'test');
UPDATE civilservice.calendar_entry SET name = 'test, revised' WHERE id = 5791;

SELECT is_empty($$SELECT * FROM civilservice.verify_history()$$, 'after the workload every chain verifies');
SELECT is((SELECT array_agg(chain_seq ORDER BY id) FROM civilservice.history WHERE state_body_id = 791),
          (SELECT array_agg(n::bigint) FROM generate_series(1, (SELECT count(*)::int FROM civilservice.history WHERE state_body_id = 791)) n),
          'the chain of a body counts 1, 2, 3, … in the order written');
SELECT ok((SELECT bool_and(h.prev_hash = p.hash) FROM civilservice.history h
             JOIN civilservice.history p ON p.state_body_id = h.state_body_id AND p.chain_seq = h.chain_seq - 1
            WHERE h.state_body_id = 791), 'each row names the hash of the row before it');
SELECT is((SELECT count(*)::int FROM civilservice.history WHERE state_body_id = 792), 1,
          'another body has a chain of its own');
SELECT ok(EXISTS (SELECT FROM civilservice.history WHERE state_body_id IS NULL AND table_name = 'calendar_entry' AND row_key = '5791'),
          'a change of reference data goes to the chain without a body');
SELECT results_eq($$SELECT operation, row_key, old_row ->> 'at', new_row ->> 'at', new_row ->> 'source'
                      FROM civilservice.history WHERE state_body_id = 791 AND table_name = 'access_event' ORDER BY id$$,
                  $$VALUES ('UPDATE', '[2, "2026-03-02T09:05:00+05:00", "in", "gate-1"]', '2026-03-02T09:05:00+05:00', '2026-03-02T08:58:00+05:00', 'hr'),
                           ('DELETE', '[2, "2026-03-02T18:00:00+05:00", "out", "gate-1"]', '2026-03-02T18:00:00+05:00', NULL, NULL)$$,
                  'a correction and a deletion of a badge event are kept, keyed by employee, time, direction and device');
SELECT ok((SELECT bool_and(changed_at = now() AND changed_by = session_user AND session_role = session_user)
             FROM civilservice.history WHERE state_body_id = 791),
          'changed_at is the transaction time, changed_by and session_role the caller');

-- 3. the role of the caller, as set by SET ROLE, even with INSERT granted
CREATE ROLE cs_tap_clerk IN ROLE civilservice_hr;
INSERT INTO civilservice.role_body (state_body_id, role_name) VALUES (791, 'cs_tap_clerk');
GRANT USAGE ON SCHEMA civilservice TO cs_tap_clerk;
GRANT SELECT, UPDATE ON civilservice.employee TO cs_tap_clerk;
GRANT SELECT, INSERT ON civilservice.history TO cs_tap_clerk;
GRANT USAGE ON SEQUENCE civilservice.history_id_seq TO cs_tap_clerk;
-- (pgTAP records its results in tables of the session's owner: the clerk's
-- outcomes are read into psql variables, and tested after RESET ROLE)
SET LOCAL ROLE cs_tap_clerk;
UPDATE civilservice.employee SET full_name = 'Служащий (Петров)' WHERE state_body_id = 791 AND id = 2;
SELECT pg_temp.refusal($$INSERT INTO civilservice.history (state_body_id, chain_seq, hash, table_name, row_key, operation, changed_at, changed_by, session_role, old_row)
                         VALUES (791, 99, '\x00', 'employee', '2', 'DELETE', now(), 'someone else', 'someone else', '{}')$$) AS clerk_forgery \gset
RESET ROLE;
SELECT is(:'clerk_forgery'::text, '23001 history_written_by_extension история: rows of civilservice.history are written only by civilservice.keep_history()',
          'a role granted INSERT cannot write the history (23001, history_written_by_extension)');
SELECT is((SELECT changed_by || ' / ' || session_role FROM civilservice.history WHERE state_body_id = 791 ORDER BY id DESC LIMIT 1),
          'cs_tap_clerk / ' || session_user,
          'changed_by is the role set by SET ROLE, session_role the session user');

-- 4. forged, edited, deleted, truncated: refused for the owner too
SELECT throws_ok($$INSERT INTO civilservice.history (state_body_id, chain_seq, hash, table_name, row_key, operation, changed_at, changed_by, session_role, old_row)
                   VALUES (791, 99, '\x00', 'employee', '2', 'DELETE', now(), 'x', 'x', '{}')$$,
                 '23001', NULL, 'the owner cannot insert into the history by hand');
SELECT throws_ok($$INSERT INTO civilservice.history SELECT * FROM civilservice.history WHERE state_body_id = 791 AND chain_seq = 1$$,
                 '23001', NULL, 'nor copy a row into it');
SELECT throws_ok($$UPDATE civilservice.history SET changed_by = 'x' WHERE state_body_id = 791$$,
                 '23001', 'история: civilservice.history is append-only: its rows cannot be updated', 'UPDATE of history is refused');
SELECT is(pg_temp.constraint_of($$UPDATE civilservice.history SET changed_by = 'x' WHERE state_body_id = 791$$),
          'history_append_only', 'the refusal of UPDATE names history_append_only');
SELECT throws_ok($$DELETE FROM civilservice.history WHERE state_body_id = 791$$,
                 '23001', 'история: civilservice.history is append-only: its rows cannot be deleted', 'DELETE of history is refused');
SELECT throws_ok($$TRUNCATE civilservice.history$$,
                 '23001', 'история: civilservice.history is append-only and cannot be truncated', 'TRUNCATE of history is refused');
SELECT is(pg_temp.constraint_of($$TRUNCATE civilservice.act, civilservice.history CASCADE$$),
          'records_not_truncated', 'TRUNCATE act, history CASCADE is refused');
SELECT throws_ok($$TRUNCATE civilservice.availability_demand$$,
                 '23001', 'история: civilservice.availability_demand cannot be truncated', 'TRUNCATE of a record table is refused');
SELECT is(pg_temp.constraint_of($$TRUNCATE civilservice.access_event_2026_03$$),
          'records_not_truncated', 'TRUNCATE of a partition of the badge events is refused');
SELECT lives_ok($$DELETE FROM civilservice.access_event WHERE state_body_id = 791$$,
                'DELETE of records is accepted (and kept in history)');
SELECT is_empty($$SELECT * FROM civilservice.verify_history()$$, 'still intact');

-- 5. the owner turns the guard off: verify_history() finds the edit, the
-- deletion and the reordering, and nothing once the rows are put back
ALTER TABLE civilservice.history DISABLE TRIGGER history_append_only;
CREATE TEMP TABLE saved AS SELECT * FROM civilservice.history WHERE state_body_id = 791 AND chain_seq IN (2, 3);
UPDATE civilservice.history SET changed_at = changed_at - interval '1 day' WHERE state_body_id = 791 AND chain_seq = 2;
SELECT results_eq($$SELECT chain_seq, problem FROM civilservice.verify_history(791)$$,
                  $$VALUES (2::bigint, 'edited: the row does not match its hash')$$, 'an edited row is found');
UPDATE civilservice.history h SET changed_at = s.changed_at FROM saved s WHERE h.id = s.id;
DELETE FROM civilservice.history WHERE state_body_id = 791 AND chain_seq = 2;
SELECT results_eq($$SELECT chain_seq, problem FROM civilservice.verify_history(791)$$,
                  $$VALUES (3::bigint, 'gap: position 2 of the chain is missing (a deleted row)')$$, 'a deleted row is found');
INSERT INTO civilservice.history SELECT * FROM saved WHERE chain_seq = 2;
UPDATE civilservice.history SET id = -id WHERE id IN (SELECT id FROM saved);
UPDATE civilservice.history SET id = (SELECT max(id) FROM saved) WHERE id = -(SELECT min(id) FROM saved);
UPDATE civilservice.history SET id = (SELECT min(id) FROM saved) WHERE id = -(SELECT max(id) FROM saved);
SELECT results_eq($$SELECT chain_seq, problem FROM civilservice.verify_history(791)$$,
                  $$VALUES (3::bigint, 'reordered: position 3 stands before position 2'),
                           (2::bigint, 'reordered: position 2 stands after position 3')$$, 'a reordering is found');
UPDATE civilservice.history SET id = -id WHERE id IN (SELECT id FROM saved);
UPDATE civilservice.history h SET id = s.id FROM saved s WHERE h.id < 0 AND h.chain_seq = s.chain_seq AND h.state_body_id = 791;
ALTER TABLE civilservice.history ENABLE TRIGGER history_append_only;
SELECT is_empty($$SELECT * FROM civilservice.verify_history()$$, 'the rows put back as they were verify again');
SELECT is_empty($$SELECT * FROM civilservice.verify_history(792)$$, 'another body''s chain was never concerned');

-- 6. the trigger functions refuse to run as anything but what they are
CREATE TABLE public.not_history (id integer);
CREATE TRIGGER t BEFORE TRUNCATE ON public.not_history FOR EACH STATEMENT EXECUTE FUNCTION civilservice.records_not_truncated();
SELECT throws_ok($$TRUNCATE public.not_history$$, '39P01', NULL, 'records_not_truncated() only guards tables of civilservice');
CREATE TRIGGER u BEFORE INSERT ON public.not_history FOR EACH ROW EXECUTE FUNCTION civilservice.history_append_only();
SELECT throws_ok($$INSERT INTO public.not_history VALUES (1)$$, '39P01', NULL, 'history_append_only() only guards civilservice.history');

SELECT * FROM finish();
ROLLBACK;
