"""One outlet, one name where a page writes an acronym and its expansion (issue #13, round 26).

A broadcaster's masthead writes "QBC", its site name "QBC - Qamishlo Broadcasting Corporation",
its footer "© 2024 Qamishlo Broadcasting Corporation"; a state broadcaster known by its letters
writes its full name in a footer line ("Follow us · Radio and Television of Lakeland"). A reader
takes one outlet and names it in full: the fullest form on the page whose capitalised words'
initials are the acronym's letters (words in lower case, "e", "de", "of", "y", are left out,
whatever the language). :func:`expanded` is called on the outlet chosen, for every format:

- an outlet the data does not know that is an acronym, or an acronym beside a name ("QBC -
  Qamishlo Broadcasting", "Qamishlo Broadcasting (QBC)"): the expansion the record's own outlet
  field or the page's head and foot lines write (the body's text is not read: a source it quotes
  may share the letters);
- a known outlet whose canonical name is an acronym: the alias of the data's that the page writes
  in a line that is no copyright line ("Follow us · Radio and Television of Lakeland"); a copyright
  line's holder is the company, whose legal name the outlet does not go by ("© 2024 Cable News
  Network": CNN; tried with copyright lines: CNN and RNZ pages' truths keep the acronym).

Data-free; the lines are the page's (:func:`archive.extract.outlet_guards.page_lines`).
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.acronym_shapes import ACRONYM, PAIRED, expansions  # noqa: F401 (callers import expansions here)

_COPYRIGHT = re.compile(r"©|\(c\)|&#169;|\bcopyright\b", re.I)
HEAD_LINES, FOOT_LINES = 10, 10


def acronym_of(outlet: Optional[str]) -> Optional[str]:
    """The acronym an outlet's name is, or stands beside ("QBC", "QBC - Qamishlo Broadcasting"), else None."""
    name = (outlet or "").strip()
    if ACRONYM.fullmatch(name):
        return name
    for pattern in PAIRED:
        match = pattern.match(name)
        if match:
            return match.group("acronym")
    return None


def expanded(outlet: Optional[str], given, page, known, canonical) -> Optional[str]:
    """``outlet`` named in full where it is an acronym and the page writes its expansion (module
    doc); else ``outlet``. ``given`` is the record's own outlet as written, ``page`` its
    :class:`~archive.extract.outlet_guards.PageLines`; ``known``/``canonical`` the data's. Where no
    outlet was found, an acronym alone on one of the page's first lines (its logo) and its
    expansion at the page's head or foot are two signs that agree: the expansion."""
    if not outlet:
        return _masthead_acronym(page, known)
    if known(outlet):
        if not ACRONYM.fullmatch(outlet):
            return outlet
        lines = [line for line in list(page.head) + list(page.foot) + (list(page.lines) if page.whole else [])
                 if not _COPYRIGHT.search(str(line or ""))]
        return next((name for name in expansions(outlet, lines) if canonical(name) == outlet), outlet)
    acronym = acronym_of(outlet) or acronym_of(str(given or ""))
    if not acronym:
        return outlet
    lines = [str(given or "")] + list(page.head[:HEAD_LINES]) + list(page.foot[-FOOT_LINES:])
    if page.whole:
        lines += list(page.lines[:HEAD_LINES]) + list(page.lines[-FOOT_LINES:])
    names = [name for name in expansions(acronym, lines) if not known(name)]
    if not names:
        return outlet
    if acronym_of(outlet) is None and not names[0].casefold().startswith(outlet.casefold()):
        return outlet  # another name than the acronym's: kept
    return names[0]


LOGO_LINES = 3  # a logo's acronym stands among the page's first lines


def _masthead_acronym(page, known) -> Optional[str]:
    head = list(page.lines[:LOGO_LINES]) if page.whole else list(page.head[:LOGO_LINES])
    for line in head:
        line = str(line or "").strip()
        if ACRONYM.fullmatch(line) and not known(line):
            lines = list(page.lines[:HEAD_LINES]) + list(page.lines[-FOOT_LINES:]) if page.whole \
                else list(page.head) + list(page.foot)
            names = [name for name in expansions(line, lines) if not known(name)]
            return names[0] if names else None
    return None


