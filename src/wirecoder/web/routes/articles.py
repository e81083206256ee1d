"""Articles: full-text search, one article with its evidence highlighted, and storing a new one.

Storing is the only write the app knows, and it is off unless the operator started the server
with a token: then ``POST /api/articles`` with ``Authorization: Bearer <token>`` codes the text
and stores it (idempotently, like ``wirecoder ingest``).
"""

import hmac

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse

from wirecoder.store import Store, browse
from wirecoder.web import highlight, links, render
from wirecoder.web.listing import add_list, get_store, list_page
from wirecoder.web.params import NotFound, Page, article_query, paged, query_of
from wirecoder.web.routes.code import ArticleIn, code_article

router = APIRouter(tags=["articles"])


def articles_page(store: Store, lq: browse.ListQuery, p: Page) -> dict:
    """One page of articles: newest first, or best match first for a full-text query."""
    params = query_of(lq)
    total = browse.count_articles(store, lq)
    return list_page("Articles", "/articles", params, total, browse.articles(store, paged(lq, p)), p)


def all_articles(store: Store, lq: browse.ListQuery) -> list[dict]:
    return browse.articles(store, paged(lq, Page(limit=None, offset=0)), snippets=False)


add_list(router, "/articles", query=article_query, compute=articles_page, rows=all_articles,
         template="articles.html", summary="Articles, searched by full text")


def article_page(store: Store, article_id: str) -> dict:
    found = browse.article(store, article_id)
    if found is None:
        raise NotFound(f"no article {article_id!r}")
    view = highlight.article_view(found, found.get("text") or "")
    view["title"] = found.get("title") or found["id"]
    view["links"] = {"html": links.article_url(found["id"]), "json": links.article_url(found["id"], api=True),
                     "events": links.with_query("/events", {"article": found["id"], "all": "1"}),
                     "quotes": links.with_query("/quotes", {"article": found["id"]})}
    return view


@router.get("/api/articles/{article_id:path}", summary="One article: text, coded record and evidence marks")
def api_article(article_id: str, store: Store = Depends(get_store)) -> JSONResponse:
    return render.as_json(article_page(store, article_id))


@router.get("/articles/{article_id:path}", response_class=HTMLResponse, include_in_schema=False)
def html_article(request: Request, article_id: str, store: Store = Depends(get_store)) -> HTMLResponse:
    return render.html(request, "article.html", article_page(store, article_id))


def require_token(request: Request) -> None:
    """Writes need the operator's token as ``Authorization: Bearer <token>`` (dependency)."""
    token = request.app.state.settings.token
    if token is None:
        raise HTTPException(403, "writes are disabled: the server was started without a token")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(401, "a valid 'Authorization: Bearer <token>' header is needed to store articles",
                            headers={"WWW-Authenticate": "Bearer"})


@router.post("/api/articles", status_code=201, dependencies=[Depends(require_token)],
             summary="Code an article and store it (needs the operator's token)")
def store_article(body: ArticleIn, request: Request, store: Store = Depends(get_store)) -> JSONResponse:
    coded = code_article(request, body)
    added = store.add(coded)
    return render.as_json({"stored": added, "article": {"id": coded.id, "title": coded.title, "url": coded.url,
                                                        "published": coded.published, "events": len(coded.events)},
                           "links": {"html": links.article_url(coded.id), "json": links.article_url(coded.id, True)}},
                          201 if added else 200)
