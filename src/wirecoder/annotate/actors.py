"""Actors: who the article talks about, each with a country and a sector and the reason.

Three sources, best first: the actor dictionaries (countries, capitals as metonymy, groups,
organisations, officeholders, agent nouns), roles the article itself gives a person
("Russia's foreign minister Sergei Lavrov", "Ana Brnabic, the Serbian prime minister"), and
the words of a noun phrase ("two Estonian diplomats": EST from the adjective, GOV from the
noun). Later mentions of a person ("Mr Lavrov", "Lavrov", "He") resolve to the same person
by our own rules: no offline coreference package works here.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from wirecoder.lexicon.actors import ActorEntry, ActorLexicon
from wirecoder.nlp.extensions import ActorMention, in_boilerplate, published
from wirecoder.record import Entity

COUNTRY_KINDS = {"country", "adjective", "capital", "seat", "region"}
NAME_KINDS = {"person", "seat", "capital", "group", "organisation", "region", "country"}
LOCATIVE = {"in", "at", "near", "from", "to", "into", "across", "outside", "inside", "around", "through"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mr.", "mrs.", "ms.", "dr.", "lord"}
PERSONAL = {"he", "she", "him", "her", "his"}
MODIFIER_DEPS = {"amod", "compound", "poss", "nmod", "npadvmod"}


def _entity(span: Span, entry: ActorEntry | None, how: str, kind: str | None = None, **over) -> Entity:
    fields = dict(name=entry.name if entry else None, country=entry.country if entry else None,
                  sector=entry.sector if entry else None)
    fields.update({k: v for k, v in over.items()})
    return Entity(span.text, span.start_char, span.end_char, how=how,
                  kind=kind or (entry.kind if entry else None), **fields)


class ActorIndex:
    """The actor mentions of one article and the people they refer to, for role lookups."""

    def __init__(self, doc: Doc, lexicon: ActorLexicon):
        self.doc = doc
        self.lexicon = lexicon
        self.on = published(doc)
        self.mentions: list[ActorMention] = []
        self.by_token: dict[int, ActorMention] = {}
        self.people: dict[str, Entity] = {}  # surname key -> what we know of that person

    # -- dictionary and NER pass ------------------------------------------------------------
    def add(self, mention: ActorMention) -> None:
        if any(i in self.by_token for i in range(mention.span.start, mention.span.end)):
            return
        self.mentions.append(mention)
        for i in range(mention.span.start, mention.span.end):
            self.by_token[i] = mention

    def scan_dictionary(self, sent: Span) -> None:
        words = [t.text for t in sent]
        i = 0
        while i < len(words):
            found = self.lexicon.match(words, i, on=self.on)
            if not found:
                i += 1
                continue
            n, entries = found
            span = sent[i:i + n]
            if span[0].lower_ == "the" and n > 1:
                span = span[1:]
            entry = entries[0]
            if _inside_name(span):
                i += n  # "Hassan" in "Abdifatah Hassan Aden" is not the dictionary's Hassan
                continue
            if entry.kind in ("agent", "ethnicity") or (entry.kind == "adjective" and span.root.pos_ == "ADJ"):
                i += n  # agent nouns, ethnicities and adjectives describe phrases; they are not names
                continue
            how = "metonymy" if entry.kind in ("capital", "seat") else "dictionary"
            if entry.kind in ("capital", "country") and self._is_locative(span):
                i += n  # "in Moscow" is a place, not an actor
                continue
            key = span.text.split()[-1].lower() if entry.kind == "person" else None
            self.add(ActorMention(span, _entity(span, entry, how), key))
            if key:
                self.people.setdefault(key, self.by_token[span.start].entity)
            i += n

    def scan_surnames(self, sent: Span) -> None:
        """Later mentions by surname alone ("Lavrov", "Mr Lavrov") that NER did not tag."""
        for tok in sent:
            if tok.i in self.by_token or tok.pos_ != "PROPN" or tok.lower_ not in self.people:
                continue
            known = self.people[tok.lower_]
            span = self.doc[tok.i:tok.i + 1]
            self.add(ActorMention(span, Entity(tok.text, tok.idx, tok.idx + len(tok.text), name=known.name,
                                               country=known.country, sector=known.sector,
                                               how="coreference: " + (known.name or tok.text), kind="person"),
                                  tok.lower_))

    def _is_locative(self, span: Span) -> bool:
        head = span.root
        return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE

    def scan_named(self, sent: Span) -> None:
        for ent in sent.ents:
            if ent.label_ not in ("PERSON", "ORG", "NORP") or ent.start in self.by_token:
                continue
            if ent.label_ == "NORP":
                continue  # demonyms describe phrases ("Estonian diplomats"), handled there
            if ent.label_ == "PERSON":
                self.add_person(ent)
            else:
                country, sector, why = self.describe(ent.root, within=ent)
                self.add(ActorMention(ent, Entity(ent.text, ent.start_char, ent.end_char, name=ent.text,
                                                  country=country, sector=sector,
                                                  how=why or "ner", kind="organisation")))

    def add_person(self, ent: Span) -> None:
        key = ent[-1].lower_
        if ent[0].lower_ in HONORIFICS and len(ent) > 1:
            ent = ent[1:]
        known = self.people.get(key)
        country, sector, why = self.person_role(ent)
        if known and not country:
            entity = Entity(ent.text, ent.start_char, ent.end_char, name=known.name, country=known.country,
                            sector=known.sector, how="coreference: " + (known.name or key), kind="person")
        else:
            entity = Entity(ent.text, ent.start_char, ent.end_char, name=ent.text, country=country,
                            sector=sector, how=why or "ner", kind="person")
            if country or sector or key not in self.people:
                self.people[key] = entity
        self.add(ActorMention(ent, entity, key))

    # -- roles from the article itself ------------------------------------------------------
    def person_role(self, ent: Span) -> tuple[str | None, str | None, str | None]:
        """Country and sector a person gets from their title in the sentence, with the evidence."""
        root = ent.root
        titles: list[Token] = []
        if root.dep_ == "appos":
            titles.append(root.head)  # "Russia's foreign minister Sergei Lavrov"
        titles += [c for c in root.children if c.dep_ == "appos"]  # "Brnabic, the Serbian prime minister"
        titles += [c for c in root.children if c.dep_ == "compound" and c.i < ent.start]  # "police spokesman X"
        for title in titles:
            country, sector, why = self.describe(title)
            if country or sector:
                words = self._phrase(title)
                return country, sector, f"appositive: {self.doc[words[0].i:words[-1].i + 1].text}"
        return None, None, None

    def describe(self, head: Token, within: Span | None = None) -> tuple[str | None, str | None, str | None]:
        """Country and sector from the words of the phrase headed by ``head``: its modifiers
        ("Somali police", "White House officials") and its of/from/in phrase ("the government of
        Iraq", "soldiers from Chad"). The sector comes from the head noun and its compounds."""
        country = sector = None
        core = {head.i} | {c.i for c in head.children if c.dep_ == "compound"}
        for tok in self._phrase(head, within) + self._attached(head):
            mention = self.by_token.get(tok.i)
            if mention is not None and tok.i not in core:
                country = country or mention.entity.country
                continue
            if tok.is_stop and not tok.is_title:
                continue
            for entry in self.lexicon.lookup(tok.text, on=self.on):
                if entry.kind == "agent":
                    if tok.i in core:
                        sector = sector or entry.sector
                elif entry.country and entry.kind in COUNTRY_KINDS | {"organisation", "group"}:
                    country = country or entry.country
                    if entry.kind in ("organisation", "group") and tok.i in core:
                        sector = sector or entry.sector
        mention = self.by_token.get(head.i)
        if mention and not country:
            country = mention.entity.country
        return country, sector, "phrase" if (country or sector) else None

    def _attached(self, head: Token) -> list[Token]:
        """The named words of an of/from/in phrase on the head: "of Gondor", "in Fornost and Gondor"."""
        out = []
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "in"):
                for obj in prep.children:
                    if obj.dep_ == "pobj" and (obj.pos_ == "PROPN" or obj.i in self.by_token):
                        out += self._phrase(obj)
        return out

    def _phrase(self, head: Token, within: Span | None = None) -> list[Token]:
        """The head and its left modifiers (adjectives, compounds, possessors), recursively."""
        out = [head]
        stack = [head]
        while stack:
            tok = stack.pop()
            for child in tok.lefts:
                if child.dep_ in MODIFIER_DEPS or (child.dep_ == "case" and child.lower_ in ("'s", "’s")):
                    out.append(child)
                    stack.append(child)
        if within is not None:
            out += [t for t in within if t not in out]
        return sorted(out, key=lambda t: t.i)

    # -- resolving a role token from the parse --------------------------------------------
    def resolve(self, token: Token) -> ActorMention | None:
        """The actor a subject/object token stands for, or None if it names no actor."""
        mention = self.by_token.get(token.i)
        if mention:
            return mention
        named = [self.by_token[c.i] for c in token.children if c.dep_ == "appos" and c.i in self.by_token]
        if named:
            return named[0]  # "Russia's foreign minister Sergei Lavrov" -> the person
        if token.lower_ in PERSONAL and token.pos_ == "PRON":
            return self.antecedent(token)
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        country, sector, why = self.describe(token)
        if not sector and (token.pos_ != "PROPN" or not country):
            return None  # "the proclamation of the Golan Heights" names no actor; "Mahan Air" may
        span = self.doc[min(t.i for t in self._phrase(token)):token.i + 1]
        while span and span[0].dep_ == "det" and span[0].lower_ in ("the", "a", "an"):
            span = span[1:]
        return ActorMention(span, Entity(span.text, span.start_char, span.end_char, name=None,
                                         country=country, sector=sector, how=why, kind="group"))

    def antecedent(self, pronoun: Token) -> ActorMention | None:
        """The person a "he"/"she" refers to: the last person named before it, preferring subjects,
        in this sentence or the two before."""
        sent_start = pronoun.sent.start
        window_start = sent_start
        for _ in range(2):
            prev = self.doc[window_start - 1].sent if window_start > 0 else None
            if prev is None:
                break
            window_start = prev.start
        candidates = [m for m in self.mentions
                      if m.entity.kind == "person" and window_start <= m.span.start < pronoun.i]
        if not candidates:
            return None
        subjects = [m for m in candidates if m.span.root.dep_ in ("nsubj", "nsubjpass")]
        best = (subjects or candidates)[-1]
        e = best.entity
        span = self.doc[pronoun.i:pronoun.i + 1]
        return ActorMention(span, Entity(span.text, span.start_char, span.end_char, name=e.name or e.text,
                                         country=e.country, sector=e.sector,
                                         how=f"coreference: {e.name or e.text}", kind="person"), best.key)


