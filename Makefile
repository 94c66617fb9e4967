# The documented entry points. `make run` and `make test` are the two
# commands of README.md.
PY := .venv/bin/python
HOST ?= 127.0.0.1:8000

.PHONY: run setup test lint format messages bench

run: setup
	DEBUG=1 $(PY) manage.py migrate --noinput
	DEBUG=1 $(PY) manage.py load_demo
	DEBUG=1 $(PY) manage.py runserver $(HOST)

setup:
	./scripts/bootstrap.sh

test:
	./scripts/bootstrap.sh test
	$(PY) -m pytest $(PYTEST_ARGS)

lint:
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	DEBUG=1 $(PY) manage.py makemigrations --check --dry-run
	DEBUG=1 $(PY) manage.py check_translations

format:
	.venv/bin/ruff check --fix .
	.venv/bin/ruff format .

messages:
	DEBUG=1 $(PY) manage.py makemessages -l ru -l kk --no-location --ignore=.venv --ignore=staticfiles --ignore=bench
	DEBUG=1 $(PY) manage.py compile_translations

bench: setup
	$(PY) bench/render.py
