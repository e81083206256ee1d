from __future__ import annotations

import pytest

from wirecoder.ingest import csv, feed, html, jsonl, read_inputs, text, warc
from wirecoder.ingest.files import expand, reader_for, sniff

from .builders import page, rss, split


@pytest.mark.parametrize("head, reader", [
    (b"WARC/1.0\r\nWARC-Type: warcinfo", warc.read),
    (b'{"text": "x"}', jsonl.read),
    (b'  [{"text": "x"}]', jsonl.read),
    (b"\xef\xbb\xbf<!DOCTYPE html><html>", html.read),
    (b"<html><body>", html.read),
    (b"<p>fragment</p>", html.read),
    (b'<?xml version="1.0"?><rss version="2.0">', feed.read),
    (b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', feed.read),
    (b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">', feed.read),
    (b'<?xml version="1.0"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">', html.read),
    (b"<rss version='2.0'>", feed.read),
    (b"Plain words about the harbour.", text.read),
    (b"", text.read),
])
def test_sniff(head, reader):
    assert sniff(head) is reader


@pytest.mark.parametrize("name, reader", [
    ("a.HTML", html.read), ("a.htm", html.read), ("a.xhtml", html.read), ("a.csv", csv.read),
    ("a.tsv", csv.read), ("a.warc", warc.read), ("a.rss", feed.read), ("a.atom", feed.read),
    ("a.xml", feed.read), ("a.jsonl", jsonl.read), ("a.txt", text.read),
])
def test_suffix_beats_content(name, reader):
    assert reader_for(name, b"{") is reader


def test_urls_pass_through_expand(tmp_path):
    assert list(expand(["https://news.example/feed.xml", "HTTP://x.example/a"])) == [
        "https://news.example/feed.xml", "HTTP://x.example/a"]


def test_directory_of_mixed_formats(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.html").write_text(page())
    (tmp_path / "d" / "b.rss").write_text(rss([{"title": "T", "description": "Ferries run again."}]))
    (tmp_path / "d" / "c.csv").write_text("id,text\n1,The council met.\n")
    articles, errors = split(read_inputs([str(tmp_path / "d")]))
    assert errors == []
    assert [a.source.rsplit("/", 1)[1] for a in articles] == ["a.html", "b.rss", "c.csv"]
