"""Quotes: direct speech with its speaker.

Straight, curly and doubled-single ('' ... '') quote marks; a quote left open at the end of a
paragraph continues where the next paragraph opens one (the news convention). An article that
quotes in single marks (the British style: 'We will fight,' he said) has them read as quotes;
since the closing mark is also the apostrophe, a mark closes a quote only where no letter
follows it, and of several such marks before the next quote opens, the first after a
punctuation mark ("rights matter,'") wins over a possessive ("the workers' rights"). The speaker is
the subject of the speech verb next to the quote ("..., he said"; "X said: ..."), the object of
"according to", X in "quoted X as saying" (the outlet only reports it) and in "X was quoted as
saying", or the speaker of the quote before it when the quote carries on without a cue. A quote
that is a sentence of its own takes the speaker of the next sentence when that sentence is "He
said ...". Short quotes inside a sentence are speech only as the words of a speech verb
("said the expulsions were "unacceptable""); otherwise they are scare quotes or titles, and so
are the words on a sign or a banner ("signs which read "silenced"").

Finding quotes and their speaker *words* needs only the parse (``quote_frames``), so the actor
annotator uses it too, to keep a "he" inside a quote from meaning the person who says it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from wirecoder.annotate.coref import PERSON_NOUNS, gender_of_noun
from wirecoder.annotate.roles import MEDIA, is_passive, subjects_on_auxiliary
from wirecoder.nlp.extensions import ActorMention, QuoteMention, in_boilerplate, sentence_before, text_of
from wirecoder.record import Entity

SPEECH_VERBS = {"say", "tell", "add", "state", "declare", "announce", "write", "insist", "explain",
                "warn", "argue", "claim", "note", "ask", "reply", "respond", "continue", "conclude",
                "remark", "recall", "suggest", "stress", "emphasize", "emphasise", "acknowledge",
                "admit", "comment", "quip", "shout", "tweet", "post", "describe", "urge", "vow",
                "promise", "complain", "allege", "deny", "predict", "concede", "assert", "report",
                "agree", "caution", "observe", "muse", "joke", "boast", "lament", "plead", "read",
                "speak", "call", "label", "dub", "brand", "counter", "cite", "retort", "talk", "accuse",
                "hail", "laud", "praise", "refer", "characterize", "characterise",
                "assail", "slam", "blast", "decry", "condemn", "criticize", "criticise", "denounce",
                "scream", "yell", "exclaim", "thank", "contend", "suppose", "inform", "opine", "elaborate",
                "recount", "clarify", "reason", "confirm", "name", "apologise", "apologize", "threaten",
                "pledge"}
# speech verbs the tagger often takes for nouns ("Otieno opines")
RARE_CUES = {"opines", "opined"}
# nouns for words themselves: a short quote after them is a mention ('the term "subject to"')
WORD_NOUNS = {"term", "word", "phrase", "name", "title", "slogan", "motto", "hashtag", "label", "nickname",
              "expression", "acronym", "headline", "tagline", "catchphrase"}
# ... of which these name a thing, however long: 'the slogan "Make the World Greta Again"'
NAMES_OF_THINGS = {"slogan", "motto", "hashtag", "title", "headline", "tagline", "catchphrase", "nickname"}
# verbs of naming: what they quote is speech only when it is more than a name
NAMING_VERBS = {"call", "label", "dub", "brand", "refer", "name"}
# verbs after which a short quote is the speaker's own words, not a label
PARTIAL_QUOTE_HEADS = {"ADJ", "VERB", "ADV", "AUX", "INTJ"}
_OPEN = {'"': '"', "“": "”", "''": "''", "«": "»", "„": "“"}
_MARKS = re.compile(r"''|[\"“”«»„]")
# single marks that may open a quote: after the start, a space or an opening bracket or dash, and
# before a letter ("'90s" is a year and "'em" a word, not quotes)
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))['‘](?=[^\W\d_])(?!(?:em|n|til|cause|tis|twas)\b)",
                          re.IGNORECASE | re.MULTILINE)
# ... and that may close one: after a word or punctuation mark, before no letter or digit
_SINGLE_CLOSE = re.compile(r"(?<=\S)['’](?![^\W_])")
_AFTER_PUNCTUATION = set(",.!?;:…—–-")
_WINDOW = 14  # tokens searched for a cue on either side of a quote
_REACH = 200  # characters that surely hold those tokens


@dataclass
class QuoteFrame:
    """A quote found in the parse: where it is, its cue, and the words naming its speaker."""

    start: int
    end: int
    runs_on: bool  # still open at the end of its paragraph
    cue: Token | None = None
    speaker: Token | None = None
    how: str | None = None  # the cue as reported: "said", "according to", "continued", "follows", ...


def quote_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """(start, end, runs_on) of each quotation, marks excluded; ``runs_on`` is true when the
    quote is still open at the end of its paragraph (it goes on in the next one)."""
    if _quotes_in_single_marks(text):
        return _single_spans(text, paragraphs)
    spans: list[tuple[int, int, bool]] = []
    left_open: str | None = None  # the mark of a quote the paragraph before left open
    for p_start, p_end in paragraphs:
        opener: str | None = None
        start = p_start
        marks = list(_MARKS.finditer(text, p_start, p_end))
        if left_open is not None and marks and text[p_start:marks[0].start()].strip() \
                and marks[0].group(0) == _OPEN[left_open] and not text[marks[0].start() - 1].isspace():
            # a quote broken by a line break, closed in the next line with no mark of its own
            # to open it: '"Civilians must be protected.¶The world cannot look away."'
            opener = left_open
        for m in marks:
            mark = m.group(0)
            if opener is None:
                if mark in _OPEN:
                    opener, start = mark, m.end()
            elif mark == _OPEN[opener]:
                spans.append((start, m.start(), False))
                opener = None
        left_open = opener
        if opener is not None:
            end = start + len(text[start:p_end].rstrip())
            spans.append((start, end, True))
    return [(s, e, r) for s, e, r in spans if text[s:e].strip()]


def _quotes_in_single_marks(text: str) -> bool:
    """Does the article quote in single marks? More quotes open with single marks than with
    double ones (a double mark in a British text is a quote inside a quote)."""
    doubles = sum(1 for m in _MARKS.finditer(text) if m.group(0) in _OPEN)
    if not doubles:
        return _SINGLE_OPEN.search(text) is not None
    return sum(1 for _ in _SINGLE_OPEN.finditer(text)) > doubles


def _single_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    spans: list[tuple[int, int, bool]] = []
    for p_start, p_end in paragraphs:
        at = p_start
        while (opening := _SINGLE_OPEN.search(text, at, p_end)) is not None:
            start = opening.end()
            following = _SINGLE_OPEN.search(text, start, p_end)
            limit = following.start() if following else p_end
            closers = list(_SINGLE_CLOSE.finditer(text, start, limit))
            closer = next((m for m in closers if text[m.start() - 1] in _AFTER_PUNCTUATION), None)
            if closer is None and not _opens_a_sentence(text, p_start, opening.start()):
                closer = next(iter(closers), None)  # a few words quoted: 'called it 'a disaster' and left'
            if closer is None:
                if following is None:  # open at the end of the paragraph: it goes on in the next
                    spans.append((start, start + len(text[start:p_end].rstrip()), True))
                at = limit
                continue
            spans.append((start, closer.start(), False))
            at = closer.end()
    return [(s, e, r) for s, e, r in spans if text[s:e].strip()]


def _opens_a_sentence(text: str, p_start: int, at: int) -> bool:
    """Does the quote mark at ``at`` open a sentence of speech? Such a quote closes after a
    punctuation mark ('...,' he said), so a mark after a word ("the workers' unions") does not
    close it: the quote goes on, into the next paragraph if need be."""
    before = text[p_start:at].rstrip()
    return (not before or before[-1] in ".!?:") and text[at + 1:at + 2].isupper()


def _mark_offsets(doc: Doc) -> frozenset[int] | None:
    """Where the quote marks of an article that quotes in single marks are (None for one that
    quotes in double marks, whose marks are known by their look alone)."""
    found = doc.user_data.get("wc_single_marks", False)
    if found is False:
        text = text_of(doc)
        found = None
        if _quotes_in_single_marks(text):
            layout = doc._.wc_layout
            paras = [(p.start, p.end) for p in layout.paragraphs] if layout else [(0, len(text))]
            found = frozenset(i for start, end, runs_on in _single_spans(text, paras)
                              for i in ((start - 1, end) if not runs_on else (start - 1,)))
        doc.user_data["wc_single_marks"] = found
    return found


# -- cues and speakers --------------------------------------------------------------------------
def is_cue(tok: Token) -> bool:
    """A speech verb, or the "according" of "according to"."""
    if tok.lower_ == "according":
        return tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to"
    if tok.lemma_ == "call" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("so", "-"):
        return False  # 'the so-called "peace plan"' is a label, not someone's words
    if tok.lower_ == "like":
        return _quotative_like(tok)
    if tok.lower_ == "said" and tok.i == tok.sent.start + 1 and tok.doc[tok.i - 1].lower_ == "that" \
            and tok.i + 1 < len(tok.doc) and tok.nbor(1).text == ",":
        return False  # "That said, ..." means "even so"
    if tok.lemma_ == "continue" and any(c.dep_ in ("xcomp", "dobj") for c in tok.children):
        return False  # "if Greece continued to militarise its islands": it goes on doing, not saying
    return (tok.lemma_ in SPEECH_VERBS and tok.pos_ in ("VERB", "AUX")) or _document_reads(tok) \
        or tok.lower_ in RARE_CUES or _points_out(tok)


def _points_out(tok: Token) -> bool:
    """"She pointed out she had "relinquished my royal titles"": "point out" says; "point to",
    "point at" do not."""
    return tok.lemma_ == "point" and tok.pos_ == "VERB" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)


def _quotative_like(tok: Token) -> bool:
    """The spoken "I'm like, "..."", "they were like "..."", "people went like "..."": a form
    of "be" or "go", "like", the quote."""
    doc, k = tok.doc, tok.i + 1
    if k < len(doc) and doc[k].text == ",":
        k += 1
    return tok.i > 0 and doc[tok.i - 1].lemma_ in ("be", "go") and k < len(doc) and _is_mark(doc[k])


def _document_reads(tok: Token) -> bool:
    """'The family's statement read: "..."' with "read" tagged a noun or a participle: a "read"
    right before the colon or comma that opens a quote."""
    if tok.lower_ not in ("read", "reads") or tok.pos_ in ("VERB", "AUX"):
        return False
    doc, k = tok.doc, tok.i + 1
    while k < len(doc) and doc[k].lower_ in ("in", "part"):  # "read in part:"
        k += 1
    return k + 1 < len(doc) and doc[k].text in (":", ",") and _is_mark(doc[k + 1])


def speaker_token(cue: Token) -> tuple[Token | None, str]:
    """The words naming who speaks, given the cue, and the cue as reported."""
    who, how = _speaker_words(cue)
    return (_voice(who) if who is not None else None), how


# a part of what someone said: "part of the judge's statement reads"
PARTS = {"part", "portion", "section", "excerpt", "passage", "extract", "much", "some", "most", "rest"}
# things that carry someone's words: the speaker is whoever issued them
DOCUMENTS = {"statement", "report", "letter", "note", "ruling", "verdict", "decision", "document", "post", "tweet",
             "quote", "quotation", "remark", "words",
             "message", "release", "communique", "communiqué", "declaration", "manifesto", "memo", "email",
             "e-mail", "transcript", "filing", "complaint", "order", "text", "editorial", "opinion",
             "summary", "judgment", "judgement", "resolution", "announcement", "notice", "petition"}


def _voice(who: Token) -> Token:
    """Whose words a speaker's words are: "part of the judge's statement reads" -> the judge; "a
    statement released by Erdogan's office" -> the office; "a statement from the ministry"."""
    for _ in range(2):
        lemma = who.lemma_.lower()
        if lemma in PARTS:
            of = [g for p in who.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]
            if not of:
                return who
            who = of[0]
        elif lemma in DOCUMENTS and who.pos_ == "NOUN":
            owners = [c for c in who.children if c.dep_ == "poss"]
            owners += [c for c in who.children if c.dep_ == "compound" and c.ent_type_ in ("PERSON", "ORG")]
            owners += [g for p in who.children if p.dep_ == "prep" and p.lower_ in ("from", "by", "of")
                       for g in p.children if g.dep_ == "pobj"]
            owners += [g for a in who.children if a.dep_ == "acl" for ag in a.children if ag.dep_ == "agent"
                       for g in ag.children if g.dep_ == "pobj"]
            owners += [_account_holder(g) for a in who.children if a.dep_ == "acl" for p in a.children
                       if p.dep_ == "prep" and p.lower_ in ("from", "on", "by") for g in p.children if g.dep_ == "pobj"]
            return owners[0] if owners else who
        else:
            return who
    return who


