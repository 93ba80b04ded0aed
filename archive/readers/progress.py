"""Progress within a file that takes long to read: a reader says which page it has read.

A reader of long documents (the PDF reader: a page of a scan takes seconds to OCR) calls
:func:`page` after each page. Whoever reads the file listens with :func:`listening`: the import's
own process to say "page N of M" on its status line, a worker process (``archive/workers.py``) to
send the page to the import's process, so the bar moves while the worker is still reading. With
no one listening a call costs a lookup.
"""

from __future__ import annotations

import contextlib
import contextvars
from typing import Callable, Optional

_listener: contextvars.ContextVar = contextvars.ContextVar("page_listener", default=None)


def page(source, number: int, total: Optional[int]) -> None:
    """``number`` pages of ``source`` read, out of ``total`` (None when the file does not say)."""
    listener = _listener.get()
    if listener is not None:
        listener(str(source), number, total)


def listen(listener: Optional[Callable]) -> None:
    """``listener(name, number, total)`` hears every page read in this thread from now on (a
    worker process's setting for its life)."""
    _listener.set(listener)


@contextlib.contextmanager
def listening(listener: Optional[Callable]):
    """``listener(name, number, total)`` hears every page read in this thread within the block."""
    token = _listener.set(listener)
    try:
        yield
    finally:
        _listener.reset(token)
