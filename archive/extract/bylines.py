"""An article's header and footer lines: bylines, labelled dates, tag lists, wire sign-offs.

The labels are data (``archive/data/header_labels.txt``, English and Arabic); the rules here are
about shape:

- ``By Jane Doe``, ``Reporter: Jane Doe``, ``كتب: أحمد العلي``: the author;
- ``By Jane Doe | North Press``, ``By JANE DOE, Associated Press``: the author, and the outlet
  after the separator (kept when it is a known outlet or, after ``|``, looks like a name);
- ``Jane Doe in Ankara``, ``Jane Doe, Northern Syria``, ``Jane Doe Middle East correspondent``:
  the name without the place or role;
- ``Date: 2019-03-23``, ``Published date: 10 June 2021 08:14 GMT``, ``Posted on 2 May 2022 by
  Jane Doe``, ``December 14, 20186:41 PM GMTUpdated 6 years ago``: the date (parsed by
  :func:`archive.extract.dates.parse_date`);
- ``Reporting by Jane Doe in Qamishli; Editing by John Roe``: the author of a wire story.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract import header_times, paragraphs
from archive.extract.data import data_lines, data_sections
from archive.extract.dates import parse_date, read_date
from archive.extract.outlet_names import name_key, outlet_table, plausible_name
from archive.extract.outlets import known_outlet, the_less_outlet
from archive.extract.paragraphs import plain
from archive.model import collapse_whitespace

CACHE = 4096  # lines met again and again (an outlet's header lines) are judged once
MAX_BYLINE_WORDS = 12
MAX_NAME_WORDS = 8
MAX_BARE_WORDS = 6
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.\-]*|(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|de|del|da|di|van|von|der|la|le)(?:-\w+)?|[\u0600-\u06ff]+)$")
_GLUED_TIME = re.compile(r"(\d{4})(\d{1,2}[:.]\d{2})")
_DATE_CUT = re.compile(r"\s*(?:\||·|•|\bupdated\b|\blast updated\b|آخر تحديث).*$", re.I)
_PARTS = re.compile(r"\s*[|·•]\s*|\s+[-–—]\s+")
_PLACE_NAME = re.compile(r"\s*:\s*|\s+[-–—]\s+")
_IN_PLACE = re.compile(r"\s+(?:in|from|reporting from|في|من)\s+\S.*$")
_SIGNOFF = re.compile(
    r"^\W*(?:additional\s+)?(?:reporting|writing)\s+by\s+(?P<names>[^;()]+?)"
    r"(?:\s+in\s+[^;()]+)?\s*(?:[;)]|$|,?\s+(?:editing|edited|writing)\s+by)",
    re.I,
)


_PLAIN_BYLINE = re.compile(
    r"^(?:by\s+(?P<name>[^\d,.:;!?]{2,80})|"
    r"(?P<desk>[^\d,.:;!?]{0,60}\b(?:correspondents?|reporters?|staff|desk|newsroom|editors?)))$",
    re.I,
)


@functools.lru_cache(maxsize=None)
def _labels() -> dict:
    sections = {name: [plain(line) for line in lines] for name, lines in data_sections("header_labels.txt").items()}
    patterns = {}
    for name in ("author", "date", "tags"):
        parts = []
        for label in sorted(set(sections.get(name, [])), key=len, reverse=True):
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


def _labelled(line: str, kind: str) -> Optional[str]:
    """The value after a label of this kind, or None. Matched on the plain form, returned as written."""
    folded = plain(line)
    match = _labels()[kind].match(folded)
    if not match:
        return None
    # plain() keeps lengths except for dropped Arabic diacritics; cut the original by words.
    if len(folded) == len(line):  # "Topic:Terrorism": the label glued to its value
        return line[match.start("value"):].strip()
    value_words = len(match.group("value").split())
    words = line.split()
    return " ".join(words[len(words) - value_words :]) if value_words else ""


_MAYBE_DATE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|\d[./-]\d{1,2}[./-]\d|[\u0660-\u0669\u06f0-\u06f9]{4}")


def first_date_line(lines: list, limit: int, longest: int) -> Optional[int]:
    """The index of the first of ``lines[:limit]`` (of at most ``longest`` characters) that
    states a date, or None; lines without a year or a numeric date are passed over unparsed."""
    for at, line in enumerate(lines[:limit]):
        if len(line) <= longest and _MAYBE_DATE.search(line) and date_in(line):
            return at
    return None


@functools.lru_cache(maxsize=CACHE)
def date_in(line: str) -> Optional[str]:
    """The date a header line states (``Published: 5 March 2019``, a bare date, a glued time), as
    text parse_date reads, or None."""
    if len(line) > 120 or not any(c.isdigit() for c in line):
        return None
    if parse_date(line):
        return line
    value = _labelled(line, "date")
    candidate = value if value is not None else line
    candidate = re.split(r"\s+(?:by|بواسطة)\s+", candidate, maxsplit=1)[0]
    candidate = _GLUED_TIME.sub(r"\1 \2", candidate)
    cut = _DATE_CUT.sub("", candidate).strip(" ,-–|")
    if cut and parse_date(cut):
        return cut
    # "Saturday - 20 Shaban 1442 AH - 3 April 2021 AD - issue 15468", "Jane Doe |23.10.2023 -
    # Update: 24.10.2023": each part, and its head.
    for part in _PARTS.split(candidate):
        value = _labelled(part, "date")
        words = (value if value is not None else part).split()
        for size in range(min(len(words), 8), 0, -1):
            head = " ".join(words[:size]).rstrip(",")
            if parse_date(head):
                return head
    # "Commentary / Middle East & North Africa 14 February 2023 8 minutes": the date before the
    # reading time that ends a header line.
    rest = header_times.without_reading_time(line)
    words = rest.split() if rest else []
    for size in range(1, min(len(words), 8) + 1):
        tail = " ".join(words[-size:]).lstrip(",")
        if parse_date(tail):
            return tail
    return None


@functools.lru_cache(maxsize=CACHE)
def invalid_date_in(line: str) -> Optional[str]:
    """The value of a header line shaped like a date that is no date ("Date: 31/02/2020",
    "Published: 2020-13-45"), or None (a valid date, or no date at all)."""
    if len(line) > 120 or not any(c.isdigit() for c in line) or date_in(line):
        return None
    value = _labelled(line, "date")
    for candidate in (value, value and _DATE_CUT.sub("", value).strip(" ,-–|"), line):
        if candidate and read_date(candidate).problem:
            return candidate
    return None


def states_date(line: str) -> bool:
    """Whether a line states a date, valid or not, a relative time ("3 hours ago") or a reading
    time ("5 min read"): a header line, never a title or text."""
    return bool(date_in(line) or invalid_date_in(line) or header_times.relative_time(line)
                or header_times.without_reading_time(line) == "")


@functools.lru_cache(maxsize=CACHE)
def byline(line: str) -> Optional[tuple]:
    """(author, outlet or None) from a labelled byline, or None when the line is not one."""
    words = line.split()
    if not words or len(words) > MAX_BYLINE_WORDS + 2:
        return None
    value = _labelled(line, "author")
    if value is None:
        posted = _labelled(line, "date")  # "Posted on 2 May 2022 by Jane Doe"
        if posted and re.search(r"\sby\s", posted, re.I):
            value = re.split(r"\sby\s", posted, maxsplit=1, flags=re.I)[1]
        else:
            return None
    return split_byline(value)


@functools.lru_cache(maxsize=CACHE)
def header_byline(line: str) -> Optional[tuple]:
    """(author, outlet or None) from a byline: labelled ("By X | Outlet", "Reporter: X", "كتب: X")
    or a desk ("Trim Correspondents")."""
    found = byline(line)
    if found:
        return found
    if len(line.split()) > 8:
        return None
    match = _PLAIN_BYLINE.match(line)
    if not match:
        return None
    if not match.group("name") and re.search(r"\s[|/–—-]\s", match.group("desk")):
        return None  # "Istanbul - Agency News Desk": a place and a desk, no reporter
    return split_byline(match.group("name") or match.group("desk")) or ((match.group("name") or match.group("desk")).strip(), None)


def desk_line(line: str) -> bool:
    """A line crediting a desk, a place before it or not ("Istanbul - Agency News Desk")."""
    match = len(line.split()) <= 8 and _PLAIN_BYLINE.match(line)
    return bool(match) and not match.group("name")


def split_byline(value: str) -> Optional[tuple]:
    """(name, outlet or None) from what follows "By": the outlet, place or role cut off."""
    value = collapse_whitespace(value).strip(" .,-–—|:")  # "By — Jane Doe"
    outlet = None
    parts = re.split(r"\s+[|/–—-]\s+|\s*[|•·]\s*", value, maxsplit=1)
    if len(parts) == 2:
        value, rest = parts[0], parts[1].strip()
        outlet = known_outlet(rest) or (rest if _looks_like_name(rest) else None)
    if "," in value:
        value, rest = value.split(",", 1)
        rest = rest.strip()
        if known_outlet(rest):
            outlet = outlet or known_outlet(rest)
        elif rest and _NAME_WORD.match(rest.split()[0]) and re.match(r"^(?:and|&|و)\s", rest.split(" ", 1)[-1]):
            value = value + ", " + rest  # "A, B and C"
    value = _IN_PLACE.sub("", value)
    value = without_role(value)
    value = value.strip(" .,-–—|:")
    if len(value.split()) == 1 and value.isupper():
        return None  # "by RIC": an organisation, not a reporter
    names = [w for w in value.split() if w.lower() not in ("and", "&")]
    if names and all(w.isupper() for w in names):  # "By JANE DOE and JOHN ROE"
        value = " ".join(w if w.lower() in ("and", "&") else w.capitalize() for w in value.split())
    words = value.split()
    if not words or len(words) > MAX_NAME_WORDS or any(c.isdigit() for c in value):
        return None
    if not all(_NAME_WORD.match(w) or w.lower() in ("and", "&") or w == "و" for w in words):
        return None
    return value, outlet


def without_role(value: str) -> str:
    """A name without the role after it ("Jane Doe Middle East Correspondent") or before it
    ("Middle East correspondent Jane Doe")."""
    words = value.split()
    roles = _labels()["roles"]
    for k in range(len(words) - 3, -1, -1):  # "Middle East correspondent Hamish Leyland"
        after = words[k + 1:]
        if plain(words[k]) in roles and 2 <= len(after) <= 4 and all(w[:1].isupper() for w in after) \
                and not any(plain(w) in roles for w in after):
            return " ".join(after)
    if len(words) >= 3 and plain(words[-1]) in roles:
        words.pop()
        while words and words[-1][:1].islower():
            words.pop()
        if len(words) > 2:
            words = words[:2]
    return " ".join(words)


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 5 and all(w[:1].isupper() or w[:1].isdigit() or not w[:1].isalpha() for w in words)


_JOINED = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+|\s+و(?=\S)")


@functools.lru_cache(maxsize=CACHE)
def bare_name(line: str) -> Optional[str]:
    """A byline without a label ("Jane Doe", "Jane Doe in Ankara", "سلمى الحسن"): 2-4 name words;
    or two or three such names joined ("Jane Doe and John Roe", "Jane Doe, John Roe and Sam Poe")."""
    if line[-1:] in ",.:;!?":
        return None
    if len(line.split()) > MAX_BARE_WORDS:
        parts = _JOINED.split(line)
        if not 2 <= len(parts) <= 3 or len(line.split()) > MAX_BARE_WORDS * len(parts):
            return None
        names = [_one_bare_name(part) for part in parts]
        return line if all(names) and all(name == part for name, part in zip(names, parts)) else None
    found = _one_bare_name(line)
    if found or not _JOINED.search(line):
        return found
    parts = _JOINED.split(line)
    if len(parts) in (2, 3) and all(_one_bare_name(part) == part for part in parts):
        return line
    return None


def _one_bare_name(line: str) -> Optional[str]:
    parts = _PLACE_NAME.split(line, maxsplit=1)
    if len(parts) == 2 and len(parts[0].split()) <= 2 and parts[1].strip():
        line = parts[1]  # "Qamishli: Jane Doe", "Raqqa - Jane Doe": a correspondent and where from
    value = _IN_PLACE.sub("", line).strip()
    if "," in value:
        value = value.split(",", 1)[0]
    value = without_role(value)
    words = value.split()
    if not 2 <= len(words) <= 4 or any(c.isdigit() for c in value) or known_outlet(value):
        return None
    arabic = all(re.fullmatch(r"[\u0600-\u06ff]+", w) for w in words)
    if arabic:
        return value if len(words) <= 3 else None
    if all(_NAME_WORD.match(w) for w in words) and words[0][:1].isupper() and _capitalised(words[-1]):
        return value
    return None


@functools.lru_cache(maxsize=None)
def english_words() -> frozenset:
    """Common English words, lower case (``english_words.txt``)."""
    return frozenset(word.lower() for word in data_lines("english_words.txt"))


_english_words = english_words


def person_name(name: str) -> bool:
    """Whether a bare name found with no label and no date beside it (a name alone under the
    text) is a person's: Arabic-script words, or capitalised words none of which is a common
    English word ("Find Tickets", "Report Error", "Our Latest Stories" are page furniture) nor
    written in capitals or as a domain ("AUSTRALIA AHEAD", "SyndiGate.info")."""
    words = name.split()
    if all(_ARABIC_WORD.fullmatch(w) for w in words):
        return True
    english = _english_words()
    return all(not (len(w) > 1 and w.isupper()) and "." not in w.rstrip(".")
               and (w.lower() not in english or w.lower() in ("and", "&")) for w in words)


def role_line(line: str) -> bool:
    """A reporter's role alone on the line under (or over) the name ("Home Affairs Correspondent",
    "Middle East Editor", "مراسلة", "Freelance journalist based in Erbil", "Senior Analyst,
    Syria"): a few words, the first capitalised, ending in a role word, then perhaps a place."""
    words = line.split()
    if not 1 <= len(words) <= MAX_BARE_WORDS + 2 or line[-1:] in ".:;!?":
        return False
    core = _ROLE_PLACE.sub("", line).split(",")[0].split()
    if not 1 <= len(core) <= 5:
        return False
    roles = _labels()["roles"]
    first = core[0]
    return plain(core[-1]) in roles and (first[:1].isupper() or bool(_ARABIC_WORD.fullmatch(first)) or len(core) == 1) \
        and all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in ("and", "&", "of") or _ARABIC_WORD.fullmatch(w)
                for w in core[:-1])


