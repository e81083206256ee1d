"""Print a seeded sample of wirecoder's output on the Wikinews articles for a person to judge:
events dated to the day from the text, quotes with their speakers, or asserted events. There is no gold for these
on real news here, so this is how the spot checks in the closing notes were drawn; rerunning with
the same seed on the same code prints the same sample.

    .venv/bin/wirecoder extract ../shared/data/wikinews/articles.jsonl --format jsonl > build/wikinews.jsonl
    .venv/bin/python bench/spot_check.py dates build/wikinews.jsonl --seed 21 --n 30
    .venv/bin/python bench/spot_check.py quotes build/wikinews.jsonl --seed 99 --n 40
    .venv/bin/python bench/spot_check.py events build/wikinews.jsonl --seed 18 --n 30
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ARTICLES = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikinews" / "articles.jsonl"


def dated_events(coded: list[dict], texts: dict[str, str]) -> list[str]:
    """One line per asserted event whose date was resolved to the day from the text."""
    out = []
    for article in coded:
        text = texts.get(str(article["id"]), "")
        for e in article["events"]:
            if e["negated"] or e["hypothetical"] or e["date"]["precision"] != "day":
                continue
            s = e["sentence"]
            out.append(f"published {article['published']} -> {e['date']['value']} from {e['date']['text']!r} "
                       f"| {e['trigger']['text']!r} | {text[s['start']:s['end']][:200]}")
    return out


def asserted_events(coded: list[dict], texts: dict[str, str]) -> list[str]:
    """One line per asserted event: its type, code, trigger, sides and sentence, to judge whether
    a careful coder would record it."""
    out = []
    for article in coded:
        text = texts.get(str(article["id"]), "")
        for e in article["events"]:
            if e["negated"] or e["hypothetical"]:
                continue
            sides = [[(a["text"], a.get("country")) for a in e[k]] for k in ("actor", "recipient")]
            s = e["sentence"]
            out.append(f"{e['event']} {e['cameo']} {e['trigger']['text']!r} {sides[0]} -> {sides[1]} "
                       f"| {text[s['start']:s['end']][:200]}")
    return out


def quotes(coded: list[dict], texts: dict[str, str]) -> list[str]:
    """One line per quote: its speaker and cue, and the words around it."""
    out = []
    for article in coded:
        text = texts.get(str(article["id"]), "")
        for q in article["quotes"]:
            who = (q["speaker"] or {}).get("name") or (q["speaker"] or {}).get("text")
            around = text[max(0, q["start"] - 110):q["end"] + 40].replace("\n", " ")
            out.append(f"speaker {who!r} cue {q['cue']!r} | {around}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("dates", "quotes", "events"))
    parser.add_argument("coded", help="the JSON lines `wirecoder extract --format jsonl` wrote")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--n", type=int, default=30)
    args = parser.parse_args()
    if not ARTICLES.exists():
        print(f"skipped: {ARTICLES} is absent")
        return
    texts = {str(json.loads(line)["id"]): json.loads(line)["text"]
             for line in ARTICLES.open(encoding="utf-8") if line.strip()}
    coded = [json.loads(line) for line in Path(args.coded).open(encoding="utf-8") if line.startswith("{")]
    lines = {"dates": dated_events, "quotes": quotes, "events": asserted_events}[args.what](coded, texts)
    random.seed(args.seed)
    print(f"{len(lines)} {args.what}; a sample of {min(args.n, len(lines))} (seed {args.seed}):", file=sys.stderr)
    for line in random.sample(lines, min(args.n, len(lines))):
        print(line)


if __name__ == "__main__":
    main()
