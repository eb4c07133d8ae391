-- The organisation of the demo body (п. 10, п. 12): its units, their heads,
-- the employees' units and the first head; the direct heads that follow; who
-- controls the working time of the employees on acts; a recall on the
-- proposal of the direct head.
\pset footer off
\set SHOW_CONTEXT never
SET search_path = civilservice, public;
SET datestyle = ISO;

\echo '--- The heads of the body: the chairman (first head), a department director and a head of division.'
INSERT INTO employee (state_body_id, id, iin, employed_from, full_name, is_authorized) VALUES
 (300, 31, '931212310006', '2019-01-01', 'Председатель Агентства', true),
 (300, 32, '950508410002', '2020-02-01', 'Директор департамента управления персоналом', false),
 (300, 33, '960819310009', '2021-01-11', 'Руководитель управления отбора', false);
INSERT INTO first_head (state_body_id, employee_id, period, basis) VALUES (300, 31, '[2023-09-01,)', 'Указ о назначении');

\echo '--- The units as a tree, each with its head over time.'
INSERT INTO org_unit (state_body_id, id, name_ru, parent_id) VALUES
 (300, 1, 'Аппарат', NULL),
 (300, 2, 'Дежурная служба', 1),
 (300, 3, 'Департамент управления персоналом', NULL),
 (300, 4, 'Управление отбора', 3);
INSERT INTO org_unit_head (state_body_id, unit_id, employee_id, period, basis) VALUES
 (300, 1, 1, '[2024-01-01,)', 'Приказ № 1-к'),
 (300, 3, 32, '[2024-01-01,)', 'Приказ № 2-к'),
 (300, 4, 33, '[2024-01-01,)', 'Приказ № 3-к');
INSERT INTO org_unit_member (state_body_id, employee_id, unit_id, period) VALUES
 (300, 1, 1, '[2024-01-01,)'),
 (300, 4, 2, '[2024-01-01,)'),
 (300, 32, 3, '[2024-01-01,)'),
 (300, 33, 4, '[2024-01-01,)'),
 (300, 2, 4, '[2024-01-01,)'),
 (300, 3, 4, '[2024-01-01,)');
\echo '--- A cycle is refused: the department cannot be placed under its own division.'
\set ON_ERROR_STOP 0
UPDATE org_unit SET parent_id = 4 WHERE state_body_id = 300 AND id = 3;
\echo '--- So is a second head of the division at the same time.'
INSERT INTO org_unit_head (state_body_id, unit_id, employee_id, period) VALUES (300, 4, 2, '[2026-05-01,2026-06-01)');
\set ON_ERROR_STOP 1

\echo '--- п. 12: the direct heads on 20 May 2026 — the head of the unit; for a head, the head above; for the head of a top unit, the first head.'
SELECT employee_id, full_name, unit_name, direct_head_id, direct_head_name FROM direct_heads_on('2026-05-20', 300);

\echo '--- п. 10: who controls the working time of the employees on acts on 20 May 2026.'
SELECT full_name, act_number, regime, unit_name, unit_head_name, controller_name FROM controllers_on('2026-05-20', 300);

\echo '--- п. 12: Ержанов is recalled on the proposal of his direct head; a proposal by the director above, or by himself, is refused.'
INSERT INTO recall (state_body_id, act_id, employee_id, initiated_by, proposed_by, reason, report_at)
VALUES (300, 3, 3, 'direct_head_proposal', 33, 'dsp_documents', '2026-05-21 10:00+05');
\set ON_ERROR_STOP 0
INSERT INTO recall (state_body_id, act_id, employee_id, initiated_by, proposed_by, reason, report_at)
VALUES (300, 3, 3, 'direct_head_proposal', 32, 'dsp_documents', '2026-05-22 10:00+05');
INSERT INTO recall (state_body_id, act_id, employee_id, initiated_by, proposed_by, reason, report_at)
VALUES (300, 3, 3, 'direct_head_proposal', 3, 'dsp_documents', '2026-05-22 10:00+05');
\set ON_ERROR_STOP 1
SELECT r.report_at, e.full_name, r.initiated_by, p.full_name AS proposed_by, r.reason
  FROM recall r JOIN employee e ON e.state_body_id = r.state_body_id AND e.id = r.employee_id
  LEFT JOIN employee p ON p.state_body_id = r.state_body_id AND p.id = r.proposed_by
 WHERE r.state_body_id = 300 ORDER BY r.report_at;
