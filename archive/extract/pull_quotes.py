"""Pull quotes: a sentence of the text printed again, large, between its paragraphs. On a page
copied to text it is a paragraph of its own, a quotation and nothing else (no "she said" outside
the quotation marks), whose words stand, most of them in the same order (pairs of words), in the
paragraph right over or under it: the page's furniture, printed twice.

A page copied to text may hold the pull quote without the paragraph it repeats near it (the
sentence further down, or cut by the outlet's editor): a lone quotation of one sentence, no
speaker named, set between two paragraphs of prose, that continues no quotation (the paragraph
over it neither opens one left unclosed, the convention of a quote run over paragraphs, nor ends
with a colon introducing it, nor quotes its speaker already) and that no attribution follows ("...,
she said" under it). A
reporter's quotation is said by someone the text names, beside it; a pull quote stands alone."""

from __future__ import annotations

import re

MAX_WORDS = 40
MIN_WORDS = 5
SHARE = 0.6  # of its pairs of words found in the paragraph it repeats, in their order
NEAR = 1  # the paragraph it repeats stands right over or under it
_OPEN = "\"“«‘'„"
_CLOSE = "\"”»’'“"
_WORD = re.compile(r"\w+", re.UNICODE)


def _words(text: str) -> list:
    return _WORD.findall(text.casefold())


def pull_quote(paragraphs: list, at: int) -> bool:
    """Whether paragraph ``at`` is a pull quote (see the module)."""
    text = paragraphs[at].strip()
    if len(text) < 2 or text[0] not in _OPEN or text[-1] not in _CLOSE:
        return False
    if any(c in _CLOSE for c in text[1:-1].replace("'", "").replace("’", "")):
        return False  # two quotations with words between them: a paragraph of the text
    words = _words(text)
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return False
    pairs = list(zip(words, words[1:]))
    for other in range(max(0, at - NEAR), min(len(paragraphs), at + NEAR + 1)):
        if other == at:
            continue
        theirs = _words(paragraphs[other])
        if len(theirs) > len(words) and sum(1 for p in pairs if p in set(zip(theirs, theirs[1:]))) >= SHARE * len(pairs):
            return True
    return False


LONE_MAX_WORDS = 30  # a lone pull quote: one sentence of at most this many words
_INNER_END = re.compile(r"[.!?…]\s+\S")  # a sentence ending inside: more than one sentence
_END = re.compile(r"[.!?…]$")
_QUOTE_MARKS = "\"“”«»„"  # a paragraph quoting someone (a straight apostrophe is no quotation mark)
_ATTRIBUTION_START = re.compile(r"^(?:[-–—]|[a-zà-öø-ÿ])")  # "— she said", "said the ...": the quote's speaker under it


def _quotation(text: str) -> bool:
    """A paragraph that is one quotation and nothing else (its marks at both ends, none between)."""
    if len(text) < 2 or text[0] not in _OPEN or text[-1] not in _CLOSE:
        return False
    return not any(c in _CLOSE or c in _OPEN for c in text[1:-1].replace("'", "").replace("’", ""))


def _open_quotation(text: str) -> bool:
    """Whether a paragraph leaves a quotation open (its opening marks outnumber its closing ones):
    the next paragraph continues it."""
    opens = sum(text.count(c) for c in "“«„")
    closes = sum(text.count(c) for c in "”»")
    straight = text.count('"')
    return opens > closes or straight % 2 == 1


def lone_pull_quote(paragraphs: list, at: int) -> bool:
    """Whether paragraph ``at`` is a pull quote standing alone (see the module): a quotation of one
    sentence, between two paragraphs of prose, continuing none and attributed by none."""
    if at == 0 or at >= len(paragraphs) - 1:
        return False
    text = paragraphs[at].strip()
    if not _quotation(text):
        return False
    inner = text[1:-1].strip()
    words = _words(inner)
    if not MIN_WORDS <= len(words) <= LONE_MAX_WORDS or not _END.search(inner) or _INNER_END.search(inner):
        return False
    before, after = paragraphs[at - 1].strip(), paragraphs[at + 1].strip()
    if len(_words(before)) < MIN_WORDS or len(_words(after)) < MIN_WORDS or not _END.search(before.rstrip(_CLOSE)) \
            or not _END.search(after.rstrip(_CLOSE)):
        return False  # not set between paragraphs of prose (a subheading over it asks the quoted question)
    if before.endswith(":") or any(c in before for c in _QUOTE_MARKS) or _quotation(after):
        return False  # it continues a quotation (the paragraph over it quotes someone), or is one of a run
    return not _ATTRIBUTION_START.match(after)


def without_pull_quotes(paragraphs: list) -> list:
    """The text without its pull quotes."""
    if len(paragraphs) < 3:
        return paragraphs
    return [p for at, p in enumerate(paragraphs) if not (pull_quote(paragraphs, at) or lone_pull_quote(paragraphs, at))]
