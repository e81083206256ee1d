"""Property tests: whatever the input, every reader yields only Articles and InputErrors.

Readers face files nobody checked; one that raises stops a whole batch. Each property feeds a
reader arbitrary bytes, arbitrary text, or near-valid input of its own format (where the bugs
live), and checks that the output is a finite list of results.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirecoder.errors import InputError
from wirecoder.ingest import csv, feed, html, jsonl, text, warc
from wirecoder.ingest.base import ReadOptions
from wirecoder.ingest.files import read_stream, sniff
from wirecoder.record import Article

from .builders import Capture, page, rss, warc_bytes

READERS = {"jsonl": jsonl.read, "text": text.read, "html": html.read, "csv": csv.read,
           "warc": warc.read, "feed": feed.read, "any": lambda s, src, o: read_stream(s, src, o)}
OPTIONS = ReadOptions(max_chars=5_000, max_bytes=50_000)
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
records = st.dictionaries(st.sampled_from(["id", "text", "title", "url", "published", "date", "x"]),
                          json_values, max_size=6)
fragments = st.lists(st.sampled_from(
    ["<p>", "</p>", "<html>", "<body>", "<article>", "<script>", "<!--", "-->", "<br/>", "&amp;",
     "&#0;", "<?xml version='1.0'?>", "<rss>", "<item>", "<title>", "</item>", "<entry>", "<feed>",
     "<![CDATA[", "]]>", "\x00", "\ufeff", "\n", ",", '"', "\t", "WARC/1.0\r\n", "Content-Length: 9\r\n",
     "\r\n", "Valdora said on Tuesday that the talks would go on.", "é", "\ud7ff", "{", "}"]),
    max_size=40).map("".join)


def results(reader, data: bytes, source: str = "fuzz") -> list:
    out = list(reader(io.BufferedReader(io.BytesIO(data)), source, OPTIONS))
    bad = [r for r in out if not isinstance(r, (Article, InputError))]
    assert not bad, bad
    return out


@pytest.mark.parametrize("name", READERS)
@FUZZ
@given(data=st.binary(max_size=3_000))
def test_any_bytes(name, data):
    results(READERS[name], data)


@pytest.mark.parametrize("name", READERS)
@FUZZ
@given(data=st.text(max_size=2_000) | fragments)
def test_any_text(name, data):
    results(READERS[name], data.encode("utf-8", "surrogatepass"))


@FUZZ
@given(values=st.lists(json_values | records, max_size=5), as_array=st.booleans())
def test_any_json_values(values, as_array):
    lines = [json.dumps(v) for v in values]
    data = "[" + ",".join(lines) + "]" if as_array else "\n".join(lines)
    out = results(jsonl.read, data.encode())
    if not data.startswith("["):  # one answer per line, even if it is an error
        assert len(out) == max(len(values), 1)


@FUZZ
@given(rows=st.lists(records, min_size=1, max_size=5), delimiter=st.sampled_from(",\t;|"))
def test_any_csv_rows(rows, delimiter):
    header = sorted({k for r in rows for k in r} | {"text"})
    lines = [delimiter.join(header)] + [
        delimiter.join(json.dumps(r.get(k)) if k in r else "" for k in header) for r in rows]
    results(csv.read, "\n".join(lines).encode())


@FUZZ
@given(body=fragments, status=st.sampled_from(["200 OK", "404 Not Found", "200 Fine"]),
       ctype=st.sampled_from(["text/html", "text/plain", "", "text/html; charset=bogus"]),
       cut=st.integers(min_value=0, max_value=2_000), gz=st.booleans())
def test_near_valid_warc(body, status, ctype, cut, gz):
    data = warc_bytes([Capture("https://news.example/a", page().encode()),
                       Capture("https://news.example/b", body.encode("utf-8", "surrogatepass"),
                               status=status, content_type=ctype)], gzip=gz)
    results(warc.read, data[: len(data) - cut])


@FUZZ
@given(items=st.lists(st.fixed_dictionaries({}, optional={
    "title": fragments, "link": st.sampled_from(["", "urn:x", "https://news.example/a", "/rel"]),
    "description": fragments, "content": fragments, "pubDate": st.text(max_size=30),
    "guid": st.text(max_size=20)}), max_size=4), cut=st.integers(min_value=0, max_value=300))
def test_near_valid_feed(items, cut):
    data = rss(items).encode("utf-8", "surrogatepass")
    results(feed.read, data[: len(data) - cut])


@FUZZ
@given(data=st.binary(max_size=2_000), packer=st.sampled_from([gzip.compress, bz2.compress]),
       name=st.sampled_from(["x.gz", "x.jsonl.gz", "x.warc.gz", "x.csv.bz2", "x.zip", "x", "x.html.gz"]),
       cut=st.integers(min_value=0, max_value=50))
def test_compressed_anything(data, packer, name, cut):
    packed = packer(data)
    results(lambda s, src, o: read_stream(s, src, o, name), packed[: len(packed) - cut], name)


@FUZZ
@given(head=st.binary(max_size=1_024))
def test_sniff_always_picks_a_reader(head):
    assert sniff(head) in (jsonl.read, text.read, html.read, warc.read, feed.read)


@FUZZ
@given(fragment=st.text(max_size=500) | fragments)
def test_text_of_any_fragment(fragment):
    assert isinstance(html.text_of(fragment), str)
