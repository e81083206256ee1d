"""Event location on the event_location development set: is the place wirecoder gives an event
the place where that event happened, and "no place" when the annotators found none?

Each record is one news sentence with one annotated event verb (``extra.trigger_spans``) and the
place(s) where that event happened (``extra.location_spans``), or none. wirecoder's event coder
only codes political events with participants, so many of these verbs get no event; the bench
therefore asks the question directly: it parses the sentence, runs the place annotator, finds the
trigger token and calls ``wirecoder.annotate.places.event_place``.

A guess is right when it overlaps a gold location span or has the same text (case-insensitive);
on a "no place" record it is right when it is None. Recognition recall is how often a gold place
is among the article's places at all (resolved to a gazetteer entry, and at all).

    .venv/bin/python bench/event_location.py              # every 5th record (about 1,940)
    .venv/bin/python bench/event_location.py --all        # all 9,686
    .venv/bin/python bench/event_location.py --errors 40  # also print some wrong answers
    .venv/bin/python bench/event_location.py --errors 40 --seed 2  # another sample of them
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc, Span

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev" / "event_location_dev.jsonl"


def read(path: Path, every: int) -> list[dict]:
    """Every ``every``-th record of the JSON-lines file."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for i, line in enumerate(f) if i % every == 0]


def gold_of(record: dict) -> tuple[tuple[int, int], list[tuple[int, int]], set[str]]:
    """The trigger span, the gold location spans and the gold location texts."""
    extra = record["events"][0]["extra"]
    trigger = tuple(extra["trigger_spans"][0])
    spans = [tuple(s) for s in extra.get("location_spans") or []]
    texts = {t.lower() for t in extra.get("location_list") or []}
    return trigger, spans, texts


def matches(span: Span, spans: list[tuple[int, int]], texts: set[str]) -> bool:
    """Whether a found place span is a gold place: it overlaps a gold span, or its words and a gold
    place's words overlap the same way, one holding the other ("Hajira sector" and "Hajira"). About
    one gold span in seven has broken offsets (most are token numbers: "Hajira" at [11, 11]), so the
    text must stand in for them."""
    found = f" {span.text.lower()} "
    return (any(span.start_char < e and s < span.end_char for s, e in spans)
            or any(f" {t} " in found or found in f" {t} " for t in texts))


def evaluate(records: list[dict], docs: list[Doc]) -> tuple[Counter[str], list[str]]:
    """Run the place annotator and ``event_place`` on parsed sentences; count right answers."""
    from wirecoder.annotate.places import PlaceAnnotator, event_place, on_the_map
    from wirecoder.ingest.clean import layout

    annotator = PlaceAnnotator()
    c: Counter[str] = Counter()
    wrong: list[str] = []
    for record, doc in zip(records, docs):
        doc._.wc_layout = layout(doc.text)
        annotator(doc)
        (ts, te), spans, texts = gold_of(record)
        trigger = doc.char_span(ts, te, alignment_mode="expand")
        guess = event_place(doc, trigger.root) if trigger is not None else None
        kind = "place" if spans else "none"
        c[kind] += 1
        ok = not spans if guess is None else bool(spans) and matches(guess.span, spans, texts)
        c[f"{kind}_ok"] += ok
        if guess is not None:
            c["guessed"] += 1
            c["guessed_ok"] += ok
        if spans:  # (a place is resolved when it is on the map as the output reports it)
            found = [(m, p) for m, p in zip(doc._.wc_places, on_the_map(doc._.wc_places))
                     if matches(m.span, spans, texts)]
            c["recognised"] += bool(found)
            c["resolved"] += any(p.lat is not None for _, p in found)
        if not ok:
            got = guess.span.text if guess else None
            wrong.append(f"  gold={sorted(texts) or None} got={got!r} trigger={doc.text[ts:te]!r}"
                         f"\n    {doc.text}")
    return c, wrong


def summary(c: Counter[str]) -> dict:
    """The counts as rates."""
    n = c["place"] + c["none"]

    def ratio(a: str, b: str) -> float | None:
        return round(c[a] / c[b], 3) if c[b] else None

    return {"records": n, "gold_place": c["place"], "gold_none": c["none"],
            "accuracy": round((c["place_ok"] + c["none_ok"]) / n, 3) if n else None,
            "accuracy_gold_place": ratio("place_ok", "place"),
            "accuracy_gold_none": ratio("none_ok", "none"),
            "precision_of_guesses": ratio("guessed_ok", "guessed"),
            "recognition_recall": ratio("recognised", "place"),
            "resolved_recall": ratio("resolved", "place")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--all", action="store_true", help="every record, not every 5th")
    parser.add_argument("--every", type=int, default=5, help="take every Nth record (default 5)")
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong answers")
    parser.add_argument("--seed", type=int, default=1, help="which wrong answers to print (default 1)")
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    if not args.data.exists():
        print(f"skipped: {args.data} is absent (it lives in ../shared/data)", file=sys.stderr)
        return 0
    print("$", " ".join([Path(sys.executable).name, *sys.argv]))
    from wirecoder.nlp import pipeline

    records = read(args.data, 1 if args.all else args.every)
    nlp = pipeline.load()
    started = time.perf_counter()
    docs = list(nlp.pipe([r["text"] for r in records], batch_size=64))
    parsed = time.perf_counter()
    counts, wrong = evaluate(records, docs)
    done = time.perf_counter()
    for line in random.Random(args.seed).sample(wrong, min(args.errors, len(wrong))):
        print(line)
    result = summary(counts) | {"parse_s": round(parsed - started, 1),
                                "places_and_event_place_s": round(done - parsed, 1),
                                "ratio_to_parse": round((done - parsed) / (parsed - started), 3)}
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
