#!/usr/bin/env bash
# Access-control events (п. 20) through a fresh connection, a dump and a
# restore, as a loader and a DBA meet them:
#   1. a fresh psql whose very first statement is a COPY holding resends
#      stores each event once, without an error (the library is in
#      shared_preload_libraries, so its COPY loop runs in every session);
#   2. pg_dump, restored plain (psql) and with pg_restore -j 4, with no
#      setting of ours: the same events in the same partitions, the same
#      rejected rows, the key, the check trigger and the guard on employee;
#   3. in the restored databases, a resend of a restored event is skipped
#      and an employee who has events is not deleted.
set -euo pipefail
PSQL=("$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -At)
SRC=cs_dump_events; PLAIN=cs_dump_events_plain; JOBS=cs_dump_events_jobs
DIR=$(mktemp -d "$PGHOST/dump_events.XXXXXX")
cleanup() { for db in $SRC $PLAIN $JOBS; do "$PGBIN/dropdb" --if-exists "$db" 2>/dev/null || true; done; rm -rf "$DIR"; }
trap cleanup EXIT
cleanup; DIR=$(mktemp -d "$PGHOST/dump_events.XXXXXX")
"$PGBIN/createdb" $SRC
"${PSQL[@]}" -d $SRC <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION civilservice CASCADE;
SELECT civilservice.create_records();
INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (1, '040540001230', 'Орган');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name) VALUES
 (1, 1, '900101400023', '2020-01-01', 'А'), (1, 2, '880202300037', '2020-01-01', 'Б');
SQL

# 1. the first statement of a fresh session: a COPY with resends in it
first=$("$PGBIN/psql" -X -v ON_ERROR_STOP=1 -d $SRC 2>&1 <<'SQL'
COPY civilservice.access_event FROM STDIN (FORMAT csv);
1,1,2026-03-02 09:00:00+05,in,gate-1,skud
1,2,2026-03-02 09:01:00+05,in,gate-2,skud
1,1,2026-03-02 09:00:00+05,in,gate-1,skud
1,1,2026-03-02 18:00:00+05,out,gate-1,skud
1,1,2029-05-04 09:00:00+05,in,gate-1,skud
1,2,2030-01-15 09:00:00+05,in,gate-2,skud
1,2,2030-01-15 18:00:00+05,out,gate-2,hr
1,2,2026-03-02 09:01:00+05,in,gate-2,skud
\.
SQL
) || { echo "first-statement COPY failed: $first"; exit 1; }
echo "first statement of a session: $(echo "$first" | tr '\n' ' ')"
echo "$first" | grep -q 'NOTICE:  п. 20: access-control events: 6 stored, 2 resent duplicates skipped, 0 rejected' || exit 1
# a second fresh session resends the whole feed: nothing new, no error
again=$("$PGBIN/psql" -X -v ON_ERROR_STOP=1 -d $SRC -c "COPY civilservice.access_event FROM PROGRAM 'printf \"%s\n\" \"1,1,2026-03-02 09:00:00+05,in,gate-1,skud\" \"1,2,2030-01-15 18:00:00+05,out,gate-2,hr\"' (FORMAT csv)" 2>&1) \
    || { echo "resend in a fresh session failed: $again"; exit 1; }
echo "resend in a fresh session: $(echo "$again" | tr '\n' ' ')"
echo "$again" | grep -q '0 stored, 2 resent duplicates skipped' || exit 1

"${PSQL[@]}" -d $SRC <<'SQL'
SET client_min_messages = warning;
-- a month created later, with an event waiting in the default partition
SELECT count(*) FROM civilservice.ensure_access_event_partitions('2030-01-01', 2);
SET civilservice.access_event_rejects = 'divert';
COPY civilservice.access_event FROM STDIN (FORMAT csv);
1,3,2026-03-03 09:00:00+05,in,gate-1,skud
1,1,2026-03-03 09:00:00+05,вход,gate-1,skud
1,1,2026-03-03 09:00:00+05,in,gate-1,skud
\.
SQL

