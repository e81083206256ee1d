"""Fixtures for the web tests: one store per session, built from our own fixture articles
(coded once with the session's extractor) plus the prepared records of ``records.py``."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from tests.web.records import giant_article, hostile_article
from wirecoder.record import CodedArticle
from wirecoder.store import open_store

FIXTURES = Path(__file__).parent / "fixtures" / "articles.jsonl"


@pytest.fixture(scope="session")
def coded_fixtures(extractor) -> list[CodedArticle]:
    """Our fixture articles, coded once per session."""
    from wirecoder.ingest import read_inputs

    return [c for c in extractor.run(read_inputs([str(FIXTURES)])) if isinstance(c, CodedArticle)]


def fill(store, coded: list[CodedArticle]) -> None:
    for c in [*coded, hostile_article(), giant_article()]:
        store.add(c)


@pytest.fixture(scope="session")
def web_store(tmp_path_factory, coded_fixtures):
    """A SQLite store with the fixture articles and the prepared ones."""
    store = open_store(str(tmp_path_factory.mktemp("web") / "web.db"))
    fill(store, coded_fixtures)
    return store


@pytest.fixture(scope="session")
def make_client(extractor):
    """make_client(store, **settings) -> a TestClient on a fresh app (sharing the session's model)."""
    from fastapi.testclient import TestClient

    from wirecoder.web.app import WebSettings, create_app

    def make(store, **settings):
        app = create_app(store, WebSettings(**settings))
        app.state.extractor = extractor
        return TestClient(app)

    return make


@pytest.fixture(scope="session")
def client(make_client, web_store):
    return make_client(web_store)


@pytest.fixture(scope="session")
def sanction(coded_fixtures) -> dict:
    """The expulsion event that two fixture articles report."""
    art = next(c for c in coded_fixtures if c.id == "web-01-expel")
    return json.loads(json.dumps(next(e for e in art.to_dict()["events"] if e["event"] == "SANCTION")))


def pytest_configure(config):
    # starlette's TestClient warns that it prefers httpx2; the project pins httpx
    warnings.filterwarnings("ignore", message=".*httpx2.*")
