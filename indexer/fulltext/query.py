"""Queries: what a query may be (checks and limits), dates, natural-language questions, and
parsing a query into Whoosh's (with name variants and sound-alikes expanded)."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import time
from typing import Optional

from whoosh import query as wq
from whoosh.qparser import FieldAliasPlugin, MultifieldParser, OrGroup

from indexer.fulltext.analysis import _LETTER, ArchiveAnalyzer, _text, query_stop_words
from indexer.fulltext.fields import FIELD_BOOSTS, SEARCH_FIELDS
from indexer.fulltext.variants import expand_aliases, expand_sound_alikes, name_key


MAX_NATURAL_TERMS = 256  # distinct words a natural-language query keeps


MAX_QUERY_CHARS = 1000
MAX_QUERY_TERMS = 64
MAX_EXPANDED_TERMS = 1000  # words all of a query's prefixes, wildcards, ranges and fuzzy terms may stand for


# A word a question (natural=True) repeats counts (k3 + 1) n / (k3 + n) times, BM25's query-term
# saturation: 1.2 for twice, never above 1.5 (k3 0.5 beat 1, 2, 4, 7, 20, linear and none on Cranfield).
QUERY_K3 = 0.5


class QueryError(ValueError):
    """A query that cannot be run; ``str()`` is a message fit to show the user."""

    def __init__(self, message: str, position: Optional[int] = None):
        super().__init__(message)
        self.position = position


_DATE_CLAUSE = re.compile(r"\b(?:date|published|day):(\[[^\]]*\]|\S+)", re.I)
_DATE_VALUE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
DATE_HELP = "Dates are searched as date:2019, date:2019-03 or date:[2019-01-01 to 2019-06-30]."


def _day_bounds(value: str, clause: str):
    match = _DATE_VALUE.match(value.strip())
    if not match:
        raise QueryError(f"{clause!r}: {DATE_HELP}")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if day:
            dt.date(year, month, day)
            return year * 10000 + month * 100 + day, year * 10000 + month * 100 + day
        if month:
            last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
            return year * 10000 + month * 100 + 1, year * 10000 + month * 100 + last
    except ValueError:
        raise QueryError(f"{clause!r} is not a real date. {DATE_HELP}") from None
    return year * 10000 + 101, year * 10000 + 1231


def rewrite_dates(text: str) -> str:
    """``date:2019-03`` and ``date:[2019-01-01 to 2019-06-30]`` as ranges over the ``day`` field."""

    def replace(match):
        clause, value = match.group(0), match.group(1)
        if value.startswith("["):
            parts = re.split(r"\s+to\s+", value[1:-1].strip(), flags=re.I)
            if len(parts) != 2:
                raise QueryError(f"{clause!r}: {DATE_HELP}")
            start = _day_bounds(parts[0], clause)[0] if parts[0].strip() else ""
            end = _day_bounds(parts[1], clause)[1] if parts[1].strip() else ""
        else:
            start, end = _day_bounds(value, clause)
        return f"day:[{start} to {end}]"

    return _DATE_CLAUSE.sub(replace, text)


_UNSAFE_WILDCARD = re.compile(r"(?:^|[\s(:])[*?]")


def check_query_text(text: str) -> None:
    """Refuse what would stall or confuse the engine, with a message saying where."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"The query is {len(text):,} characters long; the limit is {MAX_QUERY_CHARS:,}.")
    if text.count('"') % 2:
        position = text.rfind('"')
        raise QueryError(f'Unclosed quote: the " at character {position + 1} has no partner.', position)
    depth = 0
    for position, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
            if depth < 0:
                raise QueryError(f"Unbalanced brackets: '{char}' at character {position + 1} closes nothing.", position)
    if depth > 0:
        raise QueryError("Unbalanced brackets: a '(' or '[' is never closed.", len(text))
    match = _UNSAFE_WILDCARD.search(text)
    if match:
        position = match.end() - 1
        raise QueryError(
            f"A wildcard cannot start a word (character {position + 1}): put at least two letters before * or ?.",
            position,
        )
    for word in re.findall(r"[^\s()]+", text):
        if ("*" in word or "?" in word) and len(re.sub(r"^\w+:", "", word).split("*")[0].split("?")[0]) < 2:
            raise QueryError(f"'{word}': put at least two letters before * or ?.", text.find(word))
    if len(re.findall(r"\w+", text)) > MAX_QUERY_TERMS:
        raise QueryError(f"The query has more than {MAX_QUERY_TERMS} words; shorten it.")


