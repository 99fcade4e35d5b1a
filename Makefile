# The two set-up commands (`make demo`, `make test`) work on a fresh clone with only
# Python 3.11 present; `make up` runs the full stack from the Procfile.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DEMO_PASSWORD ?= demo-password

.PHONY: demo test lint up bench faults install clean

install: $(VENV)/.installed

$(VENV)/.installed: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

## Main job on the embedded default: SQLite under ./instance, no broker, offline reviewer.
demo: install
	env -u DATABASE_URL -u CELERY_BROKER_URL -u REDIS_URL -u OPENAI_BASE_URL -u OPENAI_API_KEY \
	  sh -c '$(BIN)/resume-review db upgrade && \
	         $(BIN)/resume-review seed-demo --password "$(DEMO_PASSWORD)" && \
	         $(BIN)/resume-review review examples/*.pdf examples/*.docx && \
	         $(BIN)/resume-review screen examples/job_posting.txt examples/*.pdf examples/*.docx'

## The whole test suite against real PostgreSQL, Redis and Celery workers.
test: install
	ENSURE_CHROMIUM=1 ENSURE_TESSERACT=1 ENSURE_HUNSPELL=1 ENSURE_RABBITMQ=1 ENSURE_FONTS=1 bash scripts/ensure-services.sh
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## Full stack: PostgreSQL + Redis (local), then release, web, worker, llm, beat, flower.
up: install
	bash scripts/up.sh

clean:
	rm -rf $(VENV) instance .pytest_cache .ruff_cache

## Fault injection (issues 6, 22): private PostgreSQL, Redis and RabbitMQ started and
## removed by the script; every scenario on Redis as the broker, then on RabbitMQ.
## AMQP_FAULTS_ONLY (e.g. "--only rabbitmq_restart --only kill9_llm_worker") narrows the
## RabbitMQ pass to the scenarios where the broker matters (CI's time budget).
FAULTS_N ?= 100
AMQP_FAULTS_N ?= 100
AMQP_FAULTS_ONLY ?=
faults: install
	$(BIN)/python bench/faults.py --n $(FAULTS_N)
	$(BIN)/python bench/faults.py --broker amqp --n $(AMQP_FAULTS_N) $(AMQP_FAULTS_ONLY)

## Benchmarks (issue 6): each prints its figures, the headline on its last line.
bench: install
	ENSURE_TESSERACT=1 ENSURE_HUNSPELL=1 ENSURE_FONTS=1 bash scripts/ensure-services.sh
	$(BIN)/pip install --quiet -e '.[test,bench]'
	$(BIN)/python bench/run_all.py
