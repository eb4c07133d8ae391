#!/usr/bin/env bash
# Benchmark of attendance (п. 9, 19, 20): what one employee's timesheet costs,
# how the cost grows with the period, and what the whole computation costs
# against a bare grouping of the same badge events.
#
# Body 1, a realistic month: 20,000 employees (BENCH_EMPLOYEES), the 22
# working days of April 2026 by civilservice.is_working_day, 4-6 badge events
# per employee and day with jitter, in the order the badge system sends them,
# about 1.5% of them sent again a few minutes later; loaded by COPY (the
# resends are skipped). 1,000 of the employees work remotely (signed act,
# time records, a recall), 1,000 under flexible time, 500 on combined remote
# work (office days by weekday and by period, time records on the other
# days); 3% are absent part of the month (leave, sick leave); every day's
# passages are paired intervals (test/bench/lib/month_feed.sql).
#
# Body 2, three years: 500 employees (BENCH_YEAR_EMPLOYEES) badging 4 times
# on every working day from July 2023 to June 2026, in Asia/Almaty, so the
# periods cross the change of the time zone on 1 March 2024. Few employees,
# so that the index of the three years' events (about 85 MB) fits in the
# shared buffers of the test cluster (128 MB) like that of one year: the
# ratio then measures the computation, not what the cache happens to hold
# (with 1,000 or 2,000 employees one year fits and three do not).
#
# The badge events get the employee-leading index (state_body_id,
# employee_id, at, direction, device_id) that attendance reads them by,
# unless the table already has an index leading with (state_body_id,
# employee_id, at) (the key the events module declares); then
# VACUUM ANALYZE, as autovacuum would. All timings are taken in one session,
# side by side, rounds alternating (BENCH_RUNS, default 3), best round kept;
# each statement is timed right after an identical run that warms the cache;
# serial plans on both sides (max_parallel_workers_per_gather = 0), since
# attendance reads the events in one process. Prints:
#   (1) one employee's month (the mean of 20 employees) against the body's
#       month (goals: at most 25 ms, at most 1/100 of the body's month);
#   (2) body 2 over three years against one year (goal: at most 3.5x);
#   (3) the body's month against a plain GROUP BY employee, local day with
#       min/max over the same events (goal: at most 2x); for reference, the
#       same GROUP BY with two parallel workers;
# and which scans read one employee's events.
# Not a test: nothing here fails on time. (The load rate of the events is
# measured by test/bench/events.sh.)
set -euo pipefail
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
PSQL=("${PGBIN:-/usr/lib/postgresql/15/bin}/psql" -X -q -v ON_ERROR_STOP=1 -At)
N=${BENCH_EMPLOYEES:-20000}
NY=${BENCH_YEAR_EMPLOYEES:-500}
RUNS=${BENCH_RUNS:-3}
DB=civilservice_bench_attendance
CSV=${PGHOST:-/tmp}/attendance_events_2026_04.csv
export PGOPTIONS="-c client_min_messages=warning"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
start=$(date +%s)
"${PSQL[@]}" -d $DB <<SQL
CREATE EXTENSION civilservice CASCADE;
SELECT civilservice.create_records();
SET search_path = civilservice, public;
-- the months of body 2 before those create_records() made
SELECT count(*) FROM civilservice.ensure_access_event_partitions('2023-07-01', 6);
-- employees with valid IINs (birth dates from 1970, century digit 3), as in acts.sh
CREATE FUNCTION pg_temp.iin_of(p bigint) RETURNS text LANGUAGE sql AS \$\$
  SELECT lpad((p * 10 + c)::text, 12, '0')
    FROM (SELECT CASE WHEN s1 < 10 THEN s1 WHEN s2 < 10 THEN s2 END AS c
            FROM (SELECT (SELECT sum((p / (10::bigint ^ (11 - k))::bigint % 10) * k) % 11 FROM generate_series(1, 11) k) AS s1,
                         (SELECT sum((p / (10::bigint ^ (11 - k))::bigint % 10) * ((k + 1) % 11 + 1)) % 11 FROM generate_series(1, 11) k) AS s2) x) y
\$\$;
INSERT INTO state_body (id, bin, name_ru) VALUES (1, '040540001230', 'Bench'), (2, '040540001101', 'Bench, three years');
CREATE TEMP TABLE iins AS
SELECT row_number() OVER () AS n, i
  FROM (SELECT pg_temp.iin_of((to_char(date '1970-01-01' + d, 'YYMMDD') || '3' || lpad(s::text, 4, '0'))::bigint) AS i
          FROM generate_series(0, ($N / 2)::int) d, generate_series(1, 3) s) s
 WHERE i IS NOT NULL LIMIT greatest($N, $NY);
