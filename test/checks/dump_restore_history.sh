#!/usr/bin/env bash
# The history after a backup and restore as a DBA runs them (pg_dump plain,
# custom, custom restored with pg_restore -j 4): the guards of the history
# are triggers, created by pg_dump in its post-data section, after the rows
# are loaded, so no guard refuses the restore; the restored chains verify;
# the guards work again in the restored database (a forged row, an UPDATE, a
# TRUNCATE refused); and a change after the restore continues its body's
# chain.
set -euo pipefail
PSQL=("$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -At)
SRC=cs_hist_src
TARGETS="cs_hist_plain cs_hist_custom cs_hist_jobs"
DIR=$(mktemp -d "$PGHOST/hist.XXXXXX")
cleanup() { for db in $SRC $TARGETS; do "$PGBIN/dropdb" --if-exists "$db" 2>/dev/null || true; done; rm -rf "$DIR"; }
trap cleanup EXIT
"$PGBIN/createdb" $SRC
"${PSQL[@]}" -d $SRC -c 'SET client_min_messages = warning' -c 'CREATE EXTENSION civilservice CASCADE' -c 'SELECT civilservice.create_records()' >/dev/null
# the demo story (acts signed, extended, cancelled, recalls, attendance)
for f in "$ROOT"/test/demo/[2-9]*.sql; do
    "$PGBIN/psql" -X -q -d $SRC -f "$f" >/dev/null 2>&1
done
"${PSQL[@]}" -d $SRC <<'SQL'
SET client_min_messages = warning;
-- badge events corrected and deleted, a calendar row of the body's own revised
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id, source) FROM STDIN (FORMAT csv);
300,1,2026-03-02 09:05:00+05,in,gate-1,skud
300,1,2026-03-02 18:00:00+05,out,gate-1,skud
\.
UPDATE civilservice.access_event SET at = '2026-03-02 08:58+05', source = 'hr' WHERE state_body_id = 300 AND employee_id = 1 AND at = '2026-03-02 09:05+05';
DELETE FROM civilservice.access_event WHERE state_body_id = 300 AND employee_id = 1 AND direction = 'out' AND at = '2026-03-02 18:00+05';
INSERT INTO civilservice.calendar_entry (calendar_code, day, kind, name, paired_day, source)
VALUES ('kz', '2027-01-08', 'day_off', 'Перенос', '2027-01-09', 'dba');
UPDATE civilservice.calendar_entry SET name = 'Перенос выходного дня' WHERE source = 'dba';
SQL
q_rows="SELECT count(*) || ':' || md5(string_agg(h::text, '|' ORDER BY h.id)) FROM civilservice.history h"
q_problems="SELECT count(*) FROM civilservice.verify_history()"
q_chains="SELECT count(DISTINCT state_body_id) || ' chains of bodies, ' || count(*) FILTER (WHERE state_body_id IS NULL) || ' rows of reference data' FROM civilservice.history"
src_rows=$("${PSQL[@]}" -d $SRC -c "$q_rows")
src_problems=$("${PSQL[@]}" -d $SRC -c "$q_problems")
echo "source: history $src_rows, $("${PSQL[@]}" -d $SRC -c "$q_chains"), $src_problems broken links"
ok=1
[ "$src_problems" = 0 ] || ok=0
[ "${src_rows%%:*}" -gt 5 ] || { echo "the workload wrote too little history: $src_rows"; ok=0; }

"$PGBIN/pg_dump" -d $SRC -f "$DIR/plain.sql"
"$PGBIN/pg_dump" -d $SRC -Fc -f "$DIR/custom.dump"
# pg_dump creates the triggers after the data
data=$(grep -n '^COPY civilservice.history ' "$DIR/plain.sql" | cut -d: -f1)
trig=$(grep -n '^CREATE TRIGGER history_append_only ' "$DIR/plain.sql" | cut -d: -f1)
if [ -n "$data" ] && [ -n "$trig" ] && [ "$data" -lt "$trig" ]; then echo "plain dump: the history's rows (line $data) before its guard (line $trig)"
else echo "plain dump: the history's rows are not loaded before its guard ($data, $trig)"; ok=0; fi
for db in $TARGETS; do "$PGBIN/createdb" "$db"; done
"${PSQL[@]}" -d cs_hist_plain -f "$DIR/plain.sql" >/dev/null
"$PGBIN/pg_restore" --exit-on-error -d cs_hist_custom "$DIR/custom.dump"
"$PGBIN/pg_restore" --exit-on-error -j 4 -d cs_hist_jobs "$DIR/custom.dump"
for db in $TARGETS; do
    rows=$("${PSQL[@]}" -d "$db" -c "$q_rows")
    problems=$("${PSQL[@]}" -d "$db" -c "$q_problems")
    guards=$("${PSQL[@]}" -d "$db" 2>&1 <<'SQL' || true
SET client_min_messages = warning;
CREATE FUNCTION pg_temp.refused(stmt text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE c text;
BEGIN
    EXECUTE stmt;
    RETURN 'accepted';
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS c = CONSTRAINT_NAME;
    RETURN coalesce(nullif(c, ''), SQLERRM);
END $$;
SELECT string_agg(pg_temp.refused(s), ' ' ORDER BY n) FROM unnest(ARRAY[
  $$INSERT INTO civilservice.history SELECT * FROM civilservice.history ORDER BY id DESC LIMIT 1$$,
  $$UPDATE civilservice.history SET changed_by = 'x'$$,
  $$TRUNCATE civilservice.history$$,
  $$TRUNCATE civilservice.access_event$$]) WITH ORDINALITY AS t(s, n);
-- a change after the restore continues the body's chain
UPDATE civilservice.employee SET position = coalesce(position, '') || ' (после восстановления)' WHERE state_body_id = 300 AND id = 1;
SELECT count(*) FROM civilservice.verify_history();
SELECT (SELECT count(*) FROM civilservice.history h JOIN civilservice.history p ON p.state_body_id = h.state_body_id AND p.chain_seq = h.chain_seq - 1
         WHERE h.id = (SELECT max(id) FROM civilservice.history) AND h.prev_hash = p.hash);
SQL
)
    guards=$(echo $guards)
    want="history_written_by_extension history_append_only history_append_only records_not_truncated 0 1"
    if [ "$rows" = "$src_rows" ] && [ "$problems" = 0 ] && [ "$guards" = "$want" ]; then
        echo "$db: the same history, every chain verifies, guards refuse again, a new change continues the chain"
    else
        echo "$db: history $rows (source $src_rows), $problems broken links; guards and new link: $guards (expected $want)"; ok=0
    fi
done
[ "$ok" = 1 ]
