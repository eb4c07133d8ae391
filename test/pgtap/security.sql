-- pgTAP: the shipped roles and the tenancy per state body. Two bodies, A
-- (801) and B (802), with login roles of each shipped role mapped to them;
-- table by table, what each role reads and writes, every cross-body attempt
-- refused or seeing nothing, every allowed action of its own body working.
BEGIN;
SELECT plan(157);
SET LOCAL datestyle = ISO;
-- the roles below run the assertions too: they write pgTAP's temporary tables
GRANT ALL ON __tcache__, __tcache___id_seq, __tresults___numb_seq TO PUBLIC;

\ir lib/constraint_of.psql

-- pg_temp.sqlstate_of(stmt): the SQLSTATE and message of the error of stmt
-- (NULL when it succeeds), to show which refusal a cross-body attempt meets.
CREATE FUNCTION pg_temp.sqlstate_of(stmt text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE stmt;
    RETURN NULL;
EXCEPTION WHEN others THEN
    RETURN SQLSTATE || ' ' || SQLERRM;
END $$;
-- pg_temp.rows_of(stmt): how many rows a write changed.
CREATE FUNCTION pg_temp.rows_of(stmt text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
    EXECUTE stmt;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END $$;

--------------------------------------------------------------------------
-- 1. The shipped roles, the decisions, the catalog
--------------------------------------------------------------------------
SELECT set_eq($$SELECT rolname::text FROM pg_roles WHERE rolname LIKE 'civilservice\_%' AND NOT rolcanlogin$$,
              $$SELECT name::text FROM civilservice.shipped_roles$$,
              'the seven shipped roles exist, NOLOGIN, and are documented in shipped_roles');

-- a record table: a table of the schema that is not a member of the extension
-- (partitions are reached through their parent)
CREATE TEMP VIEW record_table AS
SELECT c.oid, c.relname, c.relkind
  FROM pg_class c
 WHERE c.relnamespace = 'civilservice'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
   AND NOT c.relispartition
   AND NOT EXISTS (SELECT FROM pg_depend d
                    WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e');
GRANT SELECT ON record_table TO PUBLIC;

SELECT is_empty($$SELECT relname FROM record_table
                   WHERE relname NOT IN (SELECT object_name FROM civilservice.shipped_role_privileges)$$,
                'every record table and view has a decision in shipped_role_privileges');
SELECT is_empty($$SELECT object_name FROM civilservice.shipped_role_privileges
                   EXCEPT SELECT relname FROM pg_class WHERE relnamespace = 'civilservice'::regnamespace$$,
                'every decision names an object of the schema');
SELECT is_empty($$SELECT relname FROM record_table t
                   WHERE relkind IN ('r', 'p')
                     AND (relname = 'state_body' OR EXISTS (SELECT FROM pg_attribute a
                              WHERE a.attrelid = t.oid AND a.attname = 'state_body_id' AND NOT a.attisdropped))
                     AND NOT (SELECT relrowsecurity FROM pg_class WHERE oid = t.oid)$$,
                'every record table with a state body has row-level security enabled');
SELECT is_empty($$SELECT t.relname, c.cmd FROM record_table t
                   CROSS JOIN (VALUES ('SELECT'), ('INSERT'), ('UPDATE'), ('DELETE')) c (cmd)
                   WHERE t.relkind IN ('r', 'p')
                     AND (t.relname = 'state_body' OR EXISTS (SELECT FROM pg_attribute a
                              WHERE a.attrelid = t.oid AND a.attname = 'state_body_id' AND NOT a.attisdropped))
                     AND NOT EXISTS (SELECT FROM pg_policies p
                                      WHERE p.schemaname = 'civilservice' AND p.tablename = t.relname AND p.cmd = c.cmd)$$,
                'each of them has a policy for SELECT, INSERT, UPDATE and DELETE');
SELECT is_empty($$SELECT tablename, policyname FROM pg_policies
                   WHERE schemaname = 'civilservice' AND tablename <> 'role_body'
                     AND coalesce(qual, with_check) NOT LIKE '%SELECT civilservice.served_state_bodies(%'
                     AND coalesce(qual, with_check) <> 'false'$$,
                'the policies read the served bodies through a sub-select (an InitPlan, once per statement)');
SELECT ok((SELECT relrowsecurity FROM pg_class WHERE oid = 'civilservice.history'::regclass)
          = EXISTS (SELECT FROM pg_attribute WHERE attrelid = 'civilservice.history'::regclass
                                               AND attname = 'state_body_id' AND NOT attisdropped),
          'the history is under row-level security exactly when it records the state body of its rows');
SELECT is_empty($$SELECT relname FROM record_table t
                   WHERE relkind = 'v' AND NOT coalesce((SELECT reloptions FROM pg_class WHERE oid = t.oid), '{}')
                                              @> '{security_invoker=true}'$$,
                'every view over the records runs with its caller''s rights (security_invoker)');
SELECT is_empty($$SELECT p.oid::regprocedure FROM pg_proc p
                   WHERE p.pronamespace = 'civilservice'::regnamespace AND p.prorettype = 'trigger'::regtype
                     AND has_function_privilege('public', p.oid, 'EXECUTE')$$,
                'no trigger function is executable by PUBLIC');
SELECT is_empty($$SELECT function_signature FROM civilservice.shipped_function_privileges
                   WHERE has_function_privilege('public', function_signature::regprocedure, 'EXECUTE')
                   UNION ALL SELECT 'civilservice.create_records()'
                   WHERE has_function_privilege('public', 'civilservice.create_records()', 'EXECUTE')$$,
                'the internal helpers, the writing functions and the set-up functions are not executable by PUBLIC');
SELECT ok(has_function_privilege('public', 'civilservice.refuse(text,text,text,text,text,text,text)', 'EXECUTE')
          AND has_function_privilege('public', 'civilservice.checked(boolean,text,text,text,text,text,text)', 'EXECUTE'),
          'refuse() and checked() stay executable by everyone');
SELECT is_empty($$SELECT c.relname, a.privilege_type FROM pg_class c, aclexplode(c.relacl) a
                   WHERE c.relnamespace = 'civilservice'::regnamespace AND a.grantee = 0$$,
                'PUBLIC has no privilege on any table, view or sequence of the schema');
SELECT ok(has_schema_privilege('public', 'civilservice', 'USAGE'), 'PUBLIC has USAGE on the schema');
SELECT is_empty($$SELECT c.relname, r.name FROM pg_class c, civilservice.shipped_roles r
                   WHERE c.relnamespace = 'civilservice'::regnamespace AND c.relkind IN ('r', 'p', 'v')
                     AND has_table_privilege(r.name, c.oid, 'TRUNCATE')$$,
                'no shipped role may TRUNCATE anything');
SELECT is_empty($$SELECT c.relname, r.name FROM pg_class c, civilservice.shipped_roles r
                   WHERE c.relnamespace = 'civilservice'::regnamespace AND c.relispartition
                     AND has_table_privilege(r.name, c.oid, 'SELECT, INSERT, UPDATE, DELETE')$$,
                'partitions are reached only through their parent: no shipped role has a privilege on one');
SELECT is_empty($$SELECT g.object_name, g.role_name, g.privilege FROM civilservice.shipped_role_grants g
                   WHERE to_regclass('civilservice.' || g.object_name) IS NOT NULL
                     AND NOT CASE g.privilege WHEN 'DELETE' THEN has_table_privilege(g.role_name, ('civilservice.' || g.object_name)::regclass, 'DELETE')
                             ELSE has_any_column_privilege(g.role_name, ('civilservice.' || g.object_name)::regclass, g.privilege) END$$,
                'every decision is granted');

--------------------------------------------------------------------------
-- 2. Two bodies, their people, their roles
--------------------------------------------------------------------------
INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES
 (801, '040540001072', 'Орган А'), (802, '040540001082', 'Орган Б');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, is_authorized) VALUES
 (801, 1, '900101400023', '2020-01-01', 'Уполномоченный А', true),
 (801, 2, '880202300037', '2020-01-01', 'Служащий А', false),
 (802, 9, '870404500059', '2020-01-01', 'Уполномоченный Б', true),
 (802, 10, '910303400043', '2020-01-01', 'Служащий Б', false);
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22' FROM civilservice.employee e JOIN civilservice.rule_wording w ON w.point = 'п. 22' ON CONFLICT DO NOTHING;
-- a draft of each body, and a signed act of B
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work) VALUES
 (801, 1, 'A-1', '2026-01-05', 1, 'remote', 'agreement', 'Соглашение', '[2026-02-02,2026-03-01)', 'дом'),
 (802, 1, 'B-1', '2026-01-05', 9, 'remote', 'agreement', 'Соглашение', '[2026-02-02,2026-03-01)', 'дом'),
 (802, 2, 'B-2', '2026-01-05', 9, 'remote', 'agreement', 'Соглашение', '[2026-03-02,2026-04-01)', 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (801, 1, 2), (802, 1, 10), (802, 2, 10);
UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 802 AND id = 2;
INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id) VALUES
 (801, 2, '2026-01-12 09:00+05', 'in', 't1'), (801, 2, '2026-01-12 18:00+05', 'out', 't1'),
 (802, 10, '2026-01-12 09:00+05', 'in', 't1'), (802, 10, '2026-01-12 18:00+05', 'out', 't1');
INSERT INTO civilservice.violation (state_body_id, employee_id, day, kind) VALUES (802, 10, '2026-01-12', 'labour_discipline');

CREATE ROLE cs_admin_x LOGIN IN ROLE civilservice_admin;
CREATE ROLE cs_hr_a LOGIN IN ROLE civilservice_hr;
CREATE ROLE cs_hr_b LOGIN IN ROLE civilservice_hr;
CREATE ROLE cs_auth_a LOGIN IN ROLE civilservice_authorized;
CREATE ROLE cs_loader_a LOGIN IN ROLE civilservice_loader;
CREATE ROLE cs_auditor_a LOGIN IN ROLE civilservice_auditor;
CREATE ROLE cs_national LOGIN IN ROLE civilservice_national_auditor;
CREATE ROLE cs_reader_a LOGIN IN ROLE civilservice_reader;
CREATE ROLE cs_outsider LOGIN;
-- a person who is the HR officer of A and an auditor of B, through two group roles
CREATE ROLE cs_hr_of_a NOLOGIN IN ROLE civilservice_hr;
CREATE ROLE cs_audit_of_b NOLOGIN IN ROLE civilservice_auditor;
CREATE ROLE cs_both LOGIN IN ROLE cs_hr_of_a, cs_audit_of_b;

-- the administrator maps the roles
SET ROLE cs_admin_x;
SELECT lives_ok($$INSERT INTO civilservice.role_body (state_body_id, role_name, employee_id) VALUES
                   (801, 'cs_hr_a', NULL), (802, 'cs_hr_b', NULL), (801, 'cs_auth_a', 1), (801, 'cs_loader_a', NULL),
                   (801, 'cs_auditor_a', NULL), (801, 'cs_reader_a', NULL), (801, 'cs_hr_of_a', NULL), (802, 'cs_audit_of_b', NULL)$$,
                'civilservice_admin maps roles to the bodies they serve');
SELECT throws_ok($$INSERT INTO civilservice.role_body (state_body_id, role_name) VALUES (801, 'cs_no_such_role')$$,
                 '23503', 'role "cs_no_such_role" does not exist', 'a mapping to a role that does not exist is refused');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.role_body (state_body_id, role_name) VALUES (801, 'cs_no_such_role')$$),
          'role_body_role', 'the refusal names role_body_role');
