"""Evidence marks and text segments: nesting, overlaps, clipping and bad offsets."""

from __future__ import annotations

import pytest

from wirecoder.web.highlight import article_view, event_marks, marks, segments


def _m(start, end, kind, label="", events=()):
    return {"start": start, "end": end, "kind": kind, "label": label or kind, "events": list(events)}


SEGMENTS = [  # text, marks, offset, expected [(text, kinds)]
    ("Moscow expelled them", [_m(0, 6, "actor"), _m(7, 15, "trigger")], 0,
     [("Moscow", ["actor"]), (" ", []), ("expelled", ["trigger"]), (" them", [])]),
    ('"We will win," he said', [_m(0, 14, "quote"), _m(4, 8, "entity")], 0,
     [('"We ', ["quote"]), ("will", ["entity", "quote"]), (' win,"', ["quote"]), (" he said", [])]),
    ("abcdef", [_m(0, 4, "place"), _m(2, 6, "date")], 0,
     [("ab", ["place"]), ("cd", ["place", "date"]), ("ef", ["date"])]),
    ("sentence", [_m(95, 103, "trigger"), _m(80, 90, "actor")], 95, [("sentence", ["trigger"])]),
    ("clip", [_m(90, 102, "actor")], 100, [("cl", ["actor"]), ("ip", [])]),
    ("", [_m(0, 3, "actor")], 0, []),
    ("plain", [], 0, [("plain", [])]),
]


@pytest.mark.parametrize("text, found, offset, expected", SEGMENTS)
def test_segments(text, found, offset, expected):
    got = segments(text, found, offset)
    assert [(s["text"], s["kinds"]) for s in got] == expected
    assert "".join(s["text"] for s in got) == text


def test_segments_carry_labels_and_events():
    (seg,) = segments("hit", [_m(0, 3, "trigger", "event: ASSAULT", ["e1"]), _m(0, 3, "actor", "actor: X", ["e2"])])
    assert seg["events"] == ["e1", "e2"] and seg["title"] == "event: ASSAULT\nactor: X"
    assert seg["kinds"] == ["trigger", "actor"]


EVENT = {"id": "a:7", "event": "SANCTION", "mode": "expel", "cameo": "166",
         "trigger": {"text": "expelled", "start": 7, "end": 15},
         "actor": [{"text": "Moscow", "start": 0, "end": 6, "name": "government of Russia", "country": "RUS",
                    "sector": "GOV", "how": "metonymy"}],
         "recipient": [{"text": "them", "start": 16, "end": 20, "name": None, "country": None, "sector": None}],
         "location": None, "date": {"value": "2021-03-09", "precision": "day", "text": None, "start": None,
                                    "end": None},
         "reported_by": None, "negated": True, "hypothetical": False}


def test_event_marks_say_what_each_span_was_coded_as():
    found = {m["kind"]: m for m in event_marks(EVENT)}
    assert set(found) == {"trigger", "actor", "recipient"}  # no date span: it has no offsets
    assert found["trigger"]["label"] == "event: SANCTION/expel (CAMEO 166, negated)"
    assert found["actor"]["label"] == "actor: government of Russia (RUS GOV, metonymy)"
    assert found["recipient"]["label"] == "recipient: them" and found["actor"]["events"] == ["a:7"]


@pytest.mark.parametrize("span", [{"start": None, "end": 3}, {"start": 5, "end": 5}, {"start": -1, "end": 2},
                                  {"start": "0", "end": 2}, {"start": 4, "end": 2}])
def test_bad_offsets_are_ignored(span):
    ev = {**EVENT, "trigger": {"text": "x", **span}}
    assert "trigger" not in {m["kind"] for m in event_marks(ev)}


def test_marks_merge_events_on_the_same_span_and_skip_duplicate_mentions():
    other = {**EVENT, "id": "a:99"}
    record = {"events": [EVENT, other], "quotes": [],
              "places": [], "entities": [{"text": "Moscow", "start": 0, "end": 6, "name": "x"},
                                         {"text": "Tallinn", "start": 30, "end": 37, "name": "Tallinn"}]}
    found = marks(record)
    trigger = next(m for m in found if m["kind"] == "trigger")
    assert trigger["events"] == ["a:7", "a:99"]
    assert [m["kind"] for m in found if m["start"] == 0] == ["actor"]  # the entity mention is the actor already
    assert any(m["kind"] == "entity" and m["start"] == 30 for m in found)


def test_article_view_round_trips_the_text():
    text = "Moscow expelled them on Tuesday."
    view = article_view({"id": "a", "events": [EVENT], "quotes": [], "places": [], "entities": []}, text)
    assert "".join(s["text"] for s in view["segments"]) == text
    assert view["article"]["id"] == "a" and view["legend"][0]["kind"] == "trigger"
