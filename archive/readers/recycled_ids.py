"""Ids an export gives to two different stories (issue #13: "12 rows repeat an earlier row's id"),
told from the same story updated: read by archive/readers/records.py as it reads a file's rows in
order."""

from __future__ import annotations

from typing import Optional

MAX_ID_ROWS = 500_000  # records of one file whose ids are compared (a bounded memory for big files)


class RecycledIds:
    """Ids an export gives to two different stories: a row whose id an earlier row of the file
    holds, with another URL and another title, is another story under a tool's recycled id (a
    reading list numbering its rows anew, a sheet's copied row edited), not a second copy of the
    first. Such a row is known by its URL instead, and the import says so with both places; a row
    repeating an id with the same URL or title (the same story, updated) is left to the import,
    which keeps the first and reports the second."""

    def __init__(self):
        self.first: dict = {}  # hash of the id -> (its first row, hash of its URL, hash of its title)
        self.recycled: dict = {}  # row -> the id's first row

    def add(self, number: int, fields: dict) -> None:
        own, url, title = (_text(fields.get(k)) for k in ("id", "url", "title"))
        if not own or not own.strip() or len(self.first) >= MAX_ID_ROWS:
            return
        key = hash(own.strip())
        url_key = hash(url.strip()) if url and url.strip() else None
        title_key = hash(" ".join(title.split()).casefold()) if title and title.strip() else None
        if key not in self.first:
            self.first[key] = (number, url_key, title_key)
            return
        first, first_url, first_title = self.first[key]
        if url_key is not None and first_url is not None and url_key != first_url \
                and title_key is not None and title_key != first_title:
            self.recycled[number] = first

    def note(self, number: int, fields: dict) -> Optional[str]:
        """The note for a record whose id is recycled (its id dropped from ``fields``), or None."""
        first = self.recycled.get(number)
        if first is None:
            return None
        own = fields.pop("id", None)
        return (f"id {own!r} is also row {first}'s, another story (another URL and title): "
                f"this row is stored by its URL")


def _text(value) -> Optional[str]:
    """A field's value as text where it is one (a number's digits), else None (as the reader's)."""
    return str(value) if isinstance(value, (str, int, float)) else None
