"""Who a reported figure is attributed to (``archive.extract.figures``).

``attribution(clause)`` reads the source a sentence or clause names: "according to X", "X said",
"said X", "X figures show", "figures from X", "X put the toll at". ``Sources`` follows an article
from sentence to sentence, so that a back-reference ("the war monitor", "the group", "the
agency", "the spokesman", "it", "he") is resolved to the last-named organisation or person of
the right type, and a figure that continues the account before it keeps its source.
"""

from __future__ import annotations

import re
from typing import Optional

import functools

from archive.extract.entities import mentions
from archive.extract.gazetteer import entity_types
from archive.extract.figure_kinds import kind_words
from archive.extract.figure_numbers import parse_number

_SOURCE_VERBS = "|".join(sorted(kind_words().source_verbs, key=len, reverse=True))


# --- attribution -------------------------------------------------------------------------------
_PRONOUNS = frozenset("he she they it we i you who which this that there one".split())
_ACCORDING = re.compile(r"\baccording to\s+(?P<np>[^,.;:()\"“”]{2,90}?(?:\([^)]{1,20}\)(?:\s+[a-z]+){0,2})?)"
                        r"(?=\s*(?:[,.;:\"“”]|$|\bwhich\b|\bthat\b|\bwho\b|\bsince\b|\bin\b|\bon\b))",
                        re.IGNORECASE)
_SUBJECT_VERB = re.compile(
    rf"(?:^|[,;:\"“”—–(]\s*|\bthat\s+|\band\s+)(?P<np>[^,;:\"“”—–()]{{2,90}}?(?:\([^)]{{1,20}}\))?)"
    rf",?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|later\s+|previously\s+|earlier\s+|already\s+)?(?:{_SOURCE_VERBS})\b")
_VERB_SUBJECT = re.compile(
    rf"[,\"”]\s*(?:said|says|reported|added)\s+(?P<np>[^,.;:\"“”]{{2,60}})"
    rf"(?=\s*(?:[,.;:]|$))")
_FIGURES_FROM = re.compile(
    r"\b(?:figures|data|statistics|estimates|numbers|a report|report|count|tally|brief|study|survey|analysis|"
    r"assessment|paper)\s+(?:from|by|of)\s+"
    r"(?P<np>[^,.;:\"“”]{2,60}?)(?=\s*(?:[,.;:]|$|\bshow|\bsuggest|\bput|\bindicate|\bestimate|\bfind|\bfound|"
    r"\bsays\b|\bsaid\b|\bconclude|\bwarn|\brecord|\bdocument|\bcounted\b|"
    r"\bfor\s+[A-Z]?[a-z]+\s+(?:recorded|records|documented|documents|counted|found|finds|shows?|says|said)\b))"
    r"|(?P<np2>\b[A-Z][^,.;:\"“”]{1,50}?)\s+(?:figures|data|statistics|estimates|tallies)\s+"
    r"(?:show|showed|suggest|suggested|put|indicate|indicated)\b")
# a source verb's participle after a noun and "by": "the earlier toll announced by SOHR was 22"
_BY_SOURCE = re.compile(
    r"\b(?:announced|reported|documented|recorded|given|published|issued|compiled|confirmed|"
    r"cited|estimated|counted)\s+by\s+(?P<np>[^,.;:\"“”]{2,60}?)(?=\s*(?:[,.;:]|$|\bwas\b|\bwere\b|\bis\b|"
    r"\bare\b|\bhad\b|\bhas\b|\bstood\b|\bstands\b|\bin\b|\bon\b))")
# a subject whose first verb is another: "An Australian official thanked the administration and said 17 ..."
_AND_SAID = re.compile(r"(?:^\s*|[,;:]\s*)(?P<np>(?:An?|The)\s+[^,;.]{1,40}?)\s+[a-z]+ed\s+(?P<obj>[^,;.\d]{1,60}?)\s+and\s+"
                       r"(?:said|says|added|told|reported|confirmed)\b")
