"""The publication an aggregator's page carries (issue #13, round 37).

A site that republishes others' reports (the outlet data's ``aggregator: yes``: ReliefWeb, a press
kiosk such as PressReader, a portal) states itself as the page's site, in its ``og:site_name``, its
logo, its footer ("Printed and distributed by ..."); the report is the publication's it carries. The
page says which, in one of two places, and :func:`aggregated_source` reads them:

- a labelled source line in the page's header ("Source: People in Need", "Quelle: ...": the labels of
  ``archive/data/outlet_source_labels.txt``), as a humanitarian portal writes it over the report;
- the parts of the page's ``<title>``: the kiosk's name, the issue's date, the headline, and one
  part left, the publication's ("PressReader - Il Secolo XIX - 2021-03-30 - Headline"). Every other
  part accounted for by its shape (the aggregator's name, a date, the headline the page states) is
  the agreement that the one left names the paper.

And a text printed from a kiosk (its foot names the aggregator: "Printed and distributed by ...")
opens on the publication's line as the kiosk writes it, its place in brackets ("Le Quotidien
(Luxembourg)"): :func:`kiosk_masthead` gives the name without the place, as a database's source
line is read (:func:`archive.readers.database_sources.publication_name`).

The aggregator is never stored where the page names the publication so; where it does not, it is.
"""

from __future__ import annotations

import re
from typing import Optional

from archive.extract.outlet_names import canonical_outlet, name_key, outlet_table, tidy_outlet

HEAD_LINES = 12  # a source line stands in the page's header, over the report
NAME_WORDS = 8  # a publication's name is a few words
_TITLE_SEPARATORS = re.compile(r"\s+[-–—|·]\s+")


def _aggregator(name: Optional[str]) -> bool:
    return bool(name) and (canonical_outlet(name) or name) in outlet_table().aggregators


def aggregated_source(outlet: Optional[str], page, title: Optional[str]) -> Optional[str]:
    """The publication the aggregator ``outlet``'s page carries (module doc), else None."""
    if not _aggregator(outlet):
        return None
    return _labelled_source(page.lines[:HEAD_LINES], outlet) \
        or (None if page.whole else _title_part(page.head, outlet, title))


def _labelled_source(lines, outlet: str) -> Optional[str]:
    """The name a labelled source line in the page's header gives ("Source: Syria INGO Regional
    Forum"), where it is a name (no address, no sentence) and not the aggregator's own."""
    from archive.extract.source_credits import plain_source_line

    for line in list(lines)[:HEAD_LINES]:
        plain = plain_source_line(str(line))
        if not plain:
            continue
        name = tidy_outlet(plain.split(":", 1)[1])
        if _name_shape(name) and not _aggregator(name) and name_key(name) != name_key(outlet):
            return canonical_outlet(name) or name
        return None
    return None


def _title_part(head, outlet: str, title: Optional[str]) -> Optional[str]:
    """The one part of the page's title parts (a web page's head: its ``<title>`` split) that is
    neither the aggregator's name, nor a date, nor the headline: the publication's, its place cut."""
    from archive.extract.dates import iso_date
    from archive.readers.database_sources import publication_name

    parts = [str(part).strip() for part in head if str(part).strip()]
    own = {name_key(outlet), name_key(canonical_outlet(outlet) or outlet)}
    headline = name_key(title or "")
    if not headline or not any(name_key(part) in own for part in parts) \
            or not any(name_key(part) == headline for part in parts):
        return None
    left = [part for part in parts if name_key(part) not in own and name_key(part) != headline
            and not (len(part) <= 30 and re.search(r"\d", part) and iso_date(part))]
    if len(left) != 1 or not _name_shape(left[0]):
        return None
    name = publication_name(left[0])
    return canonical_outlet(name) or name


def _name_shape(name: str) -> bool:
    """A publication's name: a few words opening with a letter, no sentence, no address."""
    words = name.split()
    return 0 < len(words) <= NAME_WORDS and bool(re.match(r"[^\W\d_]", name)) \
        and not re.search(r"[.!?؟]$|https?://|www\.|@", name)


def kiosk_masthead(outlet: Optional[str], page) -> Optional[str]:
    """The publication's name without the place a kiosk writes beside it ("Le Quotidien
    (Luxembourg)" -> "Le Quotidien"), for a text page whose foot names an aggregator ("Printed and
    distributed by PressReader") and whose outlet is its first line; else None."""
    from archive.readers.database_sources import publication_name

    if not outlet or not page.whole or _aggregator(outlet) or not outlet.rstrip().endswith(")"):
        return None
    first = next((str(line).strip() for line in page.lines if str(line).strip()), "")
    if name_key(first) != name_key(outlet):
        return None
    if not any(_names_aggregator(str(line)) for line in page.foot):
        return None
    name = publication_name(outlet)
    return name if name and name != outlet else None


def _names_aggregator(line: str) -> bool:
    """Whether a footer line names an aggregator the data knows (its name as a word)."""
    key = line.casefold()
    return any(re.search(r"(?<!\w)" + re.escape(name.casefold()) + r"(?!\w)", key)
               for name in outlet_table().aggregators)


def kiosk_written(outlet: str, page) -> Optional[str]:
    """The name in Latin letters a kiosk's page title gives the known outlet ``outlet`` (a part of
    a web page's title beside an aggregator's name: "PressReader - Akhbar Al Khaleej - ..."), where
    the name to store would be in Arabic script: the kiosk's field names the paper so, as a
    database's source field does (:func:`archive.extract.outlet_script_names.field_script_form`).
    Else None."""
    from archive.readers.database_sources import publication_name

    if page is None or page.whole or not any(_aggregator(str(part)) for part in page.head):
        return None
    for part in page.head:
        name = publication_name(str(part).strip())
        if name and re.fullmatch(r"[A-Za-z][\w .'’&-]*", name) and not _aggregator(name) \
                and canonical_outlet(name) == outlet:
            return name
    return None
