# NALS Desktop: `make run` sets everything up and starts the app; `make test` sets everything up and runs
# every test. Both work on a fresh Debian/Ubuntu machine with Python 3.11+.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

# Debian packages: Qt's runtime libraries (run), plus poppler-utils, xvfb, desktop-file-utils, a private
# AT-SPI bus and postgresql (tests: a throwaway delegation server runs as an unprivileged user).
RUN_DEBS := python3-venv libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0 \
            libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 \
            libxcb-render-util0 libxcb-image0 libxrender1 libxi6
TEST_DEBS := $(RUN_DEBS) poppler-utils xvfb xauth fonts-dejavu-core desktop-file-utils dbus-daemon at-spi2-core postgresql

.PHONY: run test stateful lint setup deps-run deps-test bench wheel-check deb prove-deb clean

run: deps-run setup
	$(VENV)/bin/nals-desktop

test: deps-test setup lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# The long hunt of CI: three laptops exchanging in any order, thousands of examples (make test runs 100).
stateful: setup
	NALS_CONVERGENCE_EXAMPLES=$${NALS_CONVERGENCE_EXAMPLES:-2000} NALS_STATEFUL_EXAMPLES=$${NALS_STATEFUL_EXAMPLES:-100} \
		QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/services/test_convergence.py \
		tests/services/test_bundles.py::test_three_laptops_converge

# The gates, with the venv's pinned tools (pyproject.toml's test extras); their scope is configured in
# pyproject.toml ([tool.ruff], [tool.mypy], [tool.importlinter]), so editors and CI check the same files.
lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "NALS Desktop needs Python 3.11 or newer; this is " + sys.version.split()[0])'
	@$(PYTHON) -m venv $(VENV) || { echo "Cannot create a virtual environment: install it with: sudo apt-get install python3-venv"; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[test]'
	@touch $(STAMP)

deps-run:
	@sh packaging/linux/ensure-debs.sh $(RUN_DEBS)

deps-test:
	@sh packaging/linux/ensure-debs.sh $(TEST_DEBS)

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

wheel-check: setup
	sh packaging/wheel-check.sh $(PY)

deb:
	PYTHON=$(PYTHON) sh packaging/linux/build-deb.sh

prove-deb: setup
	PYTHON=$(PYTHON) sh packaging/linux/prove-deb.sh

clean:
	rm -rf build dist $(VENV) .pytest_cache
