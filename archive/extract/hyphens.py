"""Words hyphenated at a line's end, joined again: a PDF's lines (:mod:`archive.readers.pdf_document`)
and a hard-wrapped text's (:mod:`archive.extract.hard_wraps`) the same way.

Two lines are joined with :data:`HYPHEN_MARK` where the first ends in a word and a hyphen and the
second opens with a letter ("repatri-" + "ation"); once the whole text is read, :func:`dehyphenate`
decides each mark: the hyphen is kept where the word is written with it (``archive/data/
hyphenated_words.txt``, or the text writes it so elsewhere and never whole) or the part after it starts
with a capital ("al-" + "Hol"), dropped otherwise.
"""

from __future__ import annotations

import functools
import re

from archive.extract.data import data_lines

HYPHEN_END = re.compile(r"([^\W\d_]+)[-\u2010\u00ad]$")
FIRST_WORD = re.compile(r"^([^\W\d_]+)")
HYPHEN_MARK = "\u0000"  # stands where a line ended in a hyphen, until the text is read whole


@functools.lru_cache(maxsize=1)
def hyphenated_words() -> frozenset:
    return frozenset(line.casefold() for line in data_lines("hyphenated_words.txt"))


def joined(out: str, line: str) -> str:
    """``out`` and the next line ``line`` as one: a word hyphenated at ``out``'s end marked for
    :func:`dehyphenate`, else a space between them."""
    if not out:
        return line
    if HYPHEN_END.search(out) and FIRST_WORD.match(line):
        return out[:-1] + HYPHEN_MARK + line
    return f"{out} {line}"


def dehyphenate(texts: list) -> list:
    """Each hyphen that ended a line (:data:`HYPHEN_MARK`): kept where the text writes the hyphenated
    word elsewhere or the part after it starts with a capital, dropped otherwise."""
    whole = "\n".join(texts)
    if HYPHEN_MARK not in whole:
        return list(texts)
    hyphenated = {m.group().casefold() for m in re.finditer(r"[^\W\d_]+-[^\W\d_]+", whole)}
    unbroken = {m.group().casefold() for m in re.finditer(r"[^\W\d_]+", whole)}  # words never broken

    def decide(match) -> str:
        left, right = match.group(1), match.group(2)
        if right[:1].isupper():
            return f"{left}-{right}"
        word = f"{left}-{right}".casefold()
        if word in hyphenated_words() or (word in hyphenated and (left + right).casefold() not in unbroken):
            return f"{left}-{right}"
        return left + right

    pattern = re.compile(rf"([^\W\d_]+){HYPHEN_MARK}([^\W\d_]+)")
    return [pattern.sub(decide, text).replace(HYPHEN_MARK, "-") for text in texts]
