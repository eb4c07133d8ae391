-- pgTAP: working-time control (п. 9–11, 19–21): every status and breach kind of
-- attendance(), weekly limits, violations, systematic breaches, cancellation,
-- after-hours demands, and the refusals with their SQLSTATE.
BEGIN;
SELECT plan(63);
SET LOCAL timezone = 'Asia/Almaty';

INSERT INTO civilservice.state_body (id, bin, name_ru, work_schedule) VALUES
 (951, '040540001141', 'Орган', '09:00-18:00, break 13:00-14:00');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, employed_to, full_name, is_authorized) VALUES
 (951, 1, '920404300018', '2020-01-01', NULL, 'Руководитель', true),
 (951, 2, '930505300029', '2020-01-01', NULL, 'Гибкий', false),
 (951, 3, '940606400036', '2020-01-01', NULL, 'Дистанционный', false),
 (951, 4, '950707500043', '2020-01-01', '2026-03-03', 'Уволенный', false);
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22' FROM civilservice.employee e JOIN civilservice.rule_wording w ON w.point = 'п. 22' ON CONFLICT DO NOTHING;
INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
VALUES (951, 1, 2, '2026-02-02 09:00+05', 'e_qyzmet', 'учёба',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', '[2026-03-01,2026-09-01)');
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, fixed_working_time)
VALUES (951, 1, '1-ГР', '2026-02-10', 1, 'flexible', 'application', 'Заявление', '[2026-03-01,2026-09-01)',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id, application_id) VALUES (951, 1, 2, 1);
UPDATE civilservice.act SET status = 'signed' WHERE id = 1;
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
VALUES (951, 2, '2-ДР', '2026-02-10', 1, 'remote', 'agreement', 'Соглашение', '[2026-03-01,2026-06-01)', 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (951, 2, 3);
UPDATE civilservice.act SET status = 'signed' WHERE id = 2;
INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, report_at)
VALUES (951, 2, 3, 'employer', 'dsp_documents', '2026-03-04 10:00+05');
INSERT INTO civilservice.remote_time_record (state_body_id, employee_id, day, started_at, ended_at)
VALUES (951, 3, '2026-03-02', '2026-03-02 09:00+05', '2026-03-02 21:00+05');
INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id) VALUES
 (951, 1, '2026-03-02 09:30+05', 'in', 'g'), (951, 1, '2026-03-02 16:00+05', 'out', 'g'),
 (951, 1, '2026-03-03 08:50+05', 'in', 'g'),
 (951, 1, '2026-03-07 10:00+05', 'in', 'g'), (951, 1, '2026-03-07 11:00+05', 'out', 'g'),
 (951, 2, '2026-03-02 09:00+05', 'in', 'g'), (951, 2, '2026-03-02 18:00+05', 'out', 'g'),
 (951, 2, '2026-03-03 10:30+05', 'in', 'g'), (951, 2, '2026-03-03 18:30+05', 'out', 'g'),
 (951, 2, '2026-03-04 08:00+05', 'in', 'g'), (951, 2, '2026-03-04 16:30+05', 'out', 'g'),
 (951, 2, '2026-03-05 08:00+05', 'in', 'g'), (951, 2, '2026-03-05 19:00+05', 'out', 'g'),
 (951, 2, '2026-03-06 08:00+05', 'in', 'g'), (951, 2, '2026-03-06 19:00+05', 'out', 'g'),
 (951, 3, '2026-03-03 11:00+05', 'in', 'g'), (951, 3, '2026-03-03 12:00+05', 'out', 'g'),
 (951, 3, '2026-03-04 09:00+05', 'in', 'g'), (951, 3, '2026-03-04 18:00+05', 'out', 'g'),
 (951, 4, '2026-03-02 09:00+05', 'in', 'g'), (951, 4, '2026-03-02 18:00+05', 'out', 'g');

CREATE TEMP TABLE att AS SELECT * FROM civilservice.attendance('2026-03-02', '2026-03-09', 951);
CREATE FUNCTION pg_temp.st(e bigint, d date) RETURNS text LANGUAGE sql AS
  $$ SELECT expected FROM att WHERE employee_id = e AND day = d $$;
CREATE FUNCTION pg_temp.br(e bigint, d date) RETURNS text[] LANGUAGE sql AS
  $$ SELECT breaches FROM att WHERE employee_id = e AND day = d $$;

