"""The renderings of a route's dictionary: an HTML page, JSON, a CSV or JSON-lines download.

Templates are Jinja2 with autoescaping always on: article text, titles and names are untrusted
and reach the page only as escaped text. Data for a page's script travels as JSON inside a
``<script type="application/json">`` block through Jinja's ``tojson``, which escapes ``<``, ``>``
and ``&``, so no stored text can close the block. CSV cells that a spreadsheet would run as a
formula are prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, StreamingResponse
from jinja2 import Environment, PackageLoader

from wirecoder.record.ontology import EVENT_TYPES, SECTORS
from wirecoder.web import highlight, links
from wirecoder.web.params import SORT_CHOICES

_env = Environment(loader=PackageLoader("wirecoder.web", "templates"), autoescape=True,
                   trim_blocks=True, lstrip_blocks=True)
_env.globals.update(
    event_url=links.event_url, article_url=links.article_url, actor_url=links.actor_url,
    with_query=links.with_query, event_types=EVENT_TYPES, sectors=SECTORS,
    sort_choices=SORT_CHOICES, kinds=highlight.KINDS,
)


def _number(value) -> str:
    return f"{value:,}" if isinstance(value, int) else str(value)


def _web_url(value) -> bool:
    """Only http(s) URLs from articles become links (never ``javascript:`` and the like)."""
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


_env.filters["number"] = _number
_env.tests["web_url"] = _web_url


def html(request: Request, template: str, data: dict, status: int = 200) -> HTMLResponse:
    """The dictionary as an HTML page."""
    settings = request.app.state.settings
    page = _env.get_template(template).render(data=data, path=request.url.path,
                                              writes=settings.token is not None)
    return HTMLResponse(page, status_code=status)


def as_json(data: dict, status: int = 200) -> JSONResponse:
    """The dictionary as JSON."""
    return JSONResponse(data, status_code=status)


def error(request: Request, status: int, message: str) -> HTMLResponse | JSONResponse:
    """One error shape for the API (``{"error": {"status", "message"}}``), a page for people."""
    body = {"error": {"status": status, "message": message}}
    if wants_json(request):
        return JSONResponse(body, status_code=status)
    return html(request, "error.html", {"title": f"Error {status}", **body}, status)


def wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/openapi.json"


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value):
    if isinstance(value, str) and value.startswith(_FORMULA):
        try:
            float(value)
        except ValueError:
            return "'" + value
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _csv_lines(rows: Iterable[dict], columns: tuple[str, ...] | None) -> Iterator[str]:
    buffer = io.StringIO()
    writer = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(buffer, fieldnames=columns or tuple(row), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({k: _cell(v) for k, v in row.items()})
        if buffer.tell() > 65536:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    if writer is None and columns:
        csv.DictWriter(buffer, fieldnames=columns).writeheader()
    yield buffer.getvalue()


def _jsonl_lines(rows: Iterable[dict]) -> Iterator[str]:
    chunk: list[str] = []
    for row in rows:
        chunk.append(json.dumps(row, ensure_ascii=False) + "\n")
        if len(chunk) >= 500:
            yield "".join(chunk)
            chunk.clear()
    yield "".join(chunk)


def download(rows: Iterable[dict], fmt: str, name: str, columns: tuple[str, ...] | None = None) -> StreamingResponse:
    """Rows streamed as a ``.csv`` or ``.jsonl`` attachment."""
    if fmt == "csv":
        body, media = _csv_lines(rows, columns), "text/csv; charset=utf-8"
    else:
        body, media = _jsonl_lines(rows), "application/x-ndjson; charset=utf-8"
    return StreamingResponse(body, media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'})
