"""Events: from a parsed, annotated article, the events a careful coder would record.

For each sentence of the story: find triggers (verbs with their particles and objects, event
nouns under light verbs), take actors and recipients from the parse (``roles``), decide whether
the event is a fact (``modality``), attach its date and place, and score a confidence.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from wirecoder.annotate import calibration, modality, roles
from wirecoder.annotate.actors import partitive_members, sided_word
from wirecoder.annotate.coref import BOTH_SIDES
from wirecoder.annotate.dates import as_spoken, event_date
from wirecoder.annotate.places import event_place
from wirecoder.lexicon.triggers import Trigger, TriggerTable
from wirecoder.nlp.extensions import ActorMention, DateMention, EventMention, PlaceMention, sentence_before, text_of, \
    tokens_of
from wirecoder.record import Entity
from wirecoder.record.ontology import plover_for_cameo

# light verbs that carry event nouns when a trigger row says "*"
LIGHT_VERBS = {"launch", "carry", "conduct", "stage", "mount", "hold", "begin", "start", "resume",
               "continue", "order", "announce", "make", "unleash", "step", "kill", "wound", "injure",
               "leave", "hit", "target", "claim", "condemn", "occur", "happen", "take", "intensify",
               "strike", "rock", "ram", "destroy", "damage", "explode", "detonate", "go", "blast", "repel", "repulse",
               "plant"}
REPRISALS = {"response", "retaliation", "reply", "consequence", "price", "reaction", "revenge"}  # "warned its
# response would be swift": a threat
REQUEST_NOUNS = {"request", "demand", "call", "appeal", "ultimatum", "application", "bid"}
DEAL_WORDS = {"deal", "agreement", "accord", "truce", "ceasefire", "arrangement", "plan", "terms", "pact", "treaty"}
HACKERS = {"hacker", "hackers", "cybercriminal", "cybercriminals"}
KEPT_UP = {"keep", "ramp", "scale", "step"}  # with "up", light verbs: "keep up the attacks"
PEOPLE_PRONOUNS = {"he", "she", "they", "we", "him", "her", "them", "us", "i", "me"}
SPEAKER_PRONOUNS = {"i", "me", "we", "us", "you"}  # unresolved, they name nobody a coder could code
NO_ANTECEDENT = "pronoun: antecedent not found"
# objects that make a trigger verb something other than a political event
NON_EVENT_OBJECTS = {"condolence", "condolences", "sympathy", "sympathies", "prayer", "prayers",
                     "congratulation", "congratulations", "flight", "flights", "service", "services",
                     "product", "products", "course", "courses", "discount", "discounts", "ticket",
                     "tickets", "game", "games", "album", "song", "film", "movie", "book", "app", "update"}
# objects that make one verb something else: "hosted a party" (no visit)
NON_EVENT_OBJECTS_OF = {
    "host": {"party", "show", "program", "programme", "podcast", "concert", "festival", "exhibition",
             "event", "website", "site", "tournament", "championship", "olympics", "contest",
             "competition", "ceremony", "match", "episode", "series",
             "refugee", "refugees", "migrant", "migrants", "asylum-seekers", "seekers", "displaced"},  # (a refuge, no visit)
    # "meets the natural born citizen requirement", "met the deadline": a standard met, not a meeting
    "meet": {"requirement", "requirements", "criteria", "criterion", "standard", "standards", "deadline",
             "target", "targets", "goal", "goals", "demand", "demands", "need", "needs", "expectation",
             "expectations", "threshold", "condition", "conditions", "obligation", "obligations", "quota",
             "challenge", "end", "fate", "death", "definition"},
    # "withdrew its tropical storm warnings": a notice taken back, not forces
    "withdraw": {"warning", "warnings", "advisory", "advisories", "alert", "alerts", "watch", "application",
                 "name", "comment", "comments", "remark", "remarks", "cash", "money", "post", "tweet"},
    # "the militants coordinated the attacks": the attack is the event
    "coordinate": {"attack", "attacks", "bombing", "bombings", "assault", "strike", "strikes", "raid", "raids",
                   "protest", "protests", "campaign"},
    # "cut its internet prices", "cut interest rates": a price or a budget lowered, no one cut off
    "cut": {"price", "prices", "cost", "costs", "rate", "rates", "fee", "fees", "tax", "taxes", "spending",
            "budget", "budgets", "emission", "emissions", "tariff", "tariffs", "subsidy", "subsidies"},
    # "the suspect's identity is restricted to 'Stefan W'": a name withheld, no one restricted
    "restrict": {"identity", "name", "names", "details", "detail"},
    # "people burn fossil fuels": fuel burned, not an arson
    "burn": {"fuel", "fuels", "coal", "gas", "oil", "wood", "calorie", "calories", "fat", "energy", "diesel",
             "petrol", "gasoline", "kerosene", "waste", "rubbish", "trash", "incense", "candle", "candles"},
    # "the campaign targeted young voters": an audience aimed at, not an attack
    "target": {"voter", "voters", "audience", "audiences", "consumer", "consumers", "customer", "customers",
               "buyer", "buyers", "reader", "readers", "viewer", "viewers", "market", "markets", "demographic",
               "user", "users", "shopper", "shoppers", "donor", "donors", "fan", "fans"},
    # "thanked her supporters": a candidate's courtesy to her own side, no praise of another
    "thank": {"supporter", "supporters", "fan", "fans", "voter", "voters", "follower", "followers", "volunteer",
              "volunteers"},
    # "the Queen suspended parliament", "colleges were suspended": sittings and classes put off, no
    # one punished
    "suspend": {"parliament", "assembly", "legislature", "congress", "senate", "college", "colleges", "school",
                "schools", "university", "universities", "class", "classes", "exam", "exams", "game", "games",
                "match", "matches", "season", "league"},
}
# what a plea in court is about: "pleaded guilty", "pleaded not guilty", "pleaded no contest"
PLEAS = {"guilty", "innocent", "contest", "insanity"}
PRESS = {"MED", "JRN"}
# whom authorities advise: "warned residents to stay indoors" is no threat
THE_PUBLIC = {"people", "resident", "public", "citizen", "tourist", "traveller", "traveler", "motorist",
              "driver", "local", "parent", "consumer", "user", "visitor", "passenger", "swimmer", "hiker"}
AUTHORITIES = {"GOV", "COP", "JUD", "LEG", "SPY", "MIL"}
# what an inquiry into something that went wrong looks into ("the cause of the crash"); not a
# blast, a fire or an "incident", which may be crimes
MISHAPS = {"cause", "causes", "possibility", "malfunction", "failure", "fault", "crash", "accident",
           "collision", "derailment", "collapse", "leak", "spill", "outage"}
# causes that are not actors: "the explosion killed 39", "died in the crash"
NATURAL_CAUSES = {"explosion", "blast", "fire", "blaze", "wildfire", "earthquake", "quake", "storm", "flood",
                  "flooding", "hurricane", "typhoon", "cyclone", "tornado", "landslide", "avalanche", "crash",
                  "accident", "collision", "disease", "virus", "pandemic", "outbreak", "heatwave", "drought",
                  "tsunami", "eruption", "collapse", "lightning", "derailment", "leak", "smoke", "pregnancy",
                  "illness", "cancer", "infection", "climate", "warming", "pollution", "coronavirus", "covid",
                  "covid-19", "sars-cov-2", "ebola", "cholera", "measles", "malaria", "flu", "influenza"}
# verbs that say harm was done without saying who did it: an event only with a doer or with
# words of violence in the sentence ("was killed in the crash" is not an assault)
# words that make a force noun something else: "water bombing" of a fire, a "charm offensive", a "trade war"
NOT_FORCE_COMPOUNDS = {"water", "charm", "trade", "price", "tariff", "media", "propaganda", "currency", "ratings"}
CIVIL_DRILLS = {"fire", "evacuation", "earthquake", "safety", "emergency", "tsunami", "lockdown", "breathing",
                "fitness", "spelling", "vocabulary", "tabletop"}
SITE_PREPS = {"outside", "at", "around", "near", "before", "in", "to", "towards", "toward"}
BUILDINGS = {"embassy", "consulate", "parliament", "headquarters", "ministry", "palace", "office", "offices",
             "station", "court", "courthouse", "hall", "house", "residence", "building", "complex", "compound",
             "legislature", "congress", "senate", "assembly", "base", "barracks", "mission"}
SITE_BODIES = {"parliament", "legislature", "congress", "senate", "ministry", "court"}  # buildings by their body's name
SITE_SECTORS = {"GOV", "COP", "MIL", "LEG", "JUD", "SPY"}
JUDGING = {"ACCUSE", "SUPPORT"}  # events that judge what someone did
HARM_VERBS = {"kill", "injure", "wound", "destroy", "burn", "die", "damage", "hurt", "sink"}
VIOLENCE_WORDS = {"attack", "attacker", "gunman", "gunmen", "gunfire", "shoot", "shooting", "shot", "bomb",
                  "bombing", "bomber", "explosive", "militant", "insurgent", "rebel", "terrorist", "airstrike",
                  "strike", "shell", "shelling", "stab", "stabbing", "raid", "ambush", "assault", "massacre",
                  "execute", "murder", "assassinate", "fighting", "clash", "missile", "rocket", "drone",
                  "sniper", "artillery", "suicide", "grenade", "mortar", "troops", "soldier", "police",
                  "operation", "offensive", "firefight", "gunbattle", "crossfire", "counter-terrorism",
                  "counterterrorism"}
# verbs of gathering: a protest when protesters gather, a meeting when officials do
GATHERING = {"march", "rally", "gather", "assemble", "demonstrate"}
CIVIL_SECTORS = {"CVL", "OPP", "LAB", "EDU", "REL", "NGO", "JRN", "REF", "AGR"}
# verbs of force that politicians use about words: "Biden attacked Trump on taxes"
VERBAL_FORCE = {"attack", "slam", "blast", "target", "hit", "lash", "fire"}
ARMED = {"MIL", "REB", "COP", "PRM", "UAF", "SPY", "CRM"}
# where forces go ("troops entered the town", "left the base")
PLACE_NOUNS = {"city", "town", "village", "country", "territory", "region", "province", "area", "border",
               "base", "capital", "district", "zone", "camp", "port", "airport", "enclave", "stronghold"}
PHYSICAL_TARGETS = {"hospital", "school", "base", "village", "town", "city", "convoy", "checkpoint", "post",
                    "position", "camp", "building", "house", "home", "embassy", "church", "mosque", "temple",
                    "synagogue", "market", "bus", "train", "ship", "vessel", "tanker", "plane", "aircraft",
                    "troop", "soldier", "police", "civilian", "people", "protester", "worker", "station",
                    "office", "facility", "plant", "pipeline", "bridge", "airport", "port", "hotel", "shop",
                    "area", "region", "district", "neighbourhood", "neighborhood", "territory", "border",
                    "headquarters", "compound", "prison", "jail", "patrol", "vehicle", "car", "target"}
FRAMES = {"REQUEST", "THREATEN", "AGREE", "REJECT"}
REFUSING = {"decline", "refuse"}
# verbs that are events with no object only when an infinitive follows
NEEDS_INFINITIVE = {"decline"}
SPEAKING = {"comment", "say", "confirm", "discuss", "elaborate", "answer", "speak", "respond", "disclose",
            "reveal", "specify", "detail", "name", "identify", "explain", "talk"}
# promises: a concession promised is a concession (as one announced for the future is)
PROMISES = {"promise", "pledge", "vow", "commit", "guarantee", "undertake"}
# words of willingness: a cooperative act they govern is on offer (PLOVER AGREE)
WILLING = {"ready", "willing", "prepared", "readiness", "willingness", "offer"}
# a warning of these is a threat ("warned of consequences"); of anything else, news of a danger
# ("warned people about the outbreak", "warned of a humanitarian catastrophe")
REPERCUSSIONS = {"consequence", "consequences", "repercussion", "repercussions", "retaliation", "reprisal",
                 "reprisals", "response", "action", "measure", "measures", "countermeasure", "countermeasures",
                 "sanction", "sanctions", "war", "attack", "attacks", "strike", "strikes", "force", "punishment",
                 "escalation", "price", "cost", "costs", "retribution", "revenge"}
FORESEEN = {"impending", "looming", "possible", "potential", "coming", "imminent", "likely", "future"}
# types whose coordinated actors with no other party act on each other ("X and Y met")
RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE", "ASSAULT"}
# ... but for these words: each side promises or accepts on its own ("China and Russia pledged funds")
# verbs that restrict a thing whatever it is: "banned 59 Chinese apps", "blocked imports of grain"
RESTRICTING = {"ban", "block", "prohibit", "outlaw", "embargo"}
# words for a happening told before: "condemned the incident"
INCIDENTS = {"incident", "provocation"}
# what one says of or asks of another, which a rejection answers: "rejected the criticism"
WORDS_ANSWERED = {"criticism", "criticisms", "accusation", "accusations", "allegation", "allegations", "charge",
                  "charges", "claim", "claims", "demand", "demands", "request", "call", "calls", "condemnation",
                  "ultimatum", "warning", "threat", "threats"}
CONDEMNING = {"condemn", "denounce", "criticize", "criticise", "deplore", "decry", "protest", "slam"}
# "Russia and Ukraine exchanged prisoners": each releases to the other; "India and Pakistan traded fire"
MUTUAL = {"exchange", "swap", "trade"}
# a number standing alone for people: "Thousands rallied in Tbilisi"
CROWDS = {"thousands", "hundreds", "dozens", "scores", "tens", "millions"}
ONE_SIDED = {"pledge", "promise", "vow", "offer", "commit", "guarantee", "undertake", "volunteer", "accept"}
# events between a state and its own people, whose unplaced side is taken to share the other's country
DOMESTIC = {"COERCE", "PROTEST"}
# a state organ dealing with a people's press, firms, schools or citizens deals, as a rule, with
# its own: "the commission refused the network a licence"
STATE_ORGANS = {"GOV", "JUD", "COP", "LEG"}
SOCIETY = {"MED", "JRN", "CVL", "OPP", "BUS", "EDU", "LAB", "HLH", "ELI"}  # (and former officials: "indicted the former president")
# events between countries as often as within one: an official with no country named is not
# taken to share the other side's ("Putin met Prime Minister Kishida")
COOPERATIVE = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "AID"}
# one leaves an office one's own state gave: "Honcharuk's offer to resign" was made to Zelensky,
# his own president
RESIGNING = {"resign", "abdicate"}
SIGNING = "057"  # "Cyprus and Egypt signed a deal": a SUPPORT whose signatories are each other's recipients
CEASEFIRE = "0871"  # ... as are the sides of a truce ("the government and the ELN rebels signed a ceasefire")
MEDIATE = "039"  # "brokered by the US and France": mediators are not each other's recipients
TIES_RESTORED = {"restore", "normalize", "normalise", "establish", "resume"}  # "restored ties in a deal brokered by China"
DEAL_MADE = {"agree", "sign", "reach", "accept", "conclude", "strike", "seal", "approve", "initial", "endorse",
             "swap", "exchange"}  # (and "swapped prisoners, mediated by the UAE": the swap was mediated)
# PLOVER: a future consult/support/cooperate/aid is an intention to do it: AGREE
# (a concession is verbal already: "will withdraw the bill" stays CONCEDE)
FUTURE_AS_AGREE = {"CONSULT": "036", "SUPPORT": "032", "COOPERATE": "031", "AID": "033",
                   "RETREAT": "035", "AGREE": "030"}
FUTURE_AS_THREAT = {"ASSAULT": ("violence", "138"), "COERCE": ("restrict", "131"),
                    "SANCTION": ("relations", "133"), "MOBILIZE": ("violence", "138")}


def match_verb(tok: Token, table: TriggerTable, actor_of=lambda t: None, is_place=lambda t: False) -> Trigger | None:
    """The most specific trigger row a verb satisfies. Object constraints: object lemmas, or
    "@actor" (the object names an actor: "met Lavrov", not "met demand"), "@place" (the object
    is a place: "struck Gaza"), "@forces" (armed
    forces move into or out of a place: "troops entered Ain Issa", not "the firm entered the
    market"), or "-" (no object). ``actor_of(token)`` is the actor a token stands for, or None;
    ``is_place(token)`` says whether the gazetteer found a place there."""
    rows = table.verbs.get(tok.lemma_.lower())
    if not rows:
        return None
    if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
        return None  # "opened fire without warning", "acted without consulting Kenya": it did not happen
    if tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.i < tok.head.i and tok.head.pos_ == "NOUN" \
            and all(c.dep_ in ("advmod", "neg", "punct") for c in tok.children):
        return None  # "a hospital treating wounded soldiers", "detained activists": a state of the people
        # described, told as no deed of its own
    attached = {c.lower_ for c in tok.children if _particle(c) or
                (c.dep_ in ("prep", "agent") and not _only_time(c))}
    attached |= {g.lower_ for c in tok.children if c.lower_ in attached and (_particle(c) or c.dep_ == "prep")
                 for g in c.children if g.dep_ == "prep"}  # "pulled out of": "of" hangs on "out"
    attached |= _particle_on_the_object(tok)
    attached |= {a.lower_ for c in roles.complements_read_as_clauses(tok) for a in c.children
                 if a.dep_ == "aux" and a.lower_ == "to"}  # "hold Russia to account", read as a clause
    objs = _object_words(tok)
    if objs & (NON_EVENT_OBJECTS | NON_EVENT_OBJECTS_OF.get(tok.lemma_.lower(), set())) \
            and tok.lemma_.lower() not in RESTRICTING:  # but "banned 59 Chinese apps" is a measure
        return None  # "offered condolences", "offer flights", "hosted a party"
    if _question(tok) or _warning_of_danger(tok, actor_of) or _no_comment(tok) or _idiom(tok) or _opinion(tok, actor_of) \
            or _a_match_won(tok, actor_of) \
            or _blames_no_one(tok, actor_of) or _shutdown(tok) or _talked_about(tok) or _generic_accused(tok) or _stance(tok) \
            or _discharged(tok) or _doomed(tok, actor_of):
        return None
    if tok.lemma_.lower() == "withdraw" and any(
            p.lower_ == "from" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in p.children) for p in tok.children):
        # "the party withdrew from using the princess as its candidate": giving up a course, not ground
        return next((r for r in rows if r.type == "CONCEDE"), None)
    if tok.lemma_.lower() == "hand" and any(t.lemma_.lower() in WANTED for o in roles.objects(tok)
                                            for t in (o, *roles.expand(o))):
        # "handed over 15 Islamic State suspects to Iraq": the state that takes them works with the one that
        # hands them over, as in an extradition
        return next(iter(table.verbs.get("extradite", [])), None)
    if tok.lemma_.lower() == "charge" and roles.charged_at(tok) and not roles.is_passive(tok):
        # "police charged with batons at protesters", "mounted police charged the crowd with batons": a
        # charge of bodies, not of a crime
        return next(iter(table.verbs.get("beat", [])), None)
    if tok.lemma_.lower() in ("free", "release", "liberate") and _held_by_others(tok):
        # "the army freed 20 hostages held by bandits": a rescue, not a release by their captors
        return next(iter(table.verbs.get("rescue", [])), None)
    if tok.lemma_.lower() in ("withdraw", "quit", "leave", "exit", "pull") and any(
            (m := actor_of(g)) is not None and m.entity.country in BLOCS and m.entity.kind != "person"
            for g in roles.objects(tok) + [g for _, g in roles.prep_objects(tok, {"from", "out"})]):
        # "Mali withdrew from ECOWAS", "Britain left the EU": a state leaving a bloc cuts its ties to it
        return next((r for r in table.verbs.get("withdraw", []) if r.type == "SANCTION"), None)
    if tok.lemma_.lower() in ("order", "summon", "call") and _own_envoy_home(tok):
        # "ordered its ambassador in Vienna home": a recall, not an expulsion or a summons
        return next((r for r in table.verbs.get("recall", []) if r.cameo == RECALL), None)
    if (tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "test"
            and tok.doc[tok.i - 2].head.i == tok.i) or _fired_into_the_sea(tok):
        # "test-fired two missiles", "launched a missile into the sea": a test, not an attack
        return next((r for r in table.verbs.get("test", []) if r.type == "MOBILIZE"), None) \
            if _by_a_state(tok, actor_of) else None
    if tok.lemma_.lower() == "leave" and _left_dead(tok, actor_of):
        # "the raid left three Palestinians dead": a killing told by its toll
        return next((r for r in table.verbs.get("kill", []) if not r.objects and not r.with_), None)
    if tok.lemma_.lower() in PROMISES and _vows_defiance(tok):
        return None  # "vowed that his country would not be intimidated": resolve, no promise to anyone
    if tok.lemma_.lower() in PROMISES and _vows_to_fight(tok, actor_of):
        return next((r for r in table.verbs.get("threaten", []) if not r.objects and not r.with_), None)
    if tok.lemma_.lower() in ("hit", "strike", "target") and any(
            p.lower_ == "with" and any(o.lemma_.lower() in MEASURES for o in p.children) for p in tok.children):
        return None  # "hit Russia with new sanctions": the sanctions are the event
    if tok.lemma_.lower() == "retaliate" and _retaliated_by_other_means(tok):
        return None  # "Beijing retaliated by launching an investigation": the means are the event
    if tok.lemma_.lower() == "hold" and any(o.lower_.endswith(("self", "selves")) for o in roles.objects(tok) + [
            s for c in roles.complements_read_as_clauses(tok) for s in c.children if s.dep_ == "nsubj"]):
        return None  # "Congress should hold itself accountable": no one blamed
    if tok.lemma_.lower() == "arm" and tok.tag_ == "VBN" and not any(c.dep_ == "agent" for c in tok.children):
        return None  # "police armed with batons": equipped, not armed by anyone
    if tok.lemma_.lower() in ("strike", "hit") and "back" in attached:
        return None  # "U.S. strikes back", "hit back at critics", "hit back with two tries": no strike, and
        # whether a blow, a retort or a goal, the words do not tell
    if tok.lemma_.lower() in ("mobilize", "mobilise") and not _state_or_armed(
            roles.subject(tok) + roles.objects(tok), actor_of):
        return None  # "young people mobilised on social media", "the party mobilised its voters": no forces
    if tok.lemma_.lower() in RESTRICTING and any(s.lemma_.lower() in STANDING_RULES for s in roles.subject(tok)):
        return None  # "Interpol's constitution bans any intervention": a standing rule, not a measure
    if tok.lemma_.lower() == "probe" and any(p.dep_ == "prep" and p.lower_ == "about" for t in (tok, *roles.objects(tok))
                                             for p in t.children) and not any(
            (a := actor_of(d)) is not None and a.entity.sector in AUTHORITIES for d in roles.subject(tok)):
        return None  # "fans probed the stars about their careers": questions asked, no inquiry
    if tok.lemma_.lower() == "coordinate" and "with" not in attached and _one_party(tok):
        return None  # "the ministry coordinated the relief effort": no one to work with
    if tok.lemma_.lower() in ("surround", "encircle") and not any(
            (a := actor_of(d)) is not None and a.entity.sector in ARMED or d.lemma_.lower() in FORCES_WORDS
            for d in roles.subject(tok)):
        return None  # troops surround a palace; hills surround a city, and controversy surrounds a case
    if tok.lemma_.lower() == "blame" and tok.head.i != tok.i and tok in roles.blamed_on_by(tok.head):
        return None  # "an attack blamed on militants": no one named blames; the attack is theirs
    if tok.lemma_.lower() in ("slam", "crash") and "into" in attached and not any(
            d.lemma_.lower() in STRIKES for d in roles.subject(tok)):
        return None  # "missiles slammed into a hospital" strike; "a bus slammed into a truck" is an accident
    if tok.lemma_.lower() == "walk" and "out" in attached and not roles.prep_objects(tok, {"of", "on"}) and any(
            (a := actor_of(d)) is not None and a.entity.sector in WORKFORCE for d in roles.subject(tok)):
        # "teachers walked out over pay": a strike (a delegation walking out of talks leaves them)
        return next((r for r in table.verbs.get("walk", []) if r.mode == "strike"), None)
    if tok.lemma_.lower() == "ram" and "into" not in attached and any(
            o.lemma_.lower() in VESSELS for o in roles.objects(tok)) and not any(
            (a := actor_of(d)) is not None and (a.entity.country or a.entity.sector in ARMED) for d in roles.subject(tok)):
        return None  # "a Chinese vessel rammed a Philippine boat" is force; "a cargo ship rammed a fishing boat", an accident
    if tok.lemma_.lower() == "board" and not any(
            (a := actor_of(d)) is not None and a.entity.sector in ARMED for d in roles.subject(tok)):
        return None  # "coast guard personnel boarded two navy boats" take them; "passengers boarded a ferry" travel
    if tok.lemma_.lower() == "fire" and "back" in attached and not any(
            (a := actor_of(d)) is not None and a.entity.sector in ARMED for d in roles.subject(tok)):
        return None  # "the senator fired back at critics": a retort (troops who fire back do fire)
    if tok.lemma_.lower() == "condemn" and _fates(tok) & PUNISHMENTS:
        attached.add("to")  # "condemned him to ten years": a term, though it reads as a time
    for row in rows:  # most specific first
        if row.with_ and not set(row.with_) <= attached:
            continue
        if row.objects == {"control"} and not any(  # "took control of Kandahar", not "of the company"
                _is_territory(g, actor_of, is_place) or g.lemma_.lower() in SEIZED_SITES
                for o in roles.objects(tok) for _, g in roles.prep_objects(o, {"of"})):
            continue
        if row.type == "AID" and tok.lemma_.lower() in roles.RECEIVING and roles.is_passive(tok):
            continue  # "Iranian assistance is received by the Houthis": the aid noun tells who gave it
        if row.with_ == ("to",) and tok.lemma_.lower() == "condemn" and not _fates(tok) & PUNISHMENTS:
            continue  # "condemned to death" sentences; "condemned the move to reporters" criticises
        if "-" in row.objects:
            if roles.objects(tok):
                continue
            if tok.lemma_.lower() in NEEDS_INFINITIVE and not _declined_by_someone(tok, actor_of):
                continue  # "declined to attend", "but he declined"; not "the population declined 40%"
        elif "@actor" in row.objects or "@place" in row.objects:
            named = roles.objects(tok) + [g for _, g in roles.prep_objects(tok, {row.with_[-1]})
                                          if _stood_by(tok, g, actor_of)] if row.with_ else roles.objects(tok)
            actor = "@actor" in row.objects and any(  # (or what the required preposition governs: "stood with Kyiv")
                (m := actor_of(o)) and (row.mode != "release" or _could_be_held(m)) for o in named)
            place = "@place" in row.objects and any(_is_territory(o, actor_of, is_place) for o in roles.objects(tok))
            armed = ARMED_TARGET in row.objects and any(  # "Israeli jets struck Hezbollah", "hit ISIS"
                (m := actor_of(o)) and m.entity.sector in ARMED - {"COP", "SPY"} for o in roles.objects(tok))
            if not (row.objects & objs or actor or place or armed):
                continue
        elif "@forces" in row.objects:
            if not _forces_move(tok, actor_of, is_place):
                continue
        elif PROTESTERS in row.objects:
            doers = roles.subject(tok)
            doers += [g for d in doers for _, g in roles.prep_objects(d, {"of"})]  # "hundreds of protesters"
            if not any(d.lemma_.lower() in PROTESTER_WORDS for d in doers) and not _gathered_to_protest(tok):
                continue
        elif OFFERED in row.objects:
            if not _offered(tok):
                continue
        elif SIDES in row.objects:
            if not _two_sides_act(tok, actor_of):
                continue
        elif FAULTED in row.objects or PRAISED in row.objects:
            if judgement(tok) != (FAULTED if FAULTED in row.objects else PRAISED):
                continue
        elif row.objects and not (row.objects & (objs | _required_prep_words(tok, row.with_))):
            continue  # "withdrew from the treaty": what the required preposition governs counts too
        if row.mode == "expel" and tok.lemma_.lower() == "order" and not (
                _sent_away(tok) and (row.objects & objs or _out_of_the_country(tok))):
            continue  # "ordered his envoy to pursue talks" is an instruction; "ordered residents to
            # leave" an evacuation, but "ordered the UN official to leave the country" an expulsion
        if row.mode == "expel" and tok.lemma_.lower() == "order":  # (of a journalist: as "expelled" says)
            return next((r for r in table.verbs.get("expel", []) if r.objects & objs), row)
        if row.lemma == "join" and "@actor" in row.objects and not any(
                (m := actor_of(o)) is not None and m.entity.country in BLOCS for o in roles.objects(tok)):
            continue  # "Sweden joined NATO" cooperates; "joined the Taliban", "joined the protest" do not
        if row.lemma in ("back", "support") and "@actor" not in row.objects and not any(
                actor_of(d) is not None for d in roles.subject(tok)):
            continue  # "evidence supporting the claim": backing a plan or a claim takes someone to back it
        if row.type == "ASSAULT" and any(d.lemma_.lower() in HACKERS for d in roles.subject(tok)):
            return next((r for r in table.verbs.get("hack", []) if not r.objects), row)  # "Russian hackers
            # targeted Ukrainian power companies": a cyberattack
        if row.lemma == "test" and not _by_a_state(tok, actor_of):
            continue  # a state tests weapons; "SpaceX tested its Falcon Heavy rocket" shows no force
        if row.cameo == EASE_DISSENT and _stopped_by_authorities(tok, actor_of):
            continue  # "police halted the march": repression, not a concession
        if row.type == "COERCE" and tok.lemma_.lower() in OBSTRUCTING and _by_the_people(tok, actor_of):
            return next((r for r in rows if r.type == "PROTEST" and r.objects & objs), row)  # "farmers
            # blocked roads": an obstruction by protesters, not a state's restriction
        return row
    return None


def _state_or_armed(words: list[Token], actor_of) -> bool:
    """Does any of the words name a state, its government or armed men ("Russia", "the army",
    "reservists")?"""
    found = [a for w in words if (a := actor_of(w)) is not None]
    return any(a.entity.kind == "country" or a.entity.sector in ARMED | {"GOV"} for a in found) or any(
        w.lemma_.lower() in FORCES_WORDS for w in words)


FORCES_WORDS = {"troop", "troops", "reservist", "reserve", "reserves", "force", "forces", "soldier", "army", "militia",
                "conscript", "recruit", "fighter", "unit", "battalion", "brigade", "division", "police"}


def _by_the_people(verb: Token, actor_of) -> bool:
    """Is the verb's doer a part of society, not a state organ ("farmers", "truckers", "residents")?"""
    doers = [a for d in roles.subject(verb) if (a := actor_of(d)) is not None]
    return bool(doers) and all(a.entity.sector in PEOPLE_AT_LARGE for a in doers)


PEOPLE_AT_LARGE = {"CVL", "AGR", "LAB", "OPP", "REF", "EDU"}  # (not firms or the media: "GitHub blocked access")


OBSTRUCTING = {"block", "barricade"}
EASE_DISSENT = "082"
ARMED_TARGET = "@armed"  # the object names armed men: "Israeli jets struck Hezbollah" (not "hit the president")
PROTESTERS = "@protesters"  # a row for a verb only when protesters do it: "protesters gathered outside"
PROTESTER_WORDS = {"protester", "protestor", "demonstrator", "marcher", "rioter", "crowd", "mob"}
OFFERED = "@offered"  # a row for a verb only under a word of willingness: "their willingness to help"
RECALL = "161"
OCCUPY = "192"
BLOCKADE = "191"  # "encircled the city of Mariupol": ground held, like ground taken
EXPEL = "166"
LEAVING = {"leave", "depart", "quit", "exit", "go", "expel", "vacate"}
OWN = {"its", "their", "our", "his", "her"}
RECIPROCAL_PAIR = {"other": {"each"}, "another": {"one"}, "one": {"another"}}
ALLIED_WORDS = {"side", "together", "alongside", "against", "beside", "for", "jointly"}
SIDES = "@sides"  # a row for a verb only when two sides do it to each other: "the army and the RSF fought"
FAULTED = "@faulted"  # a row for a verb that calls its object bad: "called the sanctions illegal"
PRAISED = "@praised"  # ... or good: "called Trump's order swift and decisive"

# verbs of naming what something is: "called it an attack", "described the raid as an attack"
CALLING = {"call", "describe", "label", "brand", "term", "dub", "characterize", "characterise", "deem", "consider",
           "denounce", "condemn", "regard", "see", "view"}
# words that judge what they are said of: "called the move illegal", "described it as a provocation"
BAD = frozenset("""illegal unlawful illegitimate invalid unacceptable outrageous shameful disgraceful deplorable
appalling abhorrent reprehensible despicable unjust unjustified unfair irresponsible reckless dangerous senseless
hostile aggressive absurd ridiculous ludicrous baseless groundless unfounded false fake fraudulent rigged biased
hypocritical racist criminal barbaric barbarous cowardly heinous inhumane cruel brutal atrocious unconstitutional
undemocratic destabilizing destabilising counterproductive misguided wrong void null unprovoked treacherous
intolerable insulting offensive shocking scandalous deceptive misleading sham farce travesty provocation violation
breach crime disgrace mistake blunder outrage insult betrayal aggression hoax lie lies witch-hunt atrocity
genocide terrorism terrorist massacre clown racist worst corrupt incompetent liar mercenary spy saboteur traitor
extremist puppet affront treasonous treason seditious sedition setback backsliding""".split())
GOOD = frozenset("""justified legitimate fair constructive positive productive fruitful historic landmark
important significant successful excellent great good brave courageous wise decisive forceful swift appropriate
reasonable responsible commendable admirable welcome helpful necessary right correct balanced generous
breakthrough milestone achievement success triumph victory""".split())


# what happens to people rather than what someone does: calling it "the worst" judges no one
SITUATIONS = NATURAL_CAUSES | {"crisis", "situation", "disaster", "catastrophe", "famine", "conditions", "tragedy",
                               "emergency", "shortage", "recession", "downturn", "season", "year", "winter", "summer"}


def judgement(verb: Token) -> str | None:
    """FAULTED or PRAISED, by the words a verb of calling says its object is ("called the
    sanctions illegal", "described the visit as a provocation", "called Trump's order swift,
    forceful and decisive"), or None when it judges nothing or both ways, or judges a situation
    ("called the humanitarian crisis the worst in the world")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if objs and objs[0].lemma_.lower() in SITUATIONS:
        return None
    core = {t.i for o in objs[:1] for t in [o, *o.lefts] if t.dep_ in ("det", "poss", "amod", "compound", "case")
            or t is o}
    words: list[Token] = []
    for child in verb.rights:
        if child.dep_ in ("conj", "cc", "punct", "advcl", "relcl", "npadvmod") or (
                child.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
                and not _to_be(child)):  # (but "claiming them to be mercenaries" calls them so)
            continue
        words += [t for t in child.subtree if t.i not in core and t.dep_ not in ("neg",)]
    lemmas = {t.lemma_.lower() for t in words} | {t.lower_ for t in words}
    bad, good = bool(lemmas & BAD), bool(lemmas & GOOD)
    if any(t.dep_ == "neg" or t.lower_ in ("not", "never", "hardly") for t in words):
        return None  # "did not call it illegal", "called it not unreasonable": left alone
    return FAULTED if bad and not good else PRAISED if good and not bad else None


def _to_be(clause: Token) -> bool:
    """"them to be mercenaries": an infinitive "be" that says what its subject is."""
    return clause.lemma_ == "be" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _could_be_held(mention) -> bool:
    """Someone a release frees: a person or a coded group, not a product an unknown organisation
    names ("released Red Hat Enterprise Linux")."""
    e = mention.entity
    return e.kind != "organisation" or bool(e.country or e.sector)


def _offered(verb: Token) -> bool:
    """Is the verb what someone is ready, willing or offers to do ("stand ready to help", "their
    willingness to help each other")?"""
    return verb.dep_ in ("xcomp", "acl") and verb.head.lemma_.lower() in WILLING | PROMISES  # "pledged to help"


def _particle(tok: Token) -> bool:
    """A verb's particle, also when parsed as an adverb: "backed away from", "pushed back a boat"."""
    return tok.dep_ == "prt" or (tok.dep_ == "advmod" and tok.lower_ in ("away", "back", "out"))


# verbs of force that are no event on their own ("fight" needs two sides), but a vow of which threatens
FIGHTING = {"fight", "crush", "defeat", "destroy", "eliminate", "avenge", "punish", "annihilate", "wipe", "smash"}


# what a state vows to crush: those who rise against it
UPRISINGS = {"unrest", "protest", "uprising", "rebellion", "insurgency", "revolt", "riot", "demonstration", "mutiny",
             "insurrection", "resistance"}


# what one vows not to do under pressure: "would not be intimidated", "will never surrender"
DEFIANCE = {"intimidate", "bow", "cow", "yield", "surrender", "back", "budge", "bend", "blackmail", "silence",
            "deter", "waver", "cower", "kneel", "capitulate", "succumb", "give", "relent", "flinch", "falter"}


def _vows_defiance(verb: Token) -> bool:
    """A vow not to give in: "vowed that his country would not be intimidated", "pledged never to
    surrender". Not "pledged not to attack", a promise of restraint."""
    return any(c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in DEFIANCE
               and any(g.dep_ == "neg" for g in c.children) for c in verb.children)


def _vows_to_fight(verb: Token, actor_of) -> bool:
    """"Vowed to fight until the RSF is defeated", "pledged to crush the rebels": a threat (not
    "vowed to fight corruption")."""
    deeds = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in FIGHTING]
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in ("respond", "react") and any(
            g.lemma_.lower() in ATTACK_WORDS for _, g in roles.prep_objects(c, {"to"})) for c in verb.children):
        return True  # "Washington has vowed to respond to the attacks": a warning of retaliation
    return any(d.lemma_.lower() == "avenge" or not (objs := roles.objects(d)) or any(
        actor_of(o) is not None or o.lemma_.lower() in UPRISINGS for o in objs) for d in deeds)  # (whatever is avenged)


