"""Places: find the place names of an article, resolve each to a gazetteer entry, and choose the
place where one event happened.

spaCy's GPE/LOC/FAC entities are only a start: it tags many towns as PERSON or ORG, and misses
names nested in longer phrases ("the town of Ait Yahia", "Cesar province", "the Kabul police").
So names the gazetteer knows are also taken where the words around them say "place" ("in X",
"the village of X", "X district"), or where they name a country, a province or a big city; names
of the article's people ("Valeska Paris", then "Paris said") and words inside organisation names
("Syrian Arab Army") need that context too. Same-named places are told apart by the countries
the article talks about (demonyms count: "Syrian troops" is Syria as context, not a place), the
dateline, and nearness to the article's other places.

An event's place is the place its trigger governs (``event_place``): the parse path from the
trigger to each place of its sentence is weighed (a locative preposition, the verb's object, how
deep in other phrases and clauses), and the best one is taken if it is attached well enough; the
dateline's place stands in for events of the first paragraph; otherwise there is none.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from wirecoder.annotate import roles
from wirecoder.annotate.coref import GENDERED_NOUNS, PERSON_NOUNS
from wirecoder.annotate.given_names import FEMALE_NAMES, MALE_NAMES
from wirecoder.lexicon.actors import ActorLexicon
from wirecoder.lexicon.gazetteer import Gazetteer, GeoEntry, distance_km, inside, normalise
from wirecoder.nlp.extensions import PlaceMention, entities_of, in_boilerplate, text_of, tokens_of
from wirecoder.record import Place


def _word_sections(name: str) -> dict[str, frozenset[str]]:
    """A shipped word list by its ``[section]`` headers; "#" starts a comment."""
    text = (resources.files("wirecoder.data") / "places" / name).read_text(encoding="utf-8")
    sections: dict[str, set[str]] = {"": set()}
    current = sections[""]
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], set())
        else:
            current.update(line.split())
    return {key: frozenset(words) for key, words in sections.items()}


def _state_abbreviations() -> dict[str, str]:
    """US state abbreviations (AP style "Tenn.", postal "TN") -> the state's name, keyed without
    a final period (the tokenizer may split it off: "W.Va" "."); AP keys keep their case."""
    text = (resources.files("wirecoder.data") / "places" / "us_state_abbreviations.csv").read_text(encoding="utf-8")
    rows = [line.split(",") for line in text.splitlines()[1:] if line.strip()]
    return {abbreviation.rstrip("."): state for abbreviation, state, _ in rows}


# "Paris, Tenn.", "Athens, GA": a state named after a town only by its abbreviation
STATE_ABBREVIATIONS = _state_abbreviations()
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# labels of what a name is when it is not a place: a name the tagger also gives one of these in
# the article, and the gazetteer does not know, is not a place anywhere in it
NOT_PLACE_LABELS = {"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"}
NEVER_LABELS = {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "LANGUAGE"}
_NOUNS = _word_sections("place_nouns.txt")
SETTLEMENT_NOUNS = _NOUNS["settlement"]  # "town", "province", "camp": "Paktika province" is Paktika
PLACE_NOUNS = SETTLEMENT_NOUNS | _NOUNS["feature"]  # and "river", "island", ...
# kinds of division whose word is part of the name even in lower case: "Paktika province"
ISLAND_CONFIDENCE = 0.6  # an island chosen by the words "the island of" over a town of its name
DIVISION_NOUNS = frozenset({"province", "district", "county", "governorate", "oblast", "prefecture", "municipality",
                            "region", "state", "township", "parish", "emirate", "territory", "republic"})
PLACE_VERBS = _word_sections("place_verbs.txt")[""]  # "shell", "enter": their object is a place
LOCATIVE_PREPS = roles.LOCATIVE_PREPS - {"from"} | {"above", "below", "beneath", "beyond", "behind",
                                                   "amid", "among", "alongside", "past", "via"}
CONTEXT_PREPS = LOCATIVE_PREPS | {"from"}  # "travelled from Herat": a place, if no event's place
PLACE_PREPS = {"in", "at", "near", "outside", "inside", "into", "through", "around", "throughout", "within"}
# what happens on an island or a town: "a bomb exploded on Jolo"
HAPPENING_ON = {"explode", "erupt", "land", "crash", "occur", "happen", "rage", "clash", "detonate", "go",
                "flare", "die", "ground", "hit"}
# (those are enough to make a person's name a place; "over", "to" and "from" are not)
PLACE_ONLY_VERBS = {"enter", "storm", "shell", "bombard", "besiege", "overrun", "occupy", "invade", "patrol",
                    "recapture", "retake"}  # and so is their object
GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES
MAX_NGRAM = 4  # words in a gazetteer match outside spaCy's entities (99.3% of names are shorter)
PROMINENT_POPULATION = 100_000
# bodies in the sky, never the towns on Earth that share their names ("the Mars atmosphere")
NOT_ON_EARTH = frozenset({"earth", "mars", "moon", "venus", "jupiter", "saturn", "mercury", "neptune", "uranus",
                          "pluto", "sun"})
PERSON_WORDS = frozenset(PERSON_NOUNS | GENDERED_NOUNS["m"] | GENDERED_NOUNS["f"])
_CONNECTORS = {"of", "al", "el", "de", "del", "da", "do", "dos", "du", "la", "le", "ad", "ar", "as", "ash", "an", "bin",
               "ibn", "-", "'s", "e", "i"}  # (and the Persian "-e-" of "Mazar-e-Sharif")
# verbs whose object is a place whenever it is a place name: forces take, enter or shell towns
CONTEXT_VERBS = {"enter", "seize", "capture", "raid", "shell", "bomb", "bombard", "storm", "besiege",
                 "recapture", "retake", "liberate", "overrun", "occupy", "invade", "encircle", "surround",
                 "evacuate", "patrol"}


@dataclass
class Toponym:
    """A place name found in the text: the span to report, and the name inside it to look up if
    the whole span is not a gazetteer name ("Maywand District" -> "Maywand")."""

    span: Span
    name: Span
    lookup: str | None = None  # the name to look up when the words are an abbreviation ("Tenn." -> Tennessee)


# ---------------------------------------------------------------------------------------------
# Finding place names


def _trim(span: Span) -> Span | None:
    """Drop a leading determiner and trailing possessive: "the Gaza Strip's" -> "Gaza Strip"."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "'s", "’s") or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].lower_ in ("'s", "’s") or doc[end - 1].is_punct or (
            end - start > 1 and doc[end - 1].text in CAPTION_WORDS)):
        end -= 1  # "... in Washington D.C. Image: ...": a caption's credit, run into the name
    return doc[start:end] if end > start else None


# last words of the names of bodies, which the tagger sometimes labels places
BODY_WORDS = {"police", "council", "party", "army", "ministry", "department", "agency", "court", "university",
              "college", "bank", "company", "corporation", "committee", "commission", "service", "authority",
              "federation", "association", "union", "league", "club", "foundation", "institute", "trust",
              "front", "movement", "brigade", "brigades", "battalion", "militia"}
CAPTION_WORDS = {"Image", "Photo", "Picture", "Credit", "File"}


def _capitalised(span: Span) -> bool:
    """A name has a capital letter ("the west coast" is a description, not a name)."""
    return any(t.text[:1].isupper() for t in span)


def place_context(span: Span) -> bool:
    """Whether the words around a name say it is a place: "in X", "near X", "the town of X",
    "X province" (not "X province governor": there the noun phrase goes on), "seized X"."""
    doc, root = span.doc, span.root
    while root.dep_ == "conj" and root.head.i < root.i:  # "around Bakhmut and Avdiivka"
        root = root.head
    object_like = root.dep_ == "dobj" or (root.dep_ == "advmod" and root.tag_ == "RB" and root.i == root.head.i + 1)
    if object_like and root.head.lemma_.lower() in CONTEXT_VERBS:
        return True  # "raided Jenin", "entered Tell Tamer", "recaptured Bakhmut" (tagged as an adverb)
    if root.dep_ == "pobj" and root.head.i < root.i:
        prep = root.head
        if prep.lower_ in CONTEXT_PREPS:
            return True
        if prep.lower_ == "of" and _is_place_noun(prep.head):
            return True
        if prep.lower_ == "on" and prep.head.lemma_.lower() in ASSAULTS_ON:
            return True  # "a drone attack on Kyiv overnight", though tagged as a time
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ in NEARNESS \
            and root.head.head.dep_ != "acomp":
        return True  # "bunkers close to Jaffna" (not "he was close to Allah")
    if root.dep_ == "poss" and (root.head.lower_ in STREET_NOUNS or root.head.lemma_.lower() in STREET_NOUNS | OFFICES_OF):
        return True  # "under Grozny's Minutka square", "Kabul's outskirts", "Grozny's streets", "Tulkarm's governor"
    if root.dep_ == "pobj" and root.head.lower_ == "to" and _a_move(root.head.head):
        return True  # "sent reinforcements to Al-Bab", "fled to Goma"
    before = doc[span.start - 1] if span.start else None
    if before is not None and before.pos_ == "ADP" and before.lower_ in CONTEXT_PREPS and root.dep_ != "poss":
        return True  # but "in Warren's campaign" is in the campaign
    return _place_noun_after(span) is not None


ASSAULTS_ON = {"attack", "strike", "airstrike", "assault", "raid", "offensive", "bombardment", "advance", "march",
               "push", "drive"}
