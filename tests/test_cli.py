"""The command line as a user meets it: output formats, the store commands, and bad input
reported on one line with an exit code that says all / some / none went through."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import time
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles.jsonl"
WC = [sys.executable, "-m", "wirecoder"]


def run(*args, stdin: str | None = None, cwd=None):
    return subprocess.run([*WC, *map(str, args)], input=stdin, capture_output=True, text=True,
                          cwd=cwd, timeout=600, env={**os.environ, "COLUMNS": "200"})


def _no_traceback(p):
    assert "Traceback" not in p.stderr and "Traceback" not in p.stdout


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory):
    d = tmp_path_factory.mktemp("bad")
    (d / "empty.txt").write_text("")
    (d / "binary.txt").write_bytes(bytes(range(256)))
    (d / "latin1.txt").write_bytes("Caf\xe9 closed.".encode("latin-1"))
    (d / "mixed.jsonl").write_text(json.dumps({"id": "good", "text": "Russia attacked Ukraine on Monday.",
                                               "date": "2021-03-10"}) + "\n{broken\n")
    return d


def test_bad_inputs_each_get_one_line_and_the_rest_goes_on(bad_inputs, tmp_path):
    rejects = tmp_path / "rejects.jsonl"
    p = run("extract", "--format", "jsonl", "--rejects", rejects, bad_inputs / "empty.txt",
            bad_inputs / "binary.txt", bad_inputs / "latin1.txt", bad_inputs / "mixed.jsonl",
            bad_inputs / "missing.txt")
    _no_traceback(p)
    assert p.returncode == 1  # some went through
    lines = [l for l in p.stderr.splitlines() if l.startswith("wirecoder: skipped")]
    assert len(lines) == 5
    for name in ("empty.txt: empty", "binary.txt: binary", "latin1.txt: invalid UTF-8",
                 "mixed.jsonl:line 2: malformed JSON", "missing.txt: no such file"):
        assert any(name in l for l in lines), (name, lines)
    (out,) = [json.loads(l) for l in p.stdout.splitlines()]
    assert out["id"] == "good" and out["events"][0]["event"] == "ASSAULT"
    assert len(rejects.read_text().splitlines()) == 5


def test_nothing_went_through_exit_code(bad_inputs):
    p = run("extract", bad_inputs / "binary.txt")
    _no_traceback(p)
    assert p.returncode == 2


def test_user_errors_are_one_line(tmp_path):
    p = run("events", "--db", tmp_path / "none.db")
    _no_traceback(p)
    assert p.returncode == 2 and p.stderr.strip().count("\n") == 0 and "no such store" in p.stderr
    p = run("extract", "--published", "last tuesday", EXAMPLES)
    _no_traceback(p)
    assert p.returncode == 2 and "--published" in p.stderr


def test_extract_formats_and_stdin(tmp_path):
    p = run("extract", "--format", "jsonl", EXAMPLES)
    assert p.returncode == 0, p.stderr
    records = [json.loads(l) for l in p.stdout.splitlines()]
    assert len(records) == len(EXAMPLES.read_text().splitlines())
    p_json = run("extract", "--format", "json", "-", stdin=EXAMPLES.read_text())
    assert json.loads(p_json.stdout) == records
    p_csv = run("extract", "--format", "csv", EXAMPLES)
    rows = list(csv.DictReader(io.StringIO(p_csv.stdout)))
    assert len(rows) == sum(len(r["events"]) for r in records)
    assert {r["event_id"] for r in rows} == {e["id"] for r in records for e in r["events"]}
    p_table = run("extract", "--published", "2021-03-10", "-", stdin="Russia attacked Ukraine on Monday.")
    assert "ASSAULT" in p_table.stdout and "2021-03-08" in p_table.stdout


def test_ingest_events_export(tmp_path):
    db = tmp_path / "w.db"
    first = run("ingest", EXAMPLES, "--db", db)
    assert first.returncode == 0, first.stderr
    again = run("ingest", EXAMPLES, "--db", db)
    assert "0 articles added" in again.stderr
    p = run("events", "--db", db, "--type", "SANCTION", "--country", "RUS", "--format", "jsonl")
    rows = [json.loads(l) for l in p.stdout.splitlines()]
    assert rows and all(r["event"] == "SANCTION" for r in rows)
    assert all(any(a["country"] == "RUS" for a in r["actor"] + r["recipient"]) for r in rows)
    out = tmp_path / "all.jsonl"
    assert run("export", "--db", db, "--format", "jsonl", "-o", out).returncode == 0
    assert len(out.read_text().splitlines()) == len(EXAMPLES.read_text().splitlines())
    p = run("events", "--db", db, "--type", "PARTY")
    assert p.returncode == 2 and "not a PLOVER type" in p.stderr


def test_schema_and_lookups():
    schema = json.loads(run("schema").stdout)
    assert schema["properties"]["events"]["items"]["required"][:2] == ["id", "event"]
    p = run("actors", "lookup", "the Kremlin")
    assert p.returncode == 0 and "RUS" in p.stdout
    p = run("places", "lookup", "Mosul")
    assert p.returncode == 0 and "IRQ" in p.stdout


@pytest.mark.parametrize("command", ["extract", "ingest", "events", "export", "eval", "schema",
                                     "actors lookup", "places lookup", "places build"])
def test_every_command_has_help(command):
    p = run(*command.split(), "--help")
    assert p.returncode == 0 and "Usage" in p.stdout and "Example" in p.stdout


# --- copies and stories -------------------------------------------------------------------------

def test_ingest_links_copies_and_events_count_stories(tmp_path):
    from tests.ingest.corpus import clashes, records, write_jsonl

    corpus = write_jsonl(tmp_path / "news.jsonl", records(n_clashes=2, protests=0))
    db = tmp_path / "w.db"
    p = run("ingest", corpus, "--db", db)
    assert p.returncode == 0, p.stderr
    assert "5 articles added (1 of them copies of others" in p.stderr
    stories = json.loads(run("events", "--db", db, "--stories", "--type", "ASSAULT", "--format", "json").stdout)
    first = next(s for s in stories if "copy-" + clashes(1)[0].town.lower() in " ".join(s["articles"]))
    assert (first["mentions"], first["sources"]) == (3, 3)
    assert first["outlets"] == ["courier.example", "dispatch.example", "syndicate.example"]
    rows = list(csv.DictReader(io.StringIO(run("events", "--db", db, "--type", "ASSAULT", "--format", "csv").stdout)))
    assert rows and all(r["story"] and r["mentions"] and r["sources"] for r in rows)
    assert len(rows) == 4 and len({r["story"] for r in rows}) == 2  # two clashes, each from two outlets
    out = tmp_path / "events.csv"
    assert run("export", "--db", db, "--format", "csv", "-o", out).returncode == 0
    exported = list(csv.DictReader(out.open()))
    assert {(r["event_id"], r["story"], r["mentions"], r["sources"]) for r in exported if r["event"] == "ASSAULT"} \
        == {(r["event_id"], r["story"], r["mentions"], r["sources"]) for r in rows}
    table = run("events", "--db", db, "--stories")
    assert table.returncode == 0 and "3 mentions" in table.stdout and "3 sources" in table.stdout


# --- fetch options --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def news_site():
    """A local news site: a feed of teasers linking to full pages, a big page and a slow one."""
    import threading
    import time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from tests.ingest.builders import page, rss
    from tests.ingest.corpus import clashes

    clash = clashes(1)[0]

    class Site(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            base = f"http://127.0.0.1:{self.server.server_port}"
            if self.path == "/feed.xml":
                items = [{"title": f"Story {n}", "link": f"{base}/story/{n}.html", "description": f"Teaser {n}.",
                          "pubDate": "Tue, 02 Mar 2021 08:00:00 GMT"} for n in (1, 2)]
                body, ctype = rss(items).encode(), "application/rss+xml"
            elif self.path.startswith("/story/"):
                body, ctype = page(f"Shelling in {clash.town}", clash.first_outlet().split("\n\n"),
                                   canonical=None).encode(), "text/html"
            elif self.path == "/big.html":
                body, ctype = page("Big", ["A long paragraph of filler text. " * 40] * 20).encode(), "text/html"
            elif self.path == "/slow.html":
                time.sleep(2)
                body, ctype = page().encode(), "text/html"
            else:
                self.send_error(404)
                return
            try:
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_follow_links_codes_the_pages_a_feed_links_to(news_site):
    p = run("extract", "--follow-links", "--format", "jsonl", f"{news_site}/feed.xml")
    _no_traceback(p)
    assert p.returncode == 0, p.stderr
    records = [json.loads(l) for l in p.stdout.splitlines()]
    assert [r["url"] for r in records] == [f"{news_site}/story/1.html", f"{news_site}/story/2.html"]
    assert all(any(e["event"] == "ASSAULT" for e in r["events"]) for r in records)  # the page, not the teaser


def test_size_limit_and_timeout_reject_downloads_on_one_line(news_site, tmp_path):
    started = time.monotonic()
    p = run("ingest", "--db", tmp_path / "w.db", "--max-bytes", "20000", "--timeout", "0.5", "--retries", "1",
            f"{news_site}/big.html", f"{news_site}/slow.html", f"{news_site}/story/1.html")
    _no_traceback(p)
    assert p.returncode == 1, p.stderr
    skipped = [l for l in p.stderr.splitlines() if l.startswith("wirecoder: skipped")]
    assert len(skipped) == 2
    assert "big.html: larger than max_bytes (20,000 bytes)" in skipped[0]
    assert "slow.html: timed out" in skipped[1]
    assert "1 articles added" in p.stderr
    assert time.monotonic() - started < 120
    bad = run("extract", "--max-bytes", "0", f"{news_site}/big.html")
    assert bad.returncode == 2 and "must be positive" in bad.stderr