_ROLE_PLACE = re.compile(r"\s+(?:based\s+)?(?:in|at|for|covering)\s+\S.*$")
_ARABIC_WORD = re.compile(r"[\u0600-\u06ff]+")


def _capitalised(word: str) -> bool:
    """"Doe", "al-Aswad": a name's last word."""
    return word[:1].isupper() or bool(re.match(r"^[a-z]{1,3}-[A-Z]", word))


def signoff_author(line: str) -> Optional[str]:
    """The reporters a wire sign-off names ("Reporting by Jane Doe in Qamishli; Editing by ...")."""
    match = _SIGNOFF.match(line)
    if not match:
        credited = paragraphs.reporter_credit(line)  # "Jane Doe reported from Erbil."
        split = split_byline(credited) if credited else None
        return split[0] if split else None
    names = re.sub(r"\s+in\s+\S.*$", "", match.group("names").strip())
    split = split_byline(names)
    return split[0] if split else None


def name_before_date(line: str) -> Optional[str]:
    """The name in "Jane Doe | 23.10.2023", a byline sharing its line with the date."""
    parts = _PARTS.split(line, maxsplit=1)
    if len(parts) == 2 and date_in(parts[1]):
        name = bare_name(parts[0].strip())
        if name and all(w.lower() in _english_words() for w in name.split()):
            return None  # "Monthly Reports | May 2, 2024": the section, in common words
        return name
    return None


