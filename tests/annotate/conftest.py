"""Fixtures of the annotator tests: a parsed Doc with dates and places annotated."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def doc_of():
    """doc_of(text, published=...) -> the parsed Doc with dates and places annotated."""
    from wirecoder.annotate.dates import DateAnnotator
    from wirecoder.annotate.places import PlaceAnnotator
    from wirecoder.ingest.base import ReadOptions, make_article
    from wirecoder.ingest.clean import layout
    from wirecoder.nlp import pipeline

    nlp = pipeline.load()
    places, dates = PlaceAnnotator(), DateAnnotator()

    def run(text: str, published: str | None = "2021-03-10"):
        article = make_article(text, "<test>", ReadOptions(published=published))
        (doc,) = pipeline.parse(nlp, [(article, layout(text))])
        return places(dates(doc))

    return run


def token(doc, word: str):
    return next(t for t in doc if t.text == word)
