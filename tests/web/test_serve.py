"""``wirecoder serve``: a short translation of its options into the app's settings."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from wirecoder.cli import app


@pytest.fixture
def served(monkeypatch):
    calls = []
    monkeypatch.setattr("wirecoder.web.server.serve", lambda app_, host, port: calls.append((app_, host, port)))
    return calls


def test_serve_reads_its_options(served, web_store, monkeypatch):
    monkeypatch.delenv("WIRECODER_TOKEN", raising=False)
    db = str(web_store.engine.url.database)
    result = CliRunner().invoke(app, ["serve", "--db", db, "--port", "8123", "--max-body", "5000"])
    assert result.exit_code == 0, result.output
    (app_, host, port), = served
    assert (host, port) == ("127.0.0.1", 8123)
    assert app_.state.settings.token is None and app_.state.settings.max_body == 5000


def test_serve_takes_the_token_from_the_environment(served, web_store, monkeypatch):
    monkeypatch.setenv("WIRECODER_TOKEN", "from-env")
    result = CliRunner().invoke(app, ["serve", "--db", str(web_store.engine.url.database)])
    assert result.exit_code == 0, result.output
    assert served[0][0].state.settings.token == "from-env"


def test_serve_refuses_a_missing_store(served, tmp_path):
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and not served


def test_the_web_app_does_not_import_spacy():
    import subprocess
    import sys

    code = ("import sys; import wirecoder.web.app, wirecoder.web.routes; "
            "sys.exit(1 if any(m == 'spacy' or m.startswith(('spacy.', 'wirecoder.pipeline')) for m in sys.modules) else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
