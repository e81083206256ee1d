"""Quotes: direct speech with its speaker.

Straight, curly and doubled-single ('' ... '') quote marks; a quote left open at the end of a
paragraph continues where the next paragraph opens one (the news convention). The speaker is
the subject of the speech verb next to the quote ("..., he said"; "X said: ..."), the object of
"according to", or X in "quoted X as saying". One or two quoted words without a speech verb
are scare quotes, not speech.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from wirecoder.nlp.extensions import ActorMention, QuoteMention, in_boilerplate

SPEECH_VERBS = {"say", "tell", "add", "state", "declare", "announce", "write", "insist", "explain",
                "warn", "argue", "claim", "note", "ask", "reply", "respond", "continue", "conclude",
                "remark", "recall", "suggest", "stress", "emphasize", "emphasise", "acknowledge",
                "admit", "comment", "quip", "shout", "tweet", "post", "describe", "urge", "vow",
                "promise", "complain", "allege", "deny", "predict", "concede", "assert", "report"}
_OPEN = {'"': '"', "“": "”", "''": "''", "«": "»", "„": "“"}
_MARKS = re.compile(r"''|[\"“”«»„]")


def quote_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """(start, end, runs_on) of each quotation, marks excluded; ``runs_on`` is true when the
    quote is still open at the end of its paragraph (it goes on in the next one)."""
    spans: list[tuple[int, int, bool]] = []
    for p_start, p_end in paragraphs:
        opener: str | None = None
        start = p_start
        for m in _MARKS.finditer(text, p_start, p_end):
            mark = m.group(0)
            if opener is None:
                if mark in _OPEN:
                    opener, start = mark, m.end()
            elif mark == _OPEN[opener]:
                spans.append((start, m.start(), False))
                opener = None
        if opener is not None:
            end = start + len(text[start:p_end].rstrip())
            spans.append((start, end, True))
    return [(s, e, r) for s, e, r in spans if text[s:e].strip()]


def _cue_near(doc: Doc, start: int, end: int) -> Token | None:
    """The speech verb that introduces the quote: in the words right after it, else right before."""
    after = doc.char_span(end, min(len(doc.text), end + 120), alignment_mode="expand")
    before = doc.char_span(max(0, start - 120), start, alignment_mode="expand")
    for window, reverse in ((after, False), (before, True)):
        if window is None:
            continue
        tokens = list(window)
        if reverse:
            tokens = tokens[::-1]
        for tok in tokens[:14]:
            if tok.lemma_ in SPEECH_VERBS and tok.pos_ in ("VERB", "AUX"):
                return tok
            if tok.lower_ == "according" and tok.nbor(1).lower_ == "to":
                return tok
            if tok.is_sent_end and not reverse and tok.i > window.start + 1:
                break
    return None


def _speaker_of(cue: Token, index) -> tuple[ActorMention | None, str]:
    """Who speaks, given the cue verb ("X said", "according to X", "quoted X as saying")."""
    if cue.lower_ == "according":
        objs = [t for t in cue.nbor(1).children if t.dep_ == "pobj"]
        return (index.resolve(objs[0]) if objs and index else None), "according to"
    if cue.head.lemma_ == "quote" and cue.dep_ in ("pcomp", "advcl", "xcomp"):
        objs = [t for t in cue.head.children if t.dep_ == "dobj"]
        if objs and index:
            return index.resolve(objs[0]), "quoted as saying"
    subj = [t for t in cue.children if t.dep_ in ("nsubj", "nsubjpass")]
    if not subj and cue.dep_ in ("xcomp", "conj") :
        subj = [t for t in cue.head.children if t.dep_ == "nsubj"]
    speaker = index.resolve(subj[0]) if subj and index else None
    return speaker, cue.lemma_


def is_scare_quote(doc: Doc, start: int, end: int, cue: Token | None) -> bool:
    words = doc.text[start:end].split()
    return cue is None and len(words) <= 2


def find_quotes(doc: Doc) -> list[QuoteMention]:
    layout = doc._.wc_layout
    paras = [(p.start, p.end) for p in layout.paragraphs] if layout else [(0, len(doc.text))]
    index = doc._.wc_actor_index
    found: list[QuoteMention] = []
    previous: QuoteMention | None = None
    runs_on = False
    for start, end, open_end in quote_spans(doc.text, paras):
        if in_boilerplate(doc, start):
            continue
        cue = _cue_near(doc, start, end)
        if is_scare_quote(doc, start, end, cue):
            continue
        speaker, cue_text = _speaker_of(cue, index) if cue is not None else (None, None)
        if cue is None and previous is not None and (runs_on or _same_paragraph(paras, previous.end, start)):
            speaker, cue_text = previous.speaker, "continued"
        quote = QuoteMention(start, end, speaker, cue_text, cue)
        found.append(quote)
        previous, runs_on = quote, open_end
    return found


def _same_paragraph(paras: list[tuple[int, int]], a: int, b: int) -> bool:
    for p_start, p_end in paras:
        if p_start <= a <= p_end:
            return p_start <= b <= p_end
    return False


@Language.factory("wc_quotes", assigns=["doc._.wc_quotes"])
def make_quotes(nlp: Language, name: str) -> "QuoteAnnotator":
    return QuoteAnnotator()


class QuoteAnnotator:
    """Sets ``doc._.wc_quotes``: direct quotes with speaker and cue."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.wc_quotes = find_quotes(doc)
        return doc
