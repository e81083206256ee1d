"""One list resource, four routes: the HTML page, its JSON twin, and CSV and JSON-lines downloads.

Every list (events, articles, actors, places, quotes, aggregates) is declared once with the
function that computes one page as a dictionary and the function that yields all its rows for
the current filter; this module registers the routes, so every list behaves the same way.
"""

from collections.abc import Callable, Iterable

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse, StreamingResponse

from wirecoder.store import Store
from wirecoder.web import links, render
from wirecoder.web.params import Page, page


def list_page(title: str, path: str, params: dict, total: int, rows: list, p: Page) -> dict:
    """The dictionary every paged list page renders: its rows, the filter and the paging links."""
    return {"title": title, "filter": params, "total": total, "limit": p.limit, "offset": p.offset,
            "rows": rows, "links": links.list_links(path, params, total, p.limit, p.offset)}


def get_store(request: Request) -> Store:
    """The app's store (dependency)."""
    return request.app.state.store


def add_list(router: APIRouter, path: str, *, query: Callable, compute: Callable, rows: Callable,
             template: str | None, summary: str, paged: bool = True,
             csv_rows: Callable[[Iterable[dict]], Iterable[dict]] | None = None,
             columns: tuple[str, ...] | None = None) -> None:
    """Register ``path`` (HTML, when there is a template), ``/api{path}``, ``.csv`` and ``.jsonl``.

    ``compute(store, query, page)`` returns the page's dictionary (``page`` is None for unpaged
    lists); ``rows(store, query)`` yields every row for the downloads.
    """
    name = path.strip("/").replace("/", "-")
    paging = page if paged else (lambda: None)

    if template:
        @router.get(path, response_class=HTMLResponse, include_in_schema=False)
        def html_page(request: Request, q=Depends(query), p: Page | None = Depends(paging),
                      store: Store = Depends(get_store)) -> HTMLResponse:
            return render.html(request, template, compute(store, q, p))

    @router.get(f"/api{path}", summary=summary, response_class=JSONResponse)
    def json_page(q=Depends(query), p: Page | None = Depends(paging),
                  store: Store = Depends(get_store)) -> JSONResponse:
        return render.as_json(compute(store, q, p))

    def downloader(fmt: str) -> Callable:
        def download(q=Depends(query), store: Store = Depends(get_store)) -> StreamingResponse:
            found = rows(store, q)
            if fmt == "csv" and csv_rows:
                found = csv_rows(found)
            return render.download(found, fmt, name, columns if fmt == "csv" else None)
        return download

    for fmt in ("csv", "jsonl"):
        router.add_api_route(f"/api{path}.{fmt}", downloader(fmt), methods=["GET"],
                             response_class=StreamingResponse,
                             summary=f"{summary}: every row for the filter, as {fmt.upper()}")
