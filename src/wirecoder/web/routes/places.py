"""Places: every place the articles mention, resolved to the gazetteer, most mentioned first."""

from dataclasses import replace

from fastapi import APIRouter

from wirecoder.store import Store, browse
from wirecoder.web.listing import add_list, list_page
from wirecoder.web.params import Page, paged, place_query, query_of

router = APIRouter(tags=["places"])


def places_page(store: Store, lq: browse.ListQuery, p: Page) -> dict:
    params = query_of(lq)
    total = browse.count_places(store, lq)
    return list_page("Places", "/places", params, total, browse.places(store, paged(lq, p)), p)


def all_places(store: Store, lq: browse.ListQuery) -> list[dict]:
    return browse.places(store, replace(lq, limit=None, offset=0))


add_list(router, "/places", query=place_query, compute=places_page, rows=all_places, template="places.html",
         summary="Places mentioned in the articles")
