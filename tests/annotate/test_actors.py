"""Actors: dictionary codes, metonymy, roles learned from the article, and "he" resolved.

Every sentence here is written for these tests; the people in them are made up unless the
dictionary's own officeholders are the point.
"""

from __future__ import annotations

import re

import pytest

from wirecoder.ingest.base import ReadOptions, make_article
from wirecoder.ingest.clean import layout
from wirecoder.nlp import pipeline as nlp_pipeline


def _entity(coded, text):
    return next(e for e in coded["entities"] if e["text"] == text)


@pytest.fixture(scope="module")
def annotate(extractor):
    """annotate(text) -> the annotated Doc, for asking the actor index directly."""

    def run(text: str, published: str | None = "2021-03-10"):
        article = make_article(text, "<test>", ReadOptions(published=published))
        (doc,) = nlp_pipeline.parse(extractor.nlp, [(article, layout(article.text, None))])
        return extractor.annotate(doc)

    return run


@pytest.fixture(scope="module")
def resolve(annotate):
    """resolve(text, word, nth=0) -> the entity the index resolves that word to (or None)."""

    def run(text: str, word: str, nth: int = 0, published: str | None = "2021-03-10"):
        doc = annotate(text, published)
        token = [t for t in doc if t.text == word][nth]
        mention = doc._.wc_actor_index.resolve(token)
        return mention.entity if mention else None

    return run


# -- dictionaries: countries, capitals and seats, IGOs, groups --------------------------------
@pytest.mark.parametrize("sentence,text,country,sector,how", [
    ("Moscow said the talks had failed.", "Moscow", "RUS", "GOV", "metonymy"),
    ("The Kremlin rejected the offer.", "Kremlin", "RUS", "GOV", "metonymy"),
    ("The White House rejected the offer.", "White House", "USA", "GOV", "metonymy"),
    ("The Pentagon sent more drones to the region.", "Pentagon", "USA", "MIL", "metonymy"),
    ("NATO condemned the attack.", "NATO", "IGO", None, "dictionary"),
    ("The African Union suspended Mali.", "African Union", "IGO", None, "dictionary"),
    ("The Taliban attacked a checkpoint.", "Taliban", "AFG", None, "dictionary"),
    ("Al-Shabaab claimed the bombing in a statement.", "Al-Shabaab", "SOM", "REB", "dictionary"),
    ("The Kurdistan Regional Government closed the crossing.", "Kurdistan Regional Government", "IRQ", "GOV",
     "dictionary"),
])
def test_dictionary_actors(code, sentence, text, country, sector, how):
    e = _entity(code(sentence, published="2019-05-01"), text)
    assert e["country"] == country
    assert sector is None or e["sector"] == sector
    assert e["how"] == how


def test_place_after_in_is_not_an_actor(code):
    assert all(e["text"] != "Moscow" for e in code("Protesters gathered in Moscow.")["entities"])


# -- sectors from agent nouns and titles -----------------------------------------------------
@pytest.mark.parametrize("noun,sectors", [
    ("government", {"GOV"}), ("minister", {"GOV"}), ("president", {"GOV"}), ("army", {"MIL"}),
    ("troops", {"MIL"}), ("soldiers", {"MIL"}), ("police", {"COP"}), ("rebels", {"REB"}),
    ("militants", {"REB"}), ("protesters", {"CVL", "OPP"}), ("students", {"CVL", "OPP"}),
    ("civilians", {"CVL"}), ("court", {"JUD"}), ("judge", {"JUD"}), ("parliament", {"LEG"}),
    ("lawmakers", {"LEG"}), ("cleric", {"REL"}), ("ayatollah", {"REL"}), ("customs", {"COP"}),
    ("ministries", {"GOV"}), ("coastguard", {"MIL"}),
])
def test_agent_nouns_give_the_sector(resolve, noun, sectors):
    e = resolve(f"The Chadian {noun} said on Monday that the road was closed.", noun)
    assert e is not None and e.sector in sectors
    assert e.country == "TCD"  # from the demonym


@pytest.mark.parametrize("sentence,word,country,sector", [
    ("Moscow expelled two Estonian diplomats.", "diplomats", "EST", "GOV"),
    ("Somali police arrested five men.", "police", "SOM", "COP"),
    ("The Russian foreign ministry summoned the ambassador.", "ministry", "RUS", "GOV"),
    ("Border guards from Poland stopped the convoy.", "guards", "POL", "COP"),
    # the people of a body named by several words are of the body's sector
    ("Chinese coast guard personnel boarded the boats.", "personnel", "CHN", "MIL"),
    ("Chinese coast guard officers boarded the boats.", "officers", "CHN", "MIL"),  # (not police)
    ("The government of Iraq closed the crossing.", "government", "IRQ", "GOV"),
    # a state's leaders govern it; leaders of anything else keep that thing's sector
    ("The leaders of France and Germany met in Paris.", "leaders", "FRA", "GOV"),
    ("Religious leaders in Iraq condemned the attack.", "leaders", "IRQ", "REL"),
])
def test_noun_phrase_actor_from_its_words(resolve, sentence, word, country, sector):
    e = resolve(sentence, word)
    assert (e.country, e.sector) == (country, sector)


