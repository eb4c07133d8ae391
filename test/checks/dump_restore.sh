#!/usr/bin/env bash
# Backup and restore as a DBA runs them, with no setting of ours: a database
# with every kind of record (the demo story, badge events in the partitions
# of create_records(), in a month added later and in the default partition,
# rejected rows, the DBA's own calendar rows and parameter values) is dumped
#   - plain (pg_dump | psql),
#   - custom (pg_dump -Fc | pg_restore),
#   - custom restored in parallel (pg_restore -j 4),
#   - schema only (pg_dump -n civilservice, restored after CREATE EXTENSION),
# (and pg_dump -t of one partition works),
# and every table of the schema must come back with the same rows: a count
# and a digest of each, and the last value of each sequence, are compared.
set -euo pipefail
PSQL=("$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -At)
SRC=cs_dump_src
TARGETS="cs_dump_plain cs_dump_custom cs_dump_jobs cs_dump_schema"
DIR=$(mktemp -d "$PGHOST/dump.XXXXXX")
cleanup() { for db in $SRC $TARGETS; do "$PGBIN/dropdb" --if-exists "$db" 2>/dev/null || true; done; rm -rf "$DIR"; }
trap cleanup EXIT
cleanup; DIR=$(mktemp -d "$PGHOST/dump.XXXXXX")
"$PGBIN/createdb" $SRC
"${PSQL[@]}" -d $SRC <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION civilservice CASCADE;
SELECT civilservice.create_records();
-- the DBA's own calendar rows and parameter value (dumped as configuration)
INSERT INTO civilservice.calendar_entry (calendar_code, day, kind, name, paired_day, source)
VALUES ('kz', '2027-01-08', 'day_off', 'Перенос', '2027-01-09', 'dba'),
       ('kz', '2027-01-09', 'working_day', 'Рабочий день', '2027-01-08', 'dba');
INSERT INTO civilservice.rule_parameter (name, valid_from, value, unit, rule_point, description, source)
VALUES ('application_review_working_days', '2030-01-01', 7, 'working_days', 'п. 16', 'dba', 'dba');
SQL
for f in "$ROOT"/test/demo/[2-9]*.sql; do
    "$PGBIN/psql" -X -q -d $SRC -f "$f" >/dev/null 2>&1
done
"${PSQL[@]}" -d $SRC <<'SQL'
SET client_min_messages = warning;
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id, source) FROM STDIN (FORMAT csv);
300,1,2026-03-02 09:00:00+05,in,gate-1,skud
300,2,2026-03-02 09:01:00+05,in,gate-2,skud
300,1,2026-03-02 18:00:00+05,out,gate-1,skud
300,1,2029-05-04 09:00:00+05,in,gate-1,skud
300,2,2030-01-15 09:00:00+05,in,gate-2,skud
\.
SELECT count(*) FROM civilservice.ensure_access_event_partitions('2030-01-01', 2);
SET civilservice.access_event_rejects = 'divert';
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id, source) FROM STDIN (FORMAT csv);
300,999,2026-03-03 09:00:00+05,in,gate-1,skud
300,1,2026-03-03 09:00:00+05,вход,gate-1,skud
\.
SQL

"$PGBIN/pg_dump" -d $SRC -f "$DIR/plain.sql"
"$PGBIN/pg_dump" -d $SRC -Fc -f "$DIR/custom.dump"
"$PGBIN/pg_dump" -d $SRC -Fc -n civilservice -f "$DIR/schema.dump"
# one partition alone (a DBA's ad hoc copy of a month)
"$PGBIN/pg_dump" -d $SRC -t civilservice.access_event_2026_03 -f "$DIR/partition.sql"
grep -q 'COPY civilservice.access_event_2026_03' "$DIR/partition.sql"
for db in $TARGETS; do "$PGBIN/createdb" "$db"; done
"${PSQL[@]}" -d cs_dump_plain -f "$DIR/plain.sql" >/dev/null
"$PGBIN/pg_restore" --exit-on-error -d cs_dump_custom "$DIR/custom.dump"
"$PGBIN/pg_restore" --exit-on-error -j 4 -d cs_dump_jobs "$DIR/custom.dump"
"${PSQL[@]}" -d cs_dump_schema -c 'SET client_min_messages = warning' -c 'CREATE EXTENSION civilservice CASCADE'
# the schema itself comes with CREATE EXTENSION: restore everything but it
"$PGBIN/pg_restore" -l "$DIR/schema.dump" | grep -v ' SCHEMA - civilservice ' >"$DIR/schema.list"
"$PGBIN/pg_restore" --exit-on-error -L "$DIR/schema.list" -d cs_dump_schema "$DIR/schema.dump"

# every table and sequence of the schema: rows and a digest of them
q="SELECT string_agg(x, ' ' ORDER BY x) FROM (
     SELECT c.relname || '=' || (xpath('//d/text()',
              query_to_xml(format('SELECT count(*) || '':'' || coalesce(md5(string_agg(t::text, ''|'' ORDER BY t::text)), '''') AS d FROM civilservice.%I t', c.relname),
                           false, false, '')))[1]::text AS x
       FROM pg_class c WHERE c.relnamespace = 'civilservice'::regnamespace AND c.relkind = 'r'
     UNION ALL
     SELECT c.relname || '=' || coalesce(pg_sequence_last_value(c.oid::regclass)::text, 'unused')
       FROM pg_class c WHERE c.relnamespace = 'civilservice'::regnamespace AND c.relkind = 'S') s"
src=$("${PSQL[@]}" -d $SRC -c "$q")
n=$(echo "$src" | wc -w)
# the digest must have read every table (a NULL would make it vacuous)
want=$("${PSQL[@]}" -d $SRC -c "SELECT count(*) FROM pg_class WHERE relnamespace = 'civilservice'::regnamespace AND relkind IN ('r', 'S')")
[ "$n" -eq "$want" ] || { echo "the digest read $n of $want tables and sequences"; exit 1; }
signed=$("${PSQL[@]}" -d $SRC -c "SELECT count(*) FROM civilservice.act WHERE status = 'signed'")
events=$("${PSQL[@]}" -d $SRC -c "SELECT count(*) FROM civilservice.access_event")
echo "source: $n tables and sequences, $signed signed acts, $events badge events"
ok=1
for db in $TARGETS; do
    dst=$("${PSQL[@]}" -d "$db" -c "$q")
    if [ "$src" = "$dst" ]; then
        echo "$db: every table and sequence identical"
    else
        echo "$db: differs:"; diff <(echo "$src" | tr ' ' '\n') <(echo "$dst" | tr ' ' '\n') | head -20; ok=0
    fi
done
[ "$ok" = 1 ] && [ "$signed" -gt 0 ] && [ "$events" -gt 0 ]
