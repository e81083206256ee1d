"""Reading the store to browse it: the web UI's filters, sorting, lists, single records and aggregates.

``BrowseFilter`` extends ``query.EventFilter`` with what researchers filter on in the UI (mode,
quad, either side of the dyad, sectors, places, a bounding box, full-text search on the article);
every condition of the CLI's filter is reused from ``query.event_conditions``, never rewritten.
SQLAlchemy Core with bound parameters only, so one code path serves SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import and_, case, distinct, event, func, or_, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import ColumnElement, Select

from wirecoder.store import query, schema, search
from wirecoder.store.engine import Store
from wirecoder.store.query import EventFilter, event_conditions

log = logging.getLogger(__name__)

E, A, EA = schema.events, schema.articles, schema.event_actors

# sort keys the events list accepts ("-date" is newest first); ties are broken by insertion order
EVENT_SORTS: dict[str, ColumnElement] = {
    "date": E.c.date, "published": A.c.published, "type": E.c.type, "quad": E.c.quad,
    "score": E.c.score, "confidence": E.c.confidence,
}


# Indexes for the browser's filters, counts and aggregates, created beside the store's own by
# ``ensure_browse_indexes`` (the same DDL works on SQLite and PostgreSQL). Each covers the columns
# its queries read, so filters, counts and aggregates never touch the wide event rows; the first
# one also follows the default order (newest first, then pk) so a page of facts needs no sort.
BROWSE_INDEXES = {
    "ix_browse_events_facts": "events (negated, hypothetical, date, pk, type, quad, actor_country, "
                              "recipient_country, place_country, lat, lon, place)",
    "ix_browse_events_listed": "events (negated, hypothetical, pk)",
    "ix_browse_events_type": "events (type, negated, hypothetical, date, pk, quad, confidence)",
    "ix_browse_events_quad": "events (quad, negated, hypothetical, date, pk, mode)",
    "ix_browse_events_article": "events (article_key, negated, hypothetical, date, pk)",
    "ix_browse_events_place": "events ((lower(place)))",
    "ix_browse_actors_country": "event_actors (country, role, event_pk)",
    "ix_browse_actors_sector": "event_actors (sector, role, event_pk)",
    "ix_browse_actors_names": "event_actors (name, text, role, event_pk)",
    "ix_browse_actors_texts": "event_actors (text, role, event_pk)",
    "ix_browse_actors_name": "event_actors ((coalesce(name, text)), country, sector, role, event_pk)",
    "ix_browse_places_name": "places ((coalesce(name, text)), country, geonameid, lat, lon, article_key)",
}


def tune_reads(store: Store, mmap_bytes: int = 1 << 30, cache_kib: int = 65536) -> None:
    """On SQLite, let each new connection map the file into memory and keep a larger page cache:
    browsing reads far more than it writes. (No-op elsewhere.)"""
    if store.dialect != "sqlite":
        return

    def pragmas(dbapi_conn, _record) -> None:
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA mmap_size={int(mmap_bytes)}")
        cur.execute(f"PRAGMA cache_size={-int(cache_kib)}")
        cur.close()

    event.listen(store.engine, "connect", pragmas)
    store.engine.dispose()  # connections opened before this get the pragmas when reopened


def ensure_browse_indexes(store: Store) -> bool:
    """Create the browser's indexes where missing (and then refresh the planner's statistics).

    False when the store cannot be changed (a read-only file): browsing then works, slower.
    """
    try:
        with store.engine.begin() as conn:
            existing = set(conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'index'" if store.dialect == "sqlite" else
                "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")).scalars())
            missing = [name for name in BROWSE_INDEXES if name not in existing]
            for name in missing:
                conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {BROWSE_INDEXES[name]}"))
            if missing:
                conn.execute(text("ANALYZE" if store.dialect == "sqlite" else "ANALYZE events, event_actors, places"))
    except DBAPIError as exc:
        log.warning("cannot add the browsing indexes: %s", exc.orig)
        return False
    return True


@dataclass(frozen=True)
class BrowseFilter(EventFilter):
    """``EventFilter`` plus the UI's filters; ``actor``/``country`` keep their either-side meaning."""

    mode: str | None = None
    quad: int | None = None
    sector: str | None = None  # actor or recipient sector
    entity: str | None = None  # exact actor or recipient name, as ``actors`` lists them
    actor_name: str | None = None  # substring of an actor's name (actor side only)
    actor_country: str | None = None
    actor_sector: str | None = None
    recipient_name: str | None = None
    recipient_country: str | None = None
    recipient_sector: str | None = None
    place: str | None = None  # event location name, case-insensitive
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north (degrees)
    q: str | None = None  # full-text query on the article the event comes from
    sort: str = "-date"


