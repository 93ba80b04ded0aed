"""The outlet data: ``archive/data/outlets.txt`` (the curated file; its header says the format),
then every ``archive/data/outlets_world_*.txt`` in name order (outlets of the whole world in the
same block format), read once into one :class:`OutletTable`.

The curated file wins every collision: a name, alias, dateline tag, copyright holder or domain
already taken keeps the outlet it was first given. A world block whose canonical name is already an
earlier outlet's name or alias is that outlet's, its other spellings added to it, when the two share
a domain; otherwise it is left out whole (two outlets by one name: which is meant is unknown).
``tests/test_outlet_data.py`` lists such collisions in the files.

``never:``, ``never_first:`` and ``allowed_word_names:`` lines (outside any block) are read from
every file: words that name no outlet, words no outlet's name starts with, and the names the data
test allows though they are common words, places or language names.

An ``arabic:`` line gives an outlet its name in Arabic script as it prints it ("Cairo 24" has
``arabic: القاهرة 24``): the name an article in Arabic script stores (``OutletTable.arabic``,
:func:`archive.extract.outlet_script_names.outlet_in_script`); it is also a spelling of the outlet.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from typing import Iterable, Optional

DATA_FILE = "outlets.txt"
WORLD_FILES = re.compile(r"^outlets_world_[\w-]+\.txt$")
FIELDS = ("aliases", "arabic", "domains", "datelines", "copyright", "style", "aggregator")
WORD_LISTS = ("never", "never_first", "allowed_word_names")  # lines outside any block

_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ـ": None,
                              "ک": "ك", "ی": "ي", "ڕ": "ر", "ۆ": "و", "ێ": "ي"})
_KEEP = re.compile(r"[^\w]|_", re.U)


def fold_name(name: str) -> str:
    """A name as compared: case, accents, punctuation, spaces and Arabic letter forms folded."""
    if name.isascii():  # nothing to decompose or fold but case
        return _KEEP.sub("", name.casefold())
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_ARABIC_FOLD)
    return _KEEP.sub("", text)


name_key = functools.lru_cache(maxsize=8192)(fold_name)  # the extractors' calls: a few names, many times


@dataclass
class Outlet:
    name: str
    aliases: list = field(default_factory=list)
    arabic: list = field(default_factory=list)  # [its name in Arabic script as it prints it]: also an alias
    domains: list = field(default_factory=list)
    datelines: list = field(default_factory=list)
    copyright: list = field(default_factory=list)
    style: list = field(default_factory=list)
    aggregator: list = field(default_factory=list)  # ["yes"] for a site republishing others' reports
    where: str = ""  # "file:line" of its block, for the data test's messages


@dataclass
class OutletTable:
    outlets: list
    names: dict  # name_key -> canonical (names and aliases)
    holders: dict  # name_key -> canonical (copyright holders, names and aliases)
    tags: dict  # name_key -> canonical (dateline tags)
    domains: dict  # "host[/path]" -> canonical
    styles: list  # (compiled regex, canonical)
    longest: int  # words in the longest name, alias or holder
    never: frozenset = frozenset()  # name_keys of words that name no outlet ("Share")
    aggregators: frozenset = frozenset()  # canonical names of sites that republish others' reports
    never_first: frozenset = frozenset()  # name_keys of words no outlet's name starts with ("For")
    left_out: tuple = ()  # (world block's "file:line", name, the earlier outlet its name is) not loaded
    arabic: dict = field(default_factory=dict)  # canonical -> its name in Arabic script (``arabic:``)


def parse_outlets(lines: Iterable, source: str = "") -> list:
    """Blocks of ``Name`` + ``key: a | b`` lines (and old ``Name | alias`` lines) as Outlets.
    ``lines`` are strings, or ``(line number, string)`` pairs (then each Outlet says where it is)."""
    outlets: list = []
    for item in lines:
        number, line = item if isinstance(item, tuple) else (0, item)
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if sep and key in WORD_LISTS:
            continue  # read by word_lists
        if sep and key in FIELDS and outlets:
            values = [v.strip() for v in value.split("|") if v.strip()]
            getattr(outlets[-1], key).extend(values)
            continue
        names = [part.strip() for part in line.split("|") if part.strip()]
        if names:
            outlets.append(Outlet(names[0], aliases=names[1:], where=f"{source}:{number}" if source else ""))
    return outlets


def data_files() -> tuple:
    """The outlet data files' names, the curated one first, then the world files in name order."""
    folder = resources.files("archive").joinpath("data")
    world = sorted(entry.name for entry in folder.iterdir() if WORLD_FILES.match(entry.name))
    return (DATA_FILE, *world)


