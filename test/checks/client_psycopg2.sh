#!/usr/bin/env bash
# An application with an ordinary driver: test/client/everyday.py runs the
# everyday flow with psycopg2 (Debian package python3-psycopg2), connecting
# as login roles that are members of the shipped roles, with the default
# connection settings: the search_path is the one create_records() gave
# the database. Creates its own database and roles, and removes them.
set -euo pipefail
PSQL=("$PGBIN/psql" -X -q -v ON_ERROR_STOP=1)
DB=cs_client
ROLES="cs_client_hr cs_client_head cs_client_loader cs_client_reader"
PY=/usr/bin/python3   # Debian's, which python3-psycopg2 installs into
cleanup() {
    "$PGBIN/dropdb" --if-exists $DB 2>/dev/null || true
    for r in $ROLES; do "${PSQL[@]}" -c "DROP ROLE IF EXISTS $r" 2>/dev/null || true; done
}
trap cleanup EXIT
cleanup
"$PY" -c 'import psycopg2' 2>/dev/null || { echo "psycopg2 is not installed for $PY (Debian package python3-psycopg2)"; exit 1; }

"$PGBIN/createdb" $DB
# the install as a DBA does it; create_records() says what search_path it set
out=$("${PSQL[@]}" -d $DB -c 'CREATE EXTENSION civilservice CASCADE' -c 'SELECT civilservice.create_records()' 2>&1)
echo "$out" | grep -F 'NOTICE:  search_path of database cs_client set to "$user", public, civilservice' \
    || { echo "create_records() did not set the search_path:"; echo "$out"; exit 1; }

# a state body and its staff, as the superuser; the logins and their mappings
"${PSQL[@]}" -d $DB >/dev/null <<'SQL'
SET client_min_messages = warning;
INSERT INTO civilservice.state_body (id, bin, name_ru) VALUES
 (500, '040540001002', 'Агентство'), (501, '121041004563', 'Комитет');
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name, is_authorized) VALUES
 (500, 1, '900101400023', '2020-01-01', 'Руководитель аппарата', true),
 (500, 2, '880202300037', '2020-01-01', 'Асанов', false),
 (500, 3, '910303400043', '2020-01-01', 'Бекова', false),
 (501, 1, '880202300037', '2018-01-01', 'Асанов', false);
-- enough staff for the planner to prefer the index on employee (iin)
INSERT INTO civilservice.employee (state_body_id, id, iin, employed_from, full_name)
SELECT 500, 100 + row_number() OVER (), c, '2020-01-01', 'Сотрудник ' || c
  FROM (SELECT '85' || lpad(m::text, 2, '0') || lpad(d::text, 2, '0') || '3' || lpad(n::text, 4, '0') || k AS c
          FROM generate_series(1, 12) m, generate_series(1, 28) d, generate_series(0, 2) n, generate_series(0, 9) k) x
 WHERE civilservice.iin_is_valid(c) AND c NOT IN ('900101400023', '880202300037', '910303400043');
SELECT setval('civilservice.employee_id_seq', 10000) >= 0 AS keys_past_the_fixed_ones;
ANALYZE civilservice.employee;
CREATE ROLE cs_client_hr LOGIN IN ROLE civilservice_hr;
CREATE ROLE cs_client_head LOGIN IN ROLE civilservice_authorized;
CREATE ROLE cs_client_loader LOGIN IN ROLE civilservice_loader;
CREATE ROLE cs_client_reader LOGIN IN ROLE civilservice_reader;
INSERT INTO civilservice.role_body (state_body_id, role_name, employee_id) VALUES
 (500, 'cs_client_hr', NULL), (501, 'cs_client_hr', NULL),
 (500, 'cs_client_head', 1),
 (500, 'cs_client_loader', NULL),
 (500, 'cs_client_reader', NULL);
SQL

PGDATABASE=$DB "$PY" "$ROOT/test/client/everyday.py"
