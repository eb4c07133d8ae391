-- pgTAP: access-control (СКУД) events (п. 20): every rule of a loaded event
-- with a passing and a refused case, SQLSTATE and constraint names, the
-- deduplication of loads, divert mode, partition maintenance and the
-- refusal to delete an employee who has events.
BEGIN;
SELECT plan(53);
SET LOCAL timezone = 'Asia/Almaty';
SET LOCAL client_min_messages = warning;

\ir lib/constraint_of.psql
-- COPY of CSV lines (one argument each) from a program, as a badge feed
CREATE FUNCTION pg_temp.load(VARIADIC lines text[]) RETURNS text LANGUAGE sql AS $$
    SELECT format('COPY civilservice.access_event FROM PROGRAM %L (FORMAT csv)',
                  'printf "%s\n" ' || array_to_string(ARRAY(SELECT quote_literal(l) FROM unnest(lines) l), ' '))
$$;
CREATE FUNCTION pg_temp.events(body bigint) RETURNS bigint LANGUAGE sql AS
  $$ SELECT count(*) FROM civilservice.access_event WHERE state_body_id = body $$;

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES
 (703, '040540001072', 'Орган А'), (704, '040540001082', 'Орган Б');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name) VALUES
 (703, 1, '900101400023', '2020-01-01', 'Служащий'),
 (703, 2, '880202300037', '2020-01-01', 'Служащая'),
 (704, 9, '870404500059', '2020-01-01', 'Чужой');

-- 1. the table and its contract
SELECT has_table('civilservice', 'access_event', 'table access_event exists');
SELECT columns_are('civilservice', 'access_event',
                   ARRAY['state_body_id', 'employee_id', 'at', 'direction', 'device_id', 'source'],
                   'access_event has the six columns of the contract');
SELECT col_type_is('civilservice', 'access_event', 'at', 'timestamp with time zone', 'at is timestamptz');
SELECT col_default_is('civilservice', 'access_event', 'source', 'skud', 'source defaults to skud');
SELECT col_is_pk('civilservice', 'access_event', ARRAY['state_body_id', 'employee_id', 'at', 'direction', 'device_id'],
                 'the primary key of access_event is (state_body_id, employee_id, at, direction, device_id), declared on the parent');
SELECT has_trigger('civilservice', 'access_event', 'access_event_employee', 'the check trigger guards every write of an event');
SELECT has_trigger('civilservice', 'employee', 'access_event_employee', 'the guard trigger on employee keeps the other side of the rule');
SELECT is((SELECT count(*)::int FROM pg_inherits i WHERE i.inhparent = 'civilservice.access_event'::regclass
              AND NOT EXISTS (SELECT 1 FROM pg_index x WHERE x.indrelid = i.inhrelid AND x.indisprimary)),
          0, 'every partition has its primary key');
SELECT is((SELECT partstrat::text FROM pg_partitioned_table WHERE partrelid = 'civilservice.access_event'::regclass),
          'r', 'access_event is partitioned by range');
SELECT has_table('civilservice', 'access_event_default', 'a default partition keeps events of months without a partition');
SELECT ok(NOT EXISTS (SELECT 1 FROM pg_depend d
                        WHERE d.classid = 'pg_class'::regclass AND d.deptype = 'e'
                          AND d.objid IN ('civilservice.access_event'::regclass, 'civilservice.access_event_rejected'::regclass,
                                          'civilservice.access_event_default'::regclass, 'civilservice.access_event_2026_03'::regclass)),
          'the events, their partitions and the rejected rows are ordinary tables (pg_dump dumps them), not members of the extension');

-- 2. п. 20: the employee is one of the body
SELECT lives_ok($$INSERT INTO civilservice.access_event VALUES (703, 1, '2026-03-02 09:00+05', 'in', 'g1')$$,
                'an event of an employee of the body is stored');
SELECT throws_ok($$INSERT INTO civilservice.access_event VALUES (703, 5, '2026-03-02 09:00+05', 'in', 'g1')$$,
                 '23503', NULL, 'an event of an unknown employee is refused');
SELECT throws_ok($$INSERT INTO civilservice.access_event VALUES (703, 9, '2026-03-02 09:00+05', 'in', 'g1')$$,
                 '23503', NULL, 'an event of another body''s employee is refused');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.access_event VALUES (703, 9, '2026-03-02 09:00+05', 'in', 'g1')$$),
          'access_event_employee', 'the refusal names access_event_employee');
