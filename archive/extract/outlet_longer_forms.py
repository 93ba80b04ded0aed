"""A known outlet's name inside a longer name the page prints (issue #13, round 27, family 5).

A copyright line's holder may begin with a name the data knows and go on with more words: "©
Lakeside Courier Weekend" holds "Lakeside Courier". Where the words it goes on with are the page's
own masthead (its first lines write "Weekend" alone, over the menu), the longer name is the page's
title and the known name is another outlet's (or the same group's other title): the masthead and
the copyright line agree on the longer name (:func:`masthead_holder`). Data-free.

Round 34 (outlets34), the form of its name an outlet writes of itself in its own sentences, where its
masthead (or the reader's reading of it) writes the same name another way (:func:`self_form`). A
masthead is a logo: in capitals ("FAKTOR"), with the site's domain as part of the picture ("LE
MATIN.ma"), or the bare address ("lakeside.com"). The outlet's own sentences about itself write the
name it gives itself in full: its copyright line ("© Lakeside.ba.", "© Le Lac 2023 - Tous droits
réservés") and the dateline opening its story ("Lakeside.com - Setiap kali ..."). Where such a line
writes the same name (the same letters once a web domain's ending, case, spacing and punctuation are
set aside) in another form, that form is the outlet's name. By shape only; a name in capitals is the
logo's way, not a sentence's. Beside it: the site's part of a feed's or page's title made of a section
and the site (:func:`titled_site`), and a generic word for "newspaper" before the name that the story's
text leaves out when it names the outlet in quotes (:func:`without_paper_word`,
``archive/data/outlet_paper_words.txt``).
"""

from __future__ import annotations

import re
from typing import Optional

from archive.model import collapse_whitespace

HEAD_LINES = 3  # the masthead stands among the page's first lines
FOOT_LINES = 8
_HOLDER = re.compile(r"^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*)?"
                     r"(?P<name>[^\W\d_][^|·•,.;]{1,60}?)(?:\s+(?:19|20)\d\d)?\s*(?:[|·•,.;].*)?$", re.I)


def masthead_holder(outlet: Optional[str], lines: list, known) -> Optional[str]:
    """The copyright holder "KNOWN MASTHEAD" (or "MASTHEAD KNOWN") where ``outlet`` is the known
    name and the page's masthead, a name the data does not know, the rest (module doc); else None."""
    from archive.extract.masthead_lines import unknown_masthead
    from archive.extract.outlet_names import known_outlet, name_key

    if not outlet or not known(outlet) or len(lines) < 2:
        return None
    heads = {name_key(name) for name in (unknown_masthead(collapse_whitespace(str(line or "")))
                                         for line in lines[:HEAD_LINES]) if name}
    heads.discard("")
    if not heads:
        return None
    own = name_key(outlet)
    for line in lines[-FOOT_LINES:]:
        match = _HOLDER.match(collapse_whitespace(str(line or "")))
        if not match:
            continue
        holder = match.group("name").strip()
        key = name_key(holder)
        if known(holder) or known_outlet(holder) or key == own:  # a spelling the data gives a known outlet
            continue
        if any(key in (own + head, head + own) for head in heads):
            return holder
    return None


_DOMAIN_END = re.compile(r"\.[a-z]{2,6}$", re.I)  # "Faktor.ba", "Suara.com", "LE MATIN.ma"
# The story's opening dateline naming its outlet: "Name - ", "Name.com – ", "Name — " before the text.
_OPENER = re.compile(r"^\s*(?P<name>[^\W_][^\s:;,!?()\"“”«»]*(?:\s+[^\W_][^\s:;,!?()\"“”«»]*){0,3}?)\s+[-–—]\s+\S")
MIN_LETTERS = 3


def _letters(name: str) -> str:
    """The name's letters and digits, case folded, without its web domain's ending."""
    return re.sub(r"[\W_]+", "", _DOMAIN_END.sub("", name.strip())).casefold()


