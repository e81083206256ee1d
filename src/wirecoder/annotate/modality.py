"""Modality: is an event a fact? Negated ("did not attack"), hypothetical ("could impose",
"if they attack"), future ("will meet"), feared or planned, or reported by someone else
("X said Y attacked Z"). Pure functions over the parse, used by the events annotator."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from wirecoder.annotate import roles

MODALS = {"could", "would", "might", "may", "should", "can", "must", "ought", "'d"}
FUTURE = {"will", "shall", "'ll", "wo"}  # "wo" is spaCy's token for "won't"
CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}
# verbs whose complement is not (yet) a fact: "plans to attack", "feared an attack"
IRREALIS = {"plan", "want", "intend", "hope", "expect", "fear", "consider", "propose", "aim", "prepare",
            "seek", "wish", "mull", "weigh", "debate", "threaten", "warn", "urge",
            "call", "ask", "demand", "request", "refuse", "reject", "decline", "vow", "pledge", "promise",
            "agree", "offer", "need", "discuss", "seem", "appear", "would", "could", "likely", "set",
            "ready", "able", "willing", "prepared", "going", "deny", "avoid", "prevent", "stop", "oppose",
            "struggle", "hesitate", "expected", "likely", "possible", "scheduled", "schedule", "due",
            "advise", "encourage", "instruct", "persuade", "allow", "permit", "authorize", "authorise",
            "recommend", "design", "choose", "require", "oblige", "obligate",
            "like", "love", "enjoy", "prefer", "hate", "dislike",  # "likes dropping bombs on people"
            "order", "invite", "afraid", "scared", "fearful", "worried", "terrified", "frightened"}
# verbs whose object event has not happened: "were planning an attack", "residents feared an attack"
NOT_YET_DONE = {"plan", "plot", "fear", "expect", "anticipate", "prepare", "consider", "contemplate", "mull",
                "weigh", "propose", "want"}
# nouns whose complement is not (yet) a fact: "Honcharuk's offer to resign", "the suggestion
# that the issue be discussed", "a bid to oust the president"
IRREALIS_NOUNS = {"offer", "suggestion", "proposal", "plan", "call", "demand", "request", "threat", "bid", "effort",
                  "intention", "promise", "pledge", "idea", "possibility", "prospect", "hope", "fear", "risk",
                  "plot", "warning", "order", "ultimatum", "appeal", "push", "readiness", "willingness",
                  "resolution", "motion", "bill", "vote", "agreement", "deal", "accord", "pact", "arrangement",
                  # what one may do: "the platform to support them", "the right to protest"
                  "platform", "chance", "opportunity", "right", "power", "ability", "mandate", "authority",
                  "permission", "freedom",
                  # what something is for, or could be: "purposes including aiding journalists",
                  # "precedent for the president mediating"
                  "purpose", "use", "precedent"}
# accords, whose terms ("an agreement on sending troops") are undertakings, not (yet) acts
ACCORDS = {"agreement", "deal", "accord", "memorandum", "treaty", "pact", "talks", "talk", "negotiations",
           "negotiation", "discussion", "dialogue", "consensus"}
# verbs and adjectives whose complement did not happen: "failed to reach", "was unable to negotiate"
FAILURE = {"fail", "unable", "neglect"}
SPEECH = {"say", "tell", "report", "claim", "announce", "state", "add", "confirm", "allege", "insist",
          "believe", "accuse", "note", "write", "tweet", "explain", "declare", "testify", "acknowledge",
          "admit", "reveal", "suggest", "indicate", "show", "think", "know"}
DENIAL = {"deny", "dismiss", "reject"}
# verbs that say someone did a deed, which is then the accuser's word: "accused Russia of shelling"
ACCUSING = {"accuse", "blame", "charge", "condemn", "criticize", "criticise", "denounce", "fault"}
# what a denial may be of: "dismissed reports that Russian jets had bombed a hospital"
CLAIMS = {"report", "claim", "allegation", "accusation", "suggestion", "rumour", "rumor", "assertion", "charge"}
# paying, arming or sending people for a deed: the deed is a purpose, not yet done
MEANS_TO_AN_END = {"pay", "hire", "fund", "finance", "recruit", "train", "arm", "bribe", "send", "dispatch",
                   "deploy", "sponsor", "plot", "conspire", "smuggle"}
_NEGATORS = {"not", "n't", "never", "no", "nobody", "neither", "nor"}


@dataclass
class Modality:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    reported_by: Token | None = None  # subject of the speech verb that reports the event
    frame: Token | None = None  # the verb that keeps the event from being a fact ("plans", "feared")
    why: str = ""


def _clause_verbs(trigger: Token) -> list[Token]:
    """The trigger and the verbs of its own clause that carry its auxiliaries (light verb, xcomp head)."""
    verbs = [trigger]
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubjpass", "attr", "pobj") and not _made_by_another(trigger):
        head = trigger.head if trigger.dep_ != "pobj" else trigger.head.head
        if trigger.dep_ == "pobj" and head.lemma_.lower() in roles.MEASURES_OF and head.dep_ in ("dobj", "nsubjpass"):
            head = head.head  # "join a new round of talks": the verb of the round
        verbs.append(head)
    elif trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in ASPECTUAL:
        verbs.append(trigger.head)  # "the attacks would continue until ...": as the continuing is
    return verbs


# verbs whose subject is an event going on: their modality is the event's
ASPECTUAL = {"continue", "resume", "begin", "start", "stop", "end", "cease", "intensify", "escalate", "persist"}


def _made_by_another(noun: Token) -> bool:
    """"She will comply with the request of Prime Minister Johnson": a request someone else is
    said to have made stands, whatever the verb it hangs on."""
    if noun.lemma_.lower() not in roles.PUT_TO_OTHERS:
        return False
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return bool(owners)


def is_negated(trigger: Token) -> bool:
    for verb in _clause_verbs(trigger):
        if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NOT_QUITE) for c in verb.children):
            return True
    verb = trigger
    while verb.dep_ == "xcomp" and verb.head.lemma_.lower() in CARRIED_THROUGH:
        verb = verb.head  # "did not try to expel", "will not continue to oppose": not done either
        if any(c.dep_ == "neg" for c in verb.children):
            return True
    if trigger.pos_ == "VERB" and any(c.dep_ == "dobj" and (c.lower_ == "nothing" or any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in trigger.children):
        return True  # "they have conceded nothing", "imposed no sanctions"
    if trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
        return True
    return _nobody_or_not_yet(trigger)


NOBODY = {"nobody", "none", "no-one", "noone"}
# verbs whose complement happens only as they do: "did not try to expel" expelled no one
CARRIED_THROUGH = {"try", "attempt", "manage", "continue", "begin", "start", "keep", "dare", "bother", "get",
                   "go"}  # ("we are not going to negotiate")
# adverbs by which a verb did not happen: "never attacked", "I almost killed my daughter"
NOT_QUITE = {"never", "almost", "nearly"}


def _nobody_or_not_yet(trigger: Token) -> bool:
    """"No one tried to storm the base", "Trump has yet to concede": the event did not happen.
    Looks at the trigger's verb and the verbs it is the complement of ("tried to storm")."""
    verb = trigger if trigger.pos_ != "NOUN" else trigger.head
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.lower_ in NOBODY or any(d.dep_ == "det" and d.lower_ == "no" for d in s.children)
               for s in subjects):
            return True
        if verb is not trigger and verb.lemma_ in ("have", "be") and any(
                c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children):
            return True
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            break
        verb = verb.head
    return False


