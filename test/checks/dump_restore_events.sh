#!/usr/bin/env bash
# pg_dump keeps every access-control event (п. 20): those in the partitions
# of the install (configuration tables of the extension), in the default
# partition, and in partitions created later by
# ensure_access_event_partitions() (ordinary tables), plus the rejected rows.
# A restore (restore mode, as for acts) brings back the same rows in the same
# partitions, and loading afterwards still skips resends.
set -euo pipefail
PSQL=("$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -At)
SRC=cs_dump_events; DST=cs_dump_events2
"$PGBIN/dropdb" --if-exists $SRC; "$PGBIN/dropdb" --if-exists $DST
"$PGBIN/createdb" $SRC; "$PGBIN/createdb" $DST
"${PSQL[@]}" -d $SRC <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION civilservice CASCADE;
SELECT civilservice.create_records();
INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES (1, '040540001230', 'Орган');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name) VALUES
 (1, 1, '900101400023', '2020-01-01', 'А'), (1, 2, '880202300037', '2020-01-01', 'Б');
SELECT civilservice.access_event_load_stats();
COPY civilservice.access_event FROM STDIN (FORMAT csv);
1,1,2026-03-02 09:00:00+05,in,gate-1,skud
1,2,2026-03-02 09:01:00+05,in,gate-2,skud
1,1,2026-03-02 18:00:00+05,out,gate-1,skud
1,1,2029-05-04 09:00:00+05,in,gate-1,skud
1,2,2030-01-15 09:00:00+05,in,gate-2,skud
1,2,2030-01-15 18:00:00+05,out,gate-2,hr
\.
-- a month created later: an ordinary table, not a member of the extension
SELECT civilservice.ensure_access_event_partitions('2030-01-01', 2);
SET civilservice.access_event_rejects = 'divert';
COPY civilservice.access_event FROM STDIN (FORMAT csv);
1,3,2026-03-03 09:00:00+05,in,gate-1,skud
1,1,2026-03-03 09:00:00+05,вход,gate-1,skud
\.
SQL
"$PGBIN/pg_dump" -d $SRC -f "$PGHOST/cs_dump_events.sql"
"${PSQL[@]}" -d $DST -f "$PGHOST/cs_dump_events.sql" >/dev/null
q="SELECT (SELECT count(*) || ':' || md5(string_agg(tableoid::regclass || ' ' || e::text, '|' ORDER BY e::text))
             FROM civilservice.access_event e) || ' ' ||
          (SELECT string_agg(c.relname || '=' || pg_get_expr(c.relpartbound, c.oid), ',' ORDER BY c.relname)
             FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = 'civilservice.access_event'::regclass) || ' ' ||
          (SELECT count(*) || ':' || md5(string_agg(r::text, '|' ORDER BY r.id)) FROM civilservice.access_event_rejected r) || ' ' ||
          (SELECT last_value FROM civilservice.access_event_rejected_id_seq)"
src=$("${PSQL[@]}" -d $SRC -c "$q")
dst=$("${PSQL[@]}" -d $DST -c "$q")
echo "source:   $(echo "$src" | cut -c1-60)... ($(echo "$src" | wc -c) chars)"
echo "restored: $(echo "$dst" | cut -c1-60)... ($(echo "$dst" | wc -c) chars)"
# after the restore, a resend of a restored event is still skipped
after=$("${PSQL[@]}" -d $DST <<'SQL'
SET client_min_messages = warning;
SELECT civilservice.access_event_load_stats();
COPY civilservice.access_event FROM STDIN (FORMAT csv);
1,2,2030-01-15 09:00:00+05,in,gate-2,skud
1,1,2026-03-02 09:00:00+05,in,gate-1,skud
\.
SELECT stored || ' stored, ' || duplicates || ' skipped' FROM civilservice.access_event_load_stats();
SQL
)
echo "resend after restore: $after"
# a session whose first statement is the COPY has not loaded the library
# yet: the COPY is not filtered, says so, and a resend fails on the key
fresh=$("$PGBIN/psql" -X -q -d $DST -c "COPY civilservice.access_event FROM PROGRAM 'echo 1,1,2026-03-02 09:00:00+05,in,gate-1,skud' (FORMAT csv)" 2>&1 || true)
echo "first statement of a session: $(echo "$fresh" | grep -o 'WARNING: .*resent events\|ERROR: .*' | tr '\n' ' ')"
echo "$fresh" | grep -q 'does not skip resent events' && echo "$fresh" | grep -q 'duplicate key value' || exit 1
events=$("${PSQL[@]}" -d $DST -c "SELECT count(*) FROM civilservice.access_event")
"$PGBIN/dropdb" $SRC; "$PGBIN/dropdb" $DST
[ "$src" = "$dst" ] && [ "$events" = 6 ] && [ "$(echo "$after" | tail -1)" = "0 stored, 2 skipped" ]
