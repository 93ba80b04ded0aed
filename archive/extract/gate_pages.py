"""A page that holds a gate instead of its article (issue #13, round 23): a paywall's or a log-in's
prompt saved under the headline ("This article is for subscribers only" / "Subscribe now to
continue reading" / "Subscribe" / "Log in"), by its shape: what is left as text is shorter than any
story's brief, and the lines right around it are calls to the reader (the line classifier's
"call to action": buttons, sign-up and log-in prompts), two or more of them; or what is left holds
the gate's own notice, a short line saying the story goes on behind it (round 29:
:func:`gate_line`, "Dit artikel is exclusief voor abonnees." over "Word abonnee en lees ...", the
lead kept as the page's standfirst).

A site's error page saved instead of its article (round 26: "Page not found" / "Sorry, the page you
requested could not be found" under the outlet's menus) is no article either: what is left as text
is shorter than a brief and holds, or stands under, an error page's words in any language the data
lists (:func:`error_page`). :func:`gate_page` refuses it with its own reason (:data:`ERROR_PAGE`),
the text reader asking it of every page it keeps; so it refuses a reader's list of notes saved
among the pages (round 29, :func:`note_list`: :data:`NOTE_LIST`).
"""

from __future__ import annotations

import functools
import re

GATE_TEXT_WORDS = 25  # what is left as text: shorter than a brief
GATE_NOTICE_WORDS = 12  # the gate's notice left as the text ("Dit artikel is exclusief voor abonnees."): a line
CALLS_AROUND = 2  # calls to the reader right around it: this many at least
REACH = 2  # lines above and under the text looked at

GATE_ONLY = "a paywall or log-in prompt, no article text"


def gate_page(body: list, content: list, lines: list) -> bool:
    """Whether the text left (``body``, paragraphs of the page's ``content`` classified as
    ``lines``) is a gate's prompt (module doc). Raises ValueError(:data:`ERROR_PAGE`) for a site's
    error page (:func:`error_page`), the reader's refusal with its own reason."""
    if error_page(body, content):
        raise ValueError(ERROR_PAGE)
    if note_list(body, content):
        raise ValueError(NOTE_LIST)  # a reading or to-do list saved among the pages (round 29)
    if lead_under_gate(body, content, lines):
        return True
    if not body or sum(len(p.split()) for p in body) > GATE_TEXT_WORDS:
        return False
    if any(len(p.split()) <= GATE_NOTICE_WORDS and gate_line(p) for p in body):
        return True  # "This article is for subscribers only." left as the text (round 29): the gate's own notice
    at = [i for i, line in enumerate(content) if line in body]
    if not at:
        return False
    first, last = min(at), max(at)
    around = list(range(max(0, first - REACH), first)) + list(range(last + 1, min(len(content), last + 1 + REACH)))
    return sum(1 for i in around if lines[i].furniture == "call to action") >= CALLS_AROUND


def gated(text: list, page: list) -> bool:
    """Whether a saved web page's text left (``text``: its paragraphs after cleaning) is shorter than a
    brief while the page (``page``: its headline and the paragraphs the extraction gave) states a
    gate's notice ("This story is for subscribers" in the headline's place, "Subscribe now for
    unlimited access"): the prompt saved instead of the story, what is left its price or buttons."""
    if sum(len(p.split()) for p in text) > GATE_TEXT_WORDS:
        return False
    return any(p and len(p.split()) <= GATE_NOTICE_WORDS and gate_line(p) for p in page)


LEAD_WORDS = 60  # a paywall keeps the story's first paragraph: this many words at most
LEAD_PARAGRAPHS = 1
NOTICE_WORDS = 8  # the gate's own notice under it, left as text ("This story is for members."): a short line
GATE_RUN = 3  # and sets its gate right under it: this many calls to the reader at least
GATE_REACH = 4  # ... among this many lines under it


