"""The name tables the search index keeps as its own copies, drawn from the gazetteer: the Arabic
words kept whole, read after a bare ك, or written only with the article, the two-word month names
(``indexer/arabic_whole_names.py``), and the names kept cased and unstemmed (``indexer/cased_names.py``);
each with the text of its module and its writer. Moved out of ``gazetteer.py``, which re-exports these
names (``archive.extract.gazetteer.write_cased_names()`` and the rest still work)."""

from __future__ import annotations

import pprint
from pathlib import Path

from archive.extract.gazetteer import TOKEN_RE, _lines, entities, fold_word


def whole_arabic_names() -> tuple[str, ...]:
    """The Arabic words the index keeps whole, unstemmed (``indexer/arabic_whole_names.py``, which
    this writes: see :func:`write_whole_arabic_names`): the head word of a place's Arabic spelling
    (حماة, ديريك, غازي of غازي عنتاب), used by no other entity, that Snowball's stemmer cuts onto
    the stem of another entity's word (حماة and حماية, the YPG's "protection", are both حما;
    ديريك, Derik, is دير, the first word of دير الزور). Folded as the index folds them. A place's
    other spellings that share its stem (قامشلي, قامشلو) are the same place and stay stemmed."""
    from indexer.fulltext.analysis import _arabic_stemmer
    from indexer.names import fold_arabic, is_arabic

    stemmer = _arabic_stemmer()
    entities_of: dict[str, set] = {}
    heads: set = set()
    for number, item in enumerate(entities()):
        for spelling in (item.name,) + item.aliases:
            words = [fold_arabic(t) for t in TOKEN_RE.findall(spelling) if is_arabic(t)]
            words = [w for w in words if not w.isdigit()]
            for position, word in enumerate(words):
                entities_of.setdefault(word, set()).add(number)
                if position == 0 and item.kind == "place":
                    heads.add(word)
    stems = {word: stemmer.stemWord(word) or word for word in entities_of}
    by_stem: dict[str, set] = {}
    for word, stem in stems.items():
        by_stem.setdefault(stem, set()).add(word)
    return tuple(sorted(
        word for word in heads
        if len(entities_of[word]) == 1 and stems[word] != word
        and any(not (entities_of[other] & entities_of[word]) for other in by_stem[stems[word]] if other != word)))


def bare_arabic_names() -> tuple[str, ...]:
    """The gazetteer's Arabic names of one word written without the article (داعش, قسد, منبج,
    عفرين), folded as the index folds them, of three letters or more: after a bare ك ("as", "like":
    كداعش, كقسد) the index reads the name (``indexer/arabic_whole_names.py``; Snowball's stemmer takes a
    bare ب or ف off itself, never ك).
    A name the gazetteer writes with its article (الرقة) is not one: برقة is "gently", not Raqqa."""
    from indexer.names import fold_arabic, is_arabic, normalise_arabic

    found = set()
    for item in entities():
        for spelling in (item.name,) + item.aliases:
            tokens = TOKEN_RE.findall(spelling)
            if len(tokens) != 1 or not is_arabic(tokens[0]) or normalise_arabic(tokens[0]).startswith("ال"):
                continue
            word = fold_arabic(tokens[0])
            if len(word) >= 3 and not word.isdigit():
                found.add(word)
    return tuple(sorted(found))


def articled_arabic_names() -> tuple[str, ...]:
    """The gazetteer's Arabic place names of one word written only with the article (الهول, الفرات,
    الرقة; not organisations' loanwords and acronyms, which Arabic also writes bare: أونروا), folded as the index folds them (هول, فرات, رقه), of three letters or more, that no Arabic
    spelling of the gazetteer writes bare, as a word of its own: written without the article in a
    text (عن هول ما عاشته "the horror of", the given name فرات) the word is no name, and the index
    keeps it apart (``indexer/arabic_whole_names.py`` ARTICLED; ``analysis.arabic_term``)."""
    from indexer.names import PERSIAN_KURDISH_LETTERS, fold_arabic, is_arabic, normalise_arabic

    articled, bare = set(), set()
    for item in entities():
        for spelling in (item.name,) + item.aliases:
            tokens = [t for t in TOKEN_RE.findall(spelling) if is_arabic(t)]
            for token in tokens:
                word = fold_arabic(token)
                if word.isdigit() or PERSIAN_KURDISH_LETTERS.search(token):
                    continue  # Sorani and Persian write no article: کەمپی هۆل leaves Arabic's bare هول a word
                if normalise_arabic(token) == word or not normalise_arabic(token).startswith(("ال", "وال", "لل")):
                    bare.add(word)
                elif item.kind == "place" and len(TOKEN_RE.findall(spelling)) == 1 and len(word) >= 3:
                    articled.add(word)
    return tuple(sorted(articled - bare - set(bare_arabic_names())))


