"""Outlets: give each outlet one name, and find the outlet an article comes from.

The outlets, their aliases, web domains, dateline tags and copyright holders are data
(``archive/data/outlets.txt``; its header says the format). One outlet, one name: ``AFP``,
``Agence France-Presse``, ``(AFP)``, ``afp.com`` and ``أ ف ب`` all give ``Agence France-Presse``.

Where an article says which outlet it is from, most trusted first (:func:`article_outlet`, called
by ``archive.extract.article.build_article``, applies the order):

1. an outlet line or field (the reader's ``outlet``), or ``--outlet``; for a plain-text file, a
   known outlet the signs below name outweighs an outlet line the data does not know, and a wire
   named in a labelled credit line ("Agency report / AGENCY") yields to the page's own outlet that
   its masthead and copyright line agree on (:mod:`archive.extract.wire_credits`);
2. a dateline naming the agency at the very start of the body: "BEIRUT (Reuters) -",
   "QAMISHLI, Syria (North Press) –", "الحسكة (أ ف ب) -", "القامشلي - نورث برس", "Shafaq News/ ";
3. a footer line naming the publisher: "© 2024 Thomson Reuters", "Copyright 2023 The Associated
   Press. All rights reserved.", "جميع الحقوق محفوظة لـ عنب بلدي", "Source: Syria Direct", a URL,
   a contact line's e-mail address on a known outlet's domain
   (:mod:`archive.extract.outlet_footers`);
4. what a web page states about itself (``og:site_name``, JSON-LD publisher), else the name two of
   its own signs agree on (logo, ``<title>``, domain: :mod:`archive.extract.page_names`);
5. the domain of the article's URL (``https://www.reuters.com/...``);
6. an outlet's house dateline that names no outlet ("ERBIL, Kurdistan Region –" is Rudaw's); then
   a contact address near the end on a known outlet's domain ("Tips? Email desk@site.com");
7. ``--outlet``; last, for a plain-text page, the line a learned check is sure names its outlet
   (:mod:`archive.extract.outlet_lines`: the text reader's guess, marked as such), then the file's
   own name where a line or an address of the page agrees (:mod:`archive.extract.outlet_file_names`).

A name the data does not know is refused, whichever sign gave it, when it is page furniture by its
shape or the page's own author (:mod:`archive.extract.outlet_refusals`): none is stored rather than a
wrong one. Every name (the record's own, each sign's, the guess) then passes the guards of
:mod:`archive.extract.outlet_guards`, here, for every format, against the lines the record has; and
the page's own signs are heard (:mod:`archive.extract.outlet_agreement`: two that agree outrank one;
a credited source never beats them).

Among the signs, one naming a known outlet beats one that does not; an aggregator (ReliefWeb,
MSN) yields to the organisation its page credits.

The name stored is the outlet's canonical name, or, for an article whose body is in Arabic script,
its name in Arabic script when the data gives one (``arabic:``, as the outlet prints it: القاهرة 24
for Cairo 24): :func:`article_outlet_name`; ``archive import --outlet-names latin`` keeps the
canonical name for every article. Two exceptions to the one name (round 36, the read truths' way):
a record whose field names a known outlet in Latin letters ("Elaph" in an export's source column)
keeps a Latin name (``outlet_script_names.field_script_form``), and a web page in Arabic script
writing the outlet's ``arabic:`` name as its own, and no Latin one, stores that name though the
outlet also publishes in Latin letters (``outlet_page_forms.own_script_written``).

A source quoted in the story never counts: "the Syrian Observatory said", "told AFP",
"according to Reuters" name a source, not the publisher. Only the first words of the first
paragraph are read for a dateline, and only furniture-like lines at the end for a footer.

The data and the names are :mod:`archive.extract.outlet_names`, the signs (datelines, footers,
URLs) :mod:`archive.extract.outlet_signs`; this module chooses among them, and the names callers
use are importable from here. A text page's masthead (an outlet the data does not know) is read by
the text reader with :mod:`archive.extract.masthead_lines` (is this line a masthead) and
:mod:`archive.extract.masthead_outlets` (the menu beside it, the lines under the headline).
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.outlet_names import (  # noqa: F401 (the names callers import from here)
    DATA_FILE,
    Outlet,
    OutletTable,
    canonical_outlet,
    is_known,
    known_outlet,
    logo_outlet,
    in_arabic_script,
    name_key,
    the_less_outlet,
    outlet_from_url,
    outlet_from_url_line,
    outlet_table,
    parse_outlets,
    plausible_name,
    tidy_outlet,
)
from archive.extract.outlet_script_names import OUTLET_NAMES, field_script_form, latin_name, other_script_name, outlet_in_script, own_name  # noqa: F401
from archive.extract.outlet_lines import Guessed
from archive.extract.outlet_acronyms import collection_expanded, domain_acronym, expanded, logo_acronym
from archive.extract.masthead_stacks import continued, unstacked
from archive.extract.outlet_networks import network_title, part_of_title
from archive.extract.outlet_longer_forms import masthead_holder, self_form, titled_site, without_paper_word
from archive.extract.outlet_script_forms import own_script_form
from archive.extract.outlet_page_forms import holder_form, latin_kept
from archive.extract.credited_outlets import masthead_over_credit
from archive.extract.furniture_outlets import page_furniture_outlet
from archive.extract.outlet_agreement import contradicted, settled
from archive.extract.outlet_dated_datelines import dated_dateline_outlet
from archive.extract.outlet_parents import own_division
from archive.extract.outlet_units import unit_under_parent
from archive.extract.outlet_guards import guarded, page_lines
from archive.extract.outlet_forms import HEAD_NAME_LINES, own_form, word_initials
from archive.extract.data import small_words
from archive.extract.outlet_refusals import refused
from archive.extract.first_line_mastheads import repeated_own_word
from archive.extract.outlet_file_names import file_named
from archive.extract.outlet_rights import rights_outlet
from archive.extract.aggregator_sources import aggregated_source, kiosk_masthead, kiosk_written
from archive.extract.domain_names import credit_spelled
from archive.extract.wire_credits import masthead_over_wire, own_over_wire
from archive.extract.outlet_signs import (  # noqa: F401
    COPYRIGHT_LINE,
    FOOTER,
    FOOTER_LINES,
    FROM_CONTACT,
    FROM_DATELINE,
    FROM_FOOTER,
    FROM_HOUSE_STYLE,
    FROM_METADATA,
    FROM_URL,
    SOURCE_LINE,
    footer_outlet,
    outlet_from_dateline,
    outlet_from_footer,
    outlet_from_house_style,
    outlet_signs,
)


def find_outlet(paragraphs: list, url: Optional[str] = None, metadata: Optional[str] = None) -> tuple:
    """``(outlet, source, footer line indexes)`` for a body without an outlet line: the most
    trusted sign naming a known outlet, else the most trusted sign (an outlet not in the data,
    kept as written), else ``(None, None, ...)``.

    ``metadata`` is the outlet a web page states about itself (og:site_name, JSON-LD publisher)."""
    signs, footer_lines = outlet_signs(paragraphs, url, metadata)
    return (*_best_sign(signs), footer_lines)


def _best_sign(signs: list) -> tuple:
    """``(outlet, source)``: the most trusted sign naming a known outlet, else the most trusted
    sign, else ``(None, None)``; an outlet's house dateline counts as a dateline."""
    known = [(name, source) for name, source in signs if is_known(name)]
    if not (known or signs):
        return None, None
    name, source = (known or signs)[0]
    return name, {FROM_HOUSE_STYLE: FROM_DATELINE, FROM_CONTACT: FROM_FOOTER}.get(source, source)


