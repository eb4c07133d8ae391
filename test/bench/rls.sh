#!/usr/bin/env bash
# Benchmark of row-level security (tenancy per state body): the same work
# done as a login role mapped to the body (member of civilservice_authorized,
# mapped in role_body to the body's authorized person) and as the owner of
# the records, who is not subject to row-level security (the baseline,
# measured in the same run).
#
#   - signing: BENCH_ACTS drafts (default 3,000) of 10 employees each,
#     committed, then signed in one transaction (every statement the signing
#     triggers run evaluates the policies);
#   - attendance: the month of April 2026 of a body of BENCH_EMPLOYEES
#     (default 2,000) employees, 4-6 badge events per employee and working
#     day (test/bench/lib/month_feed.sql).
#
# Prints the times (best of BENCH_RUNS rounds, default 3, the two sides
# alternating) and the ratios mapped role / owner (goal: at most 1.2x). No
# assertion on time: the machine is shared.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PSQL=("${PGBIN:-/usr/lib/postgresql/15/bin}/psql" -X -q -v ON_ERROR_STOP=1 -At)
N=${BENCH_ACTS:-3000}
E=${BENCH_EMPLOYEES:-2000}
RUNS=${BENCH_RUNS:-3}
DB=civilservice_bench_rls
ROLE=cs_bench_rls_signer
export PGOPTIONS="-c client_min_messages=warning"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
"${PSQL[@]}" -d postgres <<SQL
DO \$\$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') THEN
        CREATE ROLE $ROLE NOLOGIN;
    END IF;
END \$\$;
SQL
"${PSQL[@]}" -d $DB <<SQL
CREATE EXTENSION civilservice CASCADE;
SELECT civilservice.create_records();
GRANT civilservice_authorized TO $ROLE;
SET search_path = civilservice, public;
CREATE FUNCTION pg_temp.iin_of(p bigint) RETURNS text LANGUAGE sql AS \$\$
  SELECT lpad((p * 10 + c)::text, 12, '0')
    FROM (SELECT CASE WHEN s1 < 10 THEN s1 WHEN s2 < 10 THEN s2 END AS c
            FROM (SELECT (SELECT sum((p / (10::bigint ^ (11 - k))::bigint % 10) * k) % 11 FROM generate_series(1, 11) k) AS s1,
                         (SELECT sum((p / (10::bigint ^ (11 - k))::bigint % 10) * ((k + 1) % 11 + 1)) % 11 FROM generate_series(1, 11) k) AS s2) x) y
\$\$;
INSERT INTO state_body (id, bin, name_ru) VALUES (1, '040540001230', 'Bench'), (2, '040540001101', 'Another body');
INSERT INTO employee (state_body_id, id, iin, employed_from, full_name, is_authorized)
SELECT 1, n, i::iin, '2000-01-01', 'E' || n, n = 1
  FROM (SELECT row_number() OVER () AS n, i
          FROM (SELECT pg_temp.iin_of((to_char(date '1970-01-01' + d, 'YYMMDD') || '3' || lpad(s::text, 4, '0'))::bigint) AS i
                  FROM generate_series(0, greatest($E, 1000) / 2) d, generate_series(1, 3) s) s
         WHERE i IS NOT NULL LIMIT greatest($E, 1000)) t;
INSERT INTO obligation_acknowledgement (state_body_id, employee_id, rule_wording_id, acknowledged_on, channel, document)
SELECT e.state_body_id, e.id, w.id, w.adopted_on, 'paper', 'Лист ознакомления с п. 22' FROM employee e JOIN rule_wording w ON w.point = 'п. 22' ON CONFLICT DO NOTHING;
-- the signer: the body's authorized person; the role serves body 1 only
INSERT INTO role_body (state_body_id, role_name, employee_id) VALUES (1, '$ROLE', 1);
\i $ROOT/test/bench/lib/month_feed.sql
INSERT INTO access_event (state_body_id, employee_id, at, direction, device_id)
SELECT DISTINCT 1, emp, at, dir, device FROM feed WHERE emp <= $E;
DROP TABLE feed;
VACUUM ANALYZE;
SQL