def outlet_between_name_and_date(line: str) -> Optional[str]:
    """The outlet in "Jane Doe · Lakeside Gazette · Posted: Apr 6, 2023": a byline line whose parts
    are the name, the outlet and the date (an outlet the data knows, or a short name in capitals
    like a masthead's), or None. For the text reader's header, beside :func:`name_before_date`."""
    parts = [p.strip() for p in _PARTS.split(line) if p.strip()]
    if len(parts) < 3 or not bare_name(parts[0]) or not date_in(" ".join(parts[2:])):
        return None
    middle = parts[1]
    if date_in(middle) or _labelled(middle, "date") is not None:
        return None
    known = known_outlet(middle)
    if known:
        return known
    words = middle.split()
    if not 1 <= len(words) <= 4 or bare_name(middle) == middle and not any(w.isupper() for w in words):
        return None  # a second reporter's name, not an outlet
    if not all(w[:1].isupper() or w.lower() in ("of", "the", "and", "&") for w in words):
        return None
    return middle if plausible_name(middle) else None


def is_label(line: str) -> bool:
    """A label standing alone on its line ("Published", "By", "Share"): its value is on the next."""
    folded = plain(line).strip(" :：")
    return folded in _labels()["bare"]


TAG_HEADING_WORDS = 6
TAG_HEADING_CHARS = 80  # a longer line is no heading of six words
COLON_HEADING_WORDS = 3  # a line ending on a colon heads what follows: a few more words ("Click the icon to follow topics:")


