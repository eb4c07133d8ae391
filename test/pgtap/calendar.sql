-- pgTAP: the production calendar engine and its data.
BEGIN;
SELECT plan(67);
SET LOCAL search_path = civilservice, public;
\ir lib/constraint_of.psql

-- objects and their properties
SELECT has_table('civilservice', 'calendar', 'calendar table');
SELECT has_table('civilservice', 'holiday_rule', 'holiday_rule table');
SELECT has_table('civilservice', 'calendar_entry', 'calendar_entry table');
SELECT has_table('civilservice', 'rule_parameter', 'rule_parameter table');
SELECT has_view('civilservice', 'calendar_year_status', 'calendar_year_status view');
SELECT has_table('civilservice', 'calendar_revision', 'calendar_revision table');
SELECT is((SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'civilservice' AND c.relkind = 'v'
              AND c.relname IN ('calendar_in_force', 'holiday_rule_in_force', 'calendar_entry_in_force', 'rule_parameter_in_force')),
          4, 'the rows in force are views, one per reference table');
SELECT is((SELECT count(*)::int FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'civilservice' AND p.prorettype = 'trigger'::regtype AND p.provolatile <> 'v'
              AND p.proname IN ('shipped_row_guard', 'keep_history', 'calendar_invalidate', 'calendar_revision_check', 'holiday_rule_check')),
          0, 'the trigger functions of the calendar, which write or send invalidations, are VOLATILE');
SELECT is((SELECT proparallel::text FROM pg_proc WHERE oid = 'civilservice.shipping()'::regprocedure), 'r',
          'shipping() is PARALLEL RESTRICTED: workers are not told that a script runs');
SELECT is((SELECT count(*)::int FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'civilservice'
              AND p.proname IN ('is_working_day', 'add_working_days', 'next_working_day', 'prev_working_day',
                                'working_days_between', 'working_days', 'calendar_days', 'review_deadline',
                                'rule_parameter_value')
              AND p.provolatile = 's' AND p.proparallel = 's'),
          10, 'calendar functions (rule_parameter_value in both forms) are STABLE and PARALLEL SAFE');
SELECT is((SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'civilservice' AND c.relkind IN ('r', 'v')
              AND obj_description(c.oid, 'pg_class') IS NULL),
          0, 'every table and view has a comment');
SELECT is((SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'civilservice' AND c.relkind IN ('p', 'S')
              AND obj_description(c.oid, 'pg_class') IS NULL)
        + (SELECT count(*)::int FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname = 'civilservice' AND t.typtype IN ('b', 'e') AND t.typelem = 0
              AND obj_description(t.oid, 'pg_type') IS NULL),
          0, 'every partitioned table, sequence, base type and enum has a comment');
SELECT is((SELECT count(*)::int FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'civilservice' AND obj_description(p.oid, 'pg_proc') IS NULL),
          0, 'every function has a comment');
SELECT is((SELECT count(*)::int FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
             JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'civilservice' AND c.relkind IN ('r', 'v') AND a.attnum > 0
              AND NOT a.attisdropped AND col_description(c.oid, a.attnum) IS NULL),
          0, 'every column has a comment');

-- national holidays and the weekend-collision rule
SELECT ok(NOT is_working_day('2026-01-01'), 'New Year is a day off');
SELECT ok(NOT is_working_day('2026-03-09'), '8 March 2026 on Sunday moves to Monday 9 March');
SELECT ok(NOT is_working_day('2026-03-24') AND NOT is_working_day('2026-03-25') AND is_working_day('2026-03-26'),
          'Nauryz 21-22 March 2026 on the weekend moves to 24-25 March');
SELECT ok(is_working_day('2023-01-09'), 'Orthodox Christmas on Saturday 7 January 2023 is not moved');
SELECT ok(is_working_day('2022-07-11'), 'Kurban Ait on Saturday 9 July 2022 is not moved');
SELECT ok(is_working_day('2024-06-17') AND NOT is_working_day('2024-06-16'),
          'Kurban Ait 2024 is 16 June (Sunday), 17 June is a working day');
