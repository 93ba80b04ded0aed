"""Imports flow one way: datasette_plugins -> archive -> indexer, and the import pipeline's parts
do not import each other back (anywhere in a file, a function's own imports included)."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


# The command line sits above everything: 'archive serve' starts Datasette with the plugins.
ENTRY_POINTS = {"archive/cli", "archive/serving.py"}  # archive/cli: the package of the commands, every module


def _is_entry_point(relative: str) -> bool:
    return any(relative == entry or relative.startswith(entry + "/") for entry in ENTRY_POINTS)


@pytest.mark.parametrize("package, above", [("indexer", ("archive", "datasette_plugins")),
                                            ("archive", ("datasette_plugins",))])
def test_no_package_imports_one_above_it(package, above):
    wrong = [f"{path.relative_to(ROOT)}: {name}" for path in sorted((ROOT / package).rglob("*.py"))
             if not _is_entry_point(path.relative_to(ROOT).as_posix())
             for name in sorted(_imports(path)) if name.split(".")[0] in above]
    assert not wrong, wrong


def test_only_the_fulltext_package_imports_whoosh():
    wrong = [str(path.relative_to(ROOT)) for package in ("archive", "indexer", "datasette_plugins")
             for path in sorted((ROOT / package).rglob("*.py"))
             if "fulltext" not in path.relative_to(ROOT).parts
             and any(name.split(".")[0] == "whoosh" for name in _imports(path))]
    assert not wrong, wrong


@pytest.mark.parametrize("module", ["archive/workers.py", "archive/sources.py"])
def test_the_pipeline_is_imported_not_importing(module):
    """pipeline.py imports workers.py and sources.py; neither imports it back."""
    assert not {name for name in _imports(ROOT / module) if name.startswith("archive.pipeline")}
