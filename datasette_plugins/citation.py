"""Citations of articles: the text shown on the article page, and RIS, BibTeX and CSL-JSON that
reference managers (Zotero, EndNote, JabRef, citeproc) read.

Each function takes a *citable*: a dict with ``id``, ``title``, ``outlet``, ``published``
(``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, or None), ``author``, ``url`` (the source's own, or None),
``permalink`` (the archive's page for it, absolute), ``archived`` (``YYYY-MM-DD``: when the
archive first took it in), ``language`` and ``archive`` (the archive's title).
"""

from __future__ import annotations

import html
import json
import re
import unicodedata

from markupsafe import Markup, escape

MONTHS = ("January February March April May June July August September October November December").split()
CONTENT_TYPES = {
    "ris": "application/x-research-info-systems; charset=utf-8",
    "bib": "application/x-bibtex; charset=utf-8",
    "csl.json": "application/vnd.citationstyles.csl+json; charset=utf-8",
}
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def date_parts(value) -> list:
    """``[2019, 3, 12]``, ``[2019, 3]``, ``[2019]`` or ``[]`` from a stored date."""
    match = _DATE.match(str(value or ""))
    if not match:
        return []
    return [int(part) for part in match.groups() if part]


def human_date(value) -> str | None:
    """``12 March 2019``, ``March 2019``, ``2019``; None when there is no date."""
    parts = date_parts(value)
    if not parts:
        return None
    if len(parts) == 1 or not 1 <= parts[1] <= 12:
        return str(parts[0])
    month = MONTHS[parts[1] - 1]
    return f"{parts[2]} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"


def authors(value) -> list:
    """The people of a byline, one each: split on ``;``, `` and `` and ``&`` (commas are kept:
    "Smith, John" is one person; "Dara Sleman, Mona Khalil" is split when every part has a space)."""
    text = re.sub(r"^\s*by\s+", "", str(value or ""), flags=re.I).strip()
    if not text:
        return []
    names = [n.strip() for n in re.split(r"\s*;\s*|\s+and\s+|\s*&\s*", text) if n.strip()]
    split = []
    for name in names:
        parts = [p.strip() for p in name.split(",") if p.strip()]
        split += parts if len(parts) > 1 and all(" " in p for p in parts) else [name]
    return split


def link(citable) -> str:
    """Where a reader finds the article: its own URL, else the archive's permalink."""
    return citable.get("url") or citable["permalink"]


def citation_html(citable) -> Markup:
    """``Author. “Title.” Outlet, 12 March 2019. URL. Archived 3 December 2026 in Archive: permalink.``"""
    parts = []
    people = authors(citable.get("author"))
    if people:
        parts.append(Markup("<span class=\"author\">{}</span>. ").format(", ".join(people)))
    parts.append(Markup("“<span class=\"title\">{}</span>.” ").format((citable.get("title") or "").rstrip(".")))
    if citable.get("outlet"):
        parts.append(Markup("<cite class=\"outlet\">{}</cite>, ").format(citable["outlet"]))
    parts.append(Markup("<span class=\"date\">{}</span>. ").format(human_date(citable.get("published")) or "undated"))
    url = link(citable)
    parts.append(Markup("<a class=\"url\" href=\"{}\">{}</a>. ").format(url, url) if url.startswith(("http://", "https://"))
                 else Markup("{}. ").format(url))
    archived = human_date(citable.get("archived"))
    archive_name = citable.get("archive") or "the archive"
    if archived:
        parts.append(Markup("Archived <span class=\"archived\">{}</span> in {}").format(archived, archive_name))
    else:
        parts.append(Markup("In {}").format(archive_name))
    if citable.get("url"):
        parts.append(Markup(": <a class=\"permalink\" href=\"{}\">{}</a>").format(citable["permalink"], citable["permalink"]))
    parts.append(Markup("."))
    return Markup("").join(parts)


def citation_text(citable) -> str:
    """The same citation as plain text."""
    return html.unescape(re.sub(r"<[^>]+>", "", str(citation_html(citable))))


# --- RIS -------------------------------------------------------------------------------------------

def _ris_value(value) -> str:
    return re.sub(r"\s+", " ", str(value)).strip()


def ris(citable) -> str:
    """One RIS record (``TY  - NEWS`` ... ``ER  - ``), lines ending in CRLF."""
    lines = [("TY", "NEWS"), ("TI", citable.get("title") or "")]
    lines += [("AU", person) for person in authors(citable.get("author"))]
    if citable.get("outlet"):
        lines.append(("T2", citable["outlet"]))  # Zotero: publication title
    parts = date_parts(citable.get("published"))
    if parts:
        lines.append(("PY", str(parts[0])))
        lines.append(("DA", "/".join([f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]]) + ("/" if len(parts) < 3 else "")))
    lines.append(("UR", link(citable)))
    archived = date_parts(citable.get("archived"))
    if archived:
        lines.append(("Y2", "/".join(f"{p:02d}" if i else f"{p:04d}" for i, p in enumerate(archived))))  # access date
    if citable.get("language"):
        lines.append(("LA", citable["language"]))
    lines.append(("DB", citable.get("archive") or "News archive"))
    lines.append(("AN", citable["id"]))
    lines.append(("N1", f"Archived copy: {citable['permalink']}"))
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {_ris_value(value)}\r\n" for tag, value in lines)


