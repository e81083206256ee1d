"""`wirecoder batch`, `load` and `export --format parquet` as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from wirecoder.store import open_store
from wirecoder.store.query import coded_articles

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles.jsonl"


def run(*args):
    return subprocess.run([sys.executable, "-m", "wirecoder", *map(str, args)], capture_output=True, text=True,
                          timeout=600, env={**os.environ, "COLUMNS": "200"})


def test_batch_then_load_then_export(tmp_path, dask_client):
    text = EXAMPLES.read_text(encoding="utf-8")
    n = len(text.splitlines())
    bad = tmp_path / "bad.jsonl"
    bad.write_text(text + "{broken\n", encoding="utf-8")
    out, db, again = tmp_path / "out", tmp_path / "w.db", tmp_path / "again.db"
    batch = ("batch", bad, "--out", out, "--scheduler", dask_client.scheduler.address)
    p = run(*batch, "--rejects", tmp_path / "r.jsonl")
    assert p.returncode == 1, p.stderr  # some input was rejected
    assert f"skipped {bad}:line {n + 1}: malformed JSON" in p.stderr and f"({n} articles)" in p.stderr
    assert "Traceback" not in p.stderr
    assert json.loads((tmp_path / "r.jsonl").read_text())["record"] == f"line {n + 1}"
    assert "1 already done" in run(*batch).stderr

    p = run("load", out, "--db", db)
    assert p.returncode == 0 and f"{n} articles added" in p.stderr, p.stderr
    assert f"{n} already stored" in run("load", out, "--db", db).stderr

    p = run("export", "--db", db, "--format", "parquet", "-o", tmp_path / "export")
    assert p.returncode == 0 and f"exported {n} articles" in p.stderr
    assert f"{n} articles added" in run("load", tmp_path / "export", "--db", again).stderr
    assert list(coded_articles(open_store(str(again)), with_text=True)) == \
        list(coded_articles(open_store(str(db)), with_text=True))

    p = run("export", "--db", db, "--format", "parquet")
    assert p.returncode == 2 and "-o DIR" in p.stderr


def test_batch_refuses_stdin(tmp_path):
    p = run("batch", "-", "--out", tmp_path / "out", "--workers", "1")
    assert p.returncode == 2 and "not standard input" in p.stderr
    assert "Traceback" not in p.stderr