def _aux(verbs: list[Token]) -> set[str]:
    return {c.lower_ for v in verbs for c in v.children if c.dep_ in ("aux", "auxpass")}


def assess(trigger: Token) -> Modality:
    """The modality of the event whose trigger (verb, or event noun) is given."""
    m = Modality(negated=is_negated(trigger))
    verbs = _clause_verbs(trigger)
    aux = _aux(verbs)
    if trigger.dep_ == "csubj":  # "executing him would not bring her back": its verb's modal
        aux |= _aux([trigger.head])
    if _shares_its_verbs_auxiliaries(verbs[-1]):  # "they would discuss it and ask for help"
        aux |= _aux([verbs[-1].head]) & (MODALS | FUTURE)
    if aux & MODALS and _reported_future(verbs[-1], aux & MODALS):
        m.future = True  # "the government said it would detain two journalists": "will", reported
    elif aux & MODALS:
        m.hypothetical, m.why = True, "modal: " + ", ".join(sorted(aux & MODALS))
    if aux & FUTURE or _going_to(verbs[-1]):
        m.future = True
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for v in verbs for c in v.children):
        m.hypothetical, m.why = True, "conditional"
    if _planned(verbs[-1]):
        m.hypothetical, m.why = True, "planned: 'to be to'"
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in NOT_YET_DONE:
        m.hypothetical, m.why = True, f"under {trigger.head.text!r}"  # "planning an attack", "feared an attack"
        m.frame = m.frame or trigger.head
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubjpass") and trigger.head.lemma_.lower() in roles.PREVENTED:
        m.negated, m.why = True, f"prevented: {trigger.head.text}"  # "police foiled an attack on a synagogue"
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in roles.HALTED:
        m.negated, m.why = True, f"halted: {trigger.head.text}"  # "the Houthis halted attacks on shipping"
    if roles.gerund_read_as_compound(trigger) is not None:  # "accused the army of bombing markets", read as
        owner = trigger.head.head.head  # "the bombing markets": the accuser's word
        accuser = owner if owner.pos_ in ("VERB", "AUX") else owner.head
        m.reported_by = next(iter(roles.subject(accuser)), None)
    if not (trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in roles.TELLING_OF):
        _walk_up(verbs[-1], m)  # (but "vowed to avenge the killing": the killing is told of, and done)
    if m.reported_by is None:
        m.reported_by = _said_after(verbs[-1]) or _according_to(verbs[-1])
    if _asked(trigger):
        m.hypothetical, m.why = True, "a question"
    if any(c.dep_ == "advmod" and c.lower_ in HEDGES for v in verbs for c in v.children) or any(
            c.dep_ == "advmod" and c.lower_ in HEDGES for a in _agent_phrases(verbs[-1]) for c in a.children):
        m.hypothetical, m.why = True, "a guess: 'perhaps'"
    if _imperative(verbs[-1]):
        m.hypothetical, m.why = True, "an order or a plea: 'attack the tourists'"
    return m


