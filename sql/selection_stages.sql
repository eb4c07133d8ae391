-- Концепция, L399 (P1): the practical-assessment stage lasts at most three
-- working days of the hiring body's production calendar; its first day is a
-- working day and counts as day 1. Warns while the rule is proposed, refuses
-- when the body applies it (body_concept_check) or once it is in force.
SET datestyle = ISO;
\set SHOW_CONTEXT never
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;

-- The shipped calendar around Nauryz 2025: 21–23 March (Fri–Sun) are
-- holidays; the two that fall on the weekend carry over to Mon 24 and
-- Tue 25 March. Working days: Thu 20, Wed 26, Thu 27, Fri 28.
SELECT d::date AS day, to_char(d, 'Dy') AS dow, civilservice.is_working_day(d::date, 'kz') AS working
  FROM generate_series(date '2025-03-19', date '2025-03-28', interval '1 day') d;

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES
 (1401, '040540001002', 'Агентство по делам государственной службы'),
 (1402, '040540001012', 'Министерство');

-- The worked example (CONCEPT §1.4): directed Thu 2025-03-20, the three
-- working days are 20, 26 and 27 March, so the last allowed day is 27 March.
SELECT civilservice.practical_assessment_deadline(1401, '2025-03-20') AS nauryz_example;
-- an ordinary week: Mon 2025-03-03 → Wed 03-05; Thu 03-06 → Mon 03-10
-- (Sat 8 March is International Women's Day, carried over to Mon 10 March:
-- the working days are Thu 6, Fri 7, Tue 11)
SELECT d::date AS directed_on, civilservice.is_working_day(d::date) AS working,
       civilservice.practical_assessment_deadline(1401, d::date) AS deadline
  FROM generate_series(date '2025-03-03', date '2025-03-07', interval '1 day') d;
-- directed on a day off (Sat 2025-03-22): counted from the next working day
-- (Wed 26), so 26, 27, 28 March
SELECT civilservice.practical_assessment_deadline(1401, '2025-03-22') AS from_day_off;
-- an unknown body: NULL
SELECT civilservice.practical_assessment_deadline(1499, '2025-03-20') AS unknown_body;

-- A competition for one place, two candidates on the list.
INSERT INTO civilservice.competition (state_body_id, id, kind, announced_on, places, position, position_category)
VALUES (1401, 1, 'general', '2025-02-10', 1, 'Главный эксперт', 'С-4');
SELECT state_body_id, competition_id, place_no, position, position_category FROM civilservice.vacancy WHERE state_body_id = 1401;
INSERT INTO civilservice.candidacy (state_body_id, id, competition_id, iin, full_name, applied_on, channel) VALUES
 (1401, 1, 1, '880202300037', 'Абенов Серик', '2025-02-12', 'e_qyzmet'),
 (1401, 2, 1, '900101400023', 'Жумабаева Айгуль', '2025-02-13', 'paper');
INSERT INTO civilservice.shortlist (state_body_id, id, vacancy_id, candidacy_id, shortlisted_on)
SELECT 1401, c.id, v.id, c.id, '2025-03-18' FROM civilservice.vacancy v, civilservice.candidacy c
 WHERE v.state_body_id = 1401 AND c.state_body_id = 1401;

-- While proposed (warn, the default): the stage over the cap is kept with a
-- warning and a finding.
SELECT civilservice.concept_check_mode(1401, 'practical_assessment_max_working_days', '2025-03-20') AS mode;
INSERT INTO civilservice.practical_assessment (state_body_id, id, shortlist_id, directed_on, last_day)
VALUES (1401, 1, 1, '2025-03-20', '2025-03-28');
SELECT record_id, constraint_name, on_date, message, detail FROM civilservice.concept_findings_open WHERE state_body_id = 1401;
-- corrected to the last allowed day: the finding is cleared
UPDATE civilservice.practical_assessment SET last_day = '2025-03-27' WHERE state_body_id = 1401 AND id = 1;
SELECT count(*) AS open_findings FROM civilservice.concept_findings_open WHERE state_body_id = 1401;
DELETE FROM civilservice.practical_assessment WHERE state_body_id = 1401;