def _entity_name(table=EA) -> ColumnElement:
    return func.coalesce(table.c.name, table.c.text)


def _side(store: Store, pk: ColumnElement, role: str | None, name: str | None = None, country: str | None = None,
          sector: str | None = None, exact: str | None = None) -> ColumnElement | None:
    """An event has an actor (of ``role``, or either side) matching all of the given values."""
    cond = []
    if name:
        cond.append(query.name_contains(store.dialect, name))
    if country:
        cond.append(EA.c.country == country.upper())
    if sector:
        cond.append(EA.c.sector == sector.upper())
    if exact:
        cond.append(_entity_name() == exact)
    if not cond:
        return None
    if role:
        cond.append(EA.c.role == role)
    # an uncorrelated IN reads the matching actors once, from a covering index; a correlated
    # EXISTS would be probed once per event
    return pk.in_(select(EA.c.event_pk).where(*cond))


# Matching events against a list of event pks: ``events.pk`` looks each listed event up (best
# when few match, and for counts); ``scan_pk`` hides the pk from SQLite's planner, which then walks
# the events in the order of an index and probes the lists, so a page in that order stops after
# its last row instead of sorting every match (from 500 ms to 30 ms for a name in 10% of events).
scan_pk = E.c.pk + 0


def _actor_lists(f: BrowseFilter) -> int:
    """How many lists of event pks (by actor) a filter intersects. With one, many events may match
    and a page in the facts index's order ("-date") is best found walking it; with several, few
    match and looking each up is faster."""
    return (sum(bool(v) for v in (f.country, f.actor, f.sector, f.entity))
            + any((f.actor_name, f.actor_country, f.actor_sector))
            + any((f.recipient_name, f.recipient_country, f.recipient_sector)))


def conditions(store: Store, f: BrowseFilter, pk: ColumnElement = E.c.pk) -> list[ColumnElement]:
    """WHERE conditions on ``events`` for a filter: the CLI's, then the browser's own."""
    cond = event_conditions(f, store.dialect, pk)
    if f.mode:
        cond.append(E.c.mode == f.mode)
    if f.quad:
        cond.append(E.c.quad == f.quad)
    for side in (_side(store, pk, None, sector=f.sector), _side(store, pk, None, exact=f.entity),
                 _side(store, pk, "actor", f.actor_name, f.actor_country, f.actor_sector),
                 _side(store, pk, "recipient", f.recipient_name, f.recipient_country, f.recipient_sector)):
        if side is not None:
            cond.append(side)
    if f.place:
        cond.append(func.lower(E.c.place) == f.place.lower())
    if f.bbox:
        west, south, east, north = f.bbox
        cond.append(E.c.lat.between(south, north))
        cond.append(E.c.lon.between(west, east) if west <= east else or_(E.c.lon >= west, E.c.lon <= east))
    if f.q:
        found = search.matching(store, f.q, ranked=False).subquery()
        cond.append(E.c.article_key.in_(select(found.c.key)))
    return cond


def _order(sort: str) -> list:
    desc = sort.startswith("-")
    column = EVENT_SORTS[sort.lstrip("-")]
    return [(column.desc() if desc else column.asc()).nulls_last(), E.c.pk.desc() if desc else E.c.pk]


def _event_dict(record: str, sentence, aid, title, url, published) -> dict:
    return {**json.loads(record), "article": {"id": aid, "title": title, "url": url, "published": published},
            "sentence_text": sentence}