SELECT ok(is_working_day('2024-05-04') AND NOT is_working_day('2024-05-08'), '2024 transfer: Sat 4 May worked, Wed 8 May off');
SELECT ok(is_working_day('2025-01-05') AND NOT is_working_day('2025-01-03'), '2025 transfer: Sun 5 Jan worked, Fri 3 Jan off');
SELECT ok(is_working_day('2023-07-01') AND NOT is_working_day('2023-07-07'), '2023 transfer: Sat 1 Jul worked, Fri 7 Jul off');
SELECT ok(is_working_day('2020-05-11') AND NOT is_working_day('2020-05-08'),
          '2020: the decree overrides the day carried over from 9 May');
SELECT ok(NOT is_working_day('2025-09-01') AND is_working_day('2026-08-31'),
          'Constitution Day 30 August until 2025 only');
SELECT ok(NOT is_working_day('2027-03-15'), 'Constitution Day 15 March from 2027');
SELECT ok(NOT is_working_day('2021-12-01') AND is_working_day('2022-12-01'), 'First President Day 2012-2021 only');
SELECT ok(NOT is_working_day('2022-10-25') AND is_working_day('2021-10-25'), 'Republic Day restored in 2022');
SELECT ok(NOT is_working_day('2021-12-17') AND is_working_day('2025-12-17'), '17 December a day off until 2021');

-- official balances
SELECT is(working_days('[2024-01-01,2025-01-01)'), 249, '2024: 249 working days');
SELECT is(working_days('[2025-01-01,2026-01-01)'), 246, '2025: 246 working days');
SELECT is(working_days('[2026-01-01,2027-01-01)'), 247, '2026: 247 working days');

-- counting and offsets agree with a day-by-day count
SELECT is(working_days_between('2016-01-01', '2031-01-01'),
          (SELECT count(*)::int FROM generate_series('2016-01-01'::date, '2030-12-31', '1 day') g
            WHERE is_working_day(g::date)),
          'working_days_between equals the day-by-day count over the whole range');
SELECT is((SELECT count(*)::int FROM generate_series('2016-01-04'::date, '2030-12-01', '1 day') g
            WHERE add_working_days(g::date, 1) <> (SELECT min(x::date) FROM generate_series(g + '1 day', g + '20 days', '1 day') x
                                                   WHERE is_working_day(x::date))),
          0, 'add_working_days(d, 1) is the first working day after d, for every d');
SELECT is((SELECT count(*)::int FROM generate_series('2016-02-01'::date, '2030-12-01', '3 days') g
            WHERE working_days_between(g::date, add_working_days(g::date, 17))
                  <> CASE WHEN is_working_day(g::date) THEN 17 ELSE 16 END),
          0, 'working_days_between(d, add_working_days(d, 17)) is 17 from a working day, 16 from a day off');
SELECT is(add_working_days(add_working_days('2026-03-20', 10), -10), '2026-03-20'::date, 'offsets are reversible on working days');

-- п. 16
SELECT is(review_deadline('2026-03-20'), '2026-04-08'::date, 'п. 16: Friday before Nauryz 2026: deadline 8 April');
SELECT is(review_deadline('2026-03-21'), '2026-04-09'::date, 'п. 16: a receipt on Saturday counts from the next working day');

