#!/usr/bin/env bash
# The Debian package builds as Debian builds PostgreSQL extensions: a copy
# of the tree (the files git tracks or would track; no build products) is
# built with `dpkg-buildpackage -us -uc -b` (pg_buildext, debian/), offline
# and without the harness; then
#   - the binary package is postgresql-15-civilservice_*.deb (one per
#     version of debian/pgversions);
#   - it holds the library (civilservice.so), the control file, the install
#     script (civilservice--VERSION.sql), the frozen install scripts of
#     earlier releases and every upgrade script of the tree
#     (upgrade/civilservice--*.sql);
#   - the build changed no file of the tree and left only files the
#     project's .gitignore files ignore.
# Prints what it checked and the time of the build.
set -euo pipefail
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
TMP=$(mktemp -d /tmp/civilservice-deb.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
SRC=$TMP/civilservice
mkdir "$SRC"
fail() { echo "FAILED: $*" >&2; exit 1; }

# 1. the copy: tracked and untracked-but-not-ignored files
if git -C "$ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    (cd "$ROOT" && git ls-files -z --cached --others --exclude-standard |
        while IFS= read -r -d '' f; do [ -f "$f" ] && printf '%s\0' "$f"; done |
        xargs -0 cp --parents -t "$SRC")
else
    tar -C "$ROOT" -c --exclude-vcs --exclude='*.o' --exclude='*.so' --exclude='*.bc' \
        --exclude='./civilservice--*.sql' --exclude=results --exclude=output_iso \
        --exclude=regression.diffs --exclude=regression.out . | tar -C "$SRC" -x
fi
(cd "$SRC" && find . -type f ! -path './.git/*' -print0 | sort -z | xargs -0 sha256sum) >"$TMP/before.sha256"
echo "copied $(wc -l <"$TMP/before.sha256") files of the tree"

# 2. the build
start=$(date +%s.%N)
if ! (cd "$SRC" && dpkg-buildpackage -us -uc -b >"$TMP/build.log" 2>&1); then
    tail -40 "$TMP/build.log"
    fail "dpkg-buildpackage -us -uc -b"
fi
secs=$(echo "$(date +%s.%N) - $start" | bc)
printf 'dpkg-buildpackage -us -uc -b: built in %.1f s\n' "$secs"
grep -E "^dpkg-deb: building package" "$TMP/build.log" || true

# 3. the package: its name and its files
shopt -s nullglob
debs=("$TMP"/postgresql-15-civilservice_*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one postgresql-15-civilservice_*.deb, found: $(cd "$TMP" && ls ./*.deb 2>/dev/null | tr '\n' ' ')"
deb=${debs[0]}
echo "package: $(basename "$deb")"
[ "$(dpkg-deb -f "$deb" Package)" = postgresql-15-civilservice ] || fail "the package is named $(dpkg-deb -f "$deb" Package)"
dpkg-deb -f "$deb" Depends | grep -q 'postgresql-15' || fail "the package does not depend on postgresql-15"
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$TMP/contents"
extdir=/usr/share/postgresql/15/extension
version=$(sed -nE "s/^default_version *= *'([^']+)'.*/\1/p" "$SRC/civilservice.control")
want=(/usr/lib/postgresql/15/lib/civilservice.so "$extdir/civilservice.control" "$extdir/civilservice--$version.sql")
shopt -s nullglob
ntree=0
# released upgrade scripts, and the one make builds from upgrade/*.sql.in
for f in "$SRC"/upgrade/civilservice--*--*.sql "$SRC"/upgrade/civilservice--*--*.sql.in; do
    want+=("$extdir/$(basename "${f%.in}")"); ntree=$((ntree + 1))
done
for f in "$SRC"/upgrade/civilservice--*.sql; do
    case "$f" in *--*--*) ;; *) want+=("$extdir/$(basename "$f")") ;; esac
done
for f in "${want[@]}"; do
    grep -qxF "$f" "$TMP/contents" || fail "$f is not in the package"
    echo "contains $f"
done
nupgrades=$(grep -cE "^$extdir/civilservice--[^-]+--[^-]+\.sql\$" "$TMP/contents" || true)
echo "upgrade scripts in the package: $nupgrades (in the tree: $ntree)"
[ "$nupgrades" -eq "$ntree" ] || fail "the package's upgrade scripts are not the tree's"

# 4. the tree after the build: no file changed, every new file ignored
(cd "$SRC" && sha256sum --quiet -c "$TMP/before.sha256") || fail "the build changed files of the tree"
(cd "$SRC" && find . -type f ! -path './.git/*' | sed 's|^\./||' | sort) >"$TMP/after"
sed -E 's/^[0-9a-f]+  \.\///' "$TMP/before.sha256" | sort >"$TMP/before"
comm -13 "$TMP/before" "$TMP/after" >"$TMP/new"
if [ -s "$TMP/new" ] && git -C "$ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git -C "$ROOT" check-ignore --no-index --stdin <"$TMP/new" | sort >"$TMP/ignored" || true
    if ! cmp -s "$TMP/new" "$TMP/ignored"; then
        comm -23 "$TMP/new" "$TMP/ignored" | head -20
        fail "the build left files that git would show (above)"
    fi
fi
echo "the tree after the build: no file changed, $(wc -l <"$TMP/new") build products, all ignored by git"
