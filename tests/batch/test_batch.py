"""Batch coding on Dask: the output equals serial extract, shards resume, output loads into a
store exactly as ingest would fill it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from wirecoder.batch.driver import run_batch
from wirecoder.batch.output import load_batch, read_batch
from wirecoder.batch import worker
from wirecoder.batch.manifest import FILE_NAME, Manifest
from wirecoder.config import Options
from wirecoder.errors import ConfigError, InputError
from wirecoder.ingest import read_inputs
from wirecoder.store.query import coded_articles

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles.jsonl"


def _serial(extractor, inputs):
    """What `wirecoder extract` gives for the inputs: records (with text) and input errors."""
    records, errors = [], []
    for item in extractor.run(read_inputs([str(i) for i in inputs])):
        if isinstance(item, InputError):
            errors.append(item.to_dict())
        else:
            records.append(item.to_dict(with_text=True))
    return records, errors


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A folder of three inputs: a JSON-lines file cut into several shards (with a malformed
    line and a blank line in it), a second JSON-lines file, a plain-text article."""
    folder = tmp_path_factory.mktemp("corpus")
    lines = EXAMPLES.read_text(encoding="utf-8").splitlines()
    big = lines[:3] + ["", '{"id": "broken", "text": '] + lines[3:] + [
        json.dumps({"id": f"copy-{i}", "text": json.loads(line)["text"], "date": "2022-01-0" + str(i + 1)})
        for i, line in enumerate(lines[:3])]
    (folder / "a.jsonl").write_text("\n".join(big) + "\n", encoding="utf-8")
    (folder / "b.jsonl").write_text("\n".join(lines[5:]) + "\n", encoding="utf-8")
    (folder / "c.txt").write_text("Police arrested two protesters in Paris on Monday.\n", encoding="utf-8")
    return folder


def test_batch_equals_extract_on_the_examples(tmp_path, extractor, dask_client):
    result = run_batch([str(EXAMPLES)], str(tmp_path / "out"), client=dask_client)
    records, errors = _serial(extractor, [EXAMPLES])
    assert (result.done, result.skipped, result.articles, result.errors) == (result.shards, 0, len(records), [])
    assert list(read_batch(str(tmp_path / "out"))) == records
    assert result.peak_memory and all(0 < m < 1.5 * 2**30 for m in result.peak_memory.values())


def test_batch_equals_extract_on_a_multi_shard_input(tmp_path, extractor, dask_client, corpus):
    out = str(tmp_path / "out")
    result = run_batch([str(corpus)], out, client=dask_client, chunk_bytes=1500)
    records, errors = _serial(extractor, [corpus])
    assert result.shards >= 5  # a.jsonl is cut in pieces
    assert list(read_batch(out)) == records
    assert [e.to_dict() for e in result.errors] == errors == [
        {"source": str(corpus / "a.jsonl"), "record": "line 5", "reason": errors[0]["reason"]}]
    assert dask_client.run(lambda: len(worker._extractors)) == dict.fromkeys(result.peak_memory, 1)


def test_a_finished_shard_is_never_redone(tmp_path, extractor, dask_client, corpus):
    inputs, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(corpus, inputs)
    first = run_batch([str(inputs)], str(out), client=dask_client, chunk_bytes=1500)
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet")}

    again = run_batch([str(inputs)], str(out), client=dask_client, chunk_bytes=1500)
    assert (again.done, again.skipped, again.errors) == (0, first.shards, [])
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet")} == stamps

    manifest = json.loads((out / FILE_NAME).read_text())  # as if the driver died before noting one shard
    lost = next(iter(manifest["shards"]))
    del manifest["shards"][lost]
    (out / FILE_NAME).write_text(json.dumps(manifest))
    c = inputs / "c.txt"  # and one input changed (same length, so no other shard moves)
    c.write_text(c.read_text().replace("Paris", "Lyons"))
    resumed = run_batch([str(inputs)], str(out), client=dask_client, chunk_bytes=1500)
    assert (resumed.done, resumed.skipped) == (2, first.shards - 2)
    changed = [p for p, t in stamps.items() if p.stat().st_mtime_ns != t]
    assert len(changed) == 2 * 5 and {p.stem.rsplit("-", 1)[0] for p in changed} >= {lost}
    assert list(read_batch(str(out))) == _serial(extractor, [inputs])[0]


def test_a_folder_made_with_other_settings_is_refused(tmp_path, dask_client):
    out = str(tmp_path / "out")
    Manifest(out, {"options": {"min_confidence": 0.9}}).save()
    with pytest.raises(ConfigError, match="other settings"):
        run_batch([str(EXAMPLES)], out, Options(), client=dask_client)


def test_load_fills_the_store_as_ingest_does(tmp_path, extractor, dask_client, make_store):
    out = str(tmp_path / "out")
    run_batch([str(EXAMPLES)], out, client=dask_client)
    loaded, ingested = make_store(), make_store()
    ingested.add_many(c for c in extractor.run(read_inputs([str(EXAMPLES)])) if not isinstance(c, InputError))
    result = load_batch(out, loaded)
    assert (result.added, result.failed) == (ingested.counts()["articles"], [])
    assert loaded.counts() == ingested.counts()
    assert list(coded_articles(loaded, with_text=True)) == list(coded_articles(ingested, with_text=True))
    assert load_batch(out, loaded).skipped == result.added  # loading again adds nothing
