"""Fit the event-confidence calibrator (``make model``) and collect labelled events to check it.

An event is *right* when a gold event of its record has the same PLOVER type (and, for the strict
reading, where both sides give an actor country, the same country). The calibrator is fitted on
the training part of the labelled synthetic stories (``ngec_synthetic.jsonl``), never on the
held-out fifth that ``scripts/dev_splits.py`` sets aside, and written to
``data/events/confidence_model.json``.

Usage: python -m wirecoder.eval.calibrate --data PATH/ngec_synthetic.jsonl [--out FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

from wirecoder.annotate import calibration
from wirecoder.annotate.events import EventFinder
from wirecoder.config import Options
from wirecoder.eval.gold import code_countries, read_gold
from wirecoder.ingest.base import ReadOptions, make_article
from wirecoder.ingest.clean import layout
from wirecoder.nlp import pipeline as nlp_pipeline
from wirecoder.pipeline import Extractor

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "events" / calibration.MODEL_FILE
L2 = 10.0
TRAINING_SET = ("ngec_synthetic.jsonl (synthetic news stories labelled with the PLOVER type each was "
                "written to show; NGEC, MIT licence), the four fifths not held out by scripts/dev_splits.py")


def heldout(rec: dict) -> bool:
    """The fixed development split of scripts/dev_splits.py: a fifth of the headline templates."""
    template = (rec.get("meta") or {}).get("headline_template") or rec["id"]
    return int(hashlib.sha1(template.encode("utf-8")).hexdigest(), 16) % 5 == 0


@dataclass
class Labelled:
    """One asserted event coded from a gold record, its cues, and whether it is right."""

    record: str
    event: str
    cues: dict[str, float]
    confidence: float
    right: bool
    right_strict: bool
    sentence: int  # the event's sentence, counted from 0 in its record


class _Recorder(EventFinder):
    """The event finder, keeping each event's cues as they were when its confidence was set."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.cues: dict[int, dict[str, float]] = {}

    def assemble(self, trigger, head, row, actor_toks, recip_groups):
        ev = super().assemble(trigger, head, row, actor_toks, recip_groups)
        self.cues[id(ev)] = calibration.cues(row, ev, self.table)
        return ev


def is_right(event: str, actor_countries: set[str], golds: list[dict], strict: bool = False) -> bool:
    """Does a gold event of the record have this type (and, if strict, where both sides name an
    actor country, one of these countries)?"""
    for g in golds:
        if g.get("plover") != event:
            continue
        want = code_countries(g.get("source_code"))
        if not strict or not want or not actor_countries or want & actor_countries:
            return True
    return False


def labelled_events(records: Iterable[dict], options: Options = Options(),
                    extractor: Extractor | None = None) -> Iterator[Labelled]:
    """Code each gold record and label its asserted (not negated, not hypothetical) events."""
    extractor = extractor or Extractor(options)
    annotators = [c for name, c in extractor.annotators if name != "wc_events"]
    events_component = dict(extractor.annotators)["wc_events"]
    gold: dict[str, dict] = {}

    def items():
        for rec in records:
            article = make_article(rec["text"], "gold", ReadOptions(max_chars=options.max_chars),
                                   rec["id"], id=rec["id"], published=rec.get("date"))
            gold[article.id] = rec
            yield article, layout(article.text, article.title)

    for doc in nlp_pipeline.parse(extractor.nlp, items(), options.batch_size):
        for component in annotators:
            doc = component(doc)
        finder = _Recorder(doc, events_component.table, events_component.keep_boilerplate)
        rec = gold.pop(doc._.wc_article.id)
        golds = [g for g in rec.get("events", []) if g.get("plover")]
        sentence = {s.start: i for i, s in enumerate(doc.sents)}
        for ev in finder.find():
            if ev.negated or ev.hypothetical:
                continue
            countries = {a.entity.country for a in ev.actor if a.entity.country}
            yield Labelled(rec["id"], ev.event, finder.cues[id(ev)], ev.confidence,
                           is_right(ev.event, countries, golds), is_right(ev.event, countries, golds, strict=True),
                           sentence[ev.trigger.sent.start])


