# Two entry points for a fresh machine with Python 3.11: `make demo` and `make test`.
# Each sets up what it needs (virtual environment from the lock file, browser assets, Chromium)
# and is a no-op for steps already done.

PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_OUT ?= demo-output

.PHONY: setup demo test bench chromium axe lock clean

setup: $(STAMP) maps/vendor/.complete

$(STAMP): requirements.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "$(PYTHON) not found: install Python 3.11 or run 'make PYTHON=python3 ...'"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

# Leaflet plugins for the offline map page come from the npm registry at setup time; never committed.
maps/vendor/.complete: $(STAMP) maps/vendor.py
	$(BIN)/python -m maps.vendor

# Headless Chromium for the map-page tests, from Debian's packages.
chromium:
	@test -x /usr/bin/chromium || { \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
		else echo "Chromium is missing: run 'sudo apt-get install chromium'"; exit 1; fi; }

# axe-core for the map page's accessibility tests, from the npm registry into test-artifacts/; never committed.
axe: setup
	@command -v npm >/dev/null || { \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq npm; \
		else echo "npm is missing: run 'sudo apt-get install npm'"; exit 1; fi; }
	$(BIN)/python -m tests.axe_core

demo: setup
	$(BIN)/clinicdir demo --out $(DEMO_OUT)

test: setup chromium axe
	$(BIN)/python -m pytest

bench: setup chromium
	$(BIN)/python -m bench

# Re-pin every dependency after editing pyproject.toml.
lock: $(STAMP)
	$(BIN)/pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --extra test --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links -o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) maps/vendor $(DEMO_OUT) test-artifacts .pytest_cache
