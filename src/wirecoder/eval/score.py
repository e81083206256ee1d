"""Event metrics against gold: detection P/R/F1, type macro-F1, actor countries and sectors,
dyads, event location, and no-event false alarms. Predicted events that are negated or
hypothetical do not count as events (they are flagged, not asserted)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from wirecoder.eval.gold import code_countries, code_sectors


def live(events: list[dict]) -> list[dict]:
    return [e for e in events if not e.get("negated") and not e.get("hypothetical")]


def _countries(group) -> set[str]:
    return {a["country"] for a in group or [] if a.get("country")}


def _sectors(group) -> set[str]:
    return {a["sector"] for a in group or [] if a.get("sector")}


def _norm(s: str | None) -> str:
    return " ".join((s or "").lower().replace("the ", " ").split())


class Scorer:
    """Accumulates one gold record and its prediction at a time; ``result()`` gives the metrics."""

    def __init__(self):
        self.tp, self.fp, self.fn = Counter(), Counter(), Counter()
        self.c = Counter()
        self.lead: list[tuple[str, str | None]] = []

    def add(self, gold: dict, predicted: dict | None) -> None:
        preds = live((predicted or {}).get("events", []))
        golds = [e for e in gold.get("events", []) if e.get("plover")]
        self._lead(golds, preds)
        if not gold.get("events"):
            self.c["noevent_records"] += 1
            self.c["noevent_false_alarms"] += bool(preds)
            return
        self._types(golds, preds)
        for g in golds:
            self._roles(g, [p for p in preds if p["event"] == g["plover"]])
        for g in gold.get("events", []):
            self._location(gold, g, (predicted or {}).get("events", []))

    def _lead(self, golds, preds) -> None:
        """Story-level reading: the first asserted event in text order is the story's event."""
        if len({g["plover"] for g in golds}) != 1:
            return
        want = golds[0]["plover"]
        got = min(preds, key=lambda p: p["trigger"]["start"])["event"] if preds else None
        self.lead.append((want, got))

    def _types(self, golds, preds) -> None:
        G, P = {g["plover"] for g in golds}, {p["event"] for p in preds}
        for t in G | P:
            if t in G and t in P:
                self.tp[t] += 1
            elif t in P:
                self.fp[t] += 1
            else:
                self.fn[t] += 1

    def _roles(self, g: dict, same: list[dict]) -> None:
        gs, gt, gsec = code_countries(g.get("source_code")), code_countries(g.get("target_code")), code_sectors(g.get("source_code"))
        c = self.c
        if gs:
            c["dyad_n"] += 1
            c["dyad_ok"] += any(gs & _countries(p["actor"]) and (not gt or gt & _countries(p["recipient"])) for p in same)
        if not same:
            return
        if gs:
            c["src_n"] += 1
            c["src_ok"] += any(gs & _countries(p["actor"]) for p in same)
        if gt:
            c["tgt_n"] += 1
            c["tgt_ok"] += any(gt & _countries(p["recipient"]) for p in same)
        if gsec:
            c["sec_n"] += 1
            c["sec_ok"] += any(gsec & _sectors(p["actor"]) for p in same)

    def _location(self, gold: dict, g: dict, preds: list[dict]) -> None:
        spans = (g.get("extra") or {}).get("trigger_spans")
        if spans:
            s, e = spans[0]
            at = [p for p in preds if p["trigger"]["start"] < e and s < p["trigger"]["end"]]
        elif g.get("plover"):
            at = [p for p in live(preds) if p["event"] == g["plover"]]
        else:
            return
        if "location" not in g or (not spans and g.get("location") is None):
            return
        self.c["loc_n"] += 1
        if not at:
            self.c["loc_no_event"] += 1
            return
        self.c["loc_found"] += 1
        want = g.get("location")
        got = (at[0].get("location") or {})
        ok = (want is None and not got) or (want is not None and bool(got) and
                                              (_norm(got.get("text")) == _norm(want) or _norm(want) in _norm(got.get("text"))
                                               or _norm(got.get("text")) in _norm(want)))
        self.c["loc_ok"] += ok

    def result(self) -> dict:
        types = sorted(t for t in set(self.tp) | set(self.fn) if self.tp[t] + self.fn[t])
        per_type = {}
        for t in types:
            p = self.tp[t] / (self.tp[t] + self.fp[t]) if self.tp[t] + self.fp[t] else 0.0
            r = self.tp[t] / (self.tp[t] + self.fn[t])
            per_type[t] = {"precision": round(p, 3), "recall": round(r, 3),
                           "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
                           "gold": self.tp[t] + self.fn[t], "predicted": self.tp[t] + self.fp[t]}
        TP, FP, FN = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        P = TP / (TP + FP) if TP + FP else 0.0
        R = TP / (TP + FN) if TP + FN else 0.0
        c = self.c

        def ratio(a, b):
            return round(c[a] / c[b], 3) if c[b] else None

        return {
            "lead_event": _lead_scores(self.lead),
            "detection": {"precision": round(P, 3), "recall": round(R, 3),
                          "f1": round(2 * P * R / (P + R), 3) if P + R else 0.0},
            "type_macro_f1": round(sum(v["f1"] for v in per_type.values()) / len(per_type), 3) if per_type else None,
            "source_country_accuracy": ratio("src_ok", "src_n"),
            "target_country_accuracy": ratio("tgt_ok", "tgt_n"),
            "source_sector_accuracy": ratio("sec_ok", "sec_n"),
            "dyad_accuracy": ratio("dyad_ok", "dyad_n"),
            "location_accuracy": ratio("loc_ok", "loc_n"),
            "location_accuracy_where_event_found": ratio("loc_ok", "loc_found"),
            "noevent_false_alarm_rate": ratio("noevent_false_alarms", "noevent_records"),
            "counts": dict(c),
            "per_type": per_type,
        }


def _lead_scores(pairs: list[tuple[str, str | None]]) -> dict | None:
    """Accuracy and macro-F1 of one label per single-type record (the first event coded)."""
    if not pairs:
        return None
    labels = sorted({w for w, _ in pairs})
    f1s = []
    for t in labels:
        tp = sum(1 for w, g in pairs if w == t and g == t)
        fp = sum(1 for w, g in pairs if w != t and g == t)
        fn = sum(1 for w, g in pairs if w == t and g != t)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return {"records": len(pairs), "accuracy": round(sum(w == g for w, g in pairs) / len(pairs), 3),
            "macro_f1": round(sum(f1s) / len(f1s), 3), "no_event": sum(g is None for _, g in pairs)}


def score(gold: Iterable[dict], predictions: dict[str, dict]) -> dict:
    scorer = Scorer()
    for rec in gold:
        scorer.add(rec, predictions.get(rec["id"]))
    return scorer.result()