def iter_events(store: Store, f: BrowseFilter = BrowseFilter()) -> Iterator[dict]:
    """Events matching the filter in the filter's order (streamed): the stored record plus its article."""
    stmt = (select(E.c.record, E.c.sentence, A.c.id, A.c.title, A.c.url, A.c.published)
            .join(A, A.c.key == E.c.article_key).order_by(*_order(f.sort)))
    if f.limit:
        # choose the page's keys first, reading only narrow columns, then fetch those rows whole:
        # sorting and skipping never carry the wide records
        pk = scan_pk if f.sort == "-date" and _actor_lists(f) == 1 else E.c.pk
        keys = select(E.c.pk).where(*conditions(store, f, pk)).order_by(*_order(f.sort)).offset(f.offset).limit(f.limit)
        if f.sort.lstrip("-") == "published":
            keys = keys.join(A, A.c.key == E.c.article_key)
        stmt = stmt.where(E.c.pk.in_(keys))
    else:
        stmt = stmt.where(*conditions(store, f)).offset(f.offset)
    with store.engine.connect() as conn:
        for row in conn.execution_options(stream_results=True).execute(stmt):
            yield _event_dict(*row)


def events(store: Store, f: BrowseFilter = BrowseFilter()) -> list[dict]:
    """One page of ``iter_events``."""
    return list(iter_events(store, f))


def count_events(store: Store, f: BrowseFilter = BrowseFilter()) -> int:
    """How many events match. When an index on the events narrows them (type, quad), counting
    walks its entries and probes the actor lists (``scan_pk``): 20 ms rather than 50 ms for the
    7,000 of 24,000 quad-4 events with a military side, which looked up one by one touch 30,000
    wide rows."""
    pk = scan_pk if _actor_lists(f) and (f.type or f.quad) else E.c.pk
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(E).where(*conditions(store, f, pk))).scalar_one()


class ChangeCounter:
    """A number that changes whenever anyone commits to an SQLite store, from this process or
    another: SQLite's ``data_version``, read on a connection of its own that never writes.

    ``read()`` is None where no such number can be had (PostgreSQL, an in-memory store).
    """

    def __init__(self, store: Store):
        self._lock = threading.Lock()
        self._conn = None
        path = store.engine.url.database if store.dialect == "sqlite" else None
        if path and path != ":memory:" and not path.startswith("file:"):
            try:
                self._conn = sqlite3.connect(Path(path).absolute().as_uri() + "?mode=ro", uri=True,
                                             check_same_thread=False)
            except sqlite3.Error as exc:
                log.warning("totals will not be remembered: %s", exc)

    def read(self) -> int | None:
        if self._conn is None:
            return None
        with self._lock:
            try:
                return self._conn.execute("PRAGMA data_version").fetchone()[0]
            except sqlite3.Error as exc:  # the file went away or cannot be read: count every time
                log.warning("totals will not be remembered: %s", exc)
                self._conn = None
                return None


class EventTotals:
    """``count_events`` for one store, remembered per filter while the store stays unchanged:
    paging through a filter counts its events once. Without a change counter every call counts."""

    def __init__(self, store: Store, size: int = 512):
        self.size = size
        self._changes = ChangeCounter(store)
        self._known: OrderedDict[BrowseFilter, tuple[int, int]] = OrderedDict()
        self._lock = threading.Lock()

    def count(self, store: Store, f: BrowseFilter) -> int:
        key = replace(f, limit=None, offset=0, sort="-date")
        version = self._changes.read()  # read before counting: a commit during the count shows next time
        with self._lock:
            known = self._known.get(key)
            if known is not None and version is not None and known[0] == version:
                self._known.move_to_end(key)
                return known[1]
        total = count_events(store, key)
        if version is not None:
            with self._lock:
                self._known[key] = (version, total)
                while len(self._known) > self.size:
                    self._known.popitem(last=False)
        return total


