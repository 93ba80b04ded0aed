"""A place's or an organisation's name that a report writes as part of a person's name is a homonym, not
the entity: "the striker Fırat Demirel" (not the Euphrates), "Omar Haddad, a chef in Beirut" (not the
al-Omar field), "Nurse Emily Ward" (not the al-Ward field), "Toronto dentist Samir Susah".

A person's name here is a run of two or three capitalised words, only spaces between them (the last may be a
family name with its article: "Sara al-Omar", "Yasmin Al Omar"), beside a
word of a person's role or title (``archive/data/person_roles.txt``, through ``indexer/place_countries.py``
PERSONS): right before it ("striker", "Dr", "a worker named"), or after it in an apposition (", a
chef", ", a Cairo chef"). No two words of the run are a name of the gazetteer, and none is an article, a
country's or other place's word, a demonym or a noun of a place or an institution: "the engineer Tal
Hamis" is no person, nor "Director Hol Camp", "Dr Omar Hospital" or "the owner Al Hol". Each word of such a
run that is a gazetteer place or body alone (less its place nouns) is the person's, as is the surname of "the Derik
family" (one capitalised word between "the" and "family"), unless the report also writes it outside every
such run ("Omar Haddad" in a report of the al-Omar field keeps "Omar" the field's). Where the run is
written again without its role ("Omar Farouk wins prize" over "Novelist Omar Farouk won ..."), it is
the person there too. An acronym of the gazetteer written as a name, alone right after such a word,
is no organisation either ("the goddess Isis").

The words found are indexed with the mark of another meaning, as ``placed_elsewhere.py``'s are
(``placed_elsewhere.placed_elsewhere`` returns them with its own), so the entity's searches do not find
the report.
"""

from __future__ import annotations

import functools
import re

from indexer.names import fold_word

_UPPER = r"[^\W\d_a-z]"
_WORD = _UPPER + r"[\w'’]*(?:-" + _UPPER + r"[\w'’]*)?"
# Two or three capitalised words with single spaces between: a person's name as run prose writes it; the
# last may be a family name with its Arabic article ("Sara al-Omar", "Yasmin Al Omar": names16).
_ARTICLE = r"(?:(?:al|el|Al|El)[-‐]|Al )"
_RUN = _WORD + r"(?: " + _WORD + r")? " + _ARTICLE + r"?" + _WORD
_ARTICLED = re.compile(r"(?<![\w'’-])" + _ARTICLE + r"(?=" + _UPPER + r")")
_AFTER_ROLE = re.compile(r"\s+(?:(?:named|called)\s+)?(" + _RUN + r")(?![\w'’-])")
_ONE_AFTER_ROLE = re.compile(r"\s+(" + _WORD + r")(?![\w'’-])(?! " + _UPPER + ")")
_BEFORE_ROLE = re.compile(r"(?<![\w'’-])(" + _RUN + r"),\s+(a|an|the)\s+(?:[\w'’-]+\s+){0,2}$")
_BEFORE = 80  # characters read before a role word for its apposition
# Before a run, what makes it a thing's or a place's name ("the Omar Field, a ...", "in Deir Hafer, a
# farmer said"), and after a role, a verb of saying that makes the role a source, not an apposition.
_THE = re.compile(r"(?<![\w'’])(?:[Tt]he|in|at|near|from|to|of|outside|around)\s+$")
_SAYING = re.compile(r"\s+(?:said|says|say|told|added|reported|recalled)\b")
# A family named by its surname: "the Sousa family", "a café run by the Hajeen family" (not "a Raqqa family",
# a family of the town, nor "the families of al-Hol").
_FAMILY = re.compile(r"(?<![\w'’-])[Tt]he (" + _WORD + r") family(?![\w'’-])")
_CAPITALISED = re.compile(r"(?<![\w'’])" + _UPPER + r"[\w'’]*")
_WINDOW = 120  # characters read either side of a place's word for a role beside its name
_SEEN: dict = {}  # a capitalised word as written -> whether it is a place or body alone
_INSTITUTIONS = frozenset({
    "hospital", "clinic", "university", "college", "school", "institute", "hotel", "street", "road",
    "bridge", "square", "mosque", "church", "airport", "station", "company", "news", "media", "tv",
    "radio", "club", "centre", "center", "bakery", "restaurant", "foundation", "initiative", "bank",
})


@functools.lru_cache(maxsize=None)
def _role_re():
    from indexer import place_countries as t

    return re.compile(r"(?<![\w'’-])" + _trie(t.PERSONS) + r"\.?(?![\w'’-])", re.IGNORECASE)


