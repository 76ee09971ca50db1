# Two commands do everything on a fresh machine with Python 3.11 and make:
#   make run    start the program
#   make test   run the tests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
LUPDATE  := $(BIN)/pyside6-lupdate
LRELEASE := $(BIN)/pyside6-lrelease
TS_FILES := $(wildcard translations/clusterverslag_*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
PY_SOURCES = $(shell find desktop_app -name '*.py' | sort)

.PHONY: run test venv translations lupdate font-coverage bench bench-bundle dist dist-onefile check-dist check-windows lock lock-windows clean

# Qt's window on Linux needs xcb libraries a desktop may lack: say which packages, before Qt aborts.
run: $(STAMP) translations
	$(BIN)/python tools/check_xcb.py
	$(BIN)/clusterverslag $(ARGS)

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

venv: $(STAMP)

# requirements.lock: what the program needs; requirements-dev.lock: what the tests and builds add.
# Every file is checked against its hash.
$(STAMP): pyproject.toml requirements.lock requirements-dev.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock -r requirements-dev.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

# Compile the Qt Linguist sources into the .qm files the program loads.
translations: $(QM_FILES)

translations/%.qm: translations/%.ts $(STAMP)
	$(LRELEASE) -silent $< -qm $@

# Refresh the .ts sources from the code (run after changing visible strings).
lupdate: $(STAMP)
	$(LUPDATE) -extensions py $(PY_SOURCES) -ts translations/clusterverslag_nl.ts translations/clusterverslag_fr.ts -no-obsolete -locations none

# Regenerate the domain's table of the characters the PDF's fonts print (after changing
# resources/fonts); tests/domain/test_font_coverage.py fails while it is out of date.
font-coverage: $(STAMP)
	$(BIN)/python tools/make_font_coverage.py

# Every line of the speed table, each against its bare baseline in the same run (README, Speed).
bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_startup.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_typing.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_typing.py --fsync-delay-ms 50
	$(BIN)/python benchmarks/bench_save.py
	$(BIN)/python benchmarks/bench_checks.py
	$(BIN)/python benchmarks/bench_long_text.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_print.py
	$(BIN)/python benchmarks/bench_scan.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_list.py
	$(BIN)/python benchmarks/bench_export.py
	$(BIN)/python benchmarks/bench_submission.py
	$(BIN)/python benchmarks/bench_integrity.py

# The program as a one-folder bundle: dist/clusterverslag/ (and dist/Clusterverslag.app on macOS).
dist: $(STAMP) translations
	$(BIN)/pyinstaller --noconfirm --clean build_spec/clusterverslag.spec
	if [ "$$(uname)" = Linux ]; then $(BIN)/python build_spec/linux/desktop_files.py dist/clusterverslag; fi

# The one-file variant: dist/onefile/clusterverslag, a single file that unpacks itself at each start.
dist-onefile: $(STAMP) translations
	CLUSTERVERSLAG_ONEFILE=1 $(BIN)/pyinstaller --noconfirm --clean --distpath dist/onefile --workpath build/onefile build_spec/clusterverslag.spec

# Build the bundle and run it: validate, render, import/export, the window offscreen, no network.
check-dist: dist
	CLUSTERVERSLAG_BUNDLE=dist/clusterverslag QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/packaging/test_bundle.py $(PYTEST_ARGS)

# The Windows bundle and installer, built and tried on Linux under Wine, all in build/windows/
# (build_spec/windows/wine.sh; .ci/run installs the Debian packages it needs). Wine draws on
# an Xvfb started on WINDOWS_DISPLAY. WINDOWS_STEPS=test reruns one step (prefix build test installer).
WINDOWS_DISPLAY ?= :99
WINDOWS_STEPS   ?= all
check-windows: $(STAMP) translations
	WINDOWS_DISPLAY=$(WINDOWS_DISPLAY) build_spec/windows/wine.sh $(WINDOWS_STEPS)

# Size and start-up of the bundle against a bare PySide6 QWizard frozen the same way.
bench-bundle: $(STAMP) translations
	$(BIN)/python benchmarks/bench_bundle.py

# Rewrite requirements.lock and requirements-dev.lock from pyproject.toml (tools/lock.py: uv, for
# Linux, macOS and Windows, with hashes; versions already in them are kept).
lock: $(STAMP)
	$(BIN)/python tools/lock.py

# requirements-windows.lock: the program's packages and what the Windows build and its tests
# need, in the versions of the two locks, with the hash of each one's Windows wheel.
lock-windows: $(STAMP)
	$(BIN)/python build_spec/windows/lock_windows.py

clean:
	rm -rf build dist .pytest_cache translations/*.qm
