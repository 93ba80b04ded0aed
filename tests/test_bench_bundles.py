"""The bench scores a news database's export (Nexis Uni, Factiva) by document: a truth line's record
is the document's number in its file, and a download of one document (stored as record 1) answers
a truth line that names the file alone."""

from bench_modules import load

bench = load("import_quality")


def truth(path, record):
    return bench.Truth(path, record, {"path": path, "record": record}, "truth-x.jsonl:1")


def test_a_bundle_of_documents_may_number_its_records():
    assert bench._bundle_kind("downloads/nexis batch 3.rtf")
    assert bench._bundle_kind("downloads/factiva.zip!/set/Factiva-20240102.docx")
    assert not bench._bundle_kind("exports/clips.csv")


def test_one_document_downloaded_alone_is_the_file():
    stored = {("downloads/one.rtf", 1): {"id": "a"}, ("downloads/many.txt", 1): {"id": "b"},
              ("downloads/many.txt", 2): {"id": "c"}}
    truths = [truth("downloads/one.rtf", None), truth("downloads/many.txt", 1), truth("downloads/many.txt", 2)]
    moved = bench._single_documents(truths, stored)
    assert moved[("downloads/one.rtf", None)] == {"id": "a"}
    assert ("downloads/one.rtf", 1) not in moved
    assert moved[("downloads/many.txt", 1)] == {"id": "b"}
    # a bundle of several documents named as one file stays as stored: its records are extra
    alone = bench._single_documents([truth("downloads/many.txt", None)], stored)
    assert ("downloads/many.txt", None) not in alone