SELECT throws_ok($$INSERT INTO civilservice.role_body (state_body_id, role_name, employee_id) VALUES (801, 'cs_national', 10)$$,
                 '23503', NULL, 'the person of a mapping is an employee of the body served');
SELECT is((SELECT count(*)::int FROM civilservice.employee), 4, 'civilservice_admin sees every body''s employees');
SELECT lives_ok($$INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (803, '040540001052', 'Орган В')$$,
                'civilservice_admin registers a state body');
SELECT throws_ok($$TRUNCATE civilservice.violation$$, '42501', NULL, 'civilservice_admin may not TRUNCATE records');
RESET ROLE;

--------------------------------------------------------------------------
-- 3. The HR officer of A
--------------------------------------------------------------------------
SET ROLE cs_hr_a;
SELECT is(civilservice.served_state_bodies(), '{801}'::bigint[], 'served_state_bodies(): hr_a serves body A');
SELECT is(civilservice.serves_every_state_body(), false, 'serves_every_state_body(): hr_a does not serve every body');
SELECT set_eq($$SELECT id FROM civilservice.state_body$$, ARRAY[801::bigint], 'hr_a sees its own state body only');
SELECT set_eq($$SELECT id FROM civilservice.employee$$, ARRAY[1::bigint, 2], 'hr_a sees A''s employees');
SELECT is_empty($$SELECT iin FROM civilservice.employee WHERE state_body_id = 802$$, 'hr_a reading B''s employees (IINs) sees none');
SELECT is(pg_temp.rows_of($$UPDATE civilservice.employee SET is_authorized = true WHERE state_body_id = 802 AND id = 10$$), 0::bigint,
          'hr_a making a B employee authorized changes nothing: the row is not there for it');
