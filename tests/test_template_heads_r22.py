"""A collection's template lines are never titles (issue #13, round 22): a line at the head of files
of several stories of one import, whichever folder they are in (a site's tagline, a newsletter's
strap), and a reading-time or labelled-date line, in any language the data holds."""

import sqlite3

from archive.extract.title_guards import labelled_date, reading_time

PLACES = ["Marrow Creek", "Felden", "Oster Bay", "Harlow Flats", "Quill Ridge", "Sandmere"]
THINGS = ["the ferry", "the grain store", "the clinic", "the school roof", "the pump house", "the night market"]


def _story(n: int, place: str, thing: str) -> list:
    """A made-up story's paragraphs (each text its own words, so no two are copies)."""
    return [
        f"Residents of {place} said on Monday that {thing} had been closed for {n + 3} days, and that nobody "
        f"from the district office had come to explain why the repairs were taking so long.",
        f"A spokesman for the district said {n + 11} workers had been sent to {place} and that {thing} "
        f"would reopen before the end of the month, weather allowing, though he gave no firm date.",
        f"Shopkeepers near {thing} said trade had fallen by {n + 20} percent since the closure, and several "
        f"families said they now travel to the next town twice a week for what they used to find at home.",
    ]


def _site_page(n: int, tagline: str, headline: str) -> str:
    place, thing = PLACES[n % len(PLACES)], THINGS[n % len(THINGS)]
    return "\n".join(["Skip to content", f"Friday, {n + 10} June 2025", "Home", "News", "Rivers", "About", "THE VALLEY COURIER", tagline,
                      "", headline, "", f"By Tamsin Orla", f"{n + 2} March 2025", "", *_story(n, place, thing),
                      "", "© The Valley Courier"]) + "\n"


def _letter(n: int, strap: str, headline: str) -> str:
    place, thing = PLACES[(n + 2) % len(PLACES)], THINGS[(n + 3) % len(THINGS)]
    return "\n".join(["View this email in your browser", "", "THE DELTA LETTER", strap, "",
                      f"Issue {n} · {n + 1} April 2025", "", headline, "", "By Ilse Varga", "",
                      *_story(n + 40, place, thing), "", "You are receiving this because you signed up."]) + "\n"


def _other(n: int) -> str:
    place, thing = PLACES[(n + 4) % len(PLACES)], THINGS[(n + 1) % len(THINGS)]
    return "\n".join([f"Council votes on {thing} budget in {place}", "", f"{n + 5} May 2025", "",
                      *_story(n + 80, place, thing)]) + "\n"


def _import(cli, db, *paths):
    result = cli("import", db, *paths, "--silent")
    assert result.exit_code in (0, 1), result.output
    return {row[0].rsplit("/", 1)[-1]: row[1]
            for row in sqlite3.connect(db).execute("select source_path, title from articles")}


SITE_HEADLINES = ["Ferry crossing stays shut as river rises", "Grain store repairs drag into a second week",
                  "Clinic opens late after generator fails", "School roof leaks again after storm"]
LETTER_HEADLINES = ["Who pays for the pumps? A question of budgets", "The night market and the new bylaw",
                    "Sandmere's clinic, one year on", "What the flood maps leave out"]


def test_a_tagline_heading_every_page_of_a_folder_is_no_title(cli, tmp_path):
    folder = tmp_path / "valley-courier"
    folder.mkdir()
    for n, headline in enumerate(SITE_HEADLINES):
        (folder / f"story-{n}.txt").write_text(_site_page(n, "Independent news from the upper valley since 2009",
                                                          headline), encoding="utf-8")
    titles = _import(cli, tmp_path / "a.db", folder)
    assert sorted(titles.values()) == sorted(SITE_HEADLINES)


