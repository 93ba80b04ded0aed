"""News-database exports, Word, RTF and e-mail against their truth (issue 18).

    .venv/bin/python bench/documents.py            # the tables below, per format and per layout
    .venv/bin/python bench/documents.py --json     # the same figures as JSON (tests pin them)

Reads every file of bench/documents/ (written by bench/documents_gen.py, truth in truth.json)
through the import's own readers and article builder (no database), and prints per format and
per layout:
  - boundaries: articles found against the truth, and how many of them are the truth's article at
    that place (same title and text): "found/true" and the share right;
  - each field's accuracy over the truth's articles (title, outlet, date, section, length, byline,
    language, load date, copyright, id where the truth has one, body): a field the truth leaves
    empty must be found empty too;
  - articles per second and KB per second (reading, splitting and building, one process).
Then the PDF and OCR rows of bench/documents_pdf.py (issue 18 part B), where that file exists.
Goals: boundaries 100%, every field >= 0.97.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))

from archive.extract.article import ArticleError, build_article  # noqa: E402
from archive.extract.outlet_names import latin_name  # noqa: E402
from archive.model import BadRecord, RawRecord, collapse_whitespace  # noqa: E402
from archive.pipeline import read_source  # noqa: E402
from archive.readers.records import ReaderOptions  # noqa: E402

DOCUMENTS = ROOT / "documents"
FIELDS = ("title", "outlet", "published", "section", "length", "author", "language", "load_date",
          "copyright", "id", "url", "body")
GOAL_FIELDS = 0.97


def _same(field, found, true):
    if field == "outlet" and isinstance(found, str):  # an Arabic article stores its outlet's Arabic name
        found = latin_name(found)  # the truth names the outlet by its canonical name
    if field == "body":
        return collapse_whitespace(found or "") == collapse_whitespace(true or "")
    if field == "id":
        return (found or None) == (true or None)
    if isinstance(true, str) and isinstance(found, str):
        return collapse_whitespace(found) == collapse_whitespace(true)
    return found == true


def read_file(path: Path) -> tuple:
    """``(articles as dicts, failures)`` for one file, through the import's readers."""
    found, failures = [], []
    for item in read_source(path, True, ReaderOptions()):
        if isinstance(item, BadRecord):
            failures.append(f"{item.where}: {item.reason}")
            continue
        if not isinstance(item, RawRecord):
            continue
        raw_id = item.id
        try:
            article = build_article(item)
        except ArticleError as error:
            failures.append(f"{item.where}: {error}")
            continue
        row = {field: getattr(article, field, None) for field in FIELDS if field != "id"}
        row["id"] = raw_id
        found.append(row)
    return found, failures


def score(documents: Path = DOCUMENTS) -> dict:
    truth = json.loads((documents / "truth.json").read_text(encoding="utf-8"))
    warmed = set()
    for name in sorted(truth):  # one file of each kind read untimed: imports and caches load once
        if Path(name).suffix not in warmed:
            warmed.add(Path(name).suffix)
            read_file(documents / name)
    groups: dict = {}
    details = []
    for name, spec in sorted(truth.items()):
        path = documents / name
        start = time.perf_counter()
        found, failures = read_file(path)
        seconds = time.perf_counter() - start
        fmt = path.suffix.lstrip(".")
        true_rows = spec["articles"]
        right = sum(1 for a, b in zip(found, true_rows)
                    if _same("title", a["title"], b["title"]) and _same("body", a["body"], b["body"]))
        for key in (f"format {fmt}", f"layout {spec['layout']}", "all"):
            group = groups.setdefault(key, {"files": 0, "found": 0, "true": 0, "right": 0, "seconds": 0.0,
                                            "bytes": 0, "fields": {f: [0, 0] for f in FIELDS}})
            group["files"] += 1
            group["found"] += len(found)
            group["true"] += len(true_rows)
            group["right"] += right
            group["seconds"] += seconds
            group["bytes"] += path.stat().st_size
            for a, b in zip(found, true_rows):
                for field in FIELDS:
                    if field not in b:
                        continue
                    group["fields"][field][1] += 1
                    group["fields"][field][0] += _same(field, a.get(field), b[field])
            for b in true_rows[len(found):]:  # articles not found count as wrong in every field
                for field in FIELDS:
                    if field in b:
                        group["fields"][field][1] += 1
        wrong = [(i + 1, field, a.get(field), b[field]) for i, (a, b) in enumerate(zip(found, true_rows))
                 for field in FIELDS if field in b and not _same(field, a.get(field), b[field])]
        details.append({"file": name, "found": len(found), "true": len(true_rows), "right": right,
                        "failures": failures, "wrong": wrong})
    rows = {}
    for key, group in groups.items():
        rows[key] = {
            "files": group["files"],
            "found": group["found"],
            "true": group["true"],
            "boundaries": round(group["right"] / group["true"], 4) if group["true"] else None,
            "fields": {f: round(ok / n, 4) for f, (ok, n) in group["fields"].items() if n},
            "articles_per_s": round(group["found"] / group["seconds"], 1) if group["seconds"] else None,
            "kb_per_s": round(group["bytes"] / 1024 / group["seconds"], 1) if group["seconds"] else None,
        }
    return {"groups": rows, "details": details}


