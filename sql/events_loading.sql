-- п. 20: access-control (СКУД) events loaded with COPY: resends stored once,
-- late events accepted, malformed rows refused or diverted, partitions; the
-- COPY is run by the library (any session, no preliminary call), with the
-- table's other triggers, its WHERE clause and the loader's privileges; an
-- employee who has events is not deleted.
SET datestyle = ISO;
SET timezone = 'Asia/Almaty';
\set SHOW_CONTEXT never
-- One transaction, rolled back at the end: the other tests share the database.
\set ON_ERROR_ROLLBACK on
BEGIN;

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES
 (820, '040540001072', 'Министерство'), (821, '040540001082', 'Комитет');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name) VALUES
 (820, 1, '900101400023', '2020-01-01', 'Асанов'),
 (820, 2, '880202300037', '2020-01-01', 'Бекова'),
 (821, 83, '910303400043', '2020-01-01', 'Чужой');

-- the error of a statement: SQLSTATE, constraint, message
CREATE FUNCTION pg_temp.try(stmt text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE s text; c text; m text;
BEGIN
    EXECUTE stmt;
    RETURN 'ok';
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, c = CONSTRAINT_NAME, m = MESSAGE_TEXT;
    RETURN s || ' ' || coalesce(c, '-') || ': ' || m;
END $$;

-- a feed with a resend inside it (the second 09:00:05 line)
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
820,1,2026-03-02 08:55:10+05,in,gate-1
820,2,2026-03-02 09:00:05+05,in,gate-2
820,2,2026-03-02 09:00:05+05,in,gate-2
820,1,2026-03-02 13:01:00+05,out,gate-1
820,1,2026-03-02 13:55:00+05,in,gate-1
820,2,2026-03-02 18:03:00+05,out,gate-2
\.
SELECT * FROM civilservice.access_event_load_stats();

-- the next feed resends two of them, adds one event and a late one
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
820,1,2026-03-02 13:55:00+05,in,gate-1
820,2,2026-03-02 18:03:00+05,out,gate-2
820,1,2026-03-02 18:10:00+05,out,gate-1
820,2,2026-03-02 13:10:00+05,out,gate-2
\.
-- the same instant, another device or direction, is another event
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id, source) FROM STDIN (FORMAT csv);
820,2,2026-03-02 13:10:00+05,out,gate-3,skud
820,2,2026-03-02 13:10:00+05,in,gate-2,hr
820,2,2026-03-02 13:10:00+05,out,gate-2,hr
\.
SELECT employee_id, at, direction, device_id, source FROM civilservice.access_event
 WHERE state_body_id = 820 ORDER BY at, employee_id, device_id, direction;

-- malformed rows are refused, and nothing of the load is stored
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
820,1,2026-03-03 08:50:00+05,in,gate-1
820,7,2026-03-03 08:51:00+05,in,gate-1
\.
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
820,83,2026-03-03 08:52:00+05,in,gate-1
\.
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
820,1,2026-03-03 08:53:00+05,IN,gate-1
\.
SELECT count(*) AS stored_on_0303 FROM civilservice.access_event
 WHERE state_body_id = 820 AND at >= '2026-03-03' AND at < '2026-03-04';
