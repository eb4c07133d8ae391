-- pgTAP: the personnel records of the Concept (education, training,
-- internships, disciplinary cases, quarterly evaluation): each check at its
-- edge, and what each shipped role may read and write.
BEGIN;
SELECT plan(54);
SET LOCAL datestyle = ISO;
-- the roles below run assertions too: they write pgTAP's temporary tables
GRANT ALL ON __tcache__, __tcache___id_seq, __tresults___numb_seq TO PUBLIC;

\ir lib/constraint_of.psql

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (1550, '040540001002', 'Орган А'), (1551, '040540001012', 'Орган Б');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, employed_to, full_name) VALUES
 (1550, 1, '880202300037', '2020-01-01', '2026-12-31', 'Служащий А'),
 (1550, 2, '900101400023', '2020-01-01', NULL, 'Служащая А'),
 (1551, 9, '910303400043', '2020-01-01', NULL, 'Служащий Б');

-- 1. education: of the person, not after the employment
SELECT lives_ok($$INSERT INTO civilservice.education (state_body_id, id, employee_id, level, awarded_on, document) VALUES (1550, 1, 1, 'bachelor', '2005-06-30', 'Б-1')$$,
                'a diploma awarded before the employment is recorded');
SELECT lives_ok($$INSERT INTO civilservice.education (state_body_id, id, employee_id, level, awarded_on, document) VALUES (1550, 2, 1, 'master', '2026-12-31', 'М-1')$$,
                'a degree awarded on the last day of the employment is recorded');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.education (state_body_id, employee_id, level, awarded_on, document) VALUES (1550, 1, 'phd', '2027-01-01', 'Д-1')$$),
          'education_awarded_before_employment_end', 'a degree awarded the day after the employment is refused');
SELECT throws_ok($$INSERT INTO civilservice.education (state_body_id, employee_id, level, awarded_on, document) VALUES (1550, 1, 'phd', '2027-01-01', 'Д-1')$$,
                 '23514', NULL, 'with SQLSTATE 23514');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.education (state_body_id, employee_id, level, awarded_on, document) VALUES (1550, 1, 'dr', '2020-01-01', 'Д-1')$$),
          'education_level_valid', 'an unknown level is refused');
INSERT INTO civilservice.education (state_body_id, id, employee_id, level, awarded_on, document) VALUES
 (1550, 3, 2, 'candidate_of_sciences', '2015-05-20', 'КН-1'), (1550, 4, 2, 'secondary', '2000-06-20', 'А-1');
SELECT is(civilservice.holds_degree(1550, 1, '2026-12-30'), false, 'holds_degree: a bachelor is not counted (the day before the master)');
SELECT is(civilservice.holds_degree(1550, 1, '2026-12-31'), true, 'holds_degree: the master counts from its award day');
SELECT is(civilservice.holds_degree(1550, 2, '2015-05-20'), true, 'holds_degree: a candidate of sciences is a scientific degree');
SELECT is(civilservice.holds_degree(1550, 2, '2015-05-19'), false, 'holds_degree: secondary education is not');

-- 2. training and internships: inside the employment, completed on or after the first day
SELECT lives_ok($$INSERT INTO civilservice.training (state_body_id, id, employee_id, kind, period, completed_on) VALUES (1550, 1, 1, 'retraining', '[2020-01-01,2020-01-10)', '2020-01-01')$$,
                'a training from the first day of the employment, completed on its first day');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.training (state_body_id, employee_id, kind, period) VALUES (1550, 1, 'retraining', '[2019-12-31,2020-01-10)')$$),
          'training_within_employment', 'a training from the day before the employment is refused');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.training (state_body_id, employee_id, kind, period, completed_on) VALUES (1550, 1, 'retraining', '[2025-01-10,2025-01-20)', '2025-01-09')$$),
          'training_completed_on', 'completed the day before its first day is refused');
SELECT lives_ok($$INSERT INTO civilservice.training (state_body_id, id, employee_id, kind, period, completed_on) VALUES (1550, 2, 1, 'practice_oriented', '[2026-12-01,2027-01-01)', '2026-12-31')$$,
                'a training to the last day of the employment, completed on it');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.training (state_body_id, employee_id, kind, period) VALUES (1550, 1, 'retraining', '[2026-12-01,2027-01-02)')$$),
          'training_within_employment', 'a training one day past the employment is refused');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.training (state_body_id, employee_id, kind, period) VALUES (1550, 2, 'retraining', '[2025-01-10,)')$$),
          'training_period', 'an open-ended training is refused');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.internship (state_body_id, employee_id, kind, period, completed_on) VALUES (1550, 1, 'foreign', '[2026-12-20,2026-12-31)', '2027-01-01')$$),
          'internship_completed_within_employment', 'an internship completed after the employment is refused');
