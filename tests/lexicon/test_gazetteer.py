"""The offline gazetteer: names, resolution, user files, and the index build (``gz``)."""

from __future__ import annotations

import csv
import os
import pickle
import sqlite3
import subprocess
import sys
import threading
import time
from importlib import resources
from pathlib import Path

import pytest

from wirecoder.errors import ConfigError
from wirecoder.lexicon import gazetteer_build as gz
from wirecoder.lexicon.gazetteer import SUPPLEMENT_COLUMNS, Gazetteer, GeoEntry, distance_km, normalise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paris", "paris"),
        ("the U.S.", "us"),
        ("The Hague", "hague"),
        ("Côte d’Ivoire", "cote divoire"),
        ("Côte d'Ivoire", "cote divoire"),
        ("Sana'a", "sanaa"),
        ("Bosnia-Herzegovina", "bosnia herzegovina"),
        ("Bosnia–Herzegovina", "bosnia herzegovina"),
        ("St. Louis", "saint louis"),
        ("Trinidad & Tobago", "trinidad and tobago"),
        ("  New   York ", "new york"),
        ("Łódź", "lodz"),
        ("Washington, D.C.", "washington dc"),
        ("the", "the"),
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_distance_km() -> None:
    paris = GeoEntry(None, "Paris", 48.8534, 2.3488, "FRA", None, "P.PPLC", 0, "test")
    london = GeoEntry(None, "London", 51.5085, -0.1257, "GBR", None, "P.PPLC", 0, "test")
    assert distance_km(paris, london) == pytest.approx(344, abs=5)
    assert distance_km(paris, paris) == 0


@pytest.mark.parametrize(
    ("name", "countries", "near", "country", "feature", "admin1"),
    [
        ("Paris", (), (), "FRA", "P.PPLC", "Île-de-France"),
        ("Paris", ("USA",), ("Dallas",), "USA", "P.PPL", "Texas"),
        # a city's own name before another's old name; but not a small town's
        ("Salem", (), (), "IND", "P.PPL", "Tamil Nadu"),
        ("Medina", (), (), "SAU", "P.PPL", "Al Madīnah al Munawwarah"),
        ("Mosul", (), (), "IRQ", "P.PPL", "Nineveh"),
        ("Nineveh", (), (), "IRQ", "A.ADM1", "Nineveh"),
        ("Nineveh province", (), (), "IRQ", "A.ADM1", "Nineveh"),
        ("Syria", (), (), "SYR", "A.PCLI", None),
        ("US", (), (), "USA", "A.PCLI", None),
        ("U.S.", (), (), "USA", "A.PCLI", None),
        ("United States", (), (), "USA", "A.PCLI", None),
        ("Britain", (), (), "GBR", "A.PCLI", None),
        ("Rafah crossing", (), (), "PSE", "S.PSTB", "Gaza Strip"),
        ("Gaza", (), (), "PSE", "A.ADM1", "Gaza Strip"),
        ("Kharkiv region", (), (), "UKR", "A.ADM1", "Kharkiv Oblast"),
        ("Helmand", (), (), "AFG", "A.ADM1", "Helmand"),
        ("Bavaria", (), (), "DEU", "A.ADM1", "Bavaria"),
        ("Texas", (), (), "USA", "A.ADM1", "Texas"),
        ("Georgia", (), (), "GEO", "A.PCLI", None),
        ("Georgia", ("USA",), ("Atlanta",), "USA", "A.ADM1", "Georgia"),
        ("Washington", ("USA",), ("Seattle",), "USA", "A.ADM1", "Washington"),
        ("Tripoli", ("LBN",), (), "LBN", "P.PPL", "North Lebanon"),
        ("Africa", (), (), None, "L.CONT", None),
        # a landmark by its own name, not the city a translation also calls so (Casablanca)
        ("White House", (), (), "USA", "S.BLDG", "District of Columbia"),
        # the places news means by names GeoNames also gives others; a spelling the supplement adds
        # to a place does not make every other name of it hand-picked ("Belém" stays the city in
        # Brazil, though GeoNames also calls Bethlehem so)
        ("Bethlehem", (), (), "PSE", "P.PPL", "West Bank"),
        ("Belém", (), (), "BRA", "P.PPL", "Pará"),
        ("Nazareth", (), (), "ISR", "P.PPL", "Northern District"),
        ("Odessa", (), (), "UKR", "P.PPL", "Odesa Oblast"),
        ("Oklahoma", (), (), "USA", "A.ADM1", "Oklahoma"),  # not Oklahoma City, which GeoNames also calls so
        # second-level subdivisions sit at their county town, inside their first-level one
        ("Kent", ("GBR",), (), "GBR", "A.ADM2", "England"),
        ("Oxfordshire", (), (), "GBR", "A.ADM2", "England"),
        ("Kent", ("USA",), (), "USA", "P.PPL", "Washington"),
        ("Bouches-du-Rhône", (), (), "FRA", "A.ADM2", "Provence-Alpes-Côte d'Azur"),
        # first-level subdivisions no GeoNames city is named after
        ("Gelderland", (), (), "NLD", "A.ADM1", "Gelderland"),
        ("Attica", ("GRC",), (), "GRC", "A.ADM1", "Attica"),
        # Indonesia's provinces are first-level; the islands that group them are regions
        ("Banten", (), (), "IDN", "A.ADM1", "Banten"),
        ("Sulawesi", (), (), "IDN", "L.RGN", None),
        # a first-level division does not take a big city's name, unless it dwarfs the city
        ("Manchester", (), (), "GBR", "P.PPL", "England"),
        ("Manchester Parish", (), (), "JAM", "A.ADM1", "Manchester"),
        ("Savannah", (), (), "USA", "P.PPL", "Georgia"),
        ("Savannah Region", (), (), "GHA", "A.ADM1", "Savannah"),
        ("Victoria", (), (), "AUS", "A.ADM1", "Victoria"),
        ("Meta Department", (), (), "COL", "A.ADM1", "Meta"),
        # names news uses for countries, regions and oceans ("Siberia" is not the Mexican town)
        ("Republic of Ireland", (), (), "IRL", "A.PCLI", None),
        ("Somaliland", (), (), "SOM", "L.RGN", None),
        ("Siberia", (), (), "RUS", "L.RGN", None),
        ("Atlantic", (), (), None, "H.OCN", None),
        # a landmark by another name news gives it, not a town of that name
        ("Maidan", (), (), "UKR", "S.SQR", "Kyiv"),
        ("Kennedy Space Center", (), (), "USA", "S.INSM", "Florida"),
    ],
)
def test_resolve(gazetteer: Gazetteer, name, countries, near, country, feature, admin1) -> None:
    near_entries = [gazetteer.resolve(n)[0] for n in near]
    entry, confidence = gazetteer.resolve(name, countries=countries, near=near_entries)
    assert (entry.country, entry.feature, entry.admin1) == (country, feature, admin1)
    assert 0.0 <= confidence <= 1.0