-- SQLSTATE and constraint of each refusal, for COPY and for INSERT alike
SELECT pg_temp.try($$COPY civilservice.access_event FROM PROGRAM 'echo 820,7,2026-03-03 09:00+05,in,gate-1,skud' (FORMAT csv)$$);
SELECT pg_temp.try($$COPY civilservice.access_event FROM PROGRAM 'echo 820,83,2026-03-03 09:00+05,in,gate-1,skud' (FORMAT csv)$$);
SELECT pg_temp.try($$INSERT INTO civilservice.access_event VALUES (820, 7, '2026-03-03 09:00+05', 'in', 'gate-1')$$);
SELECT pg_temp.try($$INSERT INTO civilservice.access_event VALUES (821, 1, '2026-03-03 09:00+05', 'in', 'gate-1')$$);
SELECT pg_temp.try($$INSERT INTO civilservice.access_event VALUES (820, 1, '2026-03-03 09:00+05', 'выход', 'gate-1')$$);
SELECT pg_temp.try($$COPY civilservice.access_event FROM PROGRAM 'echo 820,2,2026-03-03 09:00+05,sideways,gate-2,skud' (FORMAT csv)$$);
SELECT pg_temp.try($$COPY civilservice.access_event FROM PROGRAM 'echo 820,,2026-03-03 09:00+05,in,gate-2,skud' (FORMAT csv)$$);
SELECT pg_temp.try($$INSERT INTO civilservice.access_event VALUES (820, 1, '2026-03-03 09:00+05', 'in', NULL)$$);
-- an UPDATE is checked as an INSERT
SELECT pg_temp.try($$UPDATE civilservice.access_event SET employee_id = 83 WHERE state_body_id = 820 AND employee_id = 1$$);
SELECT pg_temp.try($$UPDATE civilservice.access_event SET direction = 'вход' WHERE state_body_id = 820 AND employee_id = 1$$);
-- a plain INSERT of a stored event meets the primary key; ON CONFLICT skips it
SELECT pg_temp.try($$INSERT INTO civilservice.access_event VALUES (820, 1, '2026-03-02 08:55:10+05', 'in', 'gate-1')$$);
INSERT INTO civilservice.access_event VALUES (820, 1, '2026-03-02 08:55:10+05', 'in', 'gate-1') ON CONFLICT DO NOTHING;

-- divert mode: the good rows are stored, the bad ones are set aside
SET civilservice.access_event_rejects = 'divert';
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
820,1,2026-03-04 08:40:00+05,in,gate-1
820,7,2026-03-04 08:41:00+05,in,gate-1
820,83,2026-03-04 08:42:00+05,in,gate-1
820,2,2026-03-04 08:43:00+05,вход,gate-2
820,,2026-03-04 08:44:00+05,in,gate-2
820,2,2026-03-04 08:45:00+05,in,gate-2
820,2,2026-03-04 08:45:00+05,in,gate-2
\.
SELECT * FROM civilservice.access_event_load_stats();
SELECT employee_id, at, direction FROM civilservice.access_event
 WHERE state_body_id = 820 AND at >= '2026-03-04' AND at < '2026-03-05' ORDER BY at;
SELECT employee_id, direction, sqlstate, constraint_name, reason
  FROM civilservice.access_event_rejected ORDER BY id;
RESET civilservice.access_event_rejects;

-- a COPY straight into a partition is checked and deduplicated too
COPY civilservice.access_event_2026_03 (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
820,1,2026-03-04 08:40:00+05,in,gate-1
820,1,2026-03-04 18:20:00+05,out,gate-1
\.
SELECT * FROM civilservice.access_event_load_stats();

-- partitions: the install covers 2024-01 to 2027-12; an event of a month
-- without a partition waits in the default partition
SELECT count(*) AS partitions, min(c.relname) AS first, max(c.relname) FILTER (WHERE c.relname <> 'access_event_default') AS last
  FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
 WHERE i.inhparent = 'civilservice.access_event'::regclass;
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
820,1,2028-03-01 00:10:00+05,in,gate-1
820,1,2028-03-31 23:50:00+05,out,gate-1
820,1,2028-02-29 23:50:00+05,out,gate-1
\.
SELECT tableoid::regclass AS partition, at FROM civilservice.access_event WHERE state_body_id = 820 AND at >= '2028-01-01' ORDER BY at;
-- maintenance creates the months ahead and moves the waiting events
SELECT civilservice.ensure_access_event_partitions('2028-02-15', 3);
SELECT civilservice.ensure_access_event_partitions('2028-02-01', 3);
SELECT tableoid::regclass AS partition, at FROM civilservice.access_event WHERE state_body_id = 820 AND at >= '2028-01-01' ORDER BY at;
-- a resend into the new partition is still skipped
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
820,1,2028-03-01 00:10:00+05,in,gate-1
\.
SELECT pg_temp.try($$SELECT civilservice.ensure_access_event_partitions('2028-01-01', 0)$$);
SELECT obj_description('civilservice.access_event_2028_03'::regclass, 'pg_class');

-- a new employee is known to the next statement (cache invalidation)
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name) VALUES
 (820, 7, '870404500059', '2026-03-01', 'Новый');
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
820,7,2026-03-05 08:51:00+05,in,gate-1
\.

