"""A segment's term lookups kept (indexer/fulltext/term_tables.py): the same answers as Whoosh's
on-disk table for terms that are there and terms that are not, through every way the codec asks,
and the searches of a real archive index unchanged (tests/test_search_arrays.py runs on them)."""

from __future__ import annotations

import pytest
from whoosh import fields, index as whoosh_index

from indexer.fulltext.term_tables import KeptTermTable, keep_lookups


@pytest.fixture
def reader(tmp_path):
    schema = fields.Schema(id=fields.ID(stored=True), body=fields.TEXT)
    ix = whoosh_index.create_in(str(tmp_path), schema)
    writer = ix.writer()
    for n, text in enumerate(["camp families returned", "the camp at al-Hol", "families in Raqqa", "Raqqa camp"]):
        writer.add_document(id=str(n), body=text)
    writer.commit()
    with ix.reader() as opened:
        yield opened


def test_kept_lookups_answer_as_the_table(reader):
    terms = reader._terms
    table = terms._tindex
    kept = KeptTermTable(table, limit=3)  # small: the kept terms are forgotten and read again
    keys = [terms._keycoder("body", word.encode()) for word in ("camp", "families", "raqqa", "hol", "nowhere", "al")]
    for _ in range(3):
        for key in keys:
            assert (key in kept) == (key in table)
            assert kept.get(key) == table.get(key)
            assert list(kept.all(key)) == list(table.all(key))
            assert list(kept.ranges_for_key(key)) == list(table.ranges_for_key(key))
            if key in table:
                assert kept[key] == table[key] and kept.range_for_key(key) == table.range_for_key(key)
            else:
                with pytest.raises(KeyError):
                    kept[key]
                with pytest.raises(KeyError):
                    kept.range_for_key(key)
    assert len(kept._kept) <= 3
    assert sorted(kept.keys()) == sorted(table.keys())  # the rest passes through
    with pytest.raises(TypeError):  # what the table refuses, it still refuses
        kept.range_for_key("not bytes")


def test_a_reader_with_kept_lookups_finds_the_same(reader):
    before = {(word, reader.doc_frequency("body", word), (("body", word) in reader))
              for word in ("camp", "families", "raqqa", "nowhere")}
    postings = [list(reader.postings("body", word).all_ids()) for word in ("camp", "raqqa")]
    keep_lookups(reader)
    assert isinstance(reader._terms._tindex, KeptTermTable)
    for _ in range(2):
        assert {(word, reader.doc_frequency("body", word), (("body", word) in reader))
                for word in ("camp", "families", "raqqa", "nowhere")} == before
        assert [list(reader.postings("body", word).all_ids()) for word in ("camp", "raqqa")] == postings
    assert [text for text in reader.lexicon("body")] == sorted(text for text in reader.lexicon("body"))
