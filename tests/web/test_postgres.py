"""The same API on PostgreSQL: every answer equals the SQLite store's for the same articles
(search ranks aside), so the queries really are one code path."""

from __future__ import annotations

import os
from urllib.parse import quote

import pytest

from tests.web.conftest import fill
from tests.web.records import HOSTILE_ID
from wirecoder.store import open_store, schema

pytestmark = pytest.mark.postgres

URLS = ["/api/events?limit=1000", "/api/events?all=1&limit=1000", "/api/events?type=SANCTION",
        "/api/events?country=POL&sort=confidence", "/api/events?actor_country=POL&recipient_country=BLR",
        "/api/events?sector=GOV&since=2022-06-01", "/api/events?actor=makei", "/api/events?actor=GOVERNMENT", "/api/events?actor_name=minister",
        "/api/events?recipient_name=o&limit=3", "/api/events?quad=4&sector=REB", "/api/events?type=SANCTION&country=POL",
        "/api/events?place=tokyo",
        "/api/events?bbox=125,25,150,46", "/api/events?bbox=170,-90,100,90", "/api/events?entity=Rebels",
        "/api/events?mode=expel&quad=3", "/api/events?limit=2&offset=2", "/api/events?sort=-published",
        "/api/aggregates/timeline", "/api/aggregates/timeline?unit=month", "/api/aggregates/dyads",
        "/api/aggregates/dyads?by=name", "/api/aggregates/dyads?by=name&actor=o",
        "/api/aggregates/timeline?actor=government", "/api/overview?actor_name=e", "/api/aggregates/places", "/api/actors?limit=200", "/api/actors?country=POL",
        "/api/actors/Vladimir%20Makei", "/api/places?limit=200", "/api/quotes", "/api/quotes?q=water",
        "/api/articles", "/api/articles/web-01-expel", f"/api/articles/{quote(HOSTILE_ID, safe='')}",
        "/api/overview", "/api/events.csv?type=ASSAULT"]


@pytest.fixture(scope="module")
def pg_client(make_client, coded_fixtures):
    url = os.environ.get("WIRECODER_TEST_PG")
    if not url:
        pytest.skip("set WIRECODER_TEST_PG to a PostgreSQL URL (eval \"$(.ci/postgres.sh start)\")")
    schema.metadata.drop_all(open_store(url).engine)
    store = open_store(url)
    fill(store, coded_fixtures)
    return make_client(store)


@pytest.mark.parametrize("url", URLS)
def test_same_answers_as_sqlite(client, pg_client, url):
    mine, theirs = client.get(url), pg_client.get(url)
    assert theirs.status_code == mine.status_code == 200
    if url.endswith(".csv") or ".csv?" in url:
        assert theirs.text == mine.text
    else:
        assert theirs.json() == mine.json()


@pytest.mark.parametrize("q", ["diplomats", "Belarusian diplomats", "Tokyo", "nosuchword", "***"])
def test_full_text_search_finds_the_same_articles(client, pg_client, q):
    ids = [{r["id"] for r in c.get(f"/api/articles?q={quote(q)}&limit=100").json()["rows"]} for c in (client, pg_client)]
    assert ids[0] == ids[1]
    events = [{e["id"] for e in c.get(f"/api/events?q={quote(q)}&limit=1000").json()["rows"]} for c in (client, pg_client)]
    assert events[0] == events[1]


def test_the_index_is_an_expression_gin_index(pg_client):
    from sqlalchemy import text

    store = pg_client.app.state.store
    with store.engine.connect() as conn:
        plan = "\n".join(r[0] for r in conn.execute(text(
            "EXPLAIN SELECT key FROM articles WHERE to_tsvector('english', coalesce(articles.title, '') || ' ' "
            "|| articles.text) @@ plainto_tsquery('english', 'diplomats')")))
        indexes = conn.execute(text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_articles_fulltext'")).scalar()
    assert "gin" in indexes.lower() and "to_tsvector" in indexes
    assert plan  # the planner may prefer a scan on a table this small; the index must exist and parse
