-- pgTAP: the types iin, bin and work_schedule and the registries state_body
-- and employee (issue: custom C types).
BEGIN;
SELECT plan(62);
SET LOCAL search_path = civilservice, public;

-- types and their properties
SELECT has_type('civilservice', 'iin', 'type iin exists');
SELECT has_type('civilservice', 'bin', 'type bin exists');
SELECT has_type('civilservice', 'work_schedule', 'type work_schedule exists');
SELECT results_eq(
  $$SELECT typlen::int, typbyval, typalign::text FROM pg_type
     WHERE oid IN ('civilservice.iin'::regtype, 'civilservice.bin'::regtype) ORDER BY typname$$,
  $$VALUES (8, true, 'd'), (8, true, 'd')$$, 'iin and bin: 8 bytes, by value, double aligned');
SELECT is((SELECT typlen::int FROM pg_type WHERE oid = 'civilservice.work_schedule'::regtype), 36,
          'work_schedule is fixed length');

-- operator classes
SELECT has_opclass('civilservice', 'iin_ops', 'btree opclass for iin');
SELECT has_opclass('civilservice', 'iin_hash_ops', 'hash opclass for iin');
SELECT has_opclass('civilservice', 'bin_ops', 'btree opclass for bin');
SELECT has_opclass('civilservice', 'bin_hash_ops', 'hash opclass for bin');
SELECT has_opclass('civilservice', 'work_schedule_ops', 'btree opclass for work_schedule');
SELECT has_opclass('civilservice', 'work_schedule_hash_ops', 'hash opclass for work_schedule');

-- casts
SELECT has_cast('bigint', 'iin', 'cast bigint -> iin');
SELECT has_cast('iin', 'bigint', 'cast iin -> bigint');
SELECT has_cast('bigint', 'bin', 'cast bigint -> bin');
SELECT has_cast('bin', 'bigint', 'cast bin -> bigint');

-- every function of the types is immutable and commented
SELECT is((SELECT count(*)::int FROM pg_proc p
            WHERE p.pronamespace = 'civilservice'::regnamespace
              AND p.proname ~ '^(iin|bin|work_schedule|core_|daily_hours|schedule_check)'
              AND (p.provolatile <> 'i' OR NOT p.proisstrict OR p.proparallel <> 's')), 0,
          'type functions are IMMUTABLE STRICT PARALLEL SAFE');
SELECT is((SELECT count(*)::int FROM pg_proc p
            WHERE p.pronamespace = 'civilservice'::regnamespace
              AND p.proname ~ '^(iin|bin|work_schedule|core_|daily_hours|schedule_check|employee_schedule|time_zone)'
              AND obj_description(p.oid, 'pg_proc') IS NULL), 0, 'type functions are commented');
SELECT volatility_is('civilservice', 'employee_schedule', ARRAY['bigint', 'bigint'], 'stable',
                     'employee_schedule is STABLE');

-- iin
SELECT is('850515400121'::iin::text, '850515400121', 'iin text round trip');
SELECT is(iin_birth_date('850515400121'), '1985-05-15'::date, 'iin_birth_date 1900s');
SELECT is(iin_birth_date('000229501234'), '2000-02-29'::date, 'iin_birth_date 2000s leap day');
SELECT is(iin_birth_date('801231200012'), '1880-12-31'::date, 'iin_birth_date 1800s');
SELECT is(iin_sex('900101300453'), 'male', 'odd century digit: male');
SELECT is(iin_sex('850515400121'), 'female', 'even century digit: female');
SELECT throws_ok($$SELECT '85051540012'::civilservice.iin$$, '22P02', NULL, 'iin: short');
SELECT throws_ok($$SELECT '85051540012x'::civilservice.iin$$, '22P02', NULL, 'iin: non-digit');
SELECT throws_ok($$SELECT '850515900121'::civilservice.iin$$, '22P02', NULL, 'iin: century digit');
SELECT throws_ok($$SELECT '850230400121'::civilservice.iin$$, '22P02', NULL, 'iin: date');
SELECT throws_ok($$SELECT '850515400120'::civilservice.iin$$, '22P02', NULL, 'iin: check digit');
SELECT ok(iin_is_valid(' 850515400121 '), 'iin_is_valid: white space ignored');
SELECT ok(NOT iin_is_valid('850515400120'), 'iin_is_valid: false, no error');
SELECT is(iin_is_valid(NULL), NULL, 'iin_is_valid(NULL) is NULL');
SELECT is(850515400121::bigint::iin, '850515400121'::iin, 'bigint -> iin');
SELECT throws_ok($$SELECT 850515400120::bigint::civilservice.iin$$, '22023', NULL, 'bigint -> iin validates');