INSERT INTO employee (state_body_id, id, iin, employed_from, full_name, is_authorized)
SELECT 1, n, i::iin, '2000-01-01', 'E' || n, n = 1 FROM iins WHERE n <= $N;
INSERT INTO employee (state_body_id, id, iin, employed_from, full_name, is_authorized)
SELECT 2, n, i::iin, '2000-01-01', 'E' || n, n = 1 FROM iins WHERE n <= $NY;
INSERT INTO obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22' FROM employee e JOIN rule_wording w ON w.point = 'п. 22' ON CONFLICT DO NOTHING;

-- Body 1: employees 2..1001 on a remote act with their time records and a
-- recall of 100 of them; 1002..2001 on flexible time.
INSERT INTO act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work)
VALUES (1, 1, '1-ДР', '2026-02-20', 1, 'remote', 'agreement', 'Соглашения', '[2026-03-01,2026-06-01)', 'дом');
INSERT INTO act_employee (state_body_id, act_id, employee_id) SELECT 1, 1, e FROM generate_series(2, least($N, 1001)) e;
UPDATE act SET status = 'signed' WHERE state_body_id = 1 AND id = 1;
INSERT INTO remote_time_record (state_body_id, employee_id, day, started_at, ended_at)
SELECT 1, e, d::date, (d + time '09:00') AT TIME ZONE 'Asia/Almaty', (d + time '18:00' + (e % 7) * interval '10 minutes') AT TIME ZONE 'Asia/Almaty'
  FROM generate_series(2, least($N, 1001)) e, generate_series(date '2026-04-01', date '2026-04-30', '1 day') d
 WHERE civilservice.is_working_day(d::date) AND e % 10 <> 0;
INSERT INTO recall (state_body_id, act_id, employee_id, initiated_by, reason, report_at)
SELECT 1, 1, e, 'employer', 'secret_documents', '2026-04-15 10:00+05' FROM generate_series(2, least($N, 1001), 10) e;
INSERT INTO flexible_application (state_body_id, id, employee_id, received_at, channel, reasons, requested_schedule, requested_period)
SELECT 1, e, e, '2026-02-02 09:00+05', 'e_qyzmet', 'семья',
       'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8', '[2026-03-01,2026-09-01)'
  FROM generate_series(1002, least($N, 2001)) e;
INSERT INTO act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, fixed_working_time)
VALUES (1, 2, '2-ГР', '2026-02-10', 1, 'flexible', 'application', 'Заявления', '[2026-03-01,2026-09-01)',
        'start 08:00-10:00, core 10:00-17:00, end 17:00-19:00, break 13:00-14:00, hours 8');
INSERT INTO act_employee (state_body_id, act_id, employee_id, application_id) SELECT 1, 2, e, e FROM generate_series(1002, least($N, 2001)) e;
UPDATE act SET status = 'signed' WHERE state_body_id = 1 AND id = 2;

\i $ROOT/test/bench/lib/month_feed.sql
COPY (SELECT 1, emp, at, dir, device, 'skud' FROM feed ORDER BY sent) TO '$CSV' (FORMAT csv);
SELECT 'body 1: ' || count(*) || ' rows in the feed, ' || (SELECT count(*) FROM (SELECT DISTINCT emp, at, dir, device FROM feed) d)
       || ' distinct events, ' || (SELECT count(*) FROM generate_series(date '2026-04-01', date '2026-04-30', '1 day') d
                                    WHERE civilservice.is_working_day(d::date)) || ' working days' FROM feed;
DROP TABLE feed;
SELECT stored FROM civilservice.access_event_load_stats() \gset
COPY civilservice.access_event FROM '$CSV' (FORMAT csv);

-- Body 2: 4 passages on every working day of three years, no resends.
INSERT INTO civilservice.access_event (state_body_id, employee_id, at, direction, device_id)
SELECT 2, e, (d + x.base + make_interval(secs => round(x.spread * (pg_temp.r(e * 1000003 + (d - date '2023-07-01') * 101 + x.k) - 0.5))))
             AT TIME ZONE 'Asia/Almaty', x.dir, 'gate-' || (1 + (e + x.k) % 8)
  FROM generate_series(1, $NY) e,
       (SELECT d::date AS d FROM generate_series(date '2023-07-01', date '2026-06-30', '1 day') d WHERE civilservice.is_working_day(d::date)) days,
       (VALUES (1, 'in', time '09:00', 1800), (2, 'out', time '13:05', 600),
               (3, 'in', time '13:58', 600), (4, 'out', time '18:10', 1800)) x(k, dir, base, spread);
