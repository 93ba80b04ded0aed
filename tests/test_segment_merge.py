"""The streamed segment merge (issue #6) writes the same index as Whoosh's own merge."""

import random

import pytest
from whoosh.reading import SegmentReader

from indexer.fulltext import FullTextIndex
from indexer.fulltext.segments import _segments_to_merge

WORDS = ("camp detainees Hasakah Ghuwayran prison attack guards families court returned "
         "repatriation Baghouz Hajin SDF coalition women children foreign fighters trial").split()


def article(n: int, version: int = 0) -> dict:
    rng = random.Random(n * 7 + version)
    body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 60)))
    if n % 5 == 0:
        body += f" rare{n}"  # terms in one document: inlined postings
    return {"id": f"a{n}", "title": f"Report {n} v{version} {rng.choice(WORDS)}", "body": body,
            "outlet": ["Rudaw", "BBC", "AP"][n % 3], "published": f"2019-0{1 + n % 9}-1{n % 10}",
            "year": 2019, "month": "2019-01", "language": "en", "tags": "[]", "byline": ""}


def index_in_commits(path, commits: int, per_commit: int = 7, step: int = 5) -> FullTextIndex:
    """An index written in ``commits`` commits of ``per_commit`` articles, each commit starting
    ``step`` articles after the last (so later commits replace some articles): several segments."""
    index = FullTextIndex(path)
    index.create()
    add_commits(index, range(commits), per_commit, step)
    return index


def add_commits(index, batches, per_commit: int = 7, step: int = 5) -> None:
    for batch in batches:
        with index.writer() as writer:
            for n in range(batch * step, batch * step + per_commit):
                writer.upsert(article(n, batch))


def postings(index: FullTextIndex) -> dict:
    """Every posting, named by article id: ``{(field, term): {id: (weight, value)}}``, and the
    stored documents."""
    with index.ix.searcher() as searcher:
        reader = searcher.reader()
        ids = {docnum: fields["id"] for docnum, fields in reader.iter_docs()}
        stored = {fields["id"]: fields for _, fields in reader.iter_docs()}
        lengths = {(ids[d], name): reader.doc_field_length(d, name) for d in ids for name in ("title", "body")}
        result = {}
        for fieldname, btext in reader.all_terms():
            matcher = reader.postings(fieldname, btext)
            entry = {}
            for docnum in matcher.all_ids():
                if docnum in ids:
                    entry[ids[docnum]] = None
            matcher = reader.postings(fieldname, btext)
            while matcher.is_active():
                if matcher.id() in ids:
                    entry[ids[matcher.id()]] = (round(matcher.weight(), 4), matcher.value())
                matcher.next()
            if entry:
                result[(fieldname, btext)] = entry
        return {"postings": result, "stored": stored, "lengths": lengths}


def test_many_small_commits_equal_one(tmp_path):
    small = FullTextIndex(tmp_path / "small")
    small.create()
    final = {}
    for batch in range(30):  # 30 commits: the policy merges several times
        with small.writer() as writer:
            for n in range(batch * 7, batch * 7 + 9):  # overlapping batches: replaced articles
                version = batch
                writer.upsert(article(n, version))
                final[n] = version
            if batch % 4 == 3:
                writer.delete(f"a{batch * 7 - 3}")
                final.pop(batch * 7 - 3, None)
    segments = small.ix._segments()
    assert len(segments) < 30  # merges happened
    assert any(segment.doc_count_all() > 9 for segment in segments)

    whole = FullTextIndex(tmp_path / "whole")
    whole.create()
    with whole.writer() as writer:
        for n, version in sorted(final.items()):
            writer.upsert(article(n, version))

    got, expected = postings(small), postings(whole)
    assert got["stored"] == expected["stored"]
    assert got["lengths"] == expected["lengths"]
    assert got["postings"].keys() == expected["postings"].keys()
    assert got["postings"] == expected["postings"]
    # and searching works through the merged segments
    found = [hit.id for hit in small.search("Ghuwayran", pagelen=500).hits]
    assert found and sorted(found) == sorted(hit.id for hit in whole.search("Ghuwayran", pagelen=500).hits)


def test_the_choice_is_whooshs():
    class Segment:
        def __init__(self, count):
            self.count = count

        def doc_count_all(self):
            return self.count

    sizes = [Segment(500) for _ in range(4)]
    assert _segments_to_merge(sizes) == []  # Whoosh never merges four or fewer
    sizes = [Segment(500) for _ in range(17)]
    assert len(_segments_to_merge(sizes)) == 16  # 16 x 500 < fib(20): MERGE_SMALL's bound
    assert len(_segments_to_merge([Segment(1) for _ in range(6)])) == 5
    assert _segments_to_merge([Segment(100000)] + [Segment(500) for _ in range(5)]) == []


