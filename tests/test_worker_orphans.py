"""An import killed outright leaves no extraction worker behind.

A worker busy on a long task used to outlive an import killed with SIGKILL (a test's time limit, the
out-of-memory killer) and burn a core, orphaned, until its task ended. Here a real pool's worker is
kept busy (sleeping ten minutes), its parent is killed, and the worker must be gone soon after: by
the kernel's watch when the pool was started on the parent's main thread, by the worker's own look
at its parent otherwise.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PARENT = """
import sys, threading, time
from archive import workers
from archive.extract.article import BatchDefaults
from archive.readers.records import ReaderOptions

pools = []

def start():
    pools.append(workers.WorkerPool(1, BatchDefaults(), ReaderOptions()))

if sys.argv[1] == "thread":
    starter = threading.Thread(target=start)
    starter.start()
    starter.join()
else:
    start()
pool = pools[0]
pool._pool.apply_async(len, ((),)).get(120)  # the worker is up
busy = pool._pool.apply_async(time.sleep, (600,))
time.sleep(1)  # and has taken the long task
print(" ".join(str(p.pid) for p in pool._pool._pool), flush=True)
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    """Running, or stopped: a zombie (dead, not yet reaped by whoever adopted it) counts as gone."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("started_on", ["main", "thread"])
def test_a_busy_worker_ends_with_its_killed_parent(started_on):
    parent = subprocess.Popen([sys.executable, "-c", PARENT, started_on], cwd=ROOT, stdout=subprocess.PIPE,
                              text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        line = parent.stdout.readline()
        assert line.strip(), "the parent printed no worker"
        pids = [int(p) for p in line.split()]
        assert all(_alive(pid) for pid in pids), "the worker was not running its task"
        parent.send_signal(signal.SIGKILL)
        parent.wait(30)
        deadline = time.monotonic() + 30  # a liveness limit, not a measure: the fault kept it 10 minutes
        while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
            time.sleep(0.2)
        left = [pid for pid in pids if _alive(pid)]
        for pid in left:  # never leave the orphan this test is about
            os.kill(pid, signal.SIGKILL)
        assert not left, f"workers {left} outlived their killed parent"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