def numbered_lines(name: str) -> list:
    """``[(line number, line), ...]`` of a data file, without blanks and ``#`` comments (not cached:
    the table keeps what it needs)."""
    text = resources.files("archive").joinpath("data", name).read_text(encoding="utf-8")
    return [(number, line) for number, line in ((n, raw.strip()) for n, raw in enumerate(text.splitlines(), 1))
            if line and not line.startswith("#")]


def word_lists(lines: Iterable) -> dict:
    """``{"never": set of name_keys, ...}`` from a file's ``never:``-like lines."""
    found: dict = {key: set() for key in WORD_LISTS}
    for item in lines:
        line = item[1] if isinstance(item, tuple) else item
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if sep and key in found:
            found[key].update(fold_name(v) for v in value.split("|") if v.strip())
    return {key: frozenset(keys - {""}) for key, keys in found.items()}


@functools.lru_cache(maxsize=None)
def outlet_table() -> OutletTable:
    """Every outlet of the data files, loaded once."""
    return build_table([(name, numbered_lines(name)) for name in data_files()])


def build_table(files: list) -> OutletTable:
    """The table of ``[(file name, lines), ...]``, earlier files first: see the module's docstring."""
    names, holders, tags, domains, styles, arabic = {}, {}, {}, {}, [], {}
    outlets, left_out, lists = [], [], {key: set() for key in WORD_LISTS}
    longest = 1
    for number, (source, lines) in enumerate(files):
        for key, keys in word_lists(lines).items():
            lists[key] |= keys
        for outlet in parse_outlets(lines, source):
            canonical = outlet.name
            if number:  # a world file: what an earlier file holds wins
                earlier = names.get(fold_name(canonical))
                if earlier is not None:
                    if not _shares_domain(outlet, earlier, domains):
                        left_out.append((outlet.where, outlet.name, earlier))
                        continue
                    canonical = earlier  # the same outlet: more spellings of it
                else:
                    outlets.append(outlet)
            else:
                outlets.append(outlet)
            if outlet.arabic and canonical != outlet.arabic[0]:
                arabic.setdefault(canonical, outlet.arabic[0])
            for alias in [outlet.name] + outlet.aliases + outlet.arabic:
                names.setdefault(fold_name(alias), canonical)
            for alias in [outlet.name] + outlet.aliases + outlet.arabic + outlet.copyright:
                holders.setdefault(fold_name(alias), canonical)
                longest = max(longest, len(alias.split()))
            for tag in outlet.datelines:
                tags.setdefault(fold_name(tag), canonical)
            for domain in outlet.domains:
                domains.setdefault(domain.lower().strip("/"), canonical)
            for pattern in outlet.style:
                styles.append((re.compile(pattern), canonical))
    names.pop("", None), holders.pop("", None), tags.pop("", None)
    aggregators = frozenset(o.name for o in outlets if any(v.lower() in ("yes", "true") for v in o.aggregator))
    return OutletTable(outlets, names, holders, tags, domains, styles, longest, frozenset(lists["never"]),
                       aggregators, frozenset(lists["never_first"]), tuple(left_out), arabic)


def _shares_domain(outlet: Outlet, earlier: str, domains: dict) -> bool:
    return any(domains.get(domain.lower().strip("/")) == earlier for domain in outlet.domains)


@functools.lru_cache(maxsize=None)
def allowed_word_names() -> frozenset:
    """name_keys of the names the data test lets be common words, places or language names
    (``allowed_word_names:`` lines): names of outlets everyone knows by them ("Reuters")."""
    keys: set = set()
    for name in data_files():
        keys |= word_lists(numbered_lines(name))["allowed_word_names"]
    return frozenset(keys)


def lookup_name(names: dict, text: str) -> Optional[str]:
    """``names[name_key(text)]``, or without a leading "The" ("The Syrian Observatory For Human
    Rights"); never the other way round ("National" is a menu entry, not The National). An alias the
    data writes only in capitals that is also an English word ("REACH", "RAND") matches only as
    written, in capitals: "a Reach plc subsidiary" names no humanitarian initiative."""
    key = name_key(text)
    if key in capital_words() and not text.strip().isupper():
        return None
    found = names.get(key)
    if found is None and re.match(r"the\s+\S", text.strip(), re.I):
        found = names.get(name_key(text.strip()[4:]))
    return found


@functools.lru_cache(maxsize=1)
def capital_words() -> frozenset:
    """name_keys of the data's one-word aliases written only in capitals that are English words
    (round 28): such an acronym is the outlet only where a page writes it in capitals."""
    from archive.extract.data import english_words

    words, capitals, other = english_words(), set(), set()
    for outlet in outlet_table().outlets:
        for alias in [outlet.name] + outlet.aliases:
            alias = alias.strip()
            if " " in alias or len(alias) < 3:
                continue
            (capitals if alias.isupper() and alias.casefold() in words else other).add(fold_name(alias))
    return frozenset(capitals - other)
