"""Shared fixtures: one loaded Extractor per test session, and a factory that codes a text."""

from __future__ import annotations

import pytest

from wirecoder.config import Options


@pytest.fixture(scope="session")
def extractor():
    from wirecoder.pipeline import Extractor

    return Extractor(Options())


@pytest.fixture(scope="session")
def code(extractor):
    """code(text, published=..., title=...) -> the output-contract dict of one article."""
    from wirecoder.ingest.base import ReadOptions, make_article

    def run(text: str, published: str | None = "2021-03-10", title: str | None = None) -> dict:
        article = make_article(text, "<test>", ReadOptions(published=published), title=title)
        (coded,) = list(extractor.run([article]))
        return coded.to_dict()

    return run


def live(events: list[dict]) -> list[dict]:
    return [e for e in events if not e["negated"] and not e["hypothetical"]]