@pytest.mark.parametrize("sentence,text,country,sector", [
    ("Kenya Defence Forces said five soldiers were wounded.", "Kenya Defence Forces", "KEN", "MIL"),
    ("The Saudi Interior Ministry said the pilgrims were safe.", "Saudi Interior Ministry", "SAU", "GOV"),
])
def test_organisation_names_with_country_words(code, sentence, text, country, sector):
    e = _entity(code(sentence), text)
    assert (e["country"], e["sector"]) == (country, sector)


@pytest.mark.parametrize("sentence,word,sector", [
    ("Kurdish fighters attacked the checkpoint.", "fighters", "REB"),
    ("Pashtun elders met the governor.", "elders", "CVL"),
    ("Uyghur activists protested outside the embassy.", "activists", "OPP"),
])
def test_ethnic_adjectives_give_no_country(resolve, sentence, word, sector):
    e = resolve(sentence, word)
    assert e is not None and e.country is None and e.sector == sector


def test_noun_phrase_recipient_of_an_event(code):
    (e,) = [e for e in code("Moscow expelled two Estonian diplomats.")["events"] if e["event"] == "SANCTION"]
    (r,) = e["recipient"]
    assert (r["country"], r["sector"]) == ("EST", "GOV")
    assert r["text"] == "Estonian diplomats"


# -- roles the article gives a person --------------------------------------------------------
@pytest.mark.parametrize("sentence,person,country,sector,evidence", [
    ("Somali police spokesman Abdifatah Hassan Aden told reporters the attack was over.",
     "Abdifatah Hassan Aden", "SOM", "COP", "Somali police spokesman"),
    ("Marta Kowalczyk, the Polish defence minister, visited Vilnius.", "Marta Kowalczyk", "POL", "GOV",
     "Polish defence minister"),
    ("Kenya's interior minister Daniel Omondi ordered the arrests.", "Daniel Omondi", "KEN", "GOV",
     "Kenya's interior minister"),
    ("Ahmed Warsame, a spokesman for the Iraqi interior ministry, said the border was closed.",
     "Ahmed Warsame", "IRQ", "GOV", "spokesman for the Iraqi interior ministry"),
    ("Brazilian army commander Paulo Ferreira inspected the base.", "Paulo Ferreira", "BRA", "MIL",
     "Brazilian army commander"),
    # the head of a body that is no government takes no government sector
    ("Karim Ben Salah, the president of the Tunisian League for the Defence of Human Rights, spoke.",
     "Karim Ben Salah", "TUN", None, "president of the Tunisian League for the Defence of Human Rights"),
])
def test_roles_learned_from_the_article(code, sentence, person, country, sector, evidence):
    e = _entity(code(sentence), person)
    assert (e["country"], e["sector"], e["kind"]) == (country, sector, "person")
    assert e["how"] == f"appositive: {evidence}"


def test_an_office_held_as_a_role(code):
    e = _entity(code("Marco Ferrante resigned as prime minister of Italy on Thursday."), "Marco Ferrante")
    assert (e["country"], e["sector"]) == ("ITA", "GOV") and e["how"] == "as prime minister"


@pytest.mark.parametrize("sentence,word,sector", [
    ("The former president criticised the government.", "president", "ELI"),
    ("Former defence minister Jan Nowak criticised the government.", "Nowak", "ELI"),
])
def test_former_officeholders_are_elites(resolve, sentence, word, sector):
    assert resolve(sentence, word).sector == sector


def test_title_the_parse_hung_on_a_preposition(code):
    e = _entity(code("US Ambassador to Germany Tom Walsh alleged that the airline had helped militias."),
                "Tom Walsh")
    assert (e["country"], e["sector"]) == ("USA", "GOV")


def test_an_officeholder_in_office_keeps_the_dictionary_code(code):
    e = _entity(code("They asked Hong Kong Chief Executive Carrie Lam to resign.", published="2019-08-01"),
                "Carrie Lam")
    assert (e["country"], e["sector"], e["how"]) == ("HKG", "GOV", "dictionary")


def test_a_title_before_a_name_is_not_an_organisation(code):
    coded = code("US President Donald Trump met the Serbian prime minister.", published="2018-05-01")
    assert [e["text"] for e in coded["entities"] if e["kind"] == "organisation"] == []
    assert _entity(coded, "Donald Trump")["sector"] == "GOV"


# -- the same person however the article names them -----------------------------------------
STORY = ("Kenya's interior minister Daniel Omondi ordered the arrests on Monday.\n\n"
         "He accused Somalia of harbouring the attackers. Mr Omondi later met Somali officials. "
         "Omondi said the border would stay closed. The interior minister did not say for how long.")


@pytest.mark.parametrize("text,nth", [("He", 0), ("Omondi", 1), ("Omondi", 2), ("minister", 1)])
def test_later_mentions_resolve_to_the_person(resolve, text, nth):
    e = resolve(STORY, text, nth)
    assert (e.name, e.country, e.sector, e.kind) == ("Daniel Omondi", "KEN", "GOV", "person")
    assert e.how == "coreference: Daniel Omondi"


def test_a_surname_opening_a_sentence_is_the_person_though_tagged_a_noun(code):
    """The tagger reads "Blankenship" at the start of a sentence as a common noun."""
    out = code("Kenyan candidate Don Blankenship spoke on Monday. Blankenship criticized the media for "
               "maintaining the status quo.")
    (accuse,) = [e for e in out["events"] if e["event"] == "ACCUSE"]
    assert [(a["text"], a["country"]) for a in accuse["actor"]] == [("Blankenship", "KEN")]


