"""Web archives (WARC, plain or gzipped): every archived HTML page is one article.

Crawls such as Common Crawl's news collection come as WARC files of many gigabytes, so records
are read one at a time. We use FastWARC rather than warcio: it read a 71 MB gzipped WARC 1.6
times as fast here (0.8 s against 1.3 s; page extraction costs far more either way), reads
gzip, lz4 and zstd WARCs by itself, and gives each record's byte offset, its block and its
HTTP headers through one small API. Neither library notices a truncated record (both hand back
the short block silently), so each record's block is measured against its declared
Content-Length: a short block, or a record header cut off, is reported once with the record's
number and offset, and the records before it stand. A file cut exactly between records, or so
early in a gzip member that nothing of it decompresses, looks complete and cannot be told.

Only ``response`` records of HTTP 200 with an HTML content type are pages; requests, metadata,
images and redirects are skipped without comment. The page goes through ``html.extract``; its
URL is the record's WARC-Target-URI, its date the page's own, else the capture's WARC-Date.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from wirecoder.errors import InputError
from wirecoder.ingest import html
from wirecoder.ingest.base import ReadOptions, ReadResult, iso_date

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read(stream: BinaryIO, source: str, options: ReadOptions) -> Iterator[ReadResult]:
    """Articles from the HTML responses in a WARC stream, one record at a time."""
    number, told = 0, 0  # records read; articles and errors yielded
    for number, record in enumerate(_records(stream), start=1):
        if isinstance(record, OSError):
            yield InputError(source, f"corrupt WARC data ({record}); stopped reading", f"record {number}")
            return
        where = f"record {number} (offset {record.stream_pos})"
        try:
            block = _block(record, source, options, where)
            page = None if block is None else _page(record, block, source, options, where)
        except _Unreadable as exc:
            yield InputError(source, exc.reason + "; stopped reading", where)
            return
        except InputError as exc:
            page = exc
        if page is not None:
            told += 1
            yield page
    if number == 0:
        yield InputError(source, "no WARC records found")
    elif told == 0:
        yield InputError(source, f"no HTML pages among {number:,} WARC records")


class _Unreadable(InputError):
    """The archive cannot be read past this record."""


def _records(stream: BinaryIO) -> Iterator[WarcRecord | OSError]:
    """The archive's records, ending with the error if it turns out corrupt at the next one."""
    records = iter(ArchiveIterator(stream, parse_http=False, fsspec_args=False))
    while True:
        try:
            yield next(records)
        except StopIteration:
            return
        except OSError as exc:
            yield exc
            return


def _block(record: WarcRecord, source: str, options: ReadOptions, where: str) -> bytes | None:
    """A response record's content block, None for other records. Every record is measured
    against its declared length, so a truncated one is caught whatever its type."""
    declared = (record.headers.get("Content-Length") or "").strip()
    if not declared.isdigit():
        raise _Unreadable(source, "truncated WARC record header", where)
    length = int(declared)
    is_response = record.record_type == WarcRecordType.response
    if is_response and length <= options.max_bytes:
        block = record.reader.read(length)
        if len(block) < length:
            raise _Unreadable(source, "truncated WARC record (the file ends inside it)", where)
        return block
    if record.reader.consume() < length:
        raise _Unreadable(source, "truncated WARC record (the file ends inside it)", where)
    if is_response:
        raise InputError(source, f"record is larger than max_bytes ({options.max_bytes:,} bytes)", where)
    return None


def _page(record: WarcRecord, block: bytes, source: str, options: ReadOptions,
          where: str) -> ReadResult | None:
    """The article in a response record's block, None when the response is not an HTML page."""
    record.set_bytes_content(block)
    try:
        record.parse_http(auto_decode="all")
    except OSError as exc:
        raise InputError(source, f"bad HTTP response in the record ({exc})", where) from None
    if record.http_headers is None or record.http_headers.status_code != 200:
        return None
    if (record.http_content_type or "").lower() not in _HTML_TYPES:
        return None
    return html.extract(record.reader.read(), source, options, where,
                        url=(record.headers.get("WARC-Target-URI") or "").strip("<> ") or None,
                        published=_capture_date(record, source, where))


def _capture_date(record: WarcRecord, source: str, where: str) -> str | None:
    try:
        return iso_date(record.headers.get("WARC-Date"), source, where)
    except InputError:
        return None
