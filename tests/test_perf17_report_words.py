"""A report's words read once for the index's reading rules (indexer/fulltext/report_words.py, issue #16):
the same words, spans and gazetteer mentions as each rule's own pass gave, from one split."""

from __future__ import annotations

import pytest

from archive.extract.text_split import split as worker_split
from indexer.fulltext import report_words
from indexer.fulltext.placed_elsewhere import _mentions, _tables
from indexer.names import TOKEN_RE, folded_words

TEXTS = [
    "",
    "   ",
    "Officials in al-Hasakah said the S.D.F. had left Qamishli's market on Tuesday.",
    "The council of Deir ez-Zor met; el-Bab and Manbij sent two envoys each.",
    "Writers at the Lisbon fair praised Ana's novel, and the SNA of Somalia took the town.",
    "قال مسؤول في الحسكة إن الهَوْل مخيم كبير، وإن الرقة هادئة.",
    "Mixed: Kobanî, Raʿqa and Sina'a — then 3.5 per cent, U.S. and U.N. envoys.",
    "A word at the very end without a stop Tal Abyad",
]


@pytest.fixture(autouse=True)
def _fresh():
    report_words.forget()
    yield
    report_words.forget()


@pytest.mark.parametrize("text", TEXTS)
def test_folded_words_are_the_names_modules(text):
    assert report_words.folded_words(text) == folded_words(text)


@pytest.mark.parametrize("text", TEXTS)
def test_split_is_the_workers_and_its_tokens_the_token_pattern(text):
    parts = report_words.split(text)
    assert parts == worker_split(text)
    assert parts[1::2] == TOKEN_RE.findall(text)
    assert "".join(parts) == text


@pytest.mark.parametrize("text", TEXTS)
def test_mentions_are_placed_elsewheres(text):
    places, countries, _, elsewhere, names = _tables()
    spans, folded = folded_words(text)
    assert report_words.mentions(text) == _mentions(text, spans, folded, places, countries, elsewhere, names)


def test_a_remembered_split_is_used_until_forgotten():
    text = TEXTS[2]
    given = worker_split(text)
    report_words.remember(text, given)
    assert report_words.split(text) is given
    report_words.forget()
    again = report_words.split(text)
    assert again == given and again is not given


def test_answers_are_kept_for_the_rules_after():
    text = TEXTS[4]
    assert report_words.folded_words(text) is report_words.folded_words(text)
    assert report_words.mentions(text) is report_words.mentions(text)


def test_kept_answers_stay_bounded():
    for n in range(3 * report_words.KEPT):
        report_words.folded_words(f"Report number {n} from Raqqa")
    assert len(report_words._folded) <= report_words.KEPT


def test_a_workers_batch_forgets_its_splits():
    from archive import workers
    from archive.extract.article import BatchDefaults
    from archive.model import RawRecord

    record = RawRecord(source_path="invented.txt", source_format="text", title="Envoys meet in Manbij",
                       body="Envoys of the council met in Manbij on Monday. " * 8)
    out = workers.build_all([record], BatchDefaults())
    assert isinstance(out[0], workers.Built)
    assert not report_words._given and not report_words._folded
