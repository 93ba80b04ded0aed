"""The reporter a transcript names by its speaker labels alone (issue #13, round 35:
archive/extract/byline_transcripts.py): one person's name opening the transcript and speaking again,
every other voice a role or one word; never an interview, a panel or a hearing. Texts written for
the test."""

from archive.extract.byline_transcripts import transcript_host
from archive.readers.text import parse_text_article


def test_the_one_named_voice_of_a_report():
    paragraphs = ["Summary of the report, a sentence or two about the camp and its people.",
                  "ELIN BERGGREN: Welcome to the weekly, I'm Elin Berggren. The children are still in the camp.",
                  "GRANDMOTHER: They say the mothers are the problem. But the children are ours.",
                  "ELIN BERGGREN: The ministry would not say how many cases remain open."]
    assert transcript_host(paragraphs) == "Elin Berggren"  # as the text writes it in small letters


def test_a_name_the_text_writes_only_in_capitals_stays_so():
    paragraphs = ["CALLUM REID: The camp lies an hour from the border.", "AISHA: We have waited four years.",
                  "CALLUM REID: The government says each case is assessed on its own."]
    assert transcript_host(paragraphs) == "CALLUM REID"


def test_no_host_where_two_voices_are_named():
    interview = ["Dana Whitley: Thank you for joining us today on the programme.",
                 "Sana Qureshi: Thank you for having me, it is good to be here.",
                 "Dana Whitley: What did you see in the camp?", "Sana Qureshi: Mostly children, and mud."]
    assert transcript_host(interview) is None
    hearing = ["SEN. VOSS: The committee will come to order.", "MS. MALLORY: Thank you, Chairman.",
               "SEN. VOSS: Please go ahead with your statement."]
    assert transcript_host(hearing) is None


def test_no_host_where_the_first_voice_is_a_role_or_the_outlet():
    assert transcript_host(["PRESENTER: Good evening.", "SARA WHITCOMBE: Good evening.",
                            "PRESENTER: What happened?", "SARA WHITCOMBE: The guards left."]) is None
    assert transcript_host(["TV5MONDE: Pourquoi maintenant ?", "Claire Vasseur: Parce que le temps presse.",
                            "TV5MONDE: Et ensuite ?", "Claire Vasseur: Le retour."]) is None


def test_no_host_in_a_short_exchange():
    assert transcript_host(["JANE DOE: Hello there.", "JANE DOE: Goodbye now."]) is None


def test_the_text_reader_stores_the_reporter_and_keeps_the_turns():
    text = ("Radio Weekly: The children still in the camp\n\nPublished Friday 28 May 2021 at 10:00\n\n"
            "Sweden says it has brought home almost all of the orphaned children, but several women and their "
            "children are still held in the camp. This week we ask what is holding up their return.\n\n"
            "ELIN BERGGREN: Welcome to Radio Weekly, I'm Elin Berggren. Two years on, there are still "
            "children living in a camp in the desert.\n\n"
            "GRANDMOTHER: They say the mothers are the problem. But the children were born here and went "
            "to preschool here.\n\n"
            "ELIN BERGGREN: The ministry told us it is working on it, but would not say how many cases "
            "remain open. Social services have been preparing placements for months.\n")
    record = parse_text_article(text, "<test>")
    assert record.author == "Elin Berggren"
    assert record.body.rstrip().endswith("preparing placements for months.")


def test_no_host_where_a_credit_over_the_text_names_another_beside_them():
    turns = ["MATHILDE ROUX : Derrière ce grillage, l'annexe du camp.", "UN RESPONSABLE DU CAMP : Nous ne pouvons pas les garder.",
             "MATHILDE ROUX : Pour les familles, la question reste ouverte."]
    assert transcript_host(turns, header=["Mathilde Roux avec Karim Benali (JRI)"]) is None
    assert transcript_host(turns, header=["Le 21/10/2022 à 20:05"]) == "MATHILDE ROUX"