-- statuses
SELECT is(pg_temp.st(1, '2026-03-02'), 'office', 'an ordinary working day is an office day');
SELECT is(pg_temp.st(3, '2026-03-02'), 'remote', 'a day under a signed remote act is a remote day');
SELECT is(pg_temp.st(1, '2026-03-07'), 'day_off', 'Saturday is a day off');
SELECT is(pg_temp.st(1, '2026-03-09'), 'day_off', 'the holiday 8 March on Sunday moves the day off to Monday 9 March');
SELECT is(pg_temp.st(3, '2026-03-04'), 'recalled', 'the day of a recall to the workplace (п. 12)');
SELECT is(pg_temp.st(4, '2026-03-04'), 'dismissed', 'a day after the employment ended');
SELECT is((SELECT count(*)::int FROM att), 32, 'one row per employee and calendar day');

-- breach kinds
SELECT ok('late_arrival' = ANY (pg_temp.br(1, '2026-03-02')), 'late_arrival: first entry after the start window');
SELECT ok('left_before_end_window' = ANY (pg_temp.br(1, '2026-03-02')), 'left_before_end_window: last exit before the end window');
SELECT ok('short_hours' = ANY (pg_temp.br(1, '2026-03-02')), 'short_hours: worked below the daily hours');
SELECT ok('unpaired_events' = ANY (pg_temp.br(1, '2026-03-03')), 'unpaired_events: an entry without its exit');
SELECT ok('no_show' = ANY (pg_temp.br(1, '2026-03-04')), 'no_show: no event on an office day');
SELECT ok('present_on_day_off' = ANY (pg_temp.br(1, '2026-03-07')), 'present_on_day_off: events on a day off (informational)');
SELECT is(pg_temp.br(2, '2026-03-02'), '{}'::text[], 'flexible day inside the windows: nothing broken');
SELECT ok('late_arrival' = ANY (pg_temp.br(2, '2026-03-03')), 'flexible day: arrival after the start window 08:00-10:00');
SELECT ok('left_before_core_end' = ANY (pg_temp.br(2, '2026-03-04')), 'flexible day: leaving during the fixed working time (п. 17.3)');
SELECT ok('over_daily_limit' = ANY (pg_temp.br(2, '2026-03-05')), 'over_daily_limit: 10 hours worked inside a 08:00-19:00 day (п. 19)');
SELECT is((SELECT schedule::text FROM att WHERE employee_id = 2 AND day = '2026-03-02'),
          'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', 'the flexible act''s fixed working time applies');
SELECT ok('over_daily_limit' = ANY (pg_temp.br(3, '2026-03-02')), 'over_daily_limit on a remote day from the time record (п. 9)');
SELECT ok('present_on_remote_day' = ANY (pg_temp.br(3, '2026-03-03')), 'present_on_remote_day: at the office without a recall (informational)');
SELECT ok('no_time_record' = ANY (pg_temp.br(3, '2026-03-03')), 'no_time_record: a remote day without the fixed accounting of п. 9');
SELECT is(pg_temp.br(3, '2026-03-04'), '{}'::text[], 'a recall day is checked like an office day');
SELECT is(pg_temp.br(4, '2026-03-05'), '{}'::text[], 'no breach after dismissal');

-- one employee's form: that employee's rows only, computed from that employee's records
SELECT results_eq(
  $$SELECT day, expected, schedule::text, first_in, last_out, time_present, time_worked, unpaired_events, breaches
      FROM civilservice.attendance('2026-03-02', '2026-03-09', 951, 3)$$,
  $$SELECT day, expected, schedule::text, first_in, last_out, time_present, time_worked, unpaired_events, breaches
      FROM att WHERE employee_id = 3 ORDER BY day$$,
  'one employee''s form gives that employee''s rows of the body''s form, in order of day (remote days, a recall, a time record)');
SELECT results_eq(
  $$SELECT day, expected, schedule::text, first_in, last_out, time_present, time_worked, unpaired_events, breaches
      FROM civilservice.attendance('2026-03-02', '2026-03-09', 951, 2)$$,
  $$SELECT day, expected, schedule::text, first_in, last_out, time_present, time_worked, unpaired_events, breaches
      FROM att WHERE employee_id = 2 ORDER BY day$$,
  'the same for a flexible employee (the act''s fixed working time)');
SELECT is((SELECT count(*)::int FROM civilservice.attendance('2026-03-02', '2026-03-09', 951, 4)), 8,
          'a dismissed employee''s form still has every day of the period after employment began');
