"""How fast the JSON API lists events with filters, on a store of 100,000 events.

The store is synthetic and built in seconds by ``Store.add_many`` (no spaCy): made-up
articles, each with a few events between made-up actors of real country codes, at made-up places
with coordinates, over three years. The API is then served by uvicorn on 127.0.0.1 and asked for
pages of events under a mix of filters; the script prints p50/p95/max per filter and overall.
The target is p95 <= 100 ms. The server remembers each filter's total until the store changes,
so repeated requests (paging through a filter) count once; ``--count-every-time`` turns that off
and measures the first request of every filter.

    .venv/bin/python bench/bench_api.py                      # 100,000 events in a temporary SQLite file
    .venv/bin/python bench/bench_api.py --db /tmp/b.db --keep # reuse the store next time
    .venv/bin/python bench/bench_api.py --db /tmp/b.db --keep --count-every-time
    .venv/bin/python bench/bench_api.py --db postgresql://...  # the same on PostgreSQL (tables are replaced)
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from wirecoder.record import CodedArticle, DateRef, Entity, Event, Place, Quote, Span
from wirecoder.record.ontology import PLOVER
from wirecoder.store import open_store, schema

COUNTRIES = ("RUS", "UKR", "USA", "CHN", "IRN", "IRQ", "SYR", "TUR", "ISR", "PSE", "EGY", "SAU", "YEM",
             "AFG", "PAK", "IND", "NGA", "ETH", "SDN", "SSD", "COD", "MLI", "FRA", "DEU", "GBR", "POL",
             "EST", "GEO", "ARM", "AZE", "VEN", "COL", "MEX", "BRA", "KOR", "PRK", "JPN", "MMR", "PHL", "LBY")
SECTORS = ("GOV", "MIL", "COP", "REB", "OPP", "CVL", "JUD", "LEG")
# one topic word per sentence from a long list: a full-text query hits a few percent of articles,
# as a specific term does in real news
TOPICS = ("ceasefire", "election", "sanctions", "drought", "pipeline", "refugees", "vaccine", "embargo", "hostage",
          "summit", "uprising", "blockade", "tariffs", "earthquake", "curfew", "referendum", "mining", "famine",
          "cyberattack", "pilgrims", "grain", "dam", "strike", "trial", "airport", "militia", "reactor", "ferry",
          "harbour", "bridge", "oilfield", "convoy", "checkpoint", "prison", "embassy", "parliament", "court",
          "cathedral", "stadium", "university", "hospital", "market", "railway", "highway", "border", "island",
          "river", "desert", "valley", "mountain", "coast", "capital", "province", "village", "camp", "base",
          "port", "canal", "forest", "delta")
WORDS = ("officials", "said", "the", "talks", "ministry", "forces", "on", "in", "after", "week",
         "government", "statement", "reported", "city", "region", "people", "killed", "agreed", "met")
FILTERS = (  # query strings of the events list, as a user clicks through the UI
    "",
    "type=ASSAULT",
    "country=RUS",
    "type=PROTEST&since=2020-01-01&until=2020-06-30",
    "actor_country=USA&recipient_country=IRN",
    "quad=4&sector=MIL",
    "actor=government",
    "bbox=20,30,60,50",
    "place=Place%2017",
    "q=ceasefire",
    "type=CONSULT&sort=-confidence",
    "country=SYR&since=2021-01-01&offset=200",
)


def synthetic_articles(n_events: int, per_article: int = 5, seed: int = 7):
    """Coded articles with ``n_events`` events in all, built from the data model directly."""
    rng = random.Random(seed)
    types = list(PLOVER)
    places = [Place(text=f"Place {i}", start=0, end=0, name=f"Place {i}", geonameid=100000 + i,
                    lat=rng.uniform(-45, 65), lon=rng.uniform(-120, 140), country=rng.choice(COUNTRIES))
              for i in range(300)]
    people = [(f"Person {i}", rng.choice(COUNTRIES), rng.choice(SECTORS)) for i in range(600)]
    people += [(f"{body} of {c}", c, sector) for c in COUNTRIES
               for body, sector in (("government", "GOV"), ("military", "MIL"), ("police", "COP"))]
    day0 = date(2019, 1, 1)
    for a in range(n_events // per_article):
        published = day0 + timedelta(days=rng.randrange(3 * 365))
        text, events, ents = "", [], []
        for k in range(per_article):
            src, tgt = rng.choice(people), rng.choice(people)
            sentence = f"{src[0]} met {tgt[0]} {' '.join(rng.choices(WORDS, k=11) + [rng.choice(TOPICS)])}. "
            s0, text = len(text), text + sentence
            actor = Entity(src[0], s0, s0 + len(src[0]), src[0], src[1], src[2], "dictionary", "person")
            t0 = s0 + len(src[0]) + 5
            recipient = Entity(tgt[0], t0, t0 + len(tgt[0]), tgt[0], tgt[1], tgt[2], "dictionary", "person")
            kind = rng.choice(types)
            quad, score, modes = PLOVER[kind]
            place = rng.choice(places) if rng.random() < 0.7 else None
            events.append(Event(
                id=f"bench-{a}:{s0}", event=kind, mode=rng.choice(modes) if modes else None, cameo=None,
                quad=quad, score=score, actor=[actor], recipient=[recipient], location=place,
                date=DateRef((published - timedelta(days=rng.randrange(3))).isoformat(), "day"),
                trigger=Span("met", s0 + len(src[0]) + 1, s0 + len(src[0]) + 4),
                sentence={"start": s0, "end": len(text)}, negated=rng.random() < 0.05,
                confidence=round(rng.uniform(0.3, 0.99), 3)))
            ents += [actor, recipient]
        quote = f'"We will {rng.choice(WORDS)} {rng.choice(WORDS)}," he said.'
        q0, text = len(text) + 1, text + quote
        yield CodedArticle(id=f"bench-{a}", title=f"Story {a}: {' '.join(rng.choices(WORDS, k=5))}",
                           url=f"https://bench.invalid/{a}", published=published.isoformat(), events=events,
                           quotes=[Quote(quote[1:quote.index(',"')], q0, q0 + quote.index(',"') - 1, ents[0], "said")],
                           places=[e.location for e in events if e.location], entities=ents, text=text,
                           key=f"url:https://bench.invalid/{a}")


def build_store(db: str, n_events: int = 100_000):
    """A fresh store at ``db`` holding ``n_events`` synthetic events, written by ``Store.add_many``."""
    store = open_store(db)
    schema.metadata.drop_all(store.engine)
    store.engine.dispose()
    store = open_store(db)
    store.add_many(synthetic_articles(n_events), batch_size=2000)
    return store


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="store to build (SQLite file or postgresql:// URL); default: a temporary file")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=20, help="requests per filter")
    parser.add_argument("--keep", action="store_true", help="reuse --db if it already holds the events")
    parser.add_argument("--count-every-time", action="store_true",
                        help="do not remember totals: every request counts its filter's events")
    args = parser.parse_args()

    import httpx

    from wirecoder.store.search import ensure_search_index
    from wirecoder.web.app import WebSettings, create_app
    from wirecoder.web.routes.events import event_totals
    from wirecoder.web.server import serve_in_background

    tmp = None
    db = args.db
    if not db:
        tmp = tempfile.TemporaryDirectory()
        db = str(Path(tmp.name) / "bench.db")
    t0 = time.perf_counter()
    store = open_store(db)
    if not (args.keep and store.counts()["events"] == args.events):
        store = build_store(db, args.events)
    print(f"store: {store.counts()} ready in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    t0 = time.perf_counter()
    print(f"search index: {ensure_search_index(store)} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)

    url, stop = serve_in_background(create_app(store, WebSettings()))
    if args.count_every_time:
        event_totals(store).size = 0
    timings: dict[str, list[float]] = {}
    try:
        with httpx.Client(base_url=url, timeout=30) as client:
            for qs in FILTERS:  # warm-up: first use of each query plan and page cache
                client.get(f"/api/events?{qs}").raise_for_status()
            cpu = time.process_time()
            for _ in range(args.rounds):
                for qs in FILTERS:
                    t = time.perf_counter()
                    r = client.get(f"/api/events?{qs}")
                    timings.setdefault(qs or "(no filter)", []).append((time.perf_counter() - t) * 1000)
                    r.raise_for_status()
            cpu = time.process_time() - cpu
    finally:
        stop()
        if tmp:
            tmp.cleanup()
    every = [v for vs in timings.values() for v in vs]
    for qs, vs in timings.items():
        print(f"{qs:48s} p50 {statistics.median(vs):6.1f} ms  p95 {percentile(vs, 95):6.1f} ms  max {max(vs):6.1f} ms")
    p95 = percentile(every, 95)
    print(f"events list, {len(every)} requests over {len(FILTERS)} filters, {args.events:,} events: "
          f"p50 {statistics.median(every):.1f} ms, p95 {p95:.1f} ms (target <= 100 ms); "
          f"CPU {cpu / len(every) * 1000:.1f} ms per request (server and client); load average {os.getloadavg()[0]:.1f}; "
          f"totals {'counted every time' if args.count_every_time else 'remembered'}")
    return 0 if p95 <= 100 else 1


if __name__ == "__main__":
    sys.exit(main())
