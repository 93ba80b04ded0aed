"""Readers -> extraction -> store and index, in batches, with progress and a report.

Memory stays flat: files are read one at a time, records flow through generators, and at most
one batch of articles is held before it is written.
"""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path
from typing import Callable, Optional

from archive import interrupts, workers
from archive.finished_files import FinishedFiles, count_skipped, options_key
from archive.import_report import FolderNames, ImportReport
from archive.sources import (  # noqa: F401 (measure_input, count_files, read_source: used by the CLI, tests, benches)
    IgnoredFile, count_files, measure_input, read_path, read_source, records_from,
)
from archive.extract.article import BatchDefaults, shown_identity
from archive.model import Article, BadRecord, RawRecord, where
from archive.readers import progress, walk
from archive.extract import gazetteer
from archive.extract import near_duplicates as near
from archive.readers.records import ReaderOptions
from archive.readers.warc import SkippedRecord
from indexer import duplicates

# Articles a transaction. Each batch is a Whoosh segment: 2,000 rather than 500 means fewer, larger
# segments, so fewer merges (each article rewritten ~1.8 rather than ~2.6 times by 1M) and each
# word written once for more articles: 20,000 generated articles imported in 124 s instead of
# 148 s (with WRITER_MEMORY_MB 192). An interrupted import redoes at most one batch.
BATCH_SIZE = 2000


