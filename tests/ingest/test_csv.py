from __future__ import annotations

import csv as stdlib_csv
import io

import pytest

from wirecoder.ingest.base import ReadOptions
from wirecoder.ingest.csv import read

from .builders import split

ROWS = [
    {"id": "a1", "title": "Talks resume", "url": "https://news.example/a1",
     "published": "2021-03-10", "text": "Negotiators from Valdora and Marenland met again on Monday."},
    {"id": "a2", "title": "Port closed", "url": "",
     "published": "2021-03-11T09:30:00Z", "text": "The harbour of Valdora was closed, officials said."},
]


def table(rows: list[dict], delimiter: str = ",") -> str:
    out = io.StringIO()
    writer = stdlib_csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


@pytest.mark.parametrize("name, delimiter", [
    ("news.csv", ","), ("news.tsv", "\t"), ("news.tab", ";"), ("news.csv", "|"),
])
def test_rows_become_articles(read_file, name, delimiter):
    articles, errors = split(read_file(name, table(ROWS, delimiter)))
    assert errors == []
    a, b = articles
    assert (a.id, a.title, a.url, a.published) == ("a1", "Talks resume", "https://news.example/a1",
                                                    "2021-03-10")
    assert a.text == ROWS[0]["text"]
    assert (b.url, b.published) == (None, "2021-03-11")


def test_fields_are_mapped_like_jsonl(read_file):
    rows = [{"story_id": "7", "body": "Troops left the border town.", "day": "2020-02-02"}]
    [a] = read_file("x.csv", table(rows), text_field="body", id_field="story_id", date_fields=("day",))
    assert (a.id, a.text, a.published) == ("7", "Troops left the border town.", "2020-02-02")


def test_quoted_fields_keep_commas_quotes_and_newlines(read_file):
    rows = [{"id": "1", "text": 'He said: "No, never."\nThen he left, quickly.'}]
    [a] = read_file("q.csv", table(rows))
    assert a.text == 'He said: "No, never."\nThen he left, quickly.'


def test_bad_rows_are_reported_and_the_rest_read(read_file):
    data = ("id,text,published\n"
            "1,First story about the talks.,2021-01-01\n"
            "2,Too,many,fields\n"
            "3,Bad date story.,last Tuesday\n"
            "\n"
            "4,,2021-01-04\n"
            "5,Last story.,2021-01-05\n")
    articles, errors = split(read_file("bad.csv", data))
    assert [a.id for a in articles] == ["1", "5"]
    assert [(e.record, e.reason.split(" (")[0]) for e in errors] == [
        ("row 2", "4 fields, the header has 3"),
        ("row 3", "date 'last Tuesday' is not YYYY-MM-DD or a full date with day, month and year"),
        ("row 4", "empty text"),
    ]


def test_missing_text_column_is_one_error(read_file):
    [error] = read_file("x.csv", "id,body\n1,hello\n2,world\n")
    assert "no 'text' column" in error.reason and "id, body" in error.reason
    assert error.record is None


def test_header_only_and_blank_header(read_file):
    assert split(read_file("h.csv", "id,text\n")) == ([], [])
    [error] = read_file("blank.csv", "\n\n")
    assert "no header" in error.reason


def test_huge_field_within_max_chars_is_read(read_file):
    body = "word " * 60_000  # 300k characters, past csv's default 131,072 field limit
    rows = [{"id": "1", "text": body}, {"id": "2", "text": "short one"}]
    articles, errors = split(read_file("big.csv", table(rows), max_chars=400_000))
    assert errors == [] and [len(a.text) for a in articles] == [300_000, 9]


def test_field_beyond_max_chars_is_a_row_error(read_file):
    rows = [{"id": "1", "text": "x" * 5_000}, {"id": "2", "text": "short one"}]
    articles, [error] = split(read_file("big.csv", table(rows), max_chars=1_000))
    assert error.record == "row 1" and "max_chars" in error.reason
    assert [a.id for a in articles] == ["2"]


def test_unclosed_quote_stops_the_file_with_one_error(read_file):
    data = 'id,text\n1,first story\n2,"unclosed\n' + "3,more words here\n" * 100_000
    articles, [error] = split(read_file("open.csv", data, max_chars=1_000))
    assert [a.id for a in articles] == ["1"]
    assert error.record == "row 2" and "unclosed quote" in error.reason


def test_bom_and_crlf(read_file):
    data = "\ufeffid,text\r\n1,Valdora and Marenland agreed.\r\n"
    [a] = read_file("bom.csv", data.encode("utf-8"))
    assert (a.id, a.text) == ("1", "Valdora and Marenland agreed.")


def test_invalid_utf8_stops_with_one_error(read_file):
    articles, [error] = split(read_file("latin.csv", "id,text\n1,ok story\n2,d\xe9j\xe0\n".encode("latin-1")))
    assert "invalid UTF-8" in error.reason


def test_leaves_the_stream_open():
    stream = io.BufferedReader(io.BytesIO(b"id,text\n1,hello\n"))
    list(read(stream, "s.csv", ReadOptions()))
    assert not stream.closed
