"""Quotes and their speakers. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.annotate.quotes import quote_spans


def _quotes(coded):
    return [(q["text"], (q["speaker"] or {}).get("name") or (q["speaker"] or {}).get("text"), q["cue"])
            for q in coded["quotes"]]


@pytest.mark.parametrize("text,quote,speaker", [
    ('"We will not accept ultimatums," Sergei Lavrov told reporters.', "We will not accept ultimatums,", "Sergei Lavrov"),
    ('Sergei Lavrov said: “We will not accept ultimatums.”', "We will not accept ultimatums.", "Sergei Lavrov"),
    ("''We will not accept ultimatums,'' said Sergei Lavrov.", "We will not accept ultimatums,", "Sergei Lavrov"),
    ('“The border stays closed,” said Abdi Farah, a Somali police spokesman.', "The border stays closed,", "Abdi Farah"),
])
def test_quote_marks_and_cue_position(code, text, quote, speaker):
    (q,) = _quotes(code(text))
    assert q[0] == quote and q[1] == speaker


@pytest.mark.parametrize("text,speaker,cue", [
    # cue after the quote
    ('"The talks have failed," said Marta Kowalczyk.', "Marta Kowalczyk", "say"),
    ('"The talks have failed," Marta Kowalczyk told reporters in Warsaw.', "Marta Kowalczyk", "tell"),
    ('"The talks have failed," Marta Kowalczyk added.', "Marta Kowalczyk", "add"),
    # cue before the quote
    ('Marta Kowalczyk told reporters in Warsaw on Monday: "The talks have failed."', "Marta Kowalczyk", "tell"),
    ('Marta Kowalczyk said, "The talks have failed."', "Marta Kowalczyk", "say"),
    # according to X, before or after
    ('"The talks have failed," according to Marta Kowalczyk.', "Marta Kowalczyk", "according to"),
    ('According to Marta Kowalczyk, "the talks have failed."', "Marta Kowalczyk", "according to"),
    # reported by an outlet: X speaks, the outlet only reports it
    ('Marta Kowalczyk was quoted as saying: "The talks have failed."', "Marta Kowalczyk", "quoted as saying"),
    ('The news agency PAP quoted Marta Kowalczyk as saying: "The talks have failed."', "Marta Kowalczyk",
     "quoted as saying"),
    ('"The talks have failed," the news agency PAP quoted Marta Kowalczyk as saying.', "Marta Kowalczyk",
     "quoted as saying"),
    ('Marta Kowalczyk countered that voters were "tired of being ignored by Warsaw."', "Marta Kowalczyk", "counter"),
    # a name at the end of a chain of appositions
    ('The Polish news site Onet\'s chief editor, Marta Kowalczyk, said the talks were "a failure from the start."',
     "Marta Kowalczyk", "say"),
    ('The president of the Tunisian League for the Defence of Human Rights, Karim Ben Salah, said, "We '
     'are for the freedom to dress, but we see reasons for this decision."', "Karim Ben Salah", "say"),
    # a title the dictionary knows, with the holder's name at its end
    ('Former US Ambassador to the United Nations Marta Kowalczyk wrote on Twitter, "We must stand by '
     'our allies."', "Marta Kowalczyk", "write"),
    # words someone calls a thing by; a passive cue's by-agent speaks
    ('Marta Kowalczyk called the plan "a betrayal of every voter in Poland."', "Marta Kowalczyk", "call"),
    ('The mayor was described by Marta Kowalczyk as "a tireless friend of the city."', "Marta Kowalczyk",
     "describe"),
    # no speech verb: the quote completes the clause before its colon or comma
    ('Marta Kowalczyk defended her decision: "The talks had failed long before."', "Marta Kowalczyk",
     "introduced"),
    # someone else's words, cited
    ('The students learned more from failed projects than from good ones, citing the Chuck Jones quote that '
     '"every artist has thousands of bad drawings."', "Chuck Jones", "cite"),
    # a perfect tense broken by an aside, which the parser hangs on the aside's noun
    ('The Emergencies Ministry has, in a statement, called on drivers to "not forget that the lives of '
     'other people depend on you."', "Emergencies Ministry", "call"),
])
def test_speaker_cues(code, text, speaker, cue):
    (q,) = _quotes(code(text))
    assert q[1:] == (speaker, cue)


def test_quote_over_several_sentences(code):
    text = '"The talks have failed. We will leave. Nobody should be surprised," Marta Kowalczyk said.'
    (q,) = _quotes(code(text))
    assert q[0].startswith("The talks have failed. We will leave.") and q[1] == "Marta Kowalczyk"


def test_quote_continued_in_next_paragraph_keeps_speaker(code):
    text = ('"We will respond," Sergei Lavrov told reporters. "The expulsions are unacceptable.\n\n'
            '"Estonia will regret this step," he added.')
    quotes = _quotes(code(text))
    assert len(quotes) == 3 and {q[1] for q in quotes} == {"Sergei Lavrov"}
    assert quotes[1][2] == "continued"


def test_quote_without_cue_continues_the_last_speaker(code):
    text = ('"We will not be intimidated," said Ana Petrovic, the Serbian prime minister. '
            '"Serbia wants peace."')
    speakers = [q[1] for q in _quotes(code(text))]
    assert speakers == ["Ana Petrovic", "Ana Petrovic"]


def test_a_short_sentence_of_its_own_continues_the_last_speaker(code):
    """A quoted sentence of a few words and no verb, after the speaker's quote, is still said."""
    text = '"Our support will not waver," said Ana Petrovic, the Serbian prime minister. "Not today, not tomorrow."'
    assert [(q[0], q[1]) for q in _quotes(code(text))] == [
        ("Our support will not waver,", "Ana Petrovic"), ("Not today, not tomorrow.", "Ana Petrovic")]


