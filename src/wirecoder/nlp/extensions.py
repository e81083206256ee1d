"""Every ``Doc._`` attribute wirecoder sets, and the small finding types they hold.

Annotators write findings here; ``build.py`` turns them into records. A finding pairs the
spaCy span it came from (for the parse) with the record it will become (for the output).
All names carry the ``wc_`` prefix so they never collide in someone else's pipeline.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from wirecoder.record import DateRef, Entity, Place


@dataclass
class DateMention:
    span: Span | None  # None for the publication-date fallback
    date: DateRef


@dataclass
class PlaceMention:
    span: Span
    place: Place


@dataclass
class ActorMention:
    """An actor in the text: its span, its head token, and its code with the reason."""

    span: Span
    entity: Entity
    key: str | None = None  # the person/organisation this mention refers to, for coreference


@dataclass
class QuoteMention:
    start: int
    end: int
    speaker: ActorMention | None = None
    cue: str | None = None
    cue_token: Token | None = None


@dataclass
class EventMention:
    trigger: Span
    event: str
    mode: str | None
    cameo: str | None
    actor: list[ActorMention] = field(default_factory=list)
    recipient: list[ActorMention] = field(default_factory=list)
    location: PlaceMention | None = None
    date: DateMention | None = None
    reported_by: ActorMention | None = None
    negated: bool = False
    hypothetical: bool = False
    confidence: float = 0.5
    context: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)


DOC_EXTENSIONS = {
    "wc_article": None,  # the Article record being coded (id, published date, ...)
    "wc_layout": None,  # ingest.clean.Layout: paragraph kinds, dateline
    "wc_dates": None,  # list[DateMention]
    "wc_headline": None,  # the article's headline (title, else URL words) as a tagged Doc, or None
    "wc_places": None,  # list[PlaceMention]
    "wc_headline_places": None,  # list[PlaceMention] of the title (or URL words), offsets into it
    "wc_entities": None,  # list[ActorMention]
    "wc_actor_index": None,  # annotate.actors.ActorIndex: resolves role tokens to actors
    "wc_quotes": None,  # list[QuoteMention]
    "wc_events": None,  # list[EventMention]
}


def register() -> None:
    """Declare the extensions (idempotent)."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def in_boilerplate(doc: Doc, char: int) -> bool:
    """Is this character inside a paragraph the cleaner marked as not part of the story?"""
    layout = doc._.wc_layout
    return bool(layout and layout.is_boilerplate(char))


def text_of(doc: Doc) -> str:
    """The article's text: the Article's own string when there is one, since ``doc.text`` joins
    every token again on each call (the two are equal: offsets point into the input)."""
    article = doc._.wc_article
    return article.text if article is not None else doc.text


def entities_of(doc: Doc) -> tuple[Span, ...]:
    """The model's named entities, made once per article: ``doc.ents`` builds a Span for every
    entity on each call, and the annotators ask for them hundreds of times an article. (The
    entities are final once the article is parsed: no annotator changes them.)"""
    ents = doc.user_data.get("wc_ents")
    if ents is None:
        ents = doc.user_data["wc_ents"] = tuple(doc.ents)
    return ents


def tokens_of(doc: Doc) -> list[Token]:
    """The article's tokens as one list, made once: spaCy builds a new Token object on every
    ``doc[i]`` and every pass over the doc, and several annotators walk every word."""
    tokens = doc.user_data.get("wc_tokens")
    if tokens is None:
        tokens = doc.user_data["wc_tokens"] = list(doc)
    return tokens


def index_sentences(doc: Doc) -> None:
    """Answer ``token.sent`` and ``span.sent`` from the article's sentences, made once. spaCy
    finds a sentence by walking to its boundaries and slicing the Doc twice, on each call, and
    the annotators ask tens of thousands of times an article. (Sentence boundaries are final
    once the article is parsed: no annotator moves them.)"""
    sentences = list(doc.sents) if len(doc) else []
    starts = [s.start for s in sentences]
    doc.user_token_hooks["sent"] = lambda token: sentences[bisect_right(starts, token.i) - 1]
    doc.user_span_hooks["sent"] = lambda span: sentences[bisect_right(starts, span.start) - 1]


def published(doc: Doc) -> str | None:
    article = doc._.wc_article
    return getattr(article, "published", None)


register()


def sentence_before(sent: Span) -> Span | None:
    """The sentence before this one, passing over the bits the parser may cut off as sentences of
    their own: the line break between paragraphs, or the closing quote mark after a full stop
    ('... for democracy."' then a break). None for the first."""
    doc, k = sent.doc, sent.start - 1
    while k >= 0 and all(t.is_space or t.is_punct for t in doc[k].sent):
        k = doc[k].sent.start - 1
    return doc[k].sent if k >= 0 else None
