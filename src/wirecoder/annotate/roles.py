"""Who did it and to whom: actor and recipient tokens of an event from the dependency parse.

Active and passive voice (by-agents), reciprocal and compound actors ("Iran and Iraq agreed"),
objects and prepositional recipients ("called on Tallinn", "talks with Iran"), subjects shared
by coordinated verbs or inherited through "agreed to ...", relative clauses and participles.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirecoder.annotate.given_names import FEMALE_NAMES, MALE_NAMES
from wirecoder.nlp.extensions import entities_of

RECIPIENT_PREPS = {"with", "against", "on", "upon", "to", "toward", "towards", "at", "into", "for", "from", "of"}
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "across", "around", "throughout", "along",
                  "within", "off", "over", "through", "from", "into", "between", "beside", "north",
                  "south", "east", "west"}
SUBJECTS = ("nsubj", "csubj")
CLIMB = {"conj", "xcomp", "advcl", "acomp"}
EVENT_NOUN_PREPS = {"on", "against", "with", "to", "toward", "towards", "at", "upon", "into"}
# verbs whose object is what is talked about, not whom: "discussed COVID-19 with Wikinews"
TOPICAL = {"discuss", "debate", "negotiate"}
# event nouns whose of-phrase names the one acted upon, not the doer: "the arrest of the mayor"
CURRENCIES = {"dollar", "euro", "pound", "yen", "yuan", "rouble", "ruble", "rupee", "franc", "riyal", "dirham", "lira"}
# what a court issues against someone, named with "for": "an arrest warrant for Putin"
CHARGES = {"warrant", "indictment", "summons", "subpoena"}
PATIENT_OF = {"investigation", "probe", "inquiry", "arrest", "detention", "killing", "assassination",
              "release", "expulsion", "deportation", "trial", "prosecution", "condemnation", "criticism",
              "impeachment", "recognition", "occupation", "invasion", "bombing", "shelling", "siege",
              "blockade", "execution", "abduction", "kidnapping", "annexation", "persecution", "torture",
              "shooting", "stabbing", "massacre"}
# things given or pledged, whose for-phrase names who gets them
BENEFITS = {"support", "aid", "assistance", "help", "backing", "solidarity", "funding", "fund", "funds",
            "loan", "weapon", "weapons", "arms", "relief", "bailout", "grant", "visa", "visas", "package"}
# envoys, whose recall, summons or expulsion is aimed at the country they are posted to or speak for
MISSIONS = {"embassy", "consulate", "mission"}  # a state's posts abroad, aimed at the host when closed
ENVOYS = {"ambassador", "envoy", "diplomat", "charge", "consul", "attache", "attaché", "emissary", "commissioner"}
# verbs whose subject is on the receiving end of the event noun they carry
RECEIVING = {"receive", "face", "draw", "get", "suffer", "attract", "incur", "endure", "secure"}
# verbs by which one tells of, sees or remembers an event someone else did: "pointed to the attack
# on the embassy", "survived an attack", "recalled the invasion"
TELLING_OF = {"cite", "point", "mention", "recall", "remember", "commemorate", "mark", "recount", "report",
              "document", "witness", "see", "watch", "film", "note", "highlight", "survive", "escape",
              "study", "discuss", "compare", "mourn", "avenge", "revenge"}
# verbs of asking, whose from-phrase names who is asked
ASKING = {"demand", "request", "seek", "expect", "want", "ask", "require", "subpoena"}
# verbs by which one gets another to do something: their infinitive is the other's deed, to come
URGING = {"call", "urge", "ask", "press", "order", "request", "encourage", "tell", "invite", "push", "pressure",
          "appeal", "implore", "instruct", "direct", "force", "compel", "persuade", "advise", "beg", "require",
          "oblige", "obligate"}


def urged_infinitive(clause: Token) -> bool:
    """An infinitive the parser hung on an urging verb as a purpose: "called on Egypt [to release]"."""
    return clause.dep_ == "advcl" and clause.head.lemma_.lower() in URGING and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and bool(
        objects(clause.head) or prep_objects(clause.head, {"on", "upon"}))
# nouns that count or stage events: "a new round of talks", "a wave of drone attacks" are the talks
# and the attacks
MEASURES_OF = {"round", "series", "wave", "spate", "string", "flurry", "barrage", "salvo", "volley"}
# what is struck without saying whose it is: "targets in southern Lebanon" (but "Hamas targets" are Hamas's)
GENERIC_TARGETS = {"target", "position", "site", "facility", "installation", "base", "depot", "area", "location",
                   "infrastructure", "village", "town", "city", "neighbourhood", "neighborhood", "district", "hotel",
                   "market", "school", "hospital", "church", "mosque", "restaurant", "building", "compound",
                   "outpost", "post", "checkpoint", "barracks", "garrison", "camp", "headquarters", "stronghold",
                   "hideout"}
WEAPONS = {"artillery", "missile", "rocket", "shell", "mortar", "grenade", "bomb", "gun", "weapon", "bullet",
           "round", "munition", "gas", "cannon"}
# craft and vehicles, which are their owners' ("coast guard vessels", "army helicopters")
EQUIPMENT = {"vessel", "ship", "boat", "warship", "helicopter", "aircraft", "plane", "jet", "warplane", "drone",
             "tank", "vehicle", "truck", "car", "convoy", "patrol"}
TIME_MARKS = {"after", "before", "when", "while", "as", "since", "until", "once"}
# saying verbs, and the word acts a speaker may go on to ("said ... and accused the army of ...")
SAYING = {"say", "tell", "state", "declare", "announce"}
# verbs that report a claim, whose speaker may go on to another word act: "denied that troops had
# burned any homes and blamed the rebels"
CLAIMING = {"deny", "insist", "claim", "allege", "confirm", "admit", "acknowledge", "argue", "add", "assert",
            "maintain", "stress", "reiterate"}
WORD_ACTS = {"accuse", "blame", "condemn", "criticize", "criticise", "deny", "urge", "call", "demand", "warn",
             "reject", "vow", "threaten", "pledge", "promise", "appeal", "denounce", "summon"}
# verbs by which one state hands a person over to another
HANDING_OVER = {"extradite", "repatriate", "hand"}
# verbs by which something is kept from someone: "withheld aid from Ukraine"
WITHHOLDING = {"withhold", "cut", "suspend", "freeze", "delay", "halt"}
# where something is said or shown, never whom it is aimed at: "hailed the report on Twitter"
MEDIA = {"twitter", "facebook", "instagram", "youtube", "telegram", "tiktok", "whatsapp", "weibo", "wechat",
         "television", "tv", "radio", "website", "web", "internet", "media", "blog", "podcast", "livestream"}


def expand(tok: Token) -> list[Token]:
    """A role head and the heads coordinated with it ("Iran and Iraq"); a plural title stands
    for the names it is followed by ("Presidents Muhammadu Buhari of Nigeria and Patrice Talon of
    Benin")."""
    named = [a for a in tok.children if a.dep_ == "appos" and a.pos_ == "PROPN"] if tok.tag_ in ("NNS", "NNPS") else []
    out = [t for a in named for t in expand(a)] or [tok]
    for child in tok.children:
        if child.dep_ == "conj":
            out += expand(child)
        elif child.dep_ == "compound":  # "US President Donald Trump and Turkish President Erdogan",
            out += [a for a in child.children if a.dep_ == "appos" and a.pos_ == "PROPN" and not _bracketed(a)]
            # ... also one level down: "Kenyan foreign minister Amina Yusuf and Ugandan foreign
            # minister John Okello met", with the first title hung on the second (misparses; but
            # "the People's Party (CHP) leader X" names the party's acronym, not another actor)
            out += [a for n in child.children if n.dep_ == "nmod" for a in n.children
                    if a.dep_ == "appos" and a.pos_ == "PROPN" and not _bracketed(a)]
    return out


def _bracketed(tok: Token) -> bool:
    return tok.i > 0 and tok.doc[tok.i - 1].text == "("


# plural nouns for parties, whose "including" names who they are: "neighbouring countries
# including Algeria and Morocco"
PARTY_NOUNS = {"country", "nation", "state", "ally", "neighbour", "neighbor", "government", "member"}


def examples(noun: Token) -> list[Token]:
    """The members a noun is illustrated by: Germany in "allies such as Germany", Algeria and
    Morocco in "countries including Algeria and Morocco"."""
    out: list[Token] = []
    for prep in noun.children:
        such_as = prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"
        including = prep.lower_ == "including" and noun.tag_ == "NNS" and noun.lemma_.lower() in PARTY_NOUNS
        if prep.dep_ == "prep" and (such_as or including):
            out += [m for g in prep.children if g.dep_ == "pobj" for m in (g, *g.conjuncts)]
    return out


def _people(obj: Token) -> bool:
    """Whether an object names people (the freed, the released), itself or by a quantity of them:
    "released dozens of prisoners"."""
    if obj.lemma_.lower() in PEOPLE:
        return True
    return (obj.lower_ in PARTITIVES or obj.lemma_.lower() in PARTITIVES) and any(
        g.lemma_.lower() in PEOPLE for _, g in prep_objects(obj, {"of"}))


def object_words(obj: Token) -> set[str]:
    """An object's word and its modifiers' ("martial law", "state of emergency", "diplomatic ties")."""
    toks = [obj] + [c for c in obj.children if c.dep_ in ("compound", "amod")]
    toks += [g for _, g in prep_objects(obj, {"of"})]
    return {t.lemma_.lower() for t in toks} | {t.lower_ for t in toks}


def _agent(verb: Token) -> list[Token]:
    for child in verb.children:
        if child.dep_ == "agent":
            return [_weapon_user(c) for c in child.children if c.dep_ == "pobj"]
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        # "They were denied visas by the United States": the parser may hang the by-phrase on the
        # object a passive keeps
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ == "by" and prep.i == obj.i + 1:
                    return [c for c in prep.children if c.dep_ == "pobj"]
    return []


def _fired_by(weapon: Token, verb: Token) -> Token | None:
    """Who fired a weapon the parser made the subject of "fired" ("Drones fired by the Houthis
    hit a ship" read as drones that fired): the by- or from-phrase of that verb."""
    if weapon.lemma_.lower() not in WEAPONS | {"drone"} or verb.lemma_.lower() not in ("fire", "launch", "drop"):
        return None
    found = [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    return (found or [g for _, g in prep_objects(verb, {"from"})] or [None])[0]


def _weapon_user(doer: Token) -> Token:
    """"killed by a roadside bomb planted by the Taliban", "drones fired by Iran-backed militias",
    "rockets fired from Gaza struck": a weapon's own by- or from-phrase names who used it."""
    if doer.lemma_.lower() not in WEAPONS | EQUIPMENT | {"drone", "explosive", "device", "mine", "ied"}:
        return doer
    fired = [c for c in doer.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")]
    users = [g for c in fired for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    users += [g for c in fired for _, g in prep_objects(c, {"from"})]  # "rockets fired from Gaza"
    return users[0] if users else doer


# verbs that always take an object: with none, and no auxiliary, a headline's participle is
# passive ("Two journalists killed in Kabul", "Opposition leader arrested")
DONE_TO = {"kill", "injure", "wound", "arrest", "detain", "jail", "sentence", "abduct", "kidnap",
           "execute", "shoot", "stab", "assassinate", "deport", "expel", "release", "free", "convict",
           "charge", "behead", "capture", "seize", "ban", "sanction", "attack", "evacuate", "rescue"}
# who attack rather than are attacked when a story says so with no object: "Russian forces attacked
# in Donetsk region overnight" (a headline's victims are counted: "Three soldiers attacked in Kashmir")
ATTACKERS = {"force", "forces", "troop", "troops", "militant", "rebel", "insurgent", "fighter", "jihadist",
             "militia", "gunman", "gunmen", "attacker", "army", "separatist"}


# what a passive's doer may be named through when there is no by-phrase: "killed in a US
# counter-terrorism operation", "wounded in an Israeli airstrike" (the operation's country acts)
OPERATIONS = {"operation", "airstrike", "strike", "raid", "attack", "bombing", "bombardment", "offensive",
              "shelling", "ambush", "assault", "crackdown", "incursion"}


def _launched_from(verb: Token) -> list[Token]:
    """"Rockets fired from Gaza", "drones launched from Yemen": with no one named, the place they
    were fired from stands for whoever fired them."""
    if verb.lemma_.lower() not in ("fire", "launch"):
        return []
    return [g for _, g in prep_objects(verb, {"from"}) if g.ent_type_ in ("GPE", "LOC")]


def _operation(verb: Token) -> list[Token]:
    """The operation a passive's harm was done in, standing for whoever carried it out."""
    return [obj for prep, obj in prep_objects(verb, {"in", "during"}) if obj.lemma_.lower() in OPERATIONS]


# verdicts a court hands down, and the court words that name who did, when a passive has no
# by-phrase: "was convicted in a Manila court", "After a jury trial in Paris, two officers were
# found guilty" (the jury finds them guilty)
VERDICTS = {"convict", "sentence", "find", "jail", "imprison", "acquit", "fine"}
COURTS = {"court", "jury", "judge", "tribunal", "magistrate"}


def _court(verb: Token) -> list[Token]:
    """The court a passive verdict was reached in, standing for whoever reached it: a court word
    in one of the verb's phrases or modifying their noun ("a jury trial", "a court ruling")."""
    if verb.lemma_.lower() not in VERDICTS:
        return []
    for _, obj in prep_objects(verb, {"in", "at", "after", "before", "during", "following"}):
        for tok in (obj, *(c for c in obj.children if c.dep_ in ("compound", "nmod"))):
            if tok.lemma_.lower() in COURTS:
                return [tok]
    return []


# what an authority does to people, and the authorities whose announcement of it names the doer:
# "the Iranian Chess Federation announced two players were banned", "police said three men were
# arrested" (not "Amnesty said activists were detained": a witness, not the one who did it)
AUTHORITY_ACTS = {"ban", "arrest", "detain", "jail", "imprison", "sentence", "convict", "fine", "charge",
                  "expel", "deport", "suspend", "sanction", "dismiss", "disqualify", "bar", "indict"}
AUTHORITIES = {"police", "ministry", "government", "authority", "court", "federation", "army", "military",
               "prosecutor", "prosecution", "office", "department", "agency", "commission", "council",
               "committee", "board", "regime", "junta", "administration", "cabinet", "judiciary", "tribunal",
               "official", "force", "forces", "guard", "service"}
ANNOUNCING = {"announce", "say", "confirm", "state", "declare", "report"}


def _announcer(verb: Token) -> list[Token]:
    """The authority that announces its own act in the passive, standing for whoever did it."""
    if verb.lemma_.lower() not in AUTHORITY_ACTS or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in ANNOUNCING:
        return []
    return [s for s in verb.head.children if s.dep_ == "nsubj" and s.lemma_.lower() in AUTHORITIES][:1]


CHARGED_WITH = {"baton", "truncheon", "bayonet", "stick", "club", "whip", "horse", "horseback", "shield", "cane"}


def charged_at(verb: Token) -> bool:
    """A charge at people ("charged at protesters", "charged into the crowd") or with weapons in
    hand ("charged the crowd with batons"), not the charge of a crime ("charged with murder")."""
    return verb.lemma_.lower() == "charge" and (
        bool(prep_objects(verb, {"at", "into", "toward", "towards"})) or any(
            g.lemma_.lower() in CHARGED_WITH for h in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
            for _, g in prep_objects(h, {"with", "on"})))


def _attackers_attacking(verb: Token, doers: list[Token] | None = None) -> bool:
    """"Russian forces attacked in Donetsk": armed men, not counted, who attacked (no object)."""
    if doers is None:
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
    return verb.lemma_.lower() == "attack" and any(
        c.lemma_.lower() in ATTACKERS and not any(n.dep_ == "nummod" for n in c.children) for c in doers)


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    if _passive_read_as_adjective(verb):
        return True
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.i != verb.i and not any(
            c.dep_ in ("nsubj", "aux", "dobj") for c in verb.children) and is_passive(verb.head):
        return True  # "who was arrested and banned": both passive
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBN") and verb.lemma_.lower() in DONE_TO and not any(
            c.dep_ in ("aux", "auxpass", "dobj", "agent") for c in verb.children) and any(
            c.dep_ == "auxpass" for c in verb.head.children) and any(c.dep_ == "nsubj" for c in verb.children):
        return True  # "107 people had been detained and 32 police officers injured": the passive goes on
    if verb.tag_ == "VBN" and verb.lemma_.lower() in DONE_TO and not any(
            c.dep_ in ("aux", "dobj", "agent") for c in verb.children) and any(c.dep_ == "nsubj" for c in verb.children):
        return not _attackers_attacking(verb) and not charged_at(verb)  # ("riot police charged at protesters")
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and any(c.dep_ == "agent" for c in verb.children) and not any(
            c.dep_ in ("nsubj", "aux", "dobj") for c in verb.children):
        return True  # "swapped 40 prisoners each, mediated by Kenya": a participle with a by-agent
    if verb.tag_ == "VBD" and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "agent" for c in verb.children) and not any(c.dep_ in ("nsubj", "dobj") for c in verb.children):
        return True  # "three drones fired by the Houthis were intercepted", the participle tagged a past tense
    if verb.tag_ != "VBN" or verb.dep_ not in ("acl", "relcl") or any(c.dep_ == "nsubj" for c in verb.children):
        return False
    if _predicate_on_a_phrase(verb) is not None:
        return False
    # a participle on a noun is passive ("the diplomats expelled by Moscow", "two journalists
    # killed in the attack") unless that noun is all the sentence has for a main clause and the
    # verb has an object or a means ("by shouting"): then it is the predicate the parser missed
    # ("Members of parliament protested by shouting", "Members of parliament rejected the bill")
    means = any(c.dep_ in ("agent", "prep") and c.lower_ == "by" and any(g.tag_ == "VBG" for g in c.children)
                for c in verb.children)  # a means is done by a doer, wherever the parser hangs it
    active_marks = means or any(c.dep_ == "dobj" for c in verb.children) or charged_at(verb)
    if _attackers_attacking(verb, [verb.head]) and (verb.head.dep_ == "ROOT" or _subject_of_a_later_cue(verb.head)):
        return False  # "Militants attacked in Mali's north, killing 12 villagers, officials said"
    if _says_that(verb):  # "after William Conley, a district judge, ordered last week that ..."
        return False
    return not (verb.head.pos_ in ("NOUN", "PROPN") and (means or (active_marks and (
        verb.head.dep_ in ("ROOT", "nsubj") or _subject_of_a_later_cue(verb.head)))))  # (or the subject of a
    # later verb the parser made the main one: "strikes killed 20 people ..., a day after Hezbollah fired")


def _predicate_on_a_phrase(verb: Token) -> Token | None:
    """"An Israeli strike on a school killed 30 people", parsed as a school that was killed with
    the noun phrase for the whole sentence: a past tense with an object, hung on the noun of a
    phrase of the sentence's root noun, is that noun's predicate; the root noun is its subject."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    if verb.head.dep_ not in ("pobj", "dobj"):
        return None
    tok = verb.head  # up through the phrase: "a strike on a school sheltering displaced people killed"
    for _ in range(6):
        if tok.dep_ == "ROOT":
            return tok if tok.pos_ in ("NOUN", "PROPN") else None
        if tok.dep_ not in ("pobj", "prep", "dobj", "acl"):
            return None
        tok = tok.head
    return None


def _subject_of_a_later_cue(noun: Token) -> bool:
    """"Israeli air strikes killed 12 people in Gaza, health officials said", parsed as strikes
    (killed ...) the subject of "said": the noun is the subject of a report that comes after."""
    cue = noun.head
    return noun.dep_ == "nsubj" and cue.lemma_.lower() in REPORT_CUES and cue.i > noun.i + 2 and any(
        c.dep_ == "nsubj" and c.i != noun.i for c in cue.children)


REPORT_CUES = {"say", "report", "tell", "confirm", "announce", "claim", "add", "state"}


# words of quantity, which stand for the members named in their of-phrase ("dozens of prisoners")
PARTITIVES = frozenset("number group dozen dozens hundred hundreds thousand thousands million millions "
                       "couple handful lot lots majority minority some many most several few all "
                       "one two three four five six seven eight nine ten each both "
                       "convoy column patrol contingent detachment unit squad batch".split())  # ("a convoy of
# Kenyan troops" is the troops)
# object words of a trigger that are people, and so still its recipient ("released two British sailors")
PEOPLE = {"prisoner", "hostage", "detainee", "captive", "activist", "journalist", "soldier", "fisherman",
          "fishermen", "sailor", "crew", "people", "man", "men", "woman", "women", "student", "protester",
          "dissident", "leader", "civilian", "refugee", "migrant", "worker", "citizen", "national", "tourist",
          "opponent", "critic", "politician", "lawmaker", "official", "member", "candidate", "crowd", "mob",
          "fighter", "militant", "rebel", "insurgent", "jihadist", "troop", "commander"}
# verbs by which one holds another back from a deed: "warned Russia against invading Ukraine"
HOLDING_BACK = {"warn", "caution", "deter", "prevent", "stop", "bar", "ban", "dissuade", "discourage", "prohibit",
                "restrain", "keep", "block"}
# verbs whose object is a means: "police used water cannon to disperse the crowd" (the police disperse it)
INSTRUMENTAL = {"use", "employ", "utilize", "utilise", "wield"}
# verbs of reaching someone, whose "to ..." is the caller's purpose: "telephoned Netanyahu to urge restraint"
CONTACTING = {"telephone", "phone", "ring", "meet", "visit", "host", "receive", "contact", "email", "text"}
TOLD_THAT = {"tell", "inform", "advise", "warn", "assure", "notify", "remind", "persuade", "convince", "teach"}


def _says_that(verb: Token) -> bool:
    """A participle with a "that" clause of its own and no by-agent says or orders something:
    it is active, unless one is told it."""
    return verb.lemma_.lower() not in TOLD_THAT and not any(c.dep_ == "agent" for c in verb.children) and any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in verb.children)


def _split_subjects(subjects: list[Token]) -> list[Token]:
    """Further subjects of one verb joined by "and" that the parser did not coordinate
    ("Representatives from the UAE, Bahrain, and Israel held ...": Israel as a second subject)."""
    first = subjects[0]
    return [t for t in subjects[1:] if t.dep_ == first.dep_ and
            any(w.lower_ in ("and", "&") for w in t.doc[first.i:t.i])]


FINITE = {"VBD", "VBZ", "VBP"}


def coordinated_head(verb: Token) -> Token:
    """The verb a conjoined verb is really coordinated with. A finite verb cannot be coordinated
    with an infinitive: in "urged the embassy to reconsider and spoke with Pompeo" the parser hangs
    "spoke" on "reconsider", but Raab spoke, and did so in fact."""
    head = verb.head
    if verb.tag_ in FINITE:
        while head.dep_ == "xcomp" and head.tag_ == "VB" and head.head.i != head.i:
            head = head.head
    return head


def _passive_read_as_adjective(verb: Token) -> bool:
    """"she was gang-raped by three soldiers", parsed as "was" with an adjective that has a by-agent."""
    return (verb.tag_ == "VBN" and verb.dep_ == "acomp" and verb.head.lemma_ == "be"
            and any(c.dep_ == "agent" for c in verb.children))


def subjects_on_auxiliary(verb: Token) -> list[Token]:
    """A subject the parser hung on one of the verb's auxiliaries ("The United States has been
    encouraging", "The ministry has, in a statement, called"); only auxiliaries before the verb."""
    return [c for a in verb.children if a.dep_ == "aux" and a.i < verb.i for c in a.children if c.dep_ in SUBJECTS]


def in_dateline(tok: Token) -> bool:
    """Is the token in the article's dateline ("MOSCOW, March 10 (Reuters) -"), which the parser
    may take for a subject of the first sentence?"""
    layout = tok.doc._.wc_layout
    line = layout.dateline if layout else None
    return line is not None and line.start <= tok.idx < line.end


def subject(verb: Token) -> list[Token]:
    """The doer of a verb, looking past passive voice, coordination, control, "is about to",
    participles and relative clauses."""
    if verb.dep_ == "amod" and verb.tag_ == "VBG" and verb.head.tag_ in ("NNS", "NNPS"):
        return [verb.head]  # "protesting legislators": the legislators protest
    if (doers := _described_by_participle(verb)) is not None:
        return [doers]
    if verb.tag_ == "VBG" and (laid_at := blamed_on(verb)):
        return laid_at  # "shelling blamed on Russian forces"
    if (doer := _predicate_on_a_phrase(verb)) is not None:
        return [doer]
    if (doer := _clause_read_as_phrase(verb)) is not None:
        return [doer]
    if (harmed := left_harmed(verb)) is not None:
        return subject(harmed.head)  # "... clashed with protesters, leaving 30 soldiers injured": the clash's
    if (deed := deed_before_the_cue(verb)) is not None:
        return subject(deed)
    if (done_to := gerund_read_as_compound(verb)) is not None:
        owner = done_to.head.head  # "accused the army of bombing civilians": the army
        return [owner] if owner.dep_ == "dobj" else [c for c in owner.children if c.dep_ == "dobj"][:1]
    if (speaker := speaker_going_on(verb)) is not None:
        return speaker
    if is_passive(verb):
        return _agent(verb) or _operation(verb) or _court(verb) or _announcer(verb) or _launched_from(verb)
    tok, shared = verb, False
    for _ in range(6):
        if tok is not verb and verb.dep_ == "conj" and tok.dep_ == "ccomp" and tok.lemma_ == "be" and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in SAID_OF for c in tok.children) \
                and verb.tag_ == "VBD" and tok.head.tag_ == "VBD":
            tok, shared = tok.head, False  # "Somalia's president said the deal was an act of aggression
            continue  # and recalled his ambassador": the speaker's, not the clause's the parser joined it to
            # (but in "concluded that the agreement is void and does not comply with the law" the
            # agreement does not comply)
        # a participle shares its clause's grammatical subject, passive or not ("a woman was
        # sentenced for protesting": the woman protested)
        subj = [c for c in tok.children if (c.dep_ in SUBJECTS or (shared and c.dep_ == "nsubjpass"))
                and not in_dateline(c)]
        subj = subj or [a for c in tok.children if c.dep_ in SUBJECTS and in_dateline(c)  # "NAIROBI (Reuters)
                        for a in c.subtree if a.dep_ in ("appos", "conj") and not in_dateline(a)  # - Kenya's
                        and in_dateline(a.head)][:1]  # minister X accused", "ADDIS ABABA (AP) - Ethiopia and
        # Eritrea reopened": the parser may make the dateline the subject, and the doers hang on it
        subj = subj or subjects_on_auxiliary(tok)
        if len(subj) > 1 and any(c.pos_ == "ADJ" for c in subj) and any(c.pos_ in ("NOUN", "PROPN") for c in subj):
            subj = [c for c in subj if c.pos_ != "ADJ"]  # "Sudan's paramilitary Rapid Support Forces shelled",
            # parsed with "paramilitary" as a second subject: the name is the doer
        if len(subj) > 1 and all(c.dep_ == "nsubj" for c in subj) and subj[-1].i < tok.i and any(
                c.dep_ == "mark" and c.lower_ in TIME_MARKS and subj[-2].i < c.i < subj[-1].i for c in tok.children):
            subj = [subj[-1]]  # "strikes killed 20 people on Saturday, the ministry said, a day after
            # Hezbollah fired rockets", parsed with two subjects for "fired": the one after "after" is its own
        if subj:
            s = subj[0]
            named = [t for t in subj if t.tag_ not in ("WDT", "WP")]
            if s.tag_ in ("WDT", "WP") and tok.dep_ == "relcl" and named:
                s, subj = named[0], named  # "fighters which, the statement said, European nations
                # have refused to repatriate": the nations refused (the parser also made "which" a subject)
            elif s.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
                if tok.lemma_.lower() in DEADLY and (deed := deed_beyond_the_place(tok.head)) is not None:
                    return [deed]
                return [_who_beyond_the_place(s, tok.head)]  # "troops who attacked" -> troops
            if tok is not verb and (user := _fired_by(s, tok)) is not None:
                return [user]  # "Rockets fired from Gaza struck Ashkelon", parsed as rockets that fired
            return [_weapon_user(s)] + _split_subjects(subj)
        if tok.dep_ == "acl" and tok.tag_ == "VB" and tok.head.pos_ == "NOUN":
            return _proposer(tok.head)  # "Honcharuk's offer to resign", "Iran made an offer to release"
        if tok.dep_ == "acl" and tok.tag_ == "VBD" and tok.head.dep_ == "pobj" and (main := _clause_verb(tok.head)):
            # "Mitsotakis speaking to the Atlantic Council think tank called the agreement void":
            # a past tense the parser hung on a phrase's noun is the clause's own predicate
            found = [c for c in main.children if c.dep_ in SUBJECTS]
            if found:
                return [found[0]] + _split_subjects(found)
        if tok.dep_ == "acl" and tok.tag_ == "VBD" and any(c.dep_ == "dobj" for c in tok.children) \
                and (root := tok.sent.root).pos_ in ("NOUN", "PROPN") and root.i < tok.head.i:
            return [root]  # "An Israeli strike on a school sheltering displaced families killed 30 people",
            # parsed as a headline phrase whose last noun "killed" them: the phrase's head did
        if tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN")):
            return [tok.head]  # "members of parliament protested" parsed as a participle on "members"
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep" and tok.head.lower_ in ("of", "for") \
                and tok.head.head.pos_ in ("NOUN", "PROPN") and tok.head.head.dep_ in ("dobj", "conj"):
            accused = coordinated_head(tok.head.head) if tok.head.head.dep_ == "conj" else tok.head.head
            if accused.dep_ == "dobj" and accused.head.lemma_.lower() in JUDGING:
                return [accused]  # "accused the army and its allies of launching an offensive": the parser
                # hangs the "of" on the last one accused
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
            judged = [c for c in tok.head.head.children if c.dep_ == "dobj"]
            if judged and tok.head.lower_ in ("for", "of", "with") and tok.head.head.lemma_.lower() in JUDGING:
                return judged  # "sentenced the Turpins for torturing", "accused him of encouraging"
            if judged and tok.head.lower_ in ("against", "from") and tok.head.head.lemma_.lower() in HOLDING_BACK:
                return judged  # "warned Russia against invading Ukraine", "barred him from entering"
            if judged and tok.head.lower_ == "as":
                return judged  # "cited an audit as barring him", "described Russia as threatening Europe"
            if tok.head.lower_ in ("in", "during", "amid") and tok.head.head.lemma_.lower() in DONE_TO \
                    and is_passive(tok.head.head):
                return []  # "civilians were wounded in shelling": the shelling is not theirs
            tok, shared = tok.head.head, True  # "responded by throwing stones", "after meeting Putin"
            continue
        if tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBZ") and tok.head.tag_ == "VBG" and tok.head.dep_ == "pcomp" \
                and tok.head.head.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in SUBJECTS for c in tok.children):
            tok, shared = tok.head.head.head, False  # "accused Israel of targeting civilians and called on
            continue  # the world to act": a past tense is not joined to the gerund, but to "accused"
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "by" and tok.head.head.dep_ == "dobj" \
                and tok.head.head.head.pos_ in ("VERB", "AUX"):
            tok, shared = tok.head.head.head, True  # "violated the truce by striking Lebanon", the "by" hung
            continue  # on the object: the one who violated it struck
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "ADJ" \
                and tok.head.head.dep_ == "acomp":
            tok, shared = tok.head.head.head, True  # "was more forceful in blaming Iran": whoever was
            continue
        if tok.dep_ == "ccomp" and verb.dep_ == "conj" and any(c.dep_ == "expl" for c in tok.children):
            tok, shared = tok.head, False  # "Flynn said there was fraud and urged the crowd to ...":
            continue  # "urged" is Flynn's, not the there-clause's the parser joined it to
        if tok.head.i == tok.i or tok.dep_ not in CLIMB:
            return []
        if tok.dep_ == "xcomp" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in TELLING_OF:
            return []  # "the OSCE reported shelling near Donetsk": told of, not done, by the subject
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in JUDGING and any(
                p.lower_ in ("of", "for") and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in p.children)
                for p in tok.head.children):
            judged = [c for c in tok.head.children if c.dep_ == "dobj"]
            if judged:  # "accused the RSF of shelling a hospital, killing 10 patients": the shelling killed
                return judged
        if tok.dep_ == "advcl" and tok.tag_ == "VBD" and tok.head.lemma_.lower() in TIES \
                and tok.head.i < tok.i and not any(c.dep_ in SUBJECTS for c in tok.children):
            tok, shared = tok.head, False  # "Jihadists linked to al-Qaeda killed 20 civilians", parsed with
            continue  # "linked" as the main verb: the jihadists killed
        if tok.dep_ == "advcl" and tok.tag_ != "VBG" and not purpose(tok):
            return []  # only participles (", killing five") and purposes ("met to discuss") share
            # the main clause's subject
        if urged_infinitive(tok):
            controller = objects(tok.head) or [g for _, g in prep_objects(tok.head, {"on", "upon"})]
            if controller:  # "called on Egypt to release prisoners", parsed as a purpose: Egypt would
                return controller
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() not in INSTRUMENTAL | CONTACTING:
            controller = objects(tok.head) or [g for _, g in prep_objects(tok.head, {"on", "upon"})]
            if controller:
                return controller  # object control: "urged Iran to release", "called on Tallinn to withdraw"
        shared = tok.dep_ == "advcl"
        # "... and expelled", "agreed to meet", "is about to restore"
        tok = coordinated_head(tok) if tok.dep_ == "conj" else tok.head
    return []


