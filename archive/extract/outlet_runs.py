"""The outlet's own lines under a text's last sentence (issue #13, round 33).

A magazine closes its page with lines about itself: an appeal ("Support <Outlet>, an independent
medium"), its address ("<Outlet> – 2 rue ..., Paris"), an offer ("Subscribe to <Outlet> from 1 €"),
a note that the text is free to read and why ("This article is free. <Outlet> lives only from its
readers."). Copied as text, they stand under the story's last sentence as short lines, in words no
phrase list of the appeals holds for every language and outlet.

Decided by the outlet's name and the lines' shape, not their words: among a text's last
``RUN_PARAGRAPHS`` paragraphs, a line that names the page's own outlet and is no sentence (a few
words, no closing full stop: a heading, an appeal's title, an address), standing under a paragraph
that ends a sentence, opens the outlet's run; it and every short paragraph under it are left out.
A sentence of the story naming its outlet ("<Outlet> asked the ministry for comment.") is a
sentence and opens no run; a long paragraph under the line (the story going on under a heading
that names the outlet) keeps it.
"""

from __future__ import annotations

import re
from typing import Optional

RUN_PARAGRAPHS = 4  # the run's first line among the text's last paragraphs
HEAD_WORDS = 10  # the line opening the run: a heading, an appeal's title, an address
RUN_WORDS = 25  # each paragraph under it: a short note, no paragraph of the story


def _names(text: str, outlet: str) -> bool:
    from archive.extract.record_tails import compact

    name = compact(outlet)
    if len(name) < 4:
        return False
    words = re.findall(r"\w+", text)
    return any(compact(" ".join(words[i:j])) == name for i in range(len(words))
               for j in range(i + 1, min(len(words), i + 6) + 1))


def without_outlet_run(paragraphs: list, outlet: Optional[str]) -> list:
    """``paragraphs`` without the outlet's run under its last sentence (module doc); unchanged where
    none stands there. Never the text's first paragraph."""
    from archive.extract.paragraphs import ends_sentence

    if not outlet or not outlet.strip() or len(paragraphs) < 3:
        return paragraphs
    for at in range(max(2, len(paragraphs) - RUN_PARAGRAPHS), len(paragraphs)):
        line = paragraphs[at]
        if len(line.split()) <= HEAD_WORDS and not ends_sentence(line) and ends_sentence(paragraphs[at - 1]) \
                and _names(line, outlet) and all(len(p.split()) <= RUN_WORDS for p in paragraphs[at:]):
            return paragraphs[:at]
    return paragraphs