def lead_under_gate(body: list, content: list, lines: list) -> bool:
    """A paywall that leaves the story's opening paragraph (round 27): the text is one paragraph of
    a lead's length (the gate's short notice under it allowed), and right under it (``GATE_REACH`` lines) stand ``GATE_RUN`` calls to the reader or more
    ("This article is for subscribers only" / "Subscribe to continue reading" / "Log in"), whatever
    their words: a story is never cut so by its own page, and a sign-up box under a whole brief is
    one or two calls, not a run of three closing the page's text. Two calls are a gate where one of
    them says the story goes on behind it (:func:`gate_line`, round 28: "SUBSCRIBE TO READ THE FULL
    STORY" / "This story is for subscribers only. Log in"): a sign-up box under a whole brief asks
    the reader to subscribe, it never says the story is cut."""
    if not body or len(body[0].split()) > LEAD_WORDS or any(len(p.split()) > NOTICE_WORDS for p in body[1:]) \
            or len(body) > LEAD_PARAGRAPHS + 1:
        return False
    at = [i for i, line in enumerate(content) if line == body[0]]
    if not at:
        return False
    under = range(at[-1] + 1, min(len(content), at[-1] + 1 + GATE_REACH))
    calls = [i for i in under if lines[i].furniture == "call to action"]
    return len(calls) >= GATE_RUN or (len(calls) >= GATE_WORDED_RUN and any(gate_line(content[i]) for i in calls))


GATE_WORDED_RUN = 2  # calls under the lead of which one says the story goes on behind the gate


@functools.lru_cache(maxsize=1)
def _gate_phrases() -> tuple:
    from archive.extract.data import data_lines
    from archive.extract.line_furniture import plain

    return tuple(f" {' '.join(_GATE_WORD.findall(plain(line)))} " for line in data_lines("gate_words.txt"))


_GATE_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def gate_line(line: str) -> bool:
    """Whether a line says the story goes on behind a paywall or a log-in (``archive/data/
    gate_words.txt``, in the languages it lists: "This story is for subscribers only", "SUBSCRIBE TO
    READ THE FULL STORY", "Réservé aux abonnés", "للمشتركين فقط"), as whole words."""
    from archive.extract.line_furniture import plain

    if len(line) > 300:
        return False
    folded = " " + " ".join(_GATE_WORD.findall(plain(line))) + " "
    return any(phrase in folded for phrase in _gate_phrases())


ERROR_TEXT_WORDS = 30  # what an error page leaves as text: shorter than any brief (a few lines)
ERROR_PAGE = "an error page (the page was not found), no article"


@functools.lru_cache(maxsize=1)
def _error_phrases() -> tuple:
    from archive.extract.data import data_lines
    from archive.extract.line_furniture import plain

    return tuple(" ".join(plain(line).split()) for line in data_lines("error_page_words.txt"))


def error_line(line: str) -> bool:
    """Whether a line holds an error page's words (``archive/data/error_page_words.txt``, in the
    languages it lists: "Page not found", "Seite nicht gefunden", "الصفحة غير موجودة")."""
    from archive.extract.line_furniture import plain

    if len(line) > 300:
        return False
    folded = " ".join(plain(line).split())
    return any(phrase in folded for phrase in _error_phrases())


def error_page(body: list, content: list) -> bool:
    """Whether the text left (``body``, paragraphs of the page's ``content``) is a site's error
    page saved instead of an article: shorter than a brief, with an error page's words in it or
    in the page's head over it (its heading "Page not found")."""
    if not body or sum(len(p.split()) for p in body) > ERROR_TEXT_WORDS:
        return False
    if any(error_line(p) for p in body):
        return True
    first = next((i for i, line in enumerate(content) if line in body), None)
    return first is not None and any(error_line(line) for line in content[:first])


# A reader's own list of notes saved among the pages, not an article (round 29): a reading list, a
# to-do list, a "saved for later" file ("to read / follow up" over "- piece on X -> call again?",
# "- check the dates", "- need: a contact at ..."), by its shape, whatever its words. What the page
# leaves as text is list items only, two or more, each opening with a list's mark (a bullet, a
# hyphen, an asterisk, a number and its dot or bracket), each short, and none ends a sentence with a
# full stop: a note is a reminder, a fragment, a question to oneself. The page holds no paragraph of
# prose anywhere either (a sentence of some length ending with a full stop, not an item). An
# article's list ("Key points", a list of demands) stands among its prose paragraphs, or writes its
# items as sentences; a page of teasers is refused by its own shape (listing_pages).

