"""An outlet as a monitoring tool writes it in an export's Source column (issue #13, round 31).

A media-monitoring service or a clipping agency (Meltwater, Cision, LexisNexis, Factiva, a national
press-cutting service) does not write the outlet as the outlet prints itself: it writes its own
catalogue's entry, the same way for every outlet of the export. A reader of the export reads the
outlet through the tool's way of writing it:

- the medium the edition was read in, after a dash or in brackets: "Name - Web", "Name (Online)",
  "Name [Print]", "Name - dlf.de (Online)"; a cell holding the medium alone ("Web") names no outlet;
- the edition's country or language in brackets, two or three capitals that are not the name's own
  initials: "NAME (FR) - Web", "Name (EN-GB)";
- the leading article put after the name for sorting: "New European, The", "Monde, Le", "Express, L'";
- the site's address for its name: "sitename.com", "Sitename.com", where the record's text writes
  the name whose letters are the address's label in its own way ("... for SiteName.", "The Site
  Name") that name; a brand written as its address ("Civil.ge", "TheJournal.ie") the text writes
  alike stays as the cell writes it;
- the catalogue's capitals: "NAME" or "NAME OF PAPER" written in its own case by the record's text or
  title ("Name est un journal ...") takes that case (an acronym the text writes in capitals stays);
- the name in two scripts, slashed: "LATIN NAME / الاسم": the part in the record's own script (a
  site's own name in two scripts, "Name | الاسم", is its logo's, read as before: its Latin form).

The words of the first and the sorting articles are data (``archive/data/outlet_source_columns.txt``,
many languages). :func:`tool_source` is applied to a CSV or JSON Lines record's outlet field
(:func:`archive.extract.outlets.article_outlet`) and to the import's pass over its rows
(:mod:`archive.readers.import_names`), so that an address named by such a cell in one file names the
same outlet in another (a scraper's records of that site).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Optional

from archive.extract.data import folded_sections

_SEPARATOR = r"(?:\s+[-–—|:/]\s*|\s*[(\[])"
_SITE = re.compile(r"^(?:www\.)?(?P<label>[a-z0-9][a-z0-9-]{1,40})\.(?:[a-z]{2,6}|co\.[a-z]{2}|com\.[a-z]{2})$", re.I)
_CODE = re.compile(r"\s*\(\s*(?P<code>[A-Z]{2,3}(?:-[A-Z]{2})?)\s*\)")
_SCRIPT_PARTS = re.compile(r"\s+/\s+")
LABEL_CHARS = 4  # a shorter address label spells too many words
CAPS_MIN = 5  # letters of a word in capitals that a catalogue writes for a name (shorter: an acronym)


@functools.lru_cache(maxsize=None)
def _sections() -> dict:
    return folded_sections("outlet_source_columns.txt")


@functools.lru_cache(maxsize=None)
def _media_pattern():
    words = sorted(_sections().get("media", ()), key=len, reverse=True)
    alternatives = "|".join(re.escape(word) for word in words)
    return re.compile(_SEPARATOR + r"(?:" + alternatives + r")\s*[)\]]?\s*$", re.I)


def media_only(value: Optional[str]) -> bool:
    """Whether ``value`` is a medium's word alone ("Web", "Online", "Print"): no outlet's name."""
    return " ".join(str(value or "").split()).strip(" ()[]-–—").casefold() in _sections().get("media", ())


def _initials(name: str) -> str:
    return "".join(word[0] for word in re.findall(r"[^\W\d_]+", name) if word[0].isupper())


def _without_media(name: str) -> str:
    """The name without the medium and the edition's country the tool writes after it."""
    for _ in range(3):
        before = name
        name = _media_pattern().sub("", name).strip()
        code = _CODE.search(name)
        if code and code.group("code").replace("-", "") != _initials(name[:code.start()]) \
                and name[code.end():].strip(" -–—|") == "" and name[:code.start()].strip():
            name = name[:code.start()].strip()
        name = re.sub(r"\s+[-–—|]\s*(?:www\.)?[a-z0-9-]+\.[a-z]{2,6}$", "", name)  # "Name - site.de": the name
        if name == before:
            break
    return name.strip(" -–—|:")


def _unsorted(name: str) -> str:
    """"New European, The" -> "The New European"; "Express, L'" -> "L'Express"."""
    head, comma, article = name.rpartition(",")
    article = article.strip()
    if not comma or not head.strip() or article.casefold() not in _sections().get("articles", ()):
        return name
    joiner = "" if article.endswith(("'", "’")) else " "
    return f"{article}{joiner}{head.strip()}"


