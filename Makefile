# wirecoder: `make run` codes the example articles, `make test` runs the test suite.
# Both create .venv and install the pinned dependencies first (nothing is fetched at run time).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
WC := $(VENV)/bin/wirecoder
STAMP := $(VENV)/.installed-stamp

.PHONY: install run test bench model clean

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip==26.0.1"
	$(PY) -m pip install --quiet --require-hashes -r requirements.txt -r requirements-dev.txt
	$(PY) -m pip install --quiet --no-deps -e .
	$(WC) places build
	touch $(STAMP)

install: $(STAMP)

run: install
	$(WC) ingest examples/articles.jsonl --db wirecoder.db
	$(WC) events --db wirecoder.db

test: install
	$(PY) -m pytest -q

bench: install
	$(PY) bench/run.py

# the event-confidence calibrator, src/wirecoder/data/events/confidence_model.json, refitted on the
# training split of ../shared/data/train/ngec_synthetic.jsonl (skipped with a message without it)
SHARED ?= ../shared
model: install
	$(PY) -m wirecoder.eval.calibrate --data $(SHARED)/data/train/ngec_synthetic.jsonl

clean:
	rm -rf $(VENV) wirecoder.db wirecoder.db-wal wirecoder.db-shm .pytest_cache
