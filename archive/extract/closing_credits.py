"""Two pieces of a page's furniture that stand among the text's paragraphs, by their shape:

- **a desk's credit in brackets closing the text** ("(Outlet-Redaktion)", "(City desk)", "(with
  agencies)"): the text's last paragraph, or the end of its last paragraph after a sentence, of a
  few words in round or square brackets, one of which (its compounds split at hyphens and dots) is
  a desk's, a newsroom's or agencies' word of ``archive/data/desk_words.txt`` in the languages it
  lists. A wire's credit ("... in the camps. (PNA)") names an agency, no desk: it stays the text's
  (:mod:`archive.extract.wire_endings`);
- **a credit of someone other than the writer closing the text** (round 29): an editor's, a
  translator's, a proofreader's credit ("Edição: Jane Doe", "Editing by John Roe", "Traduit par
  ...", "ترجمة: ...") or a source's ("المصدر: Outlet", "Source: Agency", "Fonte: ..."), a short line
  of a credit's label (:func:`archive.extract.byline_parts.credit_labels`: the data's credit and
  source labels), its colon, dash or "by", then a few words naming
  whom, no sentence. The page prints it under the story as it prints the copyright: it is no
  writer's byline (the writer is signed over the text) and no text (:func:`role_credit`);
- **a teaser line set between paragraphs** ("Read also: Headline", in any language): a label of two
  or three words (one word is as often a name or a kicker: "Analysis: ..."), a colon, another story's headline (a few words that end no sentence, starting
  with a capital or in a script without case), with prose on both sides. A reporter's sentence
  ends; a subheading has no label before a colon; the headline a page's "read also" box links to
  is no sentence of the story. Several such lines of different labels are the text's subheadings
  ("The first stage: ...", "The second stage: ..."): a teaser box repeats one label. Its label in
  the languages a collection meets is data too
  (``[lead_ins]`` of ``page_furniture.txt``, for the line classifier).
"""

from __future__ import annotations

import functools
import re

from archive.extract.paragraphs import ends_sentence

CREDIT_WORDS = 5  # a desk's credit: at most this many words in its brackets
# "(Outlet-Redaktion)" alone, or after a sentence's end: "... ihrer Schwester. (Outlet-Redaktion)"
_BRACKETED = re.compile(r"(?:^|(?<=[.!?…\"”»’]))\s*[(\[](?P<credit>[^()\[\]\d]{2,60})[)\]]\s*$")
_SPLIT = re.compile(r"[-–./_]")

LEAD_WORDS = 16  # a teaser line: at most this many words
HEADLINE_WORDS = 3  # its headline: at least this many
PROSE_WORDS = 10  # the paragraphs on both sides: prose of this many words, ending a sentence
_LEAD_IN = re.compile(r"^(?P<label>[^\W\d_]+(?: [^\W\d_'’]+){1,2})\s?[:：]\s+(?P<rest>\S.*)$")  # a label of 2-3 words
CAPTION_WORDS = 10  # a picture's credit between a teaser line and the text: at most this many words
_CAPTION = re.compile(r"^[^\W\d_]+\s?:\s*\S.*/")  # "Photo: AFP / Jane Doe": a label, a colon, names parted by a slash
_MARKS = re.compile(r"[\u064b-\u065f\u0670]")  # Arabic vowel marks (tanween, shadda, ...)
_OPENING_QUOTES = "«\"“„‘'‹「"
_NO_END = re.compile(r"[.!?؟…\"'”’»)]$")


def desk_credit_at(paragraph: str) -> int:
    """Where a desk's credit in brackets closing ``paragraph`` starts (0: the whole paragraph);
    -1 where there is none (see the module)."""
    from archive.extract.byline_desks import desk_credit, plain

    if "(" not in paragraph and "[" not in paragraph:
        return -1
    match = _BRACKETED.search(paragraph)
    if not match:
        return -1
    words = _SPLIT.sub(" ", match.group("credit")).split()
    if not 1 <= len(words) <= CREDIT_WORDS or not desk_credit(plain(" ".join(words))):
        return -1
    return match.start() if paragraph[:match.start()].strip() else 0


ROLE_CREDIT_WORDS = 8  # what a closing credit names after its label: a few words (a name or two, an outlet)
ROLE_CREDITS = 3  # credits closing a text in a run ("Edição: ..." / "Revisão: ..."): this many at most
_BY_WORDS = frozenset(("by", "por", "par", "von", "door", "oleh"))  # after a one-word label ("Editing by")
# the last word of a label that holds its "by" ("edited by", "a cura di", "edição de"): without it, a
# label of several words before no colon opens a sentence as often ("The spokesman for ... said")
_LABEL_ENDS = _BY_WORDS | frozenset(("di", "de", "da", "du", "del", "van", "tarafından"))
LABEL_WORDS = 4  # a credit's label: this many words at most ("Traducido del inglés por")


