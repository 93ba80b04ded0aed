"""Signs of an article's outlet in its text: a dateline naming the agency at the very start of the
body, a footer line naming the publisher (:mod:`archive.extract.outlet_footers`), an outlet's house
dateline; :func:`outlet_signs` lists them with a page's metadata and its URL, most trusted first
(the order is :mod:`archive.extract.outlets`'s).

A source quoted in the story never counts: only the first words of the first paragraph are read
for a dateline, and only furniture-like lines at the end for a footer.
"""

from __future__ import annotations

import re
from typing import Optional

from archive.extract.outlet_names import (
    OutletTable,
    canonical_outlet,
    has_arabic,
    known_outlet,
    lookup_name,
    name_key,
    outlet_from_url,
    outlet_from_url_line,
    outlet_table,
    tidy_outlet,
)
from archive.extract.outlet_addresses import address_outlet
from archive.extract.outlet_footers import (  # noqa: F401 (the names callers import from here)
    COPYRIGHT_LINE,
    FOOTER,
    FOOTER_LINES,
    PHOTO_CREDIT,
    SOURCE_LINE,
    copyright_holder,
    footer_outlet,
    outlet_from_footer,
    without_credits,
)
from archive.extract.masthead_lines import (  # noqa: F401 (the names callers import from here)
    domain_masthead,
    holds_in_a_row,
    masthead_outlet,
)
from archive.model import collapse_whitespace


# Where an article's outlet came from (``articles.outlet_source``), besides the model's
# "text" (an outlet line or field), "command-line" and "unknown".
FROM_DATELINE = "dateline"
FROM_FOOTER = "footer"
FROM_METADATA = "metadata"
FROM_URL = "url"
FROM_HOUSE_STYLE = "house-style"  # between the signs and the choice only: stored as "dateline"
FROM_CONTACT = "contact"  # between the signs and the choice only: a contact address, stored as "footer"


# The dateline: "BEIRUT (Reuters) -", "Hasakah, Syria, Jan 21 (AFP) --", "الحسكة (أ ف ب) -".
_DASH = r"(?:-{1,3}|–|—|―|\.\s?-|:|/)"
PAREN_DATELINE = re.compile(
    r"^(?P<pre>[^()\n]{0,90}?(?:\([^()\n]{1,30}\)[^()\n]{0,40}?)?)\s*\((?P<tag>[^()\n]{1,40})\)\s*" + _DASH
)
# A dateline alone on its line, its place dated: "Skopje, 8 October 2020 (MIA)", "Beirut, Jan. 3 (AFP)".
DATED_DATELINE = re.compile(r"^(?P<pre>[^()\n]{3,90}?)\s*\((?P<tag>[^()\n]{1,40})\)\s*[.:]?$")
# A dated dateline whose story runs on after the tag with no dash, as South Asian wires write it:
# "New Delhi, May 5 (PTI) The ...". Only an agency's known dateline tag counts there.
RUN_ON_DATELINE = re.compile(r"^(?P<pre>[^()\n]{3,90}?)\s*\((?P<tag>[^()\n]{1,40})\)\s+(?=[A-Z\"“‘'])")
_DATE_WORD = re.compile(r"\d")  # its day or year ("Jane Doe (AFP)" is a picture's credit)
# "القامشلي - نورث برس", "دمشق-سانا", "إسطنبول/ الأناضول", "Baghdad - INA -", "QAMISHLI, North Press –".
_PLACE_SEPARATOR = re.compile(r"\s*(?:-{1,3}|–|—|―|/|,|،)\s*")
_SEPARATOR_AFTER_TAG = re.compile(r"^\s*(?:$|-{1,3}|–|—|―|/|:|\||،|,|\.(?:\s|$))")
_DASH_AFTER_TAG = re.compile(r"^\s*(?:$|-{1,3}|–|—|―|:)")
# Words a dateline's place may hold in lower case ("al-Hasakah", "Deir ez-Zor", "Jan. 3").
_PLACE_SMALL_WORDS = {"of", "de", "al", "el", "ad", "as", "ar", "az", "ash", "at", "an", "ez", "es", "and"}
# A place, a comma, then a date of a day and a month in words: "Tokyo, Oct. 3", "Rome, 17 Apr".
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATED_PLACE = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},\s+(?:" + _MONTH + r"\s+\d{1,2}|\d{1,2}\s+" + _MONTH
                          + r")(?:,?\s+(?:19|20)\d\d)?$")
