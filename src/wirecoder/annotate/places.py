"""Places: find the place names of an article and resolve each to a gazetteer entry.

Candidates are spaCy's GPE/LOC/FAC entities plus capitalised word sequences the gazetteer
knows (spaCy tags some places as PERSON or ORG). Same-named places are told apart by the
countries the article talks about and by nearness to its other places.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from wirecoder.lexicon.gazetteer import Gazetteer, GeoEntry
from wirecoder.nlp.extensions import PlaceMention, in_boilerplate
from wirecoder.record import Place

PLACE_LABELS = {"GPE", "LOC", "FAC"}
NOT_PLACE_LABELS = {"PERSON", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL",
                    "QUANTITY", "WORK_OF_ART", "LAW", "LANGUAGE", "EVENT", "PRODUCT"}


def _trim(span: Span) -> Span | None:
    """Drop a leading determiner and trailing possessive: "the Gaza Strip's" -> "Gaza Strip"."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in ("the", "'s", "’s"):
        start += 1
    while end > start and (doc[end - 1].lower_ in ("'s", "’s") or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end] if end > start else None


def candidate_spans(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """Spans that may name places: entity spans, and known capitalised n-grams outside entities."""
    spans: list[Span] = []
    taken = set()
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            span = _trim(ent)
            if span is not None:
                spans.append(span)
                taken.update(range(span.start, span.end))
    blocked = {t.i for ent in doc.ents if ent.label_ in NOT_PLACE_LABELS for t in ent}
    i = 0
    while i < len(doc):
        tok = doc[i]
        if i in taken or i in blocked or not tok.is_title or tok.is_sent_start and tok.pos_ != "PROPN":
            i += 1
            continue
        matched = 0
        for n in range(min(gazetteer.max_words, len(doc) - i), 0, -1):
            words = doc[i:i + n]
            if any(t.i in taken or t.i in blocked or not (t.is_title or t.is_upper or t.lower_ in ("of", "al", "el")) for t in words):
                continue
            if words[-1].pos_ == "PROPN" and gazetteer.is_known(words.text):
                spans.append(words)
                matched = n
                break
        i += matched or 1
    return sorted(spans, key=lambda s: s.start)


def _place(span: Span, entry: GeoEntry | None, confidence: float) -> Place:
    if entry is None:
        return Place(span.text, span.start_char, span.end_char)
    return Place(span.text, span.start_char, span.end_char, entry.name, entry.geonameid,
                 round(entry.lat, 5), round(entry.lon, 5), entry.country, entry.admin1,
                 entry.feature, round(confidence, 3))


def article_countries(spans: Sequence[Span], gazetteer: Gazetteer) -> list[str]:
    """Countries the article names, most mentioned first: the context for resolving the rest."""
    counts: Counter[str] = Counter()
    for span in spans:
        found = gazetteer.resolve(span.text)
        if found and found[0].feature.startswith("A.PCL") and found[0].country:
            counts[found[0].country] += 1
    return [c for c, _ in counts.most_common()]


def find_places(doc: Doc, gazetteer: Gazetteer) -> list[PlaceMention]:
    spans = [s for s in candidate_spans(doc, gazetteer) if not in_boilerplate(doc, s.start_char)]
    countries = article_countries(spans, gazetteer)
    found: list[PlaceMention] = []
    near: list[GeoEntry] = []
    for span in spans:
        resolved = gazetteer.resolve(span.text, countries=countries, near=near[:10])
        if resolved is None:
            found.append(PlaceMention(span, _place(span, None, 0.0)))
            continue
        entry, confidence = resolved
        if not entry.feature.startswith("A.PCL"):
            near.append(entry)
        found.append(PlaceMention(span, _place(span, entry, confidence)))
    return found


@Language.factory("wc_places", assigns=["doc._.wc_places"], default_config={"extra_files": []})
def make_places(nlp: Language, name: str, extra_files: list[str]) -> "PlaceAnnotator":
    return PlaceAnnotator(tuple(extra_files))


class PlaceAnnotator:
    """Sets ``doc._.wc_places``: place mentions resolved to GeoNames entries."""

    def __init__(self, extra_files: tuple[str, ...] = ()):
        self.gazetteer = Gazetteer.load(extra_files)

    def __call__(self, doc: Doc) -> Doc:
        doc._.wc_places = find_places(doc, self.gazetteer)
        return doc
