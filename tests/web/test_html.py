"""The HTML pages: they render, link to each other and to their JSON twins, keep the filter,
escape everything an article brings, and show errors as pages."""

from __future__ import annotations

import re
import time
from urllib.parse import quote

import pytest

from tests.web.records import HOSTILE_ID, HOSTILE_STRINGS

PAGES = ["/", "/?type=SANCTION", "/events", "/events?type=SANCTION&country=POL", "/articles",
         "/articles?q=diplomats", "/articles/web-01-expel", "/actors", "/actors/Vladimir%20Makei", "/places",
         "/quotes", "/quotes?speaker=makei", "/code", "/api", f"/articles/{quote(HOSTILE_ID, safe='')}",
         "/articles/giant", "/events?all=1&sort=confidence"]


def _hrefs(html: str) -> list[str]:
    return [h.replace("&amp;", "&") for h in re.findall(r'href="([^"]+)"', html)]


@pytest.mark.parametrize("url", PAGES)
def test_page_renders_with_its_json_twin(client, url):
    r = client.get(url)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert html.startswith("<!doctype html>") and "<title>" in html and 'class="top"' in html
    twin = re.search(r'<link rel="alternate" type="application/json" href="([^"]+)">', html)
    assert twin, url
    answer = client.get(twin.group(1).replace("&amp;", "&"))
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/json")


@pytest.mark.parametrize("url", PAGES)
def test_no_inline_script_or_style(client, url):
    html = client.get(url).text
    inline = [s for s in re.findall(r"<script([^>]*)>", html) if "src=" not in s and "application/json" not in s]
    assert not inline and ' style="' not in html
    assert "script-src 'self'" in client.get(url).headers["content-security-policy"]


def test_event_rows_link_to_event_pages(client):
    html = client.get("/events").text
    links = sorted({h for h in _hrefs(html) if h.startswith("/events/")})
    assert links
    for link in links:
        page = client.get(link)
        assert page.status_code == 200, link
        assert any(h.startswith("/articles/") for h in _hrefs(page.text))


def test_event_page_shows_fields_evidence_and_reports(client, sanction):
    html = client.get(f"/events/{quote(sanction['id'], safe='')}").text
    assert "SANCTION" in html and "expel" in html and "Coded fields" in html
    assert re.search(r'<mark class="m-trigger[^"]*"[^>]*>' + re.escape(sanction["trigger"]["text"]) + "</mark>", html)
    assert "/articles/web-06-second-report" in html  # the other article reporting it
    for href in (h for h in _hrefs(html) if h.startswith("/actors/")):
        assert client.get(href).status_code == 200, href


def test_article_page_marks_the_evidence(client):
    html = client.get("/articles/web-01-expel").text
    for kind in ("trigger", "actor", "recipient", "date", "quote", "speaker", "place"):
        assert f'class="m-{kind}' in html or f"m-{kind} " in html, kind
    assert 'class="legend"' in html and 'id="ev-web-01-expel:' in html
    assert "<script src=\"/static/article.js\"></script>" in html
    event_links = {h for h in _hrefs(html) if h.startswith("/events/")}
    assert event_links and all(client.get(h).status_code == 200 for h in event_links)


def test_filter_form_keeps_the_filter(client):
    html = client.get("/events?type=SANCTION&country=pol&since=2022-01-01").text
    assert '<option value="SANCTION" selected>' in html
    assert 'name="country" value="POL"' in html and 'name="since" value="2022-01-01"' in html
    assert "/api/events.csv?type=SANCTION&amp;country=POL&amp;since=2022-01-01" in html


def test_blank_form_fields_mean_no_filter(client):
    r = client.get("/events?type=&country=&quad=&since=&bbox=&all=")
    assert r.status_code == 200
    assert r.text.count('class="event-link"') == client.get("/api/events").json()["total"]


def test_lists_filter_what_is_shown(client):
    every = client.get("/events").text.count('class="event-link"')
    sanctions = client.get("/events?type=SANCTION").text
    assert 0 < sanctions.count('class="event-link"') < every
    assert sanctions.count('class="badge t-SANCTION"') == sanctions.count('class="event-link"')


