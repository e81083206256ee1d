from __future__ import annotations

import gzip
import io

import pytest

from wirecoder.ingest.base import ReadOptions
from wirecoder.ingest.warc import read

from .builders import STORY, Capture, page, split, warc_bytes


def story(n: int, **kw) -> bytes:
    return page(f"Story number {n}", [f"Report {n}: " + p for p in STORY], **kw).encode()


def crawl() -> list[Capture]:
    """A small crawl: three pages among the records a crawler also writes."""
    return [
        Capture("https://news.example/1", story(1, canonical=None)),
        Capture("https://news.example/1", b"", record_type="request"),
        Capture("https://news.example/logo.png", b"\x89PNG\r\n", content_type="image/png"),
        Capture("https://news.example/2", story(2, date=None, canonical="https://elsewhere.example/2"),
                date="2021-04-05T12:00:00Z"),
        Capture("https://news.example/gone", story(9), status="404 Not Found"),
        Capture("https://news.example/old", b"", status="301 Moved Permanently"),
        Capture("https://news.example/meta", b"crawl notes", record_type="metadata",
                content_type="text/plain"),
        Capture("https://news.example/3", story(3)),
    ]


def read_bytes(data: bytes, **options) -> list:
    return list(read(io.BytesIO(data), "crawl.warc", ReadOptions(**options)))


@pytest.mark.parametrize("gz", [False, True])
def test_html_200_responses_become_articles(gz):
    articles, errors = split(read_bytes(warc_bytes(crawl(), gzip=gz)))
    assert errors == []
    assert [a.url for a in articles] == [f"https://news.example/{n}" for n in (1, 2, 3)]
    assert [a.title for a in articles] == ["Story number 1", "Story number 2", "Story number 3"]
    assert all(a.source == "crawl.warc" and a.text.startswith("Story number") for a in articles)
    # The page's own date first, else the capture date.
    assert [a.published for a in articles] == ["2021-03-10", "2021-04-05", "2021-03-10"]


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz", "crawl"])
def test_read_through_read_inputs(read_file, name):
    data = warc_bytes(crawl(), gzip=name.endswith(".gz"))
    articles, errors = split(read_file(name, data))
    assert errors == [] and len(articles) == 3


def test_gzip_warc_without_suffix_is_unpacked_and_read(read_file):
    articles, errors = split(read_file("crawl.bin", gzip.compress(warc_bytes(crawl()))))
    assert errors == [] and len(articles) == 3


@pytest.mark.parametrize("gz", [False, True])
@pytest.mark.parametrize("cut", [40, 300])
def test_truncated_archive_keeps_earlier_records(gz, cut):
    data = warc_bytes(crawl(), gzip=gz)
    articles, [error] = split(read_bytes(data[:-cut]))
    assert [a.url for a in articles] == ["https://news.example/1", "https://news.example/2"]
    assert error.source == "crawl.warc"
    assert error.record.startswith("record 8 (offset ")
    assert "truncated" in error.reason and "stopped reading" in error.reason


def test_record_offsets_are_byte_offsets():
    data = warc_bytes(crawl())
    [error] = [r for r in read_bytes(data[:-40]) if not hasattr(r, "text")]
    offset = int(error.record.split("offset ")[1].rstrip(")"))
    assert data[offset:].startswith(b"WARC/1")


def test_garbage_between_records_stops_with_one_error():
    one = warc_bytes(crawl()[:1])
    two = warc_bytes(crawl()[3:4])
    articles, [error] = split(read_bytes(one + b"this is not a WARC header\r\n\r\n" + two))
    assert [a.url for a in articles] == ["https://news.example/1"]
    assert error.record == "record 2" and "corrupt WARC" in error.reason


def test_no_html_pages_is_one_error():
    captures = [Capture("https://news.example/a.png", b"\x89PNG", content_type="image/png")]
    [error] = read_bytes(warc_bytes(captures))
    assert "no HTML pages among 1 WARC records" in error.reason


@pytest.mark.parametrize("data", [b"WARC/1.0\r\n", b"hello world", b"\x1f\x8b\x08\x00"])
def test_not_a_warc(data):
    articles, errors = split(read_bytes(data))
    assert articles == [] and len(errors) == 1


def test_page_without_text_is_an_error_and_reading_goes_on():
    captures = [Capture("https://news.example/empty", b"<html><body></body></html>"),
                Capture("https://news.example/3", story(3))]
    articles, [error] = split(read_bytes(warc_bytes(captures)))
    assert [a.url for a in articles] == ["https://news.example/3"]
    assert error.record.startswith("record 1 ") and "no article text" in error.reason


def test_record_larger_than_max_bytes_is_skipped_with_an_error():
    captures = [Capture("https://news.example/big", story(1) * 3), Capture("https://news.example/3", story(3))]
    limit = len(story(1)) * 2
    articles, [error] = split(read_bytes(warc_bytes(captures), max_bytes=limit))
    assert [a.url for a in articles] == ["https://news.example/3"]
    assert "max_bytes" in error.reason and error.record.startswith("record 1 ")


def test_content_encoded_payload_is_decoded():
    captures = [Capture("https://news.example/z", gzip.compress(story(1)),
                        extra_http=(("Content-Encoding", "gzip"),))]
    [a] = read_bytes(warc_bytes(captures))
    assert a.title == "Story number 1"