def collection_expanded(outlet: Optional[str], raw, known) -> Optional[str]:
    """``outlet``, an acronym the data does not know that the page does not expand, named by the
    expansion its collection lends the file: the site's masthead its group's other pages write in
    full at their edges (:func:`archive.extract.collection_outlets.acronym_lines`), where its
    capitalised words' initials are the acronym's letters. Else ``outlet``, or the one full name the
    import writes for its letters (:func:`archive.extract.import_outlets.import_expanded`)."""
    from archive.extract.import_outlets import import_expanded

    return import_expanded(_group_expanded(outlet, raw, known), raw, known)


def _group_expanded(outlet: Optional[str], raw, known) -> Optional[str]:
    name = (outlet or "").strip()
    if not ACRONYM.fullmatch(name) or known(name) or not getattr(raw, "source_path", None):
        return outlet
    held = getattr(getattr(raw, "profile", None), "mastheads", None) or {}
    lent = held.get(raw.source_path.replace("\\", "/").rsplit("/", 1)[-1])
    if lent and lent != name and expansions(name, [lent])[:1] == [lent]:
        return lent
    return outlet


DOMAIN_ACRONYM = re.compile(r"[A-Z]{2,6}")
_NAME_WORDS = re.compile(r"[^\W\d_]+")


def domain_acronym(outlet: Optional[str], url: Optional[str] = None) -> Optional[str]:
    """The known outlet an acronym the data does not list names, where the acronym is the first
    label of that outlet's web domain and the initials of its name's words, and of one outlet only
    ("LVN" for Lake Valley News on lvn.example): the site's short name, its logo. Not where the
    record's own address is on another site (another outlet of the same letters). Else None."""
    name = (outlet or "").strip()
    if not DOMAIN_ACRONYM.fullmatch(name):
        return None
    found = _domain_acronyms().get(name.casefold())
    if found and url:
        from archive.extract.web_hosts import url_host
        from archive.extract.outlet_names import outlet_from_url

        if url_host(url) and outlet_from_url(url) != found:
            return None
    return found


LOCAL_FILE = "outlets_world_local.txt"  # the local and regional outlets (round 32)


@functools.lru_cache(maxsize=None)
def _domain_acronyms() -> dict:
    """``{acronym: canonical name}`` for the data's outlets whose domain's first label is their
    initials (module doc), acronyms two outlets share left out."""
    from archive.extract.data import small_words
    from archive.extract.outlet_names import outlet_table

    found, shared = {}, set()
    for outlet in outlet_table().outlets:
        words = _NAME_WORDS.findall(outlet.name)
        initials = {"".join(w[0] for w in words).casefold(),
                    "".join(w[0] for w in words if w.casefold() not in small_words()).casefold()}
        for domain in outlet.domains:
            labels = [label for label in domain.split("/")[0].casefold().split(".")[:-1] if label not in ("www", "m")]
            label = labels[0] if labels else ""
            if len(label) >= 2 and label in initials and len(words) >= 2:
                if len(label) == 2 and outlet.where.startswith(LOCAL_FILE):
                    continue  # a local paper's two letters are many towns' papers' ("DT", "HT", "NA"): no logo
                if found.get(label, outlet.name) != outlet.name:
                    shared.add(label)
                found[label] = outlet.name
    return {label: name for label, name in found.items() if label not in shared}


def logo_acronym(lines, url: Optional[str] = None, given: Optional[str] = None) -> Optional[str]:
    """The known outlet an acronym alone on one of the page's first ``LOGO_LINES`` lines names by
    its domain's initials (:func:`domain_acronym`): the masthead, which outranks a name the page
    writes lower (its parent company's on the copyright line), not the acronym's own expansion
    (``given``, the page's fuller form of it). Else None."""
    for line in list(lines)[:LOGO_LINES]:
        line = str(line or "").strip()
        found = domain_acronym(line, url)
        if found:
            return None if given and expansions(line, [given]) else found
    return None
