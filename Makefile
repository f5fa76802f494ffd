# Myoclonus DDx — the two commands are `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEV_ENV := DJANGO_DEBUG=true
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run serve test test-fast test-postgres bench lint browser-deps migrate demo clean

install: $(STAMP)

# experta 1.9.4 pins frozendict==1.2 (broken on Python >= 3.10) and schema==0.6.7 in its
# metadata: install everything else pinned first (requirements-dev.txt is the production
# requirements.txt plus the test and lint tooling), then experta alone with --no-deps,
# and prove the result imports with frozendict 2.
$(STAMP): requirements.txt requirements-dev.txt requirements-experta.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	$(PY) -m pip install --quiet --no-deps -r requirements-experta.txt
	$(PY) -c "import experta, frozendict; assert int(frozendict.__version__.split('.')[0]) >= 2, frozendict.__version__; print('experta', experta.__version__, 'with frozendict', frozendict.__version__)"
	touch $(STAMP)

migrate: install
	$(DEV_ENV) $(PY) manage.py migrate --noinput

# The built-in training cases (idempotent); a demo staff user only if DEMO_STAFF_PASSWORD is set.
demo: migrate
	$(DEV_ENV) $(PY) manage.py seed_demo

run: demo
	$(DEV_ENV) $(PY) manage.py runserver $(HOST):$(PORT)

# Production: settings from the environment (README, "Deployment"), static files through
# whitenoise, GUNICORN_WORKERS sync workers. Migrations here suit one host; with several,
# run them once before rolling out. gunicorn trusts no proxy header itself (by default it
# believes X-Forwarded-Proto from 127.0.0.1): DJANGO_TRUST_X_FORWARDED_PROTO alone decides.
GUNICORN_WORKERS ?= 2
serve: install
	$(PY) manage.py collectstatic --noinput -v 0
	$(PY) manage.py migrate --noinput
	$(PY) -m gunicorn decisionaid.wsgi:application --workers $(GUNICORN_WORKERS) --bind $(HOST):$(PORT) \
	  --forwarded-allow-ips ""

# Browser tests drive Debian's Chromium and inject axe-core from the npm registry.
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }
	@test -f node_modules/axe-core/axe.min.js || npm ci --no-audit --no-fund --loglevel=error

test: install browser-deps
	$(PY) -m pytest

test-fast: install
	$(PY) -m pytest -m "not browser"

# The suite against PostgreSQL: `.ci/with-postgres make test-postgres` starts a throwaway
# server and sets DATABASE_URL. tests/rules is the domain core's, which imports no Django and
# touches no database, so it cannot depend on one: `make test` runs it, this leaves it out.
test-postgres: install browser-deps
	@case "$$DATABASE_URL" in postgres*) ;; *) echo "DATABASE_URL must point to PostgreSQL: run .ci/with-postgres make test-postgres"; exit 2;; esac
	$(PY) -m pytest --ignore=tests/rules

# Every benchmark prints its figures beside a baseline measured in the same run.
BENCHES := bench/engine.py bench/workup_yield.py bench/interview.py bench/counters.py bench/api.py bench/load.py bench/pages.py
# The cluster bench runs inside .ci/with-cluster (nginx, two hosts, PostgreSQL, Redis), with
# rates out of reach so its 32 clients from one address measure faults, not throttles.
bench: install
	@for script in $(BENCHES); do echo "== $$script"; $(PY) $$script || exit 1; done
	@echo "== bench/cluster.py"
	API_ANON_RATE=1000000/minute API_USER_RATE=1000000/minute WEB_ANON_RATE=1000000/minute \
	  .ci/with-cluster $(PY) bench/cluster.py

# ruff (lint and format, pyproject.toml) over the tree; mypy strict on rules/ and with the
# Django and DRF stubs on decisionaid/ (its plugin reads the settings, hence DEV_ENV).
lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(DEV_ENV) $(PY) -m mypy

clean:
	rm -rf $(VENV) node_modules staticfiles .pytest_cache .hypothesis .mypy_cache .ruff_cache
