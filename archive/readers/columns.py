"""Which column (CSV) or key (JSON Lines) of an export holds which of our fields.

By name first: ``--map theirs=ours``, then the names of archive/data/record_fields.txt, compared
without case, spaces, hyphens or underscores. A field no name gives is read by what the values
are, when they say it plainly: the column of long prose is the body, a column of short lines of
several words the title, a column of dates the date, a column of a few names repeated from row to
row, most of them outlets the data knows, the outlet, a column of short lists ("Iraq|courts",
"Syria; al-Hol") the tags. What was read that way is said once per
file, with the ``--map`` that confirms it; a file whose body cannot be found fails once, listing
its columns and the ``--map`` most likely to work.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

from archive.extract.data import data_lines
from archive.extract.outlets import known_outlet
from archive.extract.tag_columns import named_as_own, search_terms

FIELDS = ("id", "title", "body", "outlet", "published", "tags", "author", "language", "url", "lede")
INFERRED = ("body", "title", "published", "outlet", "tags", "author")  # fields read from what the values are
REQUIRED = ("body", "title", "published")  # a file lacking one of these has its columns guessed
MIN_BODY_CHARS = 80  # a body column's values are this long on average at least
SAMPLE = 200  # records looked at to tell columns apart
LABELS = {"published": "date"}


def name_key(name) -> str:
    return re.sub(r"[\W_]+", "", str(name).casefold())


@functools.lru_cache(maxsize=None)
def known_names() -> dict:
    table = {name_key(ours): ours for ours in FIELDS}
    for line in data_lines("record_fields.txt"):
        ours, *theirs = [part.strip() for part in line.split("|")]
        if ours in _AFFIX_LINES or ours in (_CAPTURE_LINE, _REVISION_LINE):
            continue
        for name in theirs:
            table.setdefault(name_key(name), ours.rstrip("?"))
    return table


_AFFIX_LINES = ("prefix", "suffix")
_CAPTURE_LINE = "captured"  # a column a scraper or a reader stamps with its own time ("scraped_at", "crawl_time")
_REVISION_LINE = "revised"  # a column named for a record's revision ("updated_at", "last_modified", "date_edited")


@functools.lru_cache(maxsize=None)
def _stems(kind: str) -> tuple:
    """The word stems of the ``kind`` line of record_fields.txt (``captured``, ``revised``), as name keys."""
    stems = []
    for line in data_lines("record_fields.txt"):
        line_kind, *words = [part.strip() for part in line.split("|")]
        if line_kind == kind:
            stems.extend(name_key(w) for w in words if name_key(w))
    return tuple(stems)


def revision_column(name) -> bool:
    """A column named for when the record was last changed: its dates come after the publication's,
    a column of dates no name says otherwise is taken first."""
    key = name_key(name)
    return any(stem in key for stem in _stems(_REVISION_LINE))


def capture_column(name) -> bool:
    """A column named for when the record was captured (scraped, crawled, fetched, saved): its dates are
    the capture's day, never the publication's."""
    key = name_key(name)
    return any(stem in key for stem in _stems(_CAPTURE_LINE))


@functools.lru_cache(maxsize=None)
def _affixes() -> tuple:
    """Words a system writes before or after every field's name (``prefix`` and ``suffix`` lines
    of record_fields.txt: "post_author", "article_tags", "author_name"), as name keys."""
    found: dict = {"prefix": [], "suffix": []}
    for line in data_lines("record_fields.txt"):
        kind, *words = [part.strip() for part in line.split("|")]
        if kind in _AFFIX_LINES:
            found[kind].extend(name_key(w) for w in words if name_key(w))
    return tuple(found["prefix"]), tuple(found["suffix"])


def field_of(column) -> Optional[str]:
    """Our field for a column's name: a known name, a feed's namespaced key by its local name
    ("dc:creator"), or a known name behind a record word every column carries ("post_author",
    "article_tags", "author_name")."""
    names = known_names()
    key = name_key(column)
    ours = names.get(key) or names.get(name_key(str(column).rpartition(":")[2]))
    if ours or not key:
        return ours
    prefixes, suffixes = _affixes()
    for prefix in prefixes:
        if key.startswith(prefix) and names.get(key[len(prefix):]):
            return names[key[len(prefix):]]
    for suffix in suffixes:
        if key.endswith(suffix) and names.get(key[: -len(suffix)]):
            return names[key[: -len(suffix)]]
    return None


@functools.lru_cache(maxsize=None)
def checked_names() -> frozenset:
    """Names (keys) of record_fields.txt's "ours?" lines: their column is that field only where its
    values say so (:func:`_looks_like_outlets`)."""
    found = set()
    for line in data_lines("record_fields.txt"):
        ours, *theirs = [part.strip() for part in line.split("|")]
        if ours.endswith("?"):
            found.update(name_key(name) for name in theirs)
    return frozenset(found)


def _looks_like_outlets(column, samples: list) -> bool:
    """A column of names repeated from record to record: short values, no sentence, date or link,
    few distinct ones (as :func:`_guess` asks of an outlet column read by its contents)."""
    s = _stats(column, samples)
    return bool(s.count) and s.mean_words <= 6 and s.lines == 0 and s.dates == 0 and s.links == 0 \
        and s.lists == 0 and len(s.distinct) <= max(1, 0.8 * s.count) and s.chars <= 80 * s.count


@dataclass
class Columns:
    """Column (or key) -> our field, and what the reader says about how it decided."""

    fields: dict = field(default_factory=dict)  # their column -> ours
    inferred: dict = field(default_factory=dict)  # their column -> ours, read from the values
    note: Optional[str] = None  # said once per file when columns were inferred
    problem: Optional[str] = None  # the file cannot be read: no body column
    body_alternates: tuple = ()  # other columns of long prose: a record's body where its body column is empty

    def ours(self, column) -> Optional[str]:
        return self.fields.get(column)


def by_name(columns: Iterable, mapping: Optional[dict] = None) -> dict:
    """``{column: ours}`` from ``--map`` (keys case-folded) and the known names; a field is taken
    by its first column only."""
    mapping = mapping or {}
    found: dict = {}
    taken: set = set()
    for column in columns:
        ours = mapping.get(str(column).strip().casefold())
        if ours and ours not in taken:
            found[column] = ours
            taken.add(ours)
    checked = checked_names()
    for column in sorted(columns, key=lambda c: name_key(c) in checked):  # an "outlet?" name after a sure one
        # a feed's namespaced key by its local name: "dc:creator" is a creator, "media:title" a title
        ours = field_of(column)
        if column not in found and ours and ours not in taken:
            found[column] = ours
            taken.add(ours)
    return found


def resolve(columns: list, samples: list, mapping: Optional[dict] = None) -> Columns:
    """Our fields for ``columns``, given ``samples`` (dicts of column -> value, the first records)."""
    found = by_name(columns, mapping)
    mapped = {str(c).strip().casefold() for c in (mapping or {})}
    for column in [c for c in found if name_key(c) in checked_names() and str(c).strip().casefold() not in mapped]:
        if not _looks_like_outlets(column, samples):
            del found[column]  # "organization" holding what a directory lists, not who published it
    searched = _search_terms_columns(found, samples, mapped)  # "Keywords" repeating the search on every row
    result = Columns(fields=dict(found))
    missing = [f for f in INFERRED if f not in found.values() and not (f == "tags" and searched)]
    result.body_alternates = _body_alternates(columns, samples, found)
    if not any(f in missing for f in REQUIRED):
        return result  # a file whose columns are named is read by their names
    stats = {c: _stats(c, samples) for c in columns if found.get(c) in (None, "title", "lede")}
    guesses = _guess(stats, missing, named=found)
    body_guess = guesses.get("body")
    if "body" in missing and body_guess is not None and found.get(body_guess) == "lede" \
            and _clearly_body(body_guess, stats):
        del result.fields[body_guess]  # a monitoring export's "Opening Text", its only text: the body it has
        found = {c: f for c, f in found.items() if c != body_guess}
    if "body" in missing and (body_guess is None or body_guess in found or not _clearly_body(body_guess, stats)):
        suggestion = " ".join(f"--map {_quoted(c)}={ours}" for ours, c in guesses.items())
        listed = ", ".join(_quoted(c) for c in columns)
        result.problem = (f"no body column found (columns: {listed})"
                          + (f"; try {suggestion}" if suggestion else "; name the body's with --map COLUMN=body"))
        return result
    for ours, column in guesses.items():
        result.fields[column] = ours
        result.inferred[column] = ours
    if result.inferred:
        read = ", ".join(f"{_quoted(c)} as the {LABELS.get(ours, ours)}" for c, ours in result.inferred.items())
        confirm = " ".join(f"--map {_quoted(c)}={ours}" for c, ours in result.inferred.items())
        result.note = f"columns read by their contents: {read} (say so with {confirm})"
    return result


def _search_terms_columns(found: dict, samples: list, mapped: set) -> list:
    """The columns named as tags whose values are one list on every record (a monitoring tool's
    "Keywords": the search's terms, :func:`archive.extract.tag_columns.search_terms`), taken out of
    ``found``; a column ``--map`` names is kept."""
    columns = [c for c, ours in found.items() if ours == "tags" and str(c).strip().casefold() not in mapped
               and not named_as_own(c) and search_terms([sample.get(c) for sample in samples])]
    for column in columns:
        del found[column]
    return columns


def _body_alternates(columns: list, samples: list, found: dict) -> tuple:
    """The columns no name maps that hold long prose where they hold anything (a feed whose records
    keep their text under "content_text" or "content_html" by record), longest first: a record
    whose body column is empty takes its text from the first of them it fills, rather than being
    refused as bodiless."""
    if "body" not in found.values():
        return ()
    prose = {c: s for c in columns if c not in found
             for s in [_stats(c, samples)]
             if s.count and s.mean_chars >= MIN_BODY_CHARS and s.lines >= s.count / 2
             and s.links < s.count / 2 and s.dates < s.count / 2}
    return tuple(sorted(prose, key=lambda c: -prose[c].mean_chars))


def _quoted(column) -> str:
    column = str(column)
    return column if re.fullmatch(r"[\w.-]+", column) else f"'{column}'"


@dataclass
class _Stat:
    count: int = 0
    chars: int = 0
    words: int = 0
    dates: int = 0
    links: int = 0
    lines: int = 0  # values with a line break or two sentences
    outlets: int = 0  # values naming an outlet the data knows
    lists: int = 0  # values that are short lists ("Iraq|courts")
    persons: int = 0  # values that are a person's name ("Jane Doe", "By Jane Doe")
    distinct: set = field(default_factory=set)

    @property
    def mean_chars(self) -> float:
        return self.chars / self.count if self.count else 0.0

    @property
    def mean_words(self) -> float:
        return self.words / self.count if self.count else 0.0


def _stats(column, samples: list) -> _Stat:
    from archive.extract.dates import read_date

    stat = _Stat()
    for sample in samples:
        value = sample.get(column)
        if not isinstance(value, str) or not value.strip():
            continue
        value = value.strip()
        stat.count += 1
        stat.chars += len(value)
        stat.words += len(value.split())
        if len(value) <= 80:
            reading = read_date(value)
            if reading.date or reading.other:
                stat.dates += 1
        if re.match(r"(?i)(https?://|www\.)\S+$", value):
            stat.links += 1
        if "\n" in value or len(re.findall(r"[.!?]\s", value)) >= 1:
            stat.lines += 1
        if len(value) <= 80:
            stat.distinct.add(value.casefold())
            if known_outlet(value):
                stat.outlets += 1
            if _short_list(value):
                stat.lists += 1
            if _person(value):
                stat.persons += 1
    return stat


_LIST_SEPARATOR = re.compile(r"\s*[|;,،]\s*")


def _short_list(value: str) -> bool:
    """A list of a few short items ("Iraq|courts", "al-Hol; security"), no sentence."""
    items = [item for item in _LIST_SEPARATOR.split(value) if item]
    return 2 <= len(items) <= 15 and all(len(item.split()) <= 4 and not item.endswith((".", "!", "?"))
                                         for item in items)


PERSON_WORDS = (2, 4)


def _person(value: str) -> bool:
    """A value that is a writer's name: two to four words, no digit, a person's (a "By" before it
    dropped)."""
    from archive.extract.page_layout import places_only
    from archive.extract.person_names import person_name

    value = re.sub(r"(?i)^by\s+", "", value.strip())
    words = value.split()
    return PERSON_WORDS[0] <= len(words) <= PERSON_WORDS[1] and not re.search(r"[\d@/:|;]", value) \
        and person_name(value) and not places_only(value)  # "Hasakah, Syria": a dateline's places


def _guess(stats: dict, missing: list, named: dict) -> dict:
    """``{ours: column}``: the best column for each missing field, where one fits (the body may be
    a column named as the title: it is then suggested, never taken)."""
    guesses: dict = {}
    texts = {c: s for c, s in stats.items()
             if s.count and s.links < s.count / 2 and s.dates < s.count / 2 and s.mean_words >= 2}
    if "body" in missing and texts:
        guesses["body"] = max(texts, key=lambda c: texts[c].mean_chars)
    if "title" in missing:
        titles = {c: s for c, s in texts.items() if c != guesses.get("body") and c not in named
                  and 4 <= s.mean_words <= 30 and s.mean_chars <= 250}
        if titles:
            guesses["title"] = max(titles, key=lambda c: titles[c].mean_words)
    if "published" in missing:
        dated = {c: s for c, s in stats.items() if c not in named and s.count and s.dates >= 0.8 * s.count
                 and not capture_column(c)}
        if dated:
            # publication dates spread over the records; a stamp of the export repeats one day
            # (a column named for the record's revision, "last_modified_ts", after any other)
            guesses["published"] = max(dated, key=lambda c: (not revision_column(c), dated[c].dates,
                                                              len(dated[c].distinct)))
    taken = set(named) | set(guesses.values())
    if "outlet" in missing:
        # a few names, repeated from row to row, most of them outlets the data knows
        outlets = {c: s for c, s in stats.items() if c not in taken and s.count and s.mean_words <= 6
                   and s.outlets >= 0.5 * s.count and len(s.distinct) <= max(1, 0.8 * s.count)}
        if outlets:
            guesses["outlet"] = max(outlets, key=lambda c: outlets[c].outlets)
            taken.add(guesses["outlet"])
    if "tags" in missing:
        listed = {c: s for c, s in stats.items() if c not in taken and s.count and s.lists >= 0.6 * s.count
                  and s.dates == 0 and s.links == 0}
        if listed:
            guesses["tags"] = max(listed, key=lambda c: listed[c].lists)
            taken.add(guesses["tags"])
    if "author" in missing:
        # a column of writers' names: most values a person's name, none a date or a link, few of
        # them outlets the data knows (a column of outlets is no byline)
        writers = {c: s for c, s in stats.items() if c not in taken and s.count and s.persons >= 0.6 * s.count
                   and s.dates == 0 and s.links == 0 and s.outlets < 0.2 * s.count}
        if writers:
            guesses["author"] = max(writers, key=lambda c: writers[c].persons)
    return guesses


def _clearly_body(column, stats: dict) -> bool:
    """The body guess is long prose, well ahead of every other column."""
    body = stats[column]
    if body.mean_chars < MIN_BODY_CHARS or body.lines < body.count / 2:
        return False
    return all(s.mean_chars * 2 <= body.mean_chars for c, s in stats.items() if c != column)
