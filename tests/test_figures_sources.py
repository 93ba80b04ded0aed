"""Who gave a figure, in the shapes round 39 (figures39) read in figs38: sentences written for these
tests, none taken from a bench set."""

from archive.extract.figures import attribution, find_figures


def sources(text):
    return [(f.value, f.kind, f.source) for f in find_figures(text)]


def test_a_name_with_its_abbreviation_before_said():
    """"The X (ABC) said": the bracketed letters end the subject, the name is the source."""
    text = "The International Commission on Missing Persons (ICMP) said it had identified 410 bodies near Tabqa."
    assert attribution(text)[0] == "The International Commission on Missing Persons"


def test_a_participle_and_by_names_the_source():
    """"the earlier toll announced by X was 22": X gave the figure, not "the earlier toll"."""
    text = "The toll announced by the Kurdish Red Crescent on Monday was 14."
    assert attribution(text)[0] == "Kurdish Red Crescent"
    assert attribution("Thirty detainees were released by the SDF on Friday.") == (None, None)


def test_a_relative_clause_after_the_source():
    text = "A Belgian lawyer who visited Roj last year said 40 children were still held there."
    assert sources(text)[0][2] == "A Belgian lawyer"


def test_a_brief_from_an_institute_estimates():
    text = "A new study from the Centre for Camp Research estimates that 3,000 detainees are held in Hasakah."
    assert sources(text)[0][2] == "the Centre for Camp Research"


def test_the_department_and_the_statement_refer_back():
    text = ("The Department of Foreign Relations handed over 12 orphans to a Dutch delegation. "
            "The department said it had returned 310 children since 2019.")
    assert sources(text)[1][2] == "Department of Foreign Relations"
    text = ("Security forces arrested 20 people in Tabqa, the Internal Security Forces said in a statement. "
            "The statement said 45 suspects had been detained this month.")
    assert [s for _, _, s in sources(text)] == ["Internal Security Forces"] * 2


def test_among_the_dead_continues_the_count_and_its_source():
    text = ("Airwars said 30 civilians were killed in the strikes on Raqqa. "
            "At least nine children were among the dead.")
    assert sources(text) == [(30, "killed", "Airwars"), (9, "killed", "Airwars")]


def test_a_heading_names_the_source_of_its_rows():
    text = "Weekly toll, Hasakah, May 2021 (SOHR): people killed: 12; people injured: 30."
    assert [(v, s) for v, _, s in sources(text)] == [(12, "SOHR"), (30, "SOHR")]
    # a bracket that is no organisation gives no source
    text = "Weekly toll, Hasakah (approximate): people killed: 12; people injured: 30."
    assert [s for _, _, s in sources(text)] == [None, None]


def test_she_said_after_a_quote_is_the_person_the_text_named():
    text = ('Layla Hassan walked out of Baghouz in March. "Five of my cousins were killed in the shelling," '
            'she said.')
    assert sources(text) == [(5, "killed", "Layla Hassan")]
    # a place at a sentence's start is no person
    text = 'Deir Ezzor burned for weeks. "Five of my cousins were killed," she said.'
    assert sources(text)[0][2] is None


def test_a_clause_after_while_keeps_the_account_of_the_sentence():
    text = ("SOHR said six inmates escaped from a prison in Tabqa. "
            "Guards recaptured four of them by morning, while two remain at large.")
    assert sources(text) == [(6, "other", "SOHR"), (4, "detained", "SOHR"), (2, "missing", "SOHR")]
    text = "Activists reported 15 people detained in Shaddadi, while 3 others were killed, medics said."
    assert [s for _, _, s in sources(text)] == ["Activists", "medics"]


def test_an_acronym_spelled_like_a_pronoun_is_a_source():
    text = "WHO and its partners reported 14 people killed by the outbreak in the camp."
    assert sources(text)[0][2] == "WHO"


def test_two_modifiers_before_one_noun():
    """"2,000 Iraqi and Syrian children": one noun phrase, not "Iraqi" alone (which counts nothing)."""
    assert sources("About 2,000 Iraqi and Syrian children were killed.") == [(2000, "killed", None)]
    assert sources("The raid killed 12 SDF and Asayish members.") == [(12, "killed", None)]
    assert sources("It has 30 SDF and Asayish checkpoints.") == [(30, "other", None)]


def test_a_list_item_after_a_coordinated_noun_keeps_the_list_kind():
    text = "The council said 50 of its staff had been killed: 20 nurses, 26 drivers and cooks, and three guards."
    assert [(v, k) for v, k, _ in sources(text)] == [(50, "killed"), (20, "killed"), (26, "killed"), (3, "killed")]


def test_including_after_a_count_of_things_is_of_the_people_before():
    text = ("Monitors say the SDF holds about 5,000 ISIS suspects in some 20 prisons across the region, "
            "including about 900 foreigners.")
    assert [(v, k) for v, k, _ in sources(text)] == [(5000, "detained"), (20, "other"), (900, "detained")]


def test_a_label_before_the_number_says_the_kind():
    text = "The population of Roj camp in Hasakah has now reached 3,100 people, officials said."
    assert [(v, k) for v, k, _ in sources(text)] == [(3100, "population")]
    text = ("Uzbekistan brought home 60 women and children from camps in Syria, "
            "taking the total repatriated since 2019 to 530.")
    assert [(v, k) for v, k, _ in sources(text)][-1] == (530, "returned")
    assert find_figures(text)[-1].tally == "total"


