"""Actors: dictionary codes, metonymy, roles learned from the article, and "he" resolved."""

from __future__ import annotations

import pytest


def _entity(coded, text):
    return next(e for e in coded["entities"] if e["text"] == text)


@pytest.mark.parametrize("sentence,text,country,sector,how", [
    ("Moscow said the talks had failed.", "Moscow", "RUS", "GOV", "metonymy"),
    ("The Kremlin rejected the offer.", "Kremlin", "RUS", "GOV", "metonymy"),
    ("NATO condemned the attack.", "NATO", "IGO", None, "dictionary"),
    ("The Taliban attacked a checkpoint.", "Taliban", "AFG", None, "dictionary"),
])
def test_dictionary_actors(code, sentence, text, country, sector, how):
    e = _entity(code(sentence, published="2019-05-01"), text)
    assert e["country"] == country
    assert sector is None or e["sector"] == sector
    assert e["how"] == how


def test_place_after_in_is_not_an_actor(code):
    assert all(e["text"] != "Moscow" for e in code("Protesters gathered in Moscow.")["entities"])


@pytest.mark.parametrize("sentence,person,country,sector", [
    ("Somali police spokesman Abdifatah Hassan Aden told reporters the attack was over.",
     "Abdifatah Hassan Aden", "SOM", "COP"),
    ("Marta Kowalczyk, the Polish defence minister, visited Vilnius.", "Marta Kowalczyk", "POL", "GOV"),
    ("Kenya's interior minister Daniel Omondi ordered the arrests.", "Daniel Omondi", "KEN", "GOV"),
])
def test_roles_learned_from_the_article(code, sentence, person, country, sector):
    e = _entity(code(sentence), person)
    assert (e["country"], e["sector"]) == (country, sector)
    assert e["how"].startswith("appositive")


def test_later_mentions_and_pronouns_resolve_to_the_person(code):
    text = ("Kenya's interior minister Daniel Omondi ordered the arrests on Monday.\n\n"
            "He accused Somalia of harbouring the attackers. Mr Omondi later met Somali officials.")
    coded = code(text)
    accuse = next(e for e in coded["events"] if e["event"] == "ACCUSE")
    (actor,) = accuse["actor"]
    assert actor["text"] == "He" and actor["country"] == "KEN" and actor["sector"] == "GOV"
    assert actor["how"] == "coreference: Daniel Omondi"
    omondi = [e for e in coded["entities"] if e["text"] == "Omondi"]
    assert omondi and omondi[0]["country"] == "KEN"


def test_noun_phrase_actor_from_its_words(code):
    (e,) = [e for e in code("Moscow expelled two Estonian diplomats.")["events"] if e["event"] == "SANCTION"]
    (r,) = e["recipient"]
    assert (r["country"], r["sector"]) == ("EST", "GOV")
    assert r["text"] == "Estonian diplomats"
