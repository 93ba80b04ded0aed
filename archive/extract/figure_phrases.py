"""The words around a number that say what it counts (``archive.extract.figures``): the noun
phrase after it ("3,000 Yezidi women and girls", "89 escaped prisoners"), the event verb after
that ("were killed", "remain missing", "have returned") or before the number ("killing 20",
"brought home 28"), and a word of a kind just before it ("among the dead were five").
"""

from __future__ import annotations

import re
from typing import Optional

from archive.extract.figure_kinds import kind_words
from archive.extract.figure_numbers import _AND_NOUN, _SMALL

_KIND_BEFORE_WINDOW = 4  # words before a number that may say its kind: "among the dead were five"

# What a figure counts: the noun phrase after the number, up to a word that ends it.
_NP_STOP = frozenset("""
in at on from to for with by since during after before into across near under over against about
between among amid through throughout within without toward towards per as than like including
who whom which that whose where when while because if but or nor so yet
is are was were be been being have has had having do does did will would could should may might
must can shall said says say told reported according remain remains remained
the a an this these those its their his her our my your
""".split())
_NP_SKIP = re.compile(r"^[^\S\n]*(?:of\s+(?:the|its|their|his|her|our|whom|them|those|these|which)\s+['‘\"“]?)",
                      re.IGNORECASE)
_NP_WORD = re.compile(r"[^\S\n]*['‘\"“]?([A-Za-z][\w'’-]*(?:/[A-Z][\w-]*)?)")  # "PKK/YPG"
_AUX = frozenset("""
have has had were was are is been being reportedly allegedly also now already since reported
believed thought said confirmed estimated still later all so far had being were were remain remains
remained are also later then to be
""".split())
EVENT_VERBS = {
    "killed": "killed", "executed": "executed", "fled": "fled", "surrendered": "surrendered",
    "displaced": "displaced", "arrested": "arrested", "detained": "detained", "wounded": "wounded",
    "injured": "injured", "died": "died", "dead": "dead", "escaped": "escaped", "released": "released",
    "repatriated": "repatriated", "returned": "returned", "evacuated": "evacuated", "captured": "captured",
    "held": "held", "held in": "held", "freed": "freed", "transferred": "transferred", "left": "left", "missing": "missing",
    "kidnapped": "kidnapped", "abducted": "abducted", "recaptured": "recaptured", "rescued": "rescued",
    "buried": "buried", "found": "found", "deported": "deported", "sentenced": "sentenced",
    "tried": "tried", "convicted": "convicted", "imprisoned": "imprisoned", "housed": "housed",
    "registered": "registered", "arrived": "arrived", "crossed": "crossed", "exhumed": "exhumed",
    "slain": "killed", "murdered": "murdered", "massacred": "massacred", "beheaded": "beheaded",
    "handed": "handed over", "relocated": "relocated", "resettled": "resettled", "hospitalised": "hospitalised",
    "hospitalized": "hospitalised", "infected": "infected", "unaccounted": "unaccounted for",
    "interned": "interned", "jailed": "jailed", "seized": "seized", "destroyed": "destroyed",
}
# A verb before the number: "executed more than 700 prisoners", "killing at least 20 people".
VERBS_BEFORE = {
    "executed": "executed", "killed": "killed", "killing": "killed", "kills": "killed",
    "arrested": "arrested", "arresting": "arrested", "detained": "detained", "detaining": "detained",
    "displaced": "displaced", "displacing": "displaced", "evacuated": "evacuated",
    "evacuating": "evacuated", "freed": "freed", "freeing": "freed", "released": "released",
    "releasing": "released", "repatriated": "repatriated", "repatriating": "repatriated",
    "captured": "captured", "capturing": "captured", "holding": "held", "holds": "held", "held": "held",
    "housing": "housed", "houses": "housed", "housed": "housed", "wounded": "wounded",
    "wounding": "wounded", "injuring": "injured", "injured": "injured", "abducted": "abducted",
    "kidnapped": "kidnapped", "deported": "deported", "transferred": "transferred",
    "recaptured": "recaptured", "rescued": "rescued", "hosts": "hosted", "hosting": "hosted",
    "hosted": "hosted", "detains": "detained", "imprisoned": "imprisoned", "jailed": "jailed",
    "received": "received", "receiving": "received", "returned": "returned", "returning": "returned",
}
COUNT_NOUNS = frozenset("""
people person persons civilians civilian fighters fighter militants militant prisoners prisoner
detainees detainee inmates inmate children child women woman men man families family refugees
refugee soldiers soldier troops members member jihadists jihadist suspects suspect bodies body
residents resident foreigners foreigner nationals national captives captive guards guard
insurgents insurgent combatants combatant girls girl boys boy deaths dead casualties victims
victim individuals individual minors minor orphans orphan wives widows households household
tents tent camps camp prisons prison villages village towns town countries country nationalities
attacks attack airstrikes strikes cells cell graves grave police officers officer
""".split())


