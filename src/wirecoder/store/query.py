"""Reading the store: events with filters, and whole coded articles for export."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.sql import ColumnElement, Select

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


def contains_any_case(dialect: str | None, column: ColumnElement, part: str) -> ColumnElement:
    """``column`` contains ``part``, ignoring case; ``%`` and ``_`` in ``part`` are plain characters.

    SQLite's LIKE already ignores (ASCII) case, as its lower() only lowers ASCII: plain LIKE gives
    the same answers there, several times faster, and can be checked on an index's entries.
    """
    if dialect == "sqlite":
        return column.contains(part, autoescape=True)
    return func.lower(column).contains(part.lower(), autoescape=True)


# SQLite reads ``AS MATERIALIZED`` from 3.35 on, PostgreSQL from 12 on
_MATERIALIZED = ("postgresql", "sqlite") if sqlite3.sqlite_version_info >= (3, 35) else ("postgresql",)


def _distinct(dialect: str | None, column: ColumnElement, part: str) -> Select:
    """The distinct values of ``column`` that contain ``part``, ignoring case.

    The distinct values are listed first (from an index on the column, SQLite steps from one
    value to the next) and only they are tested, so the substring test scales with the number of
    different names, not with the number of rows; materialising keeps the planner from pushing
    the test back into the scan of every row.
    """
    values = select(column.label("value")).distinct().cte()
    for name in _MATERIALIZED:
        values = values.prefix_with("MATERIALIZED", dialect=name)
    return select(values.c.value).where(contains_any_case(dialect, values.c.value, part))


def name_contains(dialect: str | None, part: str) -> ColumnElement:
    """An ``event_actors`` row whose name or words contain ``part``, ignoring case."""
    ea = schema.event_actors
    return or_(ea.c.name.in_(_distinct(dialect, ea.c.name, part)), ea.c.text.in_(_distinct(dialect, ea.c.text, part)))


def event_conditions(f: EventFilter, dialect: str | None = None, pk: ColumnElement | None = None) -> list:
    """The WHERE conditions of a filter, shared by the CLI, the store browser and the API.

    ``dialect`` (the store's) lets a condition take the faster form that gives the same answers;
    ``pk`` is what events are matched on against lists of event pks (see ``browse.scan_pk``).
    """
    e, ea = schema.events, schema.event_actors
    pk = e.c.pk if pk is None else pk
    cond = []
    if f.type:
        cond.append(e.c.type == f.type.upper())
    # IN (subquery) rather than a correlated EXISTS: SQLite would re-run EXISTS for every event
    if f.country:
        cond.append(pk.in_(select(ea.c.event_pk).where(ea.c.country == f.country.upper())))
    if f.actor:
        cond.append(pk.in_(select(ea.c.event_pk).where(name_contains(dialect, f.actor))))
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
            .where(*event_conditions(f, store.dialect))
            .order_by(e.c.date.desc(), e.c.pk).offset(f.offset))
    if f.limit:
        stmt = stmt.limit(f.limit)
    with store.engine.connect() as conn:
        return [{**json.loads(rec), "article": {"id": aid, "title": title, "url": url}, "sentence_text": sent}
                for rec, sent, aid, title, url in conn.execute(stmt)]


def count_events(store: Store, f: EventFilter = EventFilter()) -> int:
    with store.engine.connect() as conn:
        stmt = select(func.count()).select_from(schema.events).where(*event_conditions(f, store.dialect))
        return conn.execute(stmt).scalar_one()


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