def event_reports(store: Store, event_id: str, limit: int = 100) -> dict | None:
    """One event and the other stored reports of it, or None.

    Another article reports the same event when it codes the same type on the same day between
    the same two countries (the first coded country of each side), negated or not.
    """
    cols = (E.c.pk, E.c.type, E.c.date, E.c.actor_country, E.c.recipient_country,
            E.c.record, E.c.sentence, A.c.id, A.c.title, A.c.url, A.c.published)
    with store.engine.connect() as conn:
        found = conn.execute(select(*cols).join(A, A.c.key == E.c.article_key)
                             .where(E.c.id == event_id).order_by(E.c.pk).limit(1)).first()
        if found is None:
            return None
        pk, type_, day, src, tgt = found[:5]
        others = []
        if day and (src or tgt):
            stmt = (select(*cols[5:]).join(A, A.c.key == E.c.article_key)
                    .where(E.c.type == type_, E.c.date == day, E.c.pk != pk,
                           E.c.actor_country.is_not_distinct_from(src),
                           E.c.recipient_country.is_not_distinct_from(tgt))
                    .order_by(A.c.published, E.c.pk).limit(limit))
            others = [_event_dict(*row) for row in conn.execute(stmt)]
    return {"event": _event_dict(*found[5:]), "reports": others}


def article(store: Store, article_id: str) -> dict | None:
    """One stored article: its coded record (the extract contract) with its text, or None."""
    stmt = select(A.c.record, A.c.text, A.c.source).where(A.c.id == article_id).order_by(A.c.key).limit(1)
    with store.engine.connect() as conn:
        row = conn.execute(stmt).first()
    if row is None:
        return None
    return {**json.loads(row.record), "text": row.text, "source": row.source}


def _page(stmt: Select, limit: int | None, offset: int) -> Select:
    stmt = stmt.offset(offset)
    return stmt.limit(limit) if limit else stmt


def _count(store: Store, stmt: Select) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(stmt.order_by(None).subquery())).scalar_one()


@dataclass(frozen=True)
class ListQuery:
    """Filters shared by the non-event lists; each list reads the ones that apply to it."""

    q: str | None = None  # articles: full text; quotes: words of the quote
    name: str | None = None  # actors, places: substring of the name; quotes: of the speaker
    country: str | None = None
    sector: str | None = None
    since: str | None = None  # articles and quotes: publication date range
    until: str | None = None
    article: str | None = None  # quotes of one article
    limit: int | None = 50
    offset: int = 0


def _articles_stmt(store: Store, lq: ListQuery) -> Select:
    cols = [A.c.id, A.c.title, A.c.url, A.c.published, A.c.n_events]
    stmt = select(*cols)
    if lq.q:
        found = search.matching(store, lq.q).subquery()
        stmt = (select(*cols, found.c.score).join(found, found.c.key == A.c.key)
                .order_by(found.c.score.desc(), A.c.published.desc().nulls_last(), A.c.key))
    else:
        stmt = stmt.order_by(A.c.published.desc().nulls_last(), A.c.key)
    if lq.since:
        stmt = stmt.where(A.c.published >= lq.since)
    if lq.until:
        stmt = stmt.where(A.c.published <= lq.until)
    return stmt


def articles(store: Store, lq: ListQuery = ListQuery(), snippets: bool = True) -> list[dict]:
    """Articles, newest first, or best match first for a full-text query (with a snippet each)."""
    stmt = _page(_articles_stmt(store, lq), lq.limit, lq.offset)
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(stmt)]
        if lq.q and rows and snippets:
            texts = dict(conn.execute(select(A.c.id, A.c.text).where(A.c.id.in_([r["id"] for r in rows]))).all())
            for r in rows:
                r["snippet"] = search.snippet(texts.get(r["id"], ""), lq.q)
    return rows


def count_articles(store: Store, lq: ListQuery = ListQuery()) -> int:
    return _count(store, _articles_stmt(store, lq))


def _filtered_pks(store: Store, f: BrowseFilter) -> Select:
    return select(E.c.pk).where(*conditions(store, f))


def _among(event_pk: ColumnElement, store: Store, f: BrowseFilter) -> ColumnElement:
    """``event_pk`` is one of the filtered events. The ``+ 0`` keeps SQLite from probing the
    event_pk index once per event; scanning a covering index in group order is far faster."""
    return (event_pk + 0).in_(_filtered_pks(store, f))


