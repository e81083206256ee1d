from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import zipfile

import pytest

from wirecoder.ingest.base import ReadOptions
from wirecoder.ingest.files import read_stream

from .builders import page, split

TEXTS = [f"Story {i}: the council of Ostra met on day {i} to discuss the harbour budget."
         for i in range(1, 4)]
JSONL = "".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(TEXTS, 1)).encode()
CSV = ("id,text\n" + "".join(f'{i},"{t}"\n' for i, t in enumerate(TEXTS, 1))).encode()


@pytest.mark.parametrize("name, data", [
    ("news.jsonl.gz", gzip.compress(JSONL)),
    ("news.csv.bz2", bz2.compress(CSV)),
    ("news.jsonl.xz", lzma.compress(JSONL)),
    ("news.gz", gzip.compress(JSONL)),  # no inner suffix: the content is sniffed
    ("news.jsonl", gzip.compress(JSONL)),  # misnamed: the magic bytes tell
    ("news", bz2.compress(JSONL)),
])
def test_compressed_files_read_like_plain_ones(read_file, name, data):
    articles, errors = split(read_file(name, data))
    assert errors == []
    assert [a.text for a in articles] == TEXTS
    assert all(a.source.endswith(name) for a in articles)


def test_inner_reader_comes_from_the_name_without_the_suffix(read_file):
    [a] = read_file("story.html.gz", gzip.compress(page().encode()))
    assert a.title == "Valdora expels two Marenland envoys"


def test_truncated_gzip_keeps_what_was_read(read_file):
    lines = [json.dumps({"id": str(i), "text": f"Report {i} from the harbour of Ostra, "
                                               f"where {i} ships waited."}) for i in range(20_000)]
    data = gzip.compress(("\n".join(lines) + "\n").encode())
    articles, [error] = split(read_file("big.jsonl.gz", data[: len(data) // 2]))
    assert 1_000 < len(articles) < 20_000
    assert [a.id for a in articles] == [str(i) for i in range(len(articles))]
    assert error.source.endswith("big.jsonl.gz") and "truncated" in error.reason


@pytest.mark.parametrize("name, data", [
    ("x.gz", b"this is not gzip at all"),
    ("x.bz2", b"BZh9 nope"),
    ("x.xz", b"\xfd7zXZ\x00garbage"),
])
def test_corrupt_compressed_data_is_one_error(read_file, name, data):
    articles, [error] = split(read_file(name, data))
    assert articles == [] and "corrupt or truncated" in error.reason


def test_text_starting_like_bzip2_is_still_text(read_file):
    [a] = read_file("note", "BZh, said the sign on the door of the council hall in Ostra.")
    assert a.text.startswith("BZh")


def zipped(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            if name.endswith("/"):
                z.mkdir(name)
            else:
                z.writestr(name, data)
    return out.getvalue()


def test_zip_members_are_sources_of_their_own(read_file):
    data = zipped({"a/": b"", "a/news.jsonl": JSONL, "a/more.csv.gz": gzip.compress(CSV),
                   ".hidden.jsonl": b"{}", "__MACOSX/a/._news.jsonl": b"\x00\x05",
                   "story.html": page().encode()})
    articles, errors = split(read_file("corpus.zip", data))
    assert errors == []
    sources = [a.source.split("corpus.zip:")[1] for a in articles]
    assert sources == ["a/news.jsonl"] * 3 + ["a/more.csv.gz"] * 3 + ["story.html"]


def test_bad_member_does_not_stop_the_archive(read_file):
    data = zipped({"bad.jsonl.gz": b"\x1f\x8bnot really", "good.jsonl": JSONL})
    articles, [error] = split(read_file("corpus.zip", data))
    assert len(articles) == 3
    assert error.source.endswith("corpus.zip:bad.jsonl.gz")


@pytest.mark.parametrize("data, reason", [
    (b"PK\x03\x04 broken beyond repair", "not a readable zip archive"),
    (zipped({"d/": b""}), "zip archive has no files"),
])
def test_unusable_zip_is_one_error(read_file, data, reason):
    articles, [error] = split(read_file("c.zip", data))
    assert articles == [] and reason in error.reason


def test_zip_from_a_pipe_is_refused():
    class Pipe(io.BufferedReader):
        def seekable(self):
            return False

    results = list(read_stream(Pipe(io.BytesIO(zipped({"n.jsonl": JSONL}))), "<stdin>", ReadOptions()))
    [error] = results
    assert "not a pipe" in error.reason


def test_endless_nesting_is_cut_off(read_file):
    data = JSONL
    for _ in range(6):
        data = gzip.compress(data)
    articles, [error] = split(read_file("deep.gz", data))
    assert articles == [] and "levels deep" in error.reason
