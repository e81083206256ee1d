"""Event confidence: the shipped calibrator is loaded and used, resolving the roles raises it,
training is deterministic, and without the weights file the hand-set formula takes over."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from wirecoder.annotate import calibration
from wirecoder.eval import calibrate

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "calibration_gold.jsonl"
ROOT = Path(__file__).resolve().parents[2]


def _live(events):
    return [e for e in events if not e["negated"] and not e["hypothetical"]]


def _cues(**on) -> dict[str, float]:
    base = {name: 0.0 for name in calibration.FEATURES}
    base.update(prior=0.8, main_clause=1.0, sentence_tokens=0.4, material=1.0, conflict=1.0)
    return {**base, **on}


def test_the_shipped_model_loads():
    model = calibration.shipped()
    assert model is not None
    assert set(model.features) <= set(calibration.FEATURES)
    assert model.meta["training_data"] and model.meta["date"]
    assert 0 < model(_cues()) < 1


def test_zero_weights_give_the_hand_set_confidence():
    neutral = calibration.Calibrator(calibration.FEATURES, [0.0] * len(calibration.FEATURES), 0.0)
    for cues in (_cues(), _cues(actor_country=1.0), _cues(prior=0.4, reported=1.0)):
        assert neutral(cues) == calibration.hand_set(cues)


def test_the_shipped_model_sets_the_confidence(code, monkeypatch):
    for bias, expected in ((-50.0, 0.01), (50.0, 0.99)):
        fixed = calibration.Calibrator(calibration.FEATURES, [0.0] * len(calibration.FEATURES), bias)
        monkeypatch.setattr(calibration, "shipped", lambda: fixed)
        (ev,) = _live(code("Russia attacked Ukraine on Monday.")["events"])
        assert ev["confidence"] == expected


def test_coded_roles_score_higher_than_nothing_resolved():
    model = calibration.shipped()
    resolved = _cues(actor_country=1.0, recipient_country=1.0)
    nothing = _cues()
    assert model(resolved) > model(nothing)
    assert model(_cues(actor_country=1.0)) > model(_cues(actor_uncoded=1.0))


@pytest.mark.parametrize("coded,unresolved", [
    ("Russia attacked Ukraine on Monday.", "They attacked the convoy on Monday."),
    ("Moscow expelled two Estonian diplomats on Tuesday.", "They expelled two people on Tuesday."),
])
def test_coded_events_are_more_confident_than_unresolved_ones(code, coded, unresolved):
    (a,) = _live(code(coded)["events"])
    (b,) = _live(code(unresolved)["events"])
    assert a["event"] == b["event"]
    assert a["confidence"] > b["confidence"]


def test_min_confidence_drops_the_less_confident(extractor):
    from wirecoder.config import Options
    from wirecoder.ingest.base import ReadOptions, make_article
    from wirecoder.pipeline import Extractor

    text = "Russia attacked Ukraine on Monday. He attacked them on Tuesday."
    article = make_article(text, "<test>", ReadOptions(published="2021-03-10"))
    (coded,) = list(extractor.run([article]))
    low, high = sorted(e.confidence for e in coded.events)
    strict = Extractor.__new__(Extractor)
    strict.__dict__.update(extractor.__dict__, options=Options(min_confidence=(low + high) / 2))
    (kept,) = list(strict.run([article]))
    assert [e.confidence for e in kept.events] == [high]


def test_without_the_weights_file_the_hand_set_formula_is_used(code, monkeypatch):
    calibration.shipped.cache_clear()
    try:
        with monkeypatch.context() as m:
            m.setattr(calibration, "MODEL_FILE", "no_such_model.json")
            assert calibration.shipped() is None
            m.setattr(calibration, "hand_set", lambda cues: 0.321)
            (ev,) = _live(code("Russia attacked Ukraine on Monday.")["events"])
            assert ev["confidence"] == 0.321
    finally:
        calibration.shipped.cache_clear()
    assert calibration.shipped() is not None


def test_the_hand_set_formula():
    assert calibration.hand_set(_cues(prior=0.8)) == round(0.8 * 0.7, 3)
    assert calibration.hand_set(_cues(prior=0.8, actor_country=1.0, recipient_country=1.0)) == \
        round((0.8 + 0.2 * 0.35) + (1 - (0.8 + 0.2 * 0.35)) * 0.2, 3)


def test_fit_finds_the_signal_and_is_deterministic():
    rng = np.random.default_rng(3)
    X = rng.integers(0, 2, size=(400, 3)).astype(float)
    y = (rng.random(400) < np.where(X[:, 0] == 1, 0.9, 0.2)).astype(float)
    w1, b1 = calibration.fit(X, y)
    w2, b2 = calibration.fit(X, y)
    assert np.array_equal(w1, w2) and b1 == b2
    assert w1[0] > 2 and abs(w1[1]) < 0.5 and abs(w1[2]) < 0.5


def test_training_is_deterministic(tmp_path, extractor):
    records = calibrate.training_records(FIXTURE)
    assert 0 < len(records) <= 10
    models = [calibrate.fit_model(list(calibrate.labelled_events(records, extractor=extractor))) for _ in range(2)]
    assert models[0] == models[1]
    out = tmp_path / "model.json"
    assert calibrate.write_model(models[0], out)
    first = out.read_bytes()
    assert not calibrate.write_model(models[1], out)
    assert out.read_bytes() == first
    assert calibration.Calibrator.from_dict(json.loads(first))(_cues()) > 0


def test_make_model_skips_without_data(tmp_path, capsys):
    out = tmp_path / "model.json"
    assert calibrate.main(["--data", str(tmp_path / "missing.jsonl"), "--out", str(out)]) == 0
    assert not out.exists() and "not found" in capsys.readouterr().out


def test_training_excludes_the_held_out_split():
    spec = importlib.util.spec_from_file_location("dev_splits", ROOT / "scripts" / "dev_splits.py")
    dev_splits = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dev_splits)
    for i in range(200):
        rec = {"id": f"r{i}", "meta": {"headline_template": f"{{country_1}} story number {i}"}}
        assert calibrate.heldout(rec) == dev_splits.heldout(rec["meta"]["headline_template"])
