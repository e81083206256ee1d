"""The JSON API: every endpoint, its filters and pagination, downloads, the error shape, size
limits, the write token, and hostile text kept as data."""

from __future__ import annotations

import csv
import io
import json
from urllib.parse import quote

import pytest

from wirecoder.store import open_store
from tests.web.conftest import fill
from tests.web.records import HOSTILE_ACTOR, HOSTILE_ID, HOSTILE_QUOTE, HOSTILE_TITLE, giant_article, hostile_article


@pytest.fixture(scope="module")
def records(coded_fixtures) -> list[dict]:
    """Every stored article as its record, for computing what each filter should return."""
    return [json.loads(json.dumps(c.to_dict(with_text=True))) for c in [*coded_fixtures, hostile_article(), giant_article()]]


def _events(records, pred, facts=True) -> set[str]:
    return {e["id"] for a in records for e in a["events"]
            if pred(a, e) and not (facts and (e["negated"] or e["hypothetical"]))}


def _countries(e, roles=("actor", "recipient")):
    return {x["country"] for r in roles for x in e[r]}


def _located_in(e, west, south, east, north):
    loc = e["location"]
    return bool(loc and loc["lat"] is not None and south <= loc["lat"] <= north and west <= loc["lon"] <= east)


FILTERS = [  # query string, predicate on (article record, event record), must the answer be non-empty
    ("", lambda a, e: True, True),
    ("type=SANCTION", lambda a, e: e["event"] == "SANCTION", True),
    ("type=sanction", lambda a, e: e["event"] == "SANCTION", True),
    ("mode=expel", lambda a, e: e["mode"] == "expel", True),
    ("quad=4", lambda a, e: e["quad"] == 4, True),
    ("country=POL", lambda a, e: "POL" in _countries(e), True),
    ("actor_country=POL", lambda a, e: "POL" in _countries(e, ("actor",)), True),
    ("recipient_country=BLR", lambda a, e: "BLR" in _countries(e, ("recipient",)), True),
    ("actor_country=POL&recipient_country=BLR",
     lambda a, e: "POL" in _countries(e, ("actor",)) and "BLR" in _countries(e, ("recipient",)), True),
    ("sector=REB", lambda a, e: any(x["sector"] == "REB" for x in e["actor"] + e["recipient"]), True),
    ("actor_sector=GOV", lambda a, e: any(x["sector"] == "GOV" for x in e["actor"]), True),
    ("actor=makei", lambda a, e: any("makei" in ((x["name"] or "") + " " + x["text"]).lower()
                                     for x in e["actor"] + e["recipient"]), True),
    ("actor=GOVERNMENT", lambda a, e: any("government" in ((x["name"] or "") + " " + x["text"]).lower()
                                          for x in e["actor"] + e["recipient"]), True),
    ("recipient_name=o", lambda a, e: any("o" in ((x["name"] or "") + " " + x["text"]).lower()
                                          for x in e["recipient"]), True),
    ("actor_name=makei", lambda a, e: any("makei" in ((x["name"] or "") + " " + x["text"]).lower()
                                          for x in e["actor"]), True),
    ("since=2022-07-01", lambda a, e: (e["date"]["value"] or "") >= "2022-07-01", True),
    ("since=2022-05-01&until=2022-05-31", lambda a, e: "2022-05-01" <= (e["date"]["value"] or "") <= "2022-05-31", True),
    ("place=TOKYO", lambda a, e: bool(e["location"]) and (e["location"]["name"] or "").lower() == "tokyo", False),
    ("bbox=125,25,150,46", lambda a, e: _located_in(e, 125, 25, 150, 46), False),
    ("q=diplomats", lambda a, e: "diplomats" in a["text"].lower(), True),
    ("q=Belarusian%20diplomats", lambda a, e: "belarusian" in a["text"].lower() and "diplomats" in a["text"].lower(), True),
    ("article=web-03-strike", lambda a, e: a["id"] == "web-03-strike", True),
    (f"article={quote(HOSTILE_ID)}", lambda a, e: a["id"] == HOSTILE_ID, True),
    ("entity=Rebels", lambda a, e: any((x["name"] or x["text"]) == "Rebels" for x in e["actor"] + e["recipient"]), True),
]


