#!/usr/bin/env bash
# The benchmark of issues 7 and 14: coldviz analyze/plot next to grep, zcat | grep and a notebook-style
# Python reference, on the same synthetic invocations in three export formats.
#
#   bench/run.sh                  # ~1 GB of text, the same invocations as JSON and a gzip S3 tree
#   BENCH_SIZE=100MB bench/run.sh # a quick run
#
# Data goes to bench/.data (BENCH_DATA), the Python virtualenv to bench/.venv; both are ignored by git.
# Prints a Markdown table: wall time (best of BENCH_RUNS), MB/s of input, ratios, peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE=${BENCH_SIZE:-1GB}
RUNS=${BENCH_RUNS:-3}
DATA=${BENCH_DATA:-bench/.data}
PLOT_COLD_STARTS=${BENCH_PLOT_COLD_STARTS:-1000000}
SEED=7
COLDVIZ=.build/release/coldviz
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

if [ ! -x /usr/bin/time ]; then
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq time
fi
if [ ! -x bench/.venv/bin/python ]; then
  python3 -m venv bench/.venv
  bench/.venv/bin/pip install -q pandas numpy
fi
swift build -c release --product coldviz --static-swift-stdlib >&2  # as `make build` builds it

# --- data -------------------------------------------------------------------------------------
mkdir -p "$DATA"
if [ "$(cat "$DATA/size" 2>/dev/null)" != "$SIZE $PLOT_COLD_STARTS tail" ]; then
  rm -rf "${DATA:?}"/*
  echo "generating $SIZE of text ..." >&2
  summary=$($COLDVIZ synth --out "$DATA/text" --format text --size "$SIZE" --seed $SEED)
  invocations=${summary%% invocations*}
  echo "  $summary; $SIZE of filter-log-events JSON (the same seed) and the same $invocations invocations as a gzip S3 export" >&2
  $COLDVIZ synth --out "$DATA/json" --format filter-log-events --size "$SIZE" --seed $SEED >/dev/null
  $COLDVIZ synth --out "$DATA/s3" --format s3-export --invocations "$invocations" --seed $SEED >/dev/null
  # One burst in which every function starts enough environments for PLOT_COLD_STARTS cold starts,
  # as `aws logs tail` lines: a timeline needs the times that plain pasted lines lack.
  per_function=$(((PLOT_COLD_STARTS + 71) / 72))
  $COLDVIZ synth --out "$DATA/timeline" --format tail --bursts 1 --requests $per_function \
    --concurrency $per_function --seed $SEED >/dev/null
  echo "$SIZE $PLOT_COLD_STARTS tail" >"$DATA/size"
fi

# --- measuring --------------------------------------------------------------------------------
# measure NAME CMD...: best wall time of RUNS runs (seconds) and the peak RSS of that run (MB).
declare -A WALL RSS
measure() {
  local name=$1 runs=$RUNS best="" rss=""
  shift
  [ "$name" = "${name#python}" ] || runs=1
  for _ in $(seq "$runs"); do
    local start end wall
    start=$(date +%s.%N)
    # Not >/dev/null: GNU grep stops at the first match when its output is /dev/null.
    /usr/bin/time -f "%M" -o "$DATA/time.out" bash -c "$*" >"$DATA/stdout.out" 2>"$DATA/stderr.out" || {
      local status=$?
      # coldviz exits 2 when some input was unusable; anything else is a failure of the benchmark.
      if [ $status -ne 2 ]; then
        cat "$DATA/stderr.out" >&2
        echo "benchmark command failed ($status): $*" >&2
        exit 1
      fi
    }
    end=$(date +%s.%N)
    wall=$(echo "$end - $start" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$wall < $best" | bc -l)" = 1 ]; then
      best=$wall
      rss=$(($(tail -1 "$DATA/time.out") / 1024))
    fi
  done
  WALL[$name]=$(printf '%.3f' "$best")
  RSS[$name]=$rss
  echo "  $name: ${WALL[$name]} s, ${RSS[$name]} MB" >&2
}
mb() { du -sm --apparent-size "$1" | cut -f1; }
reports() { grep -rc 'REPORT RequestId' "$1" | awk -F: '{ n += $NF } END { print n }'; }

echo "measuring ..." >&2
cat "$DATA"/text/* "$DATA"/json/* >/dev/null
measure grep-text "grep -rc 'Init Duration' $DATA/text"
measure coldviz-text "$COLDVIZ analyze $DATA/text --by method"
measure python-text "bench/.venv/bin/python bench/reference.py text $DATA/text"
measure grep-json "grep -rc 'Init Duration' $DATA/json"
measure coldviz-json "$COLDVIZ analyze $DATA/json --by method"
measure python-json "bench/.venv/bin/python bench/reference.py filter-log-events $DATA/json"
measure zcat-s3 "find $DATA/s3 -name '*.gz' -print0 | xargs -0 zcat | grep -c 'Init Duration'"
measure coldviz-s3 "$COLDVIZ analyze $DATA/s3 --by method"
measure python-s3 "bench/.venv/bin/python bench/reference.py s3-export $DATA/s3"
rm -rf "$DATA/charts"
measure plot-timeline "COLDVIZ_TIMINGS=1 $COLDVIZ plot $DATA/timeline --by method --chart timeline --out $DATA/charts"
ls "$DATA"/charts/timeline-*.png >/dev/null || { echo "the timeline benchmark drew no timeline" >&2; exit 1; }
# The chart itself (data and drawing) apart from reading the input, from the phase timings of the last run.
# Lines read `timing: timeline data 700.1 ms, peak 512 MB resident, now 480 MB`: the number before `ms`.
DRAW=$(awk '/timing: timeline (data|drawing)/ { for (i = 2; i <= NF; i++) if ($i ~ /^ms,?$/) ms += $(i - 1) } END { printf "%.2f", ms / 1000 }' "$DATA/stderr.out")
measure plot-fixtures "$COLDVIZ plot Fixtures --by method --out $DATA/charts-fixtures"

# --- table ------------------------------------------------------------------------------------
ratio() { printf '%.1f' "$(echo "$1 / $2" | bc -l)"; }
rate() { printf '%.0f' "$(echo "$1 / $2" | bc -l)"; }
row() { # input, MB, REPORTs, floor name, floor, coldviz name, python name
  local floor=${WALL[$4]} ours=${WALL[$6]} py=${WALL[$7]} limit
  limit=$((64 + $3 * 96 / 1000000))
  echo "| $1 | $2 | $3 | $5 ${floor} s | ${ours} s | $(rate "$2" "$ours") | $(ratio "$ours" "$floor")x | ${py} s | $(ratio "$py" "$ours")x | ${RSS[$6]} MB (limit $limit) | ${RSS[$7]} MB |"
}
echo
echo "| input | MB on disk | REPORTs | floor | coldviz analyze | MB/s | ratio to floor | Python reference | Python / coldviz | coldviz peak RSS | Python peak RSS |"
echo "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|"
row "plain text" "$(mb "$DATA/text")" "$(reports "$DATA/text")" grep-text "grep -c" coldviz-text python-text
row "filter-log-events JSON" "$(mb "$DATA/json")" "$(reports "$DATA/json")" grep-json "grep -c" coldviz-json python-json
row "S3 export (gzip)" "$(mb "$DATA/s3")" "$(find "$DATA/s3" -name '*.gz' -print0 | xargs -0 zcat | grep -c 'REPORT RequestId')" zcat-s3 "zcat \\| grep -c" coldviz-s3 python-s3
echo
echo "| plot | input MB | wall | of which the chart | peak RSS |"
echo "|---|---:|---:|---:|---:|"
echo "| timeline of $(grep -rc 'Init Duration' "$DATA/timeline" | awk -F: '{ n += $NF } END { print n }') cold starts | $(mb "$DATA/timeline") | ${WALL[plot-timeline]} s | $DRAW s | ${RSS[plot-timeline]} MB |"
echo "| every chart of Fixtures/ | $(mb Fixtures) | ${WALL[plot-fixtures]} s | | ${RSS[plot-fixtures]} MB |"
