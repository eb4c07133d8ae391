-- pgTAP: selection under the Concept (L399: the list of two per vacancy,
-- the practical-assessment stage of at most three working days of the
-- hiring body), the records of competitions and candidacies, and what each
-- shipped role may do with them.
BEGIN;
SELECT plan(47);
SET LOCAL datestyle = ISO;
SET LOCAL client_min_messages = error;

\ir lib/constraint_of.psql

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES
 (1450, '040540001002', 'Агентство'), (1451, '040540001012', 'Министерство');
-- body 1450 pilots the new selection: both rules enforced; 1451 warns (default)
INSERT INTO civilservice.body_concept_check (state_body_id, parameter, valid_from, mode, reason) VALUES
 (1450, 'shortlist_max_per_vacancy', '2025-01-01', 'enforce', 'Пилот'),
 (1450, 'practical_assessment_max_working_days', '2025-01-01', 'enforce', 'Пилот');

-- 1. the records
SELECT has_table('civilservice', t, 'table civilservice.' || t)
  FROM unnest(ARRAY['competition', 'vacancy', 'candidacy', 'shortlist', 'practical_assessment']) t;
SELECT is_empty($$SELECT conname FROM pg_constraint WHERE conrelid = 'civilservice.candidacy'::regclass AND confrelid = 'civilservice.employee'::regclass$$,
                'candidates are persons, not employees: no foreign key to employee (W4)');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.competition (state_body_id, kind, announced_on, places) VALUES (1450, 'general', '2025-03-01', 0)$$),
          'competition_places', 'a competition for no place is refused');
SELECT lives_ok($$INSERT INTO civilservice.competition (state_body_id, id, kind, announced_on, places, position_category) VALUES
                  (1450, 1, 'universal', '2025-03-01', 2, 'В-3'), (1451, 1, 'general', '2025-03-01', 1, NULL)$$,
                'a competition for two places');
SELECT is((SELECT position_category FROM civilservice.competition WHERE state_body_id = 1450 AND id = 1), 'B-3', 'the category is folded to Latin letters');
SELECT is((SELECT count(*)::int FROM civilservice.vacancy WHERE state_body_id = 1450 AND competition_id = 1), 2, 'one vacancy per place');
INSERT INTO civilservice.candidacy (state_body_id, id, competition_id, iin, full_name, applied_on, channel) VALUES
 (1450, 1, 1, '880202300037', 'Абенов', '2025-03-02', 'e_qyzmet'),
 (1450, 2, 1, '900101400023', 'Жумабаева', '2025-03-02', 'e_qyzmet'),
 (1450, 3, 1, '910303400043', 'Касымов', '2025-03-03', 'paper'),
 (1451, 1, 1, '880202300037', 'Абенов', '2025-03-02', 'e_qyzmet'),
 (1451, 2, 1, '900101400023', 'Жумабаева', '2025-03-02', 'e_qyzmet'),
 (1451, 3, 1, '910303400043', 'Касымов', '2025-03-03', 'departmental_his');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.candidacy (state_body_id, id, competition_id, iin, full_name, applied_on, channel) VALUES (1450, 9, 1, '880202300037', 'Абенов', '2025-03-04', 'paper')$$),
          'candidacy_person_key', 'one candidacy per person per competition');
SELECT lives_ok($$INSERT INTO civilservice.candidacy (state_body_id, id, competition_id, iin, full_name, applied_on, channel) VALUES (1451, 9, 1, '870404500059', 'Нуртаева', '2025-03-04', 'paper')$$,
                'another person applies');

-- 2. P2: at most two per vacancy
CREATE TEMP VIEW v1 AS SELECT state_body_id, id FROM civilservice.vacancy WHERE competition_id = 1 AND place_no = 1;
SELECT lives_ok($$INSERT INTO civilservice.shortlist (state_body_id, id, vacancy_id, candidacy_id, shortlisted_on)
                  SELECT 1450, c, v.id, c, '2025-03-17' FROM v1 v, generate_series(1, 2) c WHERE v.state_body_id = 1450$$,
                'two candidates on the list of a vacancy (the edge)');
SELECT throws_ok($$INSERT INTO civilservice.shortlist (state_body_id, id, vacancy_id, candidacy_id, shortlisted_on)
                   SELECT 1450, 3, v.id, 3, '2025-03-17' FROM v1 v WHERE v.state_body_id = 1450$$,
                 '23514', 'Концепция, L399: at most 2 candidates are shortlisted per vacancy for the practical assessment',
                 'a third is refused when the body applies the rule');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.shortlist (state_body_id, id, vacancy_id, candidacy_id, shortlisted_on)
                   SELECT 1450, 3, v.id, 3, '2025-03-17' FROM v1 v WHERE v.state_body_id = 1450$$),
          'shortlist_max_per_vacancy', 'the refusal names shortlist_max_per_vacancy');