@pytest.mark.parametrize("qs, pred, nonempty", FILTERS, ids=[f[0] or "none" for f in FILTERS])
def test_events_filters(client, records, qs, pred, nonempty):
    r = client.get(f"/api/events?{qs}&limit=1000")
    assert r.status_code == 200, r.text
    data = r.json()
    expected = _events(records, pred)
    assert {e["id"] for e in data["rows"]} == expected
    assert data["total"] == len(expected)
    assert not nonempty or expected


def test_all_includes_negated_and_hypothetical(client, records):
    every = client.get("/api/events?all=1&limit=1000").json()
    assert {e["id"] for e in every["rows"]} == _events(records, lambda a, e: True, facts=False)
    assert every["filter"] == {"all": "1"}


def test_events_sorting(client):
    newest = [e["date"]["value"] for e in client.get("/api/events?limit=1000").json()["rows"]]
    dated = [d for d in newest if d]
    assert dated == sorted(dated, reverse=True) and newest[len(dated):] == [None] * (len(newest) - len(dated))
    conf = [e["confidence"] for e in client.get("/api/events?sort=confidence&limit=1000").json()["rows"]]
    assert conf == sorted(conf)


def test_events_pagination_and_links(client):
    total = client.get("/api/events").json()["total"]
    first = client.get("/api/events?limit=3").json()
    second = client.get("/api/events?limit=3&offset=3").json()
    assert len(first["rows"]) == 3 and first["total"] == total
    assert not {e["id"] for e in first["rows"]} & {e["id"] for e in second["rows"]}
    assert first["links"]["next"] == "/events?limit=3&offset=3" and first["links"]["prev"] is None
    assert second["links"]["prev"] == "/events?limit=3"
    last = client.get(f"/api/events?limit=3&offset={total - 1}").json()
    assert len(last["rows"]) == 1 and last["links"]["next"] is None
    assert client.get("/api/events?limit=3&type=SANCTION").json()["links"]["csv"] == "/api/events.csv?type=SANCTION"


def test_event_csv_and_jsonl_follow_the_filter(client, records):
    expected = _events(records, lambda a, e: e["event"] == "SANCTION")
    r = client.get("/api/events.csv?type=SANCTION")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert 'filename="events.csv"' in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert {row["event_id"] for row in rows} == expected and {row["event"] for row in rows} == {"SANCTION"}
    lines = client.get("/api/events.jsonl?type=SANCTION").text.splitlines()
    assert {json.loads(line)["id"] for line in lines} == expected


def test_downloads_are_not_paged(client):
    total = client.get("/api/events").json()["total"]
    assert len(client.get("/api/events.jsonl?limit=2").text.splitlines()) == total


def test_csv_neutralises_formulas(tmp_path, make_client):
    store = open_store(str(tmp_path / "f.db"))
    art = hostile_article()
    art.title, art.key = "=HYPERLINK(\"http://evil\")", "test:formula"
    store.add(art)
    text = make_client(store).get("/api/events.csv").text
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text


def test_event_page_json(client, sanction):
    data = client.get(f"/api/events/{quote(sanction['id'], safe='')}").json()
    assert data["event"]["id"] == sanction["id"] and data["event"]["article"]["id"] == "web-01-expel"
    assert "web-06-second-report" in {r["article"]["id"] for r in data["reports"]}
    marked = {s["text"] for s in data["segments"] if "trigger" in s["kinds"]}
    assert sanction["trigger"]["text"] in marked
    assert "".join(s["text"] for s in data["segments"]) == data["event"]["sentence_text"]


def test_article_json_has_text_and_marks(client):
    data = client.get("/api/articles/web-01-expel").json()
    text = data["text"]
    assert data["article"]["title"] == "Warsaw expels three Belarusian diplomats"
    assert "".join(s["text"] for s in data["segments"]) == text
    assert {m["kind"] for m in data["marks"]} >= {"trigger", "actor", "quote", "date"}
    assert all(text[m["start"]:m["end"]] for m in data["marks"])
    assert [k["kind"] for k in data["legend"]][0] == "trigger"