NEARNESS = {"close", "next", "adjacent"}  # "close to Jaffna": near it
# what a town's name owns as a town: "Tulkarm's governor", "Kabul's residents"
OFFICES_OF = {"governor", "mayor", "resident", "inhabitant", "population"}
# movements whose "to" names where they go: "fled to Goma" (not "sent a letter to Biden", "returned to
# Trump"); forces sent are a movement too: "sent reinforcements to Al-Bab"
MOVES = {"deploy", "travel", "flee", "march", "fly", "drive", "reinforcement", "trip", "journey", "route", "road",
         "flight", "evacuate", "advance", "retreat", "relocate", "deport", "airlift", "redeploy", "spread"}
SENDING = {"send", "dispatch", "move", "rush", "transfer"}
FORCE_WORDS = {"troop", "soldier", "reinforcement", "force", "unit", "battalion", "brigade", "warship", "tank",
               "fighter", "police", "policeman", "officer", "personnel"}


def _a_move(head: Token) -> bool:
    """A word of movement whose "to" names a place: "fled to", "sent troops to"."""
    if head.lemma_.lower() in MOVES:
        return True
    if head.lemma_.lower() not in SENDING:
        return False
    sent = [o for o in head.children if o.dep_ == "dobj"]
    sent += [g for o in sent for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    return any(o.lemma_.lower() in FORCE_WORDS for o in sent)


# the parts of a town that a town's name owns: "Grozny's Minutka square"
STREET_NOUNS = {"square", "street", "avenue", "boulevard", "outskirts", "suburbs", "suburb", "neighbourhood",
                "neighborhood", "airport", "port", "harbour", "harbor", "bazaar", "marketplace", "church", "cathedral",
                "mosque", "shrine", "old"}  # (and "Bethlehem's Church of the Nativity", "Jerusalem's Old City")


def _is_place_noun(tok: Token, nouns: frozenset[str] = PLACE_NOUNS) -> bool:
    """"town", "Province", "villages" (not the verb in "North Korea stated")."""
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in nouns or tok.lemma_.lower() in nouns)