# a relative clause after a source's noun: "a European diplomat who visited the camp said"
_RELATIVE = re.compile(r"\s+(?:who|which|that)\s+[a-z].*$")
_TRIM_NP = re.compile(r"^(?:and|but|while|as|also|however)\s+", re.IGNORECASE)


_NOT_IN_SOURCE = frozenset("""
could would should will not can may might must did does do is are was were be been being it
has have had since there when while if because after before
""".split())
_LOCATIVE = re.compile(r"\s+(?:in|at|near|inside|from|of)\s+(?:the\s+)?$", re.IGNORECASE)


_ROLE_OF = re.compile(r"^(?:an?|the)\s+(?:[\w'’-]+\s+)?(?:spokes(?:man|woman|person)|official|head|director|"
                      r"commander|officer|representative|chief)\s+(?:for|of|at|with|from)\s+(?P<x>.+)$", re.IGNORECASE)
_TITLE = re.compile(r"^(?:Colonel|Col\.|General|Gen\.|Major|Maj\.|Captain|Capt\.|Lieutenant|Lt\.|Brigadier|Brig\.|"
                    r"Dr\.|Mr\.|Ms\.|Mrs\.|Sheikh|Lt\.? Col\.)\s+(?=[A-Z])")
_REFERRING = frozenset("he she it they".split())
_ROLE_AFTER = re.compile(r",\s+(?:an?|the|its)\s+(?:[\w'’-]+\s+)?(?:spokes(?:man|woman|person)|official|head|director|"
                         r"commander|officer|representative|chief|member)\s+(?:for|of|at|with|from)\s+(?P<x>[^,.;:\"“”]{2,60})")


# "federal prosecutors said", "camp officials said": people whose word a figure is
_PEOPLE_WHO_SAY = frozenset("""
officials prosecutors activists sources residents witnesses medics doctors investigators rescuers authorities
police officers commanders spokesmen diplomats researchers monitors workers volunteers relatives campaigners
lawyers survivors families nurses elders locals eyewitnesses
""".split())


_DATELINE = re.compile(r"^[A-Z][A-Z'’.-]{2,}(?:\s[A-Z][A-Z'’.-]+)*(?:,\s[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)*)?\s+[-–—]\s+")
# where a named organisation is based, before its name: "The Raqqa-based Missing Persons Association"
_BASED = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w.’'-]*-based\s+(?=[A-Z][\w’'-]*\s+(?:(?:of|for|the|on|and)\s+)*[A-Z])")
_REFLEXIVE = re.compile(r"\s+(?:itself|themselves|himself|herself)$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^(?:its|their)\s+(?=(?:[a-z-]+\s+){0,2}[a-z-]+$)")
_ABBREVIATION = re.compile(r"\s+\([A-Z][A-Za-z]{1,7}\)(?=\s+[a-z]|\s*$)")
_NAMED_ROLE = re.compile(r"^(?P<org>.+?)\s+(?:spokes(?:man|woman|person)|co-director|director|co-chair|chairman|"
                         r"official|commander|head|chief|coordinator|researcher|representative|officer)\s+"
                         r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}$")
# a national branch after an organisation's name: "Save the Children Finland"
_BRANCH = re.compile(r"(?:\s+[A-Z][a-z]+|\s+on\s+[A-Z][a-z]+)+(?=\s*$|\s+and\b)")  # "... Commission of Inquiry on Syria"


