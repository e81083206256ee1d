"""The actor lexicon: words that name actors, with their PLOVER country and sector.

Countries and their adjectives, capitals and seats of government (metonymy: "Moscow said"),
international organisations, armed and political groups, officeholders with their terms, and
agent nouns ("troops", "minister"). The shipped CSV files live in ``wirecoder/data/actors``
(see the NOTICE there); users add their own CSV files with the same columns.

Which entry comes first when several share a phrase: user files, then wirecoder's hand-written
files, then the country/capital file, then the converted Phoenix dictionaries; within a layer,
entries in force on the given date before undated ones, then specific kinds before general ones.

``lookup`` ignores case (it serves the CLI and names already found). ``match`` scans raw tokens,
so it applies two case rules that keep ordinary words from turning into actors: a name (any kind
but ``agent``) needs a capital letter somewhere in the matched words ("turkey" is a bird), and a
short acronym of at most three letters written in capitals in the lexicon ("US", "WHO", "IS")
only matches words written in capitals.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

from wirecoder.collector import paused
from wirecoder.errors import ConfigError
from wirecoder.record.ontology import SECTORS, SPECIAL_ACTOR_CODES

COLUMNS = ("phrase", "name", "country", "sector", "kind", "start", "end", "source")
# best first: a person or a named seat says more than a country name or an agent noun
KINDS = ("person", "seat", "capital", "group", "organisation", "region", "country", "adjective",
         "ethnicity", "agent")
_KIND_RANK = {kind: rank for rank, kind in enumerate(KINDS)}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

# layers: user files (0) outrank wirecoder's hand-written files (1), which outrank the generated
# country/capital file (2) and the converted Phoenix dictionaries (3)
_USER, _WIRECODER, _GENERATED, _PHOENIX = range(4)


@dataclass(frozen=True)
class ActorEntry:
    """One reading of a phrase: who it names, as PLOVER country + sector."""

    phrase: str
    name: str
    country: str | None
    sector: str | None
    kind: str
    start: str | None = None
    end: str | None = None
    source: str = ""


# ---------------------------------------------------------------------------------------------
# Normalising phrases

_FOLD = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ı": "i",
                       "ə": "e", "þ": "th", "ð": "d", "ħ": "h"})
_PUNCT = str.maketrans(
    {**{c: " " for c in "-‐‑‒–—―−_/\\,;:()[]{}\"“”„«»!?*|"},
     **{c: "'" for c in "’‘`´ʼʻ′"}, ".": "", "&": " and "}
)
_POSSESSIVE = re.compile(r"'s\b|(?<=s)'(?=\s|$)")
# Keys that name an actor only after "the": "the West" is a bloc, "West" alone a surname.
NEEDS_THE = frozenset({"west"})


def _fold(text: str) -> str:
    """Lowercase, accents off, punctuation to spaces, possessives dropped, spaces collapsed."""
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
        text = text.lower().translate(_FOLD)
    else:
        text = text.lower()
    text = text.translate(_PUNCT)
    if "'" in text:
        text = _POSSESSIVE.sub("", text).replace("'", " ")
    return " ".join(text.split())


def normalise(phrase: str) -> str:
    """The lookup key of a phrase: ``the Élysée's`` -> ``elysee``, ``al-Qaeda`` -> ``al qaeda``."""
    text = _fold(phrase)
    return text[4:] if text.startswith("the ") else text


_token_key = lru_cache(maxsize=100_000)(_fold)
LOOKUP_CACHE_SIZE = 100_000


def _is_acronym(phrase: str) -> bool:
    """Short capitals such as US, U.N. or WHO, which in lower case are ordinary words."""
    letters = phrase.replace(".", "")
    return len(letters) <= 3 and letters.isalpha() and letters.isupper()


# ---------------------------------------------------------------------------------------------
# Reading CSV files

# A stored row is the list of its eight columns. Which file and line it came from is kept per
# file (``_File``), not per row: loading time goes into per-row work.
Row = list
_PLAIN = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*")