def script_of(text: str) -> Optional[str]:
    """The script most of ``text``'s letters are written in ("LATIN", "ARABIC", "CYRILLIC" ...)."""
    counts: dict = {}
    for ch in str(text or ""):
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            script = name.split(" ")[0] if name else ""
            if script:
                counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.get) if counts else None


def _own_script_part(name: str, text: str) -> str:
    """A name in two scripts, slashed ("LATIN NAME / الاسم"): the part in ``text``'s script, where
    the parts are in two scripts; else the name as it is."""
    parts = [part.strip() for part in _SCRIPT_PARTS.split(name) if part.strip()]
    if len(parts) != 2:
        return name
    scripts = [script_of(part) for part in parts]
    if None in scripts or scripts[0] == scripts[1]:
        return name
    own = script_of(text)
    for part, script in zip(parts, scripts):
        if script == own:
            return part
    return name


def _text_form(name: str, text: str) -> Optional[str]:
    """``name`` as ``text`` writes it in another case: a name in the catalogue's capitals the text
    writes in its own case; a site's address whose label's letters the text writes as a name."""
    site = _SITE.match(name)
    if site:
        label = site.group("label").replace("-", "").casefold()
        written = site.group("label")
        if len(label) < LABEL_CHARS:
            return None  # "al.com": a short label spells too many words ("AL")
        words = re.findall(r"[^\W_][\w'’-]*", text)
        for start, word in enumerate(words):
            if not label.startswith(word.casefold().replace("-", "")[:1]):
                continue
            for n in range(1, 5):
                run = " ".join(words[start:start + n])
                if re.sub(r"[\W_]", "", run).casefold() == label and run != run.lower():
                    if written != written.lower() and run.replace(" ", "").replace("-", "") == written.replace("-", ""):
                        return None  # "Civil.ge", "TheJournal.ie": the brand as the cell writes it, its address its name
                    if " " not in run and any(ch.isupper() for ch in written[1:]) and not written.isupper():
                        return None  # "LakeHerald.com" where the text writes "Lakeherald": the brand's own capitals (round 34)
                    return run
        return None
    letters = re.sub(r"[^\w]", "", name)
    if not (name.isupper() and any(len(word) >= CAPS_MIN for word in re.findall(r"[^\W\d_]+", name))) or not letters:
        return None
    written = re.compile(r"(?<!\w)" + r"\W+".join(re.escape(w) for w in name.split()) + r"(?!\w)", re.I)
    for match in written.finditer(text):
        form = match.group()
        if form != form.upper() and form[:1].isupper():
            return form
    return None


def tool_source(value: Optional[str], text: str = "", url: Optional[str] = None) -> Optional[str]:
    """The outlet a Source cell names, written as the outlet writes itself (module doc): "" where the
    cell names a medium alone, None where the tool's way changes nothing. ``text``: the record's
    title and body, where its script and its own spelling of the name are read; ``url``: the
    record's address, whose domain spells the name part of a name written with its slogan."""
    value = " ".join(str(value or "").split())
    if not value:
        return None
    if media_only(value):
        return ""
    name = _without_media(value)
    name = _slogan_cut(name, url) or name
    name = _unsorted(name)
    name = _own_script_part(name, text)
    name = _text_form(name, text) or name
    return name if name and name != value else None


_SLOGAN_SEPARATOR = re.compile(r"\s+[|–—·]\s+")
COUNTRY_CODE = 3  # letters a site's label may add after the name it spells ("newsbd": "News")


def _slogan_cut(name: str, url: Optional[str]) -> Optional[str]:
    """Of a site name written with its slogan or motto in one field ("Lakeside Post | The Voice of the
    Valley"), the part the record's own domain spells (round 32): its label is that part's letters, a
    country's code of two or three letters after them or not ("lakesidepostng.com"), and not the
    other part's. Else None."""
    from archive.extract.outlet_names import name_key
    from archive.extract.page_names import domain_labels

    parts = _SLOGAN_SEPARATOR.split(name)
    if len(parts) != 2 or not url:
        return None
    labels = domain_labels(url)

    def spelled(part: str) -> bool:
        key = name_key(part)
        keys = {key, key.removeprefix("the")}
        return any(len(k) >= 4 and label.startswith(k) and len(label) - len(k) <= COUNTRY_CODE
                   for k in keys for label in labels)

    found = [part for part in parts if spelled(part)]
    return found[0].strip() if len(found) == 1 else None
