"""Gazetteer start-up time, memory and lookup speed, each start-up measured in a fresh process.

The index is built first if it is not in the cache (that build is reported, not counted). Then,
in a new Python process each time: the import of ``wirecoder.lexicon.gazetteer``, ``Gazetteer.load()``
(finding the index by its fingerprint and opening it) and the resident memory it adds; then
``candidates`` on names drawn from the index, cold (each name once), warm (5,000 of them asked
four times, from the in-process cache) and hot (100 names, as an article repeats its places), ``is_known`` on the same names and on as many non-names, and ``resolve``
with and without context.

    .venv/bin/python bench/gazetteer.py             # 20,000 names, 3 fresh processes
    .venv/bin/python bench/gazetteer.py --names 50000 --runs 5
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import time

CHILD = r"""
import json, sys, time
def rss_kb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4
t0, m0 = time.perf_counter(), rss_kb()
from wirecoder.lexicon.gazetteer import Gazetteer
t1, m1 = time.perf_counter(), rss_kb()
g = Gazetteer.load()
t2, m2 = time.perf_counter(), rss_kb()
names = json.loads(sys.stdin.read())
near = [g.resolve(x)[0] for x in ("Aleppo", "Mosul")]
def rate(fn, items):
    start = time.perf_counter()
    for x in items:
        fn(x)
    return round(len(items) / (time.perf_counter() - start))
cold = rate(g.candidates, names)
m3 = rss_kb()
out = {"import_s": round(t1 - t0, 4), "load_s": round(t2 - t1, 4),
       "load_rss_mb": round((m2 - m1) / 1024, 1), "after_cold_lookups_rss_mb": round((m3 - m1) / 1024, 1),
       "candidates_cold_per_s": cold, "candidates_warm_per_s": rate(g.candidates, names[:5000] * 4),
       "candidates_hot_per_s": rate(g.candidates, names[:100] * 200),
       "is_known_per_s": rate(g.is_known, names + [n + " qzx" for n in names]),
       "resolve_per_s": rate(g.resolve, names),
       "resolve_in_context_per_s": rate(lambda n: g.resolve(n, ("SYR", "IRQ"), near), names)}
print(json.dumps(out))
"""


def sample_names(path, n: int) -> list[str]:
    with sqlite3.connect(path) as con:
        names = [row[0] for row in con.execute("SELECT DISTINCT norm FROM name")]
    return random.Random(7).sample(names, min(n, len(names)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--names", type=int, default=20_000, help="names to look up (default 20,000)")
    parser.add_argument("--runs", type=int, default=3, help="fresh processes (default 3)")
    args = parser.parse_args()
    print("$", " ".join([sys.executable.rsplit("/", 1)[-1], *sys.argv]))
    from wirecoder.lexicon.gazetteer import index_path

    path = index_path()
    if not path.exists():
        from wirecoder.lexicon.gazetteer import Gazetteer

        started = time.perf_counter()
        Gazetteer.load()
        print(f"built {path.name} in {time.perf_counter() - started:.1f} s (not counted below)")
    names = sample_names(path, args.names)
    runs = []
    for _ in range(args.runs):
        done = subprocess.run([sys.executable, "-c", CHILD], input=json.dumps(names), text=True,
                              capture_output=True, check=True)
        runs.append(json.loads(done.stdout))
    result = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    result |= {"names": len(names), "runs": args.runs, "index_mb": round(path.stat().st_size / 2**20, 1)}
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
