"""What a copyright line names (issue #13, round 10): a web developer's credit beside it is no
publisher; a known name that is only the end of a longer name is not that outlet; an edition's
word and a year after the holder are not part of its name; a company's group word is a company."""

from archive.extract.outlet_forms import bare_name
from archive.extract.outlet_footers import footer_outlet, without_credits


def test_a_developers_credit_is_not_the_publisher():
    assert without_credits("© 2022 lakeherald.net | Powered by: Reuters Lab") == "© 2022 lakeherald.net"
    assert footer_outlet("© 2022 lakeherald.net | Powered by: Reuters Lab") is None
    assert footer_outlet("© 2021 Lake Herald. Website by Rudaw Digital") == "Lake Herald"
    assert footer_outlet("Designed and developed by Kurdistan24 | © 2020 Lake Herald") == "Lake Herald"


def test_a_known_name_inside_a_longer_name_is_not_that_outlet():
    assert footer_outlet("Copyright © Pier & Guardian 2021. All rights reserved.") == "Pier & Guardian"
    assert footer_outlet("© 2024 Lakeland Reuters Club") != "Reuters"
    assert footer_outlet("© 2024 Thomson Reuters") == "Reuters"
    assert footer_outlet("Copyright 2023 The Associated Press. All rights reserved.") == "Associated Press"
    assert footer_outlet("© 2023 Rudaw Media Network") == "Rudaw"


def test_an_editions_word_and_a_year_are_not_the_name():
    assert footer_outlet("Copyright © Lake Herald Online 2021. All rights reserved.") == "Lake Herald"
    assert bare_name("Lake Herald Digital") == "Lake Herald"
    assert bare_name("Online") == "Online"


def test_a_company_group_word_makes_the_holder_a_company():
    assert bare_name("Lake Herald Newspapers") == "Lake Herald"
    assert bare_name("Shore Publishing Limited") == "Shore"  # two forms at most
    assert footer_outlet("© 2021 Lake Herald Newspapers. All rights reserved.") is None  # a company: only if known


def test_an_institutions_long_name_is_a_holder():
    assert footer_outlet("All rights reserved © 2019 Government of the Republic of Lakeland") \
        == "Government of the Republic of Lakeland"


def test_a_contact_lines_or_a_bylines_address_on_a_known_outlets_domain():
    from archive.extract.outlet_footers import email_outlet
    from archive.readers.text import parse_text_article

    assert email_outlet("Contact the author: jane.doe@rudaw.net") == "Rudaw"
    assert email_outlet("By Jane Doe (jane.doe@rudaw.net)") == "Rudaw"
    assert email_outlet("Donations can be sent to donate@rudaw.net") is None  # in a sentence: no publisher
    assert email_outlet("Email: desk@lakeherald.example") is None  # a domain the data does not know
    text = ("The ferry between the two lake towns ran again on Monday for the first time since the storm.\n\n"
            "The operator said it would add a second boat in the summer, once the pier is repaired.\n\n"
            "Passengers said the crossing took twice as long as before because of the wreckage.\n")
    page = f"Ferry service resumes across the lake after storm\nBy Jane Doe (jane.doe@rudaw.net)\n4 April 2022\n\n{text}"
    assert parse_text_article(page, "saved/misc/ferry.txt").outlet == "Rudaw"


def test_a_known_name_with_a_kind_word_after_it_is_that_outlet():
    from archive.extract.outlets import canonical_outlet

    assert canonical_outlet("Shafaq News Agency") == "Shafaq News"
    assert canonical_outlet("Rudaw Network") == "Rudaw"
    assert canonical_outlet("Kurdistan24 TV") == "Kurdistan24"
    assert canonical_outlet("Anadolu Agency") == "Anadolu Agency"
    assert canonical_outlet("Lakeside Agency") == "Lakeside Agency"  # unknown: kept as written
