-- п. 10, п. 12: the organisation of a state body — units as a tree, the head of
-- each unit, each employee's unit and the first head of the body, over time.
SET datestyle = ISO;
\set SHOW_CONTEXT never
-- One transaction, rolled back at the end: the other tests share the database.
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;
-- A refused statement shows its SQLSTATE, constraint, message, detail and hint.
CREATE FUNCTION pg_temp.refused(stmt text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE st text; c text; m text; d text; h text;
BEGIN
    EXECUTE stmt;
    RETURN 'accepted';
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, c = CONSTRAINT_NAME, m = MESSAGE_TEXT,
                            d = PG_EXCEPTION_DETAIL, h = PG_EXCEPTION_HINT;
    RETURN format(E'SQLSTATE %s, constraint %s\n%s\nDETAIL: %s\nHINT: %s', st, c, m, d, h);
END $$;
\pset tuples_only on
\pset format unaligned

INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES
 (810, '040540001815', 'Агентство'), (812, '040540001825', 'Другой орган');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, employed_to, full_name, is_authorized) VALUES
 (810, 1, '750314310003', '2015-01-01', NULL, 'Жумабаев', true),
 (810, 2, '780621410000', '2018-01-01', NULL, 'Омарова', false),
 (810, 3, '800109310007', '2019-01-01', NULL, 'Сейтказы', false),
 (810, 4, '821102410001', '2020-01-01', NULL, 'Ким', false),
 (810, 5, '840730310000', '2020-01-01', NULL, 'Абенова', false),
 (810, 7, '890905310000', '2026-03-01', NULL, 'Ли', false),
 (810, 8, '920423410005', '2010-01-01', '2025-12-31', 'Серикова', true),
 (812, 9, '750314310003', '2015-01-01', NULL, 'Чужой', false);

-- Units: a tree (a top unit has no parent).
INSERT INTO civilservice.org_unit (state_body_id, id, name_ru, parent_id) VALUES
 (810, 10, 'Департамент управления персоналом', NULL),
 (810, 11, 'Управление отбора', 10),
 (810, 12, 'Управление учёта', 10),
 (810, 20, 'Департамент цифровизации', NULL),
 (812, 30, 'Отдел другого органа', NULL);
WITH RECURSIVE t AS (
    SELECT id, name_ru, parent_id, name_ru AS path FROM civilservice.org_unit WHERE state_body_id = 810 AND parent_id IS NULL
    UNION ALL
    SELECT u.id, u.name_ru, u.parent_id, t.path || ' / ' || u.name_ru
      FROM civilservice.org_unit u JOIN t ON u.parent_id = t.id AND u.state_body_id = 810)
SELECT id || ' ' || path FROM t ORDER BY path;

-- Refused: a unit under itself, a cycle through a subunit, a parent of another body.
SELECT pg_temp.refused($$UPDATE civilservice.org_unit SET parent_id = 10 WHERE state_body_id = 810 AND id = 10$$);
SELECT pg_temp.refused($$UPDATE civilservice.org_unit SET parent_id = 11 WHERE state_body_id = 810 AND id = 10$$);
SELECT pg_temp.refused($$INSERT INTO civilservice.org_unit (state_body_id, id, name_ru, parent_id) VALUES (810, 13, 'Отдел', 30)$$);
SELECT pg_temp.refused($$INSERT INTO civilservice.org_unit (state_body_id, id, name_ru) VALUES (810, 14, '  ')$$);
-- Accepted: a unit moved under another branch of the tree.
SELECT pg_temp.refused($$UPDATE civilservice.org_unit SET parent_id = 20 WHERE state_body_id = 810 AND id = 12$$);
UPDATE civilservice.org_unit SET parent_id = 10 WHERE state_body_id = 810 AND id = 12;

-- Heads of units: one at a time, an employee of the body employed through the period.
INSERT INTO civilservice.org_unit_head (state_body_id, unit_id, employee_id, period, basis) VALUES
 (810, 10, 2, '[2024-01-01,)', 'Приказ № 1-к'),
 (810, 11, 3, '[2024-01-01,)', 'Приказ № 2-к');
