"""A learned confidence for coded events: cheap cues read off an event as it is assembled, the
hand-set formula over them as a starting point, and a logistic regression that corrects it,
whose weights ship in ``data/events/confidence_model.json``.

The weights are fitted by ``python -m wirecoder.eval.calibrate`` (``make model``); nothing is
trained at import time. Without the weights file, ``events.confidence`` falls back to the hand-set
formula.
"""

from __future__ import annotations

import json
import logging
import math
from functools import lru_cache
from importlib import resources

import numpy as np

from wirecoder.lexicon.triggers import Trigger, TriggerTable
from wirecoder.nlp.extensions import ActorMention, EventMention
from wirecoder.record.ontology import quad_class

log = logging.getLogger(__name__)

MODEL_FILE = "confidence_model.json"
# the cues, in the order of the weights; each is a number (mostly 0/1) known when an event is assembled
FEATURES = (
    "prior",  # the trigger row's prior (triggers.tsv)
    "verb_with",  # a verb row that needs a particle or preposition ("call on", "crack down on")
    "verb_object",  # a verb row that needs a given object ("impose sanctions")
    "noun_light",  # an event noun under any light verb ("launched an attack")
    "noun_governed",  # an event noun under a verb its row names ("the ban imposed by")
    "ambiguous",  # the lemma has rows of more than one type
    "actor_country",  # an actor coded with a country
    "actor_sector_only",  # an actor coded with a sector but no country
    "actor_uncoded",  # an actor named but carrying no code
    "recipient_country",
    "recipient_sector_only",
    "recipient_uncoded",
    "recipient_needed_missing",  # COOPERATE, AID, SANCTION with no coded recipient
    "dyad_same_country",  # actor and recipient coded with the same country
    "reported",  # reported second hand ("X said Y attacked Z") or inside a quote
    "recoded",  # the type was changed by a rule (officials gathering, force used of words, future)
    "date_in_text",  # the event's date comes from the text, not the publication date
    "location",  # the event has a place
    "main_clause",  # the trigger heads its sentence
    "passive",  # the trigger verb is passive
    "sentence_tokens",  # sentence length / 40, capped at 2
    "material",  # material (quad 2 or 4) rather than verbal event
    "conflict",  # conflict (quad 3 or 4) rather than cooperation
)
NEEDS_RECIPIENT = {"COOPERATE", "AID", "SANCTION"}


def _coding(group: list[ActorMention]) -> tuple[float, float, float]:
    """(has a country, has a sector only, named but uncoded) for an actor or recipient group."""
    if any(m.entity.country for m in group):
        return 1.0, 0.0, 0.0
    if any(m.entity.sector for m in group):
        return 0.0, 1.0, 0.0
    return 0.0, 0.0, float(bool(group))


def cues(row: Trigger, ev: EventMention, table: TriggerTable | None = None) -> dict[str, float]:
    """The calibration cues of an event just assembled from trigger ``row``."""
    head = ev.trigger.root
    sent = head.sent
    rows = (table.verbs if row.pos == "verb" else table.nouns).get(row.lemma, []) if table else []
    actor, recipient = _coding(ev.actor), _coding(ev.recipient)
    a_countries = {m.entity.country for m in ev.actor if m.entity.country}
    r_countries = {m.entity.country for m in ev.recipient if m.entity.country}
    quad = quad_class(ev.event)
    return {
        "prior": row.prior,
        "verb_with": float(row.pos == "verb" and bool(row.with_)),
        "verb_object": float(row.pos == "verb" and bool(row.objects - {"@actor", "-"})),
        "noun_light": float(row.pos == "noun" and "*" in row.objects),
        "noun_governed": float(row.pos == "noun" and "*" not in row.objects),
        "ambiguous": float(len({r.type for r in rows}) > 1),
        "actor_country": actor[0], "actor_sector_only": actor[1], "actor_uncoded": actor[2],
        "recipient_country": recipient[0], "recipient_sector_only": recipient[1], "recipient_uncoded": recipient[2],
        "recipient_needed_missing": float(ev.event in NEEDS_RECIPIENT and not (recipient[0] or recipient[1])),
        "dyad_same_country": float(bool(a_countries & r_countries)),
        "reported": float(ev.reported_by is not None),
        "recoded": float(len(ev.evidence) > 1 and ev.event != row.type),
        "date_in_text": float(ev.date is not None and ev.date.span is not None),
        "location": float(ev.location is not None),
        "main_clause": float(head.dep_ == "ROOT"),
        "passive": float(any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children)),
        "sentence_tokens": min(len(sent) / 40, 2.0),
        "material": float(quad in (2, 4)),
        "conflict": float(quad in (3, 4)),
    }