SELECT throws_ok($$INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, is_authorized)
                   VALUES (802, 11, '850515300016', '2026-01-01', 'Подставной', true)$$,
                 '42501', 'new row violates row-level security policy for table "employee"',
                 'hr_a inserting an (authorized) employee into B is refused');
SELECT throws_ok($$UPDATE civilservice.employee SET state_body_id = 802 WHERE state_body_id = 801 AND id = 1$$,
                 '42501', 'new row violates row-level security policy for table "employee"',
                 'hr_a moving an employee of A into B is refused');
SELECT lives_ok($$INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name)
                  VALUES (801, 3, '850515300204', '2026-01-01', 'Новый А')$$, 'hr_a hires an employee of A');
SELECT is(pg_temp.rows_of($$UPDATE civilservice.employee SET is_authorized = true, position = 'руководитель' WHERE state_body_id = 801 AND id = 3$$),
          1::bigint, 'hr_a makes an employee of A authorized');
SELECT is(pg_temp.rows_of($$DELETE FROM civilservice.employee WHERE state_body_id = 802$$), 0::bigint,
          'hr_a deleting B''s employees deletes nothing');
-- acts
SELECT set_eq($$SELECT state_body_id, id FROM civilservice.act$$, $$VALUES (801::bigint, 1::bigint)$$, 'hr_a sees A''s acts only');
SELECT lives_ok($$INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
                  VALUES (801, 2, 'A-2', '2026-01-06', 1, 'remote', 'agreement', 'Соглашение', '[2026-03-02,2026-04-01)', 'дом')$$,
                'hr_a drafts an act of A');
SELECT lives_ok($$INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (801, 2, 2)$$,
                'hr_a lists an employee of A on the draft');
SELECT throws_ok($$INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
                   VALUES (802, 5, 'B-5', '2026-01-06', 9, 'remote', 'agreement', 'Соглашение', '[2026-03-02,2026-04-01)', 'дом')$$,
                 '42501', 'new row violates row-level security policy for table "act"', 'hr_a drafting an act of B is refused');
SELECT throws_ok($$INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (802, 1, 10)$$,
                 '42501', NULL, 'hr_a listing an employee on B''s draft is refused');
SELECT is(pg_temp.rows_of($$UPDATE civilservice.act SET place_of_work = 'офис' WHERE state_body_id = 802$$), 0::bigint,
          'hr_a editing B''s draft changes nothing');
SELECT throws_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 801 AND id = 1$$,
                 '42501', 'permission denied for table act', 'hr_a may not sign an act, even of A');
SELECT throws_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 802 AND id = 1$$,
                 '42501', 'permission denied for table act', 'hr_a signing an act of B is refused');
SELECT throws_ok($$SELECT civilservice.cancel_act(801, 1, '2026-02-10', 'x')$$,
                 '42501', NULL, 'hr_a may not cancel acts');
-- applications, violations, demands, time records, attendance
SELECT lives_ok($$INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
                  VALUES (801, 1, 2, '2026-01-09 10:00+05', 'e_qyzmet', 'уход за ребёнком',
                          'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', '[2026-02-01,2026-08-01)')$$,
                'hr_a receives an application of A');
SELECT throws_ok($$UPDATE civilservice.flexible_application SET status = 'rejected', rejection_reason = 'нет' WHERE state_body_id = 801 AND id = 1$$,
                 '42501', NULL, 'hr_a may not decide an application');
SELECT throws_ok($$INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, channel, reasons, requested_schedule, requested_period)
                   VALUES (802, 1, 10, 'e_qyzmet', 'x', '09:00-18:00, break 13:00-14:00', '[2026-02-01,2026-03-01)')$$,
                 '42501', 'new row violates row-level security policy for table "flexible_application"',
                 'hr_a receiving an application for B is refused');
