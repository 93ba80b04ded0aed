"""Round 39 (issue #13): a collector's citation of the story under its text gives the date the
header did not ("Atlantico, 15/10/2019 — entretien avec ...", an MLA citation "... L'Essentiel
[Luxembourg], 14 Mar. 2023, p. NA."): a part of the line that is a whole date, right after a name
of a few words. Through the real CLI; a text written for the test."""

import sqlite_utils

from archive.extract.header_dates import citation_date


def test_a_citation_under_the_text_dates_it(cli, db_path, tmp_path):
    folder = tmp_path / "to read"
    folder.mkdir()
    (folder / "Untitled 3.txt").write_text(
        "Djihadistes détenus en Syrie : « Une bombe à retardement »\n\n"
        "Atlantico : Avec l'offensive turque dans le nord de la Syrie, les Kurdes affirment ne plus pouvoir "
        "garantir la sécurité des prisons où sont détenus des milliers de combattants. Le risque est-il réel ?\n\n"
        "Pierre Vernier : Il est très réel. Les Forces démocratiques syriennes gardent environ douze mille "
        "hommes dans des prisons improvisées, souvent d'anciennes écoles, et la surveillance devient secondaire.\n\n"
        "Atlantico, 15/10/2019 — entretien avec Pierre Vernier\n", encoding="utf-8")
    result = cli("import", db_path, folder, "--silent")
    assert result.exit_code == 0, result.output
    assert [row["published"] for row in sqlite_utils.Database(db_path).query("select published from articles")] \
        == ["2019-10-15"]


def test_citations_by_shape():
    assert citation_date("Atlantico, 15/10/2019 — entretien avec Pierre Vernier") == "15/10/2019"
    assert citation_date("Weydert, Nora. \"Camps en Syrie.\" L'Essentiel [Luxembourg], 14 Mar. 2023, p. NA. "
                         "Gale OneFile: News") == "14 Mar. 2023"
    assert citation_date("[Reader View – site.fm – 2023-10-09 15:20]") == "2023-10-09 15:20"
    assert citation_date("Pentagon weighs options as Syria tensions rise, 2 September 2023") is None  # a teaser
    assert citation_date("The trial opens on 12 May 2023.") is None
    assert citation_date("© 2019 Outlet") is None