def tag_heading(line: str) -> bool:
    """Whether a line only heads a list of tags below it ("Explore more on these topics", "الوسوم")."""
    return plain(line).strip(" :：") in _labels()["tag_headings"]


@functools.lru_cache(maxsize=CACHE)
def loose_tag_heading(line: str) -> int:
    """Whether a short line, no sentence, holds a plural label word ("Follow the topics in this
    article", "Related Tags"): it may head a list of tags, if what follows is one. 2 for a word of
    tags ("tags", "keywords"), 1 for a word of subjects or places ("topics", "countries"), else 0."""
    if len(line) > TAG_HEADING_CHARS or line.count(" ") > 2 * TAG_HEADING_WORDS:
        return 0  # a paragraph: most lines of a page, let go before plain()
    words = plain(line).strip(" :：").replace("&", " ").split()
    most = TAG_HEADING_WORDS + (COLON_HEADING_WORDS if line.rstrip().endswith((":", "：")) else 0)
    if not words or len(words) > most or paragraphs.ends_sentence(line.strip(" :：")) or "?" in line:
        return 0
    if any(word in _labels()["tag_heading_words"] for word in words):
        return 2
    return 1 if any(word in _labels()["topic_heading_words"] for word in words) else 0


def other_list_heading(line: str) -> bool:
    """Whether a line under a list of tags heads another list ("Regions & Countries", "Topics"):
    a tags heading, or a short line, no sentence, holding a word of lists."""
    if tag_heading(line) or loose_tag_heading(line):
        return True
    if len(line) > TAG_HEADING_CHARS:
        return False
    words = plain(line).strip(" :：").replace("&", " ").split()
    return 0 < len(words) <= TAG_HEADING_WORDS and not paragraphs.ends_sentence(line.strip(" :：")) \
        and any(word in _labels()["other_list_words"] for word in words)