PLURAL_NOUNS = frozenset("""
people men women children police personnel staff troops cattle sheep livestock militia youth crew
clergy dead wounded injured displaced missing elderly homeless faithful kurds yazidis yezidis others
""".split())


def plural(word: str) -> bool:
    """Whether a head noun is plural: "fighters", "people", "women", "casualties"; demonyms in
    -is written with a capital are ("Iraqis", "Yazidis", "Kuwaitis"; not "crisis")."""
    if word[:1].isupper() and word.endswith("is") and len(word) > 4:
        return True
    word = word.lower().rstrip("'’")
    return word in PLURAL_NOUNS or (word.endswith("s") and not word.endswith(("ss", "us", "is"))) or (
        word.endswith("men") and len(word) > 5 and word not in _SINGULAR_MEN)  # "gunmen", "tribesmen"


_SINGULAR_MEN = frozenset("specimen abdomen regimen acumen stamen".split())


def _noun_phrase(text: str, pos: int) -> tuple[list[str], int]:
    """The words of the noun phrase after a number (up to its head noun), and where it ends.

    "3,000 Yezidi women and girls", "10 ISIS sleeper cells", "27 of his force's soldiers",
    "89 escaped prisoners", "29,600 fighters and family members". Never across a line break.
    """
    rest = text[pos:pos + 160]
    skip = _NP_SKIP.match(rest)
    offset = skip.end() if skip else 0
    words: list[str] = []
    verbs = _kind_verbs()
    while len(words) < 5:
        m = _NP_WORD.match(rest, offset)
        if not m:
            break
        word = m.group(1)
        low = word.lower()
        acronym = len(word) >= 2 and word.replace("-", "").replace("/", "").isupper()
        if not words and low.endswith("ly") and len(low) > 4 and low not in COUNT_NOUNS:
            break  # "three of them seriously"
        if not words and low == "lives":
            words.append(word)  # "claimed 300 lives", "save 65 lives": the noun, after a number never the verb
            offset = m.end()
            break
        if not acronym and not words and (low in EVENT_VERBS or low in verbs):
            # a participle before a plural noun describes it: "89 escaped prisoners"
            nxt = _NP_WORD.match(rest, m.end())
            if not (nxt and nxt.group(1).lower() in COUNT_NOUNS and plural(nxt.group(1))):
                break
        elif not acronym and (low in _NP_STOP or low in EVENT_VERBS or low in verbs or low in ("of", "and", "or")):
            joined = _AND_MODIFIER.match(rest, m.start()) if words and low in ("and", "or") else None
            if joined and plural(joined.group(3)) and joined.group(3).lower() not in _NP_STOP \
                    and joined.group(3).lower() not in verbs and joined.group(3).lower() not in EVENT_VERBS:
                words += [joined.group(1), joined.group(2), joined.group(3)]  # "SDF and Asayish members"
                offset = joined.end()
            break
        words.append(word)
        offset = m.end()
        bare = word.rstrip("'’")
        if low.endswith(("'s", "’s")):
            continue  # a possessive: "his force's soldiers"
        if acronym or not plural(bare):
            continue
        # the head noun; "women and children": a second counted noun joined by "and"
        nxt = _AND_NOUN.match(rest, offset)
        if nxt and nxt.group(2).lower() not in COUNT_NOUNS:  # "boys and young men"
            nxt = _AND_ADJECTIVE_NOUN.match(rest, offset) or nxt
        if nxt and nxt.group(2).lower() in COUNT_NOUNS:
            words += [nxt.group(1), nxt.group(2)]
            offset = nxt.end()
            more = _NP_WORD.match(rest, offset)  # "family members", "prison staff"
            if more:
                low = more.group(1).lower()
                if plural(more.group(1)) and low not in _NP_STOP and low not in _AUX \
                        and low not in EVENT_VERBS and low not in verbs:
                    words.append(more.group(1))
                    offset = more.end()
        break
    return words, pos + offset


