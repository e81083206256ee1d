"""Aggregates and the overview page: events per day per type, top dyads, top places, top actors.

The overview is the aggregates side by side for one filter (a timeline, a map, the top actors and
dyads); each aggregate is also its own list under ``/api/aggregates/`` with CSV and JSON lines.
"""

from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse

from wirecoder.store import Store, browse
from wirecoder.web import links, render
from wirecoder.web.listing import add_list, get_store
from wirecoder.web.params import event_filter, query_of

router = APIRouter(tags=["aggregates"])

TOP = 10  # actors and dyads on the overview


@dataclass(frozen=True)
class TopQuery:
    """An events filter, how many rows to return, and by what (dyads: country or name;
    timeline: day, month or year)."""

    events: browse.BrowseFilter
    limit: int
    by: str = ""

    def params(self) -> dict:
        key = "unit" if self.by in browse.TIMELINE_UNITS else "by"
        return {**query_of(self.events), **({"limit": str(self.limit)} if self.limit else {}),
                **({key: self.by} if self.by else {})}


def top_query(f: browse.BrowseFilter = Depends(event_filter),
              limit: Annotated[int, Query(ge=1, le=10_000, description="Rows to return.")] = 500) -> TopQuery:
    """Top places (dependency)."""
    return TopQuery(f, limit)


def timeline_query(f: browse.BrowseFilter = Depends(event_filter),
                   unit: Annotated[Literal["day", "month", "year"], Query(description="Period of each row.")] = "day",
                   ) -> TopQuery:
    """The timeline (dependency)."""
    return TopQuery(f, 0, unit)


def dyad_query(f: browse.BrowseFilter = Depends(event_filter),
               by: Annotated[Literal["country", "name"], Query(description="Pair countries or actor names.")] = "country",
               limit: Annotated[int, Query(ge=1, le=10_000, description="Rows to return.")] = 20) -> TopQuery:
    """Top dyads (dependency)."""
    return TopQuery(f, limit, by)


def _aggregate(name: str, params: dict, rows: list[dict]) -> dict:
    path = f"/api/aggregates/{name}"
    return {"filter": params, "rows": rows,
            "links": {"json": links.with_query(path, params), "csv": links.with_query(f"{path}.csv", params),
                      "jsonl": links.with_query(f"{path}.jsonl", params)}}


def timeline_rows(store: Store, tq: TopQuery) -> list[dict]:
    return browse.timeline(store, tq.events, tq.by)


def dyad_rows(store: Store, tq: TopQuery) -> list[dict]:
    return browse.dyads(store, tq.events, by=tq.by, limit=tq.limit)


def place_rows(store: Store, tq: TopQuery) -> list[dict]:
    return browse.top_places(store, tq.events, limit=tq.limit)


add_list(router, "/aggregates/timeline", query=timeline_query, paged=False, template=None,
         compute=lambda store, tq, _p: _aggregate("timeline", tq.params(), timeline_rows(store, tq)),
         rows=timeline_rows, summary="Events per day (or month, or year) per type")
add_list(router, "/aggregates/dyads", query=dyad_query, paged=False, template=None,
         compute=lambda store, tq, _p: _aggregate("dyads", tq.params(), dyad_rows(store, tq)),
         rows=dyad_rows, summary="Top actor → recipient pairs")
add_list(router, "/aggregates/places", query=top_query, paged=False, template=None,
         compute=lambda store, tq, _p: _aggregate("places", tq.params(), place_rows(store, tq)),
         rows=place_rows, summary="Where the events happened, most events first")


def overview(store: Store, f: browse.BrowseFilter) -> dict:
    """The overview: counts, the timeline, the map's places, the top actors and dyads for a filter."""
    params = query_of(f)
    first, last = browse.date_range(store, f)
    unit = browse.timeline_unit(first, last)
    return {"title": "Overview", "filter": params, "counts": store.counts(),
            "events": browse.count_events(store, f), "first": first, "last": last,
            "unit": unit, "timeline": browse.timeline(store, f, unit),
            "places": browse.top_places(store, f, limit=1000),
            "actors": browse.actors(store, f, browse.ListQuery(limit=TOP)),
            "dyads": browse.dyads(store, f, by="country", limit=TOP),
            "links": {"html": links.with_query("/", params), "json": links.with_query("/api/overview", params),
                      "events": links.with_query("/events", params)}}


@router.get("/api/overview", summary="Counts, timeline, places, top actors and dyads for a filter")
def api_overview(f: browse.BrowseFilter = Depends(event_filter), store: Store = Depends(get_store)) -> JSONResponse:
    return render.as_json(overview(store, f))


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def html_overview(request: Request, f: browse.BrowseFilter = Depends(event_filter),
                  store: Store = Depends(get_store)) -> HTMLResponse:
    return render.html(request, "overview.html", overview(store, f))

