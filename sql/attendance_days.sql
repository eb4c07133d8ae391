-- п. 9, 17, 19, 20: attendance per employee and day — every status and breach kind,
-- a flexible day inside and outside its windows, a recall, a holiday, duplicates and
-- unpaired events, a night crossing midnight, and bodies in different time zones.
SET datestyle = ISO;
SET intervalstyle = postgres;
\set SHOW_CONTEXT never
-- One transaction, rolled back at the end: the other tests share the database.
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;
SET LOCAL timezone = 'UTC';
INSERT INTO civilservice.state_body (id, bin, name_ru, time_zone, work_schedule) VALUES
 (901, '040540001101', 'Департамент (Астана)', 'Asia/Almaty', '09:00-18:00, break 13:00-14:00'),
 (902, '040540001111', 'Департамент (Актобе)', 'Asia/Aqtobe', '09:00-18:00, break 13:00-14:00');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, employed_to, full_name, is_authorized) VALUES
 (901, 1, '920404300018', '2020-01-01', NULL, 'Иванова (офис)', true),
 (901, 2, '930505300029', '2020-01-01', NULL, 'Серикова (гибкий режим)', false),
 (901, 3, '940606400036', '2020-01-01', NULL, 'Нурланов (дистанционно)', false),
 (901, 4, '950707500043', '2020-01-01', '2026-03-03', 'Ахметов (уволен 03.03)', false),
 (901, 5, '860808300050', '2020-01-01', NULL, 'Омаров (ночь)', false),
 (902, 6, '870909400068', '2020-01-01', NULL, 'Жумабаева (Актобе)', false);
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22' FROM civilservice.employee e JOIN civilservice.rule_wording w ON w.point = 'п. 22' ON CONFLICT DO NOTHING;

-- Серикова: flexible time, fixed working time 10:00-17:00 (п. 17.3)
INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
VALUES (901, 1, 2, '2026-02-02 09:00+05', 'e_qyzmet', 'уход за ребёнком',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', '[2026-03-01,2026-09-01)');
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, fixed_working_time)
VALUES (901, 1, '1-ГР', '2026-02-10', 1, 'flexible', 'application', 'Заявление', '[2026-03-01,2026-09-01)',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id, application_id) VALUES (901, 1, 2, 1);
UPDATE civilservice.act SET status = 'signed' WHERE id = 1;
-- Нурланов: remote work by agreement; recalled on Wednesday 4 March for secret documents
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
VALUES (901, 2, '2-ДР', '2026-02-10', 1, 'remote', 'agreement', 'Соглашение', '[2026-03-01,2026-06-01)', 'дом');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id) VALUES (901, 2, 3);
UPDATE civilservice.act SET status = 'signed' WHERE id = 2;
INSERT INTO civilservice.recall (state_body_id, act_id, employee_id, initiated_by, reason, report_at)
VALUES (901, 2, 3, 'employer', 'secret_documents', '2026-03-04 10:00+05');
INSERT INTO civilservice.remote_time_record (state_body_id, employee_id, day, started_at, ended_at) VALUES
 (901, 3, '2026-03-02', '2026-03-02 09:00+05', '2026-03-02 18:00+05'),
 (901, 3, '2026-03-03', '2026-03-03 09:00+05', '2026-03-03 20:30+05'),
 (901, 3, '2026-03-06', '2026-03-06 09:30+05', '2026-03-06 18:00+05');