SELECT 'body 2: ' || count(*) || ' events of ' || count(DISTINCT employee_id) || ' employees, '
       || min(at AT TIME ZONE 'Asia/Almaty')::date || ' to ' || max(at AT TIME ZONE 'Asia/Almaty')::date
  FROM civilservice.access_event WHERE state_body_id = 2;

-- The key the events are read by (see the header), unless the table has it.
DO \$\$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_index i
                    WHERE i.indrelid = 'civilservice.access_event'::regclass
                      AND (i.indkey::int2[])[0:2] = ARRAY(SELECT a.attnum FROM pg_attribute a
                                                          WHERE a.attrelid = i.indrelid AND a.attname IN ('state_body_id', 'employee_id', 'at')
                                                          ORDER BY array_position(ARRAY['state_body_id', 'employee_id', 'at'], a.attname::text))::int2[]) THEN
        CREATE INDEX access_event_employee_idx ON civilservice.access_event (state_body_id, employee_id, at, direction, device_id);
    END IF;
END \$\$;
VACUUM ANALYZE;
SQL
rm -f "$CSV"
echo "data loaded in $(( $(date +%s) - start )) s"

"${PSQL[@]}" -d $DB <<SQL
SET max_parallel_workers_per_gather = 0;
CREATE FUNCTION pg_temp.ms(q text) RETURNS float8 LANGUAGE plpgsql AS \$\$
DECLARE
    t0 timestamptz := clock_timestamp();
BEGIN
    EXECUTE q;
    RETURN extract(epoch FROM clock_timestamp() - t0) * 1000;
END \$\$;
-- the time of q run right after an identical run
CREATE FUNCTION pg_temp.warm_ms(q text) RETURNS float8 LANGUAGE plpgsql AS \$\$
BEGIN
    EXECUTE q;
    RETURN pg_temp.ms(q);
END \$\$;
WITH ix AS (SELECT sum(pg_relation_size(i.indexrelid)) AS bytes
              FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
             WHERE i.indrelid IN (SELECT inhrelid FROM pg_inherits WHERE inhparent = 'civilservice.access_event'::regclass) AND i.indisprimary),
     n AS (SELECT count(*) AS events, count(*) FILTER (WHERE state_body_id = 2 AND at >= '2025-06-28') AS one_year,
                  count(*) FILTER (WHERE state_body_id = 2) AS three_years
             FROM civilservice.access_event)
SELECT format('the index of the events by employee holds about %s of body 2''s year and %s of its three years (%s bytes an entry); shared_buffers %s',
              pg_size_pretty(bytes / events * one_year), pg_size_pretty(bytes / events * three_years), round(bytes / events),
              current_setting('shared_buffers'))
  FROM ix, n;
CREATE TEMP TABLE timing (round integer, what text, ms float8);
CREATE TEMP TABLE sample AS SELECT k, 1 + (k * 997) % $N AS emp FROM generate_series(1, 20) k;
DO \$\$
DECLARE
    r integer;
    -- the one-employee form when this build has it, else the body's rows filtered
    one text := CASE WHEN to_regprocedure('civilservice.attendance(date, date, bigint, bigint)') IS NOT NULL
                     THEN 'SELECT count(*) FROM civilservice.attendance(''2026-04-01'', ''2026-04-30'', 1, %s)'
                     ELSE 'SELECT count(*) FROM civilservice.attendance(''2026-04-01'', ''2026-04-30'', 1) WHERE employee_id = %s' END;
BEGIN
    FOR r IN 1 .. $RUNS LOOP
        INSERT INTO timing SELECT r, 'one', avg(pg_temp.ms(format(one, s.emp))) FROM sample s
         WHERE s.k = 1 OR one NOT LIKE '%WHERE%';   -- filtering the body's rows: one is enough
        INSERT INTO timing SELECT r, 'month', pg_temp.warm_ms('SELECT count(*) FROM civilservice.attendance(''2026-04-01'', ''2026-04-30'', 1)');
        INSERT INTO timing SELECT r, 'group', pg_temp.warm_ms(\$q\$
            SELECT count(*), min(first_in), max(last_out)
              FROM (SELECT employee_id, CAST(at AT TIME ZONE 'Asia/Almaty' AS date) AS day, min(at) AS first_in, max(at) AS last_out
                      FROM civilservice.access_event
                     WHERE state_body_id = 1 AND at >= '2026-04-01 00:00+05' AND at < '2026-05-01 00:00+05'
                     GROUP BY 1, 2) g \$q\$);
        SET LOCAL max_parallel_workers_per_gather = 2;
        INSERT INTO timing SELECT r, 'group_parallel', pg_temp.warm_ms(\$q\$
            SELECT count(*), min(first_in), max(last_out)
              FROM (SELECT employee_id, CAST(at AT TIME ZONE 'Asia/Almaty' AS date) AS day, min(at) AS first_in, max(at) AS last_out
                      FROM civilservice.access_event
                     WHERE state_body_id = 1 AND at >= '2026-04-01 00:00+05' AND at < '2026-05-01 00:00+05'
                     GROUP BY 1, 2) g \$q\$);
        SET LOCAL max_parallel_workers_per_gather = 0;
        INSERT INTO timing SELECT r, 'year', pg_temp.warm_ms('SELECT count(*) FROM civilservice.attendance(''2025-07-01'', ''2026-06-30'', 2)');
        INSERT INTO timing SELECT r, 'years', pg_temp.warm_ms('SELECT count(*) FROM civilservice.attendance(''2023-07-01'', ''2026-06-30'', 2)');
    END LOOP;
