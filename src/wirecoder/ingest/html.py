"""HTML pages: one page is one article, its main text found by trafilatura.

Navigation, footers, comments and "read more" boxes are not the story, so the article text is
trafilatura's extraction of the body, and every offset downstream points into that text. The
same extraction serves the WARC reader and fetched pages, so a page reads alike wherever it came
from. Extraction never touches the network, and dates come only from the page's metadata and
URL (htmldate without its extensive text search, which guesses from any date-like string).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import BinaryIO

import lxml.etree
import lxml.html
import trafilatura
from lxml.etree import LxmlError
from trafilatura.settings import set_date_params

from wirecoder.errors import InputError
from wirecoder.ingest.base import (ReadOptions, ReadResult, is_url, iso_date, make_article,
                                   read_limited)
from wirecoder.record import Article

log = logging.getLogger(__name__)

_SPACES = re.compile(r"\s+")

# Elements that end a line when HTML is flattened to text.
_BLOCKS = ("address", "article", "blockquote", "br", "dd", "div", "dt", "figcaption", "h1", "h2",
           "h3", "h4", "h5", "h6", "header", "hr", "li", "ol", "p", "pre", "section", "table",
           "td", "th", "tr", "ul")
_HIDDEN = ("head", "script", "style", "template")


def extract(data: bytes | str, source: str, options: ReadOptions, record=None, *,
            url: str | None = None, title: str | None = None,
            published: str | None = None) -> Article:
    """One HTML page → an Article of its main text; raises InputError if it has none.

    ``url`` is where the page was fetched from and wins over the page's own canonical link;
    ``title`` and ``published`` are used only when the page has none.
    """
    try:
        doc = trafilatura.bare_extraction(
            data, url=url, fast=True, favor_precision=True, include_comments=False,
            include_tables=False, with_metadata=True, date_extraction_params=set_date_params(False),
        )
    except (AssertionError, LxmlError, ValueError) as exc:  # markup lxml cannot mend ("<BODY><SCRIPT>HTML")
        raise InputError(source, f"the page's markup could not be read ({type(exc).__name__})", record) from None
    if doc is None or not (doc.text or "").strip():
        raise InputError(source, "no article text found in the page", record)
    try:
        page_date = iso_date(doc.date, source, record)
    except InputError:
        log.debug("%s: ignoring page date %r", source, doc.date)
        page_date = None
    return make_article(doc.text, source, options, record, title=doc.title or title,
                        url=url or doc.url, published=page_date or published)


def text_of(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed summary): one line per block, spaces collapsed."""
    if "<" not in fragment:
        return _tidy(fragment)
    try:
        root = lxml.etree.fromstring(fragment, lxml.html.html_parser)
    except (LxmlError, ValueError):
        return _tidy(fragment)
    if root is None:  # only a comment
        return ""
    pieces, hidden = [], 0
    for event, node in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""  # comments have no text of ours
        if event == "start":
            hidden += 1 if tag in _HIDDEN else 0
            if not hidden and tag and node.text:
                pieces.append(_SPACES.sub(" ", node.text))  # in HTML a line break is a space
            continue
        hidden -= 1 if tag in _HIDDEN else 0
        if not hidden:
            pieces.append("\n" if tag in _BLOCKS else "")
            pieces.append(_SPACES.sub(" ", node.tail or ""))
    return _tidy("".join(pieces))


def _tidy(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def read(stream: BinaryIO, source: str, options: ReadOptions) -> Iterator[ReadResult]:
    """The page in the stream as one article (a page fetched from a URL keeps that URL)."""
    try:
        yield extract(read_limited(stream, source, options), source, options,
                      url=source if is_url(source) else None)
    except InputError as exc:
        yield exc
