"""A web page's footer: its text (the elements the markup marks as its footer, in the markup words of
several languages; an old table layout's last cell where none is marked), and the known outlet its
copyright line names, for pages naming no site at all (:func:`footer_site_name`). Pure functions
over a parsed lxml tree; moved out of :mod:`archive.extract.page_names`, round 33."""

from __future__ import annotations

import re
from typing import Optional

from archive.extract.page_values import clean_text
from archive.model import collapse_whitespace

_FOOTER = ("//footer | //*[contains(translate(@class, 'FOT', 'fot'), 'foot')"
           " or contains(translate(@id, 'FOT', 'fot'), 'foot')"
           # the footer in the markup's words of other languages: "pied" (de page), "piede", "rodape",
           # "fusszeile", "voettekst", "pie-de-pagina"
           " or contains(@class, 'pied') or contains(@id, 'pied') or contains(@class, 'rodape') or contains(@id, 'rodape')"
           " or @id = 'pie' or @class = 'pie' or contains(@class, 'fusszeile') or contains(@id, 'fusszeile')"
           " or contains(@class, 'voettekst')"
           " or contains(@id, 'voettekst') or contains(@class, 'pie-de-pagina') or contains(@id, 'pie-de-pagina')"
           " or contains(translate(@class, 'COPYRIGHT', 'copyright'), 'copyright')]")
FOOTER_CHARS = 2000


def footer_text(tree) -> str:
    try:
        parts = [_broken_text(element) for element in tree.xpath(_FOOTER)]
    except Exception:
        return ""
    return collapse_whitespace(" ".join(parts))[-FOOTER_CHARS:]


def _broken_text(element) -> str:
    """An element's text, a line break (``<br>``) read as a space: "Name<br>© 2022 Group" is two lines,
    not "Name© 2022" (round 32)."""
    if not element.xpath(".//br"):
        return element.text_content()
    from lxml import html as lxml_html

    copy = lxml_html.fromstring(lxml_html.tostring(element))
    for br in copy.xpath(".//br"):
        br.tail = " " + (br.tail or "")
    return copy.text_content()


def last_cell_text(tree) -> str:
    """An old table layout's footer, where the page marks none: its last cell's text, if short
    ("Lakeside Gazette 1998-2019 | webmaster@..."), else ""."""
    try:
        cells = [collapse_whitespace(cell.text_content()) for cell in tree.xpath("//td")]
    except Exception:
        return ""
    cells = [cell for cell in cells if cell]
    return cells[-1] if cells and len(cells[-1]) <= LAST_TEXT_CHARS else ""


LAST_TEXT_CHARS = 160  # an old layout's footer cell: a line or two


_FOOTER_XPATH = (
    "//footer | //*[contains(translate(@class, 'FOOTERCPYIGH', 'footercpyigh'), 'footer')"
    " or contains(translate(@class, 'FOOTERCPYIGH', 'footercpyigh'), 'copyright')"
    " or contains(translate(@id, 'FOOTERCPYIGH', 'footercpyigh'), 'footer')"
    " or contains(translate(@id, 'FOOTERCPYIGH', 'footercpyigh'), 'copyright')]"
)


def footer_site_name(tree) -> Optional[str]:
    """A known outlet named by the copyright line of the page's footer ("© 2024 Rudaw Media
    Network"), for pages that state no site name; None when the footer names no known outlet."""
    from archive.extract.outlets import COPYRIGHT_LINE, footer_outlet, is_known

    try:
        footers = tree.xpath(_FOOTER_XPATH)
    except Exception:  # a tree lxml cannot search
        return None
    for element in reversed(footers[-20:]):
        text = element.text_content() if hasattr(element, "text_content") else ""
        for line in reversed([clean_text(part) for part in re.split(r"[\n\r]+", text or "")]):
            if line and len(line) <= 300 and COPYRIGHT_LINE.search(line):
                found = footer_outlet(line)
                if is_known(found):
                    return found
    return None
