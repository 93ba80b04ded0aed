"""A byline line is never a page's title: where the text reader's choice falls on a line naming only
the writers, the headline is the nearest line of a headline's shape above it (else under it).

A byline line by its shape, in any language (:func:`byline_names`):

- person names joined by a comma or a joining word of the data ("Jane Doe i John Roe", "Jane Doe
  und John Roe": ``name_joiners.txt``), two or three of them, nothing else;
- a name, then a separator ("/", "|", a dash, a comma) and a role, a desk's credit or the outlet
  ("Jane Doe / Example Shimbun Staff Writer", "Jane Doe | Senior Correspondent": the role words of
  ``byline_roles.txt`` and ``header_labels.txt``, read by :func:`person_names.role_line`; an outlet
  the data knows, a web domain: "Jane Doe | example.org");
- a byline word of the data ("Hosted by", "av", "di": ``byline_words.txt``), then such names.

A single name alone is left to the title rules (a profile's headline may be a name).
"""

from __future__ import annotations

import re
from typing import Optional

from archive.extract.author_lines import opener
from archive.extract.byline_desks import names_nobody
from archive.extract.outlets import known_outlet
from archive.extract.person_names import JOINED, bare_name, one_bare_name, person_name, role_line
from archive.model import collapse_whitespace

_DOMAIN = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}$", re.I)
_SEPARATOR = re.compile(r"\s+[/|–—-]\s+|\s*[/|]\s*|,\s+")
BYLINE_CHARS = 120
HEADLINE_REACH = 3  # lines above the byline where the headline stands (a standfirst, a kicker between)


def _person(part: str) -> bool:
    """A person's name, its particles in small letters aside ("Layla bin Salem", "Lotte van Dijk")."""
    capitalised = [w for w in part.split() if not w[:1].islower()]
    return bool(capitalised) and person_name(" ".join(capitalised))


def _joined_names(text: str) -> Optional[str]:
    """Two or three person names joined by a comma or a joining word, nothing else; or None."""
    parts = [p for p in JOINED.split(text) if p and p.strip()]
    if not 2 <= len(parts) <= 3 or bare_name(text) != text:
        return None
    if not all(one_bare_name(p.strip()) == p.strip() and _person(p) for p in parts):
        return None
    return text


def _name_and_credit(text: str) -> Optional[str]:
    """A person's name, a separator, a role or a credit naming nobody ("Jane Doe / Example Shimbun
    Staff Writer"); the name, or None."""
    parts = _SEPARATOR.split(text, maxsplit=1)
    if len(parts) != 2:
        return None
    name, rest = parts[0].strip(), parts[1].strip()
    if not rest or one_bare_name(name) != name or not _person(name):
        return None
    return name if role_line(rest) or names_nobody(rest) or known_outlet(rest) or _DOMAIN.match(rest) else None


def byline_names(line: str) -> Optional[str]:
    """The writers a line names alone (module doc), as the byline writes them; else None."""
    text = collapse_whitespace(line).strip()
    if not text or len(text) > BYLINE_CHARS or any(c.isdigit() for c in text) or text[-1:] in ".!?:;":
        return None
    start = opener(text)
    if start:
        rest = text[start:].strip(" :")
        return _joined_names(rest) or (rest if one_bare_name(rest) == rest and _person(rest) else None)
    return _joined_names(text) or _name_and_credit(text)


def headline_for(content: list, lines: list, title_at: Optional[int], start: int, labels) -> Optional[int]:
    """Where the title is when the chosen line ``title_at`` is a byline (:func:`byline_names`): the
    nearest headline-shaped line (:func:`page_layout.headline_like`, not a label, not a byline) within
    :data:`HEADLINE_REACH` lines above it, else the first under it before the text's ``start``;
    where there is none, ``title_at`` as chosen."""
    if title_at is None or title_at < 0 or not byline_names(content[title_at]):
        return title_at
    from archive.extract.page_layout import headline_like

    for j in range(title_at - 1, max(-1, title_at - 1 - HEADLINE_REACH), -1):
        if j in labels:
            break
        if headline_like(content[j], lines[j]) and not byline_names(content[j]):
            return j
    for j in range(title_at + 1, min(start + 1, len(content))):
        if j not in labels and headline_like(content[j], lines[j]) and not byline_names(content[j]):
            return j
    return title_at


HEADER_REACH = 8  # lines under the title where its header's byline stands


def header_names(content: list, lines: list, title_at: Optional[int], start: int, chosen: Optional[int] = None) -> Optional[str]:
    """The writers a byline line of the header names alone (:func:`byline_names`: "Presented by
    Jane Doe and John Roe", "Jane Doe i John Roe"), where no rule read them: the line first taken for
    the headline (``chosen``), else the first such line under the title, above the text's ``start``,
    that the classifier took for no furniture (a share bar's names of sites are none); one name after
    a byline word alone is left to the learned check (:mod:`archive.extract.author_lines`)."""
    if chosen is not None and chosen != title_at and 0 <= chosen < len(content) and byline_names(content[chosen]):
        return byline_names(content[chosen])
    if title_at is None or title_at < 0:
        return None
    for j in range(title_at + 1, min(start, title_at + 1 + HEADER_REACH, len(content))):
        names = byline_names(content[j]) if lines[j].furniture in (None, "template") else None
        if names and (not opener(content[j]) or len([p for p in JOINED.split(names) if p.strip()]) >= 2):
            return names  # one name after a byline word ("av Jane Doe") is the learned check's (author_lines)
    return None
