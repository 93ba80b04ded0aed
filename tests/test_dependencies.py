"""Every package the project's code imports is declared in pyproject.toml, with a version range."""

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib", reason="tomllib is Python 3.11's")

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("archive", "indexer", "datasette_plugins")
OWN = set(PACKAGES)


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared(extras: bool = True) -> dict:
    """``{distribution: requirement}`` of the project's dependencies and, with ``extras``, of its
    optional features (``pip install 'news-archive[shards]'``; not the ``test`` extra)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    if extras:
        for extra, listed in project.get("optional-dependencies", {}).items():
            if extra != "test":
                requirements += listed
    found = {}
    for requirement in requirements:
        name = re.match(r"[A-Za-z0-9_.-]+", requirement).group(0)
        found[_normal(name)] = requirement
    return found


def _imported_at_top() -> dict:
    """``{top-level module: file}`` of the imports run when a module is loaded (not inside a function)."""
    found: dict = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            for node in tree.body:
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    found.setdefault(name.split(".")[0], str(path.relative_to(ROOT)))
    return found


def _imported() -> dict:
    """``{top-level module: first file importing it}`` over the project's packages."""
    found: dict = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    found.setdefault(name.split(".")[0], str(path.relative_to(ROOT)))
    return found


def test_every_imported_package_is_declared_with_a_range():
    declared = _declared()
    distributions = packages_distributions()
    missing = []
    for module, where in sorted(_imported().items()):
        if module in OWN or module in sys.stdlib_module_names or module == "__future__":
            continue
        names = distributions.get(module)
        assert names, f"{module} (imported by {where}) is not installed"
        if not any(_normal(name) in declared for name in names):
            missing.append(f"{module} ({'/'.join(names)}, imported by {where})")
    assert not missing, "imported but not in pyproject.toml's dependencies: " + ", ".join(missing)
    unbounded = [requirement for requirement in declared.values()
                 if not re.search(r">=?[^,;]+,\s*<", requirement.split("#")[0])]
    assert not unbounded, f"dependencies without a version range (>=x,<y): {unbounded}"


def test_optional_features_are_imported_only_when_used():
    """A package of an optional feature (dask for collections) is imported inside the function that
    needs it, so ``archive`` works without the feature installed."""
    required = _declared(extras=False)
    optional = {name for name in _declared() if name not in required}
    distributions = packages_distributions()
    loaded = [f"{module} ({where})" for module, where in sorted(_imported_at_top().items())
              if any(_normal(name) in optional for name in distributions.get(module, []))]
    assert not loaded, f"optional packages imported when a module loads: {loaded}"
