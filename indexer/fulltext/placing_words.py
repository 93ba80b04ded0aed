"""The words that place a place's mention in a country, leave it or say what it is, for
``placed_elsewhere.py``: each set holds its words as written and as name keys fold them (the text's words
are compared folded, doubled letters single: "opposite" is "oposite", "village" "vilage")."""

from __future__ import annotations

import re

from indexer.names import fold_word
from indexer.place_countries import WORDS as _WORDS


def _folded(words) -> frozenset:
    """``words`` as written and as name keys fold them."""
    return frozenset(words) | frozenset(fold_word(word) for word in words)


_ARTICLES = frozenset({"the", "a", "an"})  # before a past participle: an adjective ("the lost capital of")
_LOCATING = frozenset({"in", "of", "at", "inside", "within", "outside"})  # not "through": a way taken ("reached Raqqa through Turkey")
_NEAR = frozenset({"near", "outside"})
# The prepositions that open a phrase a mention may stand in ("aid for the al-Hol camp"): a verb right after
# it is the sentence's subject's, so it ends the placing (placed_elsewhere._in_phrase)
_OPENING = _LOCATING | frozenset({"for", "to", "into", "toward", "towards", "with"})

# What a place set off by a comma is, in the words that say so ("Derik, a district of Mardin"; not
# "London, the mayor of Frankfurt"), and what may stand between a demonym and a body it makes another
# country's ("the Swiss agency SDC"): archive/data/place_words.txt, through indexer/place_countries.py.
_PLACE_NOUNS = _folded(_WORDS["place nouns"])
_BODY_NOUNS = _folded(_WORDS["body nouns"])
# Nothing but spaces, or spaces and an Arabic article, between two words ("Sudan's al-Jazira state").
_ARTICLE_GAP = re.compile(r"\s+(?:(?:[Aa][lnrstdz]|[Ee][lz]|[Aa]sh)[-\u2010\u2011 ])?")
_ADDRESS_END = re.compile(r"\s*(?:[,.;:)!?]|$)")
_SKIPPED = _folded({
    "the", "southern", "northern", "eastern", "western", "central", "south", "north", "east", "west",
    "southeastern", "southwestern", "northeastern", "northwestern", "upper", "lower", "rural", "far",
    "ancient",  # "capital of the ancient Mitanni kingdom"
})
# A place left is no place where what follows puts it: "refugees from Afrin in Turkey", "families left
# al-Hawl in February through the Rabia crossing".
_LEFT = _folded({"from", "left", "leave", "leaves", "leaving", "fled", "flee", "flees", "fleeing", "escaped", "out"})
_LEAVING = _folded({
    "from", "to", "toward", "towards", "into", "with", "across", "opposite", "border", "borders",
    "frontier", "and", "or", "but", "while", "between", "facing", "faces", "via", "than", "against",
    "unlike", "like", "for", "fled", "crossed", "crossing", "whereas", "versus",
    # a clause of its own: the mention is its subject or object, not placed by what follows
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "should", "can", "may",
    "might", "did", "does", "do", "said", "says", "say", "told", "reported", "announced", "denied",
    "voiced",
})

# A verb in the past after a mention: a clause of its own, whose place is the clause's, not the mention's
# ("the Kobani women's cooperative sold soap in Lyon", "Amuda farmers exported wheat to ... in Iraq"); not
# the participles that place what they follow ("based", "located", "held in", "named").
_PAST = frozenset({
    "sold", "bought", "made", "took", "gave", "won", "lost", "ran", "built", "sent", "paid", "met", "led", "kept",
    "brought", "found", "spent", "went", "came", "began", "wrote", "told", "left", "fought", "taught", "sang",
})
_PLACING = frozenset({
    "based", "located", "situated", "headquartered", "centred", "centered", "nestled", "perched", "named", "called",
    "held", "detained", "jailed", "imprisoned", "housed", "buried", "stationed", "registered", "listed", "used",
    "founded", "settled", "displaced", "resettled", "hosted", "sheltered", "born", "known",
})


def _is_verb(word: str) -> bool:
    """Whether ``word`` (as written) is a verb in the past: lower case, ending in -ed (not a placing
    participle) or an irregular past of :data:`_PAST`."""
    if not word.islower():
        return False
    return word in _PAST or (len(word) > 4 and word.endswith("ed") and word not in _PLACING)