def _place_noun_after(span: Span) -> Token | None:
    """The place noun right after a name that it names ("Cesar province", "Tel Abyad city")."""
    if span.end >= len(span.doc):
        return None
    noun = span.doc[span.end]
    if not _is_place_noun(noun) or noun.dep_ == "compound":
        return None
    if not _is_place_noun(noun, SETTLEMENT_NOUNS) and any(
            o.pos_ == "PROPN" and o.text[:1].isupper() for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"):
        return None  # "the Red Sea island of Hanish al-Kabir": the island is Hanish al-Kabir
    return noun


def _a_country(name: Span, gazetteer: Gazetteer) -> bool:
    found = gazetteer.candidates(name.text)
    return bool(found) and found[0].feature == "A.PCLI"


def _with_place_noun(span: Span) -> Span:
    noun = _place_noun_after(span)
    return span.doc[span.start:noun.i + 1] if noun is not None else span


def people_words(doc: Doc) -> frozenset[str]:
    """The words of the article's full personal names ("Alia Salem" -> "alia", "salem"): spaCy's
    PERSON entities and capitalised words after a given name, so that neither "Salem" there nor
    a later "Salem said" is read as a town."""
    words = {t.lower_ for ent in entities_of(doc) if ent.label_ == "PERSON" and len(ent) > 1
             and not _named_as_place(ent) for t in ent}
    tokens = tokens_of(doc)
    for tok in tokens[:-1]:
        if tok.lower_ in GIVEN_NAMES and tok.text[:1].isupper():
            after = tokens[tok.i + 1]
            if after.pos_ == "PROPN" and after.text[:1].isupper():
                words |= {tok.lower_, after.lower_}
    for ent in entities_of(doc):  # "Valeska Paris, an Australian woman": a name the tagger took for a city
        if ent.label_ in PLACE_LABELS and _introduced_as_person(ent):
            words |= {t.lower_ for t in doc[ent.start - 1:ent.end]}
    return frozenset(w for w in words if w.isalpha())


def _named_as_a_site(span: Span) -> bool:
    """A name that ends in a word for a place or a building: "London Bridge", "Fishmongers' Hall"."""
    last = span[-1]
    return _is_place_noun(last) or last.lower_ in LANDMARK_NOUNS | SITE_WORDS


SITE_WORDS = {"bridge", "tower", "castle", "gardens", "garden", "cave", "caves", "monument", "memorial",
              "museum", "temple", "mosque", "shrine", "fort", "center", "centre", "arena", "cemetery"}


def _introduced_as_person(ent: Span) -> bool:
    """A capitalised word and a place name, with a person as its appositive: "Valeska Paris,
    an Australian woman"."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    if before.pos_ != "PROPN" or not before.text[:1].isupper():
        return False
    return any(c.dep_ == "appos" and c.lemma_.lower() in PERSON_WORDS for c in ent.root.children)


def _named_as_place(name: Span) -> bool:
    """A name the tagger took for a person's that the text calls a place: "in Maryin Gubay",
    "Banda Aceh, the provincial capital" (but not "chosen over Joe Schriner and Joshua Perkins")."""
    root = name.root
    if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "on" and root.head.head.lemma_.lower() in HAPPENING_ON:
        return True  # "a bomb exploded on Jolo", "fighting raged on Basilan" (not "commented on Biden")
    if root.dep_ == "dobj" and root.head.lemma_.lower() in PLACE_ONLY_VERBS:
        return True  # "entered Tell Tamer" (but people are captured too)
    if root.dep_ == "pobj" and root.head.lower_ == "of" and _is_place_noun(root.head.head, SETTLEMENT_NOUNS):
        return True  # "the southern Gaza Strip city of Khan Yunis"
    if root.dep_ == "pobj" and root.head.lower_ == "to" and _a_move(root.head.head):
        return True  # "sent reinforcements to Al-Bab"
    doc = name.doc
    if name.start >= 2 and doc[name.start - 1].text == "," and doc[name.start - 2].lower_ == "capital" \
            and (name.end == len(doc) or doc[name.end].text in (",", ".", ";")):
        return True  # "in the heart of the capital, Sana, while ...", however the parser hangs the name
    return any(_is_place_noun(t, SETTLEMENT_NOUNS) for t in _beside(root))


def _beside(tok: Token) -> list[Token]:
    """The words in apposition to ``tok``, either way round ("X, a town", "the capital, X"), with
    no clause between ("The AIP, which has ballot access in California, the most populous US
    state": the state is California, however the parser hangs it)."""
    found = [c for c in tok.children if c.dep_ == "appos"] + ([tok.head] if tok.dep_ == "appos" else [])
    doc = tok.doc
    return [c for c in found if not any(t.pos_ in ("VERB", "AUX") for t in doc[min(c.i, tok.i) + 1:max(c.i, tok.i)])]


def _known(span: Span, gazetteer: Gazetteer) -> bool:
    """The gazetteer knows the name, or the name without its place noun ("Helmand Province")."""
    if gazetteer.is_known(span.text):
        return True
    return len(span) > 1 and _is_place_noun(span[-1]) and gazetteer.is_known(span[:-1].text)


def _hyphen_joined(doc: Doc, start: int, end: int) -> bool:
    """Whether the words are part of a hyphenated word ("pro-Beijing", "Muirhead-Smith")."""
    left = start > 0 and doc[start - 1].text in "-‐–" and not doc[start - 1].whitespace_
    right = end < len(doc) and doc[end].text in "-‐–" and not doc[end - 1].whitespace_
    return left or right


def prominent(entry: GeoEntry) -> bool:
    """A place a reader knows without context: a country, a first-level division, a region, a
    big city, or a place from a hand-written list."""
    return (entry.feature in ("A.PCLI", "A.ADM1", "L.RGN", "L.CONT", "P.PPLC")
            or entry.population >= PROMINENT_POPULATION
            or entry.curated)


def candidate_spans(doc: Doc, gazetteer: Gazetteer) -> list[Toponym]:
    """Every place name of the article, in text order."""
    people = people_words(doc)
    found: list[Toponym] = []
    taken: set[int] = set()

    def keep(name: Span) -> None:
        if len(name.text) <= 2 and not name.text.isupper():
            return  # "La Silla" holds no LA
        if name[-1].lower_ in NOT_ON_EARTH:
            return  # "the Mars atmosphere", "light years from Earth"
        if _named_as_other(name.text) and not _division_named(name.text, gazetteer):
            return
        if _part_of_another(name):
            return
        if name.end < len(doc) and doc[name.end].lower_ == "time" and name[-1].head.i == name.end:
            return  # "at 12:30 Moscow time": a clock, not a place
        if name[-1].lower_ in BODY_WORDS and not _known(name, gazetteer):
            return  # "arrested by Thames Valley Police": a body, not a place
        if saints_building(name):
            return  # "St. John's Episcopal Church" is named after a saint, not after Antigua's capital
        if _tail_of_a_name(name, gazetteer):
            return  # "Jabhat Fateh Al-Sham" holds no Damascus (also called "Sham")
        span = _with_place_noun(name) if not _a_country(name, gazetteer) else name  # (a country's "US base"
        # is a base of the US's, not a place called that)
        if span is name and len(name) > 1 and _is_place_noun(name[-1]):
            name = name[:-1]  # "the Helmand Province": look up "Helmand" if need be
        if name is not span and not _is_place_noun(span[-1], SETTLEMENT_NOUNS):
            name = span  # "the Delaware River" is not Delaware
        found.append(Toponym(span, name))
        taken.update(range(span.start, span.end))

    other_names = {ent.text.lower() for ent in entities_of(doc) if ent.label_ in NOT_PLACE_LABELS}
    for ent in entities_of(doc):
        span = _trim(ent) if ent.label_ in PLACE_LABELS else None
        if span is None or not _capitalised(span):
            continue
        span = _known_of_name(_known_hyphenated(span, gazetteer), gazetteer)
        if taken.intersection(range(span.start, span.end)):
            continue  # "Bengal", already in "the Bay of Bengal"
        if not place_context(span) and (span.text.lower() in people
                                        or not _known(span, gazetteer)):
            continue  # "Paris claims", "IE6 users": a name spaCy took for a place, in no place
        if span.text.lower() in people and not _known(span, gazetteer):
            continue  # "criticism at Biden", after "Joe Biden": a person, whatever the preposition
        if span.text.lower() in other_names and not _known(span, gazetteer) and not _named_as_a_site(span):
            continue  # "worked at Red Hat", where "Red Hat" is a firm elsewhere: no place (but
            # "London Bridge" and "Fishmongers' Hall" stay places whatever else they are called)
        dated = _runs_into_a_date(span) and not (ent.label_ == "GPE" and _after_a_place_preposition(span))
        if ((dated or _inside_a_longer_name(span)) and not _prominent_name(span, gazetteer)
                and not _introduced_as_place(span)):
            # "Super Tuesday" (but "in Kabul Tuesday", "the town of Huddur Tuesday", "in Beit Jala
            # Wednesday"); "banded at Punta Tombo" is a place, not the town called Tombo
            span = _longer_place_name(doc, span) if not dated else None
            if span is None:
                continue
        keep(span)
    for name in _names_in_place_phrases(doc, taken):
        keep(name)
    for name in _gazetteer_names(doc, gazetteer, taken, people):
        keep(name)
    return _with_state_abbreviations(doc, sorted(found, key=lambda t: t.span.start))


def _with_state_abbreviations(doc: Doc, found: list[Toponym]) -> list[Toponym]:
    """The US states abbreviated after a town and a comma ("Paris, Tenn.", "Austin, TX"), as
    toponyms that look up the state, in place of whatever else the words were taken for ("La."
    is Louisiana there, not Los Angeles)."""
    by_start = {t.span.start: t for t in found}
    for t in found:
        k = t.span.end + 1
        if t.span.end < len(doc) and doc[t.span.end].text == "," and k < len(doc) and (
                state := STATE_ABBREVIATIONS.get(doc[k].text.rstrip("."))):
            word = doc[k].text
            postal = word.isupper() and len(word) == 2
            ap = word[0].isupper() and not postal and ("." in word or (k + 1 < len(doc) and doc[k + 1].text == "."))
            if postal or ap:
                by_start[k] = Toponym(doc[k:k + 1], doc[k:k + 1], state)
    return sorted(by_start.values(), key=lambda t: t.span.start)


COMPASS_WORDS = {"northern", "southern", "eastern", "western", "middle", "central"}


SAINTS_BUILDINGS = {"church", "cathedral", "chapel", "basilica", "abbey", "school", "college", "hospital",
                    "parish", "academy", "university"}


def saints_building(name: Span) -> bool:
    """A saint's name that runs on into a church's or a school's: "St. John's Episcopal Church"."""
    if name[0].lower_.rstrip(".") not in ("st", "saint", "ste", "san", "santa", "sao", "são"):
        return False
    after = [t for t in name.doc[name.end:name.end + 3] if t.text[:1].isupper()]
    return any(t.lower_ in SAINTS_BUILDINGS for t in after)


def _part_of_another(name: Span) -> bool:
    """"The Northern District of California" (a court's district, not Israel's Northern
    District), "the White House's South Lawn": a name that is a part of the place named with it
    is not a place of its own to look up."""
    doc = name.doc
    if len(name) == 2 and name[0].lower_ in COMPASS_WORDS and name[-1].lower_ == "district" \
            and name.end + 1 < len(doc) and doc[name.end].lower_ == "of" and doc[name.end + 1].text[:1].isupper():
        return True
    if name.start >= 2 and doc[name.start - 1].tag_ == "POS":
        owner = doc[name.start - 2]
        return owner.lemma_.lower() in LANDMARK_NOUNS or owner.lower_ == "house"
    return False


@lru_cache(maxsize=4096)
def _named_as_other(text: str) -> bool:
    """Whether the actor dictionary says a name is a people ("Thai", "Kurdish") or only a group or
    organisation ("Islamic State", "Hezbollah"), not a place."""
    kinds = {e.kind for e in ActorLexicon.load().lookup(text)}
    return bool(kinds & {"adjective", "ethnicity"}) or bool(kinds) and kinds <= {"group", "organisation"}


def _division_named(text: str, gazetteer: Gazetteer) -> bool:
    """Whether a country or first-level division bears the name ("Amhara", "Kachin State",
    "Vatican City"): then a people's or a group's name may be the place too."""
    found = gazetteer.candidates(text)
    return bool(found) and found[0].feature in ("A.PCLI", "A.ADM1") and found[0].name.startswith(text)


def _names_in_place_phrases(doc: Doc, taken: set[int]) -> Iterable[Span]:
    """Capitalised names that a place noun introduces, known or not: "the town of Ait Yahia",
    "the settlements of Arbin, Hawsh Nasri and ...", "Kungana Village"."""
    for tok in doc:
        if not _is_place_noun(tok) or tok.i in taken:
            continue
        heads: list[Token] = []
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            heads += [o for o in prep.children if o.dep_ == "pobj"]
            heads += [c for h in heads for c in h.children if c.dep_ == "conj"]
        heads += [c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1]
        heads += _named_beside(tok)
        for head in heads:
            name = _proper_name(doc, head)
            if name is not None and not taken.intersection(range(name.start, name.end)) and not _name_goes_back(name):
                yield name


def _name_goes_back(name: Span) -> bool:
    """"Islamic State outposts": the name begins with a capitalised word the tagger did not call a
    proper noun, so "State" alone is only part of it."""
    if name.start == 0:
        return False
    before = name.doc[name.start - 1]
    return before.is_title and before.pos_ in ("ADJ", "NOUN") and before.dep_ in ("amod", "compound") \
        and before.head.i in range(name.start, name.end + 1) and not before.is_sent_start


def _named_beside(noun: Token) -> list[Token]:
    """The name a settlement noun stands beside, comma to comma: "Maryin Gubay, a small town in
    southern Somalia", "Aceh's capital, Banda Aceh" (either word may be the parser's apposition)."""
    return _beside(noun) if _is_place_noun(noun, SETTLEMENT_NOUNS) else []


def _proper_name(doc: Doc, head: Token) -> Span | None:
    """The capitalised proper-noun run around ``head``, if it is one, with the article of an
    Arabic name ("the town of al-Bab", which the parser may split at the hyphen) and the rest of a
    hyphenated name ("the neighbourhood of Almash-had")."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper():
        return None
    start = end = head.i
    while start > 0:
        before = doc[start - 1]
        if before.pos_ == "PROPN" and (before.text[:1].isupper() or before.lower_ in _CONNECTORS):
            start -= 1
        elif _hyphen_between(doc, start - 2) and (doc[start - 2].lower_ in ARABIC_ARTICLES or (
                doc[start - 2].text[:1].isupper() and doc[start - 2].lower_ not in WORD_PREFIXES)):
            start -= 2  # "KwaZulu-Natal" (but not "Neo-Nazi")
        else:
            break
    while end + 1 < len(doc) and (doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper()):
        end += 1
    while end + 2 < len(doc) and _hyphen_between(doc, end) and doc[end + 2].is_alpha:
        end += 2
    while start < head.i and not doc[start].text[:1].isupper() and not (
            doc[start].lower_ in ARABIC_ARTICLES and doc[start + 1].text == "-"):
        start += 1  # a name begins with a capital or an article ("al-Bab"), not with "-e-"
    return _trim(doc[start:end + 1])


def _known_hyphenated(span: Span, gazetteer: Gazetteer) -> Span:
    """The name with the rest of the hyphenated name the tagger cut it from, when the gazetteer
    knows the whole ("Mazar" of "Mazar-e-Sharif")."""
    doc, end = span.doc, span.end
    while _hyphen_between(doc, end - 1) and doc[end + 1].is_alpha:
        end += 2
    return doc[span.start:end] if end > span.end and gazetteer.is_known(doc[span.start:end].text) else span


def _known_of_name(span: Span, gazetteer: Gazetteer) -> Span:
    """The whole "X of Y" name the tagger cut in two ("the Bay of" + "Bengal", "Gulf of" +
    "Aden"), when the gazetteer knows the whole."""
    doc = span.doc
    start, end = span.start, span.end
    if doc[end - 1].lower_ == "of":
        end -= 1
    if end >= len(doc) or doc[end].lower_ != "of" or end == start:
        return span
    for last in range(end + 1, min(end + 4, len(doc))):
        if not doc[last].text[:1].isupper():
            break
        if gazetteer.is_known(doc[start:last + 1].text):
            return doc[start:last + 1]
    return span


WORD_PREFIXES = {"neo", "anti", "pro", "ex", "non", "post", "pre", "pan", "self", "mid", "trans"}


def _hyphen_between(doc: Doc, k: int) -> bool:
    """Whether tokens ``k`` and ``k + 2`` are joined by a hyphen with no space ("Almash-had")."""
    return 0 <= k and k + 2 < len(doc) and doc[k + 1].text in "-‐" and not doc[k].whitespace_ \
        and not doc[k + 1].whitespace_


def _gazetteer_names(doc: Doc, gazetteer: Gazetteer, taken: set[int],
                     people: frozenset[str]) -> Iterable[Span]:
    """Capitalised word runs the gazetteer knows, longest first, outside spaCy's place entities.
    Inside another entity, or naming one of the article's people, a name needs place context;
    elsewhere it needs context or prominence."""
    limit = min(gazetteer.max_words, MAX_NGRAM)
    tokens = tokens_of(doc)  # one Token each: the n-gram checks below look at words many times
    capital = [t.text[:1].isupper() for t in tokens]
    # the tagger calls some town names common nouns ("a boy in Durres"): those need context
    common = [t.pos_ == "NOUN" and capital[k] and not t.is_sent_start for k, t in enumerate(tokens)]
    # ... and some an adjective before the place noun the gazetteer knows it with ("the Lombardy
    # region"; not "the Somali town")
    named = [t.pos_ == "ADJ" and capital[k] and k + 1 < len(tokens) and _is_place_noun(tokens[k + 1], SETTLEMENT_NOUNS)
             and gazetteer.is_known(f"{t.text} {tokens[k + 1].text}") for k, t in enumerate(tokens)]
    # ... and a few a name-shaped adverb ("recaptured Bakhmut on Tuesday")
    adverb = [t.pos_ == "ADV" and capital[k] and not t.is_sent_start and bool(t.ent_type_)
              for k, t in enumerate(tokens)]
    propn = [t.pos_ == "PROPN" or common[k] or named[k] or adverb[k] for k, t in enumerate(tokens)]
    # a word that may sit inside a name: capitalised, or a connector ("of", "al-"), and not taken
    inside = [(capital[k] or tokens[k].lower_ in _CONNECTORS) and k not in taken for k in range(len(tokens))]
    text, starts = text_of(doc), [t.idx for t in tokens]
    ends = [start + len(t) for start, t in zip(starts, tokens)]
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if i in taken or not capital[i] or (tok.is_sent_start and not propn[i]) or tok.pos_ == "DET":
            i += 1
            continue
        end = i
        longest = limit + 2 if "-" in (t.text for t in tokens[i + 1:i + limit]) else limit  # "Mazar-e-Sharif"
        for n in range(min(longest, len(tokens) - i), 0, -1):
            if not propn[i + n - 1] or not all(inside[i:i + n]):
                continue
            if not gazetteer.is_known(text[starts[i]:ends[i + n - 1]]):  # most n-grams: no Span needed
                continue
            words = doc[i:i + n]
            if _hyphen_joined(doc, i, i + n) or _name_goes_on(words):
                continue
            if any(common[i:i + n]) and not (prominent(gazetteer.candidates(words.text)[0])
                                              and place_context(words)):
                continue
            if _inside_a_longer_name(words) and not _prominent_name(words, gazetteer) \
                    and not _introduced_as_place(words):
                # "Howard University" is not the small town called University; "in Shah Wali
                # Kot" is a place the gazetteer does not know, whatever it knows of "Wali Kot"
                whole = _longer_place_name(doc, words)
                if whole is not None and not taken.intersection(range(whole.start, whole.end)):
                    yield whole
                    end = whole.end - 1
                    break
                continue
            if _plausible(words, gazetteer, people):
                yield words
                end = i + n - 1
                break
        i = end + 1


def _tail_of_a_name(words: Span, gazetteer: Gazetteer) -> bool:
    """The end of a longer run of capitalised words that matches a place only by one of its other
    names, not by its own: a group's or a person's name ("Jabhat Fateh Al-Sham"), not the place."""
    doc, k = words.doc, words.start - 1
    while k >= 0 and (doc[k].text in ("-", "‑") or doc[k].lower_ in ARABIC_ARTICLES):
        k -= 1  # "Al-" before "Sham"
    if k < 0 or not (doc[k].is_title and doc[k].pos_ == "PROPN") or doc[k].is_sent_start:
        return False
    found = gazetteer.candidates(words.text)  # a town's other name, not a landmark's short one ("Dulles")
    return bool(found) and found[0].feature.startswith("P.") and normalise(found[0].name) != normalise(words.text)


ARABIC_ARTICLES = {"al", "el", "ad", "ash", "as", "ar", "an", "at", "az"}


def _inside_a_longer_name(words: Span) -> bool:
    """A capitalised proper noun right before or after the words (not a place noun): they are
    part of a longer name."""
    doc = words.doc
    sides = ([doc[words.start - 1]] if words.start else []) + ([doc[words.end]] if words.end < len(doc) else [])
    return any(t.pos_ == "PROPN" and t.text[:1].isupper() and not _is_place_noun(t) and t.ent_type_ not in ("DATE", "TIME")
               for t in sides)  # (a day after a name is no part of it: "in Beit Jala Wednesday")


def _longer_place_name(doc: Doc, words: Span) -> Span | None:
    """The whole proper name around ``words`` when the text calls it a place ("at Punta Tombo",
    "in Shah Wali Kot"); None for other names ("Howard University") and names with a date in
    them ("Super Tuesday")."""
    whole = _proper_name(doc, words.root)
    if whole is None or len(whole) <= len(words) or any(t.ent_type_ in NEVER_LABELS for t in whole) \
            or whole[-1].lower_ in GATHERINGS:
        return None
    return whole if _named_as_place(whole) else None


def _introduced_as_place(span: Span) -> bool:
    """"the town of Huddur", "Logo LGA", "Huddur, a town": a place noun says the name is a place."""
    root = span.root
    return ((root.dep_ == "pobj" and root.head.lower_ == "of" and _is_place_noun(root.head.head))
            or _place_noun_after(span) is not None
            or any(_is_place_noun(t, SETTLEMENT_NOUNS) for t in _beside(root)))


def _prominent_name(span: Span, gazetteer: Gazetteer) -> bool:
    found = gazetteer.candidates(span.text)
    return bool(found) and prominent(found[0])


def _after_a_place_preposition(span: Span) -> bool:
    """"in Beit Jala Wednesday night": a place, though a date follows it."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in ("in", "at", "near", "outside")  # (not
    # "heading into Super Tuesday")


def _runs_into_a_date(span: Span) -> bool:
    doc = span.doc
    return span.end < len(doc) and doc[span.end].ent_type_ == "DATE" and doc[span.end].text[:1].isupper()


def _person_entity(words: Span) -> Span | None:
    """The PERSON entity the words lie in, if any."""
    return next((e for e in entities_of(words.doc) if e.label_ == "PERSON" and e.start <= words.start
                 and words.end <= e.end), None)


def _name_goes_on(words: Span) -> bool:
    """The words begin a longer name: "University of Texas", "Gulf of Guinea", "Tall al-Ahmar"."""
    doc, end = words.doc, words.end
    if end + 1 >= len(doc):
        return False
    article = doc[end].lower_ in _CONNECTORS and doc[end + 1].text == "-" and not doc[end].whitespace_
    return article or doc[end].lower_ == "of" and doc[end + 1].text[:1].isupper()


def _plausible(words: Span, gazetteer: Gazetteer, people: frozenset[str]) -> bool:
    """A person's name needs place context; any other name context or prominence (so "the US
    State Department" and "University of Texas" hold places, "Syrian Arab Army" does not)."""
    found = gazetteer.candidates(words.text)
    if any(t.ent_type_ in NEVER_LABELS for t in words):  # "in March", "in English"; but "on Aleppo"
        return bool(found) and prominent(found[0]) and place_context(words)
    in_a_name = _person_entity(words)
    if in_a_name is not None and (len(in_a_name) > 1 or _named_as_place(in_a_name)):
        return _named_as_place(in_a_name)  # "Joshua Perkins" is no place, "in Banda Aceh" is, and
        # so is "the capital, Sana"
    if _names_a_road(words):
        return False  # "on the Lincoln Alexander Parkway", "on Mombasa Road": a road named so
    if place_context(words):
        return True
    if found and not any(t.lower_ in people for t in words) and _listed_with_a_place(words) and (
            prominent(found[0]) or not any(t.ent_type_ == "PERSON" for t in words)):
        return True  # "residents of nearby Decatur and Champaign": listed with a place, a place
    if _two_word_subject(words) and not (found and found[0].feature in ("A.PCLI", "A.ADM1")):
        return False  # (but "the U.S. Department of Agriculture notes": a country is no one's name)
    tagged_person = sum(t.ent_type_ == "PERSON" for t in words)
    if tagged_person and tagged_person < len(words) and found and prominent(found[0]):
        return True  # "the slums of Santo Domingo": the tagger took part of a city's name for a person
    if tagged_person and len(words) == 1 and found and prominent(found[0]) and words.text.lower() not in people \
            and words.root.dep_ in ("dobj", "nsubjpass") and words.root.head.lemma_.lower() in TAKEN_PLACES:
        return True  # "the coalition struck Sanaa", "Jaffna was besieged", "demonstrators thronged Hama":
        # a city done so, though the tagger took it for a person
    if found and prominent(found[0]) and words.text.lower() not in people and words.root.dep_ in ("compound", "nmod") \
            and words.root.head.lemma_.lower() in FACILITY_NOUNS:
        return True  # "a central Kiev courthouse", "the Rafah border terminal": a city's building
    if tagged_person and found and found[0].feature in ("A.PCLI", "A.ADM1") and _after_a_place_and_comma(words, gazetteer):
        return True  # "in Livorno, Tuscany": the region a town is in, though the tagger took it for a person
    if words.text.lower() in people:
        return False
    if tagged_person and not (len(words) == 1 and found and found[0].feature == "A.PCLI"
                              and words.text.lower() not in GIVEN_NAMES and words.root.dep_ in ("poss", "pobj")):
        return False  # but "Malawi's commercial capital", "west of Bermuda": a country no one of the
        # article is named (not "Chad was an anomaly", of an actor called Chad)
    if words.root.dep_ == "compound" and words.root.head.pos_ == "NOUN":
        return False  # a name on a thing, with no place context: "Molotov cocktails"
    return bool(found) and prominent(found[0])


ROAD_NOUNS = {"road", "street", "avenue", "parkway", "boulevard", "drive", "lane", "highway", "expressway",
              "freeway", "motorway", "turnpike"}


def _names_a_road(words: Span) -> bool:
    """Are the words the start of a road's name ("the Lincoln Alexander Parkway")? A road named
    after a town is not in that town."""
    head = words.root
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head.i >= words.end and head.pos_ == "PROPN" and head.lower_ in ROAD_NOUNS


def _listed_with_a_place(words: Span) -> bool:
    """Is the name one of a list ("X and Y", "X, Y and Z") in which the tagger calls another
    member a place?"""
    first = words.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    members, k = [first], 0
    while k < len(members):
        members += [c for c in members[k].children if c.dep_ == "conj"]
        k += 1
    return len(members) > 1 and any(m.ent_type_ in ("GPE", "LOC") for m in members
                                    if not words.start <= m.i < words.end)


STRUCK_PLACES = {"strike", "hit", "target", "attack", "pound", "shell", "bomb", "raid", "rock"}
TAKEN_PLACES = STRUCK_PLACES | PLACE_ONLY_VERBS | {"throng"}  # (people are captured too: "Arad was captured")
# buildings and works a city's name may stand before: "a central Kiev courthouse", "the Rafah border terminal"
FACILITY_NOUNS = {"courthouse", "court", "terminal", "crossing", "airport", "station", "hospital", "prison", "jail",
                  "mosque", "church", "cathedral", "market", "stadium", "camp", "checkpoint", "port", "harbour",
                  "harbor", "embassy", "consulate", "university", "hotel", "square", "center", "centre", "office",
                  "headquarters", "base", "airbase", "barracks", "refinery", "plant", "bridge", "highway", "road"}


def _after_a_place_and_comma(words: Span, gazetteer: Gazetteer) -> bool:
    doc, k = words.doc, words.start
    return k >= 2 and doc[k - 1].text == "," and (doc[k - 2].ent_type_ in PLACE_LABELS or (
        doc[k - 2].pos_ == "PROPN" and gazetteer.is_known(doc[k - 2].text)))


def _two_word_subject(words: Span) -> bool:
    """Part of a two-word proper name that is a verb's subject: "Alia Salem said", "Regina Ip
    was re-elected", "the Washington Post reported" name who acts, whatever towns share a word."""
    if any(t.ent_type_ in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT") for t in words):
        return False  # "Toronto Police said", "the Baltimore Sun reported": the city is in the name
    root = words.root
    head = root.head if root.dep_ == "compound" else root
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    speaks = after is not None and after.pos_ == "VERB" and after.lemma_ in ("say", "tell", "add", "write", "tweet")
    if not (head.dep_ in ("nsubj", "nsubjpass") or speaks) or head.pos_ != "PROPN":
        return False  # (the parser may take the speaker into a name before: "... Relations Alia Salem said")
    name = [t for t in head.children if t.dep_ == "compound" and t.i < head.i] + [head]
    return len(name) == 2 and name[0].i + 1 == head.i and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and not _is_place_noun(t) for t in name) \
        and name[0].i <= words.start and words.end <= head.i + 1


# ---------------------------------------------------------------------------------------------
# Resolving them


def _listed_with(toponyms: Sequence[Toponym], first: Sequence[tuple[GeoEntry, float] | None]
                 ) -> list[str | None]:
    """For each place, the country most of the places listed with it by "and" or commas lie in
    (as first resolved), if any: "the holy cities of Mecca and Medina", "the results in Georgia,
    Michigan, Pennsylvania and Wisconsin" (the US state, not the country), also through people
    listed with their places ("Rubio of Florida, Lee of Utah, and Perdue of Georgia")."""
    def first_conjunct(tok: Token) -> Token:
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        return tok

    groups: dict[int, list[int]] = {}
    for k, t in enumerate(toponyms):
        root = t.span.root
        if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
            groups.setdefault(first_conjunct(root).i, []).append(k)
        elif root.dep_ == "pobj" and root.head.lower_ in ("of", "from") and root.head.head.dep_ == "conj" or any(
                c.dep_ == "conj" for c in root.head.head.children):
            # "Senators Marco Rubio of Florida, Mike Lee of Utah, and David Perdue of Georgia"
            groups.setdefault(-1 - first_conjunct(root.head.head).i, []).append(k)
    out: list[str | None] = [None] * len(toponyms)
    for members in groups.values():
        for k in members:
            votes = Counter(first[j][0].country for j in members if j != k and first[j] is not None
                            and first[j][0].country and first[j][0].feature != "A.PCLI")
            if votes:
                country, n = votes.most_common(1)[0]
                out[k] = country if n * 2 > sum(votes.values()) else None
    return out


def _place(span: Span, entry: GeoEntry | None, confidence: float) -> Place:
    if entry is None:
        return Place(span.text, span.start_char, span.end_char)
    return Place(span.text, span.start_char, span.end_char, entry.name, entry.geonameid,
                 round(entry.lat, 5), round(entry.lon, 5), entry.country, entry.admin1,
                 entry.feature, round(confidence, 3))


def demonym_country(text: str) -> str | None:
    """The country an adjective or a people names ("Syrian", "Iraqis"), if any."""
    entries = ActorLexicon.load().lookup(text)
    return next((e.country for e in entries if e.kind == "adjective" and e.country), None)


def article_countries(doc: Doc, toponyms: Sequence[Toponym], gazetteer: Gazetteer) -> list[str]:
    """Countries the article names, most mentioned first (the dateline's country counts twice):
    the context for resolving the rest. Demonyms count, but only as context."""
    counts: Counter[str] = Counter()
    layout = doc._.wc_layout
    dateline = layout.dateline.place if layout and layout.dateline else None
    for t in toponyms:
        found = gazetteer.candidates(t.name.text)
        if found and found[0].feature == "A.PCLI" and found[0].country:
            counts[found[0].country] += 1
        elif found and dateline and dateline[0] <= t.span.start_char < dateline[1]:
            counts[found[0].country or ""] += 2
    for ent in entities_of(doc):
        if ent.label_ == "NORP" and (country := demonym_country(ent.text)):
            counts[country] += 1
    counts.pop("", None)
    return [c for c, _ in counts.most_common()]


def _resolve(t: Toponym, gazetteer: Gazetteer, countries: Sequence[str], near: Sequence[GeoEntry],
             container: bool = False, within: GeoEntry | None = None) -> tuple[GeoEntry, float] | None:
    found = None
    if (division := _division_of(t.span)) is not None:  # "the province of Hama" is Hama province
        found = gazetteer.resolve(f"{t.span.text} {division}", countries=countries, near=near)
        found = found if found is not None and found[0].feature.startswith("A.") else None
    elif _island_of(t.span):  # "the island of Basilan": the island, or the division named after it
        found = gazetteer.resolve(f"{t.span.text} Island", countries=countries, near=near)
        found = found if found is not None and found[0].feature == "T.ISL" else None
        land = next((e for e in gazetteer.candidates(t.span.text)
                     if e.feature in ("T.ISL", "T.ISLS") or e.feature.startswith("A.ADM")), None)
        found = found or ((land, ISLAND_CONFIDENCE) if land is not None else None)
    found = found or gazetteer.resolve(_lookup_name(t), countries=countries, near=near, container=container,
                                       within=within)
    if found is None and t.name is not t.span:
        found = gazetteer.resolve(t.name.text, countries=countries, near=near, container=container, within=within)
    if found is None and len(t.span) > 1 and (t.span[0].lower_ in COMPASS_PARTS or t.span[0].text in COMPASS_POINTS):
        # "Eastern Ukraine", "Southern Poland": a part of a country or division, placed at it;
        # "west Baghdad": a part of a city
        rest = gazetteer.resolve(t.span[1:].text, countries=countries, near=near)
        if rest is not None and (rest[0].feature in ("A.PCLI", "A.ADM1", "L.RGN") or (
                t.span[0].text in COMPASS_POINTS and rest[0].feature.startswith("P."))):
            found = rest
    if found is None and (rest_words := _without_feature_words(t.span)) is not None:
        # "Jakarta Bay", "Biên Hòa Air Base", "New York City streets": at the place they are named by
        rest = gazetteer.resolve(rest_words.text, countries=countries, near=near)
        found = (rest[0], rest[1] / 2) if rest is not None else None
    commas = [tok.i for tok in t.span if tok.text == ","]
    if found is None and commas and commas[-1] + 1 < t.span.end:
        # "Shelby, North Carolina" taken for one name: the place before the comma inside the one
        # after it, else at the one after it ("Karipur, Kerala")
        doc = t.span.doc
        outer = gazetteer.resolve(doc[commas[-1] + 1:t.span.end].text, countries=countries, near=near, container=True)
        inner = gazetteer.resolve(doc[t.span.start:commas[0]].text, countries=countries, near=near,
                                  within=outer[0]) if outer is not None else None
        found = inner if inner is not None and (inside(inner[0], outer[0]) or _near(inner[0], outer[0])) else (
            (outer[0], outer[1] / 2) if outer is not None else None)
    return found


# words after a place's name for what is at or beside it: capitalised as part of a name ("Jakarta
# Bay", "Biên Hòa Air Base") or in lower case after it ("Gaza street", "the Baja California coast")
NAMED_AFTER_PLACE = {"bay", "harbour", "harbor", "airport", "airbase", "air", "base", "port"}
AT_PLACE = {"street", "streets", "road", "roads", "highway", "coast", "coasts", "coastline", "outskirts",
            "countryside", "suburbs", "area", "areas", "waters", "shore", "shores"}


def _without_feature_words(span: Span) -> Span | None:
    """A place name without the feature words after it, if it has any (and a name is left)."""
    end = span.end
    while end - 1 > span.start and (span.doc[end - 1].lower_ in NAMED_AFTER_PLACE and span.doc[end - 1].is_title
                                    or span.doc[end - 1].text in AT_PLACE):
        end -= 1
    return span.doc[span.start:end] if end < span.end else None


def _near(entry: GeoEntry, division: GeoEntry) -> bool:
    """A place of the same country within 100 km of a division's point: in it, as far as a
    division the gazetteer has no borders for can tell ("Winchester, Hampshire")."""
    return entry.country == division.country and division.feature.startswith("A.ADM") \
        and distance_km(entry, division) < 100


def _island_of(span: Span) -> bool:
    """"the island of Basilan", "the islands of X"."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i < span.start \
        and root.head.head.lemma_.lower() == "island"


def _division_of(span: Span) -> str | None:
    """The kind of division a name is said to be by "the X of": "province" in "the province of
    Hama"."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.i >= span.start:
        return None
    noun = root.head.head
    return noun.lemma_.lower() if noun.lemma_.lower() in DIVISION_NOUNS and noun.tag_ == "NN" else None


COMPASS_POINTS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                  "north-east", "north-west", "south-east", "south-west"}  # in lower case: "west Baghdad"
COMPASS_PARTS = {"northern", "southern", "eastern", "western", "central", "north-eastern", "north-western",
                 "south-eastern", "south-western", "northeastern", "northwestern", "southeastern", "southwestern"}


def _contained_in(toponyms: Sequence[Toponym], containers: list[bool], first: list[tuple[GeoEntry, float] | None],
                  gazetteer: Gazetteer) -> list[GeoEntry | None]:
    """For each place, the division or country named right after it as its container ("Paris,
    Texas"), where that resolved to one. When the container's name has another division or
    country that holds a place of the first name and the one it resolved to holds none ("Athens,
    Georgia" is the US state's Athens), the container becomes that one (``first`` is updated)."""
    out: list[GeoEntry | None] = [None] * len(first)
    for k in range(len(first) - 1):
        outer = first[k + 1]
        if not containers[k + 1] or outer is None:
            continue
        inner = gazetteer.candidates(_lookup_name(toponyms[k]))
        if not any(inside(e, outer[0]) for e in inner):
            name = _lookup_name(toponyms[k + 1])
            others = [c for c in gazetteer.candidates(name) + gazetteer.candidates(f"{name} state")
                      if c.feature in ("A.ADM1", "A.PCLI") and c is not outer[0]]
            holding = [(max(e.population for e in inner if inside(e, c)), c) for c in others
                       if any(inside(e, c) for e in inner)]
            if holding:
                outer = first[k + 1] = (max(holding, key=lambda pair: pair[0])[1], outer[1])
        if outer[0].feature in ("A.ADM1", "A.PCLI"):
            out[k] = outer[0]
    return out


def _lookup_name(t: Toponym) -> str:
    return t.lookup or t.span.text


def _containers(toponyms: Sequence[Toponym]) -> list[bool]:
    """Which places contain the one named right before them, after a comma: "Westchester County,
    New York", "Kenosha, Wisconsin" (not the next place of a list: "Kabul, Kandahar and Herat")."""
    ends = {t.span.end for t in toponyms}
    return [t.span.start >= 2 and t.span.doc[t.span.start - 1].text == "," and t.span.start - 1 in ends
            and t.span.root.dep_ != "conj" and not any(c.dep_ == "conj" for c in t.span.root.children)
            for t in toponyms]


def find_places(doc: Doc, gazetteer: Gazetteer) -> list[PlaceMention]:
    """Every place name of the article with its gazetteer entry (or none), resolved twice: once
    by the article's countries, then again by nearness to the other places found."""
    toponyms = [t for t in candidate_spans(doc, gazetteer)
                if not in_boilerplate(doc, t.span.start_char)]
    countries = article_countries(doc, toponyms, gazetteer)
    containers = _containers(toponyms)
    first = [_resolve(t, gazetteer, countries, (), c) for t, c in zip(toponyms, containers)]
    within = _contained_in(toponyms, containers, first, gazetteer)
    first = [_resolve(t, gazetteer, countries, (), c, w) if w is not None else f
             for t, c, w, f in zip(toponyms, containers, within, first)]
    points = [r[0] for r in first if r is not None and r[0].feature not in ("A.PCLI", "L.CONT")]
    listed = _listed_with(toponyms, first)
    found: list[PlaceMention] = []
    for k, (t, initial) in enumerate(zip(toponyms, first)):
        resolved = initial
        own = [listed[k]] if listed[k] else countries  # the list speaks louder than the article
        holds_previous = k > 0 and initial is not None and within[k - 1] is initial[0]
        if initial is not None and (len(points) > 1 or listed[k]) and not holds_previous:
            others = [p for p in points if p is not initial[0]][:20]
            resolved = _resolve(t, gazetteer, own, others, containers[k], within[k])
        entry, confidence = resolved if resolved else (None, 0.0)
        if entry is not None and not listed[k] and within[k] is None and _stranger(entry, countries, points, gazetteer):
            entry, confidence = None, 0.0
        found.append(PlaceMention(t.span, _place(_reported(t, entry), entry, confidence)))
    return found


# a town this small is taken only in a country the article names or near a place or a country it names
SMALL_TOWN_POPULATION = 20_000
STRANGER_KM = 250
STRANGER_COUNTRY_KM = 400  # (from the country's own point: "Israeli tanks shelled Beit Jala")


def _stranger(entry: GeoEntry, countries: Sequence[str], points: Sequence[GeoEntry], gazetteer: Gazetteer) -> bool:
    """A small town of a country the article never names, far from every other place it names:
    "the central town of Moura" in a story from Mali is not Portugal's Moura (the gazetteer lacks
    Mali's), and "Groom", "Tavern" or "God" are no towns of Texas, Germany or Hungary. Left
    unresolved, it lends no country to the event or its actors."""
    if not countries or not entry.feature.startswith("P.") or entry.population >= SMALL_TOWN_POPULATION \
            or entry.curated or entry.country in countries:
        return False
    if any(distance_km(entry, p) <= STRANGER_KM for p in points if p is not entry):
        return False
    homes = [home for c in countries if (home := gazetteer.country(c)) is not None]
    return all(distance_km(entry, home) > STRANGER_COUNTRY_KM for home in homes)


def on_the_map(found: Sequence[PlaceMention]) -> list[Place]:
    """The article's places as reported: one the gazetteer does not know takes the coordinates of
    the known place the article puts it in ("Amariyah, a neighbourhood in west Baghdad",
    "Kandahar's Loi Karez neighbourhood"), as an event's place does, so that a small village is
    still on the map near where it is. (The annotators themselves see only what the gazetteer knows.)"""
    out = []
    for mention in found:
        place = mention.place
        if place.lat is None:
            sent = mention.span.sent
            same = [m for m in found if sent.start <= m.span.start < sent.end]
            if (outer := _container(mention, same)) is not None:
                place = _within(place, outer.place)
        out.append(replace(place))
    return out


def _reported(t: Toponym, entry: GeoEntry | None) -> Span:
    """The words a place is reported as: the name alone when the kind of place after it is a
    common noun that is not part of the name ("the Houston community", "Kabul airport" resolved
    to Kabul), the whole otherwise ("Paktika province", "Maywand District", "Bagram airfield"
    when the gazetteer knows the airfield). The event's place still covers the whole phrase."""
    if t.name is t.span or t.span[-1].is_title or t.span[-1].lemma_.lower() in DIVISION_NOUNS:
        return t.span
    if entry is not None and (t.span[-1].lower_ in entry.name.lower() or entry.feature[:2] not in ("P.", "A.")):
        return t.span  # the gazetteer knows the airfield, the camp, the crossing itself
    return t.name


# ---------------------------------------------------------------------------------------------
# The place of one event

# How a place phrase hangs on its predicate, as a weight: a locative preposition is the clearest
# sign ("killed in Kabul"), with the object of a verb that acts on a place ("shelled Aleppo"),
# then a target ("an attack on Mosul"); a participant ("condemned Russia"), a subject or an agent
# is no where. These weights and the factors below were set on the event-location development
# data (bench/event_location.py) and checked on a held-out fifth of it.
# the parts of a place that stand for it: "on the outskirts of Damascus", "near the entrance to Heathrow"
PART_NOUNS = {"outskirts", "outskirt", "edge", "edges", "perimeter", "periphery", "fringes", "fringe", "entrance",
              "gate", "gates", "slope", "slopes", "bank", "banks", "shore", "shores", "heart", "centre", "center",
              "vicinity", "environs", "doorstep", "walls"}
_ROLE_WEIGHT = {"loc": 1.0, "object": 1.0, "target": 0.9, "attr": 0.4, "other": 0.4, "origin": 0.2, "topic": 0.1,
                "participant": 0.1, "nsubj": 0.05, "agent": 0.05}
TARGET_PREPS = {"on", "upon", "onto", "against", "to", "toward", "towards", "into", "during"}
TOPIC_PREPS = {"about", "regarding", "concerning"}  # a place in what an act is about is not its place
TIME_PREPS = {"after", "before", "following", "since", "until"}  # ... nor one in the event it came after
# ... nor one in a war or a quarrel that an act is "over" ("over the price hike in Surabaya" may be)
OVER_TOPICS = {"war", "conflict", "dispute", "row", "killing", "killings", "death", "deaths", "treatment", "handling",
               "comment", "comments", "remark", "remarks", "crackdown", "invasion", "occupation", "annexation"}
NOUN_LINKS = {"compound", "amod", "nmod", "npadvmod", "nummod", "quantmod", "det"}
CLAUSE_LINKS = {"advcl", "conj", "ccomp", "xcomp", "relcl", "acl", "pcomp", "parataxis", "csubj"}
REPORTED_LINKS = {"ccomp", "parataxis"}  # "said [that gunmen killed five in Jalalabad]"
_MODIFIER, _POSSESSOR, _COUNTRY_MODIFIER = 0.9, 0.7, 0.3  # the place only modifies a noun
_LAYER, _CLAUSE_DOWN, _REPORTED, _CLAUSE_UP, _SCENE = 0.9, 0.45, 0.2, 0.8, 0.8
# names of gatherings, where things happen but which are no places ("at the Green National Convention")
GATHERINGS = {"convention", "conference", "summit", "congress", "festival", "games", "championship",
              "championships", "olympics", "forum", "expo", "fair", "assembly", "meeting"}
LANDMARK_NOUNS = {"embassy", "consulate", "parliament", "church", "cathedral", "compound", "zone", "avenue",
                  "street", "square", "road", "boulevard", "lane", "palace", "hotel", "building", "ministry",
                  "headquarters", "university", "hall", "park"}
LANDMARK_FEATURES = {"S.BLDG", "S.CH", "S.HTL", "S.PAL", "S.SQR", "S.PRK", "S.UNIV", "S.GOVL", "R.ST", "R.RD"}
_BROAD = {"A.PCLI": 0.7, "A.PCLH": 0.7, "L.CONT": 0.7, "A.ADM1": 0.8, "L.RGN": 0.8}  # prefer the specific
EVENT_PLACE_THRESHOLD = 0.3
NEARLY = 0.85  # a place inside the best one, attached nearly as well, is the more precise answer


def _acts_on_place(predicate: Token) -> bool:
    """Whether the object or target of this verb or noun is where it happens ("shelled Aleppo",
    "an attack on Mosul"), not a participant ("condemned Russia", "sanctions on Iran")."""
    return predicate.lemma_.lower() in PLACE_VERBS or predicate.lower_ in PLACE_VERBS


OWNED_SITES = {"base", "airbase", "embassy", "consulate", "outpost", "checkpoint", "post"}


def _steps(place: Span, path: list[Token], placed: set[int]) -> list[tuple[str, str]]:
    """The links of ``path`` (the place's root and its ancestors) as (kind, word) pairs. A place
    inside another place's phrase ("a camp near Jenin", "the Maywand district of Kandahar") is
    a ``layer`` further out."""
    out: list[tuple[str, str]] = []
    for tok in path:
        dep, head = tok.dep_, tok.head
        if dep not in ("pobj", "prep", "conj") and head.i in placed and not place.start <= head.i < place.end:
            out.append(("layer", dep))  # "Ajaccio, capital of this island", "Vogosca, north of
            continue  # Sarajevo": a place that only says where another place lies
        if dep == "pobj":
            word = head.lower_
            inner = head.head.i in placed and not place.start <= head.head.i < place.end
            if (word in TOPIC_PREPS or (word == "over" and tok.lemma_.lower() in OVER_TOPICS)) \
                    and not place.start <= tok.i < place.end:
                out.append(("topic", word))  # "cut ties with Israel over the war in Gaza": what it is about
            elif inner:
                out.append(("layer", word))
            elif word == "of" and head.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
                out.append(("of", word))  # "the town of Sahiwal"
            elif word == "to" and head.head.lower_ in PART_NOUNS:
                out.append(("of", word))  # "near the entrance to Heathrow"
            elif word == "to" and head.head.lower_ in NEARNESS:
                out.append(("loc", "near"))  # "destroyed bunkers close to Jaffna"
            elif word == "from" and head.head.pos_ in ("NOUN", "PROPN"):
                out.append(("origin", word))  # "fighters from Homs attacked": where they came from
            elif word in TIME_PREPS and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX") \
                    and not place.start <= tok.i < place.end:
                out.append(("time", word))  # "struck Iraq after an attack on a company in Ankara": another event
            elif word == "between" and not _is_place_noun(head.head):
                out.append(("participant", word))  # "talks between Israel and Hamas" (not "a town between")
            elif word == "via":
                out.append(("origin", word))  # "sent wheat to Afghanistan via Iran": the way, not the place
            elif word in LOCATIVE_PREPS:
                out.append(("loc", word))
            elif word in TARGET_PREPS and (_is_place_noun(head.head) or _is_place_noun(place[-1])
                                           or tok.lower_ in PART_NOUNS
                                           or (word == "on" and head.head.lemma_.lower() in HAPPENING_ON)):
                out.append(("loc", word))  # "a camp on the Jaffna Peninsula", "on Degema Street",
                # "on the eastern outskirts of Damascus"
            elif word in TARGET_PREPS:
                out.append(("target" if _acts_on_place(head.head) else "participant", word))
            else:
                out.append(("other", word))
        elif dep == "poss" and _is_place_noun(head) and head.tag_ in ("NNS", "NN") and not any(
                t.i in placed and not place.start <= t.i < place.end for t in head.subtree):
            pass  # "patrolled Bangladesh's cities": the cities are Bangladesh's own ground (but in
            # "Baghdad's neighbourhood of Hurriyah" the neighbourhood has a name of its own)
        elif dep == "poss":
            out.append(("poss", dep))
        elif dep == "appos" or (dep == "compound" and _is_place_noun(head) and head.lemma_.lower() not in OWNED_SITES):
            pass  # "Mubi, the commercial centre", "the Maywand district": the place itself (but a
            # "US base in Syria" is the US's base, in Syria)
        elif dep in NOUN_LINKS or (dep == "conj" and tok.pos_ in ("NOUN", "PROPN")):
            out.append(("noun", dep))
        elif dep in ("dobj", "nsubjpass"):
            out.append(("object" if _acts_on_place(head) else "participant", dep))
        elif dep in ("nsubj", "attr", "agent"):
            out.append((dep, dep))
        elif dep in REPORTED_LINKS:
            out.append(("reported", dep))
        elif _same_scene(tok):
            out.append(("scene", dep))
        elif dep in CLAUSE_LINKS:
            out.append(("clause", dep))
        elif dep != "prep":  # a preposition's own link is folded into its object's
            out.append(("other", dep))
    return out


SCENE_MARKS = {"when", "while", "as"}  # "shot when their van came under fire in eastern Georgia"
# where something happened, as opposed to where someone went or came from
SCENE_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "within", "throughout", "amid"}
MOVED_TO = {"to", "toward", "towards", "into", "onto"}


