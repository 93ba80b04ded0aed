"""The text split once for the entities, the figures' sources and the index analysis
(archive/extract/text_split.py, issue #16) gives what each stage found with its own pass."""

import itertools
import random

import pytest

from archive.extract import entities
from archive.extract.figures import find_figures
from archive.extract.gazetteer import TOKEN_RE, spellings
from archive.extract.mentions import entities_of
from archive.extract.text_split import joined, split, words
from indexer.fulltext.fields import analyse

# Pieces of made-up text: the gazetteer's own spellings, words, joiners and the characters that
# make tokenising hard (Arabic with marks opening or standing alone, apostrophes, full stops).
_PIECES = ["said", "the", "camp", "Province", "of", "and", "US", "IS", "U.S.", "al", "el-", "'s", "’",
           "`", ".", ",", " ", " ", "  ", "\n", "\n\n", "-", "—", "$", "4,000", "2019", "ʿ", "ʾ",
           "الهَوْل", "َ", "ُّ", "وَ", "ـ", "ٱلرقة", "١٢", "ß", "İstanbul", "Hit", "HIT", "The", "neighbourhood"]


def _texts(seed: int, count: int):
    rng = random.Random(seed)
    names = [s.text for s in spellings()][:4000]
    for _ in range(count):
        out = []
        for _ in range(rng.randint(0, 60)):
            piece = rng.choice(names) if rng.random() < 0.3 else rng.choice(_PIECES)
            out.append(piece)
            if rng.random() < 0.7:
                out.append(rng.choice([" ", " ", "\n", ", ", "-", ""]))
        yield "".join(out)


def test_split_holds_the_tokens_and_the_whole_text():
    for text in _texts(1, 400):
        parts = split(text)
        assert words(parts) == TOKEN_RE.findall(text)
        assert "".join(parts) == text


def test_joined_splits_are_the_split_of_the_joined_text():
    texts = list(_texts(2, 200))
    for a, b in zip(texts, reversed(texts)):
        assert joined(split(a), "\n\n", split(b)) == split(f"{a}\n\n{b}")
    for between in ("", "x", ".", "'", "\u064e"):  # a word character, or a joiner after a word
        with pytest.raises(ValueError):
            joined(split("a"), between, split("b"))


def _gap_token_pairs(text, parts=None):
    """The old reading: (gap, token) pairs by _GAP_TOKEN, for every text."""
    pairs = entities._GAP_TOKEN.findall(text)
    return [g for g, _ in pairs], [w for _, w in pairs], list(itertools.chain.from_iterable(pairs))


def test_mentions_from_a_split_equal_mentions_from_gap_token_pairs(monkeypatch):
    texts = list(_texts(3, 400))
    shared = [(entities.mentions(t), entities.mentions(t, split(t))) for t in texts]
    for text in texts:  # where the split is read, its gaps and tokens are _GAP_TOKEN's
        gaps, tokens, _ = entities._gaps_words(text, None)
        if tokens is not None and not entities._WORD_MARK.search(text):
            assert (gaps, tokens) == _gap_token_pairs(text)[:2]
    monkeypatch.setattr(entities, "_gaps_words", _gap_token_pairs)
    found = 0
    for text, (alone, given) in zip(texts, shared):
        assert alone == given == entities.mentions(text), text
        found += len(alone)
    assert found > 100


def test_entities_and_figures_from_the_shared_split_equal_their_own():
    texts = list(_texts(4, 300))
    texts += ["Hundreds fled al-Hol camp, the Syrian Observatory said, and 4,000 remain there."]
    for title, body in zip(texts, texts[1:]):
        assert entities_of(title, body, split(title), split(body)) == entities_of(title, body)
        assert find_figures(body, split(body)) == find_figures(body)


def test_analysis_from_given_tokens_equals_its_own():
    texts = list(_texts(5, 200))
    for title, body in zip(texts, texts[1:]):
        tokens = (words(split(title)), words(split(body)))
        assert analyse(title, body, None, tokens) == analyse(title, body, None)
        # a lede that is not in the body goes before it: the given tokens are not the body's
        assert analyse(title, body, "A lede of its own", tokens) == analyse(title, body, "A lede of its own")
