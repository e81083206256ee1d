"""extract(): ingest -> clean -> parse -> annotate -> build, as one plain function.

``Extractor`` holds the loaded model and annotators so a process (or a Dask worker) pays for
them once; ``extract`` is the one-call form.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterable, Iterator

from spacy.language import Language

from wirecoder import annotate  # noqa: F401  (registers the wc_* factories)
from wirecoder.annotate import ANNOTATORS, actors, dates, events, places, quotes  # noqa: F401
from wirecoder.build import build
from wirecoder.config import Options
from wirecoder.errors import InputError
from wirecoder.ingest.clean import layout
from wirecoder.nlp import pipeline as nlp_pipeline
from wirecoder.record import Article, CodedArticle

log = logging.getLogger(__name__)


def annotator_configs(options: Options) -> dict[str, dict]:
    return {
        "wc_dates": {},
        "wc_places": {"extra_files": list(options.places)},
        "wc_actors": {"extra_files": list(options.actors)},
        "wc_quotes": {},
        "wc_events": {"extra_files": list(options.triggers),
                      "keep_boilerplate": options.keep_boilerplate},
    }


def _freeze_long_lived() -> None:
    """Move the objects alive now (the model, the lexicons, the gazetteer's index) out of reach
    of Python's cycle collector. Parsing creates Token objects by the million, each creation
    can trigger a collection, and a full collection walks every tracked object: with the
    lexicons in the heap that walk cost a tenth of the end-to-end time (bench/bench_extract.py).
    Frozen objects are never collected, which is what a loaded model needs anyway."""
    gc.collect()
    gc.freeze()


class Extractor:
    """The model and the annotators, loaded once; ``run`` codes a stream of articles."""

    def __init__(self, options: Options = Options()):
        self.options = options
        self.nlp: Language = nlp_pipeline.load(options.model)
        configs = annotator_configs(options)
        self.annotators = [(name, self.nlp.create_pipe(name, config=configs[name])) for name in ANNOTATORS]
        _freeze_long_lived()

    def annotate(self, doc):
        for _name, component in self.annotators:
            doc = component(doc)
        return doc

    def run(self, articles: Iterable[Article | InputError]) -> Iterator[CodedArticle | InputError]:
        """Coded articles in input order; input errors pass through in their place."""
        errors: list[InputError] = []

        def items():
            for item in articles:
                if isinstance(item, InputError):
                    errors.append(item)
                    continue
                yield item, layout(item.text, item.title)

        for doc in nlp_pipeline.parse(self.nlp, items(), self.options.batch_size):
            while errors:
                yield errors.pop(0)
            yield self._code(doc)
        while errors:
            yield errors.pop(0)

    def _code(self, doc) -> CodedArticle | InputError:
        """One parsed article coded; a fault of wirecoder's own on one article is reported as a
        one-line error in its place, so that it does not stop the others (nothing of that article
        is written, and a re-run tries it again)."""
        try:
            return build(self.annotate(doc), self.options.min_confidence)
        except Exception as exc:  # noqa: BLE001 - any fault here is ours, not the input's
            article = doc._.wc_article
            return InputError(article.source or "<input>", f"could not be coded, a fault in wirecoder "
                              f"({type(exc).__name__}: {exc}); please report it with this article", article.id)


def extract(articles: Iterable[Article | InputError], options: Options = Options()) -> Iterator[CodedArticle | InputError]:
    """Code articles: the one-call form of ``Extractor(options).run(articles)``."""
    return Extractor(options).run(articles)


def extract_text(text: str, published: str | None = None, title: str | None = None,
                 options: Options = Options()) -> CodedArticle:
    """Code one text (for tests, the web "code a text" page and notebooks)."""
    from wirecoder.ingest.base import ReadOptions, make_article

    article = make_article(text, "<text>", ReadOptions(published=published, max_chars=options.max_chars),
                           title=title)
    (result,) = Extractor(options).run([article])
    if isinstance(result, InputError):
        raise result
    return result