SELECT lives_ok($$INSERT INTO civilservice.violation (state_body_id, employee_id, day, kind) VALUES (801, 2, '2026-01-12', 'labour_discipline')$$,
                'hr_a records a violation of an employee of A');
SELECT throws_ok($$INSERT INTO civilservice.violation (state_body_id, employee_id, day, kind) VALUES (802, 10, '2026-01-13', 'labour_discipline')$$,
                 '42501', 'new row violates row-level security policy for table "violation"',
                 'hr_a recording a violation against an employee of B is refused');
SELECT is(pg_temp.rows_of($$DELETE FROM civilservice.violation WHERE state_body_id = 802$$), 0::bigint,
          'hr_a deleting B''s violations deletes nothing');
SELECT throws_ok($$INSERT INTO civilservice.availability_demand (state_body_id, employee_id, demanded_by, kind, required_from, required_to)
                   VALUES (802, 10, 9, 'be_reachable', '2026-01-12 20:00+05', '2026-01-12 21:00+05')$$,
                 '42501', NULL, 'hr_a recording a demand on an employee of B is refused');
SELECT throws_ok($$INSERT INTO civilservice.remote_time_record (state_body_id, employee_id, day, started_at, ended_at)
                   VALUES (802, 10, '2026-02-03', '2026-02-03 09:00+05', '2026-02-03 18:00+05')$$,
                 '42501', NULL, 'hr_a recording remote time of an employee of B is refused');
SELECT is((SELECT count(*)::int FROM civilservice.attendance('2026-01-12', '2026-01-12', 802)), 0,
          'hr_a running B''s attendance gets no rows');
SELECT is((SELECT count(*)::int FROM civilservice.attendance('2026-01-12', '2026-01-12', NULL)), 3,
          'hr_a running every body''s attendance gets A''s employees only');
SELECT is((SELECT time_present FROM civilservice.attendance('2026-01-12', '2026-01-12', 801, 2)), interval '9 hours',
          'hr_a runs A''s attendance from A''s badge events');
SELECT lives_ok($$INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id, source)
                  VALUES (801, 2, '2026-01-13 09:00+05', 'in', 'hr', 'hr')$$, 'hr_a corrects a badge event of A');
SELECT throws_ok($$INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id, source)
                   VALUES (802, 10, '2026-01-13 09:00+05', 'in', 'hr', 'hr')$$,
                 '42501', 'new row violates row-level security policy for table "access_event"', 'hr_a storing a badge event of B is refused');
SELECT is_empty($$SELECT * FROM civilservice.application_queue WHERE state_body_id <> 801$$, 'hr_a''s application queue shows A only');
SELECT is_empty($$SELECT * FROM civilservice.current_regimes WHERE state_body_id <> 801$$, 'hr_a''s current regimes show A only');
SELECT is_empty($$SELECT * FROM civilservice.history WHERE state_body_id IS DISTINCT FROM 801$$, 'hr_a reads the history of A only');
SELECT throws_ok($$INSERT INTO civilservice.role_body (state_body_id, role_name) VALUES (802, 'cs_hr_a')$$,
                 '42501', NULL, 'hr_a may not map itself to another body');
SELECT throws_ok($$UPDATE civilservice.state_body SET name_ru = 'x' WHERE id = 801$$, '42501', NULL, 'hr_a may not change its state body');
SELECT throws_ok($$TRUNCATE civilservice.employee$$, '42501', NULL, 'hr_a may not TRUNCATE');
RESET ROLE;

--------------------------------------------------------------------------
-- 4. The HR officer of B sees B only
--------------------------------------------------------------------------
SET ROLE cs_hr_b;
SELECT set_eq($$SELECT id FROM civilservice.employee$$, ARRAY[9::bigint, 10], 'hr_b sees B''s employees only');
SELECT is_empty($$SELECT * FROM civilservice.violation WHERE state_body_id = 801$$, 'hr_b does not see A''s violations');
RESET ROLE;

--------------------------------------------------------------------------
-- 5. The authorized person of A
--------------------------------------------------------------------------
SET ROLE cs_auth_a;
SELECT lives_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 801 AND id = 1$$, 'auth_a signs an act of A');
SELECT is(pg_temp.rows_of($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 802 AND id = 1$$), 0::bigint,
          'auth_a signing an act of B signs nothing');
SELECT throws_ok($$SELECT civilservice.cancel_act(802, 2, '2026-03-10', 'нарушения')$$,
                 '23503', 'п. 21: act 2 of state body 802 does not exist', 'auth_a cancelling an act of B is refused: it is not there for it');
SELECT throws_ok($$SELECT civilservice.cancel_participation(802, 2, 10, '2026-03-10', 'нарушения', 9)$$,
                 '23503', NULL, 'auth_a cancelling a participation of B is refused');
SELECT throws_ok($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, report_at)
                   VALUES (802, 2, 10, 'employer', 'dsp_documents', '2026-03-10 09:00+05')$$,
                 '23514', NULL, 'auth_a recalling an employee of B is refused: the check of п. 12 does not find B''s act for it');
SELECT throws_ok($$INSERT INTO civilservice.act_extension (state_body_id, act_id, agreement_ref, agreement_date, period)
                   VALUES (802, 2, 'С-1', '2026-03-20', '[2026-04-01,2026-05-01)')$$,
                 '23514', NULL, 'auth_a extending an act of B is refused: the check of п. 18 does not find B''s act for it');
SELECT lives_ok($$INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, report_at)
                  VALUES (801, 1, 2, 'employer', 'dsp_documents', '2026-02-10 09:00+05')$$, 'auth_a recalls an employee of A (п. 12)');