def clean_source(np: str) -> Optional[tuple[str, Optional[str]]]:
    """``(source, entity id)`` from the noun phrase before "said", after "according to"...
    A pronoun that may refer to a source (it, he, she, they) is returned as written."""
    np = _TRIM_NP.sub("", _DATELINE.sub("", np.strip()))
    np = _BASED.sub("", _REFLEXIVE.sub("", _TITLE.sub("", np)))
    if np.split()[:1] and ((np.split()[0].lower() in ("which", "who", "whom", "whose", "our", "my")
                            and not np.split()[0].isupper())  # "WHO and its partners": the WHO
                           or any(w.lower() in ("we", "i", "you", "our", "my") and not (w.isupper() and len(w) > 1) for w in np.split())):
        return None  # "the blast, which the Islamic State claimed": who claimed the blast; "Our teams": the outlet
    if np[:1].isupper() and not np.split()[0].lower() in ("who", "which", "that"):
        np = _RELATIVE.sub("", np)  # "A European diplomat who visited last month": the diplomat
    np = _POSSESSIVE.sub("the ", np)  # "its foreign ministry said": the ministry, resolved as "the ministry"
    np = _ABBREVIATION.sub("", np)  # "the Camp Coordination and Camp Management (CCCM) cluster"
    named_role = _NAMED_ROLE.match(np)
    if named_role and named_role.group("org")[:1].isupper() and (
            named_role.group("org").split()[-1][:1].isupper() or mentions(named_role.group("org"))):
        np = named_role.group("org")  # "Roj camp co-director Nisrin Ali": the camp; not "Russian oil official X"
    role = _ROLE_OF.match(np)
    if role and not any(m.entity_id.startswith("organisation:") for m in mentions(np[:role.start("x")])):
        x = role.group("x").strip()
        if any(m.entity_id.startswith("organisation:") for m in mentions(x)) or \
                x.split()[-1].lower() in kind_words().refers or x[:1].isupper():
            np = x  # "a spokesman for the SDF", "an official of the alliance"; not "an official at the camp"
    words = np.split()
    if np.lower() in _REFERRING:
        return np, None
    if not np or np.lower() in _PRONOUNS or len(words) > 12:
        return None
    if words[-1].lower() in ("a", "an", "the", "its", "their", "his", "her", "of", "and"):
        return None  # "an estimated 60,000", "a reported 200": no source
    if any(w.lower() in _NOT_IN_SOURCE for w in words):
        return None  # a clause, not a noun phrase: "the BBC could not verify the claims"
    found = mentions(np)
    if re.search(r"\d", np) and not found:
        return None  # a clause with a number in it is no source
    # "Kurdish officials in Erbil": a place after in/at/near is where the source is, not who
    kept = []
    for m in found:
        if m.entity_id.startswith("place:") and _LOCATIVE.search(np[:m.start]) and m.start > 0:
            np = np[:m.start][: _LOCATIVE.search(np[:m.start]).start()].strip()
            break
        kept.append(m)
    organisations = [m for m in kept if m.entity_id.startswith("organisation:")]
    chosen = organisations[0] if organisations else None
    if chosen is None and kept and (len(kept) == 1 and kept[0].start <= 4 and len(np) - kept[0].end <= 1):
        chosen = kept[0]  # a place for its government: "Tashkent said", "Iraq says"
    if chosen is not None:
        branch = _BRANCH.match(np, chosen.end)
        if branch and chosen.entity_id.startswith("organisation:"):
            return np[chosen.start:branch.end()], chosen.entity_id  # "Save the Children Finland"
        return chosen.text, chosen.entity_id
    if not np:
        return None
    if np[0].islower() and np.split()[0].lower() not in ("the", "a", "an", "local", "security",
                                                         "medical", "military", "officials",
                                                         "activists", "sources", "residents",
                                                         "witnesses", "monitors") \
            and np.split()[-1].lower() not in _PEOPLE_WHO_SAY:
        return None
    if len(np.split()) > 6 and not (
            all(w[:1].isupper() or w.lower() in ("and", "of", "for", "the") for w in np.split()[1:-1])
            and (np.split()[-1].strip("()")[:1].isupper() or np.split()[-1].lower() in kind_words().refers
                 or np.split()[-1].lower() == "cluster")):
        return None  # a long name: "the Camp Coordination and Camp Management cluster"
    return np, None


