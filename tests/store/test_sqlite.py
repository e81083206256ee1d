"""The SQLite store: file -> extract -> store -> query, idempotent ingest, filters, export."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from wirecoder.config import Options
from wirecoder.ingest import read_inputs
from wirecoder.store import open_store
from wirecoder.store.query import EventFilter, coded_articles, count_events, events

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def coded(extractor):
    return [c for c in extractor.run(read_inputs([str(EXAMPLES)])) if not isinstance(c, Exception)]


def _ingest(store, coded):
    return sum(store.add(c) for c in coded)


def test_ingest_twice_adds_nothing(tmp_path, coded):
    store = open_store(str(tmp_path / "w.db"))
    assert _ingest(store, coded) == len(coded) > 0
    first = store.counts()
    assert _ingest(store, coded) == 0
    assert store.counts() == first
    assert first["events"] == sum(len(c.events) for c in coded)


def test_query_by_type_and_country(tmp_path, coded):
    store = open_store(str(tmp_path / "q.db"))
    _ingest(store, coded)
    expected = {(c.id, e.id) for c in coded for e in c.events
                if e.event == "SANCTION" and not e.negated and not e.hypothetical
                and any(a.country == "RUS" for a in e.actor + e.recipient)}
    rows = events(store, EventFilter(type="SANCTION", country="RUS"))
    assert expected and {(r["article"]["id"], r["id"]) for r in rows} == expected
    assert count_events(store, EventFilter(type="SANCTION", country="RUS")) == len(rows)


def test_date_and_actor_filters(tmp_path, coded):
    store = open_store(str(tmp_path / "d.db"))
    _ingest(store, coded)
    rows = events(store, EventFilter(since="2021-01-01", until="2021-12-31"))
    assert rows and all("2021-01-01" <= r["date"]["value"] <= "2021-12-31" for r in rows)
    lavrov = events(store, EventFilter(actor="lavrov"))
    assert lavrov and all(any("lavrov" in (a["name"] or a["text"]).lower() for a in r["actor"] + r["recipient"])
                          for r in lavrov)


def test_store_gives_back_what_extract_gave(tmp_path, coded):
    store = open_store(str(tmp_path / "r.db"))
    _ingest(store, coded)
    stored = {d["id"]: d for d in coded_articles(store)}
    for c in coded:
        assert stored[c.id] == json.loads(json.dumps(c.to_dict()))


def test_an_article_commits_whole_or_not_at_all(tmp_path, coded):
    store = open_store(str(tmp_path / "a.db"))
    broken = copy.deepcopy(next(c for c in coded if c.events))
    broken.events[0].trigger.text = None  # violates NOT NULL: the insert fails midway
    with pytest.raises(Exception):
        store.add(broken)
    assert store.counts() == {"articles": 0, "events": 0, "quotes": 0, "places": 0, "entities": 0}


def test_opening_a_missing_store_for_reading_is_a_clear_error(tmp_path):
    from wirecoder.errors import StoreError

    with pytest.raises(StoreError, match="no such store"):
        open_store(str(tmp_path / "nothing.db"), create=False)


def test_a_file_that_is_not_a_store(tmp_path):
    from wirecoder.errors import StoreError

    bad = tmp_path / "notes.db"
    bad.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError):
        open_store(str(bad))