def test_people_who_hold_something_are_not_held():
    text = "Kurdish officials handed over two women and their five children, who hold Swedish passports, to Sweden."
    assert [(v, k) for v, k, _ in sources(text)] == [(2, "returned"), (5, "returned")]
    assert sources("Kurdish forces are holding 300 men who were captured in Baghouz.")[0][1] == "detained"


def test_over_the_same_period_takes_the_span_of_the_figure_before():
    text = ("SOHR said 90 civilians have been killed in the offensive since March 3. "
            "The monitor put the number of fighters killed over the same period at 240.")
    assert [f.tally for f in find_figures(text)] == ["total", "total"]
    text = ("The battle for the town cost the lives of 80 fighters, the monitor said. "
            "It also recorded the deaths of 200 militants over the same period.")
    assert [f.tally for f in find_figures(text)] == [None, None]


def test_a_table_written_as_text():
    """Rows "label - number" or "label: number" between semicolons; the heading's first word gives
    rows with no verb their kind, its bracket their source."""
    text = ("Detainees by nationality, June 2021 (prison administration figures): Iraqis - 2,000; "
            "Syrians - 1,500; total - 3,500.")
    assert sources(text) == [(2000, "detained", "prison administration"), (1500, "detained", "prison administration"),
                             (3500, "detained", "prison administration")]
    text = "Weekly toll (SOHR): civilians killed: 12; fighters killed - 30."
    assert sources(text) == [(12, "killed", "SOHR"), (30, "killed", "SOHR")]
    assert sources("Vehicles by type: trucks - 20; cars - 30.") == [(20, "other", None), (30, "other", None)]
    # a dash in running text is no row
    assert sources("The convoy - 14 - left at dawn.") == []


def test_the_main_verb_after_a_participle_phrase():
    text = "Some 300 Yazidi women abducted by ISIS in 2014 remain missing, activists said."
    assert sources(text) == [(300, "missing", "activists")]
    # another figure between them keeps each its own verb
    assert [k for _, k, _ in sources("Two people died and five others were injured.")] == ["killed", "wounded"]


def test_a_camp_named_in_two_words_and_its_own_administration():
    text = ("Iraq's migration ministry said 150 families were brought back from Syria. "
            "About 12,000 Iraqis remain in Al Hol, according to the camp administration.")
    assert sources(text)[-1] == (12000, "population", "the camp administration")


def test_cases_of_people_count_people():
    text = "The Hasakah-based Families of the Missing Network says it has registered 900 cases of people missing since 2015."
    assert sources(text) == [(900, "missing", "Families of the Missing Network")]
    assert sources("Doctors recorded 1,200 cases of cholera in the camp.")[0][1] == "other"


def test_one_with_a_three_word_noun_phrase_and_a_kind_verb():
    assert sources("One American service member was slightly wounded in the raid.") == [(1, "wounded", None)]
    assert sources("One US military official said the raid went well.") == []


def test_a_subject_with_another_verb_before_and_said():
    text = "A Dutch official visited a camp in Hasakah and said 25 Dutch children were still held there."
    assert sources(text)[0][2] == "A Dutch official"
    # a figure before "and said" is not what was said
    text = "The minister attacked the six new proposals and said they would fail."
    assert sources(text)[0][2] is None


def test_a_capitalised_name_is_no_back_reference():
    found = find_figures("The Countryside Alliance says it expects up to 4,000 supporters to march.")[0]
    assert (found.source, found.source_entity) == ("The Countryside Alliance", None)


def test_a_number_then_were_and_a_noun_with_its_verb():
    text = "The report found that about 9,000 were foreign women and children housed in the annex of the camp."
    assert [(v, k) for v, k, _ in sources(text)] == [(9000, "population")]
    # continuing the figure before, the noun and source stay the account's
    text = "SOHR said the toll rose to 40. Of them, 12 were children killed in the shelling."
    assert [(v, k, s) for v, k, s in sources(text)] == [(40, "killed", "SOHR"), (12, "killed", "SOHR")]


def test_the_verb_before_governs_a_participle_of_another_kind():
    text = "The group said it had helped reunite 30 Yazidi children rescued from the camp with their families."
    assert sources(text)[0][:2] == (30, "returned")
    assert sources("ISIS fighters killed 20 villagers abducted the week before.")[0][:2] == (20, "killed")


def test_a_population_that_rises_is_no_running_total():
    text = "The population of Roj camp has risen to 3,100 people, officials said."
    assert [(f.value, f.kind, f.tally) for f in find_figures(text)] == [(3100, "population", None)]
    text = "SOHR said the toll of the clashes has risen to 90 since Sunday. The remaining 12 were civilians killed by shelling."
    assert [(f.value, f.tally) for f in find_figures(text)] == [(90, "total"), (12, "total")]


def test_a_report_of_an_organisation_for_a_month_and_the_tally_after_it():
    text = ("The monthly report of the Kurdish Human Rights Network (KHRN) for May recorded 14 raids in Raqqa. "
            "The raids killed 6 people, according to the tally.")
    assert [s for _, _, s in sources(text)] == ["the Kurdish Human Rights Network"] * 2


def test_a_name_before_a_the_apposition_and_the_centre_after_a_name():
    assert sources("Reprieve, the legal charity, said 25 British children were in the camps.")[0][2] == "Reprieve"
    assert sources("On Monday, the council said 40 families had returned to Raqqa.")[0][2] != "On Monday"
    text = ("The SDF arrested 15 ISIS members in Shuhayl, the SDF media centre said. "
            "Two members of the cell were killed when they resisted arrest, the centre added.")
    assert [s for _, _, s in sources(text)] == ["SDF", "SDF"]