def test_columns_read_whole_equal_whooshs_reads(tmp_path):
    index = index_in_commits(tmp_path / "ix", 8)
    searcher = index._searcher()
    reader = searcher.reader()
    assert len(list(reader.leaf_readers())) > 1
    for fieldname in ("id", "story", "newest"):
        column = reader.column_reader(fieldname, translate=False)  # dates: Whoosh's sortable ints
        whole = index._columns.by_docnum(searcher, fieldname)
        expected = [column[docnum] for docnum in range(reader.doc_count_all())]
        expected = [value.decode() if isinstance(value, bytes) else value for value in expected]
        assert list(whole) == expected, fieldname
    # after more commits (and merges), the cache forgets segments that are gone
    add_commits(index, range(8, 16))
    searcher = index._searcher()
    live = {reader.segment().segment_id() for reader, _ in searcher.reader().leaf_readers()}
    index.search("camp", pagelen=5, want_all_ids=True)
    assert {key[0] for key in index._columns._values} <= live


def test_one_pass_for_phrases_finds_what_two_passes_find(tmp_path):
    index = index_in_commits(tmp_path / "ix", 6, per_commit=20, step=20)
    phrase = index.search('"detainees camp"', pagelen=2, want_all_ids=True)
    assert phrase.total > 2
    # the same documents as the AND of the words, filtered to those holding the phrase
    words = index.search("detainees AND camp", pagelen=500, want_all_ids=True)
    assert set(phrase.all_ids) <= set(words.all_ids)
    assert len(phrase.all_ids) == phrase.total == len(set(phrase.all_ids))
    page2 = index.search('"detainees camp"', page=2, pagelen=2, want_all_ids=True)
    assert page2.hits
    assert not {hit.id for hit in phrase.hits} & {hit.id for hit in page2.hits}


def test_field_lengths_from_whole_columns_equal_whooshs(tmp_path):
    index = index_in_commits(tmp_path / "ix", 7)
    searcher = index._searcher()  # the lengths are served from whole columns from here on
    for segment_reader, _ in searcher.reader().leaf_readers():
        assert segment_reader._archive_lengths
        whooshs = type(segment_reader).doc_field_length
        for docnum in range(segment_reader.doc_count_all()):
            for fieldname in ("title", "body", "author"):
                assert segment_reader.doc_field_length(docnum, fieldname, 1) == whooshs(segment_reader, docnum, fieldname, 1)
    # and the scorers use them: the same scores as with Whoosh's own reads
    hits = index.search("camp OR detainees", pagelen=50)
    plain = FullTextIndex(tmp_path / "ix")
    plain._columns.speed_up = lambda searcher: None
    expected = plain.search("camp OR detainees", pagelen=50)
    assert len(hits.hits) > 10
    assert [(hit.id, round(hit.score, 6)) for hit in hits.hits] == [
        (hit.id, round(hit.score, 6)) for hit in expected.hits]
    reader = index._searcher().reader()
    for leaf_searcher, _ in index._searcher().leaf_searchers():
        assert leaf_searcher.doc_field_length == leaf_searcher.ixreader.doc_field_length
    assert reader is not None


def test_vocabulary_merges_by_size_not_at_every_commit(tmp_path, monkeypatch):
    import indexer.fulltext.segments as segments_module
    from indexer.fulltext import VOCABULARY

    rewritten = []
    merge = segments_module._merge_into_new_segment
    monkeypatch.setattr(segments_module, "_merge_into_new_segment",
                        lambda writer, segments: (writer.indexname == VOCABULARY
                                                  and rewritten.append(sum(seg.doc_count_all() for seg in segments)))
                        or merge(writer, segments))
    index = FullTextIndex(tmp_path / "ix")
    index.create()
    for batch in range(40):
        with index.writer() as writer:
            writer.upsert(dict(article(batch), body=f"zebra{batch}word detainees"))
    segments = index.vocabulary._segments()
    assert 1 < len(segments) < 16  # merged in tiers (not all 40 kept, not all merged each time)
    # each commit's words were rewritten about once, not again every few commits (Whoosh's policy,
    # counting documents, merged the growing segment with the four newest: ~190 rewrites here)
    assert 0 < sum(rewritten) <= 80, rewritten
    with index.vocabulary.searcher() as searcher:
        words = {word.decode() if isinstance(word, bytes) else word for word in searcher.lexicon("words")}
    assert {f"zebra{batch}word" for batch in range(40)} <= words


def test_searching_while_another_index_object_commits(tmp_path):
    """A server's index object searches while an import's commits replace the table of contents
    and merge segments away: no FileNotFoundError (it was a 500 on the search page)."""
    import threading

    writer_side = FullTextIndex(tmp_path / "ix")
    writer_side.create()
    with writer_side.writer() as writer:
        writer.upsert(article(0))
    reader_side = FullTextIndex(tmp_path / "ix")
    errors, stop = [], threading.Event()

    def search():
        while not stop.is_set():
            try:
                reader_side.search("camp", pagelen=5, want_all_ids=True)
                reader_side.search("date:2019-03", pagelen=5)
            except Exception as error:  # noqa: BLE001 - any failure is the finding
                errors.append(repr(error))

    threads = [threading.Thread(target=search) for _ in range(2)]
    for thread in threads:
        thread.start()
    try:
        for n in range(1, 60):
            with writer_side.writer() as writer:
                writer.upsert(article(n))
    finally:
        stop.set()
        for thread in threads:
            thread.join(30)
    assert errors == []
