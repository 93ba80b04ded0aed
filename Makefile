# The two commands a newcomer runs (see README.md):
#   make demo   set up, import the bundled sample collection and serve it at http://127.0.0.1:8001
#   make test   set up (Python packages, Debian's chromium and tesseract) and run the whole test suite
VENV ?= .venv
PYTHON ?= python3
DB ?= archive.db
PORT ?= 8001
BIN = $(VENV)/bin

.PHONY: setup demo serve test chromium ocr bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --quiet -e '.[test]'
	touch $@

setup: $(BIN)/.installed

demo: setup
	$(BIN)/archive import $(DB) sample/
	$(BIN)/archive serve $(DB) --port $(PORT)

serve: setup
	$(BIN)/archive serve $(DB) --port $(PORT)

# Debian's chromium for the browser tests (needs root, as on CI and the dev machines).
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else echo "chromium is missing and we are not root: browser tests will be skipped (sudo apt-get install chromium)"; fi; \
	fi

# Debian's tesseract with its English and Arabic data, for scanned PDFs (archive/readers/ocr.py).
ocr:
	@langs="$$(tesseract --list-langs 2>/dev/null)"; \
	if ! echo "$$langs" | grep -qx eng || ! echo "$$langs" | grep -qx ara; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-eng tesseract-ocr-ara; \
	  else echo "tesseract (eng, ara) is missing and we are not root: OCR tests will be skipped (sudo apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-ara)"; fi; \
	fi

# The suite on both cores (pytest-xdist, a test file per worker: tests/conftest.py groups a few files
# together or a long file's cases apart, and hands the longest out first), then the tests that time
# signals, kills and lock waits by themselves, so no other test's load can shift them. Both always run.
# The second collects only the files that mark tests alone (~13 s of CPU less than collecting all 400;
# tests/conftest.py stops the first if a test is marked alone where this grep cannot see it).
# Both write bytecode caches even where the machine's environment says not to (PYTHONDONTWRITEBYTECODE):
# every CLI subprocess and spawned extraction worker would otherwise compile the archive's ~300 modules
# again (~1.3 s of CPU a start instead of ~0.6).
test: setup chromium ocr
	@unset PYTHONDONTWRITEBYTECODE; $(BIN)/python -m pytest -n 2 --dist loadfile -m "not alone" --durations=30; rest=$$?; \
	$(BIN)/python -m pytest -m alone --durations=10 $$(grep -l 'mark\.alone' tests/test_*.py); alone=$$?; \
	test $$rest = 0 -a $$alone = 0

bench: setup
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) $(DB) $(basename $(DB)).whoosh .pytest_cache
