"""Dates: find time expressions ("on Tuesday", "last week", "Oct. 2", "in 2015") and resolve
them against the publication date, with a precision.

Common news forms are resolved here by rule (fast, and news-aware: a bare weekday means the
most recent one); other explicit dates go through ``dateparser``, cached.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from wirecoder.nlp.extensions import DateMention, in_boilerplate, published
from wirecoder.record import DateRef

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
_MON = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "several": 3, "a few": 3}
_NUMBER = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)"

PATTERN = re.compile(
    rf"""\b(?:
      (?P<iso>\d{{4}}-\d{{2}}-\d{{2}})
    | (?P<dmy>\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON}(?:,?\s+\d{{4}})?)
    | (?P<mdy>{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)(?![\d:])
    | (?:(?P<rel>last|this|next|past)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?
    | (?P<yday>yesterday|the\s+day\s+before\s+yesterday)
    | (?P<today>today|tonight|this\s+(?:morning|afternoon|evening))
    | (?P<lastnight>last\s+night|overnight)
    | (?P<ago>{_NUMBER})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago
    | (?P<earlier>earlier|later)\s+this\s+(?P<eunit>week|month|year)
    | (?P<wrel>last|this|next|past)\s+(?P<wunit>week|month|year|weekend)
    | (?:(?P<mrel>last|this|next|in|since|by|during)\s+)(?P<mon>{_MON})(?:\s+(?P<myear>\d{{4}}))?(?!\s+\d)
    | (?:in|since|by|during|of)\s+(?P<year>(?:19|20)\d{{2}})(?![\d-])
    )\b""",
    re.X | re.I,
)


def _month_number(name: str) -> int:
    n = name.lower().rstrip(".")
    return next(i + 1 for i, m in enumerate(MONTHS) if m.startswith(n[:3]))


def _weekday(base: dt.date, name: str, rel: str | None, future: bool) -> dt.date:
    target = WEEKDAYS.index(name.lower())
    back = (base.weekday() - target) % 7
    if rel == "next" or (future and rel != "last"):
        ahead = (target - base.weekday()) % 7 or 7
        return base + dt.timedelta(days=ahead)
    if rel == "last" and back == 0:
        back = 7
    return base - dt.timedelta(days=back)


def _shift_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    return dt.date(y, m + 1, 1)


@lru_cache(maxsize=4096)
def _dateparser(text: str, base: dt.date) -> dt.date | None:
    import dateparser  # slow to import; only explicit dates of unusual shape get here

    settings = {"PREFER_DATES_FROM": "past", "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day)}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def resolve(m: re.Match, base: dt.date | None, future: bool = False) -> tuple[dt.date, str] | None:
    """The date and precision a match denotes, relative to ``base`` (the publication date)."""
    g = m.groupdict()
    if g["iso"]:
        try:
            return dt.date.fromisoformat(g["iso"]), "day"
        except ValueError:
            return None
    if base is None:
        return _absolute(g)
    if g["dmy"] or g["mdy"]:
        text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", g["dmy"] or g["mdy"])
        value = _dateparser(text, base)
        return (value, "day") if value else None
    if g["wd"]:
        rel = (g["rel"] or "").lower() or None
        return _weekday(base, g["wd"], rel, future), "day"
    if g["yday"]:
        return base - dt.timedelta(days=2 if "before" in g["yday"].lower() else 1), "day"
    if g["today"]:
        return base, "day"
    if g["lastnight"]:
        return base - dt.timedelta(days=1), "day"
    if g["ago"]:
        n = _NUM.get(g["ago"].lower()) or int(g["ago"])
        unit = g["unit"].lower().rstrip("s")
        if unit == "day":
            return base - dt.timedelta(days=n), "day"
        if unit == "week":
            return base - dt.timedelta(weeks=n), "week"
        if unit == "month":
            return _shift_months(base, -n), "month"
        return dt.date(base.year - n, 1, 1), "year"
    if g["eunit"]:
        return _period(base, g["eunit"].lower(), 0)
    if g["wunit"]:
        step = {"last": -1, "past": -1, "this": 0, "next": 1}[g["wrel"].lower()]
        unit = g["wunit"].lower()
        if unit == "weekend":
            saturday = base - dt.timedelta(days=(base.weekday() - 5) % 7)
            return saturday + dt.timedelta(weeks=step if step > 0 else 0), "day"
        return _period(base, unit, step)
    if g["mon"]:
        month = _month_number(g["mon"])
        if g["myear"]:
            return dt.date(int(g["myear"]), month, 1), "month"
        rel = g["mrel"].lower()
        year = base.year
        if rel == "next" and month <= base.month:
            year += 1
        elif rel != "next" and (month > base.month or (rel == "last" and month == base.month)):
            year -= 1
        return dt.date(year, month, 1), "month"
    if g["year"]:
        return dt.date(int(g["year"]), 1, 1), "year"
    return None


def _period(base: dt.date, unit: str, step: int) -> tuple[dt.date, str]:
    if unit == "week":
        monday = base - dt.timedelta(days=base.weekday())
        return monday + dt.timedelta(weeks=step), "week"
    if unit == "month":
        return _shift_months(base, step), "month"
    return dt.date(base.year + step, 1, 1), "year"


def _absolute(g: dict) -> tuple[dt.date, str] | None:
    """Without a publication date only self-contained dates resolve."""
    text = g["dmy"] or g["mdy"]
    if text and re.search(r"\d{4}", text):
        value = _dateparser(re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text), dt.date(2000, 1, 1))
        return (value, "day") if value else None
    if g["mon"] and g["myear"]:
        return dt.date(int(g["myear"]), _month_number(g["mon"]), 1), "month"
    if g["year"]:
        return dt.date(int(g["year"]), 1, 1), "year"
    return None


_FUTURE_AUX = {"will", "'ll", "shall"}


def _looks_future(doc: Doc, start: int, end: int) -> bool:
    """Is the expression attached to a verb in the future ("will meet on Tuesday")?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in head.children)


def find_dates(doc: Doc) -> list[DateMention]:
    """Every resolvable time expression in the article, outside boilerplate."""
    text = doc.text
    base_s = published(doc)
    base = dt.date.fromisoformat(base_s) if base_s else None
    found: list[DateMention] = []
    for m in PATTERN.finditer(text):
        start, end = m.span()
        if in_boilerplate(doc, start):
            continue
        # keep the evidence tight: "in 2015" -> "2015" is not needed; the preposition is context
        resolved = resolve(m, base, future=_looks_future(doc, start, end))
        value, precision = resolved if resolved else (None, "unknown")
        span = doc.char_span(start, end, alignment_mode="expand")
        found.append(DateMention(span, DateRef(value.isoformat() if value else None, precision,
                                               text[start:end], start, end)))
    return found


@Language.factory("wc_dates", assigns=["doc._.wc_dates"])
def make_dates(nlp: Language, name: str) -> "DateAnnotator":
    return DateAnnotator()


class DateAnnotator:
    """Sets ``doc._.wc_dates``: resolved time expressions with offsets."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.wc_dates = find_dates(doc)
        return doc
