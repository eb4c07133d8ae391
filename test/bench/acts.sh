#!/usr/bin/env bash
# Benchmark of signing: 10,000 acts of 10 employees each (BENCH_ACTS sets the
# number), drafted and signed with every check on, against the same rows
# inserted with triggers disabled (session_replication_role = replica).
# Prints both times (best of BENCH_RUNS rounds) and the ratio (goal: at most 2x).
set -euo pipefail
PSQL=("${PGBIN:-/usr/lib/postgresql/15/bin}/psql" -X -q -v ON_ERROR_STOP=1 -At)
N=${BENCH_ACTS:-10000}
DB=civilservice_bench_acts
export PGOPTIONS="-c client_min_messages=warning"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
"${PSQL[@]}" -d $DB <<SQL
CREATE EXTENSION civilservice CASCADE;
SELECT civilservice.create_records();
SET search_path = civilservice, public;
-- 1,000 employees with valid IINs (birth dates from 1970, century digit 3).
CREATE FUNCTION pg_temp.iin_of(p bigint) RETURNS text LANGUAGE sql AS \$\$
  SELECT lpad((p * 10 + c)::text, 12, '0')
    FROM (SELECT CASE WHEN s1 < 10 THEN s1 WHEN s2 < 10 THEN s2 END AS c
            FROM (SELECT (SELECT sum((p / (10::bigint ^ (11 - k))::bigint % 10) * k) % 11 FROM generate_series(1, 11) k) AS s1,
                         (SELECT sum((p / (10::bigint ^ (11 - k))::bigint % 10) * ((k + 1) % 11 + 1)) % 11 FROM generate_series(1, 11) k) AS s2) x) y
\$\$;
INSERT INTO state_body (id, bin, name_ru) VALUES (1, '040540001230', 'Bench');
INSERT INTO employee (state_body_id, id, iin, employed_from, full_name, is_authorized)
SELECT 1, n, i::iin, '2000-01-01', 'E' || n, n = 1
  FROM (SELECT row_number() OVER () AS n, i
          FROM (SELECT pg_temp.iin_of((to_char(date '1970-01-01' + d, 'YYMMDD') || '3' || '0001')::bigint) AS i
                  FROM generate_series(0, 2000) d) s WHERE i IS NOT NULL LIMIT 1000) t;
SQL
# Act a lists employees ((a % 100) * 10 + 1 .. +10) over a 10-day term of its
# own, so no employee is on two overlapping acts (п. 13).
ACTS="SELECT 1, a, 'B-' || a, date '2026-01-01', 1, 'remote'::civilservice.regime, 'agreement'::civilservice.act_basis, 'Соглашение',
             daterange(date '2026-01-01' + (a / 100) * 10, date '2026-01-01' + (a / 100) * 10 + 10), 'дом'
        FROM generate_series(0, $N - 1) a"
EMPS="SELECT 1, a, (a % 100) * 10 + k FROM generate_series(0, $N - 1) a, generate_series(1, 10) k"
# RUNS rounds (BENCH_RUNS, default 3), alternating the two sides; the best
# time of each side is kept: on a shared machine a slow round measures the
# neighbours, not the triggers.
RUNS=${BENCH_RUNS:-3}
best_checked= best_plain= all_checked= all_plain=
for r in $(seq "$RUNS"); do
out_checked=$("${PSQL[@]}" -d $DB <<SQL
SET search_path = civilservice, public;
\timing on
BEGIN;
SELECT clock_timestamp() AS t0 \gset
INSERT INTO act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work) $ACTS;
SELECT 'drafts ' || round(extract(epoch FROM clock_timestamp() - :'t0') * 1000);
INSERT INTO act_employee (state_body_id, act_id, employee_id) $EMPS;
SELECT 'employees ' || round(extract(epoch FROM clock_timestamp() - :'t0') * 1000);
UPDATE act SET status = 'signed' WHERE state_body_id = 1;
SELECT extract(epoch FROM clock_timestamp() - :'t0') * 1000;
ROLLBACK;
SQL
)
out_plain=$("${PSQL[@]}" -d $DB <<SQL
SET search_path = civilservice, public;
BEGIN;
SET LOCAL session_replication_role = replica;
SELECT clock_timestamp() AS t0 \gset
INSERT INTO act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work, status, signed_at)
SELECT *, 'signed', now() FROM ($ACTS) s;
INSERT INTO act_employee (state_body_id, act_id, employee_id, regime_group, effective_term)
SELECT e.*, 'remote', a.term FROM ($EMPS) e(b, act_id, emp) JOIN act a ON a.state_body_id = 1 AND a.id = e.act_id;
SELECT extract(epoch FROM clock_timestamp() - :'t0') * 1000;
ROLLBACK;
SQL
)
    c=$(echo "$out_checked" | grep -E '^[0-9.]+$' | tail -1)
    p=$(echo "$out_plain" | grep -E '^[0-9.]+$' | tail -1)
    all_checked="$all_checked $(printf %.0f "$c")"; all_plain="$all_plain $(printf %.0f "$p")"
    if [ -z "$best_checked" ] || [ "$(echo "$c < $best_checked" | bc)" = 1 ]; then
        best_checked=$c; steps=$(echo "$out_checked" | grep -E '^(drafts|employees) ' | tr '\n' ' ')
    fi
    if [ -z "$best_plain" ] || [ "$(echo "$p < $best_plain" | bc)" = 1 ]; then best_plain=$p; fi
done
t_checked=$best_checked
t_plain=$best_plain
printf 'acts signed: %s of 10 employees each\n' "$N"
printf 'with every check: %.0f ms, best of%s (cumulative ms after %s)\n' "$t_checked" "$all_checked" "$steps"
printf 'triggers disabled: %.0f ms, best of%s\n' "$t_plain" "$all_plain"
printf 'ratio: %.2fx (goal <= 2x)\n' "$(echo "$t_checked / $t_plain" | bc -l)"
[ -n "${BENCH_KEEP:-}" ] || "${PSQL[@]}" -d postgres -c "DROP DATABASE $DB"
