"""Opening a store by file name or URL, and writing coded articles into it.

SQLite and PostgreSQL share one write path (SQLAlchemy Core): an article's rows are built from
its record, inserted with one executemany per table, and committed together. ``add`` writes one
article in its own transaction; ``add_many`` writes a batch of articles per transaction, which is
what makes bulk ingest fast, and falls back to one transaction per article when a batch fails, so
one bad article never costs the others.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from sqlalchemy import create_engine, event, func, insert, select
from sqlalchemy import text as sql
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError, DataError, IntegrityError, OperationalError, SQLAlchemyError

from wirecoder.errors import InputError, StoreError
from wirecoder.record import CodedArticle, Event
from wirecoder.store import schema

BATCH_SIZE = 200  # articles per transaction in add_many
_KEYS_PER_QUERY = 500  # keys looked up per "already stored?" query

# The fields of CodedArticle.to_dict(): the article record without text, source and key.
_RECORD_FIELDS = frozenset(CodedArticle(id="", title=None, url=None, published=None).to_dict())


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
    cur.execute("PRAGMA cache_size=-65536")  # 64 MB page cache: bulk inserts touch many index pages
    cur.close()


@dataclass
class Added:
    """What ``add_many`` did: articles stored, articles already there (or repeated in the input),
    and the articles that could not be stored, each as an error naming it."""

    added: int = 0
    skipped: int = 0
    failed: list[InputError] = field(default_factory=list)


class Store:
    """A wirecoder store: ``add`` / ``add_many`` coded articles (idempotent), query them (``store.query``)."""

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
        except OperationalError:
            raise  # cannot connect, locked: open_store says so
        except DatabaseError as exc:
            raise StoreError(f"{self.engine.url.render_as_string(hide_password=True)}: not a usable store "
                             f"({exc.orig})") from None

    def has(self, key: str) -> bool:
        with self.engine.connect() as conn:
            return bool(_present(conn, [key]))

    def add(self, coded: CodedArticle) -> bool:
        """Store one coded article with all its rows in one transaction; False if it was already there."""
        key = article_key(coded)
        with self.engine.begin() as conn:
            if _present(conn, [key]):
                return False
            _insert(conn, [(key, coded)])
        return True

    def add_many(self, coded: Iterable[CodedArticle], batch_size: int = BATCH_SIZE) -> Added:
        """Store coded articles, ``batch_size`` to a transaction, skipping those already stored.

        Each article still commits whole or not at all: a batch that fails is retried article by
        article, and the articles that fail alone are reported in ``Added.failed``.
        """
        result = Added()
        it = iter(coded)
        while batch := list(islice(it, batch_size)):
            self._add_batch(batch, result)
        return result

    def _add_batch(self, batch: list[CodedArticle], result: Added) -> None:
        fresh: dict[str, CodedArticle] = {}
        for c in batch:
            fresh.setdefault(article_key(c), c)
        result.skipped += len(batch) - len(fresh)
        try:
            with self.engine.begin() as conn:
                present = _present(conn, list(fresh))
                _insert(conn, [(k, c) for k, c in fresh.items() if k not in present])
        except (IntegrityError, DataError):
            for key, c in fresh.items():
                self._add_alone(key, c, result)
            return
        except OperationalError as exc:
            raise StoreError(f"cannot write to the store ({exc.orig})") from None
        result.added += len(fresh) - len(present)
        result.skipped += len(present)

    def _add_alone(self, key: str, coded: CodedArticle, result: Added) -> None:
        try:
            if self.add(coded):
                result.added += 1
            else:
                result.skipped += 1
        except (IntegrityError, DataError) as exc:
            if self.has(key):  # another writer stored it first
                result.skipped += 1
            else:
                result.failed.append(InputError(coded.source or key, f"not stored ({exc.orig})", coded.id))

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in (schema.articles, schema.events, schema.quotes, schema.places, schema.entities)}


def article_key(coded: CodedArticle) -> str:
    """The key a coded article is stored under (its ``key``, else its id)."""
    return coded.key or f"id:{coded.id}"


def _present(conn: Connection, keys: list[str]) -> set[str]:
    """Which of the keys are stored already."""
    found: set[str] = set()
    col = schema.articles.c.key
    for i in range(0, len(keys), _KEYS_PER_QUERY):
        found.update(conn.execute(select(col).where(col.in_(keys[i:i + _KEYS_PER_QUERY]))).scalars())
    return found


def _json(record) -> str:
    """A record as JSON. Records are plain dataclasses, so each one's ``vars()`` is its
    ``asdict()``; letting the encoder ask for them is several times faster than ``asdict``."""
    return json.dumps(record, ensure_ascii=False, default=vars)


class _Rows:
    """The rows of a batch of articles, table by table; event actors wait for their event's pk."""

    def __init__(self, items: Iterable[tuple[str, CodedArticle]]):
        self.articles: list[dict] = []
        self.events: list[dict] = []
        self.event_actors: list[list[dict]] = []  # one list per event, in the order of self.events
        self.quotes: list[dict] = []
        self.places: list[dict] = []
        self.entities: list[dict] = []
        for key, coded in items:
            self.add(key, coded)

    def add(self, key: str, coded: CodedArticle) -> None:
        record = {k: v for k, v in vars(coded).items() if k in _RECORD_FIELDS}
        self.articles.append(dict(
            key=key, id=coded.id, title=coded.title, url=coded.url, published=coded.published,
            source=coded.source, text=coded.text or "", n_events=len(coded.events), record=_json(record)))
        for ev in coded.events:
            self.events.append(event_row(key, ev, coded.text))
            self.event_actors.append([
                dict(role=role, text=a.text, name=a.name, country=a.country, sector=a.sector)
                for role, group in (("actor", ev.actor), ("recipient", ev.recipient)) for a in group])
        self.quotes.extend(
            dict(article_key=key, text=q.text, start=q.start, end=q.end, cue=q.cue,
                 speaker=(q.speaker.name or q.speaker.text) if q.speaker else None,
                 speaker_country=q.speaker.country if q.speaker else None) for q in coded.quotes)
        self.places.extend(
            dict(article_key=key, text=p.text, name=p.name, geonameid=p.geonameid, country=p.country,
                 lat=p.lat, lon=p.lon, start=p.start, end=p.end) for p in coded.places)
        self.entities.extend(
            dict(article_key=key, text=e.text, name=e.name, country=e.country, sector=e.sector,
                 kind=e.kind, how=e.how, start=e.start, end=e.end) for e in coded.entities)


