"""Copies and stories in the store: one event counted once, with every mention and source kept.

Two things happen here, in the transaction that stores a batch of articles (``on_insert``, called
by ``engine._insert``):

- every article's MinHash signature and band hashes are stored, so a later article (in this run,
  a later one, or another process) finds its candidate originals with one indexed lookup
  (``stored_candidates``); a copy (``ingest.dedup.LinkedArticle``) is stored with its link. The
  signature ``ingest`` computed before coding rides on the record (``dedup.SignedArticle``) and
  is stored as it is; only articles that come without one (``load``, ``add_many``) are signed here;
- every new event joins a story: the best compatible story among the events of the same PLOVER
  type within ``STORY_DAYS`` days (compatible actors, place and negated/hypothetical flags), or
  founds its own. Copies add a mention of each event of their original. A story's ``mentions``
  and ``sources`` (distinct outlets: the URL's host, else the article) are kept up to date.

Stories only grow: an event never moves, so re-reading the store gives the same answer, and a
re-run after a crash decides exactly as an uninterrupted run would.

The hook costs a few statements per batch, never one per article or event: one query for the
stored events that new ones may join (all types and days at once), one for the events that copies
mention, and one bulk write per table.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from urllib.parse import urlsplit

from sqlalchemy import ColumnElement, and_, distinct, func, or_, select, update
from sqlalchemy.engine import Connection

from wirecoder.ingest import dedup
from wirecoder.record import CodedArticle, Event
from wirecoder.store import schema
from wirecoder.store.engine import BATCH_SIZE, Added, Store, write_rows
from wirecoder.store.query import EventFilter, event_conditions

STORY_DAYS = 1  # events of one story happen at most this many days apart
COMMIT_SECONDS = 5.0  # add_stream commits at least this often while articles keep coming
_CHUNK = 500  # values per IN (...) list
# words of actor names too common to say two events share an actor
GENERIC_WORDS = frozenset(
    "the and for its his her their who from with forces troops soldiers military army police officers "
    "government officials official authorities ministry minister president leader leaders spokesman "
    "spokeswoman spokesperson people protesters demonstrators civilians residents group groups members "
    "state national security foreign local regional village town city country two three four five "
    "several dozens hundreds thousands".split())
_WORD = re.compile(r"\w+")

E, A = schema.events, schema.articles
S, ES, SM = schema.stories, schema.event_stories, schema.story_mentions
SIG, BANDS, LINKS = schema.article_signatures, schema.article_bands, schema.article_links


# --- copies ------------------------------------------------------------------------------------

def stored_candidates(store: Store, bands: list[int]) -> list[dedup.Candidate]:
    """Stored articles sharing a band hash with a signature: one indexed lookup."""
    hits = select(BANDS.c.article_key).where(BANDS.c.band.in_(bands))
    stmt = (select(SIG.c.article_key, SIG.c.signature, LINKS.c.duplicate_of)
            .outerjoin(LINKS, LINKS.c.article_key == SIG.c.article_key)
            .where(SIG.c.article_key.in_(hits)))
    with store.engine.connect() as conn:
        return [dedup.Candidate(key, dedup.from_bytes(sig), root) for key, sig, root in conn.execute(stmt)]


def deduplicator(store: Store) -> dedup.Deduplicator:
    """A Deduplicator that looks for originals in this store."""
    return dedup.Deduplicator(lambda bands: stored_candidates(store, bands))


def add_stream(store: Store, coded: Iterable[CodedArticle], dedup_: dedup.Deduplicator | None = None,
               batch_size: int = BATCH_SIZE, seconds: float = COMMIT_SECONDS) -> Added:
    """``store.add_many`` for a slow stream (articles being coded): commits every ``batch_size``
    articles, and as soon as ``seconds`` have passed since the last commit, so little work is
    lost when the process dies; then tells the deduplicator those articles are in the store."""
    total = Added()
    batch: list[CodedArticle] = []
    started = time.monotonic()

    def commit() -> None:
        result = store.add_many(batch, batch_size=max(len(batch), 1))
        total.added += result.added
        total.skipped += result.skipped
        total.failed.extend(result.failed)
        if dedup_ is not None:
            dedup_.forget(c.key for c in batch if c.key)
        batch.clear()

    for c in coded:
        batch.append(c)
        if len(batch) >= batch_size or time.monotonic() - started >= seconds:
            commit()
            started = time.monotonic()
    if batch:
        commit()
    return total


def outlet(coded: CodedArticle, key: str) -> str:
    """Who published an article: its URL's host (without ``www.``), else the article itself."""
    try:
        host = urlsplit(coded.url).hostname if coded.url else None
    except ValueError:  # a malformed URL ("http://[x") names no host
        host = None
    if host:
        return host.removeprefix("www.")
    return f"article:{key}"


