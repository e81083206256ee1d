"""Dates: find time expressions ("on Tuesday", "last week", "Oct. 2", "in 2015"), resolve them
against the publication date with a precision, and choose the day one event happened.

Every form the pattern finds is resolved here by rule (fast, and news-aware: a bare weekday or
"March 3" means the most recent one, unless the verb is future). The publication date
comes from the input (the reader sets it, from a field, a page's metadata or a command-line
option); when there is none, the dateline's date stands in ("KABUL, Oct 2 (Reuters) -").

An event's date (``event_date``) is the expression attached to its trigger, else the nearest
one that governs it (in a clause above it: "said on Monday that troops had killed ..."), else
the publication date with ``precision="published"``, so a user can tell a found date from the
fallback. Expressions in other clauses ("... and will meet again next month") never count.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from wirecoder.annotate.places import CLAUSE_LINKS, parse_path, speaking_at
from wirecoder.nlp.extensions import DateMention, in_boilerplate, published, sentence_before, text_of
from wirecoder.record import DateRef

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
_MON = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
# days whose date every year is the same, as news names them
HOLIDAYS = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25),
            "christmas eve": (12, 24)}
_NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "several": 3, "a few": 3}
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMBER = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)"

PATTERN = re.compile(
    rf"""\b(?:
      (?P<iso>\d{{4}}-\d{{2}}-\d{{2}})
    | (?:{_WD},?\s+(?:the\s+)?)?(?P<dmy>\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?:,?\s+\d{{4}})?)
    | (?:{_WD},?\s+)?(?P<mdy>{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)(?![\d:])
    | (?:(?P<rel>last|this|next|past)\s+)?(?P<wd>{_WD})(?:\s+(?:morning|afternoon|evening|night))?(?:\s+(?P<wdweek>last|this|next)\s+week)?
    | (?:at|by|towards?)\s+the\s+(?P<edge>start|beginning|end)\s+of\s+the\s+(?P<edgeunit>week|month|year)
    | (?P<holiday>New\s+Year['’]s\s+(?:Day|Eve)|Christmas\s+(?:Day|Eve))
    | (?P<yday>yesterday|the\s+day\s+before\s+yesterday)
    | (?P<today>today|tonight|this\s+(?:morning|afternoon|evening))
    | (?P<lastnight>last\s+night|overnight)(?:\s+(?:into|to)\s+(?P<nightinto>{_WD}))?
    | (?P<ago>{_NUMBER})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago
    | (?P<earlier>earlier|later)\s+(?:this|in\s+the)\s+(?P<eunit>week|month|year)
    | (?P<wrel>last|this|next|past)\s+(?P<wunit>week|month|year|weekend)
    | (?:(?P<mrel>last|this|next|in|since|by|during)\s+)(?:mid-|early\s+|late\s+)?(?P<mon>{_MON})(?:\s+(?P<myear>\d{{4}})|\s+(?P<myrel>last|this|next)\s+year)?(?!\s+\d)
    | (?:on|at|over)\s+the\s+(?P<weekend>weekend)
    | on\s+the\s+(?P<nth>\d{{1,2}})(?:st|nd|rd|th)(?!\s+(?:of\s+)?{_MON})
    | (?:in|since|by|during|of)\s+(?P<year>(?:19|20)\d{{2}})(?![\d-])
    | (?:from|between)\s+(?P<fromyear>(?:19|20)\d{{2}})(?=\s*(?:to|until|till|through|and|-|–)\s*(?:19|20)?\d{{2}}\b)
    | (?<=\b(?:the|its|his|her)\s)(?P<yearof>(?:19|20)\d{{2}})(?=\s+[a-z]*[a-rt-z]\b)
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
    if rel == "last" and back <= 1:
        back += 7  # said on a Wednesday, "last Tuesday" is not yesterday, which news calls yesterday
    return base - dt.timedelta(days=back)


def _shift_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    return dt.date(y, m + 1, 1)


_DAY_MONTH = re.compile(rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MON})|(?P<m2>{_MON})\s+(?P<d2>\d{{1,2}})"
                        rf"(?:st|nd|rd|th)?)(?:,?\s+(?P<y>\d{{4}}))?", re.I)


def _day_month(text: str, base: dt.date | None, future: bool = False) -> dt.date | None:
    """"3 March 2020", "March 3rd", "Oct. 2": with its own year, else the latest such day on or
    before ``base`` (the next one after it for a future verb); None for "Feb 30" or no base."""
    m = _DAY_MONTH.fullmatch(text)
    if m is None:
        return None
    month, day = _month_number(m["m1"] or m["m2"]), int(m["d1"] or m["d2"])
    try:
        if m["y"]:
            return dt.date(int(m["y"]), month, day)
        if base is None:
            return None
        candidate = dt.date(base.year, month, day)
    except ValueError:  # "30 February", or 29 February of a common year
        return None
    step = 1 if future and candidate < base else -1 if not future and candidate > base else 0
    try:
        return dt.date(base.year + step, month, day)
    except ValueError:  # 29 February: the leap year of the article, not one four years off
        return candidate


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
        value = _day_month(g["dmy"] or g["mdy"], base, future)
        said = m.group(0).split()[0].strip(",").lower()
        if value and said in WEEKDAYS and WEEKDAYS.index(said) != value.weekday() and not re.search(r"\d{4}", m.group(0)):
            # "on Saturday, March 2", told in a later year: the year in which 2 March was a Saturday
            value = next((d for k in (1,) if (d := _same_day_of_year(value, -k if not future else k))
                          and d.weekday() == WEEKDAYS.index(said)), value)
        return (value, "day") if value else None
    if g["holiday"]:
        month, day = HOLIDAYS[" ".join(g["holiday"].lower().replace("’", "'").split())]
        return _day_month(f"{day} {MONTHS[month - 1]}", base, future), "day"
    if g["wd"] and g["wdweek"]:  # "on Wednesday last week": that week's Wednesday
        monday, _ = _period(base, "week", {"last": -1, "this": 0, "next": 1}[g["wdweek"].lower()])
        return monday + dt.timedelta(days=WEEKDAYS.index(g["wd"].lower())), "day"
    if g["wd"]:
        rel = (g["rel"] or "").lower() or None
        return _weekday(base, g["wd"], rel, future), "day"
    if g["edge"]:  # "at the start of the month": this one
        return _period(base, g["edgeunit"].lower(), 0)
    if g["yday"]:
        return base - dt.timedelta(days=2 if "before" in g["yday"].lower() else 1), "day"
    if g["today"]:
        return base, "day"
    if g["nightinto"]:  # "overnight into Wednesday": the night that ends on Wednesday
        return _weekday(base, g["nightinto"], None, future), "day"
    if g["lastnight"]:  # "overnight" in a morning's news is the night into that day, as wire copy
        # dates it ("Russia launched 120 missiles overnight" on 17 November: the strikes of the 17th)
        return base - dt.timedelta(days=0 if g["lastnight"].lower() == "overnight" else 1), "day"
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
            return _saturday(base, step > 0), "day"
        return _period(base, unit, step)
    if g["weekend"]:  # "clashed on the weekend": the one just past; "will meet at the weekend": the next
        return _saturday(base, future), "day"
    if g["mon"]:
        month = _month_number(g["mon"])
        if g["myear"]:
            return dt.date(int(g["myear"]), month, 1), "month"
        if g["myrel"]:  # "in September last year"
            return dt.date(base.year + {"last": -1, "this": 0, "next": 1}[g["myrel"].lower()], month, 1), "month"
        rel = g["mrel"].lower()
        year = base.year
        if rel == "next" and month <= base.month:
            year += 1
        elif future and rel in ("in", "by", "during") and month < base.month:
            year += 1  # "will meet in March", said in November: next March
        elif rel != "next" and not future and (month > base.month or (rel == "last" and month == base.month)):
            year -= 1
        return dt.date(year, month, 1), "month"
    if g["year"] or g["fromyear"] or g["yearof"]:  # ("from 1998 to 2000": the start; "the 1968 assassination")
        return dt.date(int(g["year"] or g["fromyear"] or g["yearof"]), 1, 1), "year"
    if g["nth"]:  # "on the 29th": that day of this month, else of the month before
        return _nth_day(base, int(g["nth"]), future)
    return None


def _same_day_of_year(day: dt.date, years: int) -> dt.date | None:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return None


def _saturday(base: dt.date, ahead: bool) -> dt.date:
    """The Saturday of the weekend on or before ``base``, or of the next one."""
    saturday = base - dt.timedelta(days=(base.weekday() - 5) % 7)
    return saturday + dt.timedelta(weeks=1) if ahead else saturday


def _nth_day(base: dt.date, day: int, future: bool) -> tuple[dt.date, str] | None:
    """The day ``day`` of the month nearest ``base`` on the side the tense says."""
    step = 1 if future else -1
    month = dt.date(base.year, base.month, 1)
    for _ in range(3):
        try:
            found = month.replace(day=day)
        except ValueError:  # "the 31st" of a 30-day month
            found = None
        if found is not None and (found >= base if future else found <= base):
            return found, "day"
        month = _shift_months(month, step)
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
    if text:
        value = _day_month(text, None)
        return (value, "day") if value else None
    if g["mon"] and g["myear"]:
        return dt.date(int(g["myear"]), _month_number(g["mon"]), 1), "month"
    if g["year"] or g["fromyear"] or g["yearof"]:  # ("from 1998 to 2000": the start; "the 1968 assassination")
        return dt.date(int(g["year"] or g["fromyear"] or g["yearof"]), 1, 1), "year"
    return None


TEMPORAL_MARKS = {"after", "before", "until", "till", "once", "since"}


def _timed_by_another_event(trigger: Token) -> bool:
    """Does the trigger's clause say when it happened by another event ("dropped after the
    protests began")?"""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return trigger.dep_ in ("relcl", "advcl", "conj", "acl") and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in TEMPORAL_MARKS for m in c.children)
        for c in verb.children)


