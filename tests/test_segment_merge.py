"""The streamed segment merge (issue #6) writes the same index as Whoosh's own merge."""

import random

import pytest
from whoosh.reading import SegmentReader

from indexer.fulltext import FullTextIndex, _segments_to_merge

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