# what a violent deed leaves its victims: "the bombing left 20 people dead"
TOLLS = {"dead", "injured", "wounded", "killed"}


def _left_dead(verb: Token, actor_of) -> bool:
    """"The raid left three Palestinians dead", "an Israeli strike left seven people dead": a toll
    left by violence or by armed men ("the storm left five dead", "the crash left two injured" are
    no one's deed)."""
    if not any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lemma_.lower() in TOLLS
               for c in verb.children):
        return False
    return any(d.lemma_.lower() in VIOLENCE_WORDS or _bombing(d)
               or ((a := actor_of(d)) is not None and a.entity.sector in ARMED) for d in roles.subject(verb))


ATTACK_WORDS = {"attack", "strike", "airstrike", "aggression", "provocation", "bombing", "shelling", "raid",
                "incursion", "assault", "killing"}


# measures one may hit another with: "hit Russia with sanctions"
MEASURES = {"sanction", "tariff", "duty", "fine", "ban", "restriction", "embargo", "penalty", "levy", "measure"}


def _retaliated_by_other_means(verb: Token) -> bool:
    """"Retaliated by launching an investigation", "retaliated with tariffs of its own": a
    retaliation told by its means, which are coded themselves (not "retaliated with missile strikes")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("by", "with"):
            continue
        if prep.lower_ == "by" and any(c.dep_ == "pcomp" for c in prep.children):
            return True
        if prep.lower_ == "with" and any(o.dep_ == "pobj" and o.lemma_.lower() not in WEAPONS | STRIKES
                                         and not any(c.lemma_.lower() in STRIKES | WEAPONS for c in o.children)
                                         for o in prep.children):
            return True
    return False


def _particle_on_the_object(verb: Token) -> set[str]:
    """A particle right after the verb that the parser hung on the object: "pull back troops"
    read as troops that are "back"."""
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return set()
    word = doc[verb.i + 1]
    return {word.lower_} if word.lower_ in ("back", "out", "away", "off", "down") and word.dep_ in (
        "amod", "advmod") and word.head.dep_ == "dobj" and word.head.head == verb else set()


def _required_prep_words(verb: Token, preps: tuple[str, ...]) -> set[str]:
    """The words of what a row's prepositions govern: "from the treaty", "out of the treaty"."""
    heads = [verb] + [c for c in verb.children if (c.dep_ == "prep" or _particle(c)) and c.lower_ in preps]
    return {w for h in heads for _, g in roles.prep_objects(h, set(preps)) for w in roles.object_words(g)}


def _stopped_by_authorities(verb: Token, actor_of) -> bool:
    return any((m := actor_of(s)) is not None and m.entity.sector in AUTHORITIES for s in roles.subject(verb))


