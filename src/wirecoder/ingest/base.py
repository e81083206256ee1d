"""What every reader shares: the reader signature, format sniffing, identity, and the checks
that turn unreadable input into one-line ``InputError``s instead of tracebacks."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
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
    timeout: float = 30.0  # seconds a download may wait for the server (connecting: at most 10)
    attempts: int = 3  # tries per download when the server may recover (no connection, 5xx, 429)


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
    """A YYYY-MM-DD string from a date-like input value: ISO forms directly (their first ten
    characters), other full dates ("Mon, 02 Oct 2023 10:00:00 GMT", "October 2, 2023", a Unix
    timestamp) through ``dateparser``, strictly: day, month and year must all be there, and
    relative words ("yesterday") are refused, since a stored date must not depend on today."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    m = _DATE.match(text)
    if m:
        y, mo, d = (int(x) for x in m.groups())
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            raise InputError(source, f"date {value!r} is not a valid date", record)
        return m.group(0)
    parsed = _full_date(text[:100])
    if parsed is None:
        raise InputError(source, f"date {value!r} is not YYYY-MM-DD or a full date with day, month and year",
                         record)
    return parsed


@lru_cache(maxsize=4096)
def _full_date(text: str) -> str | None:
    import dateparser  # slow to import: only inputs with dates in other shapes need it

    parsed = dateparser.parse(text, languages=["en"], settings=_DATEPARSER_SETTINGS)
    return parsed.date().isoformat() if parsed else None


_DATEPARSER_SETTINGS = {"STRICT_PARSING": True, "PARSERS": ["timestamp", "absolute-time"],
                        "RETURN_AS_TIMEZONE_AWARE": False}


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
