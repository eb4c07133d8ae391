#!/usr/bin/env bash
# The two README commands (and the benchmarks) in one place:
#
#   test/harness.sh demo    set up, run test/demo/*.sql, print how to connect
#   test/harness.sh test    set up, run pg_regress, isolation, pgTAP and
#                           test/checks/*.sh; end with "N passed, N failed"
#   test/harness.sh bench   set up, run test/bench/*.sh
#
# "Set up" means: install the Debian packages that are missing (nothing when
# all are there), build and install the extension, and start a throwaway
# cluster owned by an unprivileged user, on a private socket directory and
# port, that is stopped and removed on exit (KEEP=1 leaves it running).
# An existing cluster of the user is never touched.
set -euo pipefail

MODE=${1:-test}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# The PostgreSQL to build and test against: PG_CONFIG's when it is set (its
# major version; Debian's packages of that version are installed), else the
# newest Debian server development install, else 15 (what a fresh Debian 12
# gets). Only 15 is tested (docs/packaging.md).
if [ -n "${PG_CONFIG:-}" ]; then
    if PGVER=$("$PG_CONFIG" --version 2>/dev/null); then
        PGVER=$(echo "$PGVER" | sed -nE 's/^PostgreSQL ([0-9]+).*/\1/p')
    else # not installed yet: Debian's path names its version
        PGVER=$(echo "$PG_CONFIG" | sed -nE 's|^/usr/lib/postgresql/([0-9]+)/bin/pg_config$|\1|p')
    fi
    [ -n "$PGVER" ] || { echo "PG_CONFIG=$PG_CONFIG: no PostgreSQL version from it" >&2; exit 2; }
    PGBIN=$("$PG_CONFIG" --bindir 2>/dev/null || echo "/usr/lib/postgresql/$PGVER/bin")
