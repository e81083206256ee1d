"""The evidence of a coded article as marked-up text: which words produced which field.

``marks`` lists every evidence span of a record (trigger, actor, recipient, place, date, quote,
speaker, other actors mentioned) with a label saying what it was coded as; ``segments`` cuts a
text at every mark boundary into pieces that each carry the kinds covering them, so nested and
overlapping spans (a name inside a quote) render as flat, valid markup. Both are plain data: the
article template and the "code a text" page's script render the same segments.
"""

from __future__ import annotations

# kind -> legend text, in the order the legend shows them
KINDS: dict[str, str] = {
    "trigger": "event trigger (the words coded as the event)",
    "actor": "actor (who did it)",
    "recipient": "recipient (to whom)",
    "entity": "other actor mentioned",
    "place": "place",
    "date": "date or time expression",
    "quote": "direct quote",
    "speaker": "speaker of a quote, or source of a report",
}


def _entity_label(role: str, e: dict) -> str:
    code = " ".join(x for x in (e.get("country"), e.get("sector")) if x)
    how = f", {e['how']}" if e.get("how") else ""
    name = e.get("name") or e.get("text") or ""
    return f"{role}: {name}" + (f" ({code}{how})" if code or how else "")


def _place_label(p: dict) -> str:
    where = ", ".join(x for x in (p.get("admin1"), p.get("country")) if x)
    return f"place: {p.get('name') or p.get('text')}" + (f" ({where})" if where else "")


def event_marks(ev: dict) -> list[dict]:
    """The evidence spans of one event record."""
    eid = ev.get("id")
    kind = ev.get("event", "?") + (f"/{ev['mode']}" if ev.get("mode") else "")
    flags = "".join(f", {f}" for f in ("negated", "hypothetical") if ev.get(f))
    out = [_mark(ev.get("trigger"), "trigger", f"event: {kind} (CAMEO {ev.get('cameo') or '-'}{flags})", eid)]
    out += [_mark(a, "actor", _entity_label("actor", a), eid) for a in ev.get("actor") or []]
    out += [_mark(a, "recipient", _entity_label("recipient", a), eid) for a in ev.get("recipient") or []]
    if ev.get("location"):
        out.append(_mark(ev["location"], "place", _place_label(ev["location"]), eid))
    d = ev.get("date") or {}
    if d.get("start") is not None:
        out.append(_mark(d, "date", f"date: {d.get('value')} ({d.get('precision')})", eid))
    if ev.get("reported_by"):
        out.append(_mark(ev["reported_by"], "speaker", _entity_label("reported by", ev["reported_by"]), eid))
    return [m for m in out if m]


def marks(record: dict) -> list[dict]:
    """Every evidence span of a coded-article record, each kind of span once per place."""
    found: dict[tuple, dict] = {}

    def add(m: dict | None) -> None:
        if not m:
            return
        key = (m["start"], m["end"], m["kind"])
        if key in found:
            old = found[key]
            old["events"] += [e for e in m["events"] if e not in old["events"]]
            if m["label"] not in old["label"].split(" · "):
                old["label"] += " · " + m["label"]
        else:
            found[key] = m

    for ev in record.get("events") or []:
        for m in event_marks(ev):
            add(m)
    for q in record.get("quotes") or []:
        speaker = q.get("speaker")
        who = (speaker.get("name") or speaker.get("text")) if speaker else "unknown speaker"
        add(_mark(q, "quote", f"quote by {who}" + (f" ({q['cue']})" if q.get("cue") else ""), None))
        if speaker:
            add(_mark(speaker, "speaker", _entity_label("speaker", speaker), None))
    coded = {(m["start"], m["end"]) for m in found.values() if m["kind"] in ("actor", "recipient", "place")}
    for p in record.get("places") or []:
        if (p.get("start"), p.get("end")) not in coded:
            add(_mark(p, "place", _place_label(p), None))
    for e in record.get("entities") or []:
        if (e.get("start"), e.get("end")) not in coded:
            add(_mark(e, "entity", _entity_label("mentioned", e), None))
    return sorted(found.values(), key=lambda m: (m["start"], -m["end"], m["kind"]))


def _mark(span: dict | None, kind: str, label: str, event_id: str | None) -> dict | None:
    if not span:
        return None
    start, end = span.get("start"), span.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or start < 0 or end <= start:
        return None
    return {"start": start, "end": end, "kind": kind, "label": label, "events": [event_id] if event_id else []}


def segments(text: str, marks: list[dict], offset: int = 0) -> list[dict]:
    """``text`` (which starts at ``offset`` of the article) cut into pieces ``{text, kinds, title, events}``.

    Marks reaching outside the text are clipped; marks wholly outside are ignored.
    """
    n = len(text)
    spans = [(max(m["start"] - offset, 0), min(m["end"] - offset, n), m) for m in marks]
    spans = [s for s in spans if s[0] < s[1]]
    cuts = sorted({0, n, *(s[0] for s in spans), *(s[1] for s in spans)})
    starting: dict[int, list] = {}
    for s in spans:
        starting.setdefault(s[0], []).append(s)
    active: list[tuple] = []
    out: list[dict] = []
    for a, b in zip(cuts, cuts[1:]):
        active = [s for s in active if s[1] > a] + starting.get(a, [])
        kinds = sorted({s[2]["kind"] for s in active}, key=list(KINDS).index)
        events = list(dict.fromkeys(e for s in active for e in s[2]["events"]))
        labels = list(dict.fromkeys(s[2]["label"] for s in active))
        out.append({"text": text[a:b], "kinds": kinds, "title": "\n".join(labels), "events": events})
    return out


def legend() -> list[dict]:
    return [{"kind": k, "label": v} for k, v in KINDS.items()]


def article_view(record: dict, text: str) -> dict:
    """A coded article as a page: the record, its text cut into marked segments, the legend."""
    found = marks(record)
    return {"article": {k: record.get(k) for k in ("id", "title", "url", "published", "source")},
            "text": text, "events": record.get("events") or [], "quotes": record.get("quotes") or [],
            "places": record.get("places") or [], "entities": record.get("entities") or [],
            "marks": found, "segments": segments(text, found), "legend": legend()}
