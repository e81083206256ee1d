"""The store, on SQLite and PostgreSQL alike: file -> extract -> store -> query, idempotent
ingest, filters, export, all-or-nothing articles, and the bulk path (``add_many``)."""

from __future__ import annotations

import copy
import dataclasses
import json
from dataclasses import asdict
from pathlib import Path

import pytest
from sqlalchemy import select, update

from wirecoder.errors import StoreError
from wirecoder.ingest import read_inputs
from wirecoder.store import open_store, schema
from wirecoder.store.query import EventFilter, coded_articles, count_events, events

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
EMPTY = {"articles": 0, "events": 0, "quotes": 0, "places": 0, "entities": 0}


@pytest.fixture(scope="module")
def coded(extractor):
    return [c for c in extractor.run(read_inputs([str(EXAMPLES)])) if not isinstance(c, Exception)]


def _ingest(store, coded):
    return sum(store.add(c) for c in coded)


def _broken(coded):
    broken = copy.deepcopy(next(c for c in coded if c.events))
    broken.events[0].trigger.text = None  # violates NOT NULL: the insert fails midway
    return broken


def test_ingest_twice_adds_nothing(store, coded):
    assert _ingest(store, coded) == len(coded) > 0
    first = store.counts()
    assert _ingest(store, coded) == 0
    assert store.counts() == first
    assert first["events"] == sum(len(c.events) for c in coded)


def test_query_by_type_and_country(store, coded):
    _ingest(store, coded)
    expected = {(c.id, e.id) for c in coded for e in c.events
                if e.event == "SANCTION" and not e.negated and not e.hypothetical
                and any(a.country == "RUS" for a in e.actor + e.recipient)}
    rows = events(store, EventFilter(type="SANCTION", country="RUS"))
    assert expected and {(r["article"]["id"], r["id"]) for r in rows} == expected
    assert count_events(store, EventFilter(type="SANCTION", country="RUS")) == len(rows)


def test_date_and_actor_filters(store, coded):
    _ingest(store, coded)
    rows = events(store, EventFilter(since="2021-01-01", until="2021-12-31"))
    assert rows and all("2021-01-01" <= r["date"]["value"] <= "2021-12-31" for r in rows)
    lavrov = events(store, EventFilter(actor="lavrov"))
    assert lavrov and all(any("lavrov" in (a["name"] or a["text"]).lower() for a in r["actor"] + r["recipient"])
                          for r in lavrov)


def test_store_gives_back_what_extract_gave(store, coded):
    _ingest(store, coded)
    stored = {d["id"]: d for d in coded_articles(store)}
    for c in coded:
        assert stored[c.id] == json.loads(json.dumps(c.to_dict()))


def test_an_article_commits_whole_or_not_at_all(store, coded):
    with pytest.raises(Exception):
        store.add(_broken(coded))
    assert store.counts() == EMPTY


def test_add_many_stores_what_add_stores(make_store, coded):
    one, bulk = make_store(), make_store()
    _ingest(one, coded)
    result = bulk.add_many(coded, batch_size=3)
    assert (result.added, result.skipped, result.failed) == (len(coded), 0, [])
    assert bulk.counts() == one.counts()
    assert list(coded_articles(bulk, with_text=True)) == list(coded_articles(one, with_text=True))
    everything = EventFilter(facts_only=False)
    assert events(bulk, everything) == events(one, everything)
    by_id = {(c.id, e.id): asdict(e) for c in coded for e in c.events}
    for row in events(bulk, everything):
        record = {k: v for k, v in row.items() if k not in ("article", "sentence_text")}
        assert record == json.loads(json.dumps(by_id[(row["article"]["id"], row["id"])]))


def test_event_actors_belong_to_their_event(store, coded):
    with_events = [c for c in coded if c.events]
    store.add(with_events[0])  # one path after the other: the event keys must not collide
    store.add_many(with_events[1:-1])
    store.add(with_events[-1])
    e, ea = schema.events, schema.event_actors
    with store.engine.connect() as conn:
        pairs = conn.execute(select(e.c.record, ea.c.role, ea.c.text).join(ea, ea.c.event_pk == e.c.pk)).all()
        pks = conn.execute(select(e.c.pk)).scalars().all()
    assert len(pks) == len(set(pks)) == sum(len(c.events) for c in coded)
    assert pairs
    for record, role, text in pairs:
        assert text in [a["text"] for a in json.loads(record)[role]]
    n_actors = sum(len(ev.actor) + len(ev.recipient) for c in coded for ev in c.events)
    assert len(pairs) == n_actors


