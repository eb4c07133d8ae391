-- pgTAP: the reporting views of schema civilservice_bi — who sees which rows,
-- that the reader reaches the records only through them, and their comments.
BEGIN;
SELECT plan(26);
SET LOCAL datestyle = ISO;
SET LOCAL client_min_messages = error;

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES
 (1291, '040540001101', 'Орган А'), (1292, '040540001131', 'Орган Б');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, is_authorized) VALUES
 (1291, 1, '900101400023', '2020-01-01', 'Руководитель А', true),
 (1291, 2, '880202300037', '2020-01-01', 'Служащий А', false),
 (1292, 1, '920404300018', '2020-01-01', 'Руководитель Б', true),
 (1292, 2, '930505300029', '2020-01-01', 'Служащий Б', false);
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления'
  FROM civilservice.employee e JOIN civilservice.rule_wording w ON w.point = 'п. 22'
 WHERE e.state_body_id IN (1291, 1292) ON CONFLICT DO NOTHING;
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
SELECT b, 1, 'Д-1', current_date - 5, 1, 'remote', 'agreement', 'Соглашение', daterange(current_date - 3, current_date + 30), 'дом'
  FROM (VALUES (1291), (1292)) v(b);
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (1291, 1, 2), (1292, 1, 2);
UPDATE civilservice.act SET status = 'signed' WHERE state_body_id IN (1291, 1292);
INSERT INTO civilservice.violation (state_body_id, employee_id, day, kind) VALUES
 (1291, 2, '2026-01-14', 'labour_discipline'), (1292, 2, '2026-01-14', 'labour_discipline');
