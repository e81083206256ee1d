"""Is a higher confidence more often right? A reliability table per development set.

Every asserted event (not negated, not hypothetical) coded from a gold record is *right* when a
gold event of that record has its PLOVER type (``--strict``: and, where both sides give an actor
country, the same country). Events are grouped by confidence; each row gives how many fall in
the bucket and the share that are right, for the shipped (learned) confidence and for the old
hand-set formula over the same events. Below each table: the rank correlation (Spearman) and the
AUC between confidence and being right, the share right in the top and bottom halves by
confidence, and the Brier score (mean squared error of confidence as a probability) of both.

Sets: the Wikinews dev gold (``python bench/gold/materialise.py``) and the ngec held-out split
(``python scripts/dev_splits.py``); a missing file is skipped with a message.

    .venv/bin/python bench/confidence.py [--strict] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SETS = {"wikinews dev": ROOT / "build" / "dev" / "wikinews_dev.jsonl",
        "ngec held-out": ROOT / "build" / "dev" / "ngec_heldout.jsonl"}
EDGES = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


def ranks(x: np.ndarray) -> np.ndarray:
    """Ranks from 1, ties sharing their mean rank."""
    order = np.argsort(x, kind="mergesort")
    r = np.empty(len(x))
    r[order] = np.arange(1, len(x) + 1)
    for v in np.unique(x):
        tie = x == v
        r[tie] = r[tie].mean()
    return r


def spearman(x: np.ndarray, y: np.ndarray) -> float | None:
    rx, ry = ranks(x), ranks(y)
    if rx.std() == 0 or ry.std() == 0:
        return None
    return float(np.corrcoef(rx, ry)[0, 1])


def auc(conf: np.ndarray, right: np.ndarray) -> float | None:
    """The chance that a right event has a higher confidence than a wrong one (ties count half)."""
    pos, neg = right.sum(), len(right) - right.sum()
    if not pos or not neg:
        return None
    return float((ranks(conf)[right].sum() - pos * (pos + 1) / 2) / (pos * neg))


def halves(conf: np.ndarray, right: np.ndarray) -> tuple[float, float]:
    """Share right among the more confident half of the events and among the less confident half."""
    order = np.argsort(-conf, kind="mergesort")
    top, bottom = order[: len(order) // 2], order[len(order) // 2:]
    return float(right[top].mean()), float(right[bottom].mean())


def table(conf: np.ndarray, right: np.ndarray) -> list[dict]:
    rows = []
    for lo, hi in zip(EDGES, EDGES[1:]):
        inside = (conf >= lo) & ((conf < hi) if hi < 1 else (conf <= hi))
        n = int(inside.sum())
        rows.append({"bucket": f"{lo:.1f}-{hi:.1f}", "events": n,
                     "right": round(float(right[inside].mean()), 3) if n else None})
    return rows


def summary(conf: np.ndarray, right: np.ndarray) -> dict:
    top, bottom = halves(conf, right)
    s, a = spearman(conf, right.astype(float)), auc(conf, right)
    return {"events": len(conf), "share_right": round(float(right.mean()), 3),
            "mean_confidence": round(float(conf.mean()), 3),
            "spearman": None if s is None else round(s, 3), "auc": None if a is None else round(a, 3),
            "right_top_half": round(top, 3), "right_bottom_half": round(bottom, 3),
            "brier": round(float(((conf - right) ** 2).mean()), 4), "table": table(conf, right)}


def measure(path: Path, strict: bool, extractor) -> dict:
    from wirecoder.annotate import calibration
    from wirecoder.eval.calibrate import labelled_events
    from wirecoder.eval.gold import read_gold

    records = [r for r in read_gold(path) if isinstance(r, dict)]
    events = list(labelled_events(records, extractor=extractor))
    right = np.array([e.right_strict if strict else e.right for e in events], dtype=bool)
    learned = np.array([e.confidence for e in events])
    hand = np.array([calibration.hand_set(e.cues) for e in events])
    return {"records": len(records), "learned": summary(learned, right), "hand_set": summary(hand, right)}


def show(name: str, r: dict) -> None:
    learned, hand = r["learned"], r["hand_set"]
    print(f"\n{name}: {r['records']} records, {learned['events']} asserted events, {learned['share_right']:.1%} right")
    print(f"{'confidence':<12}{'learned: events':>16}{'right':>8}{'hand-set: events':>19}{'right':>8}")
    for a, b in zip(learned["table"], hand["table"]):
        fa = f"{a['right']:.3f}" if a["right"] is not None else "-"
        fb = f"{b['right']:.3f}" if b["right"] is not None else "-"
        print(f"{a['bucket']:<12}{a['events']:>16}{fa:>8}{b['events']:>19}{fb:>8}")
    for key, label in (("spearman", "Spearman"), ("auc", "AUC"), ("right_top_half", "right, top half"),
                       ("right_bottom_half", "right, bottom half"), ("mean_confidence", "mean confidence"),
                       ("brier", "Brier")):
        print(f"  {label:<20}learned {learned[key]!s:>7}   hand-set {hand[key]!s:>7}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--strict", action="store_true", help="right also needs the actor country where gold gives one")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    present = {name: path for name, path in SETS.items() if path.exists()}
    for name, path in SETS.items():
        if name not in present:
            print(f"{name}: {path.relative_to(ROOT)} not found (see this script's docstring); skipped", file=sys.stderr)
    if not present:
        return 0
    from wirecoder.pipeline import Extractor

    extractor = Extractor()
    results = {name: measure(path, args.strict, extractor) for name, path in present.items()}
    if args.json:
        print(json.dumps(results, indent=1))
    else:
        for name, r in results.items():
            show(name, r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