ACCOUNTS = {"account", "page", "handle", "channel", "feed", "profile", "website", "blog"}


def _account_holder(place: Token) -> Token:
    """"a tweet sent from Biden's Twitter account": whose account it is."""
    if place.lemma_.lower() in ACCOUNTS:
        return next((c for c in place.children if c.dep_ == "poss"), place)
    return place


CITING = {"cite", "quote", "recall", "repeat", "read", "share", "retweet", "echo"}  # someone else's words


def _perfect_subject(cue: Token) -> Token | None:
    """"The Ministry has, in a statement, called on ...": a participle the parser hung on a noun
    after "has" and an aside is the perfect tense of the sentence's subject."""
    sent = cue.sent
    for aux in sent:
        if aux.i >= cue.i:
            break
        if aux.lower_ in ("has", "have", "had") and aux.dep_ == "aux":
            subjects = [c for c in aux.children if c.dep_ in ("nsubj", "nsubjpass")]
            between = cue.doc[aux.i + 1:cue.i]
            if subjects and any(t.is_punct for t in between) and not any(
                    t.pos_ in ("VERB", "AUX") for t in between):
                return _named_speaker(subjects)
    return None


def _speaker_words(cue: Token) -> tuple[Token | None, str]:
    """The subject (or by-agent, or quoted person) of a cue, as the words say it."""
    if cue.lower_ == "according":
        objs = [t for t in cue.nbor(1).children if t.dep_ == "pobj"]
        return (objs[0] if objs else None), "according to"
    if cue.lower_ == "like":  # "people are like, "...""
        subjects = [c for c in cue.doc[cue.i - 1].children if c.dep_ == "nsubj"]
        return (_named_speaker(subjects) if subjects else None), "like"
    cited = [o for o in cue.children if o.dep_ == "dobj"]
    if cue.lemma_.lower() in CITING and cited and cited[0].ent_type_ == "PERSON":
        return cited[0], cue.lemma_  # 'quoting Lincoln: "..."' (and the parse of "citing the Chuck Jones quote")
    if cue.lemma_.lower() in CITING and cited and cited[0].lemma_.lower() in DOCUMENTS and (
            owner := _voice(cited[0])) is not cited[0]:
        return owner, cue.lemma_  # "citing the Chuck Jones quote that "...""
    quoting = _quoting_verb(cue)
    if quoting is not None:  # "Interfax quoted Lavrov as saying", "Lavrov was quoted as saying"
        objs = [t for t in quoting.children if t.dep_ in ("dobj", "nsubjpass")]
        return (objs[0] if objs else None), "quoted as saying"
    agents = [g for c in cue.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agents:  # "Gutierrez was described by the bishops as '...'": the bishops speak
        return agents[0], cue.lemma_
    if cue.lower_ in ("read", "reads") and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass")
                                                   for c in cue.children) and (found := _read_from(cue)):
        return found, "read"
    if cue.tag_ == "VBN" and cue.dep_ == "acl" and (having := _perfect_subject(cue)) is not None:
        return having, cue.lemma_  # "The Ministry has, in a statement, called on drivers to "...""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children) or (cue.tag_ == "VBN" and cue.dep_ == "acl"):
        # "Trump was accused of '...'": he is spoken of; who spoke is not said, unless a "by" the
        # parser hung lower says it ('was announced to be a "pandemic" by the WHO')
        return _by_name(cue), cue.lemma_
    if cue.tag_ == "VBG" and (doer := _with_doer(cue)) is not None:
        return doer, cue.lemma_  # "with the NTSB yesterday confirming on Twitter they were "...""
    if cue.tag_ == "VBD" and cue.dep_ == "acl" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        # "Mitsotakis speaking to the Atlantic Council think tank called the agreement "null and
        # void"": a past tense the parser hung on a noun is the sentence's predicate
        subjects = [c for c in cue.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return _named_speaker(subjects), cue.lemma_
    verb = cue
    for _ in range(5):
        subj = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
        if len(subj) > 1 and not _quoted(cue):  # '"..., and all that," Day said': the parser also made
            subj = [t for t in subj if not _quoted(t)] or subj  # the quote's "that" a subject
        subj = subj or subjects_on_auxiliary(verb)
        if subj:
            if verb is cue and cue.tag_ == "VBG" and subj[0].pos_ == "NOUN" and not _could_speak(subj[0]) \
                    and cue.head.i != cue.i:
                verb = cue.head  # "tweeted her reasoning saying": the reasoning does not speak
                continue
            if subj[0].tag_ in ("WDT", "WP"):  # "Lavrov, who said ..."
                return (verb.head if verb.dep_ == "relcl" else None), cue.lemma_
            named = _named_speaker(subj)
            if _quoted(named) and not _quoted(cue):
                # 'said, "... Facebook has to search ...", also observing, "..."': the climb went
                # into a quote; its speaker is whoever the quote is the words of
                top = verb
                while top.head.i != top.i and _quoted(top.head):
                    top = top.head
                if top.head.i != top.i and not _quoted(top.head):
                    verb = top.head
                    continue
            if named.lower_ in ("it", "this") and cue.lemma_ == "read" and (issued := _document_before(cue)):
                return issued, cue.lemma_  # 'GFT released a statement. It read, "..."'
            if named.pos_ == "NOUN" and verb is not cue and verb.dep_ == "relcl" and cue.tag_ == "VBG" \
                    and not _could_speak(named) and _could_speak(verb.head):
                # 'An eyewitness described how the attack unfolded, stating, "..."' (the "how"
                # clause taken for a relative clause on the witness): the attack does not speak
                return verb.head, cue.lemma_
            if named.pos_ == "NOUN" and named.ent_type_ != "PERSON" and verb.dep_ == "ccomp" \
                    and is_cue(verb.head) and verb.head.i != verb.i:
                outer, how = _speaker_words(verb.head)
                if outer is not None and outer.ent_type_ == "PERSON":
                    # 'Blackburn told Discover the frequency of spiky skulls suggested: "..."':
                    # what a person tells of a thing's suggesting is the person's words
                    return outer, how
            return named, cue.lemma_
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
            verb = verb.head.head  # "He continued by announcing, ..."
            continue
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj":
            verb = verb.head.head  # "X explained the decision saying, ...", "issued a statement saying"
            continue
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.i == verb.i:
            if verb.dep_ == "acl" and verb.i != cue.i and verb.head.pos_ in ("NOUN", "PROPN") and (
                    not is_passive(verb) or (cue.tag_ == "VBG" and is_cue(verb) and _could_speak(verb.head))):
                # the predicate the parser hung on its subject: 'Members of the House of Commons
                # protested by shouting "..."', 'An eyewitness described how it unfolded, stating, "..."'
                return verb.head, cue.lemma_
            break
        if verb.dep_ in ("advcl", "conj") and not is_cue(verb.head) and verb.head.dep_ == "ccomp" \
                and is_cue(verb.head.head):
            # 'X said the use of Y "costs ...", further saying', 'He claimed a vaccine was near and
            # said people are "learning to live"' (hung on the reported clause): X speaks
            verb = verb.head.head
        else:
            verb = verb.head  # "... and added", "went on to say"
    beside = _name_beside(cue)
    if beside is None and verb is not cue and is_cue(verb):
        # 'Calling it "just another apology", Anna Franowska of a charity told Reuters', the name
        # hung on the quote: whoever the cue it opens for speaks
        beside = _name_beside(verb)
    return beside, cue.lemma_


def _with_doer(cue: Token) -> Token | None:
    """X in "with X (yesterday) doing": the doer of the participle, however it was parsed."""
    doc, k = cue.doc, cue.i - 1
    while k > cue.sent.start and (doc[k].ent_type_ in ("DATE", "TIME") or doc[k].dep_ == "npadvmod"):
        k -= 1
    tok = doc[k]
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.pos_ in ("PROPN", "NOUN") and k < cue.i:
        return tok
    if tok.lower_ in ("latter", "former") and k > 1 and doc[k - 1].lower_ == "the" and doc[k - 2].lower_ == "with":
        return tok  # "with the latter yesterday confirming", whatever the parser made of "latter"
    if cue.dep_ == "acl" and cue.head.lower_ != "with" and cue.head.head.lower_ == "with":
        return cue.head
    return None


def _quoted(tok: Token) -> bool:
    """Is the token between quote marks of its sentence?"""
    return sum(_is_mark(t) for t in tok.doc[tok.sent.start:tok.i]) % 2 == 1


def _by_name(cue: Token) -> Token | None:
    """The name after a "by" below a passive cue, however the parser hung the "by"."""
    for tok in cue.subtree:
        if tok.dep_ == "prep" and tok.lower_ == "by" and tok.i > cue.i:
            names = [g for g in tok.children if g.dep_ == "pobj" and g.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")]
            if names:
                return names[0]
    return None


def _document_before(cue: Token) -> Token | None:
    """Whose a document is that "it" stands for: the last statement, letter, ... named in the
    sentence before the cue's, or before the cue in its own, given to its issuer."""
    doc, sent = cue.doc, cue.sent
    start = previous.start if (previous := sentence_before(sent)) is not None else sent.start
    for tok in reversed(doc[start:cue.i - 1]):
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in DOCUMENTS:
            who = _voice(tok)
            if who is tok and tok.dep_ == "dobj":  # "GFT released a statement": GFT's
                subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
                who = subjects[0] if subjects else tok
            return who
    return None


def _could_speak(tok: Token) -> bool:
    """A name, a person noun or a document: something that can say words."""
    return tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.pos_ in ("PROPN", "PRON") or \
        tok.lemma_.lower() in PERSON_NOUNS or tok.lemma_.lower() in DOCUMENTS or gender_of_noun(tok.lemma_) is not None


def _read_from(cue: Token) -> Token | None:
    """What "reads" when the parser hung "read" inside the noun phrase before it: "The summary of
    the decision read in part" -> the summary; "the statement on the death read" -> the statement."""
    tok = cue
    while tok.dep_ in ("pobj", "prep", "acl", "compound") and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok is not cue and tok.pos_ in ("NOUN", "PROPN") else None


def _name_beside(cue: Token) -> Token | None:
    """Who speaks when the parser gave the cue no subject: in '"...," said a protester' (the
    speaker taken for an object), whoever follows the cue; in '"...", Caloundra coach Geoff Ingram
    said' (with "coach" read as a verb), the person named before it with no verb between."""
    before = [t for t in cue.doc[max(0, cue.i - 2):cue.i] if t.text != ","]
    if before and _is_mark(before[-1]) and cue.lemma_ not in ("tell", "ask", "urge"):
        after = [c for c in cue.children if c.dep_ in ("dobj", "attr") and c.i > cue.i]
        if not after and cue.dep_ in ("amod", "compound") and cue.head.i > cue.i and cue.head.pos_ in ("PROPN", "NOUN"):
            after = [cue.head]  # '"..." tweeted Mayor of London Sadiq Khan', the cue read as an adjective
        if after:
            return _named_speaker(after)
    if cue.i == cue.sent.start:  # 'Remarked scientist Tierra Curry, "..."': the name after the cue
        for tok in cue.doc[cue.i + 1:cue.sent.end]:
            if _is_mark(tok):
                break
            if tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B":  # a name of its own, not run on from the cue
                return tok
    for tok in reversed(cue.doc[max(cue.sent.start, cue.i - 6):cue.i]):  # "X delivered a speech declaring"
        if tok.is_punct:
            break
        if tok.ent_type_ == "PERSON":
            return tok
    quoted = False
    k = cue.i - 1
    while k >= cue.sent.start:  # else the nearest person with no verb between
        tok = cue.doc[k]
        k -= 1
        if _is_mark(tok):
            quoted = not quoted
        elif quoted:
            continue  # 'Anna Franowska of "Have no fear", a charity, told Reuters'
        elif (aside := _aside_before(tok, cue)) is not None:
            if _could_speak(aside):  # 'a senior official, speaking on condition of anonymity, said:'
                return aside
            return None
        elif tok.tag_.startswith("VB") or tok.tag_ == "MD":  # by tag: a misparse may make "of" an AUX
            return _participle_subject(cue, tok)
        elif tok.ent_type_ == "PERSON":
            return tok
    return None


def _aside_before(tok: Token, cue: Token) -> Token | None:
    """The noun before a participle set off by commas right before the cue (", speaking on
    condition of anonymity, said"), whom the aside is about, if ``tok`` is that participle."""
    doc = tok.doc
    if tok.tag_ != "VBG" or tok.i < 2 or doc[tok.i - 1].text != "," or doc[cue.i - 1].text != ",":
        return None
    if any(t.tag_.startswith("VB") for t in doc[tok.i + 1:cue.i]):
        return None
    before = doc[tok.i - 2]
    return before if before.pos_ in ("NOUN", "PROPN") else None


def _participle_subject(cue: Token, verb: Token) -> Token | None:
    """'Trump took to social media, posting on Twitter, "..."': a participle after a comma is said by
    the subject of the clause before it (``verb``: that clause's nearest verb), however it was parsed."""
    if cue.tag_ != "VBG" or cue.i == 0 or cue.doc[cue.i - 1].text != ",":
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return _named_speaker(subjects) if subjects else None


def _named_speaker(subjects: list[Token]) -> Token:
    """The person among a cue's subjects: '..., said University of California, San Diego's
    chancellor, Pradeep Khosla', '..., said study co-author Mara Mulrooney' (the parser takes the
    first words for the subject and hangs the name beside them)."""
    first = subjects[0]
    if first.ent_type_ == "PERSON" or first.pos_ == "PRON":
        return first
    if _source_of_report(first) and (named := _person_within(first)) is not None:
        return named  # 'According to ISNA, the prosecutor, Ali Mehr, said', the source taken for the subject
    chain = list(subjects)
    for tok in chain:  # the subjects and what hangs on them by "and" or apposition, in turn
        chain += [c for c in tok.children if c.dep_ in ("conj", "appos") and c not in chain]
    names = [t for t in chain if t.pos_ == "PROPN" and (t.ent_type_ == "PERSON" or (
        t.ent_type_ == "" and t.text[:1].isupper() and not _hyphened(t)))
        or (t in subjects[1:] and t.pos_ == "PROPN" and not _hyphened(t))]  # "Early opponent MP Tanya Davies said"
    if names and names[-1].i > first.i:
        return names[-1]
    doc, k = first.doc, first.right_edge.i + 1  # 'tweeted former executive Ken Mwangi', the name hung elsewhere
    while k < len(doc) and doc[k].ent_type_ == "PERSON":
        k += 1
    return doc[k - 1] if k - 1 > first.right_edge.i else first


def _source_of_report(tok: Token) -> bool:
    """Words in a sentence's opening "According to ..." phrase, before its comma."""
    opening = [t for t in tok.doc[tok.sent.start:tok.left_edge.i] if not t.is_space]
    return len(opening) >= 2 and opening[0].lower_ == "according" and opening[1].lower_ == "to" \
        and not any(t.text == "," for t in opening)


def _person_within(tok: Token) -> Token | None:
    """The last word of the first person's name in what hangs on a word, after it."""
    names = [t for t in tok.subtree if t.i > tok.i and t.ent_type_ == "PERSON"]
    if not names:
        return None
    last = names[0]
    while last.i + 1 < len(tok.doc) and tok.doc[last.i + 1].ent_iob_ == "I" and tok.doc[last.i + 1].ent_type_ == "PERSON":
        last = tok.doc[last.i + 1]
    return last


def _hyphened(tok: Token) -> bool:
    """Part of a hyphenated name ("Jamaat-e-Islami"), or a hyphen."""
    doc = tok.doc
    return tok.is_punct or (tok.i > 1 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_)


def _quoting_verb(cue: Token) -> Token | None:
    """The "quoted" of "quoted X as saying" when the cue is that "saying"."""
    tok = cue
    for _ in range(2):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.lemma_ == "quote":
            return tok
    return None


def _tokens(doc: Doc, start: int, end: int) -> Span:
    """The tokens wholly inside [start, end)."""
    return doc.char_span(start, end, alignment_mode="contract") or doc[0:0]


def _governing_cue(quoted: Span) -> Token | None:
    """A speech verb outside the quote that the quoted words hang from ("said X was "...")."""
    for tok in quoted:
        if quoted.start <= tok.head.i < quoted.end:
            continue
        anc = tok.head
        # a phrase may hang deep in what the cue says ("explained that crews might turn them off
        # for reasons such as "in certain sea areas ...""); a word or two that deep is a scare quote
        for _ in range(8 if len([t for t in quoted if not t.is_punct]) > 2 else 4):
            if not quoted.start <= anc.i < quoted.end and is_cue(anc):
                return anc
            if anc.head.i == anc.i or _own_clause(anc):
                break
            anc = anc.head
    return None


def _own_clause(tok: Token) -> bool:
    """A clause with a subject of its own joined by "and" to a speech verb: "told her mother,
    and she's like "..."" is not what "told" says (but in 'said the deal was good, and it "will
    last"' the second clause is still part of what was said)."""
    return tok.dep_ == "conj" and is_cue(tok.head) and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _is_mark(tok: Token) -> bool:
    singles = _mark_offsets(tok.doc)
    if singles is not None:
        return tok.idx in singles
    return _MARKS.fullmatch(tok.text) is not None


def _after(doc: Doc, end: int, size: int) -> list[Token]:
    """The words after a quote's closing mark (``size``: the length of the text)."""
    span = doc.char_span(end, min(size, end + _REACH), alignment_mode="expand") if end < size else None
    tokens = list(span) if span is not None else []
    if tokens and _is_mark(tokens[0]):
        tokens = tokens[1:]
    return tokens[:_WINDOW + 1]


def _before(doc: Doc, start: int) -> list[Token]:
    """The words before a quote's opening mark, nearest first."""
    span = doc.char_span(max(0, start - _REACH), start, alignment_mode="contract") if start > 0 else None
    tokens: list[Token] = []
    for tok in reversed(span) if span is not None else ():
        if tok.is_space:
            if "\n" in tok.text and tok.i > 0 and doc[tok.i - 1].text != ":":
                break  # the line before is not this quote's, unless it ends 'writes:'
            continue
        tokens.append(tok)
    if tokens and _is_mark(tokens[0]):
        tokens = tokens[1:]
    return tokens[:_WINDOW]


def _cue_after(doc: Doc, text: str, start: int, end: int) -> Token | None:
    """The cue in the words right after the closing mark: '"...," he said', '", said X'. A
    quote closed by a full stop ends its sentence: a cue after it belongs to the next one; so
    does a cue in the next paragraph."""
    full_stop = text[start:end].rstrip().endswith(".")
    for n, tok in enumerate(_after(doc, end, len(text))):
        if _is_mark(tok) or (full_stop and tok.is_sent_start) or "\n" in text[end:tok.idx]:
            return None  # another quote starts, or another sentence: a cue there is its own
        if is_cue(tok):
            return tok
        if tok.is_sent_end and (n > 0 or tok.text == "."):
            return None  # '"they raped me". The defendants claimed': the next sentence's cue
    return None


def _cue_before(doc: Doc, start: int) -> Token | None:
    """The cue in the words right before the opening mark: 'X said: "..."', 'according to X, "..."'."""
    for tok in _before(doc, start):
        if _is_mark(tok) or (tok.is_sent_end and tok.text != ":"):
            return None  # another quote, or the end of the sentence before this one
        if is_cue(tok):
            return tok
        if tok.is_sent_start:
            return None
    return None


def _next_sentence_cue(doc: Doc, text: str, end: int) -> Token | None:
    """'"..." He said ...': the next sentence opens with a speaker and a speech verb."""
    words = [t for t in _after(doc, end, len(text)) if not t.is_punct]
    if not words or not words[0].is_sent_start or "\n" in text[end:words[0].idx]:
        return None
    root = words[0].sent.root
    subj = [t for t in root.children if t.dep_ == "nsubj"]
    if not is_cue(root) or root.lower_ == "according" or not subj or subj[0].i > words[0].i + 3:
        return None
    return root


def _nearest_with_speaker(doc: Doc, text: str, start: int, end: int, frame: QuoteFrame) -> None:
    """Give the frame the cue just before or after the quote, if that one names a speaker."""
    for other in (_cue_before(doc, start), _cue_after(doc, text, start, end)):
        if other is not None and other.i != frame.cue.i:
            who, how = speaker_token(other)
            if who is not None:
                frame.cue, frame.speaker, frame.how = other, who, how
                return


FIRST_PERSON_WORDS = {"i", "me", "my", "mine", "we", "us", "our", "ours"}


def _previous_subject(doc: Doc, quoted: Span, paras: list[tuple[int, int]]) -> Token | None:
    """'She left the series in 1988. "This is not what I wanted to become an actor for."': a
    quote in the first person that stands as a sentence of its own, with no cue anywhere, is
    the words of the person the sentence before it is about (a name or he/she); so is a quote in
    any person after a sentence in which that person spoke out ("criticized the decision via
    Twitter")."""
    if len(quoted) < 4:
        return None
    opening = quoted[0] if quoted[0].i == 0 or not _is_mark(doc[quoted[0].i - 1]) else doc[quoted[0].i - 1]
    if not opening.is_sent_start:
        return None
    first = quoted[0].i - 1
    while first >= 0 and doc[first].is_punct:
        first -= 1
    if first < 0 or not _same_paragraph(paras, doc[first].idx, quoted.start_char):
        return None
    root = doc[first].sent.root
    if not any(t.lower_ in FIRST_PERSON_WORDS for t in quoted) and not _spoke_out(root):
        return None
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj and (subj[0].ent_type_ == "PERSON" or subj[0].lower_ in ("he", "she")):
        return subj[0]
    return None


# verbs by which someone spoke out, whose words a quote right after may give in any person
SPEAKING_OUT = {"tweet", "post", "write", "comment", "respond", "reply", "react", "criticize", "criticise",
                "condemn", "slam", "blast", "praise", "welcome", "defend", "mock", "weigh"}


def _spoke_out(verb: Token) -> bool:
    """"X also criticized the decision via Twitter." (then a quote): a verb of speaking out, said
    with its medium unless it names one itself ("tweeted", "wrote")."""
    lemma = verb.lemma_.lower()
    if lemma not in SPEAKING_OUT:
        return False
    return lemma in ("tweet", "post", "write", "comment", "respond", "reply") or any(
        g.lower_ in MEDIA or g.lemma_.lower() in ("statement", "tweet", "post", "interview", "video", "letter")
        for p in verb.children if p.dep_ == "prep" and p.lower_ in ("via", "on", "in", "through")
        for g in p.children if g.dep_ == "pobj")


def _first_person_in_her_sentence(quoted: Span) -> Token | None:
    """A quote in the first person inside a sentence about a person, with no cue: that person's
    words ('Lisa Mancini has been cosplaying for two years, her "passion" for the hobby "stemmed
    through my love for Halloween."')."""
    if not quoted or not any(t.lower_ in FIRST_PERSON_WORDS for t in quoted):
        return None
    sent = quoted[0].sent
    if quoted.start <= sent.start + 1:
        return None  # a quote that opens its sentence: see _previous_subject
    subj = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < quoted.start]
    if subj and (subj[0].ent_type_ == "PERSON" or subj[0].lower_ in ("he", "she")):
        return subj[0]
    return None


ISSUING = {"issue", "release", "publish", "send", "post", "deliver", "circulate", "distribute", "put"}
INTRODUCER_PRONOUNS = {"i", "we", "he", "she", "they"}
# people whose words a quote after their clause is: 'A spokesman expressed disappointment; "..."'
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "official", "minister", "president", "secretary",
                "ambassador", "envoy", "prosecutor", "lawyer", "attorney", "director", "chairman", "chairwoman"}