SELECT lives_ok($$INSERT INTO civilservice.shortlist (state_body_id, id, vacancy_id, candidacy_id, shortlisted_on)
                  SELECT 1450, 3, v.id, 3, '2025-03-17' FROM civilservice.vacancy v WHERE v.state_body_id = 1450 AND v.competition_id = 1 AND v.place_no = 2$$,
                'the third goes to the list of the other place');
SELECT lives_ok($$INSERT INTO civilservice.shortlist (state_body_id, id, vacancy_id, candidacy_id, shortlisted_on)
                  SELECT 1451, c, v.id, c, '2025-03-17' FROM v1 v, generate_series(1, 3) c WHERE v.state_body_id = 1451$$,
                'while proposed (warn) a third is kept');
SELECT is((SELECT count(*)::int FROM civilservice.concept_findings_open WHERE state_body_id = 1451 AND constraint_name = 'shortlist_max_per_vacancy'), 1,
          '… with one finding');

-- 3. P1: the practical-assessment stage
SELECT is(civilservice.practical_assessment_deadline(1450, '2025-03-20'), '2025-03-27'::date,
          'directed Thu 20 March 2025: 20, 26, 27 March (Nauryz 21–23 and 24–25 carried over)');
SELECT is(civilservice.practical_assessment_deadline(1450, '2025-03-26'), '2025-03-28'::date, 'directed Wed 26 March: 26, 27, 28');
SELECT is(civilservice.practical_assessment_deadline(1450, '2025-03-24'), '2025-03-28'::date, 'directed on a day off: counted from the next working day');
SELECT is(civilservice.practical_assessment_deadline(1450, '2025-03-19'), '2025-03-26'::date, 'directed Wed 19 March: 19, 20, 26');
SELECT lives_ok($$INSERT INTO civilservice.practical_assessment (state_body_id, id, shortlist_id, directed_on, last_day, remote) VALUES (1450, 1, 1, '2025-03-20', '2025-03-27', true)$$,
                'a stage ending on the last allowed day, held remotely');
SELECT throws_ok($$INSERT INTO civilservice.practical_assessment (state_body_id, id, shortlist_id, directed_on, last_day) VALUES (1450, 2, 2, '2025-03-20', '2025-03-28')$$,
                 '23514', 'Концепция, L399: the practical-assessment stage lasts at most 3 working days of the hiring body',
                 'one day past it is refused');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.practical_assessment (state_body_id, id, shortlist_id, directed_on, last_day) VALUES (1450, 2, 2, '2025-03-20', '2025-03-28')$$),
          'practical_assessment_max_working_days', 'the refusal names practical_assessment_max_working_days');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.practical_assessment (state_body_id, id, shortlist_id, directed_on, last_day) VALUES (1450, 2, 2, '2025-03-25', '2025-03-27')$$),
          'practical_assessment_first_working_day', 'a first day off (Tue 25 March, carried over) is refused');
SELECT lives_ok($$INSERT INTO civilservice.practical_assessment (state_body_id, id, shortlist_id, directed_on, last_day) VALUES (1450, 2, 2, '2025-03-26', '2025-03-28')$$,
                'the next working day, three working days');
SELECT is(pg_temp.constraint_of($$UPDATE civilservice.practical_assessment SET directed_on = '2025-03-27', last_day = '2025-03-26' WHERE state_body_id = 1450 AND id = 2$$),
          'practical_assessment_period', 'a stage ending before it starts is refused');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.practical_assessment (state_body_id, id, shortlist_id, directed_on, last_day) VALUES (1450, 3, 2, '2025-03-26', '2025-03-26')$$),
          'practical_assessment_shortlist_key', 'one stage per shortlisted candidate');
SELECT lives_ok($$INSERT INTO civilservice.practical_assessment (state_body_id, id, shortlist_id, directed_on, last_day) VALUES (1451, 1, 1, '2025-03-20', '2025-03-28')$$,
                'while proposed (warn) a stage over the cap is kept');
SELECT is((SELECT count(*)::int FROM civilservice.concept_findings_open WHERE state_body_id = 1451 AND constraint_name = 'practical_assessment_max_working_days'), 1,
          '… with one finding');
