"""The batch driver: cut the inputs into shards, skip the ones an earlier run finished, code the
rest on a Dask cluster (one task per shard), and keep the manifest as tasks finish.

The cluster is a ``LocalCluster`` of single-threaded worker processes by default (spaCy holds
the GIL, so processes, not threads, are what use the cores), or any running cluster named by
its scheduler address. Workers write their Parquet parts themselves; only the small manifest
facts travel back to the driver, which alone writes the manifest.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field

import dask
from distributed import Client, LocalCluster, as_completed

from wirecoder.batch.manifest import Manifest
from wirecoder.batch.shards import Shard, plan
from wirecoder.batch.worker import ModelLoader, peak_memory, run_shard
from wirecoder.config import Options
from wirecoder.errors import InputError
from wirecoder.ingest.base import ReadOptions

log = logging.getLogger(__name__)

SAVE_EVERY = 2.0  # seconds between manifest writes while shards finish (and once at the end)

Progress = Callable[[int, int], None]  # (shards finished, shards in all), called as they finish


@dataclass
class BatchResult:
    """What a batch run did."""

    out: str
    shards: int = 0  # shards in the plan
    skipped: int = 0  # finished by an earlier run, not done again
    done: int = 0  # finished by this run
    articles: int = 0  # articles written by this run
    errors: list[InputError] = field(default_factory=list)  # rejected inputs and failed shards
    peak_memory: dict[str, int] = field(default_factory=dict)  # worker -> peak resident bytes
    seconds: float = 0.0  # time spent coding (after the workers had loaded the model)


def default_workers() -> int:
    """One worker per core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def settings_of(options: Options, read: ReadOptions) -> dict:
    """The settings that shape a batch's output, as recorded in its manifest."""
    coding = {k: v for k, v in asdict(options).items() if k != "batch_size"}
    return _json_safe({"options": coding, "read": asdict(read)})


def _json_safe(value):
    """Tuples as lists, so settings compare equal to what the manifest gives back."""
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    return value if isinstance(value, (str, int, float, bool, type(None))) else str(value)


def run_batch(inputs: Iterable[str], out: str, options: Options = Options(), read: ReadOptions = ReadOptions(), *,
              workers: int | None = None, scheduler: str | None = None, client: Client | None = None,
              chunk_bytes: int | None = None, progress: Progress | None = None) -> BatchResult:
    """Code the inputs into Parquet parts under ``out`` on a Dask cluster, resuming a run that
    stopped: shards the manifest lists as finished, from the same bytes, are not done again.

    The cluster is ``client`` if given, else the scheduler at ``scheduler``, else a local
    cluster of ``workers`` processes (default: one per core).
    """
    result = BatchResult(out)
    shards: dict[str, Shard] = {}
    for item in plan(inputs, chunk_bytes):
        if isinstance(item, InputError):
            result.errors.append(item)
        else:
            shards.setdefault(item.name, item)
    manifest = Manifest.open(out, settings_of(options, read))
    manifest.reorder(list(shards))
    todo = [(order, s) for order, s in enumerate(shards.values()) if not manifest.finished(s)]
    result.shards, result.skipped = len(shards), len(shards) - len(todo)
    if progress:
        progress(result.skipped, result.shards)
    try:
        if todo:
            with _connect(client, scheduler, workers) as dask:
                _run(dask, todo, manifest, out, options, read, result, progress)
                result.peak_memory = dask.run(peak_memory)
    finally:
        manifest.save()
    return result


def _run(dask: Client, todo: list[tuple[int, Shard]], manifest: Manifest, out: str, options: Options,
         read: ReadOptions, result: BatchResult, progress: Progress | None) -> None:
    dask.register_plugin(ModelLoader(options))  # returns once every worker has loaded the model
    started = saved = time.monotonic()
    futures = {dask.submit(run_shard, shard, out, options, read, pure=False): (order, shard) for order, shard in todo}
    for future in as_completed(futures):
        order, shard = futures[future]
        try:
            facts = future.result()
        except Exception as exc:  # a shard that fails is reported; the other shards go on
            where = None if shard.end is None else f"bytes {shard.start}-{shard.end}"
            result.errors.append(InputError(shard.source, f"shard failed ({type(exc).__name__}: {exc})", where))
        else:
            manifest.record(shard, order, facts)
            result.done += 1
            result.articles += facts["rows"]["articles"]
            result.errors.extend(InputError(**r) for r in facts["rejected"])
        future.release()
        if progress:
            progress(result.skipped + result.done, result.shards)
        if time.monotonic() - saved > SAVE_EVERY:
            manifest.save()
            saved = time.monotonic()
    result.seconds = round(time.monotonic() - started, 3)


@contextmanager
def _connect(client: Client | None, scheduler: str | None, workers: int | None) -> Iterator[Client]:
    if client is not None:
        yield client
    elif scheduler:
        with Client(scheduler) as connected:
            yield connected
    else:
        with (dask.config.set({"distributed.worker.profile.enabled": False}),  # sampling costs CPU, tells us nothing
              LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=logging.ERROR) as cluster,
              Client(cluster) as local):
            yield local
