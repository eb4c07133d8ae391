-- Selection under the Concept (L399): the demo body announces a competition
-- for two places, five persons apply, the list of two suitable candidates
-- per place is formed, and the first are directed to the practical
-- assessment on Thursday 20 March 2025, just before Nauryz: three working
-- days of the body's calendar take them to 27 March. Then indicator 3,
-- candidates per place.
\pset footer off
\set SHOW_CONTEXT never
SET search_path = civilservice, public;
SET datestyle = ISO;

\echo '--- A universal competition for two places of chief expert; one vacancy per place follows.'
INSERT INTO competition (state_body_id, id, kind, announced_on, places, position, position_category, legal_basis, announcement)
VALUES (300, 1, 'universal', '2025-02-17', 2, 'Главный эксперт управления отбора', 'С-4', 'Приказ № 15-к', 'Объявление на портале Е-қызмет № 2025-0217');
SELECT place_no, position, position_category FROM vacancy WHERE state_body_id = 300 AND competition_id = 1 ORDER BY place_no;

\echo '--- Five persons apply: candidates are persons, not employees of the body.'
INSERT INTO candidacy (state_body_id, id, competition_id, iin, full_name, applied_on, channel, outcome) VALUES
 (300, 1, 1, '870404500059', 'Нуртаева Дана',      '2025-02-18', 'e_qyzmet', 'in_progress'),
 (300, 2, 1, '850515400121', 'Касымов Ерлан',      '2025-02-19', 'e_qyzmet', 'in_progress'),
 (300, 3, 1, '920404300018', 'Омаров Тимур',       '2025-02-20', 'e_qyzmet', 'in_progress'),
 (300, 4, 1, '930505300029', 'Сейтказина Мадина',  '2025-02-21', 'departmental_his', 'in_progress'),
 (300, 5, 1, '940606400036', 'Бекова Жанар',       '2025-02-24', 'paper', 'failed_central_stages');

\echo '--- The automated stages leave four suitable candidates: two on the list of each place (Концепция, L399).'
INSERT INTO shortlist (state_body_id, id, vacancy_id, candidacy_id, shortlisted_on)
SELECT 300, c.id, v.id, c.id, '2025-03-18'
  FROM candidacy c JOIN vacancy v ON v.state_body_id = c.state_body_id AND v.competition_id = c.competition_id
                                 AND v.place_no = CASE WHEN c.id <= 2 THEN 1 ELSE 2 END
 WHERE c.state_body_id = 300 AND c.id <= 4;
SELECT v.place_no, s.list_no, c.full_name
  FROM shortlist s JOIN vacancy v ON v.state_body_id = s.state_body_id AND v.id = s.vacancy_id
  JOIN candidacy c ON c.state_body_id = s.state_body_id AND c.id = s.candidacy_id
 WHERE s.state_body_id = 300 ORDER BY v.place_no, s.list_no;

\echo '--- The body pilots the new selection (plan item 13.2): it applies both rules while they are proposed.'
INSERT INTO body_concept_check (state_body_id, parameter, valid_from, mode, reason) VALUES
 (300, 'shortlist_max_per_vacancy', '2025-01-01', 'enforce', 'Приказ о пилотном отборе № 3'),
 (300, 'practical_assessment_max_working_days', '2025-01-01', 'enforce', 'Приказ о пилотном отборе № 3');

\echo '--- Directed on Thu 20 March 2025: Nauryz (21–23 March) and its carried-over days off (24–25) do not count.'
SELECT d::date AS day, to_char(d, 'Dy') AS dow, is_working_day(d::date) AS working
  FROM generate_series(date '2025-03-20', date '2025-03-28', interval '1 day') d;
SELECT practical_assessment_deadline(300, '2025-03-20') AS last_allowed_day;
INSERT INTO practical_assessment (state_body_id, id, shortlist_id, directed_on, last_day, remote) VALUES
 (300, 1, 1, '2025-03-20', '2025-03-27', false),
 (300, 2, 2, '2025-03-20', '2025-03-27', true);

\echo '--- A stage planned to 28 March would be a fourth working day: refused.'
DO $$
DECLARE m text; c text;
BEGIN
    INSERT INTO civilservice.practical_assessment (state_body_id, id, shortlist_id, directed_on, last_day)
    VALUES (300, 3, 3, '2025-03-20', '2025-03-28');
EXCEPTION WHEN check_violation THEN
    GET STACKED DIAGNOSTICS m = MESSAGE_TEXT, c = CONSTRAINT_NAME;
    RAISE NOTICE 'refused (%): %', c, m;
END $$;
\echo '--- The second pair is directed on Wed 26 March, ending on Fri 28 March.'
INSERT INTO practical_assessment (state_body_id, id, shortlist_id, directed_on, last_day) VALUES
 (300, 3, 3, '2025-03-26', '2025-03-28'),
 (300, 4, 4, '2025-03-26', '2025-03-28');

\echo '--- Results of the first pair; on 31 March the second pair is overdue until its results are entered.'
UPDATE practical_assessment SET result = 'passed', result_on = '2025-03-27' WHERE state_body_id = 300 AND id = 1;
UPDATE practical_assessment SET result = 'failed', result_on = '2025-03-27' WHERE state_body_id = 300 AND id = 2;
SELECT practical_assessment_id, full_name, directed_on, deadline, days_overdue
  FROM practical_assessments_overdue_on('2025-03-31') WHERE state_body_id = 300;

\echo '--- Indicator 3: candidates per place in 2025 (5 applicants / 2 places; national = sum / sum).'
SELECT * FROM candidates_per_place(2025);
\echo '--- Share of internal competitions over the five years to 31 December 2025 (L166).'
SELECT * FROM internal_competition_share('2025-12-31');
