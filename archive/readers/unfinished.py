"""A record read in the main process whose text is finished by an extraction worker.

A big JSON Lines or CSV file is read in the main process (``archive/workers.py``: one file's
records need its survey, its columns, its outlets' closing lines and its recycled ids, read in
order). What is sequential in a record's reading is cheap: its fields by the file's columns, its
id noted, its outlet's closing lines looked up. What is costly is pure: the body's HTML as text,
its edges' furniture and closing notes cut (``archive/extract/record_edges.py``, ``record_tails``),
the author's name read. Done in the main process that second part cost ~3.3 ms of CPU an article
at round 31 (bench/README.md, "The import's main process at round 31"), more than all of the
writing (SQLite and Whoosh, ~2.1 ms): the import's single-core bound.

When the reader is asked to (``ReaderOptions.finish_later``, set by the pipeline for the files it
reads while workers extract), it gives an :class:`Unfinished` record instead: the pure function
and its arguments, sent to a worker with the raw records it builds; the worker calls
:meth:`Unfinished.finished` before building (the same :class:`RawRecord` or :class:`BadRecord` the
reader would have given). The results come back in input order, so the import is the same."""

from __future__ import annotations

from typing import Callable


class Unfinished:
    """``finish(*args)``: a record's reading, left for a worker. ``finish`` is a module-level
    function (pickled by name), ``args`` plain values (the record's fields, its file's profile)."""

    __slots__ = ("finish", "args")

    def __init__(self, finish: Callable, args: tuple):
        self.finish = finish
        self.args = args

    def finished(self):
        """The record as the reader gives it finished: a RawRecord or a BadRecord."""
        return self.finish(*self.args)

    def __reduce__(self):
        return (Unfinished, (self.finish, self.args))


def finished(item):
    """``item`` itself, or the record an :class:`Unfinished` stands for."""
    return item.finished() if isinstance(item, Unfinished) else item


def finished_all(items) -> list:
    """Every :class:`Unfinished` item of ``items`` finished, in order (the others as they are)."""
    return [item.finished() if isinstance(item, Unfinished) else item for item in items]