# bodies that issue statements: 'The Department issued a statement: "..."'
BODIES = {"department", "ministry", "campaign", "government", "office", "agency", "police", "army", "court", "palace",
          "council", "committee", "commission", "embassy", "company", "party", "union", "study", "report"}
NAMED_SPEAKERS = {"PERSON", "ORG", "NORP", "GPE"}  # "Trump" is sometimes tagged an adjective


def _introducer(doc: Doc, start: int) -> Token | None:
    """'Trump defended his decision: "..."', 'She tweeted, "..."': a quote that completes a
    clause ending in a colon or a comma is the words of that clause's subject, when the subject
    is a name or a personal pronoun (not 'the sign read: "..."')."""
    before = _before(doc, start)
    if len(before) >= 2 and before[0].text in ("—", "–", ":") and before[1].pos_ == "NOUN" and (
            before[1].lower_ in DOCUMENTS or before[1].lemma_.lower() in DOCUMENTS) \
            and before[1].dep_ not in ("dobj", "pobj", "attr"):  # (not 'Bolsonaro opposed Macron's statement: "..."')
        owner = next((c for c in before[1].children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner  # 'The president's words — "we will win this war" — were broadcast': his
    if len(before) < 2 or before[0].text not in (":", ",", ";"):
        return None
    root = before[1]  # the top of the clause before the mark (the parser may hang it on the quote)
    while root.head.i < before[0].i and root.head.i != root.i:
        root = root.head
    if root.pos_ not in ("VERB", "AUX") or _written_on_a_thing(root):
        return None
    documents = [c for c in root.children if c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENTS]
    if documents and root.lemma_.lower() in ISSUING and (issuer := _voice(documents[0])).i != documents[0].i:
        return issuer  # 'The palace issued the following statement from the king: "..."'
    subj = [c for c in root.children if c.dep_ == "nsubj"]
    if not subj:
        return None
    speaker = _voice(subj[0])  # "Part of Trump's tweet included the statement, ..." -> Trump
    if not (speaker.pos_ == "PROPN" or speaker.ent_type_ in NAMED_SPEAKERS or speaker.lower_ in INTRODUCER_PRONOUNS
            or speaker.lemma_.lower() in SPOKESPEOPLE | BODIES):
        return None
    return speaker


def _embedded(doc: Doc, start: int) -> bool:
    """Does the quote stand inside a sentence, after words that do not introduce it?"""
    before = _before(doc, start)
    if not before or before[0].is_sent_end or "\n" in text_of(doc)[before[0].idx:start] or (
            before[0].i + 1 < len(doc) and doc[before[0].i + 1].is_sent_start):
        return False  # the first words of a sentence, or of a line
    prev = before[0]
    if prev.text == "," and len(before) > 1:
        prev = before[1]
    return prev.text != ":" and not is_cue(prev)


def _is_speech(doc: Doc, text: str, start: int, end: int, quoted: Span, cue: Token | None,
               governed: bool) -> bool:
    """Scare quotes and titles are not speech: one or two words, a title, or a short verbless
    phrase inside a sentence, unless they are the words of a speech verb."""
    embedded = _embedded(doc, start)
    words = text[start:end].split()
    if cue is not None and _written_on_a_thing(cue, loose=False):
        return False  # 'a banner saying "put it to the people"': a slogan, not someone's words
    if cue is not None and cue.lemma_ == "name" and cue.tag_ != "VBG":
        return False  # 'named the virus "severe acute respiratory syndrome coronavirus 2"': a name
    if cue is not None and cue.lemma_ in NAMING_VERBS and (len(words) < 3 or _title_like(words) or (
            any(c.dep_ == "auxpass" for c in cue.children) and not any(c.dep_ == "agent" for c in cue.children))):
        return False  # 'a concept called "game"', 'often referred to as "The Lion Man"', 'this moment
        # is called "the development phase"': a name, not words said
    before = _before(doc, start)
    if before and before[0].lemma_.lower() in WORD_NOUNS and (len(words) <= 3 or before[0].lemma_.lower() in NAMES_OF_THINGS):
        return False  # 'the term "subject to"', 'the slogan "Make the World Greta Again"': words mentioned
    if len(before) > 1 and before[0].lower_ == "as" and before[1].lemma_.lower() in ("know", "name", "title"):
        return False  # 'a website known as "Welcome To Video"': a name
    if before and before[0].lower_ in ("titled", "entitled", "named"):
        return False  # 'a book titled "..."'
    if before and (before[0].lower_ == "so-called" or (
            len(before) > 2 and before[0].lower_ == "called" and before[1].text in ("-", "‑") and before[2].lower_ == "so")):
        return False  # 'the so-called "axis of resistance"': a label, whatever verb follows
    after = _after(doc, end, len(text))
    heads = [t for t in quoted if not quoted.start <= t.head.i < quoted.end and not t.is_punct]
    if len(words) <= 2 and after and after[0].pos_ == "NOUN" and heads and all(
            t.dep_ in ("amod", "compound", "nmod") and t.head.i == after[0].i for t in heads):
        return False  # 'a night of "relentless" bombardment': a word set apart inside a noun phrase
    if (len(before) > 1 and before[0].lower_ == "of" and before[1].ent_type_ == "PERSON"
            and len(words) <= 6 and words[0][:1].isupper() and not _object_of_a_verb(before[1])):
        return False  # 'Anna Franowska of "Have no fear", a charity': the name of her group
    if (embedded and not governed and len(words) <= 4 and not any(t.pos_ in ("VERB", "AUX") for t in quoted)
            and not (cue is not None and (cue.lower_ == "according" or cue.dep_ == "ROOT"))):
        return False  # 'reviewing "animal management plan" — could you tell us ...': a phrase set
        # apart, with a speech verb nearby that neither governs it nor heads its sentence
    if len(words) <= 6 and before and (before[0].pos_ == "DET" or before[0].tag_ == "PRP$"):
        after = _after(doc, end, len(text))
        if (after and after[0].pos_ == "NOUN") or (cue is None and not any(t.pos_ in ("VERB", "AUX") for t in quoted)):
            return False  # 'posted the "Allah is gay" photo', 'the "thin and flimsy ribs" of reindeer': a
            # name for a thing, or words set apart, inside a noun phrase
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in quoted)
    if len(words) <= 6 and not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in quoted) \
            and _a_named_term(before, _after(doc, end, len(text))):
        return False  # 'derived from the British "natural born subjects" which included': a term
    if cue is None and len(words) <= 4 and verbless and not (
            not embedded and text[start:end].rstrip().endswith((".", "!", "?", "…"))
            and (not after or after[0].is_sent_start)):
        return False  # '"Law and order" was a common theme', 'the "together save lives" trial': a term
        # (but '"Not today, not tomorrow."', a sentence of its own, is said)
    after = _after(doc, end, len(text))
    if after and after[0].lemma_.lower() in WRITTEN_ON:
        return False  # 'a "Revoke Article 50" poster': words on a thing
    if before and before[0].lower_ in ("means", "meaning", "meant", "translates", "translated"):
        return False  # 'lissoirs, which means "smoother"': a gloss
    if embedded and _a_title(words) and verbless:
        return False  # 'announced its choice of Greta Thunberg as its "Person of the Year"': a title
    if len(words) <= 2 and _names_the_subject(quoted):
        return False  # '"COVID-19" is to replace the temporary name': a name, the sentence's subject
    if len(words) > 2:
        return cue is not None or not embedded or (not _title_like(words) and (
            len(words) > 3 or any(t.pos_ in ("VERB", "AUX") for t in quoted)))
    if cue is None or _written_on_a_thing(cue):
        return False  # 'signs which read "silenced"': a slogan, not someone's words
    if not embedded:
        return True  # '"Never," he said.'
    heads = [t for t in quoted if not quoted.start <= t.head.i < quoted.end and not t.is_punct]
    return governed and any(t.pos_ in PARTIAL_QUOTE_HEADS for t in heads)


