-- п. 17.3, 19, 20: presence during the day from the paired entry/exit intervals — the time
-- worked is their part inside the schedule's day less the break, and time out during the fixed
-- working time beyond the tolerance is the breach absent_during_fixed_time; day_worked() and
-- day_breaches() are the rules attendance() applies, on the same intervals.
SET datestyle = ISO;
SET intervalstyle = postgres;
\set SHOW_CONTEXT never
\set ON_ERROR_ROLLBACK on
BEGIN;
SET LOCAL client_min_messages = warning;
SET LOCAL timezone = 'UTC';
INSERT INTO civilservice.state_body (id, bin, name_ru, time_zone, work_schedule) VALUES
 (911, '040540001101', 'Департамент', 'Asia/Almaty', '09:00-18:00, break 13:00-14:00');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, is_authorized) VALUES
 (911, 1, '920404300018', '2020-01-01', 'Иванова (стандартный график)', true),
 (911, 2, '930505300029', '2020-01-01', 'Серикова (гибкий режим)', false);
INSERT INTO civilservice.obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22' FROM civilservice.employee e JOIN civilservice.rule_wording w ON w.point = 'п. 22' ON CONFLICT DO NOTHING;
INSERT INTO civilservice.flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
VALUES (911, 1, 2, '2026-02-02 09:00+05', 'e_qyzmet', 'уход за ребёнком',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', '[2026-03-01,2026-09-01)');
INSERT INTO civilservice.act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, fixed_working_time)
VALUES (911, 1, '1-ГР', '2026-02-10', 1, 'flexible', 'application', 'Заявление', '[2026-03-01,2026-09-01)',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8');
INSERT INTO civilservice.act_employee (state_body_id, act_id, employee_id, application_id) VALUES (911, 1, 2, 1);
UPDATE civilservice.act SET status = 'signed' WHERE state_body_id = 911 AND id = 1;

-- the tolerance in force: 15 minutes (shipped)
SELECT name, value, unit, rule_point FROM civilservice.rule_parameter WHERE name = 'attendance_absence_tolerance_minutes';

INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id) VALUES
 -- Иванова, Monday: in 09:00, out 09:05, in 17:55, out 18:00 — present ten minutes of the day
 (911, 1, '2026-03-02 09:00+05', 'in', 'g'), (911, 1, '2026-03-02 09:05+05', 'out', 'g'),
 (911, 1, '2026-03-02 17:55+05', 'in', 'g'), (911, 1, '2026-03-02 18:00+05', 'out', 'g'),
 -- Tuesday: out for lunch within the break — nothing broken
 (911, 1, '2026-03-03 08:55+05', 'in', 'g'), (911, 1, '2026-03-03 13:05+05', 'out', 'g'),
 (911, 1, '2026-03-03 13:55+05', 'in', 'g'), (911, 1, '2026-03-03 18:05+05', 'out', 'g'),
 -- Wednesday: out exactly 15 minutes, the tolerance (the hours are short all the same); Thursday: out 16 minutes
 (911, 1, '2026-03-04 09:00+05', 'in', 'g'), (911, 1, '2026-03-04 11:00+05', 'out', 'g'),
 (911, 1, '2026-03-04 11:15+05', 'in', 'g'), (911, 1, '2026-03-04 18:15+05', 'out', 'g'),
 (911, 1, '2026-03-05 09:00+05', 'in', 'g'), (911, 1, '2026-03-05 11:00+05', 'out', 'g'),
 (911, 1, '2026-03-05 11:16+05', 'in', 'g'), (911, 1, '2026-03-05 18:15+05', 'out', 'g'),
 -- Серикова, Monday: two hours away inside the fixed working time 10:00-17:00
 (911, 2, '2026-03-02 08:30+05', 'in', 'g'), (911, 2, '2026-03-02 10:30+05', 'out', 'g'),
 (911, 2, '2026-03-02 12:30+05', 'in', 'g'), (911, 2, '2026-03-02 17:30+05', 'out', 'g'),
 -- Tuesday: out ten minutes inside the fixed working time, eight hours worked — nothing broken
 (911, 2, '2026-03-03 08:30+05', 'in', 'g'), (911, 2, '2026-03-03 11:00+05', 'out', 'g'),
 (911, 2, '2026-03-03 11:10+05', 'in', 'g'), (911, 2, '2026-03-03 17:40+05', 'out', 'g'),
 -- Wednesday: out 08:45-09:45, before the fixed working time begins — not a breach of it
 (911, 2, '2026-03-04 08:00+05', 'in', 'g'), (911, 2, '2026-03-04 08:45+05', 'out', 'g'),
 (911, 2, '2026-03-04 09:45+05', 'in', 'g'), (911, 2, '2026-03-04 18:45+05', 'out', 'g'),
 -- Thursday: a forgotten exit before lunch (an entry without its exit, then the afternoon pair):
 -- the time between is not guessed as presence
 (911, 2, '2026-03-05 09:00+05', 'in', 'g'),
 (911, 2, '2026-03-05 14:00+05', 'in', 'g'), (911, 2, '2026-03-05 18:00+05', 'out', 'g');

