"""Near-duplicate articles: wire copies and syndicated copies of one text, found before coding.

An article's *signature* is a MinHash (``datasketch``; shingles hashed with CRC-32, the scheme
named so stored signatures stay comparable) of the three-word shingles of its body:
the paragraphs the cleaner keeps (bylines, "Read more" links, copyright lines and the repeated
title are left out, so a copy with another byline or footer still matches). The signature is cut
into ``BANDS`` bands of ``ROWS`` values; two articles sharing any band hash are candidates, and a
candidate whose estimated Jaccard similarity is at least ``DUPLICATE_JACCARD`` is a duplicate.
With 20 bands of 6 rows, a pair at similarity 0.8 shares a band with probability 0.998, a pair at
0.5 with 0.47 and a pair at 0.3 with 0.015, so candidates are few and copies are rarely missed.

``Deduplicator`` decides, article by article in input order, whether an article is a copy of one
seen before (stored, asked through a lookup function, or earlier in this run), and
``code_unique`` codes only the originals, putting each copy back into the stream, as an uncoded
``LinkedArticle``, right after the articles that came before it in the input. The articles it
yields carry the signature computed here (``SignedArticle``), so the store keeps it rather than
computing it again.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from datasketch import MinHash

from wirecoder.errors import InputError
from wirecoder.ingest.clean import layout
from wirecoder.record import Article, CodedArticle

DUPLICATE_JACCARD = 0.8  # estimated Jaccard similarity of shingles at which an article is a copy
SHINGLE_WORDS = 3  # words per shingle
MIN_WORDS = 12  # shorter bodies are never called copies (too short to tell copy from coincidence)
NUM_PERM = 120  # MinHash permutations = BANDS * ROWS
BANDS = 20
ROWS = 6
_SEED = 1
_SCHEME = "affine32"  # named, so that stored bands never change under a new datasketch default

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Link:
    """An article is a copy of ``duplicate_of`` (the original, never itself a copy)."""

    duplicate_of: str
    similarity: float


@dataclass
class SignedArticle(CodedArticle):
    """A coded article with its signature, computed before coding (``None``: not computed yet;
    empty: the body is too short to have one), so the store need not compute it again."""

    signature: np.ndarray | None = field(default=None, compare=False, repr=False)


@dataclass
class LinkedArticle(SignedArticle):
    """A copy of a stored article: kept as a source (text, URL, title), not coded."""

    duplicate_of: str | None = None
    similarity: float | None = None


def body_words(text: str, title: str | None = None) -> list[str]:
    """The lower-cased words of the paragraphs the cleaner keeps (all words if it keeps none)."""
    kept = [text[p.start:p.end] for p in layout(text, title).paragraphs if p.kind == "body"]
    words = _WORD.findall(" ".join(kept).lower())
    return words or _WORD.findall(text.lower())


def signature(text: str | None, title: str | None = None) -> np.ndarray | None:
    """The MinHash of an article body's shingles, or None when the body is too short to compare."""
    if not text:
        return None
    words = body_words(text, title)
    if len(words) < MIN_WORDS:
        return None
    runs = zip(*(words[k:] for k in range(SHINGLE_WORDS)))  # every SHINGLE_WORDS words in a row
    shingles = set(map(str.encode, map(" ".join, runs)))  # UTF-8
    mh = MinHash(num_perm=NUM_PERM, seed=_SEED, hashfunc=zlib.crc32, permutations=_permutations(),
                 scheme=_SCHEME)
    mh.update_batch(list(shingles))
    return mh.hashvalues.astype(np.uint32)


@lru_cache(maxsize=1)
def _permutations():
    """The permutations, drawn once per process (drawing them costs more than hashing an article)."""
    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations


_NO_SIGNATURE = np.zeros(0, np.uint32)


def signature_of(coded: CodedArticle) -> np.ndarray | None:
    """A coded article's signature: the one it carries, else computed from its text."""
    sig = coded.signature if isinstance(coded, SignedArticle) else None
    if sig is None:
        return signature(coded.text, coded.title)
    return sig if len(sig) else None


def signed(coded: CodedArticle) -> SignedArticle:
    """The coded article carrying its signature (computed now if it carries none)."""
    sig = signature_of(coded)
    fields_ = {k: v for k, v in vars(coded).items() if k != "signature"}
    cls = type(coded) if isinstance(coded, SignedArticle) else SignedArticle
    return cls(**fields_, signature=sig if sig is not None else _NO_SIGNATURE)


def band_hashes(sig: np.ndarray) -> list[int]:
    """One signed 64-bit hash per band (the band's number is part of what is hashed)."""
    data = sig.tobytes()
    width = len(data) // BANDS
    digests = []
    for band, start in zip(_BAND_HASHERS, range(0, len(data), width)):
        h = band.copy()  # already fed the band's number: cheaper than a new hasher
        h.update(data[start:start + width])
        digests.append(h.digest())
    return np.frombuffer(b"".join(digests), dtype=">i8").tolist()


_BAND_HASHERS = [hashlib.blake2b(bytes([band]), digest_size=8) for band in range(BANDS)]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)


@dataclass(frozen=True)
class Candidate:
    """An article a new one may copy: its key, signature, and the original it copies (if any)."""

    key: str
    signature: np.ndarray
    duplicate_of: str | None = None


# Looks up stored articles sharing any of these band hashes.
Lookup = Callable[[list[int]], list[Candidate]]


