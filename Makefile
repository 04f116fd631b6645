# One command to teach (make lab), one to check (make test). Both build .venv/ first if needed.
#   make lab LAB_ARGS="--no-browser --port=8899"   extra options for JupyterLab
#   make test PYTHON=/usr/bin/python3.11            build .venv/ with that very interpreter
VENV := .venv
BIN  := $(VENV)/bin
export PYTHONHASHSEED := 0

# The interpreter that builds .venv/: PYTHON=… when given, else the first of these that is 3.11–3.13.
PYTHON ?= $(firstword $(foreach p,python3 python3.13 python3.12 python3.11,$(shell command -v $(p) >/dev/null 2>&1 \
	&& $(p) -c 'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] < (3, 14))' 2>/dev/null && echo $(p))))
# Named on the command line or in the environment: .venv/ must be that very Python (else it is rebuilt).
EXACT := $(if $(filter command line environment,$(origin PYTHON)),--exact)

.PHONY: lab test execute student lock clean setup bench site memory

lab: setup ## set up the environment and open JupyterLab on the course, lesson 00 first
	$(BIN)/jupyter lab $(if $(filter 0,$(shell id -u)),--allow-root) --ServerApp.root_dir="$(CURDIR)" \
		notebooks/00_welcome.ipynb $(LAB_ARGS)

test: setup ## set up the environment and run every test (unit tests + stored notebook outputs)
	$(BIN)/python -m pytest $(TEST_ARGS)

bench: setup ## time every notebook and helper; writes benchmarks/README.md (a few minutes)
	$(BIN)/python tools/bench.py

setup: ## build or refresh .venv/ (reinstalls only when the lock changed); CI runs it before going offline
	@$(if $(PYTHON),,$(error No Python 3.11, 3.12 or 3.13 found. Install one (Debian/Ubuntu: \
		sudo apt-get install python3-venv) or name it: make PYTHON=/path/to/python3.12))
	@$(PYTHON) tools/setup_venv.py --venv $(VENV) $(EXACT)

execute: setup ## re-run every notebook in place so stored outputs are what this environment produces
	$(BIN)/python tools/run_notebooks.py --inplace notebooks/*.ipynb

student: setup ## build the student edition in build/student/ (solutions removed, exercise outputs cleared)
	$(BIN)/python tools/student_edition.py --out build/student

site: setup ## build the course website in build/site/ from the stored outputs (offline, no execution)
	$(BIN)/python tools/build_site.py --out build/site

memory: setup ## measure each lesson's kernel memory; writes docs/_generated/kernel_memory.md (two minutes)
	$(BIN)/python tools/kernel_memory.py

lock: setup ## re-pin requirements.txt for Python 3.11-3.13 on every platform, then check the wheels (network)
	$(BIN)/python tools/lock.py

clean:
	rm -rf $(VENV) .cache build