-- the WHERE clause of a COPY selects rows before the checks
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv)
  WHERE device_id <> 'gate-test';
820,7,2026-03-05 13:00:00+05,out,gate-1
820,99,2026-03-05 13:01:00+05,in,gate-test
\.

-- a function named access_event_accept, wherever it is, plays no part
CREATE FUNCTION public.access_event_accept(bigint, bigint, timestamptz, text, text, text) RETURNS boolean
  LANGUAGE sql AS 'SELECT false';
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
820,7,2026-03-05 13:55:00+05,in,gate-1
820,7,2026-03-05 13:55:00+05,in,gate-1
\.
DROP FUNCTION public.access_event_accept(bigint, bigint, timestamptz, text, text, text);

-- the table's other triggers run in the load: a BEFORE ROW trigger may
-- change a row (then the rules apply to the changed row) or skip it; a
-- statement trigger sees the rows stored through its transition table
CREATE FUNCTION pg_temp.tidy_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.source = 'test' THEN RETURN NULL; END IF;
    NEW.device_id := btrim(NEW.device_id);
    RETURN NEW;
END $$;
CREATE FUNCTION pg_temp.count_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'rows in the transition table: %', (SELECT count(*) FROM new_rows);
    RETURN NULL;
END $$;
CREATE TRIGGER tidy_event BEFORE INSERT ON civilservice.access_event
    FOR EACH ROW EXECUTE FUNCTION pg_temp.tidy_event();
CREATE TRIGGER count_new AFTER INSERT ON civilservice.access_event
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION pg_temp.count_new();
COPY civilservice.access_event FROM STDIN (FORMAT csv);
820,7,2026-03-05 18:00:00+05,out, gate-4 ,skud
820,7,2026-03-05 18:00:00+05,out,gate-4,skud
820,7,2026-03-05 18:05:00+05,in,gate-4,test
820,1,2026-03-05 18:06:00+05,out,gate-4,skud
\.
SELECT employee_id, at, direction, device_id, source FROM civilservice.access_event
 WHERE state_body_id = 820 AND at >= '2026-03-05 17:00+05' AND at < '2026-03-06' ORDER BY at;
DROP TRIGGER tidy_event ON civilservice.access_event;
DROP TRIGGER count_new ON civilservice.access_event;

-- COPY FREEZE is refused
SELECT pg_temp.try($$COPY civilservice.access_event FROM PROGRAM 'echo 820,1,2026-03-06 09:00+05,in,gate-1,skud' (FORMAT csv, FREEZE)$$);

