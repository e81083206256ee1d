"""Prepared records for the web tests: a hostile article whose every field tries to break out
of its HTML context, and a giant one. Built by hand, so their offsets are exact."""

from __future__ import annotations

from wirecoder.record import CodedArticle, DateRef, Entity, Event, Place, Quote, Span

HOSTILE_ID = "x\"><script>alert('id')</script>/../?#"
HOSTILE_TITLE = '<script>alert("title")</script>'
HOSTILE_ACTOR = "\"><img src=x onerror=alert('actor')>"
HOSTILE_PLACE = "<b onmouseover=alert('place')>Qarya</b>"
HOSTILE_QUOTE = "</script><script>alert('quote')</script>"
HOSTILE_SPEAKER = "' onfocus='alert(1)' autofocus='"
HOSTILE_TEXT = ("<script>alert('text')</script> On Monday " + HOSTILE_ACTOR + " attacked "
                + HOSTILE_PLACE + " near the border, officials said. \"" + HOSTILE_QUOTE + "\" said "
                + HOSTILE_SPEAKER + ". {{7*7}} ${7*7} <!-- -->")
# every string that must never reach a page unescaped
HOSTILE_STRINGS = ("<script>alert(", "<img src=x onerror", "<b onmouseover", "</script><script>",
                   "onfocus='alert(1)' autofocus")


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def hostile_article() -> CodedArticle:
    """A prepared record whose id, title, URL, actors, place, quote and speaker are all attacks."""
    t = HOSTILE_TEXT
    a0, a1 = _span(t, HOSTILE_ACTOR)
    p0, p1 = _span(t, HOSTILE_PLACE)
    tr0, tr1 = _span(t, "attacked")
    d0, d1 = _span(t, "Monday")
    q0, q1 = _span(t, HOSTILE_QUOTE)
    s0, s1 = _span(t, HOSTILE_SPEAKER)
    actor = Entity(HOSTILE_ACTOR, a0, a1, name=HOSTILE_ACTOR, country="SYR", sector="REB", how="ner", kind="group")
    place = Place(HOSTILE_PLACE, p0, p1, name=HOSTILE_PLACE, geonameid=1, lat=36.2, lon=37.1, country="SYR")
    speaker = Entity(HOSTILE_SPEAKER, s0, s1, name=HOSTILE_SPEAKER, country="SYR", kind="person")
    event = Event(id=f"{HOSTILE_ID}:{tr0}", event="ASSAULT", mode=None, cameo="190", quad=4, score=-9.0,
                  actor=[actor], recipient=[], location=place, date=DateRef("2022-06-13", "day", "Monday", d0, d1),
                  trigger=Span("attacked", tr0, tr1), sentence={"start": 0, "end": q0 - 2}, confidence=0.7,
                  evidence=[HOSTILE_QUOTE])
    return CodedArticle(id=HOSTILE_ID, title=HOSTILE_TITLE, url="javascript:alert('url')", published="2022-06-14",
                        events=[event], quotes=[Quote(HOSTILE_QUOTE, q0, q1, speaker, "said")], places=[place],
                        entities=[actor, speaker], text=t, source="prepared", key="test:hostile")


GIANT_WORDS = 150_000


def giant_article() -> CodedArticle:
    """A long article (about 150,000 characters) with one event at its very end."""
    filler = "Nothing happened in the valley that week. " * (GIANT_WORDS // 42)
    tail = "Rebels attacked Aleppo on Friday."
    text = filler + tail
    start = len(filler)
    actor = Entity("Rebels", start, start + 6, country="SYR", sector="REB", kind="group")
    event = Event(id=f"giant:{start + 7}", event="ASSAULT", mode=None, cameo="190", quad=4, score=-9.0,
                  actor=[actor], recipient=[], location=None, date=DateRef("2022-06-10", "day"),
                  trigger=Span("attacked", start + 7, start + 15), sentence={"start": start, "end": len(text)})
    return CodedArticle(id="giant", title="A very long article", url=None, published="2022-06-12", events=[event],
                        entities=[actor], text=text, source="prepared", key="test:giant")