_FUTURE_AUX = {"will", "'ll", "shall"}


def _looks_future(doc: Doc, start: int, end: int) -> bool:
    """Is the expression attached to a verb in the future ("will meet on Tuesday", "said it would
    meet on Tuesday", "is set to meet on Tuesday")?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
        if head.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in _AHEAD for c in head.children):
            return True  # "until his next court appearance on April 5"
    if head.dep_ == "xcomp" and head.head.lower_ in ("is", "are", "'s", "'re") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return True  # "the policy is to take effect on December 10" (but "was to meet Monday" may be past)
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in head.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ == "would" for c in head.children):
        return True  # the future of a past report: "announced it would meet on Monday", "Parliament
        # would meet briefly in early September"
    planner = head.head
    return (head.dep_ == "xcomp" and planner.lemma_ in _PLANNED and  # "is set to meet on Monday"
            any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("is", "are", "'s", "'re") for c in planner.children))


_PLANNED = {"set", "schedule", "due", "expect", "plan", "slate"}
_AHEAD = {"next", "upcoming", "forthcoming", "coming", "planned", "scheduled"}


_DATELINE_DAY = re.compile(rf"(?P<mon>{_MON})\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<mon2>{_MON})")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def base_date(doc: Doc) -> dt.date | None:
    """The date relative expressions count from: the dateline's date when the story was filed
    up to a week before its publication date (a page stamped a day later still says "today"
    of the day it was filed), else the publication date, else the dateline's date, with its own
    year or else the latest year the article mentions."""
    given = published(doc)
    if given:
        publication = dt.date.fromisoformat(given)
        filed = _dateline_date(doc, publication.year)
        if filed is not None and filed > publication:
            filed = _dateline_date(doc, publication.year - 1)  # "Dec 31" published on 2 January
        if filed is not None and 0 <= (publication - filed).days <= 7:
            return filed
        return publication
    return _dateline_date(doc, None)


def _dateline_date(doc: Doc, year: int | None) -> dt.date | None:
    """The dateline's day ("KABUL, Oct 2 (Reuters) -"), in its own year, else ``year``, else
    the latest year the article mentions."""
    layout = doc._.wc_layout
    if not layout or not layout.dateline or not layout.dateline.date:
        return None
    text = text_of(doc)[slice(*layout.dateline.date)]
    m = _DATELINE_DAY.search(text)
    years = _YEAR.findall(text) or ([str(year)] if year else _YEAR.findall(text_of(doc)))
    if m is None or not years:
        return None
    try:
        return dt.date(max(int(y) for y in years), _month_number(m["mon"] or m["mon2"]),
                       int(m["d1"] or m["d2"]))
    except ValueError:  # "Feb 30"
        return None


# days counted from another day the text names: "the previous day", "a day later", "two days
# later", "hours later", "the same day"
COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10}
DAY_AFTER_ANOTHER = re.compile(
    r"\b(?:the\s+(?:previous|preceding)\s+day|the\s+day\s+before(?!\s+yesterday)|a\s+day\s+(?:earlier|before)"
    r"|(?P<after>the\s+(?:next|following)\s+day|a\s+day\s+later|the\s+day\s+after(?!\s+tomorrow))"
    r"|(?P<week>the\s+(?:previous|preceding)\s+week|the\s+week\s+before)"
    r"|(?P<weekafter>the\s+(?:next|following)\s+week|the\s+week\s+after)"
    r"|(?P<count>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a|one)\s+(?P<unit>days?|weeks?)\s+"
    r"(?P<way>later|earlier|(?:after|before)(?=\s*[,.;]))"
    r"|(?P<same>(?:on\s+)?the\s+same\s+day|that\s+same\s+day|(?:later|earlier)\s+(?:that|the\s+same)\s+"
    r"(?:day|night|evening|morning|afternoon)|(?:\d{1,2}|two|three|four|five|six|a\s+few|several|a\s+couple\s+of)?"
    r"\s*(?:hours|minutes|moments)\s+(?:later|earlier)))\b", re.I)


# Every match of PATTERN and DAY_AFTER_ANOTHER holds one of these words near its start (a digit,
# a weekday or month, "yesterday", "week", "later", ...). Tried at every word of an article the
# two long patterns cost more than the rest of the date annotator; tried only at the words just
# before such a word they give the same matches in a fifth of the time. The words are looked for
# in the lowercased text, where a case-sensitive pattern runs several times faster.
_ANCHOR_WORDS = (r"\d|\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
                 r"|yesterday|today|tonight|night|overnight|ago|week|month|year|morning|afternoon|evening"
                 r"|christmas|day|hour|minute|moment|later|earlier)")
_ANCHOR = re.compile(_ANCHOR_WORDS)
_ANCHOR_ANY_CASE = re.compile(_ANCHOR_WORDS, re.I)
_WORD_START = re.compile(r"\b\w")
_LOOKBACK = 60  # characters: "towards the end of the year" starts 22 before "year"


def _match_starts(text: str) -> list[int]:
    """Where a date pattern may start: the word starts up to ``_LOOKBACK`` characters before an
    anchor word, the anchor's own included."""
    lowered = text.lower()
    if len(lowered) == len(text):
        anchors = _ANCHOR.finditer(lowered)
    else:  # a letter whose lowercase is longer ("İ") would shift the offsets
        anchors = _ANCHOR_ANY_CASE.finditer(text)
    starts: list[int] = []
    low = high = -1
    for m in anchors:  # windows merged, so each stretch of text is scanned once
        at = m.start()
        if at - _LOOKBACK > high:
            if high >= 0:
                starts += (w.start() for w in _WORD_START.finditer(text, low, high))
            low = max(at - _LOOKBACK, 0)
        high = at + 1
    if high >= 0:
        starts += (w.start() for w in _WORD_START.finditer(text, low, high))
    return starts