def _inside_name(span: Span) -> bool:
    """Is the span a strict part of a person or organisation name that spaCy found?"""
    ent = next((e for e in span.doc.ents if e.start <= span.start < e.end), None)
    if ent is None or ent.label_ not in ("PERSON", "ORG"):
        return False
    start = ent.start + (1 if ent[0].lower_ == "the" else 0)
    return span.start > start or span.end < ent.end


def index_actors(doc: Doc, lexicon: ActorLexicon) -> ActorIndex:
    index = ActorIndex(doc, lexicon)
    for sent in doc.sents:
        if in_boilerplate(doc, sent.start_char):
            continue
        index.scan_dictionary(sent)
        index.scan_named(sent)
        index.scan_surnames(sent)
    index.mentions.sort(key=lambda m: m.span.start)
    return index


@Language.factory("wc_actors", assigns=["doc._.wc_entities"], default_config={"extra_files": []})
def make_actors(nlp: Language, name: str, extra_files: list[str]) -> "ActorAnnotator":
    return ActorAnnotator(tuple(extra_files))


class ActorAnnotator:
    """Sets ``doc._.wc_entities``: actor mentions with country, sector and the reason."""

    def __init__(self, extra_files: tuple[str, ...] = ()):
        self.lexicon = ActorLexicon.load(extra_files)

    def __call__(self, doc: Doc) -> Doc:
        index = index_actors(doc, self.lexicon)
        doc._.wc_entities = index.mentions
        doc._.wc_actor_index = index
        return doc
