"""The archive's write lock: one writer at a time, across processes and threads.

Writers (an import for its whole run, each batch, recovery, reindex) hold an exclusive ``flock`` on
``<db>.lock`` beside the database. The kernel drops it when the process dies, even by SIGKILL, so a
killed import never blocks the next one (Whoosh's own ``WRITELOCK`` is an ``flock`` too). The lock
file says who holds it (what, pid, since when) for the messages of those who wait.
"""

from __future__ import annotations

import datetime as dt
import errno
import fcntl
import os
import threading
import time
from pathlib import Path
from typing import Callable, Optional

LOCK_WAIT_SECONDS = 60.0  # how long a second import waits for the first (ARCHIVE_LOCK_TIMEOUT)


def lock_path_for(db_path) -> Path:
    """The archive's write lock lives beside the database: ``archive.db`` -> ``archive.db.lock``."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


class ArchiveLockError(RuntimeError):
    """The archive's write lock cannot be taken; ``str()`` is one line fit to show the user."""


class ArchiveBusy(ArchiveLockError):
    """Another process holds the archive's write lock (an import or a reindex is running)."""


_held: dict = {}  # lock path -> [fd, depth]: locks this process holds (re-entrant per process)
_held_guard = threading.Lock()


def _lock_timeout_default() -> float:
    try:
        return float(os.environ.get("ARCHIVE_LOCK_TIMEOUT", LOCK_WAIT_SECONDS))
    except ValueError:
        return LOCK_WAIT_SECONDS


class ArchiveLock:
    """An exclusive ``flock`` on ``<db>.lock``, waited for at most ``timeout`` seconds.

    Re-entrant within a process, across its threads (the import command holds it; each batch and
    the recovery run inside take it again for free). The file says what the holder is doing, its
    pid and since when, for messages. Released on :meth:`release`, on exit, and by the kernel if
    the process dies.
    """

    def __init__(self, db_path, timeout: Optional[float] = None, on_wait: Optional[Callable[[str], None]] = None,
                 purpose: str = "import"):
        self.db_path = Path(db_path)
        self.purpose = purpose  # what the holder is doing, written in the lock file for messages
        self.path = lock_path_for(db_path)
        self.timeout = _lock_timeout_default() if timeout is None else timeout
        self.on_wait = on_wait
        self._key = str(self.path.resolve())
        self._mine = False

    def holder(self) -> str:
        """Who holds the lock, as the lock file says (``import, pid 1234, since 2026-...``), or ''."""
        try:
            return self.path.read_text(encoding="utf-8").strip()
        except OSError:
            return ""

    def acquire(self) -> "ArchiveLock":
        with _held_guard:
            if self._key in _held:
                _held[self._key][1] += 1
                self._mine = True
                return self
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise ArchiveLockError(
                f"{self.db_path}: cannot create the lock file {self.path} ({error.strerror})"
            ) from None
        started = time.monotonic()
        waited = False
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError as error:
                    if error.errno not in (errno.EAGAIN, errno.EACCES):
                        raise
                elapsed = time.monotonic() - started
                who = self.holder()
                if elapsed >= self.timeout:
                    raise ArchiveBusy(
                        f"{self.db_path} is locked by another archive command"
                        + (f" ({who})" if who else "")
                        + (f"; waited {elapsed:.0f} s" if self.timeout > 0 else "")
                        + "; try again when it has finished"
                    )
                if not waited and self.on_wait:
                    self.on_wait(
                        f"{self.db_path} is locked by another archive command"
                        + (f" ({who})" if who else "")
                        + f"; waiting up to {self.timeout:.0f} s"
                    )
                waited = True
                time.sleep(min(0.05, max(0.0, self.timeout - elapsed)))
        except BaseException:
            os.close(fd)
            raise
        stamp = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{self.purpose}, pid {os.getpid()}, since {stamp}\n".encode(), 0)
        except OSError:
            pass  # the note is for messages only
        with _held_guard:
            _held[self._key] = [fd, 1]
        self._mine = True
        return self

    def release(self) -> None:
        if not self._mine:
            return
        self._mine = False
        with _held_guard:
            entry = _held.get(self._key)
            if entry is None:
                return
            entry[1] -= 1
            if entry[1] > 0:
                return
            del _held[self._key]
            fd = entry[0]
            try:
                os.ftruncate(fd, 0)
            except OSError:
                pass
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def __enter__(self):
        return self if self._mine else self.acquire()

    def __exit__(self, *exc):
        self.release()