# two modifiers before one head noun: "Iraqi and Syrian children", "SDF and Asayish members"
_AND_MODIFIER = re.compile(r"[^\S\n]*(and|or)[^\S\n]+([A-Z][\w'’-]*)[^\S\n]+([a-z][\w'’-]*)\b")
_AND_ADJECTIVE_NOUN = re.compile(rf"\s+(and|or)\s+(?!(?:{_SMALL}|a|an|the|its|their|his|her|other|another)\s)(?:[a-z]+\s+)([A-Za-z][\w'’-]*)")
_HOLD = frozenset("held holds holding hold".split())
_PASSIVE = re.compile(r"\b(?:are|were|is|was|been|being|be)\s+(?:\w+ly\s+|still\s+|now\s+|also\s+)?$", re.IGNORECASE)
_ONLY_ADVERBS = re.compile(r"(?:[^\S\n]*,?[^\S\n]*(?:[a-z]+ly|had|have|has|then|also|now|still))*[^\S\n]*", re.IGNORECASE)
# what follows "held" when people are held: "held in", "held by the group", "held there", "held hostage"
_HELD_WHERE = frozenset("""in at by without for since until inside on across as there here under behind over
indefinitely incommunicado hostage hostages captive captives illegally arbitrarily""".split())
_A_NUMBER = re.compile(rf"(?<![\d,.])(?!(?:19|20)\d\d\b)\d|\b{_SMALL}\b", re.IGNORECASE)  # a year is no other figure
_CLAUSE_WORD = re.compile(r"[^\S\n]*,?[^\S\n]*([A-Za-z]+)")
_LATER_VERB = re.compile(r"\b(?:have|has|had|were|was|are|is|remain|remains|remained)\s+(?:(?:been|now|since|also|all|still|reportedly|"
                         r"thought|believed|said|reported|understood|known|to|be|\w+ly)\s+)*([a-z]+)(?:\s+(home|back))?", re.IGNORECASE)
_REMAIN = frozenset("remain remains remained remaining".split())


