"""Extraction made cheaper with the same results (issue #16, helper perf16): each faster form is
compared with the form it replaced, on invented texts."""

import re

from archive.extract.import_outlets import EDGE_LINES, FOOT_LINES, ImportNames
from archive.readers import import_names as import_names_module
from indexer.fulltext import person_names


def _old_whole_words(text, words):
    pattern = re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, words)) + r")(?![\w'’])")
    return [match.span() for match in pattern.finditer(text)]


def test_whole_words_are_the_old_patterns_matches():
    text = ("Kessab's mayor met Tal Kessab residents. O'Kessab, Kessab-based and Kessabi are other words; "
            "Kessab. Ras Kessab\nKessab")
    for words in (["Kessab"], ["Kessab", "Tal"], ["Ras", "Kessab", "O'Kessab"], ["Kessabi", "Kessab"], ["Nowhere"]):
        assert person_names._whole_words(text, words) == _old_whole_words(text, words)


def _old_alternation(words):
    words = sorted(words, key=len, reverse=True)
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, words)) + r")\.?(?![\w'’-])", re.IGNORECASE)


def test_role_tree_matches_as_the_alternation():
    words = ["mr", "mrs", "minister", "ministers", "min", "singer", "sing", "doctor", "dr", "son", "sons"]
    tree = re.compile(r"(?<![\w'’-])" + person_names._trie(words) + r"\.?(?![\w'’-])", re.IGNORECASE)
    old = _old_alternation(words)
    text = ("Mr. Haddad and MRS Haddad met the Minister, two ministers and a min. The singer's son sings; "
            "sons of Dr Salim, dr. Lina and the doctor-in-chief. Singer Rola. Mrs.Haddad")
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in old.finditer(text)]
    assert [m.span() for m in person_names._role_re().finditer(text)] == \
        [m.span() for m in _old_alternation(_role_words()).finditer(text)]


def _role_words():
    from indexer import place_countries

    return place_countries.PERSONS


def test_import_pass_keeps_a_files_edges_only(tmp_path):
    lines = ["The Riverside Courier", "Bridge reopens after repairs", "By Ana Lima"] + \
        [f"Paragraph {n} of the report on the bridge." for n in range(40)] + ["© 2025 Riverside Courier"]
    page = tmp_path / "bridge.txt"
    page.write_text("\n\n".join(lines), encoding="utf-8")
    found = import_names_module.import_names([tmp_path])
    every = ImportNames([tmp_path])
    every.add_edges(str(page), lines)
    assert found.edges == every.edges
    assert import_names_module._ends(lines) == lines[:EDGE_LINES] + lines[-FOOT_LINES:]
    assert import_names_module._ends(lines[:5]) == lines[:5]
