#!/usr/bin/env bash
# Byte-for-byte comparison of two coldviz builds, the safety net for performance work: the outputs of
# `analyze --format json`, the table (stdout, stderr, exit code) and `export --format jsonl` must not change.
#
#   bench/compare.sh OLD_COLDVIZ NEW_COLDVIZ [INPUT ...]   # default inputs: the three fixture sets
#
# Build the old binary from a worktree of the base commit, e.g.
#   git worktree add ../base main && (cd ../base && swift build -c release --product coldviz --static-swift-stdlib)
# Exits 1 when any output differs (and shows the start of the difference).
set -uo pipefail
[ $# -ge 2 ] || { sed -n '2,9p' "$0" >&2; exit 64; }
OLD=$1 NEW=$2
shift 2
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- Fixtures/experiment Fixtures/synth Fixtures/realdata
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail=0
same() { # NAME FILE...: compares $WORK/old.FILE with $WORK/new.FILE for each FILE
  local name=$1 f
  shift
  for f in "$@"; do
    if ! cmp -s "$WORK/old.$f" "$WORK/new.$f"; then
      echo "DIFF: $name ($f)"
      diff "$WORK/old.$f" "$WORK/new.$f" | head -5
      fail=1
      return
    fi
  done
  echo "same: $name"
}
for input in "$@"; do
  for format in json table; do
    for side in old new; do
      bin=$OLD
      [ $side = new ] && bin=$NEW
      "$bin" analyze "$input" --format $format >"$WORK/$side.out" 2>"$WORK/$side.err"
      echo $? >"$WORK/$side.status"
      grep -v '^timing: ' "$WORK/$side.err" >"$WORK/$side.stderr"
    done
    same "$input analyze --format $format" out stderr status
  done
  : >"$WORK/old.jsonl" && : >"$WORK/new.jsonl"  # no export written counts as empty
  "$OLD" export "$input" --format jsonl -o "$WORK/old.jsonl" 2>/dev/null
  "$NEW" export "$input" --format jsonl -o "$WORK/new.jsonl" 2>/dev/null
  same "$input export --format jsonl" jsonl
done
exit $fail