-- a loader needs INSERT on access_event and nothing else: the checks read
-- the employees and write the rejected rows as the tables' owner
CREATE ROLE cs_events_loader;
CREATE ROLE cs_events_reader;
GRANT USAGE ON SCHEMA civilservice TO cs_events_loader, cs_events_reader;
GRANT INSERT ON civilservice.access_event TO cs_events_loader;
GRANT pg_execute_server_program TO cs_events_reader;
-- the load itself, on the table without the tenancy of src/security (a
-- load under row-level security is shown below)
ALTER TABLE civilservice.access_event DISABLE ROW LEVEL SECURITY;
SET ROLE cs_events_loader;
SET civilservice.access_event_rejects = 'divert';
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
820,1,2026-03-06 09:00:00+05,in,gate-1
820,1,2026-03-06 09:00:00+05,in,gate-1
820,8,2026-03-06 09:01:00+05,in,gate-1
\.
RESET civilservice.access_event_rejects;
RESET ROLE;
SELECT employee_id, loaded_by FROM civilservice.access_event_rejected WHERE at >= '2026-03-06' ORDER BY id;
SET ROLE cs_events_reader;
SELECT pg_temp.try($$COPY civilservice.access_event FROM PROGRAM 'echo 820,1,2026-03-06 18:00+05,out,gate-1,skud' (FORMAT csv)$$);
RESET ROLE;
-- With row-level security on the table (the tenancy of src/security), a
-- COPY enforces the INSERT policies where PostgreSQL's COPY refuses: a row
-- of a body the user does not load for is refused with 42501, never
-- diverted, and the COPY stores nothing.
ALTER TABLE civilservice.access_event ENABLE ROW LEVEL SECURITY;
GRANT pg_execute_server_program TO cs_events_loader;
-- a role of no shipped role serves no body
SET ROLE cs_events_loader;
SELECT pg_temp.try($$COPY civilservice.access_event FROM PROGRAM 'echo 820,1,2026-03-06 18:00+05,out,gate-1,skud' (FORMAT csv)$$);
RESET ROLE;
-- the badge loader of body 820: a login role member of civilservice_loader, mapped to 820
CREATE ROLE cs_events_loader_820 LOGIN IN ROLE civilservice_loader;
INSERT INTO civilservice.role_body (role_name, state_body_id) VALUES ('cs_events_loader_820', 820);
GRANT pg_execute_server_program TO cs_events_loader_820;
SET ROLE cs_events_loader_820;
-- accepted: 820's events, with a resend skipped
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
820,1,2026-03-06 18:00:00+05,out,gate-1
820,1,2026-03-06 18:00:00+05,out,gate-1
820,2,2026-03-06 18:01:00+05,out,gate-1
\.
-- a resend of an event already stored, alone, is skipped too
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
820,2,2026-03-06 18:01:00+05,out,gate-1
\.
-- refused: a row of body 821 in the feed (SQLSTATE, message; then detail and hint)
SELECT pg_temp.try($$COPY civilservice.access_event FROM PROGRAM 'printf "820,1,2026-03-07 09:00+05,in,gate-1,skud\n821,83,2026-03-07 09:00+05,in,gate-1,skud\n"' (FORMAT csv)$$);
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
820,1,2026-03-07 09:00:00+05,in,gate-1
821,83,2026-03-07 09:00:00+05,in,gate-1
\.
-- refused, not diverted, in divert mode too, even when the row has other faults
SET civilservice.access_event_rejects = 'divert';
SELECT pg_temp.try($$COPY civilservice.access_event FROM PROGRAM 'echo 821,83,2026-03-07 09:00+05,in,gate-1,skud' (FORMAT csv)$$);
SELECT pg_temp.try($$COPY civilservice.access_event FROM PROGRAM 'echo 821,,2026-03-07 09:00+05,in,gate-1,skud' (FORMAT csv)$$);
SELECT pg_temp.try($$COPY civilservice.access_event FROM PROGRAM 'echo 821,83,2026-03-07 09:00+05,sideways,gate-1,skud' (FORMAT csv)$$);
RESET civilservice.access_event_rejects;
-- the loader reads nothing back
SELECT pg_temp.try($$SELECT count(*) FROM civilservice.access_event$$);
-- an INSERT of another body's event: the policy is checked before the
-- employee and the body's lock, so whether 821 has employee 83 is not told
SELECT pg_temp.try($$INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id) VALUES (821, 83, '2026-03-07 09:00+05', 'in', 'gate-1')$$);
SELECT pg_temp.try($$INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id) VALUES (821, 999, '2026-03-07 09:00+05', 'in', 'gate-1')$$);
-- 820's event naming 821's employee: refused without telling whose employee it is
INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id) VALUES (820, 83, '2026-03-07 09:00+05', 'in', 'gate-1');
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
820,83,2026-03-07 09:00:00+05,in,gate-1
\.
RESET ROLE;
-- the owner, who reads every employee, is told
SELECT pg_temp.try($$INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id) VALUES (820, 83, '2026-03-07 09:00+05', 'in', 'gate-1')$$);
INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id) VALUES (820, 83, '2026-03-07 09:00+05', 'in', 'gate-1');
-- stored: 820's two evening events; nothing of 821, nothing diverted
SELECT state_body_id, employee_id, at, direction FROM civilservice.access_event
 WHERE at >= '2026-03-06 17:00+05' AND at < '2026-03-08' ORDER BY at;
