"""End-to-end ``extract`` against the bare spaCy parse of the same texts, side by side in one run,
and wirecoder's own cost broken down by stage.

The bare parse is ``nlp.pipe`` over the article texts with the model wirecoder loads: the floor
no coder built on spaCy can go under. End-to-end is ``Extractor.run`` over the same articles
(clean, parse per paragraph, the five annotators, build). The two run back to back on each
slice of the corpus, ``reps`` times, and the fastest of each counts, so both see the same
machine (see ``measure``). Stage times come from
wrapping the stages of the same runs; "parse" is wirecoder's paragraph-by-paragraph parse, whose
difference from the bare parse is what cutting articles into paragraphs costs (or saves: short
paragraphs parse faster than whole articles). wirecoder's own work is everything but the parse.
"""

from __future__ import annotations

import time
from collections import defaultdict
from contextlib import contextmanager

STAGES = ("clean", "parse", "wc_dates", "wc_places", "wc_actors", "wc_quotes", "wc_events", "build")


class _Timed:
    """A callable that adds its own running time to ``totals[name]``."""

    def __init__(self, name: str, fn, totals: dict):
        self.name, self.fn, self.totals = name, fn, totals

    def __call__(self, *args, **kwargs):
        started = time.perf_counter()
        try:
            return self.fn(*args, **kwargs)
        finally:
            self.totals[self.name] += time.perf_counter() - started


@contextmanager
def _stage_timers(extractor, totals: dict):
    """Wrap clean, parse, each annotator and build of the pipeline with timers."""
    from wirecoder import pipeline
    from wirecoder.nlp import pipeline as nlp_pipeline

    real_layout, real_build, real_parse = pipeline.layout, pipeline.build, nlp_pipeline.parse
    real_annotators = extractor.annotators

    def parse(*args, **kwargs):  # a generator: time each step, less the cleaning done inside it
        docs = real_parse(*args, **kwargs)
        while True:
            started, cleaned = time.perf_counter(), totals["clean"]
            try:
                doc = next(docs)
            except StopIteration:
                return
            finally:
                totals["parse"] += time.perf_counter() - started - (totals["clean"] - cleaned)
            yield doc

    pipeline.layout = _Timed("clean", real_layout, totals)
    pipeline.build = _Timed("build", real_build, totals)
    nlp_pipeline.parse = parse
    extractor.annotators = [(name, _Timed(name, component, totals)) for name, component in real_annotators]
    try:
        yield
    finally:
        pipeline.layout, pipeline.build, nlp_pipeline.parse = real_layout, real_build, real_parse
        extractor.annotators = real_annotators


def measure(articles: list, reps: int = 2, slice_size: int = 32) -> tuple[list[dict], list[dict], list]:
    """(summary rows, stage rows, coded articles) for the articles.

    The machine's speed drifts by 10-20% over minutes, more than the difference being measured,
    so the two sides are paired: the articles are cut into slices, each slice is parsed bare and
    coded end to end back to back (the order alternating), ``reps`` times, and each side keeps
    its fastest time per slice. A drift then slows both sides of a slice alike.
    """
    from wirecoder.pipeline import Extractor

    extractor = Extractor()
    texts = [a.text for a in articles]
    list(extractor.run(articles[:5]))  # warm up: lazy loads (gazetteer, lexicons) happen here
    list(extractor.nlp.pipe(texts[:5]))

    def bare_parse(part: list) -> float:
        started = time.perf_counter()
        for _doc in extractor.nlp.pipe([a.text for a in part], batch_size=64):
            pass
        return time.perf_counter() - started

    def end_to_end(part: list) -> tuple[float, dict, list]:
        totals: dict = defaultdict(float)
        with _stage_timers(extractor, totals):
            started = time.perf_counter()
            done = list(extractor.run(part))
            return time.perf_counter() - started, totals, done

    bare = e2e = 0.0
    stages: dict = defaultdict(float)
    coded: list = []
    for k in range(0, len(articles), slice_size):
        part = articles[k:k + slice_size]
        best_bare, best = float("inf"), (float("inf"), {}, [])
        for rep in range(reps):
            if (k // slice_size + rep) % 2:
                best = min(best, end_to_end(part), key=lambda r: r[0])
                best_bare = min(best_bare, bare_parse(part))
            else:
                best_bare = min(best_bare, bare_parse(part))
                best = min(best, end_to_end(part), key=lambda r: r[0])
        bare += best_bare
        e2e += best[0]
        for name, seconds in best[1].items():
            stages[name] += seconds
        coded += best[2]
    words = sum(len(t.split()) for t in texts)
    own = e2e - stages.get("parse", 0.0)
    summary = [
        {"name": f"extract: bare parse / end-to-end ({len(articles)} articles, {words:,} words)",
         "value": f"{bare / e2e:.3f} ({bare:.1f} s / {e2e:.1f} s)", "bar": ">= 0.85", "ok": bare / e2e >= 0.85},
        {"name": "extract: wirecoder's paragraph parse / end-to-end (stricter)",
         "value": f"{stages['parse'] / e2e:.3f} ({stages['parse']:.1f} s / {e2e:.1f} s)", "bar": "", "ok": None},
    ]
    rows = [{"stage": s, "seconds": stages.get(s, 0.0)} for s in STAGES]
    rows.append({"stage": "other (loop, records)", "seconds": e2e - sum(stages.values())})
    rows.append({"stage": "wirecoder's own work (all but parse)", "seconds": own})
    rows.append({"stage": "paragraph parse - bare parse", "seconds": stages["parse"] - bare})
    for row in rows:
        row["of_bare_parse"] = row["seconds"] / bare
    return summary, rows, coded
