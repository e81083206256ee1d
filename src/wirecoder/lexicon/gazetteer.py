"""The offline gazetteer: every place name wirecoder can resolve, with coordinates.

Lookups and resolution on the index that ``gazetteer_build`` writes (built on first use, then
opened read-only once per process): quick to load, small in memory, shareable by threads. The
build's public names are re-exported here, so ``wirecoder.lexicon.gazetteer`` is the one API.
"""

from __future__ import annotations

import array
import bisect
import logging
import math
import os
import re
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from wirecoder.lexicon.gazetteer_build import (DERIVED_SOURCES, FORMAT_VERSION, MAX_NAME_WORDS,
                                               _build_claim, build_index, cache_dir, index_path)
from wirecoder.lexicon.gazetteer_files import SUPPLEMENT_COLUMNS
from wirecoder.lexicon.placenames import _haversine_km, _hash64, normalise

# a leading Arabic article joined by a hyphen: "al-Quneitra", "Al-Raqqa", "ad-Dawr"
_ARTICLE_PREFIX = re.compile(r"(?:al|el|an|ar|as|ash|at|ad|adh|az|ath)[-‐]\w", re.IGNORECASE).match

if TYPE_CHECKING:
    from wirecoder.record.model import Place

__all__ = ["DERIVED_SOURCES", "FORMAT_VERSION", "MAX_NAME_WORDS", "SUPPLEMENT_COLUMNS", "Gazetteer",
           "GeoEntry", "build_index", "cache_dir", "distance_km", "index_path", "inside", "normalise"]

log = logging.getLogger(__name__)

CANDIDATE_CACHE_SIZE = 16_384


@dataclass(frozen=True, slots=True)
class GeoEntry:
    """One place of the gazetteer."""

    geonameid: int | None
    name: str
    lat: float
    lon: float
    country: str | None  # ISO 3166-1 alpha-3
    admin1: str | None  # name of the first-level division, where known
    feature: str  # GeoNames class.code: "P.PPLC", "P.PPL", "A.PCLI", "A.ADM1", "L.RGN", ...
    population: int
    source: str  # "geonames", "pycountry", "wirecoder-supplement", "user:<file>"
    curated: bool = False  # a hand-made list (the supplement, a user's file) gave it the name looked up


def distance_km(a: GeoEntry, b: GeoEntry) -> float:
    """Great-circle distance between two entries."""
    return _haversine_km(a.lat, a.lon, b.lat, b.lon)


# Resolution weights, in log-odds: a factor of 10 in population is worth 2, being in the
# article's first country 6, lying next to another place of the article up to 5.
_FEATURE_WEIGHT = {"A.PCLI": 6.0, "L.CONT": 6.0, "H.OCN": 6.0, "A.ADM1": 4.0, "L.RGN": 4.0, "P.PPLC": 3.5,
                   "A.ADM2": 2.5,
                   "S.AIRP": 5.0}  # an airport is known far beyond its (zero) population: "Heathrow"
_CLASS_WEIGHT = {"P": 1.0, "A": 2.5, "S": 4.0, "L": 4.0, "H": 4.0, "T": 4.0}
_POPULATION_WEIGHT = 2.0
_COUNTRY_WEIGHT = 6.0
_NEAR_WEIGHT, _NEAR_KM = 5.0, 200.0
_CURATED_WEIGHT = 4.0  # a name wirecoder's supplement (or a user) gave a place, as news uses it
# ... and when it is the own name of a landmark, which has no population to weigh: "White House"
# is the building in Washington, whatever the size of Casablanca, which a GeoNames translation
# also calls so
_CURATED_OWN_NAME_WEIGHT = 8.0
_CURATED_OTHER_NAME_WEIGHT = 3.0
# a city's own name beats another place's alternate name of the same size or a little larger:
# "Salem" is the Indian or the American city before it is an old name of Jerusalem (but a small
# town's own name does not: "Medina" is the Saudi city, not Medina, Ohio)
_ALTERNATE_NAME_PENALTY, _OWN_NAME_POPULATION = 3.0, 50_000
_COLUMNS = "e.geonameid, e.name, e.lat, e.lon, e.country, e.admin1, e.feature, e.population, e.source"


