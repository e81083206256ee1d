"""`make bench`: the ratio benchmarks, run side by side in one process, and one table of what
they measured against the bars of the scale-out issue.

    .venv/bin/python bench/run.py [--reps 2] [--limit N] [--corpus PATH]

(1) extract end-to-end against the bare spaCy parse, with wirecoder's own cost per stage;
(2) batch on 2 workers against 1, peak memory per worker, and batch output against extract;
(3) ingest rate into SQLite and PostgreSQL. (1) and (2) need the Wikinews corpus in
../shared/data and are skipped with a message without it; (3) then uses examples/.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from itertools import islice
from pathlib import Path

import bench_batch
import bench_extract
import bench_store

ROOT = Path(__file__).resolve().parents[1]
WIKINEWS = ROOT.parent / "shared" / "data" / "wikinews" / "articles.jsonl"


def _articles(path: Path, limit: int | None) -> list:
    from wirecoder.errors import InputError
    from wirecoder.ingest import read_inputs

    return [a for a in islice(read_inputs([str(path)]), limit) if not isinstance(a, InputError)]


def _table(rows: list[dict], columns: tuple[str, ...]) -> str:
    cells = [[str(c) for c in columns]] + [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(columns))]
    lines = ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _cell(value) -> str:
    if value is None:
        return ""
    if value is True or value is False:
        return "met" if value else "NOT MET"
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 10 else f"{value:.1f}"
    return str(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reps", type=int, default=2, help="runs of each side of the extract benchmark")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles of the corpus")
    parser.add_argument("--corpus", type=Path, default=WIKINEWS, help="JSON-lines corpus")
    args = parser.parse_args(argv)

    load_before = os.getloadavg()[0]
    rows: list[dict] = []
    if args.corpus.exists():
        articles = _articles(args.corpus, args.limit)
        summary, stages, coded = bench_extract.measure(articles, args.reps)
        rows += summary
        serial = [c.to_dict(with_text=True) for c in coded]
        if args.limit is None:
            rows += bench_batch.measure(str(args.corpus), serial)
        else:
            with tempfile.NamedTemporaryFile("wb", suffix=".jsonl") as part:
                with args.corpus.open("rb") as whole:
                    part.writelines(islice(whole, args.limit))
                part.flush()  # the same articles from another file: only their source differs
                rows += bench_batch.measure(part.name, [{**r, "source": part.name} for r in serial])
    else:
        print(f"bench: no corpus at {args.corpus} (the Wikinews corpus lives in ../shared/data); "
              f"skipping the extract and batch benchmarks, the store benchmark uses examples/", file=sys.stderr)
        from wirecoder.pipeline import Extractor

        stages, coded = [], list(Extractor().run(_articles(ROOT / "examples" / "articles.jsonl", None)))
    rows += bench_store.measure(coded)

    print(f"machine: {os.cpu_count()} cores; load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after "
          f"(other work on the machine slows the measurements)\n")
    print(_table(rows, ("name", "value", "bar", "ok")))
    if stages:
        print("\nwirecoder's own cost by stage (seconds in the fastest end-to-end run; share of the bare parse)")
        print(_table(stages, ("stage", "seconds", "of_bare_parse")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
