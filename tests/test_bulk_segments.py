"""Segments written in bulk (indexer/fulltext/bulk_segments.py) are the segments Whoosh's own
``add_document`` writes: the same documents written both ways, in the same commits, read back with
stock Whoosh (``open_dir`` and its W3 codec) give the same terms, postings, term statistics, stored
fields, field lengths, columns, deletions and search results, before and after merges."""

import random

import pytest
from whoosh import index as whoosh_index
from whoosh.qparser import MultifieldParser, OrGroup

from indexer.fulltext import FullTextIndex, analyse
from indexer.store import Store, open_database

WORDS = ("camp detainees Hasakah Ghuwayran prison attack guards families court returned repatriation "
         "Baghouz Hajin SDF coalition women children foreign fighters trial government council").split()
ARABIC = "مخيم الهول في الحسكة والمحتجزين من عائلات المقاتلين الأجانب محكمة سجن غويران".split()
OUTLETS = ["Rudaw", "North Press Agency", "عنب بلدي", None]


def generated(n: int, version: int = 0) -> dict:
    """An article row as the store gives it: English or Arabic, some undated, some with empty
    fields, repeated outlets and tags, a few near-copies pointing at another article."""
    rng = random.Random(n * 31 + version)
    words = ARABIC if n % 4 == 1 else WORDS
    body = " ".join(rng.choice(words) for _ in range(rng.randint(0, 400)))
    if n % 6 == 0:
        body += f" onlyhere{n} 2019 4,000"  # terms of one document: inlined postings
    row = {
        "id": f"{n:016x}",
        "title": "" if n % 11 == 0 else f"{rng.choice(words)} report {n} v{version}",
        "body": body,
        "lede": rng.choice(words) + " lede" if n % 7 == 0 else None,
        "outlet_name": OUTLETS[n % len(OUTLETS)],
        "author": None if n % 3 else rng.choice(["Omar Saeed", "Hawar News", "Jane Roe"]),
        "language": "ar" if n % 4 == 1 else ("en" if n % 9 else None),
        "published": None if n % 5 == 0 else f"20{10 + n % 14}-0{1 + n % 9}-{10 + n % 18}",
        "tags": [] if n % 2 else rng.sample(["camps", "courts", "returns, repatriation", "ISIS"], 2),
        "duplicate_of": f"{n - 1:016x}" if n % 13 == 0 else None,
    }
    return row


@pytest.fixture(scope="module")
def sample_rows(sample_db):
    db = open_database(sample_db, create=False)
    try:
        rows = list(Store(db).iter_index_rows())
    finally:
        db.close()
    assert len(rows) > 20
    return rows


def write(path, batches, bulk: bool) -> FullTextIndex:
    """An index of ``batches`` (lists of ``(row, analysed ahead or None, replace)``), a commit each."""
    index = FullTextIndex(path)
    index.create()
    index.bulk_writes = bulk
    for batch in batches:
        with index.writer() as writer:
            for row, analysed, replace in batch:
                if replace:
                    writer.upsert(row, analysed=analysed)
                else:
                    writer.add(row)
    return index


def read_back(path) -> dict:
    """Everything a stock Whoosh reader says about an index, by docnum (both ways write the same
    documents in the same order, so the docnums agree too)."""
    ix = whoosh_index.open_dir(str(path))  # stock storage and codec
    with ix.searcher() as searcher:
        reader = searcher.reader()
        docs = reader.doc_count_all()
        state = {
            "segments": [(s.doc_count_all(), sorted(s.deleted_docs())) for s in ix._segments()],
            "deleted": sorted(d for d in range(docs) if reader.is_deleted(d)),
            "stored": [reader.stored_fields(d) for d in range(docs)],
            "lengths": {name: [reader.doc_field_length(d, name) for d in range(docs)]
                        for name in ("title", "body", "outlet", "author", "tags")},
            "field_lengths": {name: reader.field_length(name) for name in ("title", "body", "tags")},
            "columns": {name: list(reader.column_reader(name)) for name in ("id", "story", "newest", "oldest")},
            "terms": {},
        }
        for leaf, offset in reader.leaf_readers():
            for (fieldname, btext), info in leaf._terms.items():
                matcher = leaf.postings(fieldname, btext)
                postings = []
                while matcher.is_active():
                    postings.append((offset + matcher.id(), matcher.weight(), matcher.value()))
                    matcher.next()
                stats = (info.weight(), info.doc_frequency(), info.min_length(), info.max_length(),
                         info.max_weight(), info.min_id(), info.max_id())
                state["terms"][(offset, fieldname, btext)] = (stats, postings)
        parser = MultifieldParser(["title", "body"], ix.schema, group=OrGroup)
        state["searches"] = {}
        for text in ("camp", "prison attack", '"foreign fighters"', "مخيم", "الهول", "Hasakah OR court",
                     "onlyhere12", "government", "tags:camps", "outlet:rudaw"):
            hits = searcher.search(parser.parse(text), limit=None)
            state["searches"][text] = [(hit["id"], round(hit.score, 6)) for hit in hits]
    return state


