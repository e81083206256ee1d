"""Code a text: paste an article (and its date) and see it coded at once; nothing is stored.

The page's script posts to ``/api/code`` and renders the answer in place; without script, the
form posts to ``/code`` and the server renders the same dictionary. The spaCy model is loaded on
first use only, so the store browser starts fast and runs on a machine without it; one lock
serialises coding, because a spaCy pipeline is not shared between threads.
"""

import threading
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import AfterValidator, BaseModel, Field

from wirecoder.record import CodedArticle
from wirecoder.web import highlight, render
from wirecoder.web.params import BadRequest, iso_day, validation_message

router = APIRouter(tags=["code"])
LINKS = {"json": "/api/code"}  # GET: the form as JSON; POST: a coded text
_lock = threading.Lock()


class ArticleIn(BaseModel):
    """An article to code (and, with the token, to store)."""

    text: str = Field(description="The article text.")
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=2000, description="Its URL: the article's identity in the store.")
    published: Annotated[str | None, AfterValidator(iso_day)] = Field(None, description="Publication date, YYYY-MM-DD.")
    id: str | None = Field(None, max_length=300, description="Its id; by default a hash of the URL or text.")


def code_article(request: Request, body: ArticleIn) -> CodedArticle:
    """Code one article with the app's extractor, loading the model on first use."""
    limit = request.app.state.settings.max_text
    if len(body.text) > limit:
        raise HTTPException(413, f"text has {len(body.text):,} characters, more than this server codes ({limit:,})")
    if not body.text.strip():
        raise BadRequest("text is empty")
    from wirecoder.errors import InputError
    from wirecoder.ingest.base import ReadOptions, make_article

    try:
        article = make_article(body.text, "web", ReadOptions(published=body.published, max_chars=limit),
                               id=body.id, title=body.title, url=body.url)
    except InputError as exc:
        raise BadRequest(exc.reason) from None
    with _lock:
        if getattr(request.app.state, "extractor", None) is None:
            from wirecoder.config import load_options
            from wirecoder.pipeline import Extractor

            request.app.state.extractor = Extractor(load_options())
        results = list(request.app.state.extractor.run([article]))
    coded = next((r for r in results if isinstance(r, CodedArticle)), None)
    if coded is None:
        raise BadRequest("; ".join(str(getattr(r, "reason", r)) for r in results) or "nothing was coded")
    return coded


def coded_view(request: Request, body: ArticleIn) -> dict:
    """The page dictionary of a pasted text: the same shape as a stored article's."""
    coded = code_article(request, body)
    return {"title": "Code a text", "input": body.model_dump(), "max_text": request.app.state.settings.max_text,
            "result": highlight.article_view(coded.to_dict(), body.text), "links": LINKS}


@router.post("/api/code", summary="Code a text and return the coded article with its evidence (nothing is stored)")
def api_code(body: ArticleIn, request: Request) -> JSONResponse:
    return render.as_json(coded_view(request, body))


def form_view(request: Request) -> dict:
    """The empty form: what can be posted, and how much."""
    return {"title": "Code a text", "input": {}, "result": None, "max_text": request.app.state.settings.max_text,
            "links": LINKS}


@router.get("/api/code", summary="What POST /api/code takes: the form's fields and the size limit")
def api_form(request: Request) -> JSONResponse:
    return render.as_json(form_view(request))


@router.get("/code", response_class=HTMLResponse, include_in_schema=False)
def code_form(request: Request) -> HTMLResponse:
    return render.html(request, "code.html", form_view(request))


@router.post("/code", response_class=HTMLResponse, include_in_schema=False)
def code_posted(request: Request, text: Annotated[str, Form()] = "", title: Annotated[str, Form()] = "",
                published: Annotated[str, Form()] = "") -> HTMLResponse:
    try:
        body = ArticleIn(text=text, title=title or None, published=published or None)
    except ValueError as exc:  # pydantic's ValidationError
        raise BadRequest(validation_message(exc.errors())) from None
    return render.html(request, "code.html", coded_view(request, body))