@pytest.mark.parametrize("text,quote,speaker", [
    ('Marta Kowalczyk said the expulsions were "unacceptable and provocative".', "unacceptable and provocative",
     "Marta Kowalczyk"),
    ('Marta Kowalczyk said the decision was "unacceptable".', "unacceptable", "Marta Kowalczyk"),
    # a phrase with its own article is the speaker's, though a relative clause goes on from it
    ('Marta Kowalczyk said the deal was "a betrayal of the people" which nobody would forgive.',
     "a betrayal of the people", "Marta Kowalczyk"),
    ('The ministry said in a statement that it "rejects all accusations and will respond in due course".',
     "rejects all accusations and will respond in due course", "ministry"),
    # a threat quoted in part is the threatener's, not that of whoever "continued" to do something
    ('Last year, Turkish President Tayyip Erdogan threatened to "come suddenly one night" if Greece continued '
     'to militarise its islands.', "come suddenly one night", "Recep Tayyip Erdogan"),
])
def test_partial_quotes_keep_their_speaker(code, text, quote, speaker):
    (q,) = _quotes(code(text))
    assert q[0] == quote and q[1] == speaker


@pytest.mark.parametrize("text,speaker", [
    # a pronoun speaker after the quote
    ('Russian Foreign Minister Sergei Lavrov arrived in Minsk. "We will not accept ultimatums," he said.',
     "Sergei Lavrov"),
    # "she" is the woman, not the man named last
    ('Grace Wanjiru met Daniel Omondi in Nairobi. "The talks went well," she said.', "Grace Wanjiru"),
    # the speaker in the sentence after a quote that stands alone
    ('Marta Kowalczyk arrived in Vilnius on Monday. "We will not back down." She said the talks would go on.',
     "Marta Kowalczyk"),
    # not the one spoken to in an opening participle, however the parser hung it
    ('President Daniel Kamau accepted responsibility for the murder. Speaking to Martin Otieno of PBS, he '
     'said, "It happened under my watch."', "Daniel Kamau"),
])
def test_pronoun_speakers_resolved(code, text, speaker):
    (q,) = code(text)["quotes"]
    assert q["speaker"]["name"] == speaker
    assert q["speaker"]["how"] == f"coreference: {speaker}"


def test_pronoun_speaker_gets_the_persons_code(code):
    text = 'Russian Foreign Minister Sergei Lavrov arrived in Minsk. "We will not accept ultimatums," he said.'
    (q,) = code(text)["quotes"]
    assert q["speaker"]["text"] == "he" and q["speaker"]["country"] == "RUS"


@pytest.mark.parametrize("text", [
    'The ministry called the report "fake news" and moved on.',
    # a term the sentence talks about, under a cue: after "the", with a relative clause going on
    'Professor Otieno writes that the term derived from the British "natural born subjects" which included '
    'all people born within the empire.',
    # a name that is the subject of the sentence, after a cue
    'The agency announced the name of the disease: "Nairobi fever" is to replace the temporary name.',
    'The so-called "peace plan" was rejected by the rebels.',
    'Officials said the "reform" had stalled.',
    'The minister called the protesters "traitors" on Monday.',
    'The festival opened with the film "Night Over Vilnius" on Friday.',
    # the words on a sign or a banner are nobody's speech
    'Deputies protested by holding signs which read "silenced" during the session.',
    'Protesters carried a banner that read "Free Tibet" outside the embassy.',
    # words mentioned after a noun for words
    'Professor Marta Kowalczyk writes that the term "subject to" means something else.',
    # a name after a verb of naming
    'Players can install a mode called "creative" in the Polish game.',
    'This moment of integration is called "the development phase" in the engineering process.',
    'Although I am usually called "celeron55" online, my real name is Perttu.',
    # a name for a thing, or words set apart, inside a noun phrase
    'Last June, I posted the "Allah is gay" photo and had a lot of backlash.',
    'The bones were thicker than the "thin and flimsy ribs" of reindeer.',
    # a slogan or a title, however long; a name someone is referred to by
    'Reporters said some marchers were using the slogan "Make the Planet Green Again".',
    'Otieno, often referred to as "The Lion Man", lived near Nairobi.',
    # a name after "known as"; a phrase set apart, with a speech verb nearby that neither governs it
    # nor heads its sentence
    'At the centre of the case was a website known as "Welcome To Video" and its alleged operator.',
    'Arrests followed the "Bridgegate scandal" in Fort Lee, as the court later put it.',
    # the words on a banner, however long
    'People holding a banner saying "united in diversity and in peace". Image: Ana Silva.',
    # the name of someone's group
    'Anna Kowalska of "Have no fear", a support charity, was at the hearing on Monday.',
    # what something is named is a name, however long
    'The committee named the virus that causes it "severe acute respiratory syndrome coronavirus 2".',
    # "that said" means "even so"
    'That said, Red Hat is working on some "low- or no-cost programs" for users who cannot pay.',
    # a short verbless phrase with no cue is a term; words on a poster; a gloss
    'Unrest continued in Mombasa. "Peace and calm" was the theme of the rally on Sunday.',
    '"Free Amina Otieno" poster at a march in Nairobi in May 2021.',
    'Her tools are called lissoirs, which means "smoothers".',
    # a title, though a speech verb heads the sentence
    'On Monday the Nairobi Star announced its choice of Amina Otieno as its 2021 "Woman of the Year".',
    # a label after "so-called", whatever verb follows; a word set apart inside a noun phrase
    'The so-called "axis of resistance" has vowed to respond.',
    'Residents described a night of "relentless" bombardment.',
])
def test_scare_quotes_and_titles_are_not_speech(code, text):
    assert code(text)["quotes"] == []


def test_quote_offsets_index_the_text(code):
    text = 'Police said on Monday: "Three suspects were arrested in the capital."'
    coded = code(text)
    (q,) = coded["quotes"]
    assert text[q["start"]:q["end"]] == q["text"]