SELECT lives_ok($$SELECT civilservice.cancel_participation(801, 1, 2, '2026-02-20', 'нарушения')$$,
                'auth_a cancels a participation of A (п. 21)');
SELECT lives_ok($$UPDATE civilservice.flexible_application SET status = 'rejected', rejection_reason = 'служебная необходимость'
                  WHERE state_body_id = 801 AND id = 1$$, 'auth_a decides an application of A');
SELECT is((SELECT status::text FROM civilservice.act WHERE state_body_id = 802 AND id = 1), NULL, 'auth_a does not see B''s act');
RESET ROLE;
SELECT is((SELECT status::text FROM civilservice.act WHERE state_body_id = 802 AND id = 1), 'draft', 'B''s draft is still a draft');
SELECT is((SELECT status::text FROM civilservice.act WHERE state_body_id = 802 AND id = 2), 'signed', 'B''s signed act is still in force');
SELECT is((SELECT is_authorized FROM civilservice.employee WHERE state_body_id = 802 AND id = 10), false,
          'B''s employee is still not authorized');
SELECT is((SELECT count(*)::int FROM civilservice.violation WHERE state_body_id = 802), 1, 'B''s violations are all there');
SELECT is((SELECT changed_by FROM civilservice.history WHERE table_name = 'act' AND row_key = '1' AND old_row ->> 'state_body_id' = '801'
            ORDER BY id LIMIT 1), 'cs_auth_a', 'the history names who signed');

--------------------------------------------------------------------------
-- 6. The badge loader of A
--------------------------------------------------------------------------
SET ROLE cs_loader_a;
SELECT lives_ok($$INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id)
                  VALUES (801, 2, '2026-01-14 09:00+05', 'in', 't1'), (801, 2, '2026-01-14 18:00+05', 'out', 't1')$$,
                'loader_a stores events of A');
SELECT lives_ok($$INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id)
                  VALUES (801, 2, '2026-01-14 09:00+05', 'in', 't1') ON CONFLICT DO NOTHING$$,
                'loader_a resends an event of A (ON CONFLICT DO NOTHING)');
SELECT throws_ok($$INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id)
                   VALUES (802, 10, '2026-01-14 09:00+05', 'in', 't1')$$,
                 '42501', 'new row violates row-level security policy for table "access_event"', 'loader_a storing an event of B is refused');
SELECT throws_ok($$SELECT * FROM civilservice.access_event$$, '42501', NULL, 'loader_a does not read events');
SELECT throws_ok($$SELECT * FROM civilservice.employee$$, '42501', NULL, 'loader_a does not read employees');
SELECT throws_ok($$INSERT INTO civilservice.violation (state_body_id, employee_id, day, kind) VALUES (801, 2, '2026-01-14', 'labour_discipline')$$,
                 '42501', NULL, 'loader_a writes nothing but events');
RESET ROLE;
SELECT is((SELECT count(*)::int FROM civilservice.access_event WHERE state_body_id = 801 AND at >= '2026-01-14'), 2, 'A''s events are stored once');

--------------------------------------------------------------------------
-- 7. Auditors, the reader, a person of two roles, an outsider
--------------------------------------------------------------------------
SET ROLE cs_auditor_a;
SELECT set_eq($$SELECT state_body_id, id FROM civilservice.employee$$, $$VALUES (801::bigint, 1::bigint), (801, 2), (801, 3)$$,
              'auditor_a reads A''s employees');
SELECT is_empty($$SELECT * FROM civilservice.access_event WHERE state_body_id = 802$$, 'auditor_a does not see B''s events');
SELECT throws_ok($$UPDATE civilservice.employee SET position = 'x' WHERE state_body_id = 801$$, '42501', NULL, 'auditor_a writes nothing');
SELECT throws_ok($$INSERT INTO civilservice.violation (state_body_id, employee_id, day, kind) VALUES (801, 2, '2026-01-15', 'labour_discipline')$$,
                 '42501', NULL, 'auditor_a records no violation');
RESET ROLE;

SET ROLE cs_national;
SELECT is(civilservice.serves_every_state_body(), true, 'serves_every_state_body(): the national auditor serves every body');
SELECT is((SELECT count(DISTINCT state_body_id)::int FROM civilservice.employee), 2, 'the national auditor reads every body''s employees');
SELECT is((SELECT count(*)::int FROM civilservice.state_body), 3, 'the national auditor reads every state body');
SELECT is((SELECT count(*)::int FROM civilservice.attendance('2026-01-12', '2026-01-12', NULL)), 5, 'the national auditor runs every body''s attendance');
SELECT lives_ok($$SELECT count(*) FROM civilservice.history$$, 'the national auditor reads the history');
SELECT throws_ok($$INSERT INTO civilservice.violation (state_body_id, employee_id, day, kind) VALUES (802, 10, '2026-01-15', 'labour_discipline')$$,
                 '42501', NULL, 'the national auditor writes nothing');
RESET ROLE;

SET ROLE cs_reader_a;
SELECT throws_ok($$SELECT iin FROM civilservice.employee$$, '42501', NULL, 'the reader does not read IINs');
SELECT set_eq($$SELECT employee_id, full_name FROM civilservice_bi.employees$$, $$VALUES (1::bigint, 'Уполномоченный А'), (2, 'Служащий А'), (3, 'Новый А')$$,
              'the reader reads A''s employees without their IINs, through civilservice_bi');
SELECT is((SELECT count(*)::int FROM civilservice_bi.application_queue), 1, 'the reader reads A''s application queue, through civilservice_bi');
SELECT throws_ok($$SELECT * FROM civilservice.attendance('2026-01-12', '2026-01-12', NULL)$$, '42501', NULL,
                 'the reader reads no badge events, so it cannot run attendance()');
