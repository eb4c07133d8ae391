#!/usr/bin/env bash
# Benchmark of loading access-control (СКУД) events (п. 20) and of the
# attendance computed from them.
#
# A realistic month: 20,000 employees of one body (BENCH_EMPLOYEES sets the
# number), the 22 working days of April 2026 by civilservice.is_working_day,
# 4–6 badge events per employee and day with jitter, in the order the badge
# system sends them, about 1.5% of them sent again a few minutes later. The
# feed is written to a CSV file once, then timed:
#   (a) COPY into a plain table of the same shape, without indexes;
#   (b) COPY into civilservice.access_event (checks, resends skipped);
#   (c) civilservice.attendance() for the month, when this build has it;
#   (d) first and last event per employee and day, straight from the events.
# Prints the rates and ratios (goals: (b) at least 50% of the rate of (a);
# (c) at most 3x (d)). Not a test: nothing here fails on time.
set -euo pipefail
PSQL=("${PGBIN:-/usr/lib/postgresql/15/bin}/psql" -X -q -v ON_ERROR_STOP=1 -At)
N=${BENCH_EMPLOYEES:-20000}
DB=civilservice_bench_events
CSV=${PGHOST:-/tmp}/access_events_2026_04.csv
export PGOPTIONS="-c client_min_messages=warning"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
"${PSQL[@]}" -d $DB <<SQL
CREATE EXTENSION civilservice CASCADE;
SELECT civilservice.create_records();
SET search_path = civilservice, public;
-- employees with valid IINs (birth dates from 1970, century digit 3), as in acts.sh
CREATE FUNCTION pg_temp.iin_of(p bigint) RETURNS text LANGUAGE sql AS \$\$
  SELECT lpad((p * 10 + c)::text, 12, '0')
    FROM (SELECT CASE WHEN s1 < 10 THEN s1 WHEN s2 < 10 THEN s2 END AS c
            FROM (SELECT (SELECT sum((p / (10::bigint ^ (11 - k))::bigint % 10) * k) % 11 FROM generate_series(1, 11) k) AS s1,
                         (SELECT sum((p / (10::bigint ^ (11 - k))::bigint % 10) * ((k + 1) % 11 + 1)) % 11 FROM generate_series(1, 11) k) AS s2) x) y
\$\$;
INSERT INTO state_body (id, bin, name_ru) VALUES (1, '040540001230', 'Bench');
INSERT INTO employee (state_body_id, id, iin, employed_from, full_name)
SELECT 1, n, i::iin, '2000-01-01', 'E' || n
  FROM (SELECT row_number() OVER () AS n, i
          FROM (SELECT pg_temp.iin_of((to_char(date '1970-01-01' + d, 'YYMMDD') || '3' || lpad(s::text, 4, '0'))::bigint) AS i
                  FROM generate_series(0, ($N / 2)::int) d, generate_series(1, 3) s) s
         WHERE i IS NOT NULL LIMIT $N) t;
-- The feed: per employee and working day, 4 to 6 passages (arrival, lunch
-- out and back, a short errand for some, departure; some forget to badge
-- out). r(k) is a reproducible random number in [0, 1).
CREATE FUNCTION pg_temp.r(k bigint) RETURNS float8 LANGUAGE sql IMMUTABLE AS
  \$\$ SELECT ((hashint8(k) & 2147483647)::float8 / 2147483648) \$\$;
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
SELECT emp, at, dir, device, at AS sent FROM kept
UNION ALL   -- resends, a few minutes after the original
SELECT emp, at, dir, device, at + make_interval(secs => 60 + 600 * pg_temp.r(emp * 31 + k)) FROM kept
 WHERE pg_temp.r(emp * 104729 + extract(epoch FROM at)::bigint) < 0.015;
COPY (SELECT 1, emp, at, dir, device, 'skud' FROM feed ORDER BY sent) TO '$CSV' (FORMAT csv);
SELECT 'feed ' || count(*) || ' rows, ' || (SELECT count(*) FROM (SELECT DISTINCT emp, at, dir, device FROM feed) d) || ' distinct events, '
       || (SELECT count(*) FROM generate_series(date '2026-04-01', date '2026-04-30', '1 day') d WHERE civilservice.is_working_day(d::date))
       || ' working days' FROM feed;