def test_kyiv_and_kiev_are_one_place(gazetteer: Gazetteer) -> None:
    kyiv, _ = gazetteer.resolve("Kyiv")
    kiev, _ = gazetteer.resolve("Kiev")
    assert kyiv.geonameid == kiev.geonameid == 703448
    assert kyiv.feature == "P.PPLC"


@pytest.mark.parametrize("name", ["Police", "Obama", "Hamas", "Man", "Of", "Gap", "said", "Taliban", "Meta", "Coast"])
def test_common_words_and_people_are_not_places(gazetteer: Gazetteer, name: str) -> None:
    assert not gazetteer.is_known(name)
    assert gazetteer.resolve(name) is None


@pytest.mark.parametrize(("name", "country"), [("Reading", "GBR"), ("Nice", "FRA"), ("Split", "HRV")])
def test_cities_named_like_words_resolve_with_low_confidence(gazetteer, name, country) -> None:
    entry, confidence = gazetteer.resolve(name)
    assert entry.country == country and entry.population >= 50_000
    assert confidence <= 0.6


def test_confidence_is_higher_for_a_clear_winner(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Syria")[1] > 0.95
    assert gazetteer.resolve("Springfield")[1] < 0.5  # dozens of US towns, no context


def test_candidates_come_countries_first(gazetteer: Gazetteer) -> None:
    found = gazetteer.candidates("Georgia")
    assert [e.feature for e in found[:2]] == ["A.PCLI", "A.ADM1"]
    paris = gazetteer.candidates("paris")
    assert paris[0].country == "FRA"
    assert [e.population for e in paris] == sorted((e.population for e in paris), reverse=True)
    assert gazetteer.candidates("Xqzzy") == []


def test_country_lookup(gazetteer: Gazetteer) -> None:
    assert gazetteer.country("SYR").name == "Syria"
    assert gazetteer.country("usa").geonameid == 6252001
    assert gazetteer.country("XXX") is None


def test_explain_lists_candidates_with_fields_and_scores(gazetteer: Gazetteer) -> None:
    rows = gazetteer.explain("Paris")
    assert rows[0]["country"] == "FRA" and rows[0]["geonameid"] == 2988507
    assert {"name", "lat", "lon", "feature", "population", "source", "score"} <= rows[0].keys()
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)


