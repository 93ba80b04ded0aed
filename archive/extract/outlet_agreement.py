"""The page's own signs of its outlet and where they agree (issue #13, round 21): two independent
signs naming one outlet outrank one sign; a name the page writes only as a source it credits never
beats them.

The page's own signs (:func:`own_names`), each of one kind, from the lines a record has
(:func:`archive.extract.outlet_guards.page_lines`):

- "head": a name-like line among its head lines (a masthead, a web page's site name or its
  ``<title>``'s site part, a record's outlet field);
- "foot": the holder a footer line names ("© 2024 Lantern Weekly. All rights reserved.");
- "domain": its address's web domain: the known outlet it is on, or a name its first label spells
  ("lanternweekly.example" spells "Lantern Weekly", with or without "The").

Two signs of different kinds agree when they name one outlet (:func:`agreed_name`). The agreed
name replaces no outlet, a name the data does not know that one sign alone gave (not a dateline's
agency, not what a web page states about itself, not a record's own field) and that no own sign
names, and a name the page writes only as a credited source
(:func:`archive.extract.credited_outlets.credited_only`), where another own sign names another.
A guess (the learned check's, the weakest sign) that the page's own unknown signs contradict, none
of them known, is no outlet: none rather than a guess (:func:`contradicted`). A site's slug given as
its name ("lakecity") is the name the page's own lines write that it begins (:func:`grown_slug`), a
short form of the known outlet the page's domain is on, that outlet (:func:`domain_form`);
where no outlet is left, the one known outlet the page's head lines name stands (its masthead).
"""

from __future__ import annotations

import re
from typing import Optional

from archive.extract.outlet_names import (
    has_arabic, is_known, known_outlet, latin_name, name_key, outlet_from_url, plausible_name, tidy_outlet)
from archive.extract.outlet_footers import footer_outlet
from archive.extract.outlet_full_names import own_language_name, spelled_initials, written_full_name
from archive.extract.outlet_script_forms import page_script_name

NAME_WORDS = 6  # a head line naming the page's outlet is short
_MENU_ITEM = re.compile(r"\s+\|\s+|\s{2,}")  # a masthead's link, then the menu's: "Name Home | Subscribe | Log in"
FOOTER_CHARS = 120


def _host_label(url: Optional[str]) -> Optional[str]:
    from archive.extract.web_hosts import url_host

    host = url_host(url)
    labels = host.split(".")
    return labels[-2] if len(labels) >= 2 and "." in host else None


def _head_name(line: str) -> Optional[str]:
    line = " ".join(str(line).split())
    if not line or len(line.split()) > NAME_WORDS or line[-1:] in ".!?؟:," or re.search(r"\d{3}", line):
        return None
    known = known_outlet(line) or known_outlet(_MENU_ITEM.split(line, maxsplit=1)[0])  # "Name Home | Log in | ..."
    if known:
        return known
    name = tidy_outlet(line)
    return name if name and (has_arabic(name) or name[:1].isupper()) and plausible_name(name) else None


def own_names(page, url: Optional[str]) -> list:
    """``(name, kind)`` for each of the page's own signs (module doc); the domain's as ``(label,
    "domain")`` where no known outlet has it (matched by :func:`_agree`)."""
    found = []
    for line in page.head:
        name = _head_name(line)
        if name:
            found.append((name, "head"))
    for line in page.foot:
        line = " ".join(str(line).split())
        name = footer_outlet(line) if len(line) <= FOOTER_CHARS else None
        if name:
            found.append((name, "foot"))
    known = outlet_from_url(url)
    label = _host_label(url)
    if known:
        found.append((known, "domain"))
    elif label:
        found.append((label, "domain-label"))
    return found


def _agree(one: tuple, other: tuple) -> bool:
    (a, kind_a), (b, kind_b) = one, other
    if kind_a.split("-")[0] == kind_b.split("-")[0]:
        return False
    if kind_a == "domain-label" or kind_b == "domain-label":
        label, name = (a, b) if kind_a == "domain-label" else (b, a)
        key = name_key(name)
        return len(label) >= 4 and label in (key, key.removeprefix("the"))
    return name_key(a) == name_key(b) or name_key(a).removeprefix("the") == name_key(b).removeprefix("the")


def agreed_name(names: list) -> Optional[str]:
    """The one outlet two signs of different kinds name, else None (none, or two such outlets)."""
    agreed = []
    for i, one in enumerate(names):
        for other in names[i + 1:]:
            if _agree(one, other):
                name = next(n for n, k in (one, other) if k != "domain-label")
                if not any(name_key(name) == name_key(a) for a in agreed):
                    agreed.append(name)
    return agreed[0] if len(agreed) == 1 else None


