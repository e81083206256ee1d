"""Actors: who appears in the events (with their codes), and one actor's events over time and dyads."""

from dataclasses import replace

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse

from wirecoder.store import Store, browse
from wirecoder.web import links, render
from wirecoder.web.listing import add_list, get_store, list_page
from wirecoder.web.params import NotFound, ActorQuery, Page, actor_query, event_filter, paged, query_of

router = APIRouter(tags=["actors"])

NETWORK_SIZE = 24  # dyads drawn around one actor
RECENT = 20  # events listed on an actor's page


def actors_page(store: Store, aq: ActorQuery, p: Page) -> dict:
    """One page of actors and recipients, most events first."""
    params = query_of(aq)
    total = browse.count_actors(store, aq.events, aq.actors)
    return list_page("Actors", "/actors", params, total, browse.actors(store, aq.events, paged(aq.actors, p)), p)


def all_actors(store: Store, aq: ActorQuery) -> list[dict]:
    return browse.actors(store, aq.events, replace(aq.actors, limit=None, offset=0))


add_list(router, "/actors", query=actor_query, compute=actors_page, rows=all_actors, template="actors.html",
         summary="Actors and recipients with their codes and event counts")


def actor_page(store: Store, name: str, f: browse.BrowseFilter) -> dict:
    """One actor: its codes, its events per day and type, its dyads, its latest events."""
    summary = browse.actor(store, name, f)
    if summary is None:
        raise NotFound(f"no events with the actor {name!r} for this filter")
    mine = replace(f, entity=name, limit=None, offset=0)
    params = query_of(f)
    unit = browse.timeline_unit(summary["first"], summary["last"])
    return {"title": name, "filter": params, "actor": summary, "unit": unit,
            "timeline": browse.timeline(store, mine, unit),
            "network": browse.dyads(store, mine, by="name", limit=NETWORK_SIZE),
            "events": browse.events(store, replace(mine, limit=RECENT)),
            "links": {"html": links.with_query(links.actor_url(name), params),
                      "json": links.with_query(links.actor_url(name, api=True), params),
                      "events": links.with_query("/events", query_of(mine))}}


@router.get("/api/actors/{name:path}", summary="One actor: codes, events per day and type, dyads, latest events")
def api_actor(name: str, f: browse.BrowseFilter = Depends(event_filter),
              store: Store = Depends(get_store)) -> JSONResponse:
    return render.as_json(actor_page(store, name, f))


@router.get("/actors/{name:path}", response_class=HTMLResponse, include_in_schema=False)
def html_actor(request: Request, name: str, f: browse.BrowseFilter = Depends(event_filter),
               store: Store = Depends(get_store)) -> HTMLResponse:
    return render.html(request, "actor.html", actor_page(store, name, f))