def test_max_words_bounds_ngrams(gazetteer: Gazetteer) -> None:
    assert 4 <= gazetteer.max_words <= gz.MAX_NAME_WORDS + 1


def test_user_file_adds_places(gazetteer: Gazetteer) -> None:
    entry, confidence = gazetteer.resolve("Minas Tirith")
    assert (entry.name, entry.source, entry.lat) == ("Minas Tirith", "user:places.csv", 44.5)
    assert gazetteer.resolve("the White City of Gondor")[0] == entry
    assert confidence > 0.8


BAD_FILES = [
    ("name,lat,lon\nX,1,2\n", 1, "expected the header"),
    ("{h}\nGood,,1,2,FRA,,P.PPL,0,\nBad,,1,2,FRA,,P.PPL,0\n", 3, "expected 9 columns"),
    ("{h}\nBad,,north,2,FRA,,P.PPL,0,\n", 2, "lat 'north' is not a number"),
    ("{h}\nBad,,95,2,FRA,,P.PPL,0,\n", 2, "out of range"),
    ("{h}\nBad,,1,,FRA,,P.PPL,0,\n", 2, "both lat and lon"),
    ("{h}\n# a comment\nBad,,1,2,XYZ,,P.PPL,0,\n", 3, "unknown country"),
    ("{h}\nBad,,1,2,FRA,,city,0,\n", 2, "not a GeoNames class.code"),
    ("{h}\n,,1,2,FRA,,P.PPL,0,\n", 2, "name is empty"),
    ("{h}\nBad,,1,2,FRA,,P.PPL,many,\n", 2, "population 'many'"),
]