def _matches(pattern: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, tried only at ``starts``."""
    done = 0
    for start in starts:
        if start < done:
            continue
        m = pattern.match(text, start)
        if m is not None:
            done = m.end()
            yield m


def find_dates(doc: Doc) -> list[DateMention]:
    """Every resolvable time expression in the article, outside boilerplate."""
    text = text_of(doc)
    base = base_date(doc)
    found: list[DateMention] = []
    starts = _match_starts(text)
    for m in _matches(PATTERN, text, starts):
        start, end = m.span()
        if in_boilerplate(doc, start):
            continue
        # keep the evidence tight: "in 2015" -> "2015" is not needed; the preposition is context
        resolved = resolve(m, base, future=_looks_future(doc, start, end))
        value, precision = resolved if resolved else (None, "unknown")
        span = doc.char_span(start, end, alignment_mode="expand")
        found.append(DateMention(span, DateRef(value.isoformat() if value else None, precision,
                                               text[start:end], start, end)))
    for m in _matches(DAY_AFTER_ANOTHER, text, starts):
        start, end = m.span()
        if in_boilerplate(doc, start):
            continue
        anchor = _day_before(found, start, base)
        if anchor is not None and (m["week"] or m["weekafter"]):  # "the previous week": the week before
            # the day last named, as a week
            value, precision = _period(anchor, "week", 1 if m["weekafter"] else -1)
        else:
            value = anchor + dt.timedelta(days=_days_from_another(m)) if anchor else None
            if value and base and value > base and not _looks_future(doc, start, end):
                value = None  # "two weeks later, the rebels released them", with no day named before
            precision = "day" if value else "unknown"
        span = doc.char_span(start, end, alignment_mode="expand")
        found.append(DateMention(span, DateRef(value.isoformat() if value else None, precision,
                                               text[start:end], start, end)))
    return sorted(found, key=lambda d: d.date.start)


def _days_from_another(m: re.Match) -> int:
    """How many days a DAY_AFTER_ANOTHER phrase counts from its day: "two weeks later" 14, "hours
    later" 0, "the previous day" -1."""
    if m["same"]:
        return 0
    if m["count"]:
        count = COUNTS.get(m["count"].lower()) or int(m["count"])
        days = count * (7 if m["unit"].lower().startswith("week") else 1)
        return days if m["way"].lower() in ("later", "after") else -days
    return 1 if m["after"] else -1


def _day_before(found: list[DateMention], start: int, base: dt.date | None) -> dt.date | None:
    """The day a "the previous day" counts from: the last day named before it in the text
    ("said on Monday that Israel had struck the previous day") that is not still to come, else
    the publication date."""
    days = [d for d in found if d.date.precision == "day" and d.date.value and d.date.start < start
            and not (base and d.date.value > base.isoformat())]  # (not a day still to come)
    if days:
        return dt.date.fromisoformat(max(days, key=lambda d: d.date.start).date.value)
    return base


def clauses_above(token: Token, trigger: Token) -> int | None:
    """How many clauses up from ``trigger`` the phrase of ``token`` hangs: 0 in the trigger's own
    clause, 1 in the clause that governs it, ...; None when it sits in another clause below
    or beside the trigger's, or in another sentence."""
    path = parse_path(token, trigger)
    if path is None:
        return None
    above, below = path
    if any(t.dep_ in CLAUSE_LINKS and not _describes(t, trigger) for t in below):
        return None
    return sum(t.dep_ in CLAUSE_LINKS for t in above)


def _describes(link: Token, trigger: Token) -> bool:
    """A participle on an event noun tells of that event: "a lawsuit filed on Sunday"; so does a
    relative clause saying when it happened, on the trigger or on the event noun that is its
    subject: "the attack, which happened on Friday, killed 12 soldiers"."""
    if link.dep_ == "relcl" and link.lemma_.lower() in OCCURRING and (link.head.i == trigger.i or (
            link.head.dep_ in ("nsubj", "nsubjpass") and link.head.head.i == trigger.i)):
        return True
    if link.dep_ == "advcl" and link.head.i == trigger.i and any(
            c.dep_ in ("advmod", "mark") and c.lower_ in AT_THE_TIME and c.i < link.i for c in link.children):
        return True  # "20 people were killed when gunmen stormed a village on Tuesday": one time for both
    if speaking_at(link, trigger):
        return True  # "Speaking in Berlin on Monday, Scholz condemned ...": said on Monday
    return link.dep_ == "acl" and link.head.i == trigger.i and trigger.pos_ == "NOUN" and link.tag_ in ("VBN", "VBG")


AT_THE_TIME = {"when", "as", "while"}  # words opening a clause of the same time as the one it hangs on


OCCURRING = {"happen", "occur", "take", "unfold", "begin", "start", "erupt", "break"}  # ("took place", "broke out")


def event_date(doc: Doc, trigger: Token) -> DateMention | None:
    """When the event of ``trigger`` happened: the resolved time expression of its own clause
    (the nearest, if several), else of the nearest clause that governs it, else the publication
    date marked ``precision="published"`` (the span is then None); None without any of these."""
    layout = doc._.wc_layout
    dateline = layout.dateline.date if layout and layout.dateline else None
    sent = trigger.sent
    best, best_key, told = None, None, None
    looked_back = _looked_back_on(trigger) or _done_before(trigger) or _names_a_role(trigger)
    ahead = _still_ahead(trigger)
    timed_by_another = _timed_by_another_event(trigger)
    described = _tells_what_a_thing_is(trigger)
    for mention in doc._.wc_dates or ():
        span = mention.span
        if span is None or not mention.date.value or not (sent.start <= span.start < sent.end):
            continue
        if dateline and dateline[0] <= span.start_char < dateline[1]:
            continue  # the dateline's date is when the story was filed
        if mention.date.text.isdigit() and span.root.head.i != trigger.i:
            continue  # "convicted over the 2015 attack": the year of the attack, not of the conviction
        if looked_back and not (trigger.left_edge.i <= span.start and span.end <= trigger.right_edge.i + 1):
            continue  # "sentenced on Friday for torturing": Friday is not when the torture was
        up = clauses_above(span.root, trigger)
        if up is not None and _before_reported_clause(span, trigger):
            up += 1  # "said on Sunday it had killed 20 on Friday": Sunday is when it was said
        if ahead and up:
            continue  # "announced on Wednesday it will withdraw the bill": not withdrawn on Wednesday
        if up and described:
            continue  # "denounced on Wednesday the memoranda in which Turkey and Libya agreed"
        if up and timed_by_another:
            continue  # "measures, which the government dropped after the protests began": that
            # is when it happened, not on the day the clause above names
        key = (up, _inside_a_noun(span, trigger), abs(span.root.i - trigger.i)) if up is not None else None
        if key is not None and (best_key is None or key < best_key):
            best, best_key = mention, key
        if up and mention.date.precision == "day" and (told is None or up < told[0]):
            told = (up, mention)
    measured = _measured_from_another(trigger)
    if measured is not None and (best is None or best_key[0]):  # (no date of the clause's own)
        other, days = measured
        found = event_date(doc, other)
        if found is not None and found.span is None:  # "killed 20 on Tuesday, the ministry said, a day
            found = _day_named_before(doc, trigger) or found  # after Hezbollah fired": from the day told
        if found is not None and found.span is not None and found.date.precision == "day":
            value = dt.date.fromisoformat(found.date.value) + dt.timedelta(days=days)
            return DateMention(found.span, replace(found.date, value=value.isoformat()))
    if best is not None and told is not None and best_key[0] == 0 and _reported(trigger):
        return _counted_from(best, told[1], base_date(doc))
    if best is not None:
        return best
    given = published(doc)  # (the day given with the article, not the dateline's filing day)
    base = dt.date.fromisoformat(given) if given else base_date(doc)
    return DateMention(None, DateRef(base.isoformat(), "published")) if base else None


def _day_named_before(doc: Doc, trigger: Token) -> DateMention | None:
    """The last day the trigger's sentence names before it, if any."""
    sent = trigger.sent
    days = [d for d in doc._.wc_dates or () if d.span is not None and d.date.precision == "day" and d.date.value
            and sent.start <= d.span.start and d.span.end <= trigger.i]
    return days[-1] if days else None


def _reported(trigger: Token) -> bool:
    """Is the trigger's clause reported by a clause above it ("said on Tuesday it had shot down
    drones overnight")?"""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ccomp"


def _counted_from(found: DateMention, said: DateMention, base: dt.date | None) -> DateMention:
    """A "yesterday" or "overnight" in a reported clause counts from the day it was said, when
    that is named: "said on Tuesday it had shot down 40 drones overnight" is Monday night, not the
    night before the story ran."""
    if found.date.text is None or found.date.text.lower() not in RELATIVE_TO_TELLING or base is None:
        return found
    value = dt.date.fromisoformat(said.date.value) + (dt.date.fromisoformat(found.date.value) - base)
    return DateMention(found.span, replace(found.date, value=value.isoformat()))


def _measured_from_another(trigger: Token) -> tuple[Token, int] | None:
    """"Protesters marched on Saturday, a day after police arrested their leaders": the clause
    whose day the trigger's is measured from, and by how many days (negative: before it)."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if mark is None:
        return None
    unit = next((c for c in (*verb.children, *mark.children)  # (the parser may hang it on "after")
                 if c.dep_ == "npadvmod" and c.lemma_.lower() in DAYS_IN), None)
    if unit is None:
        return None
    count = next((c for c in unit.children if c.dep_ in ("nummod", "det")), None)
    n = 1 if count is None or count.lower_ in ("a", "an", "one") else _NUM.get(count.lower_) or (
        int(count.text) if count.text.isdigit() else None)
    if n is None:
        return None
    days = n * DAYS_IN[unit.lemma_.lower()]
    return verb.head, -days if mark.lower_ == "after" else days


DAYS_IN = {"day": 1, "week": 7, "hour": 0}  # ("hours after": the same day)
REASONS = {"for", "over"}
# words whose day is the speaker's: inside a quote, "today" is the day the words were said
DEICTIC = {"today", "tonight", "yesterday", "tomorrow", "this morning", "this afternoon", "this evening",
           "last night"}
RELATIVE_TO_TELLING = DEICTIC | {"overnight"}


def as_spoken(doc: Doc, found: DateMention | None, quotes) -> DateMention | None:
    """A "today" or "yesterday" inside a quote counts from the day the quote was said, when its
    cue is dated: 'On Monday, Warren wrote: "Today I am glad to endorse him"' is Monday, not the
    day the story ran."""
    if found is None or found.span is None or found.date.text is None or found.date.text.lower() not in DEICTIC:
        return found
    quote = next((q for q in quotes if q.start <= found.date.start < q.end and q.cue_token is not None), None)
    if quote is None:
        return found
    said = event_date(doc, quote.cue_token)
    if said is not None and said.span is not None and any(q.start <= said.date.start < q.end for q in quotes):
        said = None  # the cue's clause is dated only by words it quotes ('"Three months ago," he said')
    if said is None or said.span is None:  # '"Today I am glad ...," he said' after "On Wednesday, Bloomberg endorsed Biden."
        said = _told_just_before(doc, min(quote.start, quote.cue_token.idx))
    base = base_date(doc)
    if said is None or said.span is None or said.date.precision != "day" or base is None or (
            quote.start <= said.date.start < quote.end):
        return found
    shift = dt.date.fromisoformat(found.date.value) - base
    value = dt.date.fromisoformat(said.date.value) + shift
    return DateMention(found.span, replace(found.date, value=value.isoformat()))


def _told_just_before(doc: Doc, start: int) -> DateMention | None:
    """The day the sentence before ``start`` is dated to, when it is in the same paragraph."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    before = sentence_before(doc[span.start].sent) if span is not None else None
    if before is None:
        return None
    layout = doc._.wc_layout
    if layout is not None and layout.paragraph_start(before.start_char) != layout.paragraph_start(start):
        return None
    found = event_date(doc, before.root)
    if found is None or found.span is None or not (before.start <= found.span.start < before.end):
        return None
    return found


def _done_before(trigger: Token) -> bool:
    """"Congress approved on Friday as much money as the president had requested": a past perfect in a
    clause hung on another tells what was done before that clause's time, not at it. (A reported
    clause keeps its report's date: "said on Monday that Israel had struck".)"""
    return trigger.dep_ in ("relcl", "advcl", "acl") and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in trigger.children)