SELECT throws_ok(pg_temp.load('703,5,2026-03-02T09:01:00+05,in,g1,skud'),
                 '23503', NULL, 'COPY refuses an unknown employee too');
SELECT throws_like($$INSERT INTO civilservice.access_event VALUES (704, 1, '2026-03-02 09:00+05', 'in', 'g1')$$,
                   'п. 20:%', 'the message names п. 20');

-- 3. п. 20: the direction is in or out
SELECT lives_ok($$INSERT INTO civilservice.access_event VALUES (703, 1, '2026-03-02 18:00+05', 'out', 'g1')$$,
                'direction out is stored');
SELECT throws_ok($$INSERT INTO civilservice.access_event VALUES (703, 1, '2026-03-02 18:01+05', 'OUT', 'g1')$$,
                 '23514', NULL, 'a direction other than in/out is refused');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.access_event VALUES (703, 1, '2026-03-02 18:01+05', 'x', 'g1')$$),
          'access_event_direction', 'the refusal names access_event_direction');
SELECT throws_ok(pg_temp.load('703,1,2026-03-02T18:02:00+05,exit,g1,skud'),
                 '23514', NULL, 'COPY refuses a bad direction too');
SELECT throws_ok($$INSERT INTO civilservice.access_event VALUES (703, 1, '2026-03-02 18:03+05', NULL, 'g1')$$,
                 '23502', NULL, 'a missing direction is refused');

-- 4. resends are stored once, late events accepted
SELECT lives_ok(pg_temp.load('703,2,2026-03-02T09:05:00+05,in,g2,skud', '703,2,2026-03-02T09:05:00+05,in,g2,skud',
                             '703,2,2026-03-02T13:00:00+05,out,g2,skud'),
                'a feed with a resend inside it loads');
SELECT is(pg_temp.events(703), 4::bigint, 'the resend inside the feed is stored once');
SELECT results_eq($$SELECT stored, duplicates, diverted FROM civilservice.access_event_load_stats()$$,
                  $$VALUES (2::bigint, 1::bigint, 0::bigint)$$, 'load_stats counts the stored and the skipped rows');
SELECT lives_ok(pg_temp.load('703,2,2026-03-02T13:00:00+05,out,g2,skud', '703,1,2026-03-02T09:00:00+05,in,g1,skud'),
                'a feed of resends only loads');
SELECT is(pg_temp.events(703), 4::bigint, 'events stored by earlier loads or by INSERT are not stored again');
SELECT lives_ok(pg_temp.load('703,2,2026-03-01T23:59:59+05,out,g2,skud'), 'a late event loads');
SELECT is(pg_temp.events(703), 5::bigint, 'the late event is stored');
SELECT throws_ok($$INSERT INTO civilservice.access_event VALUES (703, 1, '2026-03-02 09:00+05', 'in', 'g1')$$,
                 '23505', NULL, 'a plain INSERT of a stored event meets the primary key');

-- 5. divert mode
SET LOCAL civilservice.access_event_rejects = 'divert';
SELECT lives_ok(pg_temp.load('703,1,2026-03-03T09:00:00+05,in,g1,skud', '703,9,2026-03-03T09:00:00+05,in,g1,skud',
                             '703,2,2026-03-03T09:00:00+05,IN,g1,skud'),
                'divert mode: a feed with bad rows loads');
SELECT is(pg_temp.events(703), 6::bigint, 'divert mode: the good row is stored');
SELECT results_eq($$SELECT employee_id, sqlstate, constraint_name FROM civilservice.access_event_rejected
                     WHERE state_body_id = 703 ORDER BY id$$,
                  $$VALUES (9::bigint, '23503', 'access_event_employee'), (2::bigint, '23514', 'access_event_direction')$$,
                  'divert mode: the bad rows are recorded with SQLSTATE and constraint');
SELECT throws_ok($$INSERT INTO civilservice.access_event VALUES (703, 5, '2026-03-03 09:00+05', 'in', 'g1')$$,
                 '23503', NULL, 'divert mode applies to loads; an INSERT is still refused');
SELECT throws_ok($$SET LOCAL civilservice.access_event_rejects = 'ignore'$$, '22023', NULL,
                 'access_event_rejects is error or divert');
RESET civilservice.access_event_rejects;

-- 6. partitions
SELECT lives_ok($$INSERT INTO civilservice.access_event VALUES (703, 1, '2029-01-10 09:00+05', 'in', 'g1')$$,
                'an event of a month without a partition is stored');
