"""Opening a store by file name or URL, and writing coded articles into it.

SQLite and PostgreSQL share one write path (SQLAlchemy Core): an article's rows are built from
its record as value tuples, written with one bulk statement per table (an executemany on SQLite,
a COPY on PostgreSQL), and committed together. ``add`` writes one
article in its own transaction; ``add_many`` writes a batch of articles per transaction, which is
what makes bulk ingest fast, and falls back to one transaction per article when a batch fails, so
one bad article never costs the others.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import orjson
from sqlalchemy import Table, create_engine, event, func, insert, select
from sqlalchemy import text as sql
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import (DatabaseError, DataError, DBAPIError, IntegrityError, OperationalError,
                            SQLAlchemyError)

from wirecoder.errors import InputError, StoreError
from wirecoder.record import CodedArticle, Entity, Event
from wirecoder.store import schema

BATCH_SIZE = 200  # articles per transaction in add_many
_KEYS_PER_QUERY = 500  # keys looked up per "already stored?" query

# The fields of CodedArticle.to_dict(): the article record without text, source and key.
_RECORD_FIELDS = tuple(CodedArticle(id="", title=None, url=None, published=None).to_dict())


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
    # checkpoint the write-ahead log at 64 MB rather than 4 MB: each checkpoint waits for two
    # fsyncs, which cost more than the copying, and hot index pages are copied once, not each time
    cur.execute("PRAGMA wal_autocheckpoint=16384")
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
                elif int(found) == 1:
                    _upgrade_from_1(conn)
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


def _json(record) -> bytes:
    """A record (a dataclass, or a dict of them) as UTF-8 JSON; orjson walks dataclasses itself,
    which is several times faster than the standard encoder asking for each one's ``vars()``."""
    return orjson.dumps(record)


def _article_json(coded: CodedArticle, events: list[bytes]) -> str:
    """The article record as ``to_dict`` gives it, with its events' JSON (already made for the
    events table) spliced in rather than encoded twice."""
    record = {k: getattr(coded, k) for k in _RECORD_FIELDS}
    record["events"] = [orjson.Fragment(e) for e in events]
    return orjson.dumps(record).decode()


# The columns each table is written with, in the order of the value tuples built below.
_COLUMNS = {
    "articles": ("key", "id", "title", "url", "published", "source", "text", "n_events", "record"),
    "events": ("pk", "article_key", "id", "type", "mode", "cameo", "quad", "score", "date", "date_precision",
               "place", "place_country", "lat", "lon", "actor", "actor_country", "recipient", "recipient_country",
               "negated", "hypothetical", "confidence", "trigger", "sentence", "record"),
    "event_actors": ("event_pk", "role", "text", "name", "country", "sector"),
    "quotes": ("article_key", "text", "start", "end", "cue", "speaker", "speaker_country"),
    "places": ("article_key", "text", "name", "geonameid", "country", "lat", "lon", "start", "end"),
    "entities": ("article_key", "name", "country", "sector", "kind", "mentions", "start", "end"),
    # copies and stories (store/stories.py)
    "article_signatures": ("article_key", "signature"),
    "article_bands": ("band", "article_key"),
    "article_links": ("article_key", "duplicate_of", "similarity"),
    "stories": ("id", "type", "mentions", "sources"),
    "event_stories": ("event_pk", "story", "type", "date", "flags", "geonameid", "country", "actors", "recipients"),
    "story_mentions": ("story", "event_pk", "article_key", "outlet"),
}


class _Rows:
    """The rows of a batch of articles as value tuples, table by table (columns as in ``_COLUMNS``);
    events and their actors wait for the events' pks."""

    def __init__(self, items: Iterable[tuple[str, CodedArticle]]):
        self.articles: list[tuple] = []
        self.events: list[tuple] = []  # without the pk
        self.event_actors: list[list[tuple]] = []  # one list per event, without the event_pk
        self.quotes: list[tuple] = []
        self.places: list[tuple] = []
        self.entities: list[tuple] = []
        for key, coded in items:
            self.add(key, coded)

    def add(self, key: str, coded: CodedArticle) -> None:
        events = [_json(ev) for ev in coded.events]
        self.articles.append((key, coded.id, coded.title, coded.url, coded.published, coded.source,
                              coded.text or "", len(coded.events), _article_json(coded, events)))
        for ev, record in zip(coded.events, events):
            self.events.append(_event_values(key, ev, coded.text, record.decode()))
            self.event_actors.append([(role, a.text, a.name, a.country, a.sector)
                                      for role, group in (("actor", ev.actor), ("recipient", ev.recipient))
                                      for a in group])
        self.quotes.extend(
            (key, q.text, q.start, q.end, q.cue, (q.speaker.name or q.speaker.text) if q.speaker else None,
             q.speaker.country if q.speaker else None) for q in coded.quotes)
        self.places.extend((key, p.text, p.name, p.geonameid, p.country, p.lat, p.lon, p.start, p.end)
                           for p in coded.places)
        self.entities.extend(entity_values(key, coded.entities))


