"""Plain-text articles: one file is one article; a short first line is its title."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from wirecoder.errors import InputError
from wirecoder.ingest.base import ReadOptions, ReadResult, decode, make_article

_TITLE_MAX = 160
_FIRST_LINE = re.compile(r"\A[ \t]*(?P<line>[^\n]+)\n")


def guess_title(text: str) -> str | None:
    """The first line, when it looks like a headline: short, no final full stop, and followed
    by more text."""
    m = _FIRST_LINE.match(text)
    if not m:
        return None
    line = m.group("line").strip()
    rest = text[m.end():].strip()
    if not rest or len(line) > _TITLE_MAX or line.endswith((".", ",", ";", ":")):
        return None
    return line


def read(stream: BinaryIO, source: str, options: ReadOptions) -> Iterator[ReadResult]:
    """The whole stream as one article (refusing files far beyond ``max_chars``)."""
    limit = options.max_chars * 4 + 1  # UTF-8 takes at most 4 bytes a character
    data = stream.read(limit)
    try:
        if len(data) >= limit:
            raise InputError(source, f"file is larger than max_chars ({options.max_chars:,} characters)")
        text = decode(data, source)
        yield make_article(text, source, options, title=guess_title(text))
    except InputError as exc:
        yield exc
