"""The parse step: one Doc per article whose sentences every annotator reads."""

from __future__ import annotations

from wirecoder.ingest.clean import layout
from wirecoder.nlp import pipeline as nlp_pipeline
from wirecoder.record import Article

ARTICLE = ("NAIROBI, March 3 - Kenyan police fired tear gas at protesters in Nairobi on Tuesday. "
           "The protesters had marched on parliament.\n\n"
           "\"We will not stop,\" said Amina Yusuf, an organiser. \"Not today.\"\n\n"
           "Interior minister Kithure Kindiki said the march was illegal. He ordered an inquiry.")


def _parsed(extractor):
    article = Article(id="a", text=ARTICLE, source="<test>", published="2021-03-10")
    (doc,) = nlp_pipeline.parse(extractor.nlp, [(article, layout(article.text, None))])
    return doc


def test_every_word_and_phrase_knows_its_sentence(extractor):
    """``token.sent`` and ``span.sent`` are answered from sentences indexed once; they must be
    the sentences spaCy itself finds, for every word of an article of several paragraphs."""
    doc = _parsed(extractor)
    sentences = [(s.start, s.end) for s in doc.sents]
    assert len(sentences) >= 6 and doc.user_token_hooks and doc.user_span_hooks
    for start, end in sentences:
        for i in range(start, end):
            assert (doc[i].sent.start, doc[i].sent.end) == (start, end)
            assert (doc[i:end].sent.start, doc[i:end].sent.end) == (start, end)


def test_sentences_stay_inside_their_paragraph(extractor):
    doc = _parsed(extractor)
    for sent in doc.sents:
        assert "\n\n" not in sent.text.strip()