def _trie(words) -> str:
    """A pattern matching what the alternation of ``words``, longest first, matches, and where it does:
    their letters as a tree ("(?:m(?:inister|s|r)|...)"), each node's longer words tried before the word
    ending there, so a place of the text is tried against the one path its letters take, not against
    every word (the role words are ~110: a report's windows were read 3.5x slower; issue #16)."""
    tree: dict = {}
    for word in {word.lower() for word in words}:  # one path a word whatever its case (the pattern ignores case)
        node = tree
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(character) + pattern(child) for character, child in sorted(node.items()) if character]
        if "" in node:
            branches.append("")  # the word ending here, after the longer ones
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return pattern(tree)


@functools.lru_cache(maxsize=None)
def _name_words() -> frozenset:
    """The words that are a gazetteer place or body alone, with its place nouns ("Omar" of "al-Omar oil
    field", "Firat"), as name keys fold them: a word of a longer name ("Nadia" of Nadia's Initiative) is
    a common word, which the report's other searches must still find."""
    from indexer import place_countries as t
    from indexer.fulltext.placing_words import _PLACE_NOUNS

    from indexer.cased_names import CASED

    generic = _PLACE_NOUNS | {"oil", "gas", "base", "centre", "center", "annex"}
    cores = (tuple(word for word in key if word not in generic) for table in (t.PLACES, t.BODIES) for key in table)
    # and the words kept as names where capitalised (indexer/cased_names.py: "Tamer", "Derrick", which a
    # capitalised query finds through their sound-alike names): "Singer Tamer Hosny" is no Tal Tamr (names16)
    return frozenset(core[0] for core in cores if len(core) == 1) | {fold_word(word) for word in CASED}


@functools.lru_cache(maxsize=None)
def _window_words() -> frozenset:
    """The words a stretch of text is read around: :func:`_name_words` and the first words of places' and
    bodies' longer names, which a person's name may be whole ("Abu Kamal, a falafel seller")."""
    from indexer import place_countries as t

    return _name_words() | frozenset(key[0] for table in (t.PLACES, t.BODIES) for key in table if len(key) == 2)


@functools.lru_cache(maxsize=None)
def _not_personal() -> frozenset:
    """Words that make no person's name: countries' and other places' words, demonyms, place nouns and
    the nouns of institutions ("Omar Hospital")."""
    from indexer import place_countries as t
    from indexer.fulltext.placing_words import _BODY_NOUNS, _PLACE_NOUNS

    words = {word for table in (t.COUNTRIES, t.ELSEWHERE) for key in table for word in key}
    return frozenset(words | set(t.DEMONYMS) | _PLACE_NOUNS | _BODY_NOUNS | _INSTITUTIONS)


@functools.lru_cache(maxsize=None)
def _not_personal_names() -> frozenset:
    """The words that make no person's name in an apposition with a role: :func:`_not_personal` less the
    place nouns and the words of other places' longer names ("Omar Field, a singer"; "Abu Kamal, a
    seller", though Abu Dhabi is a city); a country's or other place's one-word name stays."""
    from indexer import place_countries as t
    from indexer.fulltext.placing_words import _BODY_NOUNS

    words = {key[0] for table in (t.COUNTRIES, t.ELSEWHERE) for key in table if len(key) == 1}
    return frozenset(words | set(t.DEMONYMS) | _BODY_NOUNS | _INSTITUTIONS)


@functools.lru_cache(maxsize=None)
def _keys() -> frozenset:
    from indexer import place_countries as t

    return frozenset(key for table in (t.PLACES, t.BODIES, t.NAMES, t.COUNTRIES, t.ELSEWHERE) for key in table)


def _is_person(run: str, least: int = 2, apposition: bool = False) -> bool:
    """Whether the capitalised words ``run`` can be a person's name holding a gazetteer name's word (or an
    acronym written as a name: "Pam Whitley"): no article ("Al") but a family name's ("Sara al-Omar"),
    ``least`` words besides it ("the owner Al Hol" is none), no place's or institution's noun, no two of its
    words a name of the tables. In an ``apposition`` with an indefinite role (", a folk singer"), which only
    a person takes, a place noun may be a surname and the words a place's whole name ("Omar Field, a
    Canadian folk singer"; "Abu Kamal, a falafel seller": a man called father of Kamal)."""
    words = _ARTICLED.sub("", run).split(" ")
    folded = tuple(fold_word(word) for word in words)
    barred = _not_personal_names() if apposition else _not_personal()
    if len(folded) < least or not all(folded) or any(word in barred for word in folded):
        return False
    keys = _keys()
    if not apposition and any(folded[i:j] in keys for i in range(len(folded)) for j in range(i + 2, len(folded) + 1)):
        return False
    return (apposition and folded in keys) or any(word in _name_words() for word in folded) or any(_as_name(word) for word in words)