def _according_to(verb: Token) -> Token | None:
    """Who a clause is told by in "According to X, ...", however high the phrase hangs."""
    tok = verb
    for _ in range(4):
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "according":
                return next((o for to in prep.children if to.lower_ == "to" for o in to.children if o.dep_ == "pobj"),
                            None)
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


# adverbs that make a guess of what they modify: "getting shot, perhaps by rioters"
HEDGES = {"perhaps", "maybe", "possibly", "conceivably"}


def _agent_phrases(verb: Token) -> list[Token]:
    """The by-phrases of a verb, where a hedge may hang: "shot, perhaps by rioters"."""
    return [c for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"]


def _imperative(verb: Token) -> bool:
    """"Take a knife ... and attack the tourists": a bare verb with no subject that heads its
    sentence (or is joined to one that does) tells someone to act; nothing has happened."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        if _main_clause_after_condition(verb):
            return verb.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)
        verb = verb.head
    if verb.tag_ not in ("VB", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl", "mark")
                                             for c in verb.children):
        return False
    if verb.dep_ == "ROOT":
        return verb.tag_ == "VB"
    # '"Stop the war," he said': the quote (or the sentence) opens with the verb, or with a
    # condition on it ('"If you cannot find a gun, use a knife"', where "use" may be tagged VBP)
    lefts = [c for c in verb.lefts if c.dep_ != "punct"]
    if verb.dep_ not in ("ccomp", "parataxis", "advcl") or any(c.dep_ != "advcl" for c in lefts):
        return False
    first = min([verb.i] + [c.left_edge.i for c in lefts])
    opening = verb.doc[first - 1] if first > 0 else None
    return verb.doc[first].is_sent_start or (opening is not None and opening.text in ('"', "“", "'", "‘", ":"))


def _main_clause_after_condition(verb: Token) -> bool:
    """"If you cannot make a bomb, take a knife": the parser may join the main clause to the
    condition as if it were a second verb of it; after a comma and with no "and" or "or", it is not."""
    head = verb.head
    return any(c.dep_ == "mark" for c in head.children) and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
        and not any(c.dep_ == "cc" and c.i < verb.i for c in head.children if c.i > head.i)


def _shares_its_verbs_auxiliaries(verb: Token) -> bool:
    """A verb joined by "and" or "or" with no subject or auxiliary of its own takes those of the
    verb before it."""
    return verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _said_after(verb: Token) -> Token | None:
    """Who says so in a speech verb hung after the clause: "Moscow expelled two diplomats, the
    foreign ministry said"."""
    for c in verb.children:
        if c.dep_ == "parataxis" and c.i > verb.i and c.lemma_ in SPEECH:
            subjects = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return subjects[0]
    return None


SELF_REFERENCE = {"it", "they", "he", "she", "we", "i"}


def _reported_future(verb: Token, modals: set[str]) -> bool:
    """Is the only modal a "would" that reports a speaker's own "will" ("the government said it
    would detain them")? Its clause completes a past speech verb and its subject is the speaker
    again; "experts said Russia would attack" is a forecast, not Russia's intention."""
    if not (modals <= {"would", "'d"} and verb.dep_ == "ccomp" and verb.head.lemma_ in SPEECH
            and verb.head.tag_ == "VBD"):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and speaker is not None and (
        subject.lower_ in SELF_REFERENCE or subject.lower_ == speaker.lower_ or _own_forces(subject, speaker))


OWN_FORCES = {"army", "military", "troops", "forces", "navy", "police"}
FORECASTERS = {"expert", "analyst", "observer", "source", "commentator", "witness", "resident", "report", "study"}


def _own_forces(subject: Token, speaker: Token) -> bool:
    """"Israel's defence minister said the army would hit Hezbollah hard": a state's speaker tells
    what its own forces will do (not "analysts said the army would attack": a forecast)."""
    return subject.lemma_.lower() in OWN_FORCES and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "our") for c in subject.children) \
        and speaker.lemma_.lower() not in FORECASTERS and speaker.pos_ in ("NOUN", "PROPN")


