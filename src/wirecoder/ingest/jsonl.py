"""JSON lines (one article object per line) and JSON arrays of article objects.

A record is ``{"id", "text", "title", "url", "published" | "date"}``; field names can be
mapped with ``ReadOptions`` (``--text-field``, ``--id-field``, ``--date-field``). The title and
URL may also sit in a "meta" or "metadata" object.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from wirecoder.errors import InputError
from wirecoder.ingest.base import ReadOptions, ReadResult, decode, iso_date, make_article


def article_from_record(obj, source: str, options: ReadOptions, record) -> ReadResult:
    """One decoded JSON value → an Article, or the InputError saying what is wrong with it."""
    try:
        if not isinstance(obj, dict):
            raise InputError(source, f"expected a JSON object, got {type(obj).__name__}", record)
        text = obj.get(options.text_field)
        if text is None:
            raise InputError(source, f"no {options.text_field!r} field", record)
        if not isinstance(text, str):
            raise InputError(source, f"{options.text_field!r} is not a string", record)
        date = next((obj[f] for f in options.date_fields if obj.get(f)), None)
        return make_article(
            text, source, options, record,
            id=obj.get(options.id_field), title=_str(_field(obj, "title")), url=_str(_field(obj, "url")),
            published=iso_date(date, source, record),
        )
    except InputError as exc:
        return exc


def _field(obj: dict, name: str):
    """A record's title or URL, at the top level or in its "meta" or "metadata" object (where
    gold files and many corpus dumps keep them)."""
    if obj.get(name) not in (None, ""):
        return obj[name]
    for nested in ("meta", "metadata"):
        inner = obj.get(nested)
        if isinstance(inner, dict) and inner.get(name) not in (None, ""):
            return inner[name]
    return None


def _str(value) -> str | None:
    return None if value in (None, "") else str(value)


def read(stream: BinaryIO, source: str, options: ReadOptions) -> Iterator[ReadResult]:
    """Articles from a JSON-lines stream, one line at a time (a JSON array is read whole)."""
    head = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
    if head.lstrip().startswith(b"["):
        yield from _read_array(stream, source, options)
        return
    seen_any = False
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        seen_any = True
        try:
            line = decode(raw, source, f"line {number}")
            obj = json.loads(line)
        except InputError as exc:
            yield exc
            continue
        except (json.JSONDecodeError, RecursionError) as exc:
            reason = getattr(exc, "msg", "too deeply nested")
            yield InputError(source, f"malformed JSON ({reason})", f"line {number}")
            continue
        yield article_from_record(obj, source, options, f"line {number}")
    if not seen_any:
        yield InputError(source, "empty file")


def _read_array(stream: BinaryIO, source: str, options: ReadOptions) -> Iterator[ReadResult]:
    try:
        data = json.loads(decode(stream.read(), source))
    except InputError as exc:
        yield exc
        return
    except (json.JSONDecodeError, RecursionError) as exc:
        yield InputError(source, f"malformed JSON ({getattr(exc, 'msg', 'too deeply nested')})")
        return
    for i, obj in enumerate(data, start=1):
        yield article_from_record(obj, source, options, f"item {i}")