def _actors(c) -> dict[tuple, int]:
    """An article's distinct actors (name and codes) with their mentions."""
    found: dict[tuple, int] = {}
    for e in c.entities:
        k = (e.name or e.text, e.country, e.sector, e.kind)
        found[k] = found.get(k, 0) + 1
    return found


def _entity_rows(store) -> dict[str, dict[tuple, int]]:
    t = schema.entities
    rows: dict[str, dict[tuple, int]] = {}
    with store.engine.connect() as conn:
        for key, *k, n in conn.execute(select(t.c.article_key, t.c.name, t.c.country, t.c.sector, t.c.kind,
                                              t.c.mentions)):
            rows.setdefault(key, {})[tuple(k)] = n
    return rows


def test_entities_are_one_row_per_actor_of_an_article(store, coded):
    store.add_many(coded)
    expected = {c.key: _actors(c) for c in coded if c.entities}
    assert expected and _entity_rows(store) == expected
    assert store.counts()["entities"] == sum(len(v) for v in expected.values())


_ENTITIES_V1 = ('CREATE TABLE entities (pk INTEGER PRIMARY KEY, article_key VARCHAR(600) NOT NULL, text TEXT NOT NULL, '
                'name TEXT, country VARCHAR(3), sector VARCHAR(3), kind VARCHAR(16), how TEXT, '
                'start INTEGER, "end" INTEGER)')


def test_the_write_path_names_real_columns():
    from wirecoder.store.engine import _COLUMNS

    for table, columns in _COLUMNS.items():
        assert set(columns) <= set(schema.metadata.tables[table].c.keys()), table


def test_a_store_of_schema_1_is_upgraded(store_url, coded):
    url = store_url()
    store = open_store(url)
    store.add_many(coded)
    with store.engine.begin() as conn:  # back to version 1: one entities row per mention
        schema.entities.drop(conn)
        conn.exec_driver_sql(_ENTITIES_V1)
        conn.execute(update(schema.meta).where(schema.meta.c.name == "schema_version").values(value="1"))
    store.engine.dispose()
    upgraded = open_store(url)
    assert _entity_rows(upgraded) == {c.key: _actors(c) for c in coded if c.entities}
    with upgraded.engine.connect() as conn:
        assert conn.execute(select(schema.meta.c.value)).scalar() == str(schema.SCHEMA_VERSION)
    stored = {d["id"]: d for d in coded_articles(upgraded)}
    assert stored == {c.id: json.loads(json.dumps(c.to_dict())) for c in coded}
    upgraded.engine.dispose()


def test_add_many_skips_stored_and_repeated_articles(store, coded):
    store.add(coded[0])
    result = store.add_many([coded[0], *coded, coded[-1]], batch_size=4)
    assert (result.added, result.skipped, result.failed) == (len(coded) - 1, 3, [])
    assert store.counts()["articles"] == len(coded)


def test_one_bad_article_does_not_lose_its_batch(store, coded):
    broken = dataclasses.replace(_broken(coded), key="url:https://example.org/broken")
    result = store.add_many([*coded[:2], broken, *coded[2:]], batch_size=50)
    assert result.added == len(coded) and result.skipped == 0
    assert [(f.source, f.record) for f in result.failed] == [(broken.source, broken.id)]
    assert "not stored" in result.failed[0].reason
    assert store.counts()["articles"] == len(coded)
    assert not store.has(broken.key)


def test_a_store_of_another_schema_version_is_refused(store_url):
    url = store_url()
    store = open_store(url)
    with store.engine.begin() as conn:
        conn.execute(update(schema.meta).where(schema.meta.c.name == "schema_version").values(value="99"))
    with pytest.raises(StoreError, match="schema version 99"):
        open_store(url)


def test_opening_a_missing_store_for_reading_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        open_store(str(tmp_path / "nothing.db"), create=False)


def test_a_file_that_is_not_a_store(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError):
        open_store(str(bad))


