# coldviz: the two commands in the README are `make demo` and `make test`.
# Both install the Debian packages they need when missing, then build.

SWIFT ?= swift
APT_PACKAGES := libcairo2-dev zlib1g-dev libsqlite3-dev fonts-dejavu-core pkg-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
COLDVIZ := .build/release/coldviz

.PHONY: deps browser-deps athena-check build demo gallery synth-fixtures test check browser-test lint clean fuzz fuzz-build

deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

# Chromium for the browser test of `coldviz report` (scripts/browser-test.sh), installed when missing.
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian package: chromium"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; \
	}

# The Swift runtime and Foundation linked into the binary: it starts with about 16 MB resident instead of
# 23 MB (no shared Foundation and ICU libraries to load), and runs on machines without a Swift toolchain.
build: deps
	$(SWIFT) build -c release --product coldviz --static-swift-stdlib

DEMO_INPUT := Fixtures/experiment/formats/s3-export

demo: build
	@mkdir -p Output
	$(COLDVIZ) analyze --format markdown --output Output/summary.md
	$(COLDVIZ) analyze --format json --output Output/summary.json
	$(COLDVIZ) analyze --format csv --output Output/summary.csv
	$(COLDVIZ) export --format csv --output Output/records.csv
	$(COLDVIZ) plot --by method --format png,svg
	$(COLDVIZ) plot --by function --chart percentiles --width 1920
	$(COLDVIZ) plot --by method --chart box --split memory
	@# The study's conclusion as numbers: cold starts per burst, and right after the deployment (coldviz.toml) or not.
	$(COLDVIZ) analyze --by method,burst --format markdown --output Output/by-burst.md
	$(COLDVIZ) analyze --by method,deploy --format markdown --output Output/by-deploy.md
	$(COLDVIZ) plot --by method --chart box --split deploy
	$(COLDVIZ) plot --by method --chart heatmap --heatmap method,burst
	$(COLDVIZ) plot --by method --chart percentiles --theme dark --out Output/charts/dark
	@# The synthetic X-Ray experiment carries injected noise: its malformed lines are reported, exit 2 is expected.
	$(COLDVIZ) plot Fixtures/synth/formats/xray --by method --chart phases,imports,importtree --out Output/charts/explain || [ $$? -eq 2 ]
	$(COLDVIZ) analyze Fixtures/synth/formats/xray --by method --format json --output Output/explain.json || [ $$? -eq 2 ]
	$(COLDVIZ) report --baseline Fixtures/baseline.json -o Output/report.html
	$(COLDVIZ) analyze
	@echo "Summaries, charts and Output/report.html written to Output/"

# The README's gallery (DEMO_INPUT is the input coldviz.toml names): the demo's charts, kept in git so the README shows them.
gallery: build
	$(COLDVIZ) plot $(DEMO_INPUT) --by method --chart distribution,timeline,percentiles,heatmap,ecdf --out docs/gallery --width 960 --height 540 --dpi 112.5
	$(COLDVIZ) plot $(DEMO_INPUT) --by method --chart box --split memory --out docs/gallery --width 960 --height 540 --dpi 112.5
	$(COLDVIZ) plot Fixtures/synth/formats/xray --by method --chart phases,imports,importtree --out docs/gallery --width 960 --height 540 --dpi 112.5 || [ $$? -eq 2 ]

# A small seeded synth experiment in every synth format, with its manifests (ground truth).
SYNTH_SEED := 20240304
SYNTH_SMALL := --seed $(SYNTH_SEED) --noise 0.05 --python 3.9,3.12 --memory 1024,10240 --bursts 2 --requests 8 --concurrency 4 --import-time --gzip

synth-fixtures: build
	rm -rf Fixtures/synth/formats Fixtures/synth/manifests
	@mkdir -p Fixtures/synth/manifests
	for f in text filter-log-events s3-export subscription jsonlog insights xray; do \
	  $(COLDVIZ) synth --out Fixtures/synth/formats/$$f --format $$f $(SYNTH_SMALL) --manifest Fixtures/synth/manifests/$$f.json || exit 1; \
	done
	@du -sh Fixtures/synth

test: deps
	$(SWIFT) test --parallel

# The regression gate on the bundled experiment against the committed baseline (exit 0 expected).
# Regenerate the baseline with: $(COLDVIZ) baseline $(DEMO_INPUT) --by method -o Fixtures/baseline.json
check: build
	$(COLDVIZ) check

# The SELECT of `coldviz query athena`, run in DuckDB (from PyPI, in bench/.venv) over local S3-export trees, against
# coldviz's export and analysis of the same trees.
athena-check: build
	scripts/athena-check.sh

# Headless Chromium opens the reports of the fixtures: DOM, screenshots (light, dark, 1280 and 390 px), console.
browser-test: build browser-deps
	scripts/browser-test.sh

lint:
	$(SWIFT) format lint --strict -r Sources Tests Package.swift

# Fuzzing (issue 15): one libFuzzer + AddressSanitizer executable, the target named by FUZZ_TARGET, in the
# separate package fuzz/ (never part of `swift build`/`swift test`). Each target runs FUZZ_SECONDS under
# nice; its corpus grows in fuzz/corpus/<target>, crashes land in fuzz/findings/ (make each a regression test).
# Leaks are not checked (-detect_leaks=0, and ASAN_OPTIONS for the check at exit, which saved the empty input as a
# finding): the CLI is a short-lived process, and TOMLKit leaks on every parse error and string it returns.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= text json subscription compressed xray insights python importtime config baseline
FUZZ_BIN := fuzz/.build/release/ColdVizFuzz

fuzz-build:
	$(SWIFT) build --package-path fuzz -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld

fuzz: fuzz-build
	fuzz/seed.sh
	@mkdir -p fuzz/findings
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p fuzz/corpus/$$t; \
	  echo "== fuzz target $$t, $(FUZZ_SECONDS) s"; \
	  FUZZ_TARGET=$$t SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 nice -n 19 $(FUZZ_BIN) fuzz/corpus/$$t fuzz/seeds/$$t \
	    -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -rss_limit_mb=4096 -timeout=20 -detect_leaks=0 -print_final_stats=1 \
	    -artifact_prefix=fuzz/findings/$$t- 2>&1 | grep -E '^(stat::|#[0-9]+[[:space:]]+DONE|==.*ERROR|SUMMARY|artifact_prefix|Done|.*invariant broken|.*Fatal error)' || exit 1; \
	  test -z "$$(ls fuzz/findings/$$t-* 2>/dev/null)" || { echo "fuzz target $$t: findings in fuzz/findings/"; exit 1; }; \
	done

# Output/README.md is kept in git: only the generated contents of Output/ go.
clean:
	rm -rf .build
	if [ -d Output ]; then find Output -mindepth 1 -maxdepth 1 ! -name README.md -exec rm -rf {} +; fi
