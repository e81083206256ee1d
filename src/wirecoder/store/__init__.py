"""The store: SQLite by default, PostgreSQL by URL, one schema and one code path (SQLAlchemy Core)."""

from wirecoder.store.engine import Store, open_store

__all__ = ["Store", "open_store"]
