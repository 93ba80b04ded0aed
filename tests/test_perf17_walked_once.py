"""The import's passes before its first article (FolderProfiles.learn_import) walk its folders once for
the text files' pass and the web pages' and e-mails' (issue #16: each walked them on its own), with the
same results as each pass's own walk."""

from __future__ import annotations

import os

from archive.readers import folder_profiles, page_groups
from archive.readers.folder_profiles import FolderProfiles, collection_pass_of, walked_files

PAGE = """Harbour Ledger
Tide tables and harbour news since 1921

{title}

{stamp}

{story}

Harbour Ledger, 4 Quay Row. All rights reserved.
"""

HTML = """<html><head><title>Seawall repairs begin - Harbour Ledger</title>
<meta property="og:site_name" content="Harbour Ledger"></head><body>
<h1>Seawall repairs begin</h1><p>Published 04/05/2024</p>
<p>Crews began repairing the eastern seawall on Monday after the spring storms loosened its stones.</p>
<p>&copy; Harbour Ledger</p></body></html>"""

MAIL = """From: Harbour Ledger <desk@harbourledger.example>
Subject: Weekend ferry timetable
Date: Sat, 06 Apr 2024 09:00:00 +0000
Content-Type: text/plain; charset=utf-8

The weekend ferries run every forty minutes from the north pier, the harbour office said.
"""


def _collection(root):
    stories = ["The ferry to the outer islands ran late after fog settled over the channel for hours.",
               "Fishermen unloaded a record catch of mackerel at the north pier on a calm morning.",
               "The harbour board agreed to dredge the inner basin before the summer regatta."]
    for n in range(9):
        folder = root / f"2024-0{3 + n % 3}"
        folder.mkdir(exist_ok=True)
        (folder / f"ledger-{n}.txt").write_text(
            PAGE.format(title=f"Harbour note {n}", stamp=f"0{1 + n % 9}/0{3 + n % 3}/2024", story=stories[n % 3]),
            encoding="utf-8")
    other = root / "2024-06"
    other.mkdir(exist_ok=True)
    (other / "seawall.html").write_text(HTML, encoding="utf-8")
    (other / "weekend.eml").write_text(MAIL, encoding="utf-8")
    (root / ".hidden.txt").write_text("not walked", encoding="utf-8")


def test_learn_import_walks_the_collection_pass_and_the_pages_once(tmp_path, monkeypatch):
    _collection(tmp_path)
    walks = []
    real = os.walk

    def counted(top, *args, **kwargs):
        walks.append(top)
        return real(top, *args, **kwargs)

    monkeypatch.setattr(os, "walk", counted)
    FolderProfiles().learn_import([tmp_path])
    assert len(walks) == 1  # one walk for the passes and the full names (import_names)


def test_the_walked_files_are_the_walk(tmp_path):
    from archive.readers import walk

    _collection(tmp_path)
    assert walked_files([tmp_path]) == list(walk([tmp_path]))


def test_past_the_kept_files_each_pass_walks_as_before(tmp_path, monkeypatch):
    _collection(tmp_path)
    monkeypatch.setattr(folder_profiles, "WALKED_KEPT", 3)
    assert walked_files([tmp_path]) is None


def test_the_passes_find_the_same_with_the_walk_given(tmp_path):
    _collection(tmp_path)
    paths = [tmp_path]
    walked = walked_files(paths)
    alone, given = collection_pass_of(paths), collection_pass_of(paths, walked)
    assert alone is not None and given is not None
    assert (alone.folders, sorted(alone.counts.items()) if hasattr(alone.counts, "items") else alone.counts) == \
        (given.folders, sorted(given.counts.items()) if hasattr(given.counts, "items") else given.counts)
    assert [page.path for page in page_groups.html_pages(paths)] == [page.path for page in page_groups.html_pages(paths, walked)]
    assert [page.path for page in page_groups.mail_pages(paths)] == [page.path for page in page_groups.mail_pages(paths, walked)]
    assert page_groups.import_orders(alone, {}, paths) == page_groups.import_orders(given, {}, paths, None, walked)
