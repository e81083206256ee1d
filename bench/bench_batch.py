"""``batch`` on 2 workers against 1 on the same corpus, side by side in one run; the peak memory
of each worker; and whether the batch output equals serial ``extract`` output.

Throughput is articles per second of coding time, counted from the moment every worker has its
model loaded (``BatchResult.seconds``), so cluster start-up, which a long run pays once, does
not blur the comparison. Peak memory is each worker process's peak resident set.
"""

from __future__ import annotations

import tempfile


def _run(corpus: str, n: int) -> tuple:
    """A batch run on a fresh local cluster of n workers, as `wirecoder batch --workers n` makes it."""
    from wirecoder.batch.driver import run_batch
    from wirecoder.batch.output import read_batch

    with tempfile.TemporaryDirectory(prefix="wirecoder-bench-") as out:
        result = run_batch([corpus], out, workers=n)
        return result, list(read_batch(out))


def measure(corpus: str, serial: list[dict] | None = None, workers: tuple[int, ...] = (1, 2)) -> list[dict]:
    """Rows for the table; ``serial`` is extract's output (``to_dict(with_text=True)``) to compare with."""
    runs = {n: _run(corpus, n) for n in workers}
    speed = {n: r.articles / r.seconds for n, (r, _) in runs.items()}
    memory = max(m for r, _ in runs.values() for m in r.peak_memory.values())
    one, most = min(workers), max(workers)
    rows = [{"name": f"batch: throughput, {n} worker{'s' if n > 1 else ''}",
             "value": f"{speed[n]:.2f} articles/s ({runs[n][0].articles} in {runs[n][0].seconds:.1f} s, "
                      f"{runs[n][0].shards} shards)", "bar": "", "ok": None} for n in workers]
    ratio = speed[most] / speed[one]
    rows.append({"name": f"batch: {most} workers / {one}", "value": f"{ratio:.2f}x", "bar": ">= 1.6x",
                 "ok": ratio >= 1.6})
    rows.append({"name": "batch: peak memory per worker", "value": f"{memory / 2**20:.0f} MiB", "bar": "<= 1536 MiB",
                 "ok": memory <= 1.5 * 2**30})
    if serial is not None:
        differ = max(abs(len(records) - len(serial)) + sum(a != b for a, b in zip(records, serial))
                     for _, records in runs.values())
        rows.append({"name": f"batch: output equals serial extract ({len(serial)} articles)",
                     "value": "yes" if not differ else f"NO ({differ} articles differ)", "bar": "yes", "ok": not differ})
    return rows