def same_name(one: str, other: str) -> bool:
    """Whether two forms write one name: the same letters once a domain's ending, case, spacing and
    punctuation are set aside ("LE MATIN.ma" and "Le Matin"; "Faktor" and "Faktor.ba")."""
    letters = _letters(one)
    return len(letters) >= MIN_LETTERS and letters == _letters(other)


def opening_names(paragraphs: list) -> list:
    """The name the story's first paragraph opens with before a dash ("Suara.com - Setiap ..."):
    a few words at most; the caller keeps it only where it writes the outlet's name."""
    names = []
    for paragraph in paragraphs[:1]:
        match = _OPENER.match(str(paragraph or ""))
        if match:
            names.append(match.group("name"))
    return names


def self_form(outlet: Optional[str], foot: list, paragraphs: list) -> Optional[str]:
    """The form the outlet's copyright line, else its story's opening dateline, writes of the name
    ``outlet`` where it is another form of the same name (module doc); else None."""
    from archive.extract.outlet_forms import copyright_names

    if not outlet:
        return None
    for name in copyright_names(list(foot)) + opening_names(paragraphs):
        name = name.strip()
        if name[:1] in _QUOTES and name[-1:] in _QUOTES:  # "© 2023 «Name»": the quotes are no part of the name
            name = name.strip(_QUOTES).strip()  # ("ИА «Name»": a quote closing inside it stays, round 35)
        if name == outlet or not same_name(outlet, name):
            continue
        if name.isupper() and not outlet.isupper():
            continue  # capitals are a logo's way of writing, not the name's
        return name
    return None


# A feed's or page's title made of a section and the site: "Syria Archives - Site Name", "Category:
# Water | Site Name", "World » Site Name". The separators a title puts between its parts.
_TITLE_PARTS = re.compile(r"\s+[-–—|»:·]\s+|\s*[|»]\s*|:\s+")


def titled_site(name: Optional[str], url: Optional[str]) -> Optional[str]:
    """The site's name in a stated name made of a section and the site ("Syria Archives - Circle of
    Water", "Category: Dams | Lake Herald"): the one part of it that the address's domain spells
    (:func:`archive.extract.masthead_lines.label_spells`: "circleofwater.org"), where the other parts
    are not spelled by it; else None. A name with no separator, or none of whose parts the domain
    spells, is left to the other rules."""
    from archive.extract.masthead_lines import label_spells
    from archive.extract.web_hosts import site_host

    if not name or not url:
        return None
    parts = [part.strip() for part in _TITLE_PARTS.split(name) if part.strip()]
    host = site_host(url)
    if len(parts) < 2 or not host:
        return None
    labels = [label.replace("-", "") for label in host.lower().split(".")[:-1] if label not in ("www", "m")]
    spelled = [part for part in parts if any(label_spells(label, part) for label in labels)]
    return spelled[0] if len(spelled) == 1 else None


_QUOTES = "\"'“”„«»‹›‘’「」"


def without_paper_word(name: Optional[str], body: str) -> Optional[str]:
    """``name`` without a generic word for "newspaper" before it (``archive/data/outlet_paper_words.txt``:
    "جريدة البحيرة" -> "البحيرة") where the story's text writes the rest alone in quotes, as the outlet
    names itself ("مصادر لـ«البحيرة»", "told “Lakeside”"); else None. A name the text writes whole
    with its word, in quotes or not, keeps it."""
    from archive.extract.data import data_lines

    if not name or not body:
        return None
    folded = " ".join(name.split())
    for word in sorted(data_lines("outlet_paper_words.txt"), key=len, reverse=True):
        if not folded.casefold().startswith(word.casefold() + " "):
            continue
        rest = folded[len(word):].strip()
        if len(rest) < MIN_LETTERS or folded.casefold() in body.casefold():
            return None
        quoted = re.compile("[" + re.escape(_QUOTES) + r"]\s*" + re.escape(rest) + r"\s*[" + re.escape(_QUOTES) + "]", re.I)
        return rest if quoted.search(body) else None
    return None
