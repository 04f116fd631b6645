# One command to teach (make lab), one to check (make test). Both build .venv/ first if needed.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export PYTHONHASHSEED := 0

.PHONY: lab test execute student lock clean setup bench site memory

lab: $(STAMP) ## set up the environment and open JupyterLab on the notebooks
	$(BIN)/jupyter lab $(if $(filter 0,$(shell id -u)),--allow-root) notebooks/

test: $(STAMP) ## set up the environment and run every test (unit tests + stored notebook outputs)
	$(BIN)/python -m pytest

bench: $(STAMP) ## time every notebook and helper; writes benchmarks/README.md (a few minutes)
	$(BIN)/python tools/bench.py

setup: $(STAMP) ## only build .venv/ (CI uses it before going offline)

execute: $(STAMP) ## re-run every notebook in place so stored outputs are what this environment produces
	$(BIN)/python tools/run_notebooks.py --inplace notebooks/*.ipynb

student: $(STAMP) ## build the student edition in build/student/ (solutions removed, exercise outputs cleared)
	$(BIN)/python tools/student_edition.py --out build/student

site: $(STAMP) ## build the course website in build/site/ from the stored outputs (offline, no execution)
	$(BIN)/python tools/build_site.py --out build/site

memory: $(STAMP) ## measure each lesson's kernel memory; writes docs/_generated/kernel_memory.md (two minutes)
	$(BIN)/python tools/kernel_memory.py

# Reinstall only when the pins or the package metadata change.
$(STAMP): requirements.txt pyproject.toml tools/jupyterlab-overrides.json
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	mkdir -p $(VENV)/share/jupyter/lab/settings  # classroom defaults: a code font with every Vietnamese letter, no news toast
	cp tools/jupyterlab-overrides.json $(VENV)/share/jupyter/lab/settings/overrides.json
	touch $(STAMP)

lock: $(STAMP) ## re-pin requirements.txt from the direct dependencies in pyproject.toml (needs the network)
	rm -rf $(VENV)-lock && $(PYTHON) -m venv $(VENV)-lock
	$(VENV)-lock/bin/python -m pip install --quiet setuptools .[dev]
	{ sed -n '1,3p' requirements.txt; $(VENV)-lock/bin/python -m pip freeze --exclude helpers --all | grep -v '^pip==' | sort -f; } > requirements.txt.new
	mv requirements.txt.new requirements.txt && rm -rf $(VENV)-lock

clean:
	rm -rf $(VENV) .cache build
