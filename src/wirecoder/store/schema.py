"""The tables. Every row of an article commits with it or not at all; an article's key (its URL,
else a hash of its words) makes ingest idempotent. The full record is kept as JSON beside the
columns that queries filter on, so the store can always give back exactly what extract gave."""

from __future__ import annotations

from sqlalchemy import (Boolean, Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text)

SCHEMA_VERSION = 1

metadata = MetaData()

meta = Table("wc_meta", metadata, Column("name", String(64), primary_key=True), Column("value", Text))

articles = Table(
    "articles", metadata,
    Column("key", String(600), primary_key=True),
    Column("id", String(300), nullable=False, index=True),
    Column("title", Text), Column("url", Text), Column("published", String(10), index=True),
    Column("source", Text), Column("text", Text, nullable=False),
    Column("n_events", Integer, nullable=False, default=0),
    Column("record", Text, nullable=False),  # the CodedArticle as JSON (without text)
)

events = Table(
    "events", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_key", String(600), ForeignKey("articles.key", ondelete="CASCADE"), nullable=False),
    Column("id", String(400), nullable=False, index=True),
    Column("type", String(16), nullable=False), Column("mode", String(32)), Column("cameo", String(8)),
    Column("quad", Integer, nullable=False), Column("score", Float, nullable=False),
    Column("date", String(10)), Column("date_precision", String(12)),
    Column("place", Text), Column("place_country", String(3)),
    Column("lat", Float), Column("lon", Float),
    Column("actor", Text), Column("actor_country", String(3)),
    Column("recipient", Text), Column("recipient_country", String(3)),
    Column("negated", Boolean, nullable=False), Column("hypothetical", Boolean, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("trigger", Text, nullable=False), Column("sentence", Text),
    Column("record", Text, nullable=False),  # the Event as JSON
)
Index("ix_events_type_date", events.c.type, events.c.date)
Index("ix_events_date", events.c.date)
Index("ix_events_article", events.c.article_key)

event_actors = Table(
    "event_actors", metadata,
    Column("event_pk", Integer, ForeignKey("events.pk", ondelete="CASCADE"), nullable=False),
    Column("role", String(10), nullable=False),  # actor | recipient
    Column("text", Text, nullable=False), Column("name", Text),
    Column("country", String(3)), Column("sector", String(3)),
)
Index("ix_event_actors_country", event_actors.c.country, event_actors.c.role)
Index("ix_event_actors_event", event_actors.c.event_pk)

quotes = Table(
    "quotes", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_key", String(600), ForeignKey("articles.key", ondelete="CASCADE"), nullable=False, index=True),
    Column("text", Text, nullable=False), Column("start", Integer), Column("end", Integer),
    Column("speaker", Text), Column("speaker_country", String(3)), Column("cue", String(40)),
)

places = Table(
    "places", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_key", String(600), ForeignKey("articles.key", ondelete="CASCADE"), nullable=False, index=True),
    Column("text", Text, nullable=False), Column("name", Text), Column("geonameid", Integer, index=True),
    Column("country", String(3)), Column("lat", Float), Column("lon", Float),
    Column("start", Integer), Column("end", Integer),
)

entities = Table(
    "entities", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_key", String(600), ForeignKey("articles.key", ondelete="CASCADE"), nullable=False, index=True),
    Column("text", Text, nullable=False), Column("name", Text), Column("country", String(3)),
    Column("sector", String(3)), Column("kind", String(16)), Column("how", Text),
    Column("start", Integer), Column("end", Integer),
)
