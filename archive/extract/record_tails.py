"""The page's lines a scraper kept under (and over) a record's text, judged as lines (issue #13,
round 30).

An export's body field is what its tool scraped: the story, and under it what the page printed
there. Two layouts:

- **paragraphs kept**: the page's lines under the story are paragraphs of their own ("Related:
  Headline", "Follow Outlet on Telegram", "Outlet - Desk", a desk's initials);
- **flattened**: the tool joined every paragraph into one, and the page's lines are glued after
  the story's last sentence ("... the last sentence. Subscribe to X on Telegram. Reprinting
  without a link to X is forbidden.", "... Read also: Headline Follow X on Google News").

Either way the record's cleaning (:func:`archive.extract.boilerplate.clean_record_paragraphs`)
judges lines by their words alone, and a call to action in a language its phrases do not hold
stays. Here a record's last lines (a flattened paragraph's glued pieces first parted from it:
sentences, a copyright notice, a link's label and what follows it) are judged from the end up,
by signs that hold in any language and for any tool's export:

- the paragraph classifier's words (:mod:`archive.extract.paragraphs`: a link's lead-in, a call
  to action, a share bar, a copyright line, a desk's initials);
- the line names the record's own outlet (its source field, its URL's site: "Outlet - Desk",
  "This article was offered to you by Outlet") or states a date and time, and is no sentence;
  or it names a channel of the outlet's news (a messenger, a news app: archive/data/record_tails.txt)
  or opens with a call's verb: in both cases where the learned edge check
  (:mod:`archive.extract.edge_lines`, fitted on the edges of pages saved as text) leans towards
  furniture;
- the line closes another record of the same outlet in the file too and is no sentence
  (:class:`archive.extract.source_edges.SourceEdges`: an export of many outlets repeats each one's furniture over its own rows,
  too few of them for the file's template, :mod:`archive.extract.templates`).

Never the story: a line of prose (``PROSE_WORDS``) ends the search, a story's sentence naming
its outlet ("... did not reply to questions sent by Outlet.") and an agency's credit in brackets
("(ANSA)") stay, and at most ``TAIL_UNITS`` lines (a flattened text's glued pieces) are judged.
Over the text, a short line naming the outlet or of the classifier's furniture, over a paragraph
of prose, is the page's header (:func:`judged_head`). The lines left out tell what the page calls
its outlet where the source field writes a site's address (:func:`written_name`).
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.templates import line_key

GLUED_WORDS = 20  # a piece glued under a flattened text: this many words at most
GLUED_PIECES = 4  # pieces parted from a flattened last paragraph
FLAT_WORDS = 60  # a last paragraph this long holding several sentences may be a flattened text
TAIL_UNITS = 4  # lines judged at a record's end
PROSE_WORDS = 20  # a sentence this long (or the text's middle line's length) is the story's
# The classifier's reasons that leave a line out whatever the model says (a caption's credit or a
# sign-off's may close the story's own last sentence: "... from the camps. (AGI)").
CUT_REASONS = frozenset({"link", "call to action", "widget", "copyright", "menu", "teaser", "comments", "symbols",
                         "initials"})

# A sentence's end (its closing quotes and brackets with it) and the space after it: the next piece
# starts with a letter, a digit, an opening quote or bracket ("... today. Follow ...", "... اليوم. تابعوا ...").
_SENTENCE_BREAK = re.compile(r"[.!?؟…][\"'”’»)\]]*(\s+)(?=[\"'“‘«(]?[^\W_])")
_COPYRIGHT_MARK = re.compile(r"\s+(?=©)")  # "... 4:12 PM © 2023 Publisher": the notice starts a line


def pieces(paragraph: str) -> list:
    """A paragraph parted into its sentences, a copyright notice starting a piece of its own."""
    out, at = [], 0
    for match in _SENTENCE_BREAK.finditer(paragraph):
        out.append(paragraph[at:match.start(1)])
        at = match.end(1)
    out.append(paragraph[at:])
    parts = []
    for sentence in out:
        parts.extend(part.strip() for part in _COPYRIGHT_MARK.split(sentence) if part.strip())
    return parts


def _glued_tail(paragraph: str) -> tuple:
    """``(rest, glued)``: a flattened last paragraph and the short pieces at its end (up to
    ``GLUED_PIECES``), or ``(paragraph, [])``."""
    if len(paragraph.split()) < FLAT_WORDS:
        return paragraph, []
    parts = pieces(paragraph)
    if len(parts) < 3:
        return paragraph, []
    glued = []
    while len(parts) > 2 and len(glued) < GLUED_PIECES and len(parts[-1].split()) <= GLUED_WORDS:
        glued.insert(0, parts.pop())
    if not glued:
        return paragraph, []
    rest = " ".join(parts)
    return rest, glued


def tail_probabilities(units: list, lines: list, gap_before: list, words: Optional[list] = None) -> dict:
    """``{index: probability}``: the learned edge check's belief that each of the last lines of
    ``units`` is not text (empty without the model's file). ``lines``: the classifier's, needed at
    the last ``edge_lines.TAIL_LINES`` only where ``words`` (every line's word count) is given
    (:mod:`archive.extract.tail_lines`)."""
    from archive.extract import edge_lines
    from archive.extract.tail_lines import tail_rows

    model = edge_lines.load()
    if model is None:
        return {}
    if words is None:
        words = [line.words for line in lines]
    return {i: edge_lines.furniture_probability(model, "tail", row)
            for i, row in tail_rows(units, lines, words, gap_before)}


SIGN_WORDS = 15  # a line naming the record's own outlet or a channel: this many words at most
NAMED_PROBABILITY = 0.25  # a line naming the outlet, no sentence: the learned check leaning this far at least
CHANNEL_PROBABILITY = 0.5  # a line naming a channel (a sentence too: "Subscribe to X on Telegram.")
KEPT_REASONS = frozenset({"sign-off", "caption"})  # a credit closing the story ("(AGI)", "Name, Outlet.")
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєўқғңүұһөә",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s",
                      "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "i", "e", "u",
                      "k", "g", "n", "u", "u", "h", "o", "a"]))
_LATIN_LETTERS = str.maketrans(_CYRILLIC)
_NOT_WORD = re.compile(r"[\W_]+")


def compact(text: str) -> str:
    """A name or line as its letters and digits alone, case folded, Cyrillic written in Latin
    letters ("КазТАГ" and "KazTAG" are one name; "La Voix du Nord" is in "lavoixdunord.fr")."""
    return _NOT_WORD.sub("", text.casefold()).translate(_LATIN_LETTERS)


def own_names(outlet: Optional[str] = None, url: Optional[str] = None) -> tuple:
    """The forms of a record's own outlet a page's line would write: its source field as written
    and its first word (a name's distinctive part: "Capital" of "Capital FM"), its URL's site
    name ("kaztag" of kaztag.kz), each compacted; only forms of four characters or more."""
    forms = set()
    if outlet:
        forms.add(compact(outlet))
        words = [w for w in re.split(r"[\s.]+", outlet.strip()) if w]
        if len(words) > 1 and len(compact(words[0])) >= 5:
            forms.add(compact(words[0]))
        if "." in outlet.strip() and " " not in outlet.strip():  # "AlBayan.ae": a site's address
            forms.add(compact(outlet.strip().split(".")[0]))
    if url:
        host = re.sub(r"^[a-z]+://", "", url.strip().casefold()).split("/")[0].split(":")[0]
        labels = [label for label in host.split(".") if label not in ("www", "m", "en", "ar", "amp")]
        if labels:
            forms.add(compact(labels[0]))
    return tuple(sorted(form for form in forms if len(form) >= 4))


@functools.lru_cache(maxsize=1)
def _channels() -> tuple:
    from archive.extract.data import data_sections

    entries = list(data_sections("boilerplate.txt").get("platform_names", ())) \
        + list(data_sections("record_tails.txt").get("channels", ()))  # the platforms, one list, and other channels
    return tuple(dict.fromkeys((" " in entry.strip(), compact(entry)) for entry in entries if compact(entry)))


def names_channel(text: str) -> bool:
    """Whether a line names a channel the page offers its news on (a messenger, a news app, a
    network: boilerplate.txt's ``[platform_names]``, record_tails.txt's other ``[channels]``), as a
    word or a word's start ("Telegramê")."""
    words = [compact(word) for word in text.split()]
    joined = compact(text)
    return any(channel in joined if several else any(w.startswith(channel) for w in words)
               for several, channel in _channels())


def _names(text: str, names: tuple) -> bool:
    joined = compact(text)
    return any(name in joined for name in names)


@functools.lru_cache(maxsize=1)
def _cta_verbs() -> frozenset:
    from archive.extract.data import data_sections

    return frozenset(compact(verb) for verb in data_sections("page_furniture.txt").get("cta_verbs", ()))


def _imperative(text: str) -> bool:
    """A line opening with a call to action's verb (``[cta_verbs]`` of page_furniture.txt: "Follow",
    "Subscribe", "تابعوا")."""
    words = text.split()
    return bool(words) and compact(words[0]) in _cta_verbs()


def _stamp(text: str) -> bool:
    """A line stating a date or time, no sentence: the page's stamp ("Published on: Tuesday, 2 May
    2023 @ 4:12 PM"), never the story's."""
    from archive.extract.header_dates import states_date

    return states_date(text) or bool(_YEAR.search(text) and _CLOCK.search(text))


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.h]\d\d(?!\d)")  # "4:12 PM", "13:20", "16h05"
_DOTTED_INITIALS = re.compile(r"^(?:[^\W\d_]\.\s?){2,4}$")  # "M.B.G.": the writer's initials under the text


_ID_STAMP = re.compile(r"^[^\W\d_][^\d:]{0,30}:\s*#?\d{5,}\s*$")  # a label, a colon, an id of 5+ digits (any script's)
_BRACKETED = re.compile(r"^\(.{1,60}\)\W{0,2}$")  # "(AGI)", "(Agenzia Fides 27/1/2022)": a credit


def judged_tail(units: list, gap_before: Optional[list] = None, candidates: Optional[int] = None,
                names: tuple = (), repeated: frozenset = frozenset()) -> int:
    """How many of ``units`` (a record's lines, top to bottom) stand in its text: the index after
    the last line kept. Only the last ``candidates`` lines (by default ``TAIL_UNITS``) are judged,
    from the end up: a line the classifier's words leave out (``CUT_REASONS``), or a short one the
    learned edge check leans towards furniture (or that opens with a call's verb) naming a channel
    of the outlet's news (:func:`names_channel`), or that names the record's own outlet (``names``: :func:`own_names`)
    and is no sentence ("Outlet - Desk"; a sentence naming it is the story's: "X did not reply to
    questions sent by Outlet."); never a credit (in brackets, or one the classifier calls a
    sign-off) nor a line of prose. ``repeated``: the keys of lines standing at the end of another
    record of the same outlet in the export (:class:`~archive.extract.source_edges.SourceEdges`); such a line, no sentence, is the
    outlet's page furniture ("Related: Headline" under two of its stories); and a line naming the
    outlet, a sentence too, whose opening or closing words (numbers aside) close two of its records
    (:func:`~archive.extract.source_edges.shape_keys`) is the outlet's closing line with a slot its pages fill (a headline, a date)."""
    from archive.extract.edge_lines import TAIL_LINES
    from archive.extract.source_edges import SHAPE_LINE_WORDS, label_key, shape_keys
    from archive.extract.tail_lines import TailLeaning, classify_tail

    n = len(units)
    if n < 3:
        return n
    if _ends_in_prose(units[-1], names, repeated):
        return n  # the loop below would stop at its first line: nothing of the text need be classified
    most = candidates if candidates is not None else TAIL_UNITS
    lines = classify_tail(units, max(TAIL_LINES, most + 1))  # classify(units)'s lines, the last ones (tail_lines)
    leaning_at = TailLeaning(units, lines, gap_before if gap_before is not None else [True] * n)  # tail_probabilities'
    end = n
    while n - end < most and end > 1:
        line, text = lines[end - 1], units[end - 1]
        if repeated and _names(text, names) and line.words <= SHAPE_LINE_WORDS \
                and not repeated.isdisjoint(shape_keys(text)):
            end -= 1  # the outlet's own closing line, its headline or date changed: "The post <headline>
            continue  # appeared first on Outlet.", "This article appeared in the <date> edition of Outlet."
        label = label_key(text)
        if label is not None and label in repeated:
            end -= 1  # "See also: <headline>" closing two of the outlet's records, each another headline
            continue
        if line.words >= PROSE_WORDS and line.furniture is None:
            break  # prose: the story's
        if end >= 3 and line.words <= RESIDUE_WORDS and not line.sentence and _cut_line(lines[end - 2]):
            end -= 1  # a few words under a link or a share bar ("More news from <Place>", the feed's
            continue  # credit under "Share: Facebook | X"): the page's, past the story's end
        if _ID_STAMP.match(text):
            end -= 1  # "News ID: 1330120", "کد خبر: ۱۳۳۰۱۲۰": the page's number for the story, no sentence of it
            continue
        if _BRACKETED.match(text):
            break  # "(AGI)", "(ANSA).": the agency's credit closing its story
        if (line.furniture in CUT_REASONS and not (line.furniture == "widget" and line.sentence)) \
                or (_DOTTED_INITIALS.match(text) and text.upper() == text):
            end -= 1  # (a sentence holding a widget's word is a newsletter's "More next week.")
            continue
        if not line.sentence and line_key(text) in repeated:
            end -= 1  # the same line under another text of its outlet in this export: the page's
            continue
        if line.furniture in KEPT_REASONS or line.words > SIGN_WORDS:
            break
        leaning = leaning_at(end - 1)
        if ((leaning > CHANNEL_PROBABILITY or _imperative(text)) and names_channel(text)) \
                or (leaning > NAMED_PROBABILITY and not line.sentence and (_names(text, names) or _stamp(text))):
            end -= 1  # "Follow X on Telegram", "X - Desk", "This article was offered to you by X", "Posted on: <date>"
            continue
        break
    return end


RESIDUE_WORDS = 4  # a line this short under the page's links is theirs


def _ends_in_prose(text: str, names: tuple, repeated: frozenset) -> bool:
    """Whether :func:`judged_tail`'s loop stops at the last line, keeping it: prose, neither the
    outlet's closing line nor a label repeated under its records. Read from the line alone: a line
    longer than a listed headline (``tail_lines.LISTED_WORDS``) keeps the furniture its own words
    give it (the link lists mark shorter lines only), which is all the loop reads of it there."""
    from archive.extract.line_furniture import _WORD, furniture_reason, plain
    from archive.extract.source_edges import SHAPE_LINE_WORDS, label_key, shape_keys
    from archive.extract.tail_lines import LISTED_WORDS

    folded = plain(text)
    tokens = _WORD.findall(folded)
    words = len(tokens)
    if words <= max(LISTED_WORDS, PROSE_WORDS - 1):
        return False
    if repeated and _names(text, names) and words <= SHAPE_LINE_WORDS and not repeated.isdisjoint(shape_keys(text)):
        return False
    label = label_key(text)
    if label is not None and label in repeated:
        return False
    return furniture_reason(text, folded, words, tokens) is None


def _cut_line(line) -> bool:
    """A line the classifier's words leave out as a link, a share bar or a call (no sentence)."""
    return line.furniture in CUT_REASONS and not line.sentence


HEAD_UNITS = 2  # lines judged over a record's text


def judged_head(units: list, names: tuple = ()) -> int:
    """How many of a record's first lines stand over its text, not in it: over a paragraph of
    prose, a short line that is no sentence and names the record's own outlet ("Outlet - Monday,
    November 20, 2023") or that the classifier's words leave out (a share bar, a link): the page's
    header the scraper kept. Never a dateline ("BEIRUT —"), a heading of the text ("Key findings"),
    nor all of the text."""
    from archive.extract import paragraphs

    start = 0
    while start < min(HEAD_UNITS, len(units) - 1):
        text = units[start]
        words = len(text.split())
        below = units[start + 1]
        if paragraphs.ends_sentence(text) or text.rstrip().endswith((",", ":", "،")) or words > SIGN_WORDS \
                or paragraphs.dateline_alone(text) or paragraphs.opens_with_dateline(text) \
                or len(below.split()) < PROSE_WORDS or not paragraphs.ends_sentence(below):
            break
        if not (_names(text, names) or paragraphs.furniture_reason(text) in CUT_REASONS):
            break
        start += 1
    return start


def without_tail_furniture(blocks: list, names: tuple = (), repeated: frozenset = frozenset(),
                           cut: Optional[list] = None) -> list:
    """A record's paragraphs without the page's lines over and under its text (module doc): its
    last paragraphs judged as lines, then the pieces glued to the last one kept where the text was
    flattened (glued back where they are kept). ``cut``, if given, receives the lines left out."""
    if not blocks:
        return blocks
    cut = cut if cut is not None else []
    start = judged_head(blocks, names)
    cut.extend(blocks[:start])
    blocks = blocks[start:]
    end = judged_tail(blocks, names=names, repeated=repeated)
    cut.extend(blocks[end:])
    blocks = blocks[:end] if end < len(blocks) else blocks
    rest, glued = _glued_tail(blocks[-1])
    if not glued:
        return blocks
    from archive.extract.closing_runs import closing_run

    headline = closing_run([rest] + glued, prose_words=0, min_kept=1)  # "... last sentence. Related: Headline"
    if headline:
        cut.extend(glued[len(glued) - headline:])
        glued = glued[:len(glued) - headline]
        if not glued:
            return blocks[:-1] + [rest]
    # a flattened text: its sentences are the lines the classifier and the model look at
    body = [piece for block in blocks[:-1] for piece in pieces(block)] + pieces(rest)
    end = judged_tail(body + glued, [True] * len(body) + [False] * len(glued), len(glued), names, repeated)
    kept = glued[: max(0, end - len(body))]
    if len(kept) == len(glued):
        return blocks[:-1] + [" ".join([rest] + glued)] if headline else blocks
    cut.extend(glued[len(kept):])
    return blocks[:-1] + [" ".join([rest] + kept)]


def written_name(lines: list, outlet: Optional[str]) -> Optional[str]:
    """The record's outlet as the page's own lines write it, where its source field writes it the
    tool's way: a site's address ("lavoixdunord.fr") or the name run together ("AlBayan"), and a
    line left out of the text spells the same letters as words ("... offered to you by La Voix du
    Nord"). None where no line does, or the field already reads so."""
    if not outlet or not lines:
        return None
    field = outlet.strip()
    forms = {compact(field)}
    if " " not in field and "." in field:
        forms.add(compact(field.split(".")[0]))
    forms = {form for form in forms if len(form) >= 4}
    for line in lines:
        words = line.split()
        for size in range(2, min(6, len(words)) + 1):
            for at in range(len(words) - size + 1):
                span = " ".join(words[at:at + size]).strip(".,:;!?\"'«»()")
                if compact(span) in forms and span != field:
                    return span
    return None
