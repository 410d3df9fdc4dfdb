# Werkbrug — developer and operator tasks. `make run` and `make test` are the Quick start.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PG_URL ?= postgresql://postgres@127.0.0.1:5432/test
DB ?= var/werkbrug.sqlite3
SIZE ?= region

.PHONY: run test setup assets browsers lint test-sqlite test-postgres openapi lock clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

setup: $(STAMP) assets

## assets: the web app's CSS/JS (NL Design System, htmx, axe-core) from npm, pinned by package-lock.json;
## served from node_modules/ as static files (STATICFILES_DIRS), never downloaded at run time
NPM_STAMP := node_modules/.installed
$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $(NPM_STAMP)

assets: $(NPM_STAMP)

## browsers: Debian's Chromium for the Playwright tests (Playwright's own download is not used)
browsers:
	@if [ ! -x /usr/bin/chromium ]; then \
		echo "installing Debian chromium for the browser tests"; \
		(apt-get update && apt-get install -y chromium) || echo "WARNING: chromium could not be installed: browser tests will be skipped"; \
	fi

## run: set up, migrate the SQLite database, load the region demo data, print a summary and serve on :8000
run: setup
	mkdir -p var
	$(BIN)/werkbrug init
	$(BIN)/werkbrug demo --size $(SIZE) --replace
	$(BIN)/werkbrug summary
	$(BIN)/werkbrug serve 127.0.0.1:8000

## test: set up and run the whole test suite (SQLite, then PostgreSQL when it answers)
test: setup browsers lint test-sqlite test-postgres

lint:
	mkdir -p var
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/bandit -c bandit.yaml -r src --severity-level medium --quiet
	$(BIN)/python -m werkbrug.cli makemigrations --check --dry-run
	$(BIN)/python -m werkbrug.cli spectacular --validate --fail-on-warn --file var/openapi.check.yaml
	diff -u docs/api/openapi.yaml var/openapi.check.yaml

test-sqlite:
	mkdir -p var
	$(BIN)/pytest

test-postgres:
	@if $(BIN)/python -c "import psycopg; psycopg.connect('$(PG_URL)', connect_timeout=3).close()" 2>/dev/null; then \
		echo "PostgreSQL answers at $(PG_URL): running the storage tests there too"; \
		WERKBRUG_DATABASE_URL=$(PG_URL) $(BIN)/pytest -m "storage and not browser"; \
	else \
		echo "PostgreSQL not reachable at $(PG_URL): storage tests ran on SQLite only"; \
	fi

## openapi: regenerate the committed OpenAPI document
openapi: setup
	mkdir -p docs/api
	$(BIN)/python -m werkbrug.cli spectacular --validate --file docs/api/openapi.yaml

## lock: re-resolve the pinned dependency set from pyproject.toml
lock:
	rm -rf var/lockenv && $(PYTHON) -m venv var/lockenv
	var/lockenv/bin/pip install --quiet ".[test]"
	var/lockenv/bin/pip freeze --exclude werkbrug > requirements.lock

clean:
	rm -rf $(VENV) var
