#!/usr/bin/env bash
# Runs the SELECT of `coldviz query athena` in DuckDB over local S3-export trees and checks it against
# coldviz itself (issue 18): DuckDB's rows equal `coldviz export` of the same tree row for row, and
# `coldviz analyze` of DuckDB's CSV equals `coldviz analyze` of the tree. DuckDB comes from PyPI, in the
# virtualenv bench/.venv (made when missing). Trino (Athena) and DuckDB differ in what the SQL avoids:
# regexp_extract gives NULL (Trino) or '' (DuckDB) when nothing matches, so every use is wrapped in
# coalesce(…, ''); Trino has regexp_like and DuckDB regexp_matches, so matching is tested with
# regexp_extract(…, 0) <> ''; "$path" (Athena) is DuckDB's read_csv filename. Both share substr, strpos,
# date_diff('millisecond', …), CAST(… AS TIMESTAMP) of 'YYYY-MM-DD HH:MM:SS.mmm' and row_number().
set -euo pipefail
cd "$(dirname "$0")/.."
COLDVIZ=${COLDVIZ:-.build/release/coldviz}
[ -x "$COLDVIZ" ] || swift build -c release --product coldviz --static-swift-stdlib >&2
if ! bench/.venv/bin/python -c 'import duckdb' 2>/dev/null; then
  [ -x bench/.venv/bin/python ] || python3 -m venv bench/.venv
  bench/.venv/bin/pip install -q duckdb
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$COLDVIZ" synth --out "$WORK/synth" --format s3-export --gzip --seed 11 --bursts 2 --requests 6 --concurrency 3 >/dev/null
fail=0
for tree in "$WORK/synth" Fixtures/experiment/formats/s3-export; do
  source="SELECT filename AS path, line FROM read_csv('$tree/**/*.gz', columns={'line': 'VARCHAR'}, delim=chr(1), quote='', escape='', header=false, filename=true, compression='gzip', auto_detect=false, null_padding=true)"
  "$COLDVIZ" query athena --select-only --source "$source" >"$WORK/select.sql"
  bench/.venv/bin/python - "$WORK/select.sql" "$WORK/duckdb.csv" <<'PY'
import sys, duckdb
sql = open(sys.argv[1]).read()
duckdb.connect().execute(f"COPY ({sql}) TO '{sys.argv[2]}' (HEADER, DELIMITER ',', FORCE_QUOTE *)")
PY
  "$COLDVIZ" export "$tree" --format csv --output "$WORK/export.csv"
  # Row for row on what the SQL extracts (the export also has labels, bursts, files and lines).
  bench/.venv/bin/python - "$WORK/duckdb.csv" "$WORK/export.csv" <<'PY' || fail=1
import csv, sys
cols = ["function", "log_stream", "request_id", "timestamp", "category", "init_duration_ms", "restore_duration_ms",
        "billed_restore_duration_ms", "duration_ms", "billed_duration_ms", "memory_size_mb", "max_memory_used_mb",
        "status", "error_type"]
def rows(path):
    def norm(v):
        try: return repr(float(v))
        except ValueError: return v
    with open(path, newline="") as f:
        return sorted(tuple(norm(r[c] or "") for c in cols) for r in csv.DictReader(f) if r["record"] == "invocation")
a, b = rows(sys.argv[1]), rows(sys.argv[2])
print(f"  DuckDB rows {len(a)}, coldviz export rows {len(b)}: {'same' if a == b else 'DIFFERENT'}")
if a != b:
    print("  first difference:", next((x, y) for x, y in zip(a, b) if x != y) if len(a) == len(b) else "row counts")
    sys.exit(1)
PY
  for by in function method,burst,category runtimeVersion; do
    "$COLDVIZ" analyze "$tree" --by $by --format csv >"$WORK/tree.csv"
    "$COLDVIZ" analyze "$WORK/duckdb.csv" --by $by --format csv >"$WORK/rows.csv"
    if cmp -s "$WORK/tree.csv" "$WORK/rows.csv"; then echo "  analyze --by $by: same"; else echo "  analyze --by $by: DIFFERENT"; fail=1; fi
  done
  echo "athena-check: $tree"
done
exit $fail
