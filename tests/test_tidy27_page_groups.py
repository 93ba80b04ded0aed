"""The source groups' reading of an import's HTML pages and e-mails is one walk (tidy27:
page_groups._pages, each kind giving only how its bytes become lines and names)."""

from archive.readers import page_groups

PAGE = ("<html><head><title>Ferry fares cut for pupils - Lakeland Courier</title>"
        "<meta property='og:site_name' content='Lakeland Courier'></head><body>"
        "<h1>Ferry fares cut for pupils</h1><p>04/09/2022</p>"
        "<p>The lake ferry will carry pupils at half fare from the autumn, the operator said.</p>"
        "<p>© 2022 Lakeland Courier Ltd. All rights reserved.</p></body></html>")
MAIL = ("From: Lakeland Courier <news@courier.example>\nTo: reader@example.org\nSubject: Ferry fares\n"
        "Content-Type: text/plain; charset=utf-8\n\nThe lake ferry will carry pupils at half fare.\n"
        "04/09/2022\n")


def test_pages_and_messages_are_read_by_one_walk(tmp_path):
    (tmp_path / "fares.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "fares.eml").write_text(MAIL, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a page", encoding="utf-8")
    pages, mails = page_groups.html_pages([tmp_path]), page_groups.mail_pages([tmp_path])
    assert [p.path.rsplit("/", 1)[-1] for p in pages] == ["fares.html"]
    assert [m.path.rsplit("/", 1)[-1] for m in mails] == ["fares.eml"]
    assert pages[0].signs and mails[0].signs  # the site's name and copyright line; the sender's name


def test_a_file_its_reader_fails_on_is_left_out(tmp_path):
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.html").write_text(PAGE, encoding="utf-8")

    def read(data):
        if b"never" in data:
            raise ValueError("odd")
        return data.decode().split("<p>"), ["Lakeland Courier"]

    (tmp_path / "b.html").write_text(PAGE + "never", encoding="utf-8")
    found = page_groups._pages([tmp_path], page_groups.HTML_SUFFIXES, read)
    assert [p.path.rsplit("/", 1)[-1] for p in found] == ["a.html"]
