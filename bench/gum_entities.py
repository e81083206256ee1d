"""Who is who, measured: wirecoder's people, organisations, places and pronouns against GUM.

GUM's news part (24 Wikinews articles, CoNLL-U with entity mentions, coreference chains and
Wikipedia links) is the only gold we have for "is this a person" and "who is *he*". This script
rebuilds each article's text from the CoNLL-U (``# text`` lines, paragraphs from ``# newpar``),
runs wirecoder's own pipeline on it, and scores:

- mention recall and precision per class, exact span and head match;
- pronouns: for every he/she/they-family pronoun whose GUM chain also holds a named mention,
  does wirecoder resolve it to that entity?

How GUM's entity types map onto ours:

- ``person``       -> our entities of kind ``person``;
- ``organization`` -> our entities of kind ``organisation`` or ``group``, and a country,
                      capital, seat or region coded as an actor ("Moscow said");
- ``place``        -> the article's ``places`` list.

GUM reads a country as a place in one sentence and as an organisation in the next; wirecoder
lists every country name as a place and codes it as an actor where it names one. So a country
coded as an actor where GUM has a place, and a place listed where GUM has an organisation, are
left out of precision (neither right nor wrong). Pronouns are left out of mention scoring.

Recall is over *named* gold mentions (one of GUM's minimal-span words is a proper noun);
precision counts a prediction right when it matches any gold mention of its class, named or not.
Exact: same span once a leading article and a trailing possessive are dropped. Head: the
prediction lies inside the gold mention and covers one of its minimal-span words.

Pronouns are scored twice: through ``ActorIndex.resolve`` on every such pronoun (what the events
annotator would get), and as they appear in the output (event roles, reporters, quote speakers).
A resolution is right when the resolved name's words all occur in one named mention of GUM's
chain (or in its Wikipedia link). "it"/"its" are not scored: wirecoder does not resolve them.

    .venv/bin/python bench/gum_entities.py                 # ../shared next to the repository
    .venv/bin/python bench/gum_entities.py --shared /path/to/shared --show pronouns
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from wirecoder.config import Options
from wirecoder.ingest.base import ReadOptions, make_article
from wirecoder.ingest.clean import layout
from wirecoder.nlp import pipeline as nlp_pipeline
from wirecoder.pipeline import Extractor
from wirecoder.build import build

REPO = Path(__file__).resolve().parent.parent
GUM = Path("data/dev/gum_news/dep")
SINGULAR = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
COUNTRY_KINDS = {"country", "capital", "seat", "region"}
# a country is a place to GUM in one sentence and an organisation in the next; wirecoder lists
# it as a place and codes it as an actor wherever it names one: neither reading counts as wrong
OTHER_READING = {"organization": "place", "place": "organization", "person": ""}
_ENTITY = re.compile(r"\((\d+-[^()]*?)(\))?(?=\(|\d+\)|$)|(\d+)\)")
_TRIM_START = {"the", "a", "an"}
_TRIM_END = {"'s", "’s", "'", ",", "."}


@dataclass
class Token:
    start: int
    end: int
    form: str
    upos: str


@dataclass
class Mention:
    first: int  # token indices [first, last] into GumDoc.tokens
    last: int
    etype: str
    chain: str
    heads: list[int]  # token indices of GUM's minimal span
    identity: str | None = None


@dataclass
class GumDoc:
    name: str
    text: str
    published: str | None
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def span(self, m: Mention) -> tuple[int, int]:
        return self.tokens[m.first].start, self.tokens[m.last].end

    def named(self, m: Mention) -> bool:
        return any(self.tokens[h].upos == "PROPN" for h in m.heads)

    def pronoun(self, m: Mention) -> str | None:
        word = self.tokens[m.first].form.lower()
        return word if m.first == m.last and word in SINGULAR | PLURAL else None


# -- reading GUM ------------------------------------------------------------------------------
def read_gum(path: Path) -> GumDoc:
    """One article: its text rebuilt from the ``# text`` lines, tokens with character offsets,
    and the entity mentions of the MISC column."""
    paragraphs: list[list[str]] = []
    rows: list[tuple[str, list[str]]] = []  # (sentence text, its word lines)
    published = None
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [ln for ln in block.splitlines() if ln]
        sent_text, words = None, []
        for line in lines:
            if line.startswith("# meta::dateCreated = "):
                published = line.split("= ", 1)[1].strip()
            elif line.startswith("# newpar") and not line.startswith("# newpar_"):
                paragraphs.append([])
            elif line.startswith("# text = "):
                sent_text = line[len("# text = "):]
            elif not line.startswith("#"):
                words.append(line)
        if sent_text is not None:
            if not paragraphs:
                paragraphs.append([])
            paragraphs[-1].append(sent_text)
            rows.append((sent_text, words))
    text = "\n\n".join(" ".join(p) for p in paragraphs if p)
    doc = GumDoc(path.stem, text, published)
    _add_tokens(doc, rows)
    return doc


def _add_tokens(doc: GumDoc, rows: list[tuple[str, list[str]]]) -> None:
    cursor = 0
    open_by_id: dict[str, list[tuple[int, list[str]]]] = defaultdict(list)
    for sent_text, words in rows:
        base = doc.text.index(sent_text, cursor)
        pos = base
        for line in words:
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue  # multiword-token ranges and empty nodes carry no offsets of their own
            found = doc.text.find(cols[1], pos, base + len(sent_text))
            start = found if found >= 0 else pos
            end = start + len(cols[1]) if found >= 0 else pos
            doc.tokens.append(Token(start, end, cols[1], cols[3]))
            pos = end
            _read_entities(doc, len(doc.tokens) - 1, cols[9], open_by_id)
        cursor = base + len(sent_text)


def _read_entities(doc: GumDoc, i: int, misc: str, open_by_id) -> None:
    value = next((p[len("Entity="):] for p in misc.split("|") if p.startswith("Entity=")), None)
    if not value:
        return
    for m in _ENTITY.finditer(value):
        if m.group(1):
            parts = m.group(1).split("-", 7)
            open_by_id[parts[0]].append((i, parts))
            if m.group(2):
                _close(doc, i, parts[0], open_by_id)
        elif m.group(3):
            _close(doc, i, m.group(3), open_by_id)


def _close(doc: GumDoc, i: int, chain: str, open_by_id) -> None:
    if not open_by_id[chain]:
        return
    first, parts = open_by_id[chain].pop()
    heads = [first + int(n) - 1 for n in parts[5].split(",") if n.isdigit()] if len(parts) > 5 else []
    identity = unquote(parts[7]) if len(parts) > 7 and parts[7] else None
    doc.mentions.append(Mention(first, i, parts[1], chain, [h for h in heads if first <= h <= i] or [i],
                                identity))


# -- running wirecoder ------------------------------------------------------------------------
def run(extractor: Extractor, gum: GumDoc):
    """wirecoder's annotated Doc and coded article for one GUM text."""
    article = make_article(gum.text, gum.name, ReadOptions(published=gum.published), id=gum.name)
    (doc,) = nlp_pipeline.parse(extractor.nlp, [(article, layout(article.text, None))])
    doc = extractor.annotate(doc)
    return doc, build(doc).to_dict()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    words = list(re.finditer(r"\S+?(?='s\b|’s\b|$|\s)|'s|’s|\S+", text[start:end]))
    while len(words) > 1 and words[0].group(0).lower() in _TRIM_START:
        words = words[1:]
    while len(words) > 1 and words[-1].group(0).lower() in _TRIM_END:
        words = words[:-1]
    return start + words[0].start(), start + words[-1].end()


