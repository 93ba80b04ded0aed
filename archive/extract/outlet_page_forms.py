"""A known outlet's Arabic-script name as its page writes it (issue #13, round 35).

The outlet data gives a known outlet one name in Arabic script (``arabic:``), which an article
stores where the outlet publishes only in that script. A page may write the same name in another
form the data does not give: without the kind word the data's form has ("المشهد" for "قناة المشهد",
"النشرة" for "النشرة اللبنانية"), with one it lacks ("روزنامه جام جم" for "جام جم"), or with its
short vowels ("جريدة عُمان"). Where the page writes none of the data's Arabic-script forms of the
outlet, and its own lines (its masthead or title's site part, its stated site name, its copyright
holder) write one such form, that form is stored: the outlet's name as it writes it. No word of any
page: the kind words are data (``data/outlet_name_kinds.txt``, ``data/outlet_kind_words.txt``,
``data/outlet_paper_words.txt``), the rest is the shape of the two forms.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import data_lines, data_sections
from archive.extract.outlet_names import has_arabic, outlet_table

# Short vowels, shadda, sukun, the dagger alif and the tatweel: a name written with or without them
# is one name.
_MARKS = re.compile(r"[\u064b-\u0652\u0670\u0640]")
# The parts of a line a masthead, a title or a stated site name sets apart: "كتابات - Kitabat",
# "Almashhad | المشهد", "Headline | المشهد".
_PARTS = re.compile(r"\s+[-–—|·•:]\s+|\s*[|·•]\s*")
# A copyright line's holder after its rights phrase: "جميع الحقوق محفوظة لصحيفة الفرات",
# "كليه حقوق این سایت متعلق به روزنامه جام جم است".
_HOLDER = re.compile(r"(?:محفوظة|محفوظه|متعلق به)\s+(?:ل(?:ـ|\s)?\s*|إلى\s+)?(?P<name>[^.|©\d]{2,50}?)\s*(?:است|©|\.|$|\s[-–—]\s)")
NAME_WORDS = 5
HEAD_LINES = 6
FOOT_LINES = 8


def _spelling(text: str) -> str:
    """``text`` with the letters one name is spelled with either way folded: a final yeh written
    dotless ("مصراوى", as Egypt writes it), Persian yeh and keheh for the Arabic letters."""
    return (text or "").translate(_LETTERS)


_LETTERS = str.maketrans({"ى": "ي", "ی": "ي", "ک": "ك"})


def _key(name: str) -> str:
    return " ".join(_MARKS.sub("", _spelling(name)).split())


@functools.lru_cache(maxsize=None)
def _kind_words() -> frozenset:
    words = set(data_lines("outlet_paper_words.txt"))
    words |= set(data_sections("outlet_kind_words.txt").get("numbered", ()))
    words |= set(data_lines("outlet_name_kinds.txt"))
    return frozenset(_key(w) for w in words if has_arabic(w))


@functools.lru_cache(maxsize=None)
def _arabic_forms() -> dict:
    """Each known outlet's forms in Arabic script (its ``arabic:`` name and its aliases), by its name."""
    table = outlet_table()
    forms = {}
    for outlet in table.outlets:
        names = [outlet.name, *outlet.aliases]
        arabic = table.arabic.get(outlet.name)
        if arabic:
            names.append(arabic)
        found = [n for n in names if has_arabic(n)]
        if found:
            forms[outlet.name] = tuple(dict.fromkeys(found))
    return forms


def _one_form(page: str, data: str) -> bool:
    """Whether ``page`` writes the name ``data`` in another form: the same once the short vowels are
    set aside, or one of them the other with a kind word before it or an adjective in ـي or ـية after it
    (the kind's epithet: "اللبنانية", "الفضائية", "الإخباري")."""
    a, b = _key(page), _key(data)
    if not a or not b:
        return False
    if a == b:
        return True
    for short, long_ in ((a, b), (b, a)):
        if long_.endswith(" " + short):
            head = long_[:-len(short) - 1]
            if head in _kind_words():
                return True
        if long_.startswith(short + " "):
            tail = long_[len(short) + 1:]
            if " " not in tail and re.fullmatch(r"ال\w{2,}ي[ةه]?", tail):
                return True
    return False


