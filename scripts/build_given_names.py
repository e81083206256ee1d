"""Build src/wirecoder/data/actors/census_given_names.txt from the US Census Bureau's 1990 first
name frequency files (dist.male.first, dist.female.first: public domain; the same files ship in
several packages, e.g. ``names`` 0.3.0 on PyPI). Run by hand when the list should change:

    python scripts/build_given_names.py DIR_WITH_THE_TWO_FILES

Each file lists a name, its share of people in percent, the running share and the rank. A name
goes under [male] or [female] when that gender has at least ten times the other's share and
0.01% of its people, under [either] otherwise. Left out: names shared by fewer than 0.002% of either gender (rare names are
more often something else in news than a person), words that news mostly writes in lower case
(stopnames.txt), months and titles ("June", "King"), and places a reader knows without context
(countries, first-level divisions, regions, cities of 100,000 people or more in wirecoder's
gazetteer): "Georgia", "Austin", "Paris", "Asia".
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "wirecoder" / "data" / "actors" / "census_given_names.txt"
MIN_SHARE = 0.002  # percent of people of one gender
# names that are more often a month, a title or a word in news: "King Salman", "Bill C-11"
NOT_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "king", "prince", "princess", "queen", "earl", "duke", "royal", "dean",
             "bishop", "major", "general", "bill", "art", "guy", "pat", "autumn", "summer", "winter", "spring",
             "will", "mark", "christian", "justice", "sterling", "rich", "young", "love", "page", "price"}
LEAN = 10.0  # one gender's share over the other's to count as that gender's name ...
GENDER_SHARE = 0.01  # ... when it is that common: rarer names are often another gender's elsewhere

HEADER = """\
# First names from the US Census Bureau's 1990 name frequency files (public domain), as built by
# scripts/build_given_names.py: the names of at least 0.002% of men or of women, without common
# words and well-known places. [male] and [female]: names of 0.01% of that gender and ten times
# more common for it; [either]: the rest. Read with given_names.txt, wirecoder's own list, which wins where they differ.
"""


def read_shares(path: Path) -> dict[str, float]:
    shares = {}
    for line in path.read_text("ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            shares[parts[0].lower()] = float(parts[1])
    return shares


def stop_words() -> set[str]:
    text = (ROOT / "src" / "wirecoder" / "data" / "places" / "stopnames.txt").read_text("utf-8")
    return {w for line in text.splitlines() if not line.startswith(("#", "["))
            for w in re.sub(r"#.*", "", line).split()}


def known_places(names: set[str]) -> set[str]:
    from wirecoder.lexicon.gazetteer import Gazetteer

    gazetteer = Gazetteer.load()
    out = set()
    for name in names:
        found = gazetteer.candidates(name)
        if found and (found[0].feature in ("A.PCLI", "A.ADM1", "L.CONT", "L.RGN") or found[0].population >= 100_000):
            out.add(name)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the folder holding dist.male.first and dist.female.first")
    args = parser.parse_args()
    male = read_shares(args.folder / "dist.male.first")
    female = read_shares(args.folder / "dist.female.first")
    names = {n for n, s in {**male, **female}.items() if max(male.get(n, 0), female.get(n, 0)) >= MIN_SHARE}
    names -= stop_words() | NOT_NAMES | known_places(names)
    sections: dict[str, list[str]] = {"male": [], "female": [], "either": []}
    for name in sorted(names):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        kind = "male" if m >= max(LEAN * f, GENDER_SHARE) else "female" if f >= max(LEAN * m, GENDER_SHARE) else "either"
        sections[kind].append(name)
    body = "".join(f"[{kind}]\n" + "".join(f"{n}\n" for n in found) for kind, found in sections.items())
    OUT.write_text(HEADER + body, "utf-8")
    print(f"{OUT}: {', '.join(f'{len(v)} {k}' for k, v in sections.items())}")


if __name__ == "__main__":
    main()
