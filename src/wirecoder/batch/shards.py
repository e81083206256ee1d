"""Cutting the inputs of a batch into shards, one Dask task each, and reading a shard back.

A shard is a whole input file (WARC, compressed or remote files, any other format), or a byte
range of a big local JSON-lines file, cut at line starts so that two workers are busy even when
there is only one input. Each shard has a name derived from where it is (so a re-run finds it
again) and a fingerprint of what it holds (so a changed input is done again): a hash of the
bytes for local files, a hash of the size, ETag and modification time the filesystem reports for
remote ones (reading a remote file twice to hash it would double the traffic). Inputs fetched
over http(s) go through wirecoder's own fetcher and have no fingerprint.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

from fsspec.core import url_to_fs
from fsspec.implementations.local import LocalFileSystem

from wirecoder.errors import InputError
from wirecoder.ingest import jsonl, read_inputs
from wirecoder.ingest.base import ReadOptions, ReadResult, is_url
from wirecoder.ingest.files import expand, read_stream

MIN_CHUNK = 64 * 1024  # a local JSON-lines file is cut into about 32 pieces of at least this...
MAX_CHUNK = 32 * 1024 * 1024  # ...and at most this many bytes
PIECES = 32
_SPLITTABLE = (".jsonl", ".ndjson")
_HASH_BLOCK = 1024 * 1024
_LINE = re.compile(r"^line (\d+)$")


@dataclass(frozen=True)
class Shard:
    """One task's input: a whole file or URL, or the byte range [start, end) of a local
    JSON-lines file whose first line is line ``first_line`` of the file."""

    source: str  # the input as the user named it (articles' ``source``, error messages)
    url: str  # where workers read it: an absolute path or an fsspec URL
    fingerprint: str = ""
    start: int = 0
    end: int | None = None  # None: the whole file
    first_line: int = 1

    @property
    def name(self) -> str:
        """The shard's stable name, which is also the name of its Parquet part files."""
        where = f"{self.url}\0{self.start}\0{self.end}"
        return "part-" + hashlib.blake2b(where.encode("utf-8"), digest_size=8).hexdigest()


def chunk_size(size: int) -> int:
    """How many bytes of a local JSON-lines file of this size go into one shard."""
    return max(MIN_CHUNK, min(MAX_CHUNK, size // PIECES))


def plan(inputs: Iterable[str], chunk_bytes: int | None = None) -> Iterator[Shard | InputError]:
    """The shards of the inputs (files, folders, fsspec URLs or globs), in input order; inputs
    that cannot be found come out as errors."""
    for name in inputs:
        if name == "-":
            yield InputError("-", "batch reads files and URLs, not standard input")
        elif is_url(name):
            yield Shard(source=name, url=name)
        else:
            fs, path = url_to_fs(name)
            if isinstance(fs, LocalFileSystem):
                yield from _plan_local(path if "://" in name else name, chunk_bytes)
            else:
                try:
                    yield from _plan_remote(fs, path, name)
                except OSError as exc:
                    yield InputError(name, f"cannot list or read ({exc.strerror or exc})")


def _plan_local(name: str, chunk_bytes: int | None) -> Iterator[Shard | InputError]:
    for item in expand([name]):  # the same files, in the same order, as `wirecoder extract`
        if isinstance(item, InputError):
            yield item
            continue
        fs, path = url_to_fs(item)
        try:
            size = fs.size(path)
            chunk = chunk_bytes or chunk_size(size)
            if size > chunk and _splittable(path):
                yield from _split(item, path, chunk)
            else:
                yield Shard(source=item, url=path, fingerprint=_hash_file(path))
        except OSError as exc:
            yield InputError(item, f"cannot read ({exc.strerror or exc})")


def _plan_remote(fs, path: str, name: str) -> Iterator[Shard | InputError]:
    if fs.isdir(path):
        found = _visible(fs.find(path))
        if not found:
            yield InputError(name, "directory has no files")
    elif any(c in path for c in "*?["):
        found = _visible(fs.glob(path))
        if not found:
            yield InputError(name, "no files match")
    elif fs.isfile(path):
        found = [path]
    else:
        yield InputError(name, "no such file")
        return
    for p in found:
        url = fs.unstrip_protocol(p)
        info = fs.info(p)
        version = {k: info[k] for k in sorted(info) if k.lower() in _VERSION_KEYS}
        digest = hashlib.blake2b(json.dumps(version, default=str).encode(), digest_size=16).hexdigest()
        yield Shard(source=url, url=url, fingerprint="info:" + digest)


def _visible(paths: Iterable[str]) -> list[str]:
    """Files in name order, hidden ones left out (as for local folders)."""
    return sorted(p for p in paths if not PurePosixPath(p).name.startswith("."))


_VERSION_KEYS = {"size", "etag", "mtime", "last_modified", "lastmodified", "updated", "md5hash", "crc32c",
                 "checksum", "version_id", "generation"}


def _splittable(path: str) -> bool:
    """A plain JSON-lines file (not an array, not compressed under a misleading name)."""
    if PurePosixPath(path).suffix.lower() not in _SPLITTABLE:
        return False
    with open(path, "rb") as f:
        return f.read(256).lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def _hash_file(path: str) -> str:
    h = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as f:
        while block := f.read(_HASH_BLOCK):
            h.update(block)
    return h.hexdigest()


def _split(source: str, path: str, chunk: int) -> Iterator[Shard]:
    """Byte ranges of about ``chunk`` bytes, each ending at the end of a line."""
    with open(path, "rb") as f:
        start, line = 0, 1
        while data := f.read(chunk):
            data += f.readline()
            end = start + len(data)
            yield Shard(source=source, url=path, fingerprint=hashlib.blake2b(data, digest_size=16).hexdigest(),
                        start=start, end=end, first_line=line)
            start, line = end, line + data.count(b"\n")


def read_shard(shard: Shard, options: ReadOptions) -> Iterator[ReadResult]:
    """The articles of one shard (and its input errors), as ``read_inputs`` would give them."""
    if is_url(shard.url):
        yield from read_inputs([shard.url], options)
    elif shard.end is not None:
        yield from _read_range(shard, options)
    else:
        fs, path = url_to_fs(shard.url)
        try:
            with fs.open(path, "rb") as stream:
                yield from read_stream(stream, shard.source, options, path)
        except OSError as exc:
            yield InputError(shard.source, f"cannot read ({exc.strerror or exc})")


def _read_range(shard: Shard, options: ReadOptions) -> Iterator[ReadResult]:
    try:
        with open(shard.url, "rb") as f:
            f.seek(shard.start)
            data = f.read(shard.end - shard.start)
    except OSError as exc:
        yield InputError(shard.source, f"cannot read ({exc.strerror or exc})")
        return
    if hashlib.blake2b(data, digest_size=16).hexdigest() != shard.fingerprint:
        yield InputError(shard.source, "changed while the batch ran; run it again",
                         f"bytes {shard.start}-{shard.end}")
        return
    if not data.strip():
        return
    for item in jsonl.read(io.BufferedReader(io.BytesIO(data)), shard.source, options):
        yield _renumber(item, shard.first_line) if isinstance(item, InputError) else item


def _renumber(error: InputError, first_line: int) -> InputError:
    """The JSON-lines reader counts lines from the start of the range; name them in the file."""
    m = _LINE.match(str(error.record or ""))
    if not m:
        return error
    return InputError(error.source, error.reason, f"line {int(m.group(1)) + first_line - 1}")
