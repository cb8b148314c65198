#!/usr/bin/env bash
# Seeds each fuzz target's corpus (fuzz/seeds/<target>) from Fixtures/ and the real samples (files under 64 KB).
set -euo pipefail
cd "$(dirname "$0")/.."
R=Fixtures/realdata
seed() {  # seed TARGET FILE...
    local dir="fuzz/seeds/$1"; shift
    mkdir -p "$dir"
    for f in "$@"; do [ -f "$f" ] && [ "$(stat -c %s "$f")" -lt 65536 ] && cp "$f" "$dir/$(echo "$f" | md5sum | cut -c1-16)" || true; done
}
seed text $R/a_*.txt $R/b_*.txt $R/d_*.txt $R/f_*.txt Fixtures/experiment/formats/text/*
seed json $R/b_*.json $R/c_*.json $R/c_*.jsonl $R/d_*.jsonl $R/f_*.json $(find Fixtures/cloudtrail -name '*.json')
seed subscription $R/c_*DECODED* $R/c_awsdocs-lambda-guide_services-cloudwatchlogs_DATA_MESSAGE.json
seed compressed $(find Fixtures -name '*.gz' -size -16k | head -40)
seed xray $R/g_*
seed insights $R/e_*
seed python $R/d_*python-repr.log
mkdir -p fuzz/seeds/importtime
printf 'import time:       123 |        456 | json\nimport time:        10 |         10 |   json.decoder\n' >fuzz/seeds/importtime/handmade
seed config coldviz.toml Fixtures/fuzz-config/*
seed baseline Fixtures/baseline.json
for t in fuzz/seeds/*; do echo "$(basename "$t"): $(ls "$t" | wc -l) seeds"; done