def _a_named_term(before: list[Token], after: list[Token]) -> bool:
    """A quoted phrase after "the" (and adjectives) that a relative clause goes on from: a term
    the sentence talks about ('the British "natural born subjects" which included ...')."""
    k = 0
    while k < len(before) and before[k].pos_ in ("ADJ", "PROPN") and before[k].dep_ in ("amod", "compound"):
        k += 1
    return (k < len(before) and before[k].lower_ == "the" and bool(after)
            and after[0].lower_ in ("which", "that", "who"))


def _names_the_subject(quoted: Span) -> bool:
    """A word or two in quotes that is the subject of a verb outside them: a name or a term."""
    heads = [t for t in quoted if not quoted.start <= t.head.i < quoted.end and not t.is_punct]
    return any(t.dep_ in ("nsubj", "nsubjpass") for t in heads)


def _object_of_a_verb(name: Token) -> bool:
    """Whether the verb right before a person's name acts on them ('accused Smith of "..."')."""
    k = name.i
    while k > 0 and name.doc[k - 1].ent_type_ == "PERSON":
        k -= 1
    return k > 0 and name.doc[k - 1].tag_.startswith("VB")


WRITTEN_ON = {"sign", "banner", "placard", "poster", "headline", "slogan", "shirt", "t-shirt", "graffiti",
              "caption", "label", "sticker", "plaque", "billboard", "flag", "board"}