ACTS="SELECT 1, a, 'B-' || a, date '2026-01-01', 1, 'remote'::civilservice.regime, 'agreement'::civilservice.act_basis, 'Соглашение',
             daterange(date '2026-01-01' + (a / 100) * 10, date '2026-01-01' + (a / 100) * 10 + 10), 'дом'
        FROM generate_series(0, $N - 1) a"
EMPS="SELECT 1, a, (a % 100) * 10 + k FROM generate_series(0, $N - 1) a, generate_series(1, 10) k"
ms="SELECT round(extract(epoch FROM clock_timestamp() - :'t0') * 1000)"
CLEAN="RESET ROLE;
SET session_replication_role = replica;
DELETE FROM act_employee; DELETE FROM act; DELETE FROM history;
RESET session_replication_role;
VACUUM act, act_employee, history;"

sign() { # $1: the role that signs (empty: the owner)
    local as=${1:+SET ROLE $1;}
    "${PSQL[@]}" -d $DB <<SQL
SET search_path = civilservice, public;
INSERT INTO act (state_body_id, id, number, act_date, issued_by, regime, basis, basis_text, term, place_of_work) $ACTS;
INSERT INTO act_employee (state_body_id, act_id, employee_id) $EMPS;
$as
SELECT clock_timestamp() AS t0 \gset
BEGIN;
UPDATE act SET status = 'signed' WHERE state_body_id = 1;
COMMIT;
SELECT ($ms) || ' ' || (SELECT count(*) FILTER (WHERE signed_by_employee IS NOT NULL) FROM act);
$CLEAN
SQL
}
month() { # $1: the role that reads (empty: the owner)
    local as=${1:+SET ROLE $1;}
    "${PSQL[@]}" -d $DB <<SQL
SET search_path = civilservice, public;
$as
SELECT count(*) FROM civilservice.attendance('2026-04-01', '2026-04-30', 1) \g /dev/null
SELECT clock_timestamp() AS t0 \gset
SELECT count(*) FROM civilservice.attendance('2026-04-01', '2026-04-30', 1) \g /dev/null
$ms;
SQL
}

best() { tr ' ' '\n' | grep -v '^$' | sort -n | head -1; }
s_owner= s_role= m_owner= m_role= signed_by=
for r in $(seq "$RUNS"); do
    read -r t _ <<< "$(sign '')"; s_owner="$s_owner $t"
    read -r t k <<< "$(sign $ROLE)"; s_role="$s_role $t"; signed_by=$k
    m_owner="$m_owner $(month '')"
    m_role="$m_role $(month $ROLE)"
done
so=$(echo "$s_owner" | best); sr=$(echo "$s_role" | best)
mo=$(echo "$m_owner" | best); mr=$(echo "$m_role" | best)
printf 'signing %s acts of 10 employees each (%s signed with the signer recorded as employee 1)\n' "$N" "$signed_by"
printf '  as the owner: %s ms, best of%s\n' "$so" "$s_owner"
printf '  as a mapped authorized role: %s ms, best of%s\n' "$sr" "$s_role"
printf '  ratio: %.2fx (goal <= 1.2x)\n' "$(echo "$sr / $so" | bc -l)"
printf 'attendance, April 2026 of %s employees\n' "$E"
printf '  as the owner: %s ms, best of%s\n' "$mo" "$m_owner"
printf '  as a mapped authorized role: %s ms, best of%s\n' "$mr" "$m_role"
printf '  ratio: %.2fx (goal <= 1.2x)\n' "$(echo "$mr / $mo" | bc -l)"
if [ -z "${BENCH_KEEP:-}" ]; then
    "${PSQL[@]}" -d postgres -c "DROP DATABASE $DB"
    "${PSQL[@]}" -d postgres -c "DROP ROLE IF EXISTS $ROLE"
fi
