"""Coreference by rule: the same person however the article names them.

No offline coreference package works here (they all fetch weights at run time), so wirecoder
keeps its own small, tested rules:

- names (``People``): "Sergei Lavrov", then "Lavrov", "Mr Lavrov" are one person; a different
  full name that shares a surname ("Yusuf Abdi", then "his father Farah Abdi") is another person;
- titles: "the foreign minister" after "Russia's foreign minister Sergei Lavrov" is Lavrov;
- he/she (``Antecedents``): the most salient person of this and the two sentences before, in the
  manner of Lappin and Leass (salience halves with each sentence back; subjects weigh more than
  objects, objects more than the rest), that agrees in gender (honorifics, gendered titles, common
  first names, pronouns already resolved), is not the subject of the pronoun's own verb ("Lavrov
  told him"), and, for a pronoun inside a quote, is not the person quoted; a "he" outside quotes
  never means someone named only inside one. Tuned on GUM's news part (bench/gum_entities.py);
- they: the nearest plural or collective actor that is a subject in this or the previous
  sentence ("Kenya Defence Forces said they ...").

A wrong country is worse than none: where the rules single out no one, the pronoun stays unresolved.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from wirecoder.annotate import roles
from wirecoder.annotate.given_names import FEMALE_NAMES, MALE_NAMES
from wirecoder.annotate.modality import ACCUSING, CLAIMS, DENIAL, SPEECH
from wirecoder.nlp.extensions import ActorMention, sentence_before, text_of
from wirecoder.record.ontology import SPECIAL_ACTOR_CODES
from wirecoder.record import Entity

if TYPE_CHECKING:  # quotes reads the person nouns from here
    from wirecoder.annotate.quotes import QuoteFrame

HONORIFIC_GENDER = {"mr": "m", "mister": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f",
                    "miss": "f", "dame": "f", "lady": "f", "madam": "f", "dr": None, "prof": None,
                    "professor": None, "rev": None}
GENDERED_NOUNS = {
    "m": {"man", "boy", "father", "son", "brother", "husband", "uncle", "nephew", "grandfather",
          "king", "prince", "emir", "sultan", "spokesman", "chairman", "congressman", "businessman",
          "policeman", "councilman", "assemblyman", "sportsman", "monk", "priest", "widower",
          "boyfriend", "gentleman", "grandson", "stepfather", "dad"},
    "f": {"woman", "girl", "mother", "daughter", "sister", "wife", "aunt", "niece", "grandmother",
          "queen", "princess", "spokeswoman", "chairwoman", "congresswoman", "businesswoman",
          "policewoman", "councilwoman", "assemblywoman", "sportswoman", "actress", "nun", "widow",
          "girlfriend", "lady", "granddaughter", "stepmother", "mum", "mom", "heiress", "duchess"},
}
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}
# verbs whose subject "it" is no one: "it is", "it seems", "it rained", "it takes two"
IMPERSONAL = {"be", "seem", "appear", "remain", "rain", "snow", "take", "mean", "matter", "happen", "look", "sound",
              "become", "cost", "follow", "come", "go", "make", "get", "read", "have"}
# clauses of time, whose "it" is the body acting around them: "shelled Kharkiv after it accused ..."
TIME_MARKS = {"after", "before", "when", "while", "until", "once"}
# what a deed one is accused of was done to, which is the accuser's: "accused Y of shelling its villages"
HARMED_GROUND = {"position", "territory", "soil", "airspace", "base", "troop", "force", "soldier", "village", "town",
                 "city", "citizen", "civilian", "border", "ship", "vessel", "facility", "infrastructure", "embassy",
                 "water", "post", "outpost", "area", "region", "people", "diplomat", "national"}
ACCUSERS = {"accuse", "blame", "charge", "condemn", "criticize", "criticise", "denounce", "fault"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
# "both sides", "the two countries": the two parties named just before (countries: one a country)
BOTH_SIDES = {"side", "party", "country", "nation", "neighbour", "neighbor", "rival", "foe", "adversary", "enemy",
              "government", "state"}
BOTH_COUNTRIES = {"country", "nation", "neighbour", "neighbor", "government", "state"}
SIDE_PREPOSITIONS = {"with", "between", "against", "and"}
FIRST_PERSON = {"i", "me", "we", "us"}  # inside a quote: its speaker
# what a body issues, whose "its" is that body: "its press release"
ISSUED = {"statement", "release", "report", "letter", "announcement", "communique", "communiqué", "tweet", "post",
          "website", "filing"}
# cues that go on from the quote before: its speaker is still speaking
CONTINUING = {"add", "continue", "conclude"}
# verbs after which an "it" subject is the body speaking: "Russia said it had struck ..."
SAID_OF_ITSELF = SPEECH | DENIAL | {"warn", "vow", "pledge", "threaten", "promise", "hope", "plan"}
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"}
REFLEXIVE = {"himself", "herself", "themselves"}
# nouns for people: an appositive headed by one makes a name a person's ("X, a Danish aid worker")
PERSON_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "speaker", "minister", "president", "official",
                "leader", "director", "chief", "head", "member", "founder", "chairman", "chairwoman",
                "secretary", "ambassador", "envoy", "commander", "general", "governor", "mayor",
                "senator", "lawmaker", "legislator", "judge", "lawyer", "attorney", "activist",
                "journalist", "reporter", "professor", "doctor", "student", "teacher", "resident",
                "survivor", "victim", "witness", "eyewitness", "bystander", "expert", "analyst", "researcher", "scientist",
                "curator", "artist", "player", "coach", "captain", "candidate", "politician",
                "diplomat", "adviser", "advisor", "aide", "officer", "prosecutor", "cleric", "imam",
                "priest", "bishop", "executive", "manager", "owner", "citizen", "national", "native",
                "father", "mother", "premier", "chancellor", "king", "queen", "prince", "emir",
                "deputy", "representative", "campaigner", "author", "writer", "singer", "actor",
                "actress", "designer", "engineer", "pilot", "soldier", "farmer", "worker",
                # occupations news puts before a name: "Broadcaster Piers Morgan commented"
                "broadcaster", "presenter", "anchor", "columnist", "commentator", "comedian", "rapper",
                "musician", "novelist", "poet", "filmmaker", "producer", "businessman", "businesswoman",
                "entrepreneur", "billionaire", "economist", "historian", "astronaut", "athlete",
                "footballer", "cricketer", "philanthropist", "nurse", "surgeon", "firefighter",
                "archbishop", "cardinal", "rabbi", "pastor"}
# bodies news may call "they"
COLLECTIVES = {"government", "army", "military", "navy", "team", "company", "council", "committee", "ministry",
               "party", "administration", "family", "group", "board", "club", "band", "couple", "force",
               "department", "agency", "organisation", "organization", "church", "union", "campaign", "firm"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
OBJECT_DEPS = {"dobj", "dative", "pobj"}
PATIENT_DEPS = {"dobj", "dative", "pobj", "nsubjpass"}  # what is done to
CLAUSE_EDGES = {"ccomp", "advcl", "relcl", "csubj", "acl", "conj", "parataxis", "xcomp"}
ROLE_WEIGHT = {"nsubj": 80, "nsubjpass": 80, "dobj": 50, "dative": 50, "attr": 50, "poss": 30, "pobj": 20}
# an interview's turns, as Wikinews marks them: "((WN))" asks, "((Zara Kay))" answers
TURN = re.compile(r"\(\(([^()\n]{2,60})\)\)")
INTERVIEWERS = {"wn", "wikinews", "q", "question", "interviewer"}
WINDOW = 2  # sentences before the pronoun's own that may hold its antecedent


def name_words(text: str) -> list[str]:
    """The words of a name as we compare them: lower case, no possessive, no honorific."""
    words = [w.strip(".,").lower() for w in text.replace("’", "'").split()]
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    while len(words) > 1 and words[0] in HONORIFIC_GENDER:
        words = words[1:]
    # Arabic's article is no word of its own: "Asaad al-Shaibani" is "Shaibani" later, "Al Thani" "Thani"
    words = [w.split("-", 1)[1] if w.split("-", 1)[0] in ARTICLES and w.count("-") == 1 and len(w) > 5 else w
             for k, w in enumerate(words) if not (w in ARTICLES and k + 1 < len(words))]
    return [w for w in words if w]


ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "adh", "ath"})


PATRONYMIC = frozenset({"bin", "ibn", "bint"})  # "Osama bin Laden", "Mohammed bin Salman"


def gender_of_name(text: str, honorific: str | None = None) -> str | None:
    """"m", "f" or None from an honorific ("Mr") or a common first name."""
    if honorific and HONORIFIC_GENDER.get(honorific.lower().strip(".")):
        return HONORIFIC_GENDER[honorific.lower().strip(".")]
    words = [w.strip(".,") for w in text.split()]
    if not words:
        return None
    first = words[0].lower()
    if first in MALE_NAMES and first not in FEMALE_NAMES:
        return "m"
    if first in FEMALE_NAMES and first not in MALE_NAMES:
        return "f"
    return None


def gender_of_noun(lemma: str) -> str | None:
    for gender, nouns in GENDERED_NOUNS.items():
        if lemma.lower() in nouns:
            return gender
    return None


@dataclass
class Person:
    """One person of the article: the names used, the code, and what a pronoun must agree with."""

    key: str
    words: frozenset[str]
    entity: Entity  # name, country, sector and how of the best-coded mention
    first: int  # token index of the first mention
    surname: str = ""  # the word that alone names them ("lavrov")
    gender: str | None = None
    title: str | None = None  # lemma of the article's title for them ("minister")
    title_words: frozenset[str] = frozenset()  # its modifiers ("foreign")
    mentions: int = 1
    last: int = 0


@dataclass
class People:
    """The people of one article, found by any of the names the article uses for them."""

    all: list[Person] = field(default_factory=list)
    _keys: dict[str, Person] = field(default_factory=dict)

    def find(self, words: list[str], before: int | None = None) -> Person | None:
        """The person these name words refer to: every word is one of theirs, the surname among
        them ("Lavrov", "Sergei Lavrov", not "Sergei"). Among several, the full-name match, then
        the most mentioned, then the first named: news names a second bearer of a surname in full
        ("Donald Trump ... Melania Trump ... Trump said" is Donald Trump)."""
        wanted = set(words)
        if not wanted:
            return None
        found = [p for p in self.all if wanted <= p.words and (p.surname in wanted or wanted == p.words)
                 and (before is None or p.first < before)]
        if not found and len(wanted) == 1:
            # "Osama" after "Osama bin Laden": a name with "bin" goes by its first word too
            found = [p for p in self.all if p.words & PATRONYMIC and p.key.split()[0] in wanted
                     and (before is None or p.first < before)]
            found = found if len(found) == 1 else []
        if not found:
            return None
        return max(found, key=lambda p: (wanted == p.words, p.mentions, -p.first))

    def introduce(self, words: list[str], entity: Entity, at: int, gender: str | None = None,
                  surname: str | None = None) -> Person:
        """A new person, named by ``words`` (in the order of the name: the last is the surname)."""
        person = Person(" ".join(words), frozenset(words), entity, at, surname or words[-1], gender,
                        mentions=0, last=at)
        self.all.append(person)
        self._keys[person.key] = person
        return person

    def by_key(self, key: str | None) -> Person | None:
        return self._keys.get(key) if key else None

    def by_title(self, lemma: str, modifiers: set[str], before: int) -> Person | None:
        """The person the article gave this title ("the foreign minister"); None if the words
        fit nobody or several people equally."""
        fits = [p for p in self.all if p.title == lemma and p.first < before and modifiers <= p.title_words]
        if not fits:
            return None
        best = max(fits, key=lambda p: p.last)
        return best if sum(1 for p in fits if p.title_words == best.title_words) == 1 or len(fits) == 1 else None


def coreferent(span_text: str, start: int, end: int, source: Entity, kind: str = "person") -> Entity:
    """The entity of a mention that refers back to ``source``: same code, "coreference: NAME"."""
    name = source.name or source.text
    return Entity(span_text, start, end, name=name, country=source.country, sector=source.sector,
                  how=f"coreference: {name}", kind=kind)


def _dateline(tok: Token) -> bool:
    """The place of a dateline, which the parser may take for a subject: "LONDON — The Prime
    Minister said ..."."""
    return tok.i == tok.sent.start and tok.text.isupper() and tok.i + 1 < len(tok.doc) \
        and tok.doc[tok.i + 1].text in ("—", "–", "-", ",", "(")


