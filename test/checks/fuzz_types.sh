#!/usr/bin/env bash
# Random and mutated inputs through the iin, bin and work_schedule text
# parsers, linked outside the server under ASan + UBSan (test/fuzz/).
# FUZZ_N inputs per parser (default 2,000,000); FUZZ_SEED to replay a run.
set -euo pipefail
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
N=${FUZZ_N:-2000000}
# CI replays a fixed seed; elsewhere each run explores a new one.
if [ "${CI:-}" = true ]; then SEED=${FUZZ_SEED:-20261123}; else SEED=${FUZZ_SEED:-$(date +%s)}; fi
CC=$(command -v clang || command -v gcc)
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
"$CC" -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -Wall -Wextra -Werror \
    -I"$ROOT/src" "$ROOT/test/fuzz/fuzz_parsers.c" "$ROOT/src/types/idnumber.c" "$ROOT/src/types/work_schedule_text.c" \
    -o "$OUT/fuzz_parsers"
echo "fuzz seed $SEED"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$OUT/fuzz_parsers" "$N" "$SEED"