def test_quote_that_ends_a_sentence_does_not_take_the_next_sentences_cue(code):
    text = ('Marta Kowalczyk spoke first: "The talks have failed." '
            'In Vilnius, Jonas Petraitis said the border would stay open.')
    (q,) = _quotes(code(text))
    assert q[1] == "Marta Kowalczyk"


@pytest.mark.parametrize("text,expected", [
    ('a "b" c', [(3, 4, False)]),
    ("a ''b'' c", [(4, 5, False)]),
    ("a “b” c «d»", [(3, 4, False), (9, 10, False)]),
    ('a "b c', [(3, 6, True)]),  # still open at the end of its paragraph
])
def test_quote_spans(text, expected):
    assert quote_spans(text, [(0, len(text))]) == expected


@pytest.mark.parametrize("text,expected", [
    ("'We will fight,' he said. 'The workers' rights matter.'", ["We will fight,", "The workers' rights matter."]),
    ("‘The voters’ choice is clear,’ she said.", ["The voters’ choice is clear,"]),
    # a sentence of speech goes on past a possessive, to the end of its paragraph if need be
    ("He spoke. ‘The rail workers’ unions must accept it.", ["The rail workers’ unions must accept it."]),
    ("It was ‘a disaster’ and the officials’ response ‘slow’.", ["a disaster", "slow"]),
    ("It isn't over, not in the '90s and not for rock 'n' roll.", []),
    ("‘He told me “go home”,’ she said. ‘I did.’", ["He told me “go home”,", "I did."]),  # a quote in a quote
    ("He said “yes” and “no”; the ‘reform’ waits.", ["yes", "no"]),  # double marks: singles are not quotes
])
def test_quote_spans_in_single_marks(text, expected):
    """Quotes in single marks (the British style), told from apostrophes and possessives."""
    assert [text[s:e] for s, e, _ in quote_spans(text, [(0, len(text))])] == expected


def test_quotes_in_single_marks_have_their_speakers(code):
    text = ("‘We will not accept ultimatums,’ Sergei Lavrov told reporters in Moscow. ‘The sanctions have "
            "failed.’\n\nSpeaking in London, Boris Johnson said: ‘We will get it done by January.’\n\n"
            "'The border stays closed,' said Abdi Farah, a Somali police spokesman.")
    assert [(q[0], q[1]) for q in _quotes(code(text))] == [
        ("We will not accept ultimatums,", "Sergei Lavrov"), ("The sanctions have failed.", "Sergei Lavrov"),
        ("We will get it done by January.", "Boris Johnson"), ("The border stays closed,", "Abdi Farah")]


def test_scare_quotes_in_single_marks_are_not_speech(code):
    text = ("Mr Farah said the 'so-called' peace plan had failed. The minister called the workers' strike "
            "‘illegal’ on Monday.")
    assert [q[0] for q in _quotes(code(text))] == []


def test_a_speaker_without_codes_is_still_named(code):
    text = ('"The shelling went on all night," said one witness, who asked not to be named. '
            '"Nobody in the village slept that night."')
    quotes = code(text)["quotes"]
    assert [q["speaker"]["text"] for q in quotes] == ["one witness", "one witness"]
    assert all(q["speaker"]["country"] is None and q["speaker"]["how"] == "speaker's words" for q in quotes)


def test_a_cue_without_a_subject_yields_to_the_nearest_one_with_a_speaker(code):
    """The parser may hang the quote on "Speaking" and "she said" beside it."""
    text = ('Leyla Demir, a Turkish lawyer, addressed reporters in New York. Demir called the verdict a '
            '"political maneuver." She credited news media with keeping the story alive. Speaking to '
            'NBC News, she said, "His fellow journalists did their best."')
    text_, speaker, cue = _quotes(code(text))[-1]
    assert text_ == "His fellow journalists did their best." and cue == "say"
    assert speaker is not None and speaker.endswith("Demir")


@pytest.mark.parametrize("text,speaker", [
    # a first-person quote standing alone after a sentence about a person: that person's words
    ('Marta Kowalczyk left the ministry in May. "I could not defend a policy I did not believe in."',
     "Marta Kowalczyk"),
    # not after a sentence about a body, and not a quote that does not speak in the first person
    ('The Polish police arrested three men in Gdansk. "We are looking for a fourth suspect."', None),
    ('Marta Kowalczyk left the ministry in May. "The ministry has not been the same since."', None),
    # in any person after a sentence in which that person spoke out
    ('Marta Kowalczyk, who led the ministry until May, also criticized the decision via Twitter. '
     '"The statement tonight shows a complete lack of understanding."', "Marta Kowalczyk"),
    ('Marta Kowalczyk tweeted about the vote on Monday. "The count was rigged from the start."', "Marta Kowalczyk"),
])
def test_a_quote_of_its_own_after_a_sentence_about_a_person(code, text, speaker):
    (q,) = _quotes(code(text))
    assert q[1] == speaker and (speaker is None or q[2] == "follows")


@pytest.mark.parametrize("text,speaker", [
    # the parser takes the first words after "said" for the subject and hangs the name beside them
    ('"The temple sites were chosen for their water," said study co-author Lena Brandt.', "Lena Brandt"),
    ('"He was a brilliant scientist," said University of California, Davis\'s chancellor, Maria Lopez.',
     "Maria Lopez"),
    # a second cue the parser hung on the first one's reported clause
    ('Trump spoke in Ohio. He claimed a vaccine was near and said people are "learning to live" with the virus.',
     "Donald Trump"),
    # "further saying", which the parser hangs on the reported clause: the one who said it
    ('Bank president Okey Adeyemi said the fees "cost Kenya millions," further saying, "It also slows trade."',
     "Okey Adeyemi"),
])
def test_the_person_named_after_the_cue_speaks(code, text, speaker):
    assert {q[1] for q in _quotes(code(text))} == {speaker}


def test_what_someone_talked_of_is_theirs(code):
    text = ('"He was a brilliant scientist," said Jonas Petraitis. Wanjiru Kamau talked of his '
            '"countless discoveries that put the university on the map".')
    assert [q[1] for q in _quotes(code(text))] == ["Jonas Petraitis", "Wanjiru Kamau"]


