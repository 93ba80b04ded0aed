"""Storage: the SQLite store (source of truth), the Whoosh index, and keeping the two in step."""
