-- Personnel records: the quarterly performance evaluation (L179; I14) and
-- the reports of P8 (4 consecutive high quarters) and P9 (2 consecutive
-- unsatisfactory quarters) ending with the last quarter completed before the
-- date; they report and never refuse. P10: at most one premium per employee
-- and quarter, a rule of the Concept (warns while proposed, refused in force).
SET datestyle = ISO;
\set SHOW_CONTEXT never
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (1503, '040540001022', 'Акимат');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, employed_to, full_name) VALUES
 (1503, 1, '880202300037', '2020-01-01', NULL, 'Абенов Ерлан'),
 (1503, 2, '900101400023', '2020-01-01', NULL, 'Бекова Айгуль'),
 (1503, 3, '910303400043', '2020-01-01', NULL, 'Садыков Марат'),
 (1503, 4, '870404500059', '2020-01-01', NULL, 'Нурланова Дана'),
 (1503, 5, '850515400121', '2025-03-31', '2025-09-30', 'Абенов Ерлан');

-- the quarter is given by its first day; one evaluation per quarter
\x on
SELECT * FROM regress.refusal($$INSERT INTO civilservice.performance_evaluation (state_body_id, employee_id, quarter, rating) VALUES (1503, 1, '2025-02-01', 'high')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.performance_evaluation (state_body_id, employee_id, quarter, rating) VALUES (1503, 1, '2025-03-31', 'high')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.performance_evaluation (state_body_id, employee_id, quarter, rating) VALUES (1503, 1, '2025-01-01', 'excellent')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.performance_evaluation (state_body_id, employee_id, quarter, rating, decided_on) VALUES (1503, 1, '2025-01-01', 'high', '2024-12-31')$$);
\x off

-- employed on at least one day of the quarter: employee 5 from 2025-03-31 to 2025-09-30
SELECT q, (regress.try(format($$INSERT INTO civilservice.performance_evaluation (state_body_id, employee_id, quarter, rating) VALUES (1503, 5, %L, 'satisfactory')$$, q))).*
  FROM unnest('{2024-10-01,2025-01-01,2025-07-01,2025-10-01}'::date[]) q;

-- Абенов: high in the four quarters of 2025
-- Бекова: high, high, satisfactory, high, high (not consecutive)
-- Садыков: high from the second quarter of 2025 to the first of 2026
-- Нурланова: unsatisfactory in the third and fourth quarters of 2025, satisfactory in the first of 2026
INSERT INTO civilservice.performance_evaluation (state_body_id, employee_id, quarter, rating, decided_on) VALUES
 (1503, 1, '2025-01-01', 'high', '2025-04-10'), (1503, 1, '2025-04-01', 'high', '2025-07-10'),
 (1503, 1, '2025-07-01', 'high', '2025-10-10'),
 (1503, 2, '2025-01-01', 'high', NULL), (1503, 2, '2025-04-01', 'high', NULL), (1503, 2, '2025-07-01', 'satisfactory', NULL),
 (1503, 2, '2025-10-01', 'high', NULL), (1503, 2, '2026-01-01', 'high', NULL),
 (1503, 3, '2025-04-01', 'high', NULL), (1503, 3, '2025-07-01', 'high', NULL),
 (1503, 3, '2025-10-01', 'high', NULL), (1503, 3, '2026-01-01', 'high', NULL),
 (1503, 4, '2025-07-01', 'unsatisfactory', NULL), (1503, 4, '2025-10-01', 'unsatisfactory', NULL),
 (1503, 4, '2026-01-01', 'satisfactory', NULL);
INSERT INTO civilservice.performance_evaluation (state_body_id, id, employee_id, quarter, rating, decided_on)
VALUES (1503, 100, 1, '2025-10-01', 'satisfactory', '2026-01-12');
\x on
SELECT * FROM regress.refusal($$INSERT INTO civilservice.performance_evaluation (state_body_id, employee_id, quarter, rating) VALUES (1503, 1, '2025-10-01', 'satisfactory')$$);
\x off
SELECT * FROM regress.try($$UPDATE civilservice.performance_evaluation SET rating = 'high' WHERE state_body_id = 1503 AND employee_id = 1 AND quarter = '2025-10-01'$$);

-- P8 at the edge of the quarter: on 2025-12-31 the last completed quarter is
-- the third of 2025; on 2026-01-01 it is the fourth
SELECT d AS on_date, c.employee_id, c.full_name, c.first_quarter, c.last_quarter, c.quarters
  FROM unnest('{2025-12-31,2026-01-01,2026-03-31,2026-04-01}'::date[]) d
  LEFT JOIN LATERAL civilservice.promotion_candidates(d, 1503) c ON true
 ORDER BY d, c.employee_id;

