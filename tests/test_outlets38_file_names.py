"""Round 38 (issue #13): the outlet a plain-text file's own name gives, where the page agrees
(:mod:`archive.extract.outlet_file_names`): a run of words at the name's edge (first, past the app's
words and a date; last, after a dash; in brackets) that a short line of the text writes as a name, a
web address on the page spells, or the outlet data knows. A file's name alone names nothing.
"""

from archive.extract.outlet_file_names import file_name_outlet

from imported_outlet import imported_outlet

BODY = ("The regional council met on Tuesday to discuss the return of families from the camps in the "
        "north-east, and its members agreed to ask the ministry for a date before the summer recess.")
TITLE = "Council asks ministry for a date on returns"


def test_a_short_line_writes_the_files_name():
    lines = ["Lakemoor Post TV", "  * Home", TITLE, BODY, BODY, "Follow us on Telegram"]
    assert file_name_outlet("in/Council asks for a date - Lakemoor Post.txt", lines, TITLE) == "Lakemoor Post"
    lines = [TITLE, BODY, BODY, "Comments", "Para comentar es necesario ser socio de lagoVivo"]
    assert file_name_outlet("in/lagovivo - council asks.txt", lines, TITLE) == "lagoVivo"
    lines = ["Source : Rive Nord", "Consulté le 24/10/2022", TITLE, BODY]
    assert file_name_outlet("in/notes/RiveNord_conseil_oct2022.txt", lines, TITLE) == "Rive Nord"


def test_a_web_address_spells_it():
    lines = [TITLE, BODY, BODY, "lakemoor.com/world/middle-east", "saved 02/08/2019"]
    assert file_name_outlet("in/Keep - Lake Moor council.txt", lines, TITLE) == "Lake Moor"
    lines = ["lakemoorhaber.com", TITLE, "5 dk okuma süresi", BODY]
    assert file_name_outlet("in/2025-01 lakemoorhaber meclis.txt", lines, TITLE) == "Lakemoorhaber"
    lines = ["wlkm.com", TITLE, "4-5 minutes", BODY]
    assert file_name_outlet("in/wlkm council plea nov 2019.txt", lines, TITLE) == "WLKM"


def test_a_paper_word_before_it():
    lines = ["روزنامه دریاچه | شماره ۲۰۳۴۷ | صفحه ۱۶", "باغوز، یک سال بعد", BODY]
    assert file_name_outlet("in/دریاچه باغوز یک سال بعد.txt", lines, "باغوز، یک سال بعد") == "روزنامه دریاچه"


def test_the_file_name_alone_names_nothing():
    lines = [TITLE, BODY, BODY, "Comments"]
    assert file_name_outlet("in/lakemoor council asks.txt", lines, TITLE) is None
    # the headline's first words, a place, an app's word, a word written in a sentence's lower case
    assert file_name_outlet("in/Council asks ministry.txt", [TITLE, BODY, "Council"], TITLE) is None
    assert file_name_outlet("in/Raqqa council - notes.txt", [TITLE, BODY, "Raqqa"], TITLE) is None
    assert file_name_outlet("in/Mail - council.txt", [TITLE, BODY, "Mail"], TITLE) is None
    assert file_name_outlet("in/links to check.txt", [TITLE, "the links below", BODY], TITLE) is None


def test_the_line_the_file_was_named_from_is_no_agreement():
    lines = ["Subject: FW: Lakemoor sentencing", "Tom - another one", TITLE, BODY]
    assert file_name_outlet("in/FW Lakemoor sentencing.txt", lines, TITLE) is None
    assert file_name_outlet("in/Notes/Lakemoor 2 sal.txt", ["Lakemoor 2 sal", TITLE, BODY], TITLE) is None


def test_two_capitalised_words_of_a_name_only():
    lines = ["PRESS RELEASE", TITLE, BODY, "For media enquiries please contact the LMX press office."]
    assert file_name_outlet("in/LMX press release.txt", lines, TITLE) == "LMX"


def test_import_stores_the_outlet_the_file_and_the_page_agree_on(tmp_path):
    text = "\n".join(["Lakemoor Post TV", "", TITLE, "", BODY, "", BODY, "", "Etîket: Meclis"])
    assert imported_outlet(tmp_path, "Council asks - Lakemoor Post.txt", text + "\n") == "Lakemoor Post"


def test_import_leaves_a_file_name_alone_unread(tmp_path):
    text = "\n".join([TITLE, "", BODY, "", BODY, "", "Comments"])
    assert imported_outlet(tmp_path, "lakemoor council asks.txt", text + "\n") is None


def test_a_known_outlet_in_arabic_script_keeps_the_files_spelling():
    lines = ["کد خبر: 148923", "عراق: اردوگاه", BODY]
    assert file_name_outlet("in/عنب بلدي 1402-06-15.txt", lines, "عراق: اردوگاه") == "عنب بلدي"
    assert file_name_outlet("in/enab baladi 1402-06-15.txt", lines, "عراق: اردوگاه") == "Enab Baladi"


def test_the_writers_name_in_the_files_name_is_no_outlet(tmp_path):
    text = "\n".join([TITLE, "By Jordan Hale", "", BODY, "", BODY, "", "Comments"])
    assert imported_outlet(tmp_path, "Hale - council column.txt", text + "\n") is None
