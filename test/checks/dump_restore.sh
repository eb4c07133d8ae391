#!/usr/bin/env bash
# pg_dump keeps what a DBA added or revised in the calendar tables and never
# duplicates the rows shipped with the extension.
set -euo pipefail
PSQL=("$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -At)
"$PGBIN/dropdb" --if-exists cs_dump_src; "$PGBIN/dropdb" --if-exists cs_dump_dst
"$PGBIN/createdb" cs_dump_src; "$PGBIN/createdb" cs_dump_dst
"${PSQL[@]}" -d cs_dump_src <<'SQL'
CREATE EXTENSION civilservice CASCADE;
-- a revision of a shipped row, a new row, a new parameter value
UPDATE civilservice.calendar_entry SET estimated = false, source = 'ДУМК: дата подтверждена' WHERE day = '2027-05-16';
INSERT INTO civilservice.calendar_entry (calendar_code, day, kind, name, paired_day, source)
VALUES ('kz', '2027-01-08', 'day_off', 'Перенос', '2027-01-09', 'dba'),
       ('kz', '2027-01-09', 'working_day', 'Рабочий день', '2027-01-08', 'dba');
UPDATE civilservice.calendar SET confirmed_through = 2027 WHERE code = 'kz';
INSERT INTO civilservice.rule_parameter (name, valid_from, value, unit, rule_point, description, source)
VALUES ('application_review_working_days', '2030-01-01', 7, 'working_days', 'п. 16', 'dba', 'dba');
SQL
"$PGBIN/pg_dump" -d cs_dump_src -f "$PGHOST/cs_dump.sql"
PGOPTIONS="-c civilservice.restore_mode=on" "${PSQL[@]}" -d cs_dump_dst -f "$PGHOST/cs_dump.sql" >/dev/null
q="SELECT (SELECT count(*) FROM civilservice.calendar) || ' ' ||
          (SELECT count(*) FROM civilservice.holiday_rule) || ' ' ||
          (SELECT count(*) FROM civilservice.calendar_entry) || ' ' ||
          (SELECT count(*) FROM civilservice.rule_parameter) || ' ' ||
          (SELECT count(*) FROM civilservice.history) || ' ' ||
          (SELECT string_agg(day || ':' || estimated || ':' || shipped, ',' ORDER BY day) FROM civilservice.calendar_entry WHERE day >= '2027-01-01' AND day < '2027-06-01') || ' ' ||
          (SELECT confirmed_through FROM civilservice.calendar WHERE code = 'kz') || ' ' ||
          civilservice.is_working_day('2027-01-09') || ' ' || civilservice.review_deadline('2030-01-10')"
src=$("${PSQL[@]}" -d cs_dump_src -c "$q")
dst=$("${PSQL[@]}" -d cs_dump_dst -c "$q")
echo "source:   $src"
echo "restored: $dst"
"$PGBIN/dropdb" cs_dump_src; "$PGBIN/dropdb" cs_dump_dst
[ "$src" = "$dst" ] || exit 1

# Acts and their documents: signed acts, extensions already applied, recalls.
# A restore loads them as dumped in restore mode (superuser only).
"$PGBIN/dropdb" --if-exists cs_dump_acts; "$PGBIN/dropdb" --if-exists cs_dump_acts2
"$PGBIN/createdb" cs_dump_acts; "$PGBIN/createdb" cs_dump_acts2
"${PSQL[@]}" -d cs_dump_acts -c 'CREATE EXTENSION civilservice CASCADE'
for f in "$ROOT"/test/demo/[2-9]*.sql; do
    "$PGBIN/psql" -X -q -d cs_dump_acts -f "$f" >/dev/null 2>&1
done
"$PGBIN/pg_dump" -d cs_dump_acts -f "$PGHOST/cs_dump_acts.sql"
PGOPTIONS="-c civilservice.restore_mode=on" "${PSQL[@]}" -d cs_dump_acts2 -f "$PGHOST/cs_dump_acts.sql" >/dev/null
# every table of the extension: row count and a digest of its rows (the
# history shipped with the extension is recreated, with its install time)
digest="CREATE FUNCTION public.cs_digest() RETURNS text LANGUAGE plpgsql AS \$f\$
DECLARE r record; d text; out text := '';
BEGIN
    FOR r IN SELECT c.relname FROM pg_extension e, unnest(e.extconfig) x(oid) JOIN pg_class c ON c.oid = x.oid
              WHERE e.extname = 'civilservice' AND c.relkind = 'r' ORDER BY c.relname LOOP
        EXECUTE format('SELECT count(*) || '':'' || coalesce(md5(string_agg(t::text, ''|'' ORDER BY t::text)), '''') FROM civilservice.%I t %s', r.relname,
                       CASE r.relname WHEN 'history' THEN 'WHERE NOT shipped' ELSE '' END) INTO d;
        out := out || r.relname || '=' || d || ' ';
    END LOOP;
    RETURN out;
END \$f\$"
for db in cs_dump_acts cs_dump_acts2; do "${PSQL[@]}" -d $db -c "$digest"; done
src=$("${PSQL[@]}" -d cs_dump_acts -c "SELECT public.cs_digest()")
dst=$("${PSQL[@]}" -d cs_dump_acts2 -c "SELECT public.cs_digest()")
acts=$("${PSQL[@]}" -d cs_dump_acts2 -c "SELECT count(*) FILTER (WHERE status = 'signed') FROM civilservice.act")
echo "acts source:   $src"
echo "acts restored: $dst"
echo "signed acts restored: $acts"
"$PGBIN/dropdb" cs_dump_acts; "$PGBIN/dropdb" cs_dump_acts2
[ "$src" = "$dst" ] && [ "$acts" -gt 0 ]