def test_a_strap_heading_one_outlets_files_over_month_folders_is_no_title(cli, tmp_path):
    """The newsletter's files are one or two a folder, beside another outlet's: only the import
    as a whole shows its strap at the head of several stories. Another script too (Arabic)."""
    straps = ["Weekly notes on water and farming in the delta", "ملاحظات أسبوعية عن الماء والزراعة في الدلتا"]
    for which, strap in enumerate(straps):
        root = tmp_path / f"run{which}"
        months = [root / f"2025-0{m}" for m in (1, 2, 3)]
        for n, headline in enumerate(LETTER_HEADLINES):
            month = months[n % len(months)]
            month.mkdir(parents=True, exist_ok=True)
            (month / f"letter-{n}.txt").write_text(_letter(n, strap, headline), encoding="utf-8")
            (month / f"other-{n}.txt").write_text(_other(n), encoding="utf-8")
        titles = _import(cli, tmp_path / f"b{which}.db", *months)
        assert {name: title for name, title in titles.items() if name.startswith("letter")} == \
            {f"letter-{n}.txt": headline for n, headline in enumerate(LETTER_HEADLINES)}


def test_two_files_of_a_strap_change_nothing(cli, tmp_path):
    """A small import: a line heading two files is not known to be the template's (no change)."""
    months = [tmp_path / "2025-01", tmp_path / "2025-02"]
    for n, month in enumerate(months):
        month.mkdir()
        (month / f"letter-{n}.txt").write_text(_letter(n, "Weekly notes on water and farming in the delta",
                                                       LETTER_HEADLINES[n]), encoding="utf-8")
    from archive.readers.folder_profiles import import_tops

    assert import_tops(months) == frozenset()


def test_reading_times_and_labelled_dates_in_several_languages():
    for line in ["5 min read", "2–3 deqe", "Reading time: 4 minutes", "Lesezeit: 6 Minuten", "٣ دقائق للقراءة"]:
        assert reading_time(line), line
    for line in ["Published: 3 March 2025", "Publicado: 3 de marzo de 2025", "Weşandin: 7ê Nîsanê 2025",
                 "Veröffentlicht: 3. März 2024", "Updated: 03/04/2025"]:
        assert labelled_date(line), line
    for line in ["5 killed as ferry capsizes", "Issue 50: the rebuilt streets", "Review: 1917",
                 "Budget 2025: March madness", "Three years on: the clinic"]:
        assert not reading_time(line) and not labelled_date(line), line


def test_a_reading_time_under_the_headline_is_no_title(cli, tmp_path):
    folder = tmp_path / "nuce"
    folder.mkdir()
    text = "\n".join(["nucederya.example", "", "Li Felden pira nû hat vekirin", "", "Rojda Kaya", "",
                      "3–4 deqe", "", "Weşandin: 9ê Gulanê 2025", "",
                      "FELDEN – Pira nû ya li ser çemê Feldenê roja Duşemê bi merasîmekê hat vekirin û "
                      "gundiyên herêmê êdî dikarin bi hêsanî derbasî aliyê din bibin.",
                      "Şaredarê bajêr got ku xebatên pirê şeş mehan dom kirin û bi alîkariya gundiyan "
                      "hatin temamkirin, herwiha got ku rê jî dê were nûkirin."]) + "\n"
    (folder / "pir.txt").write_text(text, encoding="utf-8")
    assert _import(cli, tmp_path / "c.db", folder) == {"pir.txt": "Li Felden pira nû hat vekirin"}


def test_a_wire_storys_copies_and_files_named_one_by_one(tmp_path):
    """Copies of one story heading files of three folders are one story: their headline is no
    template line; files named one by one (a shell's glob) are the import as folders are."""
    from archive.readers.folder_profiles import import_tops
    from archive.extract.templates import masked_key

    files = []
    for n in range(3):
        month = tmp_path / f"2025-0{n + 1}"
        month.mkdir()
        (month / "wire.txt").write_text(_other(7), encoding="utf-8")  # one story, three copies
        files.append(month / f"letter-{n}.txt")
        files[-1].write_text(_letter(n, "Weekly notes on water and farming in the delta", LETTER_HEADLINES[n]),
                             encoding="utf-8")
    tops = import_tops(files)
    assert masked_key("Weekly notes on water and farming in the delta") in tops
    assert masked_key(_other(7).splitlines()[0]) not in import_tops(list(tmp_path.iterdir()))
    assert masked_key(LETTER_HEADLINES[0]) not in tops
