"""The trigger table: the shipped rows load, users add their own through the ``triggers`` setting,
and a bad row is refused with the file and line that hold it."""

from __future__ import annotations

import pytest

from wirecoder.config import load_options
from wirecoder.errors import ConfigError
from wirecoder.lexicon.triggers import TriggerTable

# a verb the shipped table does not know, as a user would add it
USER_ROWS = "pos\tlemma\twith\tobject\ttype\tmode\tcameo\tprior\nverb\tharangue\t\t\tACCUSE\tdisapprove\t111\t0.7\n"


def test_shipped_rows_include_forces_moving():
    table = TriggerTable.load()
    assert any(r.type == "MOBILIZE" and "@forces" in r.objects for r in table.verbs["enter"])
    assert "harangue" not in table.verbs


def test_user_trigger_file_from_the_config_codes_a_new_verb(tmp_path):
    from wirecoder.pipeline import extract_text

    rows = tmp_path / "my_triggers.tsv"
    rows.write_text(USER_ROWS, encoding="utf-8")
    config = tmp_path / "wirecoder.toml"
    config.write_text(f'triggers = ["{rows.as_posix()}"]\n', encoding="utf-8")
    options = load_options(config)
    assert options.triggers == (str(rows.as_posix()),)
    coded = extract_text("The Iranian president harangued the French ambassador on Monday.", options=options)
    (event,) = [e for e in coded.events if e.event == "ACCUSE"]
    assert event.trigger.text == "harangued"
    assert {a.country for a in event.actor} == {"IRN"}


def test_trigger_files_from_the_environment(monkeypatch, tmp_path):
    rows = tmp_path / "t.tsv"
    rows.write_text(USER_ROWS, encoding="utf-8")
    monkeypatch.setenv("WIRECODER_TRIGGERS", str(rows))
    assert load_options().triggers == (str(rows),)


@pytest.mark.parametrize("row,message", [
    ("verb\tharangue\t\t\tSCOLD\t\t111\t0.7", "unknown PLOVER type 'SCOLD'"),
    ("verb\tharangue\t\t\tACCUSE\tshouting\t111\t0.7", "ACCUSE has no mode 'shouting'"),
    ("verb\tharangue\t\t\tACCUSE\t\t111", "expected 8 tab-separated columns"),
    ("adverb\tloudly\t\t\tACCUSE\t\t111\t0.7", "pos must be verb or noun"),
])
def test_a_bad_row_names_its_file_and_line(tmp_path, row, message):
    path = tmp_path / "bad.tsv"
    path.write_text("# my rows\n" + row + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        TriggerTable.load([path])
    assert f"{path}:2" in str(err.value) and message in str(err.value)


def test_a_missing_trigger_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read trigger file"):
        TriggerTable.load([tmp_path / "nope.tsv"])