@pytest.mark.parametrize(("content", "line", "reason"), BAD_FILES)
def test_malformed_user_file_names_file_and_line(tmp_path, gazetteer_cache, content, line, reason):
    bad = tmp_path / "mine.csv"
    bad.write_text(content.format(h=",".join(SUPPLEMENT_COLUMNS)), encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        gz.build_index(tmp_path / "index.sqlite", [bad])
    assert f"mine.csv:{line}: " in str(error.value)
    assert reason in str(error.value)
    assert not list(tmp_path.glob("*.sqlite*"))


def test_missing_user_file_is_a_config_error(tmp_path, gazetteer_cache) -> None:
    with pytest.raises(ConfigError, match="absent.csv"):
        Gazetteer.load([tmp_path / "absent.csv"])


def test_index_path_follows_cache_dir_and_inputs(tmp_path, gazetteer_cache, user_places) -> None:
    assert gz.index_path().parent == gazetteer_cache
    mine = tmp_path / "mine.csv"
    mine.write_text(",".join(SUPPLEMENT_COLUMNS) + "\n", encoding="utf-8")
    first = gz.index_path([mine])
    mine.write_text(mine.read_text() + "Here,,1,2,,,P.PPL,0,\n", encoding="utf-8")
    assert gz.index_path([mine]) != first != gz.index_path()
    assert gz.index_path([user_places]) == gz.index_path([str(user_places)])


def test_load_is_once_per_process_and_survives_pickling(gazetteer, user_places) -> None:
    assert Gazetteer.load([user_places]) is gazetteer
    assert pickle.loads(pickle.dumps(gazetteer)) is gazetteer


def test_opening_an_index_is_quick(gazetteer: Gazetteer) -> None:
    started = time.perf_counter()
    fresh = Gazetteer(gazetteer.path)
    assert time.perf_counter() - started < 0.5
    assert fresh.is_known("Mosul") and not fresh.is_known("Minas Morgul")


def test_concurrent_builds_leave_one_valid_file(tmp_path, monkeypatch) -> None:
    """Builders race to the same path; readers only ever see a whole index."""
    def few_places(self, extra_files):
        time.sleep(0.05)
        return [gz._Place(f"Place {i}", i, i, "FRA", "P.PPL", i, "test", names={f"place {i}"})
                for i in range(1, 2000)]

    monkeypatch.setattr(gz._Sources, "collect", few_places)
    target = tmp_path / "gazetteer.sqlite"
    seen, stop = [], threading.Event()

    def read_while_building() -> None:
        while not stop.is_set():
            if target.exists():
                with sqlite3.connect(target) as con:
                    seen.append(con.execute("SELECT count(*) FROM entry").fetchone()[0])

    reader = threading.Thread(target=read_while_building)
    reader.start()
    builders = [threading.Thread(target=gz.build_index, args=(target,)) for _ in range(4)]
    for b in builders:
        b.start()
    for b in builders:
        b.join()
    stop.set()
    reader.join()
    assert [p.name for p in tmp_path.iterdir()] == ["gazetteer.sqlite"]
    assert set(seen) <= {1999}
    assert Gazetteer(target).resolve("Place 7")[0].population == 7


def test_a_new_index_keeps_only_the_few_used_last_beside_it(tmp_path, monkeypatch) -> None:
    """Every change to the data builds a new index of about 34 MB; the cache folder must not grow
    with each one."""
    monkeypatch.setattr(gz._Sources, "collect", lambda self, extra_files: [
        gz._Place("Place 1", 1, 1, "FRA", "P.PPL", 1, "test", names={"place 1"})])
    old = [tmp_path / f"gazetteer-v1-old{k}.sqlite" for k in range(6)]
    for k, path in enumerate(old):
        path.write_bytes(b"old index")
        os.utime(path, (1_000_000 + k, 1_000_000 + k))  # old5 used last
    (tmp_path / "notes.txt").write_text("not an index", encoding="utf-8")
    gz.build_index(tmp_path / "gazetteer-v1-new.sqlite")
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == ["gazetteer-v1-new.sqlite", "gazetteer-v1-old3.sqlite", "gazetteer-v1-old4.sqlite",
                    "gazetteer-v1-old5.sqlite", "notes.txt"]


FAKE_BUILD = """
import sys, time
from wirecoder.lexicon import gazetteer_build as gz
def few_places(self, extra_files):
    time.sleep(0.2)
    return [gz._Place(f"Place {i}", i, i, "FRA", "P.PPL", i, "test", names={f"place {i}"})
            for i in range(1, 2000)]
gz._Sources.collect = few_places
gz.build_index(sys.argv[1])
"""


def test_concurrent_build_processes_leave_one_valid_file(tmp_path) -> None:
    target = tmp_path / "gazetteer.sqlite"
    runs = [subprocess.Popen([sys.executable, "-c", FAKE_BUILD, str(target)]) for _ in range(3)]
    assert [run.wait(timeout=60) for run in runs] == [0, 0, 0]
    assert [p.name for p in tmp_path.iterdir()] == ["gazetteer.sqlite"]
    assert Gazetteer(target).resolve("Place 1999")[0].population == 1999


def _shipped_rows(name: str) -> list[dict]:
    text = (resources.files("wirecoder.data") / "places" / name).read_text(encoding="utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


def test_every_supplement_row_is_in_the_gazetteer(gazetteer: Gazetteer) -> None:
    for row in _shipped_rows("supplement.csv"):
        found = gazetteer.candidates(row["name"])
        assert any(e.country == (row["country"] or None) for e in found), row["name"]


def test_every_english_division_name_is_placed(gazetteer: Gazetteer) -> None:
    import pycountry

    with sqlite3.connect(gazetteer.path) as con:
        placed = set(con.execute("SELECT name, country FROM entry WHERE feature IN ('A.ADM1', 'A.ADM2', 'L.RGN')"))
    for row in _shipped_rows("divisions.csv"):
        alpha3 = pycountry.countries.get(alpha_2=row["code"][:2]).alpha_3
        assert (row["name"], alpha3) in placed, row["code"]


def test_stop_names_file_parses(gazetteer: Gazetteer) -> None:
    stops = gz._StopNames.read()
    assert {"man", "city", "north"} <= stops.never
    assert {"police", "obama", "reading"} <= stops.common
    assert Path(gazetteer.path).stat().st_size > 10_000_000


def test_public_api_is_importable_from_the_lookup_module() -> None:
    """The build, its files and the names live in their own modules; callers keep importing
    from ``gazetteer``."""
    from wirecoder.lexicon import gazetteer, gazetteer_files, placenames

    for name in ("build_index", "index_path", "cache_dir", "MAX_NAME_WORDS", "FORMAT_VERSION"):
        assert getattr(gazetteer, name) is getattr(gz, name)
    assert gazetteer.normalise is placenames.normalise
    assert gazetteer.SUPPLEMENT_COLUMNS is gazetteer_files.SUPPLEMENT_COLUMNS
    assert {"Gazetteer", "GeoEntry", "distance_km"} <= set(gazetteer.__all__)
