"""A call to action written in sentences, whatever its words, at the edges of a text: a short
paragraph that asks the reader to do something ("Want to write? Write an article and join a growing community of ...",
"Want to read more? ... please enquire about our subscription options at example.com",
"Ukrainian journalism needs your support. Join our community.").

Two signs of different kinds make one (a news paragraph may hold one of them, rarely two): a
sentence opening with an imperative of the data (``[cta_verbs]`` of page_furniture.txt), a short
question opening the paragraph, words addressing the reader or the outlet speaking of itself
(``[reader_words]``: "your", "our", "please"), a web address, a [strong] phrase, a word of paying
for the journalism (``[support_words]``: "donating", "paywalls", "subscribers"). One of the two
must be the imperative or the opening question ("our" and a web address alone are a source's
words), or the two are the reader's words and the paying ("Thank you for donating to Example.nl.",
"Readers like you are keeping these stories free from paywalls."); a question goes with a web
address or a [strong] phrase ("What is your favourite ...?" is a blog's own text).
Quoted sentences are a person's words, never the page's. Only a text's edges are cut
(:func:`without_calls`): inside it, a reader may be addressed so ("Try ...", "Share ..."), save
for an invitation to a newsletter shaped as one (:mod:`archive.extract.signup_lines`).
"""

from __future__ import annotations

import functools
import re
from typing import Sequence

from archive.extract.data import data_sections
from archive.extract.line_furniture import _phrases, plain
from archive.extract.newsletter_closings import closing
from archive.extract.signup_lines import without_signup_lines

MAX_WORDS = 50
QUESTION_WORDS = 7  # an opening question to the reader: a few words ("Want to read more?")
_SENTENCES = re.compile(r"(?<=[.!?؟۔।])\s+")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|co\.uk|info|io)(?:/\S*)?"
                      r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
                      r"|\b[a-z0-9][a-z0-9-]+(?:\.[a-z]{2,3})?\.(?:[a-z]{2}|media|news|online|today|info)\b(?!\.?\w)",
                      re.I)  # a web or e-mail address; a site's domain of any country ("example.pl", "site.co.ke")
LEAD_IN_WORDS = 4  # "For media enquiries, contact ...": a short phrase before the imperative
_QUOTES = "\"“”«»‘’'"


@functools.lru_cache(maxsize=None)
def _words(section: str) -> frozenset:
    """A section's single words, page_furniture.txt's (English, Arabic, Kurdish) with the same
    section of boilerplate.txt (the other languages a collection meets, round 29)."""
    return frozenset(plain(w) for w in _entries(section) if " " not in w)


def _entries(section: str) -> list:
    return list(data_sections("page_furniture.txt").get(section, ())) + list(data_sections("boilerplate.txt").get(section, ()))


def call_to_action(text: str, tokens: Sequence[str], strong: bool = False) -> bool:
    """Whether a line (``tokens``: its words, made plain as the classifier makes them) is a call to
    action written in sentences (see the module); ``strong``: it holds a [strong] phrase, one more
    sign."""
    if not 3 <= len(tokens) <= MAX_WORDS or any(q in text for q in _QUOTES[:5]):
        return False
    verbs = _words("cta_verbs")
    sentences = [s for s in _SENTENCES.split(text.strip()) if s]
    imperative = False
    for sentence in sentences + [_after_lead_in(s) for s in sentences if _after_lead_in(s)]:
        words = _WORD.findall(plain(sentence))
        if words and sentence[:1].isalpha() and words[0] in verbs and len(words) >= 2 \
                and (words[1] not in _words("cta_noun_signs") or words[0] in _words("strong")):
            imperative = True  # "Join our ...", not "Support for the measure grew ..."
    first = sentences[0] if sentences else ""
    question = len(sentences) > 1 and first.rstrip().endswith(("?", "؟")) and len(first.split()) <= QUESTION_WORDS
    reader = any(t in _words("reader_words") for t in tokens)
    support = any(_support_word(t) for t in tokens)
    if not (imperative or question or (support and reader)):
        return False  # "Thank you for donating to Example.nl.": the outlet's appeal, with no imperative
    address = bool(_ADDRESS.search(text)) or _platform(text)  # a platform the outlet publishes on is its address
    if not imperative and not (address or strong or (support and reader)):
        return False  # a question to the reader and "your" alone: a blog asking its readers, in its text
    return sum((imperative, question, reader, address, strong, support)) >= 2


