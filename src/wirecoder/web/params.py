"""Query parameters: parsed and checked once here, for every page and its JSON twin.

A value that does not parse is the user's mistake, answered with 400 and a sentence that names
the parameter (the app turns these validation errors into its one error shape). The parsed values
become the store's filter objects; ``query_of`` turns them back into a query string, so links to
the next page, the downloads and the JSON twin keep the filter.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Annotated

from fastapi import HTTPException, Query
from pydantic import AfterValidator

from wirecoder.record.ontology import EVENT_TYPES, SECTORS
from wirecoder.store.browse import EVENT_SORTS, BrowseFilter, ListQuery

MAX_PAGE = 1000
DEFAULT_PAGE = 50
SORT_CHOICES = tuple(s for key in EVENT_SORTS for s in (f"-{key}", key))
_CODE = re.compile(r"^[A-Za-z]{3}$")


class BadRequest(HTTPException):
    """A parameter or body the user can fix (400)."""

    def __init__(self, message: str):
        super().__init__(status_code=400, detail=message)


class NotFound(HTTPException):
    """No record with that id or name (404)."""

    def __init__(self, message: str):
        super().__init__(status_code=404, detail=message)


def _event_type(v: str | None) -> str | None:
    if v is None:
        return None
    if v.upper() not in EVENT_TYPES:
        raise ValueError(f"{v!r} is not a PLOVER event type (one of {', '.join(EVENT_TYPES)})")
    return v.upper()


def _code(v: str | None) -> str | None:
    if v is None:
        return None
    if not _CODE.match(v):
        raise ValueError(f"{v!r} is not a three-letter code (ISO 3166 alpha-3, or IGO, UNO, EUR, NGO, ...)")
    return v.upper()


def _sector(v: str | None) -> str | None:
    if v is None:
        return None
    if v.upper() not in SECTORS:
        raise ValueError(f"{v!r} is not a PLOVER sector code (one of {', '.join(SECTORS)})")
    return v.upper()


def iso_day(v: str | None) -> str | None:
    if v is None:
        return None
    try:
        if len(v) != 10:
            raise ValueError
        return date.fromisoformat(v).isoformat()
    except ValueError:
        raise ValueError(f"{v!r} is not a date (YYYY-MM-DD)") from None


def validation_message(errors: list[dict]) -> str:
    """One sentence from pydantic's validation errors: the first one, naming its parameter."""
    if not errors:
        return "invalid request"
    first = errors[0]
    where = [str(x) for x in first.get("loc", ()) if x not in ("query", "body", "path")]
    message = str(first.get("msg", "invalid value")).removeprefix("Value error, ")
    return f"{'.'.join(where)}: {message}" if where else message


def _bbox(v: str | None) -> tuple[float, float, float, float] | None:
    if v is None:
        return None
    try:
        west, south, east, north = (float(x) for x in v.split(","))
    except ValueError:
        raise ValueError(f"{v!r} is not four numbers west,south,east,north") from None
    if not all(map(math.isfinite, (west, south, east, north))):
        raise ValueError(f"{v!r} has a number that is not finite")
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise ValueError(f"{v!r} is not a box in degrees (longitudes -180..180, latitudes -90..90, south <= north)")
    return west, south, east, north


def _sort(v: str) -> str:
    if v not in SORT_CHOICES:
        raise ValueError(f"{v!r} is not a sort key (one of {', '.join(SORT_CHOICES)})")
    return v


def _text(limit: int, description: str):
    return Query(description=description, max_length=limit)


EventType = Annotated[str | None, Query(description="PLOVER event type, e.g. ASSAULT."), AfterValidator(_event_type)]
Mode = Annotated[str | None, _text(32, "PLOVER mode of the event type, e.g. expel.")]
Quad = Annotated[int | None, Query(ge=1, le=4, description="Quad class: 1 verbal cooperation, 2 material "
                                   "cooperation, 3 verbal conflict, 4 material conflict.")]
Since = Annotated[str | None, Query(description="On or after this date (YYYY-MM-DD)."), AfterValidator(iso_day)]
Until = Annotated[str | None, Query(description="On or before this date (YYYY-MM-DD)."), AfterValidator(iso_day)]
Name = Annotated[str | None, _text(200, "Part of a name, any case.")]
Country = Annotated[str | None, Query(description="Country code (ISO 3166 alpha-3, or IGO, UNO, EUR, NGO, ...)."),
                    AfterValidator(_code)]
