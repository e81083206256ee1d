"""The actor lexicon: shipped data, lookups by date, longest match, user files."""

from __future__ import annotations

import csv
from importlib import resources
from pathlib import Path

import pytest

from wirecoder.errors import ConfigError
from wirecoder.lexicon.actors import COLUMNS, KINDS, ActorLexicon, normalise

HEADER = ",".join(COLUMNS)
ACTORS = resources.files("wirecoder.data").joinpath("actors")


@pytest.fixture(scope="module")
def lexicon() -> ActorLexicon:
    return ActorLexicon.load()


@pytest.fixture
def user_csv(tmp_path: Path):
    """Write a user actor file; the argument is its text without the header unless told."""
    def write(body: str, header: str = HEADER, name: str = "mine.csv") -> Path:
        path = tmp_path / name
        path.write_text(f"{header}\n{body}\n" if header else f"{body}\n", encoding="utf-8")
        return path
    return write


def best(lexicon: ActorLexicon, phrase: str, on: str | None = None) -> tuple:
    entries = lexicon.lookup(phrase, on=on)
    assert entries, f"no entry for {phrase!r}"
    return entries[0].country, entries[0].sector, entries[0].kind


@pytest.mark.parametrize(
    "phrase, on, expected",
    [
        ("Moscow", None, ("RUS", "GOV", "capital")),
        ("Tallinn", None, ("EST", "GOV", "capital")),
        ("Kiev", None, ("UKR", "GOV", "capital")),
        ("Kyiv", None, ("UKR", "GOV", "capital")),
        ("Brussels", None, ("EUR", None, "seat")),  # in the news the EU's seat more than Belgium's capital
        ("the Kremlin", None, ("RUS", "GOV", "seat")),
        ("Élysée", None, ("FRA", "GOV", "seat")),
        ("the Elysee", None, ("FRA", "GOV", "seat")),
        ("the Pentagon", None, ("USA", "MIL", "seat")),
        ("Capitol Hill", None, ("USA", "LEG", "seat")),
        ("Iraqi", None, ("IRQ", None, "adjective")),
        ("Iraqis", None, ("IRQ", None, "adjective")),
        ("Emirati", None, ("ARE", None, "adjective")),
        ("Filipino", None, ("PHL", None, "adjective")),
        ("Palestinian", None, ("PSE", None, "adjective")),
        ("Burma", None, ("MMR", None, "country")),
        ("Swaziland", None, ("SWZ", None, "country")),
        ("Zaire", None, ("COD", None, "country")),
        ("Kurdish", None, (None, None, "ethnicity")),
        ("Kurds", None, (None, None, "ethnicity")),
        ("NATO", None, ("IGO", None, "organisation")),
        ("UN Security Council", None, ("UNO", None, "organisation")),
        ("UNHCR", None, ("UNO", None, "organisation")),
        ("European Union", None, ("EUR", None, "organisation")),
        ("European Commission", None, ("EUR", None, "organisation")),
        ("Amnesty International", None, ("NGO", None, "organisation")),
        ("Kurdistan Regional Government", None, ("IRQ", "GOV", "region")),
        ("Hezbollah", None, ("LBN", "REB", "group")),
        ("Daesh", None, ("IMG", "REB", "group")),
        ("Wagner Group", None, ("RUS", "PRM", "group")),
        ("Taliban", "2019-06-01", ("AFG", "REB", "group")),
        ("Taliban", "2022-01-01", ("AFG", "GOV", "group")),
        ("Taliban", None, ("AFG", "GOV", "group")),  # without a date: as things stand now
        ("Sergei Lavrov", "2021-03-10", ("RUS", "GOV", "person")),
        ("Vladimir Putin", None, ("RUS", "GOV", "person")),
        ("Mark Rutte", "2020-01-01", ("NLD", "GOV", "person")),
        ("Mark Rutte", "2025-01-01", ("IGO", None, "person")),
        ("Ursula von der Leyen", "2021-01-01", ("EUR", None, "person")),
    ],
)
def test_lookup_best_entry(lexicon, phrase, on, expected):
    assert best(lexicon, phrase, on) == expected


@pytest.mark.parametrize(
    "phrase, sector",
    [
        ("minister", "GOV"), ("ministers", "GOV"), ("diplomats", "GOV"), ("troops", "MIL"),
        ("soldier", "MIL"), ("soldiers", "MIL"), ("police", "COP"), ("rebels", "REB"),
        ("insurgents", "REB"), ("protester", "CVL"), ("protesters", "CVL"), ("activists", "OPP"),
        ("civilians", "CVL"), ("judge", "JUD"), ("lawmakers", "LEG"), ("cleric", "REL"),
        ("journalists", "JRN"), ("refugees", "REF"), ("spokesman", None),
    ],
)
def test_agent_nouns(lexicon, phrase, sector):
    assert best(lexicon, phrase) == (None, sector, "agent")


