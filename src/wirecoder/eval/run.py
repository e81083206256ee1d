"""Run extraction over a gold file and score it."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

from wirecoder.config import Options
from wirecoder.errors import InputError
from wirecoder.eval.gold import read_gold
from wirecoder.eval.score import Scorer
from wirecoder.ingest.base import ReadOptions
from wirecoder.ingest.jsonl import article_from_record
from wirecoder.pipeline import Extractor


def evaluate(path: str | Path, options: Options = Options(), limit: int | None = None) -> tuple[dict, list[InputError]]:
    """Scores for one gold file, and the gold records that could not be used."""
    errors: list[InputError] = []
    gold: list[dict] = []
    for rec in islice(read_gold(path), limit):
        (errors if isinstance(rec, InputError) else gold).append(rec)
    articles = []
    for rec in gold:  # read as `extract` reads the same file
        found = article_from_record(rec, str(path), ReadOptions(max_chars=options.max_chars), rec["id"])
        (errors if isinstance(found, InputError) else articles).append(found)
    predictions = {c.id: c.to_dict() for c in Extractor(options).run(articles) if not isinstance(c, InputError)}
    scorer = Scorer()
    for rec in gold:
        scorer.add(rec, predictions.get(rec["id"]))
    result = scorer.result()
    result["counts"]["records"] = len(gold)
    return result, errors
