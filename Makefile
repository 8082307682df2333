# Two commands on a fresh machine with Python 3.11+:  make site   and   make test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: site docs serve test lint bench clean

site: $(VENV)/.installed  ## set up, regenerate docs/ from seeds/, build site/
	$(BIN)/briefing build
	$(BIN)/mkdocs build --strict

docs: $(VENV)/.installed  ## regenerate docs/ only
	$(BIN)/briefing build

serve: $(VENV)/.installed  ## live preview on http://127.0.0.1:8000 (a new seed regenerates by itself)
	$(BIN)/briefing build
	$(BIN)/mkdocs serve --livereload

test: $(VENV)/.installed  ## the whole suite: lint, unit, end-to-end, browser
	@test -x /usr/bin/chromium || { echo "make test: browser tests need Debian's chromium: sudo apt-get install chromium"; exit 1; }
	$(BIN)/ruff check .
	$(BIN)/pytest -n auto

lint: $(VENV)/.installed
	$(BIN)/ruff check .

bench: $(VENV)/.installed
	$(BIN)/python bench/run.py

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

clean:
	rm -rf site .briefing-cache test-artifacts