def pdf_rows():
    """The rows of bench/documents_pdf.py's report(), where part B has written it."""
    path = ROOT / "documents_pdf.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("documents_pdf", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.report() if hasattr(module, "report") else None


def _print(result: dict) -> None:
    short = {"published": "date", "load_date": "load", "copyright": "(c)", "language": "lang",
             "section": "sect", "length": "len", "author": "byline"}
    head = ["group", "files", "found/true", "bounds"] + [short.get(f, f) for f in FIELDS] + ["art/s", "KB/s"]
    lines = [head]
    for key in sorted(result["groups"], key=lambda k: (k == "all", k)):
        row = result["groups"][key]
        fields = [f"{row['fields'][f]:.2f}" if f in row["fields"] else "-" for f in FIELDS]
        lines.append([key, str(row["files"]), f"{row['found']}/{row['true']}", f"{row['boundaries']:.0%}"]
                     + fields + [f"{row['articles_per_s']:.0f}", f"{row['kb_per_s']:.0f}"])
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    for line in lines:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths)))
    problems = [d for d in result["details"] if d["failures"] or d["wrong"] or d["found"] != d["true"]]
    if problems:
        print("\nWhat is wrong:")
        for d in problems:
            print(f"  {d['file']}: {d['found']}/{d['true']} found, {d['right']} right")
            for failure in d["failures"][:5]:
                print(f"    failed: {failure}")
            for number, field, found, true in d["wrong"][:8]:
                print(f"    #{number} {field}: {str(found)[:70]!r} (truth {str(true)[:70]!r})")
    all_row = result["groups"]["all"]
    low = {f: v for f, v in all_row["fields"].items() if v < GOAL_FIELDS}
    print(f"\nGoals: boundaries 100% ({all_row['boundaries']:.1%}: {'met' if all_row['boundaries'] == 1 else 'NOT met'}); "
          f"fields >= {GOAL_FIELDS} ({'met' if not low else 'NOT met: ' + ', '.join(f'{k} {v:.2f}' for k, v in low.items())})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--no-pdf", action="store_true", help="leave out bench/documents_pdf.py's rows")
    args = parser.parse_args()
    result = score()
    pdf = None if args.no_pdf else pdf_rows()
    if args.json:
        print(json.dumps({"groups": result["groups"], "pdf": pdf}, indent=1, default=str))
        return
    _print(result)
    if pdf:
        print("\nPDF and OCR (bench/documents_pdf.py):")
        if isinstance(pdf, list) and pdf and isinstance(pdf[0], dict):
            keys = list(dict.fromkeys(k for row in pdf for k in row))
            table = [keys] + [[str(row.get(k, "")) for k in keys] for row in pdf]
            widths = [max(len(line[i]) for line in table) for i in range(len(keys))]
            for line in table:
                print("  ".join(cell.ljust(width) for cell, width in zip(line, widths)))
        else:
            print(pdf)


if __name__ == "__main__":
    main()