# -- scoring mentions -------------------------------------------------------------------------
def predictions(coded: dict) -> dict[str, list[tuple[int, int, bool]]]:
    """Predicted spans per class; the flag marks spans (a country as an actor, any place) that
    are not counted wrong where GUM reads the same words the other way (place/organisation)."""
    out: dict[str, list[tuple[int, int, bool]]] = {"person": [], "organization": [], "place": []}
    for e in coded["entities"]:
        if e["text"].lower() in SINGULAR | PLURAL:
            continue  # pronouns are scored on their own
        if e["kind"] == "person":
            out["person"].append((e["start"], e["end"], False))
        elif e["kind"] in ("organisation", "group"):
            out["organization"].append((e["start"], e["end"], False))
        elif e["kind"] in COUNTRY_KINDS:
            out["organization"].append((e["start"], e["end"], True))
    out["place"] = [(p["start"], p["end"], True) for p in coded["places"]]
    return out


def _matches(gum: GumDoc, m: Mention, start: int, end: int, head: bool) -> bool:
    g_start, g_end = gum.span(m)
    if not head:
        return _trimmed(gum.text, g_start, g_end) == _trimmed(gum.text, start, end)
    return g_start <= start and end <= g_end and any(
        start <= gum.tokens[h].start and gum.tokens[h].end <= end for h in m.heads)


def score_mentions(gum: GumDoc, coded: dict, tally: Counter, show: list[str] | None) -> None:
    preds = predictions(coded)
    for etype, spans in preds.items():
        gold = [m for m in gum.mentions if m.etype == etype]
        named = [m for m in gold if gum.named(m)]
        for mode in ("exact", "head"):
            head = mode == "head"
            for m in named:
                hit = any(_matches(gum, m, s, e, head) for s, e, _ in spans)
                tally[etype, mode, "gold"] += 1
                tally[etype, mode, "found"] += hit
                if show is not None and head and not hit:
                    s, e = gum.span(m)
                    show.append(f"{gum.name}\tmissed {etype}\t{gum.text[s:e]!r}")
            for s, e, only_if_agreed in spans:
                right = any(_matches(gum, m, s, e, head) for m in gold)
                if only_if_agreed and not right and any(_matches(gum, m, s, e, head) for m in gum.mentions
                                                        if m.etype == OTHER_READING[etype]):
                    continue
                tally[etype, mode, "pred"] += 1
                tally[etype, mode, "right"] += right
                if show is not None and head and not right:
                    show.append(f"{gum.name}\twrong {etype}\t{gum.text[s:e]!r}")