CREATE TABLE public.bench_plain (LIKE civilservice.access_event INCLUDING DEFAULTS);
-- for reference: the same partitioning and key index, without checks (not
-- unique, since the feed holds resends)
CREATE TABLE public.bench_keyed (LIKE civilservice.access_event INCLUDING DEFAULTS) PARTITION BY RANGE (at);
CREATE TABLE public.bench_keyed_2026_04 PARTITION OF public.bench_keyed FOR VALUES FROM ('2026-04-01 00:00+05') TO ('2026-05-01 00:00+05');
CREATE TABLE public.bench_keyed_default PARTITION OF public.bench_keyed DEFAULT;
CREATE INDEX ON public.bench_keyed (state_body_id, at, employee_id, device_id, direction);
-- no autovacuum of one table while another is being loaded (2 CPUs)
DO \$\$ DECLARE r regclass; BEGIN
    FOR r IN SELECT inhrelid::regclass FROM pg_inherits
              WHERE inhparent IN ('civilservice.access_event'::regclass, 'public.bench_keyed'::regclass)
             UNION ALL SELECT 'public.bench_plain'::regclass LOOP
        EXECUTE format('ALTER TABLE %s SET (autovacuum_enabled = false)', r);
    END LOOP;
END \$\$;
SQL
rows=$(wc -l < "$CSV")

# one timed statement in a fresh session (the loading session starts by
# loading the library, as the README tells loaders to)
timed() {
    "${PSQL[@]}" -d $DB <<SQL | tail -1
SELECT stored FROM civilservice.access_event_load_stats() \gset
CHECKPOINT;
SELECT clock_timestamp() AS t0 \gset
$1;
SELECT extract(epoch FROM clock_timestamp() - :'t0');
SQL
}
best() { printf '%s\n%s\n' "$1" "$2" | sort -g | head -1; }

# RUNS rounds (BENCH_RUNS), the best time of each kept: the machine may be
# shared, and a slow round says more about the neighbours than about COPY.
RUNS=${BENCH_RUNS:-3}
ta= tb= tk= runs_a= runs_b=
for r in $(seq "$RUNS"); do
    "${PSQL[@]}" -d $DB -c "TRUNCATE bench_plain, bench_keyed, civilservice.access_event"
    t=$(timed "COPY bench_plain FROM '$CSV' (FORMAT csv)"); runs_a="$runs_a $(printf %.2f "$t")"; ta=$(best "${ta:-$t}" "$t")
    t=$(timed "COPY civilservice.access_event FROM '$CSV' (FORMAT csv)"); runs_b="$runs_b $(printf %.2f "$t")"; tb=$(best "${tb:-$t}" "$t")
    [ "$r" = 1 ] && stats=$("${PSQL[@]}" -d $DB -c "SELECT count(*) FROM civilservice.access_event" \
        -c "SELECT count(*) FROM (SELECT DISTINCT state_body_id, at, employee_id, device_id, direction FROM bench_plain) d")
    t=$(timed "COPY bench_keyed FROM '$CSV' (FORMAT csv)"); tk=$(best "${tk:-$t}" "$t")
done
stored=$(echo "$stats" | sed -n 1p); distinct=$(echo "$stats" | sed -n 2p)
printf 'feed: %s rows in %s\n' "$rows" "$CSV"
printf 'stored: %s events, distinct in the feed: %s (%s)\n' "$stored" "$distinct" \
    "$([ "$stored" = "$distinct" ] && echo 'resends skipped, none lost' || echo 'MISMATCH')"
printf '(a) COPY into a plain unindexed table:   %.2f s, %.0f rows/s (runs, s:%s)\n' "$ta" "$(echo "$rows / $ta" | bc -l)" "$runs_a"
printf '(b) COPY into civilservice.access_event: %.2f s, %.0f rows/s (runs, s:%s)\n' "$tb" "$(echo "$rows / $tb" | bc -l)" "$runs_b"
printf 'load ratio (b)/(a) in rows/s: %.0f%% (goal >= 50%%)\n' "$(echo "100 * $ta / $tb" | bc -l)"
printf 'for reference, COPY into the same partitioning and key index without checks: %.2f s, %.0f%% of (a); the checks and deduplication cost %.0f%% on top of it\n' \
    "$tk" "$(echo "100 * $ta / $tk" | bc -l)" "$(echo "100 * ($tb - $tk) / $tk" | bc -l)"

if [ "$("${PSQL[@]}" -d $DB -c "SELECT to_regprocedure('civilservice.attendance(date, date, bigint)') IS NOT NULL")" = t ]; then
    tc=$(timed "CREATE TEMP TABLE att AS SELECT * FROM civilservice.attendance('2026-04-01', '2026-04-30', 1)")
    td=$(timed "CREATE TEMP TABLE firstlast AS SELECT employee_id, (at AT TIME ZONE 'Asia/Almaty')::date AS day, min(at), max(at) FROM civilservice.access_event GROUP BY 1, 2")
    printf '(c) attendance() for the month:          %.2f s\n' "$tc"
    printf '(d) first/last event per employee-day:   %.2f s\n' "$td"
    printf 'attendance ratio (c)/(d): %.2fx (goal <= 3x)\n' "$(echo "$tc / $td" | bc -l)"
else
    echo "(c)/(d) attendance(): not available in this build"
fi
rm -f "$CSV"
[ -n "${BENCH_KEEP:-}" ] || "${PSQL[@]}" -d postgres -c "DROP DATABASE $DB"
