"""Build the Wikinews dev gold file from its offset-only labels.

The sentences come from English Wikinews (2019-2020). Their text is licensed CC BY 2.5
(Wikinews contributors, https://en.wikinews.org) and is not stored in this repository:
bench/gold/wikinews_dev.labels.jsonl holds only article ids, character offsets into each
article's text and the event labels, which are wirecoder's own work. This script joins the
labels with ../shared/data/wikinews/articles.jsonl, checks them, and writes a gold file in the
shared gold format, keeping each article's URL in `meta` for attribution:

    python bench/gold/materialise.py                 # writes build/dev/wikinews_dev.jsonl
    python bench/gold/materialise.py --shared /path/to/shared --out /tmp/wikinews_dev.jsonl
    .venv/bin/wirecoder eval build/dev/wikinews_dev.jsonl

Standard library only. Exits 0 with a message when the shared data is not there.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LABELS = Path(__file__).resolve().with_name("wikinews_dev.labels.jsonl")
ARTICLES = Path("data") / "wikinews" / "articles.jsonl"
SOURCE = "wikinews-dev"


class LabelError(Exception):
    """A label that does not fit the article text it points into."""


def read_jsonl(path: Path) -> list[dict]:
    """Records of a JSON-lines file, skipping blank lines."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def materialise(label: dict, article: dict) -> dict:
    """One gold record: the labelled sentence's text with its checked events."""
    rid, start, end, body = label["id"], label["start"], label["end"], article["text"]
    if not 0 <= start < end <= len(body):
        raise LabelError(f"{rid}: offsets [{start}, {end}) outside article {article['id']}")
    text = body[start:end]
    if text != text.strip():
        raise LabelError(f"{rid}: offsets [{start}, {end}) do not give a trimmed sentence")
    events = []
    for n, event in enumerate(label["events"], 1):
        where = f"{rid} event {n} ({event.get('plover')})"
        spans = event.get("extra", {}).get("trigger_spans") or []
        if not spans:
            raise LabelError(f"{where}: no trigger_spans")
        for s, e in spans:
            if not 0 <= s < e <= len(text):
                raise LabelError(f"{where}: trigger span [{s}, {e}) outside the sentence "
                                 f"(length {len(text)})")
        for field in ("source_actor", "target_actor", "location"):
            for part in (event.get(field) or "").split("; "):
                if part and part not in text:
                    raise LabelError(f"{where}: {field} {part!r} not in the sentence")
        extra = dict(event["extra"], trigger=[text[s:e] for s, e in spans])
        events.append(dict(event, extra=extra))
    return {"id": rid, "source": SOURCE, "text": text, "date": label["date"], "events": events,
            "notes": label.get("notes", ""),
            "meta": {"article_id": article["id"], "start": start, "end": end,
                     "url": article.get("url")}}


def build(labels: list[dict], articles: dict[str, dict]) -> tuple[list[dict], list[str]]:
    """Gold records for all labels, and the problems found (records with problems are left out)."""
    records, problems, seen = [], [], set()
    for label in labels:
        try:
            if label["id"] in seen:
                raise LabelError(f"{label['id']}: duplicate id")
            seen.add(label["id"])
            article = articles.get(label["article_id"])
            if article is None:
                raise LabelError(f"{label['id']}: no article {label['article_id']}")
            records.append(materialise(label, article))
        except (LabelError, KeyError, TypeError, ValueError) as exc:
            problems.append(str(exc) if isinstance(exc, LabelError)
                            else f"{label.get('id')}: malformed label ({exc!r})")
    return records, problems


def summary(records: list[dict]) -> str:
    """Events per PLOVER type, records per type, and the no-event records."""
    events = collections.Counter(e["plover"] for r in records for e in r["events"])
    holding = collections.Counter(t for r in records for t in {e["plover"] for e in r["events"]})
    lines = [f"{'type':<10} {'events':>6} {'records':>7}"]
    for t, n in sorted(events.items(), key=lambda x: (-x[1], x[0])):
        lines.append(f"{t:<10} {n:>6} {holding[t]:>7}")
    with_events = sum(1 for r in records if r["events"])
    lines.append(f"{'total':<10} {sum(events.values()):>6} {with_events:>7}")
    lines.append(f"no-event records: {len(records) - with_events}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                    help="the shared data directory (default: ../shared next to the repository)")
    ap.add_argument("--labels", type=Path, default=LABELS, help="offset-only labels (JSON lines)")
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "dev" / "wikinews_dev.jsonl",
                    help="gold file to write")
    args = ap.parse_args(argv)

    articles_path = args.shared / ARTICLES
    if not articles_path.is_file():
        print(f"{articles_path} not found: the Wikinews text (CC BY 2.5) is not part of this "
              "repository, so there is nothing to materialise; pass --shared to point at it.")
        return 0
    articles = {a["id"]: a for a in read_jsonl(articles_path)}
    records, problems = build(read_jsonl(args.labels), articles)
    if problems:
        print(f"{len(problems)} label(s) do not fit {articles_path}; nothing written:",
              file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records from {len({r['meta']['article_id'] for r in records})} "
          f"articles to {args.out}")
    print(summary(records))
    return 0


if __name__ == "__main__":
    sys.exit(main())