def _check(values: list[str], where: str) -> str:
    """The normalised phrase of a row; ConfigError naming file and line when the row is bad."""
    if len(values) != len(COLUMNS):
        raise ConfigError(f"{where}: expected {len(COLUMNS)} columns ({','.join(COLUMNS)}), "
                          f"found {len(values)}")
    phrase, _name, country, sector, kind, start, end, _source = values
    key = normalise(phrase)
    if not key:
        raise ConfigError(f"{where}: empty phrase")
    if kind not in _KIND_RANK:
        raise ConfigError(f"{where}: unknown kind {kind!r} (one of {', '.join(KINDS)})")
    if sector and sector not in SECTORS:
        raise ConfigError(f"{where}: unknown sector {sector!r}")
    if country and not (len(country) == 3 and country.isalpha() and country.isupper()):
        raise ConfigError(f"{where}: country must be a three-letter code like RUS or "
                          f"{SPECIAL_ACTOR_CODES[0]}, not {country!r}")
    for value in (start, end):
        if value and not _valid_date(value):
            raise ConfigError(f"{where}: {value!r} is not a date (YYYY-MM-DD)")
    if start and end and start > end:
        raise ConfigError(f"{where}: start {start} is after end {end}")
    return key


def _valid_date(value: str) -> bool:
    if not _ISO_DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _add(rows: list[Row], index: dict[str, list[int]], key: str, values: list[str]) -> None:
    bucket = index.get(key)
    if bucket is None:
        index[key] = [len(rows)]
    else:
        bucket.append(len(rows))
    rows.append(values)


def _data_lines(text: str, label: str) -> list[str]:
    """The lines after the header, which must name the columns."""
    lines = text.lstrip("\ufeff").splitlines()
    header = next(csv.reader(lines[:1]), None)
    if header is None or tuple(h.strip() for h in header) != COLUMNS:
        raise ConfigError(f"{label}:1: the header must be {','.join(COLUMNS)}")
    return lines[1:]


def _parse_checked(text: str, label: str, rows: list[Row], index: dict[str, list[int]]) -> list[int]:
    """Append a user file's rows, each checked; returns the line number of each row."""
    reader = csv.reader(_data_lines(text, label))
    line_numbers = []
    for values in reader:
        if not values or (len(values) == 1 and not values[0].strip()):
            continue
        line = reader.line_num + 1
        _add(rows, index, _check(values, f"{label}:{line}"), values)
        line_numbers.append(line)
    return line_numbers


def _parse_shipped(text: str, label: str, rows: list[Row], index: dict[str, list[int]]) -> None:
    """Append a shipped file's rows unchecked (the tests check those files): the fast path.

    Shipped files hold one row per line with no blank lines, so row n is on line n + 2.
    """
    plain, reader = _PLAIN.fullmatch, csv.reader
    for line in _data_lines(text, label):
        values = line.split(",") if '"' not in line else next(reader((line,)))
        key = values[0]
        if not plain(key) or key.startswith("the "):
            key = normalise(key)
        _add(rows, index, key, values)


def _shipped_layer(filename: str) -> int:
    if filename.startswith("wirecoder_"):
        return _WIRECODER
    if filename.startswith("phoenix_"):
        return _PHOENIX
    return _GENERATED


def _shipped_files() -> Iterator[tuple[str, str, int]]:
    """(text, label, layer) of each CSV file shipped in wirecoder/data/actors."""
    folder = resources.files("wirecoder.data").joinpath("actors")
    for item in sorted(folder.iterdir(), key=lambda t: t.name):
        if item.name.endswith(".csv"):
            yield item.read_text(encoding="utf-8"), f"actors/{item.name}", _shipped_layer(item.name)


def _user_files(paths: Iterable[str | Path]) -> Iterator[tuple[str, str, int]]:
    for path in paths:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read actor file ({exc})") from exc
        yield text, str(path), _USER


@dataclass(frozen=True)
class _File:
    """Where a run of rows came from: rows ``first`` onwards, until the next file's."""

    label: str
    layer: int
    first: int
    lines: list[int] | None  # line of each row; None: row n is on line n + 2


