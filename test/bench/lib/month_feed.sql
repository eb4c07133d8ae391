-- A month of badge events of body 1, as the badge system sends them: the
-- temporary table feed (emp, at, dir, device, sent, resend). Included with
-- \i by the benchmarks after body 1's employees are inserted.
-- The feed of body 1 (test/bench/events.sh, attendance.sh): per employee
-- and working day, 4 to 6 passages (arrival, lunch
-- out and back, a short errand for some, departure; some forget to badge
-- out). r(k) is a reproducible random number in [0, 1).
CREATE FUNCTION pg_temp.r(k bigint) RETURNS float8 LANGUAGE sql IMMUTABLE AS
  $$ SELECT ((hashint8(k) & 2147483647)::float8 / 2147483648) $$;
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
     WHERE e.state_body_id = 1),
kept AS (   -- 6 events for 2/3 of the days, 4 (no errand) or 5 (no badge out) for the rest
    SELECT * FROM ev
     WHERE kind < 0.66 OR (kind < 0.83 AND k NOT IN (4, 5)) OR (kind >= 0.83 AND k <> 6))
SELECT emp, at, dir, device, at AS sent, false AS resend FROM kept
UNION ALL   -- resends, a few minutes after the original
SELECT emp, at, dir, device, at + make_interval(secs => 60 + 600 * pg_temp.r(emp * 31 + k)), true FROM kept
 WHERE pg_temp.r(emp * 104729 + extract(epoch FROM at)::bigint) < 0.015;