SELECT is((SELECT count(*)::int FROM civilservice.attendance('2026-03-02', '2026-03-09', 951, 42)), 0,
          'an employee the body does not have has no rows');
SELECT results_eq(
  $$SELECT week_start, time_worked, over_limit FROM civilservice.weekly_totals('2026-03-02', '2026-03-08', 951, 2)$$,
  $$SELECT week_start, time_worked, over_limit FROM civilservice.weekly_totals('2026-03-02', '2026-03-08', 951) WHERE employee_id = 2$$,
  'weekly totals of one employee are that employee''s of the body');
SELECT is((SELECT array_agg(DISTINCT provolatile::text) FROM pg_proc
            WHERE oid IN ('civilservice.attendance(date,date,bigint)'::regprocedure, 'civilservice.attendance(date,date,bigint,bigint)'::regprocedure,
                          'civilservice.event_days(date,date,bigint,interval)'::regprocedure,
                          'civilservice.weekly_totals(date,date,bigint)'::regprocedure, 'civilservice.weekly_totals(date,date,bigint,bigint)'::regprocedure)),
          ARRAY['s'], 'attendance, event_days and weekly_totals only read: STABLE');
SELECT is((SELECT provolatile::text FROM pg_proc WHERE oid = 'civilservice.recompute_violations(date,date,bigint)'::regprocedure), 'v',
          'recompute_violations writes: VOLATILE');
SELECT ok((SELECT bool_and(proconfig @> ARRAY['search_path=pg_catalog']) FROM pg_proc
            WHERE oid IN ('civilservice.attendance(date,date,bigint)'::regprocedure, 'civilservice.attendance(date,date,bigint,bigint)'::regprocedure,
                          'civilservice.event_days(date,date,bigint,interval)'::regprocedure)),
          'the functions that read the records pin search_path');
SELECT isnt(obj_description('civilservice.attendance(date,date,bigint,bigint)'::regprocedure, 'pg_proc'), NULL,
            'the one-employee form has a comment');

-- weekly limit and violations
SELECT ok((SELECT over_limit FROM civilservice.weekly_totals('2026-03-02', '2026-03-08', 951) WHERE employee_id = 2),
          'over_weekly_limit: 45 hours in ISO week 10 (п. 19)');
SELECT cmp_ok(civilservice.recompute_violations('2026-03-02', '2026-03-08', 951), '>', 0, 'recompute_violations records the computed ones');
INSERT INTO civilservice.violation (state_body_id, employee_id, day, kind, detail) VALUES (951, 2, '2026-03-06', 'labour_discipline', 'Записка');
SELECT lives_ok($$SELECT civilservice.recompute_violations('2026-03-02', '2026-03-08', 951)$$, 'a recomputation replaces the computed ones');
SELECT is((SELECT count(*)::int FROM civilservice.violation WHERE state_body_id = 951 AND source = 'manual'), 1, 'manual violations survive recomputation');
SELECT is((SELECT count(*)::int FROM civilservice.violation WHERE state_body_id = 951 AND kind = 'over_weekly_limit'), 1, 'the weekly excess is recorded once');
SELECT is((SELECT count(*)::int FROM civilservice.violation WHERE state_body_id = 951 AND kind = 'unpaired_events'), 0, 'informational kinds are not violations');
SELECT throws_ok($$SELECT civilservice.recompute_violations('2026-03-08', '2026-03-02', 951)$$, '22023', NULL, 'a reversed period is refused');

-- п. 21
SELECT is((SELECT array_agg(employee_id) FROM civilservice.systematic_breaches('2026-03-10') WHERE state_body_id = 951), ARRAY[2::bigint],
          'the flexible employee with violations reaching the threshold is a candidate');
SELECT throws_ok($$SELECT civilservice.cancel_participation(951, 1, 2, '2026-03-11', 'причина', 3)$$, '23514', NULL,
                 'only an authorized person cancels');
SELECT lives_ok($$SELECT civilservice.cancel_participation(951, 1, 2, '2026-03-11', 'п. 21')$$, 'the authorized person cancels one participation');
SELECT is((SELECT upper(effective_term) FROM civilservice.act_employee WHERE act_id = 1 AND employee_id = 2), date '2026-03-11',
          'the regime ends the day before the cancellation date');
SELECT throws_ok($$UPDATE civilservice.participation_cancellation SET reason = 'иная' WHERE state_body_id = 951$$, '23001', NULL,
                 'a cancellation never changes');

