"""Quotes and their speakers."""

from __future__ import annotations

import pytest


def _quotes(coded):
    return [(q["text"], (q["speaker"] or {}).get("name") or (q["speaker"] or {}).get("text"), q["cue"])
            for q in coded["quotes"]]


@pytest.mark.parametrize("text,quote,speaker", [
    ('"We will not accept ultimatums," Sergei Lavrov told reporters.', "We will not accept ultimatums,", "Sergei Lavrov"),
    ('Sergei Lavrov said: “We will not accept ultimatums.”', "We will not accept ultimatums.", "Sergei Lavrov"),
    ("''We will not accept ultimatums,'' said Sergei Lavrov.", "We will not accept ultimatums,", "Sergei Lavrov"),
])
def test_quote_marks_and_cue_position(code, text, quote, speaker):
    (q,) = _quotes(code(text))
    assert q[0] == quote and q[1] == speaker


def test_pronoun_speaker_resolved(code):
    text = 'Russian Foreign Minister Sergei Lavrov arrived in Minsk. "We will not accept ultimatums," he said.'
    (q,) = code(text)["quotes"]
    assert q["speaker"]["text"] == "he" and q["speaker"]["name"] == "Sergei Lavrov"
    assert q["speaker"]["country"] == "RUS"


def test_scare_quotes_are_not_speech(code):
    assert code('The ministry called the report "fake news" and moved on.')["quotes"] == []


def test_quote_offsets_index_the_text(code):
    text = 'Police said on Monday: "Three suspects were arrested in the capital."'
    coded = code(text)
    (q,) = coded["quotes"]
    assert text[q["start"]:q["end"]] == q["text"]


def test_quote_continued_in_next_paragraph_keeps_speaker(code):
    text = ('"We will respond," Sergei Lavrov told reporters. "The expulsions are unacceptable.\n\n'
            '"Estonia will regret this step," he added.')
    speakers = {q[1] for q in _quotes(code(text))}
    assert speakers == {"Sergei Lavrov"}
