-- Release of corps "A" officials after a change of the first head (P4/P5,
-- Концепция L456): the window [change + 3 months, change + 12 months], both
-- ends inclusive, with each edge; no known change; a second change opens a
-- new window and closes the old; the view of the windows.
SET datestyle = ISO;
\set SHOW_CONTEXT never
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES
 (1311, '040540001002', 'Министерство'), (1312, '040540001012', 'Агентство без руководителя');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, employed_to, full_name) VALUES
 (1311, 1, '880202300037', '2015-01-01', '2025-01-30', 'Прежний министр'),
 (1311, 2, '900101400023', '2025-01-31', NULL, 'Новый министр'),
 (1311, 3, '910303400043', '2018-01-01', NULL, 'Вице-министр (корпус А)'),
 (1311, 4, '870404500059', '2018-01-01', NULL, 'Директор департамента (корпус Б)'),
 (1311, 5, '620315300011', '2018-01-01', NULL, 'Ответственный секретарь (корпус А)'),
 (1312, 1, '640229400014', '2018-01-01', NULL, 'Вице-председатель (корпус А)');
INSERT INTO civilservice.first_head (state_body_id, employee_id, period) VALUES
 (1311, 1, '[2015-01-01,2025-01-31)'), (1311, 2, '[2025-01-31,)');
INSERT INTO civilservice.career_event (state_body_id, id, employee_id, kind, event_on, basis, corps, position_category, legal_basis) VALUES
 (1311, 1, 3, 'appointment', '2018-01-01', 'non_competitive', 'A', 'A-1', 'Указ № 1'),
 (1311, 2, 4, 'appointment', '2018-01-01', 'competition', 'B', 'B-1', 'Приказ № 2'),
 (1311, 3, 5, 'appointment', '2018-01-01', 'non_competitive', 'A', 'A-2', 'Указ № 3'),
 (1312, 1, 1, 'appointment', '2018-01-01', 'non_competitive', 'A', 'A-1', 'Указ № 4');
SELECT state_body_id, changed_on, new_head_id, previous_head_id FROM civilservice.first_head_change WHERE state_body_id = 1311 ORDER BY changed_on;

-- head changed 2025-01-31: the window is 2025-04-30 (3-month clamp) … 2026-01-31
SELECT d AS on_date, w.employee_id, w.head_changed_on, w.window_opens, w.window_closes, w.state
  FROM unnest(ARRAY['2025-04-29', '2025-04-30', '2026-01-01', '2026-01-02', '2026-01-31', '2026-02-01']::date[]) d
 CROSS JOIN LATERAL civilservice.corps_a_release_windows_on(d) w
 WHERE w.state_body_id = 1311 ORDER BY d, w.employee_id;
-- the view is the function on today
SELECT (SELECT count(*) FROM civilservice.corps_a_release_windows)
     = (SELECT count(*) FROM civilservice.corps_a_release_windows_on(CURRENT_DATE)) AS view_is_today;

-- while proposed: outside the window a warning and a finding, inside accepted
SELECT d AS released_on, t.outcome, t.constraint_name
  FROM unnest(ARRAY['2025-04-29', '2025-04-30', '2026-01-31', '2026-02-01']::date[]) WITH ORDINALITY AS x(d, n)
 CROSS JOIN LATERAL regress.try(format($$INSERT INTO civilservice.career_event
       (state_body_id, id, employee_id, kind, event_on, ground, legal_basis) VALUES (1311, %s, 3, 'release', %L, 'head_change', 'Указ № %s')$$,
       10 + x.n, x.d, 10 + x.n)) t ORDER BY d;
SELECT record_id, parameter, constraint_name, detail FROM civilservice.concept_findings_open
 WHERE state_body_id = 1311 ORDER BY record_id;

-- only corps "A"; only after a known change
\x on
SELECT * FROM regress.refusal($$INSERT INTO civilservice.career_event (state_body_id, id, employee_id, kind, event_on, ground, legal_basis)
  VALUES (1311, 20, 4, 'release', '2025-06-02', 'head_change', 'Приказ № 20')$$);