def test_an_unreachable_server_is_a_clear_error():
    with pytest.raises(StoreError, match="cannot open store .*connection"):
        open_store("postgresql://nobody:secret@127.0.0.1:1/nothing")


def test_two_writers_store_each_article_once(store_url, coded):
    from concurrent.futures import ThreadPoolExecutor

    url = store_url()
    writers = [open_store(url), open_store(url)]
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda s: s.add_many(coded, batch_size=2), writers))
    assert sum(r.added for r in results) == len(coded) == sum(r.skipped for r in results)
    assert [r.failed for r in results] == [[], []]
    assert writers[0].counts()["articles"] == len(coded)
    for s in writers:
        s.engine.dispose()


# actor names as the dictionary gives them (name) and as the article words them (text); the
# name filters look for a part of either, ignoring case, with % and _ as plain characters
NAMED = [("Iraqi government", "the government in Baghdad"), (None, "GOVERNMENT forces"),
         ("Kurdish Regional Government", "Erbil"), ("Army of Iraq", "troops"), ("Gov_100%", "Gov_100% group"),
         ("Govxloo", "Govxloo"), ("Ministry of Oil", "the oil ministry")]


def _named_article(i: int, pairs: list[tuple]) -> "CodedArticle":
    from wirecoder.record import CodedArticle, DateRef, Entity, Event, Span

    text, events = "", []
    for k, ((a_name, a_text), (r_name, r_text)) in enumerate(pairs):
        s0, text = len(text), text + f"{a_text} met {r_text}. "
        actor = Entity(a_text, s0, s0 + len(a_text), name=a_name, country="IRQ", sector="GOV")
        r0 = s0 + len(a_text) + 5
        recipient = Entity(r_text, r0, r0 + len(r_text), name=r_name, country="IRQ")
        events.append(Event(id=f"named-{i}:{s0}", event="CONSULT", mode=None, cameo=None, quad=1, score=1.0,
                            actor=[actor], recipient=[recipient], location=None,
                            date=DateRef(f"2023-01-{k + 1:02d}", "day"), trigger=Span("met", r0 - 4, r0 - 1),
                            sentence={"start": s0, "end": len(text)}))
    return CodedArticle(id=f"named-{i}", title=None, url=None, published="2023-01-31", events=events, text=text,
                        key=f"test:named-{i}")


def _having(part: str, roles=("actor", "recipient")):
    def test(ev) -> bool:
        return any(part.lower() in (e.name or "").lower() or part.lower() in e.text.lower()
                   for role in roles for e in getattr(ev, role))
    return test


@pytest.mark.parametrize("indexed", [False, True], ids=["plain store", "browse indexes"])
def test_name_filters_find_a_part_of_a_name_or_its_words(make_store, indexed):
    from wirecoder.store import browse

    store = make_store()
    articles = [_named_article(0, [(NAMED[0], NAMED[3]), (NAMED[1], NAMED[2]), (NAMED[5], NAMED[6])]),
                _named_article(1, [(NAMED[4], NAMED[0]), (NAMED[6], NAMED[5]), (NAMED[3], NAMED[4])])]
    store.add(articles[0])
    if indexed:
        browse.ensure_browse_indexes(store)
    store.add(articles[1])  # written after the indexes: its names must be found too
    every = [ev for a in articles for ev in a.events]
    for part in ("government", "GOVERNMENT", "Iraq", "gov_100%", "_", "%", "xloo", "no such name"):
        want = {ev.id for ev in every if _having(part)(ev)}
        got = {r["id"] for r in events(store, EventFilter(actor=part))}
        assert got == want, part
        assert count_events(store, EventFilter(actor=part)) == len(want)
        assert {r["id"] for r in browse.events(store, browse.BrowseFilter(actor=part))} == want
        assert browse.count_events(store, browse.BrowseFilter(actor=part)) == len(want)
        for side, field in (("actor", "actor_name"), ("recipient", "recipient_name")):
            f = browse.BrowseFilter(**{field: part})
            assert {r["id"] for r in browse.events(store, f)} == {ev.id for ev in every if _having(part, [side])(ev)}
    assert {r["id"] for r in events(store, EventFilter(actor="government"))} == {
        "named-0:0", "named-0:" + str(len("the government in Baghdad met troops. ")), "named-1:0"}
