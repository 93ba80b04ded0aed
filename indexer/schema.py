"""The one place that gives the archive database its shape. Safe to run any number of times."""

from __future__ import annotations

import sqlite_utils

from indexer.facet_counts import ensure_facet_counts

SCHEMA_VERSION = 1

TABLES = {
    "outlets": {
        "columns": {"id": int, "name": str},
        "pk": "id",
        "not_null": {"name"},
    },
    "tags": {
        "columns": {"id": int, "name": str},
        "pk": "id",
        "not_null": {"name"},
    },
    "imports": {
        "columns": {
            "id": int,
            "started": str,
            "finished": str,
            "status": str,  # running, completed, interrupted, failed
            "paths": str,  # JSON list
            "options": str,  # JSON object
            "imported": int,
            "updated": int,
            "unchanged": int,
            "duplicates": int,
            "failed": int,
            "skipped": int,  # records that are not articles (WARC requests, images, redirects)
            "errors": str,  # JSON list of {"where", "reason"}
            "warnings": str,  # JSON list of {"where", "warning"}: stored, but the user should know
            "no_outlet": int,  # articles kept by this import (imported, updated, unchanged) without an outlet
            "no_outlet_folders": str,  # JSON {folder as the user named it: those articles}, most first
        },
        "pk": "id",
    },
    "articles": {
        "columns": {
            "id": str,
            "title": str,
            "outlet": int,
            "outlet_source": str,
            "published": str,
            "date_source": str,
            "year": int,
            "month": str,
            "tags": str,  # JSON list, derived from article_tags, for Datasette's array facet
            "author": str,
            "language": str,
            "url": str,
            "lede": str,
            "body": str,
            "word_count": int,
            "content_hash": str,
            "record_hash": str,
            "source_path": str,
            "source_record": int,
            "source_format": str,
            "captured_at": str,  # when a crawler captured the page (WARC)
            "body_kind": str,  # full, or summary (a feed without the full text)
            # What a news database's export (Nexis, Factiva) says of the article; null elsewhere:
            "section": str,
            "length": int,  # words, as the export states
            "load_date": str,  # ISO date the database loaded it
            "copyright": str,
            "ocr_pages": int,  # pages of a PDF read by OCR (a scan); null when none were
            "ocr_confidence": float,  # their mean word confidence, 0-1
            "places": str,  # JSON list of place names mentioned, derived from article_entities (array facet)
            "organisations": str,  # JSON list of organisations mentioned, derived likewise
            "duplicate_of": str,  # the first stored copy of the same story (near-duplicate)
            "similarity": float,  # estimated Jaccard similarity to that copy
            "import_id": int,
            "first_import_id": int,
            "imported_at": str,
            "updated_at": str,
        },
        "pk": "id",
        "not_null": {"title", "body"},
        "foreign_keys": [
            ("outlet", "outlets", "id"),
            ("import_id", "imports", "id"),
            ("first_import_id", "imports", "id"),
            ("duplicate_of", "articles", "id"),
        ],
    },
    "article_tags": {
        "columns": {"article_id": str, "tag_id": int},
        "pk": ("article_id", "tag_id"),
        "foreign_keys": [("article_id", "articles", "id"), ("tag_id", "tags", "id")],
    },
    # The gazetteer (archive/data/gazetteer.txt) as a table: places and organisations.
    "entities": {
        "columns": {
            "id": str,  # "place:al-hol-camp", "organisation:sdf": stable across re-runs
            "name": str,  # the canonical name
            "kind": str,  # place or organisation
            "type": str,  # town, camp, prison, province, country, region / armed group, agency, ...
            "latitude": float,
            "longitude": float,
            "aliases": str,  # JSON list of the other spellings
            "articles": int,  # how many articles mention it (kept up to date by imports and 'extract')
        },
        "pk": "id",
        "not_null": {"name", "kind"},
    },
    "article_entities": {
        "columns": {"article_id": str, "entity_id": str, "mentions": int},
        "pk": ("article_id", "entity_id"),
        "foreign_keys": [("article_id", "articles", "id"), ("entity_id", "entities", "id")],
    },
    # Reported figures: "more than 4,000 civilians fled", "the death toll rose to 332".
    "figures": {
        "columns": {
            "id": str,  # article id + ":" + position, stable across re-runs
            "article_id": str,
            "value": int,  # the number as an integer (4,000; "two thousand" -> 2000)
            "qualifier": str,  # "more than", "at least", "about", "up to", ... or null for an exact figure
            "number_text": str,  # the figure as written: "more than 4,000"
            "counts": str,  # what is counted: "civilians", "prisoners executed", "death toll"
            # killed, wounded, detained, displaced, returned, population, missing or other
            # (archive/data/figure_kinds.txt); null in rows stored before it existed, until 'archive extract'
            "kind": str,
            "tally": str,  # "total" (a running total: "since January", "took the total to"), "peak", or null
            "source": str,  # who the sentence attributes it to: "SOHR", "the SDF", or null
            "source_entity": str,  # the gazetteer entity of that source, when it is one
            "sentence": str,
            "position": int,  # character offset in the body
            "outlet": int,  # copied from the article, for facets
            "published": str,  # copied from the article
            "month": str,
        },
        "pk": "id",
        "foreign_keys": [("article_id", "articles", "id"), ("outlet", "outlets", "id"),
                         ("source_entity", "entities", "id")],
    },
    # Dates of events mentioned in the text, resolved against the publication date where possible.
    "event_dates": {
        "columns": {
            "id": str,  # article id + ":" + position
            "article_id": str,
            "date": str,  # ISO day (2019-03-23) or month (2019-03)
            "month": str,
            "phrase": str,  # as written: "on January 20", "last Friday"
            "relative": int,  # 1 when resolved against the publication date
            "sentence": str,
            "position": int,
        },
        "pk": "id",
        "foreign_keys": [("article_id", "articles", "id")],
    },
    # Every word of the archive (as "did you mean" sees it) and the number of articles holding it;
    # phonetic: its sound key (indexer.fulltext.phonetic_key), for the search's sound-alike fallback.
    "vocabulary": {
        "columns": {"word": str, "articles": int, "phonetic": str},
        "pk": "word",
    },
    # MinHash signatures and LSH band keys, to find near-duplicates (archive.extract.near_duplicates).
    "article_signatures": {
        "columns": {"article_id": str, "signature": bytes},
        "pk": "article_id",
    },
    "near_duplicate_keys": {
        "columns": {"key": int, "article_id": str},
        "pk": ("key", "article_id"),
    },
    # What an import finished, per input file (indexer/imported_files.py): a rerun skips a file
    # whose entry still matches it (size, modification time, fingerprint, options, extraction code)
    # and whose stored articles are all there. Written after the file's last batch committed.
    "imported_files": {
        "columns": {
            "path": str,  # as walked from the paths given
            "resolved": str,  # the absolute path it named then (its articles' source_path, or its prefix)
            "size": int,
            "mtime_ns": int,
            "fingerprint": str,  # sha256 of the size and the first and last 64 KB
            "options": str,  # hash of the reader options, mapping, date order and batch defaults
            "extraction": str,  # hash of the reading and extraction code and its data
            "folder": str,  # a plain-text file: hash of its folder's text files (the folder profile), else ""
            "records": int,  # records read: articles, failures and records that are not articles
            "imported": int,
            "updated": int,
            "unchanged": int,
            "duplicates": int,
            "failed": int,
            "skipped": int,
            "stored": int,  # articles stored with this file as their source when it was written
            "stored_hash": str,  # sha256 of their sorted ids: one deleted or renamed, and the file is read again
            "import_id": int,
            "finished": str,
        },
        "pk": "path",
    },
    # Articles written to SQLite whose Whoosh update is not yet known to have committed.
    "index_pending": {
        "columns": {"article_id": str, "import_id": int},
        "pk": "article_id",
    },
}

