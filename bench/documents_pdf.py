"""PDF benchmark: the PDF reader (text layer and OCR) against the articles the PDFs were made from.

    python bench/documents_pdf.py              # the table; --json for the rows
    python bench/documents_pdf.py --libraries  # pdfminer.six, pypdf, pdfplumber (and pypdfium2) compared

Inputs: ``bench/documents_pdf/`` (made by ``bench/documents_pdf_gen.py`` from
``articles.jsonl``, the truth): text PDFs in English (one and two columns, hyphenated, running
headers and page numbers) and Arabic, the same pages scanned at 200 dpi with light noise
(``-scan.pdf``: the goal's "clean 200-dpi scans") and a few with heavy noise (``-noisy.pdf``).

Each row is one kind of input:

- ``articles``: articles found / expected (boundaries: one PDF, one article; for the exports
  printed to PDF, part A's Nexis and Factiva files, every article of the export);
- ``title``, ``author``, ``date``, ``outlet``: the share of articles whose stored field equals the
  truth (after the import's own normalisation, :func:`archive.extract.article.build_article`);
- ``words``: word accuracy of the whole text read (title, header and body): truth words found in
  order (difflib's longest matching blocks over the truth's word count), quotes and case folded;
  for scans this is the OCR word accuracy;
- ``pages/s``: pages read per second: for text PDFs the reader's CPU time (one core, best of
  ``--repeat`` runs), for scans the wall time (tesseract is a child process, on one thread).

Goals (issue #18): boundaries 100%; OCR word accuracy >= 0.95 on clean 200-dpi scans; text PDFs
>= 20 pages/s on one core. ``report()`` returns the rows for ``bench/documents.py``.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.extract.article import build_article  # noqa: E402
from archive.model import BadRecord  # noqa: E402
from archive.readers import ocr  # noqa: E402
from archive.readers.pdf import read_pdf  # noqa: E402

HERE = ROOT / "bench" / "documents_pdf"
FIELDS = ("title", "author", "published", "outlet")
KINDS = (  # (row name, file suffix, language)
    ("text PDF, English", "", "en"),
    ("text PDF, Arabic", "", "ar"),
    ("scan 200 dpi, English", "-scan", "en"),
    ("scan 200 dpi, Arabic", "-scan", "ar"),
    ("noisy scan, English", "-noisy", "en"),
    ("noisy scan, Arabic", "-noisy", "ar"),
)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "ـ": None})


def truth() -> list:
    with open(HERE / "articles.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def words(text: str) -> list:
    return re.findall(r"\w+", (text or "").translate(_QUOTES).casefold())


def word_accuracy(expected: str, found: str) -> float:
    a, b = words(expected), words(found)
    if not a:
        return 1.0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(a)


def _same(field: str, expected, found) -> bool:
    if field == "outlet" and found:  # an Arabic article stores its outlet's Arabic name: the truth names it canonically
        from archive.extract.outlet_names import latin_name

        found = latin_name(found)
    if field == "outlet" or field == "published":
        return (expected or None) == (found or None)
    return words(expected) == words(found)


def _pages(path: Path) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def measure(kind: tuple, articles: list, repeat: int = 1) -> dict:
    name, suffix, language = kind
    chosen = [(a, HERE / f"{a['file']}{suffix}.pdf") for a in articles if a["language"] == language]
    chosen = [(a, path) for a, path in chosen if path.exists()]
    row = {"input": name, "files": len(chosen), "pages": sum(_pages(p) for _, p in chosen)}
    if not chosen:
        return row
    found = expected = 0
    right = {field: 0 for field in FIELDS}
    accuracy = []
    best = None
    # Text PDFs: this process's CPU time (one core). Scans: wall time, as tesseract runs in a child.
    clock = time.perf_counter if suffix else time.process_time
    for run in range(repeat if not suffix else 1):
        started = clock()
        results = [(a, list(read_pdf(path))) for a, path in chosen]
        elapsed = clock() - started
        best = elapsed if best is None else min(best, elapsed)
    for article, records in results:
        expected += 1
        good = [r for r in records if not isinstance(r, BadRecord)]
        found += len(good)
        if len(good) != 1:
            continue
        stored = build_article(good[0])
        for field in FIELDS:
            right[field] += _same(field, article[field], getattr(stored, field))
        whole = "\n".join([article["title"], article["author"], article["body"]])
        accuracy.append(word_accuracy(whole, "\n".join([stored.title, stored.author or "", stored.body])))
    row.update(
        articles=f"{found}/{expected}",
        boundaries=found == expected,
        **{field: round(right[field] / expected, 3) for field in FIELDS},
        words=round(sum(accuracy) / len(accuracy), 3) if accuracy else 0.0,
        words_min=round(min(accuracy), 3) if accuracy else 0.0,
        pages_per_second=round(row["pages"] / best, 1) if best else None,
    )
    return row


EXPORTS = ("nexis-uni.txt", "nexis-classic.txt", "factiva-codes.txt")  # printed to PDF by documents_pdf_gen.py


def measure_exports(repeat: int = 1) -> dict:
    """News-database exports printed to PDF, against part A's truth (bench/documents/truth.json)."""
    truth_file = ROOT / "bench" / "documents" / "truth.json"
    row = {"input": "export PDF (Nexis, Factiva)"}
    if not truth_file.exists():
        row["skipped"] = "bench/documents/truth.json is missing"
        return row
    expected_all = json.loads(truth_file.read_text(encoding="utf-8"))
    chosen = [(expected_all[name]["articles"], HERE / (Path(name).stem + ".pdf")) for name in EXPORTS
              if name in expected_all and (HERE / (Path(name).stem + ".pdf")).exists()]
    row.update(files=len(chosen), pages=sum(_pages(p) for _, p in chosen))
    best = None
    for run in range(repeat):
        started = time.process_time()
        results = [(expected, [r for r in read_pdf(path)]) for expected, path in chosen]
        elapsed = time.process_time() - started
        best = elapsed if best is None else min(best, elapsed)
    found = expected_count = 0
    right = {field: 0 for field in FIELDS}
    accuracy = []
    boundaries = True
    for expected, records in results:
        good = [r for r in records if not isinstance(r, BadRecord)]
        expected_count += len(expected)
        found += len(good)
        boundaries = boundaries and len(good) == len(expected)
        for truth_article, record in zip(expected, good):
            stored = build_article(record)
            for field in FIELDS:
                right[field] += _same(field, truth_article.get(field), getattr(stored, field))
            accuracy.append(word_accuracy(truth_article["body"], stored.body))
    row.update(
        articles=f"{found}/{expected_count}",
        boundaries=boundaries,
        **{field: round(right[field] / expected_count, 3) if expected_count else 0.0 for field in FIELDS},
        words=round(sum(accuracy) / len(accuracy), 3) if accuracy else 0.0,
        words_min=round(min(accuracy), 3) if accuracy else 0.0,
        pages_per_second=round(row["pages"] / best, 1) if best else None,
    )
    return row