NOTE_LIST = "a list of notes (a reading or to-do list), no article"
NOTE_ITEMS = 2
NOTE_ITEM_WORDS = 25  # a note's item: a line, a fragment
NOTE_PROSE_WORDS = 15  # a paragraph of prose: this many words or more, ending a sentence, no list's mark
_ITEM = re.compile(r"^\s*(?:[-*•·▪◦‣+]|\d{1,2}[.)])\s+\S")
_FULL_STOP = re.compile(r"[.。۔!]['\"”’»)]*$")


def list_item(line: str) -> bool:
    """A line opening with a list's mark ("- ", "* ", "• ", "1. ", "2) ")."""
    return bool(_ITEM.match(line))


def note_list(body: list, content: list) -> bool:
    """Whether the text left (``body``, paragraphs of the page's ``content``) is a reader's list of
    notes (the comment over :data:`NOTE_LIST`); or the page is one (:func:`_link_notes`)."""
    if _link_notes(content):
        return True
    if len(body) < NOTE_ITEMS:
        return False
    for item in body:
        if not list_item(item) or len(item.split()) > NOTE_ITEM_WORDS or _FULL_STOP.search(item.strip()):
            return False
    return not any(_prose(line) for line in content)


LINK_NOTES = 3  # a reader's notes of links: this many items at least, two of them links
NOTE_SHARE = 2 / 3  # of the lines under its heading, items at least
_CHECKBOX = re.compile(r"^\s*(?:\[[ xX✓✔]?\]|[☐☑☒✓✔])\s*\S")  # "[ ] ...", "[x] ...", "☐ ..."
_LINK_OPENS = re.compile(r"^\s*(?:https?://|www\.)\S+")
_AT_LINK = re.compile(r"\s+(?=https?://)")


def _link_notes(content: list) -> bool:
    """A reader's to-do list of links saved among the pages ("links to check" / "[ ] https://... ->
    already saved?" / "[x] a story's name"; "https://... - find date" / "TODO: ask Jane"): under its
    first line, two thirds of the lines or more are items (a list's mark or a check box, a line
    opening with a link, a note's label), three at least, two of them holding a link; no paragraph
    of prose anywhere."""
    from archive.extract.title_guards import note_line

    # a paragraph the reader joined from lines that each opened with a link: its items again
    lines = [part.strip() for line in content[1:] for part in _AT_LINK.split(line) if part.strip()]
    items = [line for line in lines if len(line.split()) <= NOTE_ITEM_WORDS and (
        list_item(line) or _CHECKBOX.match(line) or _LINK_OPENS.match(line) or note_line(line))]
    links = [line for line in items if re.search(r"https?://|www\.", line)]
    return len(items) >= LINK_NOTES and len(links) >= 2 and len(items) >= NOTE_SHARE * len(lines) \
        and not any(_prose(line) for line in content)


def _prose(line: str) -> bool:
    """A paragraph of prose: no list's item, :data:`NOTE_PROSE_WORDS` words or more, a full stop closing it."""
    text = line.strip()
    return not list_item(text) and len(text.split()) >= NOTE_PROSE_WORDS and bool(_FULL_STOP.search(text))


HEADLINE_LIST = "a list of headlines (a section's or a tag's index), no article"
LIST_LINES = 4  # lines of a section's index at least: its name, three headlines or a "Load more"
LIST_WORDS = 60  # what is left: shorter than a brief
LIST_LINE_WORDS = 15  # a headline's words at most


def headline_list(paragraphs: list) -> bool:
    """Whether a record's text is a section's or a tag's index saved in the story's place ("Middle
    East" / three headlines / "Load more stories"): four short lines or more, none of them a sentence
    (a question is a headline's form too), shorter than a brief together. A scraper keeps what the
    page served; the text reader refuses such a page by the same shape
    (:func:`archive.extract.page_layout.headlines_only`)."""
    lines = [line.strip() for paragraph in paragraphs for line in paragraph.split("\n") if line.strip()]
    if len(lines) < LIST_LINES or sum(len(line.split()) for line in lines) >= LIST_WORDS:
        return False
    return all(len(line.split()) <= LIST_LINE_WORDS and not _FULL_STOP.search(line.rstrip("\"”’»)")) for line in lines)
