"""The vocabulary index (the archive's words, unstemmed) and how a search reads words and their
counts: for "did you mean", prefix searches and sound-alikes."""

from __future__ import annotations

from whoosh import formats
from whoosh.fields import TEXT, Schema
from whoosh.system import pack_uint

from indexer.fulltext.analysis import _DIGIT, _text, _words_analyzer, _words_analyzer_cached, _words_only
from indexer.fulltext.fields import SEARCH_FIELDS
from indexer.fulltext.segments import _retrying_toc
from indexer.fulltext.variants import PHONETIC_BELOW, PHONETIC_MIN_LETTERS, PHONETIC_SCAN, phonetic_key


VOCABULARY = "vocabulary"  # the second index in the same folder: see make_vocabulary_schema


def make_vocabulary_schema() -> Schema:
    """The words of the archive, unstemmed: for "did you mean" (Whoosh finds the words within two
    edits of a misspelling) and for prefix searches (``repatriat*`` stands for the words that
    start so).

    Not a field of every article: a posting per word and article was 40% of all the postings
    Whoosh wrote. A batch adds one document holding the words new to the archive (the writer's
    ``new_words`` says which: the archive counts every word's articles in SQLite, in the batch's
    transaction); without ``new_words``, every word of the batch, counted.
    """
    words = TEXT(analyzer=_words_analyzer(), phrase=False)
    words.format = CountedFrequency(field_boost=1.0)
    return Schema(words=words)


class CountedFrequency(formats.Frequency):
    """Frequency whose value may also be given counted: ``[(word, count), ...]``."""

    def word_values(self, value, analyzer, **kwargs):
        if isinstance(value, list) and value and isinstance(value[0], tuple):
            for word, count in value:
                yield word, count, float(count), pack_uint(count)
            return
        yield from super().word_values(value, analyzer, **kwargs)


def vocabulary_words(title: str, body: str) -> set:
    """The distinct words of an article as the vocabulary index keeps them (no numbers)."""
    return _words_only(_words_analyzer_cached().term_positions(title + "\n" + body))


class Words:
    """:class:`~indexer.fulltext.index.FullTextIndex`'s access to the archive's words (mixed into it)."""

    def _words(self):
        """``(reader, count)`` for the archive's words: the vocabulary index's reader and the
        number of articles holding a word; for an index made before it, the articles' own
        ``words`` field. ``(None, None)`` when there are no words yet."""
        vocabulary = self.vocabulary
        if vocabulary is None:
            reader = self._searcher().reader()
            if "words" not in reader.schema:
                return None, None
            return reader, lambda word: reader.doc_frequency("words", word)
        searcher = getattr(self._local, "vocabulary", None)
        identity = self.toc_identity(vocabulary)  # not up_to_date(): a rebuilt vocabulary may reach its generation
        if searcher is None or identity is None or identity != getattr(self._local, "vocabulary_toc", None):
            # Not refresh(): Whoosh's refresh() of a searcher opened on an empty index fails.
            if searcher is not None:
                searcher.close()
            searcher = self._local.vocabulary = _retrying_toc(vocabulary.searcher)
            self._local.vocabulary_toc = identity
        reader = searcher.reader()
        counted = self._counted_words()
        if counted is not None:
            return reader, counted
        return reader, lambda word: reader.frequency("words", word)

    def _counted_words(self):
        """``count(word)`` from the database's vocabulary table, or None without one (or with an
        empty one: an archive indexed before the table existed)."""
        if self.store is None:
            return None
        store = getattr(self._local, "counts", None)
        if store is None:
            import sqlite3

            try:
                store = self.store()
                if not store.has_vocabulary():
                    return None
            except sqlite3.Error:
                return None
            self._local.counts = store
        return store.word_articles

    def _sound_alike_source(self):
        """``(count, lookup, found_by)`` for :func:`expand_sound_alikes`: the database's vocabulary
        table (its indexed ``phonetic`` column) or, without one, the Whoosh vocabulary's words keyed
        in memory once per version of it; the articles' index for how many a term finds. Each is
        opened at its first use: most queries have no word that needs them."""
        opened: dict = {}

        def words():
            if "words" not in opened:
                reader, count = self._words()
                store = getattr(self._local, "counts", None) if self._counted_words() is not None else None
                if reader is None:  # no words yet: none is rare
                    opened["words"] = (lambda word: PHONETIC_BELOW, lambda key: [])
                elif store is not None:
                    import sqlite3

                    def lookup(key: str) -> list:
                        try:
                            return store.words_sounding_as(key, PHONETIC_SCAN)
                        except sqlite3.Error:  # a database from before the column: no sound-alikes
                            return []

                    opened["words"] = (count, lookup)
                else:
                    keyed = self._phonetic_words(reader)
                    opened["words"] = (count, lambda key: [(word, count(word))
                                                           for word in keyed.get(key, ())[:PHONETIC_SCAN]])
            return opened["words"]

        def found_by(term: str) -> int:
            if "articles" not in opened:
                opened["articles"] = self._searcher().reader()
            return max(opened["articles"].doc_frequency(field, term) for field in SEARCH_FIELDS)

        return (lambda word: words()[0](word)), (lambda key: words()[1](key)), found_by

    def _phonetic_words(self, reader) -> dict:
        """``{phonetic key: [word, ...]}`` of the Whoosh vocabulary (an index without a database)."""
        source = self.vocabulary if self.vocabulary is not None else self.ix
        generation = self.toc_identity(source)  # its generation and TOC file: a rebuilt one is another
        cached = getattr(self, "_phonetic_cache", None)
        if cached is not None and generation is not None and cached[0] == generation:
            return cached[1]
        keyed: dict = {}
        for btext in reader.lexicon("words"):
            word = _text(btext)
            if len(word) >= PHONETIC_MIN_LETTERS and not _DIGIT.search(word):
                keyed.setdefault(phonetic_key(word), []).append(word)
        self._phonetic_cache = (generation, keyed)
        return keyed
