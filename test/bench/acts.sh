#!/usr/bin/env bash
# Benchmark of signing: 10,000 acts of 10 employees each (BENCH_ACTS sets the
# number), drafted and signed with every check on, against the same rows
# inserted with triggers disabled (session_replication_role = replica).
#
# As in use, the drafts (acts and their lists) are committed first and signed
# in a transaction of their own: the checked time is the two together. The
# same work in a single transaction is reported too; it costs more for a
# reason of PostgreSQL's own: an UPDATE of a row inserted by the same
# transaction checks its foreign keys again, so signing re-checks the
# 200,000 keys of the lists just inserted.
#
# Prints the times (best of BENCH_RUNS rounds, default 3) and the ratios
# (goal: at most 1.5x). No assertion on time: the machine is shared.
set -euo pipefail
PSQL=("${PGBIN:-/usr/lib/postgresql/15/bin}/psql" -X -q -v ON_ERROR_STOP=1 -At)
N=${BENCH_ACTS:-10000}
RUNS=${BENCH_RUNS:-3}
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
INSERT INTO obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22' FROM employee e JOIN rule_wording w ON w.point = 'п. 22' ON CONFLICT DO NOTHING;
VACUUM ANALYZE;
SQL
# Act a lists employees ((a % 100) * 10 + 1 .. +10) over a 10-day term of its
# own, so no employee is on two overlapping acts (п. 13).
ACTS="SELECT 1, a, 'B-' || a, date '2026-01-01', 1, 'remote'::civilservice.regime, 'agreement'::civilservice.act_basis, 'Соглашение',
             daterange(date '2026-01-01' + (a / 100) * 10, date '2026-01-01' + (a / 100) * 10 + 10), 'дом'
        FROM generate_series(0, $N - 1) a"
EMPS="SELECT 1, a, (a % 100) * 10 + k FROM generate_series(0, $N - 1) a, generate_series(1, 10) k"
ms="SELECT round(extract(epoch FROM clock_timestamp() - :'t0') * 1000)"
# Every round starts from the same empty tables (not timed).
CLEAN="SET session_replication_role = replica;
DELETE FROM act_employee; DELETE FROM act; DELETE FROM history;
RESET session_replication_role;
VACUUM act, act_employee, history;"

checked() { # drafts committed, then signed: "drafts sign"
    "${PSQL[@]}" -d $DB <<SQL
SET search_path = civilservice, public;
SELECT clock_timestamp() AS t0 \gset
BEGIN;
INSERT INTO act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work) $ACTS;
INSERT INTO act_employee (state_body_id, act_id, employee_id) $EMPS;
COMMIT;
$ms AS drafts \gset
SELECT clock_timestamp() AS t0 \gset
BEGIN;
UPDATE act SET status = 'signed' WHERE state_body_id = 1;
COMMIT;
SELECT :drafts || ' ' || ($ms);
$CLEAN
SQL
}
one_transaction() {
    "${PSQL[@]}" -d $DB <<SQL
SET search_path = civilservice, public;
SELECT clock_timestamp() AS t0 \gset
BEGIN;
INSERT INTO act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work) $ACTS;
INSERT INTO act_employee (state_body_id, act_id, employee_id) $EMPS;
UPDATE act SET status = 'signed' WHERE state_body_id = 1;
COMMIT;
$ms;
$CLEAN
SQL
}
plain() {
    "${PSQL[@]}" -d $DB <<SQL
SET search_path = civilservice, public;
SELECT clock_timestamp() AS t0 \gset
BEGIN;
SET LOCAL session_replication_role = replica;
INSERT INTO act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work, status, signed_at)
SELECT *, 'signed', now() FROM ($ACTS) s;
INSERT INTO act_employee (state_body_id, act_id, employee_id, regime_group, effective_term)
SELECT e.*, 'remote', a.term FROM ($EMPS) e(b, act_id, emp) JOIN act a ON a.state_body_id = 1 AND a.id = e.act_id;
COMMIT;
$ms;
$CLEAN
SQL
}

# RUNS rounds, alternating the sides; the best time of each is kept: on a
# shared machine a slow round measures the neighbours, not the triggers.
best() { tr ' ' '\n' | grep -v '^$' | sort -n | head -1; }
all_checked= all_drafts= all_sign= all_one= all_plain=
for r in $(seq "$RUNS"); do
    out=$(checked)
    read -r d s <<< "$out"
    all_drafts="$all_drafts $d"; all_sign="$all_sign $s"; all_checked="$all_checked $((d + s))"
    all_plain="$all_plain $(plain)"
    all_one="$all_one $(one_transaction)"
done
c=$(echo "$all_checked" | best); p=$(echo "$all_plain" | best); o=$(echo "$all_one" | best)
printf 'acts signed: %s of 10 employees each\n' "$N"
printf 'with every check: %s ms, best of%s (drafts committed:%s; signed:%s)\n' "$c" "$all_checked" "$all_drafts" "$all_sign"
printf 'triggers disabled: %s ms, best of%s\n' "$p" "$all_plain"
printf 'ratio: %.2fx (goal <= 1.5x)\n' "$(echo "$c / $p" | bc -l)"
printf 'drafted and signed in one transaction: %s ms, best of%s; ratio %.2fx\n' "$o" "$all_one" "$(echo "$o / $p" | bc -l)"
[ -n "${BENCH_KEEP:-}" ] || "${PSQL[@]}" -d postgres -c "DROP DATABASE $DB"