-- п. 11
INSERT INTO civilservice.availability_demand (state_body_id, employee_id, demanded_by, kind, required_from) VALUES
 (951, 1, 1, 'be_reachable', '2026-03-10 22:00+05'), (951, 1, 1, 'be_reachable', '2026-03-10 12:00+05');
INSERT INTO civilservice.availability_demand (state_body_id, employee_id, demanded_by, kind, required_from, legal_exception, justification) VALUES
 (951, 1, 1, 'work', '2026-03-10 23:00+05', 'art_32_p_4', 'Чрезвычайная ситуация');
SELECT is((SELECT count(*)::int FROM civilservice.after_hours_demands WHERE state_body_id = 951), 1,
          'only the after-hours demand without the legal exception is the employer''s violation');
SELECT throws_ok($$INSERT INTO civilservice.availability_demand (state_body_id, employee_id, demanded_by, kind, required_from, legal_exception)
                   VALUES (951, 1, 1, 'work', '2026-03-10 23:00+05', 'art_32_p_4')$$, '23514', NULL, 'an exception needs its justification');
SELECT throws_ok($$INSERT INTO civilservice.remote_time_record (state_body_id, employee_id, day, started_at, ended_at)
                   VALUES (951, 3, '2026-03-05', '2026-03-05 18:00+05', '2026-03-05 09:00+05')$$, '23514', NULL,
                 'a remote time record ends after it starts');

-- absences (п. 20, 21), presence during the day (п. 17.3, 19, 20), combined remote work (п. 3.1),
-- remote time records (п. 9) and demands inside the employment (п. 11)
CREATE FUNCTION pg_temp.constraint_of(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    c text;
BEGIN
    EXECUTE q;
    RETURN NULL;
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS c = CONSTRAINT_NAME;
    RETURN c;
END $$;
INSERT INTO civilservice.absence (state_body_id, employee_id, kind, period, document_number, document_date)
VALUES (951, 1, 'annual_leave', '[2026-03-16,2026-03-21)', '1-ОТ', '2026-03-10');
SELECT is((SELECT array_agg(DISTINCT expected) FROM civilservice.attendance('2026-03-16', '2026-03-20', 951, 1)), ARRAY['absent'],
          'п. 20: the working days of an annual leave are absent');
SELECT ok((SELECT bool_and(breaches = '{}' AND absence = 'annual_leave' AND time_worked IS NULL)
             FROM civilservice.attendance('2026-03-16', '2026-03-20', 951, 1)),
          'an employee on annual leave has no breach and no working time on those days');
SELECT throws_ok($$INSERT INTO civilservice.absence (state_body_id, employee_id, kind, period, document_number, document_date)
                   VALUES (951, 1, 'sick_leave', '[2026-03-20,2026-03-24)', 'ЛН-1', '2026-03-20')$$,
                 '23P01', 'п. 20: an employee has one absence at a time', 'two overlapping absences of one employee are refused');
SELECT is(pg_temp.constraint_of($$INSERT INTO civilservice.absence (state_body_id, employee_id, kind, period, document_number, document_date)
                                  VALUES (951, 1, 'sick_leave', '[2026-03-20,2026-03-24)', 'ЛН-1', '2026-03-20')$$),
          'absence_no_overlap', 'the refusal names absence_no_overlap');
SELECT throws_ok($$INSERT INTO civilservice.absence (state_body_id, employee_id, kind, period, document_number, document_date)
                   VALUES (951, 4, 'training', '[2026-03-02,2026-03-06)', '2-О', '2026-02-20')$$,
                 '23514', 'п. 20: an absence lies inside the employment of the employee', 'an absence after the employment is refused');
SELECT ok(civilservice.counts_as_violation('absent_during_fixed_time'), 'absent_during_fixed_time counts as a violation (п. 21)');
INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id) VALUES
 (951, 1, '2026-03-10 09:00+05', 'in', 'g'), (951, 1, '2026-03-10 09:05+05', 'out', 'g'),
 (951, 1, '2026-03-10 17:55+05', 'in', 'g'), (951, 1, '2026-03-10 18:00+05', 'out', 'g');
