"""One name per outlet across an import (issue #13, round 24): a record whose outlet is stored as a
web domain ("lakeherald.net") or as initials ("LRA") where other records of the same import store
the outlet's full name ("The Lake Herald", "Lake River Agency"). A CSV export's site column often
holds the site's address or its short form while the pages saved from the same site write its name.

:func:`import_names` reads the names an import stored (with each record's address) and gives the
renaming: a domain whose label spells a full name the import stores (letters folded, a leading
"The" aside), or initials that are a stored full name's and that the record's address begins with
("lra-news.org") or that records on the same site store, go to that full name, where exactly one
full name fits. Names the data knows are named by it and left alone. Pure: the importer applies it to the records it holds before storing them (a hook
for the lead: after every batch is built, before the outlets are stored).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Optional

from archive.extract.outlet_data import fold_name
from archive.extract.outlet_forms import BARE_HOST, initials_of
from archive.extract.outlet_full_names import is_acronym
from archive.extract.outlet_names import is_known

_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:www\d?\.)?([^/:?#\s]+)", re.I)


def host_of(url: Optional[str]) -> Optional[str]:
    match = _HOST.match((url or "").strip())
    host = match.group(1).lower() if match else ""
    return host if "." in host else None


def _labels(host: str) -> list:
    return [label.replace("-", "") for label in host.lower().rstrip("/").split(".")[:-1] if label != "www"]


def _full(name: str) -> bool:
    return len(name.split()) >= 2 and not BARE_HOST.match(name) and not is_acronym(name)


def import_names(records: Iterable) -> dict:
    """``{(stored name, host or None): full name}`` for the records ``(outlet, url)`` of one import
    (module doc); names not to change are left out."""
    records = [(name, host_of(url)) for name, url in records if name]
    fulls = Counter(name for name, _ in records if _full(name) and not is_known(name))
    by_host: dict = {}
    for name, host in records:
        if host and _full(name):
            by_host.setdefault(host, set()).add(name)
    renamed = {}
    for name, host in set(records):
        if _full(name) or is_known(name):
            continue  # a known outlet is named by the data
        if BARE_HOST.match(name):
            labels = set(_labels(name))
            found = {full for full in fulls if fold_name(full) in labels or fold_name(full).removeprefix("the") in labels}
        elif is_acronym(name):
            site = by_host.get(host, set()) if host else set()
            leads = [label for label in (_labels(host) if host else []) if label.startswith(fold_name(name))]
            found = {full for full in fulls if initials_of(name, full) and (full in site or leads)}
        else:
            continue
        if len(found) == 1:
            renamed[(name, host)] = found.pop()
    return renamed