def _opinion(verb: Token, actor_of) -> bool:
    """"Agreed with the nationalization of the Federal Reserve": agreeing with an idea, not with
    someone to do something, is an opinion, not an agreement; so is one party's bare "agreed"."""
    if verb.lemma_.lower() != "agree" or any(c.dep_ == "xcomp" for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if clauses:  # "a judge agreed the book may have contained classified material": a view; "Iran
        # agreed that it would cooperate": a commitment; "Iran agrees with France that ...": a
        # position two parties share
        # ... and several parties agreeing that something is so, with nothing to be done
        # ("all agreed that vaccines have done more good than harm")
        modals = ("will", "would", "shall", "'ll") if _one_party(verb) else \
            ("will", "would", "shall", "'ll", "should", "must", "can", "could", "may", "to")
        return not any(a.dep_ == "aux" and a.lower_ in modals for c in clauses for a in c.children) and not any(
            actor_of(p) for _, p in roles.prep_objects(verb, {"with"}))
    if not any(c.dep_ in ("prep", "dobj", "prt", "agent") for c in verb.children):
        # "La Riva agreed, claiming ...": one party assenting to what was said; "the two sides
        # agreed" is a deal
        return _one_party(verb)
    partners = [g for _, g in roles.prep_objects(verb, {"with"})]
    return bool(partners) and not any(actor_of(p) for p in partners) and not any(
        c.dep_ == "prep" and c.lower_ in ("to", "on") for c in verb.children)


def _stance(verb: Token) -> bool:
    """"She opposes the police state", "both sides oppose the rebels": a present-tense "oppose"
    is where someone stands, not something done; to recognize, acknowledge or concede that
    something is so is to see it ("students recognizing that they too can run for office",
    "the coach conceded that his side needed work")."""
    if verb.lemma_.lower() in ("commit", "dedicate", "devote") and verb.dep_ in ("acomp", "xcomp") \
            and verb.head.lemma_.lower() in ("be", "remain", "stay", "seem", "appear"):
        return True  # 'Kenya remains "fully committed" to the deal': where it stands
    if verb.lemma_.lower() in ("recognize", "recognise", "acknowledge", "concede", "admit") and not any(
            c.dep_ == "dobj" for c in verb.children) and any(c.dep_ == "ccomp" for c in verb.children):
        return True
    return verb.lemma_.lower() == "oppose" and verb.tag_ in ("VBZ", "VBP")


def _talked_about(verb: Token) -> bool:
    """"He discussed how he became the nominee", "held a press conference discussing concerns": a
    topic told, with no one to discuss it with."""
    if verb.lemma_.lower() not in ("discuss", "talk") or roles.prep_objects(verb, {"with"}):
        return False
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in TOLD_IN:
        return True
    head = verb
    while head.dep_ == "advcl" and head.tag_ == "VBG" and head.head.i != head.i:
        head = head.head  # "delivered a speech ... while wearing a mask, discussing slavery"
        if any(o.lemma_.lower() in TOLD_IN for o in roles.objects(head)):
            return True
    return any(c.dep_ in ("ccomp", "dobj") and c.left_edge.tag_ in ("WRB", "WP") for c in verb.children)


# where a topic is told to an audience, not discussed with a party
TOLD_IN = {"conference", "briefing", "statement", "interview", "speech", "address", "report", "video", "post",
           "letter", "article", "podcast", "documentary", "book", "paper", "session"}


# what a court condemns someone to: a sentence ("condemned the activist to death")
PUNISHMENTS = {"death", "prison", "jail", "year", "life", "hanging", "execution", "imprisonment", "labour",
               "labor", "camp", "month", "exile", "lash", "flogging"}


def _doomed(verb: Token, actor_of) -> bool:
    """"The law has condemned many women to resort to abortion": condemning to a fate that is no
    sentence, nor said to anyone, dooms; it does not criticise."""
    if verb.lemma_.lower() != "condemn":
        return False
    fates = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    fates += [c for c in verb.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)]
    return any(f.lemma_.lower() not in PUNISHMENTS and not actor_of(f) for f in fates)


def _fates(verb: Token) -> set[str]:
    """What a verb condemns to (a date is a fate here: "to ten years")."""
    return {o.lemma_.lower() for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
            for o in p.children if o.dep_ == "pobj"}


def _discharged(verb: Token) -> bool:
    """"Trump was released from the hospital": a patient sent home, not a captive freed."""
    return verb.lemma_.lower() in ("release", "discharge") and any(
        g.lemma_.lower() in CARE for _, g in roles.prep_objects(verb, {"from"}))


CARE = {"hospital", "clinic", "care", "quarantine", "isolation", "rehab", "rehabilitation", "treatment", "ward"}


GENERIC_PEOPLE = {"people", "persons", "those", "anyone", "someone", "individuals"}


def _generic_accused(verb: Token) -> bool:
    """"extradite people accused of crimes": a description of anyone so accused, not an accusation."""
    if verb.lemma_.lower() not in ("accuse", "charge", "suspect") or verb.tag_ != "VBN":
        return False
    noun = verb.head if verb.dep_ in ("acl", "relcl") else None
    return noun is not None and noun.lemma_.lower() in GENERIC_PEOPLE | {"person"} and not any(
        c.dep_ in ("det", "nummod", "poss") for c in noun.children)


def _shutdown(verb: Token) -> bool:
    """"The US government is partially shut down", "the government shut down": a government out
    of money, not one shutting something (that has an object or a by-agent)."""
    return verb.lemma_.lower() == "shut" and not any(c.dep_ in ("dobj", "agent") for c in verb.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in ("government", "administration") for c in verb.children)


def _blames_no_one(verb: Token, actor_of) -> bool:
    """"Iran blamed human error for the crash": a cause, not an accusation ("blamed the attack on
    Israel", "blamed the rebels" are)."""
    if verb.lemma_.lower() != "blame":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    blamed = objects + [g for head in (verb, *objects) for _, g in roles.prep_objects(head, {"on"})]
    return bool(blamed) and not any(b.pos_ in ("PRON", "PROPN") or actor_of(b) is not None for b in blamed) \
        and not _each_other(verb)  # "Russia and Ukraine blamed each other"


def _one_party(verb: Token) -> bool:
    """One party is the subject, not several ("the two sides", "Iran and Iraq", "they"); a
    participle with no subject of its own ("a statement agreeing ...") counts as one."""
    subjects = roles.subject(verb)
    if not subjects:
        return verb.tag_ in ("VBG", "VBN")
    return len(subjects) == 1 and subjects[0].tag_ not in ("NNS", "NNPS") and not any(
        c.dep_ == "conj" for c in subjects[0].children) and subjects[0].lower_ not in ("they", "we")


def _declined_by_someone(verb: Token, actor_of) -> bool:
    """"Declined to attend", or a bare "he declined" with nothing counted after it: a refusal
    ("the population declined 40%", "prices declined sharply" are a fall)."""
    if any(c.dep_ == "xcomp" for c in verb.children):
        return True
    if any(c.dep_ in ("npadvmod", "advmod", "prep") and c.lower_ not in ("however", "then", "again")
           for c in verb.children if c.i > verb.i):
        return False
    if any((c.dep_ == "prep" and c.lower_ == "since") or (c.dep_ == "aux" and c.lower_ in ("has", "have"))
           for c in verb.children):
        return False  # "since 1933, the party has declined": a fall over time
    subjects = roles.subject(verb)
    return bool(subjects) and all(s.lower_ in ("he", "she", "they") or actor_of(s) is not None for s in subjects)


def _question(verb: Token) -> bool:
    """"The press asked Trump about it": asking with nothing to do ("to delay", "for help",
    "that troops leave") is a question, not a request."""
    if verb.lemma_.lower() != "ask":
        return False
    return not any(c.dep_ == "xcomp" or (c.dep_ == "ccomp" and not _whether(c)) or
                   (c.dep_ in ("prep", "dative") and c.lower_ == "for") for c in verb.children)


def _whether(clause: Token) -> bool:
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in ("whether", "if", "why", "how", "when", "what", "where")
               or c.tag_ in ("WP", "WDT", "WRB") for c in clause.children)


def _idiom(verb: Token) -> bool:
    """Trigger verbs in phrases that are not events: "was met with applause" (no meeting),
    "pleaded not guilty" (a plea in court, not an appeal)."""
    lemma = verb.lemma_.lower()
    if lemma == "meet":
        return roles.is_passive(verb) and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    if lemma == "plead":
        return any(c.lower_ in PLEAS for c in verb.subtree)
    return False


def _a_match_won(verb: Token, actor_of) -> bool:
    """"Manchester United beat Liverpool 2-1", "Brazil beat Bolivia": a win, not a beating. A
    score in the clause says so, and so do a team, a country or a body on both sides with no arms
    (police and soldiers do beat people)."""
    if verb.lemma_.lower() not in WINNING:
        return False
    if any(SCORE.fullmatch(t.text) or (t.like_num and t.i + 2 < len(t.doc) and t.nbor(1).text in "-–"
                                       and t.nbor(2).like_num) for t in verb.subtree):
        return True
    sides = [actor_of(t) for t in roles.subject(verb) + roles.objects(verb)]
    return len(sides) >= 2 and all(a is not None and a.entity.kind in ("country", "organisation")
                                   and a.entity.sector not in ARMED for a in sides)


WINNING = {"beat"}
SCORE = re.compile(r"\d{1,3}[-–]\d{1,3}")


def _no_comment(verb: Token) -> bool:
    """"Declined to comment", "refused to say": no more than silence; "agreed to answer some
    questions for Wikinews": no more than an interview."""
    if verb.lemma_.lower() == "agree":
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in ("answer", "comment") for c in verb.children)
    return verb.lemma_.lower() in REFUSING and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in SPEAKING for c in verb.children)


def _warning_of_danger(verb: Token, actor_of=lambda t: None) -> bool:
    """"Warned people about the outbreak": a warning of or about anything but repercussions;
    "police warned residents to stay inside": advice to the public."""
    if verb.lemma_.lower() != "warn":
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in THE_PUBLIC for c in verb.children):
        return True
    if any(c.dep_ == "ccomp" and _predicted_of_another(c) and not _done_by_own_side(c, verb, actor_of)
           for c in verb.children):
        return True  # "warned that Biden could destroy the growth": a forecast about another
    about = [g for _, g in roles.prep_objects(verb, {"about", "of"})]
    if not about:
        return False
    if any(c.dep_ == "amod" and c.lower_ in FORESEEN for g in about for c in g.children):
        return True  # "warned of an impending civil war": a prediction, not a threat
    return not any(t.lower_ in REPERCUSSIONS or t.lemma_.lower() in REPERCUSSIONS
                   for g in about for t in g.subtree)


def _predicted_of_another(clause: Token) -> bool:
    """A clause of what someone else could or may do: a forecast, not a threat of one's own."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.dep_ == "aux" and c.lower_ in ("could", "may", "might") for c in clause.children) and bool(
        subjects) and subjects[0].pos_ in ("PROPN", "NOUN")


def _done_by_own_side(clause: Token, verb: Token, actor_of) -> bool:
    """"Kallas warned Tbilisi that the bloc could suspend visa-free travel": the one who may act
    is the warner's own side (the same country or bloc), so the warning is a threat."""
    warners = {m.entity.country for t in roles.subject(verb) if (m := actor_of(t)) is not None and m.entity.country}
    doers = [actor_of(c) for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")][:1]
    return bool(warners) and any(m is not None and m.entity.country in warners and m.entity.kind != "person"
                                 for m in doers)  # (not "Trump warned that Biden could destroy the growth")


def _forces_move(verb: Token, actor_of, is_place) -> bool:
    """Do armed forces go into or out of a place: "the Syrian army entered Tell Tamer", "U.S.
    troops left Iraq in 2011", "troops returned to the border"?"""
    doers = [actor_of(t) for t in roles.subject(verb)]
    if not any(d is not None and d.entity.sector in ARMED and d.entity.kind != "person" for d in doers):
        return False
    places = roles.objects(verb) + [g for _, g in roles.prep_objects(verb, {"to", "into", "from", "out"})]
    return any(_is_territory(p, actor_of, is_place) for p in places)


def _met_abroad(ev: EventMention) -> bool:
    """"The Ethiopian government and Tigrayan forces signed a peace deal in Pretoria": parties of
    another country, cooperating at a third place, are not of that place."""
    known = {m.entity.country for m in ev.actor + ev.recipient if m.entity.country}
    return ev.event in COOPERATIVE and bool(known) and ev.location.place.country not in known


def _not_ground(tok: Token, obj: Token) -> bool:
    """A place word in a struck object's phrase that says whose someone is ("US troops") or sits
    in a clause of its own ("missiles targeting US troops"), not where the strike fell."""
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.lemma_.lower() not in PLACE_NOUNS | PHYSICAL_TARGETS \
            or tok.head.lemma_.lower() in roles.PEOPLE:
        return True
    up = tok
    while up.i != obj.i and up.head.i != up.i:
        up = up.head
        if up.i != obj.i and up.pos_ in ("VERB", "AUX"):
            return True
    return False


# sites armed men take control of, besides territory: "took control of the army headquarters"
SEIZED_SITES = {"headquarters", "palace", "building", "checkpoint", "crossing", "bridge", "dam", "plant",
                "refinery", "oilfield", "mine", "station", "garrison", "barracks", "outpost", "post", "compound",
                "parliament", "airbase", "base", "hospital", "prison", "port", "airport", "highway", "road"}


def _is_territory(tok: Token, actor_of, is_place) -> bool:
    """A place forces can be in: a named place, a country or region, or a word like "the town"."""
    if tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.lemma_.lower() in PLACE_NOUNS or is_place(tok):
        return True
    actor = actor_of(tok)
    return actor is not None and actor.entity.kind in ("country", "region", "capital")


def _only_time(prep: Token) -> bool:
    """"on Tuesday", "in March", "for instance": a preposition that only carries a time or
    frames the sentence, not a participant."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") or o.lower_ in ("instance", "example")
                              for o in objs)


# verbs that call their object something, which the parser may hang on the object
NAMING_AS = {"designate", "declare", "list", "brand", "label"}
def _warded_off(ev: EventMention) -> bool:
    """Weapons shot down, intercepted or repelled: a defence against an attack, not one."""
    head = ev.trigger.root
    return head.lemma_.lower() in roles.INTERCEPTING or any(
        c.dep_ in ("prt", "advmod") and c.lower_ in roles.INTERCEPTING for c in head.children)


# verbs that give someone something "with" it: "provided Ukraine with weapons"
PROVIDING = {"provide", "supply", "equip", "furnish"}


def _object_words(verb: Token) -> set[str]:
    """Lemmas of the verb's objects and their modifiers ("martial law", "diplomatic ties")."""
    objects = roles.objects(verb)
    if any(o.dep_ != "dative" for o in objects):  # "sent the police a plan": the plan is what is sent
        objects = [o for o in objects if o.dep_ != "dative"]
    if verb.lemma_.lower() in PROVIDING:  # "provide Ukraine with $4.5 billion in aid": what is provided
        objects = objects + [g for _, g in roles.prep_objects(verb, {"with"})]
    heads = objects + [g for _, g in roles.prep_objects(verb, {"on", "of", "in", "to", "for", "over", "by"})]
    heads += [c for c in verb.children if c.dep_ in ("acomp", "oprd")]  # "were found guilty"
    heads += roles.complements_read_as_clauses(verb)  # "holds Russia responsible"
    if verb.lemma_.lower() in NAMING_AS:  # "designated the Houthis a terrorist organisation"
        heads += [a for o in objects for a in o.children if a.dep_ == "appos"]
    if verb.lemma_.lower() in ("allow", "permit", "let"):  # "allowed aid convoys to enter Darfur"
        heads += [s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
    if not roles.is_passive(verb):  # "spoke by telephone", which the parser takes for an agent
        heads += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    # "doses of vaccine", "things, including Molotov cocktails"
    heads += [g for o in objects for _, g in roles.prep_objects(o, {"of", "including"})]
    # "$400 million in military aid": a sum is the thing it is in
    heads += [g for o in objects if roles.a_sum(o) for _, g in roles.prep_objects(o, {"in"})]
    heads += [g for _, g in roles.prep_objects(verb, {"including"})]
    if verb.dep_ == "relcl" and any(c.tag_ == "WDT" and c.dep_ in ("nsubjpass", "dobj") for c in verb.children):
        # "a coalition to patrol the Gulf which was joined by Australia": the parser hangs "which"
        # on the nearest noun; the nouns further up may be what it stands for
        for up in list(verb.head.ancestors)[:3]:  # (or "announced a coalition to patrol the Gulf which")
            heads += [n for n in (up, *(o for o in up.children if o.dep_ == "dobj"))
                      if n.pos_ == "NOUN" and n.i != verb.head.i]
    words = set()
    for h in heads:
        for t in roles.expand(h):
            words.add(t.lemma_.lower())
            words.add(t.lower_)
            words.update(c.lemma_.lower() for c in t.children if c.dep_ in ("compound", "amod", "quantmod", "nmod"))
    return words  # (and "$" of "$10 million")


def governor(noun: Token) -> Token | None:
    """The verb that carries an event noun: "launched an attack", "the ban imposed by"."""
    acl = [c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.tag_ != "VBG"]  # not "an attack using drones"
    if acl:
        return acl[0]
    if noun.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") and noun.head.head.lemma_ in HARM_VERBS:
        return noun.head.head  # "killed in an attack": the noun is the event, the verb its harm
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.lemma_.lower() in ("retaliate", "respond", "hit"):
        return noun.head.head  # "China retaliated with tariffs", "hit Russia with sanctions"
    if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "into") and noun.head.head.pos_ == "VERB":
        return noun.head.head  # "arranged for reinforcements", "entered into an agreement"
    if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "under") and noun.head.head.lemma_.lower() in (
            "go", "be", "remain", "stay", "put", "place", "keep", "come"):
        return noun.head.head  # "teachers went on strike", "put its army on high alert", "placed under arrest"
    money = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
    if money is not None and roles.a_sum(money) and money.dep_ == "dobj":
        return money.head  # "announced $2 billion in military assistance": the sum stands for the aid
    if noun.dep_ == "conj":
        return governor(noun.head)
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in roles.MEASURES_OF:
        return governor(noun.head.head)  # "held a new round of talks": the talks were held
    return None


def _gerund_subject(tok: Token) -> bool:
    """"Fighting between the army and the RSF continued": a sentence's first word, tagged as a
    verb, that is the subject and has none of its own, is the event noun."""
    return tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in tok.children)


AT_SOMEONES = "@at"  # the noun heads an at/upon phrase of a verb: "at the request of", "at X's urging"


def match_noun(tok: Token, table: TriggerTable) -> tuple[Trigger, Token | None] | None:
    rows = table.nouns.get(tok.lemma_.lower()) or table.nouns.get(tok.lower_)
    if not rows or _what_something_is_called(tok):
        return None
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "back" and tok.tag_ == "NNS":
        return None  # "U.S. strikes back": a headline's verb the tagger took for a plural noun
    if tok.dep_ == "pobj" and tok.head.lower_ == "without":
        return None  # "opened fire without warning", "took the town without a fight": it did not happen
    gov = governor(tok)
    gov_lemma = gov.lemma_.lower() if gov is not None else None
    compounds = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod")}
    compounds |= {g.lemma_.lower() for _, g in roles.prep_objects(tok, {"of"})}  # "the test of a new missile"
    for row in rows:
        if row.with_ and not set(row.with_) <= compounds:
            continue
        if row.type == "ASSAULT" and (compounds - set(row.with_)) & NOT_FORCE_COMPOUNDS:  # (but "water cannon")
            continue
        if row.type == "MOBILIZE" and compounds & CIVIL_DRILLS \
                and "livefire" not in "".join(t.lower_ for t in tok.doc[tok.left_edge.i:tok.i] if t.text != "-"):
            continue  # "the company held a fire drill": practice for an emergency, no show of force
        if row.lemma == "fire" and not _fire_of_arms(tok, gov):
            continue  # "the minister came under fire for his remarks": criticism
        if row.lemma == "operation" and not row.with_ and not roles.prep_objects(tok, {"against"}):
            continue  # "an operation against the PKK" (not "an operation to rescue", "a surgical operation")
        if row.type == "PROTEST" and row.mode == "strike" and _aimed(tok):
            continue  # "launched strikes on Houthi targets": strikes with a target are blows, not walkouts
        if AT_SOMEONES in row.objects:
            if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "upon") and tok.head.head.pos_ in ("VERB", "AUX") \
                    and not any(c.lower_ == "own" for c in tok.children):  # not "at his own request"
                return row, tok.head.head  # "returned at the Iraqi government's request"
            continue
        allowed = LIGHT_VERBS if "*" in row.objects else row.objects
        if gov is not None and gov.dep_ == "acl" and gov_lemma in allowed and _bare_participle(gov) \
                and tok.dep_ in ("dobj", "nsubj") and tok.head.lemma_.lower() in allowed:
            gov, gov_lemma = tok.head, tok.head.lemma_.lower()  # "led the largest demonstration ever
            # held": whoever led it, not a participle that names no one
        if row.with_ == ("force",) and gov is None and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "as") \
                and tok.head.head.pos_ == "VERB":
            return row, tok.head.head  # "warships sailed near Taiwan in a show of force": the sailing shows it
        if row.type == "CONSULT" and (met := _met_before(tok)) is not None:
            return row, met  # "Scholz, speaking after talks with Macron, said": the talks were held
        if "*" in row.objects and gov is not None and gov_lemma in KEPT_UP and any(
                c.dep_ == "prt" and c.lower_ == "up" for c in gov.children):
            return row, gov  # "vowed to keep up the attacks", "stepped up its strikes"
        if row.type == "ASSAULT" and gov_lemma in roles.WITHSTOOD and tok.dep_ == "dobj" and not any(
                c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their") for c in tok.children):
            return row, gov  # "the army repelled an attack by Boko Haram": the attack was made ("survived
            # the attack" is the one told before)
        if row.type == "ASSAULT" and row.lemma == "strike" and not row.with_ and gov_lemma in GOING_ON and (
                _aimed(tok) or _a_states(tok)):
            return row, gov  # "Israeli strikes on Gaza continued": blows still falling
        if gov_lemma in allowed or ("*" in row.objects and _stands_alone(tok)) or (
                row.type in ("PROTEST", "ASSAULT") and _dated(tok)) or (row.type == "REQUEST" and _owned(tok)) or (
                row.type in ("ACCUSE", "SUPPORT") and roles.came_from(tok)):
            return row, gov
    return None


# who or what comes under fire of arms: "Kenyan police officers came under fire", "a convoy came under fire"
UNDER_FIRE = roles.ATTACKERS | roles.GENERIC_TARGETS | {"ship", "vessel", "boat", "tanker", "freighter",
    "convoy", "patrol", "police", "officer", "policeman", "peacekeeper", "soldier", "embassy", "helicopter",
    "aircraft", "plane", "vehicle", "truck", "ambulance", "crew", "unit", "gang", "member"}


def _fire_of_arms(noun: Token, gov: Token | None) -> bool:
    """"Came under fire from gang members", "a convoy came under heavy fire": shots; "came under
    fire for his remarks", "from critics": criticism."""
    if gov is None or gov.lemma_.lower() != "come" or any(p.dep_ == "prep" and p.lower_ == "for"
                                                            for h in (noun, gov) for p in h.children):
        return False
    sides = roles.subject(gov) + [g for h in (noun, gov) for _, g in roles.prep_objects(h, {"from"})]
    return any(w.lemma_.lower() in UNDER_FIRE for w in sides) or any(
        c.lemma_.lower() in roles.WEAPONS | {"heavy", "sniper", "enemy"} for c in noun.children)


PROTEST_AIMS = {"protest", "denounce", "condemn", "demand", "demonstrate", "oppose", "decry", "voice", "rally"}


def _gathered_to_protest(verb: Token) -> bool:
    """"Hundreds of people gathered outside the Russian embassy to denounce the war": a crowd
    gathered for a protest, whatever it is called."""
    return _in_protest(verb) or any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in PROTEST_AIMS
                                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                                    for c in verb.children)


