"""Round 27 (outlets27): an acronym a page never expands, named by its group's or the data's full name."""

from types import SimpleNamespace

from archive.extract.collection_outlets import acronym_lines, site_lines
from archive.extract.outlet_acronyms import collection_expanded, domain_acronym, logo_acronym
from archive.extract.outlet_names import is_known
from archive.extract.templates import line_key


def _group(lines_files: dict):
    """edges/texts as the profile keeps them: line key -> files at whose edges it stands, line."""
    edges, texts = {}, {}
    for line, files in lines_files.items():
        key = line_key(line)
        edges[key], texts[key] = files, line
    return edges, texts


def test_acronym_line_takes_the_name_other_pages_of_the_group_write():
    edges, texts = _group({"PMRO": 2, "© PMRO 2023": 2, "Plains Migration Research Office": 3,
                           "© 2023 Plains Migration Research Office": 3, "Reports | Data | Contact": 5,
                           "pmro-online.example": 1})
    found = site_lines(edges, texts)
    assert found[line_key("PMRO")] == "Plains Migration Research Office"
    assert found[line_key("© PMRO 2023")] == "Plains Migration Research Office"
    assert found[line_key("pmro-online.example")] == "Plains Migration Research Office"  # a reader view's site line


def test_two_expansions_or_too_few_files_lend_nothing():
    edges, texts = _group({"PMRO": 2, "Plains Migration Research Office": 3, "Prairie Media Relay Organisation": 2})
    assert acronym_lines(edges, texts) == {}
    edges, texts = _group({"PMRO": 1, "Plains Migration Research Office": 1})
    assert acronym_lines(edges, texts) == {}
    edges, texts = _group({"UN": 3, "United Nations": 3})  # two letters name too much
    assert acronym_lines(edges, texts) == {}


def test_collection_expansion_reaches_the_page_whose_outlet_is_the_acronym():
    raw = SimpleNamespace(source_path="/tmp/x/2023-05/pmro_note.txt",
                          profile=SimpleNamespace(mastheads={"pmro_note.txt": "Plains Migration Research Office"}))
    assert collection_expanded("PMRO", raw, is_known) == "Plains Migration Research Office"
    assert collection_expanded("PQRS", raw, is_known) == "PQRS"  # its letters are not the name's initials
    raw.profile.mastheads = {}
    assert collection_expanded("PMRO", raw, is_known) == "PMRO"


def test_acronym_of_a_known_outlets_domain_and_initials():
    assert domain_acronym("HS") == "Helsingin Sanomat"  # hs.fi
    assert domain_acronym("HS", "https://www.hs.fi/ulkomaat/art-1.html") == "Helsingin Sanomat"
    assert domain_acronym("HS", "https://hs.example.org/story") is None  # another site of the same letters
    assert domain_acronym("Hs") is None and domain_acronym("QZXW") is None


def test_logo_acronym_outranks_the_parent_company_not_the_own_expansion():
    lines = ["BT", "Nyheter | Sport", "Ferja gikk igjen etter stormen", "Body text here."]
    assert logo_acronym(lines, None, "Fjordmedia Konsern") == "Bergens Tidende"
    assert logo_acronym(lines, None, "Avisa Bergens Tidende") is None  # the page writes its own full form
    assert logo_acronym(["Headline", "x", "y", "BT"], None, None) is None  # not at the top