else
    PGVER=$(ls /usr/lib/postgresql/*/bin/pg_config 2>/dev/null | sed -nE 's|^/usr/lib/postgresql/([0-9]+)/.*|\1|p' | sort -n | tail -1)
    PGVER=${PGVER:-15}
    PGBIN=/usr/lib/postgresql/$PGVER/bin
    PG_CONFIG=$PGBIN/pg_config
fi
PORT=${CIVILSERVICE_PORT:-55432}
KEEP=${KEEP:-0}
PACKAGES="postgresql-$PGVER postgresql-server-dev-$PGVER postgresql-$PGVER-pgtap
          libtap-parser-sourcehandler-pgtap-perl build-essential"
[ -f "$ROOT/test/packages.txt" ] && PACKAGES="$PACKAGES $(grep -v '^#' "$ROOT/test/packages.txt" | sed "s/@PGVER@/$PGVER/g" | tr '\n' ' ')"

# Checkouts on one machine share the installed extension: one run at a time.
exec 9>/tmp/civilservice-harness.lock
flock 9

say() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. Debian packages: install only what is missing.
missing=()
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 2. Build and install.
say "building and installing civilservice"
make -C "$ROOT" -s PG_CONFIG="$PG_CONFIG" >/dev/null
as_root make -C "$ROOT" -s PG_CONFIG="$PG_CONFIG" install >/dev/null

# 3. A throwaway cluster. initdb refuses root, so root runs it as the
# unprivileged "postgres" account the Debian package creates.
if [ "$(id -u)" = 0 ]; then RUNAS=(runuser -u postgres --); else RUNAS=(); fi
WORK=$(mktemp -d /tmp/civilservice-cluster.XXXXXX)
chmod 755 "$WORK"
[ "$(id -u)" = 0 ] && chown postgres: "$WORK"
cleanup() {
    if [ "$KEEP" = 1 ] && [ "$MODE" = demo ]; then return; fi
    "${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT
"${RUNAS[@]}" "$PGBIN/initdb" -D "$WORK/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" 2>&1 \
    || { cat "$WORK/initdb.log"; exit 1; }
cat >>"$WORK/data/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$WORK'
port = $PORT
fsync = off
synchronous_commit = off
full_page_writes = off
max_prepared_transactions = 10
# room for a month of badge events and its key, as a DBA would give a
# server of this size (the benchmarks load 2.45 million events)
shared_buffers = 1GB
timezone = 'Asia/Almaty'
shared_preload_libraries = 'civilservice,pg_cron'
# pg_cron runs civilservice.refresh_violations() on a schedule (README)
cron.database_name = 'postgres'
CONF
"${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w start >/dev/null 9>&- \
    || { cat "$WORK/server.log"; exit 1; }
export PGHOST=$WORK PGPORT=$PORT PGUSER=postgres PGDATABASE=postgres PGBIN ROOT
PSQL=("$PGBIN/psql" -X -v ON_ERROR_STOP=1 -q)

case "$MODE" in
demo)
    say "demo database: CREATE EXTENSION civilservice"
    "$PGBIN/createdb" civilservice_demo
    "${PSQL[@]}" -d civilservice_demo -c 'CREATE EXTENSION civilservice CASCADE' -c 'SELECT civilservice.create_records()'
    for f in "$ROOT"/test/demo/*.sql; do
        say "demo: $(basename "$f")"
        "$PGBIN/psql" -X -v ON_ERROR_STOP=1 -d civilservice_demo -f "$f"
    done
    say "connect to the demo cluster with:"
    echo "    psql -h $WORK -p $PORT -U postgres civilservice_demo"
    if [ "$KEEP" = 1 ]; then
        echo "It keeps running (KEEP=1). Stop it with:"
        echo "    ${RUNAS[*]} $PGBIN/pg_ctl -D $WORK/data stop && rm -rf $WORK"
    else
        echo "(the cluster is stopped now; run 'make demo KEEP=1' to keep it running)"
    fi
    ;;
test)
    passed=0 failed=0
    say "pg_regress and isolation specs"
    rm -rf "$ROOT/results" "$ROOT/output_iso"
    # ONLY=regex runs just the matching pg_regress tests, specs and pgTAP files
    # (common_records always runs first: it creates the records).
    r=$(make -C "$ROOT" -s --no-print-directory print-regress)
    i=$(make -C "$ROOT" -s --no-print-directory print-isolation)
    if [ -n "${ONLY:-}" ]; then
        r="common_records $(echo $r | tr ' ' '\n' | grep -v '^common_records$' | grep -E "$ONLY" | tr '\n' ' ' || true)"
        i=$(echo $i | tr ' ' '\n' | grep -E "$ONLY" | tr '\n' ' ' || true)
    fi
    # One run each, so that a failing pg_regress run does not skip the specs.
    # Every test named must report "ok" or "FAILED": a run that dies, or a
    # test that reports nothing, counts as failed.
    suite() { # kind, tests
        local kind=$1 tests=$2 log="$WORK/$1.log" n p f rc=0
        n=$(echo $tests | wc -w)
        [ "$n" -gt 0 ] || return 0
        if [ "$kind" = regress ]; then
            make -C "$ROOT" -s PG_CONFIG="$PG_CONFIG" REGRESS="$tests" ISOLATION= installcheck >"$log" 2>&1 || rc=$?
        else
            make -C "$ROOT" -s PG_CONFIG="$PG_CONFIG" REGRESS= ISOLATION="$tests" installcheck >"$log" 2>&1 || rc=$?
        fi
        cat "$log"
        p=$(grep -cE '\.\.\. ok|^ok [0-9]+ ' "$log" || true)
        f=$(grep -cE '\.\.\. FAILED|\.\.\. failed|^not ok [0-9]+ ' "$log" || true)
        if [ $((p + f)) -lt "$n" ]; then
            echo "$kind: $n tests named, $((p + f)) reported (exit $rc): the missing ones count as failed"
            f=$((n - p))
        elif [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
            echo "$kind: the run exited $rc with no test failed: counted as one failure"
            f=1
        fi
        passed=$((passed + p)); failed=$((failed + f))
    }
    suite regress "$r"
    suite isolation "$i"
    for d in "$ROOT/regression.diffs" "$ROOT/output_iso/regression.diffs"; do
        [ -s "$d" ] && { echo "--- $d:"; head -200 "$d"; }
    done

    say "pgTAP"
    "$PGBIN/createdb" civilservice_tap
    "${PSQL[@]}" -d civilservice_tap -c 'CREATE EXTENSION pgtap' -c 'CREATE EXTENSION civilservice CASCADE' -c 'SELECT civilservice.create_records()'
    taps=$(for t in "$ROOT"/test/pgtap/*.sql; do [ -e "$t" ] && basename "$t" .sql | grep -qE "${ONLY:-.}" && echo "$t"; done || true)
    if [ -n "$taps" ]; then
        pg_prove -v -d civilservice_tap $taps >"$WORK/tap.log" 2>&1 || true
        grep -vE '^ok ' "$WORK/tap.log" | grep -vE '^\s*$' || true
        p=$(grep -cE '^ok ' "$WORK/tap.log" || true)
        f=$(grep -cE '^not ok ' "$WORK/tap.log" || true)
        # A file that died or planned a different count is a failure too.
        d=$(( $(grep -cE 'Wstat: [1-9][0-9]* .*Failed: 0\)' "$WORK/tap.log" || true) + $(grep -cE 'Parse errors:' "$WORK/tap.log" || true) ))
        echo "pgTAP: $p assertions passed, $f failed, $d files broken"
        passed=$((passed + p)); failed=$((failed + f + d))
    fi

    for c in "$ROOT"/test/checks/*.sh; do
        [ -e "$c" ] || continue
        basename "$c" | grep -qE "${ONLY:-.}" || continue
        say "check: $(basename "$c")"
        if bash "$c"; then passed=$((passed + 1)); echo "check $(basename "$c") ... ok";
        else failed=$((failed + 1)); echo "check $(basename "$c") ... FAILED"; fi
    done

    echo
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
    ;;
bench)
    # ONLY=regex runs just the matching benchmarks.
    for b in "$ROOT"/test/bench/*.sh; do
        [ -e "$b" ] || continue
        echo "$(basename "$b")" | grep -qE "${ONLY:-.}" || continue
        say "bench: $(basename "$b")"
        bash "$b"
    done
    ;;
*)
    echo "usage: $0 demo|test|bench" >&2; exit 2 ;;
esac