METADATA_FORMATS = {"html", "warc", "rss", "atom", "rdf", "feed"}  # their outlet is what the page states


FIELD_FORMATS = {"csv", "tsv", "jsonl", "json", "ndjson", "xlsx"}  # an outlet column or field: the record says it
FIELD_NAME_WORDS = 16  # an organisation's full name in a field may be long ("Independent International ...")


def field_outlet(name: Optional[str]) -> Optional[str]:
    """The outlet a record's field names, which the data does not know: its name tidied, however
    long an organisation's full name is, unless it is no name (a number, a URL's path, a sentence)."""
    ends = (name or "").rstrip()[-1:]
    name = tidy_outlet(name or "")
    words = name.split()
    if not words or len(words) > FIELD_NAME_WORDS or len(name) > 10 * FIELD_NAME_WORDS \
            or ends in (".", "!", "?") or not re.search(r"[^\W\d_]", name):
        return None
    return name


def article_outlet(raw, paragraphs: list, default: Optional[str] = None, override: bool = False) -> tuple:
    """``(outlet, outlet_source, paragraphs)`` for a reader's record: the outlet by the order of
    trust above, and the body without the footer lines that named it ("© 2024 Rudaw").

    ``default``/``override`` are ``--outlet``/``--override``. The record's own outlet (an outlet
    line, a JSONL/CSV field) comes first, canonicalised; a web page's or feed's stated outlet
    (``raw.source_format`` html, warc or a feed) ranks below a dateline and a footer. A plain-text
    file's outlet line is the reader's reading of a header line: when the data does not know it
    and the body's dateline, footer or URL names a known outlet, the known outlet wins."""
    from archive.model import FROM_COMMAND_LINE, FROM_TEXT, UNKNOWN

    guess = raw.outlet if isinstance(raw.outlet, Guessed) else None  # the weakest sign: used last
    fmt = (raw.source_format or "").lower()
    written = raw.outlet
    if guess is None and fmt in FIELD_FORMATS:  # a monitoring tool's way of writing it ("NAME (FR) - Web")
        written = _tool_written(raw, paragraphs)
    given = canonical_outlet(written) if guess is None else None
    if given and another_outlets_acronym(written, given, raw.url):
        given = tidy_outlet(written)
    if given is None and fmt in FIELD_FORMATS:
        given = field_outlet(written)
    if given and fmt in FIELD_FORMATS and not is_known(given):  # "nuhev.com" credited "Nûhev" (round 36b)
        given = credit_spelled(given, getattr(raw, "author", None)) or given
    if given and not is_known(given):  # "Syria Archives - Site": a section's title beside the site (round 34)
        given = titled_site(given, raw.url) or given
    if given and not is_known(given):
        given = country_edition(given, raw.url) or given
    page = page_lines(raw, paragraphs)  # the lines the guards check every name against
    if given and not is_known(given) and fmt == "text":
        given = initialled_form(written, given, page.head)
    elif given and not is_known(given) and page.names:  # "lto report.html": the file named by the brand's initials
        given = initialled_form(written, given, [name.upper() for name in page.names])
    if fmt == "text" and page.whole and not is_known(given):  # a known outlet's logo by its domain's initials
        given = logo_acronym(page.lines, raw.url, given) or given
    if given and fmt == "text" and page.whole:  # a word of the logo's stacked motto: the name under it
        given = unstacked(given, written, page.lines, known_outlet)
        given = continued(given, written, page.lines, known_outlet)  # a logo's name over two lines
    author = getattr(raw, "author", None) if fmt not in FIELD_FORMATS else None  # a field's byline may be the desk's
    desk = fmt in METADATA_FORMATS and given and len(str(given).split()) == 1  # a page's stated name of one
    # word, its byline too ("Lakeherald."), is the desk's byline, no writer's name (round 34)
    if refused(given, None if desk else author):
        given = None  # page furniture ("Share Post") or the writer's own name: no outlet
    given = guarded(given, page.lines) if given else given
    if guess is not None and refused(guess, author):
        guess = None
    guess = guarded(guess, page.lines) if guess else guess
    from_page = fmt in METADATA_FORMATS
    signs, footer_lines = outlet_signs(paragraphs, raw.url, metadata=given if from_page else None)
    signs = [(name if src == FROM_URL else guarded(name, page.lines), src)  # a domain's name is the domain's
             for name, src in signs if not refused(name, None if desk and name == given else author)]
    signs = [(name, src) for name, src in signs if name]
    if given and not from_page:
        outlet, source = given, FROM_TEXT
        strong = [(name, src) for name, src in signs if is_known(name) and src not in (FROM_HOUSE_STYLE, FROM_CONTACT)]
        if fmt == "text" and not is_known(given) and strong:
            outlet, source = strong[0]
        own = own_over_wire(outlet, raw.outlet, page.lines[:HEAD_NAME_LINES], page.foot) \
            if fmt == "text" and source == FROM_TEXT else None
        if own:  # a wire's credit line on a page its masthead and copyright line say is another's
            outlet, source = own, FROM_FOOTER
    else:
        outlet, source = _best_sign(signs)
        if given and source == FROM_METADATA and outlet != given and outlet == canonical_outlet(given):
            outlet = given  # the page's stated name as read above (its initials kept a web word: "... Online")
    outlet, source = settled(outlet, source, page, raw.url, field=bool(given) and fmt in FIELD_FORMATS)
    outlet = aggregated_source(outlet, page, raw.title) or kiosk_masthead(outlet, page) or outlet  # (round 37)
    outlet = own_division(outlet, page.lines) or outlet  # the company's publication the page says it is
    if page.whole:  # a unit's formal name and initials under its parent's line (outlet_units)
        outlet = unit_under_parent(outlet, page.lines, page.names) or outlet
    if fmt == "text" and page.whole:  # a network's or group's brand: the title the page names (outlet_networks)
        titled = part_of_title(outlet, page.lines, is_known) or network_title(outlet, page.lines, raw.source_path, is_known)
        if titled:
            outlet, source = titled, source or FROM_FOOTER
    if fmt == "text" and page.whole:  # "© Known Masthead" under the masthead: the longer name the data lacks
        outlet = masthead_holder(outlet, page.lines, is_known) or outlet
    if fmt == "text":  # the page's own fuller form of a short name; a group's page is its site's
        mended = own_form(outlet, page.lines[:HEAD_NAME_LINES], page.lines, page.foot, is_known)
        if mended != outlet:
            outlet, source = mended, source or FROM_FOOTER
    if outlet and not is_known(outlet):  # the form its copyright line or opening dateline writes (round 34)
        outlet = self_form(outlet, page.foot, paragraphs) or outlet
    if outlet and not is_known(outlet):  # its notice's form: a kind word, an epithet more or less (round 35)
        outlet = holder_form(outlet, page.foot) or outlet
    if not outlet and from_page and not given:  # a web page's logo, its domain, a call to its reader (round 23)
        outlet = page_furniture_outlet(page.head, page.foot, page.lines)
        source = FROM_METADATA if outlet else source
    if not outlet:  # "هەموو مافەکان پارێزراون - Name" under a page headed by the name (round 37)
        outlet = rights_outlet(page)
        source = FROM_FOOTER if outlet else source
    if not outlet and fmt == "text" and page.whole:  # "Lakeview Podcast" over "Support Lakeview on Patreon" (round 37)
        outlet = repeated_own_word(page.lines)
        source = FROM_TEXT if outlet else source
    if not outlet and paragraphs:  # "Name (date) --" opening the story, the page's host its name (round 30)
        dated = dated_dateline_outlet(paragraphs[0], page.lines)
        if dated and not refused(dated, author):
            outlet, source = canonical_outlet(dated) or dated, FROM_DATELINE
    if default and (override or not outlet):
        outlet, source = canonical_outlet(default), FROM_COMMAND_LINE
    if not outlet and guess and not contradicted(guess, page, raw.url):
        outlet, source = canonical_outlet(str(guess)) or str(guess), FROM_TEXT
    if not outlet and fmt == "text" and page.whole:  # "Keep - Lake Moor vote.txt" over "lakemoor.com/..." (round 38)
        outlet = file_named(raw, page, author)
        source = FROM_TEXT if outlet else source
    if fmt == "text" and source == FROM_TEXT and page.whole:  # a wire's credit alone under a known masthead
        filled = [line for line in page.lines if line.strip()]
        outlet = masthead_over_wire(outlet, raw.outlet, filled) or masthead_over_credit(outlet, raw.outlet, filled) or outlet
    found = outlet
    outlet = expanded(outlet, written if guess is None else None, page, is_known, canonical_outlet)
    outlet = collection_expanded(outlet, raw, is_known)  # its group's pages write it in full
    if outlet and not is_known(outlet):  # a known outlet's logo: the initials its domain is named by
        outlet = domain_acronym(outlet, raw.url) or outlet
    if outlet and not found:  # a logo's acronym and its expansion on the page
        source = FROM_TEXT if fmt == "text" else FROM_METADATA
    if not outlet:
        source = UNKNOWN
    if footer_lines and len(footer_lines) < len(paragraphs):
        drop = set(footer_lines)
        paragraphs = [p for i, p in enumerate(paragraphs) if i not in drop]
    return outlet, source or UNKNOWN, paragraphs