def entity_values(article_key: str, mentions: Iterable) -> list[tuple]:
    """The ``entities`` rows of an article: one per distinct name and codes, with its mentions
    counted and the first one's offsets."""
    seen: dict[tuple, list] = {}
    for e in mentions:
        k = (e.name or e.text, e.country, e.sector, e.kind)
        if k in seen:
            seen[k][5] += 1
        else:
            seen[k] = [article_key, *k, 1, e.start, e.end]
    return [tuple(v) for v in seen.values()]


def _upgrade_from_1(conn: Connection) -> None:
    """Schema 1 -> 2: the entities table becomes one row per distinct actor of an article,
    rebuilt from the articles' records."""
    schema.entities.drop(conn)
    schema.entities.create(conn)
    a = schema.articles
    rows: list[tuple] = []
    for key, record in conn.execute(select(a.c.key, a.c.record)).all():
        mentions = orjson.loads(record).get("entities") or []
        rows += entity_values(key, (Entity(**m) for m in mentions))
    write_rows(conn, schema.entities, rows)
    conn.execute(schema.meta.update().where(schema.meta.c.name == "schema_version")
                 .values(value=str(schema.SCHEMA_VERSION)))


def _insert(conn: Connection, items: list[tuple[str, CodedArticle]]) -> None:
    """Insert the rows of these (not yet stored) articles: one bulk write per table."""
    if not items:
        return
    rows = _Rows(items)
    write_rows(conn, schema.articles, rows.articles)
    pks: list[int] = []
    if rows.events:
        pks = _event_pks(conn, len(rows.events))
        write_rows(conn, schema.events, [(pk, *row) for pk, row in zip(pks, rows.events)])
        write_rows(conn, schema.event_actors,
               [(pk, *r) for pk, group in zip(pks, rows.event_actors) for r in group])
    write_rows(conn, schema.quotes, rows.quotes)
    write_rows(conn, schema.places, rows.places)
    write_rows(conn, schema.entities, rows.entities)
    from wirecoder.store.stories import on_insert  # copies' links, events' stories

    on_insert(conn, items, pks)


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


def write_rows(conn: Connection, table: Table, rows: list[tuple]) -> None:
    """Write value tuples straight to the driver, past SQLAlchemy's per-row parameter handling
    (which took longer than the database): SQLite gets one executemany, PostgreSQL one COPY."""
    if not rows:
        return
    quote = conn.dialect.identifier_preparer.quote
    columns = ", ".join(quote(c) for c in _COLUMNS[table.name])
    if conn.dialect.name == "postgresql":
        _copy(conn, f"COPY {quote(table.name)} ({columns}) FROM STDIN", rows)
    else:
        marks = ", ".join("?" if conn.dialect.paramstyle == "qmark" else "%s" for _ in _COLUMNS[table.name])
        conn.exec_driver_sql(f"INSERT INTO {quote(table.name)} ({columns}) VALUES ({marks})", rows)


def _copy(conn: Connection, statement: str, rows: list[tuple]) -> None:
    """COPY rows into a PostgreSQL table in the connection's transaction; the driver's errors are
    raised as SQLAlchemy's, as ``conn.execute`` would, so a failed batch is retried the same way."""
    dbapi = conn.dialect.loaded_dbapi
    try:
        with conn.connection.driver_connection.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
    except dbapi.Error as exc:
        raise DBAPIError.instance(statement, None, exc, dbapi.Error) from None


def _names(group) -> str | None:
    names = [a.name or a.text for a in group]
    return "; ".join(names) if names else None


def _first_country(group) -> str | None:
    return next((a.country for a in group if a.country), None)


def _event_values(article_key: str, ev: Event, text: str | None, record: str) -> tuple:
    """The ``events`` row of one event but its pk: the columns queries filter on, and the record."""
    loc = ev.location
    return (
        article_key, ev.id, ev.event, ev.mode, ev.cameo, ev.quad, ev.score, ev.date.value, ev.date.precision,
        (loc.name or loc.text) if loc else None, loc.country if loc else None,
        loc.lat if loc else None, loc.lon if loc else None,
        _names(ev.actor), _first_country(ev.actor), _names(ev.recipient), _first_country(ev.recipient),
        ev.negated, ev.hypothetical, ev.confidence, ev.trigger.text,
        text[ev.sentence["start"]:ev.sentence["end"]] if text else None,
        record,
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
