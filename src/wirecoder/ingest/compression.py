"""Compressed inputs: gzip, bzip2 and xz streams, and zip archives of many files.

Corpora travel compressed. A compressed file is read through a decompressing stream, so a
multi-gigabyte ``.jsonl.gz`` reads with the same flat memory as its plain form, and its reader is
picked from the name without the compression suffix (``x.jsonl.gz`` reads as JSON lines). Each
file in a zip archive is a source of its own, ``archive.zip:member.jsonl``. Data cut short or
corrupt is one error naming the file, after the articles read before it.

This module only unpacks; the caller passes in how to read what comes out (``read_inner``), so
nesting (a ``.gz`` inside a ``.zip``) works and the reader choice stays in ``files.py``.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import PurePosixPath
from typing import BinaryIO

from wirecoder.errors import InputError
from wirecoder.ingest.base import ReadResult

# Read what is inside: (stream, source, name) → results.
InnerReader = Callable[[BinaryIO, str, str], Iterator[ReadResult]]

_OPENERS: dict[str, Callable[[BinaryIO], BinaryIO]] = {
    ".gz": lambda s: gzip.GzipFile(fileobj=s, mode="rb"),
    ".bz2": bz2.BZ2File,
    ".xz": lzma.LZMAFile,
}
_MAGIC = (
    (b"\x1f\x8b", ".gz"),
    (b"BZh", ".bz2"),  # with the block magic checked below: "BZh" alone is ordinary text
    (b"\xfd7zXZ\x00", ".xz"),
    (b"PK\x03\x04", ".zip"),
    (b"PK\x05\x06", ".zip"),  # an empty archive
)
_BZ2_BLOCK = b"\x31\x41\x59\x26\x53\x59"

# What decompression raises on damaged data (gzip.BadGzipFile is an OSError); zip adds
# RuntimeError for encrypted members and NotImplementedError for unknown compression methods.
_DAMAGE = (EOFError, OSError, zlib.error, lzma.LZMAError)
_ZIP_DAMAGE = (*_DAMAGE, zipfile.BadZipFile, RuntimeError, NotImplementedError)


def kind(name: str, head: bytes) -> str | None:
    """".gz", ".bz2", ".xz" or ".zip" for a compressed input (by suffix, else magic bytes)."""
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in _OPENERS or suffix == ".zip":
        return suffix
    for magic, found in _MAGIC:
        if head.startswith(magic) and (found != ".bz2" or head[4:10] == _BZ2_BLOCK):
            return found
    return None


def inner_name(name: str, packed: str) -> str:
    """The name of what is inside: "x.jsonl.gz" → "x.jsonl" (unchanged if not so named)."""
    return name[: -len(packed)] if name.lower().endswith(packed) else name


def read_compressed(stream: BinaryIO, source: str, name: str, packed: str,
                    read_inner: InnerReader) -> Iterator[ReadResult]:
    """Results from a gzip, bzip2 or xz stream, decompressed as it is read."""
    try:
        yield from read_inner(_OPENERS[packed](stream), source, inner_name(name, packed))
    except _DAMAGE as exc:
        yield InputError(source, f"corrupt or truncated {packed[1:]} data ({exc}); stopped reading")


def read_zip(stream: BinaryIO, source: str, read_inner: InnerReader) -> Iterator[ReadResult]:
    """Results from every file in a zip archive, each named "archive.zip:member"."""
    if not stream.seekable():
        yield InputError(source, "a zip archive must be a file, not a pipe")
        return
    try:
        archive = zipfile.ZipFile(stream)
    except _ZIP_DAMAGE as exc:
        yield InputError(source, f"not a readable zip archive ({exc})")
        return
    with archive:
        members = [info for info in archive.infolist() if _is_content(info)]
        if not members:
            yield InputError(source, "zip archive has no files")
        for info in members:
            member = f"{source}:{info.filename}"
            try:
                with archive.open(info) as inner:
                    yield from read_inner(inner, member, info.filename)
            except _ZIP_DAMAGE as exc:
                yield InputError(member, f"cannot read this archive member ({exc})")


def _is_content(info: zipfile.ZipInfo) -> bool:
    """Files, not directories, hidden files or macOS resource forks."""
    path = PurePosixPath(info.filename)
    return not info.is_dir() and not any(p.startswith(".") or p == "__MACOSX" for p in path.parts)
