"""JSON-LD: the article object a page states (``NewsArticle``, ``Article``, ...; also inside
``@graph`` or a page's ``mainEntity``), with ``@id`` references resolved, as a
:class:`~archive.extract.page_values.PageMetadata`."""

from __future__ import annotations

import json
import re
from typing import Iterator, Optional

from archive.extract.page_values import (
    ARTICLE_TYPE_RANKS,
    ARTICLE_TYPES,
    MAX_TAGS,
    PageMetadata,
    absolute_url,
    add_unique,
    as_list,
    clean_person,
    clean_text,
    filled_fields,
    iso_day,
    language_code,
    node_types,
    split_keywords,
)
from archive.extract.page_tags import split_stated

_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")
_COMMENT = re.compile(r"^\s*<!--|-->\s*$")
_JSON_START = re.compile(r"[\[{]")


def _load_json(text: str):
    text = _CDATA.sub("", text.strip())
    text = _COMMENT.sub("", text).strip().rstrip(";").strip()
    if not text:
        return None
    try:
        return json.loads(text, strict=False)
    except json.JSONDecodeError:
        pass
    # Several objects one after another, or junk after the first: take what parses.
    decoder = json.JSONDecoder(strict=False)
    found, position = [], 0
    while True:
        match = _JSON_START.search(text, position)
        if not match:
            break
        try:
            value, end = decoder.raw_decode(text, match.start())
        except json.JSONDecodeError:
            break
        found.append(value)
        position = end
    return found or None


def json_ld_nodes(tree) -> list:
    """Every JSON-LD node on the page (lists and ``@graph`` flattened; nested main entities too)."""
    nodes: list = []
    for script in tree.iterfind(".//script"):
        kind = (script.get("type") or "").strip().lower()
        if kind != "application/ld+json" or not script.text:
            continue
        data = _load_json(script.text)
        if data is not None:
            nodes.extend(_flatten(data, depth=0))
    return nodes


def _flatten(data, depth: int) -> Iterator[dict]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item, depth + 1)
        return
    if not isinstance(data, dict):
        return
    if "@graph" in data:
        yield from _flatten(data["@graph"], depth + 1)
    if "@type" in data:
        yield data
    for key in ("mainEntity", "mainEntityOfPage", "hasPart", "itemListElement"):
        child = data.get(key)
        if isinstance(child, (dict, list)):
            for node in _flatten(child, depth + 1):
                if node_types(node) & ARTICLE_TYPES:
                    yield node
    if isinstance(data.get("item"), dict):  # a ListItem's article
        node = data["item"]
        if node_types(node) & ARTICLE_TYPES:
            yield node


def _index(nodes: list) -> dict:
    return {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}


def _resolve(value, index: dict):
    if isinstance(value, dict) and set(value) <= {"@id", "@type"} and value.get("@id") in index:
        return index[value["@id"]]
    return value


ORGANISATION_TYPES = frozenset({"Organization", "NewsMediaOrganization", "Corporation", "NGO",
                                "GovernmentOrganization", "EducationalOrganization", "WebSite"})


def _names(value, index: dict, people: bool = False) -> list:
    """Names from a string, a Person/Organization node, an ``@id`` reference or a list of them;
    with ``people``, never an organisation's (an author given as the site itself)."""
    names = []
    for item in as_list(value):
        item = _resolve(item, index)
        if isinstance(item, dict):
            if people and node_types(item) & ORGANISATION_TYPES:
                continue
            name = item.get("name")
            if isinstance(name, list):
                names.extend(clean_text(n) for n in name)
            elif name is None and (item.get("givenName") or item.get("familyName")):
                names.append(clean_text(f"{item.get('givenName') or ''} {item.get('familyName') or ''}"))
            else:
                names.append(clean_text(name))
        else:
            names.append(clean_text(item))
    return [n for n in names if n]


def article_node(nodes: list, url: Optional[str] = None) -> Optional[dict]:
    """The page's article among its JSON-LD nodes: best type first, then the one for ``url``."""
    candidates = []
    for position, node in enumerate(nodes):
        types = node_types(node)
        for rank, group in enumerate(ARTICLE_TYPE_RANKS):
            if types & group:
                own_url = node.get("url") or node.get("@id")
                matches = bool(url and isinstance(own_url, str) and own_url.rstrip("/") == url.rstrip("/"))
                has_headline = bool(node.get("headline") or node.get("name"))
                candidates.append((rank, not matches, not has_headline, position, node))
                break
    if not candidates:
        return None
    candidates.sort(key=lambda c: c[:4])
    return candidates[0][4]


def _site_name_from_nodes(nodes: list) -> Optional[str]:
    """The one name of the site's WebSite or Organization node, when the page has no article node."""
    for wanted in ("WebSite", "NewsMediaOrganization", "Organization"):
        names = {clean_text(n.get("name")) for n in nodes if wanted in node_types(n) and clean_text(n.get("name"))}
        if len(names) == 1:
            return names.pop()
    return None


def json_ld_metadata(tree, url: Optional[str] = None) -> PageMetadata:
    """What the page's JSON-LD article object states (empty when there is none)."""
    meta = PageMetadata()
    nodes = json_ld_nodes(tree)
    if not nodes:
        return meta
    index = _index(nodes)
    node = article_node(nodes, url)
    if node is not None:
        meta.article_type = sorted(node_types(node) & ARTICLE_TYPES)[0]
        meta.title = clean_text(node.get("headline")) or clean_text(node.get("name"))
        meta.description = clean_text(node.get("description"))
        for key in ("datePublished", "dateCreated", "uploadDate"):
            day = iso_day(node.get(key))
            if day:
                meta.published = day
                break
        authors = [clean_person(n) for n in _names(node.get("author") or node.get("creator"), index, people=True)]
        add_unique(meta.authors, [a for a in authors if a])
        publisher = _names(node.get("publisher") or node.get("sourceOrganization"), index)
        meta.site_name = publisher[0] if publisher else None
        add_unique(meta.tags, split_stated(node.get("keywords")), MAX_TAGS)  # "،" too
        add_unique(meta.sections, split_keywords(node.get("articleSection")), MAX_TAGS)
        language = node.get("inLanguage")
        if isinstance(language, dict):
            language = language.get("alternateName") or language.get("name")
        meta.language = language_code(language)
        for key in ("url", "mainEntityOfPage", "@id"):
            value = _resolve(node.get(key), index)
            if isinstance(value, dict):
                value = value.get("@id") or value.get("url")
            found = absolute_url(value, url)
            if found and "#" not in found:
                meta.url = found
                break
        body = node.get("articleBody")
        meta.article_body = body.strip() if isinstance(body, str) and body.strip() else None
        meta.sources = {k: "json-ld" for k in filled_fields(meta)}
    if not meta.site_name:
        meta.site_name = _site_name_from_nodes(nodes)
        if meta.site_name:
            meta.sources["site_name"] = "json-ld"
    return meta
