"""Full-text search over stored articles: SQLite FTS5, PostgreSQL tsvector, LIKE as the fallback.

The index lives beside the store's own schema and is created lazily by whoever wants to search
(the web app, once at start). On SQLite it is an FTS5 table filled from ``articles`` and kept in
step by triggers, so ``Store.add`` and every other writer go on working unchanged; on PostgreSQL
it is a GIN expression index that the database maintains itself. Where neither can be had (an
SQLite built without FTS5, a read-only file) every word is looked up with LIKE: slower, same
answers for plain words.
"""

from __future__ import annotations

import logging
import re
from weakref import WeakKeyDictionary

from sqlalchemy import and_, false, func, literal, literal_column, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import Select

from wirecoder.store import schema
from wirecoder.store.engine import Store

log = logging.getLogger(__name__)

FTS5, POSTGRES, LIKE = "fts5", "postgres", "like"

_WORD = re.compile(r"\w+", re.UNICODE)
_modes: WeakKeyDictionary[Engine, str] = WeakKeyDictionary()

# the exact expression the PostgreSQL index is built on; queries must repeat it to use the index
_PG_DOCUMENT = "to_tsvector('english', coalesce(articles.title, '') || ' ' || articles.text)"
_PG_QUERY = "plainto_tsquery('english', :q)"

_SQLITE_TABLE = ("CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
                 "key UNINDEXED, title, text, tokenize='unicode61 remove_diacritics 2')")
_SQLITE_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(key, title, text) VALUES (new.key, coalesce(new.title, ''), new.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN "
    "DELETE FROM articles_fts WHERE key = old.key; END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE OF key, title, text ON articles BEGIN "
    "DELETE FROM articles_fts WHERE key = old.key; "
    "INSERT INTO articles_fts(key, title, text) VALUES (new.key, coalesce(new.title, ''), new.text); END",
)
_SQLITE_FILL = ("INSERT INTO articles_fts(key, title, text) "
                "SELECT key, coalesce(title, ''), text FROM articles")


def ensure_search_index(store: Store) -> str:
    """Create (or catch up) the full-text index; returns the search mode now in use."""
    try:
        if store.dialect == "sqlite":
            mode = _ensure_sqlite(store)
        elif store.dialect == "postgresql":
            with store.engine.begin() as conn:
                conn.execute(text(f"CREATE INDEX IF NOT EXISTS ix_articles_fulltext ON articles "
                                  f"USING gin (({_PG_DOCUMENT.replace('articles.', '')}))"))
            mode = POSTGRES
        else:
            mode = LIKE
    except DBAPIError as exc:
        log.warning("full-text index unavailable, searching with LIKE: %s", exc.orig)
        mode = LIKE
    _modes[store.engine] = mode
    return mode


def _ensure_sqlite(store: Store) -> str:
    with store.engine.begin() as conn:
        conn.execute(text(_SQLITE_TABLE))
        for ddl in _SQLITE_TRIGGERS:
            conn.execute(text(ddl))
        indexed = conn.execute(text("SELECT count(*) FROM articles_fts")).scalar_one()
        stored = conn.execute(select(func.count()).select_from(schema.articles)).scalar_one()
        if indexed != stored:  # new index, or rows written while the triggers were missing
            conn.execute(text("DELETE FROM articles_fts"))
            conn.execute(text(_SQLITE_FILL))
    return FTS5


def search_mode(store: Store) -> str:
    """The mode ``ensure_search_index`` chose for this store, else what is already there."""
    mode = _modes.get(store.engine)
    if mode is None:
        mode = LIKE
        if store.dialect == "sqlite":
            with store.engine.connect() as conn:
                if conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'articles_fts'")).first():
                    mode = FTS5
        _modes[store.engine] = mode
    return mode


def words(query: str) -> list[str]:
    """The words of a user's query; punctuation and search operators are not passed on."""
    return _WORD.findall(query)


def matching(store: Store, query: str, ranked: bool = True) -> Select:
    """``SELECT key, score`` of the articles matching every word of ``query`` (higher score first).

    With ``ranked=False`` the score is a constant, for filters that only need the keys.
    """
    a = schema.articles
    terms = words(query)
    if not terms:
        return select(a.c.key, literal(0.0).label("score")).where(false())
    mode = search_mode(store)
    if mode == FTS5:
        fts = literal_column("articles_fts")
        match = " ".join('"' + t.replace('"', '""') + '"' for t in terms)
        score = -func.bm25(fts) if ranked else literal(0.0)
        return (select(literal_column("key").label("key"), score.label("score"))
                .select_from(text("articles_fts")).where(fts.op("MATCH")(match)))
    if mode == POSTGRES:
        document, tsquery = literal_column(_PG_DOCUMENT), text(_PG_QUERY).bindparams(q=" ".join(terms))
        score = func.ts_rank(document, tsquery) if ranked else literal(0.0)
        return select(a.c.key, score.label("score")).where(document.op("@@")(tsquery))
    body = func.lower(func.coalesce(a.c.title, "") + " " + a.c.text)
    return (select(a.c.key, literal(0.0).label("score"))
            .where(and_(*(body.contains(t.lower(), autoescape=True) for t in terms))))


def snippet(body: str, query: str, width: int = 220) -> list[dict]:
    """A window of ``body`` around the first query word, as pieces ``{"text", "hit"}`` to mark up."""
    terms = [t.lower() for t in words(query)]
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in terms) + r")\b", re.IGNORECASE) if terms else None
    first = pattern.search(body) if pattern else None
    start = max(0, first.start() - width // 3) if first else 0
    window = body[start:start + width]
    pieces: list[dict] = [{"text": "…", "hit": False}] if start else []
    pos = 0
    for m in (pattern.finditer(window) if pattern else ()):
        if m.start() > pos:
            pieces.append({"text": window[pos:m.start()], "hit": False})
        pieces.append({"text": m.group(0), "hit": True})
        pos = m.end()
    pieces.append({"text": window[pos:] + ("…" if start + width < len(body) else ""), "hit": False})
    return pieces