@dataclass(frozen=True)
class _Tables:
    """What a lexicon is made of: rows, the index over them, and the files they came from."""

    rows: list[Row]
    index: dict[str, list[int]]
    files: list[_File]

    def extended(self, sources: Iterable[tuple[str, str, int]], strict: bool) -> _Tables:
        """A copy with more files; the lists shared with ``self`` are never modified."""
        rows, index, files = list(self.rows), dict(self.index), list(self.files)
        for text, label, layer in sources:
            added: dict[str, list[int]] = {}
            first = len(rows)
            if strict:
                lines = _parse_checked(text, label, rows, added)
            else:
                lines = None
                _parse_shipped(text, label, rows, added)
            files.append(_File(label, layer, first, lines))
            for key, positions in added.items():
                index[key] = index.get(key, []) + positions
        return _Tables(rows, index, files)


@lru_cache(maxsize=1)
def _shipped_tables() -> _Tables:
    """The shipped files, read once per process.

    The garbage collector is paused meanwhile: tens of thousands of new lists would otherwise
    trigger full collections (measured: the pause saves 10-20% of the loading time).
    """
    with paused():
        return _Tables([], {}, []).extended(_shipped_files(), strict=False)


_LOADED: dict[tuple[str, ...], ActorLexicon] = {}


# ---------------------------------------------------------------------------------------------
# The lexicon


def _in_force(row: Row, on: str) -> bool:
    start, end = row[5], row[6]
    return (not start or start <= on) and (not end or on <= end)


def _entry(row: Row) -> ActorEntry:
    phrase, name, country, sector, kind, start, end, source = row
    return ActorEntry(phrase, name or phrase, country or None, sector or None, kind,
                      start or None, end or None, source)


