-- The production calendar API: every function, with its edge cases.
SET search_path = civilservice, public;
SET datestyle = ISO;

-- is_working_day: a weekday, a weekend, a holiday, a Saturday worked by order,
-- a weekday made a day off, a religious day off on a weekday
SELECT d, to_char(d, 'Dy') AS dow, is_working_day(d)
FROM unnest(ARRAY['2024-05-03', '2024-05-05', '2024-05-01', '2024-05-04',
                  '2024-05-08', '2024-06-16', '2024-06-17', '2025-01-07']::date[]) AS d;

-- weekend collision: 9 May 2020 (Saturday) carried to Monday 11 May, which the
-- decree made a working day again (Friday 8 May off instead)
SELECT d, to_char(d, 'Dy') AS dow, is_working_day(d)
FROM generate_series('2020-05-07'::date, '2020-05-12', '1 day') AS g(ts), LATERAL (SELECT ts::date AS d) AS x;

-- religious days never move: 7 January 2023 was a Saturday, 8-9 January are working
SELECT d, to_char(d, 'Dy') AS dow, is_working_day(d)
FROM generate_series('2023-01-06'::date, '2023-01-10', '1 day') AS g(ts), LATERAL (SELECT ts::date AS d) AS x;

-- add_working_days: positive, negative, zero
SELECT add_working_days('2024-05-03', 1)  AS fri_plus_1,   -- Sat 4 May was worked
       add_working_days('2024-05-03', 2)  AS fri_plus_2,   -- 6 May
       add_working_days('2024-05-06', 2)  AS mon_plus_2,   -- 7, 8, 9 off -> 10 May, 13 May
       add_working_days('2024-05-10', -3) AS fri_minus_3,  -- 6 May, 4 May (Sat worked), 3 May
       add_working_days('2024-05-08', 0)  AS off_plus_0,   -- next working day: 10 May
       add_working_days('2024-05-10', 0)  AS working_plus_0;

-- a deadline crossing New Year and one crossing the Nauryz block
SELECT add_working_days('2025-12-29', 5) AS across_new_year,
       add_working_days('2026-03-19', 3) AS across_nauryz,
       add_working_days('2026-03-27', -2) AS back_across_nauryz;

-- next and previous working day
SELECT next_working_day('2026-03-20') AS after_fri_20_march,
       prev_working_day('2026-03-26') AS before_thu_26_march,
       next_working_day('2025-12-31') AS after_31_dec,
       prev_working_day('2025-01-06') AS before_6_jan_2025;

-- working_days_between: [a, b), negative when reversed, zero when equal
SELECT working_days_between('2026-03-01', '2026-04-01') AS march_2026,
       working_days_between('2026-04-01', '2026-03-01') AS reversed,
       working_days_between('2026-03-10', '2026-03-10') AS same_day,
       working_days_between('2026-01-01', '2027-01-01') AS year_2026;

-- working_days over ranges: inclusive/exclusive bounds, empty
SELECT working_days('[2026-03-01,2026-04-01)') AS march,
       working_days('[2026-03-01,2026-03-31]') AS march_closed,
       working_days('(2026-03-01,2026-03-31]') AS march_open_lower,
       working_days('empty') AS empty,
       working_days(daterange('2024-06-10', '2024-06-20')) AS kurban_week;

-- п. 16: review deadline, 10 working days; a receipt on a day off counts from
-- the next working day
SELECT received, to_char(received, 'Dy') AS dow, review_deadline(received) AS deadline
FROM unnest(ARRAY['2026-03-20', '2026-03-21', '2026-03-22', '2026-03-24',
                  '2025-12-26', '2024-05-03', '2024-05-04']::date[]) AS received;

-- NULLs: every function is strict
SELECT is_working_day(NULL) IS NULL AS a, add_working_days(NULL, 1) IS NULL AS b,
       add_working_days('2026-01-05', NULL) IS NULL AS c, working_days(NULL) IS NULL AS d,
       working_days_between('2026-01-05', NULL) IS NULL AS e, review_deadline(NULL) IS NULL AS f,
       is_working_day('2026-01-05', NULL) IS NULL AS g, next_working_day(NULL) IS NULL AS h;

-- errors: out of the covered years, unbounded ranges, unknown calendar
SELECT is_working_day('2031-01-01');
SELECT is_working_day('2015-12-31');
SELECT is_working_day('infinity');
SELECT add_working_days('2030-12-30', 5);
SELECT add_working_days('2016-01-05', -5);
SELECT working_days('[2026-01-01,)');
SELECT working_days(daterange(NULL, '2026-01-01'));
SELECT working_days_between('2016-01-01', '2031-01-01') AS whole_range;
SELECT working_days_between('2016-01-01', '2031-01-02');
SELECT is_working_day('2026-01-05', 'xx');
SELECT is_working_day('2026-01-05', repeat('x', 100));
SELECT calendar_days(2040);

-- calendar_days: a year has every day, with reason and source
SELECT count(*) AS days, count(*) FILTER (WHERE is_working) AS working,
       count(*) FILTER (WHERE reason IS NULL) AS without_reason
FROM calendar_days(2024);
SELECT day, is_working, reason, source FROM calendar_days(2024)
WHERE day IN ('2024-05-04', '2024-05-08', '2024-06-16', '2024-03-25', '2024-12-16');

-- rule parameters in force on a date
SELECT rule_parameter_value('application_review_working_days', '2026-01-01');
SELECT rule_parameter_value('application_review_working_days', '2020-01-01');
SELECT rule_parameter_value('no_such_parameter', '2026-01-01');

-- in a parallel worker, which builds its own cache under a snapshot of its
-- own (GetLatestSnapshot() is refused there), the change of the leader's
-- transaction included
BEGIN;
INSERT INTO calendar_entry (calendar_code, day, kind, name, paired_day, source) VALUES
  ('kz', '2026-12-18', 'day_off', 'test transfer', '2026-12-12', 'test'),
  ('kz', '2026-12-12', 'working_day', 'test transfer', '2026-12-18', 'test');
SET LOCAL force_parallel_mode = on;
SET LOCAL parallel_setup_cost = 0;
SET LOCAL parallel_tuple_cost = 0;
EXPLAIN (COSTS OFF)
SELECT count(*) FILTER (WHERE is_working_day(g::date)) FROM generate_series('2026-12-01'::date, '2026-12-31', '1 day') g;
SELECT count(*) FILTER (WHERE is_working_day(g::date)) AS december_working_days,
       max(add_working_days(g::date, 1)) FILTER (WHERE g = '2026-12-17') AS after_thu_17
FROM generate_series('2026-12-01'::date, '2026-12-31', '1 day') g;
ROLLBACK;
SELECT add_working_days('2026-12-17', 1) AS after_thu_17;
