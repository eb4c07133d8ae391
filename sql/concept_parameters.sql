-- The Concept 2024–2029: its numbers are parameters, proposed until an
-- implementing act brings them into force; a check warns while a rule is
-- proposed (or refuses when the body applies it already), and refuses once
-- it is in force.
SET datestyle = ISO;
\set SHOW_CONTEXT never
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;

SELECT name, unit, proposed_value, concept_lines, brought_by, checked
  FROM civilservice.concept_parameter ORDER BY name;

-- proposed, with the Concept's line as the point; N1 has no value
SELECT * FROM civilservice.concept_parameter_on('secondment_max_months', '2027-03-01');
SELECT * FROM civilservice.concept_parameter_on('sanction_validity_months', '2027-03-01');
-- current practice since 2023: in force without an act
SELECT status, value, in_force_from FROM civilservice.concept_parameter_on('evaluation_high_quarters_for_promotion', '2024-06-30');
SELECT status FROM civilservice.concept_parameter_on('evaluation_high_quarters_for_promotion', '2022-12-31');
SELECT status IS NULL AS unknown FROM civilservice.concept_parameter_on('no_such_parameter', '2027-03-01');

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (1201, '040540001002', 'Агентство'), (1202, '040540001012', 'Министерство');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name) VALUES (1201, 1, '880202300037', '2020-01-01', 'Абенов');

-- the check while proposed: a warning and a finding; the write goes through
SELECT civilservice.concept_check_mode(1201, 'secondment_max_months', '2027-03-01');
SELECT civilservice.concept_check(1201, 'secondment_max_months', '2027-03-01', false, 'example_secondment_max', 'employee', 1,
       'a secondment lasts at most 3 months', 'From 2027-03-01 to 2027-07-01.', 'Shorten it.') AS passed;
SELECT state_body_id, parameter, constraint_name, table_name, record_id, on_date, message, status_today, mode_today
  FROM civilservice.concept_findings_open;
-- corrected: the finding is cleared
SELECT civilservice.concept_check(1201, 'secondment_max_months', '2027-03-01', true, 'example_secondment_max', 'employee', 1,
       'a secondment lasts at most 3 months') AS passed;
SELECT count(*) AS open FROM civilservice.concept_findings_open;
SELECT record_id, cleared, message FROM civilservice.concept_finding ORDER BY id;
-- findings are appended only
\x on
SELECT * FROM regress.refusal($$DELETE FROM civilservice.concept_finding$$);
\x off

-- a body piloting the rule enforces it while proposed; another switches it off
INSERT INTO civilservice.body_concept_check (state_body_id, parameter, valid_from, mode, reason) VALUES
 (1201, 'secondment_max_months', '2027-01-01', 'enforce', 'Приказ о пилоте № 5'),
 (1202, 'secondment_max_months', '2027-01-01', 'off', 'не применяется');
SELECT civilservice.concept_check_mode(1201, 'secondment_max_months', '2026-12-31') AS before_pilot,
       civilservice.concept_check_mode(1201, 'secondment_max_months', '2027-01-01') AS pilot,
       civilservice.concept_check_mode(1202, 'secondment_max_months', '2027-01-01') AS switched_off;
\x on
SELECT * FROM regress.refusal($$SELECT civilservice.concept_check(1201, 'secondment_max_months', '2027-03-01', false, 'example_secondment_max', 'employee', 1,
       'a secondment lasts at most 3 months', 'From 2027-03-01 to 2027-07-01.', 'Shorten it.')$$);
\x off
SELECT civilservice.concept_check(1202, 'secondment_max_months', '2027-03-01', false, 'example_secondment_max', 'employee', 1,
       'a secondment lasts at most 3 months') AS passed_switched_off;
SELECT * FROM regress.refusal($$INSERT INTO civilservice.body_concept_check (state_body_id, parameter, valid_from, mode) VALUES (1202, 'secondment_max_months', '2027-02-01', 'strict')$$);

-- the act of deliverable 20 (a government decree) brings the secondment cap into force
INSERT INTO civilservice.implementing_act (id, reference, adopted_on, in_force_from, deliverable)
VALUES (1, 'Постановление Правительства Республики Казахстан от 20 мая 2027 года № 400', '2027-05-20', '2027-06-01', '20');
SELECT act_id, parameter, value FROM civilservice.implementing_act_parameters ORDER BY 1, 2;
SELECT status, value, point, in_force_from FROM civilservice.concept_parameter_on('secondment_max_months', '2027-05-31');
SELECT status, value, point, in_force_from FROM civilservice.concept_parameter_on('secondment_max_months', '2027-06-01');
-- in force: refused, whatever the body chose; the point is the act
SELECT civilservice.concept_check_mode(1202, 'secondment_max_months', '2027-06-01') AS switched_off_body_now;
\x on
SELECT * FROM regress.refusal($$SELECT civilservice.concept_check(1202, 'secondment_max_months', '2027-06-01', false, 'example_secondment_max', 'employee', 1,
       'a secondment lasts at most 3 months', 'From 2027-06-01 to 2027-10-01.', 'Shorten it.')$$);
\x off
-- the act may set its own value
INSERT INTO civilservice.implementing_act_parameter (act_id, parameter, value) VALUES (1, 'secondment_max_months', 2);
SELECT status, value FROM civilservice.concept_parameter_on('secondment_max_months', '2027-06-01');
\x on
SELECT * FROM regress.refusal($$UPDATE civilservice.implementing_act_parameter SET value = -1 WHERE act_id = 1$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.implementing_act (reference, adopted_on, in_force_from) VALUES ('Закон', '2027-05-20', '2027-05-01')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.implementing_act (reference, adopted_on, in_force_from) VALUES ('  ', '2027-05-20', '2027-06-01')$$);
-- the Concept's own text is changed by no one
SELECT * FROM regress.refusal($$UPDATE civilservice.concept_parameter SET proposed_value = 6 WHERE name = 'secondment_max_months'$$);
\x off

-- N1 without a value: nothing is checked even once the law of item 26 is in force, until it gives one
INSERT INTO civilservice.implementing_act (id, reference, adopted_on, in_force_from, deliverable)
VALUES (2, 'Закон Республики Казахстан от 30 декабря 2025 года № 250-VIII', '2025-12-30', '2026-01-01', '26');
SELECT parameter, value FROM civilservice.implementing_act_parameters WHERE act_id = 2 ORDER BY 1;
SELECT civilservice.concept_check_mode(1201, 'sanction_validity_months', '2026-02-01') AS without_value;
INSERT INTO civilservice.implementing_act_parameter (act_id, parameter, value) VALUES (2, 'sanction_validity_months', 12);
SELECT civilservice.concept_check_mode(1201, 'sanction_validity_months', '2026-02-01') AS with_value;
SELECT * FROM regress.refusal($$SELECT civilservice.concept_check_mode(1201, 'no_such_parameter', '2026-02-01')$$);

-- an act may also leave out a parameter its deliverable would bring
INSERT INTO civilservice.implementing_act_parameter (act_id, parameter, brings) VALUES (2, 'limit_to_previous_sanction', false);
SELECT parameter, value FROM civilservice.implementing_act_parameters WHERE act_id = 2 ORDER BY 1;
SELECT status FROM civilservice.concept_parameter_on('limit_to_previous_sanction', '2026-02-01');

ROLLBACK;
