-- Career events of the Concept: the caps of temporary appointment without
-- competition (P3, L403), secondment (P7, L469, L1085) and the stay of an
-- adviser of pension age (P6, L464), at their exact edges and with the
-- month-end clamps of the Concept §1.4; probation abolished (P13, L401).
-- While proposed a cap warns (the write is kept, a finding is listed); once
-- an implementing act brings it into force the same write is refused.
SET datestyle = ISO;
\set SHOW_CONTEXT never
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES
 (1301, '040540001002', 'Агентство'), (1302, '040540001012', 'Министерство');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, employed_to, full_name) VALUES
 (1301, 1, '880202300037', '2020-01-01', NULL, 'Абенов'),
 (1301, 2, '900101400023', '2024-02-29', NULL, 'Бекова'),
 (1301, 3, '620315300011', '2000-01-01', NULL, 'Советник Сейтов'),
 (1301, 4, '640229400014', '2000-01-01', NULL, 'Советник Жанова'),
 (1301, 5, '910303400043', '2020-01-01', '2025-12-31', 'Уволенная');

-- the pension age from the IIN (Social Code values, to be checked)
SELECT sex, born_from, born_to, age_months FROM civilservice.pension_age ORDER BY sex;
SELECT iin, civilservice.iin_birth_date(iin) AS born, civilservice.iin_sex(iin) AS sex,
       civilservice.pension_age_date(iin) AS pension_age_reached
  FROM civilservice.employee WHERE state_body_id = 1301 AND id IN (3, 4) ORDER BY id;

-- P3: temporary appointment from 2024-02-29: the end (exclusive) is at most 2025-02-28
SELECT outcome, constraint_name FROM regress.try($$INSERT INTO civilservice.career_event
  (state_body_id, id, employee_id, kind, event_on, term, basis, legal_basis) VALUES
  (1301, 1, 2, 'appointment', '2024-02-29', '[2024-02-29,2025-02-28)', 'temporary_without_competition', 'Приказ № 1-к')$$) AS last_allowed_day;
SELECT outcome, constraint_name FROM regress.try($$INSERT INTO civilservice.career_event
  (state_body_id, id, employee_id, kind, event_on, term, basis, legal_basis) VALUES
  (1301, 2, 2, 'appointment', '2024-02-29', '[2024-02-29,2025-03-01)', 'temporary_without_competition', 'Приказ № 2-к')$$) AS one_day_more_warned;
SELECT record_id, parameter, constraint_name, on_date, message FROM civilservice.concept_findings_open
 WHERE state_body_id = 1301 ORDER BY record_id;
-- open-ended or without a term: refused whatever the status (career_event_term)
SELECT outcome, constraint_name FROM regress.try($$INSERT INTO civilservice.career_event
  (state_body_id, employee_id, kind, event_on, term, basis, legal_basis) VALUES
  (1301, 2, 'appointment', '2024-02-29', '[2024-02-29,)', 'temporary_without_competition', 'Приказ № 3-к')$$) AS open_ended;
SELECT outcome, constraint_name FROM regress.try($$INSERT INTO civilservice.career_event
  (state_body_id, employee_id, kind, event_on, basis, legal_basis) VALUES
  (1301, 2, 'appointment', '2024-02-29', 'temporary_without_competition', 'Приказ № 3-к')$$) AS no_term;

-- P13: probation while the abolition is proposed: a warning
SELECT outcome, constraint_name FROM regress.try($$INSERT INTO civilservice.career_event
  (state_body_id, id, employee_id, kind, event_on, basis, probation_months, legal_basis) VALUES
  (1301, 3, 1, 'appointment', '2025-06-02', 'competition', 3, 'Приказ № 4-к')$$) AS probation_warned;

-- P7: secondment from 2025-11-30: the end (exclusive) is at most 2026-02-28
SELECT outcome, constraint_name FROM regress.try($$INSERT INTO civilservice.career_event
  (state_body_id, id, employee_id, kind, event_on, term, other_state_body_id, legal_basis) VALUES
  (1301, 10, 1, 'secondment', '2025-11-25', '[2025-11-30,2026-02-28)', 1302, 'Приказ № 10-к')$$) AS last_allowed_day;