def _candidates(head: list, foot: list) -> list:
    """The names the page's own lines write, head first: each short part in Arabic script of its first
    lines, then the holder its copyright lines name."""
    found = []
    for line in list(head)[:HEAD_LINES]:
        for part in _PARTS.split(" ".join(str(line or "").split())):
            part = part.strip(" «»\"'")
            if part and has_arabic(part) and len(part.split()) <= NAME_WORDS:
                found.append(part)
    for line in list(foot)[-FOOT_LINES:]:
        match = _HOLDER.search(" ".join(str(line or "").split()))
        if match:
            found.append(match.group("name").strip(" «»\"'"))
    return found


def page_form(outlet: Optional[str], stored: Optional[str], head: list, lines: list, foot: list) -> Optional[str]:
    """The form the page writes of the known outlet ``outlet`` (its canonical name), whose name to
    store is ``stored`` (its Arabic-script name), where the page writes none of the data's
    Arabic-script forms of it and its head lines, else its copyright lines, write one other form
    (module doc); else None."""
    if not outlet or not stored or not has_arabic(stored):
        return None
    forms = _arabic_forms().get(outlet, ())
    if not forms:
        return None
    text = _spelling(" ".join(" ".join(str(line).split()) for line in list(head) + list(lines) + list(foot)))
    if _written_bare(_spelling(stored), text):
        return None  # the page writes the data's form as it is: the data's name stands
    written = {}
    for part in _candidates(head, foot):
        if _spelling(part) == _spelling(stored):
            return None
        if any(_one_form(part, form) for form in forms):
            written.setdefault(_key(part), part)
    if len(written) != 1:
        return None
    return next(iter(written.values()))


