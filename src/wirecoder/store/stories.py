"""Copies and stories in the store: one event counted once, with every mention and source kept.

Two things happen here, in the transaction that stores a batch of articles (``on_insert``, called
by ``engine._insert``):

- every article's MinHash signature and band hashes are stored, so a later article (in this run,
  a later one, or another process) finds its candidate originals with one indexed lookup
  (``stored_candidates``); a copy (``ingest.dedup.LinkedArticle``) is stored with its link;
- every new event joins a story: the best compatible story among the events of the same PLOVER
  type within ``STORY_DAYS`` days (compatible actors, place and negated/hypothetical flags), or
  founds its own. Copies add a mention of each event of their original. A story's ``mentions``
  and ``sources`` (distinct outlets: the URL's host, else the article) are kept up to date.

Stories only grow: an event never moves, so re-reading the store gives the same answer, and a
re-run after a crash decides exactly as an uninterrupted run would.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlsplit

from sqlalchemy import distinct, func, insert, select, update
from sqlalchemy.engine import Connection

from wirecoder.ingest import dedup
from wirecoder.record import CodedArticle, Event
from wirecoder.store import schema
from wirecoder.store.engine import BATCH_SIZE, Added, Store
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


def _insert_many(conn: Connection, table, rows: list[dict]) -> None:
    if rows:
        conn.execute(insert(table), rows)


def _store_signatures(conn: Connection, items: list[tuple[str, CodedArticle]]) -> None:
    sigs, bands, links = [], [], []
    for key, coded in items:
        sig = dedup.signature(coded.text, coded.title)
        if sig is not None:
            sigs.append(dict(article_key=key, signature=dedup.to_bytes(sig)))
            bands.extend(dict(band=h, article_key=key) for h in set(dedup.band_hashes(sig)))
        if isinstance(coded, dedup.LinkedArticle) and coded.duplicate_of:
            links.append(dict(article_key=key, duplicate_of=coded.duplicate_of, similarity=coded.similarity or 0.0))
    _insert_many(conn, SIG, sigs)
    _insert_many(conn, BANDS, bands)
    _insert_many(conn, LINKS, links)


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


def _countries(side: frozenset[str]) -> frozenset[str]:
    return frozenset(x for x in side if x.isupper())


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
        countries_a, countries_b = _countries(a), _countries(b)
        if countries_a and countries_b and not countries_a & countries_b:
            return None  # a name coders disagree on is noise; two different countries are not
        names += len((a - countries_a) & (b - countries_b))
        dyad = dyad and bool(countries_a & countries_b)
    if not (names or same_place or dyad):
        return None
    return 2 * names + 2 * same_place + 2 * dyad + (new.date == old.date)


def _window(day: str) -> list[str]:
    try:
        d = date.fromisoformat(day)
    except ValueError:
        return [day]
    return [(d + timedelta(days=k)).isoformat() for k in range(-STORY_DAYS, STORY_DAYS + 1)]


def _row_features(row) -> Features:
    return Features(row.type, row.date, row.flags, row.geonameid, row.country,
                    frozenset(json.loads(row.actors)), frozenset(json.loads(row.recipients)), row.story)


class _Index:
    """Events already in stories, by (type, day): those stored, then this batch's as they join."""

    def __init__(self, conn: Connection, wanted: list[Features]):
        self.by_day: dict[tuple[str, str], list[Features]] = {}
        days: dict[str, set[str]] = {}
        for f in wanted:
            if f.date:
                days.setdefault(f.type, set()).update(_window(f.date))
        for type_, ds in days.items():
            ds = sorted(ds)
            for i in range(0, len(ds), _CHUNK):
                stmt = select(ES).where(ES.c.type == type_, ES.c.date.in_(ds[i:i + _CHUNK]))
                for row in conn.execute(stmt):
                    self.add(_row_features(row))

    def add(self, f: Features) -> None:
        if f.date:
            self.by_day.setdefault((f.type, f.date), []).append(f)

    def best(self, f: Features) -> int | None:
        """The story this event joins: best score, then the oldest story."""
        if not f.date:
            return None
        best: tuple[int, int] | None = None
        for day in _window(f.date):
            for old in self.by_day.get((f.type, day), ()):
                score = match_score(f, old)
                if score is not None and (best is None or (score, -old.story) > (best[0], -best[1])):
                    best = (score, old.story)
        return best[1] if best else None


def _new_event_pks(conn: Connection, items: list[tuple[str, CodedArticle]]) -> dict[str, list[int]]:
    """The pks of the batch's events, per article, in the order of its events."""
    keys = [k for k, c in items if c.events]
    out: dict[str, list[int]] = {}
    for i in range(0, len(keys), _CHUNK):
        stmt = select(E.c.article_key, E.c.pk).where(E.c.article_key.in_(keys[i:i + _CHUNK])).order_by(E.c.pk)
        for key, pk in conn.execute(stmt):
            out.setdefault(key, []).append(pk)
    return out


def _cluster(conn: Connection, items: list[tuple[str, CodedArticle]]) -> set[int]:
    """Put the batch's new events into stories; returns the stories touched."""
    pks = _new_event_pks(conn, items)
    new = [(key, coded, pk, features(ev, coded.published))
           for key, coded in items for ev, pk in zip(coded.events, pks.get(key, ()))]
    index = _Index(conn, [f for *_, f in new])
    stories, memberships, mentions = [], [], []
    for key, coded, pk, f in new:
        f.story = index.best(f)
        if f.story is None:
            f.story = pk
            stories.append(dict(id=pk, type=f.type, mentions=0, sources=0))
        index.add(f)
        memberships.append(dict(event_pk=pk, story=f.story, type=f.type, date=f.date, flags=f.flags,
                                geonameid=f.geonameid, country=f.country,
                                actors=json.dumps(sorted(f.actors), ensure_ascii=False),
                                recipients=json.dumps(sorted(f.recipients), ensure_ascii=False)))
        mentions.append(dict(story=f.story, event_pk=pk, article_key=key, outlet=outlet(coded, key)))
    _insert_many(conn, S, stories)
    _insert_many(conn, ES, memberships)
    _insert_many(conn, SM, mentions)
    return {m["story"] for m in mentions}


def _copy_mentions(conn: Connection, items: list[tuple[str, CodedArticle]]) -> set[int]:
    """A copy mentions every event of its original once more, under its own outlet."""
    rows = []
    for key, coded in items:
        if not isinstance(coded, dedup.LinkedArticle) or not coded.duplicate_of:
            continue
        stmt = (select(ES.c.story, ES.c.event_pk).join(E, E.c.pk == ES.c.event_pk)
                .where(E.c.article_key == coded.duplicate_of).order_by(ES.c.event_pk))
        rows.extend(dict(story=story, event_pk=pk, article_key=key, outlet=outlet(coded, key))
                    for story, pk in conn.execute(stmt))
    _insert_many(conn, SM, rows)
    return {r["story"] for r in rows}


def _recount(conn: Connection, touched: set[int]) -> None:
    ids = sorted(touched)
    n = select(func.count()).where(SM.c.story == S.c.id).scalar_subquery()
    sources = select(func.count(distinct(SM.c.outlet))).where(SM.c.story == S.c.id).scalar_subquery()
    for i in range(0, len(ids), _CHUNK):
        conn.execute(update(S).where(S.c.id.in_(ids[i:i + _CHUNK])).values(mentions=n, sources=sources))


def on_insert(conn: Connection, items: list[tuple[str, CodedArticle]]) -> None:
    """Signatures, links, stories and counts for articles just inserted, in their transaction."""
    _store_signatures(conn, items)
    touched = _cluster(conn, items)
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