class Gazetteer:
    """Place-name lookups on a built index: quick to load, small in memory, shareable by threads."""

    _loaded: dict[Path, Gazetteer] = {}
    _load_lock = threading.Lock()

    def __init__(self, path: Path, extra_files: tuple[Path, ...] = ()):
        self.path = path
        self._extra_files = extra_files
        self._con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True,
                                    check_same_thread=False)
        self._lock = threading.Lock()
        meta = dict(self._con.execute("SELECT key, value FROM meta"))
        if meta.get("format") != str(FORMAT_VERSION):
            raise sqlite3.DatabaseError(f"{path}: not a gazetteer index of format {FORMAT_VERSION}")
        self.max_words: int = int(meta["max_words"])
        self._hashes = array.array("q")
        self._hashes.frombytes(meta["name_hashes"])
        self._common = frozenset(meta["common_names"].split("\n"))
        self._countries: dict[str, GeoEntry] | None = None
        self._lookup = lru_cache(maxsize=CANDIDATE_CACHE_SIZE)(self._query)

    @classmethod
    def load(cls, extra_files: Sequence[str | Path] = ()) -> Gazetteer:
        """The gazetteer for the shipped data plus ``extra_files``; built on first use, then
        opened once per process."""
        files = tuple(Path(f).resolve() for f in extra_files)
        path = index_path(files)
        with cls._load_lock:
            if path not in cls._loaded:
                if not path.exists():
                    with _build_claim(path):  # other processes wait rather than build it too
                        if not path.exists():
                            build_index(path, files)
                try:
                    os.utime(path)  # used now: the cache keeps the indexes used last
                except OSError:
                    pass
                try:
                    cls._loaded[path] = cls(path, files)
                except sqlite3.DatabaseError as exc:  # damaged file: build it again, once
                    log.warning("rebuilding the gazetteer index: %s", exc)
                    cls._loaded[path] = cls(build_index(path, files), files)
            return cls._loaded[path]

    def __reduce__(self):
        return (Gazetteer.load, (self._extra_files,))

    def is_known(self, name: str) -> bool:
        """Whether this is a place name at all (cheap enough for every n-gram of a sentence)."""
        return self._key(name) is not None

    def candidates(self, name: str) -> list[GeoEntry]:
        """Every place called ``name``: countries first, then divisions, then by population."""
        key = self._key(name)
        return list(self._lookup(key)) if key is not None else []

    def _key(self, name: str) -> str | None:
        """The index key a name is known under: its normal form, or that form without the Arabic
        article news writes with a hyphen ("al-Quneitra", "Al-Raqqa": Quneitra, Raqqa)."""
        norm = normalise(name)
        if self._has(norm):
            return norm
        if _ARTICLE_PREFIX(name):
            rest = norm.partition(" ")[2]
            return rest if rest and self._has(rest) else None
        return None

    def _has(self, norm: str) -> bool:
        h = _hash64(norm)
        i = bisect.bisect_left(self._hashes, h)
        return i < len(self._hashes) and self._hashes[i] == h

    def _query(self, norm: str) -> tuple[GeoEntry, ...]:
        with self._lock:
            rows = self._con.execute(
                f"SELECT {_COLUMNS}, n.curated FROM name n JOIN entry e ON e.id = n.entry WHERE n.norm = ? "
                "ORDER BY e.tier DESC, e.population DESC, e.id", (norm,)).fetchall()
        return tuple(GeoEntry(*row[:-1], curated=bool(row[-1])) for row in rows)

    def country(self, alpha3: str) -> GeoEntry | None:
        """The country entry for an ISO 3166-1 alpha-3 code."""
        if self._countries is None:
            with self._lock:
                rows = self._con.execute(f"SELECT {_COLUMNS} FROM entry e WHERE e.feature = 'A.PCLI'")
                self._countries = {r[4]: GeoEntry(*r) for r in rows.fetchall()}
        return self._countries.get(alpha3.upper())

    def resolve(self, name: str, countries: Sequence[str] = (), near: Sequence[GeoEntry] = (),
                container: bool = False, within: GeoEntry | None = None) -> tuple[GeoEntry, float] | None:
        """The place ``name`` most likely means in an article about ``countries`` (alpha-3, most
        relevant first) that also names the places ``near``, with a confidence in [0, 1]. A
        ``container`` (the "New York" of "Westchester County, New York") is a country or a
        division when the name has one; a place named ``within`` a division or country ("Paris,
        Texas") is one of that division's or country's when it has one."""
        found = self.candidates(name)
        if not found:
            return None
        if within is not None:
            found = [e for e in found if inside(e, within)] or found
        if container:
            divisions = [e for e in found if e.feature.startswith("A.")] or [
                e for e in self.candidates(f"{name} state") if e.feature == "A.ADM1"]  # New York, Washington
            found = divisions or found
        norm = normalise(name)
        context = _Context.of(countries, near, norm)
        scores = [context.score(e) for e in found]
        if any(e.population >= _OWN_NAME_POPULATION and normalise(e.name) == norm for e in found):
            scores = [s - _ALTERNATE_NAME_PENALTY if not e.curated and normalise(e.name) != norm else s
                      for s, e in zip(scores, found)]
        best = max(range(len(found)), key=scores.__getitem__)
        share = 1.0 / sum(math.exp(s - scores[best]) for s in scores)
        confidence = share * (0.5 + 0.5 * context.prominence(found[best]))
        if normalise(name) in self._common:
            confidence *= 0.6
        return found[best], round(min(confidence, 1.0), 3)

    def explain(self, name: str, countries: Sequence[str] = (),
                near: Sequence[GeoEntry] = ()) -> list[dict]:
        """The candidates for ``name`` with their fields and scores, best first (for the CLI)."""
        context = _Context.of(countries, near, normalise(name))
        rows = [asdict(e) | {"score": round(context.score(e), 3)} for e in self.candidates(name)]
        return sorted(rows, key=lambda r: -r["score"])