def _written_bare(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` as a name of its own: not the end of a longer form that puts a
    kind word before it ("روزنامه جام جم" holds "جام جم" as that paper's longer form)."""
    for match in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
        before = _key(text[:match.start()]).split()[-1:] or [""]
        word = re.sub(r"^ل(?:ـ)?", "", before[0])
        if before[0] not in _kind_words() and word not in _kind_words():
            return True
    return False


def holder_form(outlet: Optional[str], foot: list) -> Optional[str]:
    """The shorter form the page's copyright line writes of ``outlet``, an Arabic-script name the data
    does not know, read from its masthead: where the line's holder ("جميع الحقوق محفوظة لقناة X",
    "© X 2023") writes the same name without the epithet after it or the kind word before it ("قناة X
    الفضائية" over "© قناة X"; "موقع X الإخباري" over "© X"), the holder's form, as the outlet writes
    itself in its own notice (round 35); else None. A masthead is a logo: its epithet is the logo's.
    Never the longer form: a notice adding a kind word ("لصحيفة X" under the masthead "X") is the
    notice's way of writing (the read truths keep "اللواء", "الراية", "الصباح الجديد" so)."""
    if not outlet or not has_arabic(outlet):
        return None
    holders = {}
    for line in list(foot)[-FOOT_LINES:]:
        line = " ".join(str(line or "").split())
        match = _HOLDER.search(line) or _SIGNED.search(line)
        if match:
            name = re.sub(r"\s+(?:19|20|١٩|٢٠|۱۹|۲۰)\d\d\s*$", "", match.group("name").strip(" «»\"'.,-–—"))
            if name and has_arabic(name) and name != outlet and len(name.split()) <= NAME_WORDS \
                    and _one_form(name, outlet) and len(_key(name)) < len(_key(outlet)):
                holders.setdefault(_key(name), name)
    return next(iter(holders.values())) if len(holders) == 1 else None


# "© 2023 كورد ستريت", "كافة الحقوق محفوظة © كورد ستريت 2023": the name after the sign.
_SIGNED = re.compile(r"©\s*(?:(?:19|20|١٩|٢٠)\d\d\s*)?(?P<name>[^©|.\d]{2,50}?)\s*(?:(?:19|20|١٩|٢٠)\d\d)?\s*(?:[.|]|$)")


def own_script_written(outlet: Optional[str], stored: Optional[str], head: list, foot: list, lines=()) -> Optional[str]:
    """The data's Arabic-script name of the known outlet ``outlet`` where the name to store,
    ``stored``, is its Latin one (it publishes in Latin letters too) but its page, in Arabic script,
    writes that name for its readers in its own lines: its stated site name or ``<title>``'s site
    part, its masthead, its copyright line (round 36). The outlet writes itself so to the page's
    readers. Only the data's ``arabic:`` form counts (the name as the outlet prints it, written as a
    whole name), not an alias (an Arabic page of a Persian agency writes its Arabic edition's name),
    and not where the page writes the outlet in Latin letters too (its canonical name, a Latin alias,
    a head part the data reads as it: "ISNA"); else None."""
    if not outlet or not stored or has_arabic(stored):
        return None
    arabic = outlet_table().arabic.get(outlet)
    if not arabic:
        return None
    if _writes_latin(outlet, list(head) + list(lines) + list(foot), head):
        return None  # it writes itself in Latin letters too, on this page: its one name stands
    own = " | ".join(" ".join(str(line or "").split()) for line in list(head)[:HEAD_LINES] + list(foot)[-FOOT_LINES:])
    own = _spelling(_MARKS.sub("", own))
    key = _key(arabic)  # its name as it prints it, not an alias (another edition's, another language's)
    if len(key) >= 4 and re.search(r"(?<![\w\u0600-\u06ff])" + re.escape(key) + r"(?![\w\u0600-\u06ff])", own):
        return arabic
    return None


def _writes_latin(outlet: str, lines: list, head: list) -> bool:
    """Whether the page writes the known outlet ``outlet`` by a name in Latin letters: its canonical
    name or a Latin alias in any of its lines, or a head line's Latin part the data reads as it
    (a dateline tag, a holder: "ISNA"), case and spacing aside."""
    from archive.extract.outlet_names import canonical_outlet

    names = [outlet] + [alias for o in outlet_table().outlets if o.name == outlet for alias in o.aliases]
    text = " ".join(" ".join(str(line or "").split()) for line in lines).casefold()
    for name in names:
        if has_arabic(name) or len(name) < 3:
            continue
        if re.search(r"(?<![\w])" + re.escape(name.casefold()) + r"(?![\w])", text):
            return True
    for line in list(head)[:HEAD_LINES]:
        for part in _PARTS.split(" ".join(str(line or "").split())):
            part = part.strip(" «»\"'")
            if part and not has_arabic(part) and re.search(r"[A-Za-z]", part) and canonical_outlet(part) == outlet:
                return True
    return False


def folder_writes_latin(outlet: Optional[str], folders) -> bool:
    """Whether a folder a text page was filed in (``folders``: the two nearest it,
    :class:`archive.extract.outlet_guards.PageLines`) is named for the known outlet ``outlet`` in Latin
    letters ("enab-baladi/", "orient-news/", "ARA News/2018/") or by its initials ("bna/"): the
    collection files the outlet under its Latin name, which it then keeps for the page (round 39: a
    text page in Arabic script writing the outlet's ``arabic:`` name alone stores that name, as a web
    page does, unless a folder so names it)."""
    from archive.extract.masthead_lines import label_spells, name_words
    from archive.extract.outlet_forms import word_initials
    from archive.extract.outlet_names import canonical_outlet, name_key

    if not outlet:
        return False
    words = name_words(outlet)
    initials = word_initials(words) if len(words) >= 2 else ""
    for folder in folders or ():
        key = name_key(str(folder)) or ""
        if not key or has_arabic(str(folder)):
            continue
        if canonical_outlet(str(folder)) == outlet or key == initials or (len(key) >= 4 and label_spells(key, outlet)):
            return True
    return False


def latin_kept(outlet: Optional[str], page) -> bool:
    """Whether a text page (``page``: :class:`archive.extract.outlet_guards.PageLines`) in Arabic script
    keeps the known outlet's Latin name: a folder it was filed in names it so
    (:func:`folder_writes_latin`), or its masthead writes its logo in Latin letters beside the Arabic
    name, the Latin name's first words ("SMART | وكالة سمارت للأنباء" for SMART News Agency)."""
    return folder_writes_latin(outlet, page.folders) or _latin_logo(outlet, page.head)


def _latin_logo(outlet: Optional[str], head) -> bool:
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", outlet or "")]
    for line in list(head)[:HEAD_LINES]:
        parts = [p.strip() for p in _PARTS.split(" ".join(str(line or "").split())) if p.strip()]
        if len(parts) < 2 or not any(has_arabic(p) for p in parts):
            continue
        for part in parts:
            latin = [w.casefold() for w in re.findall(r"[^\W\d_]+", part)]
            if latin and not has_arabic(part) and part.isascii() and latin == words[:len(latin)] \
                    and len("".join(latin)) >= 3:
                return True
    return False