-- errors
SELECT throws_ok($$SELECT is_working_day('2031-01-01')$$, '22008', NULL, 'a date outside the calendar is 22008');
SELECT throws_ok($$SELECT add_working_days('2030-12-30', 10)$$, '22008', NULL, 'an offset leaving the calendar is 22008');
SELECT throws_ok($$SELECT working_days('[2026-01-01,)')$$, '22008', NULL, 'an unbounded range is 22008');
SELECT throws_ok($$SELECT is_working_day('2026-01-05', 'nope')$$, '22023', NULL, 'an unknown calendar is an error');
-- shipped rows: never updated, deleted or taken; the body's rows take precedence at once
SELECT throws_ok($$DELETE FROM calendar_entry WHERE day = '2025-06-06'$$, '23001', NULL, 'shipped rows cannot be deleted');
SELECT is(pg_temp.constraint_of($$UPDATE calendar_entry SET revoked = true WHERE day IN ('2024-05-04', '2024-05-08')$$),
          'calendar_entry_shipped_row', 'shipped entries cannot be updated (constraint calendar_entry_shipped_row)');
SELECT is(pg_temp.constraint_of($$UPDATE rule_parameter SET value = 5 WHERE id = 1$$),
          'rule_parameter_shipped_row', 'shipped parameter values cannot be updated');
SELECT is(pg_temp.constraint_of($$UPDATE calendar SET confirmed_through = 2027$$),
          'calendar_shipped_row', 'a shipped calendar cannot be updated');
SELECT is(pg_temp.constraint_of($$INSERT INTO holiday_rule (id, calendar_code, month, day, name, kind, first_year, source) VALUES (1, 'kz', 1, 1, 'x', 'state', 1991, 'x')$$),
          'holiday_rule_shipped_row', 'an INSERT never takes the key of a shipped row');
INSERT INTO calendar_entry (calendar_code, day, kind, name, paired_day, revoked, source) VALUES
  ('kz', '2024-05-08', 'day_off', 'cancelled', '2024-05-04', true, 'tap'),
  ('kz', '2024-05-04', 'working_day', 'cancelled', '2024-05-08', true, 'tap');
SELECT ok(NOT is_working_day('2024-05-04') AND is_working_day('2024-05-08'), 'the body''s revoked rows cancel a shipped transfer at once');
UPDATE calendar_entry SET source = 'tap, revised' WHERE source = 'tap';
SELECT is((SELECT count(*)::int FROM history WHERE table_name = 'calendar_entry' AND operation = 'UPDATE'), 2,
          'a revision of the body''s rows is kept in history');
SELECT is((SELECT count(*)::int FROM calendar_entry WHERE NOT shipped), 2, 'the body''s rows are the ones pg_dump keeps (WHERE NOT shipped)');
DELETE FROM calendar_entry WHERE source = 'tap, revised';
SELECT ok(is_working_day('2024-05-04') AND NOT is_working_day('2024-05-08'), 'deleting the body''s rows brings the shipped transfer back');
INSERT INTO rule_parameter (name, valid_from, value, unit, rule_point, description, source)
VALUES ('application_review_working_days', '2023-06-11', 12, 'working_days', 'п. 16', 'tap', 'tap');
SELECT is(rule_parameter_value('application_review_working_days', '2026-01-01'), 12::numeric,
          'the body''s value for the same name and valid_from takes precedence over the shipped one');
INSERT INTO holiday_rule (calendar_code, month, day, name, kind, first_year, replaces, revoked, source)
VALUES ('kz', 12, 16, 'День Независимости', 'national', 1991, 17, true, 'tap');
SELECT ok(is_working_day('2026-12-16'), 'a revoked rule of the body''s own cancels the shipped rule it replaces');
INSERT INTO calendar_revision (code, confirmed_through, source) VALUES ('kz', 2027, 'tap');
SELECT is((SELECT status FROM calendar_year_status WHERE calendar_code = 'kz' AND year = 2027), 'provisional',
          'a revised confirmed_through counts, estimated dates still make a year provisional');
SELECT ok((SELECT transfers_published FROM calendar_year_status WHERE calendar_code = 'kz' AND year = 2027),
          'calendar_revision takes precedence over the shipped confirmed_through');

