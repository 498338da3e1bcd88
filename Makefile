# The front door. `make run` and `make test` set up whatever is missing first, so each is the one
# command a fresh machine needs; on a second run they only check, then start.
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
export PIP_DISABLE_PIP_VERSION_CHECK := 1
# `make test` ends with `manage.py translations --check --strict`: every language's interface and content
# fields 100% translated, placeholders, numbers and plural forms as the English, the term list kept, each
# text reading as its language, no English left. The guides' full texts may lag (an English correction
# ships at once; its old translation steps aside for the English, marked). `CHECK_TRANSLATIONS=0` skips it.
CHECK_TRANSLATIONS ?= 1

.PHONY: run test test-postgres lint typecheck bench translations setup-run setup-test system-run system-test messages makemessages clean

## make run: set up, migrate SQLite, load the guides and serve the site on http://127.0.0.1:8000, with
## a background worker beside it (scripts/serve: both stop together)
run: setup-run
	$(MANAGE) migrate --verbosity 0
	$(MANAGE) load_guides
	scripts/serve $(BIN)/python

## make test: set up, then every check and every test (SQLite; browser tests in Chromium)
test: setup-test lint typecheck
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run
	TESTING=1 $(BIN)/pytest -n auto
	@if [ "$(CHECK_TRANSLATIONS)" = 1 ]; then $(MANAGE) translations --check --strict; \
	else echo "Translations not checked (CHECK_TRANSLATIONS=0): make translations shows them."; fi

## make test-postgres: the test suite again (less what a browser or a PDF's layout shows, which no database
## changes), against a throwaway PostgreSQL server; then photos uploaded
## through one gunicorn process, read by a db_worker and collected through another (scripts/e2e-background)
test-postgres: setup-test
	TESTING=1 scripts/with-postgres $(BIN)/pytest -n auto -m "not browser and not layout"
	scripts/with-postgres $(BIN)/python scripts/e2e-background

lint: setup-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates

## make typecheck: mypy over the pure modules (the list is in pyproject.toml, [tool.mypy])
typecheck: setup-test
	$(BIN)/mypy

## make translations: per language, how much is translated and reviewed, and what the checks find
translations: setup-test
	$(MANAGE) translations

## make bench: page weights and PDF timings, then serving speed under gunicorn on SQLite and on a
## throwaway PostgreSQL (requests/s against /health/, cached PDFs and packs), then OCR in the background
## with one and two workers (seconds a page, pages a minute), printed (not asserted)
bench: setup-test
	TESTING=1 $(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/serving.py
	scripts/with-postgres $(BIN)/python benchmarks/serving.py
	$(BIN)/python benchmarks/ocr_workers.py

setup-run: system-run $(VENV)/.installed-run messages

setup-test: system-test $(VENV)/.installed-test messages

system-run:
	@scripts/system-packages run

system-test:
	@scripts/system-packages test

$(BIN)/python:
	python=$$(scripts/find-python) && "$$python" -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed-run: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-test: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed-run

## make messages: compile the translations (locale/*/LC_MESSAGES/django.po → .mo)
messages: $(VENV)/.installed-run
	@$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules --verbosity 0

## make makemessages: collect the site's strings into every language's .po file
makemessages: $(VENV)/.installed-run
	$(MANAGE) makemessages --all --no-obsolete --ignore=.venv --ignore=tests --ignore=benchmarks --add-location=file
	$(MANAGE) makemessages --all --no-obsolete -d djangojs --ignore=.venv --ignore=staticfiles --add-location=file

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