def _tool_written(raw, paragraphs: list):
    """A record's outlet field as the outlet writes itself where a monitoring tool wrote it its own
    way (:func:`archive.extract.source_columns.tool_source`: "NAME (FR) - Web", "Name, The (Web)",
    "Sitename.com"); None where the field holds a medium alone ("Web"); else the field as it is. A
    field naming a known outlet as it stands is kept."""
    from archive.extract.source_columns import tool_source

    value = raw.outlet
    if not isinstance(value, str) or not value.strip() or is_known(canonical_outlet(value)):
        return value
    text = "\n".join([str(getattr(raw, "title", "") or "")] + [str(p) for p in paragraphs])
    cleaned = tool_source(value, text, raw.url)
    if cleaned == "":
        return None
    return _import_form(cleaned or value, raw.url) or cleaned or value


def _import_form(name: str, url: Optional[str]) -> Optional[str]:
    """The one name the import's pass over its rows read beside the record's address, where it is
    ``name`` in another case or spacing ("MEDIAPART", "Passblue.com": "Mediapart", "PassBlue"): that pass
    read the row's whole text, which the reader may since have cut (a writer's note naming the outlet).
    Else None."""
    from archive.extract.import_outlets import current
    from archive.extract.web_hosts import site_host

    host = site_host(url or "") if url else None
    stated = {n.casefold(): n for n in current().hosts.get(host, ())} if host else {}
    if len(stated) != 1:
        return None
    found = next(iter(stated.values()))
    letters = re.sub(r"[\W_]", "", found).casefold()
    bare = re.sub(r"\.[a-z]{2,6}$", "", name.strip(), flags=re.I)
    return found if found != name and re.sub(r"[\W_]", "", bare).casefold() == letters else None


