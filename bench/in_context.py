"""Event coding of the Wikinews dev sentences alone and inside their articles, side by side.

Each gold record of the Wikinews dev set (``python bench/gold/materialise.py``) is one sentence
of a Wikinews article, with the article's id and the sentence's character offsets in ``meta``.
Coded alone, the sentence says nothing of who "the police", "he" or "the embassy" are; a user
codes whole articles. This script scores both ways with the same scorer as ``wirecoder eval``:

- **alone**: every gold sentence coded as its own article (what ``wirecoder eval`` does);
- **in context**: the whole articles coded (text, title and date from
  ../shared/data/wikinews/articles.jsonl), and each gold sentence given the events whose trigger
  starts inside it.

Both are scored by the shared event scorer (../shared/tools/score_events.py, the measure of the
issues' bars), handed the predictions instead of running ``wirecoder extract`` itself.

    .venv/bin/python bench/in_context.py            # a table
    .venv/bin/python bench/in_context.py --json

A missing gold or article file is skipped with a message (exit 0).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "build" / "dev" / "wikinews_dev.jsonl"
SHARED = ROOT.parent / "shared"
ARTICLES = SHARED / "data" / "wikinews" / "articles.jsonl"
TOOLS = SHARED / "tools"
ROWS = [("event P", "micro_p"), ("event R", "micro_r"), ("type macro-F1", "macro_f1"),
        ("source country", "src_country_acc"), ("target country", "tgt_country_acc"),
        ("source sector", "src_sector_acc"), ("dyad", "dyad_acc"), ("no-event false alarms", "noevent_false_alarm")]


def code(gold: list[dict], articles: dict[str, dict]) -> tuple[dict, dict]:
    """Predictions per gold id: from the sentence alone, and from its whole article."""
    from wirecoder.pipeline import Extractor
    from wirecoder.record.model import Article

    extractor = Extractor()
    alone = {c.id: c.to_dict() for c in extractor.run(
        Article(id=g["id"], text=g["text"], published=g.get("date")) for g in gold)}
    wanted = {g["meta"]["article_id"] for g in gold}
    whole = {c.id: c.to_dict() for c in extractor.run(
        Article(id=a["id"], text=a["text"], title=a.get("title"), published=a.get("date"))
        for aid, a in articles.items() if aid in wanted)}
    context = {}
    for g in gold:
        meta = g["meta"]
        events = (whole.get(meta["article_id"]) or {}).get("events", [])
        context[g["id"]] = {"id": g["id"], "events": [e for e in events
                                                      if meta["start"] <= e["trigger"]["start"] < meta["end"]]}
    return alone, context


def shared_score(gold: list[dict], predictions: dict) -> dict:
    """The shared scorer's figures for these predictions."""
    sys.path.insert(0, str(TOOLS))
    import score_events

    score_events.extract = lambda records, *args, **kwargs: predictions
    return score_events.score(gold)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print both results as JSON")
    args = ap.parse_args()
    for path in (GOLD, ARTICLES, TOOLS / "score_events.py"):
        if not path.exists():
            print(f"{path.name} not found (see this script's docstring); skipped", file=sys.stderr)
            return 0
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    with open(ARTICLES, encoding="utf-8") as f:
        articles = {a["id"]: a for a in map(json.loads, f)}
    alone, context = code(gold, articles)
    results = {"alone": shared_score(gold, alone), "in_context": shared_score(gold, context)}
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    print(f"Wikinews dev: {len(gold)} gold sentences from {len({g['meta']['article_id'] for g in gold})} articles")
    print(f"{'':24}{'alone':>8}{'in context':>12}")
    for label, key in ROWS:
        a, c = results["alone"].get(key), results["in_context"].get(key)
        print(f"{label:24}{a if a is not None else '-':>8}{c if c is not None else '-':>12}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