def _store_signatures(conn: Connection, items: list[tuple[str, CodedArticle]]) -> None:
    sigs, bands, links = [], [], []
    for key, coded in items:
        sig = dedup.signature_of(coded)
        if sig is not None:
            sigs.append((key, dedup.to_bytes(sig)))
            bands.extend((h, key) for h in set(dedup.band_hashes(sig)))
        if isinstance(coded, dedup.LinkedArticle) and coded.duplicate_of:
            links.append((key, coded.duplicate_of, coded.similarity or 0.0))
    write_rows(conn, SIG, sigs)
    write_rows(conn, BANDS, bands)
    write_rows(conn, LINKS, links)


# --- stories -----------------------------------------------------------------------------------

@dataclass
class Features:
    """What clustering compares of one event."""

    type: str
    date: str | None
    flags: int  # 1 negated, 2 hypothetical
    geonameid: int | None
    country: str | None
    actors: frozenset[str]
    recipients: frozenset[str]
    story: int | None = None


@lru_cache(maxsize=1 << 16)
def _split(side: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """A side's countries and its names (sides repeat a lot: each is split once)."""
    countries = frozenset(x for x in side if x.isupper())
    return countries, side - countries


@lru_cache(maxsize=1 << 16)
def _side_json(side: frozenset[str]) -> str:
    return json.dumps(sorted(side), ensure_ascii=False)


def _side(group) -> frozenset[str]:
    """An event side as comparable marks: its countries (upper-case codes) and the telling words
    of its actors' names (lower case: "armenian" in "Armenian forces", "biden" in "Joe Biden")."""
    out = set()
    for a in group:
        if a.country:
            out.add(a.country)
        out.update(w for w in _WORD.findall((a.name or a.text or "").lower())
                   if len(w) > 2 and w not in GENERIC_WORDS)
    return frozenset(out)


def features(ev: Event, published: str | None) -> Features:
    """An event's clustering features; its day is its date, else the article's publication date.
    A place that is a whole country counts as its country only."""
    loc = ev.location
    whole_country = loc is not None and (loc.feature or "").startswith("A.PCL")
    return Features(ev.event, ev.date.value or published, int(ev.negated) | 2 * int(ev.hypothetical),
                    loc.geonameid if loc and not whole_country else None, loc.country if loc else None,
                    _side(ev.actor), _side(ev.recipient))


def match_score(new: Features, old: Features) -> int | None:
    """How well two events fit one story (higher is better), or None when they cannot.

    They must have the same type and flags, no conflict (two different places, or two different
    countries for the place or for either side), and something specific in common: a telling word
    of an actor's or recipient's name, the same place, or the same countries on both sides (a
    dyad). One side's country alone is not enough: all of a country's police arrests on one day
    are not one story.
    """
    if new.type != old.type or new.flags != old.flags:
        return None
    same_place = new.geonameid is not None and new.geonameid == old.geonameid
    if new.geonameid is not None and old.geonameid is not None and not same_place:
        return None
    if new.country and old.country and new.country != old.country:
        return None
    names, dyad = 0, True
    for a, b in ((new.actors, old.actors), (new.recipients, old.recipients)):
        (countries_a, names_a), (countries_b, names_b) = _split(a), _split(b)
        if countries_a and countries_b and not countries_a & countries_b:
            return None  # a name coders disagree on is noise; two different countries are not
        names += len(names_a & names_b)
        dyad = dyad and bool(countries_a & countries_b)
    if not (names or same_place or dyad):
        return None
    return 2 * names + 2 * same_place + 2 * dyad + (new.date == old.date)


@lru_cache(maxsize=4096)
def _window(day: str) -> tuple[str, ...]:
    try:
        d = date.fromisoformat(day)
    except ValueError:
        return (day,)
    return tuple((d + timedelta(days=k)).isoformat() for k in range(-STORY_DAYS, STORY_DAYS + 1))


_STORED = (ES.c.type, ES.c.date, ES.c.flags, ES.c.geonameid, ES.c.country, ES.c.actors, ES.c.recipients, ES.c.story)


def _stored_features(rows) -> Iterator[Features]:
    """Features of stored events (rows of the ``_STORED`` columns); each side's JSON is parsed once."""
    sides: dict[str, frozenset[str]] = {}
    for type_, day, flags, geonameid, country, actors, recipients, story in rows:
        for side in (actors, recipients):
            if side not in sides:
                sides[side] = frozenset(json.loads(side))
        yield Features(type_, day, flags, geonameid, country, sides[actors], sides[recipients], story)


class _Index:
    """Events already in stories, by (type, day): those stored, then this batch's as they join.
    Events that look alike to clustering and share a story are kept once: they score alike."""

    def __init__(self, conn: Connection, wanted: list[Features]):
        self.by_day: dict[tuple[str, str], dict[tuple, Features]] = {}
        days: dict[str, set[str]] = {}
        for f in wanted:
            if f.date:
                days.setdefault(f.type, set()).update(_window(f.date))
        for where in _type_days(days):  # alike events of one story (copies, rewrites) come once
            for f in _stored_features(conn.execute(select(*_STORED).where(where).distinct())):
                self.add(f)

    def add(self, f: Features) -> None:
        if f.date:
            same = (f.flags, f.geonameid, f.country, f.actors, f.recipients, f.story)
            self.by_day.setdefault((f.type, f.date), {}).setdefault(same, f)

    def best(self, f: Features) -> int | None:
        """The story this event joins: best score, then the oldest story."""
        if not f.date:
            return None
        best: tuple[int, int] | None = None
        for day in _window(f.date):
            for old in self.by_day.get((f.type, day), {}).values():
                score = match_score(f, old)
                if score is not None and (best is None or (score, -old.story) > (best[0], -best[1])):
                    best = (score, old.story)
        return best[1] if best else None


def _type_days(days: dict[str, set[str]]) -> Iterator[ColumnElement[bool]]:
    """WHERE clauses for events of these types on these days: one, unless there are more than
    ``_CHUNK`` days in all."""
    terms = [(type_, day) for type_, ds in sorted(days.items()) for day in sorted(ds)]
    for i in range(0, len(terms), _CHUNK):
        chunk: dict[str, list[str]] = {}
        for type_, day in terms[i:i + _CHUNK]:
            chunk.setdefault(type_, []).append(day)
        yield or_(*(and_(ES.c.type == type_, ES.c.date.in_(ds)) for type_, ds in chunk.items()))


def _new_event_pks(conn: Connection, items: list[tuple[str, CodedArticle]]) -> list[int]:
    """The pks of the batch's events, in the order of the articles and their events."""
    keys = [k for k, c in items if c.events]
    per_article: dict[str, list[int]] = {}
    for i in range(0, len(keys), _CHUNK):
        stmt = select(E.c.article_key, E.c.pk).where(E.c.article_key.in_(keys[i:i + _CHUNK])).order_by(E.c.pk)
        for key, pk in conn.execute(stmt):
            per_article.setdefault(key, []).append(pk)
    return [pk for key, _ in items for pk in per_article.get(key, ())]


def _cluster(conn: Connection, items: list[tuple[str, CodedArticle]], pks: list[int]) -> set[int]:
    """Put the batch's new events (their pks in order) into stories; returns the stories touched."""
    pk_of = iter(pks)
    new = [(key, coded, next(pk_of), features(ev, coded.published)) for key, coded in items for ev in coded.events]
    index = _Index(conn, [f for *_, f in new])
    stories, memberships, mentions = [], [], []
    outlets: dict[str, str] = {}
    for key, coded, pk, f in new:
        f.story = index.best(f)
        if f.story is None:
            f.story = pk
            stories.append((pk, f.type, 0, 0))
        index.add(f)
        memberships.append((pk, f.story, f.type, f.date, f.flags, f.geonameid, f.country,
                            _side_json(f.actors), _side_json(f.recipients)))
        if key not in outlets:
            outlets[key] = outlet(coded, key)
        mentions.append((f.story, pk, key, outlets[key]))
    write_rows(conn, S, stories)
    write_rows(conn, ES, memberships)
    write_rows(conn, SM, mentions)
    return {m[0] for m in mentions}


def _copy_mentions(conn: Connection, items: list[tuple[str, CodedArticle]]) -> set[int]:
    """A copy mentions every event of its original once more, under its own outlet."""
    copies = [(key, coded) for key, coded in items
              if isinstance(coded, dedup.LinkedArticle) and coded.duplicate_of]
    originals = sorted({coded.duplicate_of for _, coded in copies})
    events_of: dict[str, list[tuple[int, int]]] = {}
    for i in range(0, len(originals), _CHUNK):
        stmt = (select(E.c.article_key, ES.c.story, ES.c.event_pk).join(E, E.c.pk == ES.c.event_pk)
                .where(E.c.article_key.in_(originals[i:i + _CHUNK])).order_by(ES.c.event_pk))
        for original, story, pk in conn.execute(stmt):
            events_of.setdefault(original, []).append((story, pk))
    rows = [(story, pk, key, outlet(coded, key))
            for key, coded in copies for story, pk in events_of.get(coded.duplicate_of, ())]
    write_rows(conn, SM, rows)
    return {r[0] for r in rows}


def _recount(conn: Connection, touched: set[int]) -> None:
    ids = sorted(touched)
    n = select(func.count()).where(SM.c.story == S.c.id).scalar_subquery()
    sources = select(func.count(distinct(SM.c.outlet))).where(SM.c.story == S.c.id).scalar_subquery()
    for i in range(0, len(ids), _CHUNK):
        conn.execute(update(S).where(S.c.id.in_(ids[i:i + _CHUNK])).values(mentions=n, sources=sources))


def on_insert(conn: Connection, items: list[tuple[str, CodedArticle]], event_pks: list[int] | None = None) -> None:
    """Signatures, links, stories and counts for articles just inserted, in their transaction.
    ``event_pks``: the pks their events were stored under, in order (looked up when not given)."""
    _store_signatures(conn, items)
    touched = _cluster(conn, items, _new_event_pks(conn, items) if event_pks is None else event_pks)
    touched |= _copy_mentions(conn, items)
    _recount(conn, touched)


# --- reading -----------------------------------------------------------------------------------

def _story_columns():
    return (ES.c.story, S.c.mentions, S.c.sources)


def events(store: Store, f: EventFilter = EventFilter()) -> list[dict]:
    """``query.events`` with each event's ``story`` id and the story's ``mentions`` and ``sources``."""
    stmt = (select(E.c.record, E.c.sentence, A.c.id, A.c.title, A.c.url, *_story_columns())
            .join(A, A.c.key == E.c.article_key)
            .outerjoin(ES, ES.c.event_pk == E.c.pk).outerjoin(S, S.c.id == ES.c.story)
            .where(*event_conditions(f))
            .order_by(E.c.date.desc(), E.c.pk).offset(f.offset))
    if f.limit:
        stmt = stmt.limit(f.limit)
    with store.engine.connect() as conn:
        return [{**json.loads(rec), "article": {"id": aid, "title": title, "url": url}, "sentence_text": sent,
                 "story": story, "mentions": mentions, "sources": sources}
                for rec, sent, aid, title, url, story, mentions, sources in conn.execute(stmt)]


def stories(store: Store, f: EventFilter = EventFilter()) -> list[dict]:
    """One row per story with an event matching the filter: its first event (as ``events`` gives
    it), plus ``mentions``, ``sources``, the ``outlets`` and the ``articles`` (ids) that report it."""
    matching = select(ES.c.story).where(ES.c.event_pk.in_(select(E.c.pk).where(*event_conditions(f))))
    stmt = (select(E.c.record, E.c.sentence, A.c.id, A.c.title, A.c.url, S.c.id, S.c.mentions, S.c.sources)
            .select_from(S).join(E, E.c.pk == S.c.id).join(A, A.c.key == E.c.article_key)
            .where(S.c.id.in_(matching))
            .order_by(E.c.date.desc(), S.c.id).offset(f.offset))
    if f.limit:
        stmt = stmt.limit(f.limit)
    with store.engine.connect() as conn:
        rows = [{**json.loads(rec), "article": {"id": aid, "title": title, "url": url}, "sentence_text": sent,
                 "story": story, "mentions": mentions, "sources": sources}
                for rec, sent, aid, title, url, story, mentions, sources in conn.execute(stmt)]
        ids = [r["story"] for r in rows]
        reporters: dict[int, tuple[set, set]] = {i: (set(), set()) for i in ids}
        for i in range(0, len(ids), _CHUNK):
            q = (select(SM.c.story, SM.c.outlet, A.c.id).join(A, A.c.key == SM.c.article_key)
                 .where(SM.c.story.in_(ids[i:i + _CHUNK])))
            for story, out, aid in conn.execute(q):
                reporters[story][0].add(out)
                reporters[story][1].add(aid)
    for r in rows:
        outlets, articles = reporters[r["story"]]
        r["outlets"], r["articles"] = sorted(outlets), sorted(articles)
    return rows


def links(store: Store) -> dict[str, tuple[str, float]]:
    """Every copy's key -> (its original's key, similarity)."""
    with store.engine.connect() as conn:
        return {k: (o, s) for k, o, s in conn.execute(select(LINKS.c.article_key, LINKS.c.duplicate_of,
                                                            LINKS.c.similarity))}


def coded_articles(store: Store) -> Iterator[dict]:
    """``query.coded_articles`` with ``story``, ``mentions`` and ``sources`` on every event and
    ``duplicate_of`` on copies (added fields: the extract contract is otherwise unchanged)."""
    stmt = select(A.c.record, A.c.key).order_by(A.c.published, A.c.key)
    with store.engine.connect() as conn, store.engine.connect() as side:
        batch: list[tuple[str, dict]] = []
        for rec, key in conn.execution_options(stream_results=True).execute(stmt):
            batch.append((key, json.loads(rec)))
            if len(batch) >= _CHUNK:
                yield from _with_stories(side, batch)
                batch = []
        yield from _with_stories(side, batch)


def _with_stories(conn: Connection, batch: list[tuple[str, dict]]) -> Iterator[dict]:
    keys = [k for k, _ in batch]
    per_article: dict[str, list[tuple]] = {}
    stmt = (select(E.c.article_key, *_story_columns()).outerjoin(ES, ES.c.event_pk == E.c.pk)
            .outerjoin(S, S.c.id == ES.c.story).where(E.c.article_key.in_(keys)).order_by(E.c.pk))
    for key, *story in conn.execute(stmt):
        per_article.setdefault(key, []).append(story)
    copies = {k: o for k, o in conn.execute(select(LINKS.c.article_key, LINKS.c.duplicate_of)
                                           .where(LINKS.c.article_key.in_(keys)))}
    for key, d in batch:
        for ev, (story, mentions, sources) in zip(d.get("events", []), per_article.get(key, ())):
            ev.update(story=story, mentions=mentions, sources=sources)
        if key in copies:
            d["duplicate_of"] = copies[key]
        yield d
