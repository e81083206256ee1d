"""From paths (files, directories, URLs, "-" for stdin) to articles: find the inputs, open
them, unpack them, pick the reader by suffix, media type or first bytes, and report what cannot
be read."""

from __future__ import annotations

import functools
import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import BinaryIO
from urllib.parse import urlsplit

from wirecoder.errors import InputError
from wirecoder.ingest import compression, csv, feed, fetch, html, jsonl, text, warc
from wirecoder.ingest.base import Reader, ReadOptions, ReadResult, is_url

READERS: dict[str, Reader] = {
    ".jsonl": jsonl.read,
    ".ndjson": jsonl.read,
    ".json": jsonl.read,
    ".txt": text.read,
    ".text": text.read,
    ".html": html.read,
    ".htm": html.read,
    ".xhtml": html.read,
    ".csv": csv.read,
    ".tsv": csv.read,
    ".tab": csv.read,
    ".warc": warc.read,
    ".rss": feed.read,
    ".atom": feed.read,
    ".xml": feed.read,
}

# Readers for downloads by media type, first match wins ("application/xhtml+xml" is HTML).
MEDIA_TYPES: tuple[tuple[str, Reader], ...] = (
    ("html", html.read),
    ("rss", feed.read),
    ("atom", feed.read),
    ("xml", feed.read),
    ("json", jsonl.read),
    ("csv", csv.read),
    ("tab-separated", csv.read),
)

_SNIFF_BYTES = 1024
_MAX_NESTING = 4  # archives inside archives, at most this deep (a gzip "quine" never ends)


def reader_for(name: str, head: bytes) -> Reader:
    """The reader for an input: by suffix, else by its first bytes."""
    return READERS.get(PurePosixPath(name).suffix.lower()) or sniff(head)


def sniff(head: bytes) -> Reader:
    """The reader for a stream whose name says nothing, from its first bytes."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"warc/"):
        return warc.read
    if start.startswith((b"{", b"[")):
        return jsonl.read
    if not start.startswith(b"<"):
        return text.read
    if any(tag in start for tag in (b"<rss", b"<feed", b"<rdf:rdf")):
        return feed.read
    if start.startswith(b"<?xml") and b"<html" not in start:
        return feed.read
    return html.read


def expand(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Files named by the paths, directories walked in sorted order; missing ones as errors.
    URLs and "-" pass through as they are."""
    for p in paths:
        if p == "-" or is_url(p):
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and not f.name.startswith("."))
            if not files:
                yield InputError(p, "directory has no files")
            yield from (str(f) for f in files)
        elif path.is_file():
            yield p
        elif path.exists():
            yield InputError(p, "not a regular file")
        else:
            yield InputError(p, "no such file")


def read_stream(stream: BinaryIO, source: str, options: ReadOptions, name: str = "",
                *, depth: int = 0) -> Iterator[ReadResult]:
    """Articles from one open binary stream, unpacked if compressed, with the reader chosen
    from its name or first bytes."""
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)
    head = stream.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]
    if not head:
        yield InputError(source, "empty file")
        return
    name = name or source
    packed = compression.kind(name, head)
    if packed is None:
        yield from reader_for(name, head)(stream, source, options)
    elif depth >= _MAX_NESTING:
        yield InputError(source, f"compressed or archived more than {_MAX_NESTING} levels deep")
    elif packed == ".gz" and compression.inner_name(name, packed).lower().endswith(".warc"):
        yield from warc.read(stream, source, options)  # FastWARC unzips WARCs itself, keeping offsets
    else:
        inner = functools.partial(_read_inner, options=options, depth=depth + 1)
        if packed == ".zip":
            yield from compression.read_zip(stream, source, inner)
        else:
            yield from compression.read_compressed(stream, source, name, packed, inner)


def _read_inner(stream: BinaryIO, source: str, name: str, *, options: ReadOptions,
                depth: int) -> Iterator[ReadResult]:
    yield from read_stream(stream, source, options, name, depth=depth)


def read_url(url: str, options: ReadOptions) -> Iterator[ReadResult]:
    """Articles from one http(s) URL: a page, a feed, JSON lines, or any file by its name."""
    try:
        download = fetch.fetch(url, options)
    except InputError as exc:
        yield exc
        return
    stream = io.BufferedReader(io.BytesIO(download.content))
    reader = next((r for media, r in MEDIA_TYPES if media in download.content_type), None)
    if reader is not None and download.content:
        yield from reader(stream, download.url, options)
    else:
        yield from read_stream(stream, download.url, options, urlsplit(download.url).path)


def read_inputs(paths: Iterable[str], options: ReadOptions = ReadOptions()) -> Iterator[ReadResult]:
    """Every article in the given files, directories, URLs or stdin ("-"), in order.

    Problems come out of the stream as ``InputError`` values, so a caller reports them and goes on.
    """
    for item in expand(paths):
        if isinstance(item, InputError):
            yield item
        elif is_url(item):
            yield from read_url(item, options)
        elif item == "-":
            yield from read_stream(sys.stdin.buffer, "<stdin>", options)
        else:
            yield from _read_file(item, options)


def _read_file(path: str, options: ReadOptions) -> Iterator[ReadResult]:
    try:
        stream = open(path, "rb")
    except OSError as exc:
        yield InputError(path, f"cannot read ({exc.strerror or exc})")
        return
    with stream:
        try:
            yield from read_stream(stream, path, options)
        except OSError as exc:
            yield InputError(path, f"read failed ({exc.strerror or exc})")