def _clause_verb(noun: Token) -> Token | None:
    """The verb a prepositional phrase's noun hangs from, through its prepositions."""
    tok = noun
    while tok.dep_ in ("pobj", "prep") and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


# participles that describe a doer by its ties, which the parser may read as the main verb
TIES = {"link", "tie", "affiliate", "ally", "connect", "associate", "loyal", "back", "align", "base"}


# pacts named "X of Y", whose other party the parser may hang on the Y
TALKS = {"talk", "talks", "negotiation", "negotiations", "dialogue"}
PACTS_OF = {"memorandum", "declaration", "letter", "statement"}
# what a speaker says something is ("said the deal was illegal"), which does nothing itself
SAID_OF = {"deal", "agreement", "accord", "memorandum", "plan", "move", "decision", "law", "bill", "vote", "election",
           "proposal", "step", "situation", "policy", "measure", "sanction", "report", "claim", "statement",
           "resolution", "ruling", "verdict", "result"}
# verbs by which one judges another for what that other did: "sentenced X for torturing"
JUDGING = {"sentence", "convict", "accuse", "charge", "arrest", "detain", "jail", "fine", "punish", "blame",
           "criticize", "criticise", "condemn", "praise", "thank", "sue", "prosecute", "indict", "try",
           "investigate", "suspect", "execute", "hang", "imprison", "expel", "ban", "sanction", "reward",
           "honour", "honor", "fault", "slam", "denounce", "commend", "applaud", "credit"}