# A wire's dateline of a date alone, no place ("Oct 15 (Lakeside Wire) -": a factbox, a wrap-up).
_DATE_ONLY = re.compile(r"(?:" + _MONTH + r"\s+\d{1,2}|\d{1,2}\s+" + _MONTH + r")(?:,?\s+(?:19|20)\d\d)?$")
# A credit naming a picture, a reporter's role or a desk, not an agency: "(Our Correspondent)", "(Web Desk)"
_NOT_AGENCY = re.compile(r"\b(?:photo|photos|video|file|updated?|live|watch|pictured|image|graphic|our|staff|"
                         r"correspondents?|reporters?|report|desk|bureau|stringers?|writers?|monitoring)\b|\d", re.I)



# -- datelines --------------------------------------------------------------------------------


# A place in capitals closed by a full stop before its date, as some wires write it: "MOSCOW. March 23".
_PLACE_STOP = re.compile(r"^([A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]{1,})*)\.\s+(?=" + _MONTH + r"\s+\d{1,2}\b|\d{1,2}\s+" + _MONTH + ")")


def _is_place(pre: str) -> bool:
    """Whether the words before a dateline's tag could be its place and date ("QAMISHLI, Syria, Jan. 21",
    "MOSCOW. March 23")."""
    pre = _PLACE_STOP.sub(r"\1, ", pre.strip(" ,")).strip(" ,")
    if not pre:
        return True
    if len(pre) > 90 or re.search(r"[.!?]\s+\S{4,}|[\"“”]", pre):
        return False
    words = re.findall(r"[^\s,/]+", pre)
    if len(words) > 10:
        return False
    latin = re.search(r"[A-Za-z]", pre)
    if not latin:
        return len(words) <= 8
    for word in words:
        bare = word.strip(".()'’")
        if not bare or bare[0].isupper() or bare[0].isdigit() or not bare[0].isalpha():
            continue
        if bare.lower() in _PLACE_SMALL_WORDS or "-" in bare:
            continue
        return False
    if known_outlet(pre):
        return False  # "Syrian Observatory for Human Rights (SOHR) -" names a source, not a place
    return True


def _unknown_agency(pre: str, tag: str, dashed: bool = False) -> Optional[str]:
    """An agency not in the data, in a dateline that could be nothing else: its place in capitals
    ("GAZIANTEP (Levant Wire) —"), or its place then its date ("Tokyo, Oct. 3 (Jiji Press)--",
    "Rome, 17 Apr (Agenzia Nova) –": a name and a day before a credit is a dated dateline, when a
    dash after the credit opens the story, ``dashed``)."""
    first = re.match(r"[A-Z][A-Z'’-]{2,}(?=[\s,/]|$)", pre.strip()) \
        or dashed and (_DATED_PLACE.match(pre.strip()) or _DATE_ONLY.match(pre.strip()))
    words = tag.split()
    if not first or not (1 <= len(words) <= 4) or _NOT_AGENCY.search(tag):
        return None
    if not all(w[:1].isupper() for w in words):
        return None
    return tidy_outlet(tag) or None


def _speaker_label(head: str, match) -> bool:
    """Whether a dateline's unknown tag is a transcript's speaker label: "NAME (ROLE): words", a
    colon after the bracket and the tag a word of the language ("HALIMA (MOTHER):", "J. ROE
    (LAWYER):"), no agency's name (round 30)."""
    from archive.extract.data import english_words

    after = head[match.end("tag"):].lstrip()
    if not after.startswith(")") or not after[1:].lstrip().startswith(":"):
        return False
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", match.group("tag"))]
    return bool(words) and all(w in english_words() for w in words)


