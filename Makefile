# The two commands a user needs: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint bench bench-quality bench-crawl bench-language bench-near-duplicates bench-aggregator-web flush clean

install: $(STAMP)

# Reinstall when the pinned requirements change.
$(STAMP): requirements.txt requirements-dev.txt constraints.txt
	@command -v $(PYTHON) >/dev/null || { echo "needs $(PYTHON) on PATH"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt -r requirements-dev.txt -c constraints.txt
	touch $(STAMP)

run: install
	$(BIN)/python -m crawler.demo

test: install lint redis-server chromium wordnet
	$(BIN)/python -m pytest

# ruff (pyflakes, and the rules the code's noqa markers name) and the layering
# contracts in pyproject.toml (cleaners/ never imports Scrapy; no import cycles).
lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports

# Benchmarks read the labelled corpora from the paths given (never copied here):
#   make bench-quality CORPUS="path/to/article-extraction-benchmark path/to/wcxb-dev-articles"
CORPUS ?= ../shared/corpus/article-extraction-benchmark ../shared/corpus/wcxb-dev-articles
bench-quality: install
	$(BIN)/python -m bench.quality $(foreach c,$(CORPUS),--corpus $(c)) --show-leaks 15 --json data/bench-quality.json

# Crawl throughput: extraction in a worker pool vs in the crawl process,
# over the first corpus's pages served on 127.0.0.1.
bench-crawl: install
	$(BIN)/python -m bench.crawl --corpus $(firstword $(CORPUS)) --pages 181

# Quality and speed: each figure against a baseline measured in the same run.
bench: bench-quality bench-crawl bench-near-duplicates bench-language bench-aggregator-web

# Deliver output that earlier runs left in the spool (S3 was down).
flush: install
	$(BIN)/scrapy flush

clean:
	rm -rf $(VENV) data .pytest_cache

# Tests of the distributed mode need a real redis-server (Debian's package).
.PHONY: redis-server
redis-server:
	@command -v redis-server >/dev/null || { \
	  echo "installing redis-server (Debian package)"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null) \
	  || { echo "could not install redis-server: run as root, or install it"; exit 1; }; }

# The run report's browser test drives Debian's chromium through Playwright
# (Playwright cannot download browsers of its own here).
.PHONY: chromium
chromium:
	@command -v chromium >/dev/null || { \
	  echo "installing chromium (Debian package)"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || { echo "could not install chromium: run as root, or install it"; exit 1; }; }

# The near-duplicate tests' spinner reads WordNet's files (Debian's wordnet-base).
.PHONY: wordnet
wordnet:
	@test -f /usr/share/wordnet/data.noun || { \
	  echo "installing wordnet-base (Debian package)"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wordnet-base >/dev/null) \
	  || { echo "could not install wordnet-base: run as root, or install it"; exit 1; }; }

# Near-duplicate linking: spun copies linked, false links, cost, index memory.
# Language on a bounded sample against the whole text, on the corpora.
bench-language: install
	$(BIN)/python -m bench.language_sample $(foreach c,$(CORPUS),--corpus $(c))

bench-near-duplicates: install wordnet
	$(BIN)/python -m bench.near_duplicates $(foreach c,$(CORPUS),--corpus $(c))

# Cleaning by evidence on our own aggregator web (bench/aggregator_web.py), crawled
# for real on 127.0.0.1; figures are of the HELD_OUT boilerplate half.
bench-aggregator-web: install
	$(BIN)/python -m bench.aggregator_web --half held_out --json data/bench-aggregator-web.json
