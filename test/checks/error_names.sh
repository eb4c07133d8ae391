#!/usr/bin/env bash
# The error names an application can switch on: the table "Refusal names" of
# docs/reference.md lists every constraint name the code raises, and only
# those. The code's names are taken mechanically: the constraint argument of
# civilservice.refuse(), checked(), concept_check() and signature() and
# RAISE ... CONSTRAINT in src/**/*.sql, the names given to cs_refuse() and
# add_problem() and the CS_*_RULE macros in src/**/*.c|h
# (test/checks/lib/error_names.py), plus the named constraints in
# pg_constraint of a database with the records (those of partitions, which
# repeat their parent's, left out). A name built at run time
# (TG_TABLE_NAME || '_employed') is matched by its suffix: a listed name with
# that suffix counts when its prefix is a table of civilservice, and at least
# one such name must be listed. Prints the differences; exits 1 on any.
set -euo pipefail
PSQL=("$PGBIN/psql" -X -q -v ON_ERROR_STOP=1)
DB=cs_error_names
LIB=$(dirname "$0")/lib
T=$(mktemp -d)
cleanup() { "$PGBIN/dropdb" --if-exists $DB 2>/dev/null || true; rm -rf "$T"; }
trap cleanup EXIT
"$PGBIN/dropdb" --if-exists $DB 2>/dev/null || true

"$PGBIN/createdb" $DB
"${PSQL[@]}" -d $DB -c 'SET client_min_messages = warning' -c 'CREATE EXTENSION civilservice CASCADE' \
    -c 'SELECT civilservice.create_records()' >/dev/null
"${PSQL[@]}" -d $DB -At -c "
SELECT c.conname FROM pg_catalog.pg_constraint c LEFT JOIN pg_catalog.pg_class r ON r.oid = c.conrelid
 WHERE c.connamespace = 'civilservice'::regnamespace AND c.conparentid = 0
   AND NOT coalesce(r.relispartition, false)" | sort -u >"$T/catalog"
"${PSQL[@]}" -d $DB -At -c "
SELECT relname FROM pg_catalog.pg_class WHERE relnamespace = 'civilservice'::regnamespace AND relkind IN ('r', 'p')" \
    | sort -u >"$T/tables"

python3 "$LIB/error_names.py" code "$ROOT" >"$T/code"
python3 "$LIB/error_names.py" list "$ROOT/docs/reference.md" | sort -u >"$T/listed"
echo "$(wc -l <"$T/listed") names listed in docs/reference.md; the code raises $(cut -f1 "$T/code" | grep -v '^\*' | sort -u | wc -l) by name in src/, $(wc -l <"$T/catalog") named constraints in pg_constraint, $(grep -c '^\*' "$T/code" || true) built at run time"

python3 - "$T" <<'PY'
import sys
t = sys.argv[1]
read = lambda f: [l.rstrip('\n') for l in open(f'{t}/{f}') if l.strip()]
listed, catalog, tables = set(read('listed')), set(read('catalog')), set(read('tables'))
code, dynamic, bad = {}, {}, []
for line in read('code'):
    name, where = line.split('\t')[:2]
    if name.startswith('*'):
        dynamic.setdefault(name[1:], []).append(where)
    elif name.startswith('?'):
        bad.append(f'{where}: a constraint argument that is neither a name nor TABLE || \'_suffix\': {name[1:]}')
    else:
        code.setdefault(name, where)
raised = set(code) | catalog
def built(n):
    return any(n.endswith(s) and n[:-len(s)] in tables for s in dynamic)
failed = bool(bad)
for b in bad:
    print(b)
for n in sorted(raised - listed):
    print(f'raised but not listed: {n} ({code.get(n, "pg_constraint")})')
    failed = True
for n in sorted(listed - raised):
    if not built(n):
        print(f'listed but raised nowhere: {n}')
        failed = True
for s, where in sorted(dynamic.items()):
    if not any(n.endswith(s) and n[:-len(s)] in tables for n in listed):
        print(f'no listed name for <table>{s} ({", ".join(where)})')
        failed = True
print('differences found' if failed else 'the list and the code agree')
sys.exit(1 if failed else 0)
PY