SELECT * FROM regress.refusal($$INSERT INTO civilservice.career_event (state_body_id, id, employee_id, kind, event_on, ground, legal_basis)
  VALUES (1312, 21, 1, 'release', '2025-06-02', 'head_change', 'Указ № 21')$$);
\x off
-- the corps given on the release itself counts; other grounds are not limited
SELECT outcome, constraint_name FROM regress.try($$INSERT INTO civilservice.career_event (state_body_id, id, employee_id, kind, event_on, ground, corps, legal_basis)
  VALUES (1311, 22, 4, 'release', '2025-06-02', 'head_change', 'A', 'Приказ № 22')$$) AS corps_on_release;
SELECT outcome, constraint_name FROM regress.try($$INSERT INTO civilservice.career_event (state_body_id, id, employee_id, kind, event_on, ground, legal_basis)
  VALUES (1311, 23, 3, 'release', '2025-02-03', 'own_wish', 'Указ № 23')$$) AS own_wish_any_day;
SELECT outcome, constraint_name FROM regress.try($$INSERT INTO civilservice.career_event (state_body_id, id, employee_id, kind, event_on, legal_basis)
  VALUES (1311, 24, 3, 'release', '2025-02-03', 'Указ № 24')$$) AS release_without_ground;

-- the law of plan item 17 in force: outside the window refused, the edges accepted
INSERT INTO civilservice.implementing_act (reference, adopted_on, in_force_from, deliverable) VALUES
 ('Закон Республики Казахстан о корпусе «А»', '2024-12-20', '2025-01-01', '17');
SELECT d AS released_on, t.outcome, t.constraint_name
  FROM unnest(ARRAY['2025-04-29', '2025-04-30', '2026-01-31', '2026-02-01']::date[]) WITH ORDINALITY AS x(d, n)
 CROSS JOIN LATERAL regress.try(format($$INSERT INTO civilservice.career_event
       (state_body_id, id, employee_id, kind, event_on, ground, legal_basis) VALUES (1311, %s, 5, 'release', %L, 'head_change', 'Указ № %s')$$,
       30 + x.n, x.d, 30 + x.n)) t ORDER BY d;
\x on
SELECT * FROM regress.refusal($$INSERT INTO civilservice.career_event (state_body_id, id, employee_id, kind, event_on, ground, legal_basis)
  VALUES (1311, 40, 5, 'release', '2026-02-01', 'head_change', 'Указ № 40')$$);
\x off

-- the head changes again on 2025-09-01: a new window 2025-12-01 … 2026-09-01, the old one closed
UPDATE civilservice.first_head SET period = '[2025-01-31,2025-09-01)' WHERE state_body_id = 1311 AND employee_id = 2;
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name) VALUES
 (1311, 6, '630521300013', '2025-09-01', 'Третий министр');
INSERT INTO civilservice.first_head (state_body_id, employee_id, period) VALUES (1311, 6, '[2025-09-01,)');
SELECT d AS released_on, t.outcome, t.constraint_name
  FROM unnest(ARRAY['2025-08-31', '2025-10-01', '2025-11-30', '2025-12-01', '2026-09-01', '2026-09-02']::date[]) WITH ORDINALITY AS x(d, n)
 CROSS JOIN LATERAL regress.try(format($$INSERT INTO civilservice.career_event
       (state_body_id, id, employee_id, kind, event_on, ground, legal_basis) VALUES (1311, %s, 5, 'release', %L, 'head_change', 'Указ № %s')$$,
       50 + x.n, x.d, 50 + x.n)) t ORDER BY d;
SELECT d AS on_date, w.employee_id, w.head_changed_on, w.window_opens, w.window_closes, w.state
  FROM unnest(ARRAY['2025-08-31', '2025-09-01', '2025-12-01', '2026-08-03', '2026-09-02']::date[]) d
 CROSS JOIN LATERAL civilservice.corps_a_release_windows_on(d) w
 WHERE w.state_body_id = 1311 AND w.employee_id = 3 ORDER BY d;

ROLLBACK;
