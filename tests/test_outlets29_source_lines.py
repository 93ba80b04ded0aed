"""A closing "Source:" line written as a note (round 29, helper outlets29): in the saver's own
language, in brackets, with the day it was saved, an aside or the address after the name."""

from imported_outlet import imported_outlet

BODY = ("The ferry between the two river banks carried its first passengers on Tuesday after six weeks "
        "of floods, boatmen said.\n\n"
        "They said the current was still strong and that they would only sail in daylight for now, "
        "while the district repairs the landing stage on the eastern bank.\n\n"
        "Traders on both banks said the closure had doubled the price of flour in the market town.")


_outlet = imported_outlet


def test_a_bracketed_source_line_in_another_language_with_its_date_names_the_outlet(tmp_path):
    text = "Ferry crossing reopens after the floods\nNûçe: Rênas Dilan\n\n" + BODY + \
        "\n\n(Kaynak: Harbour Lantern Daily, 21.03.2023)\n"
    assert _outlet(tmp_path, "ferry.txt", text) == "Harbour Lantern Daily"


def test_a_known_sites_address_with_the_savers_aside_names_the_outlet(tmp_path):
    text = "Ferry crossing reopens after the floods\nBy Ana Merle\n\n" + BODY + "\n\nsource: rudaw.net (saved 3/2)\n"
    assert _outlet(tmp_path, "ferry.txt", text) == "Rudaw"


def test_a_known_outlet_with_the_address_it_was_copied_from_names_it(tmp_path):
    text = "Ferry crossing reopens after the floods\nBy Ana Merle\n\n" + BODY + \
        "\n\nSource: Enab Baladi — https://www.enabbaladi.net/ferry-crossing/\n"
    assert _outlet(tmp_path, "ferry.txt", text) == "Enab Baladi"


def test_the_note_around_a_source_line_is_not_its_name():
    from archive.extract.source_credits import plain_source_line

    assert plain_source_line("(Quelle: Hafenblatt Nord, 3. März 2024)") == "Source: Hafenblatt Nord"
    assert plain_source_line("Fuente: Diario del Lago – 14/01/2024") == "Source: Diario del Lago"
    assert plain_source_line("source: lakeside.example (accessed in May)") == "Source: lakeside.example"
    assert plain_source_line("Source: Lakeside Water Forum (LWF)") == "Source: Lakeside Water Forum (LWF)"
    assert plain_source_line("Source: 2023") is None
    assert plain_source_line("The source of the river is in the hills") is None