def _verb_after(text: str, pos: int) -> Optional[str]:
    """The event verb after a noun phrase ("civilians were killed", "remain missing", "brought
    home"), as written in lower case; "remain" when the people only remain. A participle that
    only describes the noun ("Iraqis displaced by the war ... have returned", "women freed from
    al-Hol were handed ...") gives way to the clause's own verb."""
    rest = text[pos:pos + 110]
    cut = re.search(r"[;\n]|\bwhile\b|[.!?][\"”’]?\s", rest)
    if cut:
        rest = rest[:cut.start()]
    aside = _ASIDE.match(rest) or _NOUN_LIST.match(rest) or _RATE.match(rest)  # "79 people, among them 38 children, died"
    if aside:
        rest = rest[aside.end():]
    among = AMONG_THE.match(rest)  # "Three children were among the dead"
    if among and among.group(1).lower() in _kind_verbs():
        return among.group(1).lower()
    where = _WHERE.match(rest)  # "are still in the camp", "remained in custody"
    in_camp = None if where else _IN_CAMP.match(rest)  # "56,000 people in the camp", unless a verb follows
    if in_camp:
        verbs = _kind_verbs()
        later = [w for w in re.findall(r"[a-z]+", rest[in_camp.end():].split(",")[0]) if w in verbs or w in EVENT_VERBS]
        if later:
            return later[0]  # "Two women in the camp died"
        return "in camp"
    if where:
        if re.search(r"\bheld\b", where.group(), re.IGNORECASE):
            return "held in"  # "are still held in the camps": held, the wording decides
        return "in custody" if where.group(1) is None else "in camp"
    relative = _RELATIVE.match(rest)  # "12 adults Sweden has brought back": the clause's verb is the figure's
    if relative:
        two = f"{relative.group(1).lower()} {(relative.group(2) or '').lower()}".strip()
        if two in _kind_verbs() or relative.group(1).lower() in _kind_verbs():
            return two if two in _kind_verbs() else relative.group(1).lower()
    place = _IN_PLACE.match(rest)  # "who were in al-Hol and Roj": the place, a camp or not (figure_context)
    if place:
        verbs = _kind_verbs()
        for word in re.findall(r"[a-z]+", rest[place.end():].split(",")[0]):
            if word in verbs or word in EVENT_VERBS:
                return word  # "5,000 fighters who were in Raqqa in 2017 surrendered"
        return f"in {place.group(1)}"
    verbs = _kind_verbs()
    remain = False
    skip = -1
    for m in _CLAUSE_WORD.finditer(rest):
        word = m.group(1).lower()
        nxt = _CLAUSE_WORD.match(rest, m.end())
        phrase = f"{word} {nxt.group(1).lower()}" if nxt else ""
        if phrase in verbs:
            return phrase
        third = _CLAUSE_WORD.match(rest, nxt.end()) if nxt else None
        if third and f"{phrase} {third.group(1).lower()}" in verbs:
            return f"{phrase} {third.group(1).lower()}"  # "remain on the run", "had not been seen"
        if m.start() == skip:
            continue
        if word == "who" and nxt and nxt.group(1).lower() in _HOLD - {"held"}:
            skip = nxt.start()  # "four children, who hold Australian citizenship": they hold something
            continue
        if word == "who" and nxt and (nxt.group(1).lower() in verbs or nxt.group(1).lower() in EVENT_VERBS):
            return nxt.group(1).lower()  # "400 of the prisoners who escaped"
        if word == "who" and nxt and nxt.group(1).lower() in _REMAIN:
            continue  # "18,000 citizens who remain there"
        if word in _HOLD and _ONLY_ADVERBS.fullmatch(rest[:m.start()]) and nxt \
                and nxt.group(1).lower() not in _HELD_WHERE and not re.match(r"\s*[,.;:)]", rest[m.end():]):
            return None  # "the two banks held talks", "eight men held a news conference": they hold, nobody holds them
        if word in ("returned", "return", "returning") and _ONLY_ADVERBS.fullmatch(rest[:m.start()]) and nxt \
                and nxt.group(1).lower() in ("their", "the", "a", "an", "his", "her", "its", "fire"):
            return None  # "487,939 people had returned their ballot papers": they return something
        if word == "held" and (_PASSIVE.search(rest[:m.start(1)]) or (
                not rest[:m.start()].strip() and nxt and nxt.group(1).lower() in _HELD_WHERE)):
            return "held in"  # "400 women are held", "four Britons held by the US in the camp": held, the wording decides
        if word in EVENT_VERBS or word in verbs:
            if not remain and not rest[:m.start()].strip():
                later = _LATER_VERB.search(rest, m.end())
                if later and later.start() - m.end() < 60 and not _A_NUMBER.search(rest, m.end(), later.start()):
                    # not another figure's verb: "Two people died and five others were injured"
                    found = later.group(1).lower()
                    two = f"{found} {later.group(2).lower()}" if later.group(2) else found
                    if two in verbs and verbs[two] != "other":
                        return two
                    if found in verbs and verbs[found] != "other" and found not in _AUX:
                        return found
            return word
        if word in _REMAIN:
            remain = True
            continue
        if word not in _AUX and not (word.endswith("ly") and len(word) > 4):
            if word in _PREPOSITIONS or word in ("among", "who") or (
                    word.endswith("ed") and nxt and nxt.group(1).lower() in ("of", "to", "in", "with")):
                # "226 people suspected of belonging to ISIS cells were arrested"
                # "28,000 children from 60 countries are stranded", "were among those who have surrendered"
                later = _LATER_VERB.search(rest.split(",")[0], m.start())
                if later:
                    found = later.group(1).lower()
                    two = f"{found} {later.group(2).lower()}" if later.group(2) else found
                    for verb in (two, found):
                        if verb in verbs and verbs[verb] != "other" and verb not in _AUX:
                            return verb
            break
    return "remain" if remain else None


