"""The labels of an article's header and footer lines, read from ``archive/data/header_labels.txt``
(English and Arabic): a byline's ("By", "Reporter:", "كتب:"), a date's ("Published:"), a tag
list's ("Tags:"), the roles a reporter is given ("correspondent"), the desks that are no
reporter, the imperatives that open a button. The rules reading the lines they open live in
:mod:`archive.extract.bylines`, :mod:`archive.extract.header_dates` and
:mod:`archive.extract.tag_headings`.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import data_sections
from archive.extract.paragraphs import plain

CACHE = 4096  # lines met again and again (an outlet's header lines) are judged once


@functools.lru_cache(maxsize=None)
def labels() -> dict:
    sections = {name: [plain(line) for line in lines] for name, lines in data_sections("header_labels.txt").items()}
    patterns = {}
    for name in ("author", "date", "tags", "tags_if_list", "author_if_name"):
        parts = []
        written = sections.get(name, []) + (sections.get("tags_colon", []) if name == "tags" else [])
        if name == "author":
            written = written + _opener_labels()  # "Müəllif:", "Autori:", "Redactie:": any language's byline word with its colon
        for label in sorted(set(written), key=len, reverse=True):
            if label.endswith(":"):
                parts.append(re.escape(label[:-1]) + r"\s*[:：]")
            else:
                parts.append(re.escape(label) + r"(?:\s*[:：]|\s)")
        patterns[name] = re.compile(r"^\s*(?:" + "|".join(parts) + r")\s*(?P<value>.*)$")
    for name in ("tags", "author", "date"):  # the labels written without their colon
        loose = sorted({label.rstrip(":") for label in sections.get(name, ())}, key=len, reverse=True)
        patterns[name + "_loose"] = re.compile(
            r"^\s*(?:" + "|".join(re.escape(label) for label in loose) + r")\s*:?\s+(?P<value>.*)$")
    patterns["tag_headings"] = frozenset(sections.get("tag_headings", ()))
    patterns["tag_heading_words"] = frozenset(sections.get("tag_heading_words", ()))
    patterns["topic_heading_words"] = frozenset(sections.get("topic_heading_words", ()))
    patterns["other_list_words"] = frozenset(sections.get("other_list_words", ()))
    patterns["bare"] = frozenset(label.rstrip(":") for name in ("author", "date") for label in sections.get(name, ()))
    patterns["roles"] = frozenset(sections.get("roles", ()))
    patterns["list_heading_starts"] = frozenset(sections.get("list_heading_starts", ()))
    return patterns


def _opener_labels() -> list:
    """The byline words of every language the data lists (``byline_words.txt``: "Müəllif", "Autori",
    "Автор", "Redactie"), each as a label read only with its colon ("Müəllif: Jane Doe"): a word
    written so before a name is the byline's label in any script; without the colon such a word may
    be a name's own or open a sentence, and only the header labels above are read so. The openers
    read only before names joined ("With", "mit") are left out."""
    from archive.extract.byline_openers import joined_only, opener_words

    return [plain(word).rstrip(":：") + ":" for word in opener_words() if word not in joined_only()]


def labelled(line: str, kind: str) -> Optional[str]:
    """The value after a label of this kind, or None. Matched on the plain form, returned as written."""
    folded = plain(line)
    match = labels()[kind].match(folded)
    if not match:
        return None
    # plain() keeps lengths except for dropped Arabic diacritics; cut the original by words.
    if len(folded) == len(line):  # "Topic:Terrorism": the label glued to its value
        return line[match.start("value"):].strip()
    value_words = len(match.group("value").split())
    words = line.split()
    return " ".join(words[len(words) - value_words :]) if value_words else ""


@functools.lru_cache(maxsize=1)
def date_label_phrases() -> dict:
    """Every label of a date the data knows, plain and without its colon: a publication's
    (``[date]``, ``first_published_labels.txt``), a revision's (``[updated]``), a print's, a
    revision's or an event's stamp (``stamp_labels.txt``): "date", "julkaistu", "letzte änderung";
    each with whether the data reads it only with its colon ("data:", "sana:": a common word or a
    name without it)."""
    from archive.extract.data import data_lines

    sections = data_sections("header_labels.txt")
    found = [label for name in ("date", "updated") for label in sections.get(name, ())]
    found += [label for lines in data_sections("stamp_labels.txt").values() for label in lines]
    found += list(data_lines("first_published_labels.txt"))
    phrases: dict = {}
    for label in found:
        key = plain(label).strip(" :：")
        if key:
            phrases[key] = phrases.get(key, True) and plain(label).strip().endswith((":", "："))
    return phrases


DATE_LABEL_WORDS = 4


def trailing_date_label(text: str) -> Optional[str]:
    """The words of ``text`` before a date's label closing it ("Jane Doe and John Roe Date",
    "Tiedote Julkaistu", "Letzte Änderung": a byline element that held the date line, its date cut
    off), "" where the label is the whole text; None where no such label closes it. A label of one
    word the data reads only with its colon ("date:", "sana:", a name too) is read here only after
    two words or more."""
    words = text.split()
    phrases = date_label_phrases()
    for size in range(min(DATE_LABEL_WORDS, len(words)), 0, -1):
        label = plain(" ".join(words[-size:])).strip(" :：,|·•-–—")
        if label not in phrases:
            continue
        if size == 1 and phrases[label] and len(words) < 3:
            return None  # "Ali Sana": a name, not a name and a label
        return " ".join(words[:-size]).strip(" ,|·•-–—")
    return None


def is_label(line: str) -> bool:
    """A label standing alone on its line ("Published", "By", "Share"): its value is on the next."""
    folded = plain(line).strip(" :：")
    return folded in labels()["bare"]



def opens_with_author_label(line: str) -> bool:
    """Whether a line opens with a byline's label ("By Jane Doe On 11/13/19 at 4:00 PM")."""
    return labelled(line, "author") is not None


@functools.lru_cache(maxsize=1)
def desks() -> tuple:
    sections = data_sections("header_labels.txt")
    return (frozenset(plain(d) for d in sections.get("desk_bylines", ())),
            frozenset(plain(w) for w in sections.get("desk_words", ())))


def call_words() -> frozenset:
    """Imperatives opening a button ("Join", "Follow", "أضف"; header_labels.txt), in their plain
    form (:func:`plain`): no tag or name starts so."""
    return labels()["list_heading_starts"]