-- Badge events, week of 2 March 2026 (Sunday 8 March is a holiday, its day off moves to Monday 9 March).
INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id) VALUES
 -- Иванова: a normal day; late on Tuesday; no show on Wednesday; a resent duplicate and a forgotten exit on Thursday;
 -- a long day on Friday (present 12 hours, 8 of them inside the working day); badges in on Saturday and on the holiday Monday
 (901, 1, '2026-03-02 08:55+05', 'in', 'gate-1'), (901, 1, '2026-03-02 13:05+05', 'out', 'gate-1'),
 (901, 1, '2026-03-02 13:55+05', 'in', 'gate-1'), (901, 1, '2026-03-02 18:05+05', 'out', 'gate-2'),
 (901, 1, '2026-03-03 09:40+05', 'in', 'gate-1'), (901, 1, '2026-03-03 18:10+05', 'out', 'gate-1'),
 (901, 1, '2026-03-05 08:50+05', 'in', 'gate-1'), (901, 1, '2026-03-05 12:00+05', 'out', 'gate-1'),
 (901, 1, '2026-03-05 12:30+05', 'in', 'gate-1'),
 (901, 1, '2026-03-06 08:00+05', 'in', 'gate-1'), (901, 1, '2026-03-06 20:00+05', 'out', 'gate-1'),
 (901, 1, '2026-03-07 10:00+05', 'in', 'gate-1'), (901, 1, '2026-03-07 12:00+05', 'out', 'gate-1'),
 (901, 1, '2026-03-09 10:00+05', 'in', 'gate-1'), (901, 1, '2026-03-09 11:00+05', 'out', 'gate-1'),
 -- Серикова: inside the windows on Monday (08:30-17:30); Tuesday arrives 10:20 (after the start window)
 -- and leaves 16:00 (during the fixed working time); Wednesday 09:55-18:55 inside
 (901, 2, '2026-03-02 08:30+05', 'in', 'gate-1'), (901, 2, '2026-03-02 17:30+05', 'out', 'gate-1'),
 (901, 2, '2026-03-03 10:20+05', 'in', 'gate-1'), (901, 2, '2026-03-03 16:00+05', 'out', 'gate-1'),
 (901, 2, '2026-03-04 09:55+05', 'in', 'gate-1'), (901, 2, '2026-03-04 18:55+05', 'out', 'gate-1'),
 -- Thursday 08:00-19:00: the whole flexible day, 10 hours of work, above the daily limit
 (901, 2, '2026-03-05 08:00+05', 'in', 'gate-1'), (901, 2, '2026-03-05 19:00+05', 'out', 'gate-1'),
 -- Нурланов: at the office on the recall day; at the office on Thursday without a recall
 (901, 3, '2026-03-04 09:50+05', 'in', 'gate-1'), (901, 3, '2026-03-04 18:00+05', 'out', 'gate-1'),
 (901, 3, '2026-03-05 11:00+05', 'in', 'gate-1'), (901, 3, '2026-03-05 12:00+05', 'out', 'gate-1'),
 -- Ахметов: last day 3 March
 (901, 4, '2026-03-02 09:00+05', 'in', 'gate-1'), (901, 4, '2026-03-02 18:00+05', 'out', 'gate-1'),
 -- Омаров: a night from Tuesday 20:00 to Wednesday 04:00 belongs to Tuesday; an exit without an entry on Friday
 (901, 5, '2026-03-03 20:00+05', 'in', 'gate-1'), (901, 5, '2026-03-04 04:00+05', 'out', 'gate-1'),
 (901, 5, '2026-03-06 18:00+05', 'out', 'gate-1');
-- the badge system resends Monday's events the next morning, in a COPY like every feed: stored once
SET LOCAL client_min_messages = notice;
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN (FORMAT csv);
901,1,2026-03-02 08:55+05,in,gate-1
901,1,2026-03-02 13:05+05,out,gate-1
901,1,2026-03-02 08:55+05,in,gate-1
\.
SET LOCAL client_min_messages = warning;
SELECT count(*) AS events FROM civilservice.access_event WHERE state_body_id = 901;

SELECT employee_id AS emp, day, expected, first_in, last_out, time_present AS present, time_worked AS worked,
       unpaired_events AS unpaired, breaches
  FROM civilservice.attendance('2026-03-02', '2026-03-09', 901)
 ORDER BY employee_id, day;

-- the schedule that applies: the flexible act's fixed working time, else the body's
SELECT DISTINCT employee_id AS emp, schedule FROM civilservice.attendance('2026-03-02', '2026-03-02', 901) ORDER BY 1;

-- a late-arriving event changes the result of its day: Иванова's Thursday exit arrives
INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id)
VALUES (901, 1, '2026-03-05 18:00+05', 'out', 'gate-2');
SELECT day, first_in, last_out, time_worked AS worked, unpaired_events AS unpaired, breaches
  FROM civilservice.attendance('2026-03-05', '2026-03-05', 901) WHERE employee_id = 1;

-- time zones: the same instants seen by a body in Astana (UTC+6 until 1 March 2024, then UTC+5)
-- and by a body in Aktobe (UTC+5 throughout)
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name) VALUES
 (901, 7, '881010300079', '2020-01-01', 'Касенов (Астана)');
INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id) VALUES
 (901, 7, '2024-02-29 03:30Z', 'in', 'gate-1'), (901, 7, '2024-02-29 12:00Z', 'out', 'gate-1'),
 (901, 7, '2024-03-01 03:30Z', 'in', 'gate-1'), (901, 7, '2024-03-01 12:00Z', 'out', 'gate-1'),
 (902, 6, '2024-02-29 03:30Z', 'in', 'gate-1'), (902, 6, '2024-02-29 12:00Z', 'out', 'gate-1'),
 (902, 6, '2024-03-01 03:30Z', 'in', 'gate-1'), (902, 6, '2024-03-01 12:00Z', 'out', 'gate-1');
SELECT state_body_id AS body, employee_id AS emp, day, first_in, last_out, breaches
  FROM civilservice.attendance('2024-02-29', '2024-03-01')
 WHERE employee_id IN (6, 7) AND state_body_id IN (901, 902) ORDER BY day, state_body_id;

-- one employee's form: attendance(from_day, to_day, body, employee) gives exactly that employee's rows of the
-- body's form, for a month (acts, a recall, time records, a dismissal, a night) and across the change of
-- Astana's time zone on 1 March 2024 (UTC+6 to UTC+5; Aktobe stays UTC+5); 0 differences everywhere
CREATE FUNCTION pg_temp.differences(from_day date, to_day date, body bigint, emp bigint) RETURNS bigint
LANGUAGE sql AS $$
    SELECT count(*) FROM (
        (SELECT state_body_id, employee_id, day, expected, schedule::text, first_in, last_out, time_present, time_worked, unpaired_events, breaches
           FROM civilservice.attendance(from_day, to_day, body) WHERE employee_id = emp
         EXCEPT ALL
         SELECT state_body_id, employee_id, day, expected, schedule::text, first_in, last_out, time_present, time_worked, unpaired_events, breaches
           FROM civilservice.attendance(from_day, to_day, body, emp))
        UNION ALL
        (SELECT state_body_id, employee_id, day, expected, schedule::text, first_in, last_out, time_present, time_worked, unpaired_events, breaches
           FROM civilservice.attendance(from_day, to_day, body, emp)
         EXCEPT ALL
         SELECT state_body_id, employee_id, day, expected, schedule::text, first_in, last_out, time_present, time_worked, unpaired_events, breaches
           FROM civilservice.attendance(from_day, to_day, body) WHERE employee_id = emp)) d
$$;
SELECT e.state_body_id AS body, e.id AS emp, p.from_day, p.to_day,
       (SELECT count(*) FROM civilservice.attendance(p.from_day, p.to_day, e.state_body_id, e.id)) AS days,
       pg_temp.differences(p.from_day, p.to_day, e.state_body_id, e.id) AS differences
  FROM civilservice.employee e
 CROSS JOIN (VALUES (date '2026-03-01', date '2026-03-31'), (date '2024-02-15', date '2024-03-15')) p(from_day, to_day)
 WHERE e.state_body_id IN (901, 902)
 ORDER BY 1, 2, 3;
-- Касенов around the change: the same instants (03:30Z-12:00Z) are 09:30-18:00 on 29 February, 08:30-17:00 on 1 March
SELECT day, expected, first_in, last_out, time_present AS present, time_worked AS worked, breaches
  FROM civilservice.attendance('2024-02-28', '2024-03-01', 901, 7);
-- a NULL employee is every employee, a NULL body every body with that key; an unknown employee has no rows
SELECT (SELECT count(*) FROM civilservice.attendance('2026-03-02', '2026-03-09', 901, NULL)) AS every_employee,
       (SELECT count(*) FROM civilservice.attendance('2026-03-02', '2026-03-09', 901)) AS body_form,
       (SELECT array_agg(DISTINCT state_body_id) FROM civilservice.attendance('2024-02-29', '2024-03-01', NULL, 6)
         WHERE state_body_id IN (901, 902)) AS bodies_of_6,
       (SELECT count(*) FROM civilservice.attendance('2026-03-02', '2026-03-09', 901, 99)) AS unknown;