def test_article_search(client):
    data = client.get("/api/articles?q=diplomats").json()
    ids = [r["id"] for r in data["rows"]]
    assert set(ids) == {"web-01-expel", "web-06-second-report"} and data["total"] == 2
    assert any(p["hit"] and p["text"].lower() == "diplomats" for p in data["rows"][0]["snippet"])
    assert client.get("/api/articles?q=nosuchwordanywhere").json()["total"] == 0
    dated = client.get("/api/articles?since=2022-07-01").json()["rows"]
    assert dated and all(r["published"] >= "2022-07-01" for r in dated)
    assert "web-04-talks" in client.get("/api/articles.csv?q=Tokyo").text


def test_actors_list_and_page(client):
    data = client.get("/api/actors?limit=100").json()
    names = {r["name"] for r in data["rows"]}
    assert "Vladimir Makei" in names and data["total"] == len(data["rows"])
    assert all(r["country"] == "POL" for r in client.get("/api/actors?country=pol").json()["rows"])
    page = client.get("/api/actors/Vladimir%20Makei").json()
    assert page["actor"]["name"] == "Vladimir Makei" and page["actor"]["events"] >= 1
    assert page["timeline"] and page["events"] and all("Vladimir Makei" in (d["actor"], d["recipient"])
                                                       for d in page["network"])
    assert client.get("/api/actors.jsonl?name=makei").text.count("\n") >= 1


def test_places_and_quotes(client):
    places = client.get("/api/places?limit=200").json()
    assert {"Warsaw", "Tokyo"} <= {r["name"] for r in places["rows"]}
    assert all(r["country"] == "JPN" for r in client.get("/api/places?country=JPN").json()["rows"])
    quotes = client.get("/api/quotes").json()
    assert any("hostile act" in q["text"] for q in quotes["rows"])
    by_article = client.get("/api/quotes?article=web-02-protest").json()["rows"]
    assert by_article and all(q["article_id"] == "web-02-protest" for q in by_article)
    assert all("water" in q["text"].lower() for q in client.get("/api/quotes?q=water").json()["rows"])
    assert "hostile act" in client.get("/api/quotes.csv").text


def test_aggregates(client, records):
    facts = [e for a in records for e in a["events"] if not e["negated"] and not e["hypothetical"]]
    timeline = client.get("/api/aggregates/timeline").json()["rows"]
    assert sum(r["events"] for r in timeline) == sum(1 for e in facts if e["date"]["value"])
    months = client.get("/api/aggregates/timeline?unit=month").json()["rows"]
    assert all(r["date"].endswith("-01") for r in months) and sum(r["events"] for r in months) == sum(
        r["events"] for r in timeline)
    dyads = client.get("/api/aggregates/dyads").json()["rows"]
    assert {"actor": "POL", "recipient": "BLR", "events": 2} in dyads
    assert client.get("/api/aggregates/dyads?by=name&limit=5").json()["rows"]
    places = client.get("/api/aggregates/places").json()["rows"]
    assert places and all(p["lat"] is not None for p in places)
    assert client.get("/api/aggregates/places.csv").text.startswith("place,country,lat,lon,events")
    overview = client.get("/api/overview").json()
    assert overview["events"] == len(facts) and overview["counts"]["articles"] == len(records)


def test_code_returns_without_storing(client, web_store):
    before = web_store.counts()
    r = client.post("/api/code", json={"text": "Russia attacked Ukraine on Monday.", "published": "2022-02-28"})
    assert r.status_code == 200, r.text
    result = r.json()["result"]
    assert [e["event"] for e in result["events"]] == ["ASSAULT"]
    assert "".join(s["text"] for s in result["segments"]) == "Russia attacked Ukraine on Monday."
    assert web_store.counts() == before


@pytest.mark.parametrize("body, status", [
    ({"text": "x" * 100_001}, 413),
    ({"text": "   "}, 400),
    ({"text": "Fine.", "published": "2022-13-01"}, 400),
    ({"title": "no text"}, 400),
])
def test_code_rejects_bad_bodies(client, body, status):
    r = client.post("/api/code", json=body)
    assert r.status_code == status and r.json()["error"]["status"] == status


