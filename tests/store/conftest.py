"""The store fixtures: every store test runs on SQLite and on PostgreSQL.

PostgreSQL tests need a server: ``eval "$(.ci/postgres.sh start)"`` starts one and sets
``WIRECODER_TEST_PG`` (CI does this); without it they are skipped. Each test gets fresh stores:
a new SQLite file, or a new PostgreSQL schema (dropped afterwards).
"""

from __future__ import annotations

import os
import uuid
from urllib.parse import quote

import pytest

from wirecoder.store import open_store

PG_SKIP = 'WIRECODER_TEST_PG is not set; start a server with: eval "$(.ci/postgres.sh start)"'


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request, tmp_path):
    """make() -> the URL (or file name) of a new, empty store on this test's backend."""
    made: list[str] = []
    if request.param == "sqlite":
        def make() -> str:
            made.append(str(tmp_path / f"store{len(made)}.db"))
            return made[-1]
        yield make
        return
    base = os.environ.get("WIRECODER_TEST_PG")
    if not base:
        pytest.skip(PG_SKIP)
    import psycopg

    admin = psycopg.connect(base, autocommit=True)

    def make() -> str:
        made.append(f"t_{uuid.uuid4().hex[:12]}")
        admin.execute(f'CREATE SCHEMA "{made[-1]}"')
        return f"{base}{'&' if '?' in base else '?'}options={quote(f'-csearch_path={made[-1]}')}"

    yield make
    for schema in made:
        admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
    admin.close()


@pytest.fixture
def make_store(store_url):
    """make_store() -> a new, empty store on this test's backend (SQLite or PostgreSQL)."""
    opened = []

    def make():
        opened.append(open_store(store_url()))
        return opened[-1]

    yield make
    for store in opened:
        store.engine.dispose()


@pytest.fixture
def store(make_store):
    return make_store()