@functools.lru_cache(maxsize=1)
def _platforms():
    names = sorted({plain(n) for n in _entries("platform_names")}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)") if names else None


def _platform(text: str) -> bool:
    """Whether a line names a platform an outlet publishes on ([platform_names]: "Google News",
    "Telegram", "WhatsApp"): with an imperative, the outlet asking to be followed there."""
    pattern = _platforms()
    return bool(pattern and pattern.search(plain(text)))


def _after_lead_in(sentence: str) -> str:
    """The sentence after a short phrase and a comma opening it ("For media enquiries, contact our
    ..." gives "contact our ..."), or "" where none opens it."""
    head, comma, rest = sentence.partition(",")
    if not comma or not rest.strip() or len(_WORD.findall(head)) > LEAD_IN_WORDS:
        return ""
    return rest.strip()


def _support_word(token: str) -> bool:
    """Whether a token is a word of paying for the journalism ([support_words]: "donating",
    "paywalls", "subscribers")."""
    whole, stems = _support_words()
    return token in whole or token.startswith(stems)  # (stems: a tuple, tried in C)


@functools.lru_cache(maxsize=1)
def _support_words() -> tuple:
    return _whole_and_stems("support_words")


@functools.lru_cache(maxsize=None)
def _whole_and_stems(section: str) -> tuple:
    entries = [plain(w) for w in _entries(section) if " " not in w]
    return (frozenset(w for w in entries if not w.endswith("*")),
            tuple(w[:-1] for w in entries if w.endswith("*")))


def _comment_word(token: str) -> bool:
    """Whether a token is a word of the page's comments or shares ([comment_words] of boilerplate.txt:
    "comment", "commenta", "تعليق")."""
    whole, stems = _whole_and_stems("comment_words")
    return token in whole or token.startswith(stems)


COMMENT_QUESTION_WORDS = 12  # a question asking for the reader's comment: a short one


def comment_question(paragraph: str) -> bool:
    """A short question alone closing the text, addressing the reader and asking for a comment, a
    share or a subscription ("Would you like to comment on this article?", "Vuoi dire la tua? Commenta
    qui", "Have a story to share with us?"): words of the reader ([reader_words]) and of the page's
    comments ([comment_words]). A story's own closing question ("What will happen to the camp?")
    speaks to no reader of the page's comments. Quoted, it is a person's words."""
    text = paragraph.strip()
    if not text.endswith(("?", "؟")) or len(text.split()) > COMMENT_QUESTION_WORDS or any(q in text for q in _QUOTES[:5]):
        return False
    tokens = [part for t in _WORD.findall(plain(text)) for part in {t, *t.split("-")}]  # "voulez-vous": "vous"
    return any(t in _words("reader_words") for t in tokens) and any(_comment_word(t) for t in tokens)


def is_call(paragraph: str) -> bool:
    """:func:`call_to_action` on a paragraph, its [strong] phrases counted."""
    folded = plain(paragraph)
    tokens = _WORD.findall(folded)
    if not 3 <= len(tokens) <= MAX_WORDS:
        return False  # (call_to_action's first test, before the [strong] phrases are counted for it)
    return call_to_action(paragraph, tokens, strong=bool(_phrases()["strong"].count(tokens, folded)))


def without_calls(paragraphs: list) -> list:
    """The text without the calls to action closing it or opening it (never its only paragraph);
    at its end, a newsletter's closing too ("Thanks for reading. Next week: ..."); anywhere, a
    sign-up line in any language (:mod:`archive.extract.signup_lines`)."""
    paragraphs = without_signup_lines(paragraphs)
    end = len(paragraphs)
    while end > 1 and (is_call(paragraphs[end - 1]) or closing(paragraphs[end - 1]) or comment_question(paragraphs[end - 1])):
        end -= 1
    start = 0
    while start < end - 1 and is_call(paragraphs[start]):
        start += 1
    return paragraphs[start:end] if (start, end) != (0, len(paragraphs)) else paragraphs