-- Refused: two heads of unit 11 at once.
SELECT pg_temp.refused($$INSERT INTO civilservice.org_unit_head (state_body_id, unit_id, employee_id, period) VALUES (810, 11, 4, '[2026-06-01,)')$$);
-- Refused: a head before the employment starts; an empty period; an employee of another body.
SELECT pg_temp.refused($$INSERT INTO civilservice.org_unit_head (state_body_id, unit_id, employee_id, period) VALUES (810, 20, 7, '[2026-01-01,)')$$);
SELECT pg_temp.refused($$INSERT INTO civilservice.org_unit_head (state_body_id, unit_id, employee_id, period) VALUES (810, 20, 7, '[2026-03-01,2026-03-01)')$$);
SELECT pg_temp.refused($$INSERT INTO civilservice.org_unit_head (state_body_id, unit_id, employee_id, period) VALUES (810, 20, 9, '[2026-03-01,)')$$);
-- Accepted: from the first day of the employment.
INSERT INTO civilservice.org_unit_head (state_body_id, unit_id, employee_id, period) VALUES (810, 20, 7, '[2026-03-01,)');
-- Accepted: a change of head — the present head's period ends the day before.
UPDATE civilservice.org_unit_head SET period = '[2024-01-01,2026-06-01)' WHERE state_body_id = 810 AND unit_id = 11 AND employee_id = 3;
INSERT INTO civilservice.org_unit_head (state_body_id, unit_id, employee_id, period) VALUES (810, 11, 4, '[2026-06-01,)');
-- The exclusion constraint holds even with the triggers off (a concurrent writer meets it).
SET LOCAL session_replication_role = replica;
SELECT pg_temp.refused($$INSERT INTO civilservice.org_unit_head (state_body_id, unit_id, employee_id, period) VALUES (810, 11, 5, '[2026-07-01,)')$$);
RESET session_replication_role;
SELECT unit_id || ' ' || employee_id || ' ' || period FROM civilservice.org_unit_head WHERE state_body_id = 810 ORDER BY unit_id, period;

-- Members: one unit at a time.
INSERT INTO civilservice.org_unit_member (state_body_id, employee_id, unit_id, period) VALUES
 (810, 4, 11, '[2020-01-01,)'),
 (810, 5, 12, '[2024-01-01,)');
-- Refused: a second unit for the same days.
SELECT pg_temp.refused($$INSERT INTO civilservice.org_unit_member (state_body_id, employee_id, unit_id, period) VALUES (810, 4, 12, '[2026-05-01,)')$$);
-- Accepted: a transfer — the present assignment ends the day before.
UPDATE civilservice.org_unit_member SET period = '[2020-01-01,2026-05-01)' WHERE state_body_id = 810 AND employee_id = 4;
INSERT INTO civilservice.org_unit_member (state_body_id, employee_id, unit_id, period) VALUES (810, 4, 12, '[2026-05-01,)');
-- Refused: a period that starts on no day.
SELECT pg_temp.refused($$INSERT INTO civilservice.org_unit_member (state_body_id, employee_id, unit_id, period) VALUES (810, 3, 11, '(,2026-01-01)')$$);

-- The first head of the body: one at a time.
INSERT INTO civilservice.first_head (state_body_id, employee_id, period, basis) VALUES
 (810, 8, '[2020-01-01,2026-01-01)', 'Указ № 10'),
 (810, 1, '[2026-01-01,)', 'Указ № 77');
SELECT pg_temp.refused($$INSERT INTO civilservice.first_head (state_body_id, employee_id, period) VALUES (810, 2, '[2025-12-01,2026-02-01)')$$);
SELECT pg_temp.refused($$INSERT INTO civilservice.first_head (state_body_id, employee_id, period) VALUES (810, 8, '[2026-01-01,2026-02-01)')$$);
SELECT state_body_id || ' ' || changed_on || ' ' || new_head_id || ' after ' || coalesce(previous_head_id::text, 'none')
  FROM civilservice.first_head_change WHERE state_body_id = 810 ORDER BY changed_on;

-- The periods follow the employment: a dismissal cuts them, the old rows kept in the history.
UPDATE civilservice.employee SET employed_to = '2026-06-30' WHERE state_body_id = 810 AND id = 5;
SELECT employee_id || ' in ' || unit_id || ' ' || period FROM civilservice.org_unit_member WHERE state_body_id = 810 AND employee_id = 5;
SELECT table_name || ' ' || (old_row ->> 'period') || ' -> ' || (new_row ->> 'period')
  FROM civilservice.history WHERE table_name = 'org_unit_member' AND old_row ->> 'employee_id' = '5' AND (old_row ->> 'state_body_id') = '810';
-- Refused: an employment that would leave no day of a period of the organisation.
SELECT pg_temp.refused($$UPDATE civilservice.employee SET employed_to = '2019-12-31' WHERE state_body_id = 810 AND id = 8$$);

-- Every table, column and constraint of the organisation has a comment.
SELECT 'no comment: ' || c.relname FROM pg_class c
 WHERE c.relnamespace = 'civilservice'::regnamespace
   AND c.relname IN ('org_unit', 'org_unit_head', 'org_unit_member', 'first_head', 'first_head_change', 'direct_heads', 'controllers')
   AND obj_description(c.oid, 'pg_class') IS NULL
UNION ALL
SELECT 'no comment: ' || c.relname || '.' || a.attname
  FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE c.relnamespace = 'civilservice'::regnamespace
   AND c.relname IN ('org_unit', 'org_unit_head', 'org_unit_member', 'first_head', 'first_head_change', 'direct_heads', 'controllers')
   AND col_description(c.oid, a.attnum) IS NULL
UNION ALL
SELECT 'no comment: constraint ' || conname FROM pg_constraint
 WHERE conrelid IN ('civilservice.org_unit'::regclass, 'civilservice.org_unit_head'::regclass,
                    'civilservice.org_unit_member'::regclass, 'civilservice.first_head'::regclass)
   AND contype IN ('c', 'x') AND obj_description(oid, 'pg_constraint') IS NULL;
ROLLBACK;