# a yes/no question opens with its auxiliary; "Why did Russia attack?" takes the attack as given
QUESTION_OPENERS = {"do", "does", "did", "will", "would", "can", "could", "should", "shall", "is", "are",
                    "was", "were", "has", "have", "had"}


def _asked(trigger: Token) -> bool:
    """"Did Iran attack the tanker?", "Will Russia invade?": a yes/no question asserts nothing, nor
    does one asking who did it. The sentence opens with an auxiliary (or the trigger's subject is
    "who") and the trigger's clause ends in '?'."""
    words = [t for t in trigger.sent if not t.is_punct]
    asks_who = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "what", "which")
                   for c in trigger.children)  # "Who supports the group financially?"
    if words and words[0].lower_ in ("which", "what") and (
            _inverted(trigger) or (trigger.head.lemma_ == "do" and trigger.head.i < trigger.i)):
        # "Which candidates have you supported?", "What truths do few people agree with?" (the
        # "do" parsed as the verb): asks what, asserts nothing
        asks_who = True
    if not words or (words[0].lower_ not in QUESTION_OPENERS and not asks_who):
        return False
    end = next((t for t in trigger.doc[trigger.i + 1:trigger.sent.end] if t.text in ("?", ".", "!", ";")), None)
    return end is not None and end.text == "?"


def _inverted(verb: Token) -> bool:
    """The auxiliary before the subject: "have you supported"."""
    aux = [c.i for c in verb.children if c.dep_ == "aux"]
    subj = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(aux and subj) and min(aux) < min(subj)


