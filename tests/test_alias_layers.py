"""The alias table's modules import downwards only (names14 review): bare_names <- alias_keys <-
generic_words <- aliases; the old cycle aliases <-> generic_words (local imports both ways) is gone."""

import ast
from pathlib import Path

import indexer.fulltext as fulltext

FOLDER = Path(fulltext.__file__).parent


def _imports(name: str) -> set:
    tree = ast.parse((FOLDER / f"{name}.py").read_text(encoding="utf-8"))
    return {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}


def test_generic_words_does_not_import_aliases():
    assert "indexer.fulltext.aliases" not in _imports("generic_words")


def test_lower_modules_import_neither():
    for name in ("alias_keys", "bare_names"):
        found = _imports(name)
        assert "indexer.fulltext.aliases" not in found and "indexer.fulltext.generic_words" not in found, name


def test_aliases_reexports_the_same_tables():
    from indexer.fulltext import alias_keys, aliases, bare_names, generic_words

    assert aliases.alias_table is alias_keys.alias_table is generic_words.alias_table
    assert aliases.name_key is alias_keys.name_key and aliases._case_rules is alias_keys._case_rules
    assert generic_words.with_bare_names is bare_names.with_bare_names
