"""The pages in a real browser (Debian's Chromium driven by Playwright): each loads with no console
error, no request leaves 127.0.0.1 and no hostile text gets to run; filters change what is shown;
a screenshot of each page is saved under artifacts/screenshots/."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote, urlparse

import pytest

from tests.web.records import HOSTILE_ID

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium "
                                                                   "(apt-get install chromium)")]


@pytest.fixture(scope="module")
def server(web_store, extractor):
    from wirecoder.web.app import WebSettings, create_app
    from wirecoder.web.server import serve_in_background

    app = create_app(web_store, WebSettings())
    app.state.extractor = extractor
    url, stop = serve_in_background(app)
    yield url
    stop()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=str(CHROMIUM), args=ARGS,
            headless=True, viewport={"width": 1280, "height": 900}, service_workers="block")
        yield context
        context.close()


class Watch:
    """What a page did that it must not: console errors, script errors, dialogs, foreign requests."""

    def __init__(self):
        self.errors: list[str] = []
        self.foreign: list[str] = []
        self.dialogs: list[str] = []

    def check(self) -> None:
        assert not self.foreign, f"requests leaving 127.0.0.1: {self.foreign}"
        assert not self.dialogs, f"hostile text ran: {self.dialogs}"
        assert not self.errors, f"console errors: {self.errors}"


@pytest.fixture
def page(browser, server):
    watch = Watch()

    def route(r):
        url = urlparse(r.request.url)
        if url.scheme in ("data", "blob", "about") or url.hostname == "127.0.0.1":
            r.continue_()
        else:
            watch.foreign.append(r.request.url)
            r.abort()

    pg = browser.new_page()
    pg.route("**/*", route)
    pg.on("console", lambda m: m.type == "error" and watch.errors.append(m.text))
    pg.on("pageerror", lambda e: watch.errors.append(str(e)))
    pg.on("dialog", lambda d: (watch.dialogs.append(d.message), d.dismiss()))
    pg.base = server
    pg.watch = watch
    yield pg
    pg.close()
    watch.check()


def visit(page, path: str):
    response = page.goto(page.base + path, wait_until="networkidle")
    assert response.status == 200, path
    return response


def shot(page, name: str, full_page: bool = True) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


def test_overview(page):
    visit(page, "/")
    page.wait_for_selector("#map[data-outlines=loaded]")
    assert page.locator("#timeline svg rect.bar").count() > 0
    assert page.locator("#map path.leaflet-interactive, #map .marker-cluster").count() > 0
    assert page.locator("#map .leaflet-overlay-pane svg path").count() > 100  # country outlines
    shot(page, "overview")
    bar = page.locator("#timeline svg a").first
    href = bar.get_attribute("href")
    kind = re.search(r"type=([A-Z]+)", href).group(1)
    bar.click()
    page.wait_for_url(re.compile(r"/events\?"))
    badges = page.locator("table.events .badge").all_inner_texts()
    assert badges and set(badges) == {kind}


def test_events_filter_changes_the_table(page):
    visit(page, "/events")
    every = page.locator("table.events tbody tr").count()
    page.select_option("select[name=type]", "SANCTION")
    page.fill("input[name=country]", "POL")
    page.click("#filters button[type=submit]")
    page.wait_for_url(re.compile(r"type=SANCTION"))
    rows = page.locator("table.events tbody tr")
    assert 0 < rows.count() < every
    assert set(page.locator("table.events .badge").all_inner_texts()) == {"SANCTION"}
    shot(page, "events")
    rows.first.locator("a.event-link").click()
    page.wait_for_url(re.compile(r"/events/.+"))
    assert page.locator("mark.m-trigger").count() >= 1
    shot(page, "event")


def test_article_page_highlights_evidence(page):
    visit(page, "/articles/web-01-expel")
    for kind in ("trigger", "actor", "quote", "date"):
        assert page.locator(f".article-text mark.m-{kind}").count() > 0, kind
    card = page.locator(".event-card[data-event]").first
    card.hover()
    assert page.locator(".article-text mark.focus").count() > 0
    shot(page, "article")


def test_hostile_article_stays_text(page):
    visit(page, "/articles/" + quote(HOSTILE_ID, safe=""))
    assert "<script>" in page.locator(".article-text").inner_text()
    page.locator(".article-text mark").first.hover()
    shot(page, "article-hostile")


def test_actor_page_draws_timeline_and_network(page):
    visit(page, "/actors/Vladimir%20Makei")
    assert page.locator("#timeline svg rect.bar").count() > 0
    assert page.locator("#network svg .node").count() >= 2
    shot(page, "actor")


@pytest.mark.parametrize("path, name", [("/actors", "actors"), ("/places", "places"), ("/quotes", "quotes"),
                                        ("/articles?q=diplomats", "articles"), ("/api", "api")])
def test_list_pages(page, path, name):
    visit(page, path)
    assert page.locator("main table, main .endpoint").count() > 0
    shot(page, name, full_page=name != "api")  # the API reference is very long


def test_map_shows_hostile_place_names_as_text(page):
    visit(page, "/?type=ASSAULT")
    page.wait_for_selector("#map[data-outlines=loaded]")
    page.evaluate("""() => {
        const map = document.getElementById('map');
        map.scrollIntoView();
    }""")
    markers = page.locator("#map path.leaflet-interactive")
    for i in range(markers.count()):
        markers.nth(i).click(force=True)
    assert page.locator(".leaflet-popup-content b").count() == 0


def test_code_a_text(page):
    visit(page, "/code")
    text = ("<img src=x onerror=alert(1)> Police arrested 40 protesters in Minsk on Sunday. "
            "\"We will not stop,\" said Anna Petrova, an opposition leader.")
    page.set_input_files("#code-file", files=[{"name": "story.txt", "mimeType": "text/plain",
                                               "buffer": text.encode()}])
    page.wait_for_function("() => document.getElementById('code-text').value.length > 0")
    assert page.input_value("#code-text") == text
    page.fill("#code-published", "2022-06-20")
    page.click("#code-submit")
    page.wait_for_selector("#code-result .article-text mark.m-trigger")
    assert "Coded:" in page.locator("#code-status").inner_text()
    assert page.locator("#code-result .event-card").count() >= 1
    shot(page, "code")