def month_phrases() -> tuple[str, ...]:
    """The month names of two words or more (تشرين الأول, كانون الثاني, çiriya pêşîn) of
    ``archive/data/date_words.txt``: a word read as a name that begins one (تشرين, the Tishrin dam's
    name) is searched outside them (``indexer/arabic_whole_names.py`` MONTHS; sound_alikes)."""
    from archive.extract.data import data_lines

    found = []
    for line in data_lines("date_words.txt"):
        fields = [field.strip() for field in line.split("|")]
        if fields[0] == "month":
            found += [name for name in fields[2:] if len(name.split()) > 1 and name not in found]
    return tuple(found)


def kunya_words() -> tuple[str, ...]:
    """The words that make a name of the next one (``archive/data/kunya_words.txt``: Abu, أبو): a
    gazetteer name after one is another's name ("Abu al-Hol", the Sphinx; ``indexer/arabic_whole_names.py``
    KUNYAS; inner_names.without_longer)."""
    from archive.extract.data import data_lines

    return tuple(data_lines("kunya_words.txt"))


def name_senses() -> dict:
    """``{name folded: (words before, words after)}``: Arabic place names that are also common words and
    the neighbours that make a mention the word (``archive/data/arabic_name_senses.txt``: الطبقة الوسطى
    "the middle class", شدة الهول "the height of horror", روّج لـ "promoted"; ``indexer/arabic_whole_names.py``
    SENSES, read by ``indexer/fulltext/arabic_senses.py``)."""
    from archive.extract.data import data_lines
    from indexer.names import fold_word

    found = {}
    for line in data_lines("arabic_name_senses.txt"):
        name, before, after = ([field.strip() for field in line.split("|")] + ["", ""])[:3]
        fold = lambda words: tuple(sorted({w if w.endswith("-") else fold_word(w) for w in words.split()} - {""}))
        found[fold_word(name)] = (fold(before), fold(after))
    return dict(sorted(found.items()))


def place_words() -> tuple[str, ...]:
    """The words that call the next an Arabic place (مخيم, مدينة, سجن ...): the first words of the
    gazetteer's Arabic spellings of places of two words or more, each written before some bare spelling."""
    from indexer.names import fold_word, is_arabic

    first = set()
    for item in entities():
        if item.kind != "place":
            continue
        arabic = [spelling.split() for spelling in (item.name,) + item.aliases if is_arabic(spelling)]
        bare = {fold_word(parts[0]) for parts in arabic if len(parts) == 1}
        for parts in arabic:
            if len(parts) == 2 and fold_word(parts[1]) in bare and fold_word(parts[0]):
                first.add(fold_word(parts[0]))
    return tuple(sorted(first))


def river_keys() -> tuple[tuple[str, ...], ...]:
    """The keys of the gazetteer's rivers' Latin spellings of one word, as the place table folds them
    (``indexer/arabic_whole_names.py`` RIVERS, read by ``indexer/fulltext/river_names.py``): a river's
    name that starts another name ("Euphrates Shield", "Fırat University") is not the river."""
    from indexer.names import folded_words, is_arabic

    keys = set()
    for item in entities():
        if item.type != "river":
            continue
        for spelling in (item.name,) + item.aliases:
            key = tuple(folded_words(spelling)[1])
            if len(key) == 1 and not is_arabic(spelling):
                keys.add(key)
    return tuple(sorted(keys))


