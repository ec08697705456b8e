# Integration Clinic: everyday commands.
#
#   make run         the demo clinic at http://127.0.0.1:8000 (web, Celery worker, Celery beat);
#                    needs nothing but Python: SQLite and a file-based broker under var/.
#                    Installs only what running needs (requirements/run.txt)
#   make test        the test suite, in parallel (PYTEST_ARGS="-k journals -x" narrows it;
#                    PYTEST_WORKERS=0 runs it in one process)
#   make test-clock  the tests that depend on the time of day, again at awkward instants
#                    under faketime (late Tuesday evening, the hour after spring forward,
#                    New Year's Eve)
#   make lint        ruff lint and format check;  make fmt  rewrites the code to match
#   make check       migrations are up to date and the production settings pass check --deploy
#   make bench       the benchmarks in bench/; these need PostgreSQL and Redis (see below)
#   make clean       removes var/, db.sqlite3 and .venv

SHELL := /bin/bash
.DEFAULT_GOAL := run

VENV := .venv
BIN := $(VENV)/bin
# One stamp per purpose: each is redone only when its own requirements change.
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3 2>/dev/null)

PYTEST_ARGS ?=
# pytest-xdist processes: "auto" is one per CPU; 0 runs the suite in this process.
PYTEST_WORKERS ?= auto

# make test-clock: the folders whose tests meet the time of day, and the instants (UTC)
# they run at. Each pass starts its clock there and lets it tick.
CLOCK_TEST_PATHS ?= tests/sessions tests/groups tests/journals tests/patient_experience tests/care_team \
	tests/followup tests/habits tests/channels tests/group_suggestions tests/programs
CLOCK_INSTANTS ?= 2026-12-09T07:30:00 2027-03-14T10:30:00 2026-12-31T23:30:00

# Benchmarks run against real services. Override either URL, e.g.
#   make bench BENCH_DATABASE_URL=postgres://me@db.internal:5432/clinic_bench
BENCH_DATABASE_URL ?= $(or $(DATABASE_URL),postgres://postgres@127.0.0.1:5432/integration_clinic_bench)
BENCH_REDIS_URL ?= redis://127.0.0.1:6379/2

# Only `make check` uses these: a stand-in key so the production settings load.
DEPLOY_CHECK_ENV := \
	DJANGO_SETTINGS_MODULE=integration_clinic.settings.production \
	DJANGO_SECRET_KEY=deploy-check-only-7c1e9a4f2b8d6e0a3f5c9b1d7e2a8f4c6b0d3e9a1f5c7b2d8e4a \
	DJANGO_ALLOWED_HOSTS=clinic.example.org

export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run install test test-clock lint fmt check bench clean

install: $(RUN_STAMP) $(TEST_STAMP)

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "Python 3.11 (or python3) is needed to create $(VENV)" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): requirements/base.txt requirements/run.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements/run.txt
	touch $@

$(TEST_STAMP): requirements/base.txt requirements/run.txt requirements/test.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements/test.txt
	touch $@

# The broker's folders under var/ are made by the settings. scripts/run_dev.py lets
# Ctrl-C stop web, worker and beat and end `make run` without an error.
run: $(RUN_STAMP)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo
	@echo "Starting web (http://127.0.0.1:8000), worker and beat; Ctrl-C stops all three."
	PYTHONUNBUFFERED=1 $(BIN)/python scripts/run_dev.py -f Procfile.dev

# Tests marked own_process (schemathesis over the whole API) run after the parallel suite,
# alone in one process, so no state another test left in a worker can reach them. Exit 5
# means the arguments selected none of them.
test: $(TEST_STAMP)
	$(BIN)/pytest -n $(PYTEST_WORKERS) -m "not own_process" $(PYTEST_ARGS)
	$(BIN)/pytest -m own_process $(PYTEST_ARGS) || [ $$? -eq 5 ]

# Needs Debian's faketime (apt-get install faketime). Set DATABASE_URL to a database name
# of its own when another run may be using the usual one.
test-clock: $(TEST_STAMP)
	@command -v faketime >/dev/null || { echo "make test-clock needs faketime (apt-get install faketime)" >&2; exit 1; }
	@for instant in $(CLOCK_INSTANTS); do \
		echo "==> the clock at $$instant UTC"; \
		TZ=UTC faketime -f "@$${instant/T/ }" \
			$(BIN)/pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS) $(CLOCK_TEST_PATHS) || exit $$?; \
	done

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

fmt: $(TEST_STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: $(TEST_STAMP)
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(DEPLOY_CHECK_ENV) $(BIN)/python manage.py check --deploy --fail-level WARNING

# Each bench/bench_*.py runs in turn with DATABASE_URL, REDIS_URL and CELERY_BROKER_URL
# pointing at PostgreSQL and Redis (defaults: the local servers on their usual ports).
# The database is created if missing and migrated first. DEBUG stays off so Django does
# not keep every query in memory while the benchmarks run.
bench: export DATABASE_URL := $(BENCH_DATABASE_URL)
bench: export REDIS_URL := $(BENCH_REDIS_URL)
bench: export CELERY_BROKER_URL := $(BENCH_REDIS_URL)
bench: export DJANGO_DEBUG := false
bench: $(RUN_STAMP)
	@pg_isready -q -d "$$DATABASE_URL" || { echo "make bench needs PostgreSQL at $$DATABASE_URL" >&2; exit 1; }
	@redis-cli -u "$$REDIS_URL" ping >/dev/null || { echo "make bench needs Redis at $$REDIS_URL" >&2; exit 1; }
	@psql "$$DATABASE_URL" -qAtc 'select 1' >/dev/null 2>&1 \
		|| createdb --maintenance-db="$(dir $(BENCH_DATABASE_URL))postgres" "$(notdir $(BENCH_DATABASE_URL))"
	$(BIN)/python manage.py migrate --noinput
	@shopt -s nullglob; scripts=(bench/bench_*.py); \
	if [ $${#scripts[@]} -eq 0 ]; then echo "No bench/bench_*.py scripts found." >&2; exit 1; fi; \
	for script in "$${scripts[@]}"; do \
		echo "==> $$script"; \
		$(BIN)/python "$$script" || exit $$?; \
	done

clean:
	rm -rf var db.sqlite3 $(VENV)
