"""One local Dask cluster (two worker processes) for all batch tests, and the store fixtures
(SQLite and PostgreSQL) for loading batch output."""

from __future__ import annotations

import logging

import pytest

from tests.store.conftest import make_store, store, store_url  # noqa: F401  (fixtures)


@pytest.fixture(scope="session")
def dask_client():
    import dask
    from distributed import Client, LocalCluster

    with (dask.config.set({"distributed.worker.profile.enabled": False}),
          LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                       silence_logs=logging.ERROR) as cluster,
          Client(cluster) as client):
        yield client
