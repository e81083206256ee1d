"""Readers: every input format becomes a stream of ``Article`` records (or ``InputError``s)."""

from wirecoder.ingest.base import ReadOptions
from wirecoder.ingest.files import read_inputs

__all__ = ["ReadOptions", "read_inputs"]