def whole_arabic_names_module() -> str:
    """The text of ``indexer/arabic_whole_names.py`` for the gazetteer as it is."""
    words = "".join(f'    "{word}",\n' for word in whole_arabic_names())
    bare = "".join(f'    "{word}",\n' for word in bare_arabic_names())
    articled = "".join(f'    "{word}",\n' for word in articled_arabic_names())
    months = "".join(f'    "{name}",\n' for name in month_phrases())
    kunyas = "".join(f'    "{word}",\n' for word in kunya_words())
    return ('"""The Arabic words the search index keeps whole (unstemmed), the names it reads after a bare\n'
            "ك (BARE), the names written only with the article (ARTICLED: bare, another word), and the month\n"
            "names of two words (MONTHS, archive/data/date_words.txt), the words that make a name of the next\n"
            "(KUNYAS, archive/data/kunya_words.txt): written by archive.extract.gazetteer.write_whole_arabic_names() from\n"
            "archive/data/gazetteer.txt; do not edit.\n"
            "tests/test_arabic_analysis.py fails when it no longer matches the gazetteer: write it again and\n"
            'raise ANALYSIS_VERSION (indexer/fulltext/analysis.py), as the terms change."""\n\n'
            f"WHOLE = frozenset({{\n{words}}})\n\nBARE = frozenset({{\n{bare}}})\n\nARTICLED = frozenset({{\n{articled}}})\n\nMONTHS = (\n{months})\n\nKUNYAS = (\n{kunyas})\n"
            f"\n# archive/data/arabic_name_senses.txt: a name, the words before and after that make it a common word\n"
            f"SENSES = {pprint.pformat(name_senses(), width=110)}\n"
            f"\n# the words that call the next an Arabic place (the gazetteer's Arabic spellings' first words)\n"
            f"PLACE_WORDS = frozenset({pprint.pformat(place_words(), width=110)})\n"
            f"\n# the Latin keys of one word of the gazetteer's rivers (a river's name starting another name)\n"
            f"RIVERS = frozenset({pprint.pformat(river_keys(), width=110)})\n")


def write_whole_arabic_names() -> None:
    """Write ``indexer/arabic_whole_names.py`` (the analysis's own copy: an import's worker
    processes analyse without the archive's data)."""
    _write_index_module("arabic_whole_names.py", whole_arabic_names_module())


def cased_names() -> dict[str, str]:
    """``{word folded: the word as a name writes it}``: the words of the gazetteer's Latin spellings
    that the stemmed index would take for English words (``indexer/cased_names.py``, which this
    writes: see :func:`write_cased_names`); the index keeps them as names too, unstemmed and with
    their case ("Hims", "WHO"), and a search for the name finds only those.

    Found by method, not listed: a spelling whose words index as one term (its articles and stop
    words dropped) that is the term of a common English word or stop word (``english_words.txt``,
    ``stopwords.txt``, the index's own stop list) gives the word that makes that term ("Hims" is
    stemmed to "him", "Hit" is "hit", "ICC" is "ic" as "ice" is, "WHO", "Monitor" of Al-Monitor);
    and a word of a spelling written in capitals that the index drops as a stop word ("US", "IS"), or
    stems or shortens (an acronym of ACRONYM_STEMMED letters or more: "DAANES" is no "dan", "UOSSM");
    and an English word that sounds like a one-word name (:func:`name_sounding_words`: "Derrick"
    for Derik, "Howl" for Hawl), kept as a name where it is capitalised."""
    from archive.extract.data import data_lines
    from archive.extract.entities import english_words
    from indexer.fulltext.analysis import STOP_WORDS, _analyzer
    from indexer.names import fold, is_arabic

    analyzer = _analyzer(names=False)

    def plain(text: str) -> tuple:  # as the stemmed index analyses words (no name kept as a name)
        return tuple(token.text for token in analyzer(text))

    stop = set(data_lines("stopwords.txt")) | STOP_WORDS
    common = {term for word in english_words() | stop for term in plain(word)} | stop  # "AANES" is stemmed to "an"
    found: dict[str, str] = {}

    def add(word: str) -> None:
        folded = fold(word)
        if folded not in found or (found[folded].isupper() and not word.isupper()):
            found[folded] = word  # a capitalised form also takes the word in capitals: the lenient one

    for item in _lines():
        for spelling in item.spellings:
            if is_arabic(spelling.text):
                continue
            words = [word for word in TOKEN_RE.findall(spelling.text) if fold_word(word)]
            stops = [word for word in words if word.isupper() and len(word) >= 2 and fold(word) in STOP_WORDS]
            for word in stops:
                add(word)  # "US", "IS"
            for word in words:  # "DAANES" is stemmed to "dan", as French "dans" is: an acronym is never stemmed
                if word.isupper() and len(word) >= ACRONYM_STEMMED and word.isalpha() and plain(word) != (fold(word),):
                    add(word)
            key = plain(spelling.text)
            if len(key) == 1 and key[0] in common and not stops:  # "US Army" is two terms, US and armi
                for word in words:
                    if plain(word) == key and word[:1].isupper():
                        add(word)
    for word in name_sounding_words():  # "Derrick" (Derik), "Howl" (Hawl): kept where capitalised
        if fold(word) not in found:
            add(word.capitalize())
    return dict(sorted(found.items()))


