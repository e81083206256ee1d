"""Quotes: what was said, by whom, in which article; searchable by words, speaker and country."""

from dataclasses import replace

from fastapi import APIRouter

from wirecoder.store import Store, browse
from wirecoder.web.listing import add_list, list_page
from wirecoder.web.params import Page, paged, query_of, quote_query

router = APIRouter(tags=["quotes"])


def quotes_page(store: Store, lq: browse.ListQuery, p: Page) -> dict:
    params = query_of(lq, speaker=True)
    total = browse.count_quotes(store, lq)
    return list_page("Quotes", "/quotes", params, total, browse.quotes(store, paged(lq, p)), p)


def all_quotes(store: Store, lq: browse.ListQuery) -> list[dict]:
    return browse.quotes(store, replace(lq, limit=None, offset=0))


add_list(router, "/quotes", query=quote_query, compute=quotes_page, rows=all_quotes, template="quotes.html",
         summary="Direct quotes with their speakers")
