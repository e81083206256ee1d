from __future__ import annotations

import pytest

from .builders import rss, split

ITEMS = [
    {"title": "Valdora closes its border crossings", "link": "https://news.example/border",
     "guid": "tag:news.example,2021:1", "pubDate": "Tue, 09 Mar 2021 18:00:00 GMT",
     "description": "<p>Short teaser.</p>",
     "content": "<p>Valdora closed all four crossings with Marenland on Tuesday.</p>"
                "<p>Trucks were turned back at the <b>northern</b> gate.</p>"},
    {"title": "Talks set for <i>Friday</i>", "link": "https://news.example/talks",
     "pubDate": "Wed, 10 Mar 2021 07:30:00 +0100",
     "description": "Negotiators from both sides will meet in Ostra on Friday, officials said."},
]

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Courier</title><id>urn:x</id><updated>2021-03-10T00:00:00Z</updated>
  <entry>
    <title>Harbour reopens</title><id>urn:x:1</id>
    <link href="https://news.example/harbour"/>
    <updated>2021-03-12T09:00:00Z</updated>
    <content type="html">&lt;p&gt;The harbour of Valdora reopened on Friday.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Untitled note</title><id>urn:x:2</id>
    <summary>The coast guard said ferries would run again from Monday.</summary>
  </entry>
</feed>"""


def test_rss_items_become_articles(read_file):
    articles, errors = split(read_file("world.rss", rss(ITEMS)))
    assert errors == []
    a, b = articles
    assert a.text == ("Valdora closed all four crossings with Marenland on Tuesday.\n"
                      "Trucks were turned back at the northern gate.")
    assert (a.id, a.title, a.url, a.published) == (
        "tag:news.example,2021:1", "Valdora closes its border crossings",
        "https://news.example/border", "2021-03-09")
    assert b.text == ITEMS[1]["description"]
    assert b.title == "Talks set for Friday"
    assert b.published == "2021-03-10"
    assert a.source.endswith("world.rss")


def test_atom_entries_become_articles(read_file):
    a, b = read_file("world.atom", ATOM)
    assert (a.title, a.url, a.published, a.text) == (
        "Harbour reopens", "https://news.example/harbour", "2021-03-12",
        "The harbour of Valdora reopened on Friday.")
    assert b.text.startswith("The coast guard") and b.url is None and b.published is None


@pytest.mark.parametrize("name", ["feed.xml", "feed", "feed.bin"])
def test_feeds_are_recognised_by_suffix_or_first_bytes(read_file, name):
    articles, errors = split(read_file(name, rss(ITEMS)))
    assert errors == [] and len(articles) == 2


def test_item_without_text_is_an_error_for_that_item(read_file):
    items = [{"title": "Only a title", "link": "https://news.example/t"}, ITEMS[1]]
    articles, [error] = split(read_file("f.rss", rss(items)))
    assert [a.url for a in articles] == ["https://news.example/talks"]
    assert (error.record, error.reason) == ("item 1", "empty text")


def test_sloppy_xml_is_still_read(read_file):
    data = rss(ITEMS).replace("</channel>", "<broken>&nbsp;</channel>")
    articles, _ = split(read_file("f.rss", data))
    assert len(articles) == 2


@pytest.mark.parametrize("data, reason", [
    ('<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>',
     "not an RSS or Atom feed"),
    ('<rss version="2.0"><channel><title>Quiet</title></channel></rss>', "feed has no items"),
    ("<rss><channel><item><title>x", "empty text"),  # cut short: the item is there, its text not
])
def test_broken_or_empty_feeds_are_one_error(read_file, data, reason):
    articles, [error] = split(read_file("f.xml", data))
    assert articles == [] and error.reason.startswith(reason)


def test_oversized_feed_is_refused(read_file):
    [error] = read_file("f.rss", rss(ITEMS), max_bytes=200)
    assert "max_bytes" in error.reason
