"""Round 32 (bodies32): an outlet's template repeated across the files of one import with its slots
filled differently (archive.extract.import_edges), and a few words left under a record's links.
Invented texts."""

from archive.extract import import_edges
from archive.extract.record_tails import without_tail_furniture
from archive.readers.folder_profiles import FolderProfiles
from archive.readers.text import parse_text_article

STORIES = [
    ["The water board said on Monday that the northern pumping station would stay closed for repairs until the end of the month.",
     "Residents of the three villages it serves have been told to collect water from tankers parked near the schools.",
     "Farmers said the closure came at the worst time, with the wheat harvest only weeks away."],
    ["A new bakery opened in the old market hall on Thursday, the first business to return since the fire two years ago.",
     "Its owner said she had borrowed from relatives to buy the ovens and hoped to hire four more people by autumn.",
     "The council has promised to repair the hall's roof before the winter rains."],
    ["Teachers at the district's secondary schools stopped work for two hours on Wednesday to protest unpaid allowances.",
     "Union representatives said some staff had not received their winter allowance for three months.",
     "The education office said the payments had been delayed by a bank transfer problem and would arrive next week."],
    ["The regional hospital has opened a second dialysis unit, doubling the number of patients it can treat each day.",
     "Doctors said patients had been travelling for hours to reach the nearest unit in the capital.",
     "The unit was paid for by a grant from an international charity and will be staffed by nurses trained abroad."],
]
NOTES = ["Lena Hart is a correspondent for the Valley Ledger based in Northfield.",
         "Omar Sadek is a correspondent for the Valley Ledger based in Eastbridge.",
         "Lena Hart is a correspondent for the Valley Ledger based in Millbrook.",
         "Pia Nord is a correspondent for the Valley Ledger based in Northfield."]
BACKGROUND = "The province has been hit by repeated droughts since 2018, and its reservoirs are at a third of their capacity."


def _write(folder, closing):
    texts = []
    for n, (story, note) in enumerate(zip(STORIES, NOTES)):
        text = "\n\n".join([f"Headline number {n} about the valley"] + story + closing(note)) + "\n"
        (folder / f"story{n}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


def test_a_template_line_with_slots_closing_the_import_files(tmp_path):
    texts = _write(tmp_path, lambda note: [note])
    FolderProfiles().learn_import([tmp_path])
    try:
        body = parse_text_article(texts[1], str(tmp_path / "story1.txt")).body
        assert body.rstrip().endswith("before the winter rains.")
        assert "correspondent" not in body
    finally:
        import_edges.learned(None)


def test_a_sentence_the_stories_share_stays(tmp_path):
    texts = _write(tmp_path, lambda note: [BACKGROUND.replace("2018", note[-6:-2])])
    FolderProfiles().learn_import([tmp_path])
    try:
        assert parse_text_article(texts[2], str(tmp_path / "story2.txt")).body.rstrip().endswith("capacity.")
    finally:
        import_edges.learned(None)


def test_the_shapes_keep_a_slot_alike_and_one_differing():
    edges = import_edges.ImportEdges()
    for story, note in zip(STORIES, NOTES):
        edges.add(story + [note, "Smith declined to comment on the figures."])
    for story in STORIES[:3]:
        edges.add(story[:1] + ["Jones declined to comment on the figures."])
    slotted, _ = edges.learned_keys()
    assert import_edges._key(import_edges.slot_shape(NOTES[0])) in slotted
    assert import_edges._key(import_edges.slot_shape("Smith declined to comment on the figures.")) not in slotted


def test_a_few_words_under_a_records_links():
    story = STORIES[0] + ["Read also: Valley schools get new buses", "Share this article: Facebook | X | WhatsApp", "VNA"]
    assert without_tail_furniture(story) == STORIES[0]


def test_the_pages_number_for_the_story_under_a_record():
    for stamp in ("News ID: 4402137", "کد خبر: ۴۴۰۲۱۳۷"):
        assert without_tail_furniture(STORIES[1] + [stamp]) == STORIES[1]


def test_a_forwarded_story_closing_with_the_template(tmp_path):
    from archive.readers.mail import read_eml

    _write(tmp_path, lambda note: [note, "Get the Valley Ledger in your inbox every Monday. Sign up here."])
    story = "\n\n".join(STORIES[1] + [NOTES[3], "Topics: bakery, market hall",
                                      "Get the Valley Ledger in your inbox every Monday. Sign up here."])
    (tmp_path / "fwd.eml").write_text(
        "From: Desk <desk@example.org>\nTo: me@example.org\nSubject: Fwd: Bakery returns to the market hall\n"
        "Date: Mon, 3 Jun 2024 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
        "For the file.\n\n---------- Forwarded message ---------\nFrom: Valley Ledger <news@example.org>\n"
        "Subject: Bakery returns to the market hall\n\n" + story + "\n", encoding="utf-8")
    FolderProfiles().learn_import([tmp_path])
    try:
        body = next(iter(read_eml(tmp_path / "fwd.eml"))).body
        assert body.rstrip().endswith("before the winter rains.")
    finally:
        import_edges.learned(None)
