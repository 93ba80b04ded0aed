"""The dates a text states in words or year-first ("Wed 05 Apr 2017", "5 نيسان 2017", "2017-04-05"),
each with whether it is strong (a weekday names it, it opens a line, or it stands in a dateline): the
checks :mod:`archive.extract.publication_dates` weighs a record's value against (:func:`stated_dates`,
moved from :mod:`archive.extract.dates` in round 27, which still offers it).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from archive.extract.date_names import fold
from archive.extract.dates import _build, _month_key, patterns

_YEAR = re.compile(r"(?<!\d)(?:1[89]|2\d)\d\d(?!\d)")


# A dateline's place before its date and a dash or a credit after it: "HASAKAH, 4 October 2022 –".
_DATELINE_PLACE = re.compile(r"[^\W\d][\w'’.\- ]{0,40},\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:-{1,3}|–|—|\()")


def _in_dateline(text: str, line_start: int, match) -> bool:
    """Whether a date stands in a dateline (its place, a comma, the date, then a dash or a credit):
    the outlet's own statement of the day, as strong as a date line."""
    return bool(_DATELINE_PLACE.fullmatch(text[line_start:match.start()])
                and _DATELINE_AFTER.match(text, match.end()))


def stated_dates(text: str, today: Optional[dt.date] = None) -> list:
    """Dates written out in a text ("Wed 05 Apr 2017", "5 نيسان 2017", "2017-04-05"), as
    ``(date, strong)``: strong when a weekday names it, it opens a line (a date line) or it stands in
    a dateline ("HASAKAH, 4 October 2022 –")."""
    if not text:
        return []
    text = fold(text)
    if not _YEAR.search(text):  # every date stated in full has its year
        return []
    months, _, inside, _ = patterns()
    found = []
    for pattern in inside:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            month = int(groups["m"]) if groups.get("m") else months[_month_key(groups["month"])]
            value, _ = _build(int(groups["year"]), month, int(groups["day"]), today)
            if value is not None:
                line_start = text.rfind("\n", 0, match.start()) + 1
                opens_line = not re.search(r"\w", text[line_start : match.start()])
                strong = bool(groups.get("weekday")) or opens_line or _in_dateline(text, line_start, match)
                found.append((value, strong))
    return found