SELECT outcome, constraint_name FROM regress.try($$INSERT INTO civilservice.career_event
  (state_body_id, id, employee_id, kind, event_on, term, other_state_body_id, legal_basis) VALUES
  (1301, 11, 2, 'secondment', '2025-11-25', '[2025-11-30,2026-03-01)', 1302, 'Приказ № 11-к')$$) AS one_day_more_warned;
-- one at a time; back-to-back to the same host is warned
\x on
SELECT * FROM regress.refusal($$INSERT INTO civilservice.career_event
  (state_body_id, employee_id, kind, event_on, term, other_state_body_id, legal_basis) VALUES
  (1301, 1, 'secondment', '2026-02-01', '[2026-02-27,2026-03-10)', 1302, 'Приказ № 12-к')$$);
\x off
SELECT outcome, constraint_name FROM regress.try($$INSERT INTO civilservice.career_event
  (state_body_id, id, employee_id, kind, event_on, term, other_state_body_id, legal_basis) VALUES
  (1301, 12, 1, 'secondment', '2026-02-01', '[2026-02-28,2026-03-10)', 1302, 'Приказ № 12-к')$$) AS back_to_back;
-- to its own body, outside the employment, open-ended: refused
SELECT outcome, constraint_name FROM regress.try($$INSERT INTO civilservice.career_event
  (state_body_id, employee_id, kind, event_on, term, other_state_body_id, legal_basis) VALUES
  (1301, 1, 'secondment', '2026-05-01', '[2026-05-01,2026-06-01)', 1301, 'Приказ № 13-к')$$) AS own_body;
SELECT outcome, constraint_name FROM regress.try($$INSERT INTO civilservice.career_event
  (state_body_id, employee_id, kind, event_on, term, other_state_body_id, legal_basis) VALUES
  (1301, 5, 'secondment', '2025-12-01', '[2025-12-01,2026-01-15)', 1302, 'Приказ № 14-к')$$) AS past_employment;
SELECT outcome, constraint_name FROM regress.try($$INSERT INTO civilservice.career_event
  (state_body_id, employee_id, kind, event_on, term, other_state_body_id, legal_basis) VALUES
  (1301, 1, 'secondment', '2026-05-01', '[2026-05-01,)', 1302, 'Приказ № 15-к')$$) AS open_ended;
SELECT outcome, constraint_name FROM regress.try($$INSERT INTO civilservice.career_event
  (state_body_id, employee_id, kind, event_on, term, other_state_body_id, legal_basis) VALUES
  (1301, 5, 'secondment', '2026-01-10', '[2026-01-10,2026-02-01)', 1302, 'Приказ № 16-к')$$) AS not_employed_that_day;

-- P6: an adviser of pension age; the cap is pension age + 24 months (cumulative)
INSERT INTO civilservice.career_event (state_body_id, id, employee_id, kind, event_on, basis, position, legal_basis) VALUES
 (1301, 20, 3, 'appointment', '2024-01-10', 'pension_age_adviser', 'Советник председателя', 'Приказ № 20-к'),
 (1301, 21, 4, 'appointment', '2024-01-10', 'pension_age_adviser', 'Советник председателя', 'Приказ № 21-к');
-- man born 1962-03-15: pension age 2025-03-15, the end (exclusive) at most 2027-03-15
SELECT outcome, constraint_name FROM regress.try($$INSERT INTO civilservice.career_event
  (state_body_id, id, employee_id, kind, event_on, term, legal_basis) VALUES
  (1301, 22, 3, 'adviser_extension', '2025-03-01', '[2025-03-15,2026-03-15)', 'Приказ № 22-к')$$) AS first_year;
SELECT outcome, constraint_name FROM regress.try($$INSERT INTO civilservice.career_event
  (state_body_id, id, employee_id, kind, event_on, term, legal_basis) VALUES
  (1301, 23, 3, 'adviser_extension', '2026-03-01', '[2026-03-15,2027-03-15)', 'Приказ № 23-к')$$) AS second_year_to_the_cap;
SELECT outcome, constraint_name FROM regress.try($$INSERT INTO civilservice.career_event
  (state_body_id, id, employee_id, kind, event_on, term, legal_basis) VALUES
  (1301, 24, 3, 'adviser_extension', '2027-03-01', '[2027-03-15,2027-03-16)', 'Приказ № 24-к')$$) AS one_day_past_warned;
