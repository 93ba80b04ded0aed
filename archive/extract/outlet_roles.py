"""An outlet named by its reporter's role: the byline or the note about the writer says whose
correspondent or editor the writer is (issue #13, round 19).

"Report by Jane Doe, ITV News Security Editor", "By Press TV correspondent Jane Doe", "Editor,
Lakeside Water Magazine", "Jane Doe is a Middle East correspondent for The Lakeside Globe.": the
name that stands right before the role (a desk's words between: "Security", "Home Affairs") or
right after it ("for", "at", "with", "of", a comma) is the writer's employer, which a careful
reader takes for the page's publisher. Only a byline's short line over or just under the
headline, or a sentence about the writer among the page's last lines, counts: a role inside the
story ("told the Lakeside Globe's correspondent") is a source, not the publisher.

:func:`role_outlet` gives a known outlet so named; :func:`role_names` the name as the role line
writes it, which confirms a masthead the data does not know
(:func:`archive.extract.masthead_outlets.confirmed`).
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import data_sections
from archive.extract.outlet_names import known_outlet, name_key, outlet_table, plausible_name
from archive.model import collapse_whitespace

HEAD_LINES = 4  # a byline stands within this many lines under the headline
HEAD_WORDS = 10  # a byline's line is short, and no sentence
FOOT_LINES = 10  # a note about the writer stands among the page's last lines (a footer's menu under it)
FOOT_CHARS = 240
NAME_WORDS = 5  # an outlet's name in a role: a few words
DESK_WORDS = 3  # a desk's words between the name and the role ("Home Affairs", "Middle East")
_WORD = r"(?:[A-Z0-9][\w.&'’-]*|&)"
_LEADS = {"by", "report", "words", "story", "reporting", "the", "a", "an", "from"}


@functools.lru_cache(maxsize=None)
def _patterns() -> tuple:
    roles = sorted(data_sections("outlet_kind_words.txt")["byline_roles"], key=len, reverse=True)
    role = r"(?:" + "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in roles) + r")"
    before = re.compile(r"(?P<run>(?:" + _WORD + r"\s+){1," + str(NAME_WORDS + DESK_WORDS) + r"})" + role + r"\b", re.I)
    after = re.compile(r"\b" + role + r"\s*(?:,|\s(?:for|at|with|of))\s+(?P<run>(?:the\s+)?" + _WORD
                       + r"(?:\s+" + _WORD + r"){0," + str(NAME_WORDS - 1) + r"})", re.I)
    bio = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){1,4}is\s+(?:a|an|the)\s+[^.]{0,60}?\b" + role + r"\b", re.I)
    return before, after, bio


def _cased(run: str) -> list:
    """The run's words, from its first capitalised one, as long as they are capitalised (the
    pattern's case-blind match lets "correspondent" and "for" through)."""
    words = run.split()
    while words and (words[0].casefold() in _LEADS):
        words = words[1:]
    out = []
    for word in words:
        if not (word[:1].isupper() or word[:1].isdigit() or word == "&"):
            break
        if re.search(r"\w{2}[.]$", word):
            out.append(word[:-1])
            break  # a sentence ends with the name: "... for The Lakeside Globe."
        out.append(word)
    return out


def _role_runs(line: str) -> list:
    """The names that may stand next to a role in ``line``: each a list of candidate spellings,
    longest first."""
    before, after, _ = _patterns()
    runs = []
    for match in before.finditer(line):
        head = line[:match.start("run")]
        if head.rstrip() and not re.search(r"(?:^|[,|·:–—-]|\bby)\s*$", head, re.I):
            continue  # the run opens the line, or follows a comma or "By": not a sentence's words
        words = _cased(match.group("run"))
        if words != match.group("run").split()[-len(words):] if words else True:
            continue  # a lower-case word between the name and the role: no desk of the name's
        runs.append([" ".join(words[:n]) for n in range(min(len(words), NAME_WORDS), 0, -1)])
    for match in after.finditer(line):
        words = match.group("run").split()
        lead = ["the"] if words[0].casefold() == "the" else []
        prose = words[0] == "the"  # "a reporter for the Star": a short name in running prose, not the outlet's own
        words = _cased(" ".join(words))
        if words and not (prose and len(words) < 2):
            runs.append([" ".join(lead + words[:n]) for n in range(len(words), 0, -1)])
    return runs


def _role_lines(lines: list, title_at: int) -> list:
    """The byline's short lines under the headline and the notes about the writer at the foot."""
    head = [collapse_whitespace(line) for line in lines[max(title_at, 0) + 1:max(title_at, 0) + 1 + HEAD_LINES]]
    head = [line for line in head if 0 < len(line.split()) <= HEAD_WORDS and len(line) <= FOOT_CHARS
            and not re.search(r"[.!?]$", line)]  # a short line, no sentence (a long run of junk costs the patterns n²)
    _, _, bio = _patterns()
    foot = [collapse_whitespace(line) for line in lines[-FOOT_LINES:]]
    foot = [line for line in foot if len(line) <= FOOT_CHARS and bio.match(line)]
    return head + foot


def role_names(lines: list, title_at: int) -> list:
    """Every name the page's byline roles write, longest first in each role (module doc)."""
    return [name for line in _role_lines(lines, title_at) for run in _role_runs(line) for name in run]


def role_outlet(lines: list, title_at: int) -> Optional[str]:
    """The known outlet a byline's role or the note about the writer names (module doc), else None.
    Not a wire agency (an outlet the data gives dateline tags): its reporters' bylines travel with
    the copy other sites print ("Jane Doe, AP Auto Writer" on a local paper's page)."""
    for line in _role_lines(lines, title_at):
        for run in _role_runs(line):
            for name in run:
                known = known_outlet(name)
                if known and plausible_name(name):
                    return None if known in _agencies() else known
    return None


@functools.lru_cache(maxsize=None)
def _agencies() -> frozenset:
    return frozenset(outlet_table().tags.values())


def role_spells(lines: list, title_at: int, masthead: str) -> Optional[str]:
    """The role's spelling of ``masthead`` where a byline's role names it ("Editor, Smart Water
    Magazine" under "SmartWaterMagazine"), else None."""
    key = name_key(masthead)
    return next((name for name in role_names(lines, title_at) if len(name.split()) >= 2 and name_key(name) == key), None)