SELECT throws_ok($$SELECT * FROM civilservice.access_event_rejected$$, '42501', NULL, 'the reader does not read rejected badge rows');
RESET ROLE;

SET ROLE cs_both;
SELECT set_eq($$SELECT DISTINCT state_body_id FROM civilservice.employee$$, ARRAY[801::bigint, 802], 'HR of A and auditor of B reads both');
SELECT is(pg_temp.rows_of($$UPDATE civilservice.employee SET position = 'x' WHERE state_body_id = 802$$), 0::bigint,
          'HR of A and auditor of B writes nothing of B');
SELECT is(pg_temp.rows_of($$UPDATE civilservice.employee SET position = 'y' WHERE state_body_id = 801 AND id = 2$$), 1::bigint,
          'HR of A and auditor of B writes A''s employees');
SELECT throws_ok($$INSERT INTO civilservice.violation (state_body_id, employee_id, day, kind) VALUES (802, 10, '2026-01-16', 'labour_discipline')$$,
                 '42501', 'new row violates row-level security policy for table "violation"',
                 'HR of A and auditor of B recording a violation in B is refused');
RESET ROLE;

SET ROLE cs_outsider;
SELECT throws_ok($$SELECT * FROM civilservice.employee$$, '42501', NULL, 'a role without a shipped role reads nothing');
SELECT is(civilservice.is_working_day('2026-01-12'), true, 'a role without a shipped role still uses the calendar');
SELECT throws_ok($$SELECT civilservice.write_participation_days('{801}', '{1}')$$, '42501', NULL,
                 'a role without a shipped role may not call an internal helper');
RESET ROLE;

--------------------------------------------------------------------------
-- 8. Signatures tied to people (п. 3.7)
--------------------------------------------------------------------------
-- what was signed above: recorded with the role and its employee
SELECT is((SELECT (signed_by_role, signed_by_employee, signed_for)::text FROM civilservice.act WHERE state_body_id = 801 AND id = 1),
          '(cs_auth_a,1,)', 'auth_a (employee 1) signing an act issued by employee 1: role and employee recorded, acting for nobody');
SELECT is((SELECT (signed_by_role, signed_by_employee)::text FROM civilservice.act WHERE state_body_id = 802 AND id = 2),
          format('(%s,)', current_user), 'a superuser without a mapping signs, recorded by role, with no employee');
SELECT is((SELECT (decided_by_role, decided_by_employee, decided_for)::text FROM civilservice.flexible_application WHERE state_body_id = 801 AND id = 1),
          '(cs_auth_a,1,)', 'the rejection of an application records the role and its employee');
SELECT is((SELECT (signed_by_role, signed_by_employee, signed_for, cancelled_by)::text FROM civilservice.participation_cancellation
            WHERE state_body_id = 801 AND act_id = 1 AND employee_id = 2),
          '(cs_auth_a,1,,1)', 'the cancellation of a participation records the role and its employee');

INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, is_authorized) VALUES
 (801, 4, '850515300115', '2020-01-01', 'Уполномоченный А2', true),
 (801, 5, '850515300125', '2020-01-01', 'Служащий А3', false),
 (801, 6, '850515300135', '2020-01-01', 'Служащий А4', false),
 (801, 7, '850515300145', '2020-01-01', 'Уполномоченный А, уволен', true);
UPDATE civilservice.employee SET employed_to = '2024-12-31' WHERE state_body_id = 801 AND id = 7;
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22' FROM civilservice.employee e JOIN civilservice.rule_wording w ON w.point = 'п. 22' ON CONFLICT DO NOTHING;
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work) VALUES
 (801, 11, 'A-11', '2026-01-05', 4, 'remote', 'agreement', 'Соглашение', '[2026-05-04,2026-06-01)', 'дом'),
 (801, 12, 'A-12', '2026-01-05', 1, 'remote', 'agreement', 'Соглашение', '[2026-05-04,2026-06-01)', 'дом'),
 (801, 13, 'A-13', '2026-01-05', 1, 'remote', 'agreement', 'Соглашение', '[2026-06-01,2026-07-01)', 'дом'),
 (802, 11, 'B-11', '2026-01-05', 9, 'remote', 'agreement', 'Соглашение', '[2026-05-04,2026-06-01)', 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES
 (801, 11, 5), (801, 12, 6), (801, 13, 5), (802, 11, 10);
UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 801 AND id = 13;
-- a flexible act on an application, issued by employee 4
INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period) VALUES
 (801, 3, 6, '2026-01-09 10:00+05', 'e_qyzmet', 'уход за ребёнком',
  'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', '[2026-02-01,2026-08-01)');
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, fixed_working_time) VALUES
 (801, 15, 'ГР-15', '2026-01-12', 4, 'flexible', 'application', 'Заявление', '[2026-02-02,2026-03-01)',
  'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id, application_id) VALUES (801, 15, 6, 3);
INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period) VALUES
 (801, 2, 6, '2026-01-09 10:00+05', 'e_qyzmet', 'учёба', '09:00-18:00, break 13:00-14:00', '[2026-02-01,2026-03-01)');
-- a role mapped to a non-authorized employee; a role mapped to a dismissed
-- authorized person; a person of A who also serves B through a group role
-- mapped to B without an employee
CREATE ROLE cs_auth_a3 LOGIN IN ROLE civilservice_authorized;
CREATE ROLE cs_auth_a7 LOGIN IN ROLE civilservice_authorized;
CREATE ROLE cs_b_desk NOLOGIN IN ROLE civilservice_authorized;
CREATE ROLE cs_auth_ab LOGIN IN ROLE civilservice_authorized, cs_b_desk;
INSERT INTO civilservice.role_body (state_body_id, role_name, employee_id) VALUES
 (801, 'cs_auth_a3', 5), (801, 'cs_auth_a7', 7), (801, 'cs_auth_ab', 4), (802, 'cs_b_desk', NULL);

