"""JSON-lines reader: field mapping, identity, and one error per bad line."""

from __future__ import annotations

import json

from wirecoder.errors import InputError
from wirecoder.ingest import ReadOptions, read_inputs


def _write(path, lines):
    path.write_text("".join(l if isinstance(l, str) else json.dumps(l) + "\n" for l in lines), encoding="utf-8")
    return str(path)


def test_records_become_articles(tmp_path):
    f = _write(tmp_path / "a.jsonl", [
        {"id": "a1", "text": "Iran expelled a diplomat.", "date": "2020-05-01T10:00:00Z", "title": "T", "url": "http://x/1"},
        {"id": 7, "text": "Iraq closed the border.", "published": "2020-05-02"},
    ])
    a, b = read_inputs([f])
    assert (a.id, a.published, a.title, a.url, a.key) == ("a1", "2020-05-01", "T", "http://x/1", "url:http://x/1")
    assert (b.id, b.published) == ("7", "2020-05-02")
    assert b.key.startswith("text:")


def test_title_and_url_may_sit_in_a_meta_object(tmp_path):
    f = _write(tmp_path / "m.jsonl", [
        {"id": "g1", "text": "Iran expelled a diplomat.", "meta": {"url": "http://x/2", "title": "Expulsion"}},
        {"id": "g2", "text": "Iraq closed the border.", "title": "Own", "metadata": {"title": "Nested"}},
    ])
    a, b = read_inputs([f])
    assert (a.url, a.title, b.title) == ("http://x/2", "Expulsion", "Own")


def test_bad_lines_are_reported_with_their_line_and_the_rest_goes_on(tmp_path):
    f = _write(tmp_path / "b.jsonl", [
        {"id": "ok1", "text": "Iran expelled a diplomat."},
        "{not json\n",
        "[1, 2]\n",
        {"id": "x", "title": "no text"},
        {"id": "y", "text": "   "},
        {"id": "z", "text": "A text.", "date": "yesterday"},
        {"id": "ok2", "text": "Iraq closed the border."},
    ])
    out = list(read_inputs([f]))
    assert [a.id for a in out if not isinstance(a, InputError)] == ["ok1", "ok2"]
    errors = [str(e) for e in out if isinstance(e, InputError)]
    assert [e.split(": ", 1)[0] for e in errors] == [f"{f}:line {n}" for n in (2, 3, 4, 5, 6)]
    assert "malformed JSON" in errors[0] and "empty text" in errors[3] and "not YYYY-MM-DD" in errors[4]


def test_dates_in_other_full_forms_are_read(tmp_path):
    f = _write(tmp_path / "d.jsonl", [
        {"id": "rfc", "text": "Iran expelled a diplomat.", "date": "Mon, 02 Oct 2023 10:00:00 GMT"},
        {"id": "long", "text": "Iraq closed the border.", "date": "October 3, 2023"},
        {"id": "partial", "text": "Syria opened the border.", "date": "Oct 2023"},
    ])
    out = list(read_inputs([f]))
    assert [(a.id, a.published) for a in out if not isinstance(a, InputError)] == [
        ("rfc", "2023-10-02"), ("long", "2023-10-03")]
    (error,) = [str(e) for e in out if isinstance(e, InputError)]
    assert error.startswith(f"{f}:line 3") and "'Oct 2023'" in error


def test_invalid_utf8_line_is_one_error(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_bytes(b'{"id": "1", "text": "ok"}\n{"id": "2", "text": "\xff\xfe"}\n')
    out = list(read_inputs([str(p)]))
    assert out[0].id == "1"
    assert isinstance(out[1], InputError) and "line 2" in str(out[1]) and "UTF-8" in str(out[1])


def test_field_mapping(tmp_path):
    f = _write(tmp_path / "d.jsonl", [{"doc": "n1", "body": "Chad closed the border.", "day": "2021-01-02"}])
    (a,) = read_inputs([f], ReadOptions(text_field="body", id_field="doc", date_fields=("day",)))
    assert (a.id, a.text, a.published) == ("n1", "Chad closed the border.", "2021-01-02")


def test_same_text_gets_the_same_id(tmp_path):
    f = _write(tmp_path / "e.jsonl", [{"text": "Chad  closed the border."}, {"text": "chad closed the border."}])
    a, b = read_inputs([f])
    assert a.key == b.key and a.id == b.id


def test_oversized_record_is_refused(tmp_path):
    f = _write(tmp_path / "f.jsonl", [{"id": "big", "text": "word " * 100}])
    (e,) = read_inputs([f], ReadOptions(max_chars=50))
    assert isinstance(e, InputError) and "max_chars" in str(e)
