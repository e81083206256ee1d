"""The command line as a user meets it: output formats, the store commands, and bad input
reported on one line with an exit code that says all / some / none went through."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
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
