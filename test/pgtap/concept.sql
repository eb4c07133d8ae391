-- pgTAP: the parameters of the Concept, the implementing acts that bring
-- them into force, the modes of a check and who may change what.
BEGIN;
SELECT plan(26);
SET LOCAL datestyle = ISO;
SET LOCAL client_min_messages = error;

\ir lib/constraint_of.psql

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES
 (1191, '040540001845', 'Орган А'), (1192, '040540001855', 'Орган Б');

-- 1. statuses and modes
SELECT is((SELECT status FROM civilservice.concept_parameter_on('temporary_appointment_max_months', '2026-06-01')), 'proposed',
          'a parameter without an implementing act is proposed');
SELECT is(civilservice.concept_check_mode(1191, 'temporary_appointment_max_months', '2026-06-01'), 'warn',
          'a proposed check warns by default');
SELECT is(civilservice.concept_check_mode(1191, 'sanction_validity_months', '2026-06-01'), 'off',
          'a parameter without a value is checked by nothing');
SELECT ok(civilservice.concept_check(1191, 'temporary_appointment_max_months', '2026-06-01', true, 'x_cap', 'employee', 1, 'm'),
          'a check that holds passes');
SELECT ok(NOT civilservice.concept_check(1191, 'temporary_appointment_max_months', '2026-06-01', false, 'x_cap', 'employee', 1, 'm'),
          'a proposed check that fails warns and returns false');
SELECT is((SELECT count(*)::int FROM civilservice.concept_findings_open WHERE state_body_id = 1191), 1,
          'the warning is an open finding');
INSERT INTO civilservice.implementing_act (id, reference, adopted_on, in_force_from, deliverable)
VALUES (9001, 'Закон Республики Казахстан (пример)', '2025-12-20', '2026-01-01', '13c');
SELECT set_eq($$SELECT parameter FROM civilservice.implementing_act_parameters WHERE act_id = 9001$$,
              ARRAY['practical_assessment_max_working_days', 'shortlist_max_per_vacancy', 'temporary_appointment_max_months', 'probation_abolished'],
              'the act of deliverable 13c brings the four parameters of the selection law');
SELECT is((SELECT status FROM civilservice.concept_parameter_on('temporary_appointment_max_months', '2025-12-31')), 'proposed',
          'the day before the act is in force: proposed');
SELECT is((SELECT status FROM civilservice.concept_parameter_on('temporary_appointment_max_months', '2026-01-01')), 'in_force',
          'from the day the act is in force: in force');
SELECT throws_ok($$SELECT civilservice.concept_check(1191, 'temporary_appointment_max_months', '2026-06-01', false, 'x_cap', 'employee', 1, 'm')$$,
                 '23514', 'Закон Республики Казахстан (пример) (Концепция, L403): m', 'in force: refused, naming the act and the Concept line');
SELECT is(pg_temp.constraint_of($$SELECT civilservice.concept_check(1191, 'temporary_appointment_max_months', '2026-06-01', false, 'x_cap', 'employee', 1, 'm')$$),
          'x_cap', 'the refusal carries the constraint name of the check');
INSERT INTO civilservice.body_concept_check (state_body_id, parameter, valid_from, mode) VALUES (1192, 'temporary_appointment_max_months', '2025-01-01', 'off');
SELECT is(civilservice.concept_check_mode(1192, 'temporary_appointment_max_months', '2025-06-01'), 'off', 'a body may switch off a proposed rule');
SELECT is(civilservice.concept_check_mode(1192, 'temporary_appointment_max_months', '2026-01-01'), 'enforce', 'but not a rule in force');
SELECT is(pg_temp.constraint_of($$UPDATE civilservice.concept_finding SET message = 'x'$$), 'concept_finding_append_only',
          'a finding is never changed');

