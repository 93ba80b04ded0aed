"""Progress moves with the pages of a long PDF, whether the import's own process reads it or a
worker does (archive/workers.py, archive/readers/progress.py)."""

import pytest
from pypdf import PdfReader, PdfWriter

from conftest import ROOT

PDFS = ROOT / "bench" / "documents_pdf"
PAGES = 25


@pytest.fixture
def long_pdf(tmp_path):
    """A 25-page text PDF: the title page of one of the benchmark's reports, then its other pages
    over and over (as tests/test_pdf_reader.py's long report)."""
    pages = PdfReader(PDFS / "en-camps-report.pdf").pages
    writer = PdfWriter()
    for page in [pages[0]] + [pages[1], pages[2]] * ((PAGES - 1) // 2):
        writer.add_page(page)
    path = tmp_path / "long-report.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def events_of_import(db_path, paths, workers):
    """What the import's callbacks said, in order: ``("page", path, n, total)``, ``("bytes", n)``,
    ``("file", path)``; and its report."""
    from archive.pipeline import Importer
    from indexer.sync import Archive

    events = []
    with Archive(db_path) as archive:
        report = Importer(archive, workers=workers).run(
            [str(p) for p in paths],
            on_file=lambda path: events.append(("file", str(path))),
            on_bytes=lambda count: events.append(("bytes", count)),
            on_page=lambda path, number, total: events.append(("page", str(path), number, total)))
    return events, report


def test_a_worker_reports_each_page_before_the_file_is_done(db_path, long_pdf):
    """Read by a worker (the default for imports over 4 MB), the PDF's pages are reported as they
    are read: the status line can say "page N of M" and the bar moves, before the worker gives the
    file's article back (``on_file`` is called for a worker's file when its results arrive)."""
    events, report = events_of_import(db_path, [long_pdf], workers=1)
    assert report.imported == 1 and report.failed == 0, report.failures
    done = events.index(("file", str(long_pdf)))
    pages = [event[2:] for event in events if event[0] == "page"]
    assert pages == [(n, PAGES) for n in range(1, PAGES + 1)]
    assert all(event[0] != "page" for event in events[done:])  # every page said before the file was done
    steps = [event[1] for event in events[:done] if event[0] == "bytes"]
    assert len(steps) >= PAGES - 1  # the bar moved page by page, not once at the end
    assert sum(event[1] for event in events if event[0] == "bytes") == long_pdf.stat().st_size


def test_the_import_process_reports_pages_too(db_path, long_pdf):
    """Read in the import's own process (small imports, --workers 0): the same pages, and the bar
    follows the bytes read as before."""
    events, report = events_of_import(db_path, [long_pdf], workers=0)
    assert report.imported == 1
    assert [event[2:] for event in events if event[0] == "page"] == [(n, PAGES) for n in range(1, PAGES + 1)]
    assert len([event for event in events if event[0] == "bytes"]) > 1


def test_pages_of_several_pdfs_through_workers(db_path, long_pdf, tmp_path):
    """Two workers on a folder of PDFs: each file's pages come in order, every byte is counted once."""
    folder = tmp_path / "many"
    folder.mkdir()
    for name in ("a", "b", "c"):
        (folder / f"{name}.pdf").write_bytes(long_pdf.read_bytes())
    (folder / "d.pdf").write_bytes((PDFS / "en-hajin-return.pdf").read_bytes())
    events, report = events_of_import(db_path, [folder], workers=2)
    assert report.failed == 0, report.failures
    assert report.imported + report.duplicates == 4 and report.files == 4
    for name, total in (("a", PAGES), ("b", PAGES), ("c", PAGES), ("d", 2)):
        path = str(folder / f"{name}.pdf")
        assert [e[2:] for e in events if e[0] == "page" and e[1] == path] == [(n, total) for n in range(1, total + 1)]
    size = sum(p.stat().st_size for p in folder.iterdir())
    assert sum(event[1] for event in events if event[0] == "bytes") == size


def test_status_line_names_the_page():
    from archive.cli import _status

    state = {"path": ROOT / "long-report.pdf", "page": (3, 25), "files": 1, "total": 4, "bytes": 0,
             "started": 10 ** 12}
    assert _status(state).endswith("long-report.pdf, page 3 of 25")
    state["page"] = None
    assert _status(state).endswith("long-report.pdf")


def test_a_big_pdf_is_read_by_a_worker_too(db_path, long_pdf, tmp_path):
    """A PDF over workers.BIG_FILE (here 9 MB of attachment beside its 25 pages) is read by a
    worker as well, a page at a time, so the import's process goes on writing meanwhile; its
    pages are said before its article comes back."""
    import os

    from archive import workers

    writer = PdfWriter(clone_from=long_pdf)
    writer.add_attachment("annex.bin", os.urandom(workers.BIG_FILE + 1024 * 1024))
    path = tmp_path / "big-report.pdf"
    writer.write(path)
    assert path.stat().st_size > workers.BIG_FILE
    events, report = events_of_import(db_path, [path], workers=1)
    assert report.imported == 1 and report.failed == 0, report.failures
    done = events.index(("file", str(path)))
    assert [event[2:] for event in events[:done] if event[0] == "page"] == [(n, PAGES) for n in range(1, PAGES + 1)]
    assert sum(event[1] for event in events if event[0] == "bytes") == path.stat().st_size