def _planned(verb: Token) -> bool:
    """"Millions of people were to storm Area 51", "the minister is to visit Kabul": what is
    arranged or expected, not (yet) done."""
    head = verb.head
    return (verb.dep_ == "xcomp" and verb.tag_ == "VB" and head.lemma_ == "be" and head.i != verb.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _going_to(verb: Token) -> bool:
    head = verb.head
    return verb.dep_ == "xcomp" and head.lower_ == "going" and any(c.lemma_ == "be" for c in head.children)


def _irrealis_noun(clause: Token) -> Token | None:
    """The noun a clause completes, when that noun keeps it from being a fact ("offer to resign");
    also when the parser hung the clause on the noun's verb ("foiled [a plot] [to attack]")."""
    if clause.dep_ in ("acl", "ccomp", "advcl") and clause.head.pos_ == "NOUN" \
            and clause.head.lemma_.lower() in IRREALIS_NOUNS and not _describes(clause) \
            and not _enacted_text_says(clause):
        return clause.head
    if clause.dep_ == "pcomp" and clause.head.dep_ == "prep" and clause.head.lower_ in ("on", "about", "for", "including") \
            and clause.head.head.lemma_.lower() in IRREALIS_NOUNS | ACCORDS:
        return clause.head.head  # "the agreement on sending Turkish soldiers to Libya": what is agreed
    if clause.dep_ == "relcl" and clause.tag_ == "VB" and clause.head.lemma_.lower() in IRREALIS_NOUNS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return clause.head  # "the platform to support them", parsed as a relative clause
    if clause.dep_ == "xcomp":
        return next((c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i
                     and c.lemma_.lower() in IRREALIS_NOUNS), None)
    return None


ENACTING = {"adopt", "pass", "approve", "issue", "endorse", "unanimously"}  # what makes a resolution law
TEXTS = {"resolution", "motion", "bill"}


def _enacted_text_says(clause: Token) -> bool:
    """"The Security Council adopted a resolution demanding a ceasefire": what an adopted text
    says, it says (a resolution vetoed or drafted says nothing yet)."""
    noun = clause.head
    return clause.dep_ == "acl" and clause.tag_ == "VBG" and noun.lemma_.lower() in TEXTS \
        and noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in ENACTING


def _describes(clause: Token) -> bool:
    """"The deal brokered by Egypt": a past participle tells what was done to the noun, which
    happened, and is not what the deal is for."""
    return clause.dep_ == "acl" and clause.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "auxpass") for c in clause.children)


def _performed(verb: Token, head: Token) -> bool:
    """"We would like to thank EFF": saying so is thanking."""
    return head.lemma_ in ("like", "love", "wish") and verb.lemma_.lower() in PERFORMATIVES


PERFORMATIVES = {"thank", "congratulate", "apologise", "apologize", "welcome", "commend", "praise", "condemn",
                 "express", "extend", "acknowledge", "salute", "honour", "honor"}

# verbs that bring about what their complement says ("make Taiwan recognize")
CAUSATIVES = {"make", "let", "allow", "enable", "force", "help", "cause", "get", "have", "lead"}