class ActorLexicon:
    """All actor phrases by normalised form, for lookups and longest-match scans over tokens."""

    def __init__(self, tables: _Tables):
        self._rows = tables.rows
        self._index = tables.index
        self._files = tables.files
        self._firsts = [file.first for file in tables.files]
        self.max_words: int = max((key.count(" ") + 1 for key in self._index), default=0)
        # (phrase, day) -> entries: the annotators ask again and again for the same few words
        # ("police", "the government", a country's name), and the entries are frozen
        self._lookups: dict[tuple[str, str | None], tuple[ActorEntry, ...]] = {}

    @classmethod
    def load(cls, extra_files: Sequence[str | Path] = ()) -> ActorLexicon:
        """The shipped files plus ``extra_files`` (same columns), built once per process.

        A malformed extra file raises ConfigError naming the file and line.
        """
        cache_key = tuple(str(path) for path in extra_files)
        lexicon = _LOADED.get(cache_key)
        if lexicon is None:
            tables = _shipped_tables()
            if extra_files:
                tables = tables.extended(_user_files(extra_files), strict=True)
            lexicon = _LOADED[cache_key] = cls(tables)
        return lexicon

    def __len__(self) -> int:
        return len(self._rows)

    def lookup(self, phrase: str, on: str | None = None) -> list[ActorEntry]:
        """Every entry for the phrase, best first.

        With ``on`` (YYYY-MM-DD), entries whose start..end excludes that day are dropped: an
        officeholder out of office, a group before or after it changed role (Taliban: REB, then
        GOV from 2021-08-15). Undated entries always hold.
        """
        found = self._lookups.get((phrase, on))
        if found is None:
            if len(self._lookups) >= LOOKUP_CACHE_SIZE:
                self._lookups.clear()
            ranked = self._ranked(self._positions(phrase), on)
            found = self._lookups[phrase, on] = tuple(_entry(self._rows[pos]) for pos in ranked)
        return list(found)

    def match(self, words: Sequence[str], i: int, on: str | None = None
              ) -> tuple[int, list[ActorEntry]] | None:
        """The longest phrase starting at ``words[i]``: (words used, entries), or None.

        A leading "the" and inner tokens that normalise to nothing ("-", "'s") count towards the
        words used but not towards the phrase.
        """
        first = _token_key(words[i])
        if first != "the" and first not in self._heads:
            return None  # most words start no phrase: answer before building any
        candidates = self._candidates(words, i)
        skip = 1 if candidates and _token_key(words[i]) == "the" else 0
        for n, key in reversed(candidates):
            if key in NEEDS_THE and not skip:
                continue
            rows = [self._rows[pos] for pos in self._ranked(self._index[key], on)]
            rows = _case_filter(rows, words[i + skip:i + n])
            if rows:
                return n, [_entry(row) for row in rows]
        return None

    def explain(self, phrase: str, on: str | None = None) -> list[dict]:
        """``lookup`` with provenance: each entry as a dict with the file and line it came from."""
        layers = ("user", "wirecoder", "generated", "phoenix")
        out = []
        for pos in self._ranked(self._positions(phrase), on):
            file = self._file(pos)
            offset = pos - file.first
            line = file.lines[offset] if file.lines is not None else offset + 2
            out.append({**asdict(_entry(self._rows[pos])), "file": file.label, "line": line,
                        "layer": layers[file.layer]})
        return out

    def _positions(self, phrase: str) -> tuple[int, ...]:
        """The rows of a phrase's key ("West" has none: only "the West" names the bloc)."""
        key = normalise(phrase)
        if key in NEEDS_THE and not _fold(phrase).startswith("the "):
            return ()
        return self._index.get(key, ())

    def _file(self, pos: int) -> _File:
        return self._files[bisect_right(self._firsts, pos) - 1]

    def _ranked(self, positions: Iterable[int], on: str | None) -> list[int]:
        """Positions of the rows in force on ``on`` (all rows without it), best first."""
        rows = self._rows
        if on is None:
            kept = list(positions)
        elif not _valid_date(on):
            raise ValueError(f"on must be a date as YYYY-MM-DD, not {on!r}")
        else:
            kept = [pos for pos in positions if _in_force(rows[pos], on)]
        kept.sort(key=lambda pos: rows[pos][5], reverse=True)  # latest term first among equals
        kept.sort(key=lambda pos: self._order(pos, on))
        return kept

    def _order(self, pos: int, on: str | None) -> tuple[int, int, int]:
        """Layer, then in force (or, without a date, current) before past and undated, then kind."""
        row = self._rows[pos]
        dated = bool(row[5] or row[6])
        if on:
            timing = 0 if dated else 1
        else:
            timing = (0 if not row[6] else 1) if dated else 2
        return (self._file(pos).layer, timing, _KIND_RANK[row[4]])

    @cached_property
    def _heads(self) -> frozenset[str]:
        """The first word of every key."""
        return frozenset(key.split(" ", 1)[0] for key in self._index)

    @cached_property
    def _prefixes(self) -> set[str]:
        """Every proper word prefix of a key, so ``match`` stops as soon as nothing can follow."""
        prefixes: set[str] = set()
        for key in self._index:
            space = key.find(" ")
            while space != -1:
                prefixes.add(key[:space])
                space = key.find(" ", space + 1)
        return prefixes

    def _candidates(self, words: Sequence[str], i: int) -> list[tuple[int, str]]:
        """(words used, key) of every phrase that starts at ``words[i]``, shortest first."""
        found: list[tuple[int, str]] = []
        parts: list[str] = []
        prefixes = self._prefixes
        for j in range(i, len(words)):
            key = _token_key(words[j])
            if not key:
                if not parts:
                    return found
                continue
            if j == i and key == "the":
                continue
            parts.append(key)
            phrase = " ".join(parts)
            if phrase in self._index:
                found.append((j - i + 1, phrase))
            if phrase not in prefixes:
                break
        return found


def _case_filter(rows: list[Row], words: Sequence[str]) -> list[Row]:
    """Drop names matched by lower-case words and acronyms matched by words not in capitals."""
    has_capital = any(c.isupper() for word in words for c in word)
    in_capitals = all(word.isupper() for word in words if any(c.isalpha() for c in word))
    return [row for row in rows
            if (has_capital or row[4] == "agent") and (in_capitals or not _is_acronym(row[0]))]