def _windows(text: str, capitalised) -> list:
    """The stretches of ``text`` around its capitalised words that are a place or body alone, merged:
    one pass of a regular expression, each word as written folded once; most texts hold none."""
    seen, names = _SEEN, _window_words()
    hits = []
    for word in capitalised:
        found = seen.get(word)
        if found is None:
            if len(seen) > 200_000:
                seen.clear()
            found = seen[word] = fold_word(word) in names or _as_name(word)
        if found:
            hits.append(word)
    if not hits:
        return []
    windows: list = []
    for at, after in _whole_words(text, hits):
        start, end = max(0, at - _WINDOW), after + _WINDOW
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    return windows


_WORD_CHARACTER = re.compile(r"[\w'’]")


def _whole_words(text: str, words: list) -> list:
    """``(start, end)`` of each place in ``text`` where one of ``words`` (capitalised words, all their
    characters word characters or apostrophes) stands whole, in order: the matches of
    ``(?<![\\w'’])(?:word|word...)(?![\\w'’])``, found with ``str.find`` rather than by a pattern compiled
    for each report (issue #16). A word standing whole cannot begin inside another's whole match, nor
    another word end where it does, so no two places overlap or start together."""
    out = []
    size_of_text = len(text)
    character = _WORD_CHARACTER.match
    for word in words:
        size = len(word)
        at = text.find(word)
        while at >= 0:
            end = at + size
            if (at == 0 or character(text, at - 1) is None) and (end == size_of_text or character(text, end) is None):
                out.append((at, end))
            at = text.find(word, at + 1)
    out.sort()
    return out


def _as_name(word: str) -> bool:
    """Whether ``word`` is an acronym of the gazetteer written as a name, not in capitals ("Isis")."""
    from indexer.acronym_names import ACRONYMS

    return not word.isupper() and word.lower() in ACRONYMS


def _read(text: str, start: int, end: int, roles, runs: set) -> None:
    """Adds to ``runs`` the persons' names beside a role word between ``start`` and ``end``, a family's
    name ("the Derik family"), and an acronym written as a name right after a role ("the goddess Isis")."""
    for match in _FAMILY.finditer(text, start, end):
        if _is_person(match.group(1), least=1):
            runs.add(match.group(1) + " family")  # the surname with its noun: "Derik" outside it is the town
    for match in roles.finditer(text, start, end):
        after = _AFTER_ROLE.match(text, match.end())
        if after and _is_person(after.group(1)):
            runs.add(after.group(1))
        alone = _ONE_AFTER_ROLE.match(text, match.end())
        if alone and _as_name(alone.group(1)):
            runs.add(alone.group(1))
        read = text[max(0, match.start() - _BEFORE):match.start()]
        before = _BEFORE_ROLE.search(read)
        if before and _is_person(before.group(1), apposition=before.group(2) != "the"
                                 and not _THE.search(read, 0, before.start(1)) and not _SAYING.match(text, match.end())):
            runs.add(before.group(1))


def person_words(texts, capitalised=None) -> set:
    """The words (as written) of gazetteer names that the report made of ``texts`` (its title and body)
    writes only inside persons' names. ``capitalised``: the texts' capitalised words, when a caller has
    read them (``placed_elsewhere``)."""
    texts = [text for text in texts if text]
    if capitalised is None:
        capitalised = {word for text in texts for word in _CAPITALISED.findall(text)}
    runs = set()
    roles = _role_re()
    for text in texts:
        for start, end in _windows(text, capitalised):
            _read(text, start, end, roles, runs)
    if not runs:
        return set()
    surnames = {run.split(" ")[-1] for run in runs if not run.endswith(" family")}
    for text in texts:  # the surname alone after a role ("Portuguese striker Sousa" over "Tiago Sousa scored")
        for match in roles.finditer(text):
            alone = _ONE_AFTER_ROLE.match(text, match.end())
            if alone and alone.group(1) in surnames:
                runs.add(text[match.start():alone.end(1)])
    names = _name_words()
    keys = _keys()
    found = {word for run in runs for word in run.split(" ")
             if fold_word(_ARTICLED.sub("", word)) in names or _as_name(word)
             or tuple(fold_word(one) for one in _ARTICLED.sub("", run).split(" ")) in keys}  # "Abu Kamal, a seller"
    if len(texts) > 1 and texts[-1].startswith(texts[0].rstrip(" .…")):
        texts = texts[1:]  # a title that is the body's first words cut short: the body counts them
    out = set()
    for word in found:
        pattern = re.compile(r"(?<![\w'’])" + re.escape(word) + r"(?![\w'’])", re.IGNORECASE)
        inside = re.compile("|".join(re.escape(run) for run in runs if word in run.split(" ")))
        # in any case but lower case ("ISIS" as "Isis"; "ward" is a word of its own)
        total = sum(1 for text in texts for one in pattern.findall(text) if not one.islower())
        within = sum(1 for text in texts for hit in inside.finditer(text) for one in pattern.findall(hit.group())
                     if not one.islower())
        if total == within:
            out.add(word)
    return out
