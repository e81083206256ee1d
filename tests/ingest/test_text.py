"""Plain-text reader and the file-level checks every input gets."""

from __future__ import annotations

from wirecoder.errors import InputError
from wirecoder.ingest import ReadOptions, read_inputs


def test_text_file_is_one_article_with_its_headline(tmp_path):
    p = tmp_path / "story.txt"
    p.write_text("Chad closes its border\n\nChad closed its border with Sudan on Monday.\n", encoding="utf-8")
    (a,) = read_inputs([str(p)], ReadOptions(published="2021-03-10"))
    assert a.title == "Chad closes its border"
    assert a.text == p.read_text(encoding="utf-8")  # offsets refer to the file as given
    assert a.published == "2021-03-10"


def test_first_sentence_is_not_taken_for_a_title(tmp_path):
    p = tmp_path / "s.txt"
    p.write_text("Chad closed its border with Sudan on Monday.\nOfficials said so.", encoding="utf-8")
    (a,) = read_inputs([str(p)])
    assert a.title is None


def test_file_problems_are_named(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blank.txt").write_text("  \n\n ", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 in S\xe3o Paulo".encode("latin-1"))
    (tmp_path / "good.txt").write_text("Chad closed its border.", encoding="utf-8")
    out = list(read_inputs([str(tmp_path), str(tmp_path / "missing.txt")]))
    errors = {str(e).split(": ")[0].rsplit("/", 1)[-1]: str(e) for e in out if isinstance(e, InputError)}
    assert set(errors) == {"binary.txt", "blank.txt", "empty.txt", "latin1.txt", "missing.txt"}
    assert "binary" in errors["binary.txt"]
    assert "invalid UTF-8 at byte 3" in errors["latin1.txt"]
    assert "no such file" in errors["missing.txt"]
    assert [a.text for a in out if not isinstance(a, InputError)] == ["Chad closed its border."]