@pytest.mark.parametrize("nth", [2, 4])  # the bare "Omondi"s, after the wife's and the daughter's names
def test_a_bare_surname_is_the_first_bearer_named_not_the_latest(resolve, nth):
    """News names a second bearer of a surname in full; "Omondi" alone is still the minister."""
    story = ("Kenya's interior minister Daniel Omondi and his wife Grace Omondi tested positive on Friday. "
             "Omondi was taken to hospital. Staff including his daughter Ruth Omondi were tested. "
             "Omondi posted on Twitter that he felt well.")
    e = resolve(story, "Omondi", nth)
    assert (e.name, e.country, e.sector) == ("Daniel Omondi", "KEN", "GOV")


def test_pronoun_actor_of_an_event_has_the_persons_code(code):
    coded = code(STORY)
    accuse = next(e for e in coded["events"] if e["event"] == "ACCUSE")
    (actor,) = accuse["actor"]
    assert actor["text"] == "He" and actor["country"] == "KEN" and actor["sector"] == "GOV"
    assert actor["how"] == "coreference: Daniel Omondi"
    later = [e for e in coded["entities"] if e["text"] == "Omondi"]
    assert len(later) == 2 and all(e["country"] == "KEN" and e["name"] == "Daniel Omondi" for e in later)


def test_he_in_a_clause_is_the_role_its_main_clause_is_about(code):
    text = "The Kenyan foreign minister met the IMF chief in Geneva, where he denounced the sanctions on Uganda."
    accuse = next(e for e in code(text)["events"] if e["event"] == "ACCUSE")
    (actor,) = accuse["actor"]
    assert (actor["text"], actor["country"], actor["sector"]) == ("he", "KEN", "GOV")


def test_an_object_pronoun_of_an_infinitive_is_not_its_subject(code):
    coded = code("Two Ugandan ministers refused to hand them over.")
    assert not [e for ev in coded["events"] for e in ev["recipient"] if e["text"] == "them" and e["country"] == "UGA"]


def test_he_called_on_tallinn(code):
    text = ("Russia's foreign minister Sergei Lavrov arrived in Minsk on Monday. "
            "He called on Tallinn to withdraw its complaint.")
    request = next(e for e in code(text)["events"] if e["event"] == "REQUEST")
    (actor,) = request["actor"]
    assert (actor["text"], actor["country"], actor["sector"]) == ("He", "RUS", "GOV")
    assert [r["country"] for r in request["recipient"]] == ["EST"]


@pytest.mark.parametrize("text,word,nth,name", [
    # the president named earlier, then "the president"
    ("Ghana's president Kwame Mensah opened the summit. The president then left for Accra.", "president", 1,
     "Kwame Mensah"),
    # gender from a first name: "she" is not the man named last
    ("Grace Wanjiru met Daniel Omondi in Nairobi. She said the talks went well.", "She", 0, "Grace Wanjiru"),
    # gender from an honorific
    ("Ms Achieng and Peter Otieno spoke to the court. She denied the charges.", "She", 0, "Achieng"),
    # gender from a gendered title
    ("Police spokeswoman Nkechi Obi and Tunde Bello arrived. She said two men were held.", "She", 0, "Nkechi Obi"),
    # "him" is not the subject of its own verb
    ("Daniel Omondi met Peter Otieno on Monday. Otieno praised him.", "him", 0, "Daniel Omondi"),
    # "Speaking to X, he said": he is not X
    ("Ali Hassan had led the talks. Speaking to Jamal Farouk on Monday, he said the deal was close.", "he", 0,
     "Ali Hassan"),
    # a different full name with the same surname is a different person
    ("Yusuf Abdi was invited to the capital. His father Farah Abdi said he was proud.", "he", 0,
     "Farah Abdi"),
])
def test_who_a_pronoun_or_title_means(resolve, text, word, nth, name):
    e = resolve(text, word, nth)
    assert e is not None and e.name == name


@pytest.mark.parametrize("text,person,not_person", [
    ("Princess Amira Nasser said she would stand in the election.", "Amira Nasser", "Princess"),
    ("General Motors said it would close the plant in Ohio.", None, "Motors"),
])
def test_a_title_before_a_name_marks_a_person(code, text, person, not_person):
    people = [e["text"] for e in code(text)["entities"] if e["kind"] == "person"]
    assert not_person not in " ".join(people)
    assert person is None or person in people


def test_a_first_name_marks_a_person_the_tagger_took_for_an_organisation(code):
    coded = code("On Friday, Ricardo Rosselló Nevares resigned as the governor of Puerto Rico.")
    assert _entity(coded, "Ricardo Rosselló Nevares")["kind"] == "person"
    (e,) = coded["events"]
    assert e["event"] == "RETREAT" and e["actor"][0]["country"] == "PRI"


def test_a_word_of_a_persons_name_is_no_country(code):
    """"Sana" in a name is not SANA, the Syrian news agency."""
    coded = code("On Friday in Pakistan, Imran Qureshi, brother of social media personality and activist "
                 "Sana Baloch, was sentenced to life in prison by a court in Lahore.")
    assert _entity(coded, "Imran Qureshi")["country"] != "SYR"