SET ROLE cs_auth_a;
SELECT lives_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 801 AND id = 11$$,
                'auth_a (employee 1, authorized) signs an act issued by employee 4, acting for them');
SELECT is((SELECT (signed_by_role, signed_by_employee, signed_for)::text FROM civilservice.act WHERE state_body_id = 801 AND id = 11),
          '(cs_auth_a,1,4)', 'the signature records the role, its employee and the issuer acted for');
SELECT lives_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 801 AND id = 15$$,
                'auth_a signs a flexible act issued by employee 4, acting for them');
SELECT is((SELECT (status, decided_by_role, decided_by_employee, decided_for)::text FROM civilservice.flexible_application WHERE state_body_id = 801 AND id = 3),
          '(approved,cs_auth_a,1,4)', 'the application it approves records the signature of the act (п. 15)');
SELECT lives_ok($$INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work,
                                                 signed_by_role, signed_by_employee, signed_for)
                  VALUES (801, 14, 'A-14', '2026-01-05', 1, 'remote', 'agreement', 'Соглашение', '[2026-07-01,2026-08-01)', 'дом', 'cs_hr_a', 4, 4)$$,
                'a draft given a signature by its caller is accepted ...');
SELECT is((SELECT (signed_by_role, signed_by_employee, signed_for)::text FROM civilservice.act WHERE state_body_id = 801 AND id = 14),
          '(,,)', '... and the signature is the database''s: none on a draft');
SELECT throws_ok($$UPDATE civilservice.act SET signed_by_role = 'cs_hr_a', signed_by_employee = 4 WHERE state_body_id = 801 AND id = 1$$,
                 '23001', NULL, 'a caller rewriting the signature of a signed act is refused (a signed act does not change) ...');
SELECT is((SELECT (signed_by_role, signed_by_employee)::text FROM civilservice.act WHERE state_body_id = 801 AND id = 1),
          '(cs_auth_a,1)', '... the signature stays as recorded');
SELECT lives_ok($$SELECT civilservice.cancel_act(801, 11, '2026-05-20', 'систематические нарушения')$$,
                'auth_a cancels the act issued by employee 4, acting for them');
SELECT is((SELECT (cancelled_by_role, cancelled_by_employee, cancelled_for)::text FROM civilservice.act WHERE state_body_id = 801 AND id = 11),
          '(cs_auth_a,1,4)', 'the cancellation records the role, its employee and the issuer acted for');
RESET ROLE;

SET ROLE cs_hr_a;
SELECT throws_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 801 AND id = 12$$,
                 '42501', 'permission denied for table act', 'an HR officer cannot sign');
RESET ROLE;

SET ROLE cs_auth_a3;
SELECT throws_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 801 AND id = 12$$,
                 '23514', 'п. 3.7, п. 6: role cs_auth_a3 cannot sign act A-12 in another person''s name',
                 'a role mapped to a non-authorized employee cannot sign another''s act');
SELECT is(pg_temp.constraint_of($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 801 AND id = 12$$),
          'act_signed_by_issuer', 'the refusal names act_signed_by_issuer');
SELECT throws_ok($$UPDATE civilservice.flexible_application SET status = 'rejected', rejection_reason = 'нет' WHERE state_body_id = 801 AND id = 2$$,
                 '23514', NULL, 'a role mapped to a non-authorized employee cannot reject an application');
SELECT is(pg_temp.constraint_of($$UPDATE civilservice.flexible_application SET status = 'rejected', rejection_reason = 'нет' WHERE state_body_id = 801 AND id = 2$$),
          'flexible_application_decided_by_authorized', 'the refusal names flexible_application_decided_by_authorized');
SELECT throws_ok($$SELECT civilservice.cancel_participation(801, 13, 5, '2026-06-10', 'нарушения')$$,
                 '23514', NULL, 'a role mapped to a non-authorized employee cannot sign a cancellation of participation');
SELECT is(pg_temp.constraint_of($$SELECT civilservice.cancel_participation(801, 13, 5, '2026-06-10', 'нарушения')$$),
          'participation_cancellation_signed_by', 'the refusal names participation_cancellation_signed_by');
SELECT throws_ok($$SELECT civilservice.cancel_act(801, 13, '2026-06-10', 'нарушения')$$,
                 '23514', NULL, 'a role mapped to a non-authorized employee cannot cancel another''s act');
SELECT is(pg_temp.constraint_of($$SELECT civilservice.cancel_act(801, 13, '2026-06-10', 'нарушения')$$),
          'act_cancelled_by_issuer', 'the refusal names act_cancelled_by_issuer');
RESET ROLE;

SET ROLE cs_auth_a7;
SELECT throws_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 801 AND id = 12$$,
                 '23514', NULL, 'a role mapped to an authorized person no longer employed cannot sign for another');
RESET ROLE;
-- the person named on an act, dismissed since, no longer decides on it
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work) VALUES
 (801, 16, 'A-16', '2024-06-03', 7, 'remote', 'agreement', 'Соглашение', '[2024-07-01,2024-08-01)', 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (801, 16, 5);
UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 801 AND id = 16;
SET ROLE cs_auth_a7;
SELECT throws_ok($$SELECT civilservice.cancel_act(801, 16, '2024-07-15', 'нарушения')$$,
                 '23514', NULL, 'the issuer of an act, dismissed since, cannot cancel it');
SELECT is(pg_temp.constraint_of($$SELECT civilservice.cancel_act(801, 16, '2024-07-15', 'нарушения')$$),
          'act_cancelled_by_issuer', 'the refusal names act_cancelled_by_issuer');
RESET ROLE;

SET ROLE cs_auth_ab;
SELECT is((SELECT count(*)::int FROM civilservice.act WHERE state_body_id = 802 AND id = 11), 1, 'auth_ab sees B''s act through a group role of B');
SELECT throws_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 802 AND id = 11$$,
                 '23514', 'п. 3.7, п. 6: role cs_auth_ab is no person of state body 802 and cannot sign act B-11',
                 'a role mapped to a person of body A cannot sign B''s act');
