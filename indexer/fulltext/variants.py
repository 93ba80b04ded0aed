"""Name variants, as two modules: :mod:`.aliases` (the alias table, case rules, a query's names as an OR
of their spellings) and :mod:`.sound_alikes` (the phonetic fallback, its key, edit distance). The
names callers import from here stay importable."""

from indexer.fulltext.aliases import (  # noqa: F401
    _CASE_ORDER, _OPERATORS, _QUOTED, _UNIT, _case_rule, _case_rules, _expand_plain, _group_text, _loses_words,
    _stems_to_english, _written_as, alias_table, expand_aliases, name_key,
)
from indexer.fulltext.sound_alikes import (  # noqa: F401
    _LETTERS_ONLY, PHONETIC, PHONETIC_BELOW, PHONETIC_BOOST, PHONETIC_EDITS, PHONETIC_MAX, PHONETIC_MAX_WORDS,
    PHONETIC_MIN_LETTERS, PHONETIC_SCAN, PHONETIC_SHORT, _cased_like, edit_distance, expand_sound_alikes,
    phonetic_key, phonetic_reach, sound_alikes,
)
