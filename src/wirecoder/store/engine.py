"""Opening a store by file name or URL, and writing coded articles into it."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from sqlalchemy import create_engine, event, insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError, DatabaseError

from wirecoder.errors import StoreError
from wirecoder.record import CodedArticle, Event
from wirecoder.store import schema


def store_url(db: str) -> str:
    """A SQLAlchemy URL from a file name or URL (``postgresql://`` becomes psycopg 3)."""
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    return f"sqlite:///{Path(db)}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


class Store:
    """A wirecoder store: ``add`` coded articles (idempotent), query them (``store.query``)."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.dialect = engine.dialect.name

    def create(self) -> None:
        try:
            schema.metadata.create_all(self.engine)
            with self.engine.begin() as conn:
                found = conn.execute(select(schema.meta.c.value).where(schema.meta.c.name == "schema_version")).scalar()
                if found is None:
                    conn.execute(insert(schema.meta).values(name="schema_version", value=str(schema.SCHEMA_VERSION)))
                elif int(found) != schema.SCHEMA_VERSION:
                    raise StoreError(f"store has schema version {found}, this wirecoder needs {schema.SCHEMA_VERSION}")
        except DatabaseError as exc:
            raise StoreError(f"{self.engine.url.render_as_string(hide_password=True)}: not a usable store "
                             f"({exc.orig})") from None

    def has(self, key: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(schema.articles.c.key).where(schema.articles.c.key == key)).first() is not None

    def add(self, coded: CodedArticle) -> bool:
        """Store one coded article with all its rows in one transaction; False if it was already there."""
        key = coded.key or f"id:{coded.id}"
        with self.engine.begin() as conn:
            if conn.execute(select(schema.articles.c.key).where(schema.articles.c.key == key)).first():
                return False
            conn.execute(insert(schema.articles).values(
                key=key, id=coded.id, title=coded.title, url=coded.url, published=coded.published,
                source=coded.source, text=coded.text or "", n_events=len(coded.events),
                record=json.dumps(coded.to_dict(), ensure_ascii=False)))
            for ev in coded.events:
                pk = conn.execute(insert(schema.events).values(**event_row(key, ev, coded.text))).inserted_primary_key[0]
                rows = [dict(event_pk=pk, role=role, text=a.text, name=a.name, country=a.country, sector=a.sector)
                        for role, group in (("actor", ev.actor), ("recipient", ev.recipient)) for a in group]
                if rows:
                    conn.execute(insert(schema.event_actors), rows)
            _insert_many(conn, schema.quotes, [
                dict(article_key=key, text=q.text, start=q.start, end=q.end, cue=q.cue,
                     speaker=(q.speaker.name or q.speaker.text) if q.speaker else None,
                     speaker_country=q.speaker.country if q.speaker else None) for q in coded.quotes])
            _insert_many(conn, schema.places, [
                dict(article_key=key, text=p.text, name=p.name, geonameid=p.geonameid, country=p.country,
                     lat=p.lat, lon=p.lon, start=p.start, end=p.end) for p in coded.places])
            _insert_many(conn, schema.entities, [
                dict(article_key=key, text=e.text, name=e.name, country=e.country, sector=e.sector,
                     kind=e.kind, how=e.how, start=e.start, end=e.end) for e in coded.entities])
        return True

    def counts(self) -> dict[str, int]:
        from sqlalchemy import func

        with self.engine.connect() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in (schema.articles, schema.events, schema.quotes, schema.places, schema.entities)}


def _insert_many(conn, table, rows: list[dict]) -> None:
    if rows:
        conn.execute(insert(table), rows)


def _names(group) -> str | None:
    names = [a.name or a.text for a in group]
    return "; ".join(names) if names else None


def _first_country(group) -> str | None:
    return next((a.country for a in group if a.country), None)


def event_row(article_key: str, ev: Event, text: str | None = None) -> dict:
    loc = ev.location
    return dict(
        article_key=article_key, id=ev.id, type=ev.event, mode=ev.mode, cameo=ev.cameo, quad=ev.quad,
        score=ev.score, date=ev.date.value, date_precision=ev.date.precision,
        place=(loc.name or loc.text) if loc else None, place_country=loc.country if loc else None,
        lat=loc.lat if loc else None, lon=loc.lon if loc else None,
        actor=_names(ev.actor), actor_country=_first_country(ev.actor),
        recipient=_names(ev.recipient), recipient_country=_first_country(ev.recipient),
        negated=ev.negated, hypothetical=ev.hypothetical, confidence=ev.confidence,
        trigger=ev.trigger.text,
        sentence=text[ev.sentence["start"]:ev.sentence["end"]] if text else None,
        record=json.dumps(asdict(ev), ensure_ascii=False),
    )


def open_store(db: str, create: bool = True) -> Store:
    """Open (and by default create) the store at a file name or URL."""
    url = store_url(db)
    if url.startswith("sqlite:///"):
        path = Path(url[len("sqlite:///"):])
        if not create and not path.exists():
            raise StoreError(f"{path}: no such store (run `wirecoder ingest` first)")
        if path.parent and not path.parent.exists():
            raise StoreError(f"{path}: folder {path.parent} does not exist")
    try:
        engine = create_engine(url, future=True)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise StoreError(f"{db}: cannot open store ({exc})") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    store = Store(engine)
    try:
        if create:
            store.create()
        else:
            with engine.connect():
                pass
    except OperationalError as exc:
        raise StoreError(f"{db}: cannot open store ({exc.orig})") from None
    return store