# Other names a user may type for a field: ``tag:``, ``source:``, ``byline:``.
FIELD_ALIASES = {"tag": "tags", "source": "outlet", "byline": "author"}
# A field name before a colon, as Whoosh reads one: letters then ``:`` then no space (``outlets:rudaw``);
# not a URL's scheme (``https://``) and not inside a word or a quoted phrase's time (``10:15``).
_FIELD_PREFIX = re.compile(r"(?<![\w:/.])([A-Za-z_]+):(?=[^\s/])")
_SHOWN_FIELDS = ("title", "body", "outlet", "author", "tags", "language", "date", "year")


def check_field_names(text: str, known: set) -> None:
    """Refuse ``outlets:rudaw``: Whoosh would read an unknown field name as two more words and find
    nothing without a word; say which name is unknown and which one was probably meant."""
    outside_quotes = re.sub(r'"[^"]*"', lambda m: " " * len(m.group(0)), text)
    for match in _FIELD_PREFIX.finditer(outside_quotes):
        name = match.group(1)
        if name in known:
            continue
        close = difflib.get_close_matches(name.lower(), _SHOWN_FIELDS + tuple(FIELD_ALIASES), n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]}:?" if close else ""
        raise QueryError(f"Unknown field '{name}:' at character {match.start() + 1}{hint} "
                         f"(fields: {', '.join(_SHOWN_FIELDS)}).", match.start())


def natural_query(text: str) -> str:
    """A natural-language question as plain words (stop words and syntax gone), to be OR-ed:
    ``search(natural_query(q), natural=True)`` or ``search_terms(q)``."""
    stop = query_stop_words()
    words, seen = [], set()
    for word in re.findall(r"\w+(?:['’]\w+)*", (text or "").lower()):
        if word in stop or word in seen or (len(word) < 2 and not word.isdigit()):
            continue
        seen.add(word)
        words.append(word)
        if len(words) >= MAX_NATURAL_TERMS:
            break
    return " ".join(words)


def repeated_terms(text: str, analyzer) -> dict:
    """``{term: times}`` for the terms a question says more than once, counted over the words
    natural_query keeps (before it drops repeats) as ``analyzer`` makes them: "retrieval" and
    "retrieve" are one term said twice."""
    stop = query_stop_words()
    words = [word for word in re.findall(r"\w+(?:['’]\w+)*", (text or "").lower())
             if word not in stop and (len(word) >= 2 or word.isdigit())]
    if isinstance(analyzer, ArchiveAnalyzer):  # its cache: a long question costs no more than a short one
        counts = {term: len(positions) for term, positions in analyzer.term_positions(" ".join(words)).items()}
    else:
        counts = {}
        for token in analyzer(" ".join(words)):
            counts[token.text] = counts.get(token.text, 0) + 1
    return {term: n for term, n in counts.items() if n > 1}


def _weigh_repeats(parsed, repeats: dict):
    """Title and body terms a question repeats weighted up, by BM25's query-term saturation (QUERY_K3)."""
    if not repeats:
        return parsed

    def weigh(node):
        if isinstance(node, wq.Term) and node.fieldname in SEARCH_FIELDS and _text(node.text) in repeats:
            n = repeats[_text(node.text)]
            return wq.Term(node.fieldname, node.text, boost=node.boost * (QUERY_K3 + 1) * n / (QUERY_K3 + n))
        return node

    return parsed.accept(weigh)


def _unstemmed_wildcards(node):
    """``repatriat*`` over title and body: matched against the unstemmed words, not the stems
    (the stem of "repatriation" is "repatri", which no longer starts with "repatriat")."""
    if isinstance(node, wq.Or):
        kids = node.subqueries
        if (kids and all(isinstance(k, (wq.Prefix, wq.Wildcard)) for k in kids)
                and {k.fieldname for k in kids} == set(SEARCH_FIELDS) and len({k.text for k in kids}) == 1):
            return kids[0].__class__("words", kids[0].text)  # only unfielded ones: title:x* stays on title
    return node


def _filter_query(filters: dict):
    terms = []
    if filters.get("outlet"):
        terms.append(wq.Term("outlet_exact", filters["outlet"]))
    if filters.get("year"):
        terms.append(wq.NumericRange("year", int(filters["year"]), int(filters["year"])))
    for tag in filters.get("tags") or []:
        terms.append(wq.Term("tags", tag.lower()))
    if not terms:
        return None
    return wq.And(terms)