-- 2. privileges
CREATE ROLE cs_c_admin LOGIN IN ROLE civilservice_admin;
CREATE ROLE cs_c_hr LOGIN IN ROLE civilservice_hr;
CREATE ROLE cs_c_auth LOGIN IN ROLE civilservice_authorized;
CREATE ROLE cs_c_reader LOGIN IN ROLE civilservice_reader;
CREATE ROLE cs_c_loader LOGIN IN ROLE civilservice_loader;
INSERT INTO civilservice.role_body (state_body_id, role_name) VALUES
 (1191, 'cs_c_hr'), (1191, 'cs_c_auth'), (1191, 'cs_c_reader'), (1191, 'cs_c_loader');

SET ROLE cs_c_hr;
SELECT throws_ok($$INSERT INTO civilservice.body_concept_check (state_body_id, parameter, valid_from, mode) VALUES (1191, 'secondment_max_months', '2026-01-01', 'enforce')$$,
                 '42501', NULL, 'the HR officer does not choose how the body applies a rule');
SELECT throws_ok($$INSERT INTO civilservice.implementing_act (reference, adopted_on, in_force_from) VALUES ('x', '2026-01-01', '2026-01-01')$$,
                 '42501', NULL, 'the HR officer records no implementing act');
SELECT is((SELECT count(*)::int FROM civilservice.concept_finding), 1, 'the HR officer reads the findings of the body served');
SELECT lives_ok($$SELECT civilservice.concept_check(1191, 'secondment_max_months', '2026-06-01', false, 'y_cap', 'employee', 2, 'm')$$,
                'a write of the HR officer that breaks a proposed rule records its finding');
SELECT throws_ok($$SELECT civilservice.concept_check(1192, 'secondment_max_months', '2026-06-01', false, 'y_cap', 'employee', 2, 'm')$$,
                 '42501', NULL, 'but never a finding of a body it does not serve');
RESET ROLE;
SET ROLE cs_c_auth;
SELECT lives_ok($$INSERT INTO civilservice.body_concept_check (state_body_id, parameter, valid_from, mode) VALUES (1191, 'secondment_max_months', '2026-01-01', 'enforce')$$,
                'the authorized person chooses how the body applies a proposed rule');
SELECT throws_ok($$INSERT INTO civilservice.body_concept_check (state_body_id, parameter, valid_from, mode) VALUES (1192, 'secondment_max_months', '2026-01-01', 'enforce')$$,
                 '42501', NULL, '… of the body served only');
RESET ROLE;
SET ROLE cs_c_reader;
SELECT is((SELECT count(*)::int FROM civilservice.concept_parameter_status), (SELECT count(*)::int FROM civilservice.concept_parameter),
          'the reader reads the parameters and their status');
SELECT throws_ok($$SELECT civilservice.concept_check(1191, 'premium_max_per_quarter', '2026-06-01', false, 'y_cap', 'employee', 2, 'm')$$,
                 '42501', NULL, 'the reader writes no finding');
RESET ROLE;
SET ROLE cs_c_loader;
SELECT throws_ok($$SELECT count(*) FROM civilservice.concept_finding$$, '42501', NULL, 'the badge loader reads no finding');
RESET ROLE;
SET ROLE cs_c_admin;
SELECT lives_ok($$INSERT INTO civilservice.implementing_act (reference, adopted_on, in_force_from, deliverable) VALUES ('Постановление (пример)', '2027-05-20', '2027-06-01', '20')$$,
                'the administrator records an implementing act');
RESET ROLE;
SELECT is((SELECT count(*)::int FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
            WHERE t.relnamespace = 'civilservice'::regnamespace
              AND t.relname IN ('concept_parameter', 'implementing_act', 'implementing_act_parameter', 'body_concept_check', 'concept_finding')
              AND c.contype = 'c' AND pg_get_constraintdef(c.oid) NOT LIKE '%civilservice.checked(%'), 0,
          'every CHECK of the Concept''s tables refuses through civilservice.checked()');

SELECT * FROM finish();
ROLLBACK;