def test_a_quote_closed_before_a_full_stop_does_not_take_the_next_sentences_cue(code):
    text = ('Leyla Demir was stopped at the border. She told a guard at the gate, in Turkish and English, '
            '"they took my passport". The officers claimed she had refused to stop.')
    (q,) = _quotes(code(text))
    assert q[1].endswith("Demir") and q[2] == "tell"


def test_a_cue_in_the_next_paragraph_is_not_the_quotes(code):
    text = ('Amara Okafor, the foreign minister of Nigeria, answered on Twitter: "We reject the new '
            'measures. We shall overcome!"\n\nAccording to Reuters, the measures take effect in May.')
    (q,) = _quotes(code(text))
    assert q[1] == "Amara Okafor"


@pytest.mark.parametrize("text,speaker", [
    # a document speaks for whoever issued it; a part of it for its whole
    ('According to a statement released by the Kenyan interior ministry, "the border will stay closed".',
     "Kenyan interior ministry"),
    ('According to a statement from the Kenyan interior ministry, "the border will stay closed".',
     "Kenyan interior ministry"),
    ('Part of the judge\'s ruling reads "the law cannot stand as written."', "judge"),
    # the parser may take "read" for a noun or a participle: what reads still speaks
    ('The family\'s statement on the funeral read: "Otieno loved his village and its people."', "family"),
    ('The opinion of the Court, released on Wednesday, read in part, "The question is whether the law '
     'applies."', "Court"),
    # a post sent from someone's account
    ('A tweet sent from Amina Otieno\'s Twitter account during the debate repeated her pledge, saying "My running '
     'mate will be a woman."', "Amina Otieno"),
])
def test_a_document_speaks_for_whoever_issued_it(code, text, speaker):
    (q,) = _quotes(code(text))
    assert q[1] == speaker


@pytest.mark.parametrize("text", [
    'A Kenyan spokesman expressed disappointment: "We will appeal the ruling."',
    'A spokesman for the Kenyan presidency expressed disappointment and that the office intends to appeal; '
    '"The government needs a strong legislative agenda."',
])
def test_a_quote_after_a_spokesmans_clause_is_the_spokesmans(code, text):
    (q,) = code(text)["quotes"]
    assert q["speaker"]["text"].endswith("spokesman") and q["speaker"]["country"] == "KEN" and q["cue"] == "introduced"


def test_a_first_person_quote_inside_a_sentence_about_a_person_is_theirs(code):
    text = 'Amina Odhiambo has been painting for ten years, her "passion" that "grew out of my love for colour."'
    (q,) = [q for q in _quotes(code(text)) if q[0].startswith("grew")]
    assert q[1] == "Amina Odhiambo" and q[2] == "introduced"


def test_an_introducing_clause_beats_the_last_speaker(code):
    """A quote after "X defended his decision," is X's, though another speaker's quote came just before."""
    text = ('Senator Mary Wanjiku spoke out against the move. She wrote, "The decision is a disaster." '
            'President Kenyatta, also on Twitter, defended his decision, "As I have said before, we will '
            'not let the border stay open."')
    speakers = [q[1] for q in _quotes(code(text))]
    assert speakers[0].endswith("Wanjiku") and "Kenyatta" in speakers[1]


@pytest.mark.parametrize("text,speaker", [
    # a body that issues a statement speaks through it
    ('The Kenyan interior ministry issued a statement that an inmate had been stabbed: "There was an '
     'assault on an inmate on Friday."', "Kenyan interior ministry"),
    # a part of someone's words introduces them
    ('Part of the Kenyan president\'s tweet included the statement, "when the looting starts, the shooting '
     'starts."', "Kenyan president"),
])
def test_a_statement_introduced_by_a_body_or_a_part_of_it(code, text, speaker):
    (q,) = _quotes(code(text))
    assert q[1] == speaker and q[2] == "introduced"


@pytest.mark.parametrize("text,speaker,cue", [
    # a cue before the colon, with the quote on the next line
    ('The party is open about it. Party chairman Tomas Varga, whose profile lists two slogans, writes:\n'
     '"Our ticket may draw enough votes to change the result."', "Tomas Varga", "write"),
    # the clause that introduces a quote speaks, not the next sentence's subject
    ('The Kenyan Department of Corrections issued a statement: "There was an assault on an inmate on Friday." '
     'They also said they believed the attack was planned.', "Kenyan Department of Corrections", "introduced"),
    # words of praise and of accusation introduce a partial quote
    ('Opposition leader Raila Odinga accused the president of "trying to scare the country."', "Raila Odinga",
     "accuse"),
    ('President Uhuru Kenyatta hailed the deal as the "dawn of a new East Africa."', "Uhuru Kenyatta", "hail"),
    # a person named after a place the tagger ran into the name; one of a group
    ('First Minister of Wales Mark Drakeford said on Twitter, "Today is a big day for Wales."', "Mark Drakeford",
     "say"),
    ('One of the children said, "Sometimes I still have nightmares."', "One of the children", "say"),
    # the person named beside a role, however the parser hangs the name
    ('The Kenyan delegate to the East African Legislative Assembly, Mary Achieng, told the press: '
     '"The ruling is unwelcome."', "Mary Achieng", "tell"),
    ('EAC trade and industry commissioner Peter Otieno announced Uganda was to join. The commissioner said, '
     '"We have not yet agreed on tariffs."', "Peter Otieno", "say"),
    ('The Kenyan president characterized the call as "perfectly fine and routine."', "Kenyan president",
     "characterize"),

    # a cue in the paragraph before is not this quote's, and the one after it names its speaker
    ('The police have conceded nothing.\n\n"She is only doing this to break the movement. Many of us think '
     'that," said a protester using the name Wanjiku.', "protester", "say"),
])
def test_who_introduces_a_quote(code, text, speaker, cue):
    (q,) = _quotes(code(text))
    assert q[1:] == (speaker, cue)


