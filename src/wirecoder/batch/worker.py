"""What runs on a Dask worker: code one shard with the worker's own Extractor and write its
Parquet parts.

Loading the spaCy model and the dictionaries takes seconds and hundreds of megabytes, so each
worker process keeps one ``Extractor`` per settings in a module-level cache, warmed by
``ModelLoader`` when the worker joins. Records are flushed to Parquet every ``PART_ARTICLES``
articles, so a shard of any size (a 1 GB WARC) never sits in memory whole.
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Iterator

from distributed.diagnostics.plugin import WorkerPlugin
from fsspec.core import url_to_fs

from wirecoder.batch.shards import Shard, read_shard
from wirecoder.config import Options
from wirecoder.errors import InputError
from wirecoder.export.parquet import TABLES, write_part
from wirecoder.ingest.base import ReadOptions

PART_ARTICLES = 1000

_extractors: dict = {}


def extractor(options: Options):
    """This process's Extractor for these settings, loaded on first use."""
    found = _extractors.get(options)
    if found is None:
        from wirecoder.pipeline import Extractor  # imported here: the driver never loads spaCy

        found = _extractors[options] = Extractor(options)
    return found


class ModelLoader(WorkerPlugin):
    """Loads the model as a worker joins, so tasks find it ready."""

    name = "wirecoder-model"

    def __init__(self, options: Options):
        self.options = options

    def setup(self, worker) -> None:
        extractor(self.options)


def run_shard(shard: Shard, out: str, options: Options, read: ReadOptions) -> dict:
    """Code one shard and write it as Parquet parts under ``out``; returns the manifest facts:
    ``{parts, rows, rejected, seconds, worker}``."""
    started = time.perf_counter()
    _remove_parts(out, shard.name)  # left by an attempt that died before it finished
    rows = dict.fromkeys(TABLES, 0)
    parts: list[str] = []
    rejected: list[dict] = []
    for n, batch in enumerate(_batches(extractor(options).run(read_shard(shard, read)), rejected)):
        parts.append(f"{shard.name}-{n:04d}")
        for table, count in write_part(batch, out, parts[-1]).items():
            rows[table] += count
    return {"parts": parts, "rows": rows, "rejected": rejected, "seconds": round(time.perf_counter() - started, 3),
            "worker": f"{socket.gethostname()}:{os.getpid()}"}


def _batches(results, rejected: list[dict]) -> Iterator[list[dict]]:
    """Records in groups of PART_ARTICLES (always at least one group, so a shard has a part);
    input errors go to ``rejected``."""
    batch: list[dict] = []
    sent = False
    for item in results:
        if isinstance(item, InputError):
            rejected.append(item.to_dict())
            continue
        batch.append(item.to_dict(with_text=True))
        if len(batch) >= PART_ARTICLES:
            yield batch
            batch, sent = [], True
    if batch or not sent:
        yield batch


def _remove_parts(out: str, name: str) -> None:
    fs, root = url_to_fs(out)
    if not fs.exists(f"{root}/{TABLES[0]}/{name}-0000.parquet"):  # the first file any attempt writes
        return
    for table in TABLES:
        for path in fs.glob(f"{root}/{table}/{name}-*.parquet"):
            fs.rm(path)


def peak_memory() -> int:
    """This process's peak resident memory in bytes. On Linux it is read from /proc (VmHWM):
    ``getrusage`` there also counts the parent that a worker process was forked from."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration, ValueError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
