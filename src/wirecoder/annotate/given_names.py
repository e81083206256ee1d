"""Common first names that tell whether a "he" or a "she" can mean a person.

Coreference only uses them to rule antecedents out ("she" is not "Thomas Sam"); other annotators
take a common first name before a capitalised word for a person's name. The names are data, read
once: ``data/actors/given_names.txt`` (wirecoder's own, one per line under ``[male]`` or
``[female]``) and ``data/actors/census_given_names.txt`` (built from the US Census Bureau's 1990
first names by ``scripts/build_given_names.py``).
"""

from __future__ import annotations

from importlib import resources


def _read(file: str) -> dict[str, frozenset[str]]:
    lists: dict[str, set[str]] = {"male": set(), "female": set(), "either": set()}
    current: set[str] | None = None
    text = resources.files("wirecoder.data").joinpath("actors", file).read_text("utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = lists[line[1:-1]]
        elif current is not None:
            current.add(line.lower())
    return {kind: frozenset(names) for kind, names in lists.items()}


def _merged() -> tuple[frozenset[str], frozenset[str]]:
    """The male and the female names: our own list, then the census list where ours is silent (a
    name the census calls either is on both lists, so it rules nothing out)."""
    own, census = _read("given_names.txt"), _read("census_given_names.txt")
    known = own["male"] | own["female"] | own["either"]
    male = own["male"] | own["either"] | {n for n in census["male"] | census["either"] if n not in known}
    female = own["female"] | own["either"] | {n for n in census["female"] | census["either"] if n not in known}
    return frozenset(male), frozenset(female)


MALE_NAMES, FEMALE_NAMES = _merged()
