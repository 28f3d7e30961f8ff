# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= newsgraph.duckdb

.PHONY: install demo test lint browser lock clean

install: $(STAMP)

# Reproducible install: every package pinned with its hash in requirements.lock (uv installs it).
$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q 'uv==0.13.9'
	$(BIN)/uv pip install -q --python $(BIN)/python --require-hashes -r requirements.lock
	$(BIN)/uv pip install -q --python $(BIN)/python --no-deps -e .
	touch $(STAMP)

demo: install
	$(BIN)/newsgraph ingest samples/ --db $(DB)
	$(BIN)/newsgraph show --db $(DB)
	$(BIN)/newsgraph events --db $(DB)
	$(BIN)/newsgraph quotes --db $(DB)

lint: install
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

# Debian's chromium for the end-to-end page tests (Playwright drives it; no browser download).
browser:
	scripts/ensure-chromium.sh

test: install lint browser
	$(BIN)/python -m pytest

lock:
	scripts/lock.sh

clean:
	rm -rf $(VENV) $(DB) .pytest_cache
