"""A wire story's last sentence signed with the agency's name in parentheses ("... remain in
camps in Syria. (PNA)"): the text's end, though the line classifier takes it for a picture's
caption by its credit and the footer reader for a credit line by the outlet it names (issue #13,
round 18: fresh11, 13 and 17)."""

from __future__ import annotations

import dataclasses
import re

from archive.extract import paragraphs


# "... in Syria. (PNA)"; the agency's name of a few words, its date after it: "... (Agenzia Fides 27/1/2022)"
WIRE_CREDIT = re.compile(r"[.!?][\"”’']?\s*\((?P<credit>[^()\s\d]{2,12}|[^()\d]{2,30}?(?=\s+\d))"
                         r"(?:\s+\d{1,2}[./-]\d{1,2}[./-]\d{2,4})?\)\s*$")
WIRE_LAST_WORDS = 10


def wire_last_sentence(content: list, lines: list, end: int) -> int:
    """The text's end, past a wire story's last sentence signed with the agency's name in
    parentheses ("... remain in camps in Syria. (PNA)", "(ANI)", "(واس)"), which the classifier
    takes for a picture's caption by its credit: right under the text's last sentence, the
    credit one word (capitals, or a known outlet's name), and the line furniture by that credit
    alone. The line is marked text and the end moved past it."""
    if not 0 < end < len(content) or lines[end].furniture != "caption" or lines[end].words < WIRE_LAST_WORDS:
        return end
    if not paragraphs.is_text(lines[end - 1]) or not paragraphs.ends_sentence(content[end - 1]):
        return end
    match = WIRE_CREDIT.search(content[end])
    if not match:
        return end
    credit = match.group("credit")
    if not (re.fullmatch(r"[A-Z]{2,6}", credit) or _known_outlet(credit)):
        return end
    if paragraphs.furniture_reason(content[end][:match.start() + 1]) is not None:
        return end  # "Photo: ... (AFP)": a caption by its words too
    lines[end] = dataclasses.replace(lines[end], furniture=None, cls=paragraphs.GOOD)
    return end + 1


def signed_sentence(line: str) -> bool:
    """A sentence of the text's length signed with a wire's credit in parentheses ("... from the
    camps. (AGI)"): the story's last sentence, not a credit line, though it names the outlet."""
    return len(line.split()) >= WIRE_LAST_WORDS and WIRE_CREDIT.search(line) is not None


def _known_outlet(name: str):
    from archive.extract.outlets import known_outlet

    return known_outlet(name)
