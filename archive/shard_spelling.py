""""Did you mean" for a collection: the suggestion one archive holding every shard's articles
would make.

One archive's :meth:`Spelling.suggest` asks its words two things: how many articles hold a word
(``count``) and which words lie within two edits of it (``terms_within``). Both add up over
shards: a word's articles are the sum of each shard's (an article is in one shard), and the words
near it are the union of each shard's. So each shard runs its own ``suggest`` on a reader and a
count that note every question and answer (one round, one task a shard); a word the collection
hardly knows is one every shard hardly knows, so every shard has asked what the collection needs.
Then ``suggest`` runs once more here, on the shards' answers summed: the same code, the same
choice, without the whole collection's words in one place.
"""

from __future__ import annotations

from typing import Optional

from archive.shard_search import _index, _run


class _Noting:
    """A shard's words, noting what ``suggest`` asks of them."""

    def __init__(self, reader, count):
        self.reader, self.count = reader, count
        self.counts: dict = {}
        self.near: dict = {}

    def doc_count_all(self) -> int:
        return self.reader.doc_count_all()

    def terms_within(self, fieldname, word, maxdist, prefix=0):
        found = [term if isinstance(term, str) else term.decode("utf8")
                 for term in self.reader.terms_within(fieldname, word, maxdist, prefix=prefix)]
        self.near[(fieldname, word, maxdist, prefix)] = found
        return found

    def counted(self, word) -> int:
        n = self.count(word)
        self.counts[word] = n
        return n


def shard_spelling(db_path: str, text: str, epoch=None) -> Optional[dict]:
    """What one shard's ``suggest(text)`` asked and was answered: ``{"documents", "counts", "near"}``."""
    from indexer.fulltext.spelling import Spelling

    index = _index(db_path, epoch)
    reader, count = index._words()
    if reader is None:
        return None
    noting = _Noting(reader, count)

    class Shard:
        def _words(self):
            return noting, noting.counted

    Spelling.suggest(Shard(), text)
    return {"documents": noting.doc_count_all(), "counts": noting.counts,
            "near": [(key, words) for key, words in noting.near.items()]}


class _Summed:
    """The shards' answers as one archive's words."""

    def __init__(self, answers: list):
        self.documents = sum(a["documents"] for a in answers)
        self.counts: dict = {}
        self.near: dict = {}
        for answer in answers:
            for word, n in answer["counts"].items():
                self.counts[word] = self.counts.get(word, 0) + n
            for key, words in answer["near"]:
                self.near.setdefault(tuple(key), set()).update(words)

    def doc_count_all(self) -> int:
        return self.documents

    def terms_within(self, fieldname, word, maxdist, prefix=0):
        # One archive's lexicon gives them in its order: the words' order (UTF-8 bytes, code points).
        return sorted(self.near.get((fieldname, word, maxdist, prefix), ()))

    def count(self, word) -> int:
        return self.counts.get(word, 0)


def collection_suggestion(collection, text: str, *, client=None, wait: Optional[float] = None) -> Optional[str]:
    """The collection's "did you mean" for ``text``, or None (also when a shard cannot answer:
    a suggestion made without it could name a word it holds less often than another)."""
    from indexer.fulltext.spelling import Spelling

    try:
        epoch = collection.path.stat().st_mtime_ns
    except OSError:
        epoch = None
    found = _run(client, shard_spelling, list(collection.shards), text, epoch, wait=wait if wait is not None else 20)
    if any(error is not None for _, error in found):
        return None
    answers = [answer for answer, _ in found if answer is not None]
    if not answers:
        return None
    summed = _Summed(answers)

    class Whole:
        def _words(self):
            return summed, summed.count

    return Spelling.suggest(Whole(), text)