# "are still in the camp", "were still believed to be in the camps", "remain in Kurdish custody"
_WHERE = re.compile(r"\s*,?\s*(?:who\s+)?(?:are|were|is|was|remain|remains|remained|stay|stayed|live|lived|living)\s+(?:still\s+)?"
                    r"(?:(?:believed|thought|understood|said|estimated|known)\s+to\s+(?:be|remain)\s+)?"
                    r"(?:held\s+)?(?:(?:in|at|inside)\s+(?:the\s+|al-\w+\s+|\w+\s+)?(camps?|annex)\b|"
                    r"in (?:[A-Z][\w-]*\s+)?custody\b|in detention\b|in prison\b|in jail\b|behind bars\b)", re.IGNORECASE)
_RELATIVE = re.compile(r"\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:has|have|had)\s+(?:now\s+|since\s+|already\s+)?"
                       r"([a-z]+)(?:\s+(back|home))?\b")
AMONG_THE = re.compile(r"\s+(?:were|are|was|is)\s+(?:also\s+)?among\s+(?:the|those)\s+([a-z]+)\b", re.IGNORECASE)
_IN_CAMP = re.compile(r"\s+(?:in|inside)\s+(?:the\s+|al-\w+\s+|\w+\s+)?(camps?|annex)\b", re.IGNORECASE)
_IN_PLACE = re.compile(r"\s*,?\s*(?:who\s+)?(?:are|were|remain|remains|remained|live|lived|living)\s+(?:still\s+)?in\s+"
                       r"((?:al-)?[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+)?(?:\s+(?:and|or)\s+(?:al-)?[A-Z][\w'’-]+)?)")  # "Al Hol"
_ASIDE = re.compile(r"^\s*,\s*(?:most|many|some|all|among|including|mostly|half|the majority|aged|\d+\s*(?:%|per\s*cent|percent))[^,;]{0,70},", re.IGNORECASE)
# "121 of its members, guards and prison staff had been killed": more nouns, then the verb
_NOUN_LIST = re.compile(r"(?:\s*,\s*[A-Za-z'’-]+(?:\s+[A-Za-z'’-]+){0,2})*\s*,?\s+(?:and|or)\s+[A-Za-z'’-]+"
                        r"(?:\s+[A-Za-z'’-]+){0,2}(?=\s+(?:have|has|had|were|was|are|is)\b)")
_RATE = re.compile(r"\s*(?:a|per|each|every)\s+(?:day|week|month|year)\b", re.IGNORECASE)  # "60 women a week were moved"
_PREPOSITIONS = frozenset("from in at inside across of with near on".split())


