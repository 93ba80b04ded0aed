"""Import memory and throughput as the number of files grows: memory must stay flat.

    .venv/bin/python bench/import_scale.py [--sizes 1000,5000,20000]

Builds N small text articles from the BBC corpus (../shared/corpora/bbc-news/), each one varied
(its own number and a shuffled paragraph order) so none is an exact duplicate, imports them with
`archive import` in a subprocess, and prints files/s and the import's peak RSS for each N.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "corpora" / "bbc-news" / "bbc-fulltext.tar.gz"


def bbc_texts():
    with tarfile.open(BBC) as tar:
        for member in tar:
            if member.isfile() and member.name.endswith(".txt") and "README" not in member.name:
                yield tar.extractfile(member).read().decode("utf-8", errors="replace")


def build(folder: Path, n: int, texts: list) -> int:
    rng = random.Random(n)
    raw = 0
    for i in range(n):
        title, _, body = texts[i % len(texts)].partition("\n")
        paragraphs = [p for p in body.split("\n\n") if p.strip()]
        rng.shuffle(paragraphs)
        text = f"{title.strip()} ({i})\n\n" + f"Dispatch {i}.\n\n" + "\n\n".join(paragraphs)
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        raw += len(text.encode())
    return raw


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000,20000")
    args = parser.parse_args()
    if not BBC.exists():
        sys.exit(f"the BBC corpus is not at {BBC}")
    texts = list(bbc_texts())
    print("| files | raw MB | import s | files/s | peak RSS MB |")
    print("|---|---|---|---|---|")
    for n in [int(x) for x in args.sizes.split(",")]:
        with tempfile.TemporaryDirectory() as work:
            folder = Path(work) / "in"
            folder.mkdir()
            raw = build(folder, n, texts)
            command = [sys.executable, "-m", "archive.cli", "import", str(Path(work) / "archive.db"), str(folder), "--silent"]
            started = time.perf_counter()
            process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            _, _, usage = os.wait4(process.pid, 0)
            seconds = time.perf_counter() - started
            print(f"| {n:,} | {raw / 1e6:.1f} | {seconds:.1f} | {n / seconds:,.0f} | {usage.ru_maxrss / 1024:,.0f} |", flush=True)


if __name__ == "__main__":
    import os

    main()