def role_credit(line: str) -> bool:
    """Whether a line is a credit of someone other than the writer, or of a source, as a page prints
    it under the text (see the module): a credit's label, a colon, a dash or its "by", then at most
    :data:`ROLE_CREDIT_WORDS` words ending no sentence but an abbreviation's dot."""
    from archive.extract.byline_parts import credit_labels
    from archive.extract.paragraphs import plain

    words = line.split()
    if not words or len(" ".join(words)) > 120:
        return False
    labels = credit_labels() | version_labels()
    for k in range(1, min(LABEL_WORDS, len(words) - 1) + 1):
        head, rest = words[:k], words[k:]
        key = " ".join(plain(" ".join(head)).strip(" :：").split())
        if head[-1].endswith((":", "：")) and key in labels:
            pass  # "Edição: Jane Doe"
        elif rest[0] in "-–—:：" and len(rest) > 1 and key in labels:
            rest = rest[1:]  # "Editor - Jane Doe"
        elif k > 1 and key in labels and plain(head[-1]) in _LABEL_ENDS:
            pass  # "Edited by Jane Doe", "A cura di Jane Doe": the data's label holds its "by"
        elif plain(rest[0]) in _BY_WORDS and key in labels:
            rest = rest[1:]  # "Editing by Jane Doe", "Photo by ..."
        else:
            continue
        whom = " ".join(rest).rstrip(" .")
        return 1 <= len(whom.split()) <= ROLE_CREDIT_WORDS and not re.search(r"[.!?؟]\s", whom)
    return False


@functools.lru_cache(maxsize=1)
def version_labels() -> frozenset:
    """The labels of a credit for the text's version in another language ("English version by
    <Name>", "Deutsche Fassung: <Name>", ``[version_credits]`` of text_notes.txt, round 31): the
    translator's credit as a bilingual outlet prints it under its translated stories."""
    from archive.extract.data import data_sections
    from archive.extract.paragraphs import plain

    return frozenset(" ".join(plain(label).split()) for label in data_sections("text_notes.txt").get("version_credits", ()))


def without_role_credits(paragraphs: list) -> list:
    """The text without the credits of an editor, a translator or a source closing it
    (:func:`role_credit`, at most :data:`ROLE_CREDITS` in a run), never its only paragraph."""
    end = len(paragraphs)
    while end > 1 and len(paragraphs) - end < ROLE_CREDITS and role_credit(_unbracketed(paragraphs[end - 1])):
        end -= 1
    if 1 < end < len(paragraphs) and teaser_line(paragraphs[end - 1]) and _prose(paragraphs[end - 2]):
        end -= 1  # "Read also: Headline" over "[Edited by Jane Doe]": the page's box, under the text's end
    return paragraphs[:end] if end < len(paragraphs) else paragraphs


def _unbracketed(line: str) -> str:
    """A line without the round or square brackets around it all ("[Edited by Jane Doe]")."""
    text = line.strip()
    return text[1:-1].strip() if len(text) > 2 and text[0] + text[-1] in ("()", "[]") else text


def without_desk_credit(paragraphs: list) -> list:
    """The text without a desk's credit in brackets closing it (never the text's only paragraph);
    without an editor's, a translator's or a source's credit closing it either (round 29)."""
    paragraphs = without_role_credits(paragraphs)
    if not paragraphs:
        return paragraphs
    at = desk_credit_at(paragraphs[-1])
    if at < 0:
        return paragraphs
    if at == 0:
        return paragraphs[:-1] if len(paragraphs) > 1 else paragraphs
    return paragraphs[:-1] + [paragraphs[-1][:at].rstrip()]


def teaser_line(text: str) -> bool:
    """A label, a colon and another story's headline, ending no sentence (see the module)."""
    text = " ".join(_MARKS.sub("", text).split())  # "اقرأ أيضاً": a vowel's mark is no letter of the label's words
    if ":" not in text and "：" not in text:
        return False
    match = _LEAD_IN.match(text)
    if not match or len(text.split()) > LEAD_WORDS:
        return False
    rest = match.group("rest")
    first = rest.lstrip(_OPENING_QUOTES)[:1]  # «"Headline"» as a link's label quotes it
    return len(rest.split()) >= HEADLINE_WORDS and not _NO_END.search(rest) and first.isalpha() \
        and (first.isupper() or first.lower() == first.upper() or "\u10d0" <= first <= "\u10ff")  # Georgian writes no capitals


def _prose(paragraph: str) -> bool:
    return len(paragraph.split()) >= PROSE_WORDS and ends_sentence(paragraph)


def without_teaser_lines(paragraphs: list) -> list:
    """The text without the teaser lines set between two paragraphs of its prose."""
    if len(paragraphs) < 3:
        return paragraphs
    drop = {at for at in range(1, len(paragraphs) - 1)
            if teaser_line(paragraphs[at]) and _prose(paragraphs[at - 1])
            and (_prose(paragraphs[at + 1]) or _credit_over_prose(paragraphs, at + 1))}
    labels = {_label(paragraphs[at]) for at in drop}
    if len(labels) >= 2:
        return paragraphs  # a series of labels, each its own ("The first stage: ...", "The second stage: ..."): subheadings
    return [p for at, p in enumerate(paragraphs) if at not in drop] if drop else paragraphs


def _credit_over_prose(paragraphs: list, at: int) -> bool:
    """A picture's credit line ("Photo: AFP / Jane Doe") at ``at``, over prose: the teaser line over it
    stands among the text still (round 39)."""
    from archive.extract.paragraphs import furniture_reason

    line = " ".join(paragraphs[at].split())
    return at + 1 < len(paragraphs) and _prose(paragraphs[at + 1]) and len(line.split()) <= CAPTION_WORDS \
        and (furniture_reason(line) is not None or bool(_CAPTION.match(line)) and not ends_sentence(line))


def _label(text: str) -> str:
    match = _LEAD_IN.match(" ".join(text.split()))
    return match.group("label").casefold() if match else ""