def outlet_from_dateline(first_paragraph: Optional[str]) -> Optional[str]:
    """The outlet a dateline names at the start of the body, else None.

    "BEIRUT (Reuters) -", "QAMISHLI, Syria (AP) —", "HASAKAH, Syria, Jan 21 (Reuters) -",
    "(AFP) -", "الحسكة (أ ف ب) -", "القامشلي - نورث برس", "دمشق-سانا", "Shafaq News/ ...",
    "Enab Baladi – Idlib". Only the first ~100 characters are read: a source quoted later in the
    story ("told AFP", "according to Reuters") never counts."""
    if not first_paragraph:
        return None
    head = collapse_whitespace(first_paragraph[:200].replace("\u00a0", " ")).lstrip("•*·\"“ ")
    table = outlet_table()

    match = PAREN_DATELINE.match(head)
    if not match and len(first_paragraph) <= len(head) + 1:  # a dateline alone on its line, dated
        alone = DATED_DATELINE.match(head)
        match = alone if alone and _DATE_WORD.search(alone.group("pre")) else None
    if not match:
        found = _run_on_agency(RUN_ON_DATELINE.match(head), table)
        if found:
            return found
    if match and match.start("tag") <= 110 and _is_place(match.group("pre")) and not _credit_before(match.group("pre")):
        tag = match.group("tag").strip()
        key = name_key(tag)
        found = table.tags.get(key) or lookup_name(table.names, tag)
        if found:
            return found
        unknown = _unknown_agency(match.group("pre"), tag, dashed=match.re is PAREN_DATELINE) \
            if match.group("pre").strip() and not _speaker_label(head, match) else None
        if unknown:
            return unknown

    # The tag first: "Shafaq News/ The ...", "Enab Baladi – Idlib", "AFP - ".
    found = _tag_at(head, table, need_separator=True)
    if found:
        return found

    # The place, a dash or comma, the tag: "القامشلي - نورث برس", "Baghdad - INA -",
    # "QAMISHLI, North Press – ", "HASAKAH, Syria, North Press – ".
    for separator in _PLACE_SEPARATOR.finditer(head[:80]):
        pre, rest = head[: separator.start()], head[separator.end():]
        if not pre.strip() or not _is_place(pre) or known_outlet(pre):
            continue
        comma = separator.group(0).strip() in (",", "،")
        found = _tag_at(rest, table, need_separator=comma or not has_arabic(rest[:30]), dash_only=comma)
        if found:
            return found
    return None



RUN_ON_PLACE_WORDS = 3  # "Lakeside", "New Lakeside", "Lake City Heights": a place's name, no longer


def _run_on_agency(run_on: Optional[re.Match], table: OutletTable) -> Optional[str]:
    """The agency a dateline names whose story runs on after its tag with no dash ("New Delhi, May 5
    (PTI) The ...", "LAKESIDE (Agency) The ...", "Lakeside (TAG) Text"): a tag the data knows after a
    place (dated, in capitals, or a name of a few capitalised words that is no byline: "By Jane Doe",
    a person's name); an agency the data does not know only after a place in capitals. Else None."""
    if not run_on or not _is_place(run_on.group("pre")) or _credit_before(run_on.group("pre")):
        return None
    pre, tag = run_on.group("pre").strip(" ,"), run_on.group("tag").strip()
    known = table.tags.get(name_key(tag))
    capitals = re.match(r"[A-Z][A-Z'’-]{2,}(?=[\s,/]|$)", pre)
    if known and (_DATED_PLACE.match(pre) or capitals):
        return known
    if known and 0 < len(pre.split()) <= RUN_ON_PLACE_WORDS and not re.match(r"by\b", pre, re.I) \
            and not re.search(r"\d", pre) and not _persons_name(pre):
        return known
    return _unknown_agency(pre, tag) if capitals else None


# A picture's credit before an agency's tag: "Photo: Jane Doe (AGENCY)", "File photo (AGENCY)".
_CREDIT_WORDS = re.compile(r"\b(?:photos?|pictures?|images?|credits?|foto|file|video|graphic)\b|صورة|تصوير|أرشيفية", re.I)