# The articles table's column facets (metadata.yml), each filter of one counted from an index.
FACET_COLUMNS = ("outlet", "year", "month", "language")

INDEXES = [
    ("outlets", ["name"], True),
    ("tags", ["name"], True),
    ("articles", ["outlet"], False),
    ("articles", ["published"], False),
    ("articles", ["year"], False),
    ("articles", ["month"], False),
    ("articles", ["language"], False),
    ("articles", ["author"], False),
    ("articles", ["date_source"], False),
    ("articles", ["content_hash"], False),
    # An edited file's article found by where it came from, to be updated in place (archive.pipeline).
    ("articles", ["source_path", "source_record"], False),
    ("articles", ["import_id"], False),
    ("articles", ["outlet", "month"], False),
    ("articles", ["duplicate_of"], False),
    ("articles", ["body_kind"], False),
    # Covers what the search page counts over every hit (outlet, year, month, stories), looked
    # up by id: see HITS_INDEX.
    ("articles", ["id", "outlet", "year", "month", "duplicate_of"], False),
    # The list columns the table page facets (datasette_plugins.facets), read without the rows.
    ("articles", ["tags", "places", "organisations"], False),
    # The table page filtered by one of its column facets (outlet, year, month, language) counts the
    # other three from one of these alone, without reading the rows: at 100,000 articles
    # ?year=2021 went from 160 to 92 ms and ?outlet=3 from 80 to 38 ms (FACET_COLUMNS).
    *(("articles", [column] + [other for other in FACET_COLUMNS if other != column], False) for column in FACET_COLUMNS),
    ("near_duplicate_keys", ["article_id"], False),
    ("article_tags", ["tag_id"], False),
    ("entities", ["kind"], False),
    ("entities", ["name"], False),
    ("article_entities", ["entity_id"], False),
    ("figures", ["article_id"], False),
    ("figures", ["source"], False),
    ("figures", ["counts"], False),
    ("figures", ["outlet"], False),
    ("figures", ["month"], False),
    ("figures", ["source_entity"], False),
    ("figures", ["kind", "published"], False),  # the canned queries: one kind of figure over time
    ("event_dates", ["article_id"], False),
    ("event_dates", ["month", "article_id"], False),
    ("event_dates", ["article_id", "month"], False),  # a search's hits by event month, from the index alone
    ("vocabulary", ["phonetic"], False),
]

# Articles looked up by id for counts over a search's hits. SQLite takes the primary key for
# ``a.id = hits.id`` and then reads each row's page (bodies make rows wide): ~140 ms a count for
# 38,000 hits at 100k articles, ~30 ms through this index alone. Queries name it (INDEXED BY)
# when the archive has it: datasette_plugins.queries.articles_for_hits.
HITS_INDEX = "idx_articles_id_outlet_year_month_duplicate_of"


def ensure_db_shape(db: sqlite_utils.Database) -> None:
    """Create missing tables, columns and indexes; never drops or rewrites data."""
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA foreign_keys=ON")
    with db.atomic():
        for name, spec in TABLES.items():
            table = db.table(name)
            if not table.exists():
                table.create(
                    spec["columns"],
                    pk=spec["pk"],
                    not_null=spec.get("not_null"),
                    foreign_keys=spec.get("foreign_keys"),
                )
            else:
                existing = set(table.columns_dict)
                for column, kind in spec["columns"].items():
                    if column not in existing:
                        table.add_column(column, kind)
        for table, columns, unique in INDEXES:
            db.table(table).create_index(columns, unique=unique, if_not_exists=True)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    ensure_facet_counts(db)  # the table page's column facet counts, kept by triggers (issue #16)
