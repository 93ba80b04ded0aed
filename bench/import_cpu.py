"""``archive import`` with the main process's CPU and its extraction workers' printed apart.

    .venv/bin/python bench/import_cpu.py import /tmp/x/db.db articles.jsonl --silent

Prints (to stderr) wall seconds, the main process's user and system CPU and peak RSS
(``getrusage(RUSAGE_SELF)``) and the workers' (``RUSAGE_CHILDREN``): the import's write path runs
in the main process, extraction in the workers (``archive/workers.py``).
"""

import atexit
import resource
import sys
import time


def report(started: float) -> None:
    main, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    sys.stderr.write(f"wall {time.time() - started:.1f}s main user {main.ru_utime:.1f}s sys {main.ru_stime:.1f}s "
                     f"maxrss {main.ru_maxrss / 1024:.0f}MB | workers user {workers.ru_utime:.1f}s "
                     f"maxrss {workers.ru_maxrss / 1024:.0f}MB\n")


if __name__ == "__main__":  # workers are spawned: they import this module and must not import again
    atexit.register(report, time.time())
    sys.argv = ["archive"] + sys.argv[1:]
    from archive.cli import cli

    try:
        cli()
    except SystemExit:
        pass