def _credit_before(pre: str) -> bool:
    """Whether the words before a tag are a picture's credit or a person's name, not a place: the
    tag after them credits a picture or a writer ("Photo: Jane Doe (AGENCY) -", "Jane Doe (AGENCY) -")."""
    pre = pre.strip(" ,")
    return bool(_CREDIT_WORDS.search(pre)) or bool(pre) and _persons_name(pre)


def _persons_name(text: str) -> bool:
    from archive.extract.outlet_refusals import a_persons_name

    return a_persons_name(text)


def dated_dateline_outlet(line: str) -> Optional[str]:
    """The outlet a dated dateline alone on its line names ("Beirut, 8 October 2020 (AFP)"), as a
    page sets it under the headline, else None."""
    line = collapse_whitespace(line or "")
    match = DATED_DATELINE.match(line)
    return outlet_from_dateline(line) if match and _DATE_WORD.search(match.group("pre")) else None


_TAG_END = re.compile(r"\s*(?:-{1,3}|–|—|―|/|:|\||،|,|\.(?:\s|$))|\s+|$")


def _abbreviation(candidate: str, separator: str) -> bool:
    """Whether a tag's candidate is a short word abbreviated, not an agency's initials: one word of
    five letters at most, not in capitals, its full stop after it ("Anf. 12", a speech's number in
    a parliament's record; "Art. 3"). An agency's initials are written in capitals ("ANF -")."""
    return separator.strip() == "." and len(candidate) <= 5 and " " not in candidate and not candidate.isupper()


def _tag_at(text: str, table: OutletTable, need_separator: bool, dash_only: bool = False) -> Optional[str]:
    """The dateline tag ``text`` starts with (longest first), followed by a separator if asked
    ("SANA-The", "North Press – ", "شفق نيوز/ "); an Arabic tag may run on into the text."""
    ends = [m for m in _TAG_END.finditer(text[:60]) if m.start() > 0]
    for match in reversed(ends):
        candidate = text[: match.start()].strip()
        if not candidate or len(candidate.split()) > 4 or _abbreviation(candidate, match.group(0)):
            continue
        found = table.tags.get(name_key(candidate))
        if not found:
            continue
        rest = text[match.start():]
        if not need_separator or (_DASH_AFTER_TAG if dash_only else _SEPARATOR_AFTER_TAG).match(rest):
            return found
    return None


def outlet_from_house_style(first_paragraph: Optional[str]) -> Optional[str]:
    """An outlet's house dateline that names no outlet ("ERBIL, Kurdistan Region –" is Rudaw's)."""
    if not first_paragraph:
        return None
    head = collapse_whitespace(first_paragraph[:120])
    for pattern, name in outlet_table().styles:
        if pattern.match(head):
            return name
    return None


def outlet_signs(paragraphs: list, url: Optional[str] = None, metadata: Optional[str] = None) -> tuple:
    """``([(outlet, source), ...] most trusted first, footer line indexes)``: every sign of the
    outlet a body, its URL and its page's stated outlet give (see the module's docstring)."""
    first = paragraphs[0] if paragraphs else None
    dateline = outlet_from_dateline(first)
    if not dateline and len(paragraphs) > 1 and _leftover(first):
        first = paragraphs[1]  # a date or label line left above the text ("20 Nov 2022")
        dateline = outlet_from_dateline(first)
    footer_name, footer_lines = outlet_from_footer(paragraphs)
    found = [(dateline, FROM_DATELINE), (footer_name, FROM_FOOTER),
             (canonical_outlet(metadata) if metadata else None, FROM_METADATA), (outlet_from_url(url), FROM_URL)]
    found += [(outlet_from_url_line(paragraph), FROM_URL) for paragraph in paragraphs[:2]]
    found.append((outlet_from_house_style(first), FROM_HOUSE_STYLE))
    found.append((address_outlet(paragraphs), FROM_CONTACT))
    return [(name, source) for name, source in found if name], footer_lines


def _leftover(paragraph: Optional[str]) -> bool:
    """A short line above the text that is no sentence: a date, a label, a share bar."""
    return bool(paragraph) and len(paragraph) <= 80 and not re.search(r"[.!?؟]\s*$|[.!?؟]\s+\S", paragraph)