def settled(outlet: Optional[str], source: Optional[str], page, url: Optional[str], field: bool) -> tuple:
    """``(outlet, source)`` after the page's own signs are heard (module doc). ``field``: the outlet
    is a record's own field (never replaced but as a credited source). A known outlet the data names
    by an acronym is named by the full name the page writes of it
    (:func:`archive.extract.outlet_full_names.written_full_name`); a name in Latin letters of a page
    in Arabic script, by the name the page writes in its own script
    (:func:`archive.extract.outlet_script_forms.page_script_name`)."""
    outlet, source = _settled(outlet, source, page, url, field)
    if is_known(outlet):
        full = written_full_name(latin_name(outlet), page.lines) or own_language_name(latin_name(outlet), page.lines)
    elif getattr(page, "whole", False):  # a name in Latin letters of a text page in Arabic script that writes it in its own
        full = page_script_name(outlet, list(page.head) + list(page.foot), page.lines, page.names)
    else:
        full = None
    if not full and outlet and not is_known(outlet):  # "CNCDH" spelled out in the page's text (round 33)
        full = spelled_initials(outlet, page.lines)
    return (full, source) if full else (outlet, source)


def _settled(outlet: Optional[str], source: Optional[str], page, url: Optional[str], field: bool) -> tuple:
    from archive.extract.group_sites import in_own_folder
    from archive.extract.credited_outlets import credited_only
    from archive.extract.outlet_signs import FROM_DATELINE, FROM_FOOTER, FROM_METADATA

    names = own_names(page, url)
    agreed = agreed_name(names)
    grown = grown_slug(outlet, names, agreed) or domain_form(outlet, names)
    if grown:
        return grown, source
    key = name_key(outlet) if outlet else None
    if agreed and outlet and not field and is_known(agreed) and name_key(agreed) != key and _site_agrees(agreed, names) \
            and not in_own_folder(outlet, url):
        return agreed, FROM_FOOTER  # the site's masthead and its footer or domain: a wire's credit is its story's source
    if outlet and credited_only(outlet, page.lines):
        other = agreed or next((n for n, k in names if k in ("foot", "domain") and name_key(n) != key), None)
        if other and name_key(other) != key and not (source == FROM_METADATA and is_known(outlet) and _group(other, names)):
            return other, FROM_FOOTER  # not a media group's copyright under the publication the page states (round 32)
    if outlet is None:
        heads = {n for n, k in names if k == "head" and is_known(n)}
        if len(heads) == 1:  # a known outlet's masthead, the page's own line (a product's box refused under it)
            return heads.pop(), FROM_FOOTER
    own = outlet and any(k != "domain-label" and _agree((outlet, "x"), (n, k)) for n, k in names)
    if agreed and not field and not own and source not in (FROM_DATELINE, FROM_METADATA) and (
            outlet is None or (not is_known(outlet) and name_key(agreed) != key)):
        return agreed, FROM_FOOTER
    return outlet, source


def _group(name: str, names: list) -> bool:
    """Whether ``name``, a foot's name alone, is a media group's or a company's (a group's word or a
    company's form after it: "Harbour Media", "Lakeside Media Group", "Harbour Holdings Limited"), the
    owner of the publications it holds the copyright of, not one of them."""
    from archive.extract.outlet_networks import _group_after
    from archive.extract.outlet_parents import _COMPANY

    kinds = {kind for other, kind in names if name_key(other) == name_key(name)}
    if kinds - {"foot"}:
        return False
    bare = _COMPANY.sub("", name.strip(" .,"))
    return bool(_group_after().search(bare)) or bare != name.strip(" .,")


def _site_agrees(name: str, names: list) -> bool:
    """Whether the page's masthead (a head line) and its foot or domain both name ``name``."""
    kinds = {kind for other, kind in names if kind != "domain-label" and name_key(other) == name_key(name)}
    return "head" in kinds and bool(kinds & {"foot", "domain"})


_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")
SLUG_CHARS = 4  # a slug long enough to spell the start of a name


