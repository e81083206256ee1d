"""CSV: one row per event, the coded fields flattened for spreadsheets and GDELT-era tools."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import TextIO

COLUMNS = ("article_id", "published", "event_id", "event", "mode", "cameo", "quad", "score",
           "date", "date_precision", "actor", "actor_country", "actor_sector",
           "recipient", "recipient_country", "recipient_sector", "place", "place_country", "lat", "lon",
           "trigger", "trigger_start", "trigger_end", "reported_by", "negated", "hypothetical",
           "confidence", "title", "url")
# added where the events come from a store: the event's story and how many mentions and sources it has
STORY_COLUMNS = ("story", "mentions", "sources")


def _join(group, field) -> str:
    return "; ".join(str(a.get(field) or "") for a in group) if group else ""


def event_rows(article: dict) -> Iterator[dict]:
    """The events of one coded-article record as flat rows."""
    for ev in article.get("events", []):
        loc = ev.get("location") or {}
        rep = ev.get("reported_by") or {}
        actors, recips = ev.get("actor") or [], ev.get("recipient") or []
        yield {
            "article_id": article.get("id"), "published": article.get("published"),
            "event_id": ev["id"], "event": ev["event"], "mode": ev.get("mode"), "cameo": ev.get("cameo"),
            "quad": ev.get("quad"), "score": ev.get("score"),
            "date": ev["date"].get("value"), "date_precision": ev["date"].get("precision"),
            "actor": "; ".join(a.get("name") or a["text"] for a in actors),
            "actor_country": _join(actors, "country"), "actor_sector": _join(actors, "sector"),
            "recipient": "; ".join(a.get("name") or a["text"] for a in recips),
            "recipient_country": _join(recips, "country"), "recipient_sector": _join(recips, "sector"),
            "place": loc.get("name") or loc.get("text"), "place_country": loc.get("country"),
            "lat": loc.get("lat"), "lon": loc.get("lon"),
            "trigger": ev["trigger"]["text"], "trigger_start": ev["trigger"]["start"],
            "trigger_end": ev["trigger"]["end"],
            "reported_by": rep.get("name") or rep.get("text"),
            "negated": ev.get("negated"), "hypothetical": ev.get("hypothetical"),
            "confidence": ev.get("confidence"), "title": article.get("title"), "url": article.get("url"),
        }


def write_csv(articles: Iterable[dict], out: TextIO, extra: tuple[str, ...] = ()) -> int:
    """One row per event; ``extra`` names event fields to add as columns after the usual ones."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS + tuple(extra), extrasaction="ignore")
    writer.writeheader()
    n = 0
    for article in articles:
        events = article.get("events", [])
        for ev, row in zip(events, event_rows(article)):
            writer.writerow({**row, **{k: ev.get(k) for k in extra}})
            n += 1
    return n