SELECT count(*) AS rejected_of_821 FROM civilservice.access_event_rejected WHERE state_body_id = 821 OR state_body_id IS NULL;
-- the same for a policy changed by hand: the COPY reads the policies of the
-- table, not a copy of them (here: every body for the loader)
SAVEPOINT policies;
ALTER POLICY access_event_insert ON civilservice.access_event WITH CHECK (true);
SET ROLE cs_events_loader_820;
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
821,83,2026-03-07 09:00:00+05,in,gate-1
\.
RESET ROLE;
-- a policy that reads other columns than the body: COPY refused as PostgreSQL does
ALTER POLICY access_event_insert ON civilservice.access_event WITH CHECK (device_id <> 'gate-x');
SET ROLE cs_events_loader_820;
SELECT pg_temp.try($$COPY civilservice.access_event FROM PROGRAM 'echo 820,1,2026-03-07 18:00+05,out,gate-1,skud' (FORMAT csv)$$);
RESET ROLE;
ROLLBACK TO SAVEPOINT policies;

-- a load writes the events of at most 1000 state bodies (each is locked
-- until the transaction ends): a feed of 1001 bodies is refused with 54000,
-- also when every row would be diverted
SET civilservice.access_event_rejects = 'divert';
SELECT pg_temp.try($$COPY civilservice.access_event FROM PROGRAM 'seq 100001 101001 | sed "s/.*/&,1,2026-03-07 09:00+05,in,gate-1,skud/"' (FORMAT csv)$$);
SELECT pg_temp.try($$COPY civilservice.access_event FROM PROGRAM 'seq 100001 101000 | sed "s/.*/&,1,2026-03-07 09:00+05,in,gate-1,skud/"' (FORMAT csv)$$);
RESET civilservice.access_event_rejects;
SELECT count(*) AS diverted FROM civilservice.access_event_rejected WHERE state_body_id > 100000;

-- the check trigger disabled (as a data-only restore does): the COPY is
-- PostgreSQL's own, nothing is checked and a resend meets the primary key
ALTER TABLE civilservice.access_event DISABLE TRIGGER access_event_employee;
SELECT pg_temp.try($$COPY civilservice.access_event FROM PROGRAM 'echo 820,1,2026-03-06 09:00+05,in,gate-1,skud' (FORMAT csv)$$);
ALTER TABLE civilservice.access_event ENABLE TRIGGER access_event_employee;

-- п. 20: an employee who has events is neither deleted nor re-keyed; one
-- without events is
SELECT pg_temp.try($$DELETE FROM civilservice.employee WHERE state_body_id = 820 AND id = 7$$);
SELECT pg_temp.try($$UPDATE civilservice.employee SET id = 17 WHERE state_body_id = 820 AND id = 7$$);
SELECT pg_temp.try($$UPDATE civilservice.employee SET full_name = 'Новый-Старый' WHERE state_body_id = 820 AND id = 7$$);
SET client_min_messages = warning;
SELECT pg_temp.try($$TRUNCATE civilservice.employee CASCADE$$);
RESET client_min_messages;
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name) VALUES
 (820, 9, '910303400043', '2026-03-01', 'Ошибочный');
SELECT pg_temp.try($$DELETE FROM civilservice.employee WHERE state_body_id = 820 AND id = 9$$);

-- every object of the part has a comment
SELECT c.relname, a.attname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
 WHERE c.relnamespace = 'civilservice'::regnamespace AND c.relname IN ('access_event', 'access_event_rejected')
   AND col_description(c.oid, a.attnum) IS NULL;
