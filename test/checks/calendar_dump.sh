#!/usr/bin/env bash
# The calendar in force comes back from a backup with nothing but CREATE
# EXTENSION: the install script writes the shipped rows again, the dump adds
# the body's own rows, which take precedence as before. A database with each
# kind of revision (a transfer order, a cancelled and a confirmed religious
# day, a replaced holiday rule, a revised shipped calendar, a parameter value
# overriding the shipped one and a later one) is dumped plain (pg_dump |
# psql) and custom (pg_restore, and pg_restore -j 4); the effective calendar
# of every covered year of every calendar, the rows in force, the year status
# and the rule parameter values must be the same. Then a calendar of the
# body's own, with its rules, is added and the plain and custom restores are
# checked again: pg_restore -j cannot be, since pg_dump orders the data of
# reference tables by their foreign keys in the archive but does not record
# it as a dependency that a parallel restore waits for (the rules of a
# body's calendar may be loaded before the calendar).
set -euo pipefail
PSQL=("$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -At)
SRC=cs_cal_dump_src
TARGETS="cs_cal_dump_plain cs_cal_dump_custom cs_cal_dump_jobs"
DIR=$(mktemp -d "$PGHOST/caldump.XXXXXX")
cleanup() { for db in $SRC $TARGETS; do "$PGBIN/dropdb" --if-exists "$db" 2>/dev/null || true; done; rm -rf "$DIR"; }
trap cleanup EXIT
for db in $SRC $TARGETS; do "$PGBIN/dropdb" --if-exists "$db" 2>/dev/null || true; done
"$PGBIN/createdb" $SRC
"${PSQL[@]}" -d $SRC >/dev/null <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION civilservice CASCADE;
SELECT civilservice.create_records();
-- a transfer order of the body's own, corrected once (history)
INSERT INTO civilservice.calendar_entry (calendar_code, day, kind, name, paired_day, source)
VALUES ('kz', '2027-01-08', 'day_off', 'Перенос', '2027-01-09', 'dba'),
       ('kz', '2027-01-09', 'working_day', 'Рабочий день', '2027-01-08', 'dba');
UPDATE civilservice.calendar_entry SET source = 'dba, corrected' WHERE source = 'dba';
-- Kurban Ait 2026 cancelled on 27 May and set on 30 May; 2027 confirmed
INSERT INTO civilservice.calendar_entry (calendar_code, day, kind, name, revoked, estimated, source)
VALUES ('kz', '2026-05-27', 'religious_day_off', 'Курбан айт', true, false, 'dba'),
       ('kz', '2026-05-30', 'religious_day_off', 'Курбан айт', false, false, 'dba'),
       ('kz', '2027-05-16', 'religious_day_off', 'Курбан айт', false, false, 'dba');
-- Constitution Day (rule 12) in force through 2024 only
INSERT INTO civilservice.holiday_rule (calendar_code, month, day, name, kind, first_year, last_year, replaces, source)
SELECT calendar_code, month, day, name, kind, first_year, 2024, id, 'dba' FROM civilservice.holiday_rule WHERE id = 12;
-- the shipped calendar revised: 2027 confirmed, 2031 covered
INSERT INTO civilservice.calendar_revision (code, last_year, confirmed_through, source) VALUES ('kz', 2031, 2027, 'dba');
-- a parameter value overriding the shipped one, and a later one
INSERT INTO civilservice.rule_parameter (name, valid_from, value, unit, rule_point, description, source)
VALUES ('application_review_working_days', '2023-06-11', 12, 'working_days', 'п. 16', 'dba', 'dba'),
       ('application_review_working_days', '2030-01-01', 7, 'working_days', 'п. 16', 'dba', 'dba');
SQL

# the calendar in force, as every function and view gives it
q="SELECT count(*) || ' ' || md5(string_agg(x, '|' ORDER BY x)) FROM (
     SELECT 'day ' || c.code || ' ' || d.day || ' ' || d.is_working || ' ' || d.reason || ' ' || coalesce(d.source, '') AS x
       FROM civilservice.calendar_in_force c, generate_series(c.first_year, c.last_year) y,
            civilservice.calendar_days(y, c.code) d
     UNION ALL SELECT 'calendar ' || t::text FROM civilservice.calendar_in_force t
     UNION ALL SELECT 'rule ' || t::text FROM civilservice.holiday_rule_in_force t
     UNION ALL SELECT 'entry ' || t::text FROM civilservice.calendar_entry_in_force t
     UNION ALL SELECT 'parameter ' || t::text FROM civilservice.rule_parameter_in_force t
     UNION ALL SELECT 'status ' || t::text FROM civilservice.calendar_year_status t
     UNION ALL SELECT 'value ' || n.name || ' ' || d || ' ' || civilservice.rule_parameter_value(n.name, d)
       FROM (SELECT DISTINCT name FROM civilservice.rule_parameter) n,
            unnest(ARRAY[date '2024-01-01', '2030-06-01']) d
     UNION ALL SELECT 'deadline ' || c.code || ' ' || d || ' ' || civilservice.review_deadline(d, c.code) || ' '
                      || civilservice.working_days_between(d, d + 200, c.code)
       FROM civilservice.calendar_in_force c, unnest(ARRAY[date '2024-01-02', '2026-05-20']) d
   ) s"