Sector = Annotated[str | None, Query(description="PLOVER sector code, e.g. GOV, MIL, REB."), AfterValidator(_sector)]
Search = Annotated[str | None, _text(500, "Full-text query: articles containing every word.")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Rows per page (at most {MAX_PAGE}).")]
Offset = Annotated[int, Query(ge=0, le=100_000_000, description="Rows to skip.")]


def event_filter(
    type: EventType = None,
    mode: Mode = None,
    quad: Quad = None,
    actor: Annotated[str | None, _text(200, "Part of an actor's or recipient's name (either side).")] = None,
    country: Annotated[str | None, Query(description="Actor or recipient country (either side)."),
                       AfterValidator(_code)] = None,
    sector: Annotated[str | None, Query(description="Actor or recipient sector (either side)."),
                      AfterValidator(_sector)] = None,
    entity: Annotated[str | None, _text(300, "Exact actor or recipient name, as /api/actors lists it.")] = None,
    actor_name: Annotated[str | None, _text(200, "Part of the actor's name (actor side only).")] = None,
    actor_country: Country = None,
    actor_sector: Sector = None,
    recipient_name: Annotated[str | None, _text(200, "Part of the recipient's name.")] = None,
    recipient_country: Country = None,
    recipient_sector: Sector = None,
    since: Since = None,
    until: Until = None,
    place: Annotated[str | None, _text(200, "Event location name (any case), as /api/aggregates/places lists it.")] = None,
    bbox: Annotated[str | None, Query(description="Event location inside west,south,east,north (degrees).",
                                      examples=["20,30,60,50"]), AfterValidator(_bbox)] = None,
    q: Search = None,
    article: Annotated[str | None, _text(300, "Events of this article id only.")] = None,
    all: Annotated[bool, Query(description="Include negated and hypothetical events.")] = False,
    sort: Annotated[str, Query(description=f"Order: one of {', '.join(SORT_CHOICES)}."),
                    AfterValidator(_sort)] = "-date",
) -> BrowseFilter:
    """The events filter from the query string (dependency)."""
    if since and until and since > until:
        raise BadRequest(f"since ({since}) is after until ({until})")
    return BrowseFilter(type=type, mode=mode, quad=quad, actor=actor, country=country, sector=sector,
                        entity=entity, actor_name=actor_name, actor_country=actor_country,
                        actor_sector=actor_sector, recipient_name=recipient_name,
                        recipient_country=recipient_country, recipient_sector=recipient_sector,
                        since=since, until=until, place=place, bbox=bbox, q=q, article=article,
                        facts_only=not all, sort=sort)


@dataclass(frozen=True)
class Page:
    limit: int = DEFAULT_PAGE
    offset: int = 0


def page(limit: Limit = DEFAULT_PAGE, offset: Offset = 0) -> Page:
    """Pagination from the query string (dependency)."""
    return Page(limit, offset)


def paged(f, p: Page):
    """A filter object with one page's limit and offset."""
    return replace(f, limit=p.limit, offset=p.offset)


def article_query(q: Search = None, since: Since = None, until: Until = None) -> ListQuery:
    """The articles list filter (dependency)."""
    return ListQuery(q=q, since=since, until=until)


@dataclass(frozen=True)
class ActorQuery:
    """The actors list: which events count (type, dates) and which actors to show."""

    events: BrowseFilter
    actors: ListQuery


def actor_query(name: Name = None, country: Country = None, sector: Sector = None, type: EventType = None,
                since: Since = None, until: Until = None,
                all: Annotated[bool, Query(description="Count negated and hypothetical events too.")] = False,
                ) -> ActorQuery:
    """The actors list filter (dependency): the actor's own name and codes, and the events counted."""
    return ActorQuery(BrowseFilter(type=type, since=since, until=until, facts_only=not all),
                      ListQuery(name=name, country=country, sector=sector))


def place_query(name: Name = None, country: Country = None) -> ListQuery:
    """The places list filter (dependency)."""
    return ListQuery(name=name, country=country)


def quote_query(q: Annotated[str | None, _text(500, "Words the quote contains.")] = None,
                speaker: Annotated[str | None, _text(200, "Part of the speaker's name.")] = None,
                country: Annotated[str | None, Query(description="Speaker's country."), AfterValidator(_code)] = None,
                article: Annotated[str | None, _text(300, "Quotes of this article id only.")] = None,
                since: Since = None, until: Until = None) -> ListQuery:
    """The quotes list filter (dependency)."""
    return ListQuery(q=q, name=speaker, country=country, article=article, since=since, until=until)


# the query parameters that are fields of the same name in the parsed objects
_EVENT_NAMES = ("type", "mode", "quad", "actor", "country", "sector", "entity", "actor_name", "actor_country",
                "actor_sector", "recipient_name", "recipient_country", "recipient_sector", "since", "until",
                "place", "bbox", "q", "article")
_LIST_NAMES = ("q", "name", "country", "sector", "since", "until", "article")


def query_of(obj, speaker: bool = False) -> dict[str, str]:
    """The query parameters that reproduce a parsed filter (defaults left out); ``speaker``: the
    quotes list calls its name filter ``speaker``."""
    out: dict[str, str] = {}
    if isinstance(obj, ActorQuery):
        return {**query_of(obj.actors), **query_of(obj.events)}
    if isinstance(obj, BrowseFilter):
        for name in _EVENT_NAMES:
            value = getattr(obj, name)
            if value not in (None, ""):
                out[name] = ",".join(f"{x:.10g}" for x in value) if name == "bbox" else str(value)
        if not obj.facts_only:
            out["all"] = "1"
        if obj.sort != "-date":
            out["sort"] = obj.sort
    elif isinstance(obj, ListQuery):
        for name in _LIST_NAMES:
            value = getattr(obj, name)
            if value not in (None, ""):
                out["speaker" if speaker and name == "name" else name] = str(value)
    return out