def test_one_of_several_named_beside_it_is_that_one(code):
    text = ('One of the rebel groups, the Kenya Liberation Front, said it had been given "assurances from '
            'Uganda that no troops would cross the border".')
    (q,) = code(text)["quotes"]
    assert q["speaker"]["text"] == "Kenya Liberation Front"


def test_the_platform_before_a_name_is_not_part_of_it(code):
    text = ('Amina Otieno spoke at a rally in Mombasa.\n\nThe next day on Twitter Otieno accused her rivals '
            'of trying to "shut me up" before the vote.')
    (q,) = code(text)["quotes"]
    assert q["speaker"]["text"] == "Otieno"


@pytest.mark.parametrize("text,name", [
    ('Broadcaster Wanjiru Kamau commented, "The new law is a gift to the censors."', "Wanjiru Kamau"),
    ('Economist Tomas Novak wrote, "The currency will fall further."', "Tomas Novak"),
])
def test_an_occupation_before_a_name_is_not_part_of_it(code, text, name):
    (q,) = code(text)["quotes"]
    assert q["speaker"]["name"] == name


def test_one_of_a_group_speaks_with_the_groups_codes(code):
    (q,) = code('One of the Kenyan students said, "We were beaten."')["quotes"]
    assert (q["speaker"]["text"], q["speaker"]["country"]) == ("One of the Kenyan students", "KEN")


def test_the_one_spoken_of_in_a_passive_cue_is_not_the_speaker(code):
    (q,) = _quotes(code('President Uhuru Kenyatta was accused of "trying to scare the country."'))
    assert q[1] is None