def _actors_stmt(store: Store, f: BrowseFilter, lq: ListQuery) -> Select:
    name = _entity_name()
    stmt = (select(name.label("name"), EA.c.country, EA.c.sector,
                   func.count(distinct(EA.c.event_pk)).label("events"),
                   func.sum(case((EA.c.role == "actor", 1), else_=0)).label("as_actor"),
                   func.sum(case((EA.c.role == "recipient", 1), else_=0)).label("as_recipient"))
            .where(_among(EA.c.event_pk, store, f))
            .group_by(name, EA.c.country, EA.c.sector)
            .order_by(func.count(distinct(EA.c.event_pk)).desc(), name, EA.c.country, EA.c.sector))
    if lq.name:
        stmt = stmt.where(func.lower(name).contains(lq.name.lower(), autoescape=True))
    if lq.country:
        stmt = stmt.where(EA.c.country == lq.country.upper())
    if lq.sector:
        stmt = stmt.where(EA.c.sector == lq.sector.upper())
    return stmt


def actors(store: Store, f: BrowseFilter = BrowseFilter(), lq: ListQuery = ListQuery()) -> list[dict]:
    """Actors and recipients of the filtered events, one row per name and code, most events first."""
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(_page(_actors_stmt(store, f, lq), lq.limit, lq.offset))]


def count_actors(store: Store, f: BrowseFilter = BrowseFilter(), lq: ListQuery = ListQuery()) -> int:
    return _count(store, _actors_stmt(store, f, lq))


def actor(store: Store, name: str, f: BrowseFilter = BrowseFilter()) -> dict | None:
    """What the filtered events say about one actor name: its codes, roles and time span, or None."""
    pks = _filtered_pks(store, replace(f, entity=name, limit=None, offset=0))
    stmt = (select(EA.c.country, EA.c.sector, EA.c.role, func.count(distinct(EA.c.event_pk)).label("n"))
            .where(_entity_name() == name, EA.c.event_pk.in_(pks))
            .group_by(EA.c.country, EA.c.sector, EA.c.role))
    with store.engine.connect() as conn:
        rows = conn.execute(stmt).all()
        if not rows:
            return None
        span = conn.execute(select(func.min(E.c.date), func.max(E.c.date), func.count())
                            .where(E.c.pk.in_(pks))).one()
    codes: dict[tuple, int] = {}
    roles = {"actor": 0, "recipient": 0}
    for country, sector, role, n in rows:
        codes[(country, sector)] = codes.get((country, sector), 0) + n
        roles[role] = roles.get(role, 0) + n
    return {"name": name, "events": span[2], "first": span[0], "last": span[1],
            "as_actor": roles["actor"], "as_recipient": roles["recipient"],
            "codes": [{"country": c, "sector": s, "events": n}
                      for (c, s), n in sorted(codes.items(), key=lambda kv: -kv[1])]}


def _places_stmt(lq: ListQuery) -> Select:
    p = schema.places
    name = func.coalesce(p.c.name, p.c.text)
    stmt = (select(name.label("name"), p.c.country, p.c.geonameid, p.c.lat, p.c.lon,
                   func.count().label("mentions"), func.count(distinct(p.c.article_key)).label("articles"))
            .group_by(name, p.c.country, p.c.geonameid, p.c.lat, p.c.lon)
            .order_by(func.count().desc(), name, p.c.geonameid))
    if lq.name:
        stmt = stmt.where(func.lower(name).contains(lq.name.lower(), autoescape=True))
    if lq.country:
        stmt = stmt.where(p.c.country == lq.country.upper())
    return stmt


def places(store: Store, lq: ListQuery = ListQuery()) -> list[dict]:
    """Places the articles mention, most mentioned first."""
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(_page(_places_stmt(lq), lq.limit, lq.offset))]


def count_places(store: Store, lq: ListQuery = ListQuery()) -> int:
    return _count(store, _places_stmt(lq))


def _quotes_stmt(lq: ListQuery) -> Select:
    qt = schema.quotes
    stmt = (select(qt.c.text, qt.c.start, qt.c.end, qt.c.speaker, qt.c.speaker_country, qt.c.cue,
                   A.c.id.label("article_id"), A.c.title.label("article_title"), A.c.published)
            .join(A, A.c.key == qt.c.article_key)
            .order_by(A.c.published.desc().nulls_last(), A.c.key, qt.c.start))
    if lq.q:
        for word in search.words(lq.q):
            stmt = stmt.where(func.lower(qt.c.text).contains(word.lower(), autoescape=True))
    if lq.name:
        stmt = stmt.where(func.lower(qt.c.speaker).contains(lq.name.lower(), autoescape=True))
    if lq.country:
        stmt = stmt.where(qt.c.speaker_country == lq.country.upper())
    if lq.article:
        stmt = stmt.where(A.c.id == lq.article)
    if lq.since:
        stmt = stmt.where(A.c.published >= lq.since)
    if lq.until:
        stmt = stmt.where(A.c.published <= lq.until)
    return stmt


