"""Common first names that tell whether a "he" or a "she" can mean a person.

Coreference only uses them to rule antecedents out ("she" is not "Thomas Sam"). The names are
data (``data/actors/given_names.txt``, one per line under ``[male]`` or ``[female]``), read once.
"""

from __future__ import annotations

from importlib import resources


def _read() -> dict[str, frozenset[str]]:
    lists: dict[str, set[str]] = {"male": set(), "female": set()}
    current: set[str] | None = None
    text = resources.files("wirecoder.data").joinpath("actors", "given_names.txt").read_text("utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = lists[line[1:-1]]
        elif current is not None:
            current.add(line.lower())
    return {kind: frozenset(names) for kind, names in lists.items()}


_LISTS = _read()
MALE_NAMES = _LISTS["male"]
FEMALE_NAMES = _LISTS["female"]
