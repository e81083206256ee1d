"""Places found in the text and resolved; the event's own place chosen."""

from __future__ import annotations


def test_places_resolve_with_coordinates(code):
    coded = code("Protesters gathered in Tbilisi and Batumi on Monday.")
    by_text = {p["text"]: p for p in coded["places"]}
    assert by_text["Tbilisi"]["country"] == "GEO" and by_text["Batumi"]["country"] == "GEO"
    assert 41 < by_text["Tbilisi"]["lat"] < 42.5 and 44 < by_text["Tbilisi"]["lon"] < 45.5


def test_event_location_is_the_place_of_the_event(code):
    coded = code("Egypt's foreign minister met Ethiopia's prime minister in Cairo on Sunday. "
                 "They will meet again in Addis Ababa.")
    consult = next(e for e in coded["events"] if e["event"] == "CONSULT" and not e["hypothetical"])
    assert consult["location"]["text"] == "Cairo"


def test_no_place_means_no_location(code):
    (e,) = [e for e in code("Russia condemned the decision.")["events"]]
    assert e["location"] is None
