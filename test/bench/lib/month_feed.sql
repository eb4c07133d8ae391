-- A month of badge events of body 1, as the badge system sends them: the
-- temporary table feed (emp, at, dir, device, sent, resend). Included with
-- \i by the benchmarks after body 1's employees are inserted.
--
-- Body 1's month also has what the badges reflect: absences (2% of the
-- employees on annual leave 13-24 April, 1% on sick leave 6-8 April: no
-- events those days) and, for employees 2002-2501, combined remote work
-- (п. 3.1) under a signed act whose office days are Mondays, Wednesdays and
-- the week of 20 April: they badge on those days only and keep remote time
-- records on the others. Each day's passages are paired intervals (out for
-- lunch, for some an errand in the afternoon).
-- The feed of body 1 (test/bench/events.sh, attendance.sh): per employee
-- and working day, 4 to 6 passages (arrival, lunch
-- out and back, a short errand for some, departure; some forget to badge
-- out). r(k) is a reproducible random number in [0, 1).
CREATE FUNCTION pg_temp.r(k bigint) RETURNS float8 LANGUAGE sql IMMUTABLE AS
  $$ SELECT ((hashint8(k) & 2147483647)::float8 / 2147483648) $$;
UPDATE employee SET is_authorized = true WHERE state_body_id = 1 AND id = 1 AND NOT is_authorized;
INSERT INTO absence (state_body_id, employee_id, kind, period, document_number, document_date)
SELECT 1, e.id, CASE WHEN e.id % 50 = 7 THEN 'annual_leave' ELSE 'sick_leave' END::absence_kind,
       CASE WHEN e.id % 50 = 7 THEN daterange('2026-04-13', '2026-04-25') ELSE daterange('2026-04-06', '2026-04-09') END,
       'D-' || e.id, '2026-03-31'
  FROM employee e WHERE e.state_body_id = 1 AND (e.id % 50 = 7 OR e.id % 100 = 13);
INSERT INTO act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
SELECT 1, 3, '3-КДР', '2026-03-20', 1, 'combined_remote', 'agreement', 'Соглашения', '[2026-04-01,2026-07-01)', 'дом / офис'
 WHERE EXISTS (SELECT FROM employee WHERE state_body_id = 1 AND id = 2002);
INSERT INTO act_employee (state_body_id, act_id, employee_id)
SELECT 1, 3, e.id FROM employee e WHERE e.state_body_id = 1 AND e.id BETWEEN 2002 AND 2501;
INSERT INTO act_office_day (state_body_id, act_id, iso_weekday, period)
SELECT 1, 3, w::smallint, NULL::daterange FROM unnest(ARRAY[1, 3]) w WHERE EXISTS (SELECT FROM act WHERE state_body_id = 1 AND id = 3)
UNION ALL
SELECT 1, 3, NULL::smallint, daterange('2026-04-20', '2026-04-25') WHERE EXISTS (SELECT FROM act WHERE state_body_id = 1 AND id = 3);
-- п. 22: the employees on the act have acknowledged their obligations
INSERT INTO obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT ae.state_body_id, ae.employee_id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22'
  FROM act_employee ae JOIN rule_wording w ON w.point = 'п. 22'
 WHERE ae.state_body_id = 1 AND ae.act_id = 3
ON CONFLICT DO NOTHING;
UPDATE act SET status = 'signed' WHERE state_body_id = 1 AND id = 3;
CREATE TEMP TABLE office_day AS
SELECT d::date AS day FROM generate_series(date '2026-04-01', date '2026-04-30', '1 day') d
 WHERE extract(isodow FROM d) IN (1, 3) OR d::date BETWEEN '2026-04-20' AND '2026-04-24';
INSERT INTO remote_time_record (state_body_id, employee_id, day, started_at, ended_at)
SELECT 1, e.id, d::date, (d + time '09:00') AT TIME ZONE 'Asia/Almaty', (d + time '18:00' + (e.id % 5) * interval '6 minutes') AT TIME ZONE 'Asia/Almaty'
  FROM employee e, generate_series(date '2026-04-01', date '2026-04-30', '1 day') d
 WHERE e.state_body_id = 1 AND e.id BETWEEN 2002 AND 2501 AND civilservice.is_working_day(d::date)
   AND d::date NOT IN (SELECT day FROM office_day);
CREATE TEMP TABLE feed AS
WITH days AS (
    SELECT d::date AS day, row_number() OVER (ORDER BY d) AS dn
      FROM generate_series(date '2026-04-01', date '2026-04-30', '1 day') d
     WHERE civilservice.is_working_day(d::date)),
ev AS (
    SELECT e.id AS emp, days.day, x.k, x.dir,
           (days.day + x.base + make_interval(secs => round(x.spread * (pg_temp.r(e.id * 1000003 + days.dn * 101 + x.k) - 0.5))))
             AT TIME ZONE 'Asia/Almaty' AS at,
           'gate-' || (1 + (e.id + x.k) % 8) AS device,
           pg_temp.r(e.id * 7919 + days.dn) AS kind
      FROM employee e CROSS JOIN days
      CROSS JOIN (VALUES (1, 'in',  time '09:00', 1800), (2, 'out', time '13:05', 600),
                         (3, 'in',  time '13:58', 600),  (4, 'out', time '16:00', 1200),
                         (5, 'in',  time '16:40', 1200), (6, 'out', time '18:10', 1800)) x(k, dir, base, spread)
     WHERE e.state_body_id = 1
       AND NOT EXISTS (SELECT FROM absence x WHERE x.state_body_id = 1 AND x.employee_id = e.id AND x.period @> days.day)
       AND (e.id NOT BETWEEN 2002 AND 2501 OR days.day IN (SELECT day FROM office_day))),
kept AS (   -- 6 events for 2/3 of the days, 4 (no errand) or 5 (no badge out) for the rest
    SELECT * FROM ev
     WHERE kind < 0.66 OR (kind < 0.83 AND k NOT IN (4, 5)) OR (kind >= 0.83 AND k <> 6))
SELECT emp, at, dir, device, at AS sent, false AS resend FROM kept
UNION ALL   -- resends, a few minutes after the original
SELECT emp, at, dir, device, at + make_interval(secs => 60 + 600 * pg_temp.r(emp * 31 + k)), true FROM kept
 WHERE pg_temp.r(emp * 104729 + extract(epoch FROM at)::bigint) < 0.015;
