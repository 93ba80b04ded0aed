"""The news archive's domain: article records, readers, extraction, the import pipeline and the CLI.

Nothing here knows about Datasette; storage and full-text search live in :mod:`indexer`.
"""

__version__ = "0.1.0"