# verbs that put forward what a noun names: whoever makes the offer would do what it offers
PUT_FORWARD = {"make", "extend", "announce", "submit", "renew", "repeat", "express", "reiterate", "issue",
               "voice", "table", "present", "unveil", "propose", "float"}


def _proposer(noun: Token) -> list[Token]:
    """Whoever would carry out what an offer, plan or bid describes: its owner, or the subject
    of the verb that put it forward. Nobody for "foiled a plot to attack": the foiler did not plot."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        return owners
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in PUT_FORWARD:
        return subject(noun.head)
    return []


def clause_subject_of_participle(verb: Token) -> list[Token]:
    """The subject of the clause whose object a participle describes: Iran in "Iran launched
    missiles targeting US troops", Pompeo in "Pompeo posted a message on Twitter blaming Iran".
    Used when the participle's own noun names no actor."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return []
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "with":
        return []  # "the fleet is ageing, with sanctions restricting purchases": the sanctions do it
    for _ in range(3):  # "posted [a message [on Twitter]] blaming": up through the objects
        governor = noun.head
        if noun.dep_ == "pobj" and governor.dep_ == "prep":
            governor = governor.head
        elif noun.dep_ != "dobj":
            return []
        if governor.pos_ in ("VERB", "AUX"):
            return subject(governor)
        noun = governor
    return []


