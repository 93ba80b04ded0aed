"""The bench's scripts (``bench/NAME.py``) as modules for the tests: one loader for every test file
that checks a bench script or reads the figures it measures."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"


def load(name: str):
    """``bench/<name>.py`` as the module ``bench_<name>``, run once a test session: registered in
    ``sys.modules`` before it runs (its dataclasses look their module up while the file runs), and
    the registered module returned on later calls (``bench_import_quality`` is the name the bench's
    own scripts give that one)."""
    module_name = f"bench_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[module_name]
        raise
    return module
