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
``LinkedArticle``, right after the articles that came before it in the input.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
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
class LinkedArticle(CodedArticle):
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
    n = SHINGLE_WORDS
    shingles = {" ".join(words[i:i + n]).encode("utf-8") for i in range(len(words) - n + 1)}
    mh = MinHash(num_perm=NUM_PERM, seed=_SEED, hashfunc=zlib.crc32, permutations=_permutations(),
                 scheme=_SCHEME)
    mh.update_batch(list(shingles))
    return mh.hashvalues.astype(np.uint32)


@lru_cache(maxsize=1)
def _permutations():
    """The permutations, drawn once per process (drawing them costs more than hashing an article)."""
    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations


def band_hashes(sig: np.ndarray) -> list[int]:
    """One signed 64-bit hash per band (the band's number is part of what is hashed)."""
    out = []
    for band in range(BANDS):
        chunk = sig[band * ROWS:(band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        out.append(int.from_bytes(digest, "big", signed=True))
    return out


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


def linked_article(article: Article, link: Link) -> LinkedArticle:
    """The uncoded record of a copy: everything the reader found, no events."""
    return LinkedArticle(id=article.id, title=article.title, url=article.url, published=article.published,
                         text=article.text, source=article.source, key=article.key,
                         duplicate_of=link.duplicate_of, similarity=link.similarity)


Coder = Callable[[Iterable[Article | InputError]], Iterator[CodedArticle | InputError]]


def code_unique(items: Iterable[Article | InputError], code: Coder,
                dedup: Deduplicator) -> Iterator[CodedArticle | InputError]:
    """Code the originals among ``items``; copies come out uncoded, as ``LinkedArticle``s.

    Output keeps input order: a copy waits until every original before it in the input is coded,
    so whatever order articles are stored in, a re-run after a crash sees the same earlier
    articles as an uninterrupted run would, and decides the same. A copy whose original could
    not be coded is coded itself, at the end.
    """
    pending: deque[str] = deque()  # keys of originals sent to the coder, in order
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
                pending.append(item.key)
                yield item
            else:
                held.append((sent, linked_article(item, link)))

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
                key = pending.popleft()
                done += 1
                if key == out.key:
                    break
                failed.add(key)
            yield from release(done - 1)  # copies that came before this article
        yield out
        yield from release(done)
    failed.update(pending)
    yield from release(float("inf"))
    if orphans:
        yield from code(orphans)
