"""The one data model. Store, exporters, web and eval read these and nothing else.

Every span carries ``start``/``end``: character offsets [start, end) into the article text
exactly as given, so ``article.text[start:end] == span.text``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Article:
    """One input article, as a reader found it."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD
    source: str | None = None  # where it was read from (file, file:line, feed URL)
    key: str | None = None  # the stable identity used by the store (URL, else text hash)


@dataclass
class Span:
    text: str
    start: int
    end: int


@dataclass
class Entity:
    """A mention of an actor: a person, organisation, country, group, with its code and reason."""

    text: str
    start: int
    end: int
    name: str | None = None  # canonical name where known ("Sergei Lavrov", "Russia")
    country: str | None = None  # ISO 3166-1 alpha-3 or IGO, UNO, EUR, NGO, IMG, ISM, MNC
    sector: str | None = None  # PLOVER sector code: GOV, MIL, COP, REB, CVL, ...
    how: str | None = None  # dictionary, metonymy, appositive, coreference, ner, ...
    kind: str | None = None  # person, organisation, country, group, other


@dataclass
class Place:
    """A place name resolved to a gazetteer entry (or not: geonameid None)."""

    text: str
    start: int
    end: int
    name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    admin1: str | None = None
    feature: str | None = None  # GeoNames feature class.code, e.g. "P.PPLC", "A.PCLI"
    confidence: float | None = None
    how: str | None = None  # why this place was chosen for an event: "in", "dateline", ...


@dataclass
class DateRef:
    """When an event happened; ``precision`` says how sure the day is."""

    value: str | None = None  # YYYY-MM-DD (first day of the week/month/year for coarser ones)
    precision: str = "unknown"  # day | week | month | year | unknown; "published" when the fallback
    text: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Event:
    id: str
    event: str  # PLOVER type
    mode: str | None
    cameo: str | None
    quad: int
    score: float
    actor: list[Entity]
    recipient: list[Entity]
    location: Place | None
    date: DateRef
    trigger: Span
    sentence: dict  # {"start", "end"}
    reported_by: Entity | None = None
    negated: bool = False
    hypothetical: bool = False
    confidence: float = 0.5
    context: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)  # short notes on why it was coded


@dataclass
class Quote:
    text: str
    start: int
    end: int
    speaker: Entity | None = None
    cue: str | None = None


@dataclass
class CodedArticle:
    """One article and everything coded in it: the unit that stores and exporters take."""

    id: str
    title: str | None
    url: str | None
    published: str | None
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    text: str | None = None  # kept for the store and the web; not part of the extract output
    source: str | None = None
    key: str | None = None

    def to_dict(self, with_text: bool = False) -> dict:
        """The output contract: the JSON object ``wirecoder extract --format jsonl`` prints."""
        d = asdict(self)
        if not with_text:
            for k in ("text", "source", "key"):
                d.pop(k)
        return d


def coded_from_dict(d: dict) -> CodedArticle:
    """Inverse of ``CodedArticle.to_dict`` (for stores, Parquet shards and tests)."""

    def ent(x):
        return Entity(**x) if x else None

    def place(x):
        return Place(**x) if x else None

    events = [
        Event(
            **{
                **e,
                "actor": [Entity(**a) for a in e.get("actor") or []],
                "recipient": [Entity(**a) for a in e.get("recipient") or []],
                "location": place(e.get("location")),
                "date": DateRef(**(e.get("date") or {})),
                "trigger": Span(**e["trigger"]),
                "reported_by": ent(e.get("reported_by")),
            }
        )
        for e in d.get("events") or []
    ]
    return CodedArticle(
        id=d["id"],
        title=d.get("title"),
        url=d.get("url"),
        published=d.get("published"),
        events=events,
        quotes=[Quote(**{**q, "speaker": ent(q.get("speaker"))}) for q in d.get("quotes") or []],
        places=[Place(**p) for p in d.get("places") or []],
        entities=[Entity(**x) for x in d.get("entities") or []],
        text=d.get("text"),
        source=d.get("source"),
        key=d.get("key"),
    )
