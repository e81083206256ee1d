"""Reading a batch output folder back: its records in input order, and into a store.

The manifest says which parts are finished and in which order; a folder without one (written
by ``wirecoder export --format parquet``) is read part by part in name order.
"""

from __future__ import annotations

from collections.abc import Iterator

from wirecoder.batch.manifest import Manifest
from wirecoder.errors import ConfigError
from wirecoder.export.parquet import part_names, read_part
from wirecoder.record import coded_from_dict
from wirecoder.store.engine import BATCH_SIZE, Added, Store


def parts(out: str) -> list[str]:
    """The finished Parquet parts in ``out``, in input order."""
    manifest = Manifest.read(out)
    names = manifest.parts() if manifest is not None else part_names(out)
    if manifest is None and not names:
        raise ConfigError(f"{out}: no batch output here (no manifest and no Parquet parts)")
    return names


def read_batch(out: str) -> Iterator[dict]:
    """Every record in ``out`` (``CodedArticle.to_dict(with_text=True)`` form), in input order."""
    for name in parts(out):
        yield from read_part(out, name)


def load_batch(out: str, store: Store, batch_size: int = BATCH_SIZE) -> Added:
    """Put a batch output folder into a store; articles already stored are skipped."""
    return store.add_many((coded_from_dict(r) for r in read_batch(out)), batch_size)