# --- BibTeX ----------------------------------------------------------------------------------------

_BIBTEX_SPECIALS = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&", "%": r"\%", "#": r"\#",
    "_": r"\_", "^": r"\textasciicircum{}", "~": r"\textasciitilde{}",
}
_BIBTEX_SPECIAL = re.compile("|".join(re.escape(c) for c in _BIBTEX_SPECIALS))


def bibtex_escape(value) -> str:
    """Text safe inside a BibTeX field's braces: ``\\ { } $ & % # _ ^ ~`` escaped."""
    text = re.sub(r"\s+", " ", str(value or "")).strip()
    return _BIBTEX_SPECIAL.sub(lambda m: _BIBTEX_SPECIALS[m.group(0)], text)


def bibtex_url(url: str) -> str:
    """A URL for a BibTeX ``url`` field (read verbatim): whitespace, braces and backslashes percent-encoded."""
    return "".join(f"%{ord(c):02X}" if c in "{}\\" or c.isspace() else c for c in url)


def _slug(value, words: int = 1) -> str:
    text = unicodedata.normalize("NFKD", str(value or "")).encode("ascii", "ignore").decode()
    found = [w.lower() for w in re.findall(r"[A-Za-z0-9]+", text) if len(w) > 2 or w.isdigit()]
    return "".join(found[:words])


def bibtex_key(citable) -> str:
    """``rudaw2019baghouz-1a2b3c``: outlet, year, first title word, and the id's start (unique)."""
    parts = date_parts(citable.get("published"))
    return (f"{_slug(citable.get('outlet')) or 'news'}{parts[0] if parts else 'nd'}"
            f"{_slug(citable.get('title'))}-{citable['id'][:6]}")


def bibtex(citable) -> str:
    """One ``@article`` entry (what Zotero writes for a newspaper article), fields escaped."""
    fields = [("title", bibtex_escape(citable.get("title")))]
    people = authors(citable.get("author"))
    if people:
        fields.append(("author", " and ".join("{" + bibtex_escape(p) + "}" for p in people)))  # braced: not parsed as First Last
    if citable.get("outlet"):
        fields.append(("journal", bibtex_escape(citable["outlet"])))
    parts = date_parts(citable.get("published"))
    if parts:
        fields.append(("year", str(parts[0])))
        if len(parts) > 1:
            fields.append(("month", ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                     "dec"][parts[1] - 1] if 1 <= parts[1] <= 12 else str(parts[1])))
        fields.append(("date", "-".join([f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]])))
    fields.append(("url", bibtex_url(link(citable))))
    if citable.get("archived"):
        fields.append(("urldate", str(citable["archived"])[:10]))
    if citable.get("language"):
        fields.append(("language", bibtex_escape(citable["language"])))
    fields.append(("note", bibtex_escape(f"Archived copy: {citable['permalink']}")))
    # The month as BibTeX's own macro (``month = sep``, unbraced), every other value braced.
    body = ",\n".join(f"  {name} = {value}" if name == "month" and value.isalpha() else f"  {name} = {{{value}}}"
                       for name, value in fields)
    return f"@article{{{bibtex_key(citable)},\n{body}\n}}\n"


# --- CSL-JSON --------------------------------------------------------------------------------------

def csl(citable) -> dict:
    """One CSL-JSON item, ``type: article-newspaper``."""
    item = {"id": citable["id"], "type": "article-newspaper", "title": citable.get("title") or ""}
    people = authors(citable.get("author"))
    if people:
        item["author"] = [{"literal": person} for person in people]
    if citable.get("outlet"):
        item["container-title"] = citable["outlet"]
    parts = date_parts(citable.get("published"))
    if parts:
        item["issued"] = {"date-parts": [parts]}
    item["URL"] = link(citable)
    archived = date_parts(citable.get("archived"))
    if archived:
        item["accessed"] = {"date-parts": [archived]}
    if citable.get("language"):
        item["language"] = citable["language"]
    item["archive"] = citable.get("archive") or "News archive"
    item["archive_location"] = citable["permalink"]
    return item


def csl_json(citable) -> str:
    return json.dumps([csl(citable)], ensure_ascii=False, indent=2) + "\n"


FORMATS = {"ris": ris, "bib": bibtex, "csl.json": csl_json}