def _expansion_problem(parsed, reader, deadline: float) -> Optional[str]:
    """A message when the query's wildcards, prefixes, ranges or fuzzy terms stand for too many words."""
    total = 0
    for node in parsed.leaves() if hasattr(parsed, "leaves") else [parsed]:
        if isinstance(node, wq.MultiTerm):
            for _ in node._btexts(reader):
                total += 1
                if total > MAX_EXPANDED_TERMS or time.monotonic() > deadline:
                    return (f"'{node}' stands for too many different words to search in time (over "
                            f"{min(total, MAX_EXPANDED_TERMS):,}); add letters before * or ?, or narrow the range.")
    return None


def _leaves(parsed) -> list:
    return list(parsed.leaves()) if hasattr(parsed, "leaves") and not parsed.is_leaf() else [parsed]


def _query_problem(parsed) -> Optional[str]:
    """A message for what the parser could not make sense of, or None."""
    for node in parsed.leaves() if hasattr(parsed, "leaves") else [parsed]:
        if isinstance(node, wq.Query) and node.__class__.__name__ == "Error":
            return f"The query could not be understood near {getattr(node, 'text', '')!r}."
    text = str(parsed)
    if "<_NullQuery>" in text or parsed is wq.NullQuery:
        return "The query has no words to search for (only stop words or punctuation?)."
    return None


def _matches_positions(query) -> bool:
    """Whether the query matches by word positions (a phrase, or spans) anywhere in it."""
    from whoosh.query.spans import SpanQuery

    if isinstance(query, (wq.Phrase, wq.Ordered, SpanQuery)):
        return True
    return any(_matches_positions(child) for child in query.children())


