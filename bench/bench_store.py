"""Ingest rate into SQLite and PostgreSQL, in events per second, for the bulk path
(``Store.add_many``, what ``ingest`` and ``load`` use) and, for comparison, ``Store.add``.

The articles are coded once and stored many times over under new keys, so the rate is the
store's alone, not the parser's: events stored over the wall time from the first write until
the store is closed (on SQLite, closing checkpoints the write-ahead log into the file).
PostgreSQL is the server named by ``WIRECODER_TEST_PG``, or a throwaway one started with
``.ci/postgres.sh``; each run writes into a fresh schema and drops it.

The rate users get includes the copies-and-stories bookkeeping (``store/stories.py``), with the
articles carrying the MinHash signature ``ingest`` computed before coding. Beside it, in the same
run and on the same articles: the bare write path (that bookkeeping switched off, as no user
runs it) and, on SQLite, articles without signatures (``load``: the store computes them). On and
off are run alternately, ``REPS`` times each, and the fastest of each is kept, so that load from
other work on the machine hits both alike. Every pass over the corpus reports the same events
again, so its stories grow with each pass and each batch compares its events with all earlier
passes': a harder case for the hook than as many distinct articles.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import count
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
REPS = 2  # runs of each side of the stories on / off comparison


def copies(coded: list, articles: int) -> list:
    """The coded articles repeated under new keys, at least ``articles`` of them."""
    n = -(-articles // len(coded))
    return [dataclasses.replace(c, key=f"{c.key or c.id}#{i}") for i in range(n) for c in coded]


@contextmanager
def postgres() -> Iterator[Callable[[], str] | None]:
    """make() -> a PostgreSQL URL with a new, empty schema on the search path (all dropped at the
    end), or None when there is no server."""
    base, started = os.environ.get("WIRECODER_TEST_PG"), None
    if not base:
        run = subprocess.run(["bash", str(ROOT / ".ci" / "postgres.sh"), "start"], capture_output=True, text=True)
        if run.returncode != 0:
            print(f"bench: no PostgreSQL ({run.stderr.strip().splitlines()[-1:]}); skipping it")
            yield None
            return
        env = dict(line.removeprefix("export ").split("=", 1) for line in run.stdout.splitlines())
        base, started = env["WIRECODER_TEST_PG"], env["WIRECODER_PG_DIR"]
    import psycopg

    schemas: list[str] = []
    with psycopg.connect(base, autocommit=True) as admin:
        def make() -> str:
            schemas.append(f"bench_{uuid.uuid4().hex[:8]}")
            admin.execute(f'CREATE SCHEMA "{schemas[-1]}"')
            return f"{base}{'&' if '?' in base else '?'}options={quote(f'-csearch_path={schemas[-1]}')}"

        try:
            yield make
        finally:
            for schema in schemas:
                admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
    if started:
        subprocess.run(["bash", str(ROOT / ".ci" / "postgres.sh"), "stop", started], capture_output=True)


def _rows(articles: list) -> int:
    """Rows an article set takes in the store, over all tables (``entities`` has a row per distinct
    actor of an article, not per mention)."""
    return sum(1 + len(c.quotes) + len(c.places) + len({(e.name or e.text, e.country, e.sector, e.kind)
                                                         for e in c.entities})
               + sum(1 + len(e.actor) + len(e.recipient) for e in c.events) for c in articles)


@contextmanager
def _stories(on: bool) -> Iterator[None]:
    """With the copies-and-stories hook, or without it (the bare write path, for comparison only:
    a store written so lacks signatures and stories)."""
    from wirecoder.store import stories

    hook = stories.on_insert
    if not on:
        stories.on_insert = lambda *args, **kwargs: None  # the store looks the hook up on each batch
    try:
        yield
    finally:
        stories.on_insert = hook


def _seconds(db: str, articles: list, bulk: bool, stories: bool = True) -> float:
    from wirecoder.store import open_store

    with _stories(stories):
        store = open_store(db)
        started = time.perf_counter()
        if bulk:
            added = store.add_many(articles).added
        else:
            added = sum(store.add(c) for c in articles)
        if added != len(articles):
            raise RuntimeError(f"{db}: stored {added} of {len(articles)} articles")
        store.engine.dispose()  # on SQLite the last connection to close checkpoints the log: part of the cost
        return time.perf_counter() - started


def floor_seconds(path: str, articles: list) -> float:
    """Seconds to write the same articles' core rows (articles, events, their actors, quotes,
    places, entities) straight through the sqlite3 module, in one transaction, with the store's
    schema and pragmas and no stories: what any code path over this schema pays at least on
    this machine. The rows are built by the store's own code (``engine._Rows``), timed too."""
    import sqlite3

    from sqlalchemy import create_engine

    from wirecoder.store import engine, schema

    made = create_engine(f"sqlite:///{path}")
    schema.metadata.create_all(made)
    made.dispose()
    started = time.perf_counter()
    rows = engine._Rows([(engine.article_key(c), c) for c in articles])
    pks = range(1, len(rows.events) + 1)
    tables = {"articles": rows.articles, "events": [(pk, *r) for pk, r in zip(pks, rows.events)],
              "event_actors": [(pk, *r) for pk, group in zip(pks, rows.event_actors) for r in group],
              "quotes": rows.quotes, "places": rows.places, "entities": rows.entities}
    con = sqlite3.connect(path, isolation_level=None)
    engine._sqlite_pragmas(con, None)
    con.execute("BEGIN")
    for name, values in tables.items():
        columns = engine._COLUMNS[name]
        con.executemany(f'INSERT INTO "{name}" ({", ".join(f"{chr(34)}{c}{chr(34)}" for c in columns)}) '
                        f'VALUES ({", ".join("?" * len(columns))})', values)
    con.execute("COMMIT")
    con.close()  # the last connection checkpoints the write-ahead log, as the store's does
    return time.perf_counter() - started


