"""A Ctrl-C that is never lost.

Python turns SIGINT into ``KeyboardInterrupt`` wherever the main thread happens to be. When that
is inside a ``__del__`` (Whoosh's file lock, collected while an import writes), Python prints
"Exception ignored in ... Traceback ... KeyboardInterrupt" and drops it: the import carried on to
its end as if no key had been pressed (seen in CI: a Ctrl-C at the first batch of 50, then all
5,000 stored and exit status 0).

``remembered()`` installs a handler that records the press as well as raising it, and quiets the
ignored-in-``__del__`` report of that one exception; long loops call ``check()`` at safe points
(between the articles of an import) and the press is raised there again.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading

_pressed = threading.Event()


def _on_sigint(signum, frame):
    _pressed.set()
    raise KeyboardInterrupt


def _unraisable(previous):
    def hook(unraisable):
        if isinstance(unraisable.exc_value, KeyboardInterrupt) and _pressed.is_set():
            return  # recorded: check() raises it where it cannot be lost
        previous(unraisable)
    return hook


@contextlib.contextmanager
def remembered():
    """Within: a Ctrl-C is recorded as well as raised, so ``check()`` finds one a ``__del__`` swallowed.
    Outside the main thread (where signals cannot be handled) it changes nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _pressed.clear()
    previous_handler = signal.signal(signal.SIGINT, _on_sigint)
    previous_hook = sys.unraisablehook
    sys.unraisablehook = _unraisable(previous_hook)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous_handler)
        sys.unraisablehook = previous_hook


def pressed() -> bool:
    return _pressed.is_set()


def check() -> None:
    """Raise ``KeyboardInterrupt`` if Ctrl-C was pressed within ``remembered()``, even where the
    first one was swallowed."""
    if _pressed.is_set():
        raise KeyboardInterrupt