# 2. dump, restore plain and in parallel
"$PGBIN/pg_dump" -d $SRC -f "$DIR/plain.sql"
"$PGBIN/pg_dump" -d $SRC -Fc -f "$DIR/custom.dump"
"$PGBIN/createdb" $PLAIN; "$PGBIN/createdb" $JOBS
"${PSQL[@]}" -d $PLAIN -f "$DIR/plain.sql" >/dev/null
"$PGBIN/pg_restore" --exit-on-error -j 4 -d $JOBS "$DIR/custom.dump"
# a dump carries no database settings: the search_path is set again, as
# after any restore into a new database (docs/clients.md)
for db in $PLAIN $JOBS; do "${PSQL[@]}" -d $db -c 'SELECT civilservice.configure_search_path()' >/dev/null; done
q="SELECT (SELECT count(*) || ':' || md5(string_agg(tableoid::regclass || ' ' || e::text, '|' ORDER BY e::text))
             FROM civilservice.access_event e) || ' ' ||
          (SELECT string_agg(c.relname || '=' || pg_get_expr(c.relpartbound, c.oid), ',' ORDER BY c.relname)
             FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = 'civilservice.access_event'::regclass) || ' ' ||
          (SELECT count(*) || ':' || md5(string_agg(r::text, '|' ORDER BY r.id)) FROM civilservice.access_event_rejected r) || ' ' ||
          (SELECT last_value FROM civilservice.access_event_rejected_id_seq) || ' ' ||
          (SELECT string_agg(conname, ',' ORDER BY conname) FROM pg_constraint
            WHERE conrelid = 'civilservice.access_event'::regclass) || ' ' ||
          (SELECT string_agg(tgrelid::regclass || '.' || tgname, ',' ORDER BY tgrelid::regclass::text, tgname) FROM pg_trigger
            WHERE tgname ~ '^(access_event|employee_invalidate)' AND NOT tgisinternal AND tgparentid = 0) || ' ' ||
          (SELECT count(*) FROM pg_inherits i WHERE i.inhparent = 'civilservice.access_event'::regclass
              AND NOT EXISTS (SELECT 1 FROM pg_index x WHERE x.indrelid = i.inhrelid AND x.indisprimary))"
src=$("${PSQL[@]}" -d $SRC -c "$q")
echo "source: $(echo "$src" | cut -c1-50)... $(echo "$src" | awk '{print $(NF-2), $(NF-1), "partitions without key:", $NF}')"
ok=1
for db in $PLAIN $JOBS; do
    dst=$("${PSQL[@]}" -d $db -c "$q")
    if [ "$src" = "$dst" ]; then echo "$db: same events, partitions, rejected rows, key and triggers"; else
        echo "$db: differs"; diff <(echo "$src" | tr ' ' '\n') <(echo "$dst" | tr ' ' '\n') || true; ok=0; fi
    # 3. the restored database loads and guards as the source did
    after=$("$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -At -d $db 2>&1 <<'SQL'
COPY civilservice.access_event FROM STDIN (FORMAT csv);
1,2,2030-01-15 09:00:00+05,in,gate-2,skud
1,1,2026-03-02 09:00:00+05,in,gate-1,skud
1,1,2026-03-04 09:00:00+05,in,gate-1,skud
\.
SELECT stored || ' stored, ' || duplicates || ' skipped' FROM civilservice.access_event_load_stats();
DO $$ BEGIN
    DELETE FROM civilservice.employee WHERE state_body_id = 1 AND id = 2;
    RAISE EXCEPTION 'deleted';
EXCEPTION WHEN foreign_key_violation THEN RAISE NOTICE 'refused: %', SQLERRM;
END $$;
SQL
)
    echo "$db after restore: $(echo "$after" | tr '\n' ' ')"
    echo "$after" | grep -q '^1 stored, 2 skipped$' && echo "$after" | grep -q 'refused: п. 20: employee 2' || ok=0
done
[ "$ok" = 1 ] && [ "$(echo "$src" | cut -d: -f1)" = 7 ]
