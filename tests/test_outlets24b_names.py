"""Round 24 (outlets24b): an outlet found but named wrong. The forms kept with a name: an Arabic kind
word a name needs ("وكالة X للأنباء", "صحيفة X الجديدة"), an organisation's "Group"."""

import pytest

from archive.extract.outlet_forms import bare_name


@pytest.mark.parametrize("written, kept", [
    ("وكالة النهرين للأنباء", "وكالة النهرين للأنباء"),  # "X's agency for news": the kind is the name's
    ("وكالة السهل الإخبارية", "وكالة السهل الإخبارية"),  # an adjective agreeing with the kind word
    ("صحيفة وادي النهر الجديدة", "صحيفة وادي النهر الجديدة"),
    ("صحيفة السهل", "السهل"),  # a description before a name: left out
    ("موقع نهر برس", "نهر برس"),
    ("جريدة الفجر الجديد", "الفجر الجديد"),  # the adjective agrees with the name, not the kind word
])
def test_arabic_kind_word_kept_where_the_name_needs_it(written, kept):
    assert bare_name(written) == kept


@pytest.mark.parametrize("written, kept", [
    ("Landmine Clearance Group", "Landmine Clearance Group"),  # an NGO's name ends in "Group"
    ("Valley Research Group", "Valley Research Group"),
    ("Lakeside Media Group", "Lakeside"),  # a media group: the company behind the site
    ("Herald Publishing Group Ltd", "Herald"),
    ("Camp Gazette DAC", "Camp Gazette"),
])
def test_group_alone_is_no_company_form(written, kept):
    assert bare_name(written) == kept