END \$\$;
CREATE TEMP VIEW best AS
SELECT what, min(ms) AS ms, string_agg(round(ms::numeric, 1)::text, ' ' ORDER BY round) AS runs FROM timing GROUP BY what;
SELECT format('(1) one employee''s month (mean of 20):  %s ms (runs: %s)', round(ms::numeric, 1), runs) FROM best WHERE what = 'one';
SELECT format('    the body''s month (%s employees):  %s ms (runs: %s)', $N, round(ms::numeric), runs) FROM best WHERE what = 'month';
-- the ratio of each round too: a round's two sides ran side by side
CREATE TEMP VIEW rounds AS
SELECT a.what || '/' || b.what AS ratio, string_agg(round((a.ms / b.ms)::numeric, 2)::text, ' ' ORDER BY a.round) AS runs
  FROM timing a JOIN timing b USING (round) GROUP BY 1;
SELECT format('    one employee / body: 1/%s (goals: <= 25 ms, <= 1/100)',
              round((SELECT ms FROM best WHERE what = 'month') / (SELECT ms FROM best WHERE what = 'one')));
SELECT format('(2) body 2 (%s employees), one year:  %s ms (runs: %s)', $NY, round(ms::numeric), runs) FROM best WHERE what = 'year';
SELECT format('    three years:                       %s ms (runs: %s)', round(ms::numeric), runs) FROM best WHERE what = 'years';
SELECT format('    three years / one year: %sx (goal <= 3.5x; each round: %s)',
              round(((SELECT ms FROM best WHERE what = 'years') / (SELECT ms FROM best WHERE what = 'year'))::numeric, 2),
              (SELECT runs FROM rounds WHERE ratio = 'years/year'));
SELECT format('(3) GROUP BY employee, local day:     %s ms (runs: %s)', round(ms::numeric), runs) FROM best WHERE what = 'group';
SELECT format('    body''s month / GROUP BY: %sx (goal <= 2x; each round: %s)',
              round(((SELECT ms FROM best WHERE what = 'month') / (SELECT ms FROM best WHERE what = 'group'))::numeric, 2),
              (SELECT runs FROM rounds WHERE ratio = 'month/group'));
SELECT format('    for reference, the GROUP BY with 2 parallel workers: %s ms (runs: %s), ratio %sx', round(ms::numeric), runs,
              round(((SELECT ms FROM best WHERE what = 'month') / ms)::numeric, 2)) FROM best WHERE what = 'group_parallel';
-- how one employee's events are read (the query attendance() runs for them)
CREATE FUNCTION pg_temp.scans(q text) RETURNS text LANGUAGE plpgsql AS \$\$
DECLARE
    l text;
    by_key integer := 0;
    other integer := 0;
BEGIN
    FOR l IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
        IF l ~ 'Index (Only )?Scan using access_event_\w*pkey' THEN by_key := by_key + 1;
        ELSIF l ~ 'Scan' THEN other := other + 1; END IF;
    END LOOP;
    RETURN format('%s index range scans of the key (state_body_id, employee_id, at, ...), %s other scans', by_key, other);
END \$\$;
SELECT '    one employee''s events are read by ' || pg_temp.scans(\$q\$
    SELECT a.employee_id, a.at, a.direction = 'in' FROM civilservice.access_event a
     WHERE a.state_body_id = 1 AND a.at >= '2026-03-29 00:00+05' AND a.at < '2026-05-03 00:00+05' AND a.employee_id = 4242
     ORDER BY a.employee_id, a.at, a.direction \$q\$);
SQL
[ -n "${BENCH_KEEP:-}" ] || "${PSQL[@]}" -d postgres -c "DROP DATABASE $DB"