def _written_on_a_thing(cue: Token, loose: bool = True) -> bool:
    """Is the cue's subject a sign, a banner or a headline ("signs which read ...", "a banner
    saying ...")? ``loose``: or the word just before the cue, which the parser may not link to it."""
    subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    if (cue.dep_ == "relcl" and (not subjects or subjects[0].tag_ in ("WDT", "WP"))) or (
            cue.dep_ == "acl" and cue.tag_ == "VBG"):
        subjects = [cue.head]
    before = [t for t in cue.doc[max(0, cue.i - 3):cue.i] if not t.is_punct and t.lower_ not in ("which", "that")]
    return any(t.lemma_.lower() in WRITTEN_ON for t in subjects + (before[-1:] if loose else []))


def _title_like(words: list[str]) -> bool:
    """"Breaking Into Comics", "Uncle John's Band": a name or a title, not speech."""
    capital = [w for w in words if w[:1].isalpha() and w[:1].isupper()]
    return len(capital) >= 0.6 * len(words)


def _a_title(words: list[str]) -> bool:
    """"Person of the Year", "Radio Control Law": two to six words, each capitalised but the small
    ones, with no comma or stop between them."""
    if not 2 <= len(words) <= 6 or any(w[-1:] in ",;:.!?" for w in words[:-1]):
        return False
    big = [w for w in words if w.lower().strip(".,;:!?") not in TITLE_SMALL_WORDS]
    return bool(big) and words[0][:1].isupper() and all(w[:1].isupper() for w in big)


