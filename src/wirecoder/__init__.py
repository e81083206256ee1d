"""wirecoder: news in, event data out.

PLOVER events with CAMEO codes, actors, places, dates and quotes, each with character offsets
into the article, offline on a CPU.
"""

from wirecoder.record import Article, CodedArticle, Entity, Event, Place, Quote

__version__ = "0.1.0"

__all__ = ["Article", "CodedArticle", "Entity", "Event", "Place", "Quote", "__version__",
           "extract", "extract_text", "Extractor"]


def __getattr__(name):
    # the pipeline pulls in spaCy; import it only when asked, so the store and web start fast
    if name in ("extract", "extract_text", "Extractor"):
        from wirecoder import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