def measure_clippings(repeat: int = 1) -> dict:
    """The clippings file (five articles' PDFs one after another): one article from each."""
    sys.path.insert(0, str(ROOT / "bench"))
    from documents_pdf_gen import CLIPPINGS

    by_file = {a["file"]: a for a in truth()}
    expected = [by_file[name] for name in CLIPPINGS]
    path = HERE / "clippings.pdf"
    row = {"input": "clippings PDF", "files": 1, "pages": _pages(path)}
    best = None
    for run in range(repeat):
        started = time.process_time()
        records = list(read_pdf(path))
        elapsed = time.process_time() - started
        best = elapsed if best is None else min(best, elapsed)
    good = [r for r in records if not isinstance(r, BadRecord)]
    right = {field: 0 for field in FIELDS}
    accuracy = []
    for article, record in zip(expected, good):
        stored = build_article(record)
        for field in FIELDS:
            right[field] += _same(field, article[field], getattr(stored, field))
        whole = "\n".join([article["title"], article["author"], article["body"]])
        accuracy.append(word_accuracy(whole, "\n".join([stored.title, stored.author or "", stored.body])))
    row.update(
        articles=f"{len(good)}/{len(expected)}", boundaries=len(good) == len(expected),
        **{field: round(right[field] / len(expected), 3) for field in FIELDS},
        words=round(sum(accuracy) / len(accuracy), 3) if accuracy else 0.0,
        words_min=round(min(accuracy), 3) if accuracy else 0.0,
        pages_per_second=round(row["pages"] / best, 1) if best else None,
    )
    return row


