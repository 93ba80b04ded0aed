"""``archive/data/outlet_languages.txt`` and its loader: every name is a canonical name of the outlet
data, every code a language code, no outlet twice; and the Arabic-script test on outlets known to
publish only in Arabic script, or also in a Latin-script language.

    .venv/bin/python -m pytest tests/test_outlet_languages.py -q
"""

from __future__ import annotations

from importlib import resources

from archive.extract.outlet_data import outlet_table
from archive.extract.outlet_languages import (
    DATA_FILE, SCRIPT_KEY, arabic_script_codes, outlet_languages, publishes_only_in_arabic_script, unsure_outlets,
)

# ISO 639-1, and the ISO 639-3 codes of languages 639-1 has no code for (Sorani Kurdish, Dari,
# Southern Azerbaijani, Standard Moroccan Tamazight, Kurmanji written as its own code).
ISO_639_1 = set("""
aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz
ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii
ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi
mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw
sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk
ur uz ve vi vo wa wo xh yi yo za zh zu
""".split())
ISO_639_3 = {"ckb", "kmr", "prs", "azb", "zgh", "tzm", "syc"}


def _entries() -> list:
    """``[(line number, name), ...]`` of the file's outlet lines, duplicates included."""
    text = resources.files("archive").joinpath("data", DATA_FILE).read_text(encoding="utf-8")
    return [(number, line.split("\t")[0].strip()) for number, line in enumerate(text.splitlines(), 1)
            if line.strip() and not line.startswith("#") and not line.startswith(SCRIPT_KEY)]


def test_every_name_is_a_canonical_outlet_name():
    canonical = {outlet.name for outlet in outlet_table().outlets}
    unknown = [f"{DATA_FILE}:{number}  {name}" for number, name in _entries() if name not in canonical]
    assert not unknown, "not a canonical name of the outlet data:\n" + "\n".join(unknown)


def test_no_outlet_twice():
    seen, twice = set(), []
    for number, name in _entries():
        if name in seen:
            twice.append(f"{DATA_FILE}:{number}  {name}")
        seen.add(name)
    assert not twice, "listed twice:\n" + "\n".join(twice)
    assert len(outlet_languages()) == len(_entries())


def test_codes_are_language_codes():
    bad = [f"{name}: {code}" for name, codes in outlet_languages().items() for code in codes
           if code not in ISO_639_1 | ISO_639_3]
    assert not bad, "not an ISO 639 code:\n" + "\n".join(bad)
    assert all(codes for codes in outlet_languages().values())
    assert all(len(set(codes)) == len(codes) for codes in outlet_languages().values())
    assert arabic_script_codes() >= {"ar", "ckb", "fa"}
    assert arabic_script_codes() <= ISO_639_1 | ISO_639_3
    assert not arabic_script_codes() & {"en", "fr", "tr", "ku", "he"}


def test_the_region_is_covered():
    assert len(outlet_languages()) >= 800
    assert unsure_outlets() <= set(outlet_languages())
    assert len(unsure_outlets()) < len(outlet_languages()) // 10


def test_arabic_script_only():
    languages = outlet_languages()
    assert languages["Syrian Arab News Agency"][0] == "ar"
    # Arabic, Sorani or Persian only: named in Arabic script.
    for name in ("Al-Quds Al-Arabi", "Sky News Arabia", "Xendan", "BBC Persian", "Tishreen Newspaper"):
        assert publishes_only_in_arabic_script(name), name
    # A Latin-script edition (English, French, Turkish, Kurmanji): the Latin brand is kept.
    for name in ("Al Jazeera", "Rudaw", "Reuters", "Enab Baladi", "Hürriyet", "El Watan", "Firat News Agency"):
        assert not publishes_only_in_arabic_script(name), name
    assert not publishes_only_in_arabic_script("No Such Outlet")