SELECT lives_ok($$INSERT INTO civilservice.internship (state_body_id, id, employee_id, kind, period, completed_on) VALUES (1550, 1, 1, 'foreign', '[2026-12-20,2026-12-31)', '2026-12-31')$$,
                'completed after the period, within the employment');

-- 3. disciplinary cases: N1 without a value, N1a off
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.disciplinary_case (state_body_id, employee_id, offence_kind, misconduct_on, decided_on, outcome, sanction_kind)
                                  VALUES (1550, 2, 'ethics', '2026-01-10', '2026-02-01', 'sanction', 'выговор')$$),
          'disciplinary_case_valid_until_required', 'N1 without a value: a sanction without valid_until is refused');
SELECT lives_ok($$INSERT INTO civilservice.disciplinary_case (state_body_id, id, employee_id, offence_kind, misconduct_on, decided_on, outcome, sanction_kind, valid_until)
                  VALUES (1550, 1, 2, 'ethics', '2026-01-10', '2026-02-01', 'sanction', 'выговор', '2026-08-01')$$,
                'N1 without a value: valid_until entered from the decision');
SELECT is(civilservice.concept_check_mode(1550, 'limit_to_previous_sanction', '2026-03-01'), 'off', 'N1a: off while the parameter has no value');
SELECT lives_ok($$INSERT INTO civilservice.disciplinary_case (state_body_id, id, employee_id, offence_kind, misconduct_on, decided_on, outcome)
                  VALUES (1550, 2, 1, 'other', '2026-02-10', '2026-03-01', 'limited_to_previous_sanction')$$,
                'N1a off: limited to a previous sanction that does not exist is not checked');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.disciplinary_case (state_body_id, employee_id, offence_kind, misconduct_on, decided_on, outcome, sanction_kind)
                                  VALUES (1550, 2, 'ethics', '2026-01-10', '2026-02-01', 'not_established', 'выговор')$$),
          'disciplinary_case_sanction_kind', 'a sanction kind without a sanction is refused');

-- the law of deliverable 26: 12 months, and the right of N1a
INSERT INTO civilservice.implementing_act (id, reference, adopted_on, in_force_from, deliverable)
VALUES (1550, 'Закон о дисциплинарной ответственности', '2026-08-20', '2026-09-01', '26');
INSERT INTO civilservice.implementing_act_parameter (act_id, parameter, value) VALUES (1550, 'sanction_validity_months', 12);
INSERT INTO civilservice.implementing_act_parameter (act_id, parameter, value) VALUES (1550, 'limit_to_previous_sanction', 1);
SELECT lives_ok($$INSERT INTO civilservice.disciplinary_case (state_body_id, id, employee_id, offence_kind, misconduct_on, decided_on, outcome, sanction_kind)
                  VALUES (1550, 3, 2, 'discrediting', '2026-09-01', '2026-09-15', 'sanction', 'замечание')$$,
                'N1 with a value: a sanction without valid_until');
SELECT is((SELECT valid_until FROM civilservice.disciplinary_case WHERE state_body_id = 1550 AND id = 3), '2027-09-15'::date,
          'N1: valid_until = decided_on + 12 months');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.disciplinary_case (state_body_id, employee_id, offence_kind, misconduct_on, decided_on, outcome, sanction_kind, valid_until)
                                  VALUES (1550, 2, 'other', '2026-09-01', '2026-09-15', 'sanction', 'замечание', '2027-09-14')$$),
          'disciplinary_case_valid_until_computed', 'N1: a hand-entered term other than the law''s is refused');
SELECT is((SELECT count(*)::int FROM civilservice.active_sanctions(1550, 2, '2027-09-15')), 1, 'active_sanctions: in force on valid_until');
SELECT is((SELECT count(*)::int FROM civilservice.active_sanctions(1550, 2, '2027-09-16')), 0, 'active_sanctions: not the day after');
INSERT INTO civilservice.disciplinary_case (state_body_id, id, employee_id, offence_kind, misconduct_on) VALUES
 (1550, 10, 2, 'ethics', '2027-09-01'), (1550, 11, 2, 'ethics', '2027-09-02'), (1550, 12, 2, 'ethics', '2027-09-03');
SELECT lives_ok($$UPDATE civilservice.disciplinary_case SET decided_on = '2027-09-15', outcome = 'limited_to_previous_sanction' WHERE state_body_id = 1550 AND id = 10$$,
                'N1a in force: limited while the previous sanction is in force (its last day)');
SELECT throws_ok($$UPDATE civilservice.disciplinary_case SET decided_on = '2027-09-16', outcome = 'limited_to_previous_sanction' WHERE state_body_id = 1550 AND id = 11$$,
                 '23514', NULL, 'N1a in force: refused the day after the previous sanction ends');
