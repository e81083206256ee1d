"""Parquet: coded articles as five tables an analyst can open with pandas, DuckDB or Spark, and
that ``wirecoder load`` turns back into exactly the records they came from.

A set of records is written as one *part*: ``DIR/<table>/<part>.parquet`` for each table in
``TABLES``. ``articles`` has one row per article (with its text, source and key); ``events``,
``actors`` (the article's ``entities``), ``places`` and ``quotes`` have one row per item, each
with ``article`` (the article's row number in the part, so duplicates never mix) and
``article_key`` (to join on). Nested fields are Arrow structs and lists whose shape comes from
the record dataclasses themselves, so a field added to the model appears here without a change;
fields typed as a bare ``dict`` (an event's ``sentence``) are stored as JSON text. Every file is
written under a hidden temporary name and renamed when complete, so a reader never sees half a
file; any fsspec URL works as DIR.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
import uuid
from collections.abc import Iterable
from functools import cache

import pyarrow as pa
import pyarrow.parquet as pq
from fsspec.core import url_to_fs

from wirecoder.record import CodedArticle, Entity, Event, Place, Quote

TABLES: tuple[str, ...] = ("articles", "events", "actors", "places", "quotes")

# table -> (record field holding its rows, the dataclass of a row); None for the articles themselves
_ITEMS: dict[str, tuple[str, type] | None] = {
    "articles": None,
    "events": ("events", Event),
    "actors": ("entities", Entity),
    "places": ("places", Place),
    "quotes": ("quotes", Quote),
}
_LINKS = (pa.field("article", pa.int32(), nullable=False), pa.field("article_key", pa.string()))
_SCALARS = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}


def _arrow_type(hint) -> pa.DataType:
    """The Arrow type of a record field from its type hint (``dict`` means JSON text)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(hint) if a is not type(None)]
        return _arrow_type(inner)
    if origin is list:
        return pa.list_(_arrow_type(typing.get_args(hint)[0]))
    if dataclasses.is_dataclass(hint):
        return pa.struct(_fields(hint))
    if hint is dict or origin is dict:
        return pa.string()
    return _SCALARS[hint]


def _fields(cls: type, skip: frozenset[str] = frozenset()) -> list[pa.Field]:
    hints = typing.get_type_hints(cls)
    return [pa.field(f.name, _arrow_type(hints[f.name])) for f in dataclasses.fields(cls) if f.name not in skip]


@cache
def _json_fields(cls: type) -> tuple[str, ...]:
    hints = typing.get_type_hints(cls)
    return tuple(name for name, h in hints.items() if h is dict or typing.get_origin(h) is dict)


@cache
def schemas() -> dict[str, pa.Schema]:
    """The Arrow schema of each table."""
    lists = frozenset(spec[0] for spec in _ITEMS.values() if spec)
    out = {"articles": pa.schema(_fields(CodedArticle, skip=lists))}
    for table, spec in _ITEMS.items():
        if spec:
            out[table] = pa.schema([*_LINKS, *_fields(spec[1])])
    return out


def to_tables(records: Iterable[dict]) -> dict[str, pa.Table]:
    """Arrow tables from coded-article records (``CodedArticle.to_dict(with_text=True)``)."""
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    for n, rec in enumerate(records):
        rows["articles"].append(rec)
        for table, spec in _ITEMS.items():
            if spec:
                field, cls = spec
                encode = _json_fields(cls)
                for item in rec.get(field) or ():
                    row = {"article": n, "article_key": rec.get("key"), **item}
                    for name in encode:
                        row[name] = json.dumps(row[name])
                    rows[table].append(row)
    return {t: pa.Table.from_pylist(rows[t], schema=schemas()[t]) for t in TABLES}


def from_tables(tables: dict[str, pa.Table]) -> list[dict]:
    """The coded-article records back from the tables of one part, in their order."""
    lists = [spec[0] for spec in _ITEMS.values() if spec]
    records = [{**row, **{name: [] for name in lists}} for row in tables["articles"].to_pylist()]
    for table, spec in _ITEMS.items():
        if not spec:
            continue
        field, cls = spec
        decode = _json_fields(cls)
        for row in tables[table].to_pylist():
            n = row.pop("article")
            del row["article_key"]
            for name in decode:
                row[name] = json.loads(row[name]) if row[name] is not None else None
            records[n][field].append(row)
    order = [f.name for f in dataclasses.fields(CodedArticle)]
    return [{k: rec[k] for k in order} for rec in records]


def write_part(records: Iterable[dict], out: str, name: str) -> dict[str, int]:
    """Write records as part ``name`` of the Parquet set at ``out`` (a folder or fsspec URL);
    returns the rows written per table. Each file appears whole or not at all."""
    fs, root = url_to_fs(out)
    tables = to_tables(records)
    for table, data in tables.items():
        folder = f"{root}/{table}"
        fs.makedirs(folder, exist_ok=True)
        final = f"{folder}/{name}.parquet"
        temp = f"{folder}/.{name}.{uuid.uuid4().hex}.tmp"
        with fs.open(temp, "wb") as f:
            pq.write_table(data, f)
        fs.mv(temp, final)
    return {table: data.num_rows for table, data in tables.items()}


def read_part(out: str, name: str) -> list[dict]:
    """The records of part ``name`` of the Parquet set at ``out``."""
    fs, root = url_to_fs(out)
    tables = {}
    for table in TABLES:
        with fs.open(f"{root}/{table}/{name}.parquet", "rb") as f:
            tables[table] = pq.read_table(f, schema=schemas()[table])
    return from_tables(tables)


def part_names(out: str) -> list[str]:
    """The parts found in the Parquet set at ``out``, by name."""
    fs, root = url_to_fs(out)
    folder = f"{root}/articles"
    if not fs.isdir(folder):
        return []
    names = (p.rsplit("/", 1)[-1] for p in fs.ls(folder, detail=False))
    return sorted(n[: -len(".parquet")] for n in names if n.endswith(".parquet") and not n.startswith("."))


def write_parquet(records: Iterable[dict], out: str, part_size: int = 10_000) -> int:
    """Write records (``to_dict(with_text=True)`` form) as parts of ``part_size`` articles each
    under ``out``; returns the number of articles. This is ``wirecoder export --format parquet``."""
    n, batch, part = 0, [], 0
    for rec in records:
        batch.append(rec)
        if len(batch) >= part_size:
            n += write_part(batch, out, f"part-{part:05d}")["articles"]
            batch, part = [], part + 1
    if batch or part == 0:
        n += write_part(batch, out, f"part-{part:05d}")["articles"]
    return n

