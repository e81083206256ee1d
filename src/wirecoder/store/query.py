"""Reading the store: events with filters, and whole coded articles for export."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import func, or_, select

from wirecoder.store import schema
from wirecoder.store.engine import Store


@dataclass(frozen=True)
class EventFilter:
    """What ``wirecoder events`` and the API filter on; every field optional."""

    type: str | None = None
    country: str | None = None  # actor or recipient country
    actor: str | None = None  # substring of an actor's or recipient's name or text
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None
    article: str | None = None  # article id
    facts_only: bool = True  # leave out negated and hypothetical events
    limit: int | None = None
    offset: int = 0


def event_conditions(f: EventFilter) -> list:
    """The WHERE conditions of a filter, shared by the CLI, the store browser and the API."""
    e, ea = schema.events, schema.event_actors
    cond = []
    if f.type:
        cond.append(e.c.type == f.type.upper())
    # IN (subquery) rather than a correlated EXISTS: SQLite would re-run EXISTS for every event
    if f.country:
        cond.append(e.c.pk.in_(select(ea.c.event_pk).where(ea.c.country == f.country.upper())))
    if f.actor:
        cond.append(e.c.pk.in_(select(ea.c.event_pk).where(
            or_(ea.c.name.icontains(f.actor, autoescape=True), ea.c.text.icontains(f.actor, autoescape=True)))))
    if f.since:
        cond.append(e.c.date >= f.since)
    if f.until:
        cond.append(e.c.date <= f.until)
    if f.article:
        cond.append(e.c.article_key.in_(select(schema.articles.c.key).where(schema.articles.c.id == f.article)))
    if f.facts_only:
        cond += [e.c.negated.is_(False), e.c.hypothetical.is_(False)]
    return cond


def events(store: Store, f: EventFilter = EventFilter()) -> list[dict]:
    """Events matching the filter, newest first: the stored event record plus its article and sentence."""
    e, a = schema.events, schema.articles
    stmt = (select(e.c.record, e.c.sentence, a.c.id, a.c.title, a.c.url)
            .join(a, a.c.key == e.c.article_key)
            .where(*event_conditions(f))
            .order_by(e.c.date.desc(), e.c.pk).offset(f.offset))
    if f.limit:
        stmt = stmt.limit(f.limit)
    with store.engine.connect() as conn:
        return [{**json.loads(rec), "article": {"id": aid, "title": title, "url": url}, "sentence_text": sent}
                for rec, sent, aid, title, url in conn.execute(stmt)]


def count_events(store: Store, f: EventFilter = EventFilter()) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(schema.events).where(*event_conditions(f))).scalar_one()


def coded_articles(store: Store, with_text: bool = False) -> Iterator[dict]:
    """Every stored article as its extract-output record, by publication date (streamed)."""
    a = schema.articles
    stmt = select(a.c.record, a.c.text, a.c.source, a.c.key).order_by(a.c.published, a.c.key)
    with store.engine.connect() as conn:
        for rec, text, source, key in conn.execution_options(stream_results=True).execute(stmt):
            d = json.loads(rec)
            if with_text:
                d.update(text=text, source=source, key=key)
            yield d
