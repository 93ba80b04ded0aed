"""The citations download as files reference managers read: each read back by an independent
reader of its format (rispy for RIS, bibtexparser for BibTeX, citeproc-py formatting CSL-JSON
with a CSL style, as Zotero's citation processor does), for an article and for a search's hits,
hostile text included."""

import json

import pytest

rispy = pytest.importorskip("rispy")
bibtexparser = pytest.importorskip("bibtexparser")
citeproc = pytest.importorskip("citeproc")


async def search_total(ds, query: str) -> int:
    return (await ds.client.get("/-/search.json", params={"q": query})).json()["total"]


async def test_search_ris_reads_back_entry_for_entry(ds, sql):
    total = await search_total(ds, "camp")
    entries = rispy.loads((await ds.client.get("/-/search.ris", params={"q": "camp"})).text)
    assert len(entries) == total > 10
    titles = {row["title"] for row in sql("select title from articles")}
    for entry in entries:
        assert entry["type_of_reference"] == "NEWS"
        assert entry["title"] in titles
        assert entry.get("urls") or entry.get("url")


async def test_search_bibtex_parses_without_a_failed_block(ds):
    total = await search_total(ds, "camp")
    library = bibtexparser.parse_string((await ds.client.get("/-/search.bib", params={"q": "camp"})).text)
    assert library.failed_blocks == []
    assert len(library.entries) == total
    assert len({entry.key for entry in library.entries}) == total  # keys unique
    assert all(entry.entry_type == "article" and "title" in entry.fields_dict for entry in library.entries)


async def test_search_csl_json_formats_a_bibliography(ds):
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    items = (await ds.client.get("/-/search.csl.json", params={"q": "Baghouz"})).json()
    assert items
    source = CiteProcJSON(json.loads(json.dumps(items)))
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"].lower())]))
    entries = [str(entry) for entry in bibliography.bibliography()]
    assert len(entries) == len(items)
    for item in items:
        assert any(item["title"][:30] in entry for entry in entries), item["title"]


@pytest.fixture
def hostile_archive(tmp_path, cli):
    source = tmp_path / "hostile.jsonl"
    source.write_text(json.dumps({
        "title": "Camp {report} with 50% \\ and \"quotes\" & <b>tags</b>\nTY  - JOUR",
        "body": "Aid workers in the camp described the water shortage in detail. " * 3,
        "outlet": "Rudaw", "published": "2020-01-02", "author": "Dara Sleman; Mona Khalil",
        "url": "https://example.org/a?x={1}&y=2",
    }) + "\n", encoding="utf-8")
    path = tmp_path / "archive.db"
    assert cli("import", path, source, "--silent").exit_code == 0
    return path


async def test_a_hostile_title_reads_back_intact_in_each_format(hostile_archive):
    from conftest import datasette_for

    ds = datasette_for(hostile_archive)
    [hit] = (await ds.client.get("/-/search.json", params={"q": "camp"})).json()["hits"]
    [entry] = rispy.loads((await ds.client.get(f"/-/article/{hit['id']}.ris")).text)
    assert entry["type_of_reference"] == "NEWS"  # the title's "TY  - JOUR" line did not start a record
    assert "{report}" in entry["title"] and entry["title"].endswith("TY - JOUR")  # kept in the title (spaces collapsed)
    assert entry["authors"] == ["Dara Sleman", "Mona Khalil"]
    library = bibtexparser.parse_string((await ds.client.get(f"/-/article/{hit['id']}.bib")).text)
    assert library.failed_blocks == [] and len(library.entries) == 1
    [item] = (await ds.client.get(f"/-/article/{hit['id']}.csl.json")).json()
    assert "<b>tags</b>" in item["title"] and item["URL"] == "https://example.org/a?x={1}&y=2"
