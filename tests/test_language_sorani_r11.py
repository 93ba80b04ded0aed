"""Issue #13 round 11: Sorani (Central Kurdish) text is stored as ckb, not as the language
model's nearest class (Southern Kurdish, sdh)."""

from archive.extract.language import guess_language


def test_sorani_is_ckb():
    text = ("ئەمڕۆ لە شاری هەولێر کۆبوونەوەیەک بۆ باسکردنی ئاو و کارەبا ئەنجامدرا و بەرپرسان وتیان "
            "کارەکان بەردەوام دەبن بۆ ماوەی چەند مانگێکی تر.")
    assert guess_language(text) == "ckb"


def test_others_unchanged():
    assert guess_language("The council met on Tuesday evening to discuss the new water pipeline.") == "en"
