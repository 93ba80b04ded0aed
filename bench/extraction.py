"""Extraction quality: our HTML reader against trafilatura alone, and the text reader on the seeds.

    .venv/bin/python bench/extraction.py [--corpora PATH] [--seeds PATH] [--misses]

Prints markdown tables. The corpora are ``../shared/corpora/html-news-pages/`` (two tarballs,
unpacked to a temporary folder at run time) and the seeds ``../shared/seeds/``.

**Body** (scrapinghub article-extraction-benchmark, 181 pages with ground-truth ``articleBody``),
scored as that benchmark's ``evaluate.py`` does: both texts are tokenised into words (``\\w+``),
each text becomes a bag of word shingles (4 consecutive tokens; a text shorter than that is one
shingle), and a page's true positives / false positives / false negatives are the overlap and the
two differences of the bags, divided by their sum so that long pages weigh no more than short ones.
Precision is averaged over the pages where something was predicted (``tp + fp > 0``), recall over
the pages where something was expected (``tp + fn > 0``), and F1 is the harmonic mean of the two
averages. "Accuracy" is the share of pages whose token sequence is exactly the truth's. The ``F1 (words)`` column is the same computation with single words
instead of shingles, for readers who expect a plain bag of tokens.

**Metadata** (38 Readability test pages, ``expected-metadata.json``; that file is Readability's
own output, so it is a reference, not truth, and some values are noisy):

- title: equal after Unicode NFKC, case folding, curly quotes and dashes made plain, whitespace
  collapsed; over all pages.
- date: the calendar day as written in ``publishedTime`` (its first ten characters, no time-zone
  conversion) equals ours; over the pages where ``publishedTime`` is not null.
- author: over the pages where ``byline`` is not null. Both names are normalised: NFKC, case
  folded, a leading "By"/"Par"/"Por"/"Von" dropped, every character that is not a letter (digits,
  punctuation) made a space, the words "and"/"et"/"und"/"y"/"e" dropped; from the reference only,
  also month names and "am"/"pm"/"at"/"updated"/"published" (Readability's bylines sometimes carry
  a date: "By Nathan Willis March 25, 2015", "by Lucas Nolan22 Dec 2016651"; an extractor that
  returns "Nathan Willis March" has not found the name). A match when the word sequences are equal.

"Pages/s" is wall time on one core (imports and first-call caches excluded): our reader does the
whole job in every row (decode, parse, metadata, body); the library's rows time
``trafilatura.extract`` or ``trafilatura.extract_metadata`` alone. Ours is scored on what the
archive stores (``parse_html`` then ``build_article``). Our title drops a trailing site name
("... - Breitbart"), which Readability's reference keeps: such pages count as misses here.

**Seeds**: the plain-text reader (``archive.readers.text`` then ``build_article``) on the five
seeds, against ``SEEDS_EXPECTED`` in ``tests/test_text_reader.py`` (title, outlet, date, tags,
author, the first and the last words of the body).

The scoring functions are imported by ``tests/test_extraction_quality.py``, which pins the figures.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import json
import re
import sys
import tarfile
import tempfile
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"
HTML_PAGES = CORPORA / "html-news-pages"
BENCHMARK_TARBALL = "scrapinghub-article-extraction-benchmark.tar.gz"
READABILITY_TARBALL = "readability-news-pages.tar.gz"
SEEDS = SHARED / "seeds"
TEXT_READER_TESTS = ROOT / "tests" / "test_text_reader.py"

# -- the benchmark's body metric --------------------------------------------------------------

_TOKEN = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


def tokenize(text: Optional[str]) -> list:
    return _TOKEN.findall(text or "")


def shingles(text: Optional[str], n: int = 4) -> Counter:
    tokens = tokenize(text)
    return Counter(
        tuple(tokens[i : i + n]) for i in range(0, max(1, len(tokens) - n + 1)) if tokens[i : i + n]
    )


def tp_fp_fn(true: Optional[str], pred: Optional[str], n: int = 4) -> tuple:
    """One page's (tp, fp, fn) over shingle bags, normalised to sum to 1 (0s when both are empty)."""
    truth, guess = shingles(true, n), shingles(pred, n)
    tp = float(sum((truth & guess).values()))
    fp = float(sum((guess - truth).values()))
    fn = float(sum((truth - guess).values()))
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def body_metrics(rows: list) -> dict:
    """Averaged precision and recall over pages, and F1 of the averages, as the benchmark reports."""
    precisions = [_precision(*r) for r in rows if r[0] + r[1] > 0]
    recalls = [_recall(*r) for r in rows if r[0] + r[2] > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


# -- corpora ----------------------------------------------------------------------------------


def corpora_present(base: Path = HTML_PAGES) -> bool:
    return (base / BENCHMARK_TARBALL).is_file() and (base / READABILITY_TARBALL).is_file()


def unpack(base: Path, workdir: Path) -> tuple:
    """Both tarballs into ``workdir``; returns (benchmark folder, readability folder)."""
    for name in (BENCHMARK_TARBALL, READABILITY_TARBALL):
        with tarfile.open(base / name) as tar:
            tar.extractall(workdir, filter="data")
    return workdir / "article-extraction-benchmark", workdir / "readability-news-pages"


def benchmark_pages(folder: Path) -> list:
    """[(id, html bytes, ground-truth body)] in id order."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth):
        data = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
        pages.append((key, data, truth[key].get("articleBody", "")))
    return pages


def readability_pages(folder: Path) -> list:
    """[(name, html bytes, expected metadata)] in name order."""
    pages = []
    for page in sorted(p for p in folder.iterdir() if p.is_dir()):
        expected = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))
        pages.append((page.name, (page / "source.html").read_bytes(), expected))
    return pages


# -- extractors -------------------------------------------------------------------------------


@dataclass
class Extracted:
    body: str = ""
    title: Optional[str] = None
    published: Optional[str] = None
    author: Optional[str] = None


def ours(data: bytes, name: str = "page.html") -> Extracted:
    """Our reader, as the archive stores its output (``parse_html`` then ``build_article``)."""
    from archive.extract.article import ArticleError, build_article
    from archive.readers.html import parse_html

    try:
        article = build_article(parse_html(data, name))
    except (ValueError, ArticleError):
        return Extracted()
    return Extracted(article.body, article.title, article.published, article.author)


def trafilatura_body(data: bytes, name: str = "") -> Extracted:
    """``trafilatura.extract`` with its default settings, on the page as UTF-8 text (as upstream runs it)."""
    import trafilatura

    return Extracted(body=trafilatura.extract(data.decode("utf-8", errors="replace")) or "")


def trafilatura_comments_off(data: bytes, name: str = "") -> Extracted:
    """The benchmark's own trafilatura runner: defaults but ``include_comments=False``."""
    import trafilatura

    return Extracted(body=trafilatura.extract(data.decode("utf-8", errors="replace"), include_comments=False) or "")


def trafilatura_metadata(data: bytes, name: str = "") -> Extracted:
    """``trafilatura.extract_metadata`` with its default settings, given the page's bytes."""
    import trafilatura

    document = trafilatura.extract_metadata(data)
    return Extracted(title=document.title, published=document.date, author=document.author)


def _timed(extract: Callable, pages: list) -> tuple:
    extract(pages[0][1], pages[0][0])  # imports and caches outside the clock
    started = time.perf_counter()
    results = [extract(data, name) for name, data, _ in pages]
    seconds = time.perf_counter() - started
    return results, len(pages) / seconds if seconds else float("inf")


# -- scoring ----------------------------------------------------------------------------------


@dataclass
class BodyScore:
    pages: int
    precision: float
    recall: float
    f1: float
    f1_words: float
    accuracy: float
    pages_per_second: float


def score_bodies(pages: list, extract: Callable = ours) -> BodyScore:
    results, rate = _timed(extract, pages)
    rows = [tp_fp_fn(truth, got.body) for (_, _, truth), got in zip(pages, results)]
    word_rows = [tp_fp_fn(truth, got.body, n=1) for (_, _, truth), got in zip(pages, results)]
    exact = [tokenize(truth) == tokenize(got.body) for (_, _, truth), got in zip(pages, results)]
    metrics = body_metrics(rows)
    return BodyScore(
        pages=len(pages),
        precision=metrics["precision"],
        recall=metrics["recall"],
        f1=metrics["f1"],
        f1_words=body_metrics(word_rows)["f1"],
        accuracy=sum(exact) / len(exact),
        pages_per_second=rate,
    )


_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-"})
_MONTHS = {
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul",
    "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec",
    "december",
}
_TIME_WORDS = {"am", "pm", "at", "updated", "published"}
_JOINERS = {"and", "et", "und", "y", "e"}
_BY = re.compile(r"^\s*(?:by|par|por|von)\b", re.I)


def normalise_title(text: Optional[str]) -> str:
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES).casefold()
    return re.sub(r"\s+", " ", text).strip()