def report(repeat: int = 3) -> list:
    """One row per kind of input; scans are left out (with a reason) where tesseract is missing."""
    articles = truth()
    rows = []
    for kind in KINDS:
        if kind[1] and not ocr.available():
            rows.append({"input": kind[0], "skipped": "tesseract is not installed (" + ocr.MISSING + ")"})
            continue
        rows.append(measure(kind, articles, repeat))
    rows.append(measure_clippings(repeat))
    rows.append(measure_exports(repeat))
    return rows


def _library_texts():
    """Raw text of a PDF by each candidate library (those installed), as the library gives it."""

    def pdfminer_text(path):
        from pdfminer.high_level import extract_text

        return extract_text(str(path))

    def pypdf_text(path):
        from pypdf import PdfReader

        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)

    def pdfplumber_text(path):
        import pdfplumber

        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)

    def pypdfium2_text(path):
        import pypdfium2

        document = pypdfium2.PdfDocument(str(path))
        try:
            return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
        finally:
            document.close()

    import importlib.util

    candidates = {"pdfminer.six": ("pdfminer", pdfminer_text), "pypdf": ("pypdf", pypdf_text),
                  "pdfplumber": ("pdfplumber", pdfplumber_text), "pypdfium2": ("pypdfium2", pypdfium2_text)}
    return {name: fn for name, (module, fn) in candidates.items() if importlib.util.find_spec(module)}


def compare_libraries(repeat: int = 3) -> list:
    """Each library's raw text of the text PDFs: word accuracy (title and body, in order) in
    English and Arabic, and pages per second (CPU time, best of ``repeat``)."""
    articles = truth()
    files = [(a, HERE / f"{a['file']}.pdf") for a in articles]
    pages = sum(_pages(p) for _, p in files)
    rows = []
    for name, extract in _library_texts().items():
        best = None
        for run in range(repeat):
            started = time.process_time()
            texts = [extract(path) for _, path in files]
            elapsed = time.process_time() - started
            best = elapsed if best is None else min(best, elapsed)
        accuracy = {"en": [], "ar": []}
        for (article, _), text in zip(files, texts):
            accuracy[article["language"]].append(word_accuracy(article["title"] + "\n" + article["body"], text))
        rows.append({"library": name, "words_en": round(sum(accuracy["en"]) / len(accuracy["en"]), 3),
                     "words_ar": round(sum(accuracy["ar"]) / len(accuracy["ar"]), 3),
                     "pages_per_second": round(pages / best, 1)})
    return rows


def _table(rows: list) -> str:
    columns = ("input", "files", "pages", "articles", "title", "author", "published", "outlet", "words",
               "words_min", "pages_per_second")
    lines = ["  ".join(f"{c:>12}" if c != "input" else f"{c:<22}" for c in columns)]
    for row in rows:
        if "skipped" in row:
            lines.append(f"{row['input']:<22}  skipped: {row['skipped']}")
            continue
        lines.append("  ".join(f"{str(row.get(c, '')):>12}" if c != "input" else f"{row[c]:<22}" for c in columns))
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--libraries", action="store_true", help="compare the PDF libraries' raw text instead")
    args = parser.parse_args(argv)
    if args.libraries:
        for row in compare_libraries(args.repeat):
            print(f"{row['library']:<14} words en {row['words_en']:.3f}  ar {row['words_ar']:.3f}  "
                  f"{row['pages_per_second']:6.1f} pages/s")
        return 0
    rows = report(args.repeat)
    print(json.dumps(rows, ensure_ascii=False, indent=1) if args.json else _table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
