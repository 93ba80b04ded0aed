"""The outlet where a page or a record writes it (round 36, helper outlets36): a page in Arabic script
writing the outlet's own Arabic-script name (the data's ``arabic:``) while the outlet also publishes in
Latin letters; a record's field naming an outlet in Latin letters. Invented texts throughout; the
outlets are the data's."""

import pytest

from archive.extract.article import build_article
from archive.extract.outlet_page_forms import own_script_written
from archive.model import RawRecord
from tests.imported_outlet import imported_outlet

ARABIC = ["أعلنت السلطات المحلية اليوم افتتاح جسر جديد فوق النهر بعد أشهر من العمل المتواصل في المدينة.",
          "وقال مسؤول في البلدية إن الجسر سيخفف الازدحام في وسط المدينة ويختصر الطريق إلى المدارس.",
          "ورحب السكان بالمشروع وطالبوا بمزيد من الحافلات في ساعات المساء إلى الأحياء الجديدة."]


def _arabic_page(site: str, footer: str, logo: str = "") -> str:
    return ("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
            f"<title>جسر جديد فوق النهر - {site}</title><meta property=\"og:site_name\" content=\"{site}\">"
            "<meta property=\"og:url\" content=\"https://www.kurdistan24.net/ar/story/12345\"></head><body>"
            f"<header>{logo}</header><article><h1>جسر جديد فوق النهر</h1>"
            + "".join(f"<p>{p}</p>" for p in ARABIC) + f"</article><footer>{footer}</footer></body></html>")


def test_an_arabic_page_writing_the_outlets_arabic_name_stores_it(tmp_path):
    # Kurdistan24 publishes in Latin letters too: its one name is its canonical one, but its page in
    # Arabic script writes its name as it prints it (the data's arabic:), and no Latin one
    page = _arabic_page("كوردستان 24", "© 2024 كوردستان 24")
    assert imported_outlet(tmp_path, "page.html", page) == "كوردستان 24"


def test_an_arabic_page_that_also_writes_the_latin_name_keeps_the_canonical_one(tmp_path):
    page = _arabic_page("كوردستان 24", "© 2024 Kurdistan24. All rights reserved.")
    assert imported_outlet(tmp_path, "page.html", page) == "Kurdistan24"


def test_only_the_datas_own_arabic_name_counts():
    # an alias in Arabic script (another edition's form) is no name the outlet prints as its own
    assert own_script_written("Kurdistan24", "Kurdistan24", ["كوردستان 24"], []) == "كوردستان 24"
    assert own_script_written("Rudaw", "Rudaw", ["شبكة رووداو الإعلامية"], []) is None
    assert own_script_written("Rudaw", "Rudaw", ["روداو"], ["© Rudaw 2024"]) is None  # a Latin form too
    assert own_script_written("Rudaw", "روداو", ["روداو"], []) is None  # already in Arabic script


def _record(outlet: str, body: str = " ".join(ARABIC), fmt: str = "csv") -> RawRecord:
    return RawRecord(source_path="export." + fmt, source_format=fmt, source_record=2, title="جسر جديد",
                     body=body, outlet=outlet, published="2024-05-01")


@pytest.mark.parametrize("field, stored", [
    ("Al-Sabah", "Al-Sabah"),  # its canonical name
    ("Al Sabah Newspaper", "Al Sabah Newspaper"),  # a Latin alias: as the record writes it
    ("Elaph", "Elaph"),  # the data's canonical name is in Arabic script: the field's as written
    ("alsabaah.iq", "Al-Sabah"),  # an address: the canonical name
    ("جريدة الصباح العراقية", "جريدة الصباح العراقية"),  # a field in Arabic script: its Arabic name
])
def test_a_records_field_in_latin_letters_keeps_a_latin_name(field, stored):
    assert build_article(_record(field)).outlet == stored