ACRONYM_STEMMED = 5  # shorter words in capitals are matched as written already (the gazetteer's rule)


def name_sounding_words() -> tuple[str, ...]:
    """English words that sound like a one-word name of the gazetteer ("derrick": Derik, "howl":
    Hawl), outside ``english_words.txt`` (``name_sounding_words.txt``, written by
    ``archive/extract/name_sounding_words.py`` from a public word list)."""
    from archive.extract.data import data_lines

    return tuple(word.lower() for word in data_lines("name_sounding_words.txt"))


def cased_names_that_are_words() -> tuple[str, ...]:
    """The words of :func:`cased_names` that are common English words or stop words themselves
    ("hit", "who", "us"; not "hims", "france", "icc", which only stem onto one): the index keeps them
    as names only where they have the name's case, and as the word too."""
    from archive.extract.data import data_lines
    from archive.extract.entities import english_words
    from indexer.fulltext.analysis import STOP_WORDS

    common = english_words() | set(data_lines("stopwords.txt")) | STOP_WORDS | set(name_sounding_words())
    return tuple(folded for folded in cased_names() if folded in common)


def cased_names_module() -> str:
    """The text of ``indexer/cased_names.py`` for the gazetteer as it is."""
    names = "".join(f'    "{folded}": "{word}",\n' for folded, word in cased_names().items())
    words = "".join(f'    "{folded}",\n' for folded in cased_names_that_are_words())
    return ('"""The words of place and organisation names that the search index keeps as names, unstemmed,\n'
            "where its stemmed terms would take them for English words (Hims: him, Hit: hit, WHO: who, US:\n"
            "us): CASED, each as the index keeps it; WORDS, those that are English words themselves, kept as\n"
            "names only with the name's case (indexer/fulltext/analysis.py, NameCaseFilter). Written by\n"
            "archive.extract.gazetteer.write_cased_names() from archive/data/gazetteer.txt; do not edit.\n"
            "tests/test_cased_names.py fails when it no longer matches the gazetteer: write it again and raise\n"
            'ANALYSIS_VERSION (indexer/fulltext/analysis.py), as the terms change."""\n\n'
            f"CASED = {{\n{names}}}\n\nWORDS = frozenset({{\n{words}}})\n")


def write_cased_names() -> None:
    """Write ``indexer/cased_names.py`` (the analysis's own copy, as for the Arabic whole names)."""
    _write_index_module("cased_names.py", cased_names_module())


def acronym_words(sizes: tuple = (3, 6)) -> dict[str, tuple[str, ...]]:
    """``{acronym folded: the word stems its entity's names are written with}``: each Latin spelling
    of the gazetteer in capitals of three to six letters (SDF, QSD, SNA, UNHCR, PAM; S.D.F. undotted)
    and the first four letters of every word of its entity's other Latin spellings (syri, demo, forc,
    kräf -> kraf, ...). A report that defines the acronym with words not all among them means
    something else (the Somali National Army's SNA: ``indexer/fulltext/acronym_meanings.py``).
    ``sizes``: the least and most letters (``(2, 2)``: EI, IS, UN, which a report defines in brackets only)."""
    from indexer.names import fold, is_arabic, undotted

    found: dict[str, set] = {}
    for item in entities():
        latin = [s for s in (item.name,) + item.aliases if not is_arabic(s)]
        acronyms = {fold(undotted(s)) for s in latin
                    if undotted(s).isalpha() and undotted(s).isupper() and sizes[0] <= len(undotted(s)) <= sizes[1]}
        if not acronyms:
            continue
        stems = {fold(word)[:4] for s in latin for word in TOKEN_RE.findall(s) if fold_word(word)}
        for acronym in acronyms:
            found.setdefault(acronym, set()).update(stems)
    return {acronym: tuple(sorted(stems)) for acronym, stems in sorted(found.items())}


