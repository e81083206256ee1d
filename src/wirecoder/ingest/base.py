"""What every reader shares: the reader signature, format sniffing, identity, and the checks
that turn unreadable input into one-line ``InputError``s instead of tracebacks."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from wirecoder.errors import InputError
from wirecoder.record import Article

ReadResult = Article | InputError


@dataclass(frozen=True)
class ReadOptions:
    """How to read inputs; shared by every reader."""

    published: str | None = None  # publication date for inputs that carry none (YYYY-MM-DD)
    max_chars: int = 200_000
    text_field: str = "text"
    id_field: str = "id"
    date_fields: tuple[str, ...] = ("published", "date")
    max_bytes: int = 10_000_000  # largest page, feed or download read whole (HTML, WARC record, HTTP)
    follow_links: bool = False  # feeds: fetch each item's link and read the page, not the summary


# A reader takes a binary stream and a name for where it came from, and yields results;
# it reads as it goes, so a big file never sits in memory whole.
Reader = Callable[[BinaryIO, str, ReadOptions], Iterator[ReadResult]]

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def is_url(name: str) -> bool:
    """True for the http(s) URLs that inputs may name instead of files."""
    return name.lower().startswith(("http://", "https://"))


def article_key(url: str | None, text: str) -> str:
    """The stable identity of an article: its URL when it has one, else a hash of its words."""
    if url:
        return "url:" + url.strip()
    words = " ".join(unicodedata.normalize("NFKC", text).lower().split())
    return "text:" + hashlib.sha1(words.encode("utf-8")).hexdigest()


def article_id(given, key: str) -> str:
    """The input's own id when it has one, else a short stable hash of the key."""
    if given not in (None, ""):
        return str(given)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def iso_date(value, source: str, record=None) -> str | None:
    """A YYYY-MM-DD string from a date-like input value (the first 10 characters of ISO forms)."""
    if value in (None, ""):
        return None
    m = _DATE.match(str(value).strip())
    if not m:
        raise InputError(source, f"date {value!r} is not YYYY-MM-DD", record)
    y, mo, d = (int(x) for x in m.groups())
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        raise InputError(source, f"date {value!r} is not a valid date", record)
    return m.group(0)


def make_article(text: str, source: str, options: ReadOptions, record=None, *, id=None,
                 title=None, url=None, published=None) -> Article:
    """Build an Article after the checks every reader needs (empty, oversize)."""
    if not isinstance(text, str) or not text.strip():
        raise InputError(source, "empty text", record)
    if len(text) > options.max_chars:
        raise InputError(source, f"text has {len(text):,} characters, more than max_chars "
                                 f"({options.max_chars:,})", record)
    key = article_key(url, text)
    return Article(id=article_id(id, key), text=text, title=title or None, url=url or None,
                   published=published or options.published, source=source, key=key)


def read_limited(stream: BinaryIO, source: str, options: ReadOptions) -> bytes:
    """The whole stream, for formats read in one piece, refusing more than ``max_bytes``."""
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        raise InputError(source, f"larger than max_bytes ({options.max_bytes:,} bytes)")
    return data


def decode(data: bytes, source: str, record=None) -> str:
    """UTF-8 text from bytes, refusing binary data with a clear reason."""
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary data (contains NUL bytes), not text", record)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(source, f"invalid UTF-8 at byte {exc.start}", record) from None