SELECT is(pg_temp.constraint_of($$UPDATE civilservice.disciplinary_case SET decided_on = '2027-09-16', outcome = 'limited_to_previous_sanction' WHERE state_body_id = 1550 AND id = 11$$),
          'disciplinary_case_limited_to_previous_sanction', 'under disciplinary_case_limited_to_previous_sanction');
INSERT INTO civilservice.case_circumstance (state_body_id, id, case_id, kind, code) VALUES (1550, 1, 12, 'aggravating', 'repeated_offence');
SELECT is(pg_temp.constraint_of($$UPDATE civilservice.disciplinary_case SET decided_on = '2027-09-10', outcome = 'limited_to_previous_sanction' WHERE state_body_id = 1550 AND id = 12$$),
          'disciplinary_case_limited_to_previous_sanction', 'N1a: an aggravating circumstance excludes it though a sanction is in force');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.case_circumstance (state_body_id, case_id, kind, code) VALUES (1550, 10, 'aggravating', 'harm')$$),
          'disciplinary_case_limited_to_previous_sanction', 'N1a: nor is one added to a case limited to the previous sanction');
SELECT is(pg_temp.constraint_of($$UPDATE civilservice.disciplinary_case SET decided_on = '2027-09-10', outcome = 'released_necessity' WHERE state_body_id = 1550 AND id = 12$$),
          'disciplinary_case_released_necessity_ground', 'L507: released for necessity without the circumstance prevention_of_harm is refused');

-- 4. the quarterly evaluation
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.performance_evaluation (state_body_id, employee_id, quarter, rating) VALUES (1550, 2, '2025-04-02', 'high')$$),
          'performance_evaluation_quarter_start', 'a quarter not given by its first day is refused');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.performance_evaluation (state_body_id, employee_id, quarter, rating) VALUES (1550, 1, '2027-01-01', 'high')$$),
          'performance_evaluation_employed', 'the quarter after the employment is refused');
SELECT lives_ok($$INSERT INTO civilservice.performance_evaluation (state_body_id, employee_id, quarter, rating) VALUES
                  (1550, 1, '2026-01-01', 'high'), (1550, 1, '2026-04-01', 'high'), (1550, 1, '2026-07-01', 'high'), (1550, 1, '2026-10-01', 'high'),
                  (1550, 2, '2026-07-01', 'unsatisfactory'), (1550, 2, '2026-10-01', 'unsatisfactory')$$,
                'evaluations of four and of two quarters');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.performance_evaluation (state_body_id, employee_id, quarter, rating) VALUES (1550, 1, '2026-10-01', 'satisfactory')$$),
          'performance_evaluation_one_per_quarter', 'a second evaluation of the quarter is refused');
SELECT is_empty($$SELECT * FROM civilservice.promotion_candidates('2026-12-31', 1550)$$, 'P8: not before the fourth quarter is completed');
SELECT results_eq($$SELECT employee_id, first_quarter FROM civilservice.promotion_candidates('2027-01-01', 1550)$$,
                  $$VALUES (1::bigint, '2026-01-01'::date)$$, 'P8: four consecutive high quarters on the first day after them');
SELECT results_eq($$SELECT employee_id, first_quarter FROM civilservice.demotion_candidates('2027-01-01', 1550)$$,
                  $$VALUES (2::bigint, '2026-07-01'::date)$$, 'P9: two consecutive unsatisfactory quarters');

-- P10: one premium per quarter — kept with a finding while proposed, refused when the body applies it
INSERT INTO civilservice.premium (state_body_id, id, employee_id, quarter, amount, awarded_on, basis) VALUES (1550, 1, 2, '2026-07-01', 100000, '2026-10-05', 'Приказ № 1');
SELECT lives_ok($$INSERT INTO civilservice.premium (state_body_id, id, employee_id, quarter, amount, awarded_on, basis) VALUES (1550, 2, 2, '2026-07-01', 50000, '2026-10-06', 'Приказ № 2')$$,
                'P10 proposed: a second premium of the quarter is kept');
SELECT is((SELECT count(*)::int FROM civilservice.concept_findings_open WHERE state_body_id = 1550 AND constraint_name = 'premium_max_per_quarter'), 1,
          'P10 proposed: with a finding');
INSERT INTO civilservice.body_concept_check (state_body_id, parameter, valid_from, mode) VALUES (1550, 'premium_max_per_quarter', '2026-10-01', 'enforce');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.premium (state_body_id, id, employee_id, quarter, amount, awarded_on, basis) VALUES (1550, 3, 2, '2026-07-01', 50000, '2026-10-07', 'Приказ № 3')$$),
          'premium_max_per_quarter', 'P10 applied by the body: a third premium of the quarter is refused');

