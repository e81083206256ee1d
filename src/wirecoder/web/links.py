"""Where every page lives: URLs of records, lists and their JSON, CSV and JSONL twins.

Routes put these links into their dictionaries and templates call the same functions, so a page
and its JSON twin always point at the same places. Ids and names are percent-encoded whole: an
article id may hold slashes, question marks or worse.
"""

from __future__ import annotations

from urllib.parse import quote, urlencode


def with_query(path: str, params: dict | None = None, **changes) -> str:
    """``path?query`` from parameters; ``changes`` override them, a None value removes one."""
    merged = {**(params or {}), **changes}
    query = urlencode([(k, v) for k, v in merged.items() if v not in (None, "")])
    return f"{path}?{query}" if query else path


def _id(value: str) -> str:
    return quote(str(value), safe="")


def event_url(event_id: str, api: bool = False) -> str:
    return f"{'/api' if api else ''}/events/{_id(event_id)}"


def article_url(article_id: str, api: bool = False) -> str:
    return f"{'/api' if api else ''}/articles/{_id(article_id)}"


def actor_url(name: str, api: bool = False) -> str:
    return f"{'/api' if api else ''}/actors/{_id(name)}"


def list_links(path: str, params: dict, total: int | None = None, limit: int | None = None,
               offset: int = 0) -> dict[str, str | None]:
    """Links of one page of a list: itself as HTML and JSON, downloads, and the pages around it."""
    paging = {"limit": limit, "offset": offset or None} if limit else {}
    links = {"html": with_query(path, params, **paging), "json": with_query(f"/api{path}", params, **paging),
             "csv": with_query(f"/api{path}.csv", params), "jsonl": with_query(f"/api{path}.jsonl", params),
             "next": None, "prev": None}
    if limit:
        if total is not None and offset + limit < total:
            links["next"] = with_query(path, params, limit=limit, offset=offset + limit)
        if offset > 0:
            links["prev"] = with_query(path, params, limit=limit, offset=max(0, offset - limit) or None)
    return links

