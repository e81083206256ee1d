"""Annotated Doc -> records: the only place that turns ``Doc._`` findings into the data model."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from wirecoder.annotate.places import on_the_map
from wirecoder.nlp.extensions import ActorMention, EventMention, text_of
from wirecoder.record import CodedArticle, DateRef, Entity, Event, Quote, Span
from wirecoder.record.ontology import base_score, quad_class


def _entity(m: ActorMention | None) -> Entity | None:
    return replace(m.entity) if m is not None else None


def _event(article_id: str, e: EventMention, published: str | None) -> Event:
    sent = e.trigger.sent
    if e.date is not None:
        date = replace(e.date.date)
    elif published:
        date = DateRef(published, "published", None, None, None)
    else:
        date = DateRef()
    return Event(
        id=f"{article_id}:{e.trigger.start_char}",
        event=e.event, mode=e.mode, cameo=e.cameo, quad=quad_class(e.event), score=base_score(e.event),
        actor=[_entity(a) for a in e.actor], recipient=[_entity(r) for r in e.recipient],
        location=replace(e.location.place) if e.location else None,
        date=date,
        trigger=Span(e.trigger.text, e.trigger.start_char, e.trigger.end_char),
        sentence={"start": sent.start_char, "end": sent.end_char},
        reported_by=_entity(e.reported_by), negated=e.negated, hypothetical=e.hypothetical,
        confidence=e.confidence, context=list(e.context), evidence=list(e.evidence),
    )


def build(doc: Doc, min_confidence: float = 0.0) -> CodedArticle:
    """The CodedArticle for one annotated article Doc."""
    article = doc._.wc_article
    text = text_of(doc)
    events = [_event(article.id, e, article.published) for e in doc._.wc_events or []
              if e.confidence >= min_confidence]
    quotes = [Quote(text[q.start:q.end], q.start, q.end, _entity(q.speaker), q.cue)
              for q in doc._.wc_quotes or []]
    return CodedArticle(
        id=article.id, title=article.title, url=article.url, published=article.published,
        events=events, quotes=quotes,
        places=on_the_map(doc._.wc_places or []),
        entities=[replace(m.entity) for m in doc._.wc_entities or []],
        text=text, source=article.source, key=article.key,
    )