SELECT is((SELECT breaches FROM civilservice.attendance('2026-03-10', '2026-03-10', 951, 1)), ARRAY['short_hours', 'absent_during_fixed_time'],
          'in 09:00, out 09:05, in 17:55, out 18:00: short hours and absence during the working time');
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work) VALUES
 (951, 3, 'К-1', '2026-03-20', 1, 'combined_remote', 'agreement', 'С', '[2026-04-01,2026-05-01)', 'дом / офис'),
 (951, 4, 'К-2', '2026-03-20', 1, 'combined_remote', 'agreement', 'С', '[2026-04-01,2026-05-01)', 'дом / офис');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (951, 3, 1), (951, 4, 2);
SELECT throws_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 951 AND id = 4$$,
                 '23514', 'п. 3.1, п. 6: combined remote act К-2 does not say which days are at the office',
                 'a combined remote act without office days is not signed');
INSERT INTO civilservice.act_office_day (state_body_id, act_id, iso_weekday) VALUES (951, 3, 1);
SELECT lives_ok($$UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 951 AND id = 3$$,
                'a combined remote act with its office days is signed');
SELECT is((SELECT array_agg(expected ORDER BY day) FROM civilservice.attendance('2026-04-06', '2026-04-07', 951, 1)), ARRAY['office', 'remote'],
          'п. 3.1: Monday of the pattern is an office day, Tuesday remote');
SELECT throws_ok($$INSERT INTO civilservice.act_office_day (state_body_id, act_id, iso_weekday) VALUES (951, 3, 2)$$,
                 '23001', 'п. 3.1, п. 6: the office days of act К-1 are part of the signed act and cannot change',
                 'the office days of a signed act are frozen');
SELECT throws_ok($$INSERT INTO civilservice.remote_time_record (state_body_id, employee_id, day, started_at, ended_at)
                   VALUES (951, 3, '2026-03-05', '2026-03-06 09:00+05', '2026-03-06 18:00+05')$$,
                 '23514', 'п. 9: a remote time record lies on its day', 'a remote time record of another day is refused');
SELECT throws_ok($$INSERT INTO civilservice.availability_demand (state_body_id, employee_id, demanded_by, kind, required_from)
                   VALUES (951, 4, 1, 'be_reachable', '2026-03-10 21:00+05')$$,
                 '23514', 'п. 11: a demand concerns an employee while employed', 'a demand after the employment is refused');

-- A body of 1,100 employees with generated events on five days — entries and exits with jitter, some
-- forgotten, an entry at the same instant as an exit, a second reader at the same instant, nights —
-- so that every cursor is read in several batches, and over a period from 1 January whose events are
-- read in spans of 92 days from 30 December: the nights of 31 March cross into the second span.
-- event_days equals the rule written with window functions, and the one-employee form of every
-- employee equals the body's rows.
CREATE FUNCTION pg_temp.iin_of(p bigint) RETURNS text LANGUAGE sql AS $$
  SELECT lpad((p * 10 + c)::text, 12, '0')
    FROM (SELECT CASE WHEN s1 < 10 THEN s1 WHEN s2 < 10 THEN s2 END AS c
            FROM (SELECT (SELECT sum((p / (10::bigint ^ (11 - k))::bigint % 10) * k) % 11 FROM generate_series(1, 11) k) AS s1,
                         (SELECT sum((p / (10::bigint ^ (11 - k))::bigint % 10) * ((k + 1) % 11 + 1)) % 11 FROM generate_series(1, 11) k) AS s2) x) y
$$;
CREATE FUNCTION pg_temp.r(k bigint) RETURNS float8 LANGUAGE sql IMMUTABLE AS
  $$ SELECT ((hashint8(k) & 2147483647)::float8 / 2147483648) $$;
INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (952, '040540001508', 'Орган 2');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name)
SELECT 952, n, i::civilservice.iin, '2020-01-01', 'Служащий ' || n
  FROM (SELECT row_number() OVER () AS n, i
          FROM (SELECT pg_temp.iin_of((to_char(date '1970-01-01' + d, 'YYMMDD') || '3' || lpad(s::text, 4, '0'))::bigint) AS i
                  FROM generate_series(0, 600) d, generate_series(1, 2) s) s
         WHERE i IS NOT NULL LIMIT 1100) t;
INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id)
SELECT 952, e, (d + x.t + make_interval(mins => x.jitter * round(40 * (pg_temp.r(e * 7919 + (d - date '2026-03-30') * 31 + x.k) - 0.5))::int))
               AT TIME ZONE 'Asia/Almaty', x.dir, x.gate
  FROM generate_series(1, 1100) e,
       (SELECT g::date AS d FROM generate_series(date '2026-03-30', date '2026-04-03', interval '1 day') g) days,
       (VALUES (1, interval '09:00', 'in', 'gate-1', 1), (2, interval '13:00', 'out', 'gate-1', 1), (3, interval '14:00', 'in', 'gate-1', 1),
               (4, interval '18:00', 'out', 'gate-1', 0), (5, interval '18:00', 'in', 'gate-3', 0), (6, interval '22:00', 'in', 'gate-1', 1),
               (7, interval '29:00', 'out', 'gate-1', 1), (8, interval '09:00', 'in', 'gate-2', 0)) x(k, t, dir, gate, jitter)
       CROSS JOIN LATERAL (SELECT pg_temp.r(e * 104729 + (d - date '2026-03-30')) AS v) c
 WHERE CASE x.k WHEN 1 THEN NOT c.v BETWEEN 0.4 AND 0.5        -- a forgotten entry
                WHEN 4 THEN NOT c.v BETWEEN 0.3 AND 0.4        -- a forgotten exit
                WHEN 5 THEN c.v < 0.1                          -- back in at the instant of leaving
                WHEN 6 THEN c.v BETWEEN 0.1 AND 0.2            -- a night
                WHEN 7 THEN c.v BETWEEN 0.1 AND 0.2
                WHEN 8 THEN c.v BETWEEN 0.2 AND 0.3            -- a second reader at the same instant
                ELSE true END;
SELECT cmp_ok((SELECT count(*) FROM civilservice.access_event WHERE state_body_id = 952), '>', 20000::bigint,
              'more than 20,000 generated events of 1,100 employees');
SELECT bag_eq(
  $$SELECT state_body_id, employee_id, day, first_in, last_out, time_present, unpaired_events, events
      FROM civilservice.event_days('2026-01-01', '2026-04-06', 952, '16 hours')$$,
  $$WITH ev AS (
        SELECT employee_id, at, direction = 'in' AS is_in,
               lag(at) OVER w AS prev_at, lag(direction = 'in') OVER w AS prev_in,
               lead(at) OVER w AS next_at, lead(direction = 'in') OVER w AS next_in
          FROM civilservice.access_event
         WHERE state_body_id = 952 AND at >= timestamp '2025-12-30' AT TIME ZONE 'Asia/Almaty'
           AND at < timestamp '2026-04-09' AT TIME ZONE 'Asia/Almaty'
        WINDOW w AS (PARTITION BY employee_id ORDER BY at, direction)
    ), x AS (
        SELECT employee_id, at, is_in, prev_at,
               NOT is_in AND coalesce(prev_in, false) AND at - prev_at <= interval '16 hours' AS closes,
               is_in AND NOT coalesce(next_in, true) AND next_at - at <= interval '16 hours' AS opens
          FROM ev
    ), d AS (
        SELECT employee_id, CAST((CASE WHEN closes THEN prev_at ELSE at END) AT TIME ZONE 'Asia/Almaty' AS date) AS day,
               min(at) FILTER (WHERE is_in) AT TIME ZONE 'Asia/Almaty' AS first_in,
               max(at) FILTER (WHERE NOT is_in) AT TIME ZONE 'Asia/Almaty' AS last_out,
               coalesce(sum(at - prev_at) FILTER (WHERE closes), interval '0') AS present,
               count(*) FILTER (WHERE NOT closes AND NOT opens)::integer AS unpaired, count(*)::integer AS events
          FROM x GROUP BY 1, 2
    )
    SELECT 952::bigint, employee_id, day, first_in, last_out, present, unpaired, events
      FROM d WHERE day BETWEEN '2026-01-01' AND '2026-04-06'$$,
  'event_days equals the pairing rule written with window functions (an exit closes the entry just before it within 16 hours; the pair is the entry''s day)');
SELECT bag_eq(
  $$SELECT a.employee_id, a.day, a.expected, a.schedule::text, a.first_in, a.last_out, a.time_present, a.time_worked, a.unpaired_events, a.breaches
      FROM civilservice.employee e CROSS JOIN LATERAL civilservice.attendance('2026-01-01', '2026-04-06', 952, e.id) a
     WHERE e.state_body_id = 952$$,
  $$SELECT employee_id, day, expected, schedule::text, first_in, last_out, time_present, time_worked, unpaired_events, breaches
      FROM civilservice.attendance('2026-01-01', '2026-04-06', 952)$$,
  'the one-employee form of each of 1,100 employees equals the body''s rows');

SELECT * FROM finish();
ROLLBACK;
