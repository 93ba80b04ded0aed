"""A kicker before the headline, told by the page itself: the title taken is "LABEL — Headline"
("EXPERT COMMENTARY — Two Years After ...", "Analysis | Aid cuts bite in the camps") and the part
after the separator stands as a line of its own right under it (the page's headline, the kicker
line over it). Two independent signs agree: a short label before a separator, and the headline
alone on the page; neither alone is enough (a headline's own colon or dash, "Syria: aid cuts
bite", stays whole where nothing repeats its second part)."""

from __future__ import annotations

import re
from typing import Optional, Sequence

from archive.model import collapse_whitespace

KICKER_WORDS = 4  # a kicker: one to this many words
HEADLINE_WORDS = 4  # the headline after it: at least this many
NEAR_LINES = 3  # the headline's own line: among the lines right under the title
_SEPARATED = re.compile(r"^(?P<kicker>[^|:：—–-]{1,40}?)\s*(?:\s[|—–-]\s|[:：]\s)\s*(?P<headline>\S.*)$")


def kicker_headline(title: str, under: Sequence[str]) -> Optional[str]:
    """The headline without its kicker where the page repeats it alone (module doc), else None.
    ``under`` are the lines right under the title."""
    match = _SEPARATED.match(collapse_whitespace(title or ""))
    if not match:
        return None
    kicker, headline = match.group("kicker").strip(), match.group("headline").strip()
    if not 1 <= len(kicker.split()) <= KICKER_WORDS or len(headline.split()) < HEADLINE_WORDS:
        return None
    key = headline.casefold()
    if any(collapse_whitespace(line).casefold() == key for line in list(under)[:NEAR_LINES]):
        return headline
    return None


CALL_WORDS = 12  # a call to the reader over the headline: this many words at most


def reader_call(line: str) -> bool:
    """Whether a short line over the headline calls on the reader to subscribe, sign in or get the
    outlet's app ("Subscribe to the print edition", "This article is for subscribers. Log in",
    "Download our app"): a subscribing word of ``signup_words.txt [signup_verbs]``, or a phrase of
    ``title_guards.txt [app_prompts]``. :func:`archive.extract.title_guards.title_at` passes such a
    line for the headline under it where that headline has its byline or date under it."""
    from archive.extract.data import data_sections
    from archive.extract.signup_lines import fold, signup_words

    if not line or len(line.split()) > CALL_WORDS:
        return False
    if signup_words(line)[1]:
        return True
    folded = " ".join(fold(line).split())
    return any(" ".join(fold(p).split()) in folded for p in data_sections("title_guards.txt").get("app_prompts", ()))