def name_function_words() -> tuple[str, ...]:
    """The short words the gazetteer's Latin names of several words write in lower case between
    their capitalised words (of, for, the, de, des, et, und, ve, y): an acronym's initials skip them
    or take them (IOM: Isle of Man; OIM: Organisation internationale pour les migrations)."""
    from archive.extract.data import english_words
    from indexer.fulltext.analysis import STOP_WORDS
    from indexer.names import is_arabic

    found = set()
    common = english_words()
    for item in entities():
        for spelling in (item.name,) + item.aliases:
            words = TOKEN_RE.findall(spelling)
            if is_arabic(spelling) or len(words) < 3:
                continue
            found.update(word for word in words[1:-1] if word.islower() and len(word) <= 3 and word.isalpha())
    return tuple(sorted(word for word in found if word in STOP_WORDS or word not in common))  # not "oil", "air"


def acronym_names_module() -> str:
    """The text of ``indexer/acronym_names.py`` for the gazetteer as it is."""
    acronyms = "".join(f'    "{acronym}": {stems!r},\n' for acronym, stems in acronym_words().items())
    pairs = "".join(f'    "{acronym}": {stems!r},\n' for acronym, stems in acronym_words((2, 2)).items())
    words = "".join(f'    "{word}",\n' for word in name_function_words())
    return ('"""The gazetteer\'s acronyms (ACRONYMS: each with the first four letters of the words of its entity\'s\n'
            "names; PAIRS: those of two letters, read only where a report defines them in brackets) and the\n"
            "short words names write in lower case (FUNCTION): a report that defines an acronym\n"
            "with other words means something else (indexer/fulltext/acronym_meanings.py). Written by\n"
            "archive.extract.gazetteer.write_acronym_names() from archive/data/gazetteer.txt; do not edit.\n"
            "tests/test_acronym_meanings.py fails when it no longer matches the gazetteer: write it again and\n"
            'raise ANALYSIS_VERSION (indexer/fulltext/analysis.py), as the terms change."""\n\n'
            f"ACRONYMS = {{\n{acronyms}}}\n\nPAIRS = {{\n{pairs}}}\n\nFUNCTION = frozenset({{\n{words}}})\n")


def write_acronym_names() -> None:
    """Write ``indexer/acronym_names.py`` (the analysis's own copy, as for the Arabic whole names)."""
    _write_index_module("acronym_names.py", acronym_names_module())


def _write_index_module(name: str, text: str) -> None:
    """Write a module of ``indexer/`` (the analysis's own copy of a table drawn from the gazetteer)."""
    from pathlib import Path

    import indexer

    (Path(indexer.__file__).parent / name).write_text(text, encoding="utf-8")


HEAD_TABLE = Path(__file__).resolve().parents[2] / "indexer" / "fulltext" / "head_table.py"


def name_heads() -> dict:
    """``{English head: (its forms, each with "{place}")}`` from archive/data/name_heads.txt: the head
    words of a body's name named after a place in the press's languages ("Military Council":
    "Conseil militaire de {place}", "{place} Askeri Konseyi"), which :func:`write_head_table` writes
    into ``indexer/fulltext/head_table.py`` (``indexer/`` reads no data of ``archive/``)."""
    from archive.extract.data import data_lines

    heads: dict = {}
    for line in data_lines("name_heads.txt"):
        parts = [part.strip() for part in line.split("|")]
        forms = heads.setdefault(parts[0], [])
        forms += [part for part in parts[1:] if "{place}" in part and part not in forms]
    return {head: tuple(forms) for head, forms in heads.items()}


def head_table_text() -> str:
    lines = ['"""The head words of a body\'s name named after a place, in the press\'s languages: written by',
             "archive.extract.gazetteer_tables.write_head_table() from archive/data/name_heads.txt;",
             'do not edit (tests/test_names35_heads.py compares)."""', "", "HEADS = {"]
    for head, forms in name_heads().items():
        lines += [f"    {head!r}: ("] + [f"        {form!r}," for form in forms] + ["    ),"]
    return "\n".join(lines + ["}", ""])


def write_head_table() -> None:
    HEAD_TABLE.write_text(head_table_text(), encoding="utf-8")
