"""The shortcuts the import's extraction takes (issue #16, speed18) read what the plain ways read:
the capitalised words' places by ``str.find`` (placed_elsewhere), a text's tokens from one split
(acronym_meanings), the candidates' regular expressions reordered."""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from indexer.fulltext import acronym_meanings, placed_elsewhere
from indexer.names import TOKEN_RE

PIECES = ["Aleppo", "Hol", "Holland", "l'Aleppo", "O'Hol", "_Hol", "9Hol", "éHol", "Hol's", "Hol’s",
          "d’Aleppo", " ", ", ", "\n", "-", "Raqqa", "xRaqqa", "Al", "Al-Hol", "al", "ŞAleppo", "SDF",
          "S.D.F.", "SDFs", ".SDF", "the", "ال", "حول", "Ｈol", "'", "’", "."]
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def _finditer_starts(text: str, begins: dict) -> list:
    return [(m.start(), m.end(), begins[m.group()])
            for m in placed_elsewhere._CAPITALISED.finditer(text) if m.group() in begins]


@settings(max_examples=400, deadline=None)
@given(texts, st.data())
def test_starts_are_finditers_matches(text, data):
    words = sorted(set(placed_elsewhere._CAPITALISED.findall(text)))
    begins = {word: 1 + k for k, word in enumerate(words) if data.draw(st.booleans())}
    assert placed_elsewhere._starts(text, begins) == _finditer_starts(text, begins)


def test_starts_after_an_apostrophe_walks_the_matches():
    text = "O'Hol and Hol, l'Aleppo then Aleppo"  # "O'Hol" one word; "l'" no match: Aleppo is one
    begins = {"Hol": 1, "Aleppo": 2}
    assert placed_elsewhere._starts(text, begins) == _finditer_starts(text, begins) == [(10, 13, 1), (17, 23, 2), (29, 35, 2)]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_reordered_patterns_match_the_same(text):
    capitalised = re.compile(r"\b[^\W\d_a-z][\w'’]*")
    capitals = re.compile(r"(?<![\w.])[^\W\d_a-z](?:\.?[^\W\d_a-z]){2,6}\.?s?(?!\w)")
    assert [m.span() for m in placed_elsewhere._CAPITALISED.finditer(text)] == \
        [m.span() for m in capitalised.finditer(text)]
    assert [m.span() for m in acronym_meanings._CAPITALS.finditer(text)] == \
        [m.span() for m in capitals.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.one_of(texts, st.text(max_size=80)))
def test_tokens_from_one_split(text):
    spans = [m.span() for m in TOKEN_RE.finditer(text)]
    assert acronym_meanings._tokens(text) == (spans, [text[a:b] for a, b in spans], [a for a, _ in spans])


def test_names_from_the_capitalised_words_by_initial():
    text = "Officials on the Isle of Man said the IOM office and isle of man, Isle Of Man."
    spans, words, _ = acronym_meanings._tokens(text)
    assert list(acronym_meanings._names(text, spans, words, "iom")) == [["Isle", "of", "Man"], ["Isle", "Of", "Man"]]
    assert acronym_meanings._capitalised(words)["i"] == [3, 14]


DATE_PIECES = ["Monday", "monday", "Tuesday", "Sept", "Sep", "September", "May", "may", "Yesterday",
               "yesterday", "TODAY", "tonight", "ago", "AGO", "12/03/2019", "1.2.19", "3-4-2020", "this month",
               "Last Night", "last  evening", "Dec", "December", "xMay", "4May", "_Jan", "Jan.", " ", ", ",
               "\n", "in", "the", "٣/٤/٢٠٢٠", "Ｍay"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(DATE_PIECES), max_size=20).map("".join))
def test_date_anchors_with_their_first_letters(text):
    from archive.extract import event_dates

    plain = re.compile(event_dates._ANCHOR.pattern.replace("(?=[MTWFSJADNOaAyYtTlL\\d])", "", 1))
    assert plain.pattern != event_dates._ANCHOR.pattern
    assert [m.span() for m in event_dates._ANCHOR.finditer(text)] == [m.span() for m in plain.finditer(text)]


def _signature_as_str(text: str):
    """The signature as the str path computes it (every text's shingles encoded one by one)."""
    import hashlib

    import numpy as np

    from archive.extract import near_duplicates as near

    words = near._WORD.findall(text.casefold())
    if len(words) < near.MIN_WORDS:
        return None
    shingles = {" ".join(words[k:k + near.SHINGLE]) for k in range(len(words) - near.SHINGLE + 1)}
    hashes = np.array([int.from_bytes(hashlib.blake2b(s.encode(), digest_size=4).digest(), "little")
                       for s in shingles], dtype=np.uint64)
    values = (near._A[:, None] * hashes[None, :] + near._B[:, None]) % near._PRIME
    return (values & near._MAX_HASH).min(axis=1)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["Aleppo", "the", "SDF", "said", "2019", "x_y", "ÉTÉ", "Straße", "ﬁre",
                                 "حول", "İstanbul", ",", ".", "\n", "'s", "K"]), min_size=25, max_size=60))
def test_ascii_texts_sign_as_str_texts(pieces):
    import numpy as np

    from archive.extract import near_duplicates as near

    text = " ".join(pieces)
    expected, found = _signature_as_str(text), near.signature(text)
    assert (expected is None) == (found is None)
    if found is not None:
        assert np.array_equal(found, expected)
