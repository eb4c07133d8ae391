#!/usr/bin/env bash
# The upgrade from 0.2.0 as a DBA runs it: a database on 0.2.0 with records
# (the demo story, badge events, the DBA's own calendar row and parameter
# value) is upgraded with ALTER EXTENSION civilservice UPDATE TO '0.2.1' and
# nothing else. Its data is copied (pg_dump --data-only) into a database where
# 0.2.1 was installed directly, and the two must be identical:
#   (a) the schema: pg_dump --schema-only of both (the records), and every
#       member of the extension with its definition, privileges and comment;
#   (b) the rows: a count and a digest of every table and sequence of schema
#       civilservice and of every relation of civilservice_bi (its views:
#       what a BI tool reads);
#   (c) the history: verify_history() finds nothing in either.
set -euo pipefail
PSQL=("$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -At)
OLD=cs_upgrade_from_020
NEW=cs_upgrade_direct
FROM=0.2.0
TO=$(sed -nE "s/^default_version = '([^']+)'.*/\1/p" "$ROOT/civilservice.control")
DIR=$(mktemp -d "$PGHOST/upgrade.XXXXXX")
cleanup() { for db in $OLD $NEW; do "$PGBIN/dropdb" --if-exists "$db" 2>/dev/null || true; done; rm -rf "$DIR"; }
trap cleanup EXIT
for db in $OLD $NEW; do "$PGBIN/dropdb" --if-exists "$db" 2>/dev/null || true; done

# 1. The database of 0.2.0, with records
"$PGBIN/createdb" $OLD
"${PSQL[@]}" -d $OLD >/dev/null <<SQL
SET client_min_messages = warning;
CREATE EXTENSION civilservice VERSION '$FROM' CASCADE;
SELECT civilservice.create_records();
INSERT INTO civilservice.calendar_entry (calendar_code, day, kind, name, paired_day, source)
VALUES ('kz', '2027-01-08', 'day_off', 'Перенос', '2027-01-09', 'dba'),
       ('kz', '2027-01-09', 'working_day', 'Рабочий день', '2027-01-08', 'dba');
INSERT INTO civilservice.rule_parameter (name, valid_from, value, unit, rule_point, description, source)
VALUES ('application_review_working_days', '2030-01-01', 7, 'working_days', 'п. 16', 'dba', 'dba');
SQL
# the demo story (not the pg_cron schedule: its jobs live in the cron database)
for f in "$ROOT"/test/demo/*.sql; do
    case "$(basename "$f")" in 45_schedule.sql) continue ;; esac
    "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -d $OLD -f "$f" >"$DIR/demo.log" 2>&1 \
        || { echo "demo $(basename "$f") failed on $FROM:"; tail -20 "$DIR/demo.log"; exit 1; }
done
"${PSQL[@]}" -d $OLD <<'SQL'
SET client_min_messages = warning;
COPY civilservice.access_event (state_body_id, employee_id, at, direction, device_id, source) FROM STDIN (FORMAT csv);
300,1,2026-03-02 09:00:00+05,in,gate-1,skud
300,2,2026-03-02 09:01:00+05,in,gate-2,skud
300,1,2026-03-02 18:00:00+05,out,gate-1,skud
\.
SQL
[ "$("${PSQL[@]}" -d $OLD -c "SELECT extversion FROM pg_extension WHERE extname = 'civilservice'")" = "$FROM" ]

# 2. The upgrade: what a DBA runs, and nothing else
echo "upgrade: ALTER EXTENSION civilservice UPDATE TO '$TO' in a database of $FROM with records"
"${PSQL[@]}" -d $OLD -c "ALTER EXTENSION civilservice UPDATE TO '$TO'"
v=$("${PSQL[@]}" -d $OLD -c "SELECT extversion FROM pg_extension WHERE extname = 'civilservice'")
[ "$v" = "$TO" ] || { echo "the extension is at $v after the update, not $TO"; exit 1; }

# 3. The same version installed directly, with the data of the upgraded one
"$PGBIN/createdb" $NEW
"${PSQL[@]}" -d $NEW -c 'SET client_min_messages = warning' -c 'CREATE EXTENSION civilservice CASCADE' -c 'SELECT civilservice.create_records()' >/dev/null
v=$("${PSQL[@]}" -d $NEW -c "SELECT extversion FROM pg_extension WHERE extname = 'civilservice'")
[ "$v" = "$TO" ] || { echo "CREATE EXTENSION installed $v, not $TO"; exit 1; }
# the records and the DBA's rows of the configuration tables; triggers off as
# in the data section of a whole dump (no check of the Rules sees a restore)
"$PGBIN/pg_dump" -d $OLD --data-only --disable-triggers -f "$DIR/data.sql" 2>"$DIR/pg_dump.log" \
    || { cat "$DIR/pg_dump.log"; exit 1; }
"${PSQL[@]}" -d $NEW -f "$DIR/data.sql" >/dev/null

# (a) the schema
norm() { grep -vE '^(--|\\(un)?restrict )' | grep -v '^$'; }
"$PGBIN/pg_dump" -d $OLD --schema-only | norm >"$DIR/old.schema"
"$PGBIN/pg_dump" -d $NEW --schema-only | norm >"$DIR/new.schema"
members="
WITH m AS (
    SELECT d.classid, d.objid, d.objsubid, pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid) AS what
      FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid
     WHERE d.refclassid = 'pg_catalog.pg_extension'::regclass AND e.extname = 'civilservice' AND d.deptype = 'e')
SELECT m.what || E'\n  ' || coalesce(CASE m.classid
    WHEN 'pg_catalog.pg_proc'::regclass THEN
        (SELECT CASE WHEN p.prokind = 'a' THEN p.oid::regprocedure::text ELSE pg_catalog.pg_get_functiondef(p.oid) END
                || ' acl ' || coalesce(p.proacl::text, '-') FROM pg_catalog.pg_proc p WHERE p.oid = m.objid)
    WHEN 'pg_catalog.pg_class'::regclass THEN
        (SELECT c.relkind::text || ' acl ' || coalesce(c.relacl::text, '-') || ' options ' || coalesce(c.reloptions::text, '-')
                || coalesce(E'\n  ' || CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid) END, '')
                || coalesce(E'\n  columns: ' || (SELECT string_agg(a.attname || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod)
                        || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
                        || coalesce(' default ' || pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), '')
                        || coalesce(' acl ' || a.attacl::text, '') || coalesce(' -- ' || pg_catalog.col_description(c.oid, a.attnum), ''),
                        '; ' ORDER BY a.attnum)
                   FROM pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
                  WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), '')
                || coalesce(E'\n  constraints: ' || (SELECT string_agg(k.conname || ' ' || pg_catalog.pg_get_constraintdef(k.oid)
                        || coalesce(' -- ' || pg_catalog.obj_description(k.oid, 'pg_constraint'), ''), '; ' ORDER BY k.conname)
                   FROM pg_catalog.pg_constraint k WHERE k.conrelid = c.oid), '')
                || coalesce(E'\n  indexes: ' || (SELECT string_agg(pg_catalog.pg_get_indexdef(i.indexrelid), '; ' ORDER BY 1)
                   FROM pg_catalog.pg_index i WHERE i.indrelid = c.oid), '')
                || coalesce(E'\n  triggers: ' || (SELECT string_agg(pg_catalog.pg_get_triggerdef(t.oid)
                        || coalesce(' -- ' || pg_catalog.obj_description(t.oid, 'pg_trigger'), ''), '; ' ORDER BY t.tgname)
                   FROM pg_catalog.pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal), '')
                || coalesce(E'\n  policies: ' || (SELECT string_agg(pol.polname || ' ' || pol.polcmd::text || ' ' || pol.polroles::text
                        || ' ' || coalesce(pg_catalog.pg_get_expr(pol.polqual, pol.polrelid), '') || ' ' || coalesce(pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid), ''),
                        '; ' ORDER BY pol.polname) FROM pg_catalog.pg_policy pol WHERE pol.polrelid = c.oid), '')
                || CASE WHEN c.relrowsecurity THEN ' rls' ELSE '' END
           FROM pg_catalog.pg_class c WHERE c.oid = m.objid)
    WHEN 'pg_catalog.pg_type'::regclass THEN
        (SELECT t.typtype::text || ' ' || pg_catalog.format_type(t.typbasetype, t.typtypmod) || ' acl ' || coalesce(t.typacl::text, '-')
                || coalesce(' ' || (SELECT string_agg(k.conname || ' ' || pg_catalog.pg_get_constraintdef(k.oid)
                        || coalesce(' -- ' || pg_catalog.obj_description(k.oid, 'pg_constraint'), ''), '; ' ORDER BY k.conname)
                                      FROM pg_catalog.pg_constraint k WHERE k.contypid = t.oid), '')
                || coalesce(' labels ' || (SELECT string_agg(en.enumlabel, ',' ORDER BY en.enumsortorder) FROM pg_catalog.pg_enum en WHERE en.enumtypid = t.oid), '')
           FROM pg_catalog.pg_type t WHERE t.oid = m.objid)
    END, '')
    || coalesce(E'\n  comment: ' || (SELECT ds.description FROM pg_catalog.pg_description ds
                                      WHERE ds.classoid = m.classid AND ds.objoid = m.objid AND ds.objsubid = m.objsubid), '')
  FROM m ORDER BY m.what"
"${PSQL[@]}" -d $OLD -c "$members" >"$DIR/old.members"
"${PSQL[@]}" -d $NEW -c "$members" >"$DIR/new.members"
ok=1
echo "(a) schema: pg_dump --schema-only, $(wc -l <"$DIR/new.schema") lines; $(grep -c '^[a-z]' "$DIR/new.members") members of the extension with their definitions"
if ! diff -u "$DIR/new.schema" "$DIR/old.schema" >"$DIR/schema.diff"; then
    echo "    the records' schema differs (- installed $TO, + upgraded from $FROM):"; head -40 "$DIR/schema.diff"; ok=0
fi
if ! diff -u "$DIR/new.members" "$DIR/old.members" >"$DIR/members.diff"; then
    echo "    the extension's members differ (- installed $TO, + upgraded from $FROM):"; head -60 "$DIR/members.diff"; ok=0
fi

# (b) every table and sequence of civilservice, every relation of civilservice_bi
q="SELECT string_agg(x, ' ' ORDER BY x) FROM (
     SELECT n.nspname || '.' || c.relname || '=' || (xpath('//d/text()',
              query_to_xml(format('SELECT count(*) || '':'' || coalesce(md5(string_agg(t::text, ''|'' ORDER BY t::text)), '''') AS d FROM %I.%I t', n.nspname, c.relname),
                           false, false, '')))[1]::text AS x
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE (n.nspname = 'civilservice' AND c.relkind = 'r') OR (n.nspname = 'civilservice_bi' AND c.relkind IN ('r', 'v', 'm', 'p'))
     UNION ALL
     SELECT 'civilservice.' || c.relname || '=' || coalesce(pg_sequence_last_value(c.oid::regclass)::text, 'unused')
       FROM pg_class c WHERE c.relnamespace = 'civilservice'::regnamespace AND c.relkind = 'S') s"
old=$("${PSQL[@]}" -d $OLD -c "$q")
new=$("${PSQL[@]}" -d $NEW -c "$q")
n=$(echo "$new" | wc -w)
want=$("${PSQL[@]}" -d $NEW -c "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE (n.nspname = 'civilservice' AND c.relkind IN ('r', 'S')) OR (n.nspname = 'civilservice_bi' AND c.relkind IN ('r', 'v', 'm', 'p'))")
[ "$n" -eq "$want" ] || { echo "the digest read $n of $want relations"; exit 1; }
rows=$(echo "$new" | tr ' ' '\n' | awk -F'[=:]' '$3 != "" || /:/ { n += $2 } END { print n }')
bi=$(echo "$new" | tr ' ' '\n' | grep -c '^civilservice_bi\.' || true)
echo "(b) rows: $n tables, sequences and views ($bi views of civilservice_bi), $rows rows"
if [ "$old" != "$new" ]; then
    echo "    differ (< installed $TO, > upgraded from $FROM):"
    diff <(echo "$new" | tr ' ' '\n') <(echo "$old" | tr ' ' '\n') | head -20; ok=0
fi
newview=$(echo "$old" | tr ' ' '\n' | grep '^civilservice_bi\.concept_parameters=' || true)
[ -n "$newview" ] && [ "${newview#*=}" != "0:" ] || { echo "    the upgraded database has no rows in civilservice_bi.concept_parameters"; ok=0; }

# (c) the history
for db in $OLD $NEW; do
    p=$("${PSQL[@]}" -d "$db" -c "SELECT count(*) FROM civilservice.verify_history()")
    h=$("${PSQL[@]}" -d "$db" -c "SELECT count(*) FROM civilservice.history")
    echo "(c) $db: verify_history() over $h history rows: $p problems"
    [ "$p" = 0 ] && [ "$h" -gt 0 ] || ok=0
done

# the upgrade created the records' new view as a record, with their grants
m=$("${PSQL[@]}" -d $OLD -c "SELECT count(*) FROM pg_depend WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e' AND objid = 'civilservice_bi.concept_parameters'::regclass")
[ "$m" = 0 ] || { echo "civilservice_bi.concept_parameters is a member of the extension after the update"; ok=0; }
[ "$ok" = 1 ] && echo "upgraded from $FROM and installed $TO: identical"
[ "$ok" = 1 ]
