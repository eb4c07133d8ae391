-- Концепция, L399 (P2): at most two suitable candidates per vacancy are
-- sent to the practical assessment. A third warns while the rule is
-- proposed (kept, with a finding), and is refused when the body applies it
-- or once it is in force. Vacancies: one per place of a competition.
SET datestyle = ISO;
\set SHOW_CONTEXT never
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES
 (1411, '040540001002', 'Агентство'), (1412, '040540001012', 'Министерство');

-- A competition for two places has two vacancies; the category is folded
-- to Latin letters (Cyrillic С and О given).
INSERT INTO civilservice.competition (state_body_id, id, kind, announced_on, places, position, position_category, legal_basis, announcement)
VALUES (1411, 1, 'universal', '2025-09-01', 2, 'Эксперт', 'С-О-5', 'Приказ № 40', 'Объявление № 2025-0901');
SELECT competition_id, place_no, position, position_category FROM civilservice.vacancy WHERE state_body_id = 1411 ORDER BY place_no;
-- raising the places adds a vacancy, lowering removes it
UPDATE civilservice.competition SET places = 3 WHERE state_body_id = 1411 AND id = 1;
SELECT count(*) AS vacancies_after_3 FROM civilservice.vacancy WHERE state_body_id = 1411;
UPDATE civilservice.competition SET places = 2 WHERE state_body_id = 1411 AND id = 1;
SELECT count(*) AS vacancies_after_2 FROM civilservice.vacancy WHERE state_body_id = 1411;
\x on
-- a vacancy beyond the places of its competition
SELECT * FROM regress.refusal($$INSERT INTO civilservice.vacancy (state_body_id, competition_id, place_no) VALUES (1411, 1, 3)$$);
-- the record checks
SELECT * FROM regress.refusal($$INSERT INTO civilservice.competition (state_body_id, kind, announced_on, places) VALUES (1411, 'internal', '2025-09-01', 0)$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.competition (state_body_id, kind, announced_on, places) VALUES (1411, 'closed', '2025-09-01', 1)$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.competition (state_body_id, kind, announced_on, places, status) VALUES (1411, 'general', '2025-09-01', 1, 'open')$$);
\x off

INSERT INTO civilservice.candidacy (state_body_id, id, competition_id, iin, full_name, applied_on, channel) VALUES
 (1411, 1, 1, '880202300037', 'Абенов Серик', '2025-09-02', 'e_qyzmet'),
 (1411, 2, 1, '900101400023', 'Жумабаева Айгуль', '2025-09-03', 'e_qyzmet'),
 (1411, 3, 1, '910303400043', 'Касымов Ерлан', '2025-09-03', 'departmental_his'),
 (1411, 4, 1, '870404500059', 'Нуртаева Дана', '2025-09-04', 'paper');
\x on
-- one candidacy per person per competition; a channel from the list
SELECT * FROM regress.refusal($$INSERT INTO civilservice.candidacy (state_body_id, id, competition_id, iin, full_name, applied_on, channel) VALUES (1411, 99, 1, '880202300037', 'Абенов С.', '2025-09-05', 'paper')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.candidacy (state_body_id, competition_id, iin, full_name, applied_on, channel) VALUES (1411, 1, '880202300037', 'Абенов С.', '2025-09-05', 'email')$$);
\x off

-- Vacancy of place 1: two candidates, accepted; list numbers 1 and 2.
INSERT INTO civilservice.shortlist (state_body_id, id, vacancy_id, candidacy_id, shortlisted_on)
SELECT 1411, c, v.id, c, '2025-10-01' FROM civilservice.vacancy v, generate_series(1, 2) c
 WHERE v.state_body_id = 1411 AND v.place_no = 1;
SELECT s.candidacy_id, v.place_no, s.list_no FROM civilservice.shortlist s
  JOIN civilservice.vacancy v ON v.state_body_id = s.state_body_id AND v.id = s.vacancy_id ORDER BY s.id;

-- While proposed (warn): a third for the same vacancy is kept with a finding.
INSERT INTO civilservice.shortlist (state_body_id, id, vacancy_id, candidacy_id, shortlisted_on)
SELECT 1411, 3, v.id, 3, '2025-10-01' FROM civilservice.vacancy v WHERE v.state_body_id = 1411 AND v.place_no = 1;
SELECT record_id, constraint_name, message, detail FROM civilservice.concept_findings_open WHERE state_body_id = 1411;
-- moved to the vacancy of place 2 (one more than its highest number): cleared
UPDATE civilservice.shortlist SET vacancy_id = (SELECT id FROM civilservice.vacancy WHERE state_body_id = 1411 AND place_no = 2)
 WHERE state_body_id = 1411 AND id = 3;
SELECT count(*) AS open_findings FROM civilservice.concept_findings_open WHERE state_body_id = 1411;
SELECT s.candidacy_id, v.place_no, s.list_no FROM civilservice.shortlist s
  JOIN civilservice.vacancy v ON v.state_body_id = s.state_body_id AND v.id = s.vacancy_id WHERE s.id = 3;

