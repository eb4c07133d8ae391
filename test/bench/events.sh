#!/usr/bin/env bash
# Benchmark of loading access-control (СКУД) events (п. 20).
#
# A realistic month: 20,000 employees of one body (BENCH_EMPLOYEES sets the
# number), the 22 working days of April 2026 by civilservice.is_working_day,
# 4–6 badge events per employee and day with jitter, in the order the badge
# system sends them, about 1.5% of them sent again a few minutes later. The
# feed is written to a CSV file once (and its deduplicated rows to another),
# then each round times, side by side:
#   (a) COPY of the deduplicated rows into a table of the same partitioning
#       and the same unique key, without checks: the floor of any loader;
#   (b) what a loader would do without the extension's COPY: COPY of the
#       feed into an unlogged staging table, then INSERT ... SELECT ...
#       ON CONFLICT DO NOTHING into that keyed table;
#   (c) COPY of the feed into civilservice.access_event (every row checked,
#       resends skipped).
# The best of BENCH_RUNS rounds (3) of each is kept; autovacuum is off for
# the tables. Prints the times and the ratios of the rates of storing the
# month (goals: (c) at least 0.6 of (a), at least 1.5 times (b)). Not a
# test: nothing here fails on time.
set -euo pipefail
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
PSQL=("${PGBIN:-/usr/lib/postgresql/15/bin}/psql" -X -q -v ON_ERROR_STOP=1 -At)
N=${BENCH_EMPLOYEES:-20000}
RUNS=${BENCH_RUNS:-3}
DB=civilservice_bench_load
CSV=${PGHOST:-/tmp}/access_events_2026_04.csv
DEDUP=${PGHOST:-/tmp}/access_events_2026_04_dedup.csv
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
\i $ROOT/test/bench/lib/month_feed.sql
COPY (SELECT 1, emp, at, dir, device, 'skud' FROM feed ORDER BY sent) TO '$CSV' (FORMAT csv);
COPY (SELECT 1, emp, at, dir, device, 'skud' FROM feed WHERE NOT resend ORDER BY sent) TO '$DEDUP' (FORMAT csv);
-- (a) and (b) load into a table of the same partitioning and unique key
CREATE TABLE public.bench_keyed (LIKE civilservice.access_event INCLUDING DEFAULTS,
    PRIMARY KEY (state_body_id, employee_id, at, direction, device_id)) PARTITION BY RANGE (at);
CREATE TABLE public.bench_keyed_2026_04 PARTITION OF public.bench_keyed FOR VALUES FROM ('2026-04-01 00:00+05') TO ('2026-05-01 00:00+05');
CREATE TABLE public.bench_keyed_default PARTITION OF public.bench_keyed DEFAULT;
CREATE UNLOGGED TABLE public.bench_staging (LIKE civilservice.access_event INCLUDING DEFAULTS);
-- no autovacuum of one table while another is being loaded (2 CPUs)
DO \$\$ DECLARE r regclass; BEGIN
    FOR r IN SELECT inhrelid::regclass FROM pg_inherits
              WHERE inhparent IN ('civilservice.access_event'::regclass, 'public.bench_keyed'::regclass)
             UNION ALL SELECT 'public.bench_staging'::regclass LOOP
        EXECUTE format('ALTER TABLE %s SET (autovacuum_enabled = false)', r);
    END LOOP;
END \$\$;
SQL
rows=$(wc -l < "$CSV"); distinct=$(wc -l < "$DEDUP")

# one timed step in a fresh session: the first statement after the timer is
# the COPY itself (no preliminary call: the library is preloaded)
timed() {
    "${PSQL[@]}" -d $DB <<SQL | tail -1
CHECKPOINT;
SELECT clock_timestamp() AS t0 \gset
$1;
SELECT extract(epoch FROM clock_timestamp() - :'t0');
SQL
}
best() { printf '%s\n%s\n' "$1" "$2" | sort -g | head -1; }
ta= tb= tc= runs_a= runs_b= runs_c=
for r in $(seq "$RUNS"); do
    # Records refuse TRUNCATE (records_not_truncated: it would leave no
    # history). The bench empties its own scratch table between rounds as
    # the superuser it runs as: session_replication_role = replica turns the
    # ordinary triggers off for this one session, the guard included.
    "${PSQL[@]}" -d $DB -c "SET session_replication_role = replica" -c "TRUNCATE bench_keyed, bench_staging, civilservice.access_event"
    t=$(timed "COPY bench_keyed FROM '$DEDUP' (FORMAT csv)"); runs_a="$runs_a $(printf %.2f "$t")"; ta=$(best "${ta:-$t}" "$t")
    "${PSQL[@]}" -d $DB -c "TRUNCATE bench_keyed"
    t=$(timed "COPY bench_staging FROM '$CSV' (FORMAT csv);
               INSERT INTO bench_keyed SELECT * FROM bench_staging ON CONFLICT DO NOTHING")
    runs_b="$runs_b $(printf %.2f "$t")"; tb=$(best "${tb:-$t}" "$t")
    t=$(timed "COPY civilservice.access_event FROM '$CSV' (FORMAT csv)"); runs_c="$runs_c $(printf %.2f "$t")"; tc=$(best "${tc:-$t}" "$t")
    if [ "$r" = 1 ]; then
        stored=$("${PSQL[@]}" -d $DB -c "SELECT count(*) FROM civilservice.access_event")
        same=$("${PSQL[@]}" -d $DB -c "SELECT count(*) = 0 FROM ((SELECT state_body_id, at, employee_id, device_id, direction FROM bench_keyed
                                         EXCEPT SELECT state_body_id, at, employee_id, device_id, direction FROM civilservice.access_event)
                                        UNION ALL (SELECT state_body_id, at, employee_id, device_id, direction FROM civilservice.access_event
                                         EXCEPT SELECT state_body_id, at, employee_id, device_id, direction FROM bench_keyed)) d")
    fi
done
printf 'feed: %s rows, %s distinct events (%s resends)\n' "$rows" "$distinct" "$((rows - distinct))"
printf 'stored by (c): %s events, the same as (b): %s\n' "$stored" "$same"
printf '(a) COPY of the deduplicated rows, keyed table, no checks: %6.2f s (rounds, s:%s)\n' "$ta" "$runs_a"
printf '(b) COPY to staging + INSERT ... ON CONFLICT DO NOTHING:   %6.2f s (rounds, s:%s)\n' "$tb" "$runs_b"
printf '(c) COPY into civilservice.access_event:                   %6.2f s (rounds, s:%s), %.0f feed rows/s\n' "$tc" "$runs_c" "$(echo "$rows / $tc" | bc -l)"
printf 'rate of storing the month, (c) against (a): %.2fx (goal >= 0.6)\n' "$(echo "$ta / $tc" | bc -l)"
printf 'rate of storing the month, (c) against (b): %.2fx (goal >= 1.5)\n' "$(echo "$tb / $tc" | bc -l)"
rm -f "$CSV" "$DEDUP"
[ -n "${BENCH_KEEP:-}" ] || "${PSQL[@]}" -d postgres -c "DROP DATABASE $DB"