def test_a_cue_with_no_subject_is_spoken_by_the_name_just_before_it():
    """'"...", Kisumu coach Peter Otieno said', parsed (as the model sometimes does) with "coach" as
    a verb whose object is the name, so that "said" has no subject."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from wirecoder.annotate.quotes import speaker_token

    words = ['"', "We", "won", '"', ",", "Kisumu", "coach", "Peter", "Otieno", "said", "."]
    heads = [9, 2, 6, 6, 6, 6, 9, 8, 6, 9, 9]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "nsubj", "ccomp", "compound", "dobj", "ROOT", "punct"]
    pos = ["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "PROPN", "VERB", "PROPN", "PROPN", "VERB", "PUNCT"]
    lemmas = ['"', "we", "win", '"', ",", "Kisumu", "coach", "Peter", "Otieno", "say", "."]
    ents = ["O", "O", "O", "O", "O", "B-ORG", "O", "B-PERSON", "I-PERSON", "O", "O"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)
    who, how = speaker_token(doc[9])
    assert who is not None and who.text == "Otieno" and how == "say"


def test_words_of_criticism_introduce_a_partial_quote(code):
    text = ('"We will fight on," Odinga said. In a later speech, President Uhuru Kenyatta assailed the rally as '
            'the "angriest and gloomiest gathering in our history."')
    assert _quotes(code(text))[-1][1:] == ("Uhuru Kenyatta", "assail")


def test_a_cue_with_no_subject_is_spoken_by_the_person_before_it_with_no_verb_between(code):
    """The parser hangs the person on an earlier quote and leaves "told" with no subject; the group's
    quoted name between them is not speech either."""
    text = ('Calling it "just another apology", Anna Kowalska of "Have no fear", an abuse victim support '
            'charity, told Reuters "it almost appears as if the statement was prepared before the church '
            'officials saw the movie".')
    quotes = _quotes(code(text))
    assert ("it almost appears as if the statement was prepared before the church officials saw the movie",
            "Anna Kowalska", "tell") in quotes
    assert not any(q[0] == "Have no fear" for q in quotes)


def test_the_quotes_own_words_are_not_its_speaker(code):
    """After a quote that closes over a nested one, the parser may take the next quote's first words
    for the subject of an inverted cue; the person after the cue speaks."""
    text = ('Regarding the call, former prosecutor Amos Wekesa said via Twitter: "If I got a transcript like '
            'that in a criminal case, I\'d think, \'Wow, they\'re discussing this openly.\' "\n\n'
            '"The only conclusion I can reach after reading that devastating call summary is that the '
            'president\'s staff want him to resign or be impeached," tweeted former thinktank executive '
            'Ken Mwangi.')
    quotes = _quotes(code(text))
    (second,) = [q for q in quotes if q[0].startswith("The only conclusion")]
    assert second[1] == "Ken Mwangi"


@pytest.mark.parametrize("text,speaker,cue", [
    # a participle after a comma is said by the clause's subject, though the parser misreads the
    # time ("12:54 am" as a verb) and detaches the participle
    ('Ruto took to social media, posting at 12:54 am local time (0454 UTC) on Twitter, "Tonight, '
     '[Rachel] and I tested positive for COVID-19. We will get through this TOGETHER!"', "Ruto", "post"),
    # a cue that opens the sentence is spoken by the name after it, though the tagger runs the cue
    # into a name of its own
    ('Remarked Center for Biological Diversity scientist Tierra Odhiambo, "This reprieve from bad news '
     'on monarchs is a thank-you from the butterflies."', "Tierra Odhiambo", "remark"),
    # what a writer supposes is the writer's
    ('In the document, the writer supposes a "cultural replacement brought on by an invasion" of the '
     'country.', "writer", "suppose"),
    # what a person tells of a thing's suggesting is their words
    ('One of the study\'s authors, herpetologist David Kiprop, told a science magazine the frequency of '
     'spiky skulls in unrelated frogs suggested some deep pattern: "Somehow, these frogs are turning '
     'on some ancient developmental machinery in their DNA."', "David Kiprop", "tell"),
    # a scream is speech
    ('Odinga held his first campaign rally in Kisumu, where he tearfully discussed his family, '
     'screaming "I almost lost my daughter!"', "Odinga", "scream"),
    # the parser joins a hyphenated party to the leaders and tags its hyphen a proper noun: that
    # must neither break the run nor make "Islami" the speaker
    ('Leaders from the main opposition Bangladesh Nationalist Party and Islamist Jamaat-e-Islami said '
     'the new minister, Rakhmaniul Islam, "didn\'t want the inquiry to go beyond those three or four '
     'floors" of the doomed building.', "Leaders", "say"),
    # a "saying" hung on the object of a verb is that verb's subject's
    ('Mehrdad Tehrani, the president of the chess federation, explained the decision to ban the players '
     'saying, "As a first step, these two will be denied entry to all tournaments."', "Mehrdad Tehrani", "say"),
    ('The Kenyan ministry issued a statement saying "the border will stay closed".', "Kenyan ministry", "say"),
    # whom someone thanks in quotes is their words
    ('The mayor of Nairobi, Johnson Sakaja, thanked "the police, security and emergency services staff '
     'for their swift and courageous response".', "Johnson Sakaja", "thank"),
    # "it" that reads is the document named before it, spoken by whoever issued it
    ('The Kenyan Athletics Federation released a statement about the arrest. It read, "We have always '
     'condemned any form of violence."', "Kenyan Athletics Federation", "read"),
    # a passive cue is spoken by the "by" the parser hung lower
    ('The outbreak was announced to be a "pandemic" by the World Health Organization (WHO).',
     "World Health Organization", "announce"),
    # a "how" clause taken for a relative clause on the witness: the attack does not speak
    ('An eyewitness described for a news agency how the attack unfolded, stating, "I was crossing the '
     'road when I saw a man with a machete."', "eyewitness", "state"),
    # informing the press is speech
    ('"The Kenya National Party complies with the royal command," the party informed the press.', "party",
     "inform"),
    # the predicate the parser hung on its subject, with the speech as its means
    ('Members of the Kenyan parliament protested by shouting "shame on you!" and holding signs.', "Members",
     "shout"),
    # what a writer opines is speech
    ('"The senator can probably rest easy," Joseph Otieno opines.', "Joseph Otieno", "opine"),
    # a sentence opened by "According to X" is X's, however far the quote stands from it
    ('Houthi military spokesperson Yahya Sarea said the group had used ten drones. According to him, it was '
     'among the largest Houthi operations inside Saudi Arabia and was accomplished with the help of '
     '"honourable people inside the kingdom".', "Yahya Sarea", "according to"),
    # "with X confirming ...": X confirms
    ('Investigations were launched, with the Kenyan police yesterday confirming on Twitter they were "not '
     'traveling to the crash scene at this time."', "police", "confirm"),
    # "the latter" is the last of the pair just named
    ('Investigations were launched by the Kenyan police and the Ugandan army, with the latter yesterday '
     'confirming on Twitter they were "not traveling to the crash scene at this time."', "army", "confirm"),
    # a statement from someone, issued by another
    ('The palace issued the following statement from the king: "Even though she gave up her title, she '
     'still retains her status."', "king", "introduced"),
    # the spoken quotative "be like"
    ('Every time I ask this question, people are like, "But he\'s my god."', "people", "like"),
    # "go like" too, and the quotative before a quote beats a cue after it
    ('Some people went like "Are you a Shia or a Sunni?" and Amina Kay smiled.', "people", "like"),
    # a quotative in a clause of its own, though joined to a speech verb before it
    ('Amina Kay told her mother about the anxiety, and the mother was like "you need to pray more".',
     "mother", "like"),
    # a participle's subject that cannot speak is not its speaker
    ('The governor tweeted her reasoning saying, "Today, I signed the bill into law."', "governor", "say"),
    # two subjects, the first a description: the named one speaks
    ('Early opponent MP Tanya Davies said, "We have moved the bill to a better place".', "Tanya Davies", "say"),
    # an apology quotes what it is for
    ('The Prime Minister apologised to the people of his country for "having an idiot as economy minister."',
     "Prime Minister", "apologise"),
    # the source of a report taken by the parser for the speaker's subject
    ('According to the news agency KNA, the chief prosecutor of Nairobi, Wanjiru Mbugua, said the suspects '
     'must face "murder and terrorism charges".', "Wanjiru Mbugua", "say"),
])
def test_more_speakers_and_their_cues(code, text, speaker, cue):
    (q,) = _quotes(code(text))
    assert q[1].endswith(speaker) and q[2] == cue


def test_she_after_a_role_named_only_by_its_title_is_that_role(code):
    """No person is named: the "she" who speaks next is the one the sentence before was about.
    A ministry is no "she"."""
    text = ('The head of the Kenyan police internal investigators told the court "Basic investigations '
            'were not done." She also said "I regret we were not called immediately."')
    speaker = code(text)["quotes"][1]["speaker"]
    assert (speaker["text"], speaker["how"], speaker["sector"]) == ("She", "coreference: head", "COP")
    text = 'The Kenyan ministry said "the border will close." She added "it will reopen in May."'
    assert _quotes(code(text))[1][1] is None


def test_a_participle_after_a_quote_is_not_said_by_a_name_inside_it(code):
    quotes = _quotes(code('Steve Otieno of the University of Nairobi said, "If there is a court order, then '
                          'Facebook has to also search for variations of it", also observing, "there is no '
                          'harmonised defamation law internationally".'))
    assert [q[1] for q in quotes] == ["Steve Otieno", "Steve Otieno"]


def test_a_he_after_long_quotes_is_the_last_speaker(code):
    text = ('President Daniel Kamau spoke at the opening of the week. "The presence of foreign forces is '
            'dangerous," he said. "Those who blame us are lying. Their lies have been revealed. They must '
            'not send weapons."\n\n"Your presence has always been a calamity for this region", he '
            'continued in the speech.')
    quotes = _quotes(code(text))
    assert quotes[-1][1:] == ("Daniel Kamau", "continue")



def test_an_i_that_speaks_in_an_interview_is_whoever_answers(code):
    text = ("Wikinews spoke with Amina Kay, a Kenyan activist, about her campaign.\n\n"
            "((WN)) How did your family react?\n\n"
            "((Amina Kay)) When my brother asked about it, I said, \"No, I will not stop.\"\n\n"
            "((WN)) What did you tell the police?\n\n"
            "I said, \"Arrest me if you like.\"")
    speakers = [q[1] for q in _quotes(code(text))]
    assert speakers == ["Amina Kay", None]  # the second "I" asks, and an interviewer is nobody


@pytest.mark.parametrize("text,speakers", [
    # "he added" goes on from the quote before, whoever is named between
    ('Prime Minister Olena Kovalenko resigned on Friday. Deputy Minister Taras Melnyk said the '
     'president Petro Bondar is "a model of honesty and a friend to me"; however, "to remove any '
     'doubts about our respect, I wrote a resignation letter", he added.', ["Taras Melnyk", "Taras Melnyk"]),
    # "She also said" after a speaker named only by role; not after a man
    ('The head of the internal inspectors told the judges "No proper checks took place." '
     'She also said "I am sorry we were not informed sooner."', ["head", "head of the internal inspectors"]),
    ('The man told the judges "No proper checks took place." She also said "I am sorry we were not told."',
     ["man", None]),
    # pointing out is saying; pointing to a phrase is not
    ('Princess Ubolratana pointed out she had "given up every royal title long ago and lived like anyone else".',
     ["Ubolratana"]),
    ('The minister pointed to the "unprecedented damage" caused by the storm in Kisumu.', []),
    # a past-tense cue the parser hung on a noun speaks for the sentence's subject
    ('On Monday, Kenyan foreign minister Amina Yusuf speaking to the Chatham House think tank called '
     'the border deal "void from the start" and "legally absurd".', ["Amina Yusuf", "Amina Yusuf"]),
    # Jacinda is a woman's name
    ('Prime Minister Jacinda Ardern spoke to reporters in Wellington on Monday about the storm. '
     'She said, "The cabinet will meet again on Friday to decide on help for farmers."', ["Jacinda Ardern"]),
    # an opening participle speaks for the cue it opens
    ('Calling it "just one more apology", Maria Kowalska of "Speak Up", an abuse victim support '
     'charity, told Reuters "it almost looks as if the text was written in advance".',
     ["Maria Kowalska", "Maria Kowalska"]),
    # "its press release" is the body's
    ('The Kenya Football Federation halted the league. According to its press release, the federation '
     'was "suspending every match until further notice."', ["Kenya Football Federation"]),
    # words in another script name no one
    ('Federation president Reza Karimi spoke to state television on Monday.\n\n'
     'ما این است که این افراد را از تمام مسابقات محروم می‌کنیم و دیگر شانس حضور در تیم ملی را نخواهند داشت.\n\n'
     'He further stated, "Unfortunately, something that should not have happened has happened."', ["Reza Karimi"]),
    # the quote's own last words are not the cue's subject, however the parser links them
    ('The singer Mary Day retired in May. For much of her career, Day presented a very wholesome image.  '
     '"I have the unfortunate reputation of being Little Miss Perfect, Nairobi\'s Darling, and all that," Day '
     'said in her 1996 memoir.', ["Mary Day"]),
])
def test_who_speaks(code, text, speakers):
    assert [q[1] for q in _quotes(code(text))] == speakers


def test_a_phrase_quoted_deep_inside_what_was_explained_is_the_explainers(code):
    text = ('Dr Amina Otieno, a fisheries researcher in Mombasa, explained to reporters that crews may switch '
            'their radios off at times for safety reasons, such as "in waters where pirates are known to '
            'operate".')
    (q,) = code(text)["quotes"]
    assert (q["speaker"]["text"], q["cue"]) == ("Amina Otieno", "explain")


def test_a_word_quoted_deep_inside_what_was_said_stays_a_scare_quote(code):
    text = ("Dr Otieno told reporters this was likely due to the shape of the bones, which were "
            '"thicker" than those found in the south.')
    assert code(text)["quotes"] == []


def test_an_actor_may_be_a_she(code):
    """"Actor" names women too: "she" can be the voice actor named before."""
    text = ('US voice actor Alexis Mwangi marveled at the growth of the industry. Early in her career, Mwangi '
            'was cast in a musical. Then just 19 years old, she looked at the role as a "chance to face my '
            'demons," having questioned her abilities for years.')
    (q,) = _quotes(code(text))
    assert q[1] == "Alexis Mwangi"


def test_a_cue_read_as_an_adjective_and_a_first_name_left_untagged(code):
    """'"..." tweeted Governor of Nairobi Baraka Otieno': the parser reads "tweeted" as an adjective
    of "Governor", and the tagger tags only "Otieno", a surname the article gave another person
    before; the speaker is still the governor, by his full name."""
    text = ('The attacker, Yusuf Otieno, was shot dead by police in Nairobi.\n\n"I am in awe of the people who '
            'ran towards danger to keep us all safe" tweeted Governor of Nairobi Baraka Otieno.')
    (q,) = _quotes(code(text))
    assert q[1] == "Baraka Otieno"


@pytest.mark.parametrize("text,speakers", [
    # news names a speaker again by a description: the one person just named
    ('"Warm water is eating the ice shelves," said study co-author Karin Ahlberg. The Wooster professor '
     'added, "These effects matter."', ["Karin Ahlberg", "Karin Ahlberg"]),
    ('"We will rebuild the school," said Mayor Tomas Brandt. The mayor added, "Work starts in May."',
     ["Tomas Brandt", "Tomas Brandt"]),
    # ... not a description of someone of another sex or country
    ('"I love my children," said Daniel Ortmann. The mother said, "I miss them."', ["Daniel Ortmann", "mother"]),
    ('"The talks have failed," said Ugandan minister Jane Okello. The Kenyan minister added, "We will try '
     'again."', ["Jane Okello", "Kenyan minister"]),
])
def test_a_description_after_a_named_speaker_is_that_speaker(code, text, speakers):
    assert [q[1] for q in _quotes(code(text))] == speakers


def test_an_interviewees_i_that_quotes_is_the_interviewee(code):
    text = ('Wikinews interviewed activist Zara Kay about her work.\n\n((WN)) How did people react?\n\n'
            '((Zara Kay)) Some were angry. And I\'m like, "I studied it for a long time." Then I said, "Think about it."')
    assert [q[1] for q in _quotes(code(text))] == ["Zara Kay", "Zara Kay"]


def test_he_after_a_title_in_a_dateline_sentence_is_that_title(code):
    """"LONDON — The Prime Minister said ...": the dateline is no subject, and "he" in the next
    sentence is the one the title names."""
    text = ('LONDON — The Prime Minister said on Monday that the government would not give in. '
            '"We have made a fair offer," he told reporters.')
    (quote,) = code(text)["quotes"]
    assert quote["speaker"]["text"] == "he" and quote["speaker"]["name"] == "Prime Minister"
    assert quote["speaker"]["sector"] == "GOV"


def test_a_name_at_the_end_of_a_title_before_a_remark_in_brackets_speaks(code):
    """'"..." tweeted Mayor of Nairobi Baraka Otieno (no relation)': the remark after the name does
    not hide the name, and the words of the quote are no part of the speaker's."""
    text = ('The attacker, Yusuf Otieno, was shot dead by police in Nairobi.\n\n"I am in awe of the people who '
            'ran towards danger to keep us all safe" tweeted Mayor of Nairobi Baraka Otieno (no relation). '
            '"The bravery of the emergency services is incredible."')
    assert [q[1] for q in _quotes(code(text))] == ["Baraka Otieno", "Baraka Otieno"]


