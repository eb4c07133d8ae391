-- Applications and their drivers: iin, bin and work_schedule from text and
-- varchar parameters (assignment casts), and comparisons with the
-- search_path that create_records() gives the database.
SET datestyle = ISO;
\set SHOW_CONTEXT never
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;

-- the casts: from text and varchar, on assignment only, through the input function
SELECT c.castsource::regtype AS source, c.casttarget::regtype AS target, c.castcontext, c.castmethod,
       obj_description(c.oid, 'pg_cast') IS NOT NULL AS commented
  FROM pg_cast c
 WHERE c.casttarget IN ('civilservice.iin'::regtype, 'civilservice.bin'::regtype, 'civilservice.work_schedule'::regtype)
   AND c.castsource IN ('text'::regtype, 'varchar'::regtype)
 ORDER BY 2::text, 1::text;

-- a driver that types its string parameters as text or varchar
PREPARE body_ins(bigint, text, text) AS
  INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES ($1, $2, $3);
EXECUTE body_ins(861, '040540001002', 'Агентство');
PREPARE emp_ins(bigint, text, text, varchar, date) AS
  INSERT INTO civilservice.employee (state_body_id, id, iin, full_name, work_schedule, employed_from)
  VALUES (861, $1, $2, $3, $4, $5);
EXECUTE emp_ins(1, '900101400023', 'Асанов', '08:00-17:00, break 12:00-13:00', '2020-01-01');
EXECUTE emp_ins(2, '880202300037', 'Бекова', NULL, '2020-01-01');
PREPARE emp_upd(bigint, varchar, text) AS
  UPDATE civilservice.employee SET iin = $2, work_schedule = $3 WHERE state_body_id = 861 AND id = $1;
EXECUTE emp_upd(2, '910303400043', 'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8');
SELECT id, iin, full_name, work_schedule FROM civilservice.employee WHERE state_body_id = 861 ORDER BY id;
-- INSERT ... SELECT from a text column
CREATE TEMP TABLE staging (iin text, schedule varchar);
INSERT INTO staging VALUES ('870404500059', '09:00-18:00, break 13:00-14:00');
INSERT INTO civilservice.employee (state_body_id, id, iin, full_name, work_schedule, employed_from)
SELECT 861, 3, iin, 'Дежурный', schedule, '2020-01-01' FROM staging;
SELECT id, iin, work_schedule FROM civilservice.employee WHERE state_body_id = 861 AND id = 3;

-- invalid text is refused with the type's own error
EXECUTE emp_ins(4, '900101400024', 'Check digit', NULL, '2020-01-01');
EXECUTE emp_ins(4, '90010140002', 'Length', NULL, '2020-01-01');
EXECUTE emp_upd(1, '900101400023', 'core 10:00-09:00');
EXECUTE body_ins(862, '041340001230', 'Month 13');
SELECT 'x'::text::civilservice.iin;

-- with the database's search_path (civilservice at its end) an untyped
-- literal, IN, = ANY and joins compare an IIN and a schedule
SELECT current_setting('search_path') AS search_path;
SELECT id FROM civilservice.employee WHERE state_body_id = 861 AND iin = '900101400023';
SELECT id FROM civilservice.employee WHERE state_body_id = 861 AND iin IN ('900101400023', '910303400043') ORDER BY id;
SELECT id FROM civilservice.employee WHERE state_body_id = 861 AND iin = ANY ('{870404500059,910303400043}') ORDER BY id;
SELECT e.id, s.iin FROM civilservice.employee e JOIN staging s ON e.iin = s.iin::iin WHERE e.state_body_id = 861;
SELECT a.id, b.id FROM civilservice.employee a JOIN civilservice.employee b ON b.iin = a.iin
 WHERE a.state_body_id = 861 AND b.state_body_id = 861 ORDER BY 1;
SELECT id FROM civilservice.employee WHERE state_body_id = 861 AND work_schedule = '09:00-18:00, break 13:00-14:00';
PREPARE by_iin(iin) AS SELECT id FROM civilservice.employee WHERE state_body_id = 861 AND iin = $1;
EXECUTE by_iin('870404500059');
EXECUTE by_iin('910303400043');
PREPARE by_iin_untyped AS SELECT id FROM civilservice.employee WHERE state_body_id = 861 AND iin = $1;
EXECUTE by_iin_untyped('900101400023');
-- a text value is not compared implicitly (the casts are assignment casts):
-- no operator becomes ambiguous; cast it, or send the parameter untyped
SELECT id FROM civilservice.employee WHERE state_body_id = 861 AND iin = '900101400023'::text;
SELECT id FROM civilservice.employee WHERE state_body_id = 861 AND iin = '900101400023'::text::iin;
-- the btree index on employee (iin) serves the comparison
SET LOCAL enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM civilservice.employee WHERE iin = '900101400023';
PREPARE any_body(iin) AS SELECT state_body_id, id FROM civilservice.employee WHERE iin = $1;
EXPLAIN (COSTS OFF) EXECUTE any_body('900101400023');
ROLLBACK;
