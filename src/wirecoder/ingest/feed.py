"""RSS and Atom feeds: each item is one article.

Feeds are how news sites announce their stories. An item's text is its full content when the
feed carries it, else its summary, flattened from HTML to lines of text. Most feeds carry only
a teaser, so with ``follow_links`` each item's link is downloaded instead and the page read
like any HTML page (the item's title and date stand in where the page has none). feedparser
copes with the malformed XML feeds are known for; a file it cannot make a feed of at all is one
``InputError``, and a bad item is an error for that item only.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import nullcontext
from typing import BinaryIO

import feedparser
import httpx

from wirecoder.errors import InputError
from wirecoder.ingest import html
from wirecoder.ingest.base import ReadOptions, ReadResult, is_url, make_article, read_limited
from wirecoder.ingest.fetch import fetch, open_client


def read(stream: BinaryIO, source: str, options: ReadOptions) -> Iterator[ReadResult]:
    """Articles from the items of an RSS or Atom feed."""
    try:
        data = read_limited(stream, source, options)
    except InputError as exc:
        yield exc
        return
    base = {"content-location": source} if is_url(source) else None  # for relative links
    parsed = feedparser.parse(io.BytesIO(data), response_headers=base)
    if not parsed.entries:
        reason = "feed has no items" if parsed.get("version") else "not an RSS or Atom feed"
        if parsed.get("bozo"):
            reason += f" ({parsed.get('bozo_exception')})"
        yield InputError(source, reason)
        return
    with open_client() if options.follow_links else nullcontext() as client:
        for number, entry in enumerate(parsed.entries, start=1):
            yield _article(entry, source, options, f"item {number}", client)


def _article(entry, source: str, options: ReadOptions, record: str,
             client: httpx.Client | None) -> ReadResult:
    """One feed item → an Article from its own text, or from the page it links to."""
    title = " ".join(html.text_of(entry.get("title") or "").split()) or None
    link = entry.get("link") if is_url(entry.get("link") or "") else None  # not "urn:..." ids
    try:
        if client is not None:
            return _linked_page(link, source, options, record, client, title=title,
                                published=_entry_date(entry))
        return make_article(html.text_of(_entry_html(entry)), source, options, record,
                            id=entry.get("id"), title=title, url=link, published=_entry_date(entry))
    except InputError as exc:
        return exc


def _linked_page(link: str | None, source: str, options: ReadOptions, record: str,
                 client: httpx.Client, **fallbacks) -> ReadResult:
    if not link:
        raise InputError(source, "item has no link to follow", record)
    try:
        page = fetch(link, options, client=client)
    except InputError as exc:
        raise InputError(source, f"cannot fetch {link}: {exc.reason}", record) from None
    return html.extract(page.content, source, options, record, url=page.url, **fallbacks)


def _entry_html(entry) -> str:
    """The fullest text the item carries: its longest content block, else its summary."""
    contents = [c.get("value") or "" for c in entry.get("content") or []]
    return max(contents, key=len, default="") or entry.get("summary") or ""


def _entry_date(entry) -> str | None:
    # dict.get: FeedParserDict.get maps a missing published date to the updated one, with a warning
    when = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
    return f"{when.tm_year:04d}-{when.tm_mon:02d}-{when.tm_mday:02d}" if when else None
