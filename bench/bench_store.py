"""Ingest rate into SQLite and PostgreSQL, in events per second, for the bulk path
(``Store.add_many``, what ``ingest`` and ``load`` use) and, for comparison, ``Store.add``.

The articles are coded once and stored many times over under new keys, so the rate is the
store's alone, not the parser's: events stored over the wall time from the first write until
the store is closed (on SQLite, closing checkpoints the write-ahead log into the file).
PostgreSQL is the server named by ``WIRECODER_TEST_PG``, or a throwaway one started with
``.ci/postgres.sh``; each run writes into a fresh schema and drops it.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]


def copies(coded: list, articles: int) -> list:
    """The coded articles repeated under new keys, at least ``articles`` of them."""
    n = -(-articles // len(coded))
    return [dataclasses.replace(c, key=f"{c.key or c.id}#{i}") for i in range(n) for c in coded]


@contextmanager
def postgres() -> Iterator[str | None]:
    """A PostgreSQL URL with a fresh schema on the search path, or None when there is no server."""
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

    schema = f"bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
        try:
            yield f"{base}{'&' if '?' in base else '?'}options={quote(f'-csearch_path={schema}')}"
        finally:
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
    if started:
        subprocess.run(["bash", str(ROOT / ".ci" / "postgres.sh"), "stop", started], capture_output=True)


def _rows(articles: list) -> int:
    """Rows an article set takes in the store, over all tables (``entities`` has a row per distinct
    actor of an article, not per mention)."""
    return sum(1 + len(c.quotes) + len(c.places) + len({(e.name or e.text, e.country, e.sector, e.kind)
                                                         for e in c.entities})
               + sum(1 + len(e.actor) + len(e.recipient) for e in c.events) for c in articles)


def _rate(db: str, articles: list, bulk: bool) -> tuple[float, str]:
    from wirecoder.store import open_store

    store = open_store(db)
    started = time.perf_counter()
    if bulk:
        added = store.add_many(articles).added
    else:
        added = sum(store.add(c) for c in articles)
    if added != len(articles):
        raise RuntimeError(f"{db}: stored {added} of {len(articles)} articles")
    store.engine.dispose()  # on SQLite the last connection to close checkpoints the log: part of the cost
    took = time.perf_counter() - started
    return (sum(len(c.events) for c in articles) / took,
            f"({len(articles) / took:,.0f} articles/s, {_rows(articles) / took:,.0f} rows/s)")


def measure(coded: list, articles: int = 4000) -> list[dict]:
    """Rows for the table, from coded articles (``CodedArticle``)."""
    coded = [c for c in coded if hasattr(c, "events")]
    many = copies(coded, articles)
    few = copies(coded, articles // 10)
    mix = (f"{len(many)} articles, {sum(len(c.events) for c in many)} events; per article "
           f"{sum(len(c.entities) for c in coded) / len(coded):.0f} actors, "
           f"{sum(len(c.places) for c in coded) / len(coded):.0f} places")
    rows = []
    with tempfile.TemporaryDirectory(prefix="wirecoder-bench-") as tmp, postgres() as pg:
        targets = [("SQLite", f"{tmp}/bulk.db", f"{tmp}/one.db")]
        if pg:
            targets.append(("PostgreSQL", pg, None))
        for name, db, single in targets:
            rate, also = _rate(db, many, bulk=True)
            bar = ">= 20,000" if name == "SQLite" else ""
            rows.append({"name": f"ingest into {name}, add_many ({mix})", "value": f"{rate:,.0f} events/s {also}",
                         "bar": bar, "ok": rate >= 20_000 if bar else None})
            mix = "same articles"
            if single:
                rate, also = _rate(single, few, bulk=False)
                rows.append({"name": f"ingest into {name}, add one by one", "value": f"{rate:,.0f} events/s {also}",
                             "bar": "", "ok": None})
    return rows