def _walk_up(verb: Token, m: Modality) -> None:
    """Climb from the event's clause through complement links: irrealis frames make it
    hypothetical, speech verbs make it reported (a denial negates it)."""
    tok = verb
    for _ in range(6):
        noun = _irrealis_noun(tok)
        if noun is not None:
            if m.frame is None:
                m.frame = noun
                m.hypothetical, m.why = True, f"under {noun.text!r}"
            return
        if tok.dep_ in ("acl", "ccomp") and tok.head.lemma_.lower() in CLAIMS and tok.head.head.lemma_ in DENIAL \
                and tok.head.dep_ in ("dobj", "nsubjpass") and not (tok is verb and tok.lemma_.lower() in ACCUSING):
            # (but "rejected a report accusing it": the report accuses all the same; what it accuses
            # of is denied)
            m.negated, m.why = True, f"denied: {tok.head.head.text} {tok.head.text}"  # "dismissed reports that ..."
            return
        if tok.dep_ not in ("xcomp", "ccomp", "advcl", "conj", "pcomp", "acomp") or tok.head.i == tok.i:
            return
        link, head = tok.dep_, tok.head
        if link == "pcomp" and head.dep_ == "prep" and head.head.lemma_.lower() in IRREALIS:
            head = head.head  # "scared of the police beating us", "afraid of being attacked"
        if link == "pcomp" and head.dep_ == "prep" and head.lower_ in ("of", "for") \
                and head.head.lemma_.lower() in ACCUSING and m.reported_by is None:
            # "Ukraine accused Russia of shelling the plant": Ukraine's word for it
            m.reported_by = next(iter(roles.subject(head.head)), None)  # (also "said ... and accused")
            claim = head.head.head
            if head.head.dep_ == "acl" and claim.lemma_.lower() in CLAIMS and claim.dep_ in ("dobj", "nsubjpass") \
                    and claim.head.lemma_ in DENIAL:  # "rejected a report accusing it of backing the rebels"
                m.negated, m.why = True, f"denied: {claim.head.text} {claim.text}"
                return
        if link == "conj":
            if roles.speaker_going_on(tok) is not None:  # "denied that troops had burned homes and
                tok = roles.coordinated_head(tok).head  # blamed the rebels": the speaker's own act,
                continue  # not under the denial
            tok = roles.coordinated_head(tok)
            continue
        if link == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in tok.children):
            m.hypothetical, m.why = True, "conditional"
        if link == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in tok.children) and (
                _aux([head]) & (MODALS | FUTURE) or head.dep_ == "xcomp"):
            m.hypothetical, m.why = True, f"awaited: until, under {head.text!r}"  # "would not stop until
            # the prime minister resigned", "vowed to keep up the attacks until Israel stopped the war"
        if link == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and (
                _planned(head) or _aux([head]) & MODALS or head.lemma_.lower() in MEANS_TO_AN_END
                or roles.urged_infinitive(tok) or any(  # "approved a deal to release hostages": the
                    o.dep_ == "dobj" and o.lemma_.lower() in IRREALIS_NOUNS for o in head.children)):  # deal's terms
            # "was to meet to discuss"; "paid bounties to the Taliban to kill soldiers": what the
            # money or the men sent are for is not said to have happened
            m.hypothetical, m.why = True, f"the purpose of {head.text!r}"
        if link == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and (
                _aux([head]) & FUTURE or _going_to(head)):
            m.future = True  # "will meet to discuss": the discussion is to come too
        if (link == "xcomp" or (link == "ccomp" and head.lemma_ in CAUSATIVES)) and head.lemma_ not in SPEECH \
                and _aux([head]) & MODALS and m.frame is None and not _performed(tok, head):
            m.frame = head  # "this would make Taiwan the first to recognize", "could force Iran to retreat"
            m.hypothetical, m.why = True, f"under {head.text!r}: modal"
        if head.lemma_ in DENIAL and link == "ccomp" and tok.i < head.i and any(
                c.dep_ in ("nsubj", "dobj") and c.lemma_.lower() in CLAIMS and tok.i < c.i < head.i
                for c in head.children):
            return  # "Kenya accused Somalia of arming militias, a charge Mogadishu denied", which the
            # parser may hang on "denied": the accusation was made, and is the sentence's own
        if head.lemma_ in FAILURE and link in ("xcomp", "ccomp"):
            m.negated, m.why = True, f"failed: {head.text}"
        elif head.lemma_ in DENIAL and link in ("ccomp", "xcomp", "pcomp"):
            m.negated, m.why = True, f"denied: {head.text}"
        elif head.lemma_ in IRREALIS and link in ("xcomp", "ccomp", "pcomp", "acomp") and not (
                head.lemma_ == "hesitate" and any(c.dep_ == "neg" for c in head.children)) \
                and not _performed(tok, head):  # "did not hesitate to", "would like to thank"
            if m.frame is None:
                m.frame = head
                m.hypothetical, m.why = True, f"under {head.text!r}"
        elif head.lemma_ in SPEECH and link == "ccomp" and m.reported_by is None:
            subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                m.reported_by = subj[0]
            if any(c.dep_ == "neg" for c in head.children) and head.lemma_ in ("say", "confirm"):
                m.hypothetical, m.why = True, f"not confirmed: {head.text}"
        if link in ("xcomp", "ccomp") and not m.hypothetical and head.lemma_ not in SPEECH \
                and _aux([head]) & MODALS and not _performed(tok, head):  # (not "would like to thank")
            m.hypothetical, m.why = True, f"modal over {head.text!r}"  # "the deal would see Hamas release
            # the hostages", "could decide to expel the envoy"
        if head.dep_ == "advcl" and link == "advcl":
            return
        tok = head
