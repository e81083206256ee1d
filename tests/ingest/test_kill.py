"""kill -9 in the middle of `wirecoder ingest`, then the same command again: every good article is
stored exactly once, and the events, copies' links and stories are those of an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from .corpus import records, write_jsonl

WC = [sys.executable, "-m", "wirecoder"]
BAD_LINES = ("{broken", json.dumps({"id": "empty", "text": "   "}))


def ingest(corpus: Path, db: Path) -> list[str]:
    return [*WC, "ingest", str(corpus), "--db", str(db), "--commit-every", "3"]


def stored(db: Path) -> int:
    """Articles committed so far, read the way another process would."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.5) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:  # not created yet
        return 0


def snapshot(db: Path) -> dict:
    """What a user can see in a store, independent of row ids."""
    with sqlite3.connect(db) as conn:
        q = conn.execute
        articles = Counter(i for (i,) in q("SELECT id FROM articles"))
        events = sorted(q("SELECT a.id, e.record FROM events e JOIN articles a ON a.key = e.article_key"))
        links = dict(q("SELECT c.id, o.id FROM article_links l JOIN articles c ON c.key = l.article_key "
                       "JOIN articles o ON o.key = l.duplicate_of"))
        members: dict[int, set] = {}
        for story, article, event, via in q(
                "SELECT m.story, a.id, e.id, c.id FROM story_mentions m JOIN events e ON e.pk = m.event_pk "
                "JOIN articles a ON a.key = e.article_key JOIN articles c ON c.key = m.article_key"):
            members.setdefault(story, set()).add((article, event, via))
        counts = dict((s, (m, n)) for s, m, n in q("SELECT id, mentions, sources FROM stories"))
        stories = {frozenset(v): counts[k] for k, v in members.items()}
        # consistency: each event in exactly one story; counts match the mentions; links point at originals
        assert q("SELECT count(*) FROM events").fetchone() == q("SELECT count(*) FROM event_stories").fetchone()
        assert set(counts) == set(members)
        for story, (mentions, sources) in counts.items():
            outlets = [o for (o,) in q("SELECT outlet FROM story_mentions WHERE story = ?", (story,))]
            assert (mentions, sources) == (len(outlets), len(set(outlets)))
        assert not set(links.values()) & set(links)  # no copy of a copy
        assert not q("SELECT count(*) FROM articles a JOIN article_links l ON l.article_key = a.key "
                     "WHERE a.n_events > 0").fetchone()[0]
    return {"articles": articles, "events": events, "links": links, "stories": stories}


def test_kill_9_in_the_middle_then_the_same_command_finishes_the_work(tmp_path):
    rows = records(16)
    corpus = write_jsonl(tmp_path / "news.jsonl", rows, BAD_LINES)
    db = tmp_path / "killed.db"
    proc = subprocess.Popen(ingest(corpus, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            if 0 < stored(db) < len(rows):
                os.kill(proc.pid, signal.SIGKILL)
                break
            time.sleep(0.01)
    finally:
        if proc.poll() is None and time.monotonic() >= deadline:
            proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, "ingest ended before it could be killed"
    assert 0 < stored(db) < len(rows)

    again = subprocess.run(ingest(corpus, db), capture_output=True, text=True, timeout=300)
    assert "Traceback" not in again.stderr
    assert again.returncode == 1, again.stderr  # the two bad lines are rejected, the rest went through
    assert "already stored" in again.stderr

    clean_db = tmp_path / "clean.db"
    clean = subprocess.run(ingest(corpus, clean_db), capture_output=True, text=True, timeout=300)
    assert clean.returncode == 1, clean.stderr

    resumed, fresh = snapshot(db), snapshot(clean_db)
    assert set(resumed["articles"]) == {r["id"] for r in rows}
    assert set(resumed["articles"].values()) == {1}  # every good article exactly once
    assert resumed == fresh
    assert len(fresh["links"]) == sum(r["id"].startswith("copy-") for r in rows)
    assert any(sources >= 2 for _, sources in fresh["stories"].values())
