# Set-up and the two entry points of the README: `make demo` and `make test`.
# Everything installs into .venv. Which torch: the CUDA build where nvidia-smi is; on Linux
# x86_64 without it the +cpu build from PyTorch's CPU index, given as an *extra* index (PyPI's
# plain wheel there is the CUDA one, several GB with its nvidia-* packages); elsewhere (macOS,
# Windows, Linux aarch64) PyPI's plain wheel, which is the CPU build. Where pip's configuration
# serves the +cpu wheel from a local folder and PyTorch's index cannot be reached, the short
# timeout and single retry make pip fall back to the folder within seconds.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
TORCH_VERSION   := 2.13.0
TORCH_CPU_INDEX := https://download.pytorch.org/whl/cpu

.PHONY: demo test test-fast check-models verify bench models published labelled-generations bytecode clean

$(BIN)/grader: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	if command -v nvidia-smi >/dev/null 2>&1; then $(BIN)/pip install -q torch==$(TORCH_VERSION); \
	elif [ "$$(uname -s)-$$(uname -m)" = Linux-x86_64 ]; then \
	  $(BIN)/pip install -q --timeout 15 --retries 1 torch==$(TORCH_VERSION)+cpu \
	    --extra-index-url $(TORCH_CPU_INDEX); \
	else $(BIN)/pip install -q torch==$(TORCH_VERSION); fi
	$(BIN)/pip install -q -e '.[test]'
	$(MAKE) --no-print-directory bytecode
	touch $@

# Compiled bytecode for the package, as pip writes it for a regular install; an editable install
# leaves it to the first run, which writes nothing where PYTHONDONTWRITEBYTECODE is set, so every
# command would compile about 50 modules from source first (40 ms of a 0.2 s `grader validate`).
# Run again after pulling, where that variable is set.
bytecode:
	$(BIN)/python -m compileall -q grader

demo: $(BIN)/grader
	$(BIN)/grader check assignments/ex1-offline/examples/pass.yaml -o reports/demo
	@echo; echo "To use grader in this shell:  source $(VENV)/bin/activate   (then: grader init, grader validate, grader check)"

# The whole suite but the bundled models' own quality gates, spread over the cores
# (pytest-xdist); a module's tests share one worker, so its module fixtures are built once.
test: $(BIN)/grader
	$(BIN)/python -m pytest -q -n auto --dist loadscope -m "not models"

# The same without the tests marked slow, for a quick loop while editing.
test-fast: $(BIN)/grader
	$(BIN)/python -m pytest -q -n auto --dist loadscope -m "not slow and not models"

# The bundled models' quality gates (held-out steering rate, tokenizer rebuild): they test the
# shipped model files and their build, not the grader; CI runs them after make test.
check-models: $(BIN)/grader
	$(BIN)/python -m pytest -q -n auto -m models

verify: $(BIN)/grader
	$(BIN)/grader verify assignments/ex1-offline/reference --junit reports/verify-junit.xml

bench: $(BIN)/grader
	$(BIN)/grader bench -n 200

models: $(BIN)/grader
	$(BIN)/python -m grader.models.build

# The index of the honest labelled cases under tests/data, which original_work compares with
# (a test fails until it is rebuilt after a labelled case is added or changed).
published: $(BIN)/grader
	$(BIN)/python -m grader.load.published tests/data assignments/ex1-offline
	$(BIN)/python -m grader.score.stored assignments/ex1-offline

# The recorded generations of the labelled cases, which the validity tests replay after checking
# each by teacher forcing (a test fails until they are recorded again after a case is added or
# changed).
labelled-generations: $(BIN)/grader
	$(BIN)/python -m tests.recorded

clean:
	rm -rf $(VENV) reports/demo reports/*.xml .pytest_cache
