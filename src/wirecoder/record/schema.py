"""The JSON Schema of the output contract (``wirecoder schema`` prints it)."""

from __future__ import annotations

from wirecoder.record.ontology import EVENT_TYPES

_INT_OR_NULL = {"type": ["integer", "null"]}
_STR_OR_NULL = {"type": ["string", "null"]}


def _span(extra: dict | None = None, required=("text", "start", "end")) -> dict:
    props = {
        "text": {"type": "string"},
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 0},
    }
    props.update(extra or {})
    return {"type": "object", "required": list(required), "properties": props}


ENTITY = _span(
    {
        "name": _STR_OR_NULL,
        "country": {"type": ["string", "null"], "pattern": "^[A-Z]{3}$",
                    "description": "ISO 3166-1 alpha-3, or IGO, UNO, EUR, NGO, IMG, ISM, MNC"},
        "sector": {"type": ["string", "null"], "description": "PLOVER sector code (GOV, MIL, COP, ...)"},
        "how": {"type": ["string", "null"], "description": "how the code was decided"},
        "kind": _STR_OR_NULL,
    },
    required=("text", "start", "end", "name", "country", "sector", "how"),
)

PLACE = _span(
    {
        "name": _STR_OR_NULL,
        "geonameid": _INT_OR_NULL,
        "lat": {"type": ["number", "null"]},
        "lon": {"type": ["number", "null"]},
        "country": _STR_OR_NULL,
        "admin1": _STR_OR_NULL,
        "feature": _STR_OR_NULL,
        "confidence": {"type": ["number", "null"]},
        "how": _STR_OR_NULL,
    },
    required=("text", "start", "end", "name", "geonameid", "lat", "lon", "country"),
)

DATE = {
    "type": "object",
    "required": ["value", "precision", "text", "start", "end"],
    "properties": {
        "value": {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "precision": {"enum": ["day", "week", "month", "year", "published", "unknown"]},
        "text": _STR_OR_NULL,
        "start": _INT_OR_NULL,
        "end": _INT_OR_NULL,
    },
}

EVENT = {
    "type": "object",
    "required": ["id", "event", "mode", "cameo", "quad", "score", "actor", "recipient", "location",
                 "date", "trigger", "sentence", "reported_by", "negated", "hypothetical", "confidence"],
    "properties": {
        "id": {"type": "string"},
        "event": {"enum": list(EVENT_TYPES)},
        "mode": _STR_OR_NULL,
        "cameo": _STR_OR_NULL,
        "quad": {"type": "integer", "minimum": 1, "maximum": 4},
        "score": {"type": "number"},
        "actor": {"type": "array", "items": ENTITY},
        "recipient": {"type": "array", "items": ENTITY},
        "location": {"oneOf": [PLACE, {"type": "null"}]},
        "date": DATE,
        "trigger": _span(),
        "sentence": {"type": "object", "required": ["start", "end"],
                     "properties": {"start": {"type": "integer"}, "end": {"type": "integer"}}},
        "reported_by": {"oneOf": [ENTITY, {"type": "null"}]},
        "negated": {"type": "boolean"},
        "hypothetical": {"type": "boolean"},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "context": {"type": "array", "items": {"type": "string"}},
        "evidence": {"type": "array", "items": {"type": "string"}},
    },
}

QUOTE = _span({"speaker": {"oneOf": [ENTITY, {"type": "null"}]}, "cue": _STR_OR_NULL},
              required=("text", "start", "end", "speaker", "cue"))

ARTICLE = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "wirecoder coded article",
    "description": "One line of `wirecoder extract --format jsonl`. Offsets are [start, end) "
                   "character offsets into the article text as given.",
    "type": "object",
    "required": ["id", "title", "url", "published", "events", "quotes", "places", "entities"],
    "properties": {
        "id": {"type": "string"},
        "title": _STR_OR_NULL,
        "url": _STR_OR_NULL,
        "published": {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "events": {"type": "array", "items": EVENT},
        "quotes": {"type": "array", "items": QUOTE},
        "places": {"type": "array", "items": PLACE},
        "entities": {"type": "array", "items": ENTITY},
    },
}


def json_schema() -> dict:
    return ARTICLE