@pytest.mark.parametrize("url", ["/", "/events", "/events?all=1", "/actors", "/places", "/quotes", "/articles",
                                 "/articles?q=border", f"/articles/{quote(HOSTILE_ID, safe='')}",
                                 "/actors/" + quote("\"><img src=x onerror=alert('actor')>", safe="")])
def test_hostile_text_is_escaped(client, url):
    r = client.get(url)
    assert r.status_code == 200, url
    for bad in HOSTILE_STRINGS:
        assert bad not in r.text, (url, bad)
    assert 'href="javascript:' not in r.text


def test_hostile_article_page_shows_the_text_as_text(client):
    html = client.get(f"/articles/{quote(HOSTILE_ID, safe='')}").text
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt;" in html
    assert "javascript:alert" in html  # shown, but not as a link


def test_hostile_event_page_is_escaped(client):
    event_id = client.get(f"/api/articles/{quote(HOSTILE_ID, safe='')}").json()["events"][0]["id"]
    html = client.get(f"/events/{quote(event_id, safe='')}").text
    for bad in HOSTILE_STRINGS:
        assert bad not in html


def test_giant_article_renders(client):
    t = time.perf_counter()
    html = client.get("/articles/giant").text
    assert time.perf_counter() - t < 5
    assert len(html) > 150_000 and re.search(r'<mark class="m-trigger[^"]*"[^>]*>attacked</mark>', html)


def test_code_form_without_script(client):
    r = client.post("/code", data={"text": "<script>alert(1)</script> Russia attacked Ukraine on Monday.",
                                   "published": "2022-02-28", "title": "<b>t</b>"})
    assert r.status_code == 200
    assert "<script>alert(1)" not in r.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    assert re.search(r'<mark class="m-trigger[^"]*"[^>]*>attacked</mark>', r.text)
    assert 'value="&lt;b&gt;t&lt;/b&gt;"' in r.text


def test_code_form_errors_are_pages(client):
    r = client.post("/code", data={"text": "Fine.", "published": "yesterday"})
    assert r.status_code == 400 and "published" in r.text and r.headers["content-type"].startswith("text/html")
    assert client.post("/code", data={"text": "x" * 100_001}).status_code == 413


def test_store_form_only_with_a_token(client, make_client, web_store):
    assert 'id="store-form"' not in client.get("/code").text
    assert 'id="store-form"' in make_client(web_store, token="t").get("/code").text


@pytest.mark.parametrize("url, status", [("/events?type=FOO", 400), ("/events?since=2022-99-01", 400),
                                         ("/articles/nope", 404), ("/events/nope", 404), ("/nowhere", 404)])
def test_errors_are_pages(client, url, status):
    r = client.get(url)
    assert r.status_code == status and r.headers["content-type"].startswith("text/html")
    assert f"Error {status}" in r.text and 'class="panel error"' in r.text


def test_static_assets_are_served(client):
    for path in ("/static/wirecoder.css", "/static/charts.js", "/static/vendor/leaflet/leaflet.js",
                 "/static/vendor/leaflet/images/marker-icon.png", "/static/vendor/world-atlas/countries-110m.json",
                 "/static/vendor/markercluster/leaflet.markercluster.js",
                 "/static/vendor/topojson-client/topojson-client.min.js"):
        assert client.get(path).status_code == 200, path


def test_api_reference_lists_the_endpoints(client):
    html = client.get("/api").text
    assert "/api/events" in html and "/api/aggregates/dyads" in html and "/openapi.json" in html
    assert "Part of an actor" in html  # parameter descriptions come from the OpenAPI document


def test_code_text_stays_out_of_the_html_twin_page(client):
    """The pasted text is echoed back in the textarea, escaped (no way out of the element)."""
    r = client.post("/code", data={"text": "</textarea><script>alert(9)</script> Police arrested protesters."})
    assert "</textarea><script>" not in r.text and "&lt;/textarea&gt;&lt;script&gt;" in r.text

