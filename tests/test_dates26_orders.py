"""The order of numeric dates decided for a group of pages (issue #13, round 26): every numeric date
of a date line votes (an update stamp beside the date settles it), and the pages of one source are
grouped by the template they share, not by the name each stores (archive/extract/date_groups.py)."""

from archive.extract.date_orders import DateOrderVotes, line_readings
from archive.extract.profile import ProfileBuilder


def test_every_numeric_date_of_a_date_line_votes():
    assert line_readings("Posted 10/06/2019 | Edited 10/14/2019") == [{"dmy", "mdy"}, {"mdy"}]
    assert line_readings("Publié 03.05.2018 - modifié 21.05.2018") == [{"dmy", "mdy"}, {"dmy"}]
    assert line_readings("Filed 07/08/2022") == [{"dmy", "mdy"}]
    # a line of prose is no date line: its figures do not vote
    assert line_readings("Between 10/06/2019 and 10/14/2019 the council met nine times in all") == [set()]
    votes = DateOrderVotes()
    votes.add("Posted 10/06/2019 | Edited 10/14/2019")
    assert votes.order() == "mdy" and votes.ambiguous == 1


def test_a_folder_whose_only_settling_value_is_a_stamp_beside_a_date():
    builder = ProfileBuilder()
    builder.add_text(["Harbour Gazette", "Ferry fares rise again", "Posted 04/07/2021",
                      "The ferry company raised its fares for the second time this year, citing fuel costs."], "a.txt")
    builder.add_text(["Harbour Gazette", "Council votes on the new pier", "Posted 02/09/2021 | Edited 02/15/2021",
                      "Councillors approved the plan for a longer pier after a debate of three hours."], "b.txt")
    profile = builder.build()
    assert profile.date_order == "mdy" and profile.date_order_from == "inferred"