def training_records(path: str | Path) -> list[dict]:
    return [r for r in read_gold(path) if isinstance(r, dict) and not heldout(r)]


def fit_model(events: list[Labelled], l2: float = L2, folds: int = 5) -> dict:
    """The calibrator as a JSON-ready dict: weights per cue, bias, and what it was fitted on.

    The hand-set confidence is the fixed starting point of each score (an offset); the weights,
    shrunk towards zero by the L2 penalty, say how much each cue should move it.

    Only events in a story's first sentence are used: the story's label names the event its lead
    was written to report, while later sentences also report other, unlabelled events. Even in
    the lead, a right event of another type is labelled wrong. Assuming such misses are random,
    the share of events that are right is the share labelled right divided by c, the mean
    out-of-fold probability of the events labelled right (Elkan and Noto's e1 estimate, folds by
    story); the bias is shifted so that the mean confidence on the training events is that share.
    The order of the events, and so every comparison between two confidences, is unchanged."""
    lead = [e for e in events if e.sentence == 0]
    X, y = _matrix(lead)
    start = np.array([calibration.logit(calibration.hand_set(e.cues)) for e in lead], dtype=float)
    fold = np.array([int(hashlib.sha1(e.record.encode("utf-8")).hexdigest(), 16) % folds for e in lead], dtype=int)
    recovered = []
    for k in range(folds):
        train, test = fold != k, (fold == k) & (y == 1)
        w, b = calibration.fit(X[train], y[train], l2=l2, offset=start[train])
        recovered += list(calibration.sigmoid(X[test] @ w + b + start[test]))
    label_rate = float(np.mean(recovered)) if recovered else 1.0
    w, b = calibration.fit(X, y, l2=l2, offset=start)
    share = min(float(y.mean()) / label_rate, 0.99) if len(y) else 0.5
    shift = calibration.shift_to_mean(X @ w + b + start, share) if len(y) else 0.0
    return {
        "model": "confidence = sigmoid(logit(hand-set confidence) + sum of weight * cue + bias)",
        "weights": {name: round(float(v), 5) for name, v in zip(calibration.FEATURES, w)},
        "bias": round(b + shift, 5),
        "l2": l2,
        "label": "the event's PLOVER type is the type its story was written to show",
        "training_data": TRAINING_SET,
        "training_events": "asserted events in the first sentence of each story",
        "events": len(lead),
        "stories": len({e.record for e in lead}),
        "share_labelled_right": round(float(y.mean()), 4) if len(y) else None,
        "label_rate": round(label_rate, 4),
        "share_right_estimated": round(share, 4),
        "bias_shift": round(shift, 5),
    }


def _matrix(events: list[Labelled]) -> tuple[np.ndarray, np.ndarray]:
    names = calibration.FEATURES
    X = np.array([[e.cues[n] for n in names] for e in events], dtype=float).reshape(len(events), len(names))
    return X, np.array([e.right for e in events], dtype=float)


def write_model(model: dict, path: Path = MODEL_PATH) -> bool:
    """Write the model; an unchanged model keeps its file (and date) as it was. True if written."""
    if path.exists():
        old = json.loads(path.read_text(encoding="utf-8"))
        if {k: v for k, v in old.items() if k != "date"} == model:
            return False
    path.write_text(json.dumps({**model, "date": date.today().isoformat()}, indent=1, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="ngec_synthetic.jsonl")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"{args.data} not found: the confidence model was not rebuilt (the committed one stays)")
        return 0
    records = training_records(args.data)
    events = list(labelled_events(records))
    model = fit_model(events)
    changed = write_model(model, args.out)
    print(f"{len(records)} training stories, {model['events']} lead events ({model['share_labelled_right']:.1%} "
          f"labelled right, {model['share_right_estimated']:.1%} estimated right): "
          f"{args.out.name} {'written' if changed else 'unchanged'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
