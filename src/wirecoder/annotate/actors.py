"""Actors: who the article talks about, each with a country and a sector and the reason.

Three sources, best first: roles the article itself gives a person ("Russia's foreign minister
Sergei Lavrov", "Ana Brnabic, the Serbian prime minister", "X, a spokesman for the Iraqi
interior ministry"), the actor dictionaries (officeholders, countries, capitals as metonymy,
groups, organisations, agent nouns), and the words of a noun phrase ("two Estonian diplomats":
EST from the adjective, GOV from the noun). Later mentions of a person ("Mr Lavrov", "Lavrov",
"the foreign minister", "He") resolve to the same person by the rules in ``coref``.

People are found first, so that a person's name that is also a place ("Lena Paris", later
"Paris claims") stays a person; a name spaCy tags as a place or an organisation counts as a
person when the article marks it as one (an honorific, a title, "X, a Danish aid worker").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from wirecoder.annotate.coref import (BOTH_SIDES, COLLECTIVES, FIRST_PERSON, HONORIFIC_GENDER, PERSON_NOUNS, PLURAL, PRONOUN_GENDER,
                                      Antecedents, People, Person, coreferent, gender_of_name, gender_of_noun,
                                      name_words)
from wirecoder.annotate.given_names import FEMALE_NAMES, MALE_NAMES
from wirecoder.annotate.places import saints_building
from wirecoder.annotate.quotes import quote_frames
from wirecoder.annotate.roles import EQUIPMENT, GENERIC_TARGETS, MEDIA, PACTS, PARTITIVES, gerund_read_as_compound, in_dateline, prep_objects
from wirecoder.lexicon.actors import ActorEntry, ActorLexicon
from wirecoder.nlp.extensions import ActorMention, entities_of, in_boilerplate, published, sentence_before, tokens_of
from wirecoder.record import Entity

COUNTRY_KINDS = {"country", "adjective", "capital", "seat", "region"}
PLACE_KINDS = {"country", "capital", "seat", "region"}
LOCATIVE = {"in", "at", "near", "from", "to", "into", "across", "outside", "inside", "around", "through"}
MODIFIER_DEPS = {"amod", "compound", "poss", "nmod", "npadvmod"}
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}
OFFICES = {"GOV", "MIL", "LEG", "JUD", "COP"}  # sectors a "former" officeholder leaves for ELI
# nouns that speak for a body: their sector is the body's ("a spokesman for the interior ministry")
SPEAKS_FOR = {"office", "spokesman", "spokeswoman", "spokesperson", "official", "member", "head", "chief",
              "leader", "representative", "adviser", "advisor", "director", "envoy", "officer", "president",
              "chairman", "chairwoman", "chair", "aide", "speaker"}
# ... and those who serve someone "to" them: "an adviser to the Iranian president", "an aide to Zelenskiy"
# (not an envoy: "the US envoy to Ukraine" speaks for the US)
ADVISERS = {"adviser", "advisor", "aide"}
INTERGOVERNMENTAL = {"IGO", "UNO", "EUR"}  # whose heads govern ("the president of the European Commission")
# titles that take the sector of the body they head, none if it has none ("president of FIFA")
HEADS_OF_BODIES = {"president", "chairman", "chairwoman", "chair", "head", "chief", "director"}


# the verbs by which a description goes on speaking for the person just named ("The Wooster
# professor added")
SPEAKING_ON = {"say", "add", "tell", "continue", "explain", "note", "recall", "insist", "stress", "conclude",
               "reply", "respond", "tweet"}
RESOLVED_PRONOUNS = frozenset(PRONOUN_GENDER.keys() | PLURAL | FIRST_PERSON | {"it", "its"})  # he, they, I in a quote, ...

def noun_lemma(tok: Token) -> str:
    """A noun's lemma in lower case, singular even where the parser took a capitalised plural
    for a proper noun ("Members of Parliament", "Leaders of the AU")."""
    lemma = tok.lemma_.lower()
    if tok.tag_ == "NNPS" and lemma.endswith("s") and lemma[:-1] in SPEAKS_FOR | PERSON_NOUNS:
        return lemma[:-1]
    return lemma


def _entity(span: Span, entry: ActorEntry, how: str) -> Entity:
    return Entity(span.text, span.start_char, span.end_char, name=entry.name, country=entry.country,
                  sector=entry.sector, how=how, kind=entry.kind)


def opposed_word(tok: Token) -> bool:
    """Is the word what its phrase is against: "government" in "anti-government protests",
    "China" in "anti-China protesters"?"""
    doc = tok.doc
    if tok.lower_.startswith("anti") and tok.lower_ not in ("anti", "antique"):
        return True  # "antigovernment" in one word
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "anti"


PAPERS = {"law", "bill", "plan", "reform", "budget", "proposal", "policy", "legislation", "resolution"}
# "X-run buildings", "X-held territory": X's (not backed by X)
RUN_BY = {"run", "controlled", "held", "owned", "operated", "administered", "led", "ruled", "dominated"}
BACKING = {"back", "backed", "fund", "funded", "sponsor", "sponsored", "support", "supported", "arm", "armed",
           "train", "trained", "align", "aligned", "ally", "allied", "finance", "financed", "install", "installed"}


def backer_word(tok: Token) -> bool:
    """Is the word who backs the phrase, not whose it is: "Iran" in "Iran-backed militias",
    "US" in "US-backed Kurdish forces" (but "US-led coalition" is the US's)?"""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in BACKING


def favoured_word(tok: Token) -> bool:
    """Is the word what its phrase is for: "Palestinian" in "pro-Palestinian protesters" (in San
    Francisco), "Russian" in "pro-Russian separatists" (in Donetsk)?"""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "pro"


def sided_word(tok: Token) -> bool:
    """A word that names whom the phrase is against, for or backed by, not whose it is."""
    return opposed_word(tok) or backer_word(tok) or favoured_word(tok)


def _in_latin_script(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return not letters or sum(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters) * 2 > len(letters)


# pronouns for all the people there are: as an object, the people a state coerces ("banned anyone
# wearing a niqab"); as a subject of a present tense, what holds in general (events.habitual)
EVERYONE = {"anyone", "everyone", "anybody", "everybody"}
# words by which "parties" are the sides of a conflict or a deal, not political parties
SIDES_OF_A_FIGHT = {"all", "both", "warring", "conflicting", "belligerent"}

SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
# verbs that cue a quote, which the parser may read as adjectives of the speaker's title
CUE_VERBS = {"say", "tweet", "write", "tell", "add", "post", "state", "declare"}
# nouns by which news names again an armed group or an organisation it has named: "the militant group"
GROUP_NOUNS = {"group", "movement", "militia", "organisation", "organization", "outfit", "faction"}
BLOC_NOUNS = {"bloc", "alliance"}  # ... and those of bodies of states
# words for a country named before: "the Gulf state", "the kingdom", "the island nation"
COUNTRY_EPITHETS = {"nation", "country", "state", "kingdom", "republic", "emirate", "monarchy", "island"}
# time zones, which the tagger may take for organisations: "(0100 UTC)"
TIME_ZONES = {"UTC", "GMT", "EST", "EDT", "CST", "CDT", "PST", "PDT", "CET", "CEST", "BST", "IST", "JST", "AEST"}


# words of a sum of money, which the tagger may run into the name before it
SUM_WORDS = {"million", "billion", "trillion", "dollars", "euros", "pounds", "yen", "yuan", "roubles", "rubles",
             "rupees", "francs"}


def _trim(span: Span) -> Span:
    """A name without a leading "the" and without a trailing possessive, punctuation, line break or
    the start of a sum."""
    while len(span) > 1 and (span[0].lower_ == "the" or (span[0].lower_ in MEDIA and span.start > 0
                                                            and span.doc[span.start - 1].lower_ in ("on", "via"))):
        span = span[1:]  # "the", and "Twitter" of "on Twitter West accused" run into the name
    while len(span) > 1 and (span[-1].lower_ in ("'s", "’s", "'") or span[-1].is_punct or span[-1].is_space) \
            and not (span[-1].text == ")" and "(" in span.text):  # "the World Health Organization (WHO)"
        span = span[:-1]
    sum_at = next((t.i for t in span[1:] if t.tag_ == "CD"), None)
    if sum_at is not None and any(t.lower_ in SUM_WORDS for t in span.doc[sum_at:span.end]):
        span = span.doc[span.start:sum_at]  # "fined Apple 1.8 billion euros": the sum run into the name
    return span  # (but "Channel 4" stays whole)


def _is_person_noun(tok: Token) -> bool:
    """A noun for a person: a role ("spokesman", "minister") or a gendered word ("woman")."""
    return tok.lemma_.lower() in PERSON_NOUNS or gender_of_noun(tok.lemma_) is not None


def _honorific(tok: Token | None) -> str | None:
    """"mr" for "Mr." and the like: the honorific a token is, if any."""
    word = tok.lower_.strip(".") if tok is not None else ""
    return word if word in HONORIFIC_GENDER else None


GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES


def _personal_name(span: Span) -> bool:
    """"Ricardo Rosselló Nevares", tagged as an organisation: two to four capitalised words that
    begin with a common first name are a person's name."""
    return (2 <= len(span) <= 4 and all(t.pos_ == "PROPN" and t.is_title for t in span)
            and span[0].lower_ in GIVEN_NAMES)


# the last words of names that name a text, not a body: "the Indus Waters Treaty", "the Affordable Care Act"
DOCUMENTS = {"treaty", "agreement", "accord", "accords", "pact", "protocol", "act", "charter",
             "declaration", "memorandum"}


# nouns for the people of a body, whose sector is the body's: "coast guard personnel" (MIL),
# "coast guard officers" (MIL, where "officers" alone are police)
BODY_MEMBERS = {"personnel", "officer", "member", "staff", "crew", "unit", "agent", "official"}


class ActorIndex:
    """The actor mentions of one article and the people they refer to, for role lookups."""

    def __init__(self, doc: Doc, lexicon: ActorLexicon):
        self.doc = doc
        self.lexicon = lexicon
        self.on = published(doc)
        self.mentions: list[ActorMention] = []
        self.by_token: dict[int, ActorMention] = {}
        self.tokens = tokens_of(doc)  # made once: every scan walks them, and spaCy builds a Token per access
        self.words = [t.text for t in self.tokens]
        self.ents = list(entities_of(doc))
        self.ent_starts = [e.start for e in self.ents]  # sorted: entities never overlap
        self.ent_of = {i: e for e in self.ents for i in range(e.start, e.end)}
        self._names: set[int] = set()  # tokens of the people's names in the sentence being scanned
        self.people = People()
        self.quotes = quote_frames(doc)
        # the country of each word of a resolved place: "Wisconsin Governor Tony Evers", "Kabul police"
        self.place_country = {i: p.place.country for p in doc._.wc_places or ()
                              if p.place.country and (p.place.confidence or 0) >= 0.5
                              for i in range(p.span.start, p.span.end)}
        # words of places smaller than a country: a pact named after one is not its parties'
        self.towns = {i for p in doc._.wc_places or () if not (p.place.feature or "").startswith(("A.PCL", "A.ADM1"))
                      for i in range(p.span.start, p.span.end)}
        # words of seas, gulfs, mountains named after a country: "Gulf of Oman" is no Omani actor
        self.waters = {i: (p.span.start, p.span.end) for p in doc._.wc_places or ()
                       if (p.place.feature or "").startswith(("H.", "T.", "U.")) for i in range(p.span.start, p.span.end)}
        self.antecedents = Antecedents(doc, self.people, self.quotes, self.resolve)
        self.antecedents.sides = self.sides
        self._lemma_at: dict[str, list[int]] | None = None  # noun lemma -> its tokens, made when first asked
        self._countries_of: dict[str, dict[int, str]] = {}  # noun lemma -> its tokens that give a country

    def add(self, mention: ActorMention) -> bool:
        if any(i in self.by_token for i in range(mention.span.start, mention.span.end)):
            return False
        self.mentions.append(mention)
        for i in range(mention.span.start, mention.span.end):
            self.by_token[i] = mention
        return True

    def _ents(self, sent: Span) -> list[Span]:
        """The model's names in the sentence, but none written in another script (the English
        model tags Persian or Hindi words as names at random)."""
        return [e for e in self._all_ents(sent) if _in_latin_script(e.text)]

    def _all_ents(self, sent: Span) -> list[Span]:
        """The entities that start in the sentence (found by bisection: articles run long)."""
        return self.ents[bisect_left(self.ent_starts, sent.start):bisect_left(self.ent_starts, sent.end)]

    def _taken(self, span: Span) -> bool:
        return any(i in self.by_token for i in range(span.start, span.end))

    # -- people -------------------------------------------------------------------------------
    def people_in(self, sent: Span) -> list[Span]:
        """Names spaCy calls people, and names the article marks as people's."""
        names = [e for e in self._ents(sent) if e.label_ == "PERSON" and not self._names_something_else(e)]
        taken = {i for e in names for i in range(e.start, e.end)}
        names += [s for s in _proper_runs(sent, self.tokens[sent.start:sent.end]) if not any(i in taken for i in range(s.start, s.end))
                  and self._marked_as_person(s)]
        return names

    def scan_people(self, names: list[Span]) -> None:
        for span in names:
            span = self._person_after_place(span) or span  # "Wales Mark Drakeford" -> Mark Drakeford
            span = self._with_first_name(span)
            if not self._taken(span):
                self.add_person(span)

    def _with_first_name(self, span: Span) -> Span:
        """"Mayor of London Sadiq Khan" with only "Khan" tagged a person: the untagged capitalised
        word the parser joined to the name is its first name (not a title, a place or a country
        word), so "Khan" is not the article's other Khan."""
        if len(span) != 1 or span.start == 0:
            return span
        before = self.doc[span.start - 1]
        if (before.pos_ == "PROPN" and before.dep_ == "compound" and before.head.i == span.root.i
                and before.is_title and before.ent_iob_ == "O" and not _is_person_noun(before)
                and not self._is_agent(before) and not self._country_word(before)
                and before.i not in self.place_country and not self.lexicon.lookup(before.text, on=self.on)):
            return self.doc[before.i:span.end]
        return span

    def _names_something_else(self, ent: Span) -> bool:
        """A "person" the dictionaries know as a place or body, with nothing marking a person."""
        entries = self.lexicon.lookup(_trim(ent).text, on=self.on)
        if not entries and len(ent) == 1 and ent.start in self.place_country and not self._marked_as_person(ent):
            return True  # "Israeli troops raided Jenin": a town the place annotator found, which the tagger
            # took for a person
        return bool(entries) and entries[0].kind in PLACE_KINDS | {"organisation", "group"} \
            and not self._marked_as_person(ent)

    def _marked_as_person(self, span: Span) -> bool:
        """An honorific before the name, a title noun before it, or a person noun in apposition."""
        before = self.doc[span.start - 1] if span.start > 0 else None
        if len(span) > 1 and _honorific(span[0]):
            return True  # "Mr Omondi"
        if len(span) > 1 and _is_person_noun(span[0]) and not self._named_otherwise(span):
            return True  # "Princess Ubolratana", unlike "General Motors" or "Prince Edward Island"
        if _honorific(before) and before.is_title:
            return True
        if len(span) < 2:
            return False
        root = span.root
        nouns = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
        nouns += [c for c in root.children if c.dep_ == "compound" and c.i < span.start]
        return any(_is_person_noun(n) for n in nouns)

    def _named_otherwise(self, span: Span) -> bool:
        """Does spaCy call any of these words an organisation, a place or anything but a person?"""
        return any((e := self.ent_of.get(i)) is not None and e.label_ != "PERSON" for i in range(span.start, span.end))

    def add_person(self, ent: Span) -> None:
        """A person mention: the person named before, or a new one with the role the article
        gives them, else their dictionary entry, else no code (NER)."""
        honorific = _honorific(ent[0]) if len(ent) > 1 else None
        if honorific:
            ent = ent[1:]
        elif ent.start > 0:
            honorific = _honorific(self.doc[ent.start - 1])
        while len(ent) > 1 and (_is_person_noun(ent[0]) or (
                len(ent) > 2 and _is_person_noun(ent[1]) and self._country_word(ent[0]))):
            ent = ent[1:]  # "Princess Ubolratana", "Jordanian King Abdullah": the title is not the name
        ent = _trim(ent)
        words = name_words(ent.text)
        country, sector, why, title = self.person_role(ent)
        person = self.people.find(words, before=ent.start)
        if person is None:
            entity, person = self._new_person(ent, words, country, sector, why, honorific)
        elif (country or sector) and not (person.entity.country or person.entity.sector):
            person.entity = replace(person.entity, country=country, sector=sector, how=why)
            entity = replace(person.entity, text=ent.text, start=ent.start_char, end=ent.end_char)
        else:
            entity = coreferent(ent.text, ent.start_char, ent.end_char, person.entity)
        self._learn(person, title, honorific)
        person.mentions += 1
        person.last = ent.start
        self.add(ActorMention(ent, entity, person.key))

    def _new_person(self, ent: Span, words: list[str], country: str | None, sector: str | None,
                    why: str | None, honorific: str | None) -> tuple[Entity, Person]:
        entry = next((e for e in self.lexicon.lookup(ent.text, on=self.on) if e.kind == "person"), None)
        if entry is not None and country and entry.country and entry.country != country and not (
                entry.start and self.on):
            entry = None  # "Jordanian King Abdullah" is not the dictionary's Saudi King Abdullah (an
            # officeholder in office on the day of an article with a date is, see below)
        name = entry.name if entry else ent.text
        if entry is not None and entry.start and entry.country and entry.sector:
            # an officeholder in office that day: the dictionary knows better than a parsed title
            agrees = (country, sector) == (entry.country, entry.sector)
            country, sector, why = entry.country, entry.sector, why if agrees else None
        entity = Entity(ent.text, ent.start_char, ent.end_char, name=name,
                        country=country or (entry.country if entry else None),
                        sector=sector or (entry.sector if entry else None),
                        how=why or ("dictionary" if entry else "ner"), kind="person")
        surname = words[-1]
        if entry is not None:
            full = name_words(entry.name)
            words, surname = words + [w for w in full if w not in words], full[-1]
        return entity, self.people.introduce(words, entity, ent.start, gender_of_name(name, honorific), surname)

    def _learn(self, person: Person, title: Token | None, honorific: str | None) -> None:
        """What a mention tells about the person: gender from an honorific or a gendered title,
        and the title itself, for "the foreign minister" later on."""
        if honorific and person.gender is None:
            person.gender = HONORIFIC_GENDER[honorific]
        if title is None:
            return
        person.gender = person.gender or gender_of_noun(title.lemma_)
        if person.title is None and self._is_office(title):
            person.title = title.lemma_.lower()
            person.title_words = frozenset(self._title_words(title))

    def _is_office(self, title: Token) -> bool:
        """A title the article may use alone for its holder ("the minister", "the spokesman"),
        unlike words for anyone ("the woman", "the student")."""
        if title.lemma_.lower() in SPOKESPEOPLE:
            return True
        return any(e.kind == "agent" and e.sector and e.sector != "CVL"
                   for e in self.lexicon.lookup(title.text, on=self.on))

    def _title_words(self, title: Token) -> set[str]:
        """The modifiers of a title that are not country words ("foreign" of "foreign minister")."""
        out = set()
        for c in title.children:
            if c.dep_ in ("amod", "compound") and not self._country_word(c):
                out.add(c.lemma_.lower())
        return out

    def _country_word(self, tok: Token) -> str | None:
        mention = self.by_token.get(tok.i)
        if mention is not None and mention.entity.kind != "person":
            return mention.entity.country
        for entry in self.lexicon.lookup(tok.text, on=self.on):
            if entry.kind in COUNTRY_KINDS and entry.country:
                return entry.country
        return self.place_country.get(tok.i)  # "Wisconsin Governor Tony Evers"

    # -- dictionary and NER pass ------------------------------------------------------------
    def scan_dictionary(self, sent: Span, names: list[Span]) -> None:
        """Dictionary phrases, outside the people's names of the sentence (but inside their
        titles: "United States" in "United States District Judge Michael Urbanski")."""
        self._names = {i for span in names for i in range(span.start, span.end)}
        words = self.words[sent.start:sent.end]
        i = 0
        while i < len(words):
            found = self.lexicon.match(words, i, on=self.on)
            if not found:
                i += 1
                continue
            n, entries = found
            span = _trim(sent[i:i + n]) if n > 1 else sent[i:i + n]
            if entries[0].kind == "person" or not any(t.i in self._names for t in span):
                self._dictionary_mention(span, entries[0])
            i += n

    def _dictionary_mention(self, span: Span, entry: ActorEntry) -> None:
        if self._taken(span) or _inside_name(span, self.ent_of.get(span.start)):
            return  # "Hassan" in "Abdifatah Hassan Aden" is not the dictionary's Hassan
        if entry.kind in ("agent", "ethnicity") or (entry.kind == "adjective" and span.root.pos_ == "ADJ"):
            return  # agent nouns, ethnicities and adjectives describe phrases; they are not names
        if entry.kind in ("capital", "country", "region", "seat") and self._is_locative(span):
            return  # "in Moscow" is a place, not an actor
        if entry.kind in ("capital", "country", "region") and span.start in self.waters \
                and self.waters[span.start] != (span.start, span.end):
            return  # "a tanker seized in the Gulf of Oman": a sea, not Oman
        if entry.kind == "capital" and saints_building(span):
            return  # "St. John's Episcopal Church" is a church, not Antigua's government
        if entry.kind == "person" or self._known_person(span):
            self.add_person(span)  # "Paris said" after "Lena Paris, a Danish aid worker"
            return
        if self._is_title_of_person(span):
            return  # "US President" in "US President Donald Trump" is his title
        how = "metonymy" if entry.kind in ("capital", "seat") else "dictionary"
        self.add(ActorMention(span, _entity(span, entry, how)))

    def _known_person(self, span: Span) -> Person | None:
        """The person of the article this proper name refers to, if it names one."""
        if not all(t.pos_ == "PROPN" or t.is_title for t in span):
            return None
        return self.people.find(name_words(span.text), before=span.start)

    def _is_title_of_person(self, span: Span) -> bool:
        """"US President" in "US President Donald Trump": a title that ends in an agent noun."""
        head = span.root
        if head.dep_ != "compound" or not self._is_agent(span[-1]):
            return False
        m = self.by_token.get(head.head.i)
        return head.head.i in self._names or (m is not None and m.entity.kind == "person")

    def scan_surnames(self, sent: Span) -> None:
        """Later mentions by name alone ("Lavrov", "Mr Lavrov") that NER did not tag."""
        for tok in self.tokens[sent.start:sent.end]:
            if tok.i in self.by_token or not tok.is_title or not (tok.pos_ == "PROPN" or self._name_read_as_noun(tok)):
                continue
            if self._known_person(self.doc[tok.i:tok.i + 1]):
                self.add_person(self.doc[tok.i:tok.i + 1])

    def _name_read_as_noun(self, tok: Token) -> bool:
        """"Blankenship attacked the media": a surname opening a sentence, which the tagger took
        for a common noun (a bare singular noun that acts, and a word the article never writes in
        lower case)."""
        return (tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.dep_ in ("nsubj", "nsubjpass")
                and not any(c.dep_ in ("det", "amod", "compound", "poss") for c in tok.children)
                and not any(t.lower_ == tok.lower_ and t.is_lower for t in tok.doc))

    def _person_after_place(self, span: Span) -> Span | None:
        """The person's name at the end of a name the tagger ran on from a place before it:
        "Scotland Nicola Sturgeon" in "First Minister of Scotland Nicola Sturgeon"."""
        for k in range(1, len(span) - 1):
            name = span[k:]
            if _personal_name(name) and all(i in self.place_country or self._country_word(t)
                                            for i, t in zip(range(span.start, span.start + k), span[:k])) \
                    and span.start + k not in self.place_country:  # "Puerto Rico Senate": "Rico" is the place's
                return name
        return None

    def _is_locative(self, span: Span) -> bool:
        head = span.root
        return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE

    def scan_named(self, sent: Span) -> None:
        """Organisations NER found that no dictionary knows, and people it took for places."""
        for ent in self._ents(sent):
            span = _trim(ent)
            if self._taken(span) or ent.label_ not in ("ORG", "GPE", "NORP", "FAC"):
                continue
            named = self._person_after_place(span)
            if (self._known_person(span) or _personal_name(span)) and not self._is_locative(span):
                self.add_person(span)
            elif named is not None:
                self.add_person(named)  # "First Minister of Scotland Nicola Sturgeon"
            elif ent.label_ == "ORG" and not self._is_title_of_person(span) and span.text not in TIME_ZONES \
                    and span[-1].lower_ not in DOCUMENTS:
                country, sector, why = self.describe(span.root, within=span)
                self.add(ActorMention(span, Entity(span.text, span.start_char, span.end_char, name=span.text,
                                                   country=country, sector=sector,
                                                   how=why or "ner", kind="organisation")))

    def scan_titles(self, sent: Span) -> None:
        """"The foreign minister" after "Russia's foreign minister Sergei Lavrov": that person."""
        for tok in self.tokens[sent.start:sent.end]:
            if tok.i in self.by_token or tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ not in ("NN", "NNP"):
                continue
            if tok.dep_ in ("appos", "compound") or any(c.dep_ in ("appos", "prep") for c in tok.children):
                continue  # "Lavrov, the foreign minister", "the minister of health"
            person = self._titled_person(tok)
            if person is None:
                continue
            start = min([tok.i] + [c.i for c in tok.children if c.dep_ in ("amod", "compound", "poss")])
            span = _trim(self.doc[start:tok.i + 1])
            if self._taken(span):
                continue
            self._mention_of(person, span)

    def scan_nationals(self, sent: Span) -> None:
        """"Greta Thunberg ... The sixteen-year-old Swede is": a definite "the Swede" (or "the
        Kenyan") as the subject of a clause is the person just named, who is of that country."""
        for tok in self.tokens[sent.start:sent.end]:
            if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or tok.tag_ not in ("NN", "NNP"):
                continue
            found = self.by_token.get(tok.i)
            if found is not None and (found.entity.kind != "adjective" or len(found.span) > 1):
                continue
            country = next((e.country for e in self.lexicon.lookup(tok.text, on=self.on)
                            if e.kind == "adjective" and e.country), None)
            person = self._last_named(sent) if country else None
            if person is None or person.entity.country not in (None, country):
                continue
            if person.entity.country is None:
                person.entity = replace(person.entity, country=country, how=f"'the {tok.text}'")
                for m in self.mentions:  # what was said of them before knew no country
                    if m.key == person.key and m.entity.country is None:
                        m.entity = replace(m.entity, country=country, how=f"coreference: 'the {tok.text}'")
            if found is not None:  # the demonym alone, read as a group of that country: the person
                self.mentions.remove(found)
                del self.by_token[tok.i]
            self._mention_of(person, self.doc[tok.i:tok.i + 1])

    def _last_named(self, sent: Span, before: int | None = None) -> Person | None:
        """The one person named last, in this sentence (before ``before``) or the one before, if
        only one was."""
        start = previous.start if (previous := sentence_before(sent)) is not None else sent.start
        end = sent.end if before is None else before
        keys = {m.key for m in self.mentions if m.entity.kind == "person" and start <= m.span.start < end}
        return self.people.by_key(next(iter(keys))) if len(keys) == 1 else None

    def scan_descriptions(self, sent: Span) -> None:
        """'..., said study co-author Karen Alley. The Wooster professor added, "..."': a definite
        person noun that speaks right after one person alone was named is that person (news
        varies the name so); not "the head of the agency", nor a description of another country."""
        for tok in self.tokens[sent.start:sent.end]:
            if tok.dep_ != "nsubj" or tok.tag_ != "NN" or tok.lemma_.lower() not in PERSON_NOUNS \
                    or tok.head.lemma_.lower() not in SPEAKING_ON:
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
                    c.dep_ in ("prep", "appos", "relcl", "acl") for c in tok.children):
                continue
            found = self.by_token.get(tok.i)
            if found is not None and found.entity.kind == "person":
                continue
            start = min([tok.i] + [c.i for c in tok.children if c.dep_ in ("amod", "compound", "nummod")])
            person = self._last_named(sent, before=start)
            gender = gender_of_noun(tok.lemma_.lower())
            if person is None or (gender and person.gender and gender != person.gender):
                continue  # "The mother said" after the father was named is not him
            countries = {code for c in tok.children if c.dep_ in ("amod", "compound")
                         and (code := self._country_word(c))}
            if countries and person.entity.country not in countries:
                continue  # "The Kenyan minister" after a Ugandan one is someone else
            span = _trim(self.doc[start:tok.i + 1])
            if found is not None:
                self.mentions.remove(found)
                for i in range(found.span.start, found.span.end):
                    self.by_token.pop(i, None)
            elif self._taken(span):  # "The Wooster professor", where the tagger took Wooster for a person
                span = self.doc[tok.i:tok.i + 1]
                if self._taken(span):
                    continue
            self._mention_of(person, span)

    def _mention_of(self, person: Person, span: Span) -> None:
        """The words name this person again: one more mention of them, coded as they are."""
        person.mentions += 1
        person.last = span.end - 1
        self.add(ActorMention(span, coreferent(span.text, span.start_char, span.end_char, person.entity), person.key))

    def _titled_person(self, tok: Token) -> Person | None:
        """The person whose title this definite noun phrase repeats, or None."""
        if not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in tok.children):
            return None
        modifiers, country = set(), None
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "poss"):
                code = self._country_word(c)
                if code:
                    country = code
                elif c.dep_ != "poss":
                    modifiers.add(c.lemma_.lower())
        person = self.people.by_title(tok.lemma_.lower(), modifiers, before=tok.i)
        if person is not None and country and person.entity.country not in (None, country):
            return None  # "Iran's foreign minister" is not Russia's
        return person

    def scan_pronouns(self, sent: Span) -> None:
        for tok in self.tokens[sent.start:sent.end]:
            if tok.pos_ != "PRON" or tok.i in self.by_token or tok.lower_ not in RESOLVED_PRONOUNS:
                continue
            found = self.antecedents.find(tok, self.mentions)
            if found is not None and self.add(found):
                person = self.people.by_key(found.key) if found.entity.kind == "person" else None
                if person is not None:
                    person.mentions += 1
                    person.last = tok.i

    # -- roles from the article itself ------------------------------------------------------
    def person_role(self, ent: Span) -> tuple[str | None, str | None, str | None, Token | None]:
        """Country and sector a person gets from their title in the sentence, with the evidence,
        and the title word itself (the first person noun among them)."""
        root = ent.root
        titles: list[Token] = []
        if root.dep_ == "appos":
            titles.append(root.head)  # "Russia's foreign minister Sergei Lavrov"
        before = [c for c in root.children if c.dep_ in ("compound", "nmod") and c.i < ent.start]  # "police spokesman X"
        titles += [g for c in before for g in c.children if g.dep_ == "conj" and g.i < ent.start] + before
        # ("AU trade and industry commissioner X", where the parser joins "commissioner" to "trade")
        titles += self._title_above(root)  # "US Ambassador to Germany Richard Grenell" parsed as "to ... Grenell"
        titles = [t for t in titles if _is_person_noun(t) or self._is_agent(t)]  # not "Doris" of "Doris Day"
        titles += [c for c in root.children if c.dep_ == "appos"]  # "Brnabic, the Serbian prime minister"
        first = root
        while first.dep_ == "conj" and first.head.pos_ == "PROPN":
            first = first.head  # "Presidents Buhari of Nigeria and Talon of Benin": Talon's title too
        if first is not root and first.dep_ == "appos" and not titles:
            titles.append(first.head)
        titles = [t for t in titles if t.pos_ in ("NOUN", "PROPN") and not (ent.start <= t.i < ent.end)]
        named = next((t for t in titles if _is_person_noun(t) or self._is_agent(t)), None)
        nationality = next((code for c in root.children if c.dep_ in ("amod", "poss") and c.i < ent.start
                            and (code := self._country_word(c))), None)  # "Jordanian King Abdullah"
        body = next((o for _, o in prep_objects(root, {"of"}) if o.head.i == ent.end), None)
        nationality = nationality or (self._country_word(body) if body is not None else None)  # "Talon of Benin"
        served = self.describe(body) if body is not None and body.pos_ == "NOUN" else (None, None, None)
        nationality = nationality or served[0]  # "Colonel Otieno of the Kenyan army"
        for title in titles:
            country, sector, _ = self.describe(title)
            first = min(t.i for t in self._phrase(title))
            if sector and not country and first > 0 and self.doc[first - 1].dep_ == "conj":
                # "... and Ugandan foreign minister John Okello", with "Ugandan" parsed apart
                country = self._country_word(self.doc[first - 1])
            if country or sector:
                return (country or nationality, sector, f"appositive: {self._title_text(title, root)}",
                        named or title)
        for title in _office_held(root):  # "Rosselló resigned as the governor of Puerto Rico"
            if _is_person_noun(title) or self._is_agent(title):
                country, sector, _ = self.describe(title)
                if country or sector:
                    return country, sector, f"as {self._title_text(title, root)}", named or title
        if nationality and root.i + 1 < len(self.doc) and self.doc[root.i + 1].lower_ == "of":
            return nationality, served[1], f"of {self.doc[root.i + 2:root.right_edge.i + 1].text}", named
        return None, None, None, named

    @staticmethod
    def _title_above(name: Token) -> list[Token]:
        """A title whose phrase the parse ended with the name: "First Minister of Scotland Nicola
        Sturgeon", "US Ambassador to Germany Richard Grenell" (the name hangs on the of/to)."""
        if name.dep_ != "pobj" or name.head.dep_ != "prep" or name.head.lower_ not in TITLE_PREPS:
            return []  # (not "Israeli troops near Maroun al-Ras": a place the tagger took for a person)
        title = name.head.head
        return [title] if title.right_edge.i == name.i and title.pos_ in ("NOUN", "PROPN") else []

    def _title_text(self, title: Token, name: Token) -> str:
        """The words of a title as evidence: "Russia's foreign minister", "a spokesman for the
        Iraqi interior ministry" -> without the article."""
        if title.head.i == name.i and title.dep_ == "appos":
            words = list(title.subtree)
        else:
            words = self._phrase(title)
        cut = [k for k, t in enumerate(words) if t.i < title.i and (t.is_quote or t.pos_ == "VERB")]
        if cut:
            words = words[cut[-1] + 1:]  # '"..." tweeted Mayor of London': the title starts after the cue
        while len(words) > 1 and words[0].dep_ == "det":
            words = words[1:]
        while len(words) > 1 and words[-1].is_punct:
            words = words[:-1]
        return self.doc[words[0].i:words[-1].i + 1].text

    def _is_agent(self, tok: Token) -> bool:
        return any(e.kind == "agent" for e in self.lexicon.lookup(tok.text, on=self.on))

    def describe(self, head: Token, within: Span | None = None) -> tuple[str | None, str | None, str | None]:
        """Country and sector from the words of the phrase headed by ``head``: its modifiers
        ("Somali police", "White House officials") and its of/from/in phrase ("the government of
        Iraq", "soldiers from Chad"; "a spokesman for the interior ministry"). The sector comes
        from the head noun and its compounds, or from the body a spokesman speaks for."""
        country, sector, owner = None, self._compound_sector(head), None
        core = {head.i} | {c.i for c in head.children if c.dep_ == "compound"}
        words = self._phrase(head, within) + self._attached(head)
        joined, inside = self._country_words(words)
        for tok in words:
            if tok.i in inside:
                continue  # "Korean" of "North Korean", "Sudanese" of "South Sudanese"
            if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "ethnic" and tok.i != head.i:
                continue  # "ethnic Armenian forces" in Karabakh: an ethnicity, not Armenia's
            if tok.i in joined and not (tok.i != head.i and sided_word(tok)):
                country = country or joined[tok.i]
                continue
            if tok.i != head.i and sided_word(tok):
                continue  # "anti-Japanese protests" are not Japanese, "Iran-backed militias" not Iranian,
                # "pro-Palestinian protesters" not Palestinians
            if tok.i != head.i and noun_lemma(head) in PACTS and tok.dep_ == "compound" and (
                    tok.i in self.towns or any(e.kind == "capital" for e in self.lexicon.lookup(tok.text, on=self.on))):
                continue  # "the Paris agreement", "the Minsk agreements": named after where they were made
            mention = self.by_token.get(tok.i)
            if (mention is not None and mention.entity.kind == "person" and tok.head.i == head.i
                    and noun_lemma(head) in LED_BODIES):
                country = country or mention.entity.country  # "the Putin administration" -> RUS
            name = self._person_name_at(tok, mention)
            if tok.i != head.i and name is not None and len(name) > 1:
                continue  # a word of a person's name says nothing: "Sana" in "activist Sana Baloch"
            if mention is not None and mention.entity.kind != "person" and tok.pos_ == "PRON" and tok.i != head.i:
                owner = owner or mention.entity.country  # "its Eritrean allies": the allies' own word first
                continue
            if mention is not None and mention.entity.kind != "person":
                country = country or mention.entity.country
                if tok.i == head.i:
                    sector = sector or mention.entity.sector  # "the House of Commons" -> LEG
                elif tok.head.i == head.i and tok.dep_ == "compound" and noun_lemma(head) in EQUIPMENT:
                    sector = sector or mention.entity.sector or next(  # "Russian navy ships": the navy's
                        (e.sector for e in self.lexicon.lookup(tok.text, on=self.on) if e.kind == "agent"), None)
                elif tok.head.i == head.i and tok.dep_ in ("compound", "nmod") \
                        and noun_lemma(head) in SPOKESPEOPLE | {"speaker"}:  # "State Department spokesperson":
                    sector = sector or mention.entity.sector  # the body's ("House of Commons Speaker": LEG)
                if len(mention.span) > 1 or tok.i not in core:
                    continue  # a word of a name is not a word on its own: "Union" of "European Union"
            if tok.is_stop and tok.is_lower and tok.lower_ not in EVERYONE:
                continue  # "us" is a stop word, "US" a country
            if tok.i != head.i and tok.i in self.place_country:
                country = country or self.place_country[tok.i]
                continue
            for entry in self.lexicon.lookup(tok.text, on=self.on):
                if entry.kind == "agent":
                    if tok.i != head.i and noun_lemma(head) in PACTS | PAPERS:
                        continue  # "a hostage deal", "a police reform bill": about them, not theirs
                    if tok.i in core or (tok.head.i == head.i and noun_lemma(head) in GENERIC_TARGETS | EQUIPMENT):
                        sector = sector or entry.sector  # (and "militant positions" are the militants', a
                        # "military spokesman" speaks for the military)
                elif entry.country and entry.kind in COUNTRY_KINDS | {"organisation", "group"}:
                    country = country or entry.country
                    if entry.kind in ("organisation", "group") and tok.i in core:
                        sector = sector or entry.sector
                        break  # the first entry of a body speaks for it ("ECOWAS" is no business in another list)
        country = country or owner
        if sector is None and noun_lemma(head) in SPEAKS_FOR and not any(
                (m := self.by_token.get(t.i)) is not None and m.entity.kind in ("group", "organisation") for t in words):
            # "the Israeli military spokesman": the military's (not "Houthi military spokesperson":
            # the group's, nor an "executive director")
            sector = next((e.sector for c in head.children if c.dep_ == "amod"
                           for e in self.lexicon.lookup(c.text, on=self.on)
                           if e.kind == "agent" and e.sector in ("MIL", "COP")), None)
        body = self._body_spoken_for(head)
        ours = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "our"), None)
        if not country and ours is not None and (we := self.antecedents.speaker_of_quote_at(ours)) is not None:
            country = we.entity.country  # '"Our forces strike only military targets," Peskov said': Russia's
        its = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if body is None and its is not None and noun_lemma(head) in SPEAKS_FOR \
                and (owner_body := self.antecedents.find(its, self.mentions)) is not None \
                and owner_body.entity.kind != "person":
            # "The Law Society of Kenya said ... Its president, Faith Odhiambo": the body's codes
            b_country, b_sector = owner_body.entity.country, owner_body.entity.sector
            if b_sector is None and noun_lemma(head) in HEADS_OF_BODIES and b_country not in INTERGOVERNMENTAL:
                sector = None
            country, sector = country or b_country, b_sector or sector
        if body is not None:
            b_country, b_sector, _ = self.describe(body)
            if (b_sector is None and body.ent_type_ == "ORG" and noun_lemma(head) in HEADS_OF_BODIES
                    and b_country not in INTERGOVERNMENTAL):
                sector = None  # "the president of the Tunisian League for Human Rights": not a government
            country, sector = country or b_country, b_sector or sector
        mention = self.by_token.get(head.i)
        if mention and not country:
            country = mention.entity.country
        if sector is None and country and noun_lemma(head) == "leader" and all(
                c.dep_ not in ("amod", "compound", "nmod") or self._country_word(c) for c in head.children):
            sector = "GOV"  # "the leaders of France and Germany", "Iran's leader": a state's leaders
        if sector == "LEG" and noun_lemma(head) == "representative" and self._members(head):
            sector = "GOV"  # "representatives from the UAE and Bahrain" speak for states, not parliaments
        if noun_lemma(head) in LEADING and (led := self._led_body(head)) is not None:
            sector = led  # "the RSF's commander", "the leader of Hamas": the group's, not the army's
        if sector == "PTY" and noun_lemma(head) == "party" and head.tag_ == "NNS" and any(
                c.lower_ in SIDES_OF_A_FIGHT for c in head.children if c.dep_ in ("det", "nummod", "amod")):
            sector = None  # "called on all parties to respect the truce", "the warring parties": the sides
        if sector in OFFICES and any(c.lower_ in ("former", "ex", "retired") for c in head.children):
            sector = "ELI"  # "former president", "retired general": an elite, no longer in office
        return country, sector, "phrase" if (country or sector) else None

    def _country_words(self, words: list[Token]) -> tuple[dict[int, str], set[int]]:
        """Country words of two or three tokens in a phrase ("North Korean", "South Sudanese",
        "Sri Lankan", "Central African"): the first token's index -> the country, and the indices
        of the tokens after it, which say nothing on their own ("Korean" alone is South Korea's)."""
        at = {t.i for t in words}
        joined, inside = {}, set()
        for tok in sorted(words, key=lambda t: t.i):
            if tok.i in inside or not tok.text[:1].isupper():
                continue
            for n in (3, 2):
                span = tok.doc[tok.i:tok.i + n]
                if len(span) < n or any(t.i not in at for t in span) or saints_building(span):
                    continue
                entry = next((e for e in self.lexicon.lookup(span.text, on=self.on)
                              if e.country and e.kind in ("adjective", "country", "region")), None)
                # (not a capital: "St. John's Episcopal Church" is no government of Antigua)
                if entry is not None:
                    joined[tok.i] = entry.country
                    inside.update(t.i for t in span[1:])
                    break
        return joined, inside

    def _led_body(self, head: Token) -> str | None:
        """The sector of the non-state body a leader's title names as its owner ("the RSF's
        commander", "the head of the Wagner group", "a senior al-Shabaab commander")."""
        owners = [c for c in head.children if c.dep_ in ("poss", "compound")] + [o for _, o in prep_objects(head, {"of"})]
        for owner in owners:
            m = self.by_token.get(owner.i)
            if m is None and owner.lower_ in ("its", "their"):  # "Its commander, Mazloum Abdi": the body
                m = self.antecedents.find(owner, self.mentions)  # before (pronouns are read after names)
            if m is not None and m.entity.kind != "person" and m.entity.sector in NON_STATE_ARMS:
                return m.entity.sector
        return None

    def _person_name_at(self, tok: Token, mention: ActorMention | None) -> Span | None:
        """The person's name a word belongs to: by the actor found there, else by the tagger."""
        if mention is not None:
            return mention.span if mention.entity.kind == "person" else None
        ent = self.ent_of.get(tok.i)
        return ent if ent is not None and ent.label_ == "PERSON" else None

    def _compound_sector(self, head: Token) -> str | None:
        """The sector of an agent noun of several words ending at the head: "border guards",
        "security forces" (COP, where "forces" alone is MIL)."""
        start = head.left_edge.i
        while head.dep_ == "compound" and start > 0 and self.doc[start - 1].head.i == head.head.i \
                and self.doc[start - 1].dep_ in ("compound", "punct"):
            start -= 1  # "Secretary General Stoltenberg", parsed flat: a secretary general, not a general
        words = _outside_brackets(self.doc[start:head.i + 1])  # "the People's Party (CHP) leader": a party leader
        for n in (3, 2):
            if n > len(words):
                continue
            phrase = " ".join(t.text for t in words[-n:]).replace(" - ", "-")
            for entry in self.lexicon.lookup(phrase, on=self.on):
                if entry.kind == "agent" and entry.sector:
                    return entry.sector
        if noun_lemma(head) in EQUIPMENT | BODY_MEMBERS | SPOKESPEOPLE:  # "coast guard vessels", "border police
            # vehicles": the owners'; "coast guard spokesperson": the coast guard's
            for n in (3, 2):
                start = head.i - n
                if start < head.left_edge.i or (start > 0 and self.doc[start - 1].text == "-") or any(
                        t.dep_ != "compound" for t in self.doc[start:head.i]):
                    continue  # (not the "gang" of "an anti-gang unit")
                for entry in self.lexicon.lookup(self.doc[start:head.i].text, on=self.on):
                    if entry.kind == "agent" and entry.sector:
                        return entry.sector
        return None

    def _body_spoken_for(self, head: Token) -> Token | None:
        """"the interior ministry" of "a spokesman for the interior ministry", "the president"
        of "the president's office"."""
        if noun_lemma(head) not in SPEAKS_FOR:
            return None
        owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")
                  and c.lower_ not in ("its", "their")]  # (the tagger may take a capitalised "Its" for a name)
        if owners:
            return owners[0]  # "the president's office"
        for prep in head.children:
            if prep.dep_ == "prep" and (prep.lower_ in ("for", "of", "at", "with")
                                        or (prep.lower_ == "to" and noun_lemma(head) in ADVISERS)):
                objs = [o for o in prep.children if o.dep_ == "pobj" and (o.pos_ in ("NOUN", "PROPN") or (
                    o.pos_ == "ADJ" and o.i > 0 and o.doc[o.i - 1].text == "-"))]  # ("the UN secretary-general",
                # whose "general" the tagger calls an adjective)
                if objs:
                    return objs[0]
        return None

    def _attached(self, head: Token) -> list[Token]:
        """The named words of an of/from/in phrase on the head: "of Gondor", "in Fornost and Gondor"."""
        out = []
        based = [p for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in BASED
                 for p in c.children if p.dep_ == "prep" and p.lower_ in ("in", "at")]  # "companies based in the UAE"
        for prep in [*head.children, *based]:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "in", "at"):
                if prep.lower_ == "at" and prep not in based:
                    continue
                if prep.lower_ == "in" and noun_lemma(head) in DEEDS_SOMEWHERE | SENT_ABROAD:
                    continue  # "a drone attack in Jordan": where it hit, not whose it was; "peacekeepers
                    # in Lebanon": where they serve
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
                if child.dep_ == "nmod" and any(g.dep_ == "appos" for g in child.children):
                    continue  # "Kenyan foreign minister Amina Yusuf and Ugandan foreign minister John
                    # Okello", parsed as one phrase: the first title is someone else's
                if child.tag_ == "VBG" and gerund_read_as_compound(child) is not None:
                    continue  # "bombing" of "accused the army of bombing civilians" is the deed
                if child.tag_ == "RB" and child.i > 0 and head.doc[child.i - 1].pos_ == "VERB":
                    continue  # "pull back troops": the verb's particle, read as the troops'
                if child.lower_ in ("dead", "alive") and child.i > 0 and head.doc[child.i - 1].pos_ == "VERB":
                    continue  # "shot dead two soldiers": how the verb left them, read as theirs
                if child.dep_ in MODIFIER_DEPS or (child.dep_ == "case" and child.lower_ in ("'s", "’s")):
                    out.append(child)
                    stack.append(child)
        if within is not None:
            out += [t for t in within if t not in out]
        quotes = [t.i for t in head.doc[min(t.i for t in out):head.i] if t.text in ('"', "“", "”", "''", "``")]
        if quotes:  # '"... keep us all safe" tweeted Mayor of London Sadiq Khan': a phrase begins
            out = [t for t in out if t.i > quotes[-1]]  # after the closing quote mark the parser ran it over,
        out = [t for t in out if not (t.pos_ == "VERB" and t.lemma_.lower() in CUE_VERBS)]  # and after its cue
        if not in_dateline(head) and any(in_dateline(t) for t in out):
            out = [t for t in out if not in_dateline(t)]  # "DHAKA, Aug 4 (Reuters) - Bangladesh's army chief"
        return sorted(out, key=lambda t: t.i)

    # -- resolving a role token from the parse --------------------------------------------
    def _one_of_the_pair(self, token: Token) -> ActorMention | None:
        """"The latter" is the last actor of the last coordination before it ("the FAA and the
        NTSB, with the latter confirming"), "the former" the first, in its sentence or the one
        before."""
        doc = self.doc
        start = previous.start if (previous := sentence_before(token.sent)) is not None else token.sent.start
        for tok in reversed(doc[start:token.i]):
            if tok.dep_ == "conj" or not any(c.dep_ == "conj" for c in tok.children):
                continue
            chosen = tok
            if token.lower_ == "latter":
                while conj := [c for c in chosen.children if c.dep_ == "conj"]:
                    chosen = conj[-1]
            found = self.resolve(chosen)
            if found is None:
                return None
            return ActorMention(doc[token.i:token.i + 1], coreferent(
                token.text, token.idx, token.idx + len(token.text), found.entity, found.entity.kind or "group"),
                found.key)
        return None

    def opposed(self, head: Token) -> list[ActorMention]:
        """Whom a phrase is against, by its "anti-" words: the government in "anti-government
        protests", China in "anti-China protesters" (with no country yet for "government")."""
        out = []
        for tok in head.children:
            if tok.dep_ not in ("amod", "compound") or not opposed_word(tok):
                continue
            word = tok.lower_[4:].lstrip("-") if tok.lower_.startswith("anti") else tok.text
            country = self.by_token[tok.i].entity.country if tok.i in self.by_token else self._country_word(tok)
            sector = next((e.sector for e in self.lexicon.lookup(word, on=self.on) if e.kind == "agent"), None)
            if country or sector:
                out.append(ActorMention(self.doc[tok.i:tok.i + 1],
                                        Entity(tok.text, tok.idx, tok.idx + len(tok.text), name=word,
                                               country=country, sector=sector, how="anti-", kind="organisation")))
        return out

    def resolve(self, token: Token) -> ActorMention | None:
        """The actor a subject/object token stands for, or None if it names no actor."""
        if token.i in self.waters:
            return None  # "sent destroyers to the Gulf of Aden": a sea is no party
        mention = self.by_token.get(token.i)
        if (mention is None or mention.entity.name is None) and (group := self._the_group_named(token)) is not None:
            return group
        appositions = [c for c in token.children if c.dep_ == "appos"]
        appositions += [g for c in appositions if c.i not in self.by_token for g in c.children if g.dep_ == "appos"]
        named = [self.by_token[c.i] for c in appositions if c.i in self.by_token]
        if mention:  # a title the dictionary knows, with the holder's name at its end, is the holder:
            # "Former US Ambassador to the United Nations Nikki Haley wrote"; so is the person named
            # beside it: "The American Samoan delegate to the House, Aumua Amata, told"
            if mention.entity.kind == "person":
                return mention
            people = [m for m in named if m.entity.kind == "person"]
            return self._named_at_end(token) or (people[0] if people else None) or mention
        if named:  # "Russia's foreign minister Sergei Lavrov" -> the person; also through a chain:
            return named[0]  # "news source Daily Xtra's editorial director, Rachel Giese" -> Giese
        if token.pos_ == "NOUN" and (_is_person_noun(token) or self._is_agent(token)):
            # "the general manager of Abu Dhabi Media, Ali bin Tamim, said": the parser hangs the
            # name on the body the role belongs to, or on a word of its name (but "the arrest of
            # the city's mayor, Ekrem Imamoglu" is no one)
            named = [self.by_token[c.i] for _, body in prep_objects(token, {"of", "at", "for", "to"})
                     for c in body.subtree if c.dep_ == "appos" and c.i in self.by_token
                     and self.by_token[c.i].entity.kind == "person"]
            if named:
                return named[0]
        named = self._named_at_end(token)
        if named is not None:
            return named  # "First Minister of Scotland Nicola Sturgeon" -> the person
        members = partitive_members(token)
        if members is not None:
            return self.resolve(members)  # "a number of female chess players", "one of the protesters"
        if token.pos_ == "PRON" and token.lower_ not in EVERYONE:
            if token.lower_ in RESOLVED_PRONOUNS:
                return self.antecedents.find(token, self.mentions)
            return None
        if token.lower_ in ("latter", "former") and any(c.lower_ == "the" for c in token.children):
            return self._one_of_the_pair(token)
        if _both_or_the_two(token):  # "both sides", "the two countries": the two parties just named
            return self.antecedents.both_sides(token, self.mentions)
        if (token.pos_ not in ("NOUN", "PROPN") and token.lower_ not in EVERYONE) or token.ent_type_ in ("TIME", "DATE"):
            return None  # "at 2 p.m." is no prime minister
        if (country := self._the_country_named(token)) is not None:
            return country

        country, sector, why = self.describe(token)
        told_again = False
        if not country and (sector or noun_lemma(token) in COLLECTIVES) \
                and not (sector and self._the_office_holders(token, sector)):  # (those are read by sides())
            named = self._named_before(token)
            if named is not None:  # "the embassy" after "the US embassy"; "the team" after "an Afghan team"
                (country, why), told_again = named, True
        if not sector and not (country and (token.pos_ == "PROPN" or told_again or self._body_spoken_for(token) is not None or (
                token.lemma_.lower() in MEMBERS and self._members(token)) or (
                token.lemma_.lower() not in NOT_PARTIES and self._country_before(token)) or (
                noun_lemma(token) in GENERIC_TARGETS and any(c.dep_ == "poss" and c.pos_ == "PRON"
                                                             for c in token.children)))):
            return None  # "the proclamation of the Golan Heights" names no actor; "Mahan Air" may
            # ("its positions" are the positions of whoever "its" is)
        span = self.doc[min(t.i for t in self._phrase(token)):token.i + 1]
        while span and span[0].dep_ == "det" and span[0].lower_ in ("the", "a", "an"):
            span = span[1:]
        return ActorMention(span, Entity(span.text, span.start_char, span.end_char, name=None,
                                         country=country, sector=sector, how=why, kind="group"))

    def _the_country_named(self, token: Token) -> ActorMention | None:
        """"Bahrain and Kosovo recognized Israel and opened diplomatic relations with the nation":
        a bare "the nation" or "the country" is the country named last before it, in its
        sentence or the one before."""
        lemma = token.lemma_.lower()
        words = [c for c in token.children if c.dep_ not in ("punct",)]
        if lemma not in COUNTRY_EPITHETS or token.tag_ != "NN" or not words or words[0].lower_ != "the" or any(
                c.dep_ not in ("amod", "compound") or self._country_word(c) for c in words[1:]):
            return None  # ("the Gulf state", "the Jewish state", "the kingdom"; not "the Kenyan state")
        if lemma in ("state", "island") and len(words) == 1:
            return None  # a bare "the state" is a government or a US state, "the island" a place
        start = token.sent.start
        start = self.doc[start - 1].sent.start if start > 0 else start
        named = [m for m in self.mentions if start <= m.span.start < token.i
                 and m.entity.kind == "country" and m.entity.country]
        if not named:
            return None
        last = named[-1]
        if token.dep_ == "nsubj" and start < token.sent.start:  # "Saudi Arabia restored ties with Iran.
            # The kingdom also invited ...": a subject goes on from the subject before
            before = [m for m in named if m.span.start < token.sent.start and m.span.root.dep_ == "nsubj"
                      and m.span.root.head.dep_ == "ROOT"]
            last = before[-1] if before else last
        span = self.doc[words[0].i:token.i + 1]
        return ActorMention(span, replace(last.entity, text=span.text, start=span.start_char, end=span.end_char,
                                          how=f"the {token.lower_} named before: {last.span.text}"), last.key)

    def _the_group_named(self, token: Token) -> ActorMention | None:
        """"Hamas released two hostages. Israel urged the militant group to free the others": a
        definite "the group" (or movement, militia, organisation) with no name of its own is the
        armed group or organisation named last before it, in its sentence or the two before."""
        bloc = token.lemma_.lower() in BLOC_NOUNS  # "the EU ... the bloc", "NATO ... the alliance"
        if (token.lemma_.lower() not in GROUP_NOUNS and not bloc) or token.tag_ != "NN":
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or any(
                (c.dep_ in ("compound", "amod") and c.text[:1].isupper()) or c.dep_ in ("prep", "appos", "poss")
                for c in token.children):
            return None  # not "the Wagner group", "the group of seven", "a group"
        start = token.sent.start
        for _ in range(2):
            start = self.doc[start - 1].sent.start if start > 0 else start
        named = [m for m in self.mentions if start <= m.span.start < token.i
                 and m.entity.kind in ("group", "organisation") and m.entity.name and m.entity.country
                 and m.span.root.i not in self.place_country  # (not a place the tagger took for a body)
                 and (not bloc or m.entity.country in INTERGOVERNMENTAL)]
        if not named:
            return None
        last = named[-1]
        span = self.doc[min(t.i for t in self._phrase(token)):token.i + 1]
        while span and span[0].dep_ == "det":
            span = span[1:]
        return ActorMention(span, replace(last.entity, text=span.text, start=span.start_char, end=span.end_char,
                                          how=f"the {token.lower_} named before: {last.span.text}"), last.key)

    def _named_before(self, head: Token) -> tuple[str, str] | None:
        """"The embassy" after "the US embassy in London", "Members of Parliament" after "the
        Parliament of Iraq": a body named again by its bare noun is the one named before with
        its country, the nearest first."""
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                       for c in head.children)
        nouns = ([head] if definite else []) + [o for _, o in prep_objects(head, {"of"})
                                                if o.pos_ == "PROPN" and o.tag_ == "NNP" and len(list(o.children)) == 0]
        for noun in nouns:
            named = self._named_with_country(noun_lemma(noun))
            earlier = [i for i in named if i < noun.i]
            if earlier:
                i = earlier[-1]
                return named[i], f"the {noun_lemma(noun)} named before: {self.doc[self.tokens[i].left_edge.i:i + 1].text}"
        return None

    def _named_with_country(self, lemma: str) -> dict[int, str]:
        """The tokens of a noun whose phrase gives a country, in order, each with that country;
        worked out once per noun and article."""
        if self._lemma_at is None:
            self._lemma_at = {}
            for t in self.tokens:
                if t.pos_ in ("NOUN", "PROPN"):
                    self._lemma_at.setdefault(noun_lemma(t), []).append(t.i)
        if lemma not in self._countries_of:
            found = {}
            for i in self._lemma_at.get(lemma, []):
                country = self.describe(self.tokens[i])[0]
                if country:
                    found[i] = country
            self._countries_of[lemma] = found
        return self._countries_of[lemma]

    def sides(self, head: Token, mention: ActorMention) -> list[ActorMention]:
        """"Armenian and Azerbaijani troops": one phrase, two sides, each with its own country.
        The first keeps the phrase; each further adjective gets the words from it to the head."""
        out = [mention]
        if head.i in self.antecedents.groups:  # "they": each side of a coordination named before
            return list(self.antecedents.groups[head.i])
        if mention.entity.kind == "person":
            return out
        if head.tag_ in ("NNS", "NNPS"):  # "the foreign ministers of Egypt, Greece and Cyprus"
            for member in self._members(head)[1:]:
                country = self._country_word(member)
                if country and all(country != m.entity.country for m in out):
                    named = self.by_token.get(member.i)
                    span = named.span if named is not None else self.doc[member.i:member.i + 1]
                    out.append(ActorMention(span, replace(mention.entity, text=span.text, start=span.start_char,
                                                          end=span.end_char, country=country)))
        if not mention.entity.country and len(out) == 1:  # "the leaders of the two countries"
            pair = self._the_two_countries(head)
            if pair:
                out = [ActorMention(mention.span, replace(mention.entity, country=c,
                                                          how=f"{mention.entity.how}; the two countries: {', '.join(pair)}"),
                                    mention.key) for c in pair]
        counted = any(c.dep_ == "nummod" for c in head.children)  # "the two leaders", whatever country
        # the article lent them
        if (not mention.entity.country or counted) and len(out) == 1 and (
                met := self._the_office_holders(head, mention.entity.sector)):
            out = [ActorMention(mention.span, replace(mention.entity, country=c,
                                                      how=f"{mention.entity.how}; the {head.text} just named: {c}"),
                                mention.key) for c in met]
        joined = [g for first in head.children if first.dep_ in ("amod", "nmod", "compound")
                  for g in first.subtree if g.dep_ == "conj" and g.i < head.i]
        joined += [t for t in self.doc[head.left_edge.i:head.i] if self._hyphened_to_a_country(t)]
        for adj in joined:  # "Armenian and Azerbaijani troops", "the Turkish-Libyan agreement"
            country = self._country_word(adj)
            if country and all(country != m.entity.country for m in out):
                span = self.doc[adj.i:head.i + 1]
                out.append(ActorMention(span, replace(mention.entity, text=span.text, start=span.start_char,
                                                      end=span.end_char, country=country)))
        return out

    def _hyphened_to_a_country(self, tok: Token) -> bool:
        """The second of two country words joined by a hyphen: "Libyan" of "Turkish-Libyan"."""
        doc = self.doc
        return (tok.i >= 2 and doc[tok.i - 1].text in ("-", "–") and not doc[tok.i - 2].whitespace_
                and not doc[tok.i - 1].whitespace_ and self._country_word(doc[tok.i - 2]) is not None)

    def _the_office_holders(self, head: Token, sector: str | None) -> list[str]:
        """"Egyptian foreign minister Shoukry and his Greek, Cypriot and French counterparts
        gathered in Cairo. ... The foreign ministers agreed": a definite plural title with no
        country of its own stands for the holders of its office named in the three sentences
        before, when they are of two countries or more."""
        if head.tag_ != "NNS" or not sector or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in head.children) or any(
                c.dep_ in ("prep", "poss") for c in head.children):
            return []
        number = next((SMALL_NUMBERS.get(c.lower_, 0) for c in head.children if c.dep_ == "nummod"), None)
        if number == 0:
            return []
        start = head.sent.start
        for _ in range(3):
            start = self.doc[start - 1].sent.start if start > 0 else start
        countries: list[str] = []
        for m in self.mentions:
            if (start <= m.span.start < head.sent.start and m.entity.sector == sector
                    and m.entity.kind in ("person", "group") and m.entity.country
                    and m.entity.country not in countries):
                countries.append(m.entity.country)
        if number is not None:  # "the two leaders": the last two named
            return countries[-number:] if len(countries) >= number else []
        return countries if len(countries) >= 2 else []

    def _the_two_countries(self, head: Token) -> list[str]:
        """"The leaders of the two countries", "both countries' ministers": the last two countries
        named before, in this sentence or the one before it."""
        nouns = [g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                 if g.dep_ == "pobj"] + [c for c in head.children if c.dep_ == "poss"]
        if not any(n.lemma_.lower() in ("country", "nation", "state") and n.tag_ == "NNS" and any(
                c.lower_ in ("two", "both") for c in n.children) for n in nouns):
            return []
        start = head.sent.start
        start = self.doc[start - 1].sent.start if start > 0 else start
        named: list[str] = []
        for m in self.mentions:
            if start <= m.span.start < head.i and m.entity.kind in COUNTRY_KINDS and m.entity.country:
                if m.entity.country in named:
                    named.remove(m.entity.country)
                named.append(m.entity.country)
        return named[-2:] if len(named) >= 2 else []

    def _members(self, head: Token) -> list[Token]:
        """The named members of an of/from phrase: Serbia and Kosovo in "the nations of Serbia and
        Kosovo", the three in "representatives from the UAE, Bahrain and Israel"."""
        out = []
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        out += [m for m in (obj, *obj.conjuncts) if self._country_word(m)]
        return sorted(out, key=lambda t: t.i)

    def _country_before(self, head: Token) -> bool:
        """Does a modifier before the head name a country ("U.S. personnel", "Chinese goods")?
        Then the phrase stands for that country even without a sector; an of-phrase does not
        ("the proclamation of the Golan Heights")."""
        modifiers = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod")]
        modifiers += [g for c in modifiers for g in c.lefts if g.dep_ in ("compound", "nmod") or (
            g.dep_ == "amod" and c.dep_ == "compound")]  # "US counter-terrorism", "a Russian missile strike"
        modifiers += [g for c in modifiers if c.lower_ in RUN_BY for g in c.lefts if g.dep_ in ("amod", "npadvmod", "compound")
                      and g.i + 2 == c.i and g.nbor(1).text == "-"]  # "Serbian-run municipal buildings"
        for tok in modifiers:  # not possessors: "Iran's request" is Iran's, and says so itself
            mention = self.by_token.get(tok.i)
            if mention is not None and mention.entity.country and mention.entity.kind != "person":
                return True
            if tok.is_stop and tok.is_lower and tok.lower_ not in EVERYONE:
                continue  # "us" is a stop word, "US" a country
            if any(e.country and e.kind in COUNTRY_KINDS for e in self.lexicon.lookup(tok.text, on=self.on)):
                return True
        return False

    def _named_at_end(self, title: Token) -> ActorMention | None:
        """The person whose name ends a title's phrase when the parse hung it on an of-phrase."""
        if title.pos_ not in ("NOUN", "PROPN") or not self._is_office(title) or title.lemma_.lower() in OVER_AGAINST:
            return None
        people = [m for t in title.subtree if t.i > title.i and (m := self.by_token.get(t.i)) is not None
                  and m.entity.kind == "person" and m.span.start > title.i and self.doc[m.span.start - 1].text != "("
                  and _in_the_phrase(m.span.root, title)]
        last = max(people, key=lambda m: m.span.start, default=None)  # (past "(no relation)" after the name)
        return last if last is not None and last.span.start - title.i <= 6 else None

    def antecedent(self, pronoun: Token) -> ActorMention | None:
        """The person or group a pronoun refers to (see ``coref.Antecedents``)."""
        return self.antecedents.find(pronoun, self.mentions)


