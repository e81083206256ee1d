"""The tables. Every row of an article commits with it or not at all; an article's key (its URL,
else a hash of its words) makes ingest idempotent. The full record is kept as JSON beside the
columns that queries filter on, so the store can always give back exactly what extract gave."""

from __future__ import annotations

from sqlalchemy import (BigInteger, Boolean, Column, Float, ForeignKey, Index, Integer, LargeBinary, MetaData, String,
                        Table, Text)

SCHEMA_VERSION = 2

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

# One row per distinct actor an article names (its name and codes), not per mention: every mention,
# with its offsets and how it was resolved, is in the article's record. (Schema version 1 had a
# row per mention; ``Store.create`` rebuilds the table from the records.)
entities = Table(
    "entities", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_key", String(600), ForeignKey("articles.key", ondelete="CASCADE"), nullable=False, index=True),
    Column("name", Text, nullable=False),  # the canonical name, else the first mention's words
    Column("country", String(3)), Column("sector", String(3)), Column("kind", String(16)),
    Column("mentions", Integer, nullable=False),
    Column("start", Integer), Column("end", Integer),  # the first mention
)

# Near-duplicate articles and stories (store/stories.py). A copy of an article (a wire or
# syndicated copy) is stored as a source but not coded; it points at its original. Every event
# belongs to one story, named by the pk of its first event; a story's mentions are its events
# plus, for each, the copies of the event's article, each with the outlet that published it.

article_signatures = Table(
    "article_signatures", metadata,
    Column("article_key", String(600), ForeignKey("articles.key", ondelete="CASCADE"), primary_key=True),
    Column("signature", LargeBinary, nullable=False),  # MinHash values, little-endian uint32
)

article_bands = Table(
    "article_bands", metadata,
    Column("band", BigInteger, nullable=False),  # hash of one band of the signature
    Column("article_key", String(600), ForeignKey("articles.key", ondelete="CASCADE"), nullable=False,
           index=True),
)
Index("ix_article_bands_band", article_bands.c.band)

article_links = Table(
    "article_links", metadata,
    Column("article_key", String(600), ForeignKey("articles.key", ondelete="CASCADE"), primary_key=True),
    Column("duplicate_of", String(600), ForeignKey("articles.key"), nullable=False, index=True),
    Column("similarity", Float, nullable=False),
)

stories = Table(
    "stories", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),  # pk of the story's first event
    Column("type", String(16), nullable=False),
    Column("mentions", Integer, nullable=False), Column("sources", Integer, nullable=False),
)

event_stories = Table(
    "event_stories", metadata,
    Column("event_pk", Integer, ForeignKey("events.pk", ondelete="CASCADE"), primary_key=True),
    Column("story", Integer, ForeignKey("stories.id"), nullable=False, index=True),
    # what clustering compares: type, day, negated/hypothetical flags, place, both sides' names
    Column("type", String(16), nullable=False), Column("date", String(10)), Column("flags", Integer, nullable=False),
    Column("geonameid", Integer), Column("country", String(3)),
    Column("actors", Text, nullable=False), Column("recipients", Text, nullable=False),
)
Index("ix_event_stories_type_date", event_stories.c.type, event_stories.c.date)

story_mentions = Table(
    "story_mentions", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("story", Integer, ForeignKey("stories.id"), nullable=False, index=True),
    Column("event_pk", Integer, ForeignKey("events.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("article_key", String(600), ForeignKey("articles.key", ondelete="CASCADE"), nullable=False,
           index=True),  # the article that carries the mention: the event's own, or a copy of it
    Column("outlet", Text, nullable=False),
)
