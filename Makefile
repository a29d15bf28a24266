# Set-up and the two entry points of the README: `make demo` and `make test`.
# Everything installs into .venv; the CPU wheel of torch is used unless a GPU is present,
# because a plain `pip install torch` may pull a multi-GB CUDA build.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
TORCH_CPU := torch==2.13.0

.PHONY: demo test test-fast verify bench models clean

$(BIN)/grader: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	if command -v nvidia-smi >/dev/null 2>&1; then $(BIN)/pip install -q torch; \
	else $(BIN)/pip install -q $(TORCH_CPU); fi
	$(BIN)/pip install -q -e '.[test]'
	touch $@

demo: $(BIN)/grader
	$(BIN)/grader check assignments/ex1-offline/examples/pass.yaml -o reports/demo
	@echo; echo "To use grader in this shell:  source $(VENV)/bin/activate   (then: grader init, grader validate, grader check)"

# The whole suite, spread over the cores (pytest-xdist).
test: $(BIN)/grader
	$(BIN)/python -m pytest -q -n auto

# The same without the tests marked slow, for a quick loop while editing.
test-fast: $(BIN)/grader
	$(BIN)/python -m pytest -q -n auto -m "not slow"

verify: $(BIN)/grader
	$(BIN)/grader verify assignments/ex1-offline/reference --junit reports/verify-junit.xml

bench: $(BIN)/grader
	$(BIN)/grader bench -n 200

models: $(BIN)/grader
	$(BIN)/python -m grader.models.build

clean:
	rm -rf $(VENV) reports/demo reports/*.xml .pytest_cache