def _insert(conn: Connection, items: list[tuple[str, CodedArticle]]) -> None:
    """Insert the rows of these (not yet stored) articles: one executemany per table."""
    if not items:
        return
    rows = _Rows(items)
    _insert_many(conn, schema.articles, rows.articles)
    if rows.events:
        pks = _event_pks(conn, len(rows.events))
        for pk, row in zip(pks, rows.events):
            row["pk"] = pk
        _insert_many(conn, schema.events, rows.events)
        _insert_many(conn, schema.event_actors,
                     [{**r, "event_pk": pk} for pk, group in zip(pks, rows.event_actors) for r in group])
    _insert_many(conn, schema.quotes, rows.quotes)
    _insert_many(conn, schema.places, rows.places)
    _insert_many(conn, schema.entities, rows.entities)


def _event_pks(conn: Connection, n: int) -> list[int]:
    """Primary keys for n new events, taken before they are inserted so their actors can point
    at them without a RETURNING per row. PostgreSQL hands them out from the column's sequence;
    SQLite continues after the largest, which no one else can take while this transaction holds
    the write lock (taken by the articles insert before this is called)."""
    if conn.dialect.name == "postgresql":
        return list(conn.execute(sql("SELECT nextval(pg_get_serial_sequence('events', 'pk')) "
                                      "FROM generate_series(1, :n)"), {"n": n}).scalars())
    last = conn.execute(select(func.max(schema.events.c.pk))).scalar() or 0
    return list(range(last + 1, last + 1 + n))


def _insert_many(conn: Connection, table, rows: list[dict]) -> None:
    if rows:
        conn.execute(insert(table), rows)


def _names(group) -> str | None:
    names = [a.name or a.text for a in group]
    return "; ".join(names) if names else None


def _first_country(group) -> str | None:
    return next((a.country for a in group if a.country), None)


def event_row(article_key: str, ev: Event, text: str | None = None) -> dict:
    """The ``events`` row of one event: the columns queries filter on, and the record as JSON."""
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
        record=_json(ev),
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
        shown = engine.url.render_as_string(hide_password=True)
        raise StoreError(f"{shown}: cannot open store ({exc.orig})") from None
    return store
