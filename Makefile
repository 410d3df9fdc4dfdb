# Werkbrug — developer and operator tasks. `make run` and `make test` are the Quick start.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PG_URL ?= postgresql://postgres@127.0.0.1:5432/test
DB ?= var/werkbrug.sqlite3
SIZE ?= region

.PHONY: run test setup lint test-sqlite test-postgres openapi lock clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

## run: set up, migrate the SQLite database, load the region demo data, print a summary and serve on :8000
run: setup
	mkdir -p var
	$(BIN)/werkbrug init
	$(BIN)/werkbrug demo --size $(SIZE) --replace
	$(BIN)/werkbrug summary
	$(BIN)/werkbrug serve 127.0.0.1:8000

## test: set up and run the whole test suite (SQLite, then PostgreSQL when it answers)
test: setup lint test-sqlite test-postgres

lint:
	mkdir -p var
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m werkbrug.cli makemigrations --check --dry-run
	$(BIN)/python -m werkbrug.cli spectacular --validate --fail-on-warn --file var/openapi.check.yaml
	diff -u docs/api/openapi.yaml var/openapi.check.yaml

test-sqlite:
	mkdir -p var
	$(BIN)/pytest

test-postgres:
	@if $(BIN)/python -c "import psycopg; psycopg.connect('$(PG_URL)', connect_timeout=3).close()" 2>/dev/null; then \
		echo "PostgreSQL answers at $(PG_URL): running the storage tests there too"; \
		WERKBRUG_DATABASE_URL=$(PG_URL) $(BIN)/pytest -m storage; \
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