def _same_scene(tok: Token) -> bool:
    """A clause that happens where the trigger happens: a verb joined right after it that shares
    its subject ("was shot and killed while on patrol in Iraq"), or a when/while/as clause."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.dep_ == "conj":
        return tok.i - tok.head.i <= 3 and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SCENE_MARKS for c in tok.children)


def parse_path(token: Token, trigger: Token) -> tuple[list[Token], list[Token]] | None:
    """Where ``token`` meets ``trigger`` in the parse: the trigger and its ancestors below their
    lowest common ancestor, and ``token`` and its ancestors below it; None in another tree."""
    above = [trigger, *trigger.ancestors]
    position = {t.i: k for k, t in enumerate(above)}
    down = [token]
    while down[-1].i not in position:
        if down[-1].head.i == down[-1].i:
            return None
        down.append(down[-1].head)
    return above[:position[down[-1].i]], down[:-1]


SPEAKING = {"speak", "talk", "address", "write", "tweet", "testify"}
# verbs of a verdict on something done elsewhere: the place of what they judge is not theirs
VERDICTS = {"condemn", "criticise", "criticize", "denounce", "deplore", "decry", "praise", "welcome", "hail",
            "applaud", "commend", "mourn", "slam", "regret", "lament"}


def speaking_at(link: Token, trigger: Token) -> bool:
    """"Speaking in Berlin on Monday, Scholz condemned the attack": a participle of speaking on
    the trigger tells where and when the trigger's words were said."""
    return link.dep_ == "advcl" and link.head.i == trigger.i and link.tag_ == "VBG" and link.lemma_.lower() in SPEAKING