def test_a_speakers_title_holds_neither_the_quote_nor_its_cue(code):
    text = ('The attacker, Usman Rahman, was shot dead by police.\n\n"I am in awe of the people who ran towards '
            'danger to keep us all safe" tweeted Mayor of London Sadiq Rahman (no relation).')
    (q,) = _quotes(code(text))
    assert '"' not in q[1] and "tweeted" not in q[1]


def test_a_paragraph_left_open_is_spoken_by_whom_the_next_paragraphs_quote_names(code):
    text = ('State media quoted the health minister as saying that 37 people had been killed.\n\n'
            '"The hospitals are overwhelmed.\n\n"We are running out of fuel," Firass Abiad said.')
    assert [(q[0], q[1]) for q in _quotes(code(text))] == [
        ("The hospitals are overwhelmed.", "Firass Abiad"), ("We are running out of fuel,", "Firass Abiad")]


@pytest.mark.parametrize("text", [
    "The PALM trial, for the Swahili phrase pamoja tulinde maisha or \"together save lives,\" began last year.",
    "I did not know what you meant when you said \"intellectual property\".",
])
def test_a_short_quote_no_one_named_says_is_not_reported(code, text):
    assert code(text)["quotes"] == []


def test_a_quote_set_off_by_dashes_after_someones_words_is_theirs(code):
    text = 'The Kenyan president\'s words — "we will win this war" — were broadcast on state television.'
    assert [(q[0], q[1]) for q in _quotes(code(text))] == [("we will win this war", "Kenyan president")]