SELECT is(pg_temp.constraint_of($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 802 AND id = 11$$),
          'act_signed_by_issuer', 'the refusal names act_signed_by_issuer');
SELECT lives_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 801 AND id = 12$$,
                'auth_ab (employee 4 of A) signs A''s act issued by employee 1, acting for them');
SELECT lives_ok($$SELECT civilservice.cancel_participation(801, 12, 6, '2026-05-20', 'нарушения')$$,
                'auth_ab cancels a participation in that act, for its issuer');
SELECT is((SELECT (signed_by_role, signed_by_employee, signed_for, cancelled_by)::text FROM civilservice.participation_cancellation
            WHERE state_body_id = 801 AND act_id = 12 AND employee_id = 6),
          '(cs_auth_ab,4,1,1)', 'the cancellation of a participation records the role, its employee and the person acted for');
SELECT lives_ok($$UPDATE civilservice.flexible_application SET status = 'rejected', rejection_reason = 'служебная необходимость' WHERE state_body_id = 801 AND id = 2$$,
                'auth_ab (an authorized person of A) rejects an application of A');
SELECT is((SELECT (decided_by_role, decided_by_employee)::text FROM civilservice.flexible_application WHERE state_body_id = 801 AND id = 2),
          '(cs_auth_ab,4)', 'the decision records the role and its employee');
RESET ROLE;
SELECT is((SELECT status::text FROM civilservice.act WHERE state_body_id = 802 AND id = 11), 'draft', 'B''s act is still a draft');

--------------------------------------------------------------------------
-- 9. The served bodies follow every change of the mapping and of roles at once
--------------------------------------------------------------------------
CREATE ROLE cs_cache_r LOGIN;
CREATE ROLE cs_cache_g NOLOGIN IN ROLE civilservice_hr;
SET ROLE cs_cache_r;
SELECT is(civilservice.served_state_bodies(), '{}'::bigint[], 'a role of no shipped role serves no body');
RESET ROLE;
GRANT civilservice_hr TO cs_cache_r;
INSERT INTO civilservice.role_body (state_body_id, role_name) VALUES (801, 'cs_cache_r');
SET ROLE cs_cache_r;
SELECT is(civilservice.served_state_bodies(), '{801}'::bigint[], 'made an HR officer and mapped to A: serves A at once');
SELECT is(civilservice.served_state_bodies('{civilservice_auditor}'), '{}'::bigint[], '... as an HR officer, not as an auditor');
RESET ROLE;
INSERT INTO civilservice.role_body (state_body_id, role_name) VALUES (803, 'cs_cache_g');
GRANT cs_cache_g TO cs_cache_r;
SET ROLE cs_cache_r;
SELECT is(civilservice.served_state_bodies('{civilservice_hr}'), '{801,803}'::bigint[], 'made a member of a group mapped to a third body: serves it too');
RESET ROLE;
ALTER ROLE cs_cache_g RENAME TO cs_cache_g2;
SET ROLE cs_cache_r;
SELECT is(civilservice.served_state_bodies('{civilservice_hr}'), '{801}'::bigint[], 'the group renamed: its mapping names no role any more');
RESET ROLE;
ALTER ROLE cs_cache_g2 RENAME TO cs_cache_g;
REVOKE cs_cache_g FROM cs_cache_r;
SET ROLE cs_cache_r;
SELECT is(civilservice.served_state_bodies('{civilservice_hr}'), '{801}'::bigint[], 'no longer a member of the group: serves A only');
RESET ROLE;
DELETE FROM civilservice.role_body WHERE role_name = 'cs_cache_r';
SET ROLE cs_cache_r;
SELECT is(civilservice.served_state_bodies(), '{}'::bigint[], 'the mapping deleted: serves nothing');
SELECT is((SELECT count(*)::int FROM civilservice.employee), 0, '... and reads no employee');
RESET ROLE;
SAVEPOINT remap;
INSERT INTO civilservice.role_body (state_body_id, role_name) VALUES (802, 'cs_cache_r');
SET ROLE cs_cache_r;
SELECT is(civilservice.served_state_bodies(), '{802}'::bigint[], 'mapped to B: serves B');
RESET ROLE;
ROLLBACK TO SAVEPOINT remap;
SET ROLE cs_cache_r;
SELECT is(civilservice.served_state_bodies(), '{}'::bigint[], 'the mapping rolled back: serves nothing again');
RESET ROLE;
REVOKE civilservice_hr FROM cs_cache_r;
SET ROLE cs_auth_a;
SELECT is(civilservice.serves_every_state_body(), false, 'serves_every_state_body(): an authorized person of A does not serve every body');
RESET ROLE;
SET ROLE cs_admin_x;
SELECT is(civilservice.serves_every_state_body('{civilservice_national_auditor}'), false,
          'serves_every_state_body(): the administrator is no national auditor');
SELECT is(civilservice.serves_every_state_body('{civilservice_admin}'), true, 'serves_every_state_body(): the administrator serves every body');
RESET ROLE;
SELECT is(civilservice.serves_every_state_body('{civilservice_hr}'), false,
          'serves_every_state_body(): only the administrator and the national auditor serve every body');

SELECT * FROM finish();
ROLLBACK;