def test_officeholder_filtered_out_by_date(lexicon):
    entries = lexicon.lookup("Rishi Sunak", on="2015-01-01")
    assert [e.sector for e in entries] == ["ELI"]  # not yet in office: only the undated fallback
    in_office = lexicon.lookup("Rishi Sunak", on="2023-01-01")
    assert (in_office[0].country, in_office[0].sector) == ("GBR", "GOV")
    assert in_office[0].start <= "2023-01-01" <= in_office[0].end


@pytest.mark.parametrize("phrase, on, expected", [
    ("Hassan Nasrallah", "2025-06-01", ("LBN", "REB", "person")),  # after his death, still of Hezbollah
    ("al-Muhandis", "2020-01-08", ("IRQ", "PRM", "person")),
])
def test_a_person_named_after_their_term_keeps_their_country(lexicon, phrase, on, expected):
    assert best(lexicon, phrase, on=on) == expected


def test_current_officeholder_first(lexicon):
    entries = lexicon.lookup("Vladimir Putin", on="2021-03-10")
    assert entries[0].start and not entries[0].end
    assert all(e.end is None or e.end >= "2021-03-10" for e in entries)


def test_bad_date_is_refused(lexicon):
    for _ in range(2):  # every time, not only before the answer is remembered
        with pytest.raises(ValueError):
            lexicon.lookup("Moscow", on="10/03/2021")


def test_a_lookup_answer_is_the_callers_own(lexicon):
    """Answers are remembered between calls: a caller changing its list changes no later answer."""
    first = lexicon.lookup("Moscow", on="2021-03-10")
    expected = list(first)
    first.clear()
    assert lexicon.lookup("Moscow", on="2021-03-10") == expected and expected
    assert lexicon.lookup("Moscow", on="2021-03-10") is not lexicon.lookup("Moscow", on="2021-03-10")


@pytest.mark.parametrize(
    "phrase, key",
    [
        ("the Élysée's", "elysee"),
        ("  The   Kremlin ", "kremlin"),
        ("al-Qaeda", "al qaeda"),
        ("Côte d’Ivoire", "cote d ivoire"),
        ("U.S.", "us"),
        ("Kurdistan Workers' Party", "kurdistan workers party"),
        ("Jonas Gahr Støre", "jonas gahr store"),
        ("Trinidad & Tobago", "trinidad and tobago"),
    ],
)
def test_normalise(phrase, key):
    assert normalise(phrase) == key


@pytest.mark.parametrize(
    "words, i, used, country",
    [
        ("The UN Security Council met".split(), 0, 4, "UNO"),
        ("UN officials met".split(), 0, 1, "UNO"),
        ("al - Qaeda fighters".split(), 0, 3, "IMG"),
        (["Kremlin", "'s", "spokesman"], 0, 1, "RUS"),
        ("US troops".split(), 0, 1, "USA"),
        ("troops of the WHO".split(), 2, 2, "UNO"),
        ("in Turkey today".split(), 1, 1, "TUR"),
        ("Côte d'Ivoire said".split(), 0, 2, "CIV"),
        ("the Liberal Democrats said".split(), 1, 2, "GBR"),  # not the Democrats of the USA
    ],
)
def test_match_longest(lexicon, words, i, used, country):
    found = lexicon.match(words, i)
    assert found is not None
    assert found[0] == used
    assert found[1][0].country == country


@pytest.mark.parametrize(
    "words",
    [["us"], ["who"], ["Who"], ["turkey"], ["the"], [","], ["Tuesday"]],
)
def test_match_leaves_ordinary_words(lexicon, words):
    assert lexicon.match(words, 0) is None


def test_match_agents_in_lower_case(lexicon):
    used, entries = lexicon.match(["troops", "fired"], 0)
    assert used == 1 and entries[0].sector == "MIL"


def test_match_uses_the_date(lexicon):
    _, entries = lexicon.match(["Taliban"], 0, on="2020-01-01")
    assert entries[0].sector == "REB"