def _tells_what_a_thing_is(trigger: Token) -> bool:
    """Is the trigger's clause a relative clause opened by a preposition ("the memoranda in which
    Turkey and Libya agreed on borders", "the deal under which troops withdrew")? It tells what
    the thing says or brought about, at another time than the clause above."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return verb.dep_ == "relcl" and any(
        c.dep_ == "prep" and c.i < verb.i and any(w.tag_ == "WDT" for w in c.children) for c in verb.children)


def _still_ahead(trigger: Token) -> bool:
    """Is the event still to come when its clause is told ("will withdraw", "would meet")? Then
    the date of the clause that tells it is when it was announced, not when it happens."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX | {"would", "wo"} for c in verb.children)


def _looked_back_on(trigger: Token) -> bool:
    """Is the event the reason its governing verb gives, so that the verb's date is not its own?
    "Sentenced on Friday for torturing", "charged on Monday over the stabbing". (A reported event
    keeps the date of its report: "police said on Tuesday that gunmen had killed five" is news of
    that day.)"""
    tok = trigger
    for _ in range(6):  # also deeper in the reason: "for driving his car into a crowd protesting"
        head = tok.head
        if head.i == tok.i or tok.dep_ in ("ccomp", "advcl", "ROOT", "parataxis"):
            return False
        if tok.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.lower_ in REASONS \
                and (head.head.pos_ in ("VERB", "AUX") or tok.tag_ == "VBG"):
            return True  # a gerund after "for" is a reason wherever the parser hangs it
        tok = head
    return False