# the small words a title leaves in lower case ("Person of the Year")
TITLE_SMALL_WORDS = {"of", "the", "a", "an", "and", "or", "in", "on", "at", "for", "to", "with", "by", "from"}


def quote_frames(doc: Doc) -> list[QuoteFrame]:
    """The quotes of an article, each with its cue and speaker words, from the parse alone."""
    layout = doc._.wc_layout
    text = text_of(doc)
    paras = [(p.start, p.end) for p in layout.paragraphs] if layout else [(0, len(text))]
    frames: list[QuoteFrame] = []
    previous: QuoteFrame | None = None
    for start, end, runs_on in quote_spans(text, paras):
        if in_boilerplate(doc, start):
            continue
        quoted = _tokens(doc, start, end)
        governing = _governing_cue(quoted)
        before = _cue_before(doc, start)
        cue = governing or (before if before is not None and before.lower_ == "like" else None) \
            or _cue_after(doc, text, start, end) or before  # 'they went like "...?" and I said
        according = _according_to(quoted) if cue is None else None
        if not _is_speech(doc, text, start, end, quoted, cue or according, governing is not None):
            continue
        introducer = _introducer(doc, start) if cue is None else None
        cue = cue or (according if introducer is None else None)
        frame = QuoteFrame(start, end, runs_on, cue)
        if cue is None and introducer is None and previous is not None and (
                previous.runs_on or _same_paragraph(paras, previous.end, start)
                or _speech_goes_on(doc, paras, previous, start)):
            frame.speaker, frame.how = previous.speaker, "continued"
        else:
            # 'The Department issued a statement: "..." They also said ...': the clause that
            # introduces the quote speaks, not the next sentence's subject
            frame.cue = cue or (_next_sentence_cue(doc, text, end) if introducer is None else None)
            if frame.cue is not None:
                frame.speaker, frame.how = speaker_token(frame.cue)
                if frame.speaker is not None and start <= frame.speaker.idx < end:
                    # '"The only conclusion I can reach ...," tweeted X': the parser took the
                    # quote's words for the subject
                    frame.speaker = _name_beside(frame.cue)
                if frame.speaker is None:  # a cue with no subject ("Speaking to NBC, she said, ...",
                    # which the parser may hang the quote on): the nearest cue that has one
                    _nearest_with_speaker(doc, text, start, end, frame)
            else:
                # 'Trump defended his decision: "..."'; 'Mancini has cosplayed for years, her
                # "passion" for it "stemmed from my love for Halloween"'
                frame.speaker = introducer or _first_person_in_her_sentence(quoted)
                frame.how = "introduced" if frame.speaker is not None else None
                if frame.speaker is None:
                    frame.speaker = _previous_subject(doc, quoted, paras)
                    frame.how = "follows" if frame.speaker is not None else None
        if frame.speaker is None and len(text[start:end].split()) <= 4 and not runs_on:
            continue  # a word or a phrase in quotes that no one is said to say: a term, a gloss, a label
            # ('the Swahili phrase ... or "together save lives"'), not speech
        frames.append(frame)
        previous = frame
    for k in range(len(frames) - 2, -1, -1):  # a paragraph of speech left open with no cue is the
        # speaker's whom the quote it runs on into names: '"The hospitals are overwhelmed.¶"We are
        # running out of fuel," Abiad said'
        frame, after = frames[k], frames[k + 1]
        if frame.speaker is None and frame.runs_on and after.speaker is not None \
                and _opens_the_next_paragraph(paras, frame.end, after.start):
            frame.speaker, frame.how, frame.cue = after.speaker, "continued", after.cue
    return frames