SELECT employee_id AS emp, day, first_in::time AS first_in, last_out::time AS last_out, time_present AS present,
       time_worked AS worked, unpaired_events AS unpaired, breaches
  FROM civilservice.attendance('2026-03-02', '2026-03-05', 911)
 ORDER BY employee_id, day;

-- the same days by the rules of one day, from the pairs written with window functions: the same
-- worked time and the same breaches
WITH ev AS (
    SELECT employee_id, at AT TIME ZONE 'Asia/Almaty' AS t, direction = 'in' AS is_in,
           lag(at AT TIME ZONE 'Asia/Almaty') OVER w AS prev_t, lag(direction = 'in') OVER w AS prev_in
      FROM civilservice.access_event WHERE state_body_id = 911
    WINDOW w AS (PARTITION BY employee_id ORDER BY at, direction)
), pairs AS (
    SELECT employee_id, CAST(prev_t AS date) AS day, array_agg(tsrange(prev_t, t) ORDER BY prev_t) AS presence
      FROM ev WHERE NOT is_in AND prev_in GROUP BY 1, 2
), a AS (
    SELECT * FROM civilservice.attendance('2026-03-02', '2026-03-05', 911)
)
SELECT a.employee_id AS emp, a.day, p.presence,
       civilservice.day_worked(a.expected, a.schedule, a.day, p.presence) = a.time_worked AS same_worked,
       civilservice.day_breaches(a.expected, a.schedule, a.day, a.first_in, a.last_out, p.presence, '8 hours', '15 minutes',
                                 a.unpaired_events, true, false) = a.breaches AS same_breaches
  FROM a JOIN pairs p USING (employee_id, day)
 ORDER BY 1, 2;

-- the rules of one day, directly: example 1, and a remote day (the reported time less the break)
SELECT civilservice.day_worked('office', '09:00-18:00, break 13:00-14:00', '2026-03-02',
                               ARRAY[tsrange('2026-03-02 09:00', '2026-03-02 09:05'), tsrange('2026-03-02 17:55', '2026-03-02 18:00')]) AS worked,
       civilservice.day_breaches('office', '09:00-18:00, break 13:00-14:00', '2026-03-02', '2026-03-02 09:00', '2026-03-02 18:00',
                                 ARRAY[tsrange('2026-03-02 09:00', '2026-03-02 09:05'), tsrange('2026-03-02 17:55', '2026-03-02 18:00')],
                                 '8 hours', '15 minutes', 0, true, false) AS breaches,
       civilservice.day_worked('remote', '09:00-18:00, break 13:00-14:00', '2026-03-02',
                               ARRAY[tsrange('2026-03-02 09:00', '2026-03-02 18:30')]) AS remote_worked,
       civilservice.day_breaches('remote', '09:00-18:00, break 13:00-14:00', '2026-03-02', '2026-03-02 09:00', '2026-03-02 18:30',
                                 ARRAY[tsrange('2026-03-02 09:00', '2026-03-02 10:30'), tsrange('2026-03-02 12:30', '2026-03-02 18:30')],
                                 '8 hours', '15 minutes', 0, false, true) AS remote_breaches;

-- a body's own tolerance, from Thursday: 30 minutes — Thursday's 16 minutes out are no longer a breach,
-- Wednesday keeps the value then in force
INSERT INTO civilservice.body_rule_parameter (state_body_id, name, valid_from, value, source)
VALUES (911, 'attendance_absence_tolerance_minutes', '2026-03-05', 30, 'Приказ органа № 7');
SELECT day, breaches FROM civilservice.attendance('2026-03-04', '2026-03-05', 911, 1);
ROLLBACK;
