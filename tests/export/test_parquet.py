"""Parquet export: records -> five Arrow tables -> the same records, and whole files only."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pytest

from wirecoder.export import parquet
from wirecoder.ingest import read_inputs

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles.jsonl"


@pytest.fixture(scope="module")
def records(extractor):
    return [c.to_dict(with_text=True) for c in extractor.run(read_inputs([str(EXAMPLES)]))]


def _bare(**changes) -> dict:
    """A record with every optional field empty."""
    rec = {"id": "a", "title": None, "url": None, "published": None, "events": [], "quotes": [], "places": [],
           "entities": [], "text": "Ünïcode text", "source": None, "key": None}
    return {**rec, **changes}


def test_records_come_back_exactly(records):
    assert sum(len(r["events"]) for r in records) > 0
    back = parquet.from_tables(parquet.to_tables(records))
    assert back == records
    assert [json.dumps(r) for r in back] == [json.dumps(r) for r in records]  # same keys, same order


def test_articles_with_the_same_key_keep_their_own_rows(records):
    one = next(r for r in records if r["events"])
    twin = {**one, "id": "twin", "events": one["events"][:1], "places": []}
    assert parquet.from_tables(parquet.to_tables([one, twin])) == [one, twin]


def test_empty_and_bare_records():
    assert parquet.from_tables(parquet.to_tables([])) == []
    assert parquet.from_tables(parquet.to_tables([_bare()])) == [_bare()]


def test_tables_an_analyst_can_query(records):
    tables = parquet.to_tables(records)
    assert set(tables) == set(parquet.TABLES)
    events = tables["events"]
    assert events.num_rows == sum(len(r["events"]) for r in records)
    assert pa.types.is_list(events.schema.field("actor").type)
    assert pa.types.is_struct(events.schema.field("date").type)
    assert events.column("article_key").to_pylist()[0] == records[events.column("article").to_pylist()[0]]["key"]
    assert tables["actors"].num_rows == sum(len(r["entities"]) for r in records)


def test_parts_are_written_whole_under_a_folder_or_url(tmp_path, records):
    rows = parquet.write_part(records, f"file://{tmp_path}", "part-a")
    assert rows["articles"] == len(records) and rows["events"] == sum(len(r["events"]) for r in records)
    assert not list(tmp_path.rglob(".*"))  # no temporary files left
    assert sorted(p.parent.name for p in tmp_path.rglob("*.parquet")) == sorted(parquet.TABLES)
    assert parquet.read_part(str(tmp_path), "part-a") == records


def test_write_parquet_cuts_parts(tmp_path, records):
    assert parquet.write_parquet(records, str(tmp_path), part_size=3) == len(records)
    names = parquet.part_names(str(tmp_path))
    assert names == [f"part-{i:05d}" for i in range((len(records) + 2) // 3)]
    assert [r for n in names for r in parquet.read_part(str(tmp_path), n)] == records
