"""names23: guards of the placing rule and of persons read off held22's wrong and missed reports (texts
written for the tests)."""

from names_index import index_bodies


def test_a_word_that_leaves_the_place_is_compared_folded(tmp_path):
    """placed_elsewhere compares the text's words folded as name keys ("opposite" is "oposite"): a word
    of _LEAVING with doubled letters ends the search, so the town after "opposite" places nothing."""
    index = index_bodies(tmp_path, {
        "opposite": "Engineers repaired a pumping station in Amuda, opposite the Turkish town of Nusaybin.",
        "between": "Smugglers use a track west of Amuda, between the Turkish town of Nusaybin and the hills.",
        "placed": "Amuda, a village in the Turkish province of Mardin, held a wedding festival.",
    })
    assert set(index.matching_ids("Amuda")) == {"opposite", "between"}


def test_a_person_in_an_apposition_with_an_indefinite_role(tmp_path):
    """person_names: a run before ", a <role>" is a person's name even where its words are a place's whole
    name ("Abu Kamal, a baker": father of Kamal) or a place noun is its surname ("Jafra Field, a ... singer");
    an acronym written as a name is a first name ("Pam Hartley, a retired nurse"). After "the", or with "the"
    before the role, the run stays the place's."""
    index = index_bodies(tmp_path, {
        "seller": "Abu Kamal, a kebab seller in Irbid, opened a second shop.",
        "town": "Abu Kamal, the director of the clinic said, has no clean water.",
        "border": "Trucks queued at Abu Kamal on Monday.",
    })
    assert set(index.matching_ids("Abu Kamal")) == {"town", "border"}


def test_an_acronym_written_as_a_first_name(tmp_path):
    index = index_bodies(tmp_path, {
        "nurse": "Pam Hartley, a retired nurse, walked across Wales for charity.",
        "agency": "PAM trucks delivered flour to Raqqa.",
    })
    assert set(index.matching_ids("WFP")) == {"agency"}


def test_a_place_noun_as_a_surname_in_an_apposition(tmp_path):
    index = index_bodies(tmp_path, {
        "singer": "Omar Field, a Canadian folk singer, cancelled a show in Halifax.",
        "field": "Guards at the Omar Field, a worker said, were rotated.",
        "oil": "Drones struck the al-Omar oil field on Sunday.",
    })
    assert set(index.matching_ids("al-Omar")) == {"field", "oil"}


def test_an_address_with_a_direction_before_the_country(tmp_path):
    """placed_elsewhere: "Hol, western Norway," is an address as "Hol, Norway," is; "Hol, eastern Syria" keeps it."""
    index = index_bodies(tmp_path, {
        "norway": "Hikers in Hol, western Norway, found the trails closed by snow.",
        "syria": "Families in Hol, eastern Syria, waited for water trucks.",
    })
    assert set(index.matching_ids("al-Hol")) == {"syria"}


def test_a_possessive_country_before_a_name_with_its_article(tmp_path):
    """placed_elsewhere: "Sudan's al-Jazira" is Sudan's as "Sudan's Jazira" is (an article between)."""
    index = index_bodies(tmp_path, {
        "sudan": "Cotton growers in Sudan's al-Jazira state counted losses after the floods.",
        "syria": "Wheat growers in the al-Jazira region counted losses after the drought.",
    })
    assert set(index.matching_ids("Jazira")) == {"syria"}


def test_a_verb_in_the_past_ends_the_mentions_placing(tmp_path):
    """placed_elsewhere: a past verb after the mention opens a clause of its own ("... sold olive oil in
    Lyon": the sale's place, not Amuda's); a placing participle does not ("based in")."""
    index = index_bodies(tmp_path, {
        "sold": "An Amuda farmers' union sold olive oil in Lyon last winter.",
        "based": "Amuda, a village based in the Turkish province of Mardin, held a festival.",
    })
    assert set(index.matching_ids("Amuda")) == {"sold"}
