#!/usr/bin/env bash
# No search-path hijack: the demo story, then the key paths again, run by a
# session that has
#   - operators in schema public (on the search_path, after pg_catalog as by
#     default) for every enum, domain and range type of ours and for the
#     ranges and arrays our code compares (test/checks/lib/
#     shadowing_operators.sql): exact-type operators (and range and array
#     functions: lower, upper, isempty, range_merge, cardinality, ...) that win over
#     pg_catalog's polymorphic ones when a name is not qualified;
#   - temporary tables named like every relation of ours (pg_temp is searched
#     first for relations).
# Any of them called or read makes the run fail.
set -euo pipefail
PSQL=("$PGBIN/psql" -X -q -v ON_ERROR_STOP=1)
DB=cs_search_path
"$PGBIN/dropdb" --if-exists $DB 2>/dev/null || true
trap '"$PGBIN/dropdb" --if-exists $DB 2>/dev/null || true' EXIT
"$PGBIN/createdb" $DB
"${PSQL[@]}" -d $DB -c 'SET client_min_messages = warning' -c 'CREATE EXTENSION civilservice CASCADE' \
    -c 'SELECT civilservice.create_records()' -f "$ROOT/test/checks/lib/shadowing_operators.sql" >/dev/null

# 1. The demo story with the shadowing operators in place.
LOG=$(mktemp)
for f in "$ROOT"/test/demo/*.sql; do
    "${PSQL[@]}" -d $DB -o /dev/null -f "$f" >>"$LOG" 2>&1 || { echo "demo part $(basename "$f") failed:"; tail -20 "$LOG"; exit 1; }
done
if grep -q 'search-path hijack' "$LOG"; then
    echo "a shadowing operator was called during the demo:"; grep -B3 -A3 'search-path hijack' "$LOG" | head -40; exit 1
fi

# 2. The key paths again, each in a session whose temporary tables carry the
#    names of our relations (full of rows that would break any query that
#    read them), with the shadowing operators still in public.
"${PSQL[@]}" -d $DB -At >"$LOG" 2>&1 <<'SQL' || { cat "$LOG"; exit 1; }
SET client_min_messages = warning;
DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = 'civilservice' AND c.relkind IN ('r', 'p', 'v', 'm', 'f') LOOP
        EXECUTE format('CREATE TEMP TABLE %I (state_body_id bigint, id bigint, employee_id bigint, trap text)', r.relname);
        EXECUTE format('INSERT INTO pg_temp.%I VALUES (300, 1, 1, ''search-path hijack''), (NULL, NULL, NULL, NULL)', r.relname);
    END LOOP;
END $$;
SET search_path = "$user", public;
-- the calendar, attendance, violations, п. 21, validation of every act
SELECT count(*) FROM civilservice.add_working_days('2026-03-20', 10) d;
SELECT count(*) FROM civilservice.attendance('2026-01-01', '2026-12-31');
SELECT count(*) FROM civilservice.weekly_totals('2026-01-01', '2026-12-31');
SELECT civilservice.recompute_violations('2026-01-01', '2026-12-31') >= 0;
SELECT count(*) FROM civilservice.systematic_breaches('2026-04-20');
SELECT count(*) FROM civilservice.act a, LATERAL civilservice.validate_act(a.state_body_id, a.id) v;
SELECT count(*) FROM civilservice.access_event_load_stats();
-- a load of badge events through COPY, and signing a flexible act
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id) FROM STDIN WITH (FORMAT csv);
300,2,2026-05-04 08:55:00+05,in,gate-1
300,2,2026-05-04 18:05:00+05,out,gate-1
\.
BEGIN;
INSERT INTO civilservice.act (state_body_id, id, regime, number) VALUES (300, 9001, 'remote', 'SP-1');
SELECT count(*) FROM civilservice.act WHERE number OPERATOR(pg_catalog.=) 'SP-1';
ROLLBACK;
SQL
if grep -q 'search-path hijack' "$LOG"; then
    echo "a shadowing object was used by a key path:"; grep -B3 -A3 'search-path hijack' "$LOG" | head -40; exit 1
fi
echo "demo and key paths ran with $("${PSQL[@]}" -d $DB -At -c "SELECT count(*) FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace WHERE n.nspname = 'public'") shadowing operators in public and temporary tables named like every relation: none was used"