def test_request_body_limit(make_client, web_store):
    small = make_client(web_store, max_body=1000)
    r = small.post("/api/code", content=json.dumps({"text": "y" * 2000}), headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json() == {"error": {"status": 413, "message": "request body larger than 1,000 bytes"}}

    def chunks():  # no content-length: the limit still holds
        yield b'{"text": "'
        yield b"z" * 2000
        yield b'"}'

    r = small.post("/api/code", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_writes_are_off_without_a_token(client):
    r = client.post("/api/articles", json={"text": "Russia attacked Ukraine on Monday."})
    assert r.status_code == 403 and "disabled" in r.json()["error"]["message"]


def test_writes_need_the_token(tmp_path, make_client):
    store = open_store(str(tmp_path / "w.db"))
    c = make_client(store, token="s3cret")
    body = {"text": "Russia attacked Ukraine on Monday.", "published": "2022-02-28",
            "title": "Attack", "url": "https://example.org/attack"}
    assert c.post("/api/articles", json=body).status_code == 401
    r = c.post("/api/articles", json=body, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert store.counts()["articles"] == 0
    r = c.post("/api/articles", json=body, headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 201 and r.json()["stored"] is True
    again = c.post("/api/articles", json=body, headers={"Authorization": "Bearer s3cret"})
    assert again.status_code == 200 and again.json()["stored"] is False
    art = r.json()["article"]
    assert c.get(r.json()["links"]["json"]).json()["article"]["url"] == "https://example.org/attack"
    assert c.get("/api/articles?q=Ukraine").json()["rows"][0]["id"] == art["id"]  # indexed by the triggers
    assert store.counts()["articles"] == 1


ERRORS = [
    ("/api/events?type=FOO", 400, "type"), ("/api/events?quad=5", 400, "quad"),
    ("/api/events?quad=two", 400, "quad"), ("/api/events?country=XX1", 400, "country"),
    ("/api/events?sector=ZZZ", 400, "sector"), ("/api/events?since=2022-02-30", 400, "since"),
    ("/api/events?since=yesterday", 400, "since"), ("/api/events?since=2022-06-01&until=2022-01-01", 400, "after"),
    ("/api/events?bbox=1,2,3", 400, "bbox"), ("/api/events?bbox=0,50,10,40", 400, "bbox"),
    ("/api/events?bbox=nan,1,2,3", 400, "bbox"), ("/api/events?sort=random()", 400, "sort"),
    ("/api/events?limit=0", 400, "limit"), ("/api/events?limit=100000", 400, "limit"),
    ("/api/events?offset=-1", 400, "offset"), ("/api/events?q=" + "w" * 501, 400, "q"),
    ("/api/aggregates/dyads?by=planet", 400, "by"), ("/api/aggregates/timeline?unit=week", 400, "unit"),
    ("/api/events/no-such-event", 404, "no event"), ("/api/articles/no-such-article", 404, "no article"),
    ("/api/actors/Nobody%20At%20All", 404, "Nobody"), ("/api/nothing-here", 404, "nothing at"),
]


@pytest.mark.parametrize("url, status, words", ERRORS, ids=[e[0] for e in ERRORS])
def test_one_error_shape(client, url, status, words):
    r = client.get(url)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"} and body["error"]["status"] == status and words in body["error"]["message"]


def test_head_answers_like_get_without_a_body(client):
    r = client.head("/api/events?type=SANCTION")
    assert r.status_code == 200 and r.content == b"" and r.headers["content-type"] == "application/json"
    assert client.head("/events").status_code == 200 and client.head("/api/nope").status_code == 404


def test_wrong_method_is_in_the_error_shape(client):
    r = client.delete("/api/events")
    assert r.status_code == 405 and r.json()["error"]["status"] == 405


def test_sql_in_parameters_is_only_data(client):
    for qs in ("actor=%27%20OR%201=1--", "q=%22%29%20OR%201=1--", "place=x%27;DROP%20TABLE%20events;--",
               "entity=%25", "actor_name=%25", "recipient_name=_", "article=%27%20OR%20%271%27=%271"):
        r = client.get(f"/api/events?{qs}")
        assert r.status_code == 200 and r.json()["total"] == 0, qs
    assert client.get("/api/events").json()["total"] > 0
    assert client.get("/api/actors?name=%25").json()["total"] == 0
    assert client.get("/api/places?name=_").json()["total"] == 0


def test_hostile_text_is_kept_as_data(client):
    data = client.get(f"/api/articles/{quote(HOSTILE_ID, safe='')}").json()
    assert data["article"]["title"] == HOSTILE_TITLE and data["article"]["id"] == HOSTILE_ID
    assert HOSTILE_QUOTE in data["text"]
    event = client.get(f"/api/events/{quote(data['events'][0]['id'], safe='')}").json()["event"]
    assert event["actor"][0]["name"] == HOSTILE_ACTOR


def test_security_headers(client):
    r = client.get("/api/events?limit=1")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "script-src 'self'" in r.headers["content-security-policy"]


def test_every_api_path_is_documented_and_answers(client, sanction):
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    for family in ("events", "articles", "actors", "places", "quotes"):
        assert {f"/api/{family}", f"/api/{family}.csv", f"/api/{family}.jsonl"} <= paths
    for agg in ("timeline", "dyads", "places"):
        assert {f"/api/aggregates/{agg}", f"/api/aggregates/{agg}.csv", f"/api/aggregates/{agg}.jsonl"} <= paths
    assert {"/api/overview", "/api/code", "/api/articles", "/api/events/{event_id}"} <= paths
    fill_in = {"{event_id}": quote(sanction["id"], safe=""), "{article_id}": "web-01-expel", "{name}": "Vladimir%20Makei"}
    for path, ops in spec["paths"].items():
        if "get" not in ops:
            continue
        url = path
        for k, v in fill_in.items():
            url = url.replace(k, v)
        assert client.get(url).status_code == 200, url
    assert not [p for p in paths if not p.startswith("/api/")]


def test_a_second_app_on_the_same_store_reuses_its_index(make_client, tmp_path, coded_fixtures):
    store = open_store(str(tmp_path / "again.db"))
    fill(store, coded_fixtures[:1])
    make_client(store)
    c = make_client(open_store(str(tmp_path / "again.db"), create=False))
    assert c.get("/api/articles?q=diplomats").json()["total"] == 1


def test_a_crash_is_a_500_in_the_error_shape(web_store, monkeypatch):
    from fastapi.testclient import TestClient

    from wirecoder.web.app import create_app

    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    c = TestClient(create_app(web_store), raise_server_exceptions=False)
    monkeypatch.setattr("wirecoder.store.browse.count_places", broken)
    r = c.get("/api/places")
    assert r.status_code == 500 and r.json()["error"]["status"] == 500 and "boom" not in r.text
    assert c.get("/places").headers["content-type"].startswith("text/html")


def test_totals_follow_every_write_to_the_store(make_client, tmp_path, coded_fixtures):
    """Totals are remembered per filter until the store changes, whoever changes it."""
    path = str(tmp_path / "totals.db")
    store = open_store(path)
    store.add(coded_fixtures[0])
    c = make_client(store)
    urls = ["/api/events", "/api/events?all=1", "/api/events?quad=4", "/api/events?actor=e&limit=1&offset=1"]

    def totals() -> list[int]:
        return [c.get(u).json()["total"] for u in urls]

    def expected() -> list[int]:
        return [c.get(u.split("&limit")[0] + ("&" if "?" in u else "?") + "limit=1000").json()["rows"].__len__()
                for u in urls]

    first = totals()
    assert first == totals() == expected() and first[0] > 0
    store.add(coded_fixtures[1])  # through the app's own store
    assert totals() == expected() != first
    other = open_store(path)  # another writer, as another process would be
    for art in coded_fixtures[2:]:
        other.add(art)
    assert totals() == expected() and totals()[1] == sum(len(a.events) for a in coded_fixtures)
    other.engine.dispose()