def _in_protest(verb: Token) -> bool:
    """"walked out of parliament in protest": done as a protest."""
    return any(g.lemma_.lower() == "protest" for _, g in roles.prep_objects(verb, {"in"}))


def _aimed(noun: Token) -> bool:
    """Is the noun aimed at something ("strikes on Houthi targets", "against militants",
    "targeting a convoy"), not dated ("a strike on Monday")?"""
    return any(g.ent_type_ not in ("DATE", "TIME") for _, g in roles.prep_objects(noun, {"on"})) or any(
        g.ent_type_ in ("ORG", "NORP", "GPE") or g.lemma_.lower() in roles.GENERIC_TARGETS | roles.ATTACKERS
        for _, g in roles.prep_objects(noun, {"against"})) or any(  # (not "a strike against the new contract")
        c.dep_ == "acl" and c.lemma_.lower() == "target" for c in noun.children)


def _each_other(head: Token) -> bool:
    """"accused each other", "blamed one another for", "talks with each other", "expelled each
    other's diplomats": a reciprocal object, directly, under a preposition or as an owner."""
    objs = roles.objects(head) + [g for _, g in roles.prep_objects(head, {"with", "against", "to", "on", "at"})]
    objs += [c for o in objs for c in o.children if c.dep_ == "poss"]  # "expelled each other's diplomats"
    return any(o.lower_ in RECIPROCAL_PAIR and any(c.lower_ in RECIPROCAL_PAIR[o.lower_] for c in o.children)
               for o in objs)  # (the parser heads "one another" either way)


def _sent_away(verb: Token) -> bool:
    """"ordered the ambassador to leave", "ordered five diplomats out", "... expelled": told to go."""
    return any((c.dep_ in ("xcomp", "ccomp", "advcl") and c.lemma_.lower() in LEAVING) or (
        c.lower_ in ("out", "home", "away") and c.dep_ in ("prt", "prep", "advmod", "npadvmod")) for c in verb.children)


def _out_of_the_country(verb: Token) -> bool:
    """"to leave the country", "out of Mali": sent out of a state, not away from a place in it."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    places = [o for h in heads for o in roles.objects(h)] + [
        g for h in heads for p, g in roles.prep_objects(h, {"out", "from"})]
    places += [g for h in heads for c in h.children if c.lower_ == "out" for _, g in roles.prep_objects(c, {"of"})]
    return any(p.lemma_.lower() in ("country", "territory", "nation") or p.ent_type_ == "GPE" for p in places)


def _own_envoy_home(verb: Token) -> bool:
    """"ordered its ambassador home", "summoned their envoys back for consultations", "called
    back its ambassador": one's own envoy brought home."""
    envoys = [o for o in roles.objects(verb) if o.lemma_.lower() in roles.ENVOYS]
    home = any(t.lower_ in ("home", "back") and t.dep_ in ("advmod", "npadvmod", "prt")
               for t in verb.subtree)  # (the parser may hang "back" on the post's name)
    return bool(envoys) and (home or verb.lemma_.lower() != "call") and any(
        c.dep_ == "poss" and c.lower_ in OWN for e in envoys for c in e.children) and (
        home or verb.lemma_.lower() == "summon" and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() == "consultation" for g in c.children)
            for c in verb.children))


def _by_a_state(verb: Token, actor_of) -> bool:
    """Is the verb's doer a state, its government or its armed forces?"""
    return any((m := actor_of(d)) is not None and (m.entity.kind == "country" or m.entity.sector in ("GOV", "MIL"))
               for d in roles.subject(verb))


def _two_sides_act(verb: Token, actor_of) -> bool:
    """"The army and the rebels fought in Goma", "both sides fought each other": subjects of two
    different sides, and no object but each other ("fought three wars" tells history, "fought
    their way in" no fight between them)."""
    if any(o.lemma_.lower() not in ("other", "another") for o in roles.objects(verb)) or any(
            c.lower_ in ALLIED_WORDS for c in verb.children):
        return False  # nor "fought side by side", "fought together against"
    doers = [c for d in roles.subject(verb) for c in (d, *d.conjuncts)]
    if any(d.lemma_.lower() in BOTH_SIDES and d.tag_ == "NNS" for d in doers):
        return True  # "both sides", "the two countries" (whom they are is the actors' business)
    found = [m for m in map(actor_of, doers) if m is not None]
    return len({(m.entity.country, m.entity.sector) for m in found}) > 1


def _stood_by(verb: Token, partner: Token, actor_of) -> bool:
    """"Egypt stood with Somalia": a state or a body stood by, not people one stands beside ("stands
    with leaders from Israel" in a caption, "stands in Richardson's place, with the AIP")."""
    if verb.lemma_.lower() != "stand":
        return True
    found = actor_of(partner)
    return found is not None and (found.entity.kind in ("country", "organisation") or (
        found.entity.kind == "group" and partner.pos_ == "PROPN")) and not any(
        c.dep_ == "prep" and c.lower_ in ("in", "at", "on", "beside", "next") for c in verb.children)


def _what_something_is_called(noun: Token) -> bool:
    """"calling it an attack on Somalia's sovereignty", "described the raid as an attack", "called
    the strike an attack": a name for a deed, and the deed so named, are judged, not done again."""
    if noun.dep_ == "oprd":
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.lemma_.lower() in CALLING:
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in CALLING and any(
        c.dep_ == "oprd" for c in noun.head.children)


def _met_before(noun: Token) -> Token | None:
    """The verb of the one who spoke or acted after, during or following talks with someone
    ("after talks with Macron, Scholz said"), who held those talks."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("after", "following", "during") \
            or not roles.prep_objects(noun, {"with"}):
        return None
    verb = noun.head.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _bare_participle(verb: Token) -> bool:
    """A past participle on a noun with no doer of its own ("the demonstration held in May")."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("agent", "nsubj") for c in verb.children)


def _owned(noun: Token) -> bool:
    """"Comply with the request of Prime Minister Johnson", "turned down Iran's demand": a request
    said to be someone's was made, whatever verb it hangs on."""
    if noun.lemma_.lower() not in ("request", "demand", "appeal", "plea", "ultimatum"):
        return False  # not "Trump's call with Zelensky", a phone call
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]
    return any(o.pos_ == "PROPN" or o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for o in owners)


def _thing_it_means(pronoun: Token) -> Token | None:
    """The thing an "it" that a participle governs stands for: what the main clause spoke of,
    as in "commented on the agreement, calling it null and void"."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "dobj" or pronoun.head.dep_ != "advcl" or pronoun.head.tag_ != "VBG":
        return None
    main = pronoun.head.head
    things = [c for c in main.children if c.dep_ == "dobj"] + [
        g for _, g in roles.prep_objects(main, {"on", "about", "against", "over", "to"})]
    return next((t for t in things if t.pos_ == "NOUN"), None)


def _same_targets(ev: EventMention, before: EventMention) -> bool:
    """Whether two events could have the same targets: "killed Soleimani ... the attack on the
    embassy" are two attacks."""
    if not ev.recipient or not before.recipient:
        return True
    return any(r.span.root.lower_ == b.span.root.lower_ or (r.entity.country and r.entity.country == b.entity.country)
               for r in ev.recipient for b in before.recipient)


EXECUTING = {"execute", "hang"}
WORKFORCE = {"LAB", "EDU", "HLH", "BUS", "MED", "JRN", "AGR"}  # people whose walking out is a strike
GOING_ON = {"continue", "intensify", "resume", "escalate", "persist", "rage"}
LABOUR = {"general", "rail", "railway", "labour", "labor", "worker", "workers", "teacher", "teachers", "union",
          "nationwide", "national", "transport", "doctor", "nurse", "student", "hunger", "wildcat", "port"}


def _a_states(noun: Token) -> bool:
    """"Israeli strikes", "Russia's strikes": blows a state is named as dealing (not "French rail
    strikes", "a general strike")."""
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    return any(c.ent_type_ in ("NORP", "GPE") for c in mods) and not any(c.lemma_.lower() in LABOUR for c in mods)


def _dated(noun: Token) -> bool:
    """"Last week's protests", "Saturday's march": an event noun owned by its day happened."""
    return any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in noun.children)


def _stands_alone(noun: Token) -> bool:
    """An event noun with its own target or doer ("an attack on the embassy", "missile attacks
    from Azerbaijan", "the killing of the mayor", a group claiming it) needs no light verb."""
    return any(c.dep_ == "prep" and (c.lower_ in ("on", "against", "by", "from")
                                     or (c.lower_ == "of" and noun.lemma_.lower() in roles.PATIENT_OF))
               for c in noun.children) or bool(roles.claimed_by(noun))  # "the shooting of protesters": its
    # target; "claimed responsibility for the bombing in Peshawar": its doer


