"""The reporter a transcript names by its speaker labels alone (round 35): a broadcaster's video,
radio or podcast page under no byline prints what was said, each turn opened by its speaker's label
("ELIN BERGGREN: Welcome to ...", "SARA FELDMANN: The oil fields ...", "GRANDMOTHER: They say ...").
Where one person's name opens the transcript, speaks again, and every other voice is labelled by a
role or one word ("GRANDMOTHER", "AISHA", "UN RESPONSABLE DU CAMP"), that person is the piece's
reporter or host: the one voice the programme names.

By shape, in any language and script: a label is the text before a colon opening a paragraph (a
time code may stand before it), of one to four capitalised words; a person's name is two words or
more that :func:`archive.extract.person_names.person_name` accepts (written in capitals, read as
the words' capitalised form). Never where two voices are named (an interview, a panel, a hearing:
"SEN. VOSS" and "MS. MALLORY", a host and a guest: who made the piece is not said), where a label
is an outlet's (an interview's questions: "TV5MONDE:", "The Insider:"), where the first voice is a
role ("PRESENTER:", "PREGUNTA:"), or with fewer than three turns.

The name is stored as the text writes it in small letters where it does ("I'm Elin Berggren"),
else as the label writes it."""

from __future__ import annotations

import re
from typing import Optional

_TURN = re.compile(
    r"^(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*[-–—]?\s*)?(?P<label>[^\W\d_][^:：\n]{0,48}?)\s*[:：]\s+\S"
)
MAX_LABEL_WORDS = 4
MIN_TURNS = 3
MIN_HOST_TURNS = 2


def _label(paragraph: str) -> Optional[str]:
    match = _TURN.match(paragraph.strip())
    if not match:
        return None
    label = " ".join(match.group("label").split())
    words = label.split()
    if len(words) > MAX_LABEL_WORDS or not all(w[:1].isupper() or w[:1] == w[:1].lower() == w[:1].upper() for w in words):
        return None
    return label


def speaker_labels(paragraphs: list) -> list:
    """The speaker label opening each turn of a transcript, in order (paragraphs that open with no
    label are skipped)."""
    return [label for label in map(_label, paragraphs) if label]


def _as_name(label: str) -> str:
    """A label in capitals read as a name's words ("ELIN BERGGREN" -> "Elin Berggren")."""
    return " ".join(w[:1] + w[1:].lower() for w in label.split()) if label.isupper() else label


def _person(label: str) -> bool:
    from archive.extract.person_names import person_name

    return len(label.split()) >= 2 and "." not in label and person_name(_as_name(label))


def _named(label: str) -> bool:
    """Whether a label may name a person: a person's name, or two words or more with an honorific's
    stop ("SEN. VOSS", "Dr. Sana Qureshi")."""
    return _person(label) or (len(label.split()) >= 2 and "." in label)


def transcript_host(paragraphs: list, outlet: Optional[str] = None, header: list = ()) -> Optional[str]:
    """The one person the transcript among ``paragraphs`` names by its labels (module doc), or None;
    None too where a line of the ``header`` over the text (or of ``paragraphs`` over the first turn)
    names that person beside another ("Mathilde Roux avec Karim Benali (JRI)", "Reportagem de X;
    produção de Y"): the piece is credited to more people than its one voice."""
    from archive.extract.bylines import not_a_person
    from archive.extract.outlets import known_outlet

    labels = speaker_labels(paragraphs)
    if len(labels) < MIN_TURNS:
        return None
    host = labels[0]
    if not _person(host) or labels.count(host) < MIN_HOST_TURNS or not_a_person(_as_name(host), outlet):
        return None
    for other in set(labels) - {host}:
        if _named(other) or known_outlet(other) or other.casefold() == (outlet or "").casefold():
            return None  # a second named voice, or the outlet's questions: an interview
    written = _written(host, paragraphs) or host
    first = next(k for k, p in enumerate(paragraphs) if _label(p))
    if any(_credits_another(line, written) for line in list(header) + list(paragraphs[:first])):
        return None
    return written


CREDIT_LINE_WORDS = 16  # a credit line over the text is short


def _credits_another(line: str, name: str) -> bool:
    """Whether a short ``line`` names ``name`` and another person beside it (two to three capitalised
    words after the name is taken out that make a person's name)."""
    from archive.extract.person_names import person_name

    if len(line.split()) > CREDIT_LINE_WORDS:
        return False
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in name.split()) + r"(?!\w)", re.I)
    if not pattern.search(line):
        return False
    words = [w.strip("()[],;:·|") for w in pattern.sub(" | ", line).split()]
    for size in (3, 2):
        for k in range(len(words) - size + 1):
            part = words[k:k + size]
            if all(w[:1].isupper() and w[1:2].islower() for w in part) and person_name(" ".join(part)):
                return True
    return False


def _written(label: str, paragraphs: list) -> Optional[str]:
    """The name as the text writes it where it is not all capitals ("I'm Elin Berggren")."""
    if not label.isupper():
        return label
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in label.split()) + r"(?!\w)", re.I)
    for paragraph in paragraphs:
        for match in pattern.finditer(paragraph):
            text = " ".join(match.group(0).split())
            if not text.isupper():
                return text
    return None


def spoken_turn(paragraph: str, paragraphs: list) -> bool:
    """Whether ``paragraph`` is a turn of a transcript among ``paragraphs``: its label opens
    :data:`MIN_HOST_TURNS` of them or more, among :data:`MIN_TURNS` turns or more ("MATHILDE ROUX :
    Pour les familles ..." is the reporter's words, never a note on the writer)."""
    label = _label(paragraph)
    if not label:
        return False
    labels = speaker_labels(paragraphs)
    return len(labels) >= MIN_TURNS and labels.count(label) >= MIN_HOST_TURNS
