"""Near-duplicate articles: what counts as a copy, and coding only the originals, in input order."""

from __future__ import annotations

import pytest

from wirecoder.errors import InputError
from wirecoder.ingest import dedup
from wirecoder.ingest.base import ReadOptions, make_article
from wirecoder.ingest.dedup import Deduplicator, LinkedArticle, code_unique
from wirecoder.record import CodedArticle

from .corpus import clashes

CLASH, OTHER = clashes(2)


def article(text: str, url: str, title: str | None = None):
    return make_article(text, "<test>", ReadOptions(published="2021-03-02"), url=url, title=title)


def no_store(_bands):
    return []


def test_a_wire_copy_with_another_byline_and_footer_is_a_copy():
    original, copy = dedup.signature(CLASH.first_outlet()), dedup.signature(CLASH.wire_copy())
    assert dedup.similarity(original, copy) >= dedup.DUPLICATE_JACCARD
    assert set(dedup.band_hashes(original)) & set(dedup.band_hashes(copy))


@pytest.mark.parametrize("other", [CLASH.second_outlet(), OTHER.first_outlet()],
                         ids=["same clash in other words", "another clash in the same words"])
def test_other_reports_are_not_copies(other):
    assert dedup.similarity(dedup.signature(CLASH.first_outlet()), dedup.signature(other)) < dedup.DUPLICATE_JACCARD


def test_boilerplate_does_not_make_a_copy():
    words = " ".join(["Read more: the latest headlines from our newsroom"] * 3)
    a, b = (CLASH.first_outlet() + "\n\n" + words, OTHER.first_outlet() + "\n\n" + words)
    assert dedup.similarity(dedup.signature(a), dedup.signature(b)) < dedup.DUPLICATE_JACCARD


def test_short_texts_are_never_called_copies():
    assert dedup.signature("Russia attacked Ukraine on Monday.") is None
    d = Deduplicator(no_store)
    assert d.check(article("Russia attacked Ukraine on Monday.", "https://a.example/1")) is None
    assert d.check(article("Russia attacked Ukraine on Monday.", "https://b.example/1")) is None


def test_signature_round_trips_through_bytes():
    sig = dedup.signature(CLASH.first_outlet())
    assert len(sig) == dedup.NUM_PERM == dedup.BANDS * dedup.ROWS
    assert (dedup.from_bytes(dedup.to_bytes(sig)) == sig).all()


def test_copies_in_one_run_link_to_the_first_and_a_copy_of_a_copy_to_the_original():
    d = Deduplicator(no_store)
    first = article(CLASH.first_outlet(), "https://courier.example/1")
    assert d.check(first) is None
    link = d.check(article(CLASH.wire_copy(), "https://syndicate.example/1"))
    assert link.duplicate_of == first.key and link.similarity >= dedup.DUPLICATE_JACCARD
    again = d.check(article(CLASH.wire_copy() + " Updated.", "https://third.example/1"))
    assert again.duplicate_of == first.key
    assert d.check(article(CLASH.second_outlet(), "https://dispatch.example/1")) is None


def test_stored_articles_are_found_through_the_lookup():
    stored = article(CLASH.first_outlet(), "https://courier.example/1")
    sig = dedup.signature(stored.text)
    asked = []

    def lookup(bands):
        asked.append(bands)
        return [dedup.Candidate(stored.key, sig)] if set(bands) & set(dedup.band_hashes(sig)) else []

    d = Deduplicator(lookup)
    assert d.check(article(CLASH.wire_copy(), "https://syndicate.example/1")).duplicate_of == stored.key
    assert len(asked) == 1 and len(asked[0]) == dedup.BANDS


def test_forget_drops_articles_from_memory():
    d = Deduplicator(no_store)
    first = article(CLASH.first_outlet(), "https://courier.example/1")
    d.check(first)
    assert d.seen(first.key)
    d.forget([first.key])
    assert not d.seen(first.key)
    assert d.check(article(CLASH.wire_copy(), "https://syndicate.example/1")) is None  # only the store knows it now


class FakeCoder:
    """Stands in for the Extractor: records what it was asked to code, codes nothing."""

    def __init__(self):
        self.coded: list[str] = []

    def __call__(self, items):
        for item in items:
            if isinstance(item, InputError):
                yield item
                continue
            self.coded.append(item.id)
            yield CodedArticle(id=item.id, title=item.title, url=item.url, published=item.published,
                               text=item.text, source=item.source, key=item.key)


def test_code_unique_codes_originals_only_and_keeps_input_order():
    items = [article(CLASH.first_outlet(), "https://courier.example/1"),
             InputError("bad.jsonl", "malformed JSON", "line 2"),
             article(CLASH.wire_copy(), "https://syndicate.example/1"),
             article(OTHER.first_outlet(), "https://courier.example/2"),
             article(OTHER.wire_copy(), "https://syndicate.example/2")]
    coder = FakeCoder()
    out = list(code_unique(items, coder, Deduplicator(no_store)))
    assert coder.coded == [items[0].id, items[3].id]
    arts = [o for o in out if not isinstance(o, InputError)]
    assert [a.key for a in arts] == [items[i].key for i in (0, 2, 3, 4)]
    copies = [a for a in arts if isinstance(a, LinkedArticle)]
    assert [c.duplicate_of for c in copies] == [items[0].key, items[3].key]
    assert all(not c.events and c.text for c in copies)
    assert sum(isinstance(o, InputError) for o in out) == 1


def test_a_copy_whose_original_failed_is_coded_itself():
    original = article(CLASH.first_outlet(), "https://courier.example/1")
    copy = article(CLASH.wire_copy(), "https://syndicate.example/1")

    def coder(items):  # loses the original, as a failing coder would
        for item in items:
            if item.key != original.key:
                yield CodedArticle(id=item.id, title=None, url=item.url, published=None, text=item.text,
                                   key=item.key)

    out = list(code_unique([original, copy], coder, Deduplicator(no_store)))
    assert [o.key for o in out] == [copy.key] and not isinstance(out[0], LinkedArticle)


def test_code_unique_hands_on_the_signature_it_computed():
    items = [article(CLASH.first_outlet(), "https://courier.example/1"),
             article(CLASH.wire_copy(), "https://syndicate.example/1"),
             article("Too short to sign.", "https://courier.example/2")]
    original, copy, short = list(code_unique(items, FakeCoder(), Deduplicator(no_store)))
    assert isinstance(original, dedup.SignedArticle) and isinstance(copy, LinkedArticle)
    assert (original.signature == dedup.signature(original.text)).all()
    assert (copy.signature == dedup.signature(copy.text)).all()
    assert dedup.signature_of(short) is None and len(short.signature) == 0  # signed: it has none
    assert dedup.signature_of(CodedArticle(id="x", title=None, url=None, published=None,
                                           text=CLASH.first_outlet())) is not None  # unsigned: computed