def test_a_nationality_before_a_title_gives_the_person_its_country(code):
    """Not the dictionary's King Abdullah of Saudi Arabia: the text says whose king."""
    coded = code("Jordanian King Abdullah vowed on Monday to end the public-order curfews.", published=None)
    (king,) = [e for e in coded["entities"] if e["kind"] == "person"]
    assert king["text"] == "Abdullah" and (king["country"], king["sector"]) == ("JOR", "GOV")


def test_he_inside_a_quote_is_not_the_person_quoted(resolve):
    text = ('Opposition leader Joseph Kamau was arrested on Friday. '
            '"He has done nothing wrong," said Mary Njeri, a Kenyan lawyer.')
    assert resolve(text, "He").name == "Joseph Kamau"


def test_no_antecedent_no_code(resolve):
    assert resolve("He said the talks had failed.", "He") is None


def test_a_time_of_day_is_no_actor(resolve):
    assert resolve("The Polish border crossing reopened at 2 p.m. on Monday.", "p.m.") is None


def test_a_name_that_is_also_a_place_stays_a_person(code):
    text = ("Lena Paris, a Danish aid worker, said she was held for a week. "
            "Paris said the guards took her passport.")
    coded = code(text)
    assert _entity(coded, "Lena Paris")["country"] == "DNK"
    later = [e for e in coded["entities"] if e["text"] == "Paris"]
    assert later and later[0]["kind"] == "person" and later[0]["how"] == "coreference: Lena Paris"


# -- I and we inside a quote: its speaker -------------------------------------------------------
@pytest.mark.parametrize("text,word,country,sector", [
    ('"I call on Russia to withdraw", the Estonian foreign minister said.', "I", "EST", "GOV"),
    ('"We warn the Saudis that our targets will expand," said the Houthi spokesman.', "We", "YEM", None),
    ('Iranian Foreign Minister Javad Zarif said: "We will not negotiate with them."', "We", "IRN", "GOV"),
])
def test_first_person_in_a_quote_is_its_speaker(resolve, text, word, country, sector):
    e = resolve(text, word)
    assert e is not None and e.country == country and (sector is None or e.sector == sector)


def test_first_person_outside_quotes_is_nobody(resolve):
    assert resolve("We will not negotiate with Iran, the minister said.", "We") is None


@pytest.mark.parametrize("text,word,country", [
    ("North Korean troops crossed the border.", "troops", "PRK"),  # not "Korean" alone: South Korea
    ("South Korean troops crossed the border.", "troops", "KOR"),
    ("South Sudanese troops crossed the border.", "troops", "SSD"),  # not Sudan
    ("Sri Lankan police arrested the suspects.", "police", "LKA"),
    ("Central African troops attacked the rebels.", "troops", "CAF"),
    ("South African police arrested the suspects.", "police", "ZAF"),
])
def test_country_words_of_two_words_are_read_whole(resolve, text, word, country):
    e = resolve(text, word)
    assert e is not None and e.country == country


@pytest.mark.parametrize("text,word,country", [
    ("The Malian junta suspended Radio France Internationale.", "Internationale", "FRA"),  # a state broadcaster
    ("The report was broadcast by Voice of America.", "America", "USA"),
    ("The interview was published by The Washington Post.", "Post", None),  # a paper speaks for no state
    ("CCTV captured their arrival at the Nairobi police headquarters.", "CCTV", None),  # often a camera
])
def test_state_broadcasters_are_their_states_and_other_outlets_no_ones(resolve, text, word, country):
    e = resolve(text, word)
    assert e is not None and e.sector == "MED" and e.country == country


# -- it: a body saying what it did ------------------------------------------------------------
@pytest.mark.parametrize("text,country,sector", [
    ("Russia said it had struck a depot near Kharkiv.", "RUS", None),
    ("The Nigerian army said it had killed 30 fighters.", "NGA", "MIL"),
    ("Hamas warned it would fire more rockets.", "PSE", None),
    ("The United States said it had imposed new sanctions.", "USA", None),  # a plural name is one body
    ("Taliban spokesman Zabihullah Mujahid said it had captured the district.", "AFG", "REB"),  # spoken for
])
def test_it_after_a_body_speaks_is_that_body(resolve, text, country, sector):
    e = resolve(text, "it")
    assert e is not None and e.country == country and (sector is None or e.sector == sector)


@pytest.mark.parametrize("text,country,sector", [
    ("Al-Shabaab has fought the Somali government since 2006. It kidnapped two Kenyan doctors in 2019.",
     "SOM", "REB"),
    ("Kenya protested to Uganda on Monday. It also recalled its ambassador.", "KEN", None),
])
def test_an_opening_it_doing_something_is_the_body_the_sentence_before_was_about(resolve, text, country, sector):
    e = resolve(text, "It")
    assert e is not None and e.country == country and (sector is None or e.sector == sector)


@pytest.mark.parametrize("text", [
    "Kenya protested on Monday. It is unclear whether talks will resume.",  # "it" of "it is"
    "The Kenyan Tennis Federation released a statement. It read: we condemn violence.",  # the statement
    "The Kenyan ministers protested. It rained all day.",  # weather; a plural is not "it"
])
def test_an_opening_it_that_is_no_body_is_left_alone(resolve, text):
    assert resolve(text, "It") is None


@pytest.mark.parametrize("text", [
    "President Macron said it was a mistake.",  # a person is never "it"
    "Russia said it was a provocation.",  # the "it" of a judgement
    "The report was late and it blamed Russia.",  # not what someone said of itself
    "Chinese officials confirmed it has killed three people.",  # a plural is not "it"
])
def test_other_its_are_left_alone(resolve, text):
    assert resolve(text, "it") is None


