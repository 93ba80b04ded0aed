"""Coverage-guided fuzzing of every reader with atheris (libFuzzer for Python).

    .venv/bin/python bench/fuzz_atheris.py -runs=100000          # or -max_total_time=600
    .venv/bin/python bench/fuzz_atheris.py corpus_dir/ -runs=...  # another corpus folder

Without a corpus folder, it starts from (and grows) ``test-artifacts/atheris-corpus/``, seeded
with the sample collection's files and a few small HTML, feed and WARC documents.

Each input picks a reader from ``archive.readers.READERS`` (first byte) and is handed to it as
an in-memory source with that reader's suffix (``archive.readers.source.MemberSource``, what
containers' members are: no file is written), and every record read goes through extraction.
A reader that raises (rather than yielding a BadRecord) or an extraction that raises anything
but ArticleError is a crash: libFuzzer prints the input, saves it as
``test-artifacts/atheris-crash-*`` and exits non-zero. ``tests/test_fuzz.py`` runs it for a few
thousand runs where atheris installs (Linux x86-64 wheels).
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import atheris  # noqa: E402

with atheris.instrument_imports(include=["archive"]):
    from archive.extract.article import ArticleError, BatchDefaults, build_article
    from archive.model import BadRecord, RawRecord
    from archive.readers import READERS
    from archive.readers.records import ReaderOptions
    from archive.readers.source import MemberSource

SUFFIXES = sorted(READERS)
OPTIONS = ReaderOptions()


def test_one_input(data: bytes) -> None:
    if not data:
        return
    suffix = SUFFIXES[data[0] % len(SUFFIXES)]
    source = MemberSource(f"atheris-input{suffix}", data[1:])
    for item in READERS[suffix](source, OPTIONS):
        if isinstance(item, RawRecord):
            try:
                build_article(item, BatchDefaults())
            except ArticleError:
                pass
        elif not isinstance(item, BadRecord) and type(item).__name__ != "SkippedRecord":
            raise TypeError(f"{suffix} reader yielded {type(item).__name__}")


SEED_DOCUMENTS = {
    ".html": b"<html><head><title>T</title><meta property='article:published_time' content='2019-03-23'></head>"
             b"<body><article><h1>Camp fire</h1><p>A fire broke out in the annex of the camp on Monday night.</p>"
             b"<p>Officials said nobody was hurt, and water trucks reached the site.</p></article></body></html>",
    ".rss": b"<?xml version='1.0'?><rss version='2.0'><channel><title>Outlet</title><item><title>Camp fire</title>"
            b"<link>https://example.org/a</link><pubDate>Sat, 23 Mar 2019 10:00:00 GMT</pubDate>"
            b"<description>A fire broke out in the annex of the camp on Monday night.</description></item></channel></rss>",
    ".warc": b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/a\r\n"
             b"WARC-Date: 2019-03-23T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
             b"Content-Length: 120\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
             b"<html><body><p>A fire broke out in the annex of the camp on Monday night.</p></body></html>\r\n\r\n",
}


def seed_corpus() -> Path:
    corpus = ROOT / "test-artifacts" / "atheris-corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    seeds = [(p.suffix.lower(), p.read_bytes()) for p in sorted((ROOT / "sample").rglob("*")) if p.is_file()]
    seeds += list(SEED_DOCUMENTS.items())
    for number, (suffix, data) in enumerate(seeds):
        if suffix in SUFFIXES:
            (corpus / f"seed-{number:03d}{suffix}").write_bytes(bytes([SUFFIXES.index(suffix)]) + data[:20000])
    return corpus


def main() -> None:
    argv = list(sys.argv)
    if not any(not arg.startswith("-") for arg in argv[1:]):
        argv.append(str(seed_corpus()))
    if not any(arg.startswith("-max_len=") for arg in argv):
        argv.append("-max_len=20000")
    if not any(arg.startswith("-artifact_prefix=") for arg in argv):  # crash inputs: not in the project root
        argv.append(f"-artifact_prefix={ROOT / 'test-artifacts'}/atheris-")
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
