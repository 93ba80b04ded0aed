"""collapse_whitespace splits with str.split(): the same as the regex it replaced, for every character."""

import random
import re
import sys

from archive.model import collapse_whitespace

_REGEX = re.compile(r"\s+")


def _by_regex(text: str) -> str:
    return _REGEX.sub(" ", text.replace("\u00a0", " ")).strip()


def test_every_code_point_is_whitespace_for_split_exactly_when_for_the_regex():
    space = re.compile(r"\s")
    differ = [hex(c) for c in range(sys.maxunicode + 1) if chr(c).isspace() != bool(space.match(chr(c)))]
    assert differ == []


def test_collapse_whitespace_matches_the_regex_on_mixed_text():
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    alphabet = spaces + list("ab.é\u0627") + ["\u200b", "\ufeff", "\x00"]
    rng = random.Random(16)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert collapse_whitespace(text) == _by_regex(text), repr(text)
    assert collapse_whitespace("\u00a0 Jane\u2009\u2009Doe \n\t") == "Jane Doe"
    assert collapse_whitespace("") == ""