-- 5. privileges: hr and authorized write, auditor and reader read, loader nothing
CREATE ROLE cs_tap_pers_hr LOGIN IN ROLE civilservice_hr;
CREATE ROLE cs_tap_pers_auth LOGIN IN ROLE civilservice_authorized;
CREATE ROLE cs_tap_pers_aud LOGIN IN ROLE civilservice_auditor;
CREATE ROLE cs_tap_pers_read LOGIN IN ROLE civilservice_reader;
CREATE ROLE cs_tap_pers_load LOGIN IN ROLE civilservice_loader;
INSERT INTO civilservice.role_body (state_body_id, role_name) VALUES
 (1550, 'cs_tap_pers_hr'), (1550, 'cs_tap_pers_auth'), (1550, 'cs_tap_pers_aud'), (1550, 'cs_tap_pers_read'), (1550, 'cs_tap_pers_load');
SELECT is_empty($$SELECT t, r FROM unnest('{education,training,internship,disciplinary_case,case_circumstance,performance_evaluation,premium}'::text[]) t,
                          unnest('{civilservice_hr,civilservice_authorized}'::text[]) r
                   WHERE NOT (has_table_privilege(r, 'civilservice.' || t, 'SELECT') AND has_table_privilege(r, 'civilservice.' || t, 'INSERT')
                              AND has_table_privilege(r, 'civilservice.' || t, 'UPDATE') AND has_table_privilege(r, 'civilservice.' || t, 'DELETE'))$$,
                'hr and authorized read and write the seven personnel tables');
SELECT is_empty($$SELECT t, r FROM unnest('{education,training,internship,disciplinary_case,case_circumstance,performance_evaluation,premium}'::text[]) t,
                          unnest('{civilservice_auditor,civilservice_national_auditor}'::text[]) r
                   WHERE NOT has_table_privilege(r, 'civilservice.' || t, 'SELECT')
                      OR has_table_privilege(r, 'civilservice.' || t, 'INSERT') OR has_table_privilege(r, 'civilservice.' || t, 'UPDATE')
                      OR has_table_privilege(r, 'civilservice.' || t, 'DELETE')$$,
                'the auditors read them and write nothing');
SELECT is_empty($$SELECT t FROM unnest('{education,training,internship,disciplinary_case,case_circumstance,performance_evaluation,premium}'::text[]) t
                   WHERE has_table_privilege('civilservice_loader', 'civilservice.' || t, 'SELECT, INSERT, UPDATE, DELETE')$$,
                'the loader has no privilege on them');

SET ROLE cs_tap_pers_hr;
SELECT lives_ok($$INSERT INTO civilservice.education (state_body_id, id, employee_id, level, awarded_on, document) VALUES (1550, 100, 2, 'phd', '2020-06-01', 'PhD-1')$$,
                'hr records a degree of its body');
SELECT throws_ok($$INSERT INTO civilservice.education (state_body_id, employee_id, level, awarded_on, document) VALUES (1551, 9, 'phd', '2020-06-01', 'PhD-2')$$,
                 '42501', NULL, 'hr recording a degree in another body is refused');
SELECT lives_ok($$INSERT INTO civilservice.performance_evaluation (state_body_id, employee_id, quarter, rating) VALUES (1550, 2, '2026-04-01', 'satisfactory')$$,
                'hr records an evaluation');
RESET ROLE;
SET ROLE cs_tap_pers_auth;
SELECT lives_ok($$INSERT INTO civilservice.disciplinary_case (state_body_id, id, employee_id, offence_kind, misconduct_on) VALUES (1550, 100, 1, 'ethics', '2026-11-02')$$,
                'the authorized person opens a disciplinary case');
RESET ROLE;
SET ROLE cs_tap_pers_aud;
SELECT is((SELECT count(*)::int FROM civilservice.disciplinary_case), (SELECT count(*)::int FROM civilservice.disciplinary_case WHERE state_body_id = 1550),
          'the auditor reads the cases of its body only');
SELECT throws_ok($$INSERT INTO civilservice.training (state_body_id, employee_id, kind, period) VALUES (1550, 2, 'retraining', '[2026-01-10,2026-01-20)')$$,
                 '42501', NULL, 'the auditor writes nothing');
RESET ROLE;
SET ROLE cs_tap_pers_read;
SELECT throws_ok($$SELECT count(*) FROM civilservice.education$$, '42501', NULL, 'the reader reads no personnel record (it reads the reporting views of civilservice_bi)');
RESET ROLE;
SET ROLE cs_tap_pers_load;
SELECT throws_ok($$SELECT count(*) FROM civilservice.disciplinary_case$$, '42501', NULL, 'the loader reads no disciplinary case');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
