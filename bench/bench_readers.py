"""Readers and cleaning against the whole ``extract``, on the same Wikinews articles in one run.

    .venv/bin/python bench/bench_readers.py [--limit 60] [--reps 2] [--corpus PATH]

"read" is ``read_inputs`` over a JSON-lines file of the articles (decode, parse JSON, check,
build Article records); "clean" is the paragraph and boilerplate layout the pipeline computes
for every article; "signature" is the MinHash that ``ingest`` computes to find copies (not part
of ``extract``, shown for what it adds to ingest). End-to-end is ``read_inputs`` plus
``Extractor.run`` over the same file. Each is timed ``reps`` times, alternating, and the fastest
counts. The bar: read + clean at most 5% of end-to-end. No pass/fail: it prints the figures.
Needs the Wikinews corpus in ../shared/data (or --corpus); skips with a message without it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WIKINEWS = ROOT.parent / "shared" / "data" / "wikinews" / "articles.jsonl"
BAR = 0.05


def _subset(corpus: Path, limit: int | None, folder: Path) -> Path:
    """The first ``limit`` records of the corpus as a file of their own, so every timing reads the same bytes."""
    out = folder / "subset.jsonl"
    with corpus.open("rb") as src, out.open("wb") as dst:
        dst.writelines(islice(src, limit))
    return out


def _best(fn, reps: int) -> float:
    best = float("inf")
    for _ in range(reps):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def measure(path: Path, reps: int) -> dict[str, float]:
    from wirecoder.errors import InputError
    from wirecoder.ingest import read_inputs
    from wirecoder.ingest.clean import layout
    from wirecoder.ingest.dedup import signature
    from wirecoder.pipeline import Extractor

    articles = [a for a in read_inputs([str(path)]) if not isinstance(a, InputError)]
    extractor = Extractor()
    list(extractor.run(articles[:3]))  # warm up: lazy loads (gazetteer, lexicons) happen here

    def read():
        for _ in read_inputs([str(path)]):
            pass

    def clean():
        for a in articles:
            layout(a.text, a.title)

    def sign():
        for a in articles:
            signature(a.text, a.title)

    def end_to_end():
        for _ in extractor.run(read_inputs([str(path)])):
            pass

    times = {"read": float("inf"), "clean": float("inf"), "signature": float("inf"), "end_to_end": float("inf")}
    for _ in range(reps):  # alternate, so every measure sees the same machine
        for name, fn in (("read", read), ("clean", clean), ("signature", sign), ("end_to_end", end_to_end)):
            times[name] = min(times[name], _best(fn, 1))
    times["articles"] = len(articles)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=WIKINEWS)
    parser.add_argument("--limit", type=int, default=60, help="first N articles (0: all)")
    parser.add_argument("--reps", type=int, default=2)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"bench_readers: {args.corpus} not found; skipping (it needs the Wikinews corpus)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        t = measure(_subset(args.corpus, args.limit or None, Path(tmp)), args.reps)
    e2e = t["end_to_end"]
    print(f"{t['articles']} articles, fastest of {args.reps}:")
    for name in ("read", "clean", "signature"):
        print(f"  {name:<10} {t[name]:8.3f} s  {t[name] / e2e:7.2%} of end-to-end")
    print(f"  {'extract':<10} {e2e:8.3f} s  (read_inputs + Extractor.run)")
    share = (t["read"] + t["clean"]) / e2e
    print(f"read + clean = {share:.2%} of end-to-end (bar: at most {BAR:.0%}); "
          f"with the ingest signature: {(t['read'] + t['clean'] + t['signature']) / e2e:.2%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
