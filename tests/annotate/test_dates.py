"""Time expressions resolved against the publication date (2021-03-10 is a Wednesday)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecoder.annotate.dates import PATTERN, resolve

BASE = dt.date(2021, 3, 10)


@pytest.mark.parametrize("text,value,precision", [
    ("on Tuesday", "2021-03-09", "day"),
    ("on Wednesday", "2021-03-10", "day"),
    ("last Wednesday", "2021-03-03", "day"),
    ("on Thursday", "2021-03-04", "day"),
    ("yesterday", "2021-03-09", "day"),
    ("today", "2021-03-10", "day"),
    ("last night", "2021-03-09", "day"),
    ("two days ago", "2021-03-08", "day"),
    ("last week", "2021-03-01", "week"),
    ("earlier this month", "2021-03-01", "month"),
    ("last month", "2021-02-01", "month"),
    ("in March 2019", "2019-03-01", "month"),
    ("last March", "2020-03-01", "month"),
    ("in June", "2020-06-01", "month"),
    ("in 2015", "2015-01-01", "year"),
    ("Oct. 2", "2020-10-02", "day"),
    ("March 3", "2021-03-03", "day"),
    ("2 October 2019", "2019-10-02", "day"),
    ("October 2, 2019", "2019-10-02", "day"),
    ("2019-05-01", "2019-05-01", "day"),
])
def test_resolves(text, value, precision):
    m = PATTERN.search(text)
    assert m is not None, text
    got, prec = resolve(m, BASE)
    assert (got.isoformat(), prec) == (value, precision)


def test_future_weekday_looks_forward():
    m = PATTERN.search("on Friday")
    assert resolve(m, BASE, future=True)[0].isoformat() == "2021-03-12"


def test_without_publication_date_only_absolute_dates_resolve():
    assert resolve(PATTERN.search("on Tuesday"), None) is None
    assert resolve(PATTERN.search("in 2015"), None)[0].isoformat() == "2015-01-01"


@pytest.mark.parametrize("text", ["May said it was over", "The 2015 agreement", "page 12", "March on"])
def test_not_dates(text):
    m = PATTERN.search(text)
    assert m is None or resolve(m, BASE) is None, m.group(0)