check="SELECT (SELECT count(*) FROM civilservice.calendar WHERE NOT shipped) || ' calendars, '
          || (SELECT count(*) FROM civilservice.calendar_entry WHERE NOT shipped) || ' entries, '
          || (SELECT count(*) FROM civilservice.holiday_rule WHERE NOT shipped) || ' rules, '
          || (SELECT count(*) FROM civilservice.calendar_revision) || ' revision, '
          || (SELECT count(*) FROM civilservice.rule_parameter WHERE NOT shipped) || ' values of the body; '
          || civilservice.is_working_day('2026-05-27') || ' ' || civilservice.is_working_day('2027-01-09') || ' '
          || civilservice.is_working_day('2025-09-01') || ' ' || civilservice.is_working_day('2031-01-06') || ' '
          || civilservice.rule_parameter_value('application_review_working_days', '2026-01-01')"
ok=1
# round expected_rows targets...: dump the source, restore into each target, compare
round() {
    local expected_rows=$1 targets=$2 src src_rows dst dst_rows
    for db in $targets; do "$PGBIN/dropdb" --if-exists "$db" 2>/dev/null || true; "$PGBIN/createdb" "$db"; done
    "$PGBIN/pg_dump" -d $SRC -f "$DIR/plain.sql"
    "$PGBIN/pg_dump" -d $SRC -Fc -f "$DIR/custom.dump"
    for db in $targets; do
        case $db in
        *plain)  "${PSQL[@]}" -d "$db" -f "$DIR/plain.sql" >/dev/null ;;
        *custom) "$PGBIN/pg_restore" --exit-on-error -d "$db" "$DIR/custom.dump" ;;
        *jobs)   "$PGBIN/pg_restore" --exit-on-error -j 4 -d "$db" "$DIR/custom.dump" ;;
        esac
    done
    src=$("${PSQL[@]}" -d $SRC -c "$q")
    src_rows=$("${PSQL[@]}" -d $SRC -c "$check")
    echo "source: $src_rows; calendar in force: $src"
    [ "$src_rows" = "$expected_rows" ] || { echo "source differs from what was written: expected $expected_rows"; ok=0; }
    for db in $targets; do
        dst=$("${PSQL[@]}" -d "$db" -c "$q")
        dst_rows=$("${PSQL[@]}" -d "$db" -c "$check")
        if [ "$src" = "$dst" ] && [ "$src_rows" = "$dst_rows" ]; then
            echo "$db: the same calendar in force"
        else
            echo "$db differs: $dst_rows; calendar in force: $dst"; ok=0
        fi
    done
}
round "0 calendars, 5 entries, 1 rules, 1 revision, 2 values of the body; true true true true 12" "$TARGETS"

"${PSQL[@]}" -d $SRC >/dev/null <<'SQL'
-- a calendar of the body's own
INSERT INTO civilservice.calendar (code, name, weekend, first_year, last_year, confirmed_through, source)
VALUES ('kz6', 'Шестидневная рабочая неделя', '{7}', 2024, 2026, 2026, 'dba');
INSERT INTO civilservice.holiday_rule (calendar_code, month, day, name, kind, first_year, last_year, source)
SELECT 'kz6', month, day, name, kind, first_year, last_year, source FROM civilservice.holiday_rule_in_force WHERE calendar_code = 'kz';
UPDATE civilservice.calendar SET last_year = 2027 WHERE code = 'kz6';
SQL
round "1 calendars, 5 entries, 19 rules, 1 revision, 2 values of the body; true true true true 12" "cs_cal_dump_plain cs_cal_dump_custom"
[ "$ok" = 1 ]