# -- they: the last plural group subject, conservatively ---------------------------------------
@pytest.mark.parametrize("text,word,country,sector", [
    ("Kenya Defence Forces said they killed 30 militants.", "they", "KEN", "MIL"),
    ("Somali rebels attacked the town on Monday. They burned the market.", "They", "SOM", "REB"),
    ("Two Afghan soldiers and three Afghan troops held the road. They withdrew at dusk.", "They", "AFG", "MIL"),
    ("UNICEF said they had delivered vaccines to Chad.", "they", "UNO", None),  # an acronym tagged NN
    ("The Kenyan army said they had killed five militants.", "they", "KEN", "MIL"),  # a body as its members
    # a team named again by its bare noun is the one named before, with its country
    ("A Kenyan girls' chess team flew to Oslo. The team arrived late. They were denied visas.", "They",
     "KEN", None),
])
def test_they_is_the_last_plural_group(resolve, text, word, country, sector):
    e = resolve(text, word)
    assert e is not None and e.country == country and (sector is None or e.sector == sector)
    assert e.how.startswith("coreference: ")


def test_them_is_not_the_subject_of_its_own_clause(resolve):
    e = resolve("Somali police said the rebels attacked them on Monday.", "them")
    assert e is not None and (e.country, e.sector) == ("SOM", "COP")


def test_an_object_them_is_what_was_done_to_not_its_own_subject(resolve):
    e = resolve("The Kenyan Olympiad shows young people the opportunities available to them.", "them")
    assert e is not None and e.text == "them" and e.how == "coreference: young people"


@pytest.mark.parametrize("text", [
    "Afghan soldiers and Afghan police held the road. They withdrew at dusk.",  # two sectors
    "The talks collapsed on Monday. They had lasted a week.",  # no actor
    '"They will pay for this," said Somali rebels.',  # inside a quote
])
def test_they_left_unresolved_when_in_doubt(resolve, text):
    word = next(w for w in re.findall(r"\w+", text) if w in ("They", "they", "them"))
    assert resolve(text, word) is None


# -- a body named again by its bare noun ---------------------------------------------------------
@pytest.mark.parametrize("text,word,nth,country", [
    ("Kenyan police said the Ugandan embassy in Nairobi had flown the suspect home. "
     "The embassy declined to comment.", "embassy", 1, "UGA"),
    ("The Parliament of Iraq voted on the resolution. It was boycotted by Kurdish Members of Parliament.",
     "Members", 0, "IRQ"),
])
def test_a_body_named_again_is_the_one_named_before(resolve, text, word, nth, country):
    e = resolve(text, word, nth)
    assert e is not None and e.country == country
    assert "named before" in e.how


def test_a_body_named_again_takes_the_nearest_one_before(resolve):
    text = ("Ghana's embassy in Lome opened in May. Togo's embassy in Accra closed in June. "
            "The embassy said it would reopen.")
    assert resolve(text, "embassy", 2).country == "TGO"


def test_they_for_several_sides_stands_for_each(annotate):
    """A "they" whose antecedent joins sides of different countries stands for each of them, in
    events as in the index, also two sentences on, past a sentence about someone else."""
    text = ("The foreign minister of Kenya and his Ugandan and Tanzanian counterparts met in Arusha on Monday. "
            "The Rwandan foreign minister joined the talks as an observer. "
            "They called on Burundi to reopen the border.")
    doc = annotate(text)
    index = doc._.wc_actor_index
    they = [t for t in doc if t.text == "They"][0]
    sides = index.sides(they, index.resolve(they))
    assert {m.entity.country for m in sides} == {"KEN", "UGA", "TZA"}
    assert all(m.span.text == "They" for m in sides)


def test_they_for_two_countries(resolve):
    e = resolve("Russia and China said they would veto the resolution.", "they")
    assert e is not None and e.country in ("RUS", "CHN")


def test_first_names_from_the_census_know_gender_but_not_places_months_or_titles():
    from wirecoder.annotate.given_names import FEMALE_NAMES, MALE_NAMES

    assert "marisol" in FEMALE_NAMES - MALE_NAMES and "thaddeus" in MALE_NAMES - FEMALE_NAMES
    assert "bernie" in MALE_NAMES  # a first name of both, which rules no one out, is still a first name
    for word in ("georgia", "paris", "austin", "june", "august", "king", "asia"):
        assert word not in MALE_NAMES | FEMALE_NAMES, word
    assert "andrea" in MALE_NAMES & FEMALE_NAMES  # our own list wins: a man's name in Italy


def test_a_first_name_inside_a_place_name_is_no_person(code):
    coded = code("The Puerto Rico Senate filed a lawsuit against the governor.")
    assert not [e for e in coded["entities"] if e["kind"] == "person" and e["text"].startswith("Rico")]


def test_a_name_does_not_run_on_into_the_phrase_after_it(code):
    """The model tags "Patrice Talon of" as a name; the actor is "Patrice Talon", of Benin."""
    out = code("On Sunday, Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the agreement.")
    (signing,) = [e for e in out["events"] if e["event"] == "SUPPORT"]
    assert {(a["text"], a["country"]) for a in signing["actor"]} == {("Muhammadu Buhari", "NGA"),
                                                                     ("Patrice Talon", "BEN")}