def article_outlet_name(outlet: Optional[str], body: str, names: str = "own", page=None) -> Optional[str]:
    """The name to store for the outlet (a canonical name, or a name the data does not know) of an
    article with this body. "own": the outlet's one name whatever the article's script (its name in
    Arabic script if it publishes only in that script, else its canonical name); "article-script": an
    article in Arabic script stores the outlet's name in Arabic script where the data has one;
    "latin": the canonical name. The script is the body's letters', not the language a record states.
    An article in another script than Latin and Arabic (Greek, Cyrillic, Hebrew ...) stores, with
    "own" and "article-script", the spelling the data gives its known outlet in that script
    (:func:`archive.extract.outlet_script_forms.own_script_form`), as ``arabic:`` does for Arabic."""
    if names not in OUTLET_NAMES:
        raise ValueError(f"outlet names {names!r} is not one of {', '.join(OUTLET_NAMES)}")
    if not outlet or names == "latin":
        return latin_name(outlet) if outlet else outlet
    if is_known(outlet):  # an article in Greek or Cyrillic letters: the data's spelling in them (round 26)
        outlet = own_script_form(outlet, None, (), body, _aliases)
    name = own_name(outlet) if names == "own" else outlet_in_script(outlet, in_arabic_script(body))
    if names == "own" and page is not None and is_known(outlet) and in_arabic_script(name or ""):
        field = field_script_form(outlet, page) or kiosk_written(outlet, page)  # a record's field naming it in
        # Latin letters (round 36); a kiosk's page title naming it so (round 37)
        if field:
            return field
    if page is not None and is_known(outlet):  # the form its page writes of its Arabic name (round 35)
        from archive.extract.outlet_page_forms import page_form

        written = page_form(latin_name(outlet), name, page.head, page.lines, page.foot)
        if written:
            return written
        if names == "own" and in_arabic_script(body) and (page.page or page.whole and not latin_kept(latin_name(outlet), page)):
            from archive.extract.outlet_page_forms import own_script_written  # a page's own Arabic-script name (rounds 36, 39)

            written = own_script_written(latin_name(outlet), name, page.head, page.foot, page.lines)
            if written:
                return written
    return without_paper_word(name, body) or name  # "جريدة X" where its text names itself «X» (round 34)


