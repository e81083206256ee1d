"""Exporters: records out as JSON lines, CSV (one row per event) and more."""
