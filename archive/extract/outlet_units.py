"""A unit's page under its parent's name (issue #13, round 30).

A centre of a university, a committee's secretariat of an international body, an office of a
ministry prints its parent's name on the page's first line (the emblem's words) and its own name
under it, formally, with its initials in brackets: "Lakeside University" over "Centre for the Study
of Harbour Affairs (CSHA)", "UNITED NATIONS" over "Counter-Terrorism Committee Executive Directorate
(CTED)". A reader takes the first line for the masthead; the publisher is the unit.
:func:`unit_under_parent` gives the unit where

- the outlet's line is one of the page's first lines, and a line among the next few is a name and its
  initials in brackets (the initials are its words' first letters, its small words left out or not,
  a hyphenated word's parts each counted or not, one word passed over at most);
- the initials stand again outside that line: on another line of the page (a heading, "CSHA
  Briefing"), in the file's name ("csha briefing 14.txt") or as an e-mail's mailbox or host
  ("csha@lakeside.ac.uk"): the unit signs the page itself.

The name is the data's canonical one where the data knows it, else as the page writes it.
"""

from __future__ import annotations

import re
from typing import Optional

from archive.extract.data import small_words
from archive.extract.outlet_names import canonical_outlet, is_known, name_key
from archive.model import collapse_whitespace

FIRST_LINES = 3  # the parent's line stands among the page's first lines
UNIT_REACH = 4  # the unit's line among the lines right under it
_FORMAL = re.compile(r"^(?P<name>[^\W\d_][^()]{8,120}?)\s*\((?P<initials>[A-Z][A-Za-z&]{1,7})\)$")
_WORD = re.compile(r"[^\W\d_][\w'’]*")


def _initials_of(initials: str, name: str) -> bool:
    """Whether ``initials`` are ``name``'s words' first letters, in order, from its first word:
    small words left out or not, hyphened parts apart or not, one other word passed over at most
    ("CTED": Counter-Terrorism Committee Executive Directorate)."""
    low = initials.casefold()
    for parts in (re.findall(r"[^\W\d_][\w'’-]*", name), _WORD.findall(name)):
        for letters in ("".join(w[0] for w in parts).casefold(),
                        "".join(w[0] for w in parts if w.casefold() not in small_words()).casefold()):
            if letters == low or (len(letters) == len(low) + 1 and letters[:1] == low[:1]
                                  and any(letters[:i] + letters[i + 1:] == low for i in range(1, len(letters)))):
                return True
    return False


def _signed_again(initials: str, lines: list, at: int, file_names) -> bool:
    token = re.compile(r"(?<![\w@.])" + re.escape(initials) + r"(?![\w])")
    if any(i != at and token.search(line) for i, line in enumerate(lines)):
        return True
    low = initials.casefold()
    if any(low in re.split(r"[^a-z0-9]+", str(name).casefold()) for name in file_names or ()):
        return True
    mailboxes = re.findall(r"([\w.+-]+)@([\w.-]+)", " ".join(lines))
    return any(low in re.split(r"[._+-]", box.casefold()) + host.casefold().split(".") for box, host in mailboxes)


def unit_under_parent(outlet: Optional[str], lines: list, file_names=()) -> Optional[str]:
    """The unit a page under its parent's name is (module doc), else None."""
    if not outlet or not lines:
        return None
    texts = [collapse_whitespace(str(line)) for line in lines if str(line).strip()]
    key = name_key(outlet)
    start = next((i for i, text in enumerate(texts[:FIRST_LINES])
                  if name_key(text) == key or canonical_outlet(text) == outlet), None)
    if start is None:
        return None
    for at in range(start + 1, min(len(texts), start + 1 + UNIT_REACH)):
        match = _FORMAL.match(texts[at])
        if not match:
            continue
        name, initials = match.group("name").strip(" ,–—-"), match.group("initials")
        if not _initials_of(initials, name) or name_key(name) == key:
            continue
        if not _signed_again(initials, texts, at, file_names):
            continue
        known = canonical_outlet(name)
        return known if known and is_known(known) else name
    return None
