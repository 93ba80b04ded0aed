"""Around a plain text's article: the lines above its headline and under its text.

Tags (a labelled line, or a list under a heading), the page's logo or masthead naming the outlet
above the headline, a footer naming it under the text ("© 2024 North Press Agency"), and a wire's
sign-off or a byline under the text naming the reporters. Used by :mod:`archive.readers.text`.
"""

from __future__ import annotations

from archive.extract import bylines, tag_blocks, text_edges, wire_endings
from archive.extract.outlets import footer_outlet, known_outlet, logo_outlet
from archive.readers.text_header import THE_LESS, _outranks, _own_name_in_footer

LOGO_LINES = 2  # a logo line naming the outlet stands among the page's first lines
TAGS_ABOVE_TITLE = 3  # tags above the headline end at most this many lines above it


def around_text(record, content, raw, lines, gap_before, repeated, tail, title_at, position, body_at, dropped,
                guessed):
    """Reads the lines above the headline and from ``position`` (the header's end) on: tags into
    ``record.tags``, the outlet a logo or footer names, the author a sign-off or byline under the
    text names. Lines read that are no text go into ``dropped``. Returns ``(guessed, text_over)``:
    whether the outlet is still a guess (False, True or THE_LESS), and the line where tags under
    the text close it (what follows is the page's), or None."""
    above_tags = []
    credited = None  # the outlet a footer line named (a wire's credit under the story)
    text_over = None
    i = 0
    while i < len(content):
        if i < title_at or i >= position:
            tags, after = tag_blocks.tags_at(content, raw, gap_before, i, repeated, tail)
            if tags is not None and i < title_at and after < title_at - TAGS_ABOVE_TITLE:
                tags = None  # a list far above the headline: the page's navigation, not its tags
            if tags is not None:
                if i >= title_at:
                    if above_tags:  # a list by the text outranks one over the title (a menu's "Topics")
                        record.tags = [t for t in record.tags if t not in above_tags]
                        above_tags = []
                    record.tags.extend(tags)
                elif not record.tags:
                    record.tags.extend(tags)
                    above_tags = list(tags)
                dropped.update(range(i, after))
                if body_at and body_at[0] < i and text_over is None \
                        and text_edges.tags_close_text(content, lines, body_at, i, after):
                    text_over = i  # tags under the text close it: what follows is the page's
                i = after
                continue
        line = content[i]
        if i < title_at and known_outlet(line) and _outranks(line, record.outlet, guessed):
            record.outlet, guessed = line, False
        elif i < min(title_at, LOGO_LINES) and logo_outlet(line) and _outranks(line, record.outlet, guessed):
            record.outlet, guessed = logo_outlet(line), THE_LESS if not known_outlet(line) else False  # "Independent"
        if i >= position:
            outlet = footer_outlet(line) if len(line) <= 120 else None
            if outlet and (i not in body_at or i == body_at[-1]):
                if _outranks(outlet, record.outlet, guessed) or (record.outlet == credited and _own_name_in_footer(
                        outlet, record.outlet, content[:title_at])):  # a wire's "(©NTB)", the page's own "© Name" under it
                    record.outlet, guessed, credited = outlet, False, outlet
                if not wire_endings.signed_sentence(line):  # "... in Syria. (AGI)": the wire's last sentence stays
                    dropped.add(i)
            if record.author is None and lines[i].furniture == "sign-off":
                record.author = bylines.signoff_author(line)
            elif record.author is None and (i not in body_at or i == body_at[-1]) and bylines.byline(line):
                record.author = bylines.byline(line)[0]  # "Written by Jane Doe", "المحرر: ..." below the text
                dropped.add(i)
        i += 1
    return guessed, text_over