def test_explain_names_file_and_line(lexicon):
    rows = lexicon.explain("Moscow")
    assert rows[0]["file"] == "actors/countries.csv" and rows[0]["layer"] == "generated"
    assert {"phrase", "name", "country", "sector", "kind", "start", "end", "source"} <= set(rows[0])
    for row in rows:
        text = (Path(str(ACTORS)) / row["file"].removeprefix("actors/")).read_text(encoding="utf-8")
        assert text.splitlines()[row["line"] - 1].startswith(row["phrase"] + ",")


def test_user_file_adds_actors(user_csv):
    path = user_csv("Gondor,Gondor,GON,,country,,,test\n\n"
                    "Minas Tirith,Gondor,GON,GOV,capital,,,test\n"
                    "Moscow,City of Moscow,RUS,,region,,,test")
    lexicon = ActorLexicon.load([path])
    assert best(lexicon, "Gondor") == ("GON", None, "country")
    assert best(lexicon, "Minas Tirith") == ("GON", "GOV", "capital")
    assert best(lexicon, "Moscow") == ("RUS", None, "region")  # user rows come first
    assert lexicon.explain("Gondor")[0]["file"] == str(path)
    assert lexicon.explain("Minas Tirith")[0]["line"] == 4  # after the header and a blank line
    assert best(ActorLexicon.load(), "Moscow") == ("RUS", "GOV", "capital")  # shipped untouched
    assert ActorLexicon.load([path]) is lexicon  # cached per file list


@pytest.mark.parametrize(
    "body, header, line, reason",
    [
        ("Gondor,Gondor,GON,,country,,,test", "phrase,name,country", 1, "header"),
        ("Gondor,Gondor,GON,,country,,,test\nRohan,Rohan,ROH,,kingdom,,,test", HEADER, 3, "kind"),
        ("Rohan,Rohan,ROH,KNG,country,,,test", HEADER, 2, "sector"),
        ("Rohan,Rohan,Rohan,,country,,,test", HEADER, 2, "country"),
        ("Théoden,Théoden,ROH,GOV,person,2019-13-01,,test", HEADER, 2, "date"),
        ("Théoden,Théoden,ROH,GOV,person,2019-02-01,2019-01-01,test", HEADER, 2, "after end"),
        ("Rohan,Rohan,ROH", HEADER, 2, "columns"),
        (",Nobody,ROH,,country,,,test", HEADER, 2, "empty phrase"),
    ],
)
def test_malformed_user_file(user_csv, body, header, line, reason):
    path = user_csv(body, header=header)
    with pytest.raises(ConfigError) as caught:
        ActorLexicon.load([path])
    message = str(caught.value)
    assert f"{path}:{line}:" in message
    assert reason in message


def test_missing_user_file(tmp_path):
    with pytest.raises(ConfigError, match="nowhere.csv"):
        ActorLexicon.load([tmp_path / "nowhere.csv"])


# ------------------------------------------------------------------------- the shipped data


def shipped_paths() -> list[Path]:
    return sorted(Path(str(item)) for item in ACTORS.iterdir() if item.name.endswith(".csv"))


def shipped_rows(name: str) -> list[dict]:
    with (Path(str(ACTORS)) / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_shipped_files_pass_the_user_file_checks():
    lexicon = ActorLexicon.load(shipped_paths())  # user files are checked row by row
    assert len(lexicon) > 2 * 40_000


def test_shipped_files_hold_one_row_per_line():
    """The loader's fast path takes row n of a shipped file to be on line n + 2."""
    for path in shipped_paths():
        lines = path.read_text(encoding="utf-8").splitlines()
        assert all(lines), f"{path.name} has a blank line"
        assert sum(1 for _ in csv.reader(lines)) == len(lines), f"{path.name}: a field spans lines"


def test_shipped_files_have_a_notice():
    notice = (Path(str(ACTORS)) / "NOTICE").read_text(encoding="utf-8")
    assert "Copyright (c) 2014 Open Event Data" in notice
    assert "Permission is hereby granted, free of charge" in notice
    for path in shipped_paths():
        assert path.name in notice


def test_every_state_with_a_capital_has_an_adjective():
    capitals = {row["country"] for row in shipped_rows("countries.csv") if row["kind"] == "capital"}
    adjectives = {row["country"] for row in shipped_rows("wirecoder_places.csv")
                  if row["kind"] == "adjective"}
    assert len(capitals) >= 180
    assert capitals <= adjectives


def test_shipped_kinds_are_known():
    for path in shipped_paths():
        with path.open(encoding="utf-8", newline="") as handle:
            assert {row["kind"] for row in csv.DictReader(handle)} <= set(KINDS), path.name


def test_max_words(lexicon):
    assert 4 <= lexicon.max_words <= 30