def _per_second(articles: list, took: float) -> tuple[float, str]:
    return (sum(len(c.events) for c in articles) / took,
            f"({len(articles) / took:,.0f} articles/s, {_rows(articles) / took:,.0f} rows/s)")


def _on_off(fresh: Callable[[], str], articles: list) -> tuple[float, float]:
    """Seconds to store the articles with the stories hook and without it (the fastest of
    ``REPS`` alternate runs of each); ``fresh()`` names a new, empty store."""
    on, off = [], []
    for _ in range(REPS):
        off.append(_seconds(fresh(), articles, bulk=True, stories=False))
        on.append(_seconds(fresh(), articles, bulk=True))
    return min(on), min(off)


def measure(coded: list, articles: int = 4000) -> list[dict]:
    """Rows for the table, from coded articles (``CodedArticle``)."""
    from wirecoder.ingest.dedup import signed

    coded = [c for c in coded if hasattr(c, "events")]
    unsigned = copies(coded, articles)
    many = copies([signed(c) for c in coded], articles)  # signed before coding, as ingest does
    few = copies(coded, articles // 10)
    mix = (f"{len(many)} articles, {sum(len(c.events) for c in many)} events; per article "
           f"{sum(len(c.entities) for c in coded) / len(coded):.0f} actors, "
           f"{sum(len(c.places) for c in coded) / len(coded):.0f} places")
    rows = []
    with tempfile.TemporaryDirectory(prefix="wirecoder-bench-") as tmp, postgres() as pg:
        made = count()
        targets = [("SQLite", lambda: f"{tmp}/bulk{next(made)}.db", f"{tmp}/one.db")]
        if pg:
            targets.append(("PostgreSQL", pg, None))
        for name, fresh, single in targets:
            on, off = _on_off(fresh, many)
            rate, also = _per_second(many, on)
            bare, _ = _per_second(many, off)
            bar = ">= 20,000" if name == "SQLite" else ""
            rows.append({"name": f"ingest into {name}, add_many, stories on ({mix})",
                         "value": f"{rate:,.0f} events/s {also}", "bar": bar, "ok": rate >= 20_000 if bar else None})
            rows.append({"name": f"  {name}: bare write path (stories off) in the same run; stories add",
                         "value": f"{bare:,.0f} events/s; {on / off - 1:.0%}", "bar": "<= 25%",
                         "ok": on / off <= 1.25})
            mix = "same articles"
            if single:
                floor = min(floor_seconds(fresh(), many) for _ in range(REPS))
                rate, _ = _per_second(many, floor)
                rows.append({"name": f"  {name}: floor, the same core rows through sqlite3 in one transaction "
                                     "(no SQLAlchemy, no stories)",
                             "value": f"{rate:,.0f} events/s", "bar": "", "ok": None})
                rate, _ = _per_second(unsigned, _seconds(fresh(), unsigned, bulk=True))
                rows.append({"name": f"  {name}: articles without signatures (load: the store signs them)",
                             "value": f"{rate:,.0f} events/s", "bar": "", "ok": None})
                rate, also = _per_second(few, _seconds(single, few, bulk=False))
                rows.append({"name": f"ingest into {name}, add one by one", "value": f"{rate:,.0f} events/s {also}",
                             "bar": "", "ok": None})
    return rows
