-- work_schedule: text forms, canonical output, validation errors,
-- accessors, schedule_check, binary round trip, operators and indexes.
SET search_path = civilservice, public;
\set VERBOSITY default

-- ordinary days (short form) and flexible days (long form); output is canonical
SELECT v AS input, v::work_schedule AS canonical, core_start(v::work_schedule),
       core_end(v::work_schedule), daily_hours(v::work_schedule)
FROM (VALUES ('09:00-18:00, break 13:00-14:00'),
             ('09:00-18:00'),
             ('  9:00 - 18:00 ,break 13:00-14:00  '),
             ('08:00-17:00, break 12:00-13:00, hours 7'),
             ('start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8'),
             ('hours 7:30, end 17:00-19:00, core 10:00-17:00, start 08:00-10:00'),
             ('start 09:00-09:00, core 09:00-18:00, end 18:00-18:00, break 13:00-14:00, hours 8'),
             ('start 00:00-00:00, core 00:00-24:00, end 24:00-24:00, hours 24')) t(v);

-- the canonical text reads back as the same value
SELECT v::work_schedule::text::work_schedule = v::work_schedule AS round_trip
FROM (VALUES ('09:00-18:00, break 13:00-14:00'),
             ('start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8'),
             ('08:00-17:00, hours 7:45')) t(v);

-- syntax errors
SELECT ''::work_schedule;
SELECT '09:00'::work_schedule;
SELECT '09:00-'::work_schedule;
SELECT '9-18'::work_schedule;
SELECT '09:00:00-18:00'::work_schedule;
SELECT '25:00-26:00'::work_schedule;
SELECT '09:60-18:00'::work_schedule;
SELECT '24:30-24:40'::work_schedule;
SELECT '09:00-18:00,'::work_schedule;
SELECT '09:00-18:00 break 13:00-14:00'::work_schedule;
SELECT '09:00-18:00, lunch 13:00-14:00'::work_schedule;
SELECT '09:00-18:00, break 13:00-14:00, break 13:00-14:00'::work_schedule;
SELECT '09:00-18:00, core 10:00-17:00'::work_schedule;
SELECT 'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00'::work_schedule;
SELECT 'start 08:00-10:00, 10:00-17:00'::work_schedule;
SELECT '09:00-18:00, hours 7.5'::work_schedule;
SELECT '09:00-18:00, hours 25'::work_schedule;
SELECT 'start08:00-10:00, core 10:00-17:00, end 17:00-19:00, hours 8'::work_schedule;
-- consistency errors
SELECT 'start 10:00-08:00, core 10:00-17:00, end 17:00-19:00, hours 8'::work_schedule;
SELECT 'start 08:00-10:30, core 10:00-17:00, end 17:00-19:00, hours 6'::work_schedule;
SELECT 'start 08:00-10:00, core 10:00-10:00, end 17:00-19:00, hours 6'::work_schedule;
SELECT 'start 08:00-10:00, core 10:00-17:00, end 16:00-19:00, hours 6'::work_schedule;
SELECT 'start 08:00-10:00, core 10:00-17:00, end 19:00-17:00, hours 6'::work_schedule;
SELECT '09:00-18:00, break 14:00-13:00'::work_schedule;
SELECT '09:00-18:00, break 07:00-08:00'::work_schedule;
SELECT '09:00-18:00, break 13:00-14:00, hours 9'::work_schedule;
SELECT '09:00-18:00, hours 0'::work_schedule;
SELECT '18:00-09:00'::work_schedule;

-- schedule_check: what a day breaks
SELECT a AS arrived, l AS "left", schedule_check(
  'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', a, l)
FROM (VALUES ('08:00'::time, '17:00'::time), ('09:30', '18:30'), ('10:15', '19:00'),
             ('08:00', '16:30'), ('09:00', '17:30'), ('06:00', '17:00'), ('10:00', '10:00')) t(a, l);
SELECT schedule_check('09:00-18:00, break 13:00-14:00', '09:05', '18:00'),
       schedule_check('09:00-18:00, break 13:00-14:00', '09:00', '18:00');
SELECT schedule_check('09:00-18:00', '18:00', '09:00');
SELECT schedule_check(NULL, '09:00', '18:00') IS NULL AS strict;

-- binary round trip
CREATE TEMP TABLE ws (s work_schedule);
INSERT INTO ws VALUES ('09:00-18:00, break 13:00-14:00'),
  ('start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8'), (NULL);
COPY ws TO '/tmp/civilservice_ws.bin' WITH (FORMAT binary);
CREATE TEMP TABLE ws2 (LIKE ws);
COPY ws2 FROM '/tmp/civilservice_ws.bin' WITH (FORMAT binary);
SELECT * FROM ws2 ORDER BY s NULLS LAST;
SELECT count(*) AS same FROM ws JOIN ws2 USING (s);

-- ordering, grouping, indexes
SELECT s, count(*) FROM (SELECT s FROM ws UNION ALL SELECT s FROM ws2) x GROUP BY s ORDER BY s;
SELECT '08:00-17:00'::work_schedule < '09:00-18:00'::work_schedule AS lt,
       '09:00-18:00'::work_schedule <> '09:00-18:00, break 13:00-14:00' AS ne,
       '09:00-18:00'::work_schedule >= '09:00-18:00' AS ge;
INSERT INTO ws SELECT format('%s:00-18:00', lpad(h::text, 2, '0'))::work_schedule
  FROM generate_series(0, 17) h, generate_series(1, 50);
CREATE INDEX ws_btree ON ws (s);
CREATE INDEX ws_hash ON ws USING hash (s);
ANALYZE ws;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT * FROM ws WHERE s = '09:00-18:00';
SELECT count(*) FROM ws WHERE s = '09:00-18:00';
DROP INDEX ws_btree;
EXPLAIN (COSTS OFF) SELECT * FROM ws WHERE s = '09:00-18:00';
SELECT count(*) FROM ws WHERE s = '09:00-18:00';
RESET enable_seqscan;
RESET enable_bitmapscan;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT s, count(*) FROM ws GROUP BY s;
RESET enable_sort;
