"""Downloads against a real HTTP server on 127.0.0.1 (never any other host)."""

from __future__ import annotations

import gzip
import json
import socket
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from wirecoder.errors import InputError
from wirecoder.ingest import ReadOptions, read_inputs
from wirecoder.ingest.fetch import FetchPolicy, fetch, user_agent

from .builders import STORY, page, rss, split

QUICK = FetchPolicy(timeout=httpx.Timeout(0.5), attempts=3, backoff=0.01)
LIMIT = 4_000


class Site(BaseHTTPRequestHandler):
    """A tiny news site with every failure a real one has."""

    hits: Counter
    agents: list

    def do_GET(self):
        self.hits[self.path] += 1
        self.agents.append(self.headers.get("User-Agent"))
        route = getattr(self, "route_" + self.path.strip("/").split("/")[0].replace(".", "_"), None)
        try:
            (route or self.route_missing)()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up first, as it should

    def send(self, code: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8",
             length: bool = True, **headers):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}"

    def route_page_html(self):
        self.send(200, page(canonical=None).encode())

    def route_story(self):
        n = self.path.rsplit("/", 1)[1].split(".")[0]
        self.send(200, page(f"Full story {n}", [f"Story {n} in full. " + p for p in STORY],
                            canonical=None).encode())

    def route_feed_xml(self):
        items = [{"title": f"Teaser {n}", "link": f"{self.base()}/story/{n}.html",
                  "description": f"Teaser text {n} for a longer story.",
                  "pubDate": "Tue, 09 Mar 2021 18:00:00 GMT"} for n in (1, 2)]
        items.append({"title": "Gone", "link": f"{self.base()}/missing",
                      "description": "A story that was taken down."})
        self.send(200, rss(items).encode(), "application/rss+xml")

    def route_news_jsonl(self):
        lines = [json.dumps({"id": str(i), "text": t}) for i, t in enumerate(STORY)]
        self.send(200, "\n".join(lines).encode(), "application/x-ndjson")

    def route_dump_jsonl_gz(self):
        self.send(200, gzip.compress(json.dumps({"text": STORY[0]}).encode()), "application/octet-stream")

    def route_flaky(self):
        if self.hits[self.path] == 1:
            self.send(500, b"oops")
        else:
            self.route_page_html()

    def route_busy(self):
        if self.hits[self.path] == 1:
            self.send(429, b"slow down", Retry_After="0")
        else:
            self.route_page_html()

    def route_down(self):
        self.send(503, b"down for maintenance")

    def route_missing(self):
        self.send(404, b"not found")

    def route_slow(self):
        time.sleep(1.5)
        self.route_page_html()

    def route_big(self):
        self.send(200, b"<p>" + b"x" * LIMIT * 2 + b"</p>")

    def route_bigstream(self):
        self.send(200, b"<p>" + b"x" * LIMIT * 2 + b"</p>", length=False)

    def route_redirect(self):
        self.send(302, b"", Location="/page.html")

    def log_message(self, *args):
        pass


@pytest.fixture
def site(monkeypatch):
    """The site's base URL, served from a thread; its handler class records hits and agents."""
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    handler = type("TestSite", (Site,), {"hits": Counter(), "agents": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", handler
    server.shutdown()
    server.server_close()


def test_page_is_fetched_with_our_user_agent(site):
    base, handler = site
    got = fetch(base + "/page.html", ReadOptions(), policy=QUICK)
    assert got.url == base + "/page.html" and got.content_type == "text/html"
    assert b"Valdora" in got.content
    assert handler.agents == [user_agent()] and user_agent().startswith("wirecoder/")


def test_redirect_gives_the_final_url(site):
    base, _ = site
    assert fetch(base + "/redirect", ReadOptions(), policy=QUICK).url == base + "/page.html"


@pytest.mark.parametrize("path", ["/flaky", "/busy"])
def test_5xx_and_429_are_retried(site, path):
    base, handler = site
    got = fetch(base + path, ReadOptions(), policy=QUICK)
    assert b"Valdora" in got.content and handler.hits[path] == 2


def test_lasting_5xx_gives_up_after_the_attempts(site):
    base, handler = site
    with pytest.raises(InputError) as err:
        fetch(base + "/down", ReadOptions(), policy=QUICK)
    assert handler.hits["/down"] == 3
    assert err.value.source == base + "/down" and "HTTP 503" in err.value.reason


def test_4xx_is_not_retried(site):
    base, handler = site
    with pytest.raises(InputError, match="HTTP 404"):
        fetch(base + "/missing", ReadOptions(), policy=QUICK)
    assert handler.hits["/missing"] == 1


def test_slow_server_times_out(site):
    base, _ = site
    started = time.monotonic()
    with pytest.raises(InputError, match="timed out"):
        fetch(base + "/slow", ReadOptions(), policy=FetchPolicy(timeout=httpx.Timeout(0.3)))
    assert time.monotonic() - started < 1.2


@pytest.mark.parametrize("path", ["/big", "/bigstream"])
def test_oversized_body_is_refused(site, path):
    base, _ = site
    with pytest.raises(InputError, match="max_bytes"):
        fetch(base + path, ReadOptions(max_bytes=LIMIT), policy=QUICK)
    assert fetch(base + path, ReadOptions(max_bytes=LIMIT * 3), policy=QUICK).content.startswith(b"<p>")


def test_connection_refused_is_retried_then_reported():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(InputError, match="cannot connect.*after 3 attempts"):
        fetch(f"http://127.0.0.1:{port}/", ReadOptions(), policy=QUICK)


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/x", "file:///etc/hostname", "http://"])
def test_urls_we_do_not_fetch(url):
    with pytest.raises(InputError):
        fetch(url, ReadOptions(), policy=QUICK)


def test_read_inputs_reads_a_page_url(site):
    base, _ = site
    [a] = read_inputs([base + "/page.html"])
    assert a.url == base + "/page.html" and a.source == base + "/page.html"
    assert a.title == "Valdora expels two Marenland envoys"


def test_read_inputs_reads_jsonl_and_compressed_urls(site):
    base, _ = site
    articles, errors = split(read_inputs([base + "/news.jsonl", base + "/dump.jsonl.gz"]))
    assert errors == [] and [a.text for a in articles] == STORY + STORY[:1]


def test_read_inputs_reports_a_failed_url_and_goes_on(site):
    base, _ = site
    articles, [error] = split(read_inputs([base + "/missing", base + "/page.html"]))
    assert len(articles) == 1 and error.source == base + "/missing"


def test_feed_url_items_from_their_summaries(site):
    base, handler = site
    articles, errors = split(read_inputs([base + "/feed.xml"]))
    assert [a.text for a in articles] == ["Teaser text 1 for a longer story.",
                                          "Teaser text 2 for a longer story.",
                                          "A story that was taken down."]
    assert not any(path.startswith("/story") for path in handler.hits)


def test_feed_with_follow_links_reads_the_pages(site):
    base, handler = site
    articles, [error] = split(read_inputs([base + "/feed.xml"], ReadOptions(follow_links=True)))
    assert [a.title for a in articles] == ["Full story 1", "Full story 2"]
    assert all(a.text.startswith(f"Full story {n}\nStory {n} in full.") for n, a in enumerate(articles, 1))
    assert [a.url for a in articles] == [f"{base}/story/{n}.html" for n in (1, 2)]
    assert articles[0].published == "2021-03-10"  # the page's own date beats the item's
    assert (error.source, error.record) == (base + "/feed.xml", "item 3")
    assert "HTTP 404" in error.reason and "/missing" in error.reason