-- P9: two consecutive unsatisfactory quarters
SELECT d AS on_date, c.employee_id, c.full_name, c.first_quarter, c.last_quarter, c.quarters
  FROM unnest('{2025-12-31,2026-01-01,2026-03-31,2026-04-01}'::date[]) d
  LEFT JOIN LATERAL civilservice.demotion_candidates(d, 1503) c ON true
 ORDER BY d, c.employee_id;

-- the quarterly evaluation is current practice since 2023: before it nothing is reported
INSERT INTO civilservice.performance_evaluation (state_body_id, employee_id, quarter, rating) VALUES
 (1503, 4, '2022-07-01', 'unsatisfactory'), (1503, 4, '2022-10-01', 'unsatisfactory');
SELECT count(*) AS reported_2022 FROM civilservice.demotion_candidates('2022-12-31', 1503);
SELECT employee_id, first_quarter, last_quarter FROM civilservice.demotion_candidates('2023-01-01', 1503);
-- all bodies when no body is given
SELECT count(*) >= 1 AS all_bodies FROM civilservice.promotion_candidates('2026-01-01') WHERE state_body_id = 1503;

-- P10: quarterly premiums, at most one per employee and quarter (L445, L950)
\x on
SELECT * FROM regress.refusal($$INSERT INTO civilservice.premium (state_body_id, employee_id, quarter, amount, awarded_on, basis) VALUES (1503, 1, '2026-01-15', 100000, '2026-04-10', 'Приказ № 1')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.premium (state_body_id, employee_id, quarter, amount, awarded_on, basis) VALUES (1503, 1, '2026-01-01', 0, '2026-04-10', 'Приказ № 1')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.premium (state_body_id, employee_id, quarter, amount, awarded_on, basis) VALUES (1503, 1, '2026-01-01', 100000, '2025-12-31', 'Приказ № 1')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.premium (state_body_id, employee_id, quarter, amount, awarded_on, basis) VALUES (1503, 5, '2025-10-01', 100000, '2026-01-10', 'Приказ № 1')$$);
\x off
INSERT INTO civilservice.premium (state_body_id, id, employee_id, quarter, amount, awarded_on, basis)
VALUES (1503, 1, 1, '2026-01-01', 150000, '2026-04-10', 'Приказ № 12-п от 10.04.2026');
-- a second premium of the quarter while the rule is proposed: a warning and a finding, the write is kept
INSERT INTO civilservice.premium (state_body_id, id, employee_id, quarter, amount, awarded_on, basis)
VALUES (1503, 2, 1, '2026-01-01', 50000, '2026-04-20', 'Приказ № 14-п от 20.04.2026');
SELECT parameter, constraint_name, table_name, record_id, on_date, detail, status_today, mode_today
  FROM civilservice.concept_findings_open WHERE state_body_id = 1503;
-- corrected to the next quarter: the finding is cleared
UPDATE civilservice.premium SET quarter = '2026-04-01', awarded_on = '2026-07-10' WHERE state_body_id = 1503 AND id = 2;
SELECT count(*) AS open_findings FROM civilservice.concept_findings_open WHERE state_body_id = 1503;
-- the act of deliverable 14d in force: refused
INSERT INTO civilservice.implementing_act (id, reference, adopted_on, in_force_from, deliverable)
VALUES (1503, 'Закон об оплате труда государственных служащих', '2028-12-20', '2029-01-01', '14d');
INSERT INTO civilservice.premium (state_body_id, id, employee_id, quarter, amount, awarded_on, basis)
VALUES (1503, 3, 1, '2028-10-01', 150000, '2029-01-10', 'Приказ № 1-п');
\x on
SELECT * FROM regress.refusal($$INSERT INTO civilservice.premium (state_body_id, id, employee_id, quarter, amount, awarded_on, basis) VALUES (1503, 4, 1, '2028-10-01', 50000, '2029-01-20', 'Приказ № 3-п')$$);
\x off
-- one premium in each quarter is accepted
SELECT * FROM regress.try($$INSERT INTO civilservice.premium (state_body_id, id, employee_id, quarter, amount, awarded_on, basis) VALUES (1503, 5, 1, '2029-01-01', 50000, '2029-04-10', 'Приказ № 9-п')$$);

ROLLBACK;