-- The body applies the rule (a pilot, plan item 13.2): enforced.
INSERT INTO civilservice.body_concept_check (state_body_id, parameter, valid_from, mode, reason)
VALUES (1401, 'practical_assessment_max_working_days', '2025-01-01', 'enforce', 'Пилот отбора, приказ № 12');
-- accepted: the last allowed day, across Nauryz, held remotely
SELECT * FROM regress.try($$INSERT INTO civilservice.practical_assessment (state_body_id, id, shortlist_id, directed_on, last_day, remote)
                           VALUES (1401, 2, 1, '2025-03-20', '2025-03-27', true)$$);
-- refused: one day later (four working days: 20, 26, 27, 28)
\x on
SELECT * FROM regress.refusal($$INSERT INTO civilservice.practical_assessment (state_body_id, id, shortlist_id, directed_on, last_day)
                               VALUES (1401, 11, 2, '2025-03-20', '2025-03-28')$$);
-- refused: the first day is a day off (Fri 21 March, Nauryz)
SELECT * FROM regress.refusal($$INSERT INTO civilservice.practical_assessment (state_body_id, id, shortlist_id, directed_on, last_day)
                               VALUES (1401, 12, 2, '2025-03-21', '2025-03-27')$$);
-- refused: ends before it starts
SELECT * FROM regress.refusal($$INSERT INTO civilservice.practical_assessment (state_body_id, id, shortlist_id, directed_on, last_day)
                               VALUES (1401, 13, 2, '2025-03-20', '2025-03-19')$$);
-- refused: moving the last day of an accepted stage past the cap
SELECT * FROM regress.refusal($$UPDATE civilservice.practical_assessment SET last_day = '2025-03-31' WHERE state_body_id = 1401 AND id = 2$$);
-- a result has its date
SELECT * FROM regress.refusal($$UPDATE civilservice.practical_assessment SET result = 'passed' WHERE state_body_id = 1401 AND id = 2$$);
\x off
-- edges: a one-day stage; a stage ending on a day off after its third
-- working day is over the cap (the cap is never moved)
SELECT * FROM regress.try($$INSERT INTO civilservice.practical_assessment (state_body_id, id, shortlist_id, directed_on, last_day)
                               VALUES (1401, 14, 2, '2025-03-20', '2025-03-20')$$);
SELECT civilservice.practical_assessment_deadline(1401, '2025-03-05') AS wed_deadline,
       civilservice.is_working_day('2025-03-08') AS sat_8_march;
SELECT outcome, constraint_name FROM regress.try($$UPDATE civilservice.practical_assessment SET directed_on = '2025-03-05', last_day = '2025-03-08'
                                                    WHERE state_body_id = 1401 AND shortlist_id = 2$$);

-- The overdue report: open stages past their last allowed day.
SELECT state_body_id, practical_assessment_id, full_name, directed_on, last_day, deadline, days_overdue
  FROM civilservice.practical_assessments_overdue_on('2025-03-27');
SELECT state_body_id, practical_assessment_id, full_name, directed_on, last_day, deadline, days_overdue
  FROM civilservice.practical_assessments_overdue_on('2025-03-28');
-- with a result it is closed
UPDATE civilservice.practical_assessment SET result = 'passed', result_on = '2025-03-27' WHERE state_body_id = 1401 AND id = 2;
SELECT count(*) AS overdue FROM civilservice.practical_assessments_overdue_on('2025-03-28');
-- the view is the function on CURRENT_DATE: the one-day stage of 2025 is still open
SELECT count(*) AS overdue_today FROM civilservice.practical_assessments_overdue WHERE state_body_id = 1401;

ROLLBACK;
