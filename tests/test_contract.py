"""The output contract on every example article: fields present, valid against the JSON
Schema, and every span's offsets giving back its text."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from wirecoder.ingest import read_inputs
from wirecoder.record import json_schema

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def coded(extractor):
    articles = {a.id: a for a in read_inputs([str(EXAMPLES)]) if not isinstance(a, Exception)}
    return [(articles[c.id].text, json.loads(json.dumps(c.to_dict())))
            for c in extractor.run(articles.values())]


def _spans(rec):
    for e in rec["events"]:
        yield e["trigger"]
        yield from e["actor"] + e["recipient"]
        for k in ("location", "reported_by"):
            if e[k]:
                yield e[k]
        if e["date"]["start"] is not None:
            yield e["date"]
    for q in rec["quotes"]:
        yield q
        if q["speaker"]:
            yield q["speaker"]
    yield from rec["places"] + rec["entities"]


def test_every_example_is_valid_against_the_schema(coded):
    validator = jsonschema.Draft202012Validator(json_schema())
    for _text, rec in coded:
        errors = list(validator.iter_errors(rec))
        assert not errors, errors[0]


def test_offsets_index_the_text(coded):
    n = 0
    for text, rec in coded:
        for span in _spans(rec):
            assert text[span["start"]:span["end"]] == span["text"], span
            n += 1
        for e in rec["events"]:
            s = e["sentence"]
            assert s["start"] <= e["trigger"]["start"] < e["trigger"]["end"] <= s["end"]
    assert n > 100


def test_examples_yield_events_of_many_types(coded):
    types = {e["event"] for _t, rec in coded for e in rec["events"]}
    assert len(types) >= 8, types
