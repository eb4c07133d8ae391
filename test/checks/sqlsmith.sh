#!/usr/bin/env bash
# Random SQL from sqlsmith (Debian package sqlsmith) against a database
# loaded with the demo story, as an HR officer of the demo body and as an
# auditor: whatever it generates may fail, but the server must never crash.
# Prints the queries run, the errors and the crashes; fails on a crash, or
# when the server does not answer afterwards.
# SMITH_N queries per role (default 2000, about 15 s each); SMITH_SEED to replay a run (CI
# uses a fixed seed).
set -euo pipefail
PSQL=("$PGBIN/psql" -X -q -v ON_ERROR_STOP=1)
DB=cs_smith
N=${SMITH_N:-2000}
if [ "${CI:-}" = true ]; then SEED=${SMITH_SEED:-20261123}; else SEED=${SMITH_SEED:-$(date +%s)}; fi
LOG=$PGHOST/server.log
OUT=$(mktemp -d)
cleanup() {
    "$PGBIN/dropdb" --if-exists $DB 2>/dev/null || true
    "${PSQL[@]}" -c 'DROP ROLE IF EXISTS cs_smith_hr' -c 'DROP ROLE IF EXISTS cs_smith_auditor' 2>/dev/null || true
    rm -rf "$OUT"
}
trap cleanup EXIT
cleanup; OUT=$(mktemp -d)
command -v sqlsmith >/dev/null || { echo "sqlsmith is not installed (Debian package sqlsmith)"; exit 1; }
"$PGBIN/createdb" $DB
"${PSQL[@]}" -d $DB -c 'SET client_min_messages = warning' -c 'CREATE EXTENSION civilservice CASCADE' \
    -c 'SELECT civilservice.create_records()' >/dev/null
for f in "$ROOT"/test/demo/*.sql; do
    "${PSQL[@]}" -d $DB -o /dev/null -f "$f" >"$OUT/demo.log" 2>&1 || { echo "the demo $(basename "$f") failed:"; tail -20 "$OUT/demo.log"; exit 1; }
done
"${PSQL[@]}" -d $DB >/dev/null <<'SQL'
CREATE ROLE cs_smith_hr LOGIN IN ROLE civilservice_hr;
CREATE ROLE cs_smith_auditor LOGIN IN ROLE civilservice_auditor;
INSERT INTO civilservice.role_body (role_name, state_body_id) VALUES ('cs_smith_hr', 300), ('cs_smith_auditor', 300);
-- what a DBA gives every role that can run long statements
ALTER ROLE cs_smith_hr SET statement_timeout = '2s';
ALTER ROLE cs_smith_auditor SET statement_timeout = '2s';
ALTER ROLE cs_smith_hr SET temp_file_limit = '100MB';
ALTER ROLE cs_smith_auditor SET temp_file_limit = '100MB';
SQL
before=$(grep -c 'terminated by signal' "$LOG" || true)
total=0 errors=0
for role in cs_smith_hr cs_smith_auditor; do
    sqlsmith --target="host=$PGHOST port=$PGPORT user=$role dbname=$DB" --max-queries="$N" --seed="$SEED" \
        --exclude-catalog --verbose >"$OUT/$role.out" 2>&1 || true
    q=$(grep -E '^queries: [0-9]+' "$OUT/$role.out" | tail -1 | awk '{print $2}')
    rate=$(grep -E '^error rate: ' "$OUT/$role.out" | tail -1 | awk '{print $3}')
    [ -n "$q" ] || { echo "sqlsmith as $role reported nothing:"; tail -20 "$OUT/$role.out"; exit 1; }
    e=$(awk -v q="$q" -v r="${rate:-0}" 'BEGIN { printf "%d", q * r + 0.5 }')
    echo "sqlsmith as $role (seed $SEED): $q queries, $e errors"
    total=$((total + q)); errors=$((errors + e))
done
after=$(grep -c 'terminated by signal' "$LOG" || true)
crashes=$((after - before))
echo "sqlsmith: $total queries run, $errors errors, $crashes crashes (${SECONDS}s)"
"${PSQL[@]}" -d $DB -At -c 'SELECT 1' >/dev/null || { echo "the server does not answer"; exit 1; }
if [ "$crashes" -ne 0 ]; then
    grep -B2 -A8 'terminated by signal' "$LOG" | tail -40
    exit 1
fi
