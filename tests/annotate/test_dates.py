"""Time expressions resolved against the publication date (2021-03-10 is a Wednesday), and the
date chosen for one event: attached to its trigger, else governing it, else the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.annotate.conftest import token
from wirecoder.annotate.dates import PATTERN, base_date, event_date, resolve

BASE = dt.date(2021, 3, 10)


@pytest.mark.parametrize("text,value,precision", [
    ("on Tuesday", "2021-03-09", "day"),
    ("on Wednesday", "2021-03-10", "day"),
    ("last Wednesday", "2021-03-03", "day"),
    ("last Tuesday", "2021-03-02", "day"),  # not yesterday: news would say "yesterday"
    ("last Monday", "2021-03-08", "day"),
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
    # a span of years starts in its first ("from 1998 to 2000"); a sum is no year
    ("from 1998 to 2000", "1998-01-01", "year"),
    ("between 2014 and 2016", "2014-01-01", "year"),
    ("Oct. 2", "2020-10-02", "day"),
    ("March 3", "2021-03-03", "day"),
    ("2 October 2019", "2019-10-02", "day"),
    ("October 2, 2019", "2019-10-02", "day"),
    ("2019-05-01", "2019-05-01", "day"),
    ("on New Year's Day", "2021-01-01", "day"),
    ("on Christmas Eve", "2020-12-24", "day"),
    # a day of the month alone: this month's, else last month's
    ("on the 8th", "2021-03-08", "day"),
    ("on the 28th", "2021-02-28", "day"),
    ("on the 21st of February", "2021-02-21", "day"),
    ("in mid-September", "2020-09-01", "month"),
    ("in early February", "2021-02-01", "month"),
    # a month with its year told relatively; the weekend just past
    ("in March last year", "2020-03-01", "month"),
    ("in November this year", "2021-11-01", "month"),
    ("on the weekend", "2021-03-06", "day"),
    ("earlier in the week", "2021-03-08", "week"),
    ("at the start of the month", "2021-03-01", "month"),
    ("on Wednesday last week", "2021-03-03", "day"),
    # a weekday with the date: the date; and the weekday picks the year when it fits the one before
    ("on Monday, March 1", "2021-03-01", "day"),
    ("on Friday, January 10", "2020-01-10", "day"),
    ("at the weekend", "2021-03-06", "day"),
])
def test_resolves(text, value, precision):
    m = PATTERN.search(text)
    assert m is not None, text
    got, prec = resolve(m, BASE)
    assert (got.isoformat(), prec) == (value, precision)


@pytest.mark.parametrize("text", ["rose from 2000 to 3000 dollars", "cut from 2000 troops"])
def test_a_number_after_from_is_no_year(text):
    assert PATTERN.search(text) is None


def test_future_weekday_looks_forward():
    m = PATTERN.search("on Friday")
    assert resolve(m, BASE, future=True)[0].isoformat() == "2021-03-12"


def test_future_day_and_month_looks_forward():
    assert resolve(PATTERN.search("on March 13"), BASE, future=True)[0].isoformat() == "2021-03-13"
    assert resolve(PATTERN.search("on March 13"), BASE)[0].isoformat() == "2020-03-13"
    assert resolve(PATTERN.search("on 2nd February"), BASE, future=True)[0].isoformat() == "2022-02-02"


@pytest.mark.parametrize("text,trigger,day", [
    ("On Saturday, protesters marched through Nairobi, a day after police arrested their leaders.", "arrested",
     "2021-03-05"),
    ("The strike on Monday came two days after militants attacked a convoy.", "attacked", "2021-03-06"),
    ("Kenya struck the camp on Friday, hours after the militants fired rockets at Lamu.", "fired", "2021-03-05"),
    ("The army withdrew on Sunday, a week before the rebels seized the town.", "seized", "2021-03-14"),
])
def test_a_day_measured_from_another_events_day(doc_of, text, trigger, day):
    doc = doc_of(text, published="2021-03-10")
    found = event_date(doc, token(doc, trigger))
    assert (found.date.value, found.date.precision) == (day, "day")


def test_a_month_in_the_future_looks_forward():
    assert resolve(PATTERN.search("will meet in January"), BASE, future=True)[0].isoformat() == "2022-01-01"
    assert resolve(PATTERN.search("would meet in early June"), BASE, future=True)[0].isoformat() == "2021-06-01"
    assert resolve(PATTERN.search("met in June"), BASE)[0].isoformat() == "2020-06-01"


def test_would_looks_forward_from_the_report(doc_of):
    doc = doc_of("Parliament would meet briefly in early June.", published="2021-03-10")
    assert event_date(doc, token(doc, "meet")).date.value == "2021-06-01"


@pytest.mark.parametrize("text,day", [
    ("The ban, which is to take effect on March 13, was imposed by Kenya.", "2021-03-13"),
    ("Kenya banned flights until the next meeting on March 13.", "2021-03-13"),
    ("The Senate was to meet Monday to discuss the bill.", "2021-03-08"),
])
def test_a_day_still_to_come_looks_forward_and_a_past_plan_does_not(doc_of, text, day):
    doc = doc_of(text, published="2021-03-10")
    (found,) = [d for d in doc._.wc_dates if d.span is not None and d.date.precision == "day"]
    assert found.date.value == day


def test_the_same_day_is_not_a_day_still_to_come(doc_of):
    doc = doc_of("Rebels attacked the town on Friday. The suspect will appear in court on March 13. "
                 "On the same day, the army attacked a camp.", published="2021-03-10")
    second = [t for t in doc if t.text == "attacked"][1]
    assert event_date(doc, second).date.value == "2021-03-05"


def test_a_day_of_the_month_alone_looks_forward_in_the_future_and_is_no_unit():
    assert resolve(PATTERN.search("will meet on the 15th"), BASE, future=True)[0].isoformat() == "2021-03-15"
    assert resolve(PATTERN.search("on the 31st"), BASE)[0].isoformat() == "2021-01-31"  # February has none
    assert PATTERN.search("The 3rd Brigade attacked") is None


def test_leap_day_stays_in_the_articles_year():
    leap_base = dt.date(2020, 2, 14)
    assert resolve(PATTERN.search("on February 29"), leap_base)[0].isoformat() == "2020-02-29"
    assert resolve(PATTERN.search("on 30 February"), leap_base) is None


def test_without_publication_date_only_absolute_dates_resolve():
    assert resolve(PATTERN.search("on Tuesday"), None) is None
    assert resolve(PATTERN.search("in 2015"), None)[0].isoformat() == "2015-01-01"
    assert resolve(PATTERN.search("on 4th July 1976"), None)[0].isoformat() == "1976-07-04"
    assert resolve(PATTERN.search("on July 4"), None) is None


@pytest.mark.parametrize("text", ["May said it was over", "page 12", "March on"])
def test_not_dates(text):
    m = PATTERN.search(text)
    assert m is None or resolve(m, BASE) is None, m.group(0)


# -- the date of one event: attached, else governing, else the publication date ----------------


@pytest.mark.parametrize(("text", "trigger", "value", "precision", "said"), [
    # each relative form of the issue, attached to the trigger
    ("Russia expelled two diplomats on Monday.", "expelled", "2021-03-08", "day", "Monday"),
    ("Troops attacked the town last week.", "attacked", "2021-03-01", "week", "last week"),
    ("Rebels captured the town yesterday.", "captured", "2021-03-09", "day", "yesterday"),
    ("Protesters marched on Oct. 2.", "marched", "2020-10-02", "day", "Oct. 2"),
    ("Prices rose earlier this month.", "rose", "2021-03-01", "month", "earlier this month"),
    ("The group was founded in 2015.", "founded", "2015-01-01", "year", "in 2015"),
    # an event noun takes the date of the verb that carries it
    ("Rebels launched an attack on Tuesday.", "attack", "2021-03-09", "day", "Tuesday"),
    # a participle on an event noun dates it; a date on another noun on the way dates that noun
    ("The court ruled on a lawsuit filed by the Senate on Sunday.", "lawsuit", "2021-03-07", "day", "Sunday"),
    ("The ministers met to discuss the events of last weekend on Monday.", "discuss", "2021-03-08", "day",
     "Monday"),
    # a relative clause that says when the event (or the event noun that is its subject) happened
    ("The attack, which happened on Monday, killed 12 soldiers.", "killed", "2021-03-08", "day", "Monday"),
    ("Police arrested a man who attacked the embassy on Monday.", "arrested", "2021-03-10", "published", None),
    # else the nearest expression that governs the trigger
    ("Police said on Tuesday that gunmen had killed five people.", "killed", "2021-03-09", "day", "Tuesday"),
    ("Gunmen killed five people, police said on Monday.", "killed", "2021-03-08", "day", "Monday"),
    # a date before the reported clause's subject dates the saying, even if parsed inside the clause
    ("The army said on Tuesday it had killed 20 militants on Sunday.", "killed", "2021-03-07", "day", "Sunday"),
    # "yesterday" or "overnight" in a reported clause counts from the day it was said, when named
    # (base Wednesday 10 March 2021)
    ("Russia said on Tuesday it had shot down 40 drones overnight.", "shot", "2021-03-09", "day", "overnight"),
    ("Police said on Monday that gunmen killed five people yesterday.", "killed", "2021-03-07", "day", "yesterday"),
    # ("overnight" is the night into the day of telling; "last night" the evening before)
    ("Rebels captured the town overnight.", "captured", "2021-03-10", "day", "overnight"),
    ("Rebels captured the town last night.", "captured", "2021-03-09", "day", "last night"),
    # ("overnight into Monday" is the night that ends on Monday)
    ("Russia launched 40 drones overnight into Monday.", "launched", "2021-03-08", "day", "overnight into Monday"),
    # a when-, as- or while-clause tells the time of the clause it hangs on (not an after-clause)
    ("Twenty people were killed when gunmen stormed a village on Tuesday.", "killed", "2021-03-09", "day",
     "Tuesday"),
    ("Protesters were killed as troops opened fire on Monday.", "killed", "2021-03-08", "day", "Monday"),
    ("The army attacked the town after rebels killed ten soldiers on Monday.", "attacked", "2021-03-10",
     "published", None),
    # a day counted forward from no day named is not a day after the story ran
    ("Two weeks later, the rebels released the hostages.", "released", "2021-03-10", "published", None),
    # a date in another clause is not the event's: "met" is Monday, the later meeting next month
    ("The ministers met on Monday and said they would meet again next month.", "met", "2021-03-08", "day", "Monday"),
    ("The ministers met on Monday and said they would meet again next month.", "meet", "2021-04-01", "month", "next month"),
    # a weekday in the future of a past report, or of a plan, is the next one
    ("The Senate announced on Tuesday that it would meet on Friday.", "meet", "2021-03-12", "day", "Friday"),
    ("The Senate is set to meet on Friday.", "meet", "2021-03-12", "day", "Friday"),
    ("The Senate met on Friday.", "met", "2021-03-05", "day", "Friday"),
    # what is still to come is not dated by the day it was announced
    ("On Wednesday, the chief executive announced that her government will withdraw the bill.", "withdraw",
     "2021-03-10", "published", None),
    ("The minister said on Monday that the two sides would meet.", "meet", "2021-03-10", "published", None),
    # a day counted from the day named before it, else from the publication date
    ("Iran said on Monday that Israel had struck the site the previous day.", "struck", "2021-03-07", "day",
     "the previous day"),
    ("Turkey closed the border on Friday and Iraq closed its border a day later.", "closed", "2021-03-05", "day",
     "Friday"),
    ("Police arrested 20 protesters the day before.", "arrested", "2021-03-09", "day", "the day before"),
    # the reason for a sentence or a charge is not dated by it
    ("A court on Monday sentenced the couple to life in prison for torturing their children.", "torturing",
     "2021-03-10", "published", None),
    ("On Monday he was charged over the stabbing of a refugee.", "stabbing", "2021-03-10", "published", None),
    ("On Friday a judge sentenced him to life in prison for driving his car into a crowd of people protesting "
     "a rally.", "protesting", "2021-03-10", "published", None),
    # ... also when the parser hangs the reason on a noun ("the possibility of parole for driving")
    ("On Friday, a judge sentenced him to life in prison without the possibility of parole for driving his car "
     "into a crowd of protesters protesting a rally.", "protesting", "2021-03-10", "published", None),
    # the event that makes someone a suspect or a victim is not dated by what befalls them later
    ("The suspect in a shooting of protesters in Nairobi was released from jail on Friday.", "shooting",
     "2021-03-10", "published", None),
    # an event in a clause hung on another, timed by a third event, is not dated by that clause
    ("Protests have been taking place since Tuesday after the government announced new measures, which the "
     "government dropped after the protests began.", "dropped", "2021-03-10", "published", None),
    # what had been done before, in a clause hung on another, is not dated by that clause
    ("On Friday, Congress approved half as much money as the president had requested for the wall.",
     "requested", "2021-03-10", "published", None),
    ("After the troops had withdrawn on Monday, the rebels took the town.", "withdrawn", "2021-03-08", "day",
     "Monday"),
    # what a document says was agreed is not dated by the day the document is denounced
    ("On Wednesday, the ministers denounced the memorandum in which Kenya and Uganda agreed on their border.",
     "agreed", "2021-03-10", "published", None),
    # else the publication date, marked as such
    ("The two leaders met in Geneva.", "met", "2021-03-10", "published", None),
    ("Gunmen killed five people who had arrived on Monday.", "killed", "2021-03-10", "published", None),
])
def test_event_date(doc_of, text, trigger, value, precision, said):
    found = event_date(doc := doc_of(text), token(doc, trigger))
    assert (found.date.value, found.date.precision, found.date.text) == (value, precision, said)
    assert (found.span is None) == (precision == "published")


def test_a_day_later_counts_from_the_day_before_it(doc_of):
    doc = doc_of("Turkey closed the border on Friday and Iraq closed its border a day later.")
    second = [t for t in doc if t.text == "closed"][1]
    assert event_date(doc, second).date.value == "2021-03-06"  # Friday 5 March + 1


@pytest.mark.parametrize("text,value,precision", [
    ("Kenya and Uganda signed a trade deal on March 3. A week later, Uganda attacked the border post.", "2021-03-10",
     "day"),
    ("Rebels seized the town on Monday. Two days later, the army attacked them.", "2021-03-10", "day"),
    ("Police arrested 20 protesters on Sunday. Hours later, soldiers attacked the crowd.", "2021-03-07", "day"),
    ("Israel struck Gaza on Tuesday. On the same day, Hamas attacked a checkpoint.", "2021-03-09", "day"),
    ("Rebels seized the town on Monday. Later that night, the army attacked them.", "2021-03-08", "day"),
    ("The army attacked the town on Friday, three days after the rebels seized it.", "2021-03-05", "day"),
    # the previous or following week counts from the day named before, to the week
    ("The minister said on Monday that troops had attacked the town the previous week.", "2021-03-01", "week"),
    ("Rebels seized the town on Friday and the army attacked them the following week.", "2021-03-08", "week"),
])
def test_days_and_weeks_counted_from_the_day_named_before(doc_of, text, value, precision):
    doc = doc_of(text)
    attacked = next(t for t in doc if t.text == "attacked")
    found = event_date(doc, attacked).date
    assert (found.value, found.precision) == (value, precision)


def test_no_date_at_all_without_publication_date(doc_of):
    doc = doc_of("The two leaders met in Geneva.", published=None)
    assert event_date(doc, token(doc, "met")) is None


@pytest.mark.parametrize(("text", "published", "base"), [
    ("KABUL, Oct 2, 2021 (Reuters) - Gunmen killed five people.", None, "2021-10-02"),
    ("LONDON, 2 October (Reuters) - Talks that began in 2019 stalled.", None, "2019-10-02"),
    ("KABUL, Oct 2 (Reuters) - Gunmen killed five people.", None, None),  # no year anywhere
    ("KABUL, Oct 2, 2021 (Reuters) - Gunmen killed five people.", "2021-11-20", "2021-11-20"),  # far apart
    ("KABUL, Oct 2, 2021 (Reuters) - Gunmen killed five people.", "2021-10-03", "2021-10-02"),  # filed the day before
])
def test_dateline_date_stands_in_for_a_missing_publication_date(doc_of, text, published, base):
    found = base_date(doc_of(text, published=published))
    assert (found.isoformat() if found else None) == base


def test_relative_dates_count_from_the_dateline(doc_of):
    doc = doc_of("KABUL, Oct 2, 2021 (Reuters) - Gunmen killed five people on Monday.", published=None)
    assert event_date(doc, token(doc, "killed")).date.value == "2021-09-27"


@pytest.mark.parametrize("text,published,day", [
    # filed the day before the page's date: "yesterday" is the day before the filing
    ("KABUL, Oct 2 (Reuters) - Gunmen killed five people yesterday.", "2021-10-03", "2021-10-01"),
    ("KABUL, Dec 31 (Reuters) - Gunmen killed five people yesterday.", "2022-01-01", "2021-12-30"),
    # a dateline far from the publication date is not trusted over it
    ("KABUL, Feb 6 (Reuters) - Gunmen killed five people yesterday.", "2021-10-03", "2021-10-02"),
])
def test_relative_days_count_from_a_dateline_filed_just_before_publication(doc_of, text, published, day):
    doc = doc_of(text, published=published)
    assert event_date(doc, token(doc, "killed")).date.value == day


def test_an_undated_event_still_falls_back_to_the_publication_date(doc_of):
    doc = doc_of("KABUL, Oct 2 (Reuters) - Gunmen killed five people.", published="2021-10-03")
    found = event_date(doc, token(doc, "killed"))
    assert (found.date.value, found.date.precision) == ("2021-10-03", "published")


def test_the_dateline_date_is_not_the_event_date(doc_of):
    doc = doc_of("KABUL, Oct 2, 2021 (Reuters) - Gunmen killed five people.", published=None)
    found = event_date(doc, token(doc, "killed"))
    assert (found.date.value, found.date.precision) == ("2021-10-02", "published")


@pytest.mark.parametrize(("text", "day"), [
    ('On Monday, Senator Achieng wrote in a statement: "Today I am glad to endorse Odhiambo for president."',
     "2021-03-08"),  # the day it was written, not the day the story ran (Wednesday 10 March)
    ('Senator Achieng wrote: "Today I am glad to endorse Odhiambo for president."', "2021-03-10"),
    # a cue with no day of its own, right after a sentence dated in the same paragraph: that day
    ('On Monday, Senator Achieng left the race. "A year ago," she said, "I entered it. Today I am glad to '
     'endorse Odhiambo for president."', "2021-03-08"),
    ('On Monday, Senator Achieng left the race.\n\n"Today I am glad to endorse Odhiambo for president," '
     'she said.', "2021-03-10"),
])
def test_today_in_a_quote_is_the_day_it_was_said(code, text, day):
    (e,) = [e for e in code(text, published="2021-03-10")["events"] if e["event"] == "SUPPORT"]
    assert e["date"]["value"] == day


@pytest.mark.parametrize("text,said", [
    # a count of hours without its number: the evidence starts at the word, not the space before it
    ("Police arrested 20 protesters on Sunday and hours later soldiers attacked the crowd.", "hours later"),
    # the longest phrases, found though their date word comes five words after their start
    ("Rebels said the army attacked the town towards the end of the month.", "towards the end of the month"),
    ("Rebels said the army attacked the town at the beginning of the year.", "at the beginning of the year"),
    # a date at the very start of the text and one at its very end
    ("Yesterday the army attacked the town.", "Yesterday"),
    ("The army attacked the town on 3 March", "3 March"),
])
def test_date_phrases_found_whole_wherever_they_sit(doc_of, text, said):
    doc = doc_of(text)
    attacked = next(t for t in doc if t.text == "attacked")
    assert event_date(doc, attacked).date.text == said


@pytest.mark.parametrize("text,year", [("the 1968 assassination", "1968-01-01"), ("its 2015 attack", "2015-01-01"),
                                       ("The 2015 agreement", "2015-01-01")])
def test_a_year_before_a_noun_is_its_year(text, year):
    m = PATTERN.search(text)
    assert m is not None and resolve(m, BASE) == (dt.date.fromisoformat(year), "year")


@pytest.mark.parametrize("text", ["deployed the 2000 troops", "the 2000 metres race"])
def test_a_number_before_a_plural_is_no_year(text):
    assert PATTERN.search(text) is None


def test_a_year_dates_the_event_noun_it_modifies_and_not_the_verb_over_it(code):
    events = code("A Kenyan court convicted two men over the 2013 attack on the Westgate mall in Nairobi.",
                  published="2021-03-10")["events"]
    dates = {e["event"]: (e["date"]["value"], e["date"]["precision"]) for e in events}
    assert dates["ASSAULT"] == ("2013-01-01", "year")
    assert dates["SANCTION"] == ("2021-03-10", "published")