def attachment(place: PlaceMention, trigger: Token, placed: set[int] = frozenset()
               ) -> tuple[float, str]:
    """How likely it is that ``place`` names where the event of ``trigger`` happened, from the
    parse path between them (0 in another sentence), and the word that attaches it ("in",
    "object", ...). ``placed``: the token indices of all the sentence's place mentions."""
    path = parse_path(place.span.root, trigger)
    if path is None:
        return 0.0, ""
    above, below = path
    down = _steps(place.span, below, placed)
    up = sum(t.dep_ in CLAUSE_LINKS for t in above)
    if not below:  # the trigger hangs on the place itself: "Aleppo, which was shelled"
        return (_ROLE_WEIGHT["other"], "clause") if up else (0.0, "")
    weight = _BROAD.get(place.place.feature or "", 1.0)
    first = 0
    while first < len(down) and down[first][0] in ("noun", "poss", "of"):
        if down[first][0] != "of":
            weight *= _POSSESSOR if down[first][0] == "poss" else _MODIFIER
        first += 1
    if first and down[0][0] in ("noun", "poss") and place.place.feature in ("A.PCLI", "L.CONT"):
        weight *= _COUNTRY_MODIFIER / _MODIFIER  # "the U.S. embassy": a country as an adjective
    rest = [step for step in down[first:] if step[0] not in ("noun", "poss", "of")]
    if not rest:
        return weight * _ROLE_WEIGHT["other"], "phrase"
    if rest[0][0] == "layer":
        weight *= _LAYER
        rest = rest[1:] or [("loc", rest[0][1])]
    kind, word = rest[0]
    weight *= _ROLE_WEIGHT.get(kind, _ROLE_WEIGHT["other"])
    # a clause of the same scene lends its place only where something happened ("in", "at"),
    # not where someone went or came from ("was shot and evacuated to South Africa")
    scene = _SCENE if kind == "loc" and word in SCENE_PREPS else _CLAUSE_DOWN
    said_there = any(speaking_at(t, trigger) for t in below)
    for later, link in rest[1:]:
        if said_there and later == "clause" and link == "advcl":
            continue  # ("Speaking in Berlin, Scholz condemned the attack in Solingen": Berlin)
        if link == "dobj" and trigger.lemma_.lower() in VERDICTS:
            weight *= _REPORTED  # "condemned the attack in Solingen": where the attack was, not the words
        weight *= {"clause": _CLAUSE_DOWN, "reported": _REPORTED, "topic": _REPORTED, "time": _CLAUSE_DOWN,
                   "scene": scene}.get(later, _LAYER)
    if up and kind in ("loc", "target") and word in MOVED_TO and not any(
            c.dep_ == "aux" and c.lower_ == "to" for t in above for c in t.children):
        weight *= _REPORTED  # "fled to Spain after a court issued a warrant": where someone went, up in
        # another clause, is not where the event below it happened (but what one went there to do is:
        # "took to Sarajevo's streets to support independence")
    how = word if kind in ("loc", "target") else kind
    return weight * _CLAUSE_UP ** up, how


