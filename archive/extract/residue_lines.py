"""The page's residue left under an article's text, by its shape alone, not by its words: a
widget's or a button's lone word ("Loading", "O.K."), a comment counter ("Vos réactions (12)",
"Comments [3]"), a label with a code and nothing else ("رمز الخبر: 1109811", "ID: 48213"), a label
with nothing after it ("Tags :"), and the lead-in to another story's headline ("Read also: Aid
convoy reaches the camp", "Lire aussi : Le retour des enfants") that ends no sentence.

None of these is a sentence of the story: a few words at most, no verb's clause, the shape of a
page's furniture in any language. They are cut from the text's end only, one after another, a few
at most, never the text's only paragraph.
"""

from __future__ import annotations

import re
from typing import Sequence

MAX_CUT = 3  # residue lines cut from one text's end at most
LONE_CHARS = 24  # a lone word: one token of at most this many characters
_COUNT = re.compile(r"^[^\W\d_][\w'’ -]{0,40}?\s*[(\[]\d{1,6}[)\]]$")  # "Vos réactions (12)"
_CODE = re.compile(r"^[^\W\d_][^\s:：]*(?: [^\W\d_][^\s:：]*){0,2}\s?[:：]\s*[#№]?\d[\d\s/-]{2,}$")  # "رمز الخبر: 1109811"
_BARE_LABEL = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+){0,2}\s?[:：]$")  # "Tags :"
# "Read also: Headline" / "Lire aussi : Titre": one to three words, a colon, a headline (no sentence's end).
_LEAD_IN = re.compile(r"^([^\W\d_]+(?: [^\W\d_'’]+){0,2})\s?[:：]\s+(\S.*)$")
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")  # a sentence of a script with no spaces
_LINK_OR_CREDIT = re.compile(r"://|^www\.|^[\[(].*[\])]$")  # a link (a list's item), "[Wired]" (a source's credit)
_SENTENCE_END = re.compile(r"[.!?؟…\"'”’»)]$")


def residue(paragraph: str) -> bool:
    """Whether a paragraph under the text is the page's residue (see the module)."""
    text = " ".join(paragraph.split())
    words = text.split(" ")
    if not text or len(words) > 16:
        return False
    if len(words) == 1:
        return len(text) <= LONE_CHARS and any(c.isalpha() for c in text) and not text.endswith((",", "،")) \
            and not _UNSPACED.search(text) and not _LINK_OR_CREDIT.search(text)
    if len(words) <= 5 and (_COUNT.match(text) or _CODE.match(text) or _BARE_LABEL.match(text)):
        return True
    return _lead_in(text)


def _lead_in(text: str) -> bool:
    """A short label, a colon and a headline: a link to another story ("Read also: ...")."""
    match = _LEAD_IN.match(text)
    if not match:
        return False
    rest = match.group(2)
    first = rest[:1]
    return len(rest.split()) >= 4 and not _SENTENCE_END.search(rest) \
        and (first.isupper() or first.lower() == first.upper()) and first.isalpha() \
        and not any(c.isdigit() for c in match.group(1))


def without_residue(body: Sequence[str]) -> list:
    """``body`` without the residue paragraphs at its end (a few at most, never all of it); and
    without a heading left closing it, its box cut from under it ("About the institute" over the
    institute's note, which the note's own rule took out): :func:`archive.extract.boilerplate.dangling`."""
    from archive.extract.boilerplate import dangling

    body = list(body)
    cut = 0
    while len(body) > 1 and cut < MAX_CUT and (residue(body[-1]) or dangling(body)):
        body.pop()
        cut += 1
    return body