def grown_slug(outlet: Optional[str], names: list, agreed: Optional[str] = None) -> Optional[str]:
    """The name a site's slug stands for: ``outlet`` written as a slug (lower case, no spaces:
    "lakecity" as a page's site name) that the data does not know, grown to the name the page's own
    head or foot lines write whose letters it begins ("The Lake City Star"); the name two signs agree
    on first. Else None."""
    if not outlet or is_known(outlet) or not _SLUG.fullmatch(str(outlet)) or len(str(outlet)) < SLUG_CHARS:
        return None
    key = name_key(str(outlet))

    def grows(name: str) -> bool:
        other = name_key(name)
        return len(name.split()) >= 2 and other != key and (other.startswith(key) or other.removeprefix("the").startswith(key))

    if agreed and grows(agreed):
        return agreed
    found = {name_key(n): n for n, k in names if k in ("head", "foot") and grows(n)}
    return next(iter(found.values())) if len(found) == 1 else None


def domain_form(outlet: Optional[str], names: list) -> Optional[str]:
    """The known outlet the record's web domain is on, where ``outlet``, a name the data does not
    know, is its name's first words ("The Lake" for "The Lake International" on its domain): a
    short form of the domain's outlet. Else None."""
    if not outlet or is_known(outlet):
        return None
    words = [w.casefold() for w in str(outlet).split()]
    for name, kind in names:
        if kind == "domain":
            full = [w.casefold() for w in name.split()]
            if 1 <= len(words) < len(full) and full[:len(words)] == words and len(name_key(str(outlet))) >= SLUG_CHARS:
                return name
    return None


def contradicted(guess: Optional[str], page, url: Optional[str]) -> bool:
    """Whether the page's own foot or domain signs name another outlet than ``guess``, none of them
    one the data knows and none agreeing with it: none rather than a guess."""
    if not guess or is_known(guess):
        return False
    names = [(n, k) for n, k in own_names(page, url) if k != "head"]
    if not any(k == "foot" for _, k in names) or any(is_known(n) for n, k in names if k != "domain-label"):
        return False
    return not any(_agree((str(guess), "head"), sign) for sign in names)


FOOT_NODES = 30  # the footer's last text pieces read
_FOOTER_XPATH = ("//footer | //*[contains(translate(@class, 'FOTER', 'foter'), 'footer') or "
                 "contains(translate(@id, 'FOTER', 'foter'), 'footer') or contains(@class, 'copyright')]")


_COPYRIGHT_OPENING = re.compile(r"^\W{0,3}(?:©|\(c\)\s|copyright\b)", re.I)
_RIGHTS = re.compile(r"all rights reserved|جميع الحقوق محفوظة|كل الحقوق محفوظة|الحقوق محفوظة|حقوق (?:النشر|الطبع)\s+محفوظة", re.I)
COPYRIGHT_CHARS = 200


def _copyright_elements(tree) -> list:
    """The page's elements of one short line opening with a copyright sign or stating the rights reserved, whatever their class
    ("<div class=\"copy\">© Name · ...</div>"): a footer by what it says; none of them already inside
    a footer the markup names (round 35)."""
    found = []
    for element in tree.xpath("//body//*[not(*) or self::p or self::div]")[-200:]:
        text = " ".join("".join(element.itertext()).split())
        if text and len(text) <= COPYRIGHT_CHARS and (_COPYRIGHT_OPENING.match(text) or _RIGHTS.search(text)) \
                and not element.xpath("ancestor-or-self::footer") and element not in found \
                and not any(e in found for e in element.iterancestors()):
            found.append(element)
    return found


def web_page_lines(tree) -> tuple:
    """``(head, foot)``: a web page's own lines around its text, for the outlet guards (the HTML
    reader hands them over): its ``<title>``'s parts after the headline, the site name its
    ``og:site_name`` writes, its logo's alt text; the text pieces of its footer (``<footer>``, an
    element classed as a footer or a copyright), in page order. As the page writes them: a name
    read from elsewhere (a title's known name) is no line of the page."""
    from archive.extract.html_metadata import clean_text
    from archive.extract.page_names import TITLE_SEPARATORS

    title = clean_text(tree.findtext(".//title")) or ""
    head = [part for part in TITLE_SEPARATORS.split(title)[1:] if part.strip()]
    head += [clean_text(v) for v in tree.xpath("//meta[@property='og:site_name']/@content")[:1] if clean_text(v)]
    for image in tree.xpath("//body//img[@alt]")[:20]:
        marks = " ".join(image.get(key) or "" for key in ("src", "class", "id")).casefold()
        if "logo" in marks and clean_text(image.get("alt")):
            head.append(clean_text(image.get("alt")))
            break
    foot, seen = [], set()
    for element in tree.xpath(_FOOTER_XPATH) + _copyright_elements(tree):
        for piece in element.itertext():
            piece = " ".join(piece.split())
            if len(piece) > 1 and piece not in seen:
                seen.add(piece)
                foot.append(piece)
    return head, foot[-FOOT_NODES:]