# people named by an event they took part in: "the suspect in a shooting", "a victim of the attack"
ROLE_NOUNS = {"suspect", "victim", "survivor", "perpetrator", "witness", "eyewitness", "organiser", "organizer",
              "mastermind", "accused", "defendant", "veteran", "hero", "ringleader", "plotter", "instigator"}


def _names_a_role(trigger: Token) -> bool:
    """"The suspect in a shooting ... was released on Friday": the shooting is what makes him a
    suspect, not what happened on Friday."""
    prep = trigger.head
    return trigger.dep_ == "pobj" and prep.lower_ in ("in", "of", "for", "behind") \
        and prep.head.lemma_.lower() in ROLE_NOUNS


def _inside_a_noun(span: Span, trigger: Token) -> bool:
    """Does the time expression modify a noun on its way to the trigger ("discuss the events of
    this past weekend on Monday": the weekend dates the events, Monday the discussion)?"""
    path = parse_path(span.root, trigger)
    if path is None:
        return False
    _, below = path
    return any(t.pos_ in ("NOUN", "PROPN") and not (span.start <= t.i < span.end) for t in below)


def _before_reported_clause(span: Span, trigger: Token) -> bool:
    """Does the time expression stand before the subject of the reported clause the trigger is
    in? The parser often hangs it on the reported verb, but it dates the saying."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if verb.dep_ != "ccomp":
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and verb.head.i < span.start and span.end <= subjects[0].left_edge.i


@Language.factory("wc_dates", assigns=["doc._.wc_dates"])
def make_dates(nlp: Language, name: str) -> "DateAnnotator":
    return DateAnnotator()


class DateAnnotator:
    """Sets ``doc._.wc_dates``: resolved time expressions with offsets."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.wc_dates = find_dates(doc)
        return doc