@functools.lru_cache(maxsize=CACHE)
def tags_value(line: str) -> Optional[str]:
    """What follows a tags label on the same line, or None."""
    found = _labelled(line, "tags")
    if found is None and len(line) <= 200 and _labels()["tags_loose"].match(plain(line)):
        found = _loose_tags(line)
    return found


def opens_with_author_label(line: str) -> bool:
    """Whether a line opens with a byline's label ("By Jane Doe On 11/13/19 at 4:00 PM")."""
    return _labelled(line, "author") is not None


def footer_date(line: str) -> Optional[str]:
    """The date of a labelled line in the block under the text ("Date 07.10.2021", "Published:
    5 May 2021"; the colon may be missing), or None: a bare date there may be another story's."""
    if len(line) > 80 or not _labels()["date_loose"].match(plain(line)):
        return None
    return date_in(line)


def footer_byline(line: str) -> Optional[str]:
    """The name of a labelled byline in the block under the text, the label's colon perhaps
    missing ("Author Jane Doe"), or None."""
    found = byline(line)
    if found:
        return found[0]
    match = _labels()["author_loose"].match(plain(line))
    if not match or len(line) > 80:
        return None
    words = line.split()
    return bare_name(" ".join(words[len(words) - len(match.group("value").split()):]))


_LIST_ITEMS = re.compile(r"\s*[,،;|]\s*")


