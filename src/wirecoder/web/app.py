"""The web UI and JSON API over a store: ``create_app(store, settings)``.

Researchers look before they trust, so everything is browsable and linked, and every page is
also JSON: each route computes one dictionary, which ``templates/`` renders as HTML and ``/api``
returns as JSON (``/openapi.json`` documents the API, ``/api`` shows that document as a page).
The app is read-only unless the operator gives a token; it never fetches anything from another
host (its scripts, styles and map outlines are vendored in ``static/``); it imports no spaCy
until someone codes a text.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from wirecoder import __version__
from wirecoder.store import Store
from wirecoder.store.browse import ensure_browse_indexes, tune_reads
from wirecoder.store.search import ensure_search_index
from wirecoder.web import render
from wirecoder.web.middleware import BodyLimit, DropEmptyParams, HeadAsGet, SecurityHeaders
from wirecoder.web.params import validation_message
from wirecoder.web.routes import ROUTERS

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WebSettings:
    """How the server behaves; ``wirecoder serve`` sets these from its options."""

    token: str | None = None  # bearer token that allows POST /api/articles; None: read-only
    max_body: int = 1_000_000  # largest request body in bytes (413 above)
    max_text: int = 100_000  # largest text, in characters, that /api/code and /api/articles code (413 above)


def create_app(store: Store, settings: WebSettings = WebSettings()) -> FastAPI:
    """The FastAPI app serving ``store``; prepares the store's search index first."""
    tune_reads(store)
    mode = ensure_search_index(store)
    ensure_browse_indexes(store)
    log.info("serving %s (search: %s)", store.engine.url.render_as_string(hide_password=True), mode)
    app = FastAPI(title="wirecoder", version=__version__, docs_url=None, redoc_url=None,
                  description="Events coded from news (PLOVER/CAMEO) with the evidence for every field. "
                              "Every list is also available as CSV and JSON lines (`.csv`, `.jsonl`).")
    app.state.store, app.state.settings, app.state.extractor = store, settings, None
    for router in ROUTERS:
        app.include_router(router)
    app.add_api_route("/api", api_reference, methods=["GET"], include_in_schema=False,
                      response_class=HTMLResponse)
    app.mount("/static", StaticFiles(packages=[("wirecoder.web", "static")]), name="static")
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(Exception, _crash)
    app.add_middleware(DropEmptyParams)
    app.add_middleware(HeadAsGet)
    app.add_middleware(BodyLimit, max_body=settings.max_body)
    app.add_middleware(SecurityHeaders)
    return app


def api_reference(request: Request) -> HTMLResponse:
    """The OpenAPI document as a page: every endpoint with its parameters."""
    spec = request.app.openapi()
    endpoints = []
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            endpoints.append({
                "method": method.upper(), "path": path, "summary": op.get("summary", ""), "tag": (op.get("tags") or [""])[0],
                "params": [{"name": p["name"], "in": p["in"], "description": p.get("description", ""),
                            "default": p.get("schema", {}).get("default")} for p in op.get("parameters", [])],
                "body": "requestBody" in op})
    return render.html(request, "api.html", {"title": "JSON API", "endpoints": endpoints,
                                             "links": {"json": "/openapi.json"}})


async def _http_error(request: Request, exc: HTTPException):
    message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    if exc.status_code == 404 and message == "Not Found":
        message = f"nothing at {request.url.path}"
    response = render.error(request, exc.status_code, message)
    for name, value in (exc.headers or {}).items():
        response.headers[name] = value
    return response


async def _invalid(request: Request, exc: RequestValidationError):
    return render.error(request, 400, validation_message(list(exc.errors())))


async def _crash(request: Request, exc: Exception):
    log.exception("error serving %s", request.url.path)
    return render.error(request, 500, f"internal error ({type(exc).__name__}); the server log has the details")