-- woman born 1964-02-29: pension age 2025-02-28 (clamp), the end at most 2027-02-28
SELECT outcome, constraint_name FROM regress.try($$INSERT INTO civilservice.career_event
  (state_body_id, id, employee_id, kind, event_on, term, legal_basis) VALUES
  (1301, 25, 4, 'adviser_extension', '2025-02-20', '[2025-02-28,2027-02-28)', 'Приказ № 25-к')$$) AS to_the_cap;
SELECT outcome, constraint_name FROM regress.try($$INSERT INTO civilservice.career_event
  (state_body_id, id, employee_id, kind, event_on, term, legal_basis) VALUES
  (1301, 26, 4, 'adviser_extension', '2025-02-20', '[2025-02-28,2027-03-01)', 'Приказ № 26-к')$$) AS one_day_past_warned;
-- not an adviser: refused
\x on
SELECT * FROM regress.refusal($$INSERT INTO civilservice.career_event
  (state_body_id, employee_id, kind, event_on, term, legal_basis) VALUES
  (1301, 1, 'adviser_extension', '2025-03-01', '[2025-03-15,2026-03-15)', 'Приказ № 27-к')$$);
\x off

SELECT record_id, parameter, constraint_name, on_date, detail FROM civilservice.concept_findings_open
 WHERE state_body_id = 1301 ORDER BY record_id;

-- the implementing acts come into force: the same writes are refused
INSERT INTO civilservice.implementing_act (reference, adopted_on, in_force_from, deliverable) VALUES
 ('Закон Республики Казахстан о государственной службе (отбор)', '2023-12-01', '2024-01-01', '13c'),
 ('Постановление Правительства о прикомандировании', '2025-06-01', '2025-07-01', '20'),
 ('Закон Республики Казахстан (наставничество, советники)', '2024-12-01', '2025-01-01', '18');
SELECT a.deliverable, p.parameter FROM civilservice.implementing_act_parameters p
  JOIN civilservice.implementing_act a ON a.id = p.act_id ORDER BY 1, 2;
\x on
SELECT * FROM regress.refusal($$INSERT INTO civilservice.career_event
  (state_body_id, employee_id, kind, event_on, term, basis, legal_basis) VALUES
  (1301, 2, 'appointment', '2024-02-29', '[2024-02-29,2025-03-01)', 'temporary_without_competition', 'Приказ № 2-к')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.career_event
  (state_body_id, employee_id, kind, event_on, term, other_state_body_id, legal_basis) VALUES
  (1301, 2, 'secondment', '2025-11-25', '[2025-11-30,2026-03-01)', 1302, 'Приказ № 11-к')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.career_event
  (state_body_id, employee_id, kind, event_on, term, legal_basis) VALUES
  (1301, 4, 'adviser_extension', '2025-02-20', '[2025-02-28,2027-03-01)', 'Приказ № 26-к')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.career_event
  (state_body_id, employee_id, kind, event_on, basis, probation_months, legal_basis) VALUES
  (1301, 1, 'appointment', '2025-06-02', 'competition', 3, 'Приказ № 4-к')$$);
\x off
-- and the edges in force still pass
SELECT outcome FROM regress.try($$INSERT INTO civilservice.career_event
  (state_body_id, employee_id, kind, event_on, term, basis, legal_basis) VALUES
  (1301, 2, 'appointment', '2024-02-29', '[2024-02-29,2025-02-28)', 'temporary_without_competition', 'Приказ № 5-к')$$) AS p3_edge_in_force;
SELECT outcome FROM regress.try($$INSERT INTO civilservice.career_event
  (state_body_id, employee_id, kind, event_on, term, other_state_body_id, legal_basis) VALUES
  (1301, 2, 'secondment', '2026-05-29', '[2026-05-31,2026-08-31)', 1302, 'Приказ № 17-к')$$) AS p7_edge_in_force;
-- a category is folded to Latin letters
INSERT INTO civilservice.career_event (state_body_id, id, employee_id, kind, event_on, basis, position_category, corps, is_promotion, legal_basis)
VALUES (1301, 30, 1, 'appointment', '2026-01-05', 'promotion', 'В-2', 'B', true, 'Приказ № 30-к');
SELECT position_category, position_category = 'B-2' AS latin FROM civilservice.career_event WHERE state_body_id = 1301 AND id = 30;

ROLLBACK;