def _loose_tags(line: str) -> Optional[str]:
    """The list after a tags label written without its colon ("Keywords Germany, Syria, trial"):
    only a list of short items, never a sentence that opens with the word."""
    value = _labels()["tags_loose"].match(plain(line)).group("value")
    items = [item for item in _LIST_ITEMS.split(value) if item]
    if len(items) < 2 or any(len(item.split()) > 4 for item in items) or value.rstrip()[-1:] in ".!?:":
        return None
    words = line.split()
    return " ".join(words[len(words) - len(value.split()):])


@functools.lru_cache(maxsize=1)
def _desks() -> tuple:
    sections = data_sections("header_labels.txt")
    return (frozenset(plain(d) for d in sections.get("desk_bylines", ())),
            frozenset(plain(w) for w in sections.get("desk_words", ())))


def call_words() -> frozenset:
    """Imperatives opening a button ("Join", "Follow", "أضف"; header_labels.txt), in their plain
    form (:func:`plain`): no tag or name starts so."""
    return _labels()["list_heading_starts"]


def not_a_person(author: str, outlet: Optional[str]) -> bool:
    """A byline naming a desk ("NEWS DESK"), the outlet itself, or the outlet's staff ("Airwars
    Staff"), or a button ("Add a comment"): no reporter."""
    key = plain(author).strip()
    if key in _desks()[0] or (key.split() or [""])[0] in call_words():
        return True
    if known_outlet(author) or the_less_outlet(author):
        return True
    if bool(outlet) and len(key) > 3 and key in plain(outlet):
        return True
    return outlet_staff(author, outlet) or outlets_joined(author, outlet)


_JOINED_OUTLETS = re.compile(r"\s+(?:with|and|&|\+|و)\s+|\s*[,،]\s*", re.I)
_AGENCIES = {"agencies", "agency", "wires", "news agencies", "وكالات"}


def outlets_joined(author: str, outlet: Optional[str]) -> bool:
    """A byline joining outlets, agencies among them ("Daily Sabah with AA", "Rudaw and agencies";
    an agency may be its dateline tag in capitals): no reporter."""
    parts = [p for p in _JOINED_OUTLETS.split(collapse_whitespace(author)) if p]
    if len(parts) < 2:
        return False
    own = plain(outlet) if outlet else ""
    tags = outlet_table().tags  # an agency's dateline tag ("AA", "AFP")
    return all(known_outlet(p) or the_less_outlet(p) or plain(p) in _AGENCIES or (len(p) > 3 and plain(p) in own)
               or (len(p) <= 5 and name_key(p) in tags) for p in parts)


def outlet_staff(author: str, outlet: Optional[str]) -> bool:
    """A byline of the outlet's name and a desk word ("Airwars Staff", "Reuters Editors")."""
    words = plain(author).strip().split()
    rest = " ".join(w for w in words if w not in _desks()[1])
    if not rest or len(rest.split()) == len(words):
        return False
    return bool(known_outlet(rest) or the_less_outlet(rest) or (outlet and len(rest) > 3 and rest in plain(outlet)))
