"""A fault of wirecoder's own on one article is a one-line error in that article's place; the
other articles are coded as usual."""

from __future__ import annotations

from wirecoder.errors import InputError
from wirecoder.record import Article, CodedArticle


class _Faulty:
    """An annotator that fails on one article (as a bug would), and passes the others through."""

    def __init__(self, inner):
        self.inner = inner

    def __call__(self, doc):
        if "Marsabit" in doc.text:
            raise IndexError("list index out of range")
        return self.inner(doc)


def test_a_fault_on_one_article_does_not_stop_the_others(extractor):
    articles = [Article(id=f"a{k}", text=text, source=f"news.jsonl:{k + 1}", published="2021-03-10")
                for k, text in enumerate(["Kenya expelled two Somali diplomats on Monday.",
                                          "Police arrested ten protesters in Marsabit on Tuesday.",
                                          "Ethiopia and Kenya agreed to reopen the border."])]
    saved = extractor.annotators
    extractor.annotators = [(name, _Faulty(c) if name == "wc_quotes" else c) for name, c in saved]
    try:
        out = list(extractor.run(articles))
    finally:
        extractor.annotators = saved
    assert [type(x) for x in out] == [CodedArticle, InputError, CodedArticle]
    assert [x.id for x in out if isinstance(x, CodedArticle)] == ["a0", "a2"]
    message = str(out[1])
    assert message.startswith("news.jsonl:2:a1: could not be coded") and "IndexError" in message
    assert "\n" not in message