-- every rule parameter value is within the bounds of its unit (accepted and refused, SQLSTATE and constraint)
SELECT lives_ok($$INSERT INTO rule_parameter (name, valid_from, value, unit, rule_point, description, source)
                  VALUES ('systematic_breach_window_months', '2030-01-01', 120, 'months', 'п. 21', 'tap', 'tap')$$,
                'a value at the bound of its unit is accepted');
SELECT throws_ok($$INSERT INTO rule_parameter (name, valid_from, value, unit, rule_point, description, source)
                   VALUES ('systematic_breach_window_months', '2030-02-01', -1, 'months', 'п. 21', 'tap', 'tap')$$,
                 '23514', 'п. 21: the value of a rule parameter is outside the bounds of its unit', 'a negative number of months is refused');
SELECT throws_ok($$INSERT INTO rule_parameter (name, valid_from, value, unit, rule_point, description, source)
                   VALUES ('systematic_breach_window_months', '2030-02-01', 100000000, 'months', 'п. 21', 'tap', 'tap')$$,
                 '23514', 'п. 21: the value of a rule parameter is outside the bounds of its unit', 'a huge number of months is refused (no overflow of a month computation)');
SELECT is(pg_temp.constraint_of($$INSERT INTO rule_parameter (name, valid_from, value, unit, rule_point, description, source)
                                  VALUES ('daily_hours_limit', '2030-02-01', 7.555, 'hours', 'п. 19', 'tap', 'tap')$$),
          'rule_parameter_value_bounds', 'hours are whole minutes: the constraint is named');
SELECT is(pg_temp.constraint_of($$INSERT INTO rule_parameter (name, valid_from, value, unit, rule_point, description, source)
                                  VALUES ('systematic_breach_count', '2030-02-01', 2.5, 'count', 'п. 21', 'tap', 'tap')$$),
          'rule_parameter_value_bounds', 'a count is a whole number');

-- a state body's own value of a parameter of its policy
INSERT INTO state_body (id, bin, name_ru) VALUES (961, '040540001072', 'Орган');
SELECT is(rule_parameter_value('attendance_max_session_hours', '2026-01-01', 961), 16::numeric, 'without its own value a body has the national one');
INSERT INTO body_rule_parameter (state_body_id, name, valid_from, value, source) VALUES (961, 'attendance_max_session_hours', '2026-01-01', 12, 'tap');
SELECT is(rule_parameter_value('attendance_max_session_hours', '2026-01-01', 961), 12::numeric, 'the body''s value is in force from its valid_from, at once in the changing transaction');
SELECT is(rule_parameter_value('attendance_max_session_hours', '2025-12-31', 961), 16::numeric, 'before it, the national value');
SELECT is(rule_parameter_value('attendance_max_session_hours', '2026-01-01', NULL), 16::numeric, 'a NULL body: the national value');
INSERT INTO rule_parameter (name, valid_from, value, unit, rule_point, description, source)
VALUES ('attendance_max_session_hours', '2026-06-01', 20, 'hours', 'п. 20', 'tap', 'tap');
SELECT is(rule_parameter_value('attendance_max_session_hours', '2026-07-01', 961), 12::numeric, 'a later national change does not override the body''s own value');
SELECT throws_ok($$INSERT INTO body_rule_parameter (state_body_id, name, valid_from, value, source) VALUES (961, 'daily_hours_limit', '2026-01-01', 9, 'tap')$$,
                 '23514', 'п. 17.3, п. 20, п. 21: a state body sets only the rule parameters of its own policy', 'a national parameter is refused');
SELECT is(pg_temp.constraint_of($$INSERT INTO body_rule_parameter (state_body_id, name, valid_from, value, source) VALUES (961, 'systematic_breach_count', '2026-01-01', 1001, 'tap')$$),
          'body_rule_parameter_bounds', 'a count over 1000 is refused by body_rule_parameter_bounds');

SELECT * FROM finish();
ROLLBACK;
