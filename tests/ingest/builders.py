"""Small builders for reader tests: news pages, WARC archives, feeds, and result splitting.

All text here is written for these tests (fictional places and people).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from wirecoder.errors import InputError
from wirecoder.record import Article

STORY = [
    "Officials in the port city of Valdora said on Tuesday that two envoys from Marenland "
    "had been asked to leave the country within three days.",
    "The foreign ministry accused the envoys of meeting opposition leaders without permission, "
    "a charge the Marenland embassy denied in a short statement.",
    '"We will answer this step in kind," a spokeswoman for the embassy told reporters outside '
    "the building on Wednesday morning.",
]


def page(title: str = "Valdora expels two Marenland envoys", paragraphs: list[str] = STORY, *,
         date: str | None = "2021-03-10", canonical: str | None = "https://news.example/valdora",
         author: str | None = "Ana Field") -> str:
    """A news page with navigation, a footer and related links around the story."""
    meta = []
    if date:
        meta.append(f'<meta property="article:published_time" content="{date}T08:00:00Z">')
    if canonical:
        meta.append(f'<link rel="canonical" href="{canonical}">')
    if author:
        meta.append(f'<meta name="author" content="{author}">')
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title} | The Example Courier</title>
{''.join(meta)}</head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>{title}</h1>
{body}
</article>
<aside><h2>Related</h2><ul><li><a href="/x">Storm closes the harbour road</a></li></ul></aside>
<footer><p>Copyright 2021 The Example Courier. All rights reserved.</p></footer>
</body></html>"""


def split(results) -> tuple[list[Article], list[InputError]]:
    """Articles and errors from a reader's output, failing on anything else."""
    results = list(results)
    for r in results:
        assert isinstance(r, (Article, InputError)), r
    return ([r for r in results if isinstance(r, Article)],
            [r for r in results if isinstance(r, InputError)])


@dataclass
class Capture:
    """One record to write into a test WARC."""

    url: str
    body: bytes
    status: str = "200 OK"
    content_type: str = "text/html; charset=utf-8"
    record_type: str = "response"
    date: str | None = "2021-04-02T10:00:00Z"
    extra_http: tuple[tuple[str, str], ...] = ()


def warc_bytes(captures: list[Capture], gzip: bool = False) -> bytes:
    """A WARC file holding the captures, written with warcio."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for c in captures:
        http = None
        if c.record_type in ("response", "request"):
            line = c.status if c.record_type == "response" else f"GET {c.url} HTTP/1.1"
            http = StatusAndHeaders(line, [("Content-Type", c.content_type), *c.extra_http],
                                    protocol="HTTP/1.1", is_http_request=c.record_type == "request")
        warc_headers = {"WARC-Date": c.date} if c.date else None
        record = writer.create_warc_record(c.url, c.record_type, payload=io.BytesIO(c.body),
                                           http_headers=http, warc_headers_dict=warc_headers)
        writer.write_record(record)
    return out.getvalue()


def rss(items: list[dict], title: str = "The Example Courier: World") -> str:
    """An RSS 2.0 feed; each item may have title, link, description, content, pubDate, guid."""
    parts = []
    for it in items:
        fields = [f"<{k}>{v}</{k}>" for k, v in it.items() if k in ("title", "link", "pubDate", "guid")]
        if "description" in it:
            fields.append(f"<description><![CDATA[{it['description']}]]></description>")
        if "content" in it:
            fields.append(f"<content:encoded><![CDATA[{it['content']}]]></content:encoded>")
        parts.append("<item>" + "".join(fields) + "</item>")
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            f"<channel><title>{title}</title><link>https://news.example/</link>"
            "<description>World news</description>" + "".join(parts) + "</channel></rss>")
