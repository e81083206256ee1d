"""Cleaning: paragraphs cover the text, boilerplate is marked, datelines are found."""

from __future__ import annotations

import pytest

from wirecoder.ingest.clean import headline, layout


def test_paragraphs_cover_the_whole_text():
    text = "\n  Title\n\nFirst para.\nSecond para.\n\n\nThird.  \n"
    paras = layout(text).paragraphs
    assert paras[0].start == 0
    assert [text[p.start:p.end].strip() for p in paras] == ["Title", "First para.", "Second para.", "Third."]
    assert all(a.end <= b.start for a, b in zip(paras, paras[1:]))


@pytest.mark.parametrize("line", [
    "Read more: Iran expels diplomats", "READ MORE: Iran", "Related: Iran talks collapse", "See also: Iraq",
    "Share this article", "Sign up for our newsletter", "By John Smith and Jane Doe",
    "Photo: Reuters", "(Reporting by Ali Kucukgocmen; Editing by Jon Boyle)", "Copyright 2021 Example News",
    "----------",
])
def test_boilerplate_is_marked(line):
    text = f"Chad closed its border.\n{line}\nOfficials said so."
    kinds = [p.kind for p in layout(text).paragraphs]
    assert kinds == ["body", "boilerplate", "body"]


@pytest.mark.parametrize("text,place,date,agency", [
    ("KABUL, Oct 2 (Reuters) - Taliban fighters attacked a post.", "KABUL", "Oct 2", "Reuters"),
    ("MOSCOW (AP) — Russia said on Monday.", "MOSCOW", None, "AP"),
    ("NEW DELHI - India said on Monday.", "NEW DELHI", None, None),
])
def test_dateline(text, place, date, agency):
    d = layout(text).dateline
    assert text[d.place[0]:d.place[1]] == place
    assert (text[d.date[0]:d.date[1]] if d.date else None) == date
    assert d.agency == agency


def test_dateline_after_a_headline_line_in_the_text():
    text = "Haiti gangs storm prison, free inmates\n\nPORT-AU-PRINCE (AP) — Armed gangs stormed the prison."
    d = layout(text).dateline
    assert d is not None and text[d.place[0]:d.place[1]] == "PORT-AU-PRINCE" and d.agency == "AP"
    # a first paragraph that is a sentence is the story: no dateline is looked for after it
    assert layout("Gangs stormed the prison.\n\nPARIS (AP) — France said.").dateline is None


def test_no_dateline_in_ordinary_sentence():
    assert layout("The ministry - which said little - was closed.").dateline is None


def test_title_paragraph_is_marked():
    text = "Chad closes border\n\nChad closed its border."
    assert [p.kind for p in layout(text, title="Chad closes border").paragraphs] == ["title", "body"]


@pytest.mark.parametrize("title,url,expected", [
    ("Floods in Kerala", "https://example.org/news/123", "Floods in Kerala"),  # a title wins
    (None, "https://en.wikinews.org/wiki/Protests_continue_in_Minsk_for_a_third_week",
     "Protests continue in Minsk for a third week"),
    (None, "https://example.org/2021/05/02/police-clash-with-miners-in-bolivia.html",
     "police clash with miners in bolivia"),
    (None, "https://example.org/article/48213", None),  # an id, not words
    (None, None, None),
])
def test_headline_from_title_or_url(title, url, expected):
    assert headline(title, url) == expected
