"""Markdown files (``.md``, ``.markdown``): pages clipped by a web clipper or a note app.

Obsidian Web Clipper, MarkDownload, Joplin and their like save a page as Markdown, most of them
under a front matter: YAML between two ``---`` lines naming the page's title, address, author,
publication date and tags, and the day it was clipped. The keys differ from tool to tool
(``source``, ``url``, ``link``; ``published``, ``date``; ``created``, ``clipped``); which key holds
what is data (``archive/data/front_matter_keys.txt``). The clip date is kept as the capture date and
never taken for the article's date; the tags a clipper gives every note ("clippings") are not the
page's tags.

The Markdown itself is rendered to HTML by markdown-it-py (CommonMark) and read as a saved page
(:func:`archive.readers.html.parse_html`), so a clip that kept the page's menus, share bars or
newsletter box is cleaned as the page would have been. What the front matter states is taken over
what the page's text suggests.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
from typing import Iterator, Optional

from archive.extract.data import data_sections
from archive.model import BadRecord
from archive.readers.decode import DecodeError, decode_text
from archive.readers.source import read_within

MAX_MARKDOWN_BYTES = 20 * 1024 * 1024
_FENCE = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_PLAIN_KEY = re.compile(r"^([A-Za-z][\w .-]{0,40}):(?:\s+(.*))?$")
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")  # Obsidian's [[Jane Doe]] or [[people/jd|Jane Doe]]
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_LINK_OR_IMAGE = re.compile(r"!?\[[^\]]*\]\([^)]*\)|!?\[[^\]]*\]\[[^\]]*\]|<https?://[^>]*>")


def read_markdown(path, options=None) -> Iterator:
    """One RawRecord for the clipped page in ``path``, or one BadRecord saying why there is none."""
    name = str(path)
    data, bad = read_within(path, MAX_MARKDOWN_BYTES, "file too large for an article ({size:,} bytes)")
    if bad is not None:
        yield bad
        return
    try:
        decoded = decode_text(data)
        sibling = noted_sibling(decoded.text, path)
        if sibling:  # a researcher's note on the saved page beside it (a reference manager's habit)
            from archive.readers.warc import SkippedRecord

            yield SkippedRecord(name, f"a note on the file beside it ({sibling}), not an article")
            return
        record = parse_markdown(decoded.text, name)
    except (DecodeError, ValueError) as error:
        yield BadRecord(name, str(error))
        return
    except Exception as error:  # a library's bug on a strange file must not stop the batch
        yield BadRecord(name, f"cannot extract the page: {type(error).__name__}: {error}")
        return
    if decoded.note:
        record.notes.append(decoded.note)
    yield record


def parse_markdown(text: str, name: str = "<markdown>"):
    """The article of a Markdown clip; raises ValueError when there is none."""
    from archive.extract.collection_notes import NOTES, collection_note
    from archive.readers.html import parse_html

    fields, markdown = split_front_matter(text)
    stated = stated_fields(fields)
    if not markdown.strip():
        raise ValueError("no text under the front matter" if fields else "empty file")
    if collection_note(markdown, name):  # a folder's README: its files and how they were made
        raise ValueError(NOTES)
    if task_list(markdown):
        raise ValueError(TASK_LIST)
    markdown = outline_as_paragraphs(without_clipper_header(markdown))
    heading = re.search(r"^\s{0,3}#\s+(.+?)\s*#*\s*$", markdown, re.M)  # a clipper's "# <the page's title>"
    title = stated.get("title")
    if not title and heading and not markdown[:heading.start()].strip():  # the page's <title>, as a page has it
        title, markdown = heading.group(1), markdown[heading.end():]
    page = _page_html(without_furniture_rows(markdown), title, stated.get("language"))
    record = parse_html(page, name, url=stated.get("url"))
    record.source_format = "markdown"
    for field in ("title", "url", "author", "published", "language"):
        if stated.get(field):
            setattr(record, field, stated[field])
    if stated.get("site"):
        record.outlet = stated["site"]
    if stated.get("tags"):  # the front matter's tags (a clipper's own left out), else the page's
        record.tags = stated["tags"]
    captured = re.match(r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?", stated.get("captured") or "")
    record.captured_at = captured.group(0) if captured else record.captured_at  # ISO, as a WARC's
    return record


NOTE_LINES = 40  # a note on a file is short: its lines are compared with the folder's file names
NOTE_WORDS = 150  # and holds no article: a clip of the whole page beside its saved copy is no note


def noted_sibling(text: str, path) -> Optional[str]:
    """The name of another file in ``path``'s folder that a line of this short note names (its
    title, bare or after a label: "Title: <the file's name without suffix>"), or None. A reference
    manager keeps a note beside each saved item; the note repeats the item's title, the file's
    name. Only files on disk are compared (a container's member has no folder to look in)."""
    from pathlib import Path

    path = getattr(path, "path", path)  # a TrackedPath stands for its file on disk
    if not isinstance(path, Path) or len(text.split()) > NOTE_WORDS:
        return None
    stems = _folder_stems(str(path.parent))
    for line in text.splitlines()[:NOTE_LINES]:
        line = line.strip().lstrip("#>-* ").strip()
        for candidate in (line, line.split(":", 1)[-1]):
            found = stems.get(_key(candidate))
            if found and found != path.name and len(candidate.split()) >= 3:  # a headline, not "notes"
                return found
    return None


@functools.lru_cache(maxsize=256)
def _folder_stems(folder: str) -> dict:
    """``{name key: file name}`` of a folder's files (read once a folder: an import of thousands of
    clips in one folder lists it once, not once a clip)."""
    from pathlib import Path

    try:
        return {_key(other.stem): other.name for other in Path(folder).iterdir()
                if other.is_file() and not other.name.startswith(".") and _key(other.stem)}
    except OSError:
        return {}


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def split_front_matter(text: str) -> tuple:
    """``(fields, markdown)``: the front matter as a dict (empty where there is none or it is not a
    mapping) and the text under it."""
    match = _FENCE.match(text)
    if match:
        return _front_matter(match.group(1)), text[match.end():]
    lines = text.lstrip("\ufeff").split("\n")
    count = next((i for i, line in enumerate(lines) if not _PROPERTY.match(line)), len(lines))
    if count:  # Logseq's and Dataview's "key:: value" lines over the page
        return {m.group(1).strip(): m.group(2).strip() for m in map(_PROPERTY.match, lines[:count])}, "\n".join(lines[count:])
    return {}, text


_PROPERTY = re.compile(r"^\s*([A-Za-z][\w-]{0,40})::\s*(.*?)\s*$")
_RULE = re.compile(r"^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$")
_HEAD_BLOCK = re.compile(r"^\s{0,3}(?:#{1,6}\s|>)")
_OUTLINE = re.compile(r"^(\s*)[-*+]\s+")
HEADER_LINES = 15  # a clipper's header over its rule: the title, the page's description quoted


def without_clipper_header(markdown: str) -> str:
    """The text under a clipper's header: headings and a quoted description (MarkDownload's
    "# Title", "> ## Excerpt", "> the page's description") over a rule (``---``) near the top, with
    no paragraph of the page above it."""
    lines = markdown.split("\n")
    for number, line in enumerate(lines[:HEADER_LINES]):
        if _RULE.match(line):
            above = [l for l in lines[:number] if l.strip()]
            if above and all(_HEAD_BLOCK.match(l) for l in above) and any(l.lstrip().startswith(">") for l in above):
                headings = [l for l in above if not l.lstrip().startswith(">")]  # the page's title stays
                return "\n\n".join(headings + ["\n".join(lines[number + 1:])])
            break
    return markdown


def outline_as_paragraphs(markdown: str) -> str:
    """An outliner's page (Logseq: every line a bullet, a paragraph a block) as paragraphs: where
    every line of text is a list item, each item is a paragraph."""
    lines = [line for line in markdown.split("\n") if line.strip()]
    if len(lines) < 3 or not all(_OUTLINE.match(line) or _PROPERTY.match(line) for line in lines):
        return markdown
    return "\n\n".join(_OUTLINE.sub("", line, count=1) for line in lines if not _PROPERTY.match(line))


MAX_FRONT_MATTER = 64 * 1024  # a page's title, address, names and tags: never more


def _front_matter(block: str) -> dict:
    """The front matter's mapping by YAML (safe loading), else line by line: also where it is too
    long or uses aliases (``*ref``), which a crafted file could nest to expand beyond any memory."""
    import yaml

    if len(block) > MAX_FRONT_MATTER:
        return _plain_front_matter(block[:MAX_FRONT_MATTER])
    try:
        if any(isinstance(event, yaml.AliasEvent) for event in yaml.parse(block, Loader=yaml.SafeLoader)):
            return _plain_front_matter(block)
        fields = yaml.safe_load(block)
    except yaml.YAMLError:  # an unquoted colon in a title ("ISIS: the camps"): read it line by line
        fields = _plain_front_matter(block)
    return fields if isinstance(fields, dict) else {}


def _plain_front_matter(block: str) -> dict:
    """``key: value`` lines and ``- item`` lists under a key, the way a person reads them."""
    fields, key = {}, None
    for line in block.splitlines():
        item = line.strip()
        if key and item.startswith("- "):
            if not isinstance(fields.get(key), list):
                fields[key] = [] if fields.get(key) in (None, "") else [fields[key]]
            fields[key].append(item[2:].strip().strip("'\""))
            continue
        match = _PLAIN_KEY.match(line)
        if match:
            key, value = match.group(1).strip(), (match.group(2) or "").strip()
            if value.startswith("[") and value.endswith("]") and not value.startswith("[["):  # [a, b]
                fields[key] = [v.strip().strip("'\"") for v in value[1:-1].split(",") if v.strip()]
            else:
                fields[key] = value.strip("'\"")
    return fields


def _folded(key) -> str:
    return re.sub(r"[\s_-]+", "_", str(key).strip().casefold())


def stated_fields(fields: dict) -> dict:
    """What the front matter states, by our names (``title``, ``url``, ``author``, ``published``,
    ``captured``, ``tags``, ``site``, ``language``), each from the first key of its kind that holds
    a value."""
    keys = data_sections("front_matter_keys.txt")
    folded = {_folded(key): value for key, value in fields.items()}
    stated = {}
    for field in ("title", "url", "author", "published", "captured", "tags", "site", "language"):
        for key in keys.get(field, ()):
            value = folded.get(_folded(key))
            if value in (None, "", []):
                continue
            if field == "tags":
                stated["tags"] = _tags(value, keys.get("tool_tags", ()))
            elif field in ("published", "captured"):
                stated[field] = _date_value(value)
            elif field == "author":
                stated[field] = _names(value)
            else:
                stated[field] = _one_value(value)
            if stated.get(field) not in (None, ""):
                break
            stated.pop(field, None)
    if "tags" not in stated and any(_folded(key) in folded for key in keys.get("tags", ())):
        stated["tags"] = []  # "tags: []" or only a clipper's own tags: the page states none
    return stated


def _one_value(value) -> Optional[str]:
    if isinstance(value, (list, tuple)):
        value = next((v for v in value if v not in (None, "")), None)
    if value is None or isinstance(value, (dict, bool)):
        return None
    text = _WIKI_LINK.sub(r"\1", _MD_LINK.sub(r"\1", str(value)))
    return " ".join(text.split()) or None


def _names(value) -> Optional[str]:
    values = value if isinstance(value, (list, tuple)) else [value]
    names = [_one_value(v) for v in values]
    names = [re.sub(r"^by\s+", "", n, flags=re.I) for n in names if n]
    return ", ".join(dict.fromkeys(names)) or None


def _date_value(value) -> Optional[str]:
    """YAML's dates and times as ISO; anything else as written (the import reads it as any date)."""
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return _one_value(value)


def _tags(value, tool_tags) -> list:
    values = value if isinstance(value, (list, tuple)) else re.split(r"[,;]", str(value))
    seen = {tag.casefold() for tag in tool_tags}  # a clipper's own tags, then each tag kept
    tags = []
    for item in values:
        tag = _one_value(item)
        tag = tag.lstrip("#").strip() if tag else None
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tags


TASK_LIST = "a to-do list (its lines are tasks to tick), not an article"
_TASK = re.compile(r"^\s*[-*+]\s+\[[ xX]\]\s", re.M)
_LINE_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s", re.M)
_EMPHASIS_ONLY = re.compile(r"^\s*(\*{1,2}|_{1,2})(?!\s)[^\n]+?(?<!\s)\1\s*$")


def task_list(markdown: str) -> bool:
    """A note of tasks to tick ("- [ ] check the figures"): three or more, and most of its lines
    list items. A clip of an article holds paragraphs; a list of tasks is the researcher's own."""
    lines = [line for line in markdown.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    tasks = len(_TASK.findall(markdown))
    items = sum(1 for line in lines if _LINE_ITEM.match(line))
    return tasks >= 3 and items * 2 >= len(lines)


def without_furniture_rows(markdown: str) -> str:
    """The Markdown less the paragraphs that are the page's furniture by their shape, in any
    language: those made only of links and images (a share bar, a menu, a row of tags the clipper
    kept: "[Share on X](…) · [Facebook](…)"; prose always has words outside its links), and an
    image's caption (a paragraph wholly in emphasis right under an image, or beside it in its
    paragraph)."""
    blocks = re.split(r"(\n[ \t]*\n)", markdown)
    kept, after_image = [], False
    for block in blocks:
        if not block.strip():
            kept.append(block)
            continue
        rest = _LINK_OR_IMAGE.sub("", block)
        image = bool(re.search(r"!\[[^\]]*\]\(", block))
        if _LINK_OR_IMAGE.search(block) and not re.search(r"[^\W\d_]", rest):
            after_image = image
            continue
        if image and _EMPHASIS_ONLY.match(rest.strip()):  # ![photo](…) *Its caption. Photo: X*
            after_image = False
            continue
        if after_image and _EMPHASIS_ONLY.match(block.strip()):
            after_image = False
            continue
        after_image = False
        kept.append(block)
    return "".join(kept)


def _page_html(markdown: str, title: Optional[str], language: Optional[str]) -> str:
    """The Markdown as a whole HTML page (its title in ``<title>``), for the page reader."""
    from markdown_it import MarkdownIt

    body = MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)
    head = f"<title>{html.escape(title)}</title>" if title else ""
    lang = f' lang="{html.escape(language)}"' if language else ""
    return f"<!DOCTYPE html><html{lang}><head><meta charset=\"utf-8\">{head}</head><body><article>{body}</article></body></html>"