-- bin
SELECT is(bin_registered('040540001230'), '2004-05-01'::date, 'bin_registered');
SELECT is(bin_entity_kind('970160000012'), 'joint individual entrepreneurship', 'bin_entity_kind');
SELECT is(bin_unit_kind('121041004563'), 'branch', 'bin_unit_kind');
SELECT throws_ok($$SELECT '041340001230'::civilservice.bin$$, '22P02', NULL, 'bin: month');
SELECT throws_ok($$SELECT '040570001230'::civilservice.bin$$, '22P02', NULL, 'bin: entity kind');
SELECT throws_ok($$SELECT '040549001230'::civilservice.bin$$, '22P02', NULL, 'bin: unit');
SELECT throws_ok($$SELECT '040540001239'::civilservice.bin$$, '22P02', NULL, 'bin: check digit');
SELECT ok(bin_is_valid('040540001230') AND NOT bin_is_valid('0405400012'), 'bin_is_valid');

-- work_schedule
SELECT is('09:00-18:00, break 13:00-14:00'::work_schedule::text, '09:00-18:00, break 13:00-14:00',
          'ordinary day keeps the short form');
SELECT is('start 09:00-09:00, core 09:00-18:00, end 18:00-18:00, break 13:00-14:00, hours 8'::work_schedule,
          '09:00-18:00, break 13:00-14:00'::work_schedule, 'long and short forms of one day are equal');
SELECT is(core_start('start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, hours 8'), '10:00'::time, 'core_start');
SELECT is(core_end('start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, hours 8'), '17:00'::time, 'core_end');
SELECT is(daily_hours('09:00-18:00, break 13:00-14:00'), '8 hours'::interval, 'daily_hours');
SELECT is(schedule_check('09:00-18:00, break 13:00-14:00', '09:00', '18:00'), '{}'::text[], 'a good day');
SELECT is(schedule_check('09:00-18:00, break 13:00-14:00', '09:30', '17:00'),
          '{late_arrival,left_before_core_end,left_before_end_window,short_hours}'::text[], 'a bad day');
SELECT throws_ok($$SELECT 'start 08:00-11:00, core 10:00-17:00, end 17:00-19:00, hours 8'::civilservice.work_schedule$$,
                 '22P02', NULL, 'start window after core start');
SELECT throws_ok($$SELECT '09:00-18:00, break 13:00-14:00, hours 9'::civilservice.work_schedule$$,
                 '22P02', NULL, 'hours not achievable');
SELECT throws_ok($$SELECT '09:00-18:00;'::civilservice.work_schedule$$, '22P02', NULL, 'syntax');

-- registries
SELECT has_table('civilservice', 'state_body', 'state_body exists');
SELECT has_table('civilservice', 'employee', 'employee exists');
SELECT col_is_pk('civilservice', 'employee', ARRAY['state_body_id', 'id'], 'employee key includes state_body_id');
SELECT col_type_is('civilservice', 'state_body', 'bin', 'bin', 'state_body.bin is a bin');
SELECT col_type_is('civilservice', 'employee', 'iin', 'iin', 'employee.iin is an iin');
SELECT col_default_is('civilservice', 'state_body', 'time_zone', 'Asia/Almaty', 'default time zone');
SELECT fk_ok('civilservice', 'employee', 'state_body_id', 'civilservice', 'state_body', 'id', 'employee -> state_body');
SELECT ok(NOT EXISTS (SELECT 1 FROM pg_depend d
                       WHERE d.classid = 'pg_class'::regclass AND d.deptype = 'e'
                         AND d.objid IN ('civilservice.state_body'::regclass, 'civilservice.employee'::regclass)),
          'both tables are ordinary tables (pg_dump dumps them), not members of the extension');
INSERT INTO state_body (id, bin, name_ru) VALUES (-1, '230140000119', 'Тест');
INSERT INTO employee (state_body_id, id, iin, full_name, employed_from) VALUES (-1, -1, '850515400121', 'Тест', '2024-01-01');
SELECT is(employee_schedule(-1, -1), '09:00-18:00, break 13:00-14:00'::work_schedule, 'employee_schedule falls back to the body');
SELECT throws_ok($$INSERT INTO civilservice.employee (state_body_id, iin, full_name, employed_from)
                   VALUES (-1, '850515400121', 'Тест', '2024-06-01')$$, '23P01', NULL,
                 'one IIN once at a time in a body');

SELECT * FROM finish();
ROLLBACK;