class Importer:
    """Import files into an :class:`indexer.sync.Archive`."""

    def __init__(self, archive, defaults: Optional[BatchDefaults] = None, mapping: Optional[dict] = None,
                 batch_size: int = BATCH_SIZE, workers: int = 0, date_order: Optional[str] = None,
                 reread: bool = False):
        self.archive = archive
        self.defaults = defaults or BatchDefaults()
        if date_order:
            self.defaults = dataclasses.replace(self.defaults, date_order=date_order)
        self.mapping = mapping
        self.options = ReaderOptions(mapping, date_order=date_order)
        self.batch_size = batch_size
        self.workers = workers  # extraction processes beside this one (archive.workers); 0: none
        self.reread = reread  # read files an earlier import finished too (else skipped: archive/finished_files.py)
        self._files: Optional[FinishedFiles] = None  # the running import's (run)
        self._file_of: dict = {}  # id() of an article waiting in the batch -> its file's Tally
        self._folder_of = FolderNames([])  # the run's: a stored file's folder as the user named it
        self._seen: set = set()  # ids (as ints) met in the running import
        # id (int) -> (record_hash, content_hash, place) of a first record not stored from where it was met
        self._not_stored: dict = {}

    def _items(self, paths: list, on_file: Callable, on_bytes: Optional[Callable], on_page: Optional[Callable]):
        """Built articles and what is not (failures, skipped records, files left alone), in input
        order, extracted here or by worker processes."""
        self.options.folders.learn_import(paths)  # lines heading files of several stories, over all its folders
        if not self.workers:
            for path, named in self._to_read(walk(paths, with_origin=True), on_bytes):
                on_file(path)
                for item in read_path(path, named, self.options, on_bytes):
                    yield workers.build(item, self.defaults) if isinstance(item, RawRecord) else item
            return

        # The big files read here leave each record's text to the worker that builds it
        # (archive/readers/unfinished.py): this process reads in order and writes.
        in_main = copy.copy(self.options)
        in_main.finish_later = True

        def read_in_main(path, named):
            return read_path(path, named, in_main, on_bytes)

        def page_read(name, number, total, step):  # by a worker: the bytes that page stands for
            if on_bytes and step:
                on_bytes(step)
            if on_page:
                on_page(name, number, total)

        with workers.WorkerPool(self.workers, self.defaults, self.options) as pool:
            walked = self._to_read(walk(paths, with_origin=True), on_bytes)
            items = workers.work_items(walked, self.options, read_in_main)
            for (kind, payload), result in pool.map(items, on_page=page_read):
                if kind == "opened":
                    on_file(payload)
                elif kind == "records":
                    yield from result
                else:
                    for path, size, items in result:
                        on_file(Path(path))
                        if on_bytes and size:
                            on_bytes(size)
                        yield from items

    def run(self, paths: list, on_file: Optional[Callable] = None, options_for_log: Optional[dict] = None,
            on_bytes: Optional[Callable] = None, on_page: Optional[Callable] = None) -> ImportReport:
        """Import ``paths``. ``on_file(path)`` as each file starts (read here) or its results come
        back (read by a worker), ``on_bytes(n)`` as input is read, ``on_page(name, page, pages)``
        as the pages of a long file (a PDF) are read, here or by a worker (``pages`` None where the
        file does not say)."""
        store = self.archive.store
        report = ImportReport()
        store.sync_entities(gazetteer.entities())  # the gazetteer's places and organisations, for the mentions found
        report.import_id = store.start_import(paths, options_for_log or {})
        self._seen = set()  # every id met in this import (as an int): repeats are found across batches
        self._not_stored = {}
        self._report, self._on_file = report, on_file
        self._folder_of = FolderNames(paths)  # the folders of articles without an outlet, as the user named them
        files = self._files = FinishedFiles(self.archive.db, options_key(self.defaults, self.mapping, self.options.date_order),
                                            self.reread)
        batch: list = []
        try:
            with progress.listening(on_page):  # pages read in this process (a worker's come through _items)
                for item in self._items(paths, self._counting(report, on_file), on_bytes, on_page):
                    interrupts.check()  # a Ctrl-C a __del__ swallowed is raised here, between articles
                    if isinstance(item, IgnoredFile):
                        report.ignored[item.suffix] = report.ignored.get(item.suffix, 0) + 1
                        files.ignore()
                        continue
                    if isinstance(item, SkippedRecord):
                        report.skipped[item.reason] = report.skipped.get(item.reason, 0) + 1
                        files.met("skipped")
                        continue
                    if isinstance(item, BadRecord):
                        report.fail(item.where, item.reason)
                        files.met("failed")
                        continue
                    batch.append(item)
                    self._file_of[id(item.article)] = files.met()  # its outcome counted by _flush
                    if len(batch) >= self.batch_size:
                        self._flush(batch, report)
                        files.save(report.import_id)  # the files read to their end before this batch
            files.close()
            interrupts.check()
            self._flush(batch, report)
            files.save(report.import_id)
            report.status = "completed"
        except KeyboardInterrupt:
            report.status = "interrupted"
            raise
        except Exception:
            report.status = "failed"
            raise
        finally:
            errors = [{"where": w, "reason": r} for w, r in report.failures]
            warnings = [{"where": w, "warning": r} for w, r in report.warnings]
            store.finish_import(report.import_id, dict(report.counts(), **report.outlet_counts()), errors,
                                report.status, warnings)
        return report

    def _counting(self, report: ImportReport, on_file):
        def seen(path):
            report.files += 1
            if self._files is not None:
                self._files.started(path)
            if on_file:
                on_file(path)
        return seen

    def _to_read(self, walked, on_bytes: Optional[Callable]):
        """``(path, named)`` of the files to read. One an earlier import finished, unchanged since
        (archive/finished_files.py), is not read: its articles count as unchanged, its bytes as read."""
        for path, named in walked:
            done = self._files.already_done(path) if self._files is not None else None
            if done is None:
                yield path, named
                continue
            entry, ids = done
            count_skipped(self._report, entry)
            self._report.files += 1
            self._report.files_skipped += 1
            self._seen.update(int(article_id, 16) for article_id in ids)  # a repeat in a later file is one
            if self._on_file:
                self._on_file(path)
            if on_bytes and entry["size"]:
                on_bytes(entry["size"])

    def _outcome(self, article: Article, outcome: str) -> None:
        """What became of an article, counted for the file it came from."""
        tally = self._file_of.pop(id(article), None)
        if tally is not None:
            tally.counts[outcome] += 1

    def _link_near_duplicates(self, articles: list, signatures: dict) -> list:
        """Set ``duplicate_of``/``similarity`` on copies of stored (or earlier) stories.

        Returns the signature rows to store once the articles are written.
        """
        rows = []
        in_batch: dict = {}  # band key -> [(id, signature, root)]
        for article in articles:
            sig = signatures.get(article.id)
            if sig is None:
                continue
            keys = near.band_keys(sig)
            stored = [(other_id, near.from_blob(blob), root or other_id)
                      for other_id, (blob, root) in duplicates.candidates(self.archive.db, keys).items()]
            earlier = list({entry[0]: entry for key in keys for entry in in_batch.get(key, [])}.values())
            best = _best_match(sig, stored + earlier, article.id)
            article.duplicate_of, article.similarity = (best[1], round(best[0], 3)) if best else (None, None)
            if article.duplicate_of is None:  # only first copies are compared against
                entry = (article.id, sig, article.id)
                for key in keys:
                    in_batch.setdefault(key, []).append(entry)
            rows.append((article.id, near.to_blob(sig), keys))
        return rows

    def _flush(self, built: list, report: ImportReport) -> None:
        """Write a batch of :class:`archive.workers.Built` articles (and empty the list)."""
        if not built:
            return
        batch = [item.article for item in built]
        store = self.archive.store
        self._keep_edited_ids(batch)
        signatures = {item.article.id: item.signature for item in built}
        built.clear()
        stored = store.hashes([a.id for a in batch])
        by_content = store.ids_by_content([a.content_hash for a in batch])
        to_write: list = []
        first_in_batch: dict = {}  # id -> the article met first
        unchanged: list = []
        seen_content: dict = {}
        for article in batch:
            for note in article.notes:
                report.warn(_where(article), note)
            if self._repeated(article, first_in_batch, report):
                continue
            first_in_batch[article.id] = article
            if article.id in stored:
                if stored[article.id][0] == article.record_hash:
                    report.unchanged += 1
                    self._outcome(article, "unchanged")
                    unchanged.append(article)
                    continue
                seen_content.setdefault(article.content_hash, article.id)
                to_write.append(article)
                continue
            original = by_content.get(article.content_hash) or seen_content.get(article.content_hash)
            if original and original != article.id:
                report.duplicate(_where(article), original)
                self._outcome(article, "duplicates")
                self._not_stored[int(article.id, 16)] = (article.record_hash, article.content_hash, _where(article))
                continue
            seen_content[article.content_hash] = article.id
            to_write.append(article)
        self._remember_moved(unchanged)
        signatures = self._link_near_duplicates(to_write, signatures)
        self.archive.write_batch(to_write, report.import_id, existing=set(stored))
        with self.archive.db.atomic():
            duplicates.save(self.archive.db, signatures)
        for article in to_write:
            if article.id in stored:
                report.updated += 1
            else:
                report.imported += 1
            self._outcome(article, "updated" if article.id in stored else "imported")
        for article in to_write + unchanged:
            report.outlet_of(self._folder_of(article.source_path), article.outlet)
        self._file_of.clear()


    def _keep_edited_ids(self, batch: list) -> None:
        """An article known by its content gets a new id when its text changes: the article stored
        from the same file keeps its id and is updated in place, rather than a second one added.
        For a row of a CSV or JSON Lines file (rows can move) only when the text is the same (an
        archive made before ids came from the content)."""
        by_content = [a for a in batch if a.known_as == "content"]
        if not by_content:
            return
        stored = self.archive.store.existing_ids([a.id for a in by_content])
        moved = [a for a in by_content if a.id not in stored]
        if not moved:
            return
        claimed = {a.id for a in batch}
        earlier = self.archive.store.by_source([a.source_path for a in moved])
        for article in moved:
            old, content_hash = earlier.get((article.source_path, article.source_record), (None, None))
            if article.source_record is not None and content_hash != article.content_hash:
                continue
            if old and old not in claimed and int(old, 16) not in self._seen:
                article.id = old
                claimed.add(old)

    def _remember_moved(self, unchanged: list) -> None:
        """An unchanged article whose row names another place (its file moved since it was stored)
        is remembered with the place it was met at, for a repeat met in a later batch."""
        ids = [a.id for a in unchanged]
        places = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            places.update((row[0], where(row[1], row[2])) for row in self.archive.db.execute(
                f"select id, source_path, source_record from articles where id in ({','.join('?' * len(chunk))})", chunk))
        for article in unchanged:
            if places.get(article.id) != _where(article):
                self._not_stored[int(article.id, 16)] = (article.record_hash, article.content_hash, _where(article))

    def _repeated(self, article: Article, first_in_batch: dict, report: ImportReport) -> bool:
        """Whether the article's id was met before in this import (in any batch), reported as such.
        Compared with the first record met under that id (in this batch, else as an earlier batch
        stored it): the same record (the same file named twice) is unchanged, the same text (the
        same article in two overlapping exports, a row repeated) a duplicate naming the first place,
        another record under the same id a failure naming both places (the first is kept). The
        outcome does not depend on the batch size."""
        key = int(article.id, 16)
        if key not in self._seen:
            self._seen.add(key)
            return False
        here = _where(article)
        first = first_in_batch.get(article.id)
        if first is not None:
            hashes, first_place = (first.record_hash, first.content_hash), _where(first)
        elif key in self._not_stored:  # the first was not stored from where it was met
            *hashes, first_place = self._not_stored[key]
        else:
            hashes, first_place = self.archive.store.hashes([article.id]).get(article.id), self.archive.store.place(article.id)
        record_hash, content_hash = hashes or (None, None)
        if record_hash == article.record_hash and first_place == here:
            report.unchanged += 1  # the same file named twice on one command line
            self._outcome(article, "unchanged")
        elif content_hash == article.content_hash:
            report.duplicate(here, f"{article.id}, first at {first_place}")
            self._outcome(article, "duplicates")
        else:
            report.fail(here, repeated_id(article, first_place))
            self._outcome(article, "failed")
        return True


def _best_match(sig, found, own_id):
    best = None
    for other_id, other_sig, root in found:
        if other_id == own_id or root == own_id:
            continue
        score = near.similarity(sig, other_sig)
        if score >= near.THRESHOLD and (best is None or score > best[0]):
            best = (score, root)
    return best


def repeated_id(article: Article, first_place: Optional[str]) -> str:
    """The failure of another record met under an id already taken in this import."""
    kind, shown = article.known_as.split(":", 1)[0], shown_identity(article.known_as)
    return (f"{'URL' if kind == 'url' else 'id'} {shown!r} repeated: first at "
            f"{first_place or 'an earlier record of this import'}")


def _where(article: Article) -> str:
    return where(article.source_path, article.source_record)
