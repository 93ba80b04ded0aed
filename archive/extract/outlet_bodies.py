"""A body of an organisation on its parent's web domain (issue #13, round 29).

An organisation's bodies publish on its domain, each under its own subdomain: an assembly, a court,
a commissioner's office, a regional office ("pace.lakeunion.int" for the Parliamentary Assembly of
the Lake Union, whose domain is "lakeunion.int"). The outlet data lists the organisation and its
domain, and a subdomain counts as the domain; a page of the body would be stored as the
organisation's. A reader names the body: its page's masthead writes the body's name in full, and
the subdomain is that name's initials. Both signs agree, so :func:`body_on_site` gives the
masthead where

- the page's address is on a subdomain of a known outlet's domain, a label that is no generic one
  (``www``, ``m``, a language's code, "news": ``GENERIC_LABELS``);
- one of the page's first lines is a name the data does not know, every word capitalised (small
  joining words aside, none in capitals alone, no digit or sentence's sign), whose words' initials
  are the subdomain's label, three letters at least.

A name the data knows on such a line stays the data's (a body listed on its own is found so).
"""

from __future__ import annotations

import re
from typing import Optional

from archive.extract.data import small_words
from archive.extract.outlet_forms import word_initials
from archive.extract.web_hosts import site_host

HEAD_LINES = 4  # a masthead stands among the page's first lines
MIN_LETTERS = 3  # a body's initials, as its subdomain writes them
NAME_WORDS = 12  # a body's name in full ("Office of the ... Commissioner for ...")
GENERIC_LABELS = frozenset({"www", "m", "amp", "mobile", "web", "news", "press", "media", "blog", "blogs", "en",
                            "ar", "fr", "de", "es", "ru", "tr", "fa", "ku", "english", "arabic", "french", "live",
                            "edition", "int", "intl", "international", "global", "online", "beta", "new", "old"})


def body_on_site(address: str, lines: list, known) -> Optional[str]:
    """The body whose masthead the page writes and whose initials its address's subdomain spells,
    on the domain of a known outlet (module doc), as the page writes it; else None. ``known`` tells
    a name the data knows."""
    host = site_host(address)
    if not host:
        return None
    labels = host.split(".")
    sub = labels[0]
    if len(labels) < 3 or sub in GENERIC_LABELS or len(sub) < MIN_LETTERS or not sub.isalpha():
        return None
    for line in lines[:HEAD_LINES]:
        name = " ".join(str(line or "").split())
        words = name.split()
        if not MIN_LETTERS <= len(words) <= NAME_WORDS or re.search(r"[\d.!?:;,|/@()«»\"“”]", name) or known(name):
            continue
        capitals = [w for w in words if w.casefold() not in small_words()]
        if all(w[:1].isupper() and w[1:] != w[1:].upper() or len(w) == 1 for w in capitals) \
                and word_initials(capitals).casefold() == sub:
            return name
    return None
