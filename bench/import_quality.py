"""Import quality: what `archive import` stores, field by field, against the truth.

    .venv/bin/python bench/import_quality.py [--json] [--by-outlet] [--show-misses FIELD]
                                              [--half NAME|all] [--no-pages] [--dev PATH]

Two measures, one table each, and the elapsed time:

1. **The dev set** (``bench/quality/``, described in its README): each half (``tune/``, ``held/``,
   and any other folder there holding ``truth-*.jsonl``, such as ``fresh/``: held out like
   ``held/``; one column each, tune first) is imported into a fresh temporary archive through the real CLI (``archive import``, run in
   this process), every outlet folder and ``exports/`` in one run; files whose truth lines carry
   ``"map": {theirs: ours}`` are left out of that run and imported in a run of their own with those
   ``--map`` options. The stored articles are read back from SQLite and matched to the truth
   lines by ``(path relative to the half, record)`` (the stored ``source_path`` is absolute;
   ``source_record`` is null for one-article files, the row or line number for CSV and JSONL);
   the import's failures come from the ``imports`` table (``errors``).

2. **Plain text as people really save it**: the 181 pages of the scrapinghub
   article-extraction benchmark (``../shared/corpora/html-news-pages/``, read from the tarball in
   memory), each rendered to text as a person copies a whole page out of a browser (menus and
   footers included) with ``inscriptis.get_text``, written as ``<page id>.txt`` into one temporary
   folder and imported; the stored body is graded against the benchmark's ground-truth body.

**Definitions.** For a field, *recall* = correct / truth lines (articles, not rejects) whose
value is not null, *precision* = correct / stored articles matched to a truth line whose stored
value is not null. An article not stored counts against recall only; a value stored where the
truth has null counts against precision only. "stored": recall = truth articles found stored,
precision = stored articles that match a truth article (not a reject, not unknown).

How values are compared (both sides normalised the same way):

- title: Unicode NFKC, case folded, every quote mark removed (``' " ‘ ’ “ ” « » „ ‚ ‹ ›`` and
  backtick), en/em dashes made ``-``, whitespace collapsed;
- outlet: NFKC, case folded, whitespace collapsed, a leading "the " ignored; with
  ``--outlets-by-data``, a name the outlet data knows (``archive/data/outlets*.txt``) is first made
  its canonical name, on both sides (the truth's "RNZ" equals a stored "Radio New Zealand" when the
  data lists it as an alias): outlets found right but named by another convention;
- date: the stored ``published``' first ten characters equal the truth's ``YYYY-MM-DD``;
- author: NFKC, case folded, a leading "by" dropped, split on ",", "،", ";", "&" and "and" into a
  *set* of names (whitespace collapsed); equal sets;
- tags: sets of NFKC, case-folded, whitespace-collapsed tags; a truth ``[]`` is null (so storing
  tags where the input states none costs precision);
- language: case folded, primary subtag (``en-GB`` = ``en``);
- body start / body end: the first / last 8 whitespace tokens (Unicode NFC, nothing else
  changed: quotes, dashes and case must be as in the truth) are equal;
- body F1: bag-of-words F1 per article over ``bench/extraction.py``'s tokens (``\\w+``); the
  precision column is the mean over stored articles matched to a truth line, the recall column
  the mean over truth articles (one not stored scores 0);
- rejects: recall = truth lines with ``reject`` whose input the import reported as a failure
  (or, a record repeated under an earlier one's id, skipped and reported as its duplicate)
  (its ``path:record``, or the path alone) and stored nothing for; precision = those / every
  input the import reported as a failure (a failure for an input the truth wants stored, or
  one no truth line names, costs precision). "stored though reject" counts reject lines whose
  input was stored anyway.

Lower is better (second table), each a share of the articles it can happen to:

- boilerplate leaked: stored articles whose body contains any of its truth's ``boilerplate``
  phrases (NFKC, case folded, whitespace collapsed), over stored articles whose truth lists some;
- garbled: stored articles whose title or body holds more of a mojibake marker than the truth
  does (``Ã`` or ``Â`` before a Latin-1 sign, ``â€``, Arabic read as Latin-1 such as ``Ø§`` and
  ``Ù„``, U+FFFD, C0/C1 control characters other than tab and newlines), or words that are the
  truth's words with other non-ASCII letters (a wrong code page: ``wróci³a`` for ``wróciła``;
  ``bench/import_quality.py``'s ``wrong_letters``), over stored articles;
- swapped dates: stored date = the truth's with day and month swapped (day ≠ month, both ≤ 12),
  over stored articles whose truth has a date.

``--by-outlet`` adds a table per input folder (``exports/`` per file); ``--show-misses FIELD``
lists what was stored where it was wrong (fields: stored, title, outlet, date, author, tags,
language, body_start, body_end, body_f1, rejects, boilerplate, garbled, swapped). Both look at
the tune half only, unless another half is named explicitly (``--half held``). The held-out halves
are scored, never read for tuning: the truth problems printed for them say where and what kind,
not the truth's values.

**Page texts**: per page, bag-of-words precision, recall and F1 against the ground truth
(``bench/extraction.py``'s ``tokenize``), averaged over pages (a page not stored scores 0);
"F1 (shingles)" is ``bench/extraction.py``'s benchmark metric (4-word shingles, precision and
recall averaged over pages, then F1), the one that grades the HTML reader at 0.971 on the same
pages. "raw text" is the same grading of inscriptis' whole text, before the import: what the
import's cutting of the page furniture gains. Pages are split by the sha1 of the page's file
name in the tarball (``<id>.html.gz``): first hex digit 0-7 tune (94 pages), 8-f held (87).

The functions are used by ``tests/test_import_quality.py``, which pins the figures.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import io
import json
import os
import re
import sqlite3
import sys
import tarfile
import tempfile
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEV_SET = ROOT / "bench" / "quality"
HALVES = ("tune", "held")  # the first two; other folders of the dev set with truth files are halves too


def halves_in(dev: Path = DEV_SET) -> list:
    """The halves of the dev set: tune, held, then any other folder holding ``truth-*.jsonl``."""
    found = sorted(p.name for p in dev.iterdir() if p.is_dir() and list(p.glob("truth-*.jsonl"))) \
        if dev.is_dir() else []
    return list(HALVES) + [h for h in found if h not in HALVES]
SHARED = ROOT.parent / "shared"
PAGES_TARBALL = SHARED / "corpora" / "html-news-pages" / "scrapinghub-article-extraction-benchmark.tar.gz"
PAGES_PREFIX = "article-extraction-benchmark/"

FIELDS = ("title", "outlet", "date", "author", "tags", "language", "body_start", "body_end")
LABELS = {
    "stored": "articles stored",
    "title": "title",
    "outlet": "outlet",
    "date": "date (published)",
    "author": "author",
    "tags": "tags",
    "language": "language",
    "body_start": "body start (first 8 tokens)",
    "body_end": "body end (last 8 tokens)",
    "body_f1": "body token F1 (mean)",
    "rejects": "rejects (refused, nothing stored)",
    "boilerplate": "boilerplate leaked",
    "garbled": "garbled (mojibake, wrong code page, U+FFFD, control chars)",
    "swapped": "swapped dates (day/month)",
    "stored_reject": "stored though reject",
}
MISS_FIELDS = ("stored",) + FIELDS + ("body_f1", "rejects", "boilerplate", "garbled", "swapped")
EDGE_TOKENS = 8


def _load_extraction():
    """``bench/extraction.py`` (its tokeniser and the benchmark's body metric)."""
    name = "bench_extraction"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "extraction.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


extraction = _load_extraction()
tokenize = extraction.tokenize


# -- normalisation ----------------------------------------------------------------------------

_QUOTE_MARKS = dict.fromkeys(map(ord, "'\"‘’‚‛“”„‟«»‹›`´"), None)
_DASHES = {ord("–"): "-", ord("—"): "-", ord("‐"): "-", ord("‑"): "-", ord("−"): "-"}


def _space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def norm_title(value) -> Optional[str]:
    if not value:
        return None
    text = unicodedata.normalize("NFKC", str(value)).translate(_QUOTE_MARKS).translate(_DASHES)
    return _space(text.casefold()) or None


OUTLETS_BY_DATA = False  # --outlets-by-data: a name the outlet data knows is compared as its canonical name


def norm_outlet(value) -> Optional[str]:
    if not value:
        return None
    if OUTLETS_BY_DATA:
        from archive.extract.outlet_names import lookup_name, outlet_table

        value = lookup_name(outlet_table().names, str(value)) or value
    # casefold() writes Turkish "İ" as "i" with a combining dot: "YENİ ASYA" is "Yeni Asya"
    text = _space(unicodedata.normalize("NFKC", str(value)).casefold().replace("i\u0307", "i"))
    return re.sub(r"^the\s+", "", text) or None


def norm_date(value) -> Optional[str]:
    return str(value)[:10] if value else None


def _joiners() -> re.Pattern:
    """The words that join two writers in a byline, as the import reads them
    (archive/data/name_joiners.txt: "and", "et", "und", "y", "i", "و" ...), written in lower case
    between names (a capital "E" or "Y" is an initial)."""
    words = [line.strip() for line in (ROOT / "archive" / "data" / "name_joiners.txt").read_text("utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    # A word of one letter joins only in lower case (a capital "E" or "Y" is an initial); "AND" in a
    # byline written in capitals joins as "and" does.
    longer = "|".join(re.escape(w) for w in words if len(w) > 1)
    single = "|".join(re.escape(w) for w in words if len(w) == 1)
    # A slash between spaces joins two writers as a byline prints them ("A / B"); "Name/AFP" stays one part.
    return re.compile(r"\s*(?:[,;&،]|\s/\s|(?<!\S)(?:(?i:" + longer + r")|" + single + r")(?!\S))\s*")


JOINERS = _joiners()


def norm_author(value) -> Optional[frozenset]:
    """The writers of a byline as a set of names: the truths write "A and B" where a page writes
    "A i B", "A et B" or "A; B", and the import keeps the byline as written."""
    if not value:
        return None
    text = unicodedata.normalize("NFKC", str(value))
    text = re.sub(r"^\s*by\s+", "", text, flags=re.I)
    names = {_space(n.casefold()) for n in JOINERS.split(text)}
    names.discard("")
    return frozenset(names) or None


def norm_tags(value) -> Optional[frozenset]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            value = [value]
    # A hashtag and the word it marks are one tag ("#Syria" = "Syria"): the import stores the word.
    tags = {_space(unicodedata.normalize("NFKC", str(t)).casefold()).lstrip("#").strip() for t in (value or [])}
    tags.discard("")
    return frozenset(tags) or None


# ISO 639-3 members of an ISO 639-1 macrolanguage, written either way by the truths and the import:
# Sorani, Kurmanji and Southern Kurdish are Kurdish; Bokmål and Nynorsk Norwegian. Compared as one.
MACROLANGUAGES = {"ckb": "ku", "kmr": "ku", "sdh": "ku", "nb": "no", "nn": "no"}


def norm_language(value) -> Optional[str]:
    if not value:
        return None
    code = re.split(r"[-_]", str(value).strip().casefold())[0] or None
    return MACROLANGUAGES.get(code, code)


def body_tokens(value) -> list:
    return unicodedata.normalize("NFC", value or "").split()


def norm_body_start(value) -> Optional[tuple]:
    tokens = body_tokens(value)
    return tuple(tokens[:EDGE_TOKENS]) or None


def norm_body_end(value) -> Optional[tuple]:
    tokens = body_tokens(value)
    return tuple(tokens[-EDGE_TOKENS:]) or None


NORMALISE = {
    "title": norm_title,
    "outlet": norm_outlet,
    "date": norm_date,
    "author": norm_author,
    "tags": norm_tags,
    "language": norm_language,
    "body_start": norm_body_start,
    "body_end": norm_body_end,
}
TRUTH_KEY = {"date": "published", "body_start": "body", "body_end": "body"}  # truth line key per field
STORED_KEY = {"date": "published", "body_start": "body", "body_end": "body"}  # stored column per field


def phrase_norm(text: str) -> str:
    return _space(unicodedata.normalize("NFKC", text or "").casefold())


def holds_phrase(text: str, phrase: str) -> bool:
    """``phrase`` in ``text`` (both as phrase_norm makes them), whole words at its ends: a share
    bar's "AMP" is not found inside "camp"."""
    phrase = phrase_norm(phrase)
    if not phrase:
        return False
    start = r"(?<!\w)" if re.match(r"\w", phrase) else ""
    end = r"(?!\w)" if re.search(r"\w$", phrase) else ""
    return re.search(start + re.escape(phrase) + end, phrase_norm(text)) is not None


def word_prf(truth: str, got: Optional[str]) -> tuple:
    """Bag-of-words (precision, recall, F1) of ``got`` against ``truth``."""
    want, have = Counter(tokenize(truth)), Counter(tokenize(got or ""))
    if not want and not have:
        return 1.0, 1.0, 1.0
    overlap = sum((want & have).values())
    precision = overlap / sum(have.values()) if have else 0.0
    recall = overlap / sum(want.values()) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# Mojibake: UTF-8 read as Latin-1/Windows-1252 (Ã©, â€™, Â ), Arabic likewise (Ø§, Ù„), U+FFFD,
# control characters. Counted per marker; an article is garbled when it holds more than its truth.
_GARBLE = re.compile(
    r"[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
    r"|â€|[ØÙ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
    r"|\ufffd|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
)
# A wrong code page (ISO-8859-2 read as windows-1252: "wróci³a" for "wróciła"; KOI8-R read as
# windows-1251) leaves every character valid, so no marker shows it; its sign is a stored word that
# is the truth's word with other non-ASCII characters: the same ASCII letters around them (each run
# of non-ASCII characters one slot, so UTF-8 mojibake that lengthens a run is seen too), and a
# non-ASCII character the truth never uses. A word written wholly in another script has no ASCII to
# compare by: such words count only when at least WRONG_SCRIPT_WORDS of them are found.
_WORD_EDGES = "\"'()[]{}<>.,;:!?*/\\|-_=+~`^@#$%&\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2026\u2013\u2014"
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
WRONG_SCRIPT_WORDS = 3


def _words(text: str) -> set:
    return {word.strip(_WORD_EDGES).casefold() for word in (text or "").split()} - {""}


def _skeleton(word: str) -> str:
    return _NON_ASCII_RUN.sub("\x00", word)


def wrong_letters(truth_text: str, stored_text: str) -> list:
    """Stored words that are a truth word with other non-ASCII characters (a wrong code page)."""
    truth_words, stored_words = _words(truth_text), _words(stored_text)
    truth_chars = set("".join(_NON_ASCII_RUN.findall(truth_text.casefold())))
    missing = {_skeleton(word) for word in truth_words - stored_words if not word.isascii()}
    found = [word for word in sorted(stored_words - truth_words)
             if not word.isascii() and not set("".join(_NON_ASCII_RUN.findall(word))) <= truth_chars
             and _skeleton(word) in missing]
    mixed = [word for word in found if _skeleton(word) != "\x00"]
    return found if mixed or len(found) >= WRONG_SCRIPT_WORDS else []


def garble_markers(text: str) -> Counter:
    return Counter(_GARBLE.findall(text or ""))


def garbled(truth_text: str, stored_text: str) -> list:
    """Markers the stored text holds more of than the truth, and its words that are the truth's
    with other non-ASCII letters (empty: clean)."""
    extra = garble_markers(stored_text) - garble_markers(truth_text)
    return sorted(extra) + wrong_letters(truth_text or "", stored_text or "")


def swapped(truth_date: Optional[str], stored_date: Optional[str]) -> bool:
    if not truth_date or not stored_date:
        return False
    match = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", str(truth_date)[:10])
    if not match:
        return False
    year, month, day = match.groups()
    return day != month and int(day) <= 12 and str(stored_date)[:10] == f"{year}-{day}-{month}"


# -- the dev set ------------------------------------------------------------------------------


@dataclass
class Truth:
    path: str  # relative to the half, as written
    record: Optional[int]
    data: dict
    origin: str  # truth file:line

    @property
    def key(self) -> tuple:
        return (self.path, self.record)

    @property
    def reject(self) -> bool:
        return bool(self.data.get("reject"))

    @property
    def group(self) -> str:
        return group_of(self.path)


def group_of(path: str) -> str:
    """The outlet folder of an input; exports are grouped per file."""
    parts = path.split("!")[0].split("/")
    if parts[0] == "exports" and len(parts) > 1:
        return "exports/" + parts[-1]
    return parts[0]


def _record_kind(path: str) -> str:
    name = path.split("!")[-1].lower()
    if name.endswith((".csv", ".tsv")):
        return "csv"
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if name.endswith((".warc", ".arc", ".warc.gz", ".arc.gz", ".rss", ".atom", ".rdf", ".xml", ".zip", ".tar.gz",
                      ".tgz", ".tar", ".xlsx", ".json")):  # a workbook's rows, a JSON file's list of records
        return "many"
    return "one"


BUNDLE_SUFFIXES = (".txt", ".rtf", ".docx", ".doc", ".html", ".htm", ".pdf")


def _bundle_kind(path: str) -> bool:
    """Whether a file may hold several documents numbered 1, 2, ... (a news database's export: Nexis
    Uni, Factiva), so that a truth line's record names one of them."""
    return path.split("!")[-1].lower().endswith(BUNDLE_SUFFIXES)


def _csv_rows(file: Path) -> Optional[list]:
    """Each row's text (header = 1) as the CSV reader sees them; None when unreadable."""
    import csv

    try:
        data = file.read_bytes()
    except OSError:
        return None
    text = decode_input(data).lstrip("\ufeff")
    best = None  # the delimiter whose commonest width (2 or more fields) holds the most cells
    for delimiter in ("\t",) if file.suffix.lower() == ".tsv" else (",", ";", "\t", "|"):
        try:
            rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        except csv.Error:
            continue
        widths = Counter(len(row) for row in rows if len(row) > 1)
        width, count = widths.most_common(1)[0] if widths else (0, 0)
        if widths and (best is None or width * count > best[0]):
            # a report's lines over the header (a monitoring export): the header is the first row that wide
            best = (width * count, rows[next(i for i, row in enumerate(rows) if len(row) == width):])
    return best[1] if best else None


def decode_input(data: bytes) -> str:
    """An input's text as the import decodes it (``archive.readers.decode``), else as Latin-1."""
    try:
        from archive.readers.decode import decode_bytes

        return decode_bytes(data)
    except Exception:
        return data.decode("latin-1")


def load_truth(half: Path, reveal: bool = True) -> tuple:
    """``(truths, problems)``: every line of ``half/truth-*.jsonl`` and what looks malformed.

    ``reveal=False`` (the held half) keeps the truth's values out of the problems: where and what
    kind only."""
    truths, problems = [], []
    seen: dict = {}
    line_counts: dict = {}
    csv_rows: dict = {}
    texts: dict = {}
    for file in sorted(half.glob("truth-*.jsonl")):
        for number, line in enumerate(file.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
            origin = f"{file.name}:{number}"
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as error:
                problems.append(f"{origin}: invalid JSON ({error.msg})")
                continue
            if not isinstance(data, dict):
                problems.append(f"{origin}: not a JSON object")
                continue
            path = data.get("path")
            if not isinstance(path, str) or not path:
                problems.append(f"{origin}: no path")
                continue
            path = path.replace("\\", "/")
            if path.startswith("./"):
                path = path[2:]
            if not (half / path.split("!")[0]).exists() and path.split("/", 1)[0] in halves_in(half.parent) and \
                    (half / path.split("/", 1)[-1].split("!")[0]).is_file():
                problems.append(f"{origin}: path {path!r} names the half; read as relative to it")
                path = path.split("/", 1)[1]
            record = data.get("record")
            if record is not None and not isinstance(record, int):
                if isinstance(record, str) and record.isdigit():
                    problems.append(f"{origin}: record {record!r} is a string (read as {int(record)})")
                    record = int(record)
                else:
                    problems.append(f"{origin}: record {record!r} is not a line number")
                    continue
            truth = Truth(path, record, data, origin)
            _check_line(half, truth, problems, line_counts, csv_rows, reveal, texts)
            if truth.key in seen:
                problems.append(f"{origin}: {path} record {record} already has a truth line ({seen[truth.key]})")
                continue
            seen[truth.key] = origin
            truths.append(truth)
    maps: dict = {}
    for truth in truths:
        mapping = truth.data.get("map")
        file = truth.path.split("!")[0]
        if isinstance(mapping, dict) and mapping:
            maps.setdefault(file, (mapping, truth.origin))
            if resolve_mapping(mapping) != resolve_mapping(maps[file][0]):
                problems.append(f"{truth.origin}: {file}: another map than {maps[file][1]}'s (the file is imported "
                                "once, with the first)")
            if not resolve_mapping(mapping):
                problems.append(f"{truth.origin}: map {mapping if reveal else ''} names none of our fields")
    for truth in truths:
        file = truth.path.split("!")[0]
        if file in maps and not truth.data.get("map"):
            problems.append(f"{truth.origin}: {file}: no map, but {maps[file][1]} gives the file one (imported with it)")
    whole = {t.path for t in truths if t.record is None}
    for truth in truths:  # a file one truth line names whole is no bundle of numbered documents
        if truth.record is not None and truth.path in whole and "!" not in truth.path \
                and _record_kind(truth.path) == "one" and _bundle_kind(truth.path):
            problems.append(f"{truth.origin}: {truth.path} holds one article, but record is {truth.record} "
                            "(should be null)")
    named = {t.path.split("!")[0] for t in truths}
    for file in _inputs(half):
        rel = file.relative_to(half).as_posix()
        if rel not in named:
            problems.append(f"{rel}: an input no truth line names (anything stored from it counts against "
                            "the precision of 'articles stored')")
    return truths, problems


def _inputs(half: Path) -> list:
    """The files of the half's folders that the import reads (hidden files and unknown kinds left out)."""
    from archive.readers import reader_for
    from archive.readers.containers import container_kind

    files = []
    for entry in sorted(half.iterdir()):
        if not entry.is_dir() or entry.name.startswith("."):
            continue
        for root, dirs, names in os.walk(entry):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(names):
                file = Path(root) / name
                if not name.startswith(".") and (reader_for(file) is not None or container_kind(name)):
                    files.append(file)
    return files


def _check_line(half: Path, truth: Truth, problems: list, line_counts: dict, csv_rows: dict,
                reveal: bool = True, texts: Optional[dict] = None) -> None:
    origin, path, record, data = truth.origin, truth.path, truth.record, truth.data
    on_disk = half / path.split("!")[0]
    if not on_disk.is_file():
        problems.append(f"{origin}: {path}: no such input file")
        return
    kind = _record_kind(path) if "!" not in path else "member"
    if kind == "one" and record is not None and not _bundle_kind(path):
        problems.append(f"{origin}: {path} holds one article, but record is {record} (should be null)")
    if kind in ("csv", "jsonl") and record is None:
        problems.append(f"{origin}: {path} holds several records, but record is null")
    if kind == "jsonl" and record is not None:
        if path not in line_counts:
            lines = on_disk.read_bytes().split(b"\n")  # as the import reads them (newlines only)
            line_counts[path] = lines[:-1] if lines and not lines[-1] else lines
        lines = line_counts[path]
        if not 1 <= record <= len(lines):
            problems.append(f"{origin}: {path} has {len(lines)} lines; record {record} is outside")
        elif not lines[record - 1].strip():
            problems.append(f"{origin}: {path} line {record} is blank")
    if kind == "csv" and record is not None:
        if path not in csv_rows:
            csv_rows[path] = _csv_rows(on_disk)
        rows = csv_rows[path]
        if rows is not None:
            if not 2 <= record <= len(rows):
                problems.append(f"{origin}: {path} has {len(rows) - 1} data rows (records 2-{len(rows)}); "
                                f"record {record} is outside")
            elif not any(cell.strip() for cell in rows[record - 1]):
                problems.append(f"{origin}: {path} row {record} is blank")
    mapping = data.get("map")
    if mapping is not None and not isinstance(mapping, dict):
        problems.append(f"{origin}: map should be an object {{theirs: ours}}, found {type(mapping).__name__}")
    if truth.reject:
        return
    for key in ("title", "body", "language"):
        if not isinstance(data.get(key), str) or not data.get(key).strip():
            problems.append(f"{origin}: {path}: no {key}")
    published = data.get("published")
    if published is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(published)):
        problems.append(f"{origin}: {path}: published {published!r} is not YYYY-MM-DD")
    if not isinstance(data.get("tags", []), list):
        problems.append(f"{origin}: {path}: tags should be a list")
    text = _input_text(half, truth, texts)
    if text is not None:
        have = Counter(tokenize(text.casefold()))
        for key in ("title", "body"):
            want = Counter(tokenize(str(data.get(key) or "").casefold()))
            if want and sum((want & have).values()) / sum(want.values()) < 0.9:
                share = sum((want & have).values()) / sum(want.values())
                problems.append(f"{origin}: {path}: only {share:.0%} of the truth {key}'s words are in the input "
                                "(wrong file or record?)")
        missing = [p for p in data.get("boilerplate") or [] if isinstance(p, str) and phrase_norm(p)
                   and phrase_norm(p) not in phrase_norm(text)]
        if missing:
            problems.append(f"{origin}: {path}: boilerplate phrase(s) {missing if reveal else len(missing)} "
                            "not found in the input (note)")
    boilerplate = data.get("boilerplate", [])
    if not isinstance(boilerplate, list):
        problems.append(f"{origin}: {path}: boilerplate should be a list")
    elif any(isinstance(p, str) and holds_phrase(data.get("body") or "", p) for p in boilerplate):
        leaked = [p for p in boilerplate if isinstance(p, str) and holds_phrase(data.get("body") or "", p)]
        problems.append(f"{origin}: {path}: boilerplate phrase(s) {leaked if reveal else len(leaked)} "
                        "occur in the truth body itself")


def _input_text(half: Path, truth: Truth, texts: Optional[dict]) -> Optional[str]:
    """The input's words as plain text (a CSV row or JSONL line alone; tags of HTML dropped), for
    checking that a truth line describes its input; None for containers and unreadable input."""
    import html

    if texts is None or "!" in truth.path:
        return None
    if truth.path.lower().endswith((".rtf", ".docx", ".doc", ".pdf")) or (
            truth.record is not None and _record_kind(truth.path) == "one"):
        return None  # a word processor's file, or one document of a bundle: not checked word by word
    if truth.path not in texts:
        try:
            data = (half / truth.path).read_bytes()
            texts[truth.path] = _mail_text(data) if truth.path.lower().endswith(".eml") else decode_input(data)
        except OSError:
            texts[truth.path] = None
    text = texts[truth.path]
    if text is None:
        return None
    kind = _record_kind(truth.path)
    if kind == "jsonl" and truth.record:
        lines = text.split("\n")
        if not 1 <= truth.record <= len(lines):
            return None
        try:
            values = json.loads(lines[truth.record - 1])
            text = " ".join(str(v) for v in values.values()) if isinstance(values, dict) else lines[truth.record - 1]
        except ValueError:
            text = lines[truth.record - 1]
    elif kind == "csv" and truth.record:
        rows = _csv_rows(half / truth.path)
        if rows is None or not 1 <= truth.record <= len(rows):
            return None
        text = " ".join(rows[truth.record - 1])
    elif kind == "many":
        return None
    if re.search(r"<[a-zA-Z!/][^>]*>", text):
        text = re.sub(r"<[^>]+>", " ", text)
    return html.unescape(text)


def _mail_text(data: bytes) -> str:
    """An e-mail's headers and every text part, decoded (base64, quoted-printable, its charset): the
    words a truth line about the message is checked against."""
    import email
    from email import policy

    message = email.message_from_bytes(data, policy=policy.default)
    parts = [f"{name}: {value}" for name, value in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            try:
                parts.append(part.get_content())
            except (LookupError, ValueError):
                parts.append(decode_input(part.get_payload(decode=True) or b""))
    return "\n".join(parts)


def resolve_mapping(mapping: dict) -> dict:
    """``{theirs: ours}`` (flipped if written ``{ours: theirs}``)."""
    from archive.readers.records import FIELDS as OURS

    mapping = {str(k): str(v) for k, v in (mapping or {}).items()}
    if all(v in OURS for v in mapping.values()):
        return mapping
    if all(k in OURS for k in mapping):
        return {v: k for k, v in mapping.items()}
    return {k: v for k, v in mapping.items() if v in OURS}


def import_plan(half: Path, truths: list) -> list:
    """``[(paths, mapping)]``: the import runs for a half. Everything without a map in one run
    (whole folders where possible), then one run per distinct mapping."""
    from archive.readers import reader_for
    from archive.readers.containers import container_kind

    maps: dict = {}
    for truth in truths:
        if isinstance(truth.data.get("map"), dict) and truth.data["map"]:
            maps.setdefault(truth.path.split("!")[0], resolve_mapping(truth.data["map"]))
    named = {truth.path.split("!")[0] for truth in truths}
    runs: list = []
    plain: list = []
    for entry in sorted(half.iterdir()):
        if entry.name.startswith(".") or (entry.is_file() and entry.name.startswith("truth-")):
            continue
        if entry.is_file():
            # inputs live in <half>/<outlet>/ and <half>/exports/; a file at the half's root is
            # imported only where a truth line names it (a zip of saved pages, a note to refuse)
            if entry.name in named and entry.name not in maps:
                plain.append(str(entry))
            continue
        inside = {f"{entry.name}/{m.split('/', 1)[1]}" for m in maps if m.startswith(entry.name + "/")}
        if not inside:
            plain.append(str(entry))
            continue
        for root, dirs, files in os.walk(entry):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                file = Path(root) / name
                rel = file.relative_to(half).as_posix()
                if name.startswith(".") or rel in maps:
                    continue
                if reader_for(file) is not None or container_kind(name):
                    plain.append(str(file))
    if plain:
        runs.append((plain, {}))
    by_mapping: dict = {}
    for rel, mapping in sorted(maps.items()):
        by_mapping.setdefault(tuple(sorted(mapping.items())), []).append(str(half / rel))
    runs += [(paths, dict(mapping)) for mapping, paths in by_mapping.items()]
    return runs


def run_import(db: Path, paths: list, mapping: Optional[dict] = None) -> str:
    """``archive import DB PATHS --silent [--map ...]`` in this process; returns its output."""
    from click.testing import CliRunner

    from archive.cli import cli

    args = ["import", str(db), *[str(p) for p in paths], "--silent"]
    for theirs, ours in (mapping or {}).items():
        args += ["--map", f"{theirs}={ours}"]
    result = CliRunner().invoke(cli, args, catch_exceptions=True)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise RuntimeError(f"archive {' '.join(args)} crashed: {result.exception!r}\n{result.output}") \
            from result.exception
    if result.exit_code not in (0, 1):
        raise RuntimeError(f"archive {' '.join(args)} exited {result.exit_code}:\n{result.output}")
    return result.output


def _relative(half: Path, source_path: str) -> str:
    outer, bang, inner = source_path.partition("!")
    try:
        rel = Path(os.path.realpath(outer)).relative_to(os.path.realpath(half)).as_posix()
    except ValueError:
        rel = outer
    return rel + bang + inner


def read_archive(db: Path, half: Path) -> tuple:
    """``(stored, failures)``: ``{(relpath, record): row}`` and ``[(relpath, record, reason)]``."""
    connection = sqlite3.connect(db)
    connection.row_factory = sqlite3.Row
    try:
        stored = {}
        for row in connection.execute(
            "select a.id, a.title, o.name as outlet, a.published, a.author, a.tags, a.language, a.body, "
            "a.source_path, a.source_record from articles a left join outlets o on o.id = a.outlet"
        ):
            row = dict(row)
            stored[(_relative(half, row["source_path"]), row["source_record"])] = row
        failures = []
        for (errors,) in connection.execute("select errors from imports order by id"):
            for error in json.loads(errors or "[]"):
                where, reason = error.get("where", ""), error.get("reason", "")
                match = re.fullmatch(r"(.*?):(\d+)", where)
                path, record = (match.group(1), int(match.group(2))) if match else (where, None)
                failures.append((_relative(half, path), record, reason))
    finally:
        connection.close()
    return stored, failures


def read_warnings(db: Path) -> list:
    """The warnings of every import run (stored, but doubtful or repaired)."""
    connection = sqlite3.connect(db)
    try:
        columns = {row[1] for row in connection.execute("pragma table_info(imports)")}
        if "warnings" not in columns:
            return []
        return [w.get("warning", "") for (text,) in connection.execute("select warnings from imports order by id")
                for w in json.loads(text or "[]")]
    finally:
        connection.close()


# -- scoring ----------------------------------------------------------------------------------


@dataclass
class Tally:
    correct: int = 0
    truth: int = 0  # truth lines with a value
    stored: int = 0  # stored (matched) articles with a value
    misses: list = field(default_factory=list)

    @property
    def precision(self) -> Optional[float]:
        return self.correct / self.stored if self.stored else None

    @property
    def recall(self) -> Optional[float]:
        return self.correct / self.truth if self.truth else None

    def as_dict(self) -> dict:
        return {"correct": self.correct, "truth": self.truth, "stored": self.stored,
                "precision": self.precision, "recall": self.recall}


@dataclass
class Mean:
    """Body F1: precision column over stored articles, recall column over truth articles."""
    stored_sum: float = 0.0
    stored: int = 0
    truth_sum: float = 0.0
    truth: int = 0
    misses: list = field(default_factory=list)

    @property
    def precision(self) -> Optional[float]:
        return self.stored_sum / self.stored if self.stored else None

    @property
    def recall(self) -> Optional[float]:
        return self.truth_sum / self.truth if self.truth else None

    def as_dict(self) -> dict:
        return {"stored": self.stored, "truth": self.truth, "precision": self.precision, "recall": self.recall}


@dataclass
class Rate:
    hits: int = 0
    total: int = 0
    misses: list = field(default_factory=list)

    @property
    def share(self) -> Optional[float]:
        return self.hits / self.total if self.total else None

    def as_dict(self) -> dict:
        return {"hits": self.hits, "total": self.total, "share": self.share}


@dataclass
class Scores:
    tallies: dict = field(default_factory=dict)  # name -> Tally | Mean
    rates: dict = field(default_factory=dict)  # name -> Rate

    @classmethod
    def empty(cls) -> "Scores":
        tallies = {name: Tally() for name in ("stored",) + FIELDS + ("rejects",)}
        tallies["body_f1"] = Mean()
        rates = {name: Rate() for name in ("boilerplate", "garbled", "swapped", "stored_reject")}
        return cls(tallies, rates)

    def as_dict(self) -> dict:
        return {**{k: v.as_dict() for k, v in self.tallies.items()}, **{k: v.as_dict() for k, v in self.rates.items()}}


@dataclass
class HalfResult:
    half: str
    truth_lines: int
    articles: int
    rejects: int
    stored_rows: int
    failures: int
    seconds: float
    overall: Scores = field(repr=False)
    by_group: dict = field(repr=False)
    problems: list = field(repr=False)
    unmatched: list = field(repr=False)  # stored articles no truth line names
    output: str = field(default="", repr=False)

    failure_reasons: Counter = field(default_factory=Counter, repr=False)  # reason (numbers blanked) -> count
    warning_reasons: Counter = field(default_factory=Counter, repr=False)  # stored with a warning: why -> count

    def as_dict(self, details: bool = True) -> dict:
        """Counts and scores; with ``details``, also the failure and warning reasons, the truth
        problems and the stored articles no truth line names (left out for held-out halves)."""
        if not details:
            return {"truth_lines": self.truth_lines, "articles": self.articles, "rejects": self.rejects,
                    "stored_rows": self.stored_rows, "failures": self.failures,
                    "warnings": sum(self.warning_reasons.values()), "truth_problems": len(self.problems),
                    "import_seconds": round(self.seconds, 2), "scores": self.overall.as_dict()}
        return {
            "failure_reasons": dict(self.failure_reasons.most_common()),
            "warnings": dict(self.warning_reasons.most_common()),
            "truth_lines": self.truth_lines, "articles": self.articles, "rejects": self.rejects,
            "stored_rows": self.stored_rows, "failures": self.failures, "import_seconds": round(self.seconds, 2),
            "scores": self.overall.as_dict(), "problems": self.problems,
            "stored_without_truth": [f"{p}" + (f":{r}" if r is not None else "") for p, r in self.unmatched],
        }


def _where(key: tuple) -> str:
    return key[0] if key[1] is None else f"{key[0]}:{key[1]}"


def _short(value, limit: int = 100):
    if isinstance(value, (frozenset, set)):
        return sorted(value)
    if isinstance(value, tuple):
        value = " ".join(value)
    if isinstance(value, str) and len(value) > limit:
        return value[:limit] + "…"
    return value


def _single_documents(truths: list, stored: dict) -> dict:
    """``stored`` with a news database's download of ONE document (stored as its record 1) under the
    file's own key, where the truth names the file as one article (record null)."""
    records: dict = {}
    for path, record in stored:
        records.setdefault(path, []).append(record)
    keyed = {t.key for t in truths}
    moved = dict(stored)
    for truth in truths:
        if truth.record is None and truth.key not in stored and records.get(truth.path) == [1] \
                and (truth.path, 1) not in keyed:
            moved[truth.key] = moved.pop((truth.path, 1))
    return moved


def score(truths: list, stored: dict, failures: list, duplicates: Optional[dict] = None) -> tuple:
    """``(overall Scores, {group: Scores}, unmatched stored keys)``. ``duplicates``: ``{key: id of the
    article kept}`` for inputs the import skipped as duplicates (only to say why in the misses)."""
    duplicates = duplicates or {}
    overall, groups = Scores.empty(), {}
    stored = _single_documents(truths, stored)
    truth_keys = {t.key for t in truths}
    failed_keys: dict = {}
    for path, record, reason in failures:
        failed_keys.setdefault((path, record), reason)

    def refused(truth: Truth) -> Optional[str]:
        if truth.key in failed_keys:
            return failed_keys[truth.key]
        if (truth.path, None) in failed_keys:  # the whole file refused
            return failed_keys[(truth.path, None)]
        if truth.record is None:
            for (path, _), reason in failed_keys.items():
                if path == truth.path:
                    return reason
        return None

    for truth in truths:
        group = groups.setdefault(truth.group, Scores.empty())
        row = stored.get(truth.key)
        for scores in (overall, group):
            _score_one(scores, truth, row, refused(truth), duplicates.get(truth.key))
    # stored articles that no truth article names: they cost the "stored" precision
    unmatched = sorted((k for k in stored if k not in truth_keys), key=lambda k: (k[0], k[1] or 0))
    for key in unmatched:
        group = groups.setdefault(group_of(key[0]), Scores.empty())
        for scores in (overall, group):
            scores.tallies["stored"].stored += 1
            scores.tallies["stored"].misses.append((_where(key), "(no truth line)", _short(stored[key]["title"])))
    # failures for inputs the truth wants stored, or that no truth line names: they cost the rejects' precision
    reject_keys = {t.key for t in truths if t.reject}
    by_path_reject = {t.path for t in truths if t.reject and t.record is None}
    for key, reason in failed_keys.items():
        if key in reject_keys or (key[0] in by_path_reject):
            continue  # counted with its truth line
        if key[1] is None and any(t.path == key[0] and t.reject for t in truths):
            continue
        group = groups.setdefault(group_of(key[0]), Scores.empty())
        known = key in truth_keys or (key[1] is None and any(t.path == key[0] for t in truths))
        for scores in (overall, group):
            scores.tallies["rejects"].stored += 1
            scores.tallies["rejects"].misses.append(
                (_where(key), "should be stored" if known else "(no truth line)", f"refused: {reason}"))
    return overall, groups, unmatched


def _score_one(scores: Scores, truth: Truth, row: Optional[dict], refusal: Optional[str],
               duplicate_of: Optional[str] = None) -> None:
    data = truth.data
    where = _where(truth.key)
    tallies, rates = scores.tallies, scores.rates
    if truth.reject:
        tally = tallies["rejects"]
        tally.truth += 1
        rates["stored_reject"].total += 1
        if row is not None:
            tallies["stored"].stored += 1  # a stored article that should not be: costs the precision of "stored"
            tallies["stored"].misses.append((where, f"(reject: {data.get('reject')})", _short(row["title"])))
            rates["stored_reject"].hits += 1
            rates["stored_reject"].misses.append((where, data.get("reject"), f"stored: {_short(row['title'])}"))
            tally.misses.append((where, data.get("reject"), f"stored: {_short(row['title'])}"))
        elif refusal is None and duplicate_of is None:  # a row repeated under its id, skipped and reported
            tally.misses.append((where, data.get("reject"), "not reported as a failure"))  # as a duplicate: refused
        else:
            tally.correct += 1
            tally.stored += 1
        return
    stored_tally = tallies["stored"]
    stored_tally.truth += 1
    if row is not None:
        stored_tally.stored += 1
        stored_tally.correct += 1
    else:
        why = (f" (failed: {refusal})" if refusal else
               f" (skipped as a duplicate of article {duplicate_of})" if duplicate_of else "")
        stored_tally.misses.append((where, _short(data.get("title")), "not stored" + why))
    for name in FIELDS:
        want = NORMALISE[name](data.get(TRUTH_KEY.get(name, name)))
        got = NORMALISE[name](row[STORED_KEY.get(name, name)]) if row is not None else None
        tally = tallies[name]
        tally.truth += want is not None
        tally.stored += got is not None
        if want is not None and got is not None and want == got:
            tally.correct += 1
        elif row is not None and (want is not None or got is not None):
            raw_want = data.get(TRUTH_KEY.get(name, name))
            raw_got = row[STORED_KEY.get(name, name)]
            if name.startswith("body"):
                raw_want, raw_got = want, got
            tally.misses.append((where, _short(raw_want), _short(raw_got)))
    body = data.get("body") or ""
    mean = tallies["body_f1"]
    f1 = word_prf(body, row["body"])[2] if row is not None else 0.0
    mean.truth += 1
    mean.truth_sum += f1
    if row is not None:
        mean.stored += 1
        mean.stored_sum += f1
    if f1 < 0.95 and row is not None:
        mean.misses.append((where, f"F1 {f1:.3f}", _short(row["body"], 300)))
    if row is None:
        return
    phrases = [p for p in data.get("boilerplate") or [] if isinstance(p, str) and phrase_norm(p)]
    if phrases:
        rates["boilerplate"].total += 1
        leaked = [p for p in phrases if holds_phrase(row["body"], p)]
        if leaked:
            rates["boilerplate"].hits += 1
            rates["boilerplate"].misses.append((where, "leaked", leaked))
    rates["garbled"].total += 1
    markers = garbled(f"{data.get('title') or ''}\n{body}", f"{row['title'] or ''}\n{row['body'] or ''}")
    if markers:
        rates["garbled"].hits += 1
        text = f"{row['title'] or ''}\n{row['body'] or ''}"
        at = max(text.find(markers[0]), text.casefold().find(markers[0]))
        rates["garbled"].misses.append((where, markers, repr(text[max(0, at - 40): at + 40])))
    if data.get("published"):
        rates["swapped"].total += 1
        if swapped(data.get("published"), row["published"]):
            rates["swapped"].hits += 1
            rates["swapped"].misses.append((where, data.get("published"), row["published"]))


def score_half(half: Path, workdir: Optional[Path] = None) -> HalfResult:
    """Import ``half`` into a fresh archive (in ``workdir`` or a temporary folder) and score it."""
    truths, problems = load_truth(half, reveal=half.name == "tune")
    with tempfile.TemporaryDirectory(prefix=f"import-quality-{half.name}-") as temporary:
        folder = Path(workdir) if workdir else Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        db = folder / f"{half.name}.db"
        started = time.perf_counter()
        output = []
        for paths, mapping in import_plan(half, truths):
            output.append(run_import(db, paths, mapping))
        seconds = time.perf_counter() - started
        stored, failures = read_archive(db, half) if db.exists() else ({}, [])
        warnings = read_warnings(db) if db.exists() else []
    duplicates = {}
    for line in "".join(output).splitlines():
        match = re.match(r"\s+duplicate: (.*) \(same text as article ([^\s,)]+)(?:, first at .*)?\)$", line)
        if match:
            where, original = match.groups()
            found = re.fullmatch(r"(.*?):(\d+)", where)
            path, record = (found.group(1), int(found.group(2))) if found else (where, None)
            duplicates[(_relative(half, path), record)] = original
    overall, groups, unmatched = score(truths, stored, failures, duplicates)
    return HalfResult(
        half=half.name, truth_lines=len(truths), articles=sum(not t.reject for t in truths),
        rejects=sum(t.reject for t in truths), stored_rows=len(stored), failures=len(failures), seconds=seconds,
        overall=overall, by_group=groups, problems=problems, unmatched=unmatched, output="".join(output),
        warning_reasons=Counter(re.sub(r"\d[\d,]*", "N", w) for w in warnings),
        failure_reasons=Counter(re.sub(r"\d[\d,]*", "N", re.sub(r"(?:/[^\s/:]+)+/", "", reason))
                                for _, _, reason in failures),
    )


def figures(result: HalfResult) -> dict:
    """A half's figures as one flat dict: ``"title.precision"``, ``"title.recall"``, ...,
    ``"boilerplate"`` (the lower-is-better shares); None where nothing could be counted."""
    out = {}
    for name, tally in result.overall.tallies.items():
        out[f"{name}.precision"] = tally.precision
        out[f"{name}.recall"] = tally.recall
    for name, rate in result.overall.rates.items():
        out[name] = rate.share
    return out


# -- page texts -------------------------------------------------------------------------------


def pages_present(tarball: Path = PAGES_TARBALL) -> bool:
    return tarball.is_file()


def page_part(file_name: str) -> str:
    """``tune`` or ``held``, by the sha1 of the page's file name (``<id>.html.gz``)."""
    return "tune" if hashlib.sha1(file_name.encode("utf-8")).hexdigest()[0] in "01234567" else "held"


@dataclass
class PageText:
    id: str
    file_name: str
    text: str  # what a person copying the whole page gets
    truth: str

    @property
    def part(self) -> str:
        return page_part(self.file_name)


def load_page_texts(tarball: Path = PAGES_TARBALL) -> list:
    """Every benchmark page as ``PageText`` (read from the tarball in memory; inscriptis renders)."""
    from inscriptis import get_text

    pages = []
    with tarfile.open(tarball) as tar:
        members = {m.name: m for m in tar.getmembers() if m.isfile()}
        truth = json.loads(tar.extractfile(members[PAGES_PREFIX + "ground-truth.json"]).read().decode("utf-8"))
        for key in sorted(truth):
            name = f"{PAGES_PREFIX}html/{key}.html.gz"
            html = gzip.decompress(tar.extractfile(members[name]).read()).decode("utf-8", errors="replace")
            pages.append(PageText(key, f"{key}.html.gz", get_text(html), truth[key].get("articleBody") or ""))
    return pages


@dataclass
class PageScore:
    pages: int = 0
    stored: int = 0
    precision: float = 0.0  # mean bag-of-words precision over pages
    recall: float = 0.0
    f1: float = 0.0  # mean per-page F1
    f1_shingles: float = 0.0  # the benchmark's metric (bench/extraction.py)
    raw_f1: float = 0.0  # inscriptis' whole text, before the import
    raw_f1_shingles: float = 0.0
    worst: list = field(default_factory=list)  # (F1, id) lowest first

    def as_dict(self) -> dict:
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in self.__dict__.items() if k != "worst"}


def _page_score(rows: list) -> PageScore:
    """rows: (PageText, stored body or None)."""
    if not rows:
        return PageScore()
    words = [word_prf(page.truth, body) for page, body in rows]
    raw_words = [word_prf(page.truth, page.text) for page, _ in rows]
    n = len(rows)
    return PageScore(
        pages=n,
        stored=sum(body is not None for _, body in rows),
        precision=sum(w[0] for w in words) / n,
        recall=sum(w[1] for w in words) / n,
        f1=sum(w[2] for w in words) / n,
        f1_shingles=extraction.body_metrics([extraction.tp_fp_fn(p.truth, body or "") for p, body in rows])["f1"],
        raw_f1=sum(w[2] for w in raw_words) / n,
        raw_f1_shingles=extraction.body_metrics([extraction.tp_fp_fn(p.truth, p.text) for p, _ in rows])["f1"],
        worst=sorted((w[2], page.id) for w, (page, _) in zip(words, rows))[:10],
    )


def score_page_texts(pages: list, workdir: Optional[Path] = None) -> dict:
    """Write the texts to one folder, import it, grade: ``{"tune", "held", "all": PageScore, "seconds"}``."""
    with tempfile.TemporaryDirectory(prefix="import-quality-pages-") as temporary:
        folder = Path(workdir) if workdir else Path(temporary)
        texts = folder / "pages"
        texts.mkdir(parents=True, exist_ok=True)
        for page in pages:
            (texts / f"{page.id}.txt").write_text(page.text, encoding="utf-8")
        db = folder / "pages.db"
        started = time.perf_counter()
        run_import(db, [texts])
        seconds = time.perf_counter() - started
        connection = sqlite3.connect(db)
        try:
            bodies = {Path(path).stem: body for path, body in connection.execute("select source_path, body from articles")}
        finally:
            connection.close()
    rows = [(page, bodies.get(page.id)) for page in pages]
    return {
        "tune": _page_score([r for r in rows if r[0].part == "tune"]),
        "held": _page_score([r for r in rows if r[0].part == "held"]),
        "all": _page_score(rows),
        "seconds": seconds,
    }


def page_figures(scores: dict) -> dict:
    """``{"tune.f1": ..., "held.f1_shingles": ..., "all.recall": ...}`` from score_page_texts."""
    return {f"{part}.{key}": value for part in ("tune", "held", "all")
            for key, value in scores[part].as_dict().items() if key not in ("pages", "stored", "worst")}


# -- the report -------------------------------------------------------------------------------


def _fmt(value: Optional[float], correct=None, total=None) -> str:
    if value is None:
        return "–"
    return f"{value:.3f}" + (f" ({correct}/{total})" if correct is not None else "")


_table = extraction._table  # a Markdown table


def _pr_cells(tally) -> list:
    if isinstance(tally, Mean):
        return [_fmt(tally.precision) + f" (n={tally.stored})", _fmt(tally.recall) + f" (n={tally.truth})"]
    return [_fmt(tally.precision, tally.correct, tally.stored), _fmt(tally.recall, tally.correct, tally.truth)]


def fields_table(results: dict) -> str:
    halves = list(results)
    header = ["field"] + [f"{h} {side}" for h in halves for side in ("precision", "recall")]
    rows = []
    for name in ("stored",) + FIELDS + ("body_f1", "rejects"):
        rows.append([LABELS[name]] + [c for h in halves for c in _pr_cells(results[h].overall.tallies[name])])
    return _table(header, rows)


def rates_table(results: dict) -> str:
    halves = list(results)
    rows = []
    for name in ("boilerplate", "garbled", "swapped", "stored_reject"):
        rows.append([LABELS[name] + " ↓"] + [
            _fmt(results[h].overall.rates[name].share, results[h].overall.rates[name].hits,
                 results[h].overall.rates[name].total) for h in halves])
    return _table(["lower is better"] + halves, rows)


def outlet_table(result: HalfResult) -> str:
    header = ["folder", "articles", "stored"] + [LABELS[f].split(" (")[0] for f in FIELDS] + ["body F1", "rejects",
                                                                                                "leaked ↓"]
    rows = []
    for group, scores in sorted(result.by_group.items()):
        t = scores.tallies

        def pr(tally):
            p, r = tally.precision, tally.recall
            if p is None and r is None:
                return "–"
            return f"{'–' if p is None else f'{p:.2f}'}/{'–' if r is None else f'{r:.2f}'}"

        leaked = scores.rates["boilerplate"]
        rows.append([group, t["stored"].truth, f"{t['stored'].correct}"] + [pr(t[f]) for f in FIELDS]
                    + [_fmt(t["body_f1"].recall), pr(t["rejects"]),
                       "–" if leaked.share is None else f"{leaked.hits}/{leaked.total}"])
    return (f"Per folder, {result.half} half (precision/recall; body F1 over truth articles):\n\n"
            + _table(header, rows))


def misses_text(result: HalfResult, name: str) -> str:
    scores = result.overall
    item = scores.tallies.get(name) or scores.rates.get(name)
    misses = item.misses if item is not None else []
    lines = [f"{name} misses on the {result.half} half ({len(misses)}): where | truth | stored"]
    not_stored = result.articles - result.overall.tallies["stored"].correct
    if name in FIELDS + ("body_f1",) and not_stored:
        lines[0] += f"  (stored articles only; {not_stored} not stored: --show-misses stored)"
    if name == "body_f1":
        lines[0] = lines[0].replace("(stored", "(F1 below 0.95, stored")
    for where, want, got in misses:
        lines.append(f"  {where} | {want!r} | {got!r}" if name not in ("body_f1",) else f"  {where} | {want} | {got!r}")
    return "\n".join(lines)


def pages_table(scores: dict) -> str:
    rows = []
    for part in ("tune", "held", "all"):
        s = scores[part]
        rows.append([part, s.pages, s.stored, f"{s.precision:.3f}", f"{s.recall:.3f}", f"**{s.f1:.3f}**",
                     f"{s.f1_shingles:.3f}", f"{s.raw_f1:.3f}", f"{s.raw_f1_shingles:.3f}"])
    return _table(["page texts (inscriptis, whole page)", "pages", "stored", "precision", "recall", "F1",
                   "F1 (shingles)", "raw text F1", "raw text F1 (shingles)"], rows)


FLOORS_FILE = ROOT / "tests" / "data" / "import_quality_floors.json"


def pinned_figures(results: dict, pages: Optional[dict], margin: float) -> dict:
    """``{"floors": ..., "ceilings": ...}`` from today's figures, as tests/test_import_quality.py reads
    them: each figure less ``margin`` (floored to 0.01), each lower-is-better share plus it (ceiled)."""
    import math

    floors, ceilings = {}, {}
    for half, result in results.items():
        measured = figures(result)
        floors[half] = {k: max(0.0, math.floor((v - margin) * 100) / 100) for k, v in measured.items()
                        if "." in k and v is not None}
        ceilings[half] = {k: min(1.0, math.ceil((v + margin) * 100) / 100) for k, v in measured.items()
                          if "." not in k and v is not None}
    if pages:
        floors["pages"] = {k: max(0.0, math.floor((v - margin) * 100) / 100)
                           for k, v in page_figures(pages).items() if k.endswith(".f1")}
    return {"floors": floors, "ceilings": ceilings}


def raised(pinned: dict, today: dict) -> dict:
    """``pinned`` with every floor raised and every ceiling lowered to ``today``'s where that is
    stricter, and the halves it lacks added: a pinned figure is never loosened here (a change of
    convention that lowers one is the lead's, by hand, with its reason in bench/README.md)."""
    out = {"floors": {h: dict(v) for h, v in pinned.get("floors", {}).items()},
           "ceilings": {h: dict(v) for h, v in pinned.get("ceilings", {}).items()}}
    for kind, stricter in (("floors", max), ("ceilings", min)):
        for half, values in today[kind].items():
            have = out[kind].setdefault(half, {})
            for key, value in values.items():
                have[key] = value if key not in have else stricter(have[key], value)
    return out


def write_pinned(pinned: dict, file: Path = FLOORS_FILE) -> None:
    file.write_text(json.dumps(pinned, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", type=Path, default=DEV_SET, help="the dev set (holding tune/ and held/)")
    parser.add_argument("--half", metavar="NAME", default=None,
                        help="score one half only (tune, held, fresh, ...; default all); naming a held-out half "
                             "also points --by-outlet and --show-misses at it")
    parser.add_argument("--by-outlet", action="store_true", help="a table per input folder")
    parser.add_argument("--show-misses", metavar="FIELD", choices=MISS_FIELDS,
                        help="list the wrong values of FIELD: " + ", ".join(MISS_FIELDS))
    parser.add_argument("--pages", type=Path, default=PAGES_TARBALL, help="the article-extraction benchmark tarball")
    parser.add_argument("--no-pages", action="store_true", help="skip the page texts")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON instead of tables")
    parser.add_argument("--floors", type=float, metavar="MARGIN",
                        help="print the floors and ceilings tests/test_import_quality.py would pin today (JSON): "
                             "today's figures less (plus, for the shares) MARGIN, e.g. 0.02")
    parser.add_argument("--raise-floors", type=float, metavar="MARGIN",
                        help="raise the pinned floors (lower the ceilings) in tests/data/import_quality_floors.json "
                             "to today's figures less (plus) MARGIN where that is stricter; halves not pinned yet "
                             "are added; nothing is loosened")
    parser.add_argument("--edge-weights", type=Path, metavar="FILE",
                        help="the learned edge check's weights to import with (bench/fit_edge_lines.py --out), "
                             "for leave-one-half-out figures; default archive/data/edge_lines.json")
    parser.add_argument("--outlets-by-data", action="store_true",
                        help="compare outlets as the outlet data names them: a truth outlet the data lists as a "
                             "spelling of the stored one counts as correct (a naming convention, not a wrong outlet)")
    args = parser.parse_args(argv)
    global OUTLETS_BY_DATA
    OUTLETS_BY_DATA = args.outlets_by_data
    if args.edge_weights:
        from archive.extract import edge_lines

        edge_lines.WEIGHTS = args.edge_weights  # the import runs in this process (CliRunner)

    started = time.perf_counter()
    halves = halves_in(args.dev) if args.half in (None, "all", "both") else [args.half]
    inspected = args.half if args.half not in (None, "all", "both") else "tune"
    results = {}
    for half in halves:
        folder = args.dev / half
        if not folder.is_dir() or not list(folder.glob("truth-*.jsonl")):
            print(f"({folder}: no truth-*.jsonl yet: {half} half skipped)", file=sys.stderr)
            continue
        results[half] = score_half(folder)
    pages = None
    if args.no_pages:
        pass
    elif not pages_present(args.pages):
        print(f"(page texts skipped: {args.pages} not found" + ("; ../shared/ is absent)" if not SHARED.is_dir() else ")"), file=sys.stderr)
    else:
        page_started = time.perf_counter()
        texts = load_page_texts(args.pages)
        pages = score_page_texts(texts)
        pages["total_seconds"] = time.perf_counter() - page_started
    elapsed = time.perf_counter() - started

    if args.floors is not None:
        print(json.dumps(pinned_figures(results, pages, args.floors), indent=1, ensure_ascii=False))
        return 0
    if args.raise_floors is not None:
        before = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
        after = raised(before, pinned_figures(results, pages, args.raise_floors))
        write_pinned(after)
        moved = sum(after[k][h].get(f) != before.get(k, {}).get(h, {}).get(f)
                    for k in after for h in after[k] for f in after[k][h])
        print(f"{FLOORS_FILE.relative_to(ROOT)}: {moved} pinned figures raised or added")
        return 0
    if args.json:
        out = {"halves": {h: {"figures": figures(r), **r.as_dict(details=h == inspected)} for h, r in results.items()},
               "elapsed_seconds": round(elapsed, 1)}
        if args.by_outlet and inspected in results:
            out["by_outlet"] = {inspected: {g: s.as_dict() for g, s in results[inspected].by_group.items()}}
        if pages:
            out["pages"] = {"figures": page_figures(pages),
                            **{k: (v.as_dict() if isinstance(v, PageScore) else round(v, 2)) for k, v in pages.items()}}
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0

    for half, result in results.items():
        shown = half == inspected  # details (reasons, truth problems) only for the half looked at
        print(f"{half}: {result.truth_lines} truth lines ({result.articles} articles, {result.rejects} rejects); "
              f"stored {result.stored_rows} articles ({len(result.unmatched)} with no truth line), "
              f"{result.failures} failures reported, {sum(result.warning_reasons.values())} stored with a warning; "
              f"import {result.seconds:.1f} s" + ("" if shown else f"; {len(result.problems)} truth problems"
                                                  + (f" (--half {half} lists them)" if result.problems else "")),
              file=sys.stderr)
        if not shown:
            continue
        if result.failure_reasons:
            print("  failures: " + "; ".join(f"{n}× {reason[:90]}" for reason, n in result.failure_reasons.most_common(4))
                  + (" ..." if len(result.failure_reasons) > 4 else ""), file=sys.stderr)
        if result.warning_reasons:
            print("  warnings: " + "; ".join(f"{n}× {w[:90]}" for w, n in result.warning_reasons.most_common(3))
                  + (" ..." if len(result.warning_reasons) > 3 else ""), file=sys.stderr)
        for problem in result.problems[:25]:
            print(f"  truth problem ({half}): {problem}", file=sys.stderr)
        if len(result.problems) > 25:
            print(f"  ... and {len(result.problems) - 25} more truth problems (--json lists them)", file=sys.stderr)
    if results:
        print(fields_table(results))
        print()
        print(rates_table(results))
    if args.by_outlet and inspected in results:
        print()
        print(outlet_table(results[inspected]))
    if args.show_misses and inspected in results:
        print()
        print(misses_text(results[inspected], args.show_misses))
    if pages:
        print()
        print(pages_table(pages))
        worst = ", ".join(f"{pid[:10]} {f1:.2f}" for f1, pid in pages["tune"].worst[:5])
        print(f"\nLowest F1 among the tune pages: {worst}")
    print(f"\nElapsed: {elapsed:.1f} s" + (f" (page texts {pages['total_seconds']:.1f} s, their import "
                                           f"{pages['seconds']:.1f} s)" if pages else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
