"""Round 36b's outlet signs (issue #13), by shape and by two signs agreeing:

- a masthead's tagline saying what kind of outlet it is, in the press's languages
  (``archive/data/outlet_kinds.txt``: "haber sitesi", "газета", "krant", "روزنامه" ...), set beside the
  name by a dash, a bar or a slash ("NAME / Business newspaper"); a name written in capitals is
  stored as the page writes it elsewhere ("URFANATİK" over "Urfanatik © 2024");
- a record's outlet field that is only a domain and its byline field spelling the domain's label
  ("nuhev.com" and "Nûhev"): the desk's credit is the site's name as it writes it.
"""

from archive.extract.domain_names import credit_spelled
from archive.extract.first_line_mastheads import _tagline_masthead
from archive.extract.paragraphs import classify

from imported_outlet import imported_outlet

BODY = ("The regional council met on Tuesday to discuss the return of families from the camps in the "
        "north-east, and its members agreed to ask the ministry for a date before the summer recess.")


def test_tagline_in_another_language_after_a_slash():
    content = ["LAKEVIEW / Деловая газета", "Home", "World", "The prisons of the north-east", BODY]
    assert _tagline_masthead(content, classify(content), 3) == "LAKEVIEW"


def test_tagline_masthead_in_capitals_as_the_page_writes_it():
    content = ["LAKEKENT - Gölşehir'in Haber Sitesi", "ANASAYFA  GÜNDEM  SPOR", "The prisons of the north-east",
               BODY, "Lakekent © 2024 Tüm hakları saklıdır."]
    assert _tagline_masthead(content, classify(content), 2) == "Lakekent"


def test_byline_field_spelling_the_domain():
    assert credit_spelled("lakeside-post.org", "Lakeside Post") == "Lakeside Post"
    assert credit_spelled("nurev.com", ["Nûrev"]) == "Nûrev"
    assert credit_spelled("nurev.com", ["Jane Roe"]) is None
    assert credit_spelled("Lakeside Post", ["Lakeside Post"]) is None  # no domain: nothing to agree on


def test_import_names_the_site_its_byline_field_spells(tmp_path):
    line = ('{"site": "nurev.com", "u": "https://nurev.com/2019/03/23/story/", "hl": "The prisons of the north-east", '
            '"byline": "Nûrev", "content": "%s"}\n' % BODY)
    assert imported_outlet(tmp_path, "crawl.jsonl", line) == "Nûrev"
