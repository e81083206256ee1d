"""Fixtures for reader tests: write an input under tmp_path and read it through read_inputs."""

from __future__ import annotations

import pytest

from wirecoder.ingest import ReadOptions, read_inputs


@pytest.fixture
def read_file(tmp_path):
    """Write ``data`` to ``tmp_path/name`` and return everything read_inputs makes of it."""

    def read(name: str, data: bytes | str, **options) -> list:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return list(read_inputs([str(path)], ReadOptions(**options)))

    return read