def _speech_goes_on(doc: Doc, paras: list[tuple[int, int]], previous: QuoteFrame, start: int) -> bool:
    """'"We are horrified," said X.¶"Civilians must be protected."': a paragraph that opens with
    a quote and names no one, right after a paragraph that ends with a quote and its speaker,
    goes on with that speaker's words (the wire convention)."""
    if previous.speaker is None or not _opens_the_next_paragraph(paras, previous.end, start):
        return False
    k = next(k for k, (p_start, p_end) in enumerate(paras) if p_start <= previous.end <= p_end)
    last = _tokens(doc, previous.start, previous.end)
    return bool(last) and last[-1].sent.end_char >= len(doc.text[:paras[k][1]].rstrip())


def _opens_the_next_paragraph(paras: list[tuple[int, int]], end: int, start: int) -> bool:
    """Does a quote starting at ``start`` open the paragraph after the one ``end`` is in?"""
    k = next((k for k, (p_start, p_end) in enumerate(paras) if p_start <= end <= p_end), None)
    return k is not None and k + 1 < len(paras) and 0 <= start - paras[k + 1][0] <= 2


def _according_to(quoted: Span) -> Token | None:
    """The "according" of a sentence that opens with "According to X,": all it says is X's."""
    if not quoted:
        return None
    sent = quoted[0].sent
    first = sent[0] if not sent[0].is_space else sent[1] if len(sent) > 1 else sent[0]
    return first if first.lower_ == "according" and is_cue(first) and first.i < quoted.start else None


