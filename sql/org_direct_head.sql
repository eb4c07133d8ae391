-- п. 12: the direct head of an employee on a date, derived from the organisation:
-- the head of the employee's unit; for that head, or when the unit has no head,
-- the head of the nearest ancestor unit that has one; above the top unit, the
-- first head of the body; NULL when none is known.
SET datestyle = ISO;
\set SHOW_CONTEXT never
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (811, '040540001835', 'Министерство');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, is_authorized) VALUES
 (811, 1, '750314310003', '2015-01-01', 'Министр', true),
 (811, 2, '780621410000', '2018-01-01', 'Директор департамента', false),
 (811, 3, '800109310007', '2019-01-01', 'Руководитель управления', false),
 (811, 4, '821102410001', '2020-01-01', 'Главный эксперт управления', false),
 (811, 5, '840730310000', '2020-01-01', 'Эксперт отдела без руководителя', false),
 (811, 6, '860217410001', '2020-01-01', 'Эксперт вне структуры', false),
 (811, 7, '890905310000', '2020-01-01', 'Новый руководитель управления', false),
 (811, 8, '920423410005', '2020-01-01', 'Советник министра', false);
-- Департамент (top) → Управление → Отдел (no head)
INSERT INTO civilservice.org_unit (state_body_id, id, name_ru, parent_id) VALUES
 (811, 1, 'Департамент', NULL), (811, 2, 'Управление', 1), (811, 3, 'Отдел', 2), (811, 4, 'Аппарат министра', NULL);
INSERT INTO civilservice.first_head (state_body_id, employee_id, period) VALUES (811, 1, '[2024-01-01,)');
INSERT INTO civilservice.org_unit_head (state_body_id, unit_id, employee_id, period) VALUES
 (811, 1, 2, '[2024-01-01,)'),
 (811, 2, 3, '[2024-01-01,2026-04-01)'),
 (811, 2, 7, '[2026-04-01,)');
INSERT INTO civilservice.org_unit_member (state_body_id, employee_id, unit_id, period) VALUES
 (811, 2, 1, '[2024-01-01,)'),
 (811, 3, 2, '[2024-01-01,2026-04-01)'),
 (811, 4, 2, '[2024-01-01,)'),
 (811, 5, 3, '[2024-01-01,)'),
 (811, 7, 2, '[2024-01-01,)'),
 (811, 8, 4, '[2024-01-01,)');

-- On 10 March 2026: the member of Управление has its head; the head of Управление
-- has the head of Департамент; a member of Отдел (no head) gets the head of
-- Управление through the ancestor unit; the head of the top unit Департамент has
-- the first head; a member of a top unit without a head has the first head;
-- the first head and an employee outside the structure have none.
SELECT employee_id, full_name, unit_id, unit_name, direct_head_id, direct_head_name
  FROM civilservice.direct_heads_on('2026-03-10', 811);
-- On 1 April 2026 the head of Управление changes and the former head leaves the
-- structure (no unit, so no direct head is known): the direct heads follow.
SELECT employee_id, civilservice.direct_head(811, employee_id, '2026-03-31') AS on_31_march,
       civilservice.direct_head(811, employee_id, '2026-04-01') AS on_1_april
  FROM generate_series(3, 7) AS employee_id;
-- Before the organisation was recorded, no direct head is known.
SELECT civilservice.direct_head(811, 4, '2023-12-31') AS before_2024;
-- Without a first head recorded for the day, the head of a top unit has none.
UPDATE civilservice.first_head SET period = '[2024-01-01,2026-05-01)' WHERE state_body_id = 811;
SELECT civilservice.direct_head(811, 2, '2026-04-30') AS on_30_april, civilservice.direct_head(811, 2, '2026-05-01') AS on_1_may;
-- NULL arguments give NULL; an unknown employee has no direct head.
SELECT civilservice.direct_head(811, NULL, '2026-03-10') AS null_employee, civilservice.direct_head(811, 99, '2026-03-10') AS unknown;
-- The function is STABLE with a pinned search_path.
SELECT provolatile, proparallel, proconfig FROM pg_proc WHERE oid = 'civilservice.direct_head(bigint,bigint,date)'::regprocedure;
-- The view of today's direct heads lists the body's employees employed today.
SELECT count(*) AS employees_today FROM civilservice.direct_heads WHERE state_body_id = 811;
ROLLBACK;