-- a long period reads its events in spans of 92 days: its rows of March 2026 and of the weeks around
-- the change of time zone are those of the short periods
SELECT count(*) AS differences FROM (
    (SELECT employee_id, day, expected, schedule::text, first_in, last_out, time_present, time_worked, unpaired_events, breaches
       FROM civilservice.attendance('2024-01-10', '2026-03-31', 901)
      WHERE day BETWEEN '2026-03-01' AND '2026-03-31' OR day BETWEEN '2024-02-15' AND '2024-03-15'
     EXCEPT ALL
     (SELECT employee_id, day, expected, schedule::text, first_in, last_out, time_present, time_worked, unpaired_events, breaches
        FROM civilservice.attendance('2026-03-01', '2026-03-31', 901)
      UNION ALL
      SELECT employee_id, day, expected, schedule::text, first_in, last_out, time_present, time_worked, unpaired_events, breaches
        FROM civilservice.attendance('2024-02-15', '2024-03-15', 901)))
    UNION ALL
    ((SELECT employee_id, day, expected, schedule::text, first_in, last_out, time_present, time_worked, unpaired_events, breaches
        FROM civilservice.attendance('2026-03-01', '2026-03-31', 901)
      UNION ALL
      SELECT employee_id, day, expected, schedule::text, first_in, last_out, time_present, time_worked, unpaired_events, breaches
        FROM civilservice.attendance('2024-02-15', '2024-03-15', 901))
     EXCEPT ALL
     SELECT employee_id, day, expected, schedule::text, first_in, last_out, time_present, time_worked, unpaired_events, breaches
       FROM civilservice.attendance('2024-01-10', '2026-03-31', 901)
      WHERE day BETWEEN '2026-03-01' AND '2026-03-31' OR day BETWEEN '2024-02-15' AND '2024-03-15')) d;
-- rows come in order of body, employee and day
SELECT count(*) AS out_of_order
  FROM (SELECT ordinality, row_number() OVER (ORDER BY state_body_id, employee_id, day) AS rn
          FROM civilservice.attendance('2024-02-29', '2026-03-09') WITH ORDINALITY a) s
 WHERE ordinality <> rn;
-- weekly totals of one employee: that employee's rows of the body's
SELECT w.* IS NOT DISTINCT FROM o.* AS same, o.employee_id AS emp, o.week_start, o.time_worked
  FROM civilservice.weekly_totals('2026-03-02', '2026-03-08', 901, 2) o
  FULL JOIN (SELECT * FROM civilservice.weekly_totals('2026-03-02', '2026-03-08', 901) WHERE employee_id = 2) w USING (week_start);

-- bad input
SELECT * FROM civilservice.attendance('2026-03-09', '2026-03-02', 901);
SELECT count(*) FROM civilservice.attendance('2026-03-02', '2026-03-06', -1);
SELECT count(*) FROM civilservice.attendance(NULL, '2026-03-06', 901);
SELECT count(*) FROM civilservice.attendance('-infinity', '2026-03-06', 901);
SELECT count(*) FROM civilservice.attendance('2000-01-01', '2026-03-06', 901);
SELECT count(*) FROM civilservice.attendance('-infinity', '2026-03-06', 901, 1);
SELECT count(*) FROM civilservice.attendance('294276-12-20', '294276-12-31', 901, 1);
SELECT count(*) FROM civilservice.attendance('4714-11-24 BC', '4714-12-31 BC', 901, 1);
SELECT count(*) FROM civilservice.attendance('2026-03-02', '2026-03-06', NULL, -1);
SELECT count(*) FROM civilservice.event_days('2026-03-02', '2026-03-06', 901, interval '-1 hour');
SELECT count(*) FROM civilservice.event_days('2026-03-02', '2026-03-06', 901, interval '178956970 years');
SELECT count(*) FROM civilservice.event_days('2026-03-02', '2026-03-06', 901, NULL);
SELECT civilservice.day_worked('office', '09:00-18:00', 'infinity', ARRAY[tsrange('2026-03-02 09:00', '2026-03-02 18:00')]),
       civilservice.day_worked('office', '09:00-18:00', NULL, ARRAY[tsrange('2026-03-02 09:00', '2026-03-02 18:00')]),
       civilservice.day_breaches('office', '09:00-18:00', '-infinity', '2026-03-02 09:00', 'infinity',
                                 ARRAY[tsrange('2026-03-02 09:00', '2026-03-02 18:00')], '8 hours', '15 minutes', 0, true, false);
SELECT civilservice.day_worked('office', '09:00-18:00', '2026-03-02', ARRAY[tsrange('2026-03-02 09:00', 'infinity')]);
SELECT civilservice.day_worked('office', '09:00-18:00', '2026-03-02', ARRAY[[tsrange('2026-03-02 09:00', '2026-03-02 10:00')]]);
SELECT civilservice.day_breaches(NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
       civilservice.day_worked(NULL, NULL, NULL, NULL),
       civilservice.day_worked('office', '09:00-18:00', '2026-03-02', ARRAY[NULL, 'empty']::tsrange[]);
ROLLBACK;