def _both_or_the_two(tok: Token) -> bool:
    """"Both sides", "the two countries", "both parties": a pair named before, not described."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in BOTH_SIDES:
        return False
    words = {c.lower_ for c in tok.children if c.dep_ in ("det", "predet", "preconj", "nummod", "amod")}
    return words in ({"both"}, {"the", "two"})


def _in_the_phrase(tok: Token, head: Token) -> bool:
    """Whether a word hangs on a noun through nominal links only ("Mayor of London Sadiq Khan",
    "former archbishop and cardinal Theodore McCarrick"), not through a clause ("a prosecutor
    investigating Burisma")."""
    links = ("pobj", "prep", "compound", "appos", "nmod", "flat")
    if tok.dep_ == "conj" and tok.head.i == head.i:
        return True  # the person's name is the last of the titles joined ("archbishop and cardinal X")
    while tok.i != head.i:
        if tok.dep_ not in links or tok.head.i == tok.i:
            return False
        if tok.dep_ == "prep" and tok.lower_ not in TITLE_PREPS:
            return False  # "Israeli troops near Maroun al-Ras": a place, whatever the tagger calls it
        tok = tok.head
    return True


TITLE_PREPS = {"of", "to", "for", "at", "in", "from", "with", "on"}  # "Mayor of London", "envoy to Kyiv", ...


def _proper_runs(sent: Span, tokens: list[Token]) -> list[Span]:
    """Runs of capitalised proper nouns ("Lena Paris"), a name spaCy may have missed."""
    runs, start = [], None
    for tok in tokens + [None]:
        if tok is not None and tok.pos_ == "PROPN" and tok.is_title:
            start = tok.i if start is None else start
            continue
        if start is not None:
            end = tok.i if tok is not None else sent.end
            runs.append(sent.doc[start:end])
            start = None
    return runs


def _inside_name(span: Span, ent: Span | None) -> bool:
    """Is the span a strict part of ``ent``, the entity spaCy found where it starts, when that
    is a person or organisation name?"""
    if ent is None or ent.label_ not in ("PERSON", "ORG"):
        return False
    start = ent.start + (1 if ent[0].lower_ == "the" else 0)
    end = ent.end - (1 if ent[-1].tag_ == "POS" else 0)  # "The International Criminal Court's"
    if end - start > 3 and ent.doc[end - 1].text == ")" and ent.doc[end - 3].text == "(":
        end -= 3  # "Organisation of Islamic Cooperation (OIC)": the name, and its acronym after it
    return span.start > start or span.end < end


# things a country adjective does not turn into a party to an event ("Libya-Turkey relations")
def _office_held(name: Token) -> list[Token]:
    """The office in an as-phrase of the verb the name is subject of: "X resigned as governor",
    "Y was sworn in as president"."""
    if name.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = name.head
    return [g for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "as"
            for g in prep.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]


# plural nouns that stand for the countries named after them ("the nations of Serbia and Kosovo")
# bodies named after the person who leads them: "the Putin administration", "the Maduro regime"
LED_BODIES = {"administration", "government", "regime", "cabinet", "campaign", "team", "camp"}
MEMBERS = frozenset("nation country state side neighbour neighbor leader representative delegation delegate "
                    "envoy member observer monitor inspector".split())
NOT_PARTIES = frozenset("relation relations tie ties territory soil airspace water waters border frontier "
                        "economy region area side coast".split())

# words for someone who stands for or against another, named in their of-phrase: "a critic of
# President Saied" is not Saied
OVER_AGAINST = {"critic", "opponent", "rival", "foe", "enemy", "supporter", "ally", "backer", "challenger",
                "detractor", "adversary", "loyalist"}
LEADING = {"commander", "leader", "chief", "head", "founder", "boss", "chairman"}
# deeds done at a place, whose in-phrase says where, not by whom ("soldiers in Chad" are Chad's)
DEEDS_SOMEWHERE = {"attack", "strike", "airstrike", "bombing", "shelling", "raid", "explosion", "blast", "ambush",
                   "assault", "operation", "offensive", "bombardment", "incursion", "shooting"}
NON_STATE_ARMS = {"REB", "PRM", "UAF", "CRM", "OPP", "PTY", "INS"}
# people who serve in a country not their own: the place they are in is not theirs
SENT_ABROAD = {"peacekeeper", "peacekeepers"}
BASED = {"base", "headquarter", "register", "locate"}  # "a firm based in Dubai" is of that country


def _outside_brackets(span: Span) -> list[Token]:
    """The words of a span that are not inside round brackets (an acronym given after a name)."""
    out, depth = [], 0
    for t in span:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(t)
    return out


def partitive_members(token: Token) -> Token | None:
    """"players" of "a number of players": the members a quantity word stands for."""
    if token.lemma_.lower() not in PARTITIVES and token.lower_ not in PARTITIVES:
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objs = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
            if objs:
                return objs[0]
    return None


def index_actors(doc: Doc, lexicon: ActorLexicon) -> ActorIndex:
    """Every actor mention of an article: names first, then pronouns, which look back at them."""
    index = ActorIndex(doc, lexicon)
    story = [s for s in doc.sents if not in_boilerplate(doc, s.start_char)]
    for sent in story:
        names = index.people_in(sent)
        index.scan_dictionary(sent, names)
        index.scan_people(names)
        index.scan_named(sent)
        index.scan_surnames(sent)
        index.scan_titles(sent)
        index.scan_nationals(sent)
        index.scan_descriptions(sent)
    index.mentions.sort(key=lambda m: m.span.start)
    for sent in story:
        index.scan_pronouns(sent)
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
