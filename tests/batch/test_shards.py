"""Cutting inputs into shards: pieces end at line ends, cover the file, know their first line."""

from __future__ import annotations

import json

from wirecoder.batch.shards import Shard, chunk_size, plan, read_shard
from wirecoder.errors import InputError
from wirecoder.ingest.base import ReadOptions


def _jsonl(path, n: int) -> list[bytes]:
    lines = [(json.dumps({"id": str(i), "text": f"Article number {i}. " * (i % 7 + 1)}) + "\n").encode() for i in range(n)]
    path.write_bytes(b"".join(lines))
    return lines


def test_a_big_jsonl_file_is_cut_at_line_ends(tmp_path):
    lines = _jsonl(tmp_path / "a.jsonl", 200)
    shards = list(plan([str(tmp_path / "a.jsonl")], chunk_bytes=1000))
    data = (tmp_path / "a.jsonl").read_bytes()
    assert len(shards) > 5 and all(isinstance(s, Shard) for s in shards)
    assert b"".join(data[s.start:s.end] for s in shards) == data
    assert all(s.start == 0 or data[s.start - 1:s.start] == b"\n" for s in shards)
    assert all(s.first_line == data[:s.start].count(b"\n") + 1 for s in shards)
    assert len({s.name for s in shards}) == len(shards)
    ids = [a.id for s in shards for a in read_shard(s, ReadOptions())]
    assert ids == [str(i) for i in range(len(lines))]


def test_small_files_arrays_and_urls_stay_whole(tmp_path):
    _jsonl(tmp_path / "small.jsonl", 3)
    (tmp_path / "array.jsonl").write_text(json.dumps([{"id": str(i), "text": "x " * 900} for i in range(50)]))
    shards = list(plan([str(tmp_path / "small.jsonl"), f"file://{tmp_path}/array.jsonl"], chunk_bytes=1000))
    assert [(s.end, s.source.rsplit("/", 1)[-1]) for s in shards] == [(None, "small.jsonl"), (None, "array.jsonl")]
    assert len([a for a in read_shard(shards[1], ReadOptions()) if not isinstance(a, InputError)]) == 50


def test_what_cannot_be_planned_is_an_error(tmp_path):
    errors = list(plan(["-", str(tmp_path / "missing.jsonl"), "memory://nothing/*.jsonl", str(tmp_path)]))
    assert [e.reason for e in errors] == ["batch reads files and URLs, not standard input", "no such file",
                                          "no files match", "directory has no files"]


def test_remote_files_by_url_or_glob():
    import fsspec

    fs = fsspec.filesystem("memory")
    for name in ("b.jsonl", "a.jsonl", ".hidden.jsonl"):
        fs.pipe(f"/corpus/{name}", b'{"id": "1", "text": "Police arrested two men."}\n')
    shards = list(plan(["memory://corpus/*.jsonl", "memory://corpus"]))
    assert [s.url for s in shards] == ["memory:///corpus/a.jsonl", "memory:///corpus/b.jsonl"] * 2
    assert all(s.fingerprint.startswith("info:") and s.end is None for s in shards)
    (article,) = read_shard(shards[0], ReadOptions())
    assert (article.id, article.source) == ("1", "memory:///corpus/a.jsonl")


def test_a_range_whose_bytes_changed_is_refused(tmp_path):
    _jsonl(tmp_path / "a.jsonl", 100)
    shard = list(plan([str(tmp_path / "a.jsonl")], chunk_bytes=1000))[1]
    data = bytearray((tmp_path / "a.jsonl").read_bytes())
    data[shard.start + 20] = ord("Z")
    (tmp_path / "a.jsonl").write_bytes(bytes(data))
    (error,) = read_shard(shard, ReadOptions())
    assert "changed while the batch ran" in error.reason


def test_chunk_size_grows_with_the_file():
    assert chunk_size(10_000) == 64 * 1024
    assert chunk_size(320 * 2**20) == 10 * 2**20
    assert chunk_size(10 * 2**30) == 32 * 2**20