def event_place(doc: Doc, trigger: Token) -> PlaceMention | None:
    """The place where the event of ``trigger`` happened: the best-attached place of its
    sentence if one is attached well enough, else the dateline's place for an event of the
    first paragraph, else None. The place's ``how`` says which. A place the gazetteer does not
    know takes the coordinates of the known place it lies in, if the sentence names one."""
    sent = trigger.sent
    mentions = [p for p in doc._.wc_places or () if sent.start <= p.span.start < sent.end]
    placed = {i for p in mentions for i in range(p.span.start, p.span.end)}
    scored = [(mention, *attachment(mention, trigger, placed)) for mention in mentions
              if not _base_of_a_body(mention.span) and not _names_a_war(mention.span)]
    best, best_key, best_how = None, (EVENT_PLACE_THRESHOLD, 0), ""
    for mention, weight, how in scored:
        key = (weight, -abs(mention.span.root.i - trigger.i))
        if key > best_key:
            best, best_key, best_how = mention, key, how
    if best is None:
        return dateline_place(doc, trigger)
    broad = (best.place.feature or "") in _BROAD
    # "killed in an airstrike in Raqqa province, in Syria"; "a car bomb on a road in Habibiyah
    # neighbourhood in eastern Baghdad": of places attached nearly as well, the one inside the other
    inner = [(weight, mention, how) for mention, weight, how in scored
             if weight >= max(EVENT_PLACE_THRESHOLD, NEARLY * best_key[0]) and mention is not best
             and ((broad and inside(mention.place, best.place)) or _said_to_lie_in(mention, best))]
    if inner:
        _, best, best_how = max(inner, key=lambda found: found[0])
    if _landmark(best) and (town := _container(best, mentions, towns_only=True)) is not None:
        best = town  # "in front of the Danish Embassy in Islamabad": the event is placed in the city
    place = replace(best.place, how=best_how)
    if place.lat is None and (outer := _container(best, mentions)) is not None:
        place = _within(place, outer.place)
    return PlaceMention(best.span, place)


