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
"${PSQL[@]}" -d cs_dump_dst -f "$PGHOST/cs_dump.sql" >/dev/null
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
[ "$src" = "$dst" ]
