# Hejnał — the two commands are `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
ARTICLES ?= 300

.PHONY: demo serve test install install-test lint messages bench clean
BENCH_DB ?= /tmp/hejnal-bench.sqlite3
BENCH_ARTICLES ?= 100000
BENCH_ENV := DATABASE_URL=sqlite:///$(BENCH_DB) STATIC_ROOT=/tmp/hejnal-bench-static \
	SECRET_KEY=bench-only ALLOWED_HOSTS=127.0.0.1,localhost SECURE_SSL_REDIRECT=0 \
	SITE_ORIGIN=http://127.0.0.1:8000

$(VENV)/.installed: pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements.lock -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PY) -m pip install --quiet -c requirements.lock -e ".[test]"
	touch $@

# axe-core for the browser tests; skipped (and those tests skip) without npm.
node_modules/.installed: package.json package-lock.json
	if command -v npm >/dev/null 2>&1; then \
		npm ci --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "npm not found: accessibility tests will be skipped"; fi

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test node_modules/.installed

# The demo as deployed (hejnal/settings/demo.py): DEBUG off, compressed static
# files with long cache lifetimes, gunicorn with the publishing scheduler
# beside it; every absolute URL names http://127.0.0.1:$(PORT).
DEMO_ENV := DJANGO_SETTINGS_MODULE=hejnal.settings.demo \
	SITE_ORIGIN=http://127.0.0.1:$(PORT)

demo: install
	$(DEMO_ENV) $(PY) manage.py migrate --no-input
	$(DEMO_ENV) $(PY) manage.py load_demo --articles $(ARTICLES)
	$(DEMO_ENV) $(PY) manage.py collectstatic --no-input --verbosity 0
	@echo "Serving http://127.0.0.1:$(PORT)/ — admin at http://127.0.0.1:$(PORT)/admin/"
	$(DEMO_ENV) $(PY) manage.py serve --bind 127.0.0.1:$(PORT) --workers 2

# Production: gunicorn plus on-time publishing, settings from the environment
# (SECRET_KEY, ALLOWED_HOSTS, SITE_ORIGIN, DATABASE_URL, CACHE_URL,
# FRONTEND_CACHE_URL…; docs/deploy.md).
serve: install
	DJANGO_SETTINGS_MODULE=hejnal.settings.production $(PY) manage.py migrate --no-input
	DJANGO_SETTINGS_MODULE=hejnal.settings.production \
		$(PY) manage.py collectstatic --no-input --verbosity 0
	DJANGO_SETTINGS_MODULE=hejnal.settings.production $(PY) manage.py serve

lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DJANGO_SETTINGS_MODULE=hejnal.settings.test $(PY) manage.py makemigrations --check --dry-run

test: lint
	$(VENV)/bin/pytest $(PYTEST_ARGS)

# Refresh the gettext catalogs after changing interface strings.
messages: install-test
	cd hejnal && ../$(PY) ../manage.py makemessages --no-obsolete -l pl -l en -l de -l uk -l ar \
		--ignore "demo/content/*"
	cd hejnal && ../$(PY) ../manage.py compilemessages

# Measurements recorded in docs/benchmarks.md (takes several minutes).
bench: install
	$(BENCH_ENV) $(PY) manage.py migrate --no-input
	$(BENCH_ENV) $(PY) manage.py load_demo --articles $(BENCH_ARTICLES)
	$(BENCH_ENV) DJANGO_SETTINGS_MODULE=hejnal.settings.production \
		$(PY) manage.py collectstatic --no-input --verbosity 0
	$(BENCH_ENV) DJANGO_SETTINGS_MODULE=hejnal.settings.production \
		$(PY) benchmarks/serving.py --requests 600
	$(BENCH_ENV) DJANGO_SETTINGS_MODULE=hejnal.settings.production \
		$(PY) benchmarks/search.py --queries 200
	# The same on PostgreSQL (BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/bench).
	if [ -n "$(BENCH_PG_URL)" ]; then \
		$(BENCH_ENV) DATABASE_URL=$(BENCH_PG_URL) $(PY) manage.py migrate --no-input && \
		$(BENCH_ENV) DATABASE_URL=$(BENCH_PG_URL) $(PY) manage.py load_demo \
			--articles $(BENCH_ARTICLES) && \
		$(BENCH_ENV) DATABASE_URL=$(BENCH_PG_URL) \
			DJANGO_SETTINGS_MODULE=hejnal.settings.production \
			$(PY) benchmarks/search.py --queries 200; \
	fi
	# Load on the production stack with wrk: gunicorn, Varnish, nginx (and
	# WordPress when installed); on BENCH_PG_URL too when given.
	$(BENCH_ENV) BENCH_PG_URL=$(BENCH_PG_URL) $(PY) benchmarks/load.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache

# Lighthouse (npm, pinned) on home, a category and an article in two languages,
# against Debian's Chromium and a demo server with production settings.
# Reports in reports/lighthouse/ (summary.md has the scores).
.PHONY: lighthouse screenshots admin-screenshots
lighthouse: install node_modules/.installed
	CHROME_PATH=$${CHROME_PATH:-/usr/bin/chromium} $(PY) tools/lighthouse.py

# Every page type at 320 and 1280 px, in Polish and Arabic: reports/screenshots/;
# then the admin workflow (admin-screenshots).
screenshots: install-test
	$(PY) tools/screenshots.py
	$(PY) tools/admin_screenshots.py

# The editorial workflow in the admin, logged in as the demo users: dashboards,
# submit for review, approve with comment, history, translation editor:
# reports/screenshots/admin/.
admin-screenshots: install-test
	$(PY) tools/admin_screenshots.py