def _names_a_war(span: Span) -> bool:
    """"since the end of the Gulf War", "veterans of the Vietnam War": a war's name, not a place
    anything happens in."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].text in ("War", "Wars")


def _base_of_a_body(span: Span) -> bool:
    """"the London-based Al-Awsat newspaper": where a body is based, not where anything happened."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ in (
        "based", "headquartered", "registered", "owned", "funded", "backed", "led")


# nouns for a place that lies in the place named before them: "the Los Angeles suburb of Rosemead"
DESCRIBED_NOUNS = {"suburb", "island", "town", "city", "village", "port", "enclave", "resort", "hamlet", "oasis",
                   "stronghold"}


def _said_to_lie_in(inner: PlaceMention, outer: PlaceMention) -> bool:
    """"Habibiyah neighbourhood in eastern Baghdad": the text itself puts one place in the
    other, right after it ("in", then perhaps "the" and a compass word); or before it, as "the
    Los Angeles suburb of Rosemead" does (when both are known: "the Huriyah neighbourhood of
    Baghdad" names the neighbourhood)."""
    doc = inner.span.doc
    if (outer.span[-1].lower_ in DESCRIBED_NOUNS and inner.span.start == outer.span.end + 1
            and doc[outer.span.end].lower_ == "of" and inner.place.lat is not None and outer.place.lat is not None
            and (inner.place.feature or "") not in _BROAD):
        return True
    between = doc[inner.span.end:outer.span.start]
    return (len(between) >= 1 and between[0].lower_ == "in"
            and all(t.lower_ == "the" or t.lower_ in COMPASS_WORDS | COMPASS_PARTS for t in between[1:]))