# Words without which a pattern cannot match (as the patterns write them), looked for first:
# most sentences hold none of them, and a missing word spares a backtracking scan.
_NEEDS = ((_ACCORDING, None), (_BY_SOURCE, re.compile(r"[a-z]ed\s+by\s")), (_FIGURES_FROM, ("figures", "data", "statistics", "estimates", "numbers",
                                               "report", "count", "tally", "tallies", "brief", "study",
                                               "survey", "analysis", "assessment", "paper")),
          (_SUBJECT_VERB, re.compile(rf"\s(?:{_SOURCE_VERBS})\b")),
          (_VERB_SUBJECT, ("said", "says", "reported", "added")), (_AND_SAID, re.compile(r"\sand\s+(?:said|says|added|told|reported|confirmed)\b")))


def _may_match(needs, sentence: str) -> bool:
    if needs is None:
        return True
    if isinstance(needs, tuple):
        return any(word in sentence for word in needs)
    return needs.search(sentence) is not None


def _find_source(sentence: str) -> Optional[tuple[str, Optional[str]]]:
    for pattern, needs in _NEEDS:
        if not _may_match(needs, sentence):
            continue
        for m in pattern.finditer(sentence):
            np = m.group("np") if m.group("np") else m.groupdict().get("np2")
            if not np or (pattern is _AND_SAID and any(parse_number(w) for w in m.group("obj").lower().split()
                                                      if w not in ("a", "an"))):
                continue  # "The co-chairman attacked Labour's six new pledges and said": not the pledges' source
            result = clean_source(np)
            if result and result[1] is None and pattern is _VERB_SUBJECT:
                # "said Yasser Khamis, an official of the Raqqa Civil Council": the person's organisation
                role = _ROLE_AFTER.match(sentence, m.end())
                named = clean_source(role.group("x")) if role else None
                if named and named[1] is not None and named[1].startswith("organisation:"):
                    return named
            if result and result[1] is None and pattern is _SUBJECT_VERB and (
                    re.match(r"an?\s", result[0]) or _PERSON.match(result[0]) or _THE_APPOSITION.match(np.strip())):
                # "A spokesman for the Asayish, Ali Hassan, said": the role before the name
                # "Airwars, a monitor that tracks civilian harm, said": the name before the apposition
                head = re.search(r"(?:^|[,;:(])\s*([A-Z][^,;:()]{1,60}?)\s*,\s*$", sentence[:m.start("np")])
                if head:
                    named = clean_source(head.group(1))
                    if named and _THE_APPOSITION.match(np.strip()) and (not _NAME_BEFORE.fullmatch(head.group(1)) or (
                            named[1] is None and _PERSON.match(head.group(1).strip()))):
                        named = None  # "Reprieve, the legal charity, said"; not "On Monday, the council said"
                    if named and named[0].lower() not in _REFERRING and (
                            named[1] is not None or not _PERSON.match(result[0])
                            or _ROLE_OF.match(head.group(1).strip())):  # "The head of the camp administration, X, said"
                        return named  # a person's name gives way to an organisation named before it only
            if result:
                return result
    return None


def attribution(sentence: str) -> tuple[Optional[str], Optional[str]]:
    """Who a sentence (or clause) attributes its content to: ``(source, entity id)`` or
    ``(None, None)``: "according to X", "X said", "said X", "X figures show", "figures from X",
    "X put the toll at". Back-references are left as written ("the war monitor"); a pronoun
    gives none (``Sources`` resolves both through the article)."""
    found = _find_source(sentence)
    if found is None or found[0].lower() in _REFERRING:
        return None, None
    return found


_SPLIT = re.compile(r";|,?\s+while\s+|,\s+whereas\s+|,\s+but\s+|,\s+(?:al)?though\s+", re.IGNORECASE)


def clause_bounds(text: str, s_start: int, s_end: int, position: int) -> tuple[int, int, bool]:
    """The clause of a sentence that holds ``position``: "X said A, while Y reported B" gives A to
    X and B to Y; "X said A; B" does not give B to X. The third value says whether the whole
    sentence's source may stand in for a clause that names none (not after a semicolon)."""
    start, end, fallback = s_start, s_end, True
    for m in _SPLIT.finditer(text, s_start, s_end):
        if m.end() <= position:
            start = m.end()
            fallback = m.group().strip() != ";"
        elif m.start() >= position:
            end = m.start()
            if m.group().strip() == ";":
                fallback = fallback and start != s_start
            break
    if end < s_end and text[end:end + 1] == ";" and start == s_start:
        fallback = False
    return start, end, fallback


