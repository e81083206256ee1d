"""Copies and stories, on SQLite and PostgreSQL: a syndicated copy is linked and adds no events,
two outlets' reports of one clash are one story with two sources, and both survive re-runs."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from wirecoder.ingest.base import ReadOptions, make_article
from wirecoder.ingest import dedup
from wirecoder.ingest.dedup import code_unique
from wirecoder.record import Entity, Event, DateRef, Place, Span
from wirecoder.store import schema
from wirecoder.store.query import EventFilter
from wirecoder.store.stories import (Features, add_stream, coded_articles, deduplicator, events, features, links,
                                     match_score, stories)
from tests.ingest.corpus import clashes

CLASH, OTHER, THIRD = clashes(3)
NEW_TABLES = (schema.article_signatures, schema.article_bands, schema.article_links, schema.stories,
              schema.event_stories, schema.story_mentions)


def report(clash, outlet: str):
    """One article about a clash: "a" (first outlet), "b" (second outlet, other words) or "copy"
    (the first outlet's text re-published by a third outlet, another byline and footer)."""
    text = {"a": clash.first_outlet, "b": clash.second_outlet, "copy": clash.wire_copy}[outlet]()
    host = {"a": "www.courier.example", "b": "dispatch.example", "copy": "syndicate.example"}[outlet]
    return make_article(text, "<test>", ReadOptions(), id=f"{outlet}-{clash.town}", title=None,
                        url=f"https://{host}/{clash.town.lower()}", published=clash.published)


@pytest.fixture
def ingest(extractor):
    def run(store, articles, batch_size: int = 200):
        d = deduplicator(store)
        fresh = [a for a in articles if not store.has(a.key)]
        return add_stream(store, code_unique(fresh, extractor.run, d), d, batch_size=batch_size)
    return run


def counts(store) -> dict[str, int]:
    with store.engine.connect() as conn:
        extra = {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in NEW_TABLES}
    return {**store.counts(), **extra}


def assault_stories(store, **f):
    return stories(store, EventFilter(type="ASSAULT", **f))


def test_two_outlets_reporting_one_clash_are_one_story_with_two_sources(store, ingest):
    ingest(store, [report(CLASH, "a"), report(CLASH, "b")])
    (story,) = assault_stories(store)
    assert (story["mentions"], story["sources"]) == (2, 2)
    assert story["outlets"] == ["courier.example", "dispatch.example"]
    assert story["articles"] == ["a-Sotk", "b-Sotk"]
    rows = events(store, EventFilter(type="ASSAULT"))
    assert len(rows) == 2 and {r["story"] for r in rows} == {story["story"]}
    assert all((r["mentions"], r["sources"]) == (2, 2) for r in rows)


def test_a_syndicated_copy_is_linked_and_adds_no_events(store, ingest):
    ingest(store, [report(CLASH, "a")])
    alone = counts(store)
    result = ingest(store, [report(CLASH, "copy")])
    assert result.added == 1
    after = counts(store)
    assert after["articles"] == alone["articles"] + 1  # the copy is kept: it is a source
    assert after["events"] == alone["events"]  # ... but not coded again
    assert after["article_links"] == 1
    (link,) = links(store).items()
    assert link[0] == report(CLASH, "copy").key and link[1][0] == report(CLASH, "a").key
    (story,) = assault_stories(store)
    assert (story["mentions"], story["sources"]) == (2, 2)
    assert "syndicate.example" in story["outlets"]


def test_copies_within_one_batch_are_caught(store, ingest):
    ingest(store, [report(CLASH, "a"), report(CLASH, "copy"), report(CLASH, "b"),
                   report(OTHER, "a"), report(OTHER, "copy")])
    assert len(links(store)) == 2
    by_story = {s["articles"][0]: s for s in assault_stories(store)}
    assert (by_story["a-Sotk"]["mentions"], by_story["a-Sotk"]["sources"]) == (3, 3)
    assert (by_story["a-Avdiivka"]["mentions"], by_story["a-Avdiivka"]["sources"]) == (2, 2)


def test_the_store_keeps_the_signature_ingest_computed(store, ingest, monkeypatch):
    signed = []
    monkeypatch.setattr(dedup, "signature", lambda *a, real=dedup.signature: signed.append(a) or real(*a))
    ingest(store, [report(CLASH, "a"), report(OTHER, "a")])
    assert len(signed) == 2  # once each, before coding; the store did not sign them again
    ingest(store, [report(CLASH, "copy")])  # a later run finds the copy by the stored signature
    assert links(store)[report(CLASH, "copy").key][0] == report(CLASH, "a").key


def test_stories_grow_across_runs_and_re_ingesting_adds_nothing(store, ingest):
    ingest(store, [report(CLASH, "a"), report(OTHER, "a")])
    ingest(store, [report(CLASH, "b"), report(CLASH, "copy"), report(THIRD, "a")])
    everything = [report(c, o) for c in (CLASH, OTHER, THIRD) for o in ("a", "b", "copy")][:7]
    before = counts(store)
    by_first = {s["articles"][0]: s for s in assault_stories(store)}
    assert by_first["a-Sotk"]["articles"] == ["a-Sotk", "b-Sotk", "copy-Sotk"]
    assert len(by_first) == 3  # three clashes, days apart: three stories
    ingest(store, [report(CLASH, "a"), report(CLASH, "b"), report(CLASH, "copy")])
    assert counts(store) == before
    ingest(store, everything)
    grown = counts(store)
    assert grown["articles"] == 7 and grown["article_links"] == 2


def test_an_event_belongs_to_one_story_and_counts_add_up(store, ingest):
    ingest(store, [report(c, o) for c in (CLASH, OTHER) for o in ("a", "b", "copy")], batch_size=2)
    with store.engine.connect() as conn:
        es, sm, s = schema.event_stories, schema.story_mentions, schema.stories
        n_events = conn.execute(select(func.count()).select_from(schema.events)).scalar_one()
        assert conn.execute(select(func.count(func.distinct(es.c.event_pk)))).scalar_one() == n_events
        for story, mentions, sources in conn.execute(select(s.c.id, s.c.mentions, s.c.sources)):
            rows = conn.execute(select(sm.c.outlet).where(sm.c.story == story)).scalars().all()
            assert (mentions, sources) == (len(rows), len(set(rows)))


def test_export_rows_carry_story_counts_and_copies_their_original(store, ingest):
    ingest(store, [report(CLASH, "a"), report(CLASH, "b"), report(CLASH, "copy")])
    arts = {a["id"]: a for a in coded_articles(store)}
    assert arts["copy-Sotk"]["events"] == [] and arts["copy-Sotk"]["duplicate_of"] == report(CLASH, "a").key
    assault = next(e for e in arts["b-Sotk"]["events"] if e["event"] == "ASSAULT")
    assert (assault["mentions"], assault["sources"]) == (3, 3) and assault["story"]


# --- what fits one story (no store needed) --------------------------------------------------

def ent(text, country=None):
    return Entity(text, 0, len(text), country=country)


def event(type_="ASSAULT", day="2021-03-01", actor=(), recipient=(), place=None, negated=False) -> Event:
    loc = Place(place[0], 0, 1, geonameid=place[1], country=place[2], feature=(place + (None,))[3]) if place else None
    return Event("e", type_, None, None, 4, -9.0, list(actor), list(recipient), loc, DateRef(day, "day"),
                 Span("x", 0, 1), {"start": 0, "end": 1}, negated=negated)


ARM, ARM_TROOPS = ent("Armenian forces", "ARM"), ent("Armenian troops", "ARM")
AZE, VILLAGE = ent("Azerbaijan", "AZE"), ent("village")
SOTK, SOTK_ELSEWHERE, BAKU = ("Sotk", 1, "ARM"), ("Sotk", 1, "ARM"), ("Baku", 2, "AZE")
ARMENIA, YEREVAN = ("Armenia", 3, "ARM", "A.PCLI"), ("Yerevan", 4, "ARM", "P.PPLC")
BIDEN, TRUMP = ent("Joe Biden", "USA"), ent("Donald Trump", "USA")


@pytest.mark.parametrize("a, b, fits", [
    (event(actor=[ARM]), event(actor=[ARM_TROOPS]), True),  # same country, other words
    (event(actor=[ARM], recipient=[VILLAGE]), event(actor=[ARM_TROOPS], recipient=[ent("artillery")]), True),
    (event(actor=[ARM]), event(actor=[ARM], day="2021-03-02"), True),  # a day apart
    (event(actor=[ARM]), event(actor=[ARM], day="2021-03-03"), False),  # two days apart: checked by the index
    (event(actor=[ARM]), event(actor=[AZE]), False),  # other attacker
    (event(actor=[ARM], recipient=[AZE]), event(actor=[AZE], recipient=[ARM]), False),  # direction matters
    (event(actor=[ARM]), event("PROTEST", actor=[ARM]), False),
    (event(actor=[ARM]), event(actor=[ARM], negated=True), False),
    (event(actor=[ARM], place=SOTK), event(actor=[ARM], place=BAKU), False),
    (event(actor=[ARM], place=SOTK), event(actor=[ARM]), True),  # place missing on one
    (event(place=SOTK), event(place=SOTK_ELSEWHERE), True),  # no actors, same place
    (event(), event(), False),  # nothing in common but the type
    (event(actor=[BIDEN]), event(actor=[TRUMP]), False),  # one side's country alone is not one story
    (event(actor=[ent("Russia", "RUS")], recipient=[ent("Ukraine", "UKR")]),
     event(actor=[ent("Moscow", "RUS")], recipient=[ent("Kyiv", "UKR")]), True),  # the same dyad
    (event(actor=[ARM], place=SOTK), event(actor=[ARM], place=YEREVAN), False),  # two towns
    (event(actor=[ARM], place=SOTK), event(actor=[ARM_TROOPS], place=ARMENIA), True),  # town within the country
    (event(actor=[ent("police")]), event(actor=[ent("Police")]), False),  # a generic word says nothing
])
def test_what_fits_one_story(a, b, fits):
    fa, fb = features(a, None), features(b, None)
    score = match_score(fa, fb)
    if fa.date != fb.date and abs(int(fa.date[-2:]) - int(fb.date[-2:])) > 1:
        assert not fits  # the day window is the index's job: events outside it are never compared
        return
    assert (score is not None) == fits


def test_the_event_day_falls_back_to_publication():
    f: Features = features(event(day=None), "2021-03-05")
    assert f.date == "2021-03-05"