def inside(entry: GeoEntry | Place, outer: GeoEntry | Place) -> bool:
    """Is the entry in that country, or in that first-level division? (Gazetteer entries or the
    resolved places of a record.)"""
    if entry is outer or not entry.country or entry.country != outer.country:
        return False
    return outer.feature == "A.PCLI" or (outer.feature == "A.ADM1" and entry.admin1 == (outer.admin1 or outer.name))


@dataclass
class _Context:
    """What an article tells about where its places are: its countries and its other places."""

    countries: tuple[str, ...]
    near_countries: frozenset[str]
    points: tuple[GeoEntry, ...]
    name: str = ""  # the name being resolved, normalised

    @classmethod
    def of(cls, countries: Sequence[str], near: Sequence[GeoEntry], name: str = "") -> _Context:
        points = tuple(e for e in near if e.feature not in ("A.PCLI", "L.CONT"))
        return cls(tuple(countries), frozenset(e.country for e in near if e.country), points, name)

    def nearest_km(self, entry: GeoEntry) -> float:
        return min((distance_km(entry, p) for p in self.points if p != entry), default=math.inf)

    def score(self, entry: GeoEntry) -> float:
        """Log-weight of a candidate: feature class and size, then the article's evidence."""
        s = _FEATURE_WEIGHT.get(entry.feature, _CLASS_WEIGHT.get(entry.feature[:1], 1.0))
        s += _POPULATION_WEIGHT * math.log10(entry.population + 1)
        if entry.curated:
            s += _CURATED_WEIGHT
            if entry.population == 0 and self.name and normalise(entry.name) == self.name:
                s += _CURATED_OWN_NAME_WEIGHT  # a landmark: no population to speak for it
            elif entry.population == 0:
                s += _CURATED_OTHER_NAME_WEIGHT  # ... by another name news gives it ("Maidan")
        if entry.country in self.countries:
            s += _COUNTRY_WEIGHT * 0.8 ** self.countries.index(entry.country)
        elif entry.country in self.near_countries:
            s += _COUNTRY_WEIGHT / 3
        if self.points:
            s += _NEAR_WEIGHT * math.exp(-self.nearest_km(entry) / _NEAR_KM)
        return s

    def prominence(self, entry: GeoEntry) -> float:
        """How plausible the winner is on its own: a country or a big city is, and so is a small
        town in one of the article's countries or near its other places; a village is less so."""
        p = max(_FEATURE_WEIGHT.get(entry.feature, 0.0) / 6, math.log10(entry.population + 1) / 6.5)
        if entry.curated:
            p = max(p, 0.8)
        if entry.country in self.countries or (self.points and self.nearest_km(entry) <= 100):
            p = max(p, 0.85)
        return min(p, 1.0)