-- once the selection law (deliverable 13c) is in force, every body is enforced
INSERT INTO civilservice.implementing_act (reference, adopted_on, in_force_from, deliverable)
VALUES ('Закон Республики Казахстан (тест)', '2025-12-20', '2026-01-01', '13c');
SELECT is(civilservice.concept_check_mode(1451, 'practical_assessment_max_working_days', '2026-03-02'), 'enforce', 'in force: enforced for the body that warned');
SELECT is(pg_temp.constraint_of($$UPDATE civilservice.practical_assessment SET directed_on = '2026-03-02', last_day = '2026-03-05' WHERE state_body_id = 1451 AND id = 1$$),
          'practical_assessment_max_working_days', 'in force: Mon 2 – Thu 5 March 2026 (4 working days) is refused');
SELECT lives_ok($$UPDATE civilservice.practical_assessment SET directed_on = '2026-03-02', last_day = '2026-03-04' WHERE state_body_id = 1451 AND id = 1$$,
                'in force: Mon 2 – Wed 4 March 2026 is accepted');

-- 4. reports
SELECT results_eq($$SELECT practical_assessment_id FROM civilservice.practical_assessments_overdue_on('2025-03-29') WHERE state_body_id = 1450$$,
                  $$VALUES (1::bigint), (2::bigint)$$, 'open stages past their last allowed day');
SELECT results_eq($$SELECT state_body_id, places, candidacies, candidates_per_place FROM civilservice.candidates_per_place(2025) WHERE state_body_id IN (1450, 1451)$$,
                  $$VALUES (1450::bigint, 2::bigint, 3::bigint, 1.50::numeric), (1451, 1, 4, 4.00)$$,
                  'candidates per place: 3 / 2 and 4 / 1');

-- 5. privileges: the HR officer and the authorized person write, the
-- auditor and the reader read, the reader without the candidates' IINs
CREATE ROLE cs_sel_hr LOGIN IN ROLE civilservice_hr;
CREATE ROLE cs_sel_auth LOGIN IN ROLE civilservice_authorized;
CREATE ROLE cs_sel_auditor LOGIN IN ROLE civilservice_auditor;
CREATE ROLE cs_sel_reader LOGIN IN ROLE civilservice_reader;
CREATE ROLE cs_sel_loader LOGIN IN ROLE civilservice_loader;
INSERT INTO civilservice.role_body (state_body_id, role_name) VALUES
 (1450, 'cs_sel_hr'), (1450, 'cs_sel_auth'), (1450, 'cs_sel_auditor'), (1450, 'cs_sel_reader'), (1450, 'cs_sel_loader');

SET ROLE cs_sel_hr;
SELECT lives_ok($$INSERT INTO civilservice.competition (state_body_id, id, kind, announced_on, places) VALUES (1450, 2, 'general', '2025-05-01', 1)$$,
                'the HR officer announces a competition');
SELECT lives_ok($$INSERT INTO civilservice.candidacy (state_body_id, id, competition_id, iin, full_name, applied_on, channel) VALUES (1450, 10, 2, '870404500059', 'Нуртаева', '2025-05-02', 'paper')$$,
                'the HR officer records a candidacy');
SELECT is((SELECT count(*)::int FROM civilservice.competition), 2, 'the HR officer sees the competitions of the body served only');
SELECT throws_ok($$INSERT INTO civilservice.competition (state_body_id, kind, announced_on, places) VALUES (1451, 'general', '2025-05-01', 1)$$,
                 '42501', NULL, 'the HR officer writes nothing of another body');
RESET ROLE;

SET ROLE cs_sel_auth;
SELECT lives_ok($$UPDATE civilservice.competition SET status = 'completed' WHERE state_body_id = 1450 AND id = 1$$,
                'the authorized person completes a competition');
RESET ROLE;

SET ROLE cs_sel_auditor;
SELECT is((SELECT count(*)::int FROM civilservice.candidacy WHERE iin IS NOT NULL), 4, 'the auditor reads the candidacies with their IINs');
SELECT throws_ok($$UPDATE civilservice.candidacy SET outcome = 'selected' WHERE state_body_id = 1450 AND id = 1$$,
                 '42501', NULL, 'the auditor writes nothing');
RESET ROLE;

SET ROLE cs_sel_reader;
SELECT throws_ok($$SELECT iin FROM civilservice.candidacy$$, '42501', NULL, 'the reader does not read candidates'' IINs');
SELECT throws_ok($$SELECT count(*) FROM civilservice.candidacy$$, '42501', NULL, 'the reader reads no candidacy (it reads the reporting views of civilservice_bi)');
RESET ROLE;
SET ROLE cs_sel_auditor;
SELECT is((SELECT candidates_per_place FROM civilservice.candidates_per_place(2025) WHERE state_body_id IS NULL), 1.33,
          'the auditor runs indicator 3 on the body served: 4 candidacies / 3 places');
RESET ROLE;

SET ROLE cs_sel_loader;
SELECT throws_ok($$SELECT count(*) FROM civilservice.competition$$, '42501', NULL, 'the badge loader reads no competition');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