def another_outlets_acronym(written: Optional[str], known: str, url: Optional[str]) -> bool:
    """Whether ``written``, an acronym the data gives ``known`` ("NRC": the Norwegian Refugee
    Council), names another outlet with the same letters: the record's URL is on a site named by
    the acronym ("nrc.nl") that is none of the known outlet's domains."""
    written = tidy_outlet(written or "")
    if not re.fullmatch(r"[A-Z][A-Z0-9&]{1,5}", written) or written == known or not url:
        return False
    host = (re.match(r"^(?:[a-z][a-z0-9+.-]*://)?(?:www\.)?([^/:?#]+)", url.strip(), re.I) or [None, ""])[1].lower()
    return bool(host) and host.split(".")[0] == name_key(written) and outlet_from_url(url) != known



_INITIALS_TOKEN = re.compile(r"(?<![\w.])[A-Z]{2,6}(?![\w.])")


def initialled_form(written, stored: str, head: list) -> str:
    """The name as the page writes it (``written``) where its canonical form (``stored``) cut a word
    off it that the initials the page's head writes beside it hold ("MAG | Mines Advisory Group":
    the G is the name's, not a company's form), else ``stored``."""
    written = tidy_outlet(str(written or ""))
    if not written or written == stored or not written.startswith(stored):
        return stored
    words = re.findall(r"[^\W\d_]+", written)
    initials = {word_initials(words), word_initials(words, small_words())}
    if any(token in initials for line in head[:HEAD_NAME_LINES] for token in _INITIALS_TOKEN.findall(str(line))):
        return written
    return stored