class Parsing:
    """:class:`~indexer.fulltext.index.FullTextIndex`'s query parsing (mixed into it)."""

    def _resolve_words(self, parsed, deadline: float):
        """Unfielded prefixes and wildcards (``repatriat*``, parsed as ``words:repatriat*``) as the
        title and body terms of the vocabulary's words they stand for: ``repatriation`` and
        ``repatriated`` both index as ``repatri``, which no longer starts with ``repatriat``."""
        if not any(isinstance(node, (wq.Prefix, wq.Wildcard)) and node.fieldname == "words"
                   for node in _leaves(parsed)):
            return parsed
        reader, _ = self._words()
        if reader is None or self.vocabulary is None:
            return parsed  # an index made before the vocabulary: its articles have the words field

        def resolve(node):
            if not (isinstance(node, (wq.Prefix, wq.Wildcard)) and node.fieldname == "words"):
                return node
            if not _LETTER.search(node.text):  # numbers are not in the vocabulary, nor stemmed
                return wq.Or([node.__class__(field, node.text, boost=FIELD_BOOSTS[field]) for field in SEARCH_FIELDS])
            keys, words = [], 0
            for btext in node._btexts(reader):
                words += 1
                if words > MAX_EXPANDED_TERMS or time.monotonic() > deadline:
                    raise QueryError(
                        f"'{node.text}*' stands for too many different words to search in time (over "
                        f"{min(words, MAX_EXPANDED_TERMS):,}); add letters before * or ?.")
                for key in name_key(_text(btext)):
                    if key not in keys:
                        keys.append(key)
            if not keys:
                return wq.NullQuery
            return wq.Or([wq.Term(field, key, boost=FIELD_BOOSTS[field]) for key in keys for field in SEARCH_FIELDS])

        return parsed.accept(resolve)

    def _holds_terms(self):
        """``holds(key)``: whether some article's title or body has each term of a name's key."""
        reader = self._searcher().reader()

        def holds(key) -> bool:
            return all(any(reader.doc_frequency(field, term) for field in SEARCH_FIELDS) for term in key)

        return holds

    def _phrase_held(self):
        """``held(phrase)``: whether some article's title or body holds the phrase (its words at
        consecutive positions, as the index keeps them), for a known name's phrase with a word varied
        by the archive's alikes ("Tail Abyad" of "Tal Abyad" is not held: "Tail" is no spelling of the
        name). Read from the words' positions on arrays (matching.phrase_held), not by Whoosh's span
        matchers, whose construction steps through every document holding both words."""
        searcher = self._searcher()
        analyzer = self.schema["body"].analyzer
        arrays = getattr(self, "_arrays", None)
        stops = query_stop_words()

        def held(phrase: str) -> bool:
            terms = [token.text for token in analyzer(phrase)]
            if not terms or any(term in stops for term in terms):  # "Oon" normalised to "on": any "on" would do
                return False
            reader = searcher.reader()
            fields = [field for field in SEARCH_FIELDS if all(reader.doc_frequency(field, term) for term in terms)]
            if len(terms) == 1 or not fields:
                return bool(fields)
            if arrays is not None:
                try:
                    return any(_positions_held(searcher, arrays, field, terms) for field in fields)
                except Exception:  # a segment the array path cannot read: Whoosh's own matcher
                    pass
            return any(wq.Phrase(field, terms).matcher(searcher).is_active() for field in fields)

        return held

    def parse(self, text: str, *, natural: bool = False):
        return self.parse_expanded(text, expand=False, natural=natural)[0]

    def parse_expanded(self, text: str, *, expand: bool = True, natural: bool = False, phonetic: bool = False):
        """``(query, names added by the alias table)``. ``natural``: plain words OR-ed (see natural_query).
        ``phonetic`` (with ``expand``) adds sound-alikes of rare words (see expand_sound_alikes), also named."""
        parsed, added, sounds = self._parse(text, expand=expand, natural=natural, phonetic=phonetic)
        return parsed, added + [name for name in sounds if name not in added]

    def _parse(self, text: str, *, expand: bool, natural: bool, phonetic: bool):
        """``(query, names added by the alias table, sound-alikes added)``."""
        text = question = (text or "").strip()
        if natural:
            text = natural_query(text)
        if not text:
            raise QueryError("Type something to search for.")
        if not natural:
            check_query_text(text)
            check_field_names(text, set(self.schema.names()) | set(FIELD_ALIASES) | {"date"})
        added, sounds = [], []
        if expand:
            text = _FIELD_COMPOUND.sub(r"\1 \2", text)  # Omar oilfield: Omar oil field, its generic words
            text, added = expand_aliases(text, self._holds_terms(), self._phrase_held())
            if phonetic:
                text, sounds = expand_sound_alikes(text, *self._sound_alike_source(), phrase_held=self._phrase_held())
                sounds = [name for name in sounds if name not in added]
        grouping = {"group": OrGroup} if natural else {}
        parser = MultifieldParser(list(SEARCH_FIELDS), schema=self.schema, fieldboosts=FIELD_BOOSTS, **grouping)
        parser.add_plugin(FieldAliasPlugin({name: [alias] for alias, name in FIELD_ALIASES.items()}))
        try:
            parsed = parser.parse(text if natural else rewrite_dates(text))
        except Exception as error:  # whoosh raises assorted errors on odd input
            raise QueryError(f"The query could not be understood: {error}") from None
        parsed = parsed.accept(_unstemmed_wildcards)
        if natural:
            parsed = _weigh_repeats(parsed, repeated_terms(question, self.schema["body"].analyzer))
        problem = _query_problem(parsed)
        if problem:
            raise QueryError(problem)
        return parsed, added, sounds


# A field's kind and "field" written as one word (oilfield, gasfield), as newswires write them: typed so,
# a name's generic words, which the gazetteer writes apart ("al-Omar oil field").
_FIELD_COMPOUND = re.compile(r"\b(oil|gas)(fields?)\b", re.IGNORECASE)


def _positions_held(searcher, arrays, field: str, terms: list) -> bool:
    """Whether some live document has ``terms`` at consecutive positions in ``field``: each word's
    (document, position - its place) keys intersected segment by segment, as matching._phrase does,
    from the array path's postings (kept in its cache for the search that follows)."""
    import numpy as np

    from indexer.fulltext.matching import _common, _Segment

    leaves = searcher.leaf_searchers() if not searcher.is_atomic() else [(searcher, 0)]
    for subsearcher, _ in leaves:
        reader = subsearcher.reader()
        if not all(reader.doc_frequency(field, term) for term in terms):
            continue
        segment = _Segment(reader, arrays.postings, arrays.columns.lengths, arrays.files.get(reader))
        candidates = None
        for k, term in enumerate(terms):
            at, pos = segment.positions(reader.postings(field, term))
            keys = (at << 32) | (pos.astype(np.int64) - k + (1 << 20))
            candidates = keys if candidates is None else _common(candidates, keys)
            if not len(candidates):
                break
        if candidates is not None and len(candidates):
            if not reader.has_deletions():
                return True
            if any(not reader.is_deleted(int(doc)) for doc in np.unique(candidates >> 32)):
                return True
    return False