def test_a_person_of_a_country_is_of_that_country(code):
    (e,) = code("Patrice Talon of Benin criticised the decision of the United States.")["events"]
    assert [(a["text"], a["country"]) for a in e["actor"]] == [("Patrice Talon", "BEN")]


@pytest.mark.parametrize("text,country,sector", [
    ("Colonel Otieno of the Kenyan army attacked Ugandan citizens.", "KEN", "MIL"),
    ("James Otieno of the Kenyan police attacked Ugandan citizens.", "KEN", "COP"),
])
def test_a_person_of_a_countrys_body_is_of_that_country_and_body(code, text, country, sector):
    (e,) = code(text)["events"]
    assert [(a["country"], a["sector"]) for a in e["actor"]] == [(country, sector)]


def test_the_office_holders_just_named_are_all_of_them(code):
    text = ("Kenyan foreign minister Amina Yusuf and Ugandan foreign minister John Okello met in Nairobi on "
            "Wednesday. The Tanzanian foreign minister, Peter Mwita, joined the talks as an observer.\n\n"
            "The foreign ministers agreed to hold a summit in Arusha.")
    (agree,) = [e for e in code(text)["events"] if e["event"] == "AGREE"]
    assert {a["country"] for a in agree["actor"]} >= {"KEN", "UGA"}


def test_two_titled_names_joined_by_and_are_both_with_their_own_countries(code):
    out = code("Kenyan foreign minister Amina Yusuf and Ugandan foreign minister John Okello met in Nairobi on Wednesday.")
    (met,) = [e for e in out["events"] if e["event"] == "CONSULT"]
    assert {(a["text"], a["country"]) for a in met["actor"]} == {("Amina Yusuf", "KEN"), ("John Okello", "UGA")}


def test_the_swede_just_named_is_swedish_for_the_whole_article(code):
    text = ("A jury in Oslo gave its prize to the climate campaigner Linnea Forsberg on Monday. The "
            "nineteen-year-old Swede had led a protest outside the parliament in Oslo. Forsberg criticised "
            "the Norwegian government.")
    out = code(text)
    assert {e["country"] for e in out["entities"] if "Forsberg" in e["text"]} == {"SWE"}
    (accuse,) = [e for e in out["events"] if e["event"] == "ACCUSE"]
    assert [a["country"] for a in accuse["actor"]] == ["SWE"]


def test_the_national_is_not_guessed_among_several_people(code):
    out = code("Amina Yusuf met John Okello in Nairobi. The Kenyan said the talks went well.")
    assert {e["country"] for e in out["entities"] if e["text"] in ("Amina Yusuf", "John Okello")} == {None}


def test_a_body_named_with_its_acronym_after_it_gives_its_head_its_code(code):
    (e,) = code("Organisation of Islamic Cooperation (OIC) head Yousef Al-Othaimeen condemned the attack.")["events"]
    assert [(a["text"], a["country"]) for a in e["actor"]] == [("Yousef Al-Othaimeen", "IGO")]


def test_a_name_with_bin_goes_by_its_first_word(code):
    text = ("Osama bin Laden's son Hamza bin Laden was killed in an air strike. Osama was killed by US special "
            "forces in Pakistan in 2011.")
    (kill,) = [e for e in code(text)["events"] if e["trigger"]["text"] == "killed" and e["actor"]]
    (osama,) = kill["recipient"]
    assert (osama["text"], osama["name"], osama["country"]) == ("Osama", "Osama bin Laden", "IMG")


def test_a_sea_named_after_a_country_is_not_that_country(code):
    out = code("Iran's Revolutionary Guards seized an oil tanker in the Gulf of Oman.")
    assert "OMN" not in {e["country"] for e in out["entities"]}


def test_a_name_with_the_arabic_article_goes_by_the_word_after_it(code):
    text = ("Turkish Foreign Minister Hakan Fidan met his Syrian counterpart Asaad al-Shaibani in Ankara. "
            "Shaibani thanked Turkey for its support.")
    out = code(text)
    assert {(e["name"], e["country"]) for e in out["entities"] if e["text"] == "Shaibani"} == {
        ("Asaad al-Shaibani", "SYR")}


def test_its_commander_after_a_sentence_about_an_armed_group_is_the_groups(code):
    text = ("The Syrian Democratic Forces rejected the comments. Its commander, Mazloum Abdi, told Reuters the "
            "group was ready for dialogue.")
    out = code(text)
    assert {(e["country"], e["sector"]) for e in out["entities"] if e["text"] == "Mazloum Abdi"} == {("SYR", "REB")}


def test_a_body_keeps_the_sector_of_its_first_dictionary_entry(code):
    # ECOWAS is an intergovernmental body; a second list's economic reading is not mixed in
    (e,) = code("The ECOWAS bloc threatened military intervention in Niger.")["events"]
    assert [(a["country"], a["sector"]) for a in e["actor"]] == [("IGO", None)]


def test_a_military_spokesman_speaks_for_the_military_and_a_groups_for_the_group(code):
    out = code("The Israeli military spokesman, Rear Admiral Daniel Hagari, said the strikes targeted depots. "
               "Houthi military spokesperson Yahya Sarea said the group had fired missiles.")
    sectors = {e["text"]: (e["country"], e["sector"]) for e in out["entities"] if e["kind"] == "person"}
    assert (sectors["Daniel Hagari"], sectors["Yahya Sarea"]) == (("ISR", "MIL"), ("YEM", "REB"))


