"""Events: the filterable table (and its downloads), and one event with its evidence and its reports."""

import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from weakref import WeakKeyDictionary

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse

from wirecoder.export.csv import COLUMNS, event_rows
from wirecoder.store import Store, browse
from wirecoder.web import highlight, links, render
from wirecoder.web.listing import add_list, get_store, list_page
from wirecoder.web.params import NotFound, Page, event_filter, paged, query_of

router = APIRouter(tags=["events"])


# the total and the page are two queries over the same filter; run side by side on two
# connections, a page of a large store answers in the time of the slower one
_counting = ThreadPoolExecutor(max_workers=4, thread_name_prefix="wirecoder-count")
_totals: WeakKeyDictionary[Store, browse.EventTotals] = WeakKeyDictionary()
_totals_lock = threading.Lock()


def event_totals(store: Store) -> browse.EventTotals:
    """The store's remembered totals (one per store, made on first use)."""
    with _totals_lock:
        if store not in _totals:
            _totals[store] = browse.EventTotals(store)
        return _totals[store]


def events_page(store: Store, f: browse.BrowseFilter, p: Page) -> dict:
    """One page of events for a filter, with the total and the links around it."""
    params = query_of(f)
    counted = _counting.submit(event_totals(store).count, store, f)
    rows = browse.events(store, paged(f, p))
    total = counted.result()
    return list_page("Events", "/events", params, total, rows, p)


def all_events(store: Store, f: browse.BrowseFilter) -> Iterator[dict]:
    return browse.iter_events(store, f)


def flat_events(rows: Iterable[dict]) -> Iterator[dict]:
    """Event rows flattened for CSV, the same columns as ``wirecoder export --format csv``."""
    for r in rows:
        yield from event_rows({**r["article"], "events": [r]})


add_list(router, "/events", query=event_filter, compute=events_page, rows=all_events, template="events.html",
         summary="Events matching the filters", csv_rows=flat_events, columns=COLUMNS)


def event_page(store: Store, event_id: str) -> dict:
    """One event: its coded fields, its sentence with the evidence marked, and the other reports of it."""
    found = browse.event_reports(store, event_id)
    if found is None:
        raise NotFound(f"no event {event_id!r}")
    ev = found["event"]
    sentence = ev.get("sentence") or {}
    text = ev.get("sentence_text") or ""
    return {"title": f"{ev['event']} event {ev['id']}", "event": ev, "reports": found["reports"],
            "segments": highlight.segments(text, highlight.event_marks(ev), sentence.get("start") or 0),
            "links": {"html": links.event_url(ev["id"]), "json": links.event_url(ev["id"], api=True),
                      "article": links.article_url(ev["article"]["id"]) + f"#ev-{ev['id']}"}}


@router.get("/api/events/{event_id:path}", summary="One event, its evidence and the other articles reporting it")
def api_event(event_id: str, store: Store = Depends(get_store)) -> JSONResponse:
    return render.as_json(event_page(store, event_id))


@router.get("/events/{event_id:path}", response_class=HTMLResponse, include_in_schema=False)
def html_event(request: Request, event_id: str, store: Store = Depends(get_store)) -> HTMLResponse:
    return render.html(request, "event.html", event_page(store, event_id))
