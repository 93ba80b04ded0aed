"""Round 37's rights notices (issue #13): "all rights reserved" in the press's languages
(``archive/data/outlet_rights_phrases.txt``) names its holder beside it, as a footer line's other
segment ("هەموو مافەکان پارێزراون - Name", "© Hemû maf parastî ne - Name"), or inside it by the
language's formula ("کلیه حقوق ... برای Name محفوظ است"); a page no other sign names is the holder's
where its head writes the name again.
"""

from archive.extract.outlet_rights import rights_holder

from imported_outlet import imported_outlet

BODY = ("The regional council met on Tuesday to discuss the return of families from the camps in the "
        "north-east, and its members agreed to ask the ministry for a date before the summer recess.")


def test_holder_beside_the_phrase():
    assert rights_holder("© Hemû maf parastî ne - Roja Golê") == "Roja Golê"
    assert rights_holder("Lakekent Haber. Tüm hakları saklıdır.") == "Lakekent Haber"
    assert rights_holder("© 2023 Lakepost | Все права защищены") == "Lakepost"
    assert rights_holder("هەموو مافەکان پارێزراون - گۆلان") == "گۆلان"


def test_holder_inside_the_formula():
    assert rights_holder("کلیه حقوق مادی و معنوی برای دریاچه محفوظ است") == "دریاچه"
    assert rights_holder("کلیه حقوق این سایت متعلق به دریاچه است.") == "دریاچه"


def test_no_holder():
    assert rights_holder("© 2022 Tous droits réservés") is None
    assert rights_holder("© 2024 Lakekent Medya A.Ş. Tüm hakları saklıdır.") is None  # a company
    assert rights_holder("Alle Rechte vorbehalten | Impressum | Datenschutz") is None
    assert rights_holder("Copyright 2021 - Tutti i diritti riservati - P.IVA 0123") is None


def test_import_names_the_holder_the_head_writes(tmp_path):
    text = "\n".join(["Roja Golê", "", "Nûçe | Siyaset | Çand", "", "Malbat vegeriyan", "", BODY, "", BODY, "",
                      "© Hemû maf parastî ne - Roja Golê"])
    assert imported_outlet(tmp_path, "nuce.txt", text + "\n") == "Roja Golê"


def test_import_needs_the_head_to_agree(tmp_path):
    text = "\n".join(["Nûçe | Siyaset | Çand", "", "Malbat vegeriyan", "", BODY, "", BODY, "",
                      "© Hemû maf parastî ne - Mercên Bikaranînê"])
    assert imported_outlet(tmp_path, "nuce.txt", text + "\n") is None
