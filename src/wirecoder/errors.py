"""The few error types a user can see. Everything else is a bug."""

from __future__ import annotations


class WirecoderError(Exception):
    """Base class: a problem the user can fix, reported on one line without a traceback."""


class InputError(WirecoderError):
    """One input (a file, or one record in it) that could not be read.

    Readers yield these instead of raising, so one bad record never stops a batch.
    """

    def __init__(self, source: str, reason: str, record: str | int | None = None):
        self.source = source
        self.record = record
        self.reason = reason
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.source if self.record is None else f"{self.source}:{self.record}"
        return f"{where}: {self.reason}"

    def to_dict(self) -> dict:
        return {"source": self.source, "record": self.record, "reason": self.reason}


class ConfigError(WirecoderError):
    """A setting, option or user data file that is not valid."""


class StoreError(WirecoderError):
    """The store cannot be opened or written (wrong URL, locked, not a wirecoder store)."""