@functools.lru_cache(maxsize=1)
def entity_names() -> dict:
    from archive.extract.gazetteer import entities

    return {e.id: e.name for e in entities()}


@functools.lru_cache(maxsize=1)
def entity_spellings() -> dict:
    """``{entity id: (canonical name, other spellings...)}``."""
    from archive.extract.gazetteer import entities

    return {e.id: (e.name,) + tuple(e.aliases) for e in entities()}


_THE_APPOSITION = re.compile(r"the\s+[a-z]")  # "the legal charity" after a name and a comma
_NAME_BEFORE = re.compile(r"(?!(?:On|In|At|Last|This|Next|After|Before|Since|On|By|For)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,4}")
_PLACE_OWNERS = frozenset("camp camp's prison prison's hospital hospital's".split())
_PERSON = re.compile(r"^(?:[A-Z][a-z'’-]+\s+){1,3}[A-Z][a-z'’-]+$")
_SUBJECT_PERSON = re.compile(r"(?:^|[.!?][\"”]?\s+)(?P<name>(?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][a-z'’-]+)\s+(?:has\s+|had\s+)?"
                             r"[a-z]+ed\b")
_NOT_A_PERSON = frozenset("the a an this that these those its their his her our in on at after before when while".split())


class Sources:
    """The sources an article names, in order, to resolve back-references: "the war monitor"
    is the last monitor named, "the group" the last armed group, NGO or monitor, "the council"
    the last source with "council" in its name, "the spokesman", "he" and "it" the last source
    that spoke. Organisations the text names outside attributions count too (looked up only
    when a back-reference needs them)."""

    def __init__(self, text: str, parts: Optional[list] = None) -> None:
        self.text = text
        self.parts = parts  # the text split (archive/extract/text_split.py), when the caller has it
        self.named: list = []  # (position, source, entity id, type)
        self._mentions: Optional[list] = None

    def _organisations(self) -> list:
        if self._mentions is None:
            types = entity_types()
            self._mentions = [(m.start, m.text, m.entity_id, types.get(m.entity_id, ""))
                              for m in mentions(self.text, self.parts) if m.entity_id.startswith("organisation:")]
        return self._mentions

    def resolve(self, clause: str, offset: int) -> Optional[tuple[str, Optional[str]]]:
        found = _find_source(clause)
        if found is None:
            return None
        source, entity = found
        if entity is not None:
            # "the UN office said" after OCHA: "UN" is named, but "office" refers back to an office of it
            source, entity = self._part_of(clause, source, entity, offset) or (source, entity)
        if entity is None:
            ref = self._back_reference(source, offset) or self._same_people(source, offset)
            if ref is not None:
                source, entity = ref
            elif source.lower() in _REFERRING:
                return None
        kind = entity_types().get(entity, "") if entity else ("person" if _PERSON.match(source) else "")
        self.named.append((offset, source, entity, kind))
        return source, entity

    def _person_before(self, offset: int) -> Optional[str]:
        """The last person the text names before ``offset`` as a sentence's subject ("Umm Mohammed
        fled Hajin ... 'Three were killed,' she said"), when no source has spoken: a run of two or
        three capitalised words at a sentence's start, before a verb, that the gazetteer does not know."""
        found = None
        for m in _SUBJECT_PERSON.finditer(self.text, 0, offset):
            name = m.group("name")
            if not mentions(name) and name.split()[0].lower() not in _NOT_A_PERSON:
                found = name
        return found

    def _same_people(self, source: str, offset: int) -> Optional[tuple[str, Optional[str]]]:
        """"Officials had earlier put the toll at 35" after "Kurdish health officials said": the
        officials named before, when a bare plural of people who speak names a source again."""
        bare = source.lower().split()
        if len(bare) != 1 or bare[0] not in _PEOPLE_WHO_SAY:
            return None
        for n in reversed([n for n in self.named if n[0] < offset]):
            words = n[1].lower().split()
            if len(words) > 1 and words[-1] == bare[0]:
                return n[1], n[2]
        return None

    def _part_of(self, clause: str, source: str, entity: str, offset: int) -> Optional[tuple[str, Optional[str]]]:
        """"the UN office", "the UN agency": a back-reference noun after the organisation named
        stands for the last-named organisation (before ``offset``) whose spellings hold both the
        noun and that name ("UN Office for the Coordination of Humanitarian Affairs"); None when the
        noun is not a back-reference, is in the named organisation's own names, or nothing fits."""
        found = re.search(rf"\bthe\s+{re.escape(source)}\s+([a-z]+)\b", clause, re.IGNORECASE)
        noun = found.group(1).lower() if found else ""
        if not noun or noun not in kind_words().refers:
            return None
        has_noun = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
        has_name = re.compile(rf"\b{re.escape(source)}\b", re.IGNORECASE)
        spelled = entity_spellings()
        if any(has_noun.search(text) for text in spelled.get(entity, ())):
            return None  # "the Syrian Observatory" is the name itself
        candidates = sorted((n for n in self.named + self._organisations() if n[0] < offset and n[2] != entity),
                            key=lambda c: c[0])
        for c in reversed(candidates):
            texts = (c[1],) + spelled.get(c[2], ())
            if any(has_noun.search(t) and has_name.search(t) for t in texts):
                return c[1], c[2]
        return None

    def _back_reference(self, source: str, offset: int) -> Optional[tuple[str, Optional[str]]]:
        words = source.lower().replace("’", "'").split()
        if not words:
            return None
        pronoun = len(words) == 1 and words[0] in _REFERRING
        if not pronoun:
            if words[0] not in ("the", "its", "their") or len(words) > 4:
                return None
            written = source.split()[1:]
            if len(written) > 1 and written[-1][:1].isupper() and any(
                    w[:1].isupper() and "-" not in w for w in written[:-1]):
                return None  # a name, not a back-reference: "the Countryside Alliance"
            words = words[1:]
        table = kind_words()
        if len(words) > 1 and words[-2] in _PLACE_OWNERS:
            return None  # "the camp administration": the camp's own, as written, not the last government named
        head = " ".join(words[-2:]) if " ".join(words[-2:]) in table.refers else words[-1]
        if head not in table.refers:
            return None
        types = table.refers[head]
        head = words[-1]
        spoke = [n for n in self.named if n[0] < offset]
        if "person" in types or "any" in types:
            if spoke:
                return spoke[-1][1], spoke[-1][2]
            if pronoun and words[0] in ("he", "she"):
                person = self._person_before(offset)
                if person:
                    return person, None
            if "any" in types:
                orgs = [o for o in self._organisations() if o[0] < offset and o[3] != "news outlet"]
                if orgs:
                    return orgs[-1][1], orgs[-1][2]
            return None
        candidates = sorted(spoke + [o for o in self._organisations() if o[0] < offset], key=lambda c: c[0])
        names = entity_names()
        word = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
        for c in reversed(candidates):
            if word.search(c[1]) or (c[2] and word.search(names.get(c[2], ""))):
                return c[1], c[2]
        # "the SDF media office said ... the office added": the noun written after a name
        after = re.compile(rf"[^\S\n]+(?:[a-z]+[^\S\n]+)?{re.escape(head)}\b", re.IGNORECASE)
        for o in reversed([o for o in self._organisations() if o[0] < offset]):
            if after.match(self.text, o[0] + len(o[1])):
                return o[1], o[2]
        for c in reversed(candidates):
            if c[3] in types:
                return c[1], c[2]
        phrase = " ".join(words)
        for key in (phrase, " ".join(words[-2:]), head):
            if key in table.defaults:
                entity = table.defaults[key]
                return names.get(entity, source), entity
        return None
