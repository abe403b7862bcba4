# Backfill — every target sets up .venv from pyproject.toml first, so a fresh machine needs nothing else.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint soak bench package package-smoke clean i18n translations

# The UI's translations: resources/i18n/*.ts compiled to .qm (pyside6-lrelease comes with PySide6).
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

%.qm: %.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

i18n: $(QM)

# After changing the UI's words: collect every translate() call into the .ts files, then write
# the translations from resources/i18n/words_*.py (lists any source text still untranslated).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $(shell find app/ui -name '*.py' | sort) -ts $(TS)
	$(BIN)/python resources/i18n/fill_translations.py

run: $(STAMP) $(QM)
	$(BIN)/backfill

lint: $(STAMP)
	$(BIN)/ruff check app tests bench packaging
	$(BIN)/ruff format --check app tests bench packaging
	$(BIN)/mypy

test: lint $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

soak: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m soak

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache

# One-folder desktop bundle in dist/backfill/ (PyInstaller; see packaging/README.md).
package: $(STAMP) $(QM)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[package]'
	$(BIN)/python packaging/build.py

# Runs the built bundle: --version, a headless validate, the GUI offscreen (slow: not in `test`).
package-smoke: package
	$(BIN)/python packaging/smoke.py dist/backfill
