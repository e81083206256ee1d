from __future__ import annotations

import pytest

from wirecoder.errors import InputError
from wirecoder.ingest.base import ReadOptions
from wirecoder.ingest.html import extract, text_of

from .builders import STORY, page, split


def test_page_becomes_its_main_text_with_metadata(read_file):
    articles, errors = split(read_file("story.html", page()))
    assert errors == []
    [a] = articles
    for paragraph in STORY:
        assert paragraph in a.text
    for chrome in ("Home", "Sport", "Copyright", "Storm closes the harbour road"):
        assert chrome not in a.text
    assert a.title == "Valdora expels two Marenland envoys"
    assert a.url == "https://news.example/valdora"
    assert a.published == "2021-03-10"
    assert a.key == "url:https://news.example/valdora"
    assert "<" not in a.text


@pytest.mark.parametrize("name", ["story.htm", "story.xhtml", "story"])
def test_other_suffixes_and_sniffing(read_file, name):
    articles, errors = split(read_file(name, page()))
    assert errors == [] and len(articles) == 1
    assert articles[0].text.startswith("Valdora expels")


@pytest.mark.parametrize("html", [
    "<html><head><title>Nothing</title></head><body></body></html>",
    "<html><body><nav><a href='/'>Home</a></nav></body></html>",
    "<html><body>   </body></html>",
    "not really <b",
])
def test_page_without_a_body_is_refused(read_file, html):
    articles, [error] = split(read_file("empty.html", html))
    assert articles == []
    assert "no article text" in error.reason
    assert error.source.endswith("empty.html")


def test_markup_lxml_cannot_mend_is_one_error_not_a_crash(read_file):
    # a script left open in a body with nothing else (found by the fuzz tests)
    articles, [error] = split(read_file("broken.html", "<BODY><SCRIPT>HTML"))
    assert articles == [] and error.source.endswith("broken.html") and "could not be read" in error.reason


def test_no_date_falls_back_to_the_option(read_file):
    [a] = read_file("story.html", page(date=None), published="2020-01-02")
    assert a.published == "2020-01-02"


def test_given_url_title_and_date_fill_in(tmp_path):
    html = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in STORY) + "</article></body></html>"
    a = extract(html.encode(), "x", ReadOptions(), url="https://news.example/2019/05/06/x",
                title="From the feed", published="2019-01-01")
    assert a.url == "https://news.example/2019/05/06/x"
    assert a.title == "From the feed"
    assert a.published == "2019-05-06"  # the URL's date is the page's own


def test_given_url_wins_over_canonical():
    a = extract(page().encode(), "x", ReadOptions(), url="https://mirror.example/v")
    assert a.url == "https://mirror.example/v"


def test_declared_charset_is_honoured(read_file):
    html = page(paragraphs=["Le ministre a déclaré à Valdora que les négociations reprendraient "
                            "la semaine prochaine après une longue pause."])
    html = html.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
    [a] = read_file("latin.html", html.encode("iso-8859-1"))
    assert "déclaré à Valdora" in a.text


def test_oversized_page_is_refused(read_file):
    [error] = read_file("big.html", page(), max_bytes=100)
    assert isinstance(error, InputError) and "max_bytes" in error.reason


def test_text_longer_than_max_chars_is_refused(read_file):
    [error] = read_file("long.html", page(), max_chars=50)
    assert "max_chars" in error.reason


@pytest.mark.parametrize("fragment, expected", [
    ("plain words", "plain words"),
    ("<p>One.</p><p>Two.</p>", "One.\nTwo."),
    ("Line<br>break", "Line\nbreak"),
    ("<b>bold</b>   and\n\n  spaced", "bold and spaced"),
    ("<ul><li>a</li><li>b</li></ul>", "a\nb"),
    ("<p>x</p><script>alert(1)</script><style>p{}</style>", "x"),
    ("", ""),
    ("<", "<"),
    ("<p>Tab\there</p>\n<p>and\n wrapped\n line</p>", "Tab here\nand wrapped line"),
])
def test_text_of_fragment(fragment, expected):
    assert text_of(fragment) == expected
