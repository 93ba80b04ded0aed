"""The date lines over a text's first paragraph (issue #13; moved out of
:mod:`archive.extract.text_edges` in round 33): a date line alone among the text's first
paragraphs under a writer's block of short lines (:func:`after_date_line`), and a labelled date
left over the first paragraph, a revision's stamp under the publication's
(:func:`date_stamp_line`). Both are the page's header, not the story; a dateline naming a place
is the story's first line and stays.
"""

from __future__ import annotations

from archive.extract import paragraphs

DATE_LINE_CHARS = 40  # a date line alone ("January 22, 2024")
HEAD_PARAGRAPHS = 4  # the text's first paragraphs looked at
SHORT_HEAD_WORDS = 25  # the lines over it: no paragraph of prose


def after_date_line(body: list) -> list:
    """The text from under a date line alone among its first paragraphs, where only short lines
    (no paragraph of prose) stand above it: those and the date are the page's header (a writer's
    block, "Name" / "Role" / "Name is a former ..." / "January 22, 2024"), not the story."""
    from archive.extract.header_dates import states_date

    if len(body) > 1 and date_stamp_line(body[0]):
        return after_date_line(_without_stamps(body))  # "Updated 11 February 2024 09:42" the header's loop left over it
    for k in range(1, min(HEAD_PARAGRAPHS, len(body) - 1)):
        if len(body[k]) <= DATE_LINE_CHARS and states_date(body[k]) \
                and all(len(p.split()) < SHORT_HEAD_WORDS for p in body[:k]):
            return _without_stamps(body[k + 1:])
    return body


def _without_stamps(body: list) -> list:
    """The text without the labelled date lines left over its first paragraph (a revision's stamp
    under the publication's)."""
    while len(body) > 1 and date_stamp_line(body[0]):
        body = body[1:]
    return body


STAMP_LINE_CHARS = 60  # a labelled date line alone ("Aktualisiert am 03.05.2022, 10:15 Uhr")


def date_stamp_line(line: str) -> bool:
    """A line that is a labelled date and nothing else: a revision's stamp ("Updated ...",
    "Uppdaterad ...", "Päivitetty ...", "آخر تحديث ...") or a publication label with its date
    ("Published: 5 May 2021"), in any language the header labels know. Never a dateline ("Bruxelles,
    le 7 février 2023" names a place, no label): the story's own first line."""
    from archive.extract.header_dates import update_stamp
    from archive.extract.header_labels import labelled

    line = line.strip()
    return len(line) <= STAMP_LINE_CHARS and not paragraphs.ends_sentence(line) \
        and bool(update_stamp(line) or labelled(line, "date"))