def _same_paragraph(paras: list[tuple[int, int]], a: int, b: int) -> bool:
    for p_start, p_end in paras:
        if p_start <= a <= p_end:
            return p_start <= b <= p_end
    return False


def find_quotes(doc: Doc) -> list[QuoteMention]:
    """The quotes with their speakers resolved to actors (a "he" to the person it means)."""
    index = doc._.wc_actor_index
    frames = index.quotes if index is not None else quote_frames(doc)
    text = text_of(doc)
    quotes = [QuoteMention(f.start, f.end, _speaker(index, f.speaker) if index and f.speaker is not None
                           else None, f.how, f.cue) for f in frames]
    # a short quote whose speaker is no one the article names is a term or a label as likely as
    # speech ('you said "intellectual property"'): not reported
    return [q for q in quotes if q.speaker is not None or len(text[q.start:q.end].split()) > 4]


def _speaker(index, tok: Token) -> ActorMention | None:
    """The speaker as an actor; a speaker no dictionary or rule codes ("one witness", "a
    resident") is still named by its words, without codes."""
    found = index.resolve(tok)
    members = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    partitive = tok.pos_ in ("NUM", "PRON") and bool(members)
    if partitive and found is not None and not any(m.i in range(found.span.start, found.span.end) for m in members):
        return found  # "One of these groups, the Syrian Democratic Forces, said": the one named
    if not partitive and (found is not None or tok.pos_ not in ("NOUN", "PROPN")):
        return found
    last = members[0].right_edge.i if partitive else tok.i  # "one of the children"
    words = [t for t in tok.doc[tok.left_edge.i:last + 1] if not t.is_punct]
    if not words:
        return found
    while len(words) > 1 and words[0].lower_ in ("the", "a", "an"):
        words = words[1:]
    span = tok.doc[words[0].i:last + 1]
    if found is not None:  # "one of the Kenyan students": one of them, with their codes
        e = found.entity
        return ActorMention(span, Entity(span.text, span.start_char, span.end_char, country=e.country,
                                         sector=e.sector, kind=e.kind, how=e.how))
    return ActorMention(span, Entity(span.text, span.start_char, span.end_char, kind="person",
                                     how="speaker's words"))


@Language.factory("wc_quotes", assigns=["doc._.wc_quotes"])
def make_quotes(nlp: Language, name: str) -> "QuoteAnnotator":
    return QuoteAnnotator()


class QuoteAnnotator:
    """Sets ``doc._.wc_quotes``: direct quotes with speaker and cue."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.wc_quotes = find_quotes(doc)
        return doc
