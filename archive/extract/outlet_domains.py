"""An outlet the data does not know, named where a name on the page and a web domain on the page
agree in part (issue #13, round 19): a careful reader takes "Arab Reform Initiative" for the
sender of "publications@arab-reform.net", "Lakeside Court Watch" for "courtwatch-lakeside.org",
"Lakeside Field Notes" for "lakesidenotes.substack.com", and the ministry a page's header names for
"mfa.example" where "MFA" is its initials. The domain need not write the whole name (as
:func:`archive.extract.masthead_lines.label_spells` asks): two of its words in order at least and
half of them, each whole or by its first three letters, or the initials of its first three words
or more; a part of the domain may stand for something else ("-lakeside").

:func:`sender_agrees` confirms a saved e-mail's sender; :func:`header_domain_outlet` reads a name
over the headline that a domain on the page agrees with, where nothing else named the outlet;
:func:`foot_domain_outlet` a name in the page's foot that its own address over the headline spells."""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.outlet_forms import word_initials
from archive.extract.data import small_words
from archive.extract.masthead_lines import OTHER_LINE_CHARS, masthead_name, menu_line, name_words
from archive.extract.outlet_names import has_arabic, is_known, plausible_name
from archive.extract.web_hosts import BROWSER_ADDRESS as _ADDRESS, HOST as _HOST
from archive.model import collapse_whitespace

PREFIX_CHARS = 3  # a word a label shortens keeps this many letters at least
INITIALS = 3  # initials stand for the name's first words, this many at least
_SHARED_HOSTS = {"substack", "wordpress", "blogspot", "medium", "gmail", "mailchimp", "github", "google", "wixsite"}
_NO_LABELS = {"www", "m", "amp", "mail", "news", "en", "ar", "english", "newsletter", "info", "press"}


def _content_words(name: str) -> list:
    words = name_words(name)
    return [w for w in words if w not in small_words()]


def _covered(label: str, words: list) -> int:
    """The most words of ``words`` (in order, some left out) whose letters, each whole or by its
    first ``PREFIX_CHARS`` at least, write the whole ``label``; 0 where none do."""

    @functools.lru_cache(maxsize=None)
    def best(i: int, j: int) -> int:
        if i == len(label):
            return 0
        most = -1
        for k in range(j, len(words)):
            word = words[k]
            for n in range(len(word), min(PREFIX_CHARS, len(word)) - 1, -1):
                if label.startswith(word[:n], i):
                    rest = best(i + n, k + 1)
                    if rest >= 0:
                        most = max(most, rest + 1)
        return most

    return max(best(0, 0), 0)


def label_agrees(label: str, name: str) -> bool:
    """Whether a domain's label (its hyphens kept: "arab-reform", "courtwatch-lakeside") agrees
    with ``name`` (module doc)."""
    words = _content_words(name)
    if len(words) < 2 or not all(w.isascii() and w.isalnum() for w in words):
        return False
    parts = [p for p in label.casefold().split("-") if p]
    for i in range(len(parts)):
        for j in range(i + 1, len(parts) + 1):
            joined = "".join(parts[i:j])
            n = next((m for m in range(len(words), INITIALS - 1, -1) if joined == word_initials(words[:m])), 0)
            if n and n * 2 >= len(words):
                return True  # "mfa": the Ministry of Foreign Affairs of ...
            covered = _covered(joined, words) if len(joined) > PREFIX_CHARS else 0
            if covered >= 2 and covered * 2 >= len(words):
                return True
    return False


def host_labels(host: str) -> list:
    """The labels of a host that may name its site: not a shared host's, not a generic one."""
    labels = host.casefold().split(".")[:-1]
    if any(label in _SHARED_HOSTS for label in labels):
        labels = labels[:1]  # "lakesidenotes.substack.com": the writer's own label
    return [label for label in labels if label not in _NO_LABELS and len(label.replace("-", "")) >= INITIALS]


def page_hosts(lines: list) -> set:
    return {host.casefold() for line in lines for host in _HOST.findall(line)}