def title_matches(expected: Optional[str], got: Optional[str]) -> bool:
    return bool(got) and normalise_title(expected) == normalise_title(got)


def date_matches(expected: Optional[str], got: Optional[str]) -> bool:
    return bool(got) and (expected or "")[:10] == got[:10]


def normalise_author(text: Optional[str], reference: bool = False) -> list:
    """Name words: NFKC, case folded, "By" dropped, non-letters made spaces, "and" words dropped;
    for the reference side also the words of a date or time (Readability keeps them in bylines)."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = _BY.sub(" ", text)
    words = [w for w in re.sub(r"[\W\d_]+", " ", text).split() if w not in _JOINERS]
    if reference:
        words = [w for w in words if w not in _MONTHS and w not in _TIME_WORDS]
    return words


def author_matches(expected: Optional[str], got: Optional[str]) -> bool:
    names = normalise_author(got)
    return bool(names) and names == normalise_author(expected, reference=True)


@dataclass
class FieldScore:
    correct: int = 0
    total: int = 0
    misses: list = field(default_factory=list)

    def add(self, ok: bool, name: str) -> None:
        self.total += 1
        self.correct += bool(ok)
        if not ok:
            self.misses.append(name)

    def __str__(self) -> str:
        share = self.correct / self.total if self.total else 0.0
        return f"{self.correct}/{self.total} ({share:.2f})"


@dataclass
class MetadataScore:
    title: FieldScore
    date: FieldScore
    author: FieldScore
    pages_per_second: float


def score_metadata(pages: list, extract: Callable = ours) -> MetadataScore:
    results, rate = _timed(extract, pages)
    title, date, author = FieldScore(), FieldScore(), FieldScore()
    for (name, _, expected), got in zip(pages, results):
        title.add(title_matches(expected.get("title"), got.title), name)
        if expected.get("publishedTime"):
            date.add(date_matches(expected["publishedTime"], got.published), name)
        if expected.get("byline"):
            author.add(author_matches(expected["byline"], got.author), name)
    return MetadataScore(title, date, author, rate)


def seeds_expected(path: Path = TEXT_READER_TESTS) -> dict:
    """``SEEDS_EXPECTED`` as written in the text reader's tests (read, not imported)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "SEEDS_EXPECTED" for t in node.targets):
            return ast.literal_eval(node.value)
    raise LookupError(f"no SEEDS_EXPECTED in {path}")