INSERT INTO civilservice.flexible_application (state_body_id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
SELECT b, 2, now(), 'e_qyzmet', 'учёба', 'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8',
       daterange(current_date + 40, current_date + 100)
  FROM (VALUES (1291), (1292)) v(b);

CREATE ROLE cs_bi_reader LOGIN IN ROLE civilservice_reader;
CREATE ROLE cs_bi_auditor LOGIN IN ROLE civilservice_auditor;
CREATE ROLE cs_bi_national LOGIN IN ROLE civilservice_national_auditor;
CREATE ROLE cs_bi_hr LOGIN IN ROLE civilservice_hr;
INSERT INTO civilservice.role_body (state_body_id, role_name) VALUES
 (1291, 'cs_bi_reader'), (1292, 'cs_bi_auditor'), (1291, 'cs_bi_hr');

CREATE TEMP TABLE bi_view AS
SELECT c.oid, c.relname FROM pg_class c WHERE c.relnamespace = 'civilservice_bi'::regnamespace AND c.relkind = 'v';
GRANT SELECT ON bi_view TO PUBLIC;

-- 1. the schema and its comments
SELECT set_eq($$SELECT relname::text FROM bi_view$$,
              ARRAY['state_bodies', 'employees', 'regimes_today', 'regimes_on', 'application_queue', 'expiring_acts',
                    'violations_monthly', 'violation_freshness', 'cancellation_candidates', 'cancellations',
                    'after_hours_demands', 'concept_plan_status', 'concept_findings_open', 'concept_parameters', 'indicator_progress'],
              'the reporting views of civilservice_bi');
SELECT is_empty($$SELECT relname, relkind FROM pg_class WHERE relnamespace = 'civilservice_bi'::regnamespace AND relkind <> 'v'$$,
                'the schema holds views only');
SELECT is_empty($$SELECT relname FROM bi_view v WHERE NOT coalesce((SELECT reloptions FROM pg_class WHERE oid = v.oid), '{}') @> '{security_barrier=true}'$$,
                'every view is a security barrier');
SELECT is_empty($$SELECT relname FROM bi_view v
                   WHERE coalesce(obj_description(v.oid, 'pg_class'), '') !~ '[А-Яа-яЁё].* / [A-Z][a-z]'$$,
                'every view has a comment in Russian and in English (Русский / English)');
SELECT is_empty($$SELECT v.relname, a.attname FROM bi_view v JOIN pg_attribute a ON a.attrelid = v.oid AND a.attnum > 0
                   WHERE coalesce(col_description(v.oid, a.attnum), '') !~ '[А-Яа-яЁё].*/ .*[A-Za-z]'$$,
                'every column has a comment in Russian and in English');
SELECT is_empty($$SELECT v.relname FROM bi_view v JOIN pg_attribute a ON a.attrelid = v.oid AND a.attname = 'iin'$$,
                'no view shows the IIN');
SELECT is_empty($$SELECT relname FROM bi_view v WHERE has_table_privilege('public', v.oid, 'SELECT')$$,
                'PUBLIC reads none of them');
SELECT ok(NOT has_schema_privilege('public', 'civilservice_bi', 'USAGE'), 'PUBLIC has no USAGE on the schema');

-- 2. the reader of A
SET ROLE cs_bi_reader;
SELECT set_eq($$SELECT table_name::text FROM information_schema.views WHERE table_schema = 'civilservice_bi'$$,
              $$SELECT relname::text FROM bi_view$$, 'the reader finds every view in information_schema.views');
SELECT is_empty($$SELECT table_name FROM information_schema.tables WHERE table_schema = 'civilservice'
                    AND table_name IN ('employee', 'act', 'act_employee', 'violation', 'access_event', 'flexible_application',
                                       'application_queue', 'current_regimes', 'after_hours_demands', 'history')$$,
                'the reader finds neither the record tables nor the internal views');
SELECT set_eq($$SELECT DISTINCT state_body_id FROM civilservice_bi.regimes_today WHERE state_body_id IN (1291, 1292)$$,
              ARRAY[1291::bigint], 'the reader sees A''s regimes today, not B''s');
SELECT set_eq($$SELECT DISTINCT state_body_id FROM civilservice_bi.violations_monthly WHERE state_body_id IN (1291, 1292)$$,
              ARRAY[1291::bigint], 'the reader sees A''s violations, not B''s');
SELECT set_eq($$SELECT DISTINCT state_body_id FROM civilservice_bi.application_queue WHERE state_body_id IN (1291, 1292)$$,
              ARRAY[1291::bigint], 'the reader sees A''s applications, not B''s');
SELECT is((SELECT count(*)::int FROM civilservice_bi.employees WHERE state_body_id = 1292), 0, 'the reader sees no employee of B');
SELECT throws_ok($$SELECT * FROM civilservice.employee$$, '42501', NULL, 'the reader cannot read the employees (nor their IIN)');
SELECT throws_ok($$SELECT * FROM civilservice.violation$$, '42501', NULL, 'the reader cannot read the violations table');
SELECT throws_ok($$SELECT * FROM civilservice.application_queue$$, '42501', NULL, 'the reader cannot read the internal views');
SELECT ok((SELECT count(*) > 0 FROM civilservice_bi.concept_plan_status), 'the reader reads the action plan');
RESET ROLE;

-- 3. the auditor of B
SET ROLE cs_bi_auditor;
SELECT set_eq($$SELECT table_name::text FROM information_schema.views WHERE table_schema = 'civilservice_bi'$$,
              $$SELECT relname::text FROM bi_view$$, 'the auditor finds every view in information_schema.views');
SELECT set_eq($$SELECT DISTINCT state_body_id FROM civilservice_bi.regimes_today WHERE state_body_id IN (1291, 1292)$$,
              ARRAY[1292::bigint], 'the auditor of B sees B''s regimes only');
SELECT set_eq($$SELECT DISTINCT state_body_id FROM civilservice_bi.expiring_acts WHERE state_body_id IN (1291, 1292)$$,
              ARRAY[1292::bigint], 'the auditor of B sees B''s expiring acts only');
SELECT is((SELECT count(*)::int FROM civilservice.employee WHERE state_body_id = 1291), 0,
          'the auditor of B reads no record of A either');
RESET ROLE;

-- 4. the national auditor, the HR officer
SET ROLE cs_bi_national;
SELECT set_eq($$SELECT DISTINCT state_body_id FROM civilservice_bi.regimes_today WHERE state_body_id IN (1291, 1292)$$,
              ARRAY[1291::bigint, 1292], 'the national auditor sees every body');
SELECT set_eq($$SELECT DISTINCT state_body_id FROM civilservice_bi.violations_monthly WHERE state_body_id IN (1291, 1292)$$,
              ARRAY[1291::bigint, 1292], 'the national auditor sees every body''s violations');
RESET ROLE;
SET ROLE cs_bi_hr;
SELECT throws_ok($$SELECT * FROM civilservice_bi.regimes_today$$, '42501', NULL, 'the HR officer uses the records, not the BI schema');
RESET ROLE;
SELECT ok(has_schema_privilege('civilservice_admin', 'civilservice_bi', 'USAGE')
          AND has_table_privilege('civilservice_admin', 'civilservice_bi.regimes_today', 'SELECT'),
          'the administrator reads the BI schema');

SELECT * FROM finish();
ROLLBACK;