def sender_agrees(name: str, hosts: list) -> bool:
    """Whether a sender's ``name`` agrees with one of its address's ``hosts``' labels."""
    return any(label_agrees(label, name) for host in hosts for label in host_labels(host))


HEADER_WORDS = 10  # a ministry's or an institute's name may be long


def header_domain_outlet(lines: list, title_at: int) -> Optional[str]:
    """The name over the headline (a short capitalised line, not a menu, not the data's) that a web
    domain on the page agrees with, else None."""
    hosts = page_hosts(lines)
    if not hosts or title_at <= 0:
        return None
    for line in lines[:title_at]:
        line = collapse_whitespace(line)
        if len(line) > OTHER_LINE_CHARS or has_arabic(line) or menu_line(line) or _HOST.search(line):
            continue
        name = masthead_name(line) or (line if _long_name(line) else None)
        if not name or is_known(name) or not plausible_name(name):
            continue
        if any(label_agrees(label, name) for host in hosts for label in host_labels(host)):
            return name
    return None


def _long_name(line: str) -> bool:
    """A capitalised name of up to ``HEADER_WORDS`` words ("Ministry of Foreign Affairs of the Republic of X")."""
    words = line.split()
    return 2 <= len(words) <= HEADER_WORDS and not re.search(r"[.!?:,;]$", line) \
        and all(w[:1].isupper() or w.casefold() in small_words() for w in words)


FOOT_LINES = 8  # the page's foot: its last lines
FOOT_NAME_WORDS = 5
FOOT_LABEL_CHARS = 5  # a one-word name the label writes whole has this many letters at least


def foot_domain_outlet(lines: list, title_at: int) -> Optional[str]:
    """The name the page's foot writes ("Support Lakeside: donate today") that its own address over
    the headline ("https://www.lakeside.example/news/1") spells, else None (round 20): the page's
    address and its foot are two independent signs. A capitalised run of the foot's short lines
    whose letters are the address's label, all of them ("Lakeside Weekly" for "lakesideweekly";
    "Support Lakeside Weekly" is not); not a name the data knows (the known rules have read it)."""
    if title_at <= 0:
        return None
    labels = {label for line in lines[:title_at] if _ADDRESS.match(collapse_whitespace(line))
              for host in _HOST.findall(line) for label in host_labels(host)}
    if not labels:
        return None
    for line in reversed(lines[max(title_at + 1, len(lines) - FOOT_LINES):]):
        line = collapse_whitespace(line)
        if len(line) > OTHER_LINE_CHARS or has_arabic(line) or _HOST.search(line):
            continue
        words = re.findall(r"[^\W_][\w&'’-]*", line)
        for i in range(len(words)):
            for j in range(min(len(words), i + FOOT_NAME_WORDS), i, -1):
                run = words[i:j]
                if not all(w[:1].isupper() for w in run):
                    continue
                name = " ".join(run)
                key = re.sub(r"[^a-z0-9]", "", name.casefold())
                if is_known(name) or not plausible_name(name):
                    continue
                if any(len(label) >= FOOT_LABEL_CHARS and key in (label.replace("-", ""), "the" + label.replace("-", ""))
                       for label in labels):
                    return name
    return None




def file_agrees(source_path: Optional[str], name: str) -> bool:
    """Whether the file's name, its words before a number ("lakeside-notes-19.txt": an issue's), agrees
    with ``name`` as a domain's label does ("Lakeside Field Notes"; round 20): two words of the name
    at least, in order. The slug's words only where a number follows them (a headline's slug runs on
    in words: "syria-camp-fire.txt")."""
    if not source_path or source_path.startswith("<"):
        return False
    stem = re.split(r"[\\/]", source_path)[-1].rsplit(".", 1)[0]
    tokens = [t for t in re.split(r"[-_\s.]+", stem.casefold()) if t]
    number = next((i for i, t in enumerate(tokens) if t.isdigit()), None)
    if number is None or number < 2:
        return False
    return label_agrees("-".join(tokens[:number]), name)
