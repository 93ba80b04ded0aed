"""A domain given as an outlet's name names the known outlet whose name it spells without spaces,
though the outlet data does not list the domain (a feed's ``site_name`` of "vrtnws.be"); a domain
naming no known outlet, or one naming two, stays as written. Real outlet data."""

import pytest

from archive.extract.outlet_names import canonical_outlet


@pytest.mark.parametrize("written, outlet", [
    ("vrtnws.be", "VRT NWS"),
    ("www.vrtnws.be/nl/", "VRT NWS"),
    ("https://jakartaglobe.id", "Jakarta Globe"),
    ("reuters.com", "Reuters"),  # a listed domain, as before
])
def test_a_domain_spelling_a_known_name(written, outlet):
    assert canonical_outlet(written) == outlet


@pytest.mark.parametrize("written", ["news.example.co.uk", "lakeside-courier.example", "daily.example.org"])
def test_a_domain_naming_nothing_known_stays(written):
    assert canonical_outlet(written) == written
