"""Every data file the code reads ships in the package: each file of archive/data matches a pattern of
pyproject.toml's package-data (a wheel built before this test left out the learned checks' weights,
edge_lines.json and outlet_lines.json: editable installs hid it)."""

import fnmatch
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib", reason="tomllib is Python 3.11's")

ROOT = Path(__file__).resolve().parent.parent


def test_every_data_file_is_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["archive.data"]
    files = [p.name for p in (ROOT / "archive" / "data").iterdir() if p.is_file() and p.name != "__init__.py"]
    assert files
    left_out = [name for name in files if not any(fnmatch.fnmatch(name, pattern) for pattern in patterns)]
    assert not left_out, f"archive/data files no package-data pattern ships: {left_out}"
