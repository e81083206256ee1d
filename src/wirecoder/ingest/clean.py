"""Cleaning before parsing: split the text into paragraphs, mark the boilerplate ones (links to
other stories, share prompts, captions, bylines, separators) and find the dateline.

Nothing is removed: offsets keep pointing into the text exactly as given, and later stages
simply skip what is marked.
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

import re
from bisect import bisect_right
from dataclasses import dataclass, field

_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n|$)[\s]*", re.M)

_BOILERPLATE = re.compile(
    r"""^\s*(?:
        (?:read|see)\s+(?:more|also)\b | related(?:\s+(?:stories|articles|news|coverage))?\s*: |
        more\s+(?:on|from)\s+this\s+story | also\s+read\b | recommended\s*: | watch\s*: | listen\s*: |
        (?:share|tweet|email)\s+this\b | share\s+on\s+(?:facebook|twitter|x)\b |
        (?:sign\s+up|subscribe)\b | follow\s+us\b | click\s+here\b | advertisement\s*$ |
        (?:photo|image|picture|video|file\s+photo)\s*(?::|\(|by\b) | caption\s*: |
        \((?:reporting|writing|editing|additional\s+reporting)\s+by\b |
        (?:reporting|writing|editing)\s+by\b |
        copyright\b | ©|\(c\)\s+\d{4} | all\s+rights\s+reserved
    )""",
    re.I | re.X,
)
_SEPARATOR = re.compile(r"^\s*[-=*_~#•·]{3,}\s*$")
_BYLINE = re.compile(r"^\s*By\s+(?:[A-Z][\w.'-]+\s*){1,4}(?:(?:and|,)\s*(?:[A-Z][\w.'-]+\s*){1,4})*(?:[,|-].{0,60})?$")

# "KABUL, Oct 2 (Reuters) -", "LONDON, 2 October (Reuters) -", "MOSCOW (AP) —", "Paris, France — "
_DATELINE = re.compile(
    r"""\s*(?P<place>[A-Z][A-Za-z.'’-]*(?:[ ][A-Z][A-Za-z.'’-]*){0,3}(?:,[ ][A-Z][A-Za-z.'’-]+(?:[ ][A-Z][A-Za-z.'’-]+)?)?)
        (?:,?[ ](?P<date>(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ ]\d{1,2}|\d{1,2}[ ](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)(?:,?[ ]\d{4})?))?
        (?:[ ]\((?P<agency>[A-Za-z][A-Za-z .&-]{0,30})\))?
        [ ]?(?:--|—|–|-)[ ]""",
    re.X,
)


@dataclass
class Paragraph:
    start: int
    end: int  # end of the paragraph's own text; its trailing whitespace runs to the next start
    kind: str = "body"  # body | boilerplate | title


@dataclass
class Dateline:
    start: int
    end: int
    place: tuple[int, int]
    date: tuple[int, int] | None = None
    agency: str | None = None


@dataclass
class Layout:
    """The paragraphs of an article (covering the whole text) and its dateline, if any."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    dateline: Dateline | None = None
    _starts: list[int] | None = field(default=None, init=False, repr=False, compare=False)

    def _paragraph_at(self, char: int) -> Paragraph | None:
        """The paragraph that holds this character: paragraphs follow each other in order, so it
        is found by bisection."""
        if self._starts is None or len(self._starts) != len(self.paragraphs):
            self._starts = [p.start for p in self.paragraphs]
        i = bisect_right(self._starts, char) - 1
        return self.paragraphs[i] if i >= 0 else None

    def is_boilerplate(self, char: int) -> bool:
        """Is this character inside a paragraph that is not the story?"""
        p = self._paragraph_at(char)
        return p is not None and p.start <= char < p.end and p.kind != "body"

    def paragraph_start(self, char: int) -> int:
        """Where the paragraph that holds this character begins (0 before the first)."""
        p = self._paragraph_at(char)
        return p.start if p is not None else 0


def split_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs at line breaks; the first starts at 0 and each runs to the next one's start,
    so slicing the text at these boundaries gives back the whole text."""
    paras = []
    for m in _PARAGRAPH.finditer(text):
        body_end = m.start() + len(m.group(0).rstrip())
        paras.append(Paragraph(m.start(), body_end))
    if paras:
        paras[0].start = 0
    return paras


def is_boilerplate(line: str) -> bool:
    """A paragraph that is not the story: links, prompts, captions, bylines, separators."""
    return bool(_BOILERPLATE.match(line) or _SEPARATOR.match(line) or _BYLINE.match(line))


def find_dateline(text: str, para: Paragraph) -> Dateline | None:
    m = _DATELINE.match(text, para.start, para.end)
    if not m or m.group("place").lower() in ("the", "a", "an"):
        return None
    if not (m.group("date") or m.group("agency") or m.group("place").isupper()):
        return None  # "Paris - ..." alone is too weak; require caps, a date or an agency
    date = m.span("date") if m.group("date") else None
    return Dateline(m.start("place"), m.end(), m.span("place"), date, m.group("agency"))


def layout(text: str, title: str | None = None) -> Layout:
    """Paragraphs with their kinds, and the dateline of the first body paragraph."""
    paras = split_paragraphs(text)
    for i, p in enumerate(paras):
        chunk = text[p.start:p.end]
        if i == 0 and title and chunk.strip() == title.strip() and len(paras) > 1:
            p.kind = "title"
        elif is_boilerplate(chunk):
            p.kind = "boilerplate"
    body = [p for p in paras if p.kind == "body"]
    dateline = find_dateline(text, body[0]) if body else None
    if dateline is None and not title and len(body) > 1 and _headline_like(text[body[0].start:body[0].end]):
        dateline = find_dateline(text, body[1])  # a headline given inside the text, then the story
    return Layout(paras, dateline)


def _headline_like(line: str) -> bool:
    """A short single line with no closing punctuation: "Haiti gangs attack prison, free inmates"."""
    line = line.strip()
    return 0 < len(line) <= 160 and "\n" not in line and not line.endswith((".", ",", ";", ":", "?", "!", '"', "”"))


def headline(title: str | None, url: str | None) -> str | None:
    """The article's headline: its title, else the words of its URL's last path segment
    ("/wiki/Magnitogorsk_apartment_building_collapses" -> "Magnitogorsk apartment building
    collapses"), when that segment reads as words (three or more, not an id or a date)."""
    if title and title.strip():
        return title.strip()
    if not url:
        return None
    segment = unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])
    segment = re.sub(r"\.(s?html?|php|aspx?)$", "", segment, flags=re.I)
    words = [w for w in re.split(r"[_\-+ ]+", segment) if w]
    if len(words) < 3 or sum(w.isalpha() for w in words) < 3:
        return None
    return " ".join(words)
