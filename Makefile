# Warta: the two commands a new machine needs are `make demo` and `make test`.
# Both call `make setup`: a virtualenv with the project, the Maven artifacts of the local stack,
# and the NER model trained from ../shared/nlp.

PYTHON ?= python3
VENV   ?= .venv
WARTA  := $(VENV)/bin/warta
PYTEST := $(VENV)/bin/pytest

.PHONY: setup demo test test-unit test-integration lint bench stack-up stack-down clean

setup: $(VENV)/.installed
	$(WARTA) stack prepare
	$(WARTA) train-ner --if-missing

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[dev]'
	touch $@

demo: setup
	$(WARTA) demo

test: setup
	$(VENV)/bin/ruff check warta ingest enrich index tests
	$(VENV)/bin/mypy
	$(WARTA) stack up
	$(PYTEST) -q -p no:cacheprovider

test-unit: $(VENV)/.installed
	$(PYTEST) -q -m "not integration"

test-integration: setup
	$(WARTA) stack up
	$(PYTEST) -q -m integration

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check warta ingest enrich index tests
	$(VENV)/bin/mypy

bench: setup
	$(WARTA) bench-extract
	$(WARTA) bench-enrich
	$(WARTA) eval-ner
	$(WARTA) stack up
	$(WARTA) stem-check
	$(WARTA) bench-latency
	$(WARTA) bench-freshness

stack-up: $(VENV)/.installed
	$(WARTA) stack up

stack-down: $(VENV)/.installed
	$(WARTA) stack down

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .ruff_cache