# -- scoring pronouns -------------------------------------------------------------------------
def _chain_words(gum: GumDoc, chain: str) -> list[set[str]]:
    """For each named mention of a chain: its proper-noun words; plus the chain's link words."""
    out = []
    for m in gum.mentions:
        if m.chain == chain and gum.named(m):
            out.append({gum.tokens[i].form.lower() for i in range(m.first, m.last + 1)
                        if gum.tokens[i].upos == "PROPN"})
            if m.identity:
                out.append(set(m.identity.replace("_", " ").lower().split()))
    return out


def right_name(name: str | None, chain_words: list[set[str]]) -> bool:
    words = set((name or "").lower().replace("-", " ").split()) - {"mr", "mrs", "ms", "dr", "the"}
    return bool(words) and any(words <= named for named in chain_words)


def _coref_name(entity: dict | None) -> str | None:
    how = (entity or {}).get("how") or ""
    return how.split(": ", 1)[1] if how.startswith("coreference: ") else None


def output_entities(coded: dict) -> dict[tuple[int, int], dict]:
    """Every entity the output carries, by span: entities, event roles, reporters, speakers."""
    found = {(e["start"], e["end"]): e for e in coded["entities"]}
    for ev in coded["events"]:
        for e in ev["actor"] + ev["recipient"] + ([ev["reported_by"]] if ev["reported_by"] else []):
            found.setdefault((e["start"], e["end"]), e)
    for q in coded["quotes"]:
        if q["speaker"]:
            found.setdefault((q["speaker"]["start"], q["speaker"]["end"]), q["speaker"])
    return found


def score_pronouns(gum: GumDoc, doc, coded: dict, tally: Counter, show: list[str] | None) -> None:
    index = doc._.wc_actor_index
    out = output_entities(coded)
    for m in gum.mentions:
        word = gum.pronoun(m)
        if word is None or m.etype not in ("person", "organization"):
            continue
        chain_words = _chain_words(gum, m.chain)
        if not chain_words:
            continue
        group = "he/she" if word in SINGULAR else "they"
        start, end = gum.span(m)
        span = doc.char_span(start, end)
        resolved = index.resolve(span.root) if span is not None and index else None
        name = _coref_name({"how": resolved.entity.how}) if resolved else None
        tally[group, "gold"] += 1
        tally[group, "resolved"] += name is not None
        tally[group, "right"] += right_name(name, chain_words)
        shown = out.get((start, end))
        if shown is not None:
            tally[group, "out"] += 1
            tally[group, "out_right"] += right_name(_coref_name(shown), chain_words)
        if show is not None and not right_name(name, chain_words):
            expected = sorted(chain_words, key=len)[-1]
            context = gum.text[max(0, start - 60):end + 20].replace("\n", " ")
            show.append(f"{gum.name}\t{word} -> {name!r} (gold {' '.join(sorted(expected))})\t…{context}…")


# -- report -----------------------------------------------------------------------------------
def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "    -"


def report(tally: Counter, docs: int) -> str:
    lines = [f"GUM news: {docs} articles", "",
             f"{'class':<13}{'match':<7}{'gold':>6}{'recall':>9}{'pred':>7}{'precision':>11}"]
    for etype in ("person", "organization", "place"):
        for mode in ("exact", "head"):
            g, f = tally[etype, mode, "gold"], tally[etype, mode, "found"]
            p, r = tally[etype, mode, "pred"], tally[etype, mode, "right"]
            lines.append(f"{etype:<13}{mode:<7}{g:>6}{_pct(f, g):>9}{p:>7}{_pct(r, p):>11}")
    lines += ["", f"{'pronouns':<10}{'gold':>6}{'right':>9}{'resolved':>10}{'precision':>11}"
                  f"{'in output':>11}{'right there':>13}"]
    for group in ("he/she", "they"):
        g, r, n = tally[group, "gold"], tally[group, "right"], tally[group, "resolved"]
        o, orr = tally[group, "out"], tally[group, "out_right"]
        lines.append(f"{group:<10}{g:>6}{_pct(r, g):>9}{n:>10}{_pct(r, n):>11}{o:>11}{_pct(orr, o):>13}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                        help="the shared folder (default: ../shared next to the repository)")
    parser.add_argument("--show", choices=("mentions", "pronouns", "all"),
                        help="also list the misses and wrong answers")
    args = parser.parse_args(argv)
    folder = args.shared / GUM
    files = sorted(folder.glob("*.conllu")) if folder.is_dir() else []
    if not files:
        print(f"skipped: no GUM news files in {folder} (pass --shared)")
        return 0
    extractor = Extractor(Options())
    tally: Counter = Counter()
    shown: list[str] | None = [] if args.show else None
    for path in files:
        gum = read_gum(path)
        doc, coded = run(extractor, gum)
        score_mentions(gum, coded, tally, shown if args.show in ("mentions", "all") else None)
        score_pronouns(gum, doc, coded, tally, shown if args.show in ("pronouns", "all") else None)
    print(report(tally, len(files)))
    if shown:
        print("\n" + "\n".join(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
