"""Annotators: spaCy components that add wirecoder's findings to a parsed article.

They run in this order, each reading what the earlier ones found (data only flows forward).
"""

ANNOTATORS: tuple[str, ...] = ("wc_dates", "wc_places", "wc_actors", "wc_quotes", "wc_events")