class EventFinder:
    """Finds the events of one article, given the findings of the earlier annotators."""

    def __init__(self, doc: Doc, table: TriggerTable, keep_boilerplate: bool = False):
        self.doc = doc
        self.table = table
        self.keep_boilerplate = keep_boilerplate
        self.index = doc._.wc_actor_index
        self.dates: list[DateMention] = doc._.wc_dates or []
        self.places: list[PlaceMention] = doc._.wc_places or []
        self.quotes = doc._.wc_quotes or []
        self.place_by_token = {i: p for p in self.places for i in range(p.span.start, p.span.end)}
        self.clues = country_clues(self.places, doc._.wc_headline_places or [],
                                   self.index.mentions if self.index else [])
        self.home_country = home_country(self.clues)
        # the countries the events told so far name outright ("Kenyan protesters"), read as clues
        # to the country of the events after them ("Police fired tear gas at the crowd")
        self.event_clues: list[tuple[str, int, range]] = []
        self.told: list[EventMention] = []  # the events found so far, in the order told

    def find(self) -> list[EventMention]:
        events: list[EventMention] = self.told
        latest: dict[str, EventMention] = {}  # the last event of each type, for "the protest"
        by_word: dict[tuple[str, str], EventMention] = {}  # ... and of each type and word: "the strikes"
        going: dict[str, int] = {}  # the last sentence that went on telling the last event of a type
        for sent in self.doc.sents:
            if (not self.keep_boilerplate and self._skipped(sent)) or in_another_script(sent):
                latest.clear()
                by_word.clear()
                going.clear()
                continue
            for e in self.in_sentence(sent):
                word = (e.event, e.trigger.root.lemma_.lower())
                before = next((b for b, at in ((by_word.get(word), None), (latest.get(e.event), going.get(e.event)))
                               if self._told_before(e, b, at)), None)
                if before is None:  # (the air strikes told before, not the attacks told after them)
                    events.append(e)
                    by_word[word] = e
                    if _warded_off(e) and e.event in latest:  # ("the attack" after "shot down 71 missiles"
                        going[e.event] = sent.start  # is the barrage before, still being told)
                    else:
                        latest[e.event] = e
                        going.pop(e.event, None)
                    self._take_clues(e)
                elif before.trigger.sent.start == sent.start and not before.recipient:
                    before.recipient = e.recipient  # one event, told twice in one sentence
                    before.evidence.append(f"the {e.trigger.text} that follows: its recipients")
                    self.fill_countries(before)
                else:
                    e.actor = list(before.actor)
                    e.evidence.append(f"the {e.trigger.text} of '{before.trigger.text}': the same actors")
                    self.fill_countries(e)
                    events.append(e)
        return events

    def _take_clues(self, ev: EventMention) -> None:
        """The countries an event's sides are named with, as clues to the article's country (not
        those it was given by the article's country or the other side: that would count twice)."""
        clued = {i for _, _, tokens in self.clues + self.event_clues for i in tokens}
        for m in ev.actor + ev.recipient:
            how = m.entity.how or ""
            if (m.entity.country and m.entity.country not in NOT_STATES and m.span.start not in clued
                    and not any(w in how for w in ("article country", "event place", "other side"))):
                self.event_clues.append((m.entity.country, 1, range(m.span.start, m.span.end)))
                clued.update(range(m.span.start, m.span.end))

    @staticmethod
    def _told_before(ev: EventMention, before: EventMention | None, told_at: int | None = None) -> bool:
        """"Serbians protested; the protest started out against the government": an event noun
        with a definite article and no doer, in the sentence of an event of its type or the next
        (or of the last sentence that went on telling it, ``told_at``), is that event again."""
        head = ev.trigger.root
        if before is None or ev.actor or not before.actor or head.pos_ != "NOUN" or (
                before.negated or before.hypothetical or ev.negated or ev.hypothetical):
            return False
        if _dated(head):  # "Monday's attack": the attack told of that day
            return ev.date is None or before.date is None or ev.date.date.value == before.date.date.value
        return (any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children) and _same_targets(ev, before)
                and max(before.trigger.sent.start, told_at or 0) >= _previous_sentence_start(head))

    def _answer_requests_before(self, events: list[EventMention], sent: Span) -> list[EventMention]:
        """"The committee authorized subpoenas for the documents. Barr and Ross, however, refused
        to hand them over": a refusal aimed at no one answers a request of the sentence before
        made of its actors, or of no one named."""
        if sent.start == 0:
            return events
        since = self.doc[_previous_sentence_start(sent[0])].idx
        for e in events:
            if e.event != "REJECT" or e.recipient or not e.actor:
                continue
            named = any(o.lemma_.lower() in REQUEST_NOUNS and any(c.lower_ == "the" for c in o.children)
                        for o in roles.objects(e.trigger.root))  # "rejected the request": the one told, however far back
            asked = [r for r in self.told if r.event == "REQUEST" and r.actor and (named or r.trigger.start_char >= since)
                     and r.trigger.start_char < e.trigger.start_char and not (r.negated or r.hypothetical)]
            request = next((r for r in reversed(asked) if not any(_same_actor(a, r.actor) for a in e.actor) and (
                not r.recipient or any(_same_actor(a, r.recipient) or _same_state(a, r.recipient)
                                       or _state_of(a, r.recipient) for a in e.actor))),
                None)
            if request is not None:
                e.recipient = list(request.actor)
                e.evidence.append(f"answers the request '{request.trigger.text}' before: its asker is the recipient")
        return events

    def _is_place(self, tok: Token) -> bool:
        return tok.i in self.place_by_token

    def _skipped(self, sent: Span) -> bool:
        layout = self.doc._.wc_layout
        return bool(layout and layout.is_boilerplate(sent.start_char))

    def in_sentence(self, sent: Span) -> list[EventMention]:
        found: list[EventMention] = []
        anchors: set[int] = set()
        words = tokens_of(self.doc)[sent.start:sent.end]
        for tok in words:
            if tok.pos_ == "VERB":
                row = match_verb(tok, self.table, self._actor_of, self._is_place)
                if row:
                    found.append(self.verb_event(tok, row))
                    anchors.add(tok.i)
        for tok in words:
            if (tok.pos_ in ("NOUN", "PROPN") and tok.tag_ != "NNP") or _gerund_subject(tok):
                hit = match_noun(tok, self.table)
                if hit and (hit[1] is None or hit[1].i not in anchors or AT_SOMEONES in hit[0].objects
                            or (hit[0].type == "REQUEST" and _owned(tok))  # "declined Iran's request"
                            or (hit[0].type == "ASSAULT" and hit[1].lemma_.lower() in roles.WITHSTOOD)  # "repelled an attack"
                            or _met_before(tok) is not None):  # "after talks with Erdogan, Putin agreed"
                    found.append(self.noun_event(tok, *hit))
        found = self._answer_requests_before(asked_of_the_met(answer_requests(self.resolve_frames(merge_nested(found)))), sent)
        tours = {e.trigger.root.i for e in found if domestic_visit(e)}
        return [e for e in found
                if e.trigger.root.i not in tours and not (  # "visited California to discuss the fires"
                    e.event == "CONSULT" and e.trigger.root.dep_ in ("advcl", "xcomp") and e.trigger.root.head.i in tours)
                and has_participant(e) and not anonymous_harm(e) and not animals_harmed(e)
                and not (e.event in ("ASSAULT", "THREATEN") and caused_by_nature(e.trigger.root))
                and not emergency_for_disaster(e) and not self._interview(e) and not inquiry_into_mishap(e)
                and not private_security(e) and not habitual(e) and not among_nobodies(e)
                and not private_meeting(e) and not business_dealing(e) and not voted_out(e) and not campaign_rally(e) and not anonymous_closure(e)
                and not asks_for_a_figure(e) and not bowed_out(e) and not restrictions_on_no_one(e)
                and not court_referral(e) and not self._warned_of_a_happening(e)]

    # -- building one event -----------------------------------------------------------------
    def verb_event(self, verb: Token, row: Trigger) -> EventMention:
        actor_toks, recip_groups = roles.verb_roles(verb, row.with_, trigger_objects=row.objects - {"@actor", "@forces", "-"})
        if row.objects & {FAULTED, PRAISED}:  # "called Trump's order decisive", parsed as a predicate noun
            said_of = [c for c in verb.children if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN")]
            recip_groups = recip_groups + [said_of + [g for c in said_of for g in c.children  # "called Trump
                                                      if g.dep_ == "compound" and g.pos_ == "PROPN"]]  # a clown"
        if row.type == "AID" and verb.lemma_.lower() in roles.RECEIVING:
            # "Ukraine received F-16 jets from Denmark": Denmark gives, Ukraine is given
            givers = [t for _, g in roles.prep_objects(verb, {"from"}) for t in roles.expand(g)]
            actor_toks, recip_groups = givers, [actor_toks]
        return self.assemble(self.doc[verb.i:verb.i + 1], verb, row, actor_toks, recip_groups)

    def noun_event(self, noun: Token, row: Trigger, gov: Token | None) -> EventMention:
        actor_toks, recip_groups = roles.noun_roles(noun, gov)
        start = min([noun.i] + [c.i for c in noun.children if c.dep_ == "compound" and c.lemma_ in row.with_])
        return self.assemble(self.doc[start:noun.i + 1], noun, row, actor_toks, recip_groups)

    def _warned_of_a_happening(self, ev: EventMention) -> bool:
        """"He warned that famine was imminent": a warning of what no one is to do threatens no one."""
        head = ev.trigger.root
        if ev.event != "THREATEN" or ev.recipient or head.lemma_.lower() != "warn" or not self.index:
            return False
        said = [c for c in head.children if c.dep_ == "ccomp"]
        subjects = [s for c in said for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        return bool(subjects) and all(
            s.pos_ == "NOUN" and self.index.resolve(s) is None and s.lemma_.lower() not in self.table.nouns
            and s.lemma_.lower() not in REPRISALS and not any(c.dep_ == "poss" for c in s.children) for s in subjects)

    def _interview(self, ev: EventMention) -> bool:
        """"Jorgensen spoke with Wikinews to discuss her campaign", "discussed the plan with
        reporters": talking to the press is not a political consultation."""
        if ev.event != "CONSULT":
            return False
        head = ev.trigger.root
        heads = [head, head.head] if head.dep_ in ("xcomp", "advcl") else [head]
        topics = [o for h in heads for o in roles.objects(h)]  # "discussed the game, his project, with
        heads += topics + [a for t in topics for a in t.children if a.dep_ == "appos"]  # Wikinews"
        talked_to = self._mentions([g for h in heads for _, g in roles.prep_objects(h, {"with", "to"})])
        return any(m.entity.sector in PRESS for m in ev.actor + ev.recipient + talked_to)

    def _actor_of(self, tok: Token) -> ActorMention | None:
        if not self.index:
            return None
        found = self.index.resolve(tok)
        if (found is None or tok.lemma_.lower() in roles.PARTY_NOUNS) and (members := roles.examples(tok)):
            found = self.index.resolve(members[0]) or found  # "allies such as Germany"
        return found

    def _mentions(self, toks: list[Token]) -> list[ActorMention]:
        """The actors the tokens name; an event noun stands for whoever carried it out
        ("condemned an attack by Osgiliath soldiers" -> the soldiers)."""
        out, seen = [], set()
        toks = list(toks)
        for t in toks:  # (grows while read: a group's examples are read after it)
            if (thing := _thing_it_means(t)) is not None:
                toks.append(thing)  # "commented on the Turkish-Libyan agreement, calling it void"
                continue
            m = self.index.resolve(t) if self.index else None
            if (m is None or t.lemma_.lower() in roles.PARTY_NOUNS) and self.index and (members := roles.examples(t)):
                toks += members  # "allies such as Germany": Germany; "Tunisia's neighbouring
                continue  # countries including Algeria and Morocco": Algeria and Morocco
            if m is None and (members := partitive_members(t)) is not None and members.i not in {x.i for x in toks} \
                    and self.index and any(self.index.resolve(w) for w in (members, *(
                        c for c in members.children if c.dep_ == "poss"))):
                toks.append(members)  # "thousands of Imran Khan's supporters": the supporters, and so Khan's
                continue
            if m is None and t.pos_ == "NOUN" and self.index:
                # an event noun stands for its doer; any other thing for its owner or maker
                # ("declined Honcharuk's offer" -> Honcharuk)
                owners = ((roles.event_noun_agent(t) if t.lemma_.lower() in self.table.nouns else [])
                          or roles.owners(t))
                if len(owners) > 1 and t.lemma_.lower() in roles.PACTS:
                    toks += owners  # "condemned the agreement between Turkey and Libya": both parties
                    continue
                if owners and len(joint := roles.expand(owners[0])) > 1 and all(
                        o.pos_ == "PROPN" for o in joint):  # "Brazil, Colombia and Mexico issued a
                    toks += joint  # joint statement urging ...": each of them
                    continue
                m = self._owner(owners[0]) if owners else None
                if m is None and t.lemma_.lower() in roles.DWELLINGS:  # "stormed her official residence":
                    m = next((self.index.resolve(c) for c in t.children  # hers (the doers' own is
                              if c.dep_ == "poss" and c.pos_ == "PRON"), None)  # dropped after)
                if m is None and (told := self._event_told(t)) is not None:
                    out += [a for a in told.actor if a.span.start not in {o.span.start for o in out}]
                    continue  # "The call was seconded by Merkel": whoever made the call just told
                if m is None and (earlier := self._pact_named_before(t)) is not None:
                    toks.append(earlier)  # "the Turkish-Libyan maritime border agreement ... he
                    continue  # denounced the border agreement again"
            if m is None and t.pos_ == "PRON" and t.lower_ in PEOPLE_PRONOUNS:
                m = ActorMention(self.doc[t.i:t.i + 1], Entity(t.text, t.idx, t.idx + len(t.text), kind="person",
                                                               how=NO_ANTECEDENT))
            if m is None and t.lower_ in CROWDS and t.dep_ in ("nsubj", "nsubjpass") \
                    and not roles.prep_objects(t, {"of"}):  # "Thousands rallied in Tbilisi": a crowd of people
                m = ActorMention(self.doc[t.i:t.i + 1], Entity(t.text, t.idx, t.idx + len(t.text), sector="CVL",
                                                               how="a crowd", kind="group"))
            for side in (self.index.sides(t, m) if m and self.index else [m] if m else []):
                if (side.span.start, side.entity.country, side.entity.sector) not in seen:  # "Armenian and
                    # Azerbaijani troops", "the leaders of the two countries", "both sides" (army and rebels)
                    seen.add((side.span.start, side.entity.country, side.entity.sector))
                    out.append(side)
        return out

    def _pact_named_before(self, noun: Token) -> Token | None:
        """The same pact named before with its parties: "the border agreement" after "the
        Turkish-Libyan maritime border agreement" (the same noun, with at least its words)."""
        if noun.lemma_.lower() not in roles.PACTS or not any(c.lower_ == "the" for c in noun.children):
            return None
        words = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
        if not words:
            return None
        for tok in reversed(self.doc[:noun.i]):
            if tok.lemma_.lower() == noun.lemma_.lower() and words <= {
                    c.lemma_.lower() for c in tok.subtree if c.i < tok.i} and self.index.resolve(tok) is not None:
                return tok
        return None

    def _protested_at(self, head: Token) -> list[ActorMention]:
        """The body whose building a protest was held at: "outside the US embassy", "in front of
        parliament", "around the police headquarters"."""
        sites = [g for _, g in roles.prep_objects(head, SITE_PREPS)]
        sites = [g for s in sites for g in ([s] + [o for _, o in roles.prep_objects(s, {"of"})]
                                            if s.lower_ == "front" else [s])]
        found = [m for m in self._mentions(sites) if m.entity.sector in SITE_SECTORS
                 and m.span.root.lemma_.lower() in BUILDINGS | SITE_BODIES]
        return found[:1]

    def _judged_event(self, verb: Token) -> EventMention | None:
        """The earlier event that a verb of judging is about, named by a definite event noun with
        no doer of its own: "condemned the attack", "spoke out against the strike"."""
        things = roles.objects(verb) + [g for _, g in roles.prep_objects(verb, {"against", "over", "about"})]
        for thing in things:
            if any(c.dep_ == "poss" for c in thing.children) or roles.prep_objects(thing, {"by", "of"}):
                continue
            told = self._event_told(thing) or self._lead_event(thing)
            if told is not None and told.event in ("ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE",
                                                   "AGREE", "COOPERATE"):
                return told  # "denounced the border agreement": its parties
        return None

    def _lead_event(self, noun: Token) -> EventMention | None:
        """The first event of a definite event noun's type that the article told, with actors: in
        news, "the attack" said paragraphs on with nothing nearer is the one the story leads with."""
        rows = self.table.nouns.get(noun.lemma_.lower())
        if not rows or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or any(
                c.dep_ in ("compound", "amod") for c in noun.children):
            return None
        types = {r.type for r in rows}
        return next((e for e in self.told if e.event in types and e.actor and not (e.negated or e.hypothetical)
                     and e.trigger.start_char < noun.idx), None)

    def _event_told(self, noun: Token) -> EventMention | None:
        """The event a definite event noun with no doer of its own names: the last event of its
        type told in its paragraph or the sentence before, if that one has actors."""
        rows = self.table.nouns.get(noun.lemma_.lower())
        incident = noun.lemma_.lower() in INCIDENTS and not any(c.dep_ in ("prep", "amod", "compound")
                                                                for c in noun.children) \
            and noun.dep_ == "dobj" and noun.head.lemma_.lower() in CONDEMNING  # (not "investigate the incident")
        if not (rows or incident) or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
            return None
        layout = self.doc._.wc_layout
        since = self.doc[_previous_sentence_start(noun)].idx
        if layout is not None:
            since = min(since, layout.paragraph_start(noun.idx))
        # "the incident" after coast guard ships fired water cannon: that force, whoever used it
        types = {r.type for r in rows} if rows else {"ASSAULT", "COERCE", "MOBILIZE"}
        found = []
        for e in reversed(self.told):
            if e.trigger.start_char < since and not incident:  # (an incident may be the story's own, told
                break  # in its first paragraph)
            if e.event in types and e.actor and not (e.negated or e.hypothetical):
                found.append(e)
        if found:  # the one named by the same word first: "the strikes" are the air strikes told before,
            # not the attacks told after them; then one of the same kind ("the detention": an arrest,
            # not a ban told since), nearby or leading the story
            codes = {r.cameo for r in rows} if rows else set()
            lead = self._lead_event(noun)
            return next((e for e in found if e.trigger.root.lemma_.lower() == noun.lemma_.lower()), None) or next(
                (e for e in found if e.cameo in codes), None) or (
                lead if lead is not None and lead.cameo in codes else found[0])
        # further back, the same thing named by the same words: "Turkey and Libya signed a
        # maritime border agreement ... [paragraphs later] he denounced the border agreement"
        words = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")} - {"new", "latest"}
        if not words:
            return None
        for e in reversed(self.told):
            if e.trigger.start_char >= since or not e.actor or e.negated or e.hypothetical:
                continue
            root = e.trigger.root  # the event noun, or the thing its verb made: "signed an agreement"
            for named in [root] + [c for c in root.children if c.dep_ == "dobj"]:
                if named.lemma_.lower() == noun.lemma_.lower() and words <= {
                        c.lemma_.lower() for c in named.children if c.dep_ in ("compound", "amod")}:
                    return e
            if noun.lemma_.lower() in roles.PACTS and e.event in types and words <= {
                    t.lemma_.lower() for t in root.subtree}:
                return e  # "Turkey and Libya agreed on maritime borders ... the border agreement"
        return None

    def _owner(self, tok: Token) -> ActorMention | None:
        """The actor an owner names, or the name it is called by: "the Trump legal team's
        claims" -> Trump."""
        m = self.index.resolve(tok)
        if m is None and tok.pos_ == "NOUN":
            names = [c for c in tok.children if c.dep_ in ("compound", "amod")
                     and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG", "GPE"))]  # "Trump" may be tagged JJ
            m = self.index.resolve(names[-1]) if names else None
        return m

    def _first_named(self, groups: list[list[Token]], exclude: list[ActorMention]) -> list[ActorMention]:
        taken = {a.span.start for a in exclude}
        for group in groups:
            found = [m for m in self._mentions(group) if m.span.start not in taken]
            if found:
                return found
        return []

    def _territory(self, groups: list[list[Token]]) -> ActorMention | None:
        """"Ukrainian territory", "Polish soil", "Syria's airspace": a country's ground, which no
        actor names (the words are no party), as the target of force."""
        for tok in (t for g in groups for t in g):
            if tok.lemma_.lower() not in roles.TERRITORY:
                continue
            country = self.index.describe(tok)[0]
            if country:
                span = self.doc[min(t.i for t in tok.subtree if t.i <= tok.i):tok.i + 1]
                return ActorMention(span, Entity(span.text, span.start_char, span.end_char, country=country,
                                                 how="territory", kind="country"))
        return None

    def _bare_place(self, m: ActorMention) -> bool:
        """A mention that is only a place name the tagger took for a body ("captured Avdiivka"):
        no country, no sector, and a place found in its words."""
        return m.entity.country is None and not m.entity.sector and m.entity.kind != "person" and any(
            t.i in self.place_by_token for t in m.span)

    def _ground_taken(self, verb: Token, actors: list[ActorMention], struck: bool = False,
                      laid: bool = False) -> ActorMention | None:
        """The country whose ground a verb's object names: the first place with a country in the
        object's phrase ("the village of Krasnohorivka in eastern Ukraine"), or for a strike also
        where it hit ("hit a village in Kharkiv region"), for a siege laid where it is laid ("laid
        siege to Mariupol"), unless the takers' or strikers' own."""
        around = [g for _, g in roles.prep_objects(verb, GROUND_PREPS | ({"to"} if laid else set()))] \
            if struck or laid else []
        for obj in roles.objects(verb) + around:
            places = sorted({id(p): p for t in obj.subtree if (p := self.place_by_token.get(t.i)) is not None
                             and p.place.country and not (p.place.feature or "").startswith("H.")
                             and not (struck and _not_ground(t, obj))}.values(),
                            key=lambda p: p.span.start)
            if not places:
                continue
            place = places[0]
            if any(a.entity.country == place.place.country for a in actors):
                return None
            return ActorMention(place.span, Entity(place.span.text, place.span.start_char, place.span.end_char,
                                                   country=place.place.country, how="territory", kind="country"))
        return None

    def _ground_threatened(self, verb: Token, actors: list[ActorMention]) -> ActorMention | None:
        """The country a threat with no one named would fall on: the ground of the acts threatened,
        down the chain of infinitives ("threatened to use force to restore order in Niger")."""
        act = verb
        for _ in range(3):
            act = next((c for c in act.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if act is None:
                return None
            if (land := self._ground_taken(act, actors, struck=True)) is not None:
                return land
        return None

    def assemble(self, trigger: Span, head: Token, row: Trigger, actor_toks, recip_groups) -> EventMention:
        mod = modality.assess(head)
        event_type, mode, cameo = row.type, row.mode, row.cameo
        evidence = [f"trigger {row.pos} '{row.lemma}{(' ' + ' '.join(row.with_)) if row.with_ else ''}' ({row.source})"]
        if row.pos == "verb" and head.pos_ in ("VERB", "AUX") and row.lemma != head.lemma_.lower():
            evidence.append(f"'{trigger.text}' read as '{row.lemma}'")  # "vowed to fight": a threat
        offer = mod.frame if mod.frame is not None and mod.frame.lemma_.lower() in WILLING else None
        if offer is not None and event_type in FUTURE_AS_AGREE:
            # "stands ready to provide help", "their willingness to help each other": an offer
            event_type, mode, cameo, note = future_reading(event_type, mode, cameo)
            mod.hypothetical, mod.frame, mod.why = False, None, None
            evidence.append(f"offered: '{trigger.text}' under a word of willingness")
        if mod.frame is not None and mod.frame.lemma_.lower() in WILLING and event_type == "CONCEDE":
            mod.hypothetical, mod.frame, mod.why = False, None, None  # "ready to scrap the curfew": offered
            evidence.append(f"offered: '{trigger.text}' under a word of willingness")
        if mod.future and not mod.hypothetical and event_type in FUTURE_AS_THREAT and _term_of_a_deal(head):
            event_type, mode, cameo = "AGREE", None, "030"  # "Under the deal, the Lebanese army will deploy
            evidence.append("a term of the deal: agreed")  # soldiers in the south": no threat
        elif mod.future and not mod.hypothetical:
            event_type, mode, cameo, note = future_reading(event_type, mode, cameo)
            if note:
                evidence.append(note)
            else:
                mod.hypothetical, mod.why = True, "future"
        actors = self._mentions(actor_toks)
        if not any(a.entity.country or a.entity.sector for a in actors):
            doers = [d for d in self._mentions(roles.clause_subject_of_participle(head))
                     if d.entity.country or d.entity.sector]
            if doers:  # "launched missiles targeting US troops": whoever launched them
                actors = doers
                evidence.append("participle on a thing: the subject of its clause acts")
        if row.type == "REQUEST" and row.lemma in ("demand", "request", "seek", "ask"):
            recip_groups = recip_groups + [[g for _, g in roles.prep_objects(head, {"from"})]]
        if offer is not None and offer.pos_ == "NOUN" and offer.dep_ == "dobj":
            # "Zelensky declined Honcharuk's offer to resign": the offer was made to Zelensky
            recip_groups = recip_groups + [[t for s in roles.subject(offer.head) for t in roles.expand(s)]]
        if event_type in COOPERATIVE:  # "met at the White House", "signed at the Kremlin": where, not whom
            recip_groups = [[t for t in g if not (t.dep_ == "pobj" and t.head.lower_ == "at")] for g in recip_groups]
        recipients = self._first_named(recip_groups, actors)
        recipients = [r for r in recipients if not _same_actor(r, actors) and not _their_own(r, actors)]
        if event_type in JUDGING and head.pos_ in ("VERB", "AUX") and (judged := self._judged_event(head)):
            # "spoke out against the attack, calling it an aggression on Iraq": against the attackers
            recipients = [a for a in judged.actor if not _same_actor(a, actors)] or recipients
            evidence.append(f"the {judged.trigger.text} told before: its doers")
        if not recipients and head.pos_ in ("VERB", "AUX"):
            for thing in (o for o in roles.objects(head) if o.lemma_.lower() in row.objects or (
                    event_type == "REJECT" and o.lemma_.lower() in WORDS_ANSWERED)):  # "rejected the criticism"
                told = self._event_told(thing)
                if told is not None and told.event != event_type:  # "The call was seconded by Merkel"
                    recipients = [a for a in told.actor if not _same_actor(a, actors)]
                    evidence.append(f"the {thing.text} told before ('{told.trigger.text}'): its maker")
                    break
        if not recipients and event_type == "ACCUSE" and row.lemma in ALLEGING and head.pos_ == "VERB":
            # "Kenya alleged that Uganda had armed the rebels", "alleged Biden's plan would ...":
            # the one the allegation is about
            said = [c for c in head.children if c.dep_ == "ccomp"]
            subjects = [s for c in said for s in c.children if s.dep_ == "nsubj"]  # (a passive subject suffered)
            recipients = [m for m in self._mentions(subjects[:1]) if not _same_actor(m, actors)
                          and not _their_own(m, actors)]
            if recipients:
                evidence.append(f"alleged of: '{recipients[0].span.text}'")
        if not recipients and event_type == "PROTEST" and (site := self._protested_at(head)):
            recipients = site  # "protesters gathered outside the US embassy": the embassy's government
            evidence.append(f"protested at: '{site[0].span.text}'")
        if not recipients and event_type == "PROTEST" and self.index:
            recipients = [m for h in [head] + [a.span.root for a in actors] for m in self.index.opposed(h)][:1]
            if recipients:  # "anti-government protests": against the government
                evidence.append(f"against: '{recipients[0].span.text}'")
        if not actors and event_type in RECIPROCAL and len(recipients) > 1 \
                and recipients[0].span.root.head.lower_ == "between":
            actors = list(recipients)  # "a deal to normalize relations between Sudan and Israel": both do
            evidence.append("the sides between which it is done act")
        # sides: countries, and within one country its sectors ("the government and the ELN rebels")
        sides = {(a.entity.country, a.entity.sector) if a.entity.country else a.span.text for a in actors}
        if row.lemma in MUTUAL and len(sides) > 1:
            recipients = []  # the prisoners exchanged are what is given; the sides are the recipients
        if event_type == "AGREE" and len(sides) > 1 and recipients and not any(r.entity.country for r in recipients):
            recipients = []  # "Armenia and Azerbaijan agreed to exchange prisoners": they agree with
            # each other; the prisoners are what the deal is about
        if len(sides) > 1 and not any(r.entity.country for r in recipients) and _each_other(head):
            recipients = list(actors)  # "both sides accused each other of violating the truce"
            evidence.append("each other: the actors are each other's recipients")
        mediating = cameo == MEDIATE or row.lemma in ("mediate", "broker")
        if mediating and (head.dep_ == "acl" or (head.dep_ == "advcl" and head.tag_ == "VBN")) \
                and not any(r.entity.country for r in recipients):
            deal = head.head  # "Israel and Hezbollah agreed to a ceasefire brokered by the US": the parties
            verb = deal if head.dep_ == "advcl" else deal.head.head if deal.dep_ == "pobj" else deal.head  # to the
            # deal are the mediated (or to the swap: "swapped prisoners, mediated by the UAE")
            recipients = self._mentions([t for d in roles.subject(verb) for t in roles.expand(d)]) \
                if verb.lemma_.lower() in DEAL_MADE | TIES_RESTORED else []
            if recipients:
                evidence.append("mediation: the parties to the deal are the recipients")
        if not recipients and (event_type in RECIPROCAL or cameo in (SIGNING, CEASEFIRE) or row.lemma in MUTUAL) \
                and row.lemma not in ONE_SIDED and not mediating \
                and (len(sides) > 1 or _counterparts(actors)) \
                and not (event_type == "ASSAULT" and head.pos_ == "VERB" and roles.objects(head) and row.lemma not in MUTUAL):
            recipients = list(actors)  # "Egypt and Ethiopia held talks": each side the other's recipient
            evidence.append("reciprocal: the actors are each other's recipients")
        if mode == "resign" and head.pos_ == "VERB":  # "resigned and fled the country": what the other verb did
            recipients = [r for r in recipients if r.span.root.head.head == head and r.span.root.dep_ == "pobj"]
        if event_type == "ASSAULT":  # "fired artillery at Sotk": the weapon is the means, not a target
            recipients = [r for r in recipients if r.span.root.lemma_.lower() not in WEAPONS]
        if (event_type == "ASSAULT" or row.objects & roles.TERRITORY) and not recipients and self.index and (
                land := self._territory(recip_groups)):  # "struck Ukrainian territory", "attacks on Pakistani
            recipients = [land]  # soil", "violated Estonian airspace": that country (not "deployed into
            # territory": one's own, maybe)
            evidence.append(f"the country whose ground was hit: '{land.span.text}'")
        # (a noun's light verb stands for it: "launched air strikes in Syria")
        acting = head if head.pos_ == "VERB" else head.head if head.head.pos_ == "VERB" and (
            head.dep_ == "dobj" or (head.dep_ == "nsubj" and head.head.lemma_.lower() in GOING_ON)) else None
        # (... and one going on stands for the blows: "Israeli strikes continued across Gaza")
        if (cameo in (OCCUPY, BLOCKADE) or event_type == "ASSAULT" or row.lemma == "raid") \
                and all(self._bare_place(r) for r in recipients) \
                and acting is not None and any(a.entity.country for a in actors) \
                and (land := self._ground_taken(acting, actors, struck=event_type == "ASSAULT",
                                                laid=cameo == BLOCKADE)):
            recipients = [land]  # "captured the village of Krasnohorivka in eastern Ukraine", "struck the
            # outskirts of Damascus": that country's
            evidence.append(f"the ground {'taken' if cameo == OCCUPY else 'struck'} is {land.entity.country}'s: "
                            f"'{land.span.text}'")
        if event_type == "THREATEN" and not recipients and head.pos_ == "VERB" and self.index \
                and any(a.entity.country for a in actors) and (land := self._ground_threatened(head, actors)):
            recipients = [land]  # "ECOWAS threatened to use force to restore constitutional order in Niger"
            evidence.append(f"the country where the threatened act would fall: '{land.span.text}'")
        if row.type == "MOBILIZE":  # "deployed the national guard": the forces are the means, not a target
            # (also when a deployment to come is read as a threat: "said it would deploy troops")
            forces = [r for r in recipients if r.entity.sector in ARMED and r.entity.kind != "person"]
            if forces:  # "sending Turkish soldiers to Libya": where they go is the recipient
                moved = {t.i for f in forces for t in f.span}
                moved |= {t.i for g in recip_groups for t in g if any(  # "sent thousands of troops to Russia"
                    m.entity.sector in ARMED and m.entity.kind != "person" for m in self._mentions([t]))}
                recipients = self._first_named([[t for t in g if t.i not in moved] for g in recip_groups], actors)
                recipients = [r for r in recipients if r.entity.sector not in ARMED or r.entity.kind == "person"]
            sent = [m for m in self._mentions(roles.objects(head) if head.pos_ in ("VERB", "AUX") else [])
                    if m.entity.sector in ARMED and m.entity.kind != "person"]
            actors = actors or forces or (sent if roles.is_passive(head) else [])  # "the army was deployed
            # to Nairobi": the forces sent move
            if cameo == "154" and (sent or forces) and all(m.entity.sector == "COP" for m in sent or forces):
                mode, cameo = "police", "153"  # "1,800 police were deployed": police power, not armed forces
        if (cameo == OCCUPY or row.lemma == "blockade") and actors and all(
                a.entity.sector in CIVIL_SECTORS | {"OPP"} for a in actors):
            event_type, mode, cameo = "PROTEST", "obstruct", "144"  # "students occupied the campus": a sit-in;
            evidence.append("civilians occupying or blockading a place: coded as a protest")  # so is a
            # blockade by students or truckers
        if row.lemma == "walk" and _in_protest(head):
            event_type, mode, cameo = "PROTEST", "demo", "141"  # "walked out of parliament in protest"
            evidence.append("a walkout in protest: coded as a protest")
        if event_type == "PROTEST" and row.lemma in GATHERING and any(
                a.entity.sector and a.entity.sector not in CIVIL_SECTORS for a in actors):
            event_type, mode, cameo = "CONSULT", "multilateral", "040"  # officials gathering meet
            evidence.append("officials gathering: coded as a meeting")
        if event_type == "PROTEST" and row.lemma == "protest" and actors and all(
                a.entity.kind in ("country", "capital") or a.entity.sector == "GOV" for a in actors):
            event_type, mode, cameo = "ACCUSE", "disapprove", "111"  # "China protested the visit"
            evidence.append("a state's protest: coded as criticism")
        if event_type == "RETREAT" and mode == "withdraw" and (leavers := self._sent_out(head, actors)):
            # "Niger's junta ordered the withdrawal of US troops": another state's forces are sent away
            event_type, mode, cameo, recipients = "SANCTION", "expel", EXPEL, leavers
            evidence.append(f"another state's forces ordered out: '{leavers[0].span.text}'")
        if row.lemma == "block" and cameo == BLOCKADE and recipients and all(
                r.entity.country in BLOCS and r.span.root.lemma_.lower() in ("aid", "assistance") for r in recipients) \
                and actors and all(a.entity.kind in ("country", "capital") or a.entity.sector == "GOV" for a in actors):
            event_type, mode, cameo = "REJECT", None, "120"  # "Hungary blocked EU aid to Ukraine": a veto
            evidence.append("a bloc's measure blocked: coded as a rejection")
        if event_type == "COERCE" and mode == "restrict" and _foreign(actors, recipients) and cameo != BLOCKADE:
            # (a siege or a blockade is force, whoever lays it: "troops besieging a town", "Israel
            # ordered a complete siege of the Gaza Strip")
            event_type, cameo = "SANCTION", "163"
            evidence.append("restrictions on another country: coded as a sanction")
        if event_type == "THREATEN" and not recipients and self.index and (
                threatened := self._mentions(_condition_subjects(head))):
            recipients = [m for m in threatened if not any(_same_actor(m, [a]) for a in actors)]
            # "warned that it would impose sanctions if Turkey bought the S-400": Turkey is threatened
        if event_type == "ASSAULT" and _verbal(head, actors, recipients) and not caused_by_nature(head):
            # (a hurricane that hit the Azores criticised no one)
            event_type, mode, cameo = "ACCUSE", "disapprove", "111"
            evidence.append("force verb used of words: coded as criticism")
        crosswalk = plover_for_cameo(cameo)
        ev = EventMention(trigger, event_type, mode or (crosswalk.mode if crosswalk else None), cameo,
                          actors, recipients, negated=mod.negated, hypothetical=mod.hypothetical,
                          context=[c.strip() for c in (crosswalk.context or "").split(";") if c.strip()]
                          if crosswalk else [], evidence=evidence)
        if mod.why:
            ev.evidence.append(mod.why)
        ev.reported_by = self._reporter(head, mod)
        if ev.reported_by is not None and any(a.span.start == ev.reported_by.span.start for a in actors):
            ev.reported_by = None  # "said ... and accused the army": the speaker's own act, not a report
        ev.date = self.date_for(head)
        ev.location = self.place_for(head)
        self.fill_countries(ev)
        ev.confidence = confidence(row, ev, self.table)
        return ev

    def _sent_out(self, noun: Token, actors: list[ActorMention]) -> list[ActorMention]:
        """Who an ordered withdrawal sends away, when they are another state's: "ordered the
        withdrawal of US troops" (not "of its troops", nor Trump's order for US troops)."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in roles.LEAVINGS or noun.head.lemma_.lower() != "order" \
                or not any(a.entity.country for a in actors):
            return []
        leavers = self._mentions([t for _, g in roles.prep_objects(noun, {"of"}) for t in roles.expand(g)])
        own = {a.entity.country for a in actors}
        return [m for m in leavers if m.entity.country] if leavers and all(
            m.entity.country and m.entity.country not in own for m in leavers) else []

    def _reporter(self, head: Token, mod: modality.Modality) -> ActorMention | None:
        if mod.reported_by is not None and roles.in_dateline(mod.reported_by):
            # "DHAKA, Aug 4 (Reuters) - Bangladesh's army chief said", parsed as DHAKA saying it
            mod.reported_by = next((a for a in mod.reported_by.subtree if a.dep_ == "appos" and not roles.in_dateline(a)
                                    and roles.in_dateline(a.head)), None)
        if mod.reported_by is not None and self.index:
            found = self.index.resolve(mod.reported_by)
            if found is None and mod.reported_by.pos_ in ("NOUN", "PROPN"):  # "witnesses said": named, with no code
                tok = mod.reported_by
                span = self.doc[min(c.i for c in tok.subtree if c.dep_ in ("compound", "amod") or c is tok):tok.i + 1]
                found = ActorMention(span, Entity(span.text, span.start_char, span.end_char, how="reporter",
                                                  kind="group" if tok.tag_ in ("NNS", "NNPS") else None))
            return found
        for q in self.quotes:
            if q.start <= head.idx < q.end:
                return q.speaker
        return None

    def fill_countries(self, ev: EventMention) -> None:
        """Police, protesters, the government: an actor known only by its sector belongs to the
        country where the event happened, else to the country the article is about, else (in an
        arrest or a protest) to the other side's country; but people a state or its organs coerce,
        with no place told, are that state's own. An official with a title and no country
        takes the other side's country in any event but a cooperative one; any other person with
        no country (a name no dictionary knows, "he" with no antecedent) the article's.

        The article's country is counted without the other side of this event: in "They called on
        Turkey", Turkey is no clue to who "they" are."""
        for group, other in ((ev.actor, ev.recipient), (ev.recipient, ev.actor)):
            home = home_country(self.clues + self.event_clues,  # (nor the side's own words: "Iran-backed
                                # militias" are not Iran's)
                                excluding={i for m in other for i in range(m.span.start, m.span.end)}
                                | {t.i for m in group for t in m.span if sided_word(t)})
            country, why, placed = None, None, False
            visitor = group is ev.actor and (ev.mode == "visit" or ev.trigger.root.lemma_.lower() in VISITING)
            # "the minister will travel to Brussels":
            # a visitor is not of the place visited
            abroad = ev.location is not None and ev.location.place.country and _met_abroad(ev)
            if abroad and len(group) > 1 and len(sides := {m.entity.country for m in group if m.entity.country}) == 1:
                country, why = next(iter(sides)), "the other side's country, met abroad"  # "the Ethiopian
                # government and Tigrayan forces signed a deal in Pretoria": Ethiopians both
            elif ev.location is not None and ev.location.place.country and not visitor:
                country, why = ev.location.place.country, f"event place: {ev.location.place.name or ev.location.span.text}"
                placed = True
            elif home:
                country, why = home, f"article country: {home}"
            # (a bloc or a transnational group is no one's country: "police arrested an ISIS commander")
            others = {m.entity.country for m in other if m.entity.country and m.entity.country not in NOT_STATES
                      and m.span.root.lemma_.lower() not in roles.MISSIONS}  # (protesters outside the Russian
            # embassy are not Russians)
            across = others.pop() if len(others) == 1 and (
                ev.event not in COOPERATIVE or ev.trigger.root.lemma_.lower() in RESIGNING) else None
            if ev.mode == "deport" and group is ev.actor:
                across = None  # "the regime deported 200 Afghan refugees": not an Afghan regime
            state = bool(other) and all(m.entity.sector in STATE_ORGANS for m in other)
            judged = group is ev.recipient and bool(other) and ev.mode in ("convict", "arrest") and all(
                m.entity.sector in STATE_ORGANS or m.entity.kind in ("country", "capital", "seat") for m in other)
            # ("Belarus sentenced Ales Bialiatski": a state's courts and police judge its own, unless told otherwise)
            speaker = _state_speaker(ev.reported_by)
            for i, m in enumerate(group):
                e = m.entity
                person = e.kind == "person" and not _nobody(m)
                if e.country is not None or not (e.sector or person):
                    continue
                if m.span.root.lemma_.lower() in roles.ENVOYS and group is ev.recipient:
                    continue  # "summoned the ambassador": an envoy is another state's, which the sentence does not say
                if any(t.lower_ in FROM_ABROAD and not (t.lower_ == "foreign" and t.head.lemma_.lower() in FOREIGN_OFFICES)
                       for t in m.span):
                    continue  # "Western leaders", "the international community", "foreign troops": not of
                    # the place (but a foreign minister is a title)
                if m.span.root.lemma_.lower() in VESSELS and not any(
                        c.dep_ == "poss" for c in m.span.root.children):
                    continue  # "seized an oil tanker in the Strait of Hormuz": a ship sails under
                    # another flag than the waters' or the story's
                if placed and group is ev.actor and m.span.root.lemma_.lower() in STRIKES:
                    continue  # "a drone strike killed a commander in Beirut": the place is the target's,
                    # not the striker's
                if speaker and e.sector in ("MIL", "COP") and m.span.root.lemma_.lower() in SPEAKERS_FORCES \
                        and not any(c.dep_ == "poss" for c in m.span.root.children) \
                        and speaker not in {o.entity.country for o in other}:
                    # "the Israeli army said troops entered Rafah": a state's spokesman tells of its
                    # own forces, wherever they are
                    group[i] = ActorMention(m.span, replace(e, country=speaker, how=f"{e.how}; forces of the "
                                                            f"state that reports it: {speaker}"), m.key)
                    continue
                if m.span.root.lemma_.lower() in PEACEKEEPERS or any(t.lower_ == "peacekeeping" for t in m.span):
                    # "the attack on peacekeepers in southern Lebanon": of no country or body named, the UN's
                    # (not Lebanon's)
                    group[i] = ActorMention(m.span, replace(e, country="UNO", how=f"{e.how}; peacekeepers "
                                                            f"of no country or body named: the UN's"), m.key)
                    continue
                asked = ev.event == "REQUEST" and group is ev.recipient  # "the prime minister urged residents to leave"
                freed = ev.mode == "release" and group is ev.recipient and m.span.root.lemma_.lower() not in TAKEN_ABROAD
                # ("Cuba released political prisoners": its own; hostages and captives seldom are)
                executed = group is ev.recipient and ev.trigger.root.lemma_.lower() in EXECUTING  # "Iran executed
                # a man convicted of spying for Israel": a state puts its own people to death
                if not person and not placed and across is not None and (ev.event in DOMESTIC or asked or freed or executed) \
                        and e.sector in SOCIETY and all(o.entity.sector in STATE_ORGANS or o.entity.kind == "country"
                                                        for o in other):
                    # "Iran has banned female chess players" in a story told from Australia: a
                    # state's measures fall on its own people, and its appeals go to them, wherever
                    # the story is told
                    fill, fill_why = across, f"the other side's country: {across}"
                elif not person and country is not None:
                    fill, fill_why = country, why
                elif across is not None and ((person and e.sector) or ev.event in DOMESTIC
                                             or (state and e.sector in SOCIETY) or (person and judged)):
                    # "Iranian police arrested protesters": Iranian protesters; "Zelensky declined
                    # Prime Minister Honcharuk's offer": a Ukrainian prime minister
                    fill, fill_why = across, f"the other side's country: {across}"
                elif person and home:  # "Barr refused": most people named are local
                    fill, fill_why = home, f"article country: {home}"
                else:
                    continue
                if ev.event == "ASSAULT" and e.sector == "MIL" and any(
                        o.entity.country == fill and (o.entity.sector in STATE_ORGANS | {"MIL"} or o.entity.kind == "country")
                        and o.span.start != m.span.start for o in other):
                    continue  # "US forces shot down three drones": a state's forces fight another's ("Russia's
                    # defence ministry said it hit military targets": not its own)
                if m.span.root.lemma_.lower() in roles.MISSIONS and (fill in {o.entity.country for o in other} or (
                        placed and fill == country)):
                    continue  # "the embassies urged the Kenyan government": other states' posts, not the host's
                if fill == "PSE" and m.span.root.lemma_.lower() == "settler":
                    fill, fill_why = "ISR", "settlers in the Palestinian territories: Israel's"  # "settlers
                    # torched cars in a village near Ramallah"
                group[i] = ActorMention(m.span, replace(e, country=fill, how=f"{e.how}; {fill_why}"), m.key)

    # -- frames: "threatened to attack" is THREATEN, not ASSAULT ------------------------------
    def resolve_frames(self, events: list[EventMention]) -> list[EventMention]:
        by_head = {e.trigger.root.i: e for e in events}
        promised: set[int] = set()
        for e in events:
            frame = _frame_of(e.trigger.root, by_head)
            if frame is None:
                continue
            if (e.event == "CONCEDE" and frame.event == "AGREE" and frame.trigger.root.lemma_.lower() in PROMISES
                    and not (frame.negated or frame.hypothetical)):
                # "promised to end the curfew": a concession, as "will end the curfew" is
                e.hypothetical, e.actor = False, e.actor or frame.actor
                e.evidence.append(f"promised ('{frame.trigger.text}'): a promised concession is a concession")
                promised.add(id(frame))
                continue
            if (frame.event == "AGREE" and frame.trigger.root.lemma_.lower() in PROMISES
                    and e.event in FUTURE_AS_THREAT and not e.negated
                    and (not e.actor or _same_doers(frame, e) or _countries_of(frame.actor) & _countries_of(e.actor))):
                # (not "pledged to help Iraq fight IS": Iraq is to fight)
                # "vowed to retaliate", "pledged to impose sanctions": a promise of harm is a threat
                frame.event, frame.mode = "THREATEN", None
                frame.evidence.append(f"a promise of {e.event.lower()} ('{e.trigger.text}') is a threat")
                frame.recipient = frame.recipient or e.recipient
            e.hypothetical = True
            e.evidence.append(f"embedded under {frame.event} '{frame.trigger.text}'")
            if frame.event == "THREATEN" and e.event in FUTURE_AS_THREAT and frame.mode is None:
                frame.mode, frame.cameo = FUTURE_AS_THREAT[e.event]
            if not frame.recipient and e.actor and frame.event in ("REQUEST",):
                frame.recipient = e.actor  # "called for Russia to withdraw" -> Russia is asked
            if not frame.recipient and e.recipient and frame.event in ("AGREE", "THREATEN", "REJECT") \
                    and _same_doers(frame, e):  # "agreed to hold talks with Uganda", "threatened to attack Kyiv"
                frame.recipient = list(e.recipient)
        return [e for e in events if id(e) not in promised]

    # -- when and where ------------------------------------------------------------------------
    def date_for(self, head: Token) -> DateMention | None:
        """The time expression attached to the trigger, else the nearest governing one, else the
        publication date (see ``dates.event_date``)."""
        head = roles.deed_before_the_cue(head) or head  # "fired at the boat on Monday, the coast guard
        # said, injuring two": injured when and where the boat was fired at
        return as_spoken(self.doc, event_date(self.doc, head), self.quotes)

    def place_for(self, head: Token) -> PlaceMention | None:
        """The place where the trigger's event happened, or None (see ``places.event_place``)."""
        return event_place(self.doc, roles.deed_before_the_cue(head) or head)


PEACEKEEPERS = {"peacekeeper", "peacekeepers", "blue helmet", "blue helmets"}
# people held by a side that are, as a rule, not its own
TAKEN_ABROAD = {"hostage", "captive", "tourist", "sailor", "crew", "fisherman", "fishermen", "national", "foreigner"}
# ships: of no country the place or the story gives them
VESSELS = {"tanker", "ship", "vessel", "freighter", "boat", "cargo", "carrier", "trawler", "yacht", "ferry"}
# verbs of going to a place: the one who goes is not of it
VISITING = {"visit", "travel", "arrive", "fly", "tour"}
# words that say a group is from elsewhere, whatever the place of the event
FROM_ABROAD = {"western", "foreign", "international", "world", "global", "overseas"}
FOREIGN_OFFICES = {"minister", "ministry", "secretary", "office", "affair", "policy", "service", "committee"}
# verbs by which a side takes its own forces away: their bare object is its own forces
WITHDRAWING = {"withdraw", "pull", "remove", "evacuate", "redeploy", "recall", "bring"}


def _their_own(recipient: ActorMention, actors: list[ActorMention]) -> bool:
    """"Workers ended their strike": a possessive that is no one known, or the actors themselves;
    "Russia withdrew its troops": the actors' own forces."""
    codes = (recipient.entity.country, recipient.entity.sector)
    root = recipient.span.root
    if recipient.entity.sector in ARMED and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in root.children):
        return recipient.entity.country is None or any(a.entity.country == recipient.entity.country for a in actors)
    if recipient.entity.sector in ARMED and recipient.entity.country is None and root.dep_ == "dobj" \
            and root.head.lemma_.lower() in WITHDRAWING and not any(c.dep_ == "poss" for c in root.children):
        return True  # "agreed to pull back troops": whoever pulls them back pulls back their own
    return root.tag_ == "PRP$" and (codes == (None, None) or any(
        (a.entity.country, a.entity.sector) == codes for a in actors))


def _verbal(head: Token, actors: list[ActorMention], recipients: list[ActorMention]) -> bool:
    """"Attacked the proposal", "Biden attacked Trump on taxes", "Trump's attacks on mail-in
    voting": words, not force. A force verb or noun
    whose doers are named people or bodies without arms, aimed at people in politics or at
    something that is neither a place nor a physical target, is criticism."""
    if head.lemma_.lower() not in VERBAL_FORCE or head.pos_ not in ("VERB", "NOUN"):
        return False
    if head.pos_ == "VERB" and not any(a.entity.sector in ARMED for a in actors) and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.tag_ == "VBG" for g in c.children) for c in head.children):
        return True  # "attacked the media for maintaining the status quo": blame, not force
    if not actors:
        return False
    speakers = ("person", "organisation") if head.pos_ == "VERB" else ("person", "organisation", "group")
    if any(a.entity.sector in ARMED or a.entity.kind not in speakers for a in actors):
        return False  # (a noun's doer may be a titled phrase: "the Brazilian president's attacks")
    # a verb's object; a noun's target ("his attacks on mail-in voting")
    objs = roles.objects(head) if head.pos_ == "VERB" else [g for _, g in roles.prep_objects(head, {"on", "against"})]
    if any(o.lemma_.lower() in PHYSICAL_TARGETS or o.ent_type_ in ("GPE", "LOC", "FAC") for o in objs):
        return False
    if recipients:
        return all(r.entity.kind == "person" or r.entity.sector in ("GOV", "LEG", "PTY", "JUD") for r in recipients)
    return bool(objs)


# verbs that say someone did wrong, in a clause of their own: "alleged that Uganda armed the rebels"
ALLEGING = {"allege", "claim", "charge", "contend", "insist"}
# answers to a request: whoever refuses or complies with no one named answers the one who asked
ANSWERS = {"REJECT", "CONCEDE", "AGREE"}


def answer_requests(events: list[EventMention]) -> list[EventMention]:
    """"The government asked Judge Miller to delay his ruling, but he declined": a refusal with no
    one it is aimed at answers the request made of its actor earlier in the sentence."""
    for e in events:
        if e.event not in ANSWERS or e.recipient or not e.actor:
            continue
        asked = next((r for r in events if r.event == "REQUEST" and r.trigger.start < e.trigger.start and r.actor
                      and any(_same_actor(a, r.recipient) or _same_state(a, r.recipient) for a in e.actor)), None)
        if asked is not None:
            e.recipient = list(asked.actor)
            e.evidence.append(f"answers the request '{asked.trigger.text}': its asker is the recipient")
    return events


def asked_of_the_met(events: list[EventMention]) -> list[EventMention]:
    """"Zelenskiy met Biden to seek more military aid", "travelled to Washington to ask for
    weapons": a request with no one named to ask, made in a meeting or a visit, is made of the
    one met or visited."""
    by_trigger = {e.trigger.root.i: e for e in events}
    for e in events:
        root = e.trigger.root
        if e.event != "REQUEST" or e.recipient or root.dep_ not in ("advcl", "xcomp") or not roles.purpose(root):
            continue
        meeting = by_trigger.get(root.head.i)
        if meeting is not None and meeting.event == "CONSULT" and meeting.recipient:
            e.recipient = list(meeting.recipient)
            e.evidence.append(f"asked in the meeting '{meeting.trigger.text}': the one met is asked")
    return events


def _same_actor(mention: ActorMention, actors: list[ActorMention]) -> bool:
    """Is the mention one of the actors again (a pronoun or another name for the same person)?"""
    return mention.key is not None and any(a.key == mention.key for a in actors)


DEFINITE = {"the", "this", "that", "these", "those"}
# what an attack is carried out with, which the dictionary may also know as a unit ("Armenian artillery")
# (not vehicles: a drone or a tank shot down or destroyed is the target)
WEAPONS = roles.WEAPONS
BLOCS = {"IGO", "EUR", "UNO"}  # what a state joins as a member: "Sweden joined NATO"
GROUND_PREPS = {"in", "near", "inside", "across", "around"}  # where a strike hit: "hit a village in Kharkiv region"
# a strike or a weapon named as the doer, which says nothing of whose it was
STRIKES = WEAPONS | {"strike", "airstrike", "drone", "attack", "bombing", "shelling", "raid", "explosion", "blast",
                     "fire", "gunfire", "shellfire"}


def _previous_sentence_start(tok: Token) -> int:
    """Where the sentence before the token's begins (its own start for the first)."""
    before = sentence_before(tok.sent)
    return before.start if before is not None else tok.sent.start
# plural nouns for the parties to a meeting or a deal: "the two leaders met", "the ministers agreed"
COUNTERPARTS = {"leader", "side", "party", "country", "nation", "delegation", "negotiator", "government",
                "minister", "president", "counterpart", "delegate", "envoy", "representative"}


def _counterparts(actors: list[ActorMention]) -> bool:
    """One plural actor that names the parties themselves, each the other's recipient."""
    if len(actors) != 1:
        return False
    head = actors[0].span.root
    return head.tag_ == "NNS" and head.lemma_.lower() in COUNTERPARTS


def _same_state(mention: ActorMention, others: list[ActorMention]) -> bool:
    """Is the mention another name for a country among the others ("Turkey" ... "Ankara")?"""
    country = mention.entity.country
    return bool(country) and mention.entity.kind != "person" and any(
        o.entity.country == country and o.entity.kind != "person" for o in others)


def _state_of(mention: ActorMention, others: list[ActorMention]) -> bool:
    """Does the mention name the state, or an organ of the state, of one of the others ("Myanmar's
    military government" answers a request made of its leader)?"""
    country = mention.entity.country
    return bool(country) and (mention.entity.kind == "country" or mention.entity.sector in STATE_ORGANS) and any(
        o.entity.country == country for o in others)


def _foreign(actors: list[ActorMention], recipients: list[ActorMention]) -> bool:
    mine = {a.entity.country for a in actors if a.entity.country}
    theirs = {r.entity.country for r in recipients if r.entity.country}
    return bool(mine and theirs and not mine & theirs)


def caused_by_nature(head: Token) -> bool:
    """Is the harm done by an accident or a disaster rather than by someone?"""
    causes = [c for c in head.children if c.dep_ == "nsubj"]
    if head.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP") for c in causes):
        causes.append(head.head)  # "Typhoon Haiyan, which killed over 6,000 people"
        # "an earthquake with magnitude 6.3 that struck": the parser may hang "that" on a nearer noun
        causes += [a for a in list(head.head.ancestors)[:2] if a.pos_ == "NOUN"]
    causes += [g for _, g in roles.prep_objects(head, {"in", "by", "after", "during", "from"})]
    causes += [g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if head.dep_ == "advcl" and head.tag_ == "VBG":
        causes += [c for c in head.head.children if c.dep_ == "nsubj"]  # "an earthquake struck, injuring 25"
        hit = head.head
        struck = [c for c in hit.children if c.dep_ == "dobj"]
        struck += [g for c in struck for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj"]  # "a group of motorcycles"
        if hit.lemma_.lower() in COLLIDING and any(c.lemma_.lower() in VEHICLES for c in struck):
            return True  # "a truck struck a group of motorcycles, killing seven riders": a crash
    if roles.is_passive(head) and not roles.subject(head) and any(
            t.lemma_.lower() in MISHAPS_THAT_HARM and any(c.lower_ in ("when", "after", "as") for c in t.children)
            for t in head.sent if t.i > head.i):
        return True  # "seven people were killed when a bomber crashed at the airport" (by no one named)
    causes = [c for c in causes if not _gunfire(c) and not _bombing(c)]
    # a named storm counts by its kind: "Typhoon Phanfone made landfall, killing at least 20"
    return any(w.lemma_.lower() in NATURAL_CAUSES for c in causes
               for w in (c, *(x for x in c.children if x.dep_ == "compound"))) or any(
        c.doc[c.left_edge.i:c.i + 1].text.lower() in NATURAL_CAUSES for c in causes)  # "SARS-CoV-2", in pieces


def _gunfire(cause: Token) -> bool:
    """"Hezbollah fire", "Israeli fire", "artillery fire", "sniper fire": fire someone shot, not a blaze."""
    return cause.lemma_.lower() == "fire" and any(
        c.dep_ in ("compound", "amod", "poss") and (c.text[:1].isupper() or c.lemma_.lower() in WEAPONS | FIRING)
        for c in cause.children)


HOLDING = {"hold", "kidnap", "abduct", "capture", "seize", "take"}
WANTED = {"suspect", "fugitive", "militant", "terrorist", "jihadist", "convict", "criminal", "smuggler", "trafficker"}


def _held_by_others(verb: Token) -> bool:
    """Are the people freed said to be held by someone else ("hostages held by bandits",
    "students abducted by gunmen")?"""
    return any(c.dep_ == "acl" and c.lemma_.lower() in HOLDING and any(a.dep_ == "agent" for a in c.children)
               for o in roles.objects(verb) for c in o.children)


SEAS = {"sea", "ocean", "waters", "water"}
# texts whose bans are standing rules, not measures someone takes
STANDING_RULES = {"constitution", "charter", "treaty", "convention", "rule", "code", "statute", "doctrine",
                  "principle", "tradition", "custom", "scripture", "religion"}


def _fired_into_the_sea(verb: Token) -> bool:
    """"North Korea launched two ballistic missiles into the sea off its east coast": a launch
    that hits no one is a show of force."""
    return verb.lemma_.lower() in ("fire", "launch") and any(
        o.lemma_.lower() in WEAPONS for o in roles.objects(verb)) and any(
        g.lemma_.lower() in SEAS for h in (verb, *roles.objects(verb))
        for _, g in roles.prep_objects(h, {"into", "toward", "towards", "in"}))


def _bombing(cause: Token) -> bool:
    """"A bomb blast", "a suicide blast", "an explosion tore through a mosque": a blast someone set
    off, not an accident ("a gas explosion", "an explosion at a chemical plant" may be one)."""
    if cause.lemma_.lower() not in ("explosion", "blast"):
        return False
    words = {t.lemma_.lower() for t in cause.sent}
    if words & ACCIDENT_SITES:
        return False
    return bool(words & BOMBED_SITES) or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in WEAPONS | BOMBERS for c in cause.children)


BOMBERS = {"suicide", "roadside", "terror", "terrorist", "ied", "explosive", "bomber"}
# where a blast is a bombing, and where it may be an accident
BOMBED_SITES = {"mosque", "church", "shrine", "temple", "synagogue", "market", "bazaar", "checkpoint", "rally",
                "funeral", "convoy", "worshipper", "mourner", "crowd", "gathering", "procession"}
ACCIDENT_SITES = {"gas", "chemical", "plant", "factory", "mine", "pipeline", "tanker", "firework", "fireworks",
                  "boiler", "refinery", "warehouse", "kitchen", "restaurant", "fuel", "cylinder", "leak",
                  "accident", "accidental", "accidentally"}


FIRING = {"sniper", "tank", "machine", "gun", "small-arms", "heavy", "naval", "enemy", "hostile", "friendly", "drone"}
# a vehicle hitting another, which is a crash ("struck a group of motorcycles, killing seven")
COLLIDING = {"strike", "hit", "collide", "crash", "slam", "ram", "plow", "plough"}
VEHICLES = {"car", "truck", "lorry", "bus", "van", "motorcycle", "motorbike", "vehicle", "train", "tram", "boat",
            "ship", "ferry", "bicycle", "taxi", "minibus"}

# what happens to a vehicle or a building by accident
MISHAPS_THAT_HARM = {"crash", "collapse", "explode", "derail", "sink", "capsize", "overturn", "erupt"}

DISASTERS = NATURAL_CAUSES | {"tropical", "covid", "covid-19", "coronavirus", "epidemic", "snowstorm",
                               "blizzard", "heat", "drought", "famine", "spill"}


def in_another_script(sent: Span) -> bool:
    """A sentence mostly in another script ("वो demand करते हैं"): the English parser and
    dictionaries cannot read it, so nothing is coded from it."""
    text = text_of(sent.doc)[sent.start_char:sent.end_char]  # (``sent.text`` builds every token)
    if len(text.encode("utf-8")) - len(text) < len(text) // 2:
        return False  # few characters beyond ASCII (curly quotes, a name or two): English, found fast
    letters = [c for c in text if c.isalpha() or unicodedata.category(c).startswith("M")]  # with vowel signs
    return len(letters) >= 10 and sum(c.isascii() for c in letters) < len(letters) / 2


def private_security(ev: EventMention) -> bool:
    """"The company tightened security on its website": only a state or an armed group's
    tightened security is a show of force."""
    return ev.event == "MOBILIZE" and ev.trigger.root.lemma_.lower() == "security" and not any(
        a.entity.sector in AUTHORITIES | ARMED or (a.entity.country and not a.entity.sector and a.entity.kind != "person")
        for a in ev.actor)


def emergency_for_disaster(ev: EventMention) -> bool:
    """"Declared a state of emergency with Tropical Storm Barry approaching": emergency powers
    against a disaster are not repression."""
    if ev.mode != "martial-law" or "martial" in ev.trigger.sent.text.lower():
        return False
    return any(t.lemma_.lower() in DISASTERS or t.lower_ in DISASTERS for t in ev.trigger.sent)


# actor codes that are no country, so no article is about them: the UN, the EU, NGOs, companies
NOT_STATES = {"IGO", "UNO", "EUR", "NGO", "MNC", "IMG"}
SPEAKERS_FORCES = {"troop", "troops", "soldier", "force", "forces", "army", "military", "navy", "police",
                   "policeman", "officer", "defence", "defense", "system", "unit"}


def _state_speaker(reporter: ActorMention | None) -> str | None:
    """The country of a state that reports an event (its army, ministry or government), or None."""
    if reporter is None or not reporter.entity.country or reporter.entity.country in NOT_STATES:
        return None
    e = reporter.entity
    return e.country if e.sector in STATE_ORGANS | {"MIL"} or e.kind in ("country", "capital") else None


def country_clues(places: list[PlaceMention], headline_places: list[PlaceMention] = (),
                  actors: list[ActorMention] = ()) -> list[tuple[str, int, range]]:
    """What tells which country an article is about, as (country, weight, tokens): its resolved
    places, a place in the headline counting twice, and the actors it names with a country
    ("Syrian state media", "Serbians", "Duterte") that are not places already."""
    clues = [(p.place.country, 2, range(0)) for p in headline_places
             if p.place.country and (p.place.confidence or 0) >= 0.5]
    body = [(p.place.country, 1, range(p.span.start, p.span.end)) for p in places
            if p.place.country and (p.place.confidence or 0) >= 0.5]
    placed = {i for _, _, tokens in body for i in tokens}
    body += [(m.entity.country, 1, range(m.span.start, m.span.end)) for m in actors
             if m.entity.country and m.entity.country not in NOT_STATES
             and not placed.intersection(range(m.span.start, m.span.end))]
    return clues + sorted(body, key=lambda clue: clue[2].start)


def home_country(clues: list[tuple[str, int, range]], excluding: set[int] = frozenset()) -> str | None:
    """The country an article is about: the one its clues (``country_clues``) point to most, leaving
    out those on the ``excluding`` tokens (ties: the first named, headline first)."""
    counts: dict[str, int] = {}
    for country, weight, tokens in clues:
        if not excluding.intersection(tokens):
            counts[country] = counts.get(country, 0) + weight
    if not counts:
        return None
    best = max(counts.values())
    return next(c for c in counts if counts[c] == best)


def has_participant(ev: EventMention) -> bool:
    """An event record needs a who or a whom: a coded actor or a named one ("something was
    released" is not an event record; "Barr refused" is, even before we know who Barr is), or,
    for violence and protest named as such ("twin bombings struck the cathedral", "protests
    have been taking place in Belgrade"), the place where it happened."""
    if any(m.entity.country or m.entity.sector or (m.entity.kind in ("person", "organisation") and not _nobody(m))
           for m in ev.actor + ev.recipient):
        return True  # but not "I talked to them", "thank you for speaking with us": nobody known
    return ev.event in ("ASSAULT", "PROTEST") and ev.trigger.root.pos_ == "NOUN" and (
        ev.location is not None or _dated(ev.trigger.root))  # "after last week's protests"


# adverbs that make a verb tell what happens as a rule: "companies frequently blasted sacred sites"
SERIES = {"string", "series", "spate", "wave", "run", "succession", "number", "flurry", "chain"}
AS_A_RULE = {"frequently", "often", "usually", "regularly", "routinely", "typically", "generally",
             "habitually", "commonly", "always", "historically", "traditionally", "customarily"}
KINDS_OF_CASE = {"event", "case", "incident", "situation", "instance", "circumstance", "occasion", "scenario"}
MANY_TIMES = {"numerous", "many", "countless", "multiple"}  # "numerous times, people have been sentenced"


def _time_and_again(verb: Token) -> bool:
    """"Numerous times, over the years", "throughout history": what has kept happening."""
    for c in verb.children:
        if c.lemma_.lower() == "time" and c.tag_ == "NNS" and any(m.lower_ in MANY_TIMES for m in c.children):
            return True
        if c.dep_ == "prep" and any(o.dep_ == "pobj" and (
                (c.lower_ == "over" and o.lower_ == "years" and any(d.lower_ == "the" for d in o.children))
                or (c.lower_ in ("throughout", "in") and o.lower_ == "history"
                    and not any(d.dep_ in ("poss", "amod", "compound") for d in o.children))) for o in c.children):
            return True
    return False


def _the_latest_in_a_series(noun: Token) -> bool:
    """"the latest in a string of attacks", "the third in a series of strikes"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.lemma_.lower() not in SERIES:
        return False
    series = noun.head.head
    return series.dep_ == "pobj" and series.head.lower_ == "in" and series.head.head.lower_ in (
        "latest", "last", "newest", "first", "second", "third", "fourth", "fifth")


def habitual(ev: EventMention) -> bool:
    """"A foundation, which provides support for families": a present-tense relative clause
    describes what someone does as a rule, not an event; so does a verb with "frequently" or
    "often", and a present tense whose subject is anyone at all ("people reject ideas")."""
    head = ev.trigger.root
    if _the_latest_in_a_series(head):
        return True  # "..., the latest in a string of attacks on shipping": the series, told as background
    clause = [head]
    if head.dep_ in ("acl", "advcl") and head.tag_ == "VBG":  # "frequently blasted sites, destroying ..."
        clause.append(head.head if head.head.pos_ in ("VERB", "AUX") else head.head.head)
    if any(c.dep_ == "advmod" and c.lower_ in AS_A_RULE for v in clause for c in v.children):
        return True
    if any(_time_and_again(v) for v in clause):
        return True
    present = head.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in head.children)
    if _whenever(head) or (present and any(c.dep_ == "advcl" and _whenever(c) for c in head.children)):
        return True  # "those who remain silent when Al-Aqsa is attacked", "Kenya protests whenever ..."
    if head.dep_ == "relcl" and any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in head.head.children):
        return True  # "name any groups who endorsed Biden": whoever they may be
    if head.dep_ == "relcl" and head.head.tag_ == "NNS" and head.head.lemma_.lower() in KINDS_OF_CASE and (
            head.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                               for c in head.children)):
        return True  # "counts events where four or more people are killed": a kind of case, defined
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if not subjects and head.dep_ == "conj" and head.tag_ in ("VB", "VBZ", "VBP") and head.head.tag_ in ("VBZ", "VBP") \
            and not any(c.dep_ in ("aux", "auxpass") for c in [*head.children, *head.head.children]):
        subjects = [c for c in head.head.children if c.dep_ == "nsubj"]  # "you go and ask Thoth"
        present = True
    if present and any(s.lemma_.lower() in GENERIC_SUBJECTS for s in subjects) and not any(
            a.entity.country and "article country" not in (a.entity.how or "") for a in ev.actor):
        return True  # "people reject ideas", "it supports businesses that ...": what is so in general
    if present and any(c.dep_ in ("amod", "det") and c.lower_ in QUANTIFIERS for s in subjects for c in s.children):
        return True  # "few people in Nairobi criticise the bishops"
    return present and head.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in head.children)  # not "where she faces trial"


def _whenever(clause: Token) -> bool:
    """A clause of what happens each time: "whenever Uganda closes the border", "when the mosque
    is attacked" (a present tense; "when police attacked" told one time)."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark" or (c.dep_ == "advmod" and clause.dep_ == "advcl")}
    present = (clause.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)) \
        or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in clause.children)
    return "whenever" in marks or ("when" in marks and present)


# subjects of a present-tense verb that say what holds in general
GENERIC_SUBJECTS = {"people", "it", "one", "everyone", "everybody", "someone", "somebody", "anyone", "anybody",
                    "you", "person", "few", "many", "most", "some", "lot", "others", "majority"}
QUANTIFIERS = {"few", "many", "most", "some"}


def court_referral(ev: EventMention) -> bool:
    """"The Supreme Court brought the case before the ECJ": a court passing a case on accuses no
    one; a case is someone's accusation only when it is against someone."""
    return ev.event == "ACCUSE" and ev.trigger.root.lemma_.lower() == "case" and not ev.recipient and bool(ev.actor) \
        and all(a.entity.sector == "JUD" for a in ev.actor)


def among_nobodies(ev: EventMention) -> bool:
    """"Come back and talk to the family", "why I rejected the religion": an "I" or "you" no one is
    known to be, with no one beside it but private people, is no political event."""
    sides = ev.actor + ev.recipient
    return any(_nobody(m) for m in sides) and not any(
        m.entity.sector and m.entity.sector != "CVL" for m in sides if not _nobody(m))


def _condition_subjects(verb: Token) -> list[Token]:
    """The subjects of the if- or unless-clauses a threat sets ("... if Turkey bought the S-400"),
    in the threat's own clause or the clause it reports."""
    clauses = [verb] + [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    return [s for v in clauses for c in v.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ != "PRON"]


OUSTING = {"oust", "overthrow", "topple", "depose"}


def voted_out(ev: EventMention) -> bool:
    """"The ruling party was ousted in the election", "parliament toppled the government in a
    no-confidence vote": an ousting by no armed hand and in no coup is politics, not force."""
    return ev.trigger.root.lemma_.lower() in OUSTING and not any(
        a.entity.sector in ARMED for a in ev.actor) and not any(
        t.lemma_.lower() in ("coup", "putsch", "junta", "mutiny") for t in ev.trigger.sent)


def business_dealing(ev: EventMention) -> bool:
    """"The two companies signed a merger agreement": firms of no country named meeting,
    agreeing and dealing with each other is commerce, not a political event (a firm fined or
    raided by a state still is)."""
    sides = ev.actor + ev.recipient
    several = len(sides) > 1 or (len(sides) == 1 and sides[0].span.root.tag_ in ("NNS", "NNPS"))
    return ev.event in ("SUPPORT", "AGREE", "COOPERATE", "CONSULT") and several and all(
        (m.entity.sector == "BUS" and m.entity.country in (None, "MNC")) or m.entity.country == "MNC" for m in sides)
    # (a Chinese firm investing in the Faroes is a country's economic tie, as PLOVER codes it)


def private_meeting(ev: EventMention) -> bool:
    """"He met guitarist Jerry Garcia", "Garcia invited him to collaborate": people with no office,
    party or trade that says they act in public life, meeting or inviting each other, are private;
    so are private people's and the police's journeys ("citizens have travelled to China") and the help they give
    each other ("a bystander attempted to aid the passengers")."""
    sides = ev.actor + ev.recipient
    if not ev.actor and ev.recipient and ev.event in ("REQUEST", "SUPPORT", "AID", "CONSULT", "AGREE") and all(
            m.span.root.pos_ == "PRON" and m.entity.sector in (None, "CVL") for m in ev.recipient):
        return True  # "we mostly encourage them to use condoms": no one named, asking private people
    if ev.actor and ev.recipient and ev.event in ("SUPPORT", "AGREE", "CONSULT", "REQUEST", "AID") and all(
            m.span.root.pos_ == "PRON" and m.entity.sector in (None, "CVL") for m in sides):
        return True  # "they had partially forgiven them": private people, each named only by a pronoun
    if ev.event == "AID":
        return bool(sides) and all(m.entity.sector in (None, "CVL") and m.entity.kind in ("person", "group")
                                   and not m.entity.country for m in sides)
    if ev.event == "AGREE" and ev.cameo == FUTURE_AS_AGREE["CONSULT"]:  # "they'll talk to me": talk ahead
        return bool(sides) and all(m.entity.sector in (None, "CVL") and m.span.root.pos_ in ("NOUN", "PRON")
                                   for m in sides)
    if ev.event != "CONSULT" and not (ev.event == "REQUEST" and ev.trigger.root.lemma_.lower() == "invite"):
        return False
    if ev.event == "CONSULT" and ev.cameo in ("042", "043") and ev.actor and all(
            m.entity.sector in (None, "CVL", "COP") and m.entity.kind in ("person", "group") for m in ev.actor):
        return True  # "citizens have travelled to these places": private travel, not a visit; nor
        # is the police's ("officers traveled to Canada and interviewed her friends")
    if ev.event == "CONSULT" and ev.cameo in ("042", "043") and ev.actor and ev.recipient and all(
            m.entity.sector in (None, "CVL") for m in ev.actor) and all(
            m.entity.sector in (None, "BUS") and m.entity.country in (None, "MNC") for m in ev.recipient):
        return True  # "a church group had been travelling to Walt Disney World": a trip to a business
    if ev.event == "CONSULT" and sides and all(
            m.entity.sector in (None, "CVL") and m.span.root.pos_ in ("NOUN", "PRON") for m in sides):
        return True  # "girls are not comfortable talking to other people": no one named, no office
    return bool(sides) and all(m.entity.kind == "person" and not m.entity.sector for m in sides)


def domestic_visit(ev: EventMention) -> bool:
    """"Trump visited California", "Harris visited the state": a politician touring their own
    country is not a visit between parties (PLOVER CONSULT); a visit abroad is."""
    home = {a.entity.country for a in ev.actor if a.entity.country}
    if ev.cameo != "042" or not home:
        return False
    where = ev.location.span if ev.location is not None else None
    if ev.recipient:  # "traveling to Cleveland, Ohio", the city taken for a group: where, not whom
        return all(r.entity.country in home and (r.entity.kind in ("region", "capital", "country") or (
            where is not None and where.start <= r.span.start < where.end)) for r in ev.recipient)
    return ev.location is None or ev.location.place.country in home


def bowed_out(ev: EventMention) -> bool:
    """"Bayes withdrew in March 2019": a person, or a name with no code, withdrawing from nothing
    named (a race, a contest) is no troops' retreat."""
    return (ev.cameo == "087" and ev.trigger.root.pos_ == "VERB" and not ev.recipient and bool(ev.actor)
            and all((a.entity.kind == "person" or not (a.entity.country or a.entity.sector))
                    and a.entity.sector not in ARMED for a in ev.actor))


def asks_for_a_figure(ev: EventMention) -> bool:
    """"NATO guidelines call for 2%": a standard that names a number asks no one for anything."""
    head = ev.trigger.root
    if ev.event != "REQUEST" or ev.recipient:
        return False
    wanted = [g for _, g in roles.prep_objects(head, {"for"})] + roles.objects(head)
    if head.lemma_.lower() in ("appeal", "plead", "beg") and any(roles.a_sum(w) for w in wanted):
        return False  # "the UN appealed for $4 billion": a plea for funds
    return bool(wanted) and all(w.ent_type_ in ("PERCENT", "MONEY", "CARDINAL", "QUANTITY") or w.like_num
                                for w in wanted)


def campaign_rally(ev: EventMention) -> bool:
    """"Trump held five rallies a day": a politician's rally is campaigning, neither a protest nor
    a meeting."""
    head = ev.trigger.root
    return (head.lemma_.lower() == "rally" and head.pos_ == "NOUN"
            and (any(m.entity.sector in ("GOV", "LEG", "PTY", "ELI") for m in ev.actor)
                 or any(c.dep_ in ("compound", "amod") and c.lower_ in ("campaign", "election", "electoral")
                        for c in head.children)))  # "West held his first campaign rally"


def _nobody(m: ActorMention) -> bool:
    """An "I", "we" or "you" that no quote or antecedent ties to anyone."""
    return m.span.text.lower() in SPEAKER_PRONOUNS and m.entity.how == NO_ANTECEDENT


def inquiry_into_mishap(ev: EventMention) -> bool:
    """"Began investigations of the crash", "investigating how our brain processes emotions":
    looking into an accident or a question of science is not investigating a wrong (CAMEO 09)."""
    head = ev.trigger.root
    if ev.mode != "investigate":
        return False
    if any(c.dep_ == "ccomp" and (_whether(c) or c.left_edge.tag_ in ("WRB", "WP")) for c in head.children):
        # "scientists are investigating how ...": a question, not a suspect ("police are
        # investigating how he died" still is an inquiry)
        return not any(a.entity.sector in AUTHORITIES for a in ev.actor)
    looked_into = roles.objects(head) + [g for _, g in roles.prep_objects(head, {"of", "into"})]
    looked_into += [g for o in looked_into for _, g in roles.prep_objects(o, {"of"})]
    return any(t.lemma_.lower() in MISHAPS for t in looked_into)


# places of public life closed after an accident or a storm, by no one named
FACILITIES = {"airport", "road", "highway", "motorway", "school", "station", "bridge", "port", "mall", "store",
              "shop", "park", "beach", "stadium", "runway", "terminal", "railway", "line", "tunnel", "market"}


def anonymous_closure(ev: EventMention) -> bool:
    """"Bradley Airport was shut down after the incident": a facility closed by no one named is
    no coercion."""
    return (ev.event in ("COERCE", "SANCTION") and not ev.actor and bool(ev.recipient)
            and ev.trigger.root.lemma_.lower() in ("shut", "close") and all(
                any(t.lemma_.lower() in FACILITIES for t in m.span) for m in ev.recipient))


def restrictions_on_no_one(ev: EventMention) -> bool:
    """"The four-pack per transaction restriction introduced by Woolworths and Coles": a rule
    laid on no one by names no dictionary or title codes (shops, firms) is no coercion."""
    return (ev.event == "COERCE" and ev.mode == "restrict" and not ev.recipient and bool(ev.actor)
            and all(not m.entity.sector and m.entity.kind != "country" for m in ev.actor))


def anonymous_harm(ev: EventMention) -> bool:
    """"An engineer was killed", "the virus killed three": harm with no doer and no violence."""
    head = ev.trigger.root
    if ev.event != "ASSAULT" or ev.actor or head.lemma_.lower() not in HARM_VERBS:
        return False
    if head.pos_ == "NOUN" and ev.recipient and any(c.dep_ == "poss" for c in head.children):
        return False  # "ordered Khashoggi's killing": a killing done to someone named is no mishap
    return not any(t.lemma_.lower() in VIOLENCE_WORDS or t.lower_ in VIOLENCE_WORDS or _bombing(t) for t in head.sent)


# what is killed or culled that is not people: "ordered the killing of 300,000 pigs"
ANIMALS = {"animal", "pig", "hog", "swine", "chicken", "poultry", "bird", "duck", "cattle", "cow", "sheep", "goat",
           "livestock", "dog", "cat", "horse", "deer", "whale", "dolphin", "shark", "elephant", "rhino", "lion",
           "tiger", "bear", "wolf", "fish", "mink", "camel", "monkey", "rat", "mosquito", "locust", "badger",
           "chick", "calf", "lamb", "jackal", "fox", "bee", "puppy", "seal", "turtle", "penguin", "crocodile",
           "snake", "orca", "butterfly", "gull", "owl", "eagle", "vulture", "hen", "goose", "rabbit", "boar",
           "leopard", "giraffe", "gorilla", "chimpanzee", "bat", "pigeon", "parrot", "koala", "kangaroo"}


THREATENING = {"threaten", "warn", "vow", "menace", "pledge", "promise"}


def animals_harmed(ev: EventMention) -> bool:
    """Killing or shooting animals (a cull, a hunt) is no assault: the harmed are all animals."""
    head = ev.trigger.root
    if ev.event != "ASSAULT" and not (ev.event == "THREATEN" and head.lemma_.lower() not in THREATENING):
        return False  # (a harm to come is coded THREATEN: "they will attack and kill chicks")
    harmed = (roles.objects(head) + [c for c in head.children if c.dep_ == "nsubjpass"]) if head.pos_ == "VERB" \
        else [g for _, g in roles.prep_objects(head, {"of"})]
    return bool(harmed) and all(t.lemma_.lower() in ANIMALS for h in harmed for t in roles.expand(h))


def future_reading(event_type: str, mode, cameo) -> tuple[str, str | None, str, str | None]:
    """PLOVER's reading of a future event: intentions to cooperate are AGREE, stated future
    force is THREATEN; a promised concession is a concession (PLOVER: "promised easing");
    anything else stays as it is (and is marked hypothetical)."""
    if event_type == "CONCEDE":
        return event_type, mode, cameo, "a promised concession is a concession"
    if event_type in FUTURE_AS_AGREE:
        return "AGREE", None, FUTURE_AS_AGREE[event_type], f"future {event_type.lower()} coded as AGREE"
    if event_type in FUTURE_AS_THREAT:
        m, c = FUTURE_AS_THREAT[event_type]
        return "THREATEN", m, c, f"future {event_type.lower()} coded as THREATEN"
    return event_type, mode, cameo, None


def _same_doers(frame: EventMention, embedded: EventMention) -> bool:
    """Does the frame's actor do the embedded event too ("Kenya agreed to hold talks": Kenya talks)?"""
    return bool(frame.actor) and {a.span.start for a in frame.actor} == {a.span.start for a in embedded.actor}


def _frame_of(head: Token, by_head: dict[int, EventMention]) -> EventMention | None:
    tok = head
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in roles.TELLING_OF:
        return None  # "vowed to avenge the killing of its leader": the killing is done, not vowed
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        tok = tok.head  # "vowed to continue the war": the noun's light verb is what the frame governs
    for _ in range(3):
        if (tok.dep_ not in ("xcomp", "ccomp", "pcomp", "conj") and not roles.urged_infinitive(tok)) \
                or tok.head.i == tok.i:
            return None
        parent = roles.coordinated_head(tok) if tok.dep_ == "conj" else tok.head
        if tok.dep_ == "pcomp":
            parent = parent.head
        frame = by_head.get(parent.i)
        if frame is not None and frame.event in FRAMES and tok.dep_ != "conj":
            return frame
        tok = parent
    return None


def merge_nested(events: list[EventMention]) -> list[EventMention]:
    """One event per happening: "killed in an attack" is one ASSAULT, not two."""
    kept: list[EventMention] = []
    for e in sorted(events, key=lambda e: e.trigger.start):
        related = [k for k in kept if k.event == e.event and k.negated == e.negated
                   and _related(k.trigger.root, e.trigger.root)]  # ("had not attacked ... and accused the army
        # of shelling civilians": two events)
        twin = next((k for k in related if not _other_sides(k, e) and not _other_targets(k, e)
                     and not _other_measures(k, e)), None)
        if twin is None:
            answered = next((k for k in related if _countries_of(k.recipient) & _countries_of(e.actor)), None)
            if answered is not None and not e.recipient:
                e.recipient = list(answered.actor)  # "retaliating against missile attacks from
                # Azerbaijan": those attacks were on the ones who retaliate
            kept.append(e)
            continue
        twin.actor = twin.actor or e.actor
        twin.recipient = twin.recipient or [r for r in e.recipient if r.span.root.i not in {
            a.span.root.i for a in twin.actor}]  # ("the army repelled an attack": the attack was on the
        # army, which repelled it on no one named)
        twin.location = twin.location or e.location
        twin.confidence = max(twin.confidence, e.confidence)
    return kept


def _other_measures(a: EventMention, b: EventMention) -> bool:
    """"Seized power and placed the president under house arrest": two measures of one kind
    (a seizure, an arrest), not one told twice."""
    return a.event in ("COERCE", "SANCTION") and bool(a.cameo and b.cameo) and a.cameo[:3] != b.cameo[:3]


def _term_of_a_deal(head: Token) -> bool:
    """Is the clause said to be done "under the deal" (agreement, accord, truce, plan)?"""
    tok = head
    for _ in range(4):
        if any(c.dep_ == "prep" and c.lower_ in ("under", "as") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in DEAL_WORDS for g in c.children) for c in tok.children):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _other_targets(a: EventMention, b: EventMention) -> bool:
    """Two deeds of one doer done to different parties ("welcomed the agreement and thanked the
    United States and France"): two events, not one (but "shelled the village, killing five
    villagers" is one)."""
    x, y = a.trigger.root, b.trigger.root
    if x.lemma_.lower() == y.lemma_.lower() or not (a.recipient and b.recipient) or not (
            (y.dep_ == "conj" and y.head.i == x.i) or (x.dep_ == "conj" and x.head.i == y.i)):
        return False  # (only verbs joined by "and": not "spoke out against the attack, calling it ...")
    ours, theirs = _countries_of(a.recipient), _countries_of(b.recipient)
    return bool(ours) and bool(theirs) and not ours & theirs


def _other_sides(a: EventMention, b: EventMention) -> bool:
    """Are the doers of two nested attacks of different countries ("the Armenians were retaliating
    against missile attacks from Azerbaijan"): two events, not one?"""
    if a.event != "ASSAULT":
        return False  # (force answered by force; a call to demand something is one request)
    ours, theirs = _countries_of(a.actor), _countries_of(b.actor)
    return bool(ours) and bool(theirs) and not ours & theirs


def _countries_of(mentions: list[ActorMention]) -> set[str]:
    return {m.entity.country for m in mentions if m.entity.country}


def _related(a: Token, b: Token) -> bool:
    """Does one trigger govern the other within one clause ("killed in an attack", "attacked and
    killed", "shelled the village, killing two")? Not across a relative, reported or adverbial clause: in "missiles targeting US troops in
    response to the airstrike that killed Soleimani" the killing is another event."""
    a, b = ((roles.coordinated_head(t) if t.dep_ == "conj" and t.pos_ == "NOUN" else t) for t in (a, b))
    if a.i == b.i:
        return True  # "used water cannon and pepper spray": one act with both
    if any((p := roles.left_harmed(x)) is not None and y.head.i == p.head.i and y.dep_ == "nsubj"
           for x, y in ((a, b), (b, a))):
        return True  # "Russian shelling left ten civilians injured": the harm the shelling left
    if any(x.pos_ == "NOUN" and y.dep_ == "relcl" and (
            y.head.i == x.i or (y.lemma_.lower() in roles.DEADLY and getattr(
                roles.deed_beyond_the_place(y.head), "i", None) == x.i)) and any(
            c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in y.children) for x, y in ((a, b), (b, a))):
        return True  # "a suicide bombing that killed 23 soldiers": the bombing killed them (also "a
        # bombing at a police compound that killed 84 people", the "that" hung on the compound)
    if any(x.pos_ == "NOUN" and x.dep_ in ("dobj", "nsubj") and y.dep_ == "advcl" and _participle(y)
           and y.head.i == x.head.i for x, y in ((a, b), (b, a))):
        return True  # "carried out air strikes on a village, killing dozens": the strikes killed them;
        # "a bomb exploded at a market, killing five": the bomb did
    return _governs(a, b) or _governs(b, a) or (  # "used tear gas to disperse protesters": one act (also
        a.head.i == b.head.i and a.head.lemma_.lower() in roles.INSTRUMENTAL  # "water cannon and pepper spray")
        and {a.dep_, b.dep_} in ({"dobj", "xcomp"}, {"dobj", "advcl"}))


def _participle(clause: Token) -> bool:
    """", killing two civilians": a participle with no subject of its own tells the same event."""
    return clause.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "mark") for c in clause.children)


