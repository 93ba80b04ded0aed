"""Issue #13, round 23 (outlets23b): an outlet found but named by another of its forms. The pages
are invented; each is read by the text reader and built as an import builds it."""

from pathlib import Path

from archive.extract.article import build_article
from archive.extract.outlet_refusals import product_name, refused
from archive.readers.text import read_text_file


def _stored(tmp_path: Path, text: str, name: str = "page.txt") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (raw,) = list(read_text_file(path))
    return build_article(raw).outlet


SIGN_UP_PAGE = """Rudaw.net
Home  Kurdistan  Iraq  World  Sport

Region

Families wait at the border crossing as the river road stays closed

Families from three villages waited through the night at the crossing after the road along the river was closed by flooding, officials said.

By Lena Hartmann
09:12, Tue, Mar 4, 2025

The district office said engineers would inspect the bridge on Wednesday before any lorries could pass again.

Rudaw Newsletters
Sign up for the latest news.  Invalid email
We use your sign-up to provide content in ways you have consented to.

Shopkeepers on both banks said they had lost a week of trade since the water rose over the road.

A spokesman for the governor said temporary ferries would run from Thursday.
"""


def test_a_products_heading_is_no_outlet():
    assert product_name("Lakeside Newsletters")
    assert product_name("The Harbour Herald Podcasts")
    assert refused("Lakeside Newsletters")
    assert not product_name("Lakeside Herald")
    assert not product_name("Newsletters")  # a word alone is furniture's business, not a product's
    assert not refused("Lakeside Herald")


def test_the_known_masthead_stands_where_a_products_box_is_refused(tmp_path):
    assert _stored(tmp_path, SIGN_UP_PAGE) == "Rudaw"
