"""Gazetteer fixtures: one index, built once per test session in a temporary cache directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecoder.lexicon.gazetteer import Gazetteer

USER_PLACES = """\
name,alternates,lat,lon,country,admin1,feature,population,note
Minas Tirith,White City of Gondor|Mundburg,44.5,20.5,,,P.PPL,0,a user's own place
"""


@pytest.fixture(scope="session")
def gazetteer_cache(tmp_path_factory: pytest.TempPathFactory):
    """A cache directory for the whole session, so no test touches ~/.cache."""
    cache = tmp_path_factory.mktemp("wirecoder-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("WIRECODER_CACHE", str(cache))
        yield cache


@pytest.fixture(scope="session")
def user_places(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("user") / "places.csv"
    path.write_text(USER_PLACES, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def gazetteer(gazetteer_cache: Path, user_places: Path) -> Gazetteer:
    """The shipped gazetteer plus one user file (the index build takes 20-30 s, once)."""
    return Gazetteer.load([user_places])