def _landmark(mention: PlaceMention) -> bool:
    """A building, a street or a square ("the Danish Embassy", "Rustaveli Avenue", "Morocco's
    Parliament"), which news places in a town."""
    return mention.span[-1].lower_ in LANDMARK_NOUNS or mention.place.feature in LANDMARK_FEATURES


def _container(inner: PlaceMention, mentions: Sequence[PlaceMention], towns_only: bool = False
               ) -> PlaceMention | None:
    """The resolved place that a place lies in, by the parse: "Haifa Street in Baghdad", "the
    village of Kabir Kabeer in Idlib", "Mubi, a town in Adamawa", "Tbilisi's Rustaveli Avenue".
    ``towns_only``: only a town or a district, not a country or a province."""
    heads = set(range(inner.span.start, inner.span.end))
    root = inner.span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of":  # "the village of X"
        heads.add(root.head.head.i)
    for mention in mentions:
        if mention.place.lat is None or mention is inner:
            continue
        if towns_only and not (mention.place.feature or "").startswith(("P.", "A.ADM2", "A.ADM3")):
            continue
        tok = mention.span.root
        if tok.dep_ == "poss" and tok.head.i in heads:
            return mention
        while tok.dep_ in ("pobj", "prep", "appos", "advmod", "npadvmod") and tok.head.i != tok.i:
            tok = tok.head
            if tok.i in heads:
                return mention
    return None


def _within(place: Place, outer: Place) -> Place:
    """An unknown place with the entry and coordinates of the known place it lies in, at half
    the confidence (its ``name`` shows which entry that is)."""
    return replace(outer, text=place.text, start=place.start, end=place.end, how=place.how,
                   confidence=round((outer.confidence or 0.0) / 2, 3))


def dateline_place(doc: Doc, trigger: Token) -> PlaceMention | None:
    """The dateline's place ("KABUL, Oct 2 (Reuters) -"), for an event of the paragraph it opens
    (the first of the story, or the one after a headline line the text begins with)."""
    layout = doc._.wc_layout
    if not layout or not layout.dateline:
        return None
    first = next((p for p in layout.paragraphs if p.start <= layout.dateline.start < p.end), None) or next(
        (p for p in layout.paragraphs if p.kind == "body"), None)
    if first is None or not (first.start <= trigger.idx < first.end):
        return None
    start, end = layout.dateline.place
    found = next((p for p in doc._.wc_places or () if start <= p.span.start_char
                  and p.span.end_char <= end and p.place.lat is not None), None)
    return PlaceMention(found.span, replace(found.place, how="dateline")) if found else None


@Language.factory("wc_places", assigns=["doc._.wc_places", "doc._.wc_headline_places"],
                  default_config={"extra_files": []})
def make_places(nlp: Language, name: str, extra_files: list[str]) -> "PlaceAnnotator":
    return PlaceAnnotator(tuple(extra_files))


class PlaceAnnotator:
    """Sets ``doc._.wc_places``: place mentions resolved to GeoNames entries; and
    ``doc._.wc_headline_places``, the places of the article's headline (``doc._.wc_headline``),
    which say what country the story is about even when the text alone does not."""

    def __init__(self, extra_files: tuple[str, ...] = ()):
        self.gazetteer = Gazetteer.load(extra_files)

    def __call__(self, doc: Doc) -> Doc:
        doc._.wc_places = find_places(doc, self.gazetteer)
        head = doc._.wc_headline
        doc._.wc_headline_places = find_places(head, self.gazetteer) if head is not None else []
        return doc
