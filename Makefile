# Two entry points for a fresh machine with Python 3.11: `make demo` and `make test`.
# Each sets up what it needs (virtual environment from the lock files, a check of the map's Leaflet files,
# Chromium) and is a no-op for steps already done.

PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_OUT ?= demo-output

.PHONY: setup demo test bench chromium libreoffice axe lock clean

setup: $(STAMP) maps/vendor/.complete

# requirements.lock pins what the code needs (a crawl server installs it alone); requirements-test.lock adds the
# test and benchmark tools, with the same pins.
$(STAMP): requirements.lock requirements-test.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "$(PYTHON) not found: install Python 3.11 or run 'make PYTHON=python3 ...'"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -r requirements-test.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

# The offline map page inlines Leaflet from the XStatic packages: this checks those files and records their
# versions and checksums in maps/vendor/ (nothing is fetched; never committed).
maps/vendor/.complete: $(STAMP) maps/vendor.py
	$(BIN)/python -m maps.vendor

# Headless Chromium for the map-page tests, from Debian's packages.
chromium:
	@test -x /usr/bin/chromium || { \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
		else echo "Chromium is missing: run 'sudo apt-get install chromium'"; exit 1; fi; }

# LibreOffice Calc (headless) for the test that opens and saves review.csv as a reviewer's spreadsheet does.
libreoffice:
	@command -v soffice >/dev/null || { \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq libreoffice-calc-nogui; \
		else echo "LibreOffice is missing: run 'sudo apt-get install libreoffice-calc-nogui'"; exit 1; fi; }

# axe-core for the map page's accessibility tests, from the npm registry into test-artifacts/; never committed.
axe: setup
	@command -v npm >/dev/null || { \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq npm; \
		else echo "npm is missing: run 'sudo apt-get install npm'"; exit 1; fi; }
	$(BIN)/python -m tests.axe_core

demo: setup
	$(BIN)/clinicdir demo --out $(DEMO_OUT)

test: setup chromium libreoffice axe
	$(BIN)/python -m pytest -n auto

bench: setup chromium
	$(BIN)/python -m bench

# Re-pin every dependency after editing pyproject.toml: the runtime lock first, then the test lock within its pins.
PIP_COMPILE = $(BIN)/pip-compile --quiet --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links
lock: $(STAMP)
	$(BIN)/pip install --quiet pip-tools
	$(PIP_COMPILE) -o requirements.lock pyproject.toml
	$(PIP_COMPILE) --extra test --constraint requirements.lock -o requirements-test.lock pyproject.toml

clean:
	rm -rf $(VENV) maps/vendor $(DEMO_OUT) test-artifacts .pytest_cache
