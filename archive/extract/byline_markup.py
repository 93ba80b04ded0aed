"""What a byline's element holds inside it (issue #13, round 36b; read by
:func:`archive.extract.html_metadata.markup_authors`): the element the markup marks as the name
(``<span class="author__name">`` beside ``<span class="author__email">``), the innermost byline
elements of a box (``<div class="author-box">`` round ``<p class="author">von Jane Doe</p><p>MDR</p>``;
a reading app's ``<div class="byline">`` round its domain, ``<span class="authors">`` and reading time).
A box marked as a byline that holds a date's label alone ("Updated" left of its date) names nobody:
:func:`archive.extract.html_metadata.markup_authors` passes it by."""

from __future__ import annotations

import re

_NAME_MARK = re.compile(r"(?:^|[\s_-])name(?:$|[\s_-])", re.I)


def _marks(node) -> str:
    return f"{node.get('class') or ''} {node.get('id') or ''}"


def name_children(element) -> list:
    """The elements inside a byline's that the markup marks as a name (``class="author__name"``,
    ``itemprop="name"``), holding no block of their own."""
    found = []
    for child in element.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        marks = f"{child.get('class') or ''} {child.get('itemprop') or ''}"
        if _NAME_MARK.search(marks) and not len(child.xpath("./div|./span|./p")):
            found.append(child)
    return found


def inner_bylines(element, byline_class: re.Pattern) -> list:
    """The innermost elements inside a byline's that the markup marks as bylines too (``byline_class``)."""
    marked = [node for node in element.iterdescendants() if isinstance(node.tag, str) and byline_class.search(_marks(node))]
    return [node for node in marked if not any(other is not node and node in other.iterancestors() for other in marked)]