def test_a_quote_after_someone_elses_statement_that_is_opposed_is_the_opposers(code):
    text = 'President Jair Bolsonaro opposed Macron\'s statement: "The suggestion evokes a colonialist mentality."'
    assert [q[1] for q in _quotes(code(text))] == ["Jair Bolsonaro"]


def test_an_official_speaking_on_condition_of_anonymity_speaks(code):
    text = ('Asked whether Washington would send more weapons, a senior State Department official, speaking on '
            'condition of anonymity, said: "Our commitment to Taiwan\'s self-defence is rock solid."')
    assert [(q["speaker"] or {}).get("text") for q in code(text)["quotes"]] == ["State Department official"]


def test_a_quote_paragraph_after_a_quote_and_its_speaker_goes_on_in_their_words(code):
    text = ('"We are horrified," said Amina Oduya, the UN coordinator for Kenya.\n\n'
            '"Civilians must be protected. The world cannot look away."')
    assert [q[1] for q in _quotes(code(text))] == ["Amina Oduya", "Amina Oduya"]


def test_a_quote_paragraph_after_someone_elses_sentence_is_not_the_quoted_speakers(code):
    text = ('"We are horrified," said Amina Oduya, the UN coordinator. Kenya\'s interior minister disagreed.\n\n'
            '"These are lies spread by our enemies."')
    assert _quotes(code(text))[1][1] != "Amina Oduya"


def test_a_quote_broken_by_a_line_break_is_one_speakers(code):
    text = ('"We are horrified," said Amina Oduya, the UN coordinator for Kenya.\n'
            '"Civilians must be protected.\nThe world cannot look away."')
    quotes = _quotes(code(text))
    assert [q[0] for q in quotes] == ["We are horrified,", "Civilians must be protected.", "The world cannot look away."]
    assert {q[1] for q in quotes} == {"Amina Oduya"}


def test_a_closing_mark_on_the_next_line_closes_the_quote_left_open():
    text = '"Civilians must be protected.\nThe world cannot look away."'
    assert quote_spans(text, [(0, 29), (30, len(text))]) == [(1, 29, True), (30, len(text) - 1, False)]


def test_our_in_a_quote_whose_speaker_is_named_by_the_same_noun_is_coded(code):
    """The speaker "the journalist" leads back to "our journalists" in the quote: no endless loop."""
    text = ('"We have had no power since morning," said a Kenyan journalist on Saturday. The journalists were later '
            'joined by several other Kenyan journalists. "All of our journalists have been told to leave," said the '
            'journalist, who had arrived at the airport.')
    assert [q[1] for q in _quotes(code(text))] == ["Kenyan journalist", "journalist"]
