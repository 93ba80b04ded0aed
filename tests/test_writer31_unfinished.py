"""Records read in the main process, their text finished by a worker (archive/readers/unfinished.py).

The reader's half (``ReaderOptions.finish_later``) and the worker's (``build_all`` finishing
them) are hooks in archive/readers/records.py and archive/workers.py: the tests of them are
skipped until both are in place."""

from __future__ import annotations

import dataclasses
import json
import pickle

import pytest

from archive.readers.records import ReaderOptions, read_jsonl
from archive.readers.unfinished import Unfinished, finished, finished_all

HOOKED = hasattr(ReaderOptions(), "finish_later")


def _joined(*parts):
    return " / ".join(parts)


def test_unfinished_is_pickled_by_reference_and_finished_once_unpickled():
    item = Unfinished(_joined, ("harbour", "ferry"))
    back = pickle.loads(pickle.dumps(item))
    assert isinstance(back, Unfinished) and back.finish is _joined
    assert back.finished() == "harbour / ferry"
    assert finished(back) == "harbour / ferry" and finished("as it is") == "as it is"
    assert finished_all([1, Unfinished(_joined, ("a", "b")), None]) == [1, "a / b", None]


def _norm(value):
    if isinstance(value, (set, frozenset)):
        return sorted(map(_norm, value))
    if isinstance(value, dict):
        return {k: _norm(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_norm(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__, _norm({f.name: getattr(value, f.name) for f in dataclasses.fields(value)}))
    if hasattr(value, "__dict__") and not isinstance(value, type):
        return (type(value).__name__, _norm(vars(value)))
    return value


FOOTER = "Follow the Lakeside Courier on our app for more local stories."


def _rows():
    stories = [
        ("The ferry timetable changes in spring", "The harbour board said the morning crossing moves to seven."),
        ("A new bakery opens on the quay", "<p>Fresh rye bread sold out by nine on the <b>first</b> day.</p>"),
        ("Library extends its evening hours", "Readers asked for later closing and the council agreed."),
        ("Rowing club wins the regatta", "Eight crews raced on the lake under a clear sky."),
    ]
    rows = []
    for number, (title, body) in enumerate(stories):
        rows.append({"id": "a1" if number in (0, 3) else f"b{number}", "title": title,
                     "url": f"https://courier.example/{number}", "outlet": "Lakeside Courier",
                     "author": "By Mira Holt", "published": f"2024-03-0{number + 1}",
                     "body": body + "\n\n" + FOOTER})
    rows.append({"id": "c9", "title": "An empty one", "url": "https://courier.example/9", "body": "   "})
    return rows


@pytest.mark.skipif(not HOOKED, reason="the reader's hook (ReaderOptions.finish_later) is not placed yet")
def test_a_file_read_with_its_text_left_for_later_gives_the_same_records(tmp_path):
    path = tmp_path / "courier.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in _rows()) + "\n", encoding="utf-8")
    direct = list(read_jsonl(path, ReaderOptions()))
    options = ReaderOptions()
    options.finish_later = True
    left = list(read_jsonl(path, options))  # read to its end first, as the main process reads ahead
    assert any(isinstance(item, Unfinished) for item in left)
    again = [finished(pickle.loads(pickle.dumps(item))) for item in left]
    assert _norm(again) == _norm(direct)


@pytest.mark.skipif(not HOOKED, reason="the reader's hook (ReaderOptions.finish_later) is not placed yet")
def test_a_worker_builds_unfinished_records_as_finished_ones(tmp_path):
    from archive import workers
    from archive.extract.article import BatchDefaults

    path = tmp_path / "courier.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in _rows()) + "\n", encoding="utf-8")
    options = ReaderOptions()
    options.finish_later = True
    left = [pickle.loads(pickle.dumps(item)) for item in read_jsonl(path, options)]
    built = workers.build_all(left, BatchDefaults())
    direct = workers.build_all(list(read_jsonl(path, ReaderOptions())), BatchDefaults())
    assert [type(item).__name__ for item in built] == [type(item).__name__ for item in direct]
    for one, other in zip(built, direct):
        if isinstance(one, workers.Built):
            assert one.article.as_dict() == other.article.as_dict() and one.signature == other.signature
        else:
            assert _norm(one) == _norm(other)
