-- The action plan of the Concept 2024–2029 on 24 November 2026: the
-- Agency's HR-policy department records the acts adopted so far and the
-- drafts it has sent, and asks what is overdue and what falls due within
-- the next twenty working days.
\pset footer off
\set SHOW_CONTEXT never
SET search_path = civilservice, public;
SET datestyle = ISO;

\echo '--- The acts adopted under the plan: the law on the civil service (1b) and the decree on service ethics (7).'
INSERT INTO implementing_act (reference, adopted_on, in_force_from, deliverable) VALUES
 ('Закон Республики Казахстан от 29 декабря 2025 года № 250-VIII «О внесении изменений и дополнений по вопросам государственной службы»', '2025-12-29', '2026-01-10', '1b'),
 ('Указ Президента Республики Казахстан от 22 декабря 2025 года № 1100 «О правилах служебной этики»', '2025-12-22', '2026-01-01', '7');

\echo '--- Progress: proposals sent, the assessment in work, the 2026 public monitoring under way.'
INSERT INTO concept_plan_progress (deliverable, year, status, on_date, note) VALUES
 ('14b', NULL, 'submitted', '2026-11-20', 'Письмо в АП № 01-15/1200'),
 ('15a', NULL, 'in_progress', '2026-09-01', 'Рабочая группа с АГУ'),
 ('4', 2026, 'in_progress', '2026-10-01', 'Договор государственного социального заказа');

\echo '--- The selection law (13c) is overdue: its parameters stay proposed.'
SELECT name, status, value FROM concept_parameter_status
 WHERE '13c' = ANY (brought_by) ORDER BY name;

\echo '--- The plan on 2026-11-24 by item: overdue, and due within 26 working days (to 31 December).'
SELECT item_no, string_agg(code || coalesce(' (' || year || ')', ''), ', ' ORDER BY due, code) AS deliverables,
       min(due) AS earliest_due, string_agg(DISTINCT state, ', ') AS states,
       bool_or(overdue) AS overdue, bool_or(due_soon) AS due_soon
  FROM concept_plan_status('2026-11-24', 26)
 WHERE overdue OR due_soon
 GROUP BY item_no ORDER BY item_no;

\echo '--- What is done or submitted.'
SELECT code, state, state_since, act_reference
  FROM concept_plan_status('2026-11-24') WHERE state IN ('adopted', 'submitted') ORDER BY item_no, code;