@pytest.mark.parametrize("text,person,codes", [
    ("The Law Society of Kenya said the shootings were unjustified. Its president, Faith Odhiambo, spoke "
     "to reporters.", "Faith Odhiambo", ("KEN", None)),
    ("The Kenyan government defended the police. Its spokesman, Isaac Mwaura, said officers acted lawfully.",
     "Isaac Mwaura", ("KEN", "GOV")),
])
def test_its_president_or_spokesman_takes_the_bodys_codes(code, text, person, codes):
    out = code(text)
    assert {(e["country"], e["sector"]) for e in out["entities"] if e["text"] == person} == {codes}


@pytest.mark.parametrize("text,word,country", [
    ("The European Union imposed new sanctions on Russia. The bloc also banned imports of Russian gas.", "bloc", "EUR"),
    ("Saudi Arabia restored ties with Iran. The kingdom also invited Iranian President Ebrahim Raisi to visit.",
     "The kingdom", "SAU"),
    ("Israel struck targets in Lebanon. The Jewish state also expelled two Lebanese diplomats.",
     "The Jewish state", "ISR"),
])
def test_a_country_or_a_bloc_named_again_by_an_epithet_acts(code, text, word, country):
    actors = [a for e in code(text)["events"] for a in e["actor"] if a["text"] == word]
    assert actors and {a["country"] for a in actors} == {country}


@pytest.mark.parametrize("sentence, country, sector", [
    ("Mali's junta expelled the head of the United Nations human rights office, accusing him of bias.", "UNO", None),
    ("The president sacked the army chief, blaming him for the defeat.", None, "MIL"),
])
def test_him_after_a_role_acted_on_is_that_role(code, sentence, country, sector):
    (e,) = [e for e in code(sentence)["events"] if e["event"] == "ACCUSE"]
    assert [(a["text"], a["country"], a["sector"]) for a in e["recipient"]] == [("him", country, sector)]


def test_an_opening_it_is_the_office_the_sentence_before_was_about(code):
    text = ("The Istanbul prosecutor's office said the mayor was one of about 100 people detained. "
            "It accused him of leading a criminal organisation.")
    (e,) = [e for e in code(text)["events"] if e["event"] == "ACCUSE"]
    assert [(a["text"], a["sector"]) for a in e["actor"]] == [("It", "JUD")]


def test_a_party_leader_titled_with_the_partys_acronym_leads_a_party(code):
    text = "The main opposition Republican People's Party (CHP) leader Ozgur Ozel urged people to protest."
    (e,) = [e for e in code(text)["events"] if e["event"] == "REQUEST"]
    assert [(a["text"], a["sector"]) for a in e["actor"]] == [("Ozgur Ozel", "PTY")]


@pytest.mark.parametrize("sentence", ["Kenya's parliament voted to impeach Deputy President Rigathi Gachagua.",
                                      "Regional Deputy Governor Oleg Klimov criticised the rescue."])
def test_a_deputy_office_holder_is_government_not_police(code, sentence):
    people = [a for e in code(sentence)["events"] for a in e["actor"] + e["recipient"] if a["kind"] == "person"]
    assert [a["sector"] for a in people] == ["GOV"]


@pytest.mark.parametrize("sentence, side", [("Russia accused the West of waging a proxy war.", "recipient"),
                                            ("Western powers imposed sanctions on Iran on Monday.", "actor")])
def test_the_west_is_coded_as_a_bloc(code, sentence, side):
    (event, *_) = code(sentence)["events"]
    assert [a["country"] for a in event[side]] == ["WST"]


def test_a_person_named_west_is_no_bloc(code):
    coded = code("Rapper Kanye West filed to run for president. A spokesman for West said West would stay in the race.")
    assert [e["country"] for e in coded["entities"] if e["text"] == "West"] == [None, None]


def test_the_west_of_a_country_is_no_actor(code):
    events = code("Fighting spread to the west of the country, where rebels attacked a police station.")["events"]
    assert all(a["country"] != "WST" for e in events for a in e["actor"] + e["recipient"])


@pytest.mark.parametrize("sentence, phrase", [
    ("Thousands of Israelis rallied in Tel Aviv demanding a hostage deal.", "hostage deal"),
    ("Kenyan lawmakers rejected a police reform bill.", "police reform bill"),
])
def test_a_deal_or_bill_about_people_is_no_actor_of_theirs(code, sentence, phrase):
    coded = code(sentence)
    assert not [a for e in coded["events"] for a in e["actor"] + e["recipient"] if a["text"] == phrase and a["sector"]]


@pytest.mark.parametrize("sentence, side, codes", [
    ("An officer shot a protester in Lagos.", "actor", [("officer", "NGA", "COP")]),
    ("A gendarme shot a migrant near Calais.", "actor", [("gendarme", "FRA", "COP")]),
    ("Police arrested a local councillor in Naples.", "recipient", [("local councillor", "ITA", "GOV")]),
    ("Soldiers detained a tribal chief in Darfur.", "recipient", [("tribal chief", "SDN", "CVL")]),
    ("The town council condemned the attack on Roma families.", "actor", [("town council", None, "GOV")]),
    ("Nicaragua stripped 94 opponents of their citizenship.", "recipient", [("opponents", "NIC", "OPP")]),
    ("Football fans clashed with police in Marseille.", "actor", [("Football fans", "FRA", "CVL")]),
    ("Youths threw stones at Israeli soldiers in Hebron.", "actor", [("Youths", "PSE", "CVL")]),
    ("Poachers killed two rangers in Garamba National Park.", "actor", [("Poachers", "COD", "CRM")]),
    ("Truckers blocked the bridge to Detroit.", "actor", [("Truckers", "USA", "LAB")]),
    ("The youth wing of the party called for early elections.", "actor", [("youth wing", None, "PTY")]),
])
def test_officials_officers_elders_fans_poachers_and_other_agent_nouns_are_actors(code, sentence, side, codes):
    (event,) = code(sentence)["events"]
    assert [(a["text"], a["country"], a["sector"]) for a in event[side]] == codes