def _a_role_noun(tok: Token) -> bool:
    """A person named by a role: "the head", "the woman", and a title capitalised: "The Prime
    Minister"."""
    if tok.tag_ == "NN":
        return tok.lemma_.lower() in PERSON_NOUNS or gender_of_noun(tok.lemma_) is not None
    return tok.tag_ == "NNP" and tok.lower_ in PERSON_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def role_token(tok: Token) -> Token:
    """The token that carries a name's role in its clause ("minister" for the appositive
    "Russia's foreign minister Sergei Lavrov")."""
    for _ in range(3):
        if tok.dep_ in ("compound", "flat", "appos") and tok.head.i != tok.i:
            tok = tok.head
        else:
            break
    return tok


def clause_subjects(pronoun: Token) -> list[Token]:
    """The subjects of the clause an object pronoun stands in ("him" in "Lavrov told him", "them"
    in "the agency helped them"): a pronoun there cannot mean them. Possessives and subjects
    have none; a clause ends at a clausal complement, adverbial, relative or coordinated clause."""
    if pronoun.dep_ in SUBJECT_DEPS or pronoun.dep_ == "poss":
        return []
    tok, out = pronoun, []
    for _ in range(8):
        if tok.dep_ == "xcomp" and not out and not any(c.dep_ == "dobj" for c in tok.head.children):
            # "the ministers refused to hand them over": an infinitive's subject is the main one's
            out += [c for c in tok.head.children if c.dep_ in SUBJECT_DEPS]
            break
        if tok.dep_ in CLAUSE_EDGES or tok.head.i == tok.i:
            break
        tok = tok.head
        out += [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
    return out


WILLING = {"ready", "willing", "prepared", "able", "determined", "open", "committed", "eager", "unwilling"}


def _accuser_harmed(owned: Token, deed: Token) -> Token | None:
    """The verb of accusing when ``owned`` ("its positions", "their territory") is what the deed
    one is accused of was done to: "X accused Y of shelling its villages" are X's villages."""
    if owned.lemma_.lower() not in HARMED_GROUND or deed.dep_ != "pcomp" or deed.tag_ != "VBG" \
            or deed.head.lower_ not in ("of", "for"):
        return None
    head = deed.head.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "conj"):  # (the "of" hung on the accused)
        while head.dep_ == "conj":
            head = head.head
        head = head.head
    return head if head.lemma_.lower() in ACCUSERS else None


