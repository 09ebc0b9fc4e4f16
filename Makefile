# Two entry points for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
ARCHIVE ?= data

.PHONY: demo test soak lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/portal-archive crawl --archive $(ARCHIVE)

# Every test but the `soak` runs, the `slow` chaos runs included: they are ~40 s of a suite CI
# must finish in 10 min on 2 cores. The slowest phases are listed, to keep the time in view.
# A quicker loop: make test PYTEST_MARKS='not slow and not soak'. The soak runs (minutes each,
# beyond CI's budget): make soak
# Two workers, a test file each at a time (its module fixtures stay in one process): the suite's
# crawls mostly wait on sockets, so a 2-core machine runs it in ~60% of the serial time.
# One process: make test PYTEST_WORKERS=0
PYTEST_WORKERS ?= 2
PYTEST_MARKS ?= not soak
test: $(VENV)/.installed-test
	$(BIN)/python -m pytest --durations=15 -n $(PYTEST_WORKERS) --dist loadfile -m "$(PYTEST_MARKS)" $(PYTEST_ARGS)

soak: $(VENV)/.installed-test
	$(BIN)/python -m pytest --durations=15 -n $(PYTEST_WORKERS) --dist loadfile -m soak $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check crawler pipelines archive tests bench
	$(BIN)/mypy  # what it checks: [tool.mypy] in pyproject.toml

bench: $(VENV)/.installed
	$(BIN)/python bench/crawl_demo.py

clean:
	rm -rf $(VENV) build *.egg-info