SELECT is((SELECT tableoid::regclass::text FROM civilservice.access_event WHERE state_body_id = 703 AND at > '2029-01-01'),
          'civilservice.access_event_default', 'it waits in the default partition');
SELECT results_eq($$SELECT * FROM civilservice.ensure_access_event_partitions('2029-01-01', 2)$$,
                  $$VALUES ('access_event_2029_01'), ('access_event_2029_02')$$,
                  'ensure_access_event_partitions creates the months ahead');
SELECT is((SELECT tableoid::regclass::text FROM civilservice.access_event WHERE state_body_id = 703 AND at > '2029-01-01'),
          'civilservice.access_event_2029_01', 'and moves the waiting event into its month');
SELECT col_is_pk('civilservice', 'access_event_2029_01', ARRAY['state_body_id', 'employee_id', 'at', 'direction', 'device_id'],
                 'a partition of the maintenance has the primary key');
SELECT throws_ok($$SELECT civilservice.ensure_access_event_partitions(NULL)$$, '22023', NULL,
                 'ensure_access_event_partitions refuses a missing month');

-- 7. п. 20: an employee who has events is neither deleted nor re-keyed
SELECT throws_ok($$DELETE FROM civilservice.employee WHERE state_body_id = 703 AND id = 1$$,
                 '23503', NULL, 'an employee who has events is not deleted');
SELECT is(pg_temp.constraint_of($$DELETE FROM civilservice.employee WHERE state_body_id = 703 AND id = 1$$),
          'access_event_employee', 'the refusal names access_event_employee');
SELECT throws_ok($$UPDATE civilservice.employee SET id = 11 WHERE state_body_id = 703 AND id = 2$$,
                 '23503', NULL, 'nor given another key');
SELECT lives_ok($$UPDATE civilservice.employee SET position = 'Главный специалист' WHERE state_body_id = 703 AND id = 2$$,
                'other changes to the employee are free');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name) VALUES
 (703, 12, '910303400043', '2026-03-01', 'Без событий');
SELECT lives_ok($$DELETE FROM civilservice.employee WHERE state_body_id = 703 AND id = 12$$,
                'an employee without events is deleted');

-- 8. The badge loader under row-level security: COPY enforces the INSERT
-- policies of the table, once per state body, before the body's lock
CREATE ROLE cs_tap_loader_703 LOGIN IN ROLE civilservice_loader;
GRANT pg_execute_server_program TO cs_tap_loader_703;
INSERT INTO civilservice.role_body (role_name, state_body_id) VALUES ('cs_tap_loader_703', 703);
SET LOCAL ROLE cs_tap_loader_703;
SELECT lives_ok(pg_temp.load('703,1,2026-03-20 09:00+05,in,gate-1,skud', '703,1,2026-03-20 09:00+05,in,gate-1,skud',
                             '703,2,2026-03-20 09:01+05,in,gate-1,skud'),
                'the loader of 703 loads 703''s events by COPY');
SELECT is((SELECT stored || '/' || duplicates FROM civilservice.access_event_load_stats()), '2/1',
          'two stored, the resend skipped');
SELECT throws_ok(pg_temp.load('703,1,2026-03-20 18:00+05,out,gate-1,skud', '704,9,2026-03-20 18:00+05,out,gate-1,skud'),
                 '42501', 'new row violates row-level security policy for table "access_event"',
                 'a COPY with a row of body 704 is refused as an RLS WITH CHECK violation');
SET LOCAL civilservice.access_event_rejects = 'divert';
SELECT throws_ok(pg_temp.load('704,9,2026-03-20 18:00+05,sideways,gate-1,skud'),
                 '42501', 'new row violates row-level security policy for table "access_event"',
                 'and is not diverted, even with other faults');
RESET civilservice.access_event_rejects;
SELECT throws_ok($$INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id)
                   VALUES (704, 999, '2026-03-20 18:00+05', 'out', 'gate-1')$$,
                 '42501', 'new row violates row-level security policy for table "access_event"',
                 'an INSERT of another body''s event is refused before its employees are read');
RESET ROLE;
SELECT is((SELECT count(*)::int FROM civilservice.access_event WHERE at >= '2026-03-20' AND at < '2026-03-21'),
          2, 'stored: 703''s two events of the day, nothing of 704');
SELECT is((SELECT count(*)::int FROM civilservice.access_event_rejected WHERE state_body_id = 704), 0,
          'nothing of 704 diverted');

SELECT * FROM finish();
ROLLBACK;