def _kind_verbs() -> dict:
    return kind_words().verbs


def _bare(word: str) -> str:
    return word.lower().strip(".,;:!?'’\"”)")


def _verb_before(previous: list) -> Optional[str]:
    """The event verb just before a number: "killing 20", "brought home 28", "brought back
    another 150", "killed a senior leader and two"."""
    verbs = _kind_verbs()
    window = previous[-8:]
    bare = [_bare(m.group()) for m in window]
    for k in range(len(bare) - 1, -1, -1):
        word = bare[k]
        if k < len(bare) - 1 and window[k].group()[-1:] in ",;:":
            return None  # another clause
        if k + 1 < len(bare) and f"{word} {bare[k + 1]}" in verbs:
            return f"{word} {bare[k + 1]}"
        if k and f"{bare[k - 1]} {word}" in verbs and bare[k - 1] not in _HOLD:
            return f"{bare[k - 1]} {word}"  # "is home to 37,000"; not "elections held in 37 areas"
        if (word in verbs or word in VERBS_BEFORE) and word != "missing":
            return word  # not "Sale are missing 14 players": a side that lacks them
        if word == "with":
            before = previous[:len(previous) - len(window) + k]
            return _companions_verb([_bare(m.group()) for m in before], before)
        if word in _SAYS or word in ("while", "that", "whereas", "but", "of", "in", "from", "for", "on", "by",
                                     "to", "after", "before", "during", "thanks", "into", "than", "at"):
            return None
    return None


_COMPANY_KINDS = ("returned", "displaced")
_GOING_ON = frozenset("to from into across in home back".split())


def _companions_verb(bare: list, window: list) -> Optional[str]:
    """The verb of people who came or went with others: "returned with his wife and seven children",
    "had returned to Sweden in 2020 with three other women" (only a return or a flight: "killed in
    clashes with 20 fighters" counts the other side)."""
    verbs = _kind_verbs()
    for k in range(len(bare) - 1, max(-1, len(bare) - 7), -1):
        if window[k].group()[-1:] in ",;:":
            return None
        word = bare[k]
        # the verb with no object: "returned with", "fled to Turkey ... with"; not "left the group with"
        # or "getting carried away with"
        if k + 2 < len(bare) + 1 and verbs.get(f"{word} {bare[k + 1]}") in _COMPANY_KINDS \
                and (k + 2 == len(bare) or bare[k + 2] in _GOING_ON):
            return f"{word} {bare[k + 1]}"
        if verbs.get(word) in _COMPANY_KINDS and k + 1 < len(bare) and bare[k + 1] in _GOING_ON:
            return word
        if verbs.get(word) in _COMPANY_KINDS and k + 1 == len(bare):
            return word
        if word in _SAYS or word in ("while", "that", "whereas", "but", "and"):
            return None
    return None


_SAYS = frozenset(kind_words().source_verbs)


_DETERMINERS = frozenset("the among its their his her of these those".split())


def _kind_before(previous: list) -> Optional[str]:
    """A word of a kind just before a number in its clause: "the dead included 25", "among the
    dead were five", "the deaths of 1,057", "the bodies of two"."""
    table = kind_words()
    window = previous[-_KIND_BEFORE_WINDOW:]
    for k in range(len(window) - 1, -1, -1):
        m = window[k]
        word = _bare(m.group())
        if m.group()[-1:] in ",;:" and m is not previous[-1]:
            return None
        at = len(previous) - len(window) + k
        if word in table.nouns and word in table.strong \
                and any(_bare(m.group()) in _DETERMINERS for m in previous[max(0, at - 2):at]):
            # "the dead included", "the premature deaths of"; not "eight others injured in clashes between two"
            return table.nouns[word]
        if word in table.events and k + 1 < len(window) and _bare(window[k + 1].group()) == "of":
            return table.events[word]  # "the return of 38 children", "the whereabouts of five women"
    return None
