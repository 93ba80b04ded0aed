"""A note on the author under a text ("Jane Doe is a research analyst at ...", "Dr Jane Doe is ...",
"Jane is a reporter ...", Arabic "<name> كاتب وباحث ..."), the box holding it ("About the author",
"Author" / "Jane Doe" over the note) and the name such a box gives: the page's, not the text."""

from __future__ import annotations

import re

from archive.extract import bylines, paragraphs
from archive.extract.byline_transcripts import spoken_turn

BIO_WORDS = 40  # a note on the author without a verb after the name is no longer
AUTHOR_BIO = re.compile(r"^(?P<name>[^\W\d_][\w'’.\- ]{2,60}?)(?:\s*\(@\w+\))?(?:,(?:\s*[A-Z][A-Za-z.]{1,7},?)+)?"
                        r"\s+(?:is|was|has been|serves as|leads|heads|directs|teaches|covers|researches|works)\s")
# (a post-nominal's letters after the name: "Jane Doe, CPP, is a ..."; a verb of the writer's work:
# "Dr Jane Doe leads the centre's work on ...": both only where the name is the byline's)


def author_bio(paragraph: str, author) -> bool:
    """A note on the author under the text ("Jane Doe is a research analyst at ...", "Jane Doe
    (@janedoe) is a lecturer ..."): a paragraph opening with one of the byline's names."""
    if not author:
        return False
    names = [n.strip().casefold() for n in re.split(r",\s*|\s+(?:and|&)\s+", author) if n.strip()]
    match = AUTHOR_BIO.match(paragraph)
    if match:
        return _names_author(match.group("name").strip().casefold(), names)
    # Without a verb (Arabic sets the name before its description: "<name> كاتب وباحث ..."): a
    # short last paragraph opening with a byline's whole name of two words or more, then words.
    folded = paragraph.casefold()
    return len(paragraph.split()) <= BIO_WORDS and any(
        len(name.split()) >= 2 and folded.startswith(name + " ") for name in names)


TITLE_WORDS = 2  # "Dr", "Prof.": at most this many short words before a byline's name in a note on the author


def _names_author(name: str, names: list) -> bool:
    """Whether the name opening a note names one of the byline's ``names``: the same name, the name
    after a title or two ("Dr Jane Doe", "Prof. Jane Doe": short capitalised words), or a byline's
    first name alone ("Jane is a reporter at ...", the byline being "Jane Doe")."""
    if name in names:
        return True
    words = name.split()
    for full in names:
        parts = full.split()
        extra = words[:len(words) - len(parts)]
        if len(parts) >= 2 and words[-len(parts):] == parts and len(extra) <= TITLE_WORDS \
                and all(len(w.rstrip(".")) <= 5 for w in extra):
            return True
        if len(words) == 1 and len(parts) >= 2 and parts[0] == words[0]:
            return True
    return False


BOX_LINES = 2  # the name over the note: on one of the lines right over it


def box_name(content: list, body_at: list):
    """The name standing alone over a note on the author that closes the text ("Author" / "Jane Doe"
    / "Jane is a reporter at ..."), on one of the few lines right over the note: the byline a page
    sets in a box under the text, or None."""
    if len(body_at) < 2:
        return None
    match = AUTHOR_BIO.match(content[body_at[-1]])
    if not match:
        return None
    for at in range(body_at[-1] - 1, max(-1, body_at[-1] - 1 - BOX_LINES), -1):
        name = bylines.bare_name(content[at])
        if name and name == content[at] and bylines.person_name(name) \
                and _names_author(match.group("name").strip().casefold(), [name.casefold()]):
            return name
    return None


BOX_HEADING_WORDS = 4


def without_author_box(body: list, author, outlet=None) -> list:
    """The text's paragraphs without the box on its author under them: the notes on the author
    (``author_bio``) at its end, and the box's heading then left closing the text ("About the
    author", "عن الكاتب": a few words, no sentence; the name under it too) with nothing of its own
    under it; and a note on the author opening the text, right under the byline; and the outlet's
    note on itself closing the text ("The Lakeside Center is a nonpartisan research centre ...")."""
    body = list(body)
    if len(body) > 1 and outlet_note(body[-1], outlet):
        body.pop()
    found = False
    while len(body) > 1 and author_bio(body[-1], author) and not spoken_turn(body[-1], body):  # "NAME : ..." in a transcript
        body.pop()
        found = True
    heading = 0
    while found and heading < BOX_LINES and len(body) > 1 and len(body[-1].split()) <= BOX_HEADING_WORDS \
            and not paragraphs.ends_sentence(body[-1]):
        body.pop()  # the box's heading, and the name under it ("Author" / "Jane Doe")
        heading += 1
    while len(body) > 1 and _bio_with_verb(body[0], author) and len(body[0].split()) <= BIO_WORDS:
        body.pop(0)  # "Jane Doe is a former ... officer and a frequent contributor." under the byline
    if len(body) > 1 and _author_heading(body[-1]):
        body.pop()  # "About the Author(s)" closing the text, its note taken out before (by the edge check)
    return body


OUTLET_NOTE = re.compile(r"^(?:About\s+[^:]{2,60}:\s*)?(?:[Ff]ounded in \d{4},\s*)?(?:[Tt]he\s+)?(?P<name>[^,;:]{2,70}?)\s+"
                         r"(?:(?:is|are|has been)\s+(?:a|an|the|one)\s|works\s)")


def outlet_note(paragraph: str, outlet) -> bool:
    """The outlet's note on itself under the text: a short paragraph opening with its name, then
    "is a ..." ("The Henry L. Stimson Center is a nonpartisan ...", "Founded in 1945, CARE works
    ...", after a label perhaps: "About CARE: ..."); the subject ends on the stored outlet's name,
    as it is written."""
    match = OUTLET_NOTE.match(paragraph) if outlet else None
    if not match or len(paragraph.split()) > BIO_WORDS:
        return False
    name, own = match.group("name").strip(), re.sub(r"^[Tt]he\s+", "", outlet.strip())
    return len(own) >= 3 and (name == own or name.endswith(" " + own)) and len(name.split()) <= len(own.split()) + 3


def _bio_with_verb(paragraph: str, author) -> bool:
    """A note on the author in its English form, the byline's name and a verb ("Jane Doe is a ..."),
    where it stands over the text, under the byline."""
    match = AUTHOR_BIO.match(paragraph) if author else None
    names = [n.strip().casefold() for n in re.split(r",\s*|\s+(?:and|&)\s+", author or "") if n.strip()]
    return bool(match) and _names_author(match.group("name").strip().casefold(), names)


def _author_heading(paragraph: str) -> bool:
    """A heading of the box on the author ([author_headings] of header_labels.txt), alone."""
    from archive.extract.footer_metadata import author_heading
    return len(paragraph.split()) <= BOX_HEADING_WORDS and author_heading(paragraph)