class Deduplicator:
    """Says, for each new article in input order, whether it copies one seen before.

    Articles of this run are remembered until ``forget`` is told they are stored (from then on
    ``lookup`` finds them), so memory holds only the articles in flight.
    """

    def __init__(self, lookup: Lookup, threshold: float = DUPLICATE_JACCARD):
        self.lookup = lookup
        self.threshold = threshold
        self._run: dict[str, Candidate] = {}
        self._bands: dict[int, list[str]] = {}

    def seen(self, key: str | None) -> bool:
        """True for an article key met earlier in this run and not yet stored."""
        return key in self._run

    def check(self, article: Article) -> Link | None:
        """The original this article copies, or None; either way the article is remembered."""
        sig = signature(article.text, article.title)
        if sig is None:
            self._run[article.key] = Candidate(article.key, np.zeros(0, np.uint32))
            return None
        bands = band_hashes(sig)
        best: tuple[float, str] | None = None
        for cand in self._candidates(bands):  # by key, so that ties go to the smallest
            if cand.key == article.key or len(cand.signature) != len(sig):
                continue
            sim = similarity(sig, cand.signature)
            if sim >= self.threshold and (best is None or sim > best[0]):
                best = (sim, cand.duplicate_of or cand.key)
        link = Link(best[1], round(best[0], 4)) if best else None
        self._run[article.key] = Candidate(article.key, sig, link.duplicate_of if link else None)
        for h in bands:
            self._bands.setdefault(h, []).append(article.key)
        return link

    def _candidates(self, bands: list[int]) -> list[Candidate]:
        found = {c.key: c for c in self.lookup(bands)}
        for h in bands:
            for key in self._bands.get(h, ()):
                found[key] = self._run[key]
        return [found[k] for k in sorted(found)]

    def held_signature(self, key: str | None) -> np.ndarray | None:
        """The signature ``check`` computed for an article not yet forgotten (empty when its body
        is too short to have one), or None."""
        cand = self._run.get(key)
        return cand.signature if cand is not None else None

    def forget(self, keys: Iterable[str]) -> None:
        """These articles are stored (or given up on): stop holding them in memory."""
        for key in keys:
            cand = self._run.pop(key, None)
            if cand is None or not len(cand.signature):
                continue
            for h in band_hashes(cand.signature):
                keys_ = self._bands.get(h)
                if keys_ and key in keys_:
                    keys_.remove(key)
                    if not keys_:
                        del self._bands[h]


def linked_article(article: Article, link: Link, signature: np.ndarray | None = None) -> LinkedArticle:
    """The uncoded record of a copy: everything the reader found, no events."""
    return LinkedArticle(id=article.id, title=article.title, url=article.url, published=article.published,
                         text=article.text, source=article.source, key=article.key, signature=signature,
                         duplicate_of=link.duplicate_of, similarity=link.similarity)


def _with_signature(coded: CodedArticle, article: Article, dedup: Deduplicator) -> CodedArticle:
    """The coded article carrying the signature ``dedup`` computed for its article, when the coder
    kept the text and title it was signed from."""
    sig = dedup.held_signature(article.key)
    if sig is None or type(coded) is not CodedArticle or coded.text != article.text or coded.title != article.title:
        return coded
    return SignedArticle(**vars(coded), signature=sig)


Coder = Callable[[Iterable[Article | InputError]], Iterator[CodedArticle | InputError]]


def code_unique(items: Iterable[Article | InputError], code: Coder,
                dedup: Deduplicator) -> Iterator[CodedArticle | InputError]:
    """Code the originals among ``items``; copies come out uncoded, as ``LinkedArticle``s.

    Output keeps input order: a copy waits until every original before it in the input is coded,
    so whatever order articles are stored in, a re-run after a crash sees the same earlier
    articles as an uninterrupted run would, and decides the same. A copy whose original could
    not be coded is coded itself, at the end.
    """
    pending: deque[Article] = deque()  # originals sent to the coder, in order
    held: deque[tuple[int, LinkedArticle]] = deque()  # (originals sent before it, copy)
    failed: set[str] = set()
    sent = done = 0

    def originals() -> Iterator[Article | InputError]:
        nonlocal sent
        for item in items:
            if isinstance(item, InputError):
                yield item
                continue
            link = dedup.check(item)
            if link is None:
                sent += 1
                pending.append(item)
                yield item
            else:
                held.append((sent, linked_article(item, link, dedup.held_signature(item.key))))

    orphans: list[Article] = []

    def release(upto: float) -> Iterator[CodedArticle]:
        while held and held[0][0] <= upto:
            copy = held.popleft()[1]
            if copy.duplicate_of in failed:
                orphans.append(Article(id=copy.id, text=copy.text or "", title=copy.title, url=copy.url,
                                       published=copy.published, source=copy.source, key=copy.key))
            else:
                yield copy

    for out in code(originals()):
        if isinstance(out, CodedArticle):
            while pending:
                article = pending.popleft()
                done += 1
                if article.key == out.key:
                    out = _with_signature(out, article, dedup)
                    break
                failed.add(article.key)
            yield from release(done - 1)  # copies that came before this article
        yield out
        yield from release(done)
    failed.update(a.key for a in pending)
    yield from release(float("inf"))
    if orphans:
        by_key = {a.key: a for a in orphans}
        for out in code(orphans):
            article = by_key.get(out.key) if isinstance(out, CodedArticle) else None
            yield _with_signature(out, article, dedup) if article is not None else out
