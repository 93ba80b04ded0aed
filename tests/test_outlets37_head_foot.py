"""Round 37 (issue #13): a web page no sign named is named by the name its head (title's parts, site
name, logo) and its footer both write ("Lakeview, the student newspaper of ..." over "Lakeview is run
by students"; "بوابة البحيرة" over "البحيرة 2020"); a common, kind or place word alone names nothing.
"""

from types import SimpleNamespace

from archive.extract.outlet_agreement import head_and_foot_name

from imported_outlet import imported_outlet

BODY = ("The regional council met on Tuesday to discuss the return of families from the camps in the "
        "north-east, and its members agreed to ask the ministry for a date before the summer recess.")


def page(head, foot):
    return SimpleNamespace(head=head, foot=foot, whole=False)


def test_the_name_both_ends_write():
    assert head_and_foot_name(page(["Lakeview, the student newspaper of Harbour College"],
                                   ["Lakeview is editorially independent and run by students."])) == "Lakeview"
    assert head_and_foot_name(page(["بوابة البحيرة"], ["تابعونا على فيسبوك", "البحيرة 2020"])) == "البحيرة"


def test_common_words_and_places_name_nothing():
    assert head_and_foot_name(page(["World News"], ["More World News", "Contact us"])) is None
    assert head_and_foot_name(page(["Syria"], ["News from Syria"])) is None
    assert head_and_foot_name(page([], ["Lakeview 2020"])) is None


def test_import_names_the_page_by_both_ends(tmp_path):
    html = ('<html><head><meta charset="utf-8"><title>Council asks for a date</title></head><body>'
            '<div id="masthead"><a href="/"><img src="/img/lakeview-logo.png" '
            'alt="Lakeview, the student newspaper of Harbour College"></a></div>'
            "<h1>Council asks for a date</h1><p>%s</p><p>%s</p>"
            '<div id="footer">Lakeview is editorially independent and run by students.</div></body></html>') % (BODY, BODY)
    assert imported_outlet(tmp_path, "lakeview-council.html", html) == "Lakeview"