-- The body applies the rule: a third for place 1 is refused.
INSERT INTO civilservice.body_concept_check (state_body_id, parameter, valid_from, mode, reason)
VALUES (1411, 'shortlist_max_per_vacancy', '2025-01-01', 'enforce', 'Пилот отбора');
\x on
SELECT * FROM regress.refusal($$INSERT INTO civilservice.shortlist (state_body_id, id, vacancy_id, candidacy_id, shortlisted_on)
  SELECT 1411, 11, v.id, 4, '2025-10-02' FROM civilservice.vacancy v WHERE v.state_body_id = 1411 AND v.place_no = 1$$);
\x off
-- the second for place 2: accepted (the edge: exactly two)
SELECT * FROM regress.try($$INSERT INTO civilservice.shortlist (state_body_id, id, vacancy_id, candidacy_id, shortlisted_on)
  SELECT 1411, 12, v.id, 4, '2025-10-02' FROM civilservice.vacancy v WHERE v.state_body_id = 1411 AND v.place_no = 2$$);
-- after one leaves the list of place 1, another may take the place
DELETE FROM civilservice.shortlist WHERE state_body_id = 1411 AND id = 2;
SELECT outcome FROM regress.try($$UPDATE civilservice.shortlist SET vacancy_id = (SELECT id FROM civilservice.vacancy WHERE state_body_id = 1411 AND place_no = 1)
  WHERE state_body_id = 1411 AND candidacy_id = 4$$);
SELECT s.candidacy_id, v.place_no, s.list_no FROM civilservice.shortlist s
  JOIN civilservice.vacancy v ON v.state_body_id = s.state_body_id AND v.id = s.vacancy_id ORDER BY v.place_no, s.list_no;
-- lowering the places under a shortlisted vacancy is refused by the key
SELECT outcome, constraint_name FROM regress.try($$UPDATE civilservice.competition SET places = 1 WHERE state_body_id = 1411 AND id = 1$$);

-- A candidate is shortlisted for a vacancy of the competition applied to.
INSERT INTO civilservice.competition (state_body_id, id, kind, announced_on, places) VALUES (1411, 2, 'general', '2025-09-10', 1);
INSERT INTO civilservice.candidacy (state_body_id, id, competition_id, iin, full_name, applied_on, channel)
VALUES (1411, 5, 2, '880202300037', 'Абенов Серик', '2025-09-11', 'e_qyzmet');
\x on
SELECT * FROM regress.refusal($$INSERT INTO civilservice.shortlist (state_body_id, id, vacancy_id, candidacy_id, shortlisted_on)
  SELECT 1411, 13, v.id, 5, '2025-10-02' FROM civilservice.vacancy v WHERE v.state_body_id = 1411 AND v.competition_id = 1 AND v.place_no = 2$$);
\x off
-- one list per candidacy
SELECT outcome, constraint_name FROM regress.try($$INSERT INTO civilservice.shortlist (state_body_id, id, vacancy_id, candidacy_id, shortlisted_on)
  SELECT 1411, 14, v.id, 1, '2025-10-02' FROM civilservice.vacancy v WHERE v.state_body_id = 1411 AND v.competition_id = 1 AND v.place_no = 2$$);
-- another body's rows are not reachable through the composite keys
SELECT outcome, constraint_name FROM regress.try($$INSERT INTO civilservice.shortlist (state_body_id, id, vacancy_id, candidacy_id, shortlisted_on)
  SELECT 1412, 15, v.id, 1, '2025-10-02' FROM civilservice.vacancy v WHERE v.state_body_id = 1411 AND v.place_no = 2$$);

-- Plan 12.1 (L898): internal competitions for corps "B" positions are
-- abolished. While proposed: a warning and a finding (the Cyrillic В-4 is
-- folded to B-4 before the check); corps "A" and a competition without a
-- category are not checked.
INSERT INTO civilservice.competition (state_body_id, id, kind, announced_on, places, position_category) VALUES (1412, 1, 'internal', '2025-09-01', 1, 'В-4');
INSERT INTO civilservice.competition (state_body_id, id, kind, announced_on, places, position_category) VALUES
 (1412, 2, 'internal', '2025-09-01', 1, 'A-3'), (1412, 3, 'internal', '2025-09-01', 1, NULL), (1412, 4, 'general', '2025-09-01', 1, 'C-O-2');
SELECT record_id, constraint_name, detail FROM civilservice.concept_findings_open WHERE state_body_id = 1412;
-- once the law of plan item 12 is in force (from 2026-01-01): refused, the act named
INSERT INTO civilservice.implementing_act (id, reference, adopted_on, in_force_from, deliverable)
VALUES (1401, 'Закон Республики Казахстан (пример)', '2025-12-20', '2026-01-01', '12');
\x on
SELECT * FROM regress.refusal($$INSERT INTO civilservice.competition (state_body_id, id, kind, announced_on, places, position_category) VALUES (1412, 5, 'internal', '2026-01-01', 1, 'E-R-3')$$);
\x off
-- the day before: still proposed, kept with a warning
SELECT outcome FROM regress.try($$INSERT INTO civilservice.competition (state_body_id, id, kind, announced_on, places, position_category) VALUES (1412, 5, 'internal', '2025-12-31', 1, 'E-R-3')$$);
-- changing a general competition to internal after the date is refused too
SELECT outcome, constraint_name FROM regress.try($$UPDATE civilservice.competition SET kind = 'internal', announced_on = '2026-01-05' WHERE state_body_id = 1412 AND id = 4$$);
ROLLBACK;
