"""CSV and TSV files with a header row: one row is one article.

Spreadsheets and database dumps are how many archives hand out news. Columns map exactly like
JSON-lines fields (``text_field``, ``id_field``, ``date_fields``, and ``title``/``url``), through
``jsonl.article_from_record``, so the two formats can never disagree about a record. The
delimiter is the one the header line uses most (comma, tab, semicolon or bar), which reads
``.tsv`` files and stdin alike. Rows are numbered from 1, the first row after the header.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterator
from typing import BinaryIO

from wirecoder.errors import InputError
from wirecoder.ingest.base import ReadOptions, ReadResult
from wirecoder.ingest.jsonl import article_from_record

_DELIMITERS = (",", "\t", ";", "|")


def _field_limit(options: ReadOptions) -> int:
    """Fields somewhat past max_chars are read and refused per row. Far past it, a field is
    almost surely an unclosed quote swallowing the rest of the file: csv stops it there, and
    since its place in the file is lost, so do we."""
    return max(options.max_chars * 10, 1_000_000)


def read(stream: BinaryIO, source: str, options: ReadOptions) -> Iterator[ReadResult]:
    """Articles from a CSV/TSV stream, one row at a time."""
    csv.field_size_limit(_field_limit(options))  # process-wide: set for each file read
    lines = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    try:
        yield from _read_rows(lines, source, options)
    except UnicodeDecodeError as exc:
        yield InputError(source, f"invalid UTF-8 ({exc.reason}); stopped reading")
    finally:
        lines.detach()  # leave the caller's stream open


def _read_rows(lines: io.TextIOWrapper, source: str, options: ReadOptions) -> Iterator[ReadResult]:
    first = lines.readline()
    delimiter = max(_DELIMITERS, key=first.count)
    rows = csv.reader(itertools.chain([first], lines), delimiter=delimiter)
    header = _header(rows, source, options)
    if isinstance(header, InputError):
        yield header
        return
    for number, row in _numbered(rows, source, options):
        if isinstance(row, InputError):
            yield row
        elif len(row) != len(header):
            yield InputError(source, f"{len(row)} fields, the header has {len(header)}", f"row {number}")
        else:
            yield article_from_record(dict(zip(header, row)), source, options, f"row {number}")


def _header(rows, source: str, options: ReadOptions) -> list[str] | InputError:
    try:
        header = next(rows, None)
    except csv.Error as exc:
        return InputError(source, f"malformed CSV header ({exc})")
    if not header or not any(name.strip() for name in header):
        return InputError(source, "empty file (no header row)")
    header = [name.strip() for name in header]
    if options.text_field not in header:
        return InputError(source, f"no {options.text_field!r} column (columns: {', '.join(header)})")
    return header


def _numbered(rows, source: str, options: ReadOptions) -> Iterator[tuple[int, list[str] | InputError]]:
    """Data rows with their numbers, blank lines skipped, rows csv cannot split as errors."""
    number = 0
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            number += 1
            if "field limit" in str(exc):
                yield number, InputError(source, f"a field runs past {_field_limit(options):,} "
                                                 "characters (an unclosed quote?); stopped reading",
                                         f"row {number}")
                return
            yield number, InputError(source, f"malformed CSV ({exc})", f"row {number}")
            continue
        if row:
            number += 1
            yield number, row