def _governs(upper: Token, lower: Token) -> bool:
    tok = lower
    while tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "ccomp", "parataxis", "csubj") or (
                tok.dep_ == "advcl" and not _participle(tok) and not roles.purpose(tok)) \
                or (tok.dep_ == "acl" and tok.head.dep_ in ("nsubj", "nsubjpass")):  # a clause on the subject
            return False  # is another happening: "strikes killed 20 people ..., a day after Hezbollah fired"
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children):
            return False  # a deed with its own doer: "will release hostages under the deal brokered by Egypt"
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in PROMISES | {"threaten"}:
            return False  # "targeted the ship ... and vowed to keep up the attacks": what is vowed is to come
        tok = tok.head
        if tok.i == upper.i:
            return True
    return False


def confidence(row: Trigger, ev: EventMention, table: TriggerTable | None = None) -> float:
    """How likely the event is right: the hand-set score from the trigger's prior and the coded
    roles, corrected by the shipped calibrator over the event's cues (see ``calibration``)."""
    cues = calibration.cues(row, ev, table)
    model = calibration.shipped()
    return model(cues) if model is not None else calibration.hand_set(cues)


@Language.factory("wc_events", assigns=["doc._.wc_events"],
                  default_config={"extra_files": [], "keep_boilerplate": False})
def make_events(nlp: Language, name: str, extra_files: list[str], keep_boilerplate: bool) -> "EventAnnotator":
    return EventAnnotator(tuple(extra_files), keep_boilerplate)


class EventAnnotator:
    """Sets ``doc._.wc_events``: coded events with roles, modality, date, place and confidence."""

    def __init__(self, extra_files: tuple[str, ...] = (), keep_boilerplate: bool = False):
        self.table = TriggerTable.load(extra_files)
        self.keep_boilerplate = keep_boilerplate

    def __call__(self, doc: Doc) -> Doc:
        doc._.wc_events = EventFinder(doc, self.table, self.keep_boilerplate).find()
        return doc
