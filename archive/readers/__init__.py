"""Readers: one module per input format. Each yields RawRecord or BadRecord and writes nothing."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterator, Optional

from archive.readers import records, text
from archive.readers import feed, warc
from archive.readers import html
from archive.readers import exports, mail, msg, word
from archive.readers import json_records, markdown_pages, mhtml
from archive.readers import pdf, xlsx

# File suffix -> reader(path, options) yielding RawRecord | BadRecord.
READERS: dict = {
    ".txt": exports.read_text_or_export,  # a Nexis or Factiva export is split; else one article
    ".text": exports.read_text_or_export,
    ".jsonl": records.read_jsonl,
    ".ndjson": records.read_jsonl,
    ".json": json_records.read_json,  # a list of records, at the top or under a key (a news API's answer)
    ".csv": records.read_csv,
    ".tsv": records.read_csv,
    ".xlsx": xlsx.read_xlsx,  # an Excel workbook's rows, read as a CSV file's (a monitoring service's export)
    ".warc": warc.read_warc,  # .warc.gz too (see reader_for)
    ".arc": warc.read_warc,
    ".rss": feed.read_feed,
    ".atom": feed.read_feed,
    ".rdf": feed.read_feed,
    ".xml": feed.read_feed,  # an .xml file that is not a feed is reported as such
    ".html": exports.read_html_or_export,  # a saved page, or a Nexis or Factiva export
    ".htm": exports.read_html_or_export,
    ".mhtml": mhtml.read_mhtml,  # a browser's single-file save: the page inside
    ".mht": mhtml.read_mhtml,
    ".md": markdown_pages.read_markdown,  # a web clipper's or note app's Markdown (front matter + page)
    ".markdown": markdown_pages.read_markdown,
    ".docx": word.read_docx,  # one report, or a Nexis export
    ".rtf": word.read_rtf,  # one report, or a Nexis or Factiva export
    ".pdf": pdf.read_pdf,  # one article or report (text layer, or OCR for scans), or a Nexis or Factiva export
    ".eml": mail.read_eml,
    ".mbox": mail.read_mbox,
    ".msg": msg.read_msg,  # Outlook mail items (extract-msg, an optional dependency)
}


def reader_for(path) -> Optional[Callable]:
    """The reader for a file or member, by its name's suffix (``.warc.gz`` counts as ``.warc``)."""
    name = path.name.lower()
    for compound in (".warc.gz", ".arc.gz"):
        if name.endswith(compound) and compound[:-3] in READERS:
            return READERS[compound[:-3]]
    return READERS.get(path.suffix.lower())


def walk(paths, with_origin: bool = False) -> Iterator:
    """Every file under the given files and folders, in a stable order; hidden files skipped.

    With ``with_origin``, yields ``(path, named)`` where ``named`` says the file was given by
    name rather than found in a folder.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield (Path(root) / name, False) if with_origin else Path(root) / name
        else:
            yield (path, True) if with_origin else path
