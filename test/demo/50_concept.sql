-- The Concept for the development of the civil service 2024–2029: its
-- numbers are parameters, proposed until the implementing act named by the
-- action plan is adopted. While proposed a check warns (the write is kept
-- and listed as a finding); a body piloting the new rules may apply them
-- already; once in force they are refused.
\pset footer off
\set SHOW_CONTEXT never
SET search_path = civilservice, public;
SET datestyle = ISO;

\echo '--- The numbers of the Concept today: each proposed until its implementing act is recorded.'
SELECT name, unit, value, status, concept_lines, brought_by FROM concept_parameter_status ORDER BY plan_item NULLS LAST, name;

\echo '--- The demo body pilots the new selection (plan item 13.2): it applies the 3-working-day practical stage already.'
INSERT INTO body_concept_check (state_body_id, parameter, valid_from, mode, reason)
VALUES (300, 'practical_assessment_max_working_days', '2025-01-01', 'enforce', 'Приказ о пилотной апробации № 12 от 27.12.2024');
SELECT p.name, concept_check_mode(300, p.name, '2026-11-24') AS mode_for_the_demo_body
  FROM concept_parameter p WHERE p.checked ORDER BY p.name;