SEED_FIELDS = ("title", "outlet", "published", "tags", "author", "first", "last")


def score_seeds(seeds: Path = SEEDS, expected: Optional[dict] = None) -> dict:
    """field -> FieldScore for the text reader on the seeds."""
    from archive.extract.article import build_article
    from archive.model import BadRecord
    from archive.readers.text import read_text_file

    expected = expected if expected is not None else seeds_expected()
    scores = {name: FieldScore() for name in SEED_FIELDS}
    for name, want in sorted(expected.items()):
        records = list(read_text_file(seeds / name))
        article = None
        if records and not isinstance(records[0], BadRecord):
            article = build_article(records[0])
        got = {
            "title": article and article.title,
            "outlet": article and article.outlet,
            "published": article and article.published,
            "tags": article and article.tags,
            "author": article and article.author,
        }
        for key in ("title", "outlet", "published", "tags", "author"):
            scores[key].add(article is not None and got[key] == want[key], name)
        body = article.body if article else ""
        scores["first"].add(article is not None and body.startswith(want["first"]), name)
        scores["last"].add(article is not None and body.endswith(want["last"]), name)
    return scores


# -- the report -------------------------------------------------------------------------------


def _table(header: list, rows: list) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def body_table(scores: dict) -> str:
    rows = [
        [name, s.pages, f"{s.precision:.3f}", f"{s.recall:.3f}", f"**{s.f1:.3f}**", f"{s.f1_words:.3f}",
         f"{s.accuracy:.3f}", f"{s.pages_per_second:.0f}"]
        for name, s in scores.items()
    ]
    return _table(["body extraction (181-page benchmark)", "pages", "precision", "recall", "F1", "F1 (words)",
                   "accuracy", "pages/s"], rows)


def metadata_table(scores: dict) -> str:
    rows = [[name, str(s.title), str(s.date), str(s.author), f"{s.pages_per_second:.0f}"] for name, s in scores.items()]
    return _table(["metadata (38 Readability pages)", "title", "date", "author", "pages/s (ours: whole reader)"], rows)


def seeds_table(scores: dict) -> str:
    labels = {"published": "date", "first": "body first words", "last": "body last words"}
    rows = [[labels.get(k, k), str(v)] for k, v in scores.items()]
    correct = sum(v.correct for v in scores.values())
    total = sum(v.total for v in scores.values())
    rows.append(["**all fields**", f"{correct}/{total}"])
    return _table(["text reader on the 5 seeds", "correct"], rows)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=HTML_PAGES, help="folder holding the two tarballs")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="folder holding the seed .txt files")
    parser.add_argument("--misses", action="store_true", help="also list the pages each metadata field missed")
    args = parser.parse_args(argv)

    if corpora_present(args.corpora):
        with tempfile.TemporaryDirectory() as workdir:
            benchmark, readability = unpack(args.corpora, Path(workdir))
            bodies = benchmark_pages(benchmark)
            metas = readability_pages(readability)
            body_scores = {
                "our reader (`archive.readers.html`)": score_bodies(bodies, ours),
                "trafilatura.extract, defaults": score_bodies(bodies, trafilatura_body),
                "trafilatura.extract, include_comments=False (the benchmark's runner)": score_bodies(
                    bodies, trafilatura_comments_off
                ),
            }
            meta_scores = {
                "our reader (`archive.readers.html`)": score_metadata(metas, ours),
                "trafilatura.extract_metadata, defaults": score_metadata(metas, trafilatura_metadata),
            }
        print(body_table(body_scores))
        print()
        print(metadata_table(meta_scores))
        if args.misses:
            for name, score in meta_scores.items():
                print(f"\n{name} missed: title {score.title.misses}; date {score.date.misses}; "
                      f"author {score.author.misses}")
    else:
        print(f"(HTML corpora not found at {args.corpora}: body and metadata skipped)", file=sys.stderr)
    print()
    if args.seeds.is_dir():
        print(seeds_table(score_seeds(args.seeds)))
    else:
        print(f"(seeds not found at {args.seeds}: skipped)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