def quotes(store: Store, lq: ListQuery = ListQuery()) -> list[dict]:
    """Direct quotes with their speakers, newest articles first."""
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(_page(_quotes_stmt(lq), lq.limit, lq.offset))]


def count_quotes(store: Store, lq: ListQuery = ListQuery()) -> int:
    return _count(store, _quotes_stmt(lq))


TIMELINE_UNITS = ("day", "month", "year")


def timeline(store: Store, f: BrowseFilter = BrowseFilter(), unit: str = "day") -> list[dict]:
    """Events per day (or month, or year) per type; ``date`` is the first day of the period.

    Events without a date are left out.
    """
    if unit not in TIMELINE_UNITS:
        raise ValueError(f"timeline unit {unit!r}: use one of {', '.join(TIMELINE_UNITS)}")
    period = {"day": E.c.date, "month": func.substr(E.c.date, 1, 7) + "-01",
              "year": func.substr(E.c.date, 1, 4) + "-01-01"}[unit]
    stmt = (select(period.label("date"), E.c.type, func.count().label("events"))
            .where(*conditions(store, f), E.c.date.is_not(None))
            .group_by(period, E.c.type).order_by(period, E.c.type))
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(stmt)]


def timeline_unit(first: str | None, last: str | None) -> str:
    """The period that keeps a timeline readable: days up to three months, months up to twenty years."""
    if not first or not last:
        return "day"
    days = (date.fromisoformat(last) - date.fromisoformat(first)).days
    return "day" if days <= 92 else "month" if days <= 7300 else "year"


def date_range(store: Store, f: BrowseFilter = BrowseFilter()) -> tuple[str | None, str | None]:
    """The first and last event date for a filter."""
    with store.engine.connect() as conn:
        first, last = conn.execute(select(func.min(E.c.date), func.max(E.c.date)).where(*conditions(store, f))).one()
    return first, last


def dyads(store: Store, f: BrowseFilter = BrowseFilter(), by: str = "country", limit: int | None = 20) -> list[dict]:
    """The most frequent actor → recipient pairs, by country code or by actor name."""
    if by == "country":
        n = func.count()
        stmt = (select(E.c.actor_country.label("actor"), E.c.recipient_country.label("recipient"), n.label("events"))
                .where(*conditions(store, f), E.c.actor_country.is_not(None), E.c.recipient_country.is_not(None))
                .group_by(E.c.actor_country, E.c.recipient_country))
    elif by == "name":
        src, tgt = EA.alias("src"), EA.alias("tgt")
        src_name, tgt_name = _entity_name(src), _entity_name(tgt)
        n = func.count(distinct(src.c.event_pk))
        stmt = (select(src_name.label("actor"), tgt_name.label("recipient"), n.label("events"))
                .join(tgt, and_(tgt.c.event_pk == src.c.event_pk, tgt.c.role == "recipient"))
                .where(src.c.role == "actor", _among(src.c.event_pk, store, f))
                .group_by(src_name, tgt_name))
        if f.entity:
            stmt = stmt.where(or_(src_name == f.entity, tgt_name == f.entity))
    else:
        raise ValueError(f"dyads by {by!r}: use 'country' or 'name'")
    stmt = stmt.order_by(n.desc(), "actor", "recipient")
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(_page(stmt, limit, 0))]


def top_places(store: Store, f: BrowseFilter = BrowseFilter(), limit: int | None = 500) -> list[dict]:
    """Where the filtered events happened: one row per located place, most events first."""
    stmt = (select(E.c.place, E.c.place_country.label("country"), E.c.lat, E.c.lon, func.count().label("events"))
            .where(*conditions(store, f), E.c.lat.is_not(None), E.c.lon.is_not(None))
            .group_by(E.c.place, E.c.place_country, E.c.lat, E.c.lon)
            .order_by(func.count().desc(), E.c.place))
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(_page(stmt, limit, 0))]
