"""Mojibake undone: UTF-8 text that was read as windows-1252 or latin-1 and saved again ("â€™",
"Ã©"), repaired with ftfy, saying whether it was (:func:`repair`); UTF-8 Arabic read as windows-1256
("ط§ظ„"), repaired by the round trip (:func:`arabic_mojibake` says whether a text is such)."""

from __future__ import annotations

import re

REPAIRED = "text repaired: mojibake (ftfy)"
# What UTF-8 read as windows-1252 or latin-1 leaves: a lead byte's letter (Â..ô) followed by a
# continuation byte's sign (U+0080-U+00BF, or windows-1252's € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ).
_MOJIBAKE_SIGN = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


# UTF-8's lead bytes of Arabic letters (0xD8, 0xD9) read as windows-1256 are "ط" and "ظ", each then
# followed by a continuation byte's letter: most of such a text's Arabic letters come in those pairs
_ARABIC_MOJIBAKE = re.compile("[\u0637\u0638][^\\s]")
_ARABIC = re.compile("[\u0600-\u06ff]")
ARABIC_MOJIBAKE_MIN = 20
ARABIC_MOJIBAKE_SHARE = 0.8  # of the text's Arabic letters, in those pairs


def arabic_mojibake(text: str, least: int = ARABIC_MOJIBAKE_MIN) -> bool:
    """Whether ``text`` looks like UTF-8 Arabic read as windows-1256: at least ``least`` of the
    lead-byte pairs, most of its Arabic letters in them (the round trip itself is checked by
    :func:`repair`). A long text needs the default twenty pairs; a record's short fields (a title, a
    byline, an outlet's name) are judged with ``least=1`` once its body was found so: one record,
    one encoding."""
    if not text or text.isascii():
        return False
    pairs = len(_ARABIC_MOJIBAKE.findall(text))
    return pairs >= least and pairs * 2 >= len(_ARABIC.findall(text)) * ARABIC_MOJIBAKE_SHARE


def repair(text: str, arabic_least: int = ARABIC_MOJIBAKE_MIN) -> tuple:
    """``(text, repaired)``: mojibake undone (ftfy's encoding fixes only: quotes, widths, line
    breaks and HTML entities are left as written). ``arabic_least``: see :func:`arabic_mojibake`."""
    if arabic_mojibake(text, arabic_least):
        try:  # UTF-8 Arabic read as windows-1256 and saved again ("ط§ظ„" for "ال")
            return text.encode("cp1256").decode("utf-8"), True
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    if not text or text.isascii() or not _MOJIBAKE_SIGN.search(text):
        return text, False
    from ftfy import TextFixerConfig, fix_text
    from ftfy.badness import is_bad

    if not is_bad(text):
        return text, False
    config = TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
        fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
        fix_surrogates=False, remove_control_chars=False, normalization=None, explain=False,
    )
    fixed = fix_text(text, config)
    return fixed, fixed != text
