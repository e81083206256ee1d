"""Readable terminal output (Rich tables) for the CLI: events, stored events, scores, rows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.console import Console
from rich.table import Table


def _who(group) -> str:
    parts = []
    for a in group or []:
        code = "/".join(x for x in (a.get("country"), a.get("sector")) if x)
        parts.append(f"{a.get('name') or a['text']}" + (f" [{code}]" if code else ""))
    return "; ".join(parts) or "-"


def _when(date: dict) -> str:
    if not date or not date.get("value"):
        return "-"
    return date["value"] + ("" if date.get("precision") == "day" else f" ({date.get('precision')})")


def _where(loc) -> str:
    if not loc:
        return "-"
    return f"{loc.get('name') or loc['text']}" + (f" [{loc['country']}]" if loc.get("country") else "")


def _flags(ev: dict) -> str:
    flags = [f for f in ("negated", "hypothetical") if ev.get(f)]
    return f" ({', '.join(flags)})" if flags else ""


def _events_table(title: str) -> Table:
    table = Table(title=title, show_lines=True, expand=True)
    for name, ratio in (("event", 1), ("actor", 2), ("recipient", 2), ("place", 1), ("date", 1), ("sentence", 5)):
        table.add_column(name, ratio=ratio, overflow="fold")
    return table


def _sentence(text: str, ev: dict) -> str:
    s, e = ev["sentence"]["start"], ev["sentence"]["end"]
    return " ".join(text[s:e].split())


def print_events_table(console: Console, coded: Iterable[tuple[dict, str]]) -> None:
    """One table per article: type, actors, recipient, place, date and the sentence."""
    for rec, text in coded:
        title = f"{rec.get('title') or rec['id']} ({rec.get('published') or 'no date'})"
        if not rec["events"]:
            console.print(f"[bold]{title}[/bold]: no events")
            continue
        table = _events_table(title)
        for ev in rec["events"]:
            table.add_row(f"{ev['event']}{_flags(ev)}\n{ev.get('cameo') or ''}", _who(ev["actor"]),
                          _who(ev["recipient"]), _where(ev.get("location")), _when(ev["date"]), _sentence(text, ev))
        console.print(table)


def _story(ev: dict) -> str:
    """Story id, mentions and sources, one to a line, for events read from a store."""
    if ev.get("story") is None:
        return ""
    return f"\nstory {ev['story']}\n{ev.get('mentions')} mentions\n{ev.get('sources')} sources"


def print_stored_events(console: Console, rows: Sequence[dict]) -> None:
    table = _events_table(f"{len(rows)} {'stories' if rows and 'outlets' in rows[0] else 'events'}")
    for ev in rows:
        table.add_row(f"{ev['event']}{_flags(ev)}\n{ev.get('cameo') or ''}{_story(ev)}", _who(ev["actor"]),
                      _who(ev["recipient"]), _where(ev.get("location")), _when(ev["date"]),
                      " ".join((ev.get("sentence_text") or "").split()))
    console.print(table)


def print_scores(console: Console, name: str, res: dict) -> None:
    det = res["detection"]
    table = Table(title=f"{name}: {res['counts'].get('records', '?')} records", show_header=False)
    table.add_column("metric")
    table.add_column("value", justify="right")
    rows = [("event detection P / R / F1", f"{det['precision']} / {det['recall']} / {det['f1']}"),
            ("event-type macro-F1", res["type_macro_f1"]),
            ("dyad accuracy", res["dyad_accuracy"]),
            ("source country accuracy", res["source_country_accuracy"]),
            ("target country accuracy", res["target_country_accuracy"]),
            ("source sector accuracy", res["source_sector_accuracy"]),
            ("event location accuracy", res["location_accuracy"]),
            ("no-event records given an event", res["noevent_false_alarm_rate"])]
    lead = res.get("lead_event")
    if lead:
        rows.append(("first event = story label: accuracy / macro-F1", f"{lead['accuracy']} / {lead['macro_f1']}"))
    for k, v in rows:
        table.add_row(k, "-" if v is None else str(v))
    console.print(table)
    if res["per_type"]:
        per = Table(title="per type")
        for col in ("type", "gold", "predicted", "precision", "recall", "f1"):
            per.add_column(col, justify="left" if col == "type" else "right")
        for t, v in res["per_type"].items():
            per.add_row(t, *(str(v[k]) for k in ("gold", "predicted", "precision", "recall", "f1")))
        console.print(per)


def print_rows(console: Console, rows: Sequence[dict], columns: Sequence[str]) -> None:
    table = Table()
    for c in columns:
        table.add_column(c)
    for r in rows:
        table.add_row(*("" if r.get(c) is None else str(r.get(c)) for c in columns))
    console.print(table)
