#!/usr/bin/env bash
# Browser test of `coldviz report`: headless Chromium opens the reports of the fixtures and
#  - from the rendered DOM (--dump-dom): every chart figure holds its SVGs, drawn, titled like its
#    caption, and each chart kind the data supports is there; no <script>;
#  - from screenshots 1280 and 390 px wide, light and dark: the page is not blank and its
#    background follows the colour scheme;
#  - Chromium's log shows no console error or uncaught exception.
# Needs the release build (make build) and Chromium (make browser-deps installs it when missing).
# Keeps the pages, DOMs and screenshots in $BROWSER_TEST_OUT (default: a temporary directory).
set -euo pipefail
cd "$(dirname "$0")/.."
COLDVIZ="${COLDVIZ:-.build/release/coldviz}"
OUT="${BROWSER_TEST_OUT:-$(mktemp -d)}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
[ -x "$COLDVIZ" ] || make build
command -v chromium >/dev/null 2>&1 || make browser-deps

chrome() {
    timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --disable-extensions --user-data-dir="$OUT/chromium-profile" --enable-logging=stderr --v=0 "$@"
}

# The bundled experiment through coldviz.toml, with the check against the committed baseline.
"$COLDVIZ" report --baseline Fixtures/baseline.json -o "$OUT/experiment.html" >/dev/null
# The synthetic X-Ray experiment: traces and import timings; its injected noise makes exit 2.
"$COLDVIZ" report Fixtures/synth/formats/xray --chart-by method -o "$OUT/xray.html" >/dev/null 2>"$OUT/xray.stderr" \
    || [ $? -eq 2 ]

status=0
check_log() {
    if grep -E "Uncaught|:CONSOLE[:(]" "$1"; then
        echo "browser-test: error: console messages in $1" >&2
        status=1
    fi
}

for page in experiment xray; do
    case $page in
    experiment) kinds="distribution timeline percentiles heatmap ecdf box compare" ;;
    xray) kinds="distribution percentiles heatmap ecdf box phases imports importtree" ;; # its logs carry no timestamps
    esac
    chrome --dump-dom "file://$OUT/$page.html" >"$OUT/$page.dom.html" 2>"$OUT/$page.dom.log" \
        || { echo "browser-test: error: chromium --dump-dom failed, see $OUT/$page.dom.log" >&2; exit 1; }
    check_log "$OUT/$page.dom.log"
    python3 scripts/browser_check.py dom "$OUT/$page.dom.html" $kinds || status=1
done

for width in 1280 390; do
    for scheme in light dark; do
        shot="$OUT/experiment-$width-$scheme.png"
        flags=()
        [ "$scheme" = dark ] && flags+=(--force-dark-mode)
        chrome "${flags[@]}" --window-size="$width,2000" --screenshot="$shot" "file://$OUT/experiment.html" \
            >"$shot.log" 2>&1 || { echo "browser-test: error: screenshot failed, see $shot.log" >&2; exit 1; }
        check_log "$shot.log"
        python3 scripts/browser_check.py png "$shot" "$scheme" || status=1
    done
done

[ $status -eq 0 ] && echo "browser-test: ok ($OUT)"
exit $status