@pytest.mark.parametrize("sentence, codes", [
    ("A senior adviser to the Iranian president met Saudi officials.", ("IRN", "GOV")),
    ("An adviser to the Saudi crown prince criticised Iran.", ("SAU", "GOV")),
    ("The US envoy to Ukraine met Zelenskiy.", ("USA", "GOV")),  # an envoy to a country is not its
])
def test_an_adviser_to_someone_serves_them(code, sentence, codes):
    (event,) = code(sentence)["events"]
    assert [(a["country"], a["sector"]) for a in event["actor"]] == [codes]


def test_a_named_law_or_treaty_is_no_actor(code):
    coded = code("Governor Kay Ivey signed the Alabama Human Life Protection Act. India suspended the Indus Waters "
                 "Treaty.")
    assert not [e for e in coded["entities"] if e["text"].endswith(("Act", "Treaty"))]


@pytest.mark.parametrize("sentence, codes", [
    ("State Department spokesperson Tammy Bruce criticised the decision.", ("USA", "GOV")),
    ("Houthi military spokesperson Yahya Saree criticised the decision.", ("YEM", "REB")),
    ("Indonesian coast guard spokesperson Budi Santoso criticised the decision.", ("IDN", "MIL")),
])
def test_a_spokesperson_named_after_a_body_speaks_for_it(code, sentence, codes):
    (event,) = code(sentence)["events"]
    assert [(a["country"], a["sector"]) for a in event["actor"]] == [codes]


@pytest.mark.parametrize("sentence", ["The UN called on all parties to respect the ceasefire in Sudan.",
                                      "Egypt hosted talks between the warring parties in Cairo."])
def test_the_parties_to_a_fight_are_no_political_parties(code, sentence):
    coded = code(sentence)
    assert not [a for e in coded["events"] for a in e["actor"] + e["recipient"] if a["sector"] == "PTY"]


def test_opposition_parties_are_parties(code):
    (event,) = code("Kenya's main opposition parties called for protests.")["events"]
    assert [(a["country"], a["sector"]) for a in event["actor"]] == [("KEN", "OPP")]


@pytest.mark.parametrize("sentence, accuser", [
    ("The Kenyan army arrested the journalist, whom it accused of spying for Uganda.", "KEN"),
    ("Uganda closed the border after it accused Kenya of harbouring rebels.", "UGA"),
])
def test_it_in_a_clause_under_a_bodys_deed_is_that_body(code, sentence, accuser):
    (e,) = [e for e in code(sentence)["events"] if e["event"] == "ACCUSE"]
    assert [(a["text"], a["country"]) for a in e["actor"]] == [("it", accuser)]


def test_it_in_a_clause_of_reason_is_a_thing(code):
    coded = code("The Kenyan ministry banned the book because it contained false claims.")
    assert not [m for m in coded["entities"] if m["text"] == "it"]


def test_our_forces_in_a_spokesmans_quote_are_his_countrys(code):
    text = ('Uganda accused Kenya of shelling the Ugandan border town of Busia on Monday. Uganda said it would '
            'respond. "Our forces strike only military targets," Kenyan military spokesman Paul Njuguna told reporters.')
    (e,) = [e for e in code(text)["events"] if e["actor"] and e["actor"][0]["text"] == "Our forces"]
    assert e["actor"][0]["country"] == "KEN"


def test_buildings_run_by_a_nation_are_its(code):
    (e,) = code("Kosovo police seized four Serbian-run municipal buildings in the north.")["events"]
    assert [r["country"] for r in e["recipient"]] == ["SRB"]


@pytest.mark.parametrize("text, person, codes", [
    ("Armenian parliamentary speaker Alen Simonyan criticised the decision.", "Alen Simonyan", ("ARM", "LEG")),
    ("Moldovan Parliament Speaker Igor Grosu criticised the decision.", "Igor Grosu", ("MDA", "LEG")),
    ("The speaker of parliament, Igor Grosu, criticised the decision.", "Igor Grosu", (None, "LEG")),
    ("House of Commons Speaker Lindsay Hoyle criticised the decision.", "Lindsay Hoyle", ("GBR", "LEG")),
    ("The keynote speaker, Maria Santos, praised the plan.", "Maria Santos", (None, None)),
])
def test_a_speaker_of_parliament_is_a_legislator(code, text, person, codes):
    out = code(text)
    assert {(e["country"], e["sector"]) for e in out["entities"] if e["text"] == person} == {codes}


def test_a_named_fleet_is_its_navys(code):
    (e,) = code("The Black Sea Fleet fired cruise missiles at Odesa.")["events"]
    assert [(a["country"], a["sector"]) for a in e["actor"]] == [("RUS", "MIL")]
