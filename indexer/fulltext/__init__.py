"""Everything Whoosh: the archive's full-text search engine, one module a concern.

This package is the only code that imports ``whoosh``. SQLite is the source of truth: the index
holds what is needed to find and rank articles (no stored text), and highlights are made from the
text the caller fetches from SQLite for the page of hits being shown.

Where things are (Whoosh's own package is cut the same way):

- ``index.py``        FullTextIndex: open or create the index, its writer
- ``fields.py``       the articles' schema, the document an article row becomes
- ``analysis.py``     tokenizer, filters, analyzers and their cached fast path for indexing
- ``vocabulary.py``   the vocabulary index (the archive's words) and reading words and counts
- ``segments.py``     the codec's faster writers, streamed merges, re-reading a replaced table of contents, damaged segments
- ``bulk_segments.py`` a batch's documents written as one segment through the codec's writers (not add_document)
- ``bulk_postings.py`` a field's postings of that segment sorted as arrays and packed as W3 packs them
- ``columns.py``      whole columns of segments (ids, stories, dates, lengths) read once and kept
- ``query.py``        query checks and limits, dates, natural-language questions, parsing
- ``aliases.py``      name variants: the alias table, names' case rules, a query's names as ORs of spellings
- ``sound_alikes.py`` sound-alikes (the phonetic fallback), the phonetic key, edit distance
- ``name_phrases.py`` names inside quoted phrases, with qualifiers
- ``name_readings.py`` words read as a known name: joined to their article (alhol), typed apart, spelt alike
- ``language.py``     what the caller hands in: the name groups (the gazetteer's) and the stop words
- ``spelling.py``     "did you mean"
- ``ranking.py``      BM25F as the archive weighs it, pseudo-relevance feedback (RM3)
- ``feedback_arrays.py`` feedback's first hits and its words' scores in them read on arrays (Whoosh's to the last bit)
- ``collectors.py``   running a query within a time limit
- ``searching.py``    a page of ranked hits, the total and every matching id; more like this
- ``kept_frequencies.py`` a reader's document frequencies kept for its life (the parse asks them many times)
- ``search_arrays.py`` the same page, total, ids and facet counts from arrays (Whoosh's collectors the fallback)
- ``matching.py``     a query's per-segment matcher tree evaluated on arrays: every hit, BM25F as Whoosh scores it
- ``postings.py``     a term's W3 posting blocks decoded into numpy arrays, and their bounded cache
- ``postings_files.py`` a segment's common terms' postings (ids, weights, positions) kept decoded in a file beside it
- ``segment_arrays.py`` per-segment arrays: field lengths, date columns, stories, facet values
- ``results.py``      Hit and SearchPage
- ``highlight.py``    highlighted titles and snippets

The names callers use are importable from here: ``from indexer.fulltext import FullTextIndex``.
The rules for writing names it shares with the gazetteer and the suggestions are ``indexer/names.py``'s.
"""

from indexer.fulltext.analysis import (  # noqa: F401
    ARABIC_ARTICLES, TERM_CACHE_SIZE, TOKEN_PATTERN, ArchiveAnalyzer, MarksFilter, NameFilter, normalise_name,
    query_stop_words,
)
from indexer.fulltext.positions_encoded import Analysed, FastPositions  # noqa: F401
from indexer.fulltext.fields import (  # noqa: F401
    FIELD_BOOSTS, SEARCH_FIELDS, TITLE_INDEX_BOOST, UNDATED_LAST, analyse, document, indexed_text, make_schema,
)
from indexer.fulltext.index import WRITER_MEMORY_MB, FullTextIndex, IndexBusy  # noqa: F401
from indexer.fulltext.language import provide  # noqa: F401
from indexer.fulltext.query import (  # noqa: F401
    DATE_HELP, MAX_EXPANDED_TERMS, MAX_NATURAL_TERMS, MAX_QUERY_CHARS, MAX_QUERY_TERMS, QUERY_K3, QueryError,
    check_query_text, natural_query, repeated_terms, rewrite_dates,
)
from indexer.fulltext.ranking import (  # noqa: F401
    BM25_PARAMS, FEEDBACK, FEEDBACK_DOCS, FEEDBACK_MIN_WORDS, FEEDBACK_MU, FEEDBACK_ORIGINAL, FEEDBACK_RERANK,
    FEEDBACK_TERMS, ArchiveBM25F,
)
from indexer.fulltext.results import Hit, SearchPage  # noqa: F401
from indexer.fulltext.searching import DEFAULT_TIME_LIMIT, SUGGEST_BELOW  # noqa: F401
from indexer.fulltext.segments import (  # noqa: F401
    INLINE_POSTINGS, MERGE_FACTOR, ArchiveCodec, streamed_merge, streamed_merge_tiered,
)
from indexer.fulltext.spelling import best_correction  # noqa: F401
from indexer.fulltext.variants import (  # noqa: F401
    PHONETIC, PHONETIC_BELOW, PHONETIC_BOOST, PHONETIC_EDITS, PHONETIC_MAX, PHONETIC_MAX_WORDS,
    PHONETIC_MIN_LETTERS, PHONETIC_SCAN, PHONETIC_SHORT, alias_table, edit_distance, expand_aliases,
    expand_sound_alikes, name_key, phonetic_key, phonetic_reach, sound_alikes,
)
from indexer.fulltext.vocabulary import VOCABULARY, CountedFrequency, make_vocabulary_schema, vocabulary_words  # noqa: F401
