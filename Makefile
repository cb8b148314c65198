# coldviz: the two commands in the README are `make demo` and `make test`.
# Both install the Debian packages they need when missing, then build.

SWIFT ?= swift
APT_PACKAGES := libcairo2-dev zlib1g-dev fonts-dejavu-core pkg-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
COLDVIZ := .build/release/coldviz

.PHONY: deps build demo gallery test check lint clean

deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build -c release --product coldviz

DEMO_INPUT := Fixtures/experiment/formats/s3-export

demo: build
	@mkdir -p Output
	$(COLDVIZ) analyze $(DEMO_INPUT) --format markdown --output Output/summary.md
	$(COLDVIZ) analyze $(DEMO_INPUT) --format json --output Output/summary.json
	$(COLDVIZ) analyze $(DEMO_INPUT) --format csv --output Output/summary.csv
	$(COLDVIZ) plot $(DEMO_INPUT) --by method --chart all --format png,svg --out Output/charts
	$(COLDVIZ) plot $(DEMO_INPUT) --by function --chart percentiles --width 1920 --out Output/charts
	$(COLDVIZ) plot $(DEMO_INPUT) --by method --chart box --split memory --out Output/charts
	$(COLDVIZ) plot $(DEMO_INPUT) --by method --chart percentiles --theme dark --out Output/charts/dark
	$(COLDVIZ) analyze $(DEMO_INPUT)
	@echo "Summaries and charts written to Output/"

# The README's gallery: the demo's charts, kept in git so the README shows them.
gallery: build
	$(COLDVIZ) plot $(DEMO_INPUT) --by method --chart distribution,timeline,percentiles,heatmap,ecdf --out docs/gallery --width 960 --height 540 --dpi 112.5
	$(COLDVIZ) plot $(DEMO_INPUT) --by method --chart box --split memory --out docs/gallery --width 960 --height 540 --dpi 112.5

test: deps
	$(SWIFT) test --parallel

# The regression gate on the bundled experiment against the committed baseline (exit 0 expected).
# Regenerate the baseline with: $(COLDVIZ) baseline $(DEMO_INPUT) --by method -o Fixtures/baseline.json
check: build
	$(COLDVIZ) check $(DEMO_INPUT) --baseline Fixtures/baseline.json

clean:
	rm -rf .build Output