SELECT p.proname FROM pg_proc p WHERE p.pronamespace = 'civilservice'::regnamespace
   AND (p.proname LIKE 'access_event%' OR p.proname LIKE '%access_event_partitions' OR p.proname = 'employee_invalidate'
        OR p.proname = 'require_shared_preload')
   AND obj_description(p.oid, 'pg_proc') IS NULL;
SELECT t.tgrelid::regclass, t.tgname FROM pg_trigger t
 WHERE t.tgrelid IN ('civilservice.access_event'::regclass, 'civilservice.employee'::regclass)
   AND (t.tgname LIKE 'access_event%' OR t.tgname = 'employee_invalidate')
   AND NOT t.tgisinternal AND obj_description(t.oid, 'pg_trigger') IS NULL;
-- the trigger functions and the maintenance are not for everyone
SELECT p.proname, has_function_privilege('public', p.oid, 'EXECUTE') AS public_may_execute
  FROM pg_proc p WHERE p.pronamespace = 'civilservice'::regnamespace
   AND p.proname IN ('access_event_check', 'access_event_employee_guard', 'employee_invalidate',
                     'ensure_access_event_partitions', 'access_event_comment_partition', 'access_event_load_stats')
 ORDER BY 1;
ROLLBACK;

-- What became of a load: its counts stand only once its transaction commits;
-- a refused or rolled-back load stored nothing (committed rows here, removed at the end)
INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (822, '040540001092', 'Агентство');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name) VALUES
 (822, 1, '900101400023', '2020-01-01', 'Асанов');
BEGIN;
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
822,1,2026-03-10 09:00:00+05,in,gate-1
822,1,2026-03-10 18:00:00+05,out,gate-1
\.
SELECT * FROM civilservice.access_event_load_stats();
COMMIT;
SELECT * FROM civilservice.access_event_load_stats();
-- the load queued the days it touched for the recomputation of violations (п. 21)
SELECT employee_id, days, source_table FROM civilservice.violation_queue WHERE state_body_id = 822;
-- refused by one bad row: nothing of it is stored, and the statistics say so
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
822,1,2026-03-11 09:00:00+05,in,gate-1
822,1,2026-03-11 18:00:00+05,exit,gate-1
\.
SELECT * FROM civilservice.access_event_load_stats();
-- stored, then its transaction rolled back
BEGIN;
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
822,1,2026-03-12 09:00:00+05,in,gate-1
\.
ROLLBACK;
SELECT * FROM civilservice.access_event_load_stats();
-- in a savepoint rolled back, then again in one released, the transaction committing
BEGIN;
SAVEPOINT feed;
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
822,1,2026-03-13 09:00:00+05,in,gate-1
\.
ROLLBACK TO SAVEPOINT feed;
SELECT * FROM civilservice.access_event_load_stats();
SAVEPOINT feed2;
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
822,1,2026-03-13 09:00:00+05,in,gate-1
822,1,2026-03-13 09:00:00+05,in,gate-1
\.
RELEASE SAVEPOINT feed2;
SELECT * FROM civilservice.access_event_load_stats();
COMMIT;
SELECT * FROM civilservice.access_event_load_stats();
SELECT at FROM civilservice.access_event WHERE state_body_id = 822 ORDER BY at;

-- every refusal of a badge row names п. 20, its rule and the fix: a missing value, a direction, an employee
\set VERBOSITY verbose
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
822,,2026-03-16 09:00:00+05,in,gate-1
\.
INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id) VALUES (822, 1, NULL, 'in', 'gate-1');
INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id) VALUES (822, 1, '2026-03-16 09:00+05', 'вход', 'gate-1');
INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id) VALUES (822, 5, '2026-03-16 09:00+05', 'in', 'gate-1');
\set VERBOSITY default
-- accepted: the same row complete
INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id) VALUES (822, 1, '2026-03-16 09:00+05', 'in', 'gate-1');

DELETE FROM civilservice.access_event WHERE state_body_id = 822;
DELETE FROM civilservice.violation_queue WHERE state_body_id = 822;
DELETE FROM civilservice.employee WHERE state_body_id = 822;
DELETE FROM civilservice.state_body WHERE id = 822;