def purpose(verb: Token) -> bool:
    """An infinitive of purpose: "gathered in Cairo to discuss", "in order to end"."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# verbs whose "-ing" form describes people: "protesting students", "striking workers"
DESCRIBING = {"protest", "strike", "demonstrate", "rally", "march", "riot"}


def _described_by_participle(verb: Token) -> Token | None:
    """"Lam was interrupted by protesting legislators", which the parser reads as "by protesting
    (the) legislators": a bare plural right after the "-ing" form is who does it."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in DESCRIBING or verb.i + 1 >= len(verb.doc):
        return None
    nxt = verb.doc[verb.i + 1]
    if nxt.dep_ == "dobj" and nxt.head.i == verb.i and nxt.tag_ == "NNS" and not any(
            c.dep_ in ("det", "poss") for c in nxt.children):
        return nxt
    return None


def speaker_going_on(verb: Token) -> list[Token] | None:
    """"The commander said his forces had not attacked any convoy and accused the army of
    shelling civilians": a word act joined to the end of what someone said is the speaker's,
    though the parser joins it to the reported clause."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in WORD_ACTS:
        return None
    first = coordinated_head(verb)
    while first.dep_ == "advcl" and first.head.dep_ == "ccomp":  # "said X had attacked the base because
        first = first.head  # it housed troops, and vowed to ...": the parser may join it to the "because"
    if first.dep_ != "ccomp" or first.head.lemma_.lower() not in SAYING | CLAIMING or first.head.i > first.i:
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None  # a subject of its own
    return subject(first.head) or None


def _clause_read_as_phrase(verb: Token) -> Token | None:
    """"The RSF seized trucks", which the parser may read as one noun phrase ("the RSF-seized
    trucks"): the name right before the past tense is its subject, and the noun its object."""
    if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    determined = any(c.dep_ == "det" and c.i < before.i for c in (*before.children, *verb.head.children))
    if before.head.i in (verb.i, verb.head.i) and before.dep_ in ("npadvmod", "nmod", "compound") \
            and before.pos_ == "PROPN" and determined and verb.head.i > verb.i:
        return before  # (a determiner before the name: not "Russian-occupied territories")
    return None


def gerund_read_as_compound(verb: Token) -> Token | None:
    """"accused the army of bombing civilians", which the parser may read as a noun phrase ("the
    bombing civilians"): the gerund's object, the noun it was hung on."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("compound", "amod") or verb.head.dep_ != "pobj" \
            or verb.head.head.lower_ not in ("of", "for") or verb.head.tag_ not in ("NNS", "NNPS", "NNP"):
        return None
    owner = verb.head.head.head
    if owner.lemma_.lower() in JUDGING or (owner.dep_ == "dobj" and owner.head.lemma_.lower() in JUDGING):
        return verb.head
    return None


def deed_before_the_cue(verb: Token) -> Token | None:
    """"Missiles struck Dnipro, officials said, killing 12 people": a harm the parser hung on the
    cue of speech after the reported deed is that deed's outcome, not the speakers' doing."""
    cue = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in DEADLY or cue.i > verb.i \
            or cue.lemma_.lower() not in SAYING | {"report", "confirm", "add"}:
        return None
    if cue.dep_ == "parataxis" and cue.head.i < cue.i:
        return cue.head  # (the parser may make the cue an aside of the deed)
    return next((c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i), None)


def left_harmed(verb: Token) -> Token | None:
    """"clashed with protesters, leaving 30 soldiers injured": the ones a deed left harmed (the
    participle's patient is the object of "leave")."""
    if verb.tag_ != "VBN":
        return None
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() == "leave":
        return verb.head  # (also parsed as a participle on the object: "left ten civilians injured")
    if verb.dep_ not in ("xcomp", "oprd", "ccomp") or verb.head.lemma_.lower() != "leave":
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def objects(verb: Token) -> list[Token]:
    """Direct objects (and, in the passive voice, the grammatical subject)."""
    if _described_by_participle(verb) is not None:
        return []
    if (harmed := left_harmed(verb)) is not None:
        return [harmed]
    if (done_to := gerund_read_as_compound(verb)) is not None:
        return [done_to]
    if _clause_read_as_phrase(verb) is not None:
        return [verb.head]
    out = [c for c in verb.children if c.dep_ in ("dobj", "dative") and not _inverted_source(c)] \
        or _shared_objects(verb) or _name_read_as_adverb(verb)
    if is_passive(verb):
        out += [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
        if _passive_read_as_adjective(verb):
            out += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ in ("acl",) and not out:
            out.append(verb.head)  # "the diplomats expelled by Moscow"
        elif not out and verb.dep_ in ("pcomp", "advcl"):
            out += _clause_subject(verb)  # "X died after being shot": X was shot
        elif not out and verb.dep_ == "ROOT":
            out += _stranded_subject(verb)
    return [_counted_out(_doer_read_as_compound(_antecedent(o, verb))) for o in out]


# gerunds after a person that say what the person was up to: "an agent planning to ..."
DOING_SOMETHING = {"plan", "try", "seek", "attempt", "prepare", "plot", "work", "spy", "smuggle", "carry"}


def _doer_read_as_compound(noun: Token) -> Token:
    """"detained a Russian agent planning to assassinate Zelenskiy", which the parser may read as
    "agent" modifying a gerund "planning": the one doing it is the object."""
    if noun.tag_ != "VBG" or not (noun.lemma_.lower() in DOING_SOMETHING or any(
            c.dep_ in ("xcomp", "dobj") and c.i > noun.i for c in noun.children)):
        return noun  # (not "the drone bombing of Kyiv": a deed)
    doers = [c for c in noun.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and c.i < noun.i]
    return doers[-1] if doers else noun


def _counted_out(noun: Token) -> Token:
    """"killed 12 of the militants", "destroyed 25 of 30 Russian drones": the people or things a
    number is counted out of are what the verb acts on."""
    if noun.tag_ != "CD" or noun.ent_type_ == "MONEY":
        return noun
    return next((g for _, g in prep_objects(noun, {"of"})), noun)


def _name_read_as_adverb(verb: Token) -> list[Token]:
    """"Ukrainian forces recaptured Bakhmut on Tuesday": a name right after its verb that the
    tagger took for an adverb is the verb's object."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.dep_ != "advmod" or nxt.head.i != verb.i or nxt.tag_ != "RB":
        return []
    return [nxt] if nxt.text[:1].isupper() and nxt.ent_type_ and verb.tag_ in ("VBD", "VBN", "VBZ", "VBP") else []


def _inverted_source(noun: Token) -> bool:
    """", reported officials" at the end of a sentence, which the parser may take for one more
    object of its verb: who told the news, not whom it was done to."""
    before = [c for c in noun.children if c.i == noun.i - 1 and c.dep_ == "amod"
              and c.lemma_.lower() in ("report", "say", "tell", "add", "confirm")]
    return bool(before) and before[0].i > 0 and noun.doc[before[0].i - 1].text == ","


def _stranded_subject(verb: Token) -> list[Token]:
    """"On Friday in Pakistan, Mohammed Waseem, brother of ..., was sentenced": a passive main
    verb with no subject, whose person the parser joined to a place or a date before it."""
    return [t for t in verb.doc[verb.sent.start:verb.i] if t.ent_type_ == "PERSON" and t.ent_iob_ != "O"
            and t.dep_ == "conj" and t.head.ent_type_ in ("GPE", "LOC", "DATE") and t.head.i < t.i][:1]


RELATIVE_PRONOUNS = {"which", "that", "who", "whom"}


# verbs of taking ground, whose from-phrase names whom it is taken from
INTERCEPTING = {"intercept", "down", "destroy", "repel", "neutralise", "neutralize"}  # and "shot down": "down"
TAKING_GROUND = {"capture", "recapture", "retake", "seize", "take", "wrest", "gain", "regain", "reclaim", "conquer"}


def _who_beyond_the_place(pronoun: Token, noun: Token) -> Token:
    """"Protesters outside parliament, who were rallying": a "who" the parser hung on the place
    where people are stands for the people."""
    prep = noun.head
    if pronoun.lower_ != "who" or noun.dep_ != "pobj" or prep.lower_ not in WHERE_PEOPLE_ARE \
            or noun.lemma_.lower() in PEOPLE:
        return noun
    # (the parser may hang the place on the verb: "dispersed thousands of protesters outside parliament")
    people = [prep.head] if prep.head.pos_ in ("NOUN", "PROPN") else [
        o for o in prep.head.children if o.dep_ == "dobj"]
    return people[0] if len(people) == 1 and people[0].tag_ == "NNS" and _people(people[0]) else noun


WHERE_PEOPLE_ARE = {"outside", "inside", "in", "at", "near", "around", "before", "opposite"}
# what a blow does, and the blows whose place the parser may hang its "that killed" on
DEADLY = {"kill", "wound", "injure", "claim", "destroy", "damage"}
DEADLY_DEEDS = {"attack", "bombing", "blast", "explosion", "strike", "airstrike", "shelling", "shooting", "raid",
                "ambush", "assault", "bomb"}


def deed_beyond_the_place(noun: Token) -> Token | None:
    """"a suicide bombing at a police compound in Peshawar that killed 84 people": a "that" the
    parser hung on the place of a blow stands for the blow (not for the compound)."""
    for _ in range(3):
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.lemma_.lower() in DEADLY_DEEDS:
            return None
        above = noun.head.head
        if above.lemma_.lower() in DEADLY_DEEDS and above.pos_ == "NOUN":
            return above
        if above.pos_ == "VERB":  # "carried out an airstrike on a school ... that killed 30", "on" on the verb
            return next((o for o in above.children if o.dep_ == "dobj" and o.lemma_.lower() in DEADLY_DEEDS), None)
        if above.pos_ not in ("NOUN", "PROPN"):
            return None
        noun = above
    return None


def _antecedent(tok: Token, verb: Token) -> Token:
    """"the measures, which the government dropped": the relative pronoun stands for its noun."""
    if tok.lower_ in RELATIVE_PRONOUNS and tok.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        return verb.head
    return tok


def _shared_objects(verb: Token) -> list[Token]:
    """"Police fired and landed a live round on a protester": a verb with nothing of its own
    after it shares the object of the verb coordinated with it, when that verb has no subject."""
    partner = _bare_partner(verb)
    return [c for c in partner.children if c.dep_ == "dobj"] if partner is not None else []


def _bare_partner(verb: Token) -> Token | None:
    """The subjectless verb coordinated after a verb with no object or preposition of its own:
    "landed" of "fired and landed a live round on a protester"."""
    if any(c.dep_ in ("dobj", "dative", "prep", "agent", "xcomp", "ccomp", "prt") and c.i > verb.i
           for c in verb.children):
        return None
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            return conj
    return None


def _clause_subject(verb: Token) -> list[Token]:
    """The subject of the clause a subjectless passive hangs from ("after being shot")."""
    tok = verb.head
    if tok.dep_ == "prep":
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")][:1]


BORDERS = {"border", "frontier", "boundary"}
CROSSINGS = {"crossing", "checkpoint", "post", "point", "gate", "terminal"}  # ways through a border
# verbs of forces gathered or sent somewhere
MASSING = {"mass", "amass", "deploy", "send", "move", "station", "concentrate", "gather", "dispatch", "redeploy"}


def prep_objects(head: Token, preps: set[str]) -> list[tuple[str, Token]]:
    """(preposition, object) pairs attached to a head: "on Tallinn", "with Iran"."""
    out = []
    for child in head.children:
        if child.dep_ in ("prep", "prt", "dative") and child.lower_ in preps:  # "sent missiles [to] Ukraine" may be a dative
            if child.i + 1 < len(child.doc) and child.nbor(1).ent_type_ in ("DATE", "TIME") \
                    and child.nbor(1).ent_iob_ == "B" and not _name_read_as_time(child.nbor(1)):
                continue  # "on Sunday", also when the parser ran the date into a noun: "on Sunday Presidents X and Y"
            if child.lower_ == "with" and child.i > 0 and child.nbor(-1).lemma_.lower() in BORDERS \
                    and head.i not in (child.nbor(-1).i, child.nbor(-1).head.i):
                continue  # "seized a town near the border with China", with "with" hung on the verb: the border's
                # (but "shut the border with Somalia" shuts Somalia out)
            out += [(child.lower_, g) for g in child.children
                    if g.dep_ == "pobj" and not _medium(child, g) and not _absolute(child, g)]
            out += [(child.lower_, d) for g in child.children if g.dep_ == "pcomp"
                    and (d := _described_by_participle(g)) is not None]  # "at protesting students"
    return out


CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december jan feb mar apr jun jul aug sep sept oct nov dec christmas easter "
    "ramadan eid new".split())


def _name_read_as_time(word: Token) -> bool:
    """"an attack on Kyiv overnight", tagged as one time: a name that is no day or month."""
    return word.pos_ == "PROPN" and word.lower_.rstrip(".") not in CALENDAR_WORDS


def _absolute(prep: Token, obj: Token) -> bool:
    """", with South Carolina's governor following suit": the subject of a clause of its own,
    which the parser may hang on "with" as its object."""
    doc, after = obj.doc, obj.right_edge.i + 1
    return prep.lower_ == "with" and prep.i > 0 and doc[prep.i - 1].text == "," and after < len(doc) \
        and doc[after].tag_ == "VBG"


def _medium(prep: Token, obj: Token) -> bool:
    """"On Twitter", "on state television": where it was said or shown."""
    return prep.lower_ in ("on", "via", "through") and obj.lemma_.lower() in MEDIA


def _model_name(word: Token) -> bool:
    """"Leopard tanks", "Patriot missiles": a make or model on a weapon or a craft, which names no
    owner (but "Russian tanks", "US jets" do)."""
    return word.head.lemma_.lower() in WEAPONS | EQUIPMENT and word.ent_type_ not in ("GPE", "NORP", "ORG")


def verb_roles(verb: Token, required_prep: tuple[str, ...] = (), trigger_objects: frozenset[str] = frozenset()
               ) -> tuple[list[Token], list[list[Token]]]:
    """Actor heads, and recipient candidates in order of preference (the caller takes the first
    group that names an actor): the required preposition's object ("called on Tallinn"), the
    direct object, the object's own target ("aid to Gondor", "sanctions on Belarus"), then other
    prepositional objects. An object that is part of the trigger ("imposed sanctions") is not
    itself a recipient, but its owner is ("declined Honcharuk's offer")."""
    actors = [t for s in subject(verb) for t in expand(s)]
    objs = objects(verb)
    groups: list[list[Token]] = []
    if verb.lemma_.lower() in TOPICAL and not is_passive(verb):
        # "discussed the proposal with his counterpart" (the parser may hang "with" on the topic)
        groups.append([g for h in [verb, *objs] for _, g in prep_objects(h, {"with"})])
        objs = []
    if charged_at(verb):  # "charged with batons at protesters" (the parser may hang "at" on the batons)
        groups.append([g for h in (verb, *(w for _, w in prep_objects(verb, {"with"})))
                       for _, g in prep_objects(h, {"at", "into", "toward", "towards"})])
    if verb.lemma_.lower() == "blame":  # "was blamed by police on the PKK"
        groups.append(laid_on(verb))
    if verb.lemma_.lower() in ("mediate", "arbitrate"):  # "mediating between Israel and Hamas"
        groups.append([g for _, g in prep_objects(verb, {"between"})])
    if required_prep and required_prep[-1] not in ("as", "for"):  # ("designated the Houthis as
        groups.append([g for _, g in prep_objects(verb, {required_prep[-1]})])  # terrorists": what they are called)
    in_trigger = [o for o in objs if object_words(o) & trigger_objects and not _people(o)]
    if verb.lemma_.lower() in HANDING_OVER:  # "extradited a hacker to the United States": the state
        groups.append([g for _, g in prep_objects(verb, {"to"})])  # that receives him works with the one
        # that hands him over
    # "officers were found guilty": the officers; a sum is nobody, but the parser may hang the one
    # fined on it ("fined Apple 1.8 billion euros")
    if verb.dep_ == "acl" and verb.head.head.lemma_.lower() in INTERCEPTING:  # "intercepted drones fired by
        stopper = verb.head.head  # militias": the drones were fired at whoever stopped them
        groups.append(subject(stopper) if verb.head.dep_ == "dobj" else _agent(stopper) if verb.head.dep_ == "nsubjpass"
                      else [])
    if verb.lemma_.lower() in TAKING_GROUND:  # "retook the town from the rebels": whose it was
        held = objs + [g for o in objs for _, g in prep_objects(o, {"of"})]  # (or "control of the district from X")
        groups.append([g for h in [verb, *held] for _, g in prep_objects(h, {"from"})])
    groups.append([o for o in objs if o not in in_trigger and not a_sum(o)])
    # "rejected every proposal put forward by Addis Ababa", "condemned the attack carried out by X": whose it is
    groups.append([g for o in objs for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN" for g in _agent(c)])
    groups.append([c for o in objs if a_sum(o) for c in o.children if c.dep_ == "nmod" and c.pos_ == "PROPN"])
    groups.append([s for c in complements_read_as_clauses(verb) for s in c.children if s.dep_ == "nsubj"])
    if required_prep and required_prep[-1] == "for" and not objs:  # "called for the release of X": X's
        # ("asked its allies for air defence systems": the allies are asked, the systems are no one)
        groups.append([g for _, g in prep_objects(verb, {"for"})])
    if verb.lemma_.lower() in ("help", "assist"):  # "pledged to help Iraq fight the Islamic State"
        groups.append([s for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                       for s in c.children if s.dep_ == "nsubj"])
    if verb.lemma_.lower() in ASKING | URGING | {"warn"}:  # "demanded that Ethiopia stop filling the dam",
        # "warned that Israel would face consequences" (but in "warned that it would retaliate" the
        # warner speaks of itself)
        groups.append([s for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                       for s in c.children if s.dep_ == "nsubj" and not (verb.lemma_.lower() == "warn"
                                                                          and s.pos_ == "PRON")])
    # "struck targets in southern Lebanon": whoever holds the place of targets named by no one
    aimed_at = [g for _, g in prep_objects(verb, {required_prep[-1]})] if required_prep else []  # "fired at targets"
    generic = [o for o in objs + aimed_at if o.lemma_.lower() in GENERIC_TARGETS and not any(
        c.dep_ in ("amod", "compound", "poss") and c.text[:1].isupper() or c.dep_ == "poss" and c.pos_ != "PRON"
        for c in o.children)]  # (not "the broadcaster's headquarters")
    groups.append([g for h in ([*generic, verb] if generic else []) for _, g in prep_objects(h, {"in", "across", "inside"})])
    groups.append([c for o in in_trigger for c in o.children  # "Iran's request" (not "its embassy": the
                   if c.dep_ == "poss" and c.pos_ != "PRON"]  # doer's own),
                  + [g for o in in_trigger for _, g in prep_objects(o, {"by"})]  # "repelled an attack by X"
                  + [g for o in in_trigger if o.lemma_.lower() in PUT_TO_OTHERS | BELONGING  # "the request of
                     for _, g in prep_objects(o, {"of"})]  # the police", "demolished the homes of two attackers"
                  + [o for o in in_trigger if any(c.dep_ in ("amod", "compound") and (
                      c.text[:1].isupper() or o.lemma_.lower() in GENERIC_TARGETS) and not _model_name(c)
                      for c in o.children)])
    # ("the Ugandan proposal": Uganda's; "overran an army outpost": the army's)
    groups.append([o for o in in_trigger if o.lemma_.lower() in TERRITORY])  # "violated its airspace": whose
    # ground it is (no actor in itself: read by the event's builder)
    missions = [o for o in in_trigger if o.lemma_.lower() in MISSIONS]
    if missions:  # "closed its embassy in Tehran": the host country
        groups.append([g for m in missions for _, g in prep_objects(m, {"in"})])
    memberships = [o for o in in_trigger if o.lemma_.lower() in MEMBERSHIPS]
    if memberships:  # "froze its participation in the CSTO": the body
        groups.append([g for m in memberships for _, g in prep_objects(m, {"in", "of"})])
    envoys = [o for o in in_trigger if o.lemma_.lower() in ENVOYS]
    if envoys:  # "recalled its ambassador from Ottawa": the country of the post
        groups.append([g for h in [verb, *envoys] for _, g in prep_objects(h, {"from", "to"})])
        groups.append([g for e in envoys if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in e.children)
                       for _, g in prep_objects(e, {"in"})])  # "its ambassador in Vienna": the post
        # "summoned the Russian ambassador": the country the envoy speaks for (not "its ambassador")
        groups.append([e for e in envoys if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in e.children)])
    # "pledged 2 billion euros in military aid to Ukraine": a sum stands for what it is in; "a wave
    # of attacks on Ukraine": the attacks
    in_sums = [g for o in objs if a_sum(o) for _, g in prep_objects(o, {"in"})]
    groups += _targets(objs + in_sums
                       + [g for o in objs if o.lemma_.lower() in MEASURES_OF for _, g in prep_objects(o, {"of"})]
                       + [g for o in objs for _, g in prep_objects(o, {"of"}) if _an_amount(g)]  # "tariffs of 25
                       # percent on Mexican steel"
                       + [c for o in objs for c in o.conjuncts if c.pos_ == "NOUN"]  # "a missile and drone attack on Kyiv"
                       + [u for o in objs if o.lemma_.lower() in PACTS_OF for _, u in prep_objects(o, {"of"})])
    # ("signed a memorandum of understanding with Somaliland", the "with" hung on "understanding")
    groups.append([g for o in objs for _, g in prep_objects(o, {"between"})])  # "mediated talks between X and Y"
    if verb.lemma_.lower() in MASSING:  # "massed troops on the border with Ukraine": the state across it
        groups.append([g for h in [verb, *objs] for _, b in prep_objects(h, {"to", "on", "along", "near", "at",
                                                                             "toward", "towards"})
                       if b.lemma_.lower() in BORDERS for _, g in prep_objects(b, {"with"})])  # (the parser may
        # hang the border on the troops)
    # "closed all crossings on its border with Russia": the state across the border
    groups.append([g for o in objs if {o.lemma_.lower(), o.lower_} & CROSSINGS
                   for _, b in prep_objects(o, {"on", "along", "at"})
                   if b.lemma_.lower() in BORDERS for _, g in prep_objects(b, {"with"})])
    # "rejected calls for talks with the RSF": the ones the talks would be with
    groups.append([g for o in objs if o.lemma_.lower() in PUT_TO_OTHERS for _, f in prep_objects(o, {"for"})
                   for _, g in prep_objects(f, {"with", "between"})])
    # "suspended talks on joining the European Union": whom what the talks are on is done with
    # (or on the verb, where the parser may hang it: "decided to suspend talks on joining the EU")
    talked_on = objs + ([verb] if any(o.lemma_.lower() in TALKS for o in objs) else [])
    groups.append([d for o in talked_on for p in o.children if p.dep_ == "prep" and p.lower_ in ("on", "about", "over")
                   for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG" for d in objects(g)])
    # "vowed support for Azerbaijan": whom the support is for
    groups.append([g for o in objs + in_sums if o.lemma_.lower() in BENEFITS for _, g in prep_objects(o, {"for"})])
    groups.append([g for _, g in prep_objects(verb, RECIPIENT_PREPS - {"from", "of", "for"})])
    groups += _targets([verb])[:1]  # (what a sum's worth of goods it falls on: "imposed tariffs on $60 billion
    # worth of American goods", the "on" hung on the verb)
    # "impose tariffs on goods from Mexico": where what the measure falls on comes from
    # (also when the parser hangs the from-phrase on the verb: "imposed tariffs on steel from China")
    falls_on = [o for _, o in prep_objects(verb, {"on", "against"})]
    groups.append([g for h in falls_on + ([verb] if falls_on else []) for _, g in prep_objects(h, {"from"})])
    partner = _bare_partner(verb)
    if partner is not None:  # "fired and landed a live round on a protester": on the protester
        groups.append([g for _, g in prep_objects(partner, RECIPIENT_PREPS - {"from", "of", "for"})])
    if verb.lemma_.lower() in ASKING | WITHHOLDING:  # "demanded an explanation from Russia": Russia is
        # asked; "withheld aid from Ukraine": Ukraine goes without
        groups.append([g for h in [verb, *objs] for _, g in prep_objects(h, {"from"})])
    # last, whom the action the verb governs is aimed at: "refused to provide the network with
    # a licence", "threatened to withhold funds from districts", "agreed to buy jets from France"
    addressed = verb.lemma_.lower() in URGING and bool(objs or prep_objects(verb, {"on", "upon"}))
    for action in (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and not addressed):
        # (not when someone is urged to do it: "called on allies to deliver more air defence systems")
        groups.append(objects(action))
        groups.append([g for _, g in prep_objects(action, RECIPIENT_PREPS - {"of", "for"})])
        groups += _targets(objects(action))  # "agreed to open accession talks with Ukraine"
    return actors, [[t for r in g for t in expand(r) if not _information(t)] for g in groups if g]


SHARING = {"share", "exchange", "gather", "collect", "provide", "pass", "leak", "obtain", "receive", "sell", "give",
           "swap", "trade"}


def _information(noun: Token) -> bool:
    """"agreed to share intelligence": what is shared, not the intelligence service."""
    return noun.lemma_.lower() == "intelligence" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in SHARING \
        and not any(c.dep_ in ("det", "poss") for c in noun.children)


def complements_read_as_clauses(verb: Token) -> list[Token]:
    """"Holds Russia responsible", "hold Russia to account", which the parser may read as a
    clause whose subject is Russia: the adjective or "account" that completes the verb."""
    return [c for c in verb.children if c.dep_ == "ccomp" and (c.tag_ == "JJ" or c.lower_ == "account")]


def a_sum(noun: Token) -> bool:
    """Whether a noun is a sum of money ("$5 million", "1.8 billion euros")."""
    return noun.ent_type_ == "MONEY" or noun.lemma_.lower() in CURRENCIES


def _an_amount(noun: Token) -> bool:
    """A sum or a rate: "$5 million", "25 percent"."""
    return a_sum(noun) or noun.lower_ in ("percent", "%", "cent", "pc")


def _targets(nouns: list[Token]) -> list[list[Token]]:
    """What event nouns are aimed at ("sanctions on Belarus"), then where the thing they are aimed
    at goes or comes from ("restrictions on flights to Cuba", "a ban on imports from China")."""
    aimed = [g for n in nouns for _, g in prep_objects(n, EVENT_NOUN_PREPS)]
    aimed += [g for o in aimed if _an_amount(o) or o.lower_ == "worth" for _, g in prep_objects(o, {"of"})]
    # ("tariffs on $30 billion of US goods", "on $60 billion worth of American goods")
    return [aimed, [g for o in aimed for _, g in prep_objects(o, {"to", "from"})]]


UNDERGOING = {"come", "be", "remain"}  # "came under attack", "was under fire"
LAID_CHARGES = {"bomb", "mine", "landmine", "ied", "device", "explosive"}  # what a vehicle or a walker runs into
RUN_INTO = {"hit", "strike", "run", "step", "drive"}


def noun_roles(noun: Token, governor: Token | None) -> tuple[list[Token], list[list[Token]]]:
    """Actor heads and recipient candidates of a noun event: "Russia launched an attack on
    Ukraine", "sanctions on Iran imposed by the EU", "Russia's attack on Ukraine"."""
    actors: list[Token] = []
    if noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.lemma_.lower() in UNDERGOING:
        # "a UN convoy came under attack from militants": the subject is on the receiving end, and
        # whoever the from-phrase names did it
        verb = noun.head.head
        doers = [g for h in (noun, verb) for _, g in prep_objects(h, {"from", "by"})]
        struck = subject(verb) or (subject(verb.head) if verb.dep_ == "advcl" else [])  # "officers deployed
        # to Haiti came under fire", the parser making "came" a clause of "deployed"
        return [t for a in doers for t in expand(a)], [[t for s in struck for t in expand(s)]]
    if governor is not None and noun.lemma_.lower() in LAID_CHARGES and governor.lemma_.lower() in RUN_INTO and (
            noun.dep_ == "dobj" or (noun.dep_ == "pobj" and noun.head.lower_ in ("over", "on", "onto"))):
        # "their convoy hit a roadside bomb", "a bus ran over a mine": those who hit it are its victims,
        # whoever laid it unknown
        return [], [[t for s in subject(governor) for t in expand(s)]]
    if governor is not None and noun.dep_ == "pobj" and noun.head.lower_ in ("at", "upon") and noun.head.head == governor:
        # "troops returned at the Iraqi government's request": the government asked the troops
        askers = [c for c in noun.children if c.dep_ == "poss"] or [g for _, g in prep_objects(noun, {"of"})]
        return [t for a in askers for t in expand(a)], [[t for s in subject(governor) for t in expand(s)]]
    if governor is not None and governor.lemma_.lower() in RECEIVING and noun.dep_ == "nsubjpass":
        # "Iranian assistance is received by the Houthis": the by-phrase receives it
        return [noun] if any(c.dep_ in ("amod", "compound") for c in noun.children) else [], [_agent(governor)]
    if governor is not None and governor.lemma_.lower() in RECEIVING and noun.dep_ == "dobj":
        # "Iran faces sanctions from the EU", "she received threats": the subject is on the
        # receiving end; whoever the from-phrase names did it
        doers = [g for h in (noun, governor) for _, g in prep_objects(h, {"from", "by"})]
        return [t for a in doers for t in expand(a)], [[t for s in subject(governor) for t in expand(s)]]
    # the noun's own doer first: "condemned an attack by Osgiliath soldiers", "Russia's attack"
    owned = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    suffered = [c for c in owned if _suffers(noun, c)]  # "Khashoggi's killing": he was killed
    actors = [g for _, g in prep_objects(noun, {"by"})] or [c for c in owned if c not in suffered]
    put_to = noun.lemma_.lower() in PUT_TO_OTHERS
    if not actors and put_to:
        actors = [g for _, g in prep_objects(noun, {"of"})]  # "the request of Prime Minister Johnson"
    answerer = noun.head if noun.dep_ == "dobj" else noun.head.head if (
        noun.dep_ == "pobj" and noun.head.dep_ == "prep") else None
    if put_to and actors and answerer is not None and answerer.pos_ in ("VERB", "AUX"):
        # "she will comply with the request of Johnson", "Interpol declined Iran's request":
        # it was put to whoever answers it
        return [t for a in actors for t in expand(a)], [[t for s in subject(answerer) for t in expand(s)]]
    if governor is not None and not actors:
        if noun.dep_ == "nsubjpass" or (governor.dep_ == "acl" and governor.head.i == noun.i):
            actors = _agent(governor)
        elif governor.pos_ in ("VERB", "AUX") and noun.dep_ != "nsubj" and governor.lemma_.lower() not in TELLING_OF \
                and governor.lemma_.lower() not in WITHSTOOD | PREVENTED | CAUSING | AWAITED:  # (those who repel an
            # attack are its target; those who foil it, or whose act sparked it, are not its doers)
            actors = subject(governor)
    if not actors:
        actors = event_noun_agent(noun) or came_from(noun) or _authors(noun) or claimed_by(noun)
    if not actors:  # "clashes between the army and the RSF": both sides act (on each other)
        heads = [noun] + ([governor] if governor is not None else [])
        actors = next(([g for _, g in prep_objects(h, {"between"})] for h in heads
                       if prep_objects(h, {"between"})), [])
    if not actors and any(c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ not in TIMES and not c.like_num
                          for c in noun.children):
        actors = [noun]  # "a Russian missile strike": the noun's country word, if it has one (not "the
        # December 31 attack")
    groups = ([suffered] if suffered else []) + _targets([noun])
    missions = [g for _, g in prep_objects(noun, {"of"}) if g.lemma_.lower() in MISSIONS]
    if missions:  # "the closure of its embassy in Argentina": the host; "of the US consulate": the US
        groups.append([g for m in missions for _, g in prep_objects(m, {"in"})])
        groups.append([m for m in missions if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in m.children)])
    if noun.lemma_.lower() in LEAVINGS:  # "the withdrawal of US troops from Syria": the ground left
        groups.append([g for _, g in prep_objects(noun, {"from"})])
    if noun.lemma_.lower() in PATIENT_OF:  # "an investigation of Ford's practices", "the invasion of Ukraine"
        groups.append([g for _, g in prep_objects(noun, {"of"})])
    if noun.lemma_.lower() in CHARGES | BENEFITS:  # "an arrest warrant for Putin", "their support for Biden"
        heads = [noun] + ([governor] if governor is not None and noun.dep_ == "dobj" else [])
        groups.append([g for h in heads for _, g in prep_objects(h, {"for"})])  # "voiced support for X"
    if noun.lemma_.lower() in ASKING:  # "a subpoena for documents from Pompeo": he is asked for them
        groups.append([g for h in [noun, *(o for _, o in prep_objects(noun, {"for"}))]
                       for _, g in prep_objects(h, {"from"})])
    if governor is not None and noun.dep_ == "nsubj":  # "twin bombings struck the cathedral"
        groups.append(objects(governor))
    if noun.dep_ == "conj":  # "used water cannon and tear gas against protesters"
        groups.append([g for _, g in prep_objects(noun.head, EVENT_NOUN_PREPS)])
    if governor is not None and governor.pos_ in ("VERB", "AUX"):
        groups.append(_targets([governor])[0])  # ("raised tariffs on $300 billion of Chinese imports")
    if governor is not None and noun.dep_ == "pobj" and noun.head.lower_ in ("with", "under") \
            and noun.head.head == governor:
        groups.append(objects(governor))  # "hit Russia with new sanctions": Russia; "placed the general
        # under house arrest": the general
    if governor is not None and governor.lemma_.lower() in WITHSTOOD:  # "the army repelled an attack": on the army
        groups.append(subject(governor))
    if noun.lemma_.lower() in COMPLAINTS:  # "filed a complaint with the UN over Israeli violations": against
        # Israel; the body it is filed with only hears it
        # ("filed a case at the ICJ accusing Israel of genocide": Israel; the court hears it)
        heads = [noun] + ([governor] if governor is not None else [])
        about = [g for h in heads for _, g in prep_objects(h, {"against", "over", "about"})]
        about += [g for h in heads for _, venue in prep_objects(h, VENUE_PREPS)  # "with the Security Council
                  for _, g in prep_objects(venue, {"against"})]  # against Israel", parsed as the council's
        accused = [o for h in heads for c in h.children if c.dep_ in ("advcl", "acl") and c.tag_ == "VBG"
                   and c.lemma_.lower() in ("accuse", "charge") for o in c.children if c.dep_ == "dobj"]
        groups = [about, accused] + [[t for t in g if t.head.lower_ not in VENUE_PREPS] for g in groups]
    return [t for a in actors for t in expand(a)], [[t for r in g for t in expand(r)] for g in groups if g]


# verbs by which one does an event named by a noun that a relative clause hangs on: "the attacks
# that Soleimani took part in", "the bombing which the group carried out"
AUTHORING = {"carry", "commit", "launch", "mount", "conduct", "stage", "take", "participate", "order", "plan",
             "perpetrate", "organise", "organize", "lead", "mastermind", "claim", "direct"}


def claimed_by(noun: Token) -> list[Token]:
    """Who claimed responsibility for the event: "the Houthis claimed responsibility for an attack"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return []
    owed = noun.head.head
    if owed.lemma_.lower() != "responsibility" or owed.head.lemma_.lower() not in ("claim", "accept", "take", "admit"):
        return []
    return subject(owed.head)


def _authors(noun: Token) -> list[Token]:
    """Who did the event a noun names, by a relative clause on it: "the attacks that Soleimani
    took part in"."""
    return [s for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in AUTHORING and not is_passive(c)
            for s in c.children if s.dep_ == "nsubj" and s.tag_ not in ("WDT", "WP")]


TIMES = {"DATE", "TIME"}
# verbs by which an attack is met: it was made ("repelled an attack"), unlike one foiled or thwarted
WITHSTOOD = {"repel", "repulse", "withstand", "survive", "resist"}
PREVENTED = {"foil", "thwart", "prevent", "avert", "frustrate"}  # (and one foiled was not made)
HALTED = {"halt", "stop", "cease", "suspend", "pause", "end", "freeze"}  # (and one halted is not going on)
# verbs by which one thing sets off another that others do: "postponed the vote, sparking protests"
AWAITED = {"fear", "expect", "anticipate", "dread", "predict"}  # those who fear an attack do not make it
CAUSING = {"spark", "trigger", "prompt", "provoke", "fuel", "ignite", "touch", "unleash", "inspire", "draw"}
# a party's place in a body, which it suspends or gives up: the body is the other side
MEMBERSHIPS = {"membership", "participation", "seat", "involvement"}
# what is filed with one body against another
COMPLAINTS = {"complaint", "lawsuit", "suit", "petition", "grievance", "case"}
VENUE_PREPS = {"with", "at", "before"}  # where a complaint is filed: "with the UN", "at the ICJ"
# nouns for forces leaving a place: what they leave is on the other side
LEAVINGS = {"withdrawal", "pullout", "pull-out", "departure", "exit", "redeployment"}
# what is done to a person, whose possessive names the one it is done to: "Khashoggi's killing"
DONE_TO_OWNER = {"killing", "murder", "assassination", "arrest", "detention", "release", "execution", "abduction",
                 "kidnapping", "imprisonment", "torture", "jailing", "trial", "impeachment", "ouster", "expulsion",
                 "deportation", "poisoning", "beating", "shooting", "stabbing"}
# nouns for what someone does or is, whose of-phrase names who: "the exit of the United Kingdom"
DONE_BY_OF = {"exit", "withdrawal", "departure", "resignation", "arrival", "refusal", "decision", "response",
              "reaction", "failure", "policy", "policies", "stance", "position", "role", "behaviour", "behavior",
              "conduct", "action", "actions", "activity", "activities", "involvement", "presence",
              "participation", "interference", "meddling", "aggression", "expansion", "influence", "visit",
              "trip", "tour", "stopover"}
# what one party puts to another: "the request of Prime Minister Johnson" is his
PUT_TO_OTHERS = {"request", "demand", "call", "proposal", "offer", "appeal", "plea", "order", "orders", "wish",
                 "wishes", "instruction", "instructions", "advice", "invitation", "ultimatum"}
DONE_BY_OF |= PUT_TO_OTHERS
# things whose of-phrase names their owner: "demolished the homes of two attackers", "the networks of US agencies"
BELONGING = {"home", "house", "property", "network", "system", "server", "account", "office", "asset", "land",
             "farm", "shop", "business", "vessel", "ship", "embassy", "consulate", "headquarters", "import", "export",
             "product", "good", "broadcast", "licence", "license", "accreditation", "entry"}
# (and "imports of Australian wine": Australia's)
# where someone lives or works, or rides: what is done to it is done to them ("stormed her residence")
# a country's ground, which names no party but whose owner is struck or intruded upon
TERRITORY = {"territory", "soil", "airspace", "waters", "water", "land"}
DWELLINGS = {"home", "house", "residence", "office", "compound", "palace", "villa", "car", "motorcade", "convoy"}
# verbs by which one only describes a thing, which one did not make: "his town hall, which The Hill
# described as combative"
ONLY_DESCRIBED = {"describe", "call", "term", "label", "dub", "characterize", "characterise", "say", "report", "see",
                  "consider", "deem", "name", "brand", "mention", "cover"}
# verbs by which someone puts a thing before others: its sender is its maker
SENT = PUT_FORWARD | {"send", "file", "lodge", "deliver", "hand", "put", "pass"}
# the people who act for one named person, named after them: "the Trump campaign", "the Biden team"
FOLLOWINGS = {"campaign", "team", "camp", "staff", "aide", "ally", "loyalist", "supporter"}


# things two or more parties make together: their parties are "between" them, or "with" one of them
PACTS = {"agreement", "deal", "accord", "pact", "treaty", "memorandum", "memoranda", "alliance", "partnership",
         "ceasefire", "truce", "understanding", "arrangement"}


def owners(thing: Token) -> list[Token]:
    """Whose a thing is, or who made or sent it: "Honcharuk's offer", "the proclamation by Trump",
    "the state of emergency Trump declared", "the Front had sent the police a plan". A thing a
    phrase hangs on stands in when the phrase's own noun has no owner: "a plan for yesterday's
    march, which they rejected" -> whoever sent the plan."""
    for _ in range(2):
        found = [c for c in thing.children if c.dep_ == "poss" and c.pos_ != "PRON" and c.ent_type_ not in TIMES]
        found = found or [g for _, g in prep_objects(thing, {"by"})]
        if not found and thing.dep_ == "dobj" and not is_passive(thing.head):
            # "criticized the proclamation by Trump", the "by" hung on the active verb: its
            # subject is the doer, so the "by" names the thing's maker
            found = [g for p in _by_phrases(thing.head, thing.i) for g in p.children if g.dep_ == "pobj"]
        if thing.lemma_.lower() in FOLLOWINGS:
            found = found or [c for c in thing.children if c.dep_ == "compound" and c.tag_ == "NNP"]
        if thing.lemma_.lower() in DONE_BY_OF | BELONGING:  # "the exit of the United Kingdom", "the homes of X"
            found = found or [g for _, g in prep_objects(thing, {"of"})]
        if thing.lemma_.lower() in PACTS:  # "the agreement between Turkey and Libya", "the deal with Iran",
            # "a deal signed between Ethiopia and Somaliland"
            found = found or [t for h in (thing, *(c for c in thing.children if c.dep_ == "acl"))
                              for _, g in prep_objects(h, {"between", "with"}) for t in expand(g)]
        found = found or [s for c in thing.children if c.dep_ == "relcl" and not is_passive(c)
                          and c.lemma_.lower() not in ONLY_DESCRIBED
                          for s in c.children if s.dep_ == "nsubj" and s.tag_ not in ("WDT", "WP", "PRP")]
        if not found and thing.dep_ == "dobj" and thing.head.lemma_.lower() in SENT:
            found = subject(thing.head)
        found = found or _reduced_relative_subject(thing)
        if found or not (thing.dep_ == "pobj" and thing.head.head.pos_ == "NOUN"):
            return found
        thing = thing.head.head
    return []


def _by_phrases(verb: Token, after: int) -> list[Token]:
    """The "by" phrases of an active verb's clause after a word, however the parser hung them on
    the verb or its prepositional phrases ("attacked the proclamation of X as territory by Trump")."""
    out = []
    for tok in verb.subtree:
        if tok.lower_ != "by" or tok.dep_ != "prep" or tok.i <= after:
            continue
        up = tok.head
        while up.i != verb.i and up.dep_ in ("prep", "pobj", "dobj"):
            up = up.head
        if up.i == verb.i:
            out.append(tok)
    return out


def _reduced_relative_subject(thing: Token) -> list[Token]:
    """"the state of emergency Trump declared": a clause right after a thing, with no word to
    join it and no object of its own, is about the thing, whatever the parser hung it on."""
    doc, start = thing.doc, thing.right_edge.i + 1
    for s in doc[start:min(start + 6, thing.sent.end)]:
        if s.dep_ == "nsubj" and s.left_edge.i == start and s.pos_ in ("PROPN", "NOUN"):
            verb = s.head
            if (verb.pos_ == "VERB" and verb.i > s.i and verb.tag_ in ("VBD", "VBZ", "VBP")
                    and not any(c.dep_ in ("dobj", "cc", "mark") for c in verb.children)):
                return [s]
            return []
    return []


# verbs by which words reach someone from their source: "condemnation came from Kenya"
COMING = {"come", "pour", "flow", "arrive", "follow", "emerge", "flood"}


def came_from(noun: Token) -> list[Token]:
    """Who an event noun came from: "Criticism came from the opposition", "Statements of
    condemnation have come from the OIC and the Pope", "Condemnation poured in from Kenya"."""
    subject_noun = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "nsubj":
        subject_noun = noun.head.head  # "statements of condemnation"
    verb = subject_noun.head
    if subject_noun.dep_ != "nsubj" or verb.lemma_.lower() not in COMING:
        return []
    return [g for _, g in prep_objects(verb, {"from"})]


def event_noun_agent(noun: Token) -> list[Token]:
    """Who carried out an event named by a noun: "Russia's attack", "an attack by Osgiliath
    soldiers", "rocket fire from Gaza"."""
    return ([c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in TIMES and not _suffers(noun, c)]
            or [g for _, g in prep_objects(noun, {"by"})]
            or [g for _, g in prep_objects(noun, {"from"})]
            or blamed_on(noun))


def blamed_on(deed: Token) -> list[Token]:
    """"an attack blamed on Islamist militants", "the attack, blamed by police on the PKK": whom a
    deed is laid at by a participle on it (the deed is theirs, as whoever blames says)."""
    return [g for c in deed.children if c.dep_ in ("acl", "xcomp") and c.tag_ == "VBN" and c.lemma_.lower() == "blame"
            for g in laid_on(c)]


def laid_on(blame: Token) -> list[Token]:
    """Whom "blame" lays something on: "blamed the attack on the PKK", "blamed by police on the
    PKK" (where the parser may hang the on-phrase on the blamer)."""
    return [g for h in (blame, *(a for c in blame.children if c.dep_ == "agent" for a in c.children))
            for _, g in prep_objects(h, {"on"})]


def blamed_on_by(deed: Token) -> list[Token]:
    """The participles that lay a deed at someone's door with no blamer named ("blamed on")."""
    return [c for c in deed.children if c.dep_ in ("acl", "xcomp") and c.tag_ == "VBN" and c.lemma_.lower() == "blame"
            and not any(a.dep_ == "agent" for a in c.children) and prep_objects(c, {"on"})]


def _suffers(noun: Token, owner: Token) -> bool:
    """Is the owner of an event noun the one it was done to ("Khashoggi's killing")?"""
    if noun.lemma_.lower() not in DONE_TO_OWNER or prep_objects(noun, {"of"}):
        return False
    first = min([owner] + [c for c in owner.children if c.dep_ == "compound"], key=lambda t: t.i)
    return (owner.ent_type_ == "PERSON" or first.lower_ in MALE_NAMES | FEMALE_NAMES  # "Amina Yusuf", tagged ORG
            or any(e.label_ == "PERSON" and e[-1].text == owner.text for e in entities_of(owner.doc)))  # "Jamal
    # Khashoggi" before, "Khashoggi's killing" tagged as a place