def hand_set(c: dict[str, float], event_type: str | None = None) -> float:
    """The hand-set confidence (used when no weights are shipped): the trigger's prior, raised by
    coded actors and recipients, lowered when a needed recipient is missing or the event is
    reported second hand."""
    p = c["prior"]
    if c["actor_country"] or c["actor_sector_only"]:
        p += (1 - p) * 0.35
    else:
        p *= 0.7
    if c["recipient_country"] or c["recipient_sector_only"]:
        p += (1 - p) * 0.2
    elif c["recipient_needed_missing"]:
        p *= 0.7
    if c["reported"]:
        p *= 0.95
    return round(min(max(p, 0.01), 0.99), 3)


def logit(p: float) -> float:
    return math.log(p / (1 - p))


class Calibrator:
    """The hand-set confidence corrected by a logistic regression over ``FEATURES``:
    confidence = sigmoid(logit(hand_set) + w · x + bias)."""

    def __init__(self, features: tuple[str, ...], weights: list[float], bias: float, meta: dict | None = None):
        if len(features) != len(weights):
            raise ValueError("the model needs one weight per feature")
        self.features = tuple(features)
        self.weights = np.asarray(weights, dtype=float)
        self.bias = float(bias)
        self.meta = meta or {}

    @classmethod
    def from_dict(cls, d: dict) -> "Calibrator":
        """From the JSON form, where ``weights`` maps each cue to its weight."""
        return cls(tuple(d["weights"]), list(d["weights"].values()), d["bias"], d)

    def vector(self, c: dict[str, float]) -> np.ndarray:
        return np.array([c.get(name, 0.0) for name in self.features], dtype=float)

    def __call__(self, c: dict[str, float]) -> float:
        z = logit(hand_set(c)) + float(self.vector(c) @ self.weights) + self.bias
        return round(min(max(1 / (1 + math.exp(-z)), 0.01), 0.99), 3)


@lru_cache(maxsize=1)
def shipped() -> Calibrator | None:
    """The shipped calibrator, read once; None (hand-set confidence) when the file is missing."""
    try:
        text = resources.files("wirecoder.data").joinpath("events", MODEL_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        log.info("no %s: events get the hand-set confidence", MODEL_FILE)
        return None
    model = Calibrator.from_dict(json.loads(text))
    unknown = set(model.features) - set(FEATURES)
    if unknown:
        log.warning("%s names unknown cues %s: using the hand-set confidence", MODEL_FILE, sorted(unknown))
        return None
    return model


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-z))


def fit(X: np.ndarray, y: np.ndarray, l2: float = 1.0, offset: np.ndarray | None = None,
        iterations: int = 50) -> tuple[np.ndarray, float]:
    """Weights and bias of an L2-penalised logistic regression, by Newton's method from zero
    (deterministic: same data, same weights). ``offset`` is a fixed term added to each score;
    the bias is not penalised."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, k = X.shape
    o = np.zeros(n) if offset is None else np.asarray(offset, dtype=float)
    A = np.hstack([X, np.ones((n, 1))])
    w = np.zeros(k + 1)
    penalty = np.full(k + 1, float(l2))
    penalty[-1] = 0.0
    for _ in range(iterations):
        p = sigmoid(A @ w + o)
        grad = A.T @ (p - y) + penalty * w
        hess = (A * (p * (1 - p))[:, None]).T @ A + np.diag(penalty) + 1e-9 * np.eye(k + 1)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return w[:-1], float(w[-1])


def shift_to_mean(z: np.ndarray, target: float) -> float:
    """The amount to add to every score ``z`` so that the mean of sigmoid(z + shift) is ``target``."""
    lo, hi = -20.0, 20.0
    for _ in range(80):
        mid = (lo + hi) / 2
        if float(np.mean(sigmoid(z + mid))) < target:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2
