#!/usr/bin/env bash
# Every example of the README runs: each ```sql block of README.md, in order,
# in a new psql session (with the database's default search_path, which
# create_records() set) on a fresh database where the extension is installed
# as the README says, with ON_ERROR_STOP. A block whose first line is
# "-- not run: <why>" is skipped and reported; one whose first line is
# "-- in the pg_cron database" runs in the database named by
# cron.database_name (where pg_cron keeps its jobs; the jobs it schedules
# are removed afterwards); shell blocks are not run. The roles the blocks
# create are dropped before and after.
set -euo pipefail
unset PGOPTIONS
DB=hr  # the database the README's examples name
README=$ROOT/README.md
T=$(mktemp -d)
PSQL=("$PGBIN/psql" -X -v ON_ERROR_STOP=1)

# the blocks, one file each: 001.sql, 002.sql, ...; the line each starts on
awk -v dir="$T" '
    /^```sql[[:space:]]*$/ { n++; f = sprintf("%s/%03d.sql", dir, n); printf "" > f; print NR > (f ".line"); inside = 1; next }
    inside && /^```[[:space:]]*$/ { inside = 0; close(f); next }
    inside { print > f }
' "$README"
roles=$(cat "$T"/*.sql 2>/dev/null | sed -nE 's/.*CREATE ROLE ([a-z_][a-z0-9_]*).*/\1/p' | sort -u)
cleanup() {
    "$PGBIN/dropdb" --if-exists $DB 2>/dev/null || true
    for r in $roles; do "${PSQL[@]}" -q -d postgres -c "DROP ROLE IF EXISTS $r" 2>/dev/null || true; done
    rm -rf "$T"
}
trap cleanup EXIT
"$PGBIN/dropdb" --if-exists $DB 2>/dev/null || true
for r in $roles; do "${PSQL[@]}" -q -d postgres -c "SET client_min_messages = warning" -c "DROP ROLE IF EXISTS $r"; done

"$PGBIN/createdb" $DB
"${PSQL[@]}" -q -d $DB -c 'CREATE EXTENSION civilservice CASCADE' -c 'SELECT civilservice.create_records()' >/dev/null 2>&1

run=0 skipped=0 failed=0
for f in "$T"/[0-9]*.sql; do
    [ -e "$f" ] || continue
    line=$(cat "$f.line")
    first=$(head -1 "$f")
    case "$first" in
    "-- not run:"*)
        skipped=$((skipped + 1))
        echo "README.md:$line: skipped (${first#-- })"
        continue ;;
    "-- in the pg_cron database"*)
        db=$("${PSQL[@]}" -AtqX -d $DB -c "SELECT current_setting('cron.database_name', true)")
        if [ -z "$db" ]; then
            failed=$((failed + 1)); echo "README.md:$line: FAILED (pg_cron is not loaded: cron.database_name is not set)"; continue
        fi
        if out=$("${PSQL[@]}" -d "$db" -f "$f" 2>&1); then
            run=$((run + 1)); echo "README.md:$line: ok (in $db)"; echo "$out" | sed 's/^/    /'
        else
            failed=$((failed + 1)); echo "README.md:$line: FAILED (in $db)"; sed 's/^/    /' "$f"; echo "  output:"; echo "$out" | sed 's/^/    /'
        fi
        "${PSQL[@]}" -qAtX -d "$db" -c "SELECT cron.unschedule(jobid) FROM cron.job WHERE jobname LIKE 'civilservice %' AND database = '$DB'" >/dev/null 2>&1 || true
        continue ;;
    esac
    if out=$("${PSQL[@]}" -d $DB -f "$f" 2>&1); then
        run=$((run + 1))
        echo "README.md:$line: ok"
        echo "$out" | sed 's/^/    /'
    else
        failed=$((failed + 1))
        echo "README.md:$line: FAILED"
        sed 's/^/    /' "$f"
        echo "  output:"
        echo "$out" | sed 's/^/    /'
    fi
done
echo "README examples: $run run, $skipped not run, $failed failed"
[ $((run + failed)) -gt 0 ] && [ "$failed" -eq 0 ]
