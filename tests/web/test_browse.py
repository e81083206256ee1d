"""The store side of the browser (store/browse.py, store/search.py): filters the CLI does not
have, aggregates, the full-text index and its fallback."""

from __future__ import annotations

import pytest

from tests.web.conftest import fill
from wirecoder.store import open_store, search
from wirecoder.store.browse import (BrowseFilter, ListQuery, article, articles, count_events, date_range, events,
                                    timeline, timeline_unit)


@pytest.fixture
def store(tmp_path, coded_fixtures):
    s = open_store(str(tmp_path / "b.db"))
    fill(s, coded_fixtures)
    return s


def test_search_index_backfills_and_follows_writes(tmp_path, coded_fixtures):
    s = open_store(str(tmp_path / "s.db"))
    fill(s, coded_fixtures[:2])
    assert search.ensure_search_index(s) == search.FTS5
    assert {r["id"] for r in articles(s, ListQuery(q="diplomats"))} == {"web-01-expel"}
    for c in coded_fixtures[2:]:
        s.add(c)  # the triggers index new articles
    assert {r["id"] for r in articles(s, ListQuery(q="diplomats"))} == {"web-01-expel", "web-06-second-report"}
    assert search.ensure_search_index(s) == search.FTS5  # idempotent


def test_like_fallback_gives_the_same_answers(store):
    search.ensure_search_index(store)
    fts = {r["id"] for r in articles(store, ListQuery(q="Belarusian diplomats"))}
    search._modes[store.engine] = search.LIKE
    try:
        assert {r["id"] for r in articles(store, ListQuery(q="Belarusian diplomats"))} == fts
        assert count_events(store, BrowseFilter(q="diplomats")) > 0
    finally:
        search._modes.pop(store.engine)


@pytest.mark.parametrize("query, words", [("Belarusian diplomats!", ["Belarusian", "diplomats"]),
                                          ('"quoted" OR NEAR(x)', ["quoted", "OR", "NEAR", "x"]),
                                          ("***", [])])
def test_query_words(query, words):
    assert search.words(query) == words


def test_queries_that_are_only_punctuation_match_nothing(store):
    search.ensure_search_index(store)
    assert articles(store, ListQuery(q="***")) == []


def test_snippet_marks_the_hits():
    text = "x " * 200 + "the Belarusian diplomats left" + " y" * 200
    pieces = search.snippet(text, "diplomats")
    assert pieces[0]["text"] == "…" and pieces[-1]["text"].endswith("…")
    assert [p["text"] for p in pieces if p["hit"]] == ["diplomats"]


def test_bbox_across_the_antimeridian(store):
    everywhere = events(store, BrowseFilter(bbox=(-180, -90, 180, 90), limit=None))
    located = [e for e in everywhere if e["location"]]
    assert len(everywhere) == len(located) > 0
    west_of_180 = events(store, BrowseFilter(bbox=(170, -90, 100, 90), limit=None))  # 170°E → 100°E the long way
    assert {e["id"] for e in west_of_180} == {e["id"] for e in located if e["location"]["lon"] >= 170
                                              or e["location"]["lon"] <= 100}


@pytest.mark.parametrize("first, last, unit", [(None, None, "day"), ("2022-01-01", "2022-03-01", "day"),
                                               ("2022-01-01", "2022-12-31", "month"),
                                               ("1990-01-01", "2022-12-31", "year")])
def test_timeline_unit(first, last, unit):
    assert timeline_unit(first, last) == unit


def test_timeline_periods_add_up(store):
    days = timeline(store)
    for unit in ("month", "year"):
        assert sum(r["events"] for r in timeline(store, unit=unit)) == sum(r["events"] for r in days)
    with pytest.raises(ValueError):
        timeline(store, unit="fortnight")
    first, last = date_range(store)
    assert first == days[0]["date"] and last == days[-1]["date"]


def test_article_gives_back_the_record_and_text(store, coded_fixtures):
    got = article(store, "web-02-protest")
    want = next(c for c in coded_fixtures if c.id == "web-02-protest")
    assert got["text"] == want.text and len(got["events"]) == len(want.events)
    assert article(store, "missing") is None
