"""A headline under the page's header, where the masthead's lines stand over it: a site's name and
its tagline or series' name over a date or byline line, and the headline under that line, right over
the text ("dust & diesel" / "notes from a logistics job in ..." / "Posted on 12 July 2019 by ..." /
"The day after Baghouz" / text; "COAR | ..." / "Syria Update" / "Vol. 7 | No. 19 | 20 May 2024" /
"In Brief" / headline / text). The title scoring (:func:`archive.extract.page_layout.title_index`)
rewards a line with a date or byline under it, so the masthead's second line wins over the
headline that stands under the date; this moves the title down to that headline.

By shape only: the line taken is the page's second (the first is the site's name, a short line with
no sentence) and no headline of its own (it opens in lower case, or it has fewer words than a
headline), a date or byline line stands under it (a menu between them at most), and under
that line, after one short label at most ("In Brief"), a line of a headline's shape that only
byline or date lines part from the text.
"""

from __future__ import annotations

from typing import Optional

from archive.extract import bylines, paragraphs

SITE_NAME_WORDS = 8  # the page's first line, the site's name (and perhaps its long name): short
LABEL_WORDS = 4  # a section's label between the date and the headline ("In Brief")
HEADER_GAP = 2  # lines (a menu) at most between the masthead's line and the date line
MIN_HEADLINE_WORDS = 3
SERIES_WORDS = 5  # a series' or section's name under the site's: shorter than a headline (page_layout.MIN_TITLE_WORDS)


def _header_line(content: list, lines: list, i: int) -> bool:
    """A date or byline line of the header ("Posted on 12 July 2019 by hm", "Saturday, April 13,
    2024", "Vol. 7 | No. 19 | 20 May 2024", "Posted by Jane Doe")."""
    from archive.extract.page_layout import bare_byline

    line = content[i]
    return bool(bylines.states_date(line) or bylines.header_byline(line)
                or (lines[i].furniture in (None, "template") and bare_byline(content, i)))


def headline_under_header(content: list, lines: list, best: int, start: int, labels: set) -> Optional[int]:
    """The headline under the header's date or byline line where the title taken (``best``) is the
    masthead's second line over it; None where the page is not so laid out. ``start`` is where the
    text begins."""
    from archive.extract.page_layout import headline_like

    if best != 1 or start <= best + 2 or paragraphs.ends_sentence(content[0]) \
            or lines[0].words > SITE_NAME_WORDS or lines[0].words == 0:
        return None
    if not (content[1][:1].islower() or lines[1].words < SERIES_WORDS):
        return None  # the masthead's line: a tagline in lower case, a series' name; not a headline of its own
    date_at = next((j for j in range(best + 1, min(best + 2 + HEADER_GAP, start))
                    if _header_line(content, lines, j)), None)
    if date_at is None or any(lines[j].furniture is None for j in range(best + 1, date_at)):
        return None  # only a menu or a bar may stand between the masthead and the date line
    at = date_at + 1
    while at < start and _header_line(content, lines, at):
        at += 1  # the byline under the date
    if at < start - 1 and lines[at].words <= LABEL_WORDS and headline_like(content[at], lines[at]) \
            and headline_like(content[at + 1], lines[at + 1]):
        at += 1  # a section's label over the headline
    if at >= start or at in labels or lines[at].words < MIN_HEADLINE_WORDS \
            or not headline_like(content[at], lines[at]) or lines[at].sentence:
        return None
    if not all(_header_line(content, lines, j) for j in range(at + 1, start)):
        return None  # only the byline or date parts the headline from the text
    return at