def same_both_ways(tmp_path, batches) -> dict:
    stock = write(tmp_path / "stock", batches, bulk=False)
    bulk = write(tmp_path / "bulk", batches, bulk=True)
    expected, found = read_back(stock.path), read_back(bulk.path)
    for key in ("segments", "deleted", "stored", "lengths", "field_lengths", "columns", "searches"):
        assert found[key] == expected[key], key
    assert found["terms"].keys() == expected["terms"].keys()
    for key, (stats, postings) in expected["terms"].items():
        assert found["terms"][key][1] == postings, key
        assert found["terms"][key][0] == pytest.approx(stats), key
    return found


def test_sample_and_generated_articles_read_back_the_same(tmp_path, sample_rows):
    rows = sample_rows + [generated(n) for n in range(300)]
    random.Random(5).shuffle(rows)
    # As an import gives them: analysed ahead (a worker's), and replacing older copies.
    batches = [[(row, analyse(row["title"], row["body"], row["lede"]), True) for row in rows[i:i + 160]]
               for i in range(0, len(rows), 160)]
    found = same_both_ways(tmp_path, batches)
    assert len(found["segments"]) > 1
    assert found["searches"]["مخيم"] and found["searches"]["camp"] and found["searches"]["onlyhere12"]
    assert any(postings and len(postings) > 128 for _stats, postings in found["terms"].values())  # blocks


def test_updates_deletions_and_merges_read_back_the_same(tmp_path):
    # Commits of 40 articles, each starting 25 after the last: a commit replaces 15 older copies,
    # later ones as text (the recovery's and reindex's way), and the streamed merge runs.
    batches = []
    for commit in range(12):
        batch = []
        for n in range(commit * 25, commit * 25 + 40):
            row = generated(n, version=commit)
            analysed = analyse(row["title"], row["body"], row["lede"]) if commit % 2 else None
            batch.append((row, analysed, True))
        batches.append(batch)
    found = same_both_ways(tmp_path, batches)
    assert found["deleted"], "later commits replaced articles"
    assert len(found["segments"]) < 12, "segments were merged"


def test_added_articles_and_a_stock_optimize_read_back_the_same(tmp_path):
    batches = [[(generated(n), None, False) for n in range(start, start + 60)] for start in (0, 60, 120)]
    stock = write(tmp_path / "stock", batches, bulk=False)
    bulk = write(tmp_path / "bulk", batches, bulk=True)
    for index in (stock, bulk):
        ix = whoosh_index.open_dir(str(index.path))
        ix.optimize()  # Whoosh's own merge of every segment, reading what was written
    expected, found = read_back(stock.path), read_back(bulk.path)
    assert len(found["segments"]) == 1
    for key in ("stored", "lengths", "columns", "searches"):
        assert found[key] == expected[key], key


def test_a_whole_commit_of_replacements_deletes_every_older_copy(tmp_path):
    rows = [generated(n) for n in range(50)]
    index = write(tmp_path / "bulk", [[(row, None, True) for row in rows]] * 3, bulk=True)
    state = read_back(index.path)
    assert len(state["deleted"]) == 100
    live = [state["stored"][d]["id"] for d in range(150) if d not in set(state["deleted"])]
    assert sorted(live) == sorted(row["id"] for row in rows)
    assert index.all_ids() == {row["id"] for row in rows}


def test_check_finds_a_truncated_segment_and_reindex_repairs_it(cli, tmp_path):
    from conftest import SAMPLE

    db = tmp_path / "archive.db"
    assert cli("import", db, SAMPLE, "--silent").exit_code == 0
    segment = max((tmp_path / "archive.whoosh").glob("MAIN_*.seg"), key=lambda path: path.stat().st_size)
    with open(segment, "r+b") as damaged:
        damaged.truncate(segment.stat().st_size // 2)
    result = cli("check", db)
    assert result.exit_code == 1
    assert f"damaged index segment: {segment}" in result.output
    assert "Traceback" not in result.output and "reindex" in result.output
    assert cli("reindex", db).exit_code == 0
    result = cli("check", db)
    assert result.exit_code == 0 and "OK: SQLite and Whoosh agree" in result.output, result.output
