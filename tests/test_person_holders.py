"""An unknown outlet whose name is a person's by its shape (a given name of the data, then capitalised
words that are no common English words) is refused: a newsletter's writer in its copyright line is no
outlet, even where the page prints no byline. Pages written for these tests; real data files."""

import pytest

from archive.extract.article import build_article
from archive.extract.outlet_refusals import a_persons_name, refused
from archive.readers.records import ReaderOptions
from archive.sources import read_source


@pytest.mark.parametrize("name", ["Naseem Al-Khatib", "Conor Ferris-Aziz", "Layla Haddad", "Rojda Temo"])
def test_a_persons_name_is_no_outlet(name):
    assert a_persons_name(name) and refused(name)


@pytest.mark.parametrize("name", ["Dengê Tirbespiyê", "Omar Media", "Mark Bennett", "Sara", "Welatê Me",
                                  "Kurdistan24", "Enab Baladi"])
def test_other_names_are_not_refused_for_it(name):
    assert not a_persons_name(name)


NEWSLETTER = """Issue 12 · Sun 4 Feb 2024

Water trucks return to the camp after a week

Hello everyone, a short note this week from the road.

Deliveries of water to the camp resumed on Thursday after a week in which the pumping station east of the city was out of action, aid workers said. Families had queued for hours at the few tanks still filled.

Camp officials said repairs to the station's generators would take another month, and asked donors for fuel.

Thanks for reading. Reply to this email with tips or corrections.
© 2024 Layla Haddad
You are receiving this because you subscribed.
Unsubscribe
"""


def test_a_newsletters_writer_is_not_stored_as_its_outlet(tmp_path):
    path = tmp_path / "issue-12.txt"
    path.write_text(NEWSLETTER, encoding="utf-8")
    [raw] = list(read_source(path, True, ReaderOptions()))
    assert build_article(raw).outlet is None