def _who(m: ActorMention) -> tuple:
    """Who a mention is, to tell two mentions of the same actor: its person, else its codes."""
    return (m.key,) if m.key else (m.entity.country, m.entity.sector, m.entity.name or m.span.root.lemma_.lower())


class Antecedents:
    """What a he/she/they refers to, among the actor mentions before it."""

    def __init__(self, doc: Doc, people: People, quotes: list[QuoteFrame],
                 resolve: Callable[[Token], ActorMention | None]):
        self.doc = doc
        self.people = people
        self.quotes = quotes
        self.resolve = resolve
        self.sents = list(doc.sents)
        self.sentence = [0] * len(doc)  # token -> number of its sentence
        for n, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self.sentence[i] = n
        self._memo: dict[int, ActorMention | None] = {}
        self._asking: set[int] = set()  # words whose quote's speaker is being resolved
        # "they" for several sides with different codes ("Egypt's foreign minister and his Greek
        # counterpart ... They called on Turkey"): the pronoun's token -> one mention per side
        self.groups: dict[int, list[ActorMention]] = {}
        self.sides: Callable[[Token, ActorMention], list[ActorMention]] = lambda tok, m: [m]

    def quote_at(self, char: int) -> QuoteFrame | None:
        return next((q for q in self.quotes if q.start <= char < q.end), None)

    def find(self, pronoun: Token, mentions: list[ActorMention]) -> ActorMention | None:
        """The antecedent of a pronoun, as a mention of the pronoun itself (None: unresolved)."""
        if pronoun.i in self._memo:
            return self._memo[pronoun.i]
        self._memo[pronoun.i] = None  # a quote whose speaker is this very pronoun: no cycle
        word = pronoun.lower_
        if word in PRONOUN_GENDER:
            found = self._person(pronoun, PRONOUN_GENDER[word], mentions)
        elif word in PLURAL:
            found = self._group(pronoun)
        elif word in FIRST_PERSON:
            found = self._speaker(pronoun)
        elif word == "it":
            found = self._body_speaking(pronoun)
        elif word == "its":
            found = self._issuer(pronoun)
        else:
            found = None
        self._memo[pronoun.i] = found
        return found

    # -- he / she -------------------------------------------------------------------------------
    def _person(self, pronoun: Token, gender: str, mentions: list[ActorMention]) -> ActorMention | None:
        if pronoun.lower_ in REFLEXIVE:
            return self._reflexive(pronoun, gender)
        if (same := self._still_speaking(pronoun, gender)) is not None:
            return same  # 'He said Zelensky is "..."; "...", he added': the one who said it
        scores: dict[str, float] = {}
        latest: dict[str, ActorMention] = {}
        for m in self._candidates(pronoun, gender, mentions):
            d = self.sentence[pronoun.i] - self.sentence[m.span.start]
            weight = (100 + ROLE_WEIGHT.get(role_token(m.span.root).dep_, 10)) / 2 ** d
            scores[m.key] = max(scores.get(m.key, 0), weight)
            latest[m.key] = m
        if not scores:
            return self._unnamed_role(pronoun, mentions) or self._role_acted_on(pronoun, mentions) \
                or self._last_speaker(pronoun, gender)
        ranked = sorted(scores, key=lambda k: (scores[k], latest[k].span.start), reverse=True)
        person = self.people.by_key(ranked[0])
        if person is not None and person.gender is None and (
                len(ranked) == 1 or scores[ranked[0]] >= 2 * scores[ranked[1]]):
            person.gender = gender  # clearly this person: now we know
        return self._refer(pronoun, latest[ranked[0]], person)

    def _still_speaking(self, pronoun: Token, gender: str) -> ActorMention | None:
        """A pronoun that speaks by a cue going on from the quote just before, in its paragraph
        ("he added", "she continued"), is that quote's speaker, if a person of its gender."""
        layout = self.doc._.wc_layout
        for k, q in enumerate(self.quotes):
            if q.speaker is None or q.speaker.i != pronoun.i:
                continue
            if q.cue is None or q.cue.lemma_.lower() not in CONTINUING or k == 0:
                return None
            before = self.quotes[k - 1]
            if before.speaker is None or before.speaker.i == pronoun.i or (
                    layout is not None and layout.paragraph_start(before.start) != layout.paragraph_start(q.start)):
                return None
            return self._person_speaking(pronoun, gender, before.speaker)
        return None

    def _last_speaker(self, pronoun: Token, gender: str) -> ActorMention | None:
        """'"...", he continued': a "he" that speaks, with no one named near because the quotes
        before it are long, is the speaker of the last quote before it, if that is a person of
        its gender."""
        if not any(q.speaker is not None and q.speaker.i == pronoun.i for q in self.quotes):
            return None
        before = [q for q in self.quotes if q.end <= pronoun.idx and q.speaker is not None
                  and q.speaker.i != pronoun.i]
        if not before:
            return None
        return self._person_speaking(pronoun, gender, before[-1].speaker)

    def _person_speaking(self, pronoun: Token, gender: str, speaker: Token) -> ActorMention | None:
        found = self.resolve(speaker)
        if found is None or found.entity.kind != "person" or not found.key:
            return None
        person = self.people.by_key(found.key)
        if person is not None and person.gender not in (None, gender):
            return None
        return self._refer(pronoun, found, person)

    def _unnamed_role(self, pronoun: Token, mentions: list[ActorMention]) -> ActorMention | None:
        """With no person named near, a subject "he"/"she" is the one person its main clause, or
        the sentence before, was about, named by a role only: "The head of the internal
        investigators told the court '...'. She also said ..." (a singular noun with a sector, as
        that sentence's subject)."""
        if pronoun.dep_ not in SUBJECT_DEPS:
            return None
        own = pronoun.sent
        subjects = [c for c in own.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i]
        if pronoun.head.i == own.root.i or not subjects:  # "The Tanzanian president met the IMF,
            before = sentence_before(pronoun.sent)  # where he denounced the deal": the main clause's subject
            if before is None:
                return None
            subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass") and not _dateline(c)]
        if len(subjects) != 1 or not _a_role_noun(subjects[0]):
            return None
        subject = subjects[0]
        if gender_of_noun(subject.lemma_) not in (None, PRONOUN_GENDER.get(pronoun.lower_)):
            return None  # "The man said ... She ..."
        role = next((m for m in mentions if m.span.root.i == subject.i), None) or self.resolve(subject)
        if role is None and subject.lemma_.lower() in PERSON_NOUNS and self._speaks(pronoun) and self._speaks(subject):
            # "The head of the internal investigators told the court "...". She also said "..."":
            # a role with no code, named by its words
            words = [t for t in self.doc[subject.left_edge.i:subject.right_edge.i + 1]]
            while len(words) > 1 and words[0].dep_ == "det":
                words = words[1:]
            span = self.doc[words[0].i:words[-1].i + 1]
            role = ActorMention(span, Entity(span.text, span.start_char, span.end_char, kind="person",
                                             how="speaker's words"))
        elif role is None or not role.entity.sector or role.entity.kind not in ("group", "person"):
            return None
        return self._refer(pronoun, role)

    def _role_acted_on(self, pronoun: Token, mentions: list[ActorMention]) -> ActorMention | None:
        """"Expelled the head of the UN rights office, accusing him of bias", "sacked the army
        chief, blaming him for the defeat": the object of a participle that goes on from the main
        verb is the one person that verb acted on, named by a role only."""
        clause = pronoun.head
        if pronoun.dep_ not in ("dobj", "dative") or clause.tag_ != "VBG" or clause.dep_ not in ("advcl", "conj"):
            return None
        objs = [c for c in clause.head.children if c.dep_ == "dobj"]
        if len(objs) != 1 or not _a_role_noun(objs[0]):
            return None
        if gender_of_noun(objs[0].lemma_) not in (None, PRONOUN_GENDER.get(pronoun.lower_)):
            return None
        role = next((m for m in mentions if m.span.root.i == objs[0].i), None) or self.resolve(objs[0])
        if role is None or role.entity.kind not in ("group", "person") or not (role.entity.sector or role.entity.country):
            return None
        return self._refer(pronoun, role)

    def _speaks(self, tok: Token) -> bool:
        return any(q.speaker is not None and q.speaker.i == tok.i for q in self.quotes)

    def _candidates(self, pronoun: Token, gender: str, mentions: list[ActorMention]) -> list[ActorMention]:
        here = self.quote_at(pronoun.idx)
        barred = self._bound_subjects(pronoun)
        if here is not None:
            speaker = self.resolve(here.speaker) if here.speaker is not None else None
            if speaker is not None and speaker.key:
                barred.add(speaker.key)
        first_sentence = self.sentence[pronoun.i] - WINDOW
        out = []
        for m in mentions:
            if m.entity.kind != "person" or not m.key or m.span.start >= pronoun.i:
                continue
            if self.sentence[m.span.start] < first_sentence or m.key in barred:
                continue
            person = self.people.by_key(m.key)
            if person is not None and person.gender not in (None, gender):
                continue
            if here is None and self.quote_at(m.span.start_char) is not None:
                continue  # a "he" in the story is not someone named only inside a quote
            out.append(m)
        return out

    def _bound_subjects(self, pronoun: Token) -> set[str]:
        """People the pronoun cannot mean: a subject of its own clause for an object pronoun
        ("Lavrov told him"); whom its own participle clause addresses for a subject pronoun
        ("Speaking to Martin Smith, he said")."""
        if pronoun.dep_ in SUBJECT_DEPS:
            clauses = [c for c in pronoun.head.children if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN")]
            # ... also when the parser hung the opening participle on the quote after it
            clauses += [t for t in pronoun.sent if t.i < pronoun.i and t.dep_ == "advcl"
                        and t.tag_ in ("VBG", "VBN") and t.i == t.left_edge.i == pronoun.sent.start]
            others = [t for c in clauses for t in c.subtree if t.dep_ in ("dobj", "dative", "pobj")]
        else:
            others = clause_subjects(pronoun)
        found = (self.resolve(t) for t in others if t.i != pronoun.i)
        return {m.key for m in found if m is not None and m.key}

    def _reflexive(self, pronoun: Token, gender: str) -> ActorMention | None:
        """"himself" is the subject of its own clause."""
        verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
        subj = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        m = self.resolve(subj[0]) if subj else None
        if m is None or m.entity.kind != "person":
            return None
        person = self.people.by_key(m.key)
        if person is not None and person.gender not in (None, gender):
            return None
        return self._refer(pronoun, m, person)

    # -- I / we ------------------------------------------------------------------------------------
    def speaker_of_quote_at(self, tok: Token) -> ActorMention | None:
        """The speaker of the quote the token is in, resolved ("our forces" in Peskov's words are
        Russia's), or None outside quotes or with no speaker."""
        here = self.quote_at(tok.idx)
        if here is None or here.speaker is None or here.speaker.i == tok.i or tok.i in self._asking:
            return None
        self._asking.add(tok.i)  # ('"All of our journalists ...," said the journalist': the speaker's
        try:  # phrase may lead back to this very word)
            return self.resolve(here.speaker)
        finally:
            self._asking.discard(tok.i)

    def _speaker(self, pronoun: Token) -> ActorMention | None:
        """"I" and "we" inside a quote are its speaker, or the side the speaker speaks for, which
        has the speaker's codes: '"We warn the Saudis", Saree said'. Outside quotes, an "I" that
        speaks is whoever's turn it is in an interview; any other "I" is nobody."""
        here = self.quote_at(pronoun.idx)
        if here is None:  # only a speaker: an interviewee's own life is not news events
            speaking = pronoun.lower_ == "i" and (  # "I said", or an "I" a quote is given to: "I'm like, "...""
                pronoun.dep_ == "nsubj" and pronoun.head.lemma_.lower() in SPEECH
                or any(q.speaker is not None and q.speaker.i == pronoun.i for q in self.quotes))
            return self._interviewee(pronoun) if speaking else None
        if here.speaker is None or here.speaker.i == pronoun.i:
            return None
        speaker = self.resolve(here.speaker)
        if speaker is None:
            return None
        return self._refer(pronoun, speaker, self.people.by_key(speaker.key))

    def _interviewee(self, pronoun: Token) -> ActorMention | None:
        """The one answering where the pronoun stands: the name of the last turn marked before it
        ("((Zara Kay)) I feel like ..."), if that turn is not the interviewer's. A marker with no
        space in it is a language's code ("((hi))") or initials, not a name."""
        turns = list(TURN.finditer(text_of(self.doc), 0, pronoun.idx))
        names = [t for t in turns if " " in t.group(1).strip() or t.group(1).strip().lower() in INTERVIEWERS]
        if not names or names[-1].group(1).strip().lower() in INTERVIEWERS:
            return None
        name = self.doc.char_span(*names[-1].span(1), alignment_mode="expand")
        found = next((m for m in (self.resolve(t) for t in (name or [])) if m is not None), None)
        return self._refer(pronoun, found, self.people.by_key(found.key)) if found else None

    # -- it ---------------------------------------------------------------------------------------
    def _body_speaking(self, pronoun: Token) -> ActorMention | None:
        """"it" as the subject of what a country, an organisation or its spokesman said of
        itself: "Russia said it had struck ...", "the army said it killed ...". Any other "it"
        (most are things) is left alone."""
        body = self._said_of_itself(pronoun) or self._denied_of_itself(pronoun) or self._body_before(pronoun) \
            or self._body_above(pronoun)
        return self._refer(pronoun, body) if body is not None else None

    def _body_above(self, pronoun: Token) -> ActorMention | None:
        """"The coast guard expelled the ships, which it accused of intruding", "Russia shelled
        Kharkiv after it accused Ukraine of ...": the subject "it" of a relative or adverbial
        clause is the body that is the subject of the clause it hangs in."""
        clause = pronoun.head
        if pronoun.dep_ != "nsubj" or clause.dep_ not in ("relcl", "advcl") or clause.lemma_.lower() in IMPERSONAL \
                or self.quote_at(pronoun.idx) is not None:
            return None
        above = clause.head.head if clause.dep_ == "relcl" else clause.head
        if clause.dep_ == "relcl" and clause.head.dep_ not in ("dobj", "pobj", "nsubjpass"):
            return None
        if clause.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in clause.children):
            return None  # "banned the book because it contained ...": the book
        subjects = [c for c in above.children if c.dep_ == "nsubj"]
        return None if any(s.pos_ == "PRON" for s in subjects) else self._one_body(subjects)

    def _one_body(self, subjects: list[Token]) -> ActorMention | None:
        """The body or country a clause's one singular subject names, with a country or a sector."""
        if len(subjects) != 1 or subjects[0].tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subjects[0].children):
            return None
        body = self.resolve(subjects[0])
        if body is None or body.entity.kind not in ("organisation", "group", "country") or not (
                body.entity.country or body.entity.sector):
            return None
        return body

    def _body_before(self, pronoun: Token) -> ActorMention | None:
        """"The ELN has been at war with the state since 1964. It kidnapped ...": a sentence's
        opening "it", doing something, is the named body or country the sentence before was about
        (not "It is", "It seems", "It was reported that")."""
        verb = pronoun.head
        if pronoun.dep_ != "nsubj" or pronoun.i != pronoun.sent.start or verb.dep_ != "ROOT" \
                or verb.lemma_.lower() in IMPERSONAL or self.quote_at(pronoun.idx) is not None:
            return None
        n = self.sentence[pronoun.i]
        if n == 0:
            return None
        roots = [t for t in self.sents[n - 1] if t.dep_ == "ROOT"]
        subjects = [c for r in roots[:1] for c in r.children if c.dep_ == "nsubj"]
        if not all(s.pos_ == "PROPN" or s.is_upper or s.tag_ == "NN" for s in subjects):
            return None  # (a name, or "the prosecutor's office", "the army")
        return self._one_body(subjects)

    def _said_of_itself(self, subject: Token) -> ActorMention | None:
        """The body that says what this subject did, when it speaks of itself: "Russia said it
        had struck ...", "the army said its soldiers killed ..."."""
        if subject.dep_ not in SUBJECT_DEPS or self.quote_at(subject.idx) is not None:
            return None
        clause = subject.head
        while clause.dep_ == "conj":  # "said it had attacked and destroyed ..."
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SAID_OF_ITSELF:
            return None
        if clause.lemma_ == "be" and not any(c.dep_ == "auxpass" for c in clause.children) and not any(
                c.dep_ == "acomp" and c.lower_ in WILLING for c in clause.children):
            return None  # "said it was a disaster": the "it" of a judgement, not the speaker (but "said it was
            # ready to release the hostages" is the speaker's readiness)
        speakers = [c for c in clause.head.children if c.dep_ == "nsubj" and not roles.in_dateline(c)]
        # ("SANAA, Nov 20 (Reuters) - Yemen's Houthi movement said it ...": not the dateline's city)
        if not speakers or (speakers[0].pos_ == "PRON" and speakers[0].lower_ != "it") or speakers[0].tag_ == "NNS" or any(
                c.dep_ == "conj" for c in speakers[0].children):  # ("It said it was ready": whatever the first "it" is)
            return None  # "officials confirmed it has infected 200": a plural is not "it" (but
            # a plural name is: "the United States said it", "the Syrian Democratic Forces said it")
        body = self.resolve(speakers[0])
        if body is not None and body.entity.kind == "person":
            body = self._spoken_for(speakers[0])  # a person is never "it", but whom they speak for is
        if body is None or not (body.entity.country or body.entity.sector):
            return None
        return body

    def _denied_of_itself(self, pronoun: Token) -> ActorMention | None:
        """"Egypt denied reports that it had agreed ...", "Rwanda rejected a UN report accusing it
        of ...": the "it" of a claim a body denies is that body."""
        clause = pronoun.head
        if pronoun.dep_ not in SUBJECT_DEPS | {"dobj"} or clause.dep_ != "acl" or self.quote_at(pronoun.idx) is not None:
            return None
        claim = clause.head
        if (pronoun.dep_ == "dobj") != (clause.lemma_.lower() in ACCUSING):
            return None  # the accused of "a report accusing it", the doer of "reports that it had"
        if claim.lemma_.lower() not in CLAIMS or claim.dep_ != "dobj" or claim.head.lemma_.lower() not in DENIAL:
            return None
        speakers = [c for c in claim.head.children if c.dep_ == "nsubj" and not roles.in_dateline(c)]
        if len(speakers) != 1 or speakers[0].pos_ == "PRON" or speakers[0].tag_ == "NNS":
            return None
        body = self.resolve(speakers[0])
        return body if body is not None and body.entity.kind != "person" and (
            body.entity.country or body.entity.sector) else None

    def _issuer(self, pronoun: Token) -> ActorMention | None:
        """"its" on a statement or a release: the body its sentence is about, else the one the
        sentence before was about ("According to its press release, the NBA was suspending ...");
        "its" on the subject of what a body says: that body ("the army said its soldiers ...")."""
        if pronoun.dep_ != "poss":
            return None
        n = self.sentence[pronoun.i]
        if pronoun.head.lemma_.lower() not in ISSUED:
            owned = pronoun.head
            if owned.dep_ == "pobj" and owned.head.lower_ == "of" and owned.head.head.dep_ in SUBJECT_DEPS:
                owned = owned.head.head  # "the military said one of its destroyers shot down ..."
            body = self._said_of_itself(owned) or self._clause_body(pronoun.head)
            if body is None and pronoun.i == pronoun.sent.start and n > 0:
                body = self._subject_body(self.sents[n - 1])  # "The SDF rejected the comments. Its commander ..."
            return self._refer(pronoun, body) if body is not None else None
        for sent in (self.sents[n], self.sents[n - 1] if n > 0 else None):
            body = self._subject_body(sent) if sent is not None else None
            if body is not None:
                return self._refer(pronoun, body)
        return None

    def _subject_body(self, sent) -> ActorMention | None:
        """The body or country a sentence's main subject names (not a person)."""
        subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
        body = self.resolve(subjects[0]) if subjects else None
        if body is not None and body.entity.kind != "person" and (body.entity.country or body.entity.sector
                                                                    or body.entity.kind == "organisation"):
            return body
        return None

    def _clause_body(self, owned: Token) -> ActorMention | None:
        """"The United States reaffirmed its commitment", "Turkey closed its border": "its" on what
        a clause does to or with a thing is the body that is the clause's subject."""
        tok = owned
        while tok.dep_ in ("dobj", "pobj", "prep", "conj") and tok.head.i != tok.i and tok.pos_ != "VERB":
            tok = tok.head
        if tok.pos_ not in ("VERB", "AUX"):
            return None
        verb = roles.coordinated_head(tok) if tok.dep_ == "conj" else tok
        if (accuser := _accuser_harmed(owned, verb)) is not None:
            verb = accuser  # "accused the army of launching an offensive against its positions": the accuser's
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        while subjects and subjects[0].tag_ == "NNS" and (verb.dep_ == "advcl" or (
                verb.dep_ == "ccomp" and verb.head.i < verb.i)):  # (not up to a cue after it: "..., an official said")
            verb = verb.head  # "Turkey said Greek jets had violated its airspace": no plural is "its",
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]  # the one above is
        body = self.resolve(subjects[0]) if subjects else None
        if body is None or body.entity.kind == "person" or not (
                body.entity.country or body.entity.sector or body.entity.kind == "organisation"):
            return None
        return body

    def _spoken_for(self, speaker: Token) -> ActorMention | None:
        """The body a spokesman speaks for: the Houthis in "Houthi military spokesperson Yahya
        Sarea", the Taliban in "a spokesman for the Taliban"."""
        words = [t for t in speaker.subtree if t.i != speaker.i]
        if not any(t.lemma_.lower() in SPOKESPEOPLE for t in words + [speaker]):
            return None
        for t in words:
            found = self.resolve(t) if t.pos_ in ("PROPN", "NOUN", "ADJ") else None
            if found is not None and found.entity.kind != "person" and (found.entity.country or found.entity.sector):
                return found
        return None

    # -- they -------------------------------------------------------------------------------------
    def _group(self, pronoun: Token) -> ActorMention | None:
        """The nearest plural or collective subject, in this sentence before the pronoun or else
        in the one before (its main clause first), if it names an actor. Nothing inside quotes;
        nothing when that subject names no actor (no looking further back past it)."""
        if self.quote_at(pronoun.idx) is not None:
            return None
        n = self.sentence[pronoun.i]
        bound = {t.i for t in clause_subjects(pronoun)}  # "the Olympiad shows them": not the Olympiad
        if (pronoun.dep_ in OBJECT_DEPS or pronoun.lower_ == "them") and pronoun.lower_ not in REFLEXIVE \
                and (found := self._object_group(pronoun, bound)) is not None:  # (also "claiming them to be")
            return found
        subjects = [t for t in self.sents[n] if t.i < pronoun.i and t.dep_ in SUBJECT_DEPS and t.i not in bound]
        subjects.reverse()
        if not bound:  # the sentence before, and the one before that if it has no plural subject
            for back in (1, 2):
                if n - back < 0 or (back == 2 and any(self._plural(t) for t in subjects)):
                    break
                previous = [t for t in self.sents[n - back] if t.dep_ in SUBJECT_DEPS and self.quote_at(t.idx) is None]
                subjects += sorted(previous, key=lambda t: (t.head.dep_ != "ROOT", -t.i))
        for subj in subjects:
            if self._plural(subj):
                found = self._collective(subj)
                if found is None:
                    return self._several(pronoun, subj)
                if subj.i in self.groups:  # "They concluded ... They called": the same sides again
                    self.groups[pronoun.i] = [self._refer(pronoun, m) for m in self.groups[subj.i]]
                return self._refer(pronoun, found)
        return None

    def both_sides(self, head: Token, mentions: list[ActorMention] = ()) -> ActorMention | None:
        """"India and Pakistan exchanged fire. Both sides (the two countries) accused each
        other": the two parties of the nearest sentence that names two (its subjects and what they
        act with or against), this one or one of the three before, each a side of the phrase; for
        "both governments" or "the two countries" with no such sentence, the two states the article
        has named most, at least twice each, with no third named as often."""
        if self.quote_at(head.idx) is not None or any(c.dep_ in ("prep", "poss", "compound", "amod")
                                                       for c in head.children):
            return None  # not "both sides of the border", "both sides' fighters"
        countries = head.lemma_.lower() in BOTH_COUNTRIES
        n = self.sentence[head.i]
        verb = head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        callers = {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS} if head.dep_ not in SUBJECT_DEPS else set()
        # ("Saudi Arabia and the United States called on both sides to return to talks": others)
        for back in range(4):
            if n - back < 0:
                break
            words = [t for t in self.sents[n - back] if t.i < head.i and self.quote_at(t.idx) is None and (
                t.dep_ in SUBJECT_DEPS | {"dobj"} or (t.dep_ == "pobj" and t.head.lower_ in SIDE_PREPOSITIONS))
                and t.i not in callers]
            found: list[ActorMention] = []
            for tok in words:
                for conj in [tok, *tok.conjuncts] if tok.dep_ != "conj" else []:
                    m = self.resolve(conj)
                    if m is not None and tok.dep_ == "dobj" and (conj.pos_ == "PRON" or m.entity.kind == "person"):
                        continue  # what a side did to a person is no second side: "releasing him"
                    for side in self.sides(conj, m) if m is not None and m.entity.country else []:
                        who = side.entity.country if countries else (side.entity.country, side.entity.sector)
                        if all(who != (f.entity.country if countries else (f.entity.country, f.entity.sector))
                               for f in found):
                            found.append(side)
            if len(found) > 2:  # "... with his Greek counterpart, as the two NATO allies seek ...":
                found = [f for f in found if f.entity.country not in SPECIAL_ACTOR_CODES]  # states, not their bloc
            if len(found) == 2:
                return self._as_both(head, found)
        if countries and mentions:  # "both governments", told of in turns: the two states the story is about
            counts: dict[str, int] = {}
            for m in mentions:
                if m.span.start < head.i and m.entity.kind in ("country", "capital", "seat") and m.entity.country:
                    counts[m.entity.country] = counts.get(m.entity.country, 0) + 1
            ranked = sorted(counts.items(), key=lambda kv: -kv[1])
            if len(ranked) >= 2 and ranked[1][1] >= 2 and (len(ranked) == 2 or ranked[2][1] < ranked[1][1]):
                pair = {code for code, _ in ranked[:2]}
                first = {}
                for m in mentions:
                    if m.entity.country in pair and m.entity.kind in ("country", "capital", "seat"):
                        first.setdefault(m.entity.country, m)
                return self._as_both(head, sorted(first.values(), key=lambda m: m.span.start))
        return None  # (sentences naming one party, or three, are passed over: "Egypt welcomed the deal")

    def _as_both(self, head: Token, found: list[ActorMention]) -> ActorMention:
        """One mention per side, each spanning the phrase ("Both sides")."""
        start = min(c.i for c in head.children if c.dep_ in ("det", "predet", "nummod") or c.i < head.i) \
            if any(c.i < head.i for c in head.children) else head.i
        span = self.doc[start:head.i + 1]
        self.groups[head.i] = [ActorMention(span, coreferent(span.text, span.start_char, span.end_char,
                                                             side.entity, side.entity.kind or "group"),
                                            side.key) for side in found]
        return self.groups[head.i][0]

    def _object_group(self, pronoun: Token, bound: set[int]) -> ActorMention | None:
        """An object "them" is most often what was done to before: "Police arrested ten protesters
        on Monday. They released them on Tuesday." The nearest plural object or passive subject
        before it, in its sentence or the one before, that names an actor other than its own
        clause's subject."""
        n = self.sentence[pronoun.i]
        barred = {_who(m) for m in map(self.resolve, (self.doc[i] for i in bound)) if m is not None}
        here = [t for t in self.sents[n] if t.i < pronoun.i and t.dep_ in PATIENT_DEPS]
        before = [t for t in self.sents[n - 1] if t.dep_ in PATIENT_DEPS] if n > 0 else []
        for tok in reversed(here + before):
            if tok.i in bound or self.quote_at(tok.idx) is not None or not self._plural(tok):
                continue
            found = self._collective(tok)
            if found is not None and _who(found) not in barred:
                return self._refer(pronoun, found)
        return None

    def _several(self, pronoun: Token, subj: Token) -> ActorMention | None:
        """"Egypt's foreign minister and his Greek, Cypriot and French counterparts" for a "they":
        each side, when every one of them has a country (the first stands for all of them)."""
        chain = [subj]
        for tok in chain:
            chain += [c for c in tok.children if c.dep_ == "conj" and c not in chain]
        sides: list[ActorMention] = []
        for tok in chain:
            m = self.resolve(tok)
            if m is None or not m.entity.country:
                return None
            sides += [x for x in self.sides(tok, m) if x.entity.country not in {y.entity.country for y in sides}]
        if len(sides) < 2:
            return None
        self.groups[pronoun.i] = [self._refer(pronoun, m) for m in sides]
        return self.groups[pronoun.i][0]

    def _plural(self, subj: Token) -> bool:
        """Can "they" mean this subject: a plural noun, a coordination, an organisation or group?"""
        if subj.lower_ in PLURAL or subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children):
            return True
        if subj.tag_ == "NN" and subj.lemma_.lower() in COLLECTIVES:
            return True  # "the army said they had ...": a body spoken of as its members
        m = self.resolve(subj) if subj.pos_ != "PRON" else None
        named = subj.pos_ == "PROPN" or (subj.is_upper and len(subj) > 1)  # "UNICEF", which may be tagged NN
        return m is not None and m.entity.kind in ("organisation", "group") and named

    def _collective(self, subj: Token) -> ActorMention | None:
        """The actor a plural subject names ("militants"; "Iran and Iraq" only when both have
        one code); None for people and single countries."""
        m = self.resolve(subj)
        if m is None or m.entity.kind == "person":
            return None
        conj = [c for c in subj.children if c.dep_ == "conj"]
        if conj:
            others = [self.resolve(c) for c in conj]
            codes = {(o.entity.country, o.entity.sector) if o else None for o in others}
            return m if codes == {(m.entity.country, m.entity.sector)} else None
        return m

    def _refer(self, pronoun: Token, antecedent: ActorMention, person: Person | None = None) -> ActorMention:
        span = self.doc[pronoun.i:pronoun.i + 1]
        if person is not None:
            entity = coreferent(span.text, span.start_char, span.end_char, person.entity)
        elif antecedent.entity.how and antecedent.entity.how.startswith("coreference: "):
            entity = replace(antecedent.entity, text=span.text, start=span.start_char, end=span.end_char)
        else:
            entity = coreferent(span.text, span.start_char, span.end_char, antecedent.entity,
                                antecedent.entity.kind or "person")
        return ActorMention(span, entity, antecedent.key)