def country_edition(name: str, url: Optional[str]) -> Optional[str]:
    """The outlet's name without the country its edition is for ("The Lakeside Post Sweden" ->
    "The Lakeside Post"), where the record's web domain spells the name without it
    ("thelakesidepost.se"); else None. The countries are the gazetteer's (``archive/data/gazetteer.txt``)."""
    host = (re.match(r"^(?:[a-z][a-z0-9+.-]*://)?(?:www\.)?([^/:?#]+)", (url or "").strip(), re.I) or [None, ""])[1]
    labels = [label.replace("-", "") for label in host.lower().split(".")[:-1]]
    for country in _countries():
        match = re.search(r"\s+" + re.escape(country) + r"$", name, re.I)
        if not match:
            continue
        rest = name[:match.start()].strip(" ,-–—|")
        key = name_key(rest)
        if len(rest.split()) >= 2 and any(label and label in (key, key[3:] if key.startswith("the") else key) for label in labels):
            return rest
    return None


@functools.lru_cache(maxsize=None)
def _countries() -> tuple:
    """The Latin-script names of the gazetteer's countries, longest first."""
    from archive.extract.data import data_lines

    names = set()
    for line in data_lines("gazetteer.txt"):
        parts = [part.strip() for part in line.split("|")]
        if len(parts) >= 2 and parts[0] == "country":
            names.update(name for name in [parts[1]] + parts[3:] if name.isascii() and name)
    return tuple(sorted(names, key=len, reverse=True))


def _aliases(name: str) -> list:
    """The spellings the outlet data gives the known outlet ``name`` (its canonical name)."""
    return _alias_table().get(name, [])


@functools.lru_cache(maxsize=None)
def _alias_table() -> dict:
    return {outlet.name: list(outlet.aliases) for outlet in outlet_table().outlets}
