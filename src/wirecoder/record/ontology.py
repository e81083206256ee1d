"""PLOVER's vocabulary (types, quad classes, scores, modes) and the CAMEO crosswalk.

Facts from the PLOVER manual; the crosswalk file ``data/cameo_plover.tsv`` is derived from its
CAMEO2PLOVER-2021 table (CC BY-SA 4.0).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import NamedTuple

# type: (quad class, base score, modes)
PLOVER: dict[str, tuple[int, float, tuple[str, ...]]] = {
    "AGREE": (1, 2.5, ()),
    "CONSULT": (1, 2.5, ("visit", "third-party", "multilateral", "phone")),
    "SUPPORT": (1, 5.0, ()),
    "CONCEDE": (1, 4.5, ()),
    "COOPERATE": (2, 9.5, ()),
    "AID": (2, 10.0, ()),
    "RETREAT": (2, 6.5, ("withdraw", "release", "disarm", "ceasefire", "access", "resign")),
    "REQUEST": (3, 0.0, ("assist", "change", "yield", "meet")),
    "ACCUSE": (3, -2.0, ("disapprove", "investigate", "allege")),
    "REJECT": (3, -2.0, ("assist", "change", "yield", "meet")),
    "THREATEN": (3, -3.5, ("restrict", "arrest", "relations", "expel", "territory", "violence", "ban")),
    "PROTEST": (4, -5.0, ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize")),
    "SANCTION": (3, -6.0, ("convict", "expel", "withdraw", "discontinue")),
    "MOBILIZE": (4, -5.5, ("troops", "weapons", "police", "militia")),
    "COERCE": (4, -7.0, ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
                         "withhold", "misinformation", "cyber")),
    "ASSAULT": (4, -9.0, ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                          "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                          "crowd-control", "unconventional")),
}

EVENT_TYPES: tuple[str, ...] = tuple(PLOVER)

# Country-like codes that are not ISO 3166 countries.
SPECIAL_ACTOR_CODES = ("IGO", "UNO", "EUR", "NGO", "IMG", "ISM", "MNC")

SECTORS: dict[str, str] = {
    "GOV": "government", "MIL": "military", "COP": "police", "JUD": "judiciary", "LEG": "legislature",
    "REB": "rebels", "OPP": "opposition", "CVL": "civilians", "REL": "religious", "PRM": "paramilitary",
    "PTY": "political party", "SPY": "intelligence", "UAF": "unknown armed force", "BUS": "business",
    "MED": "media", "JRN": "journalists", "EDU": "education", "LAB": "labour", "REF": "refugees",
    "AGR": "agriculture", "CRM": "criminals", "ELI": "elites", "SOC": "social", "HLH": "health",
    "NGO": "non-governmental organisation", "IGO": "intergovernmental organisation",
    "PRE": "pretender state", "UNK": "unknown",
}


def quad_class(event_type: str) -> int:
    return PLOVER[event_type][0]


def base_score(event_type: str) -> float:
    return PLOVER[event_type][1]


class Crosswalk(NamedTuple):
    plover: str | None  # None: CAMEO 01/02, no event in PLOVER
    mode: str | None
    context: str | None


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, Crosswalk]:
    """CAMEO code -> PLOVER (type, mode, context), from the shipped crosswalk."""
    table: dict[str, Crosswalk] = {}
    text = resources.files("wirecoder.data").joinpath("cameo_plover.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("cameo\t"):
            continue
        code, plover, mode, context = (line.split("\t") + ["", "", ""])[:4]
        table[code] = Crosswalk(plover or None, mode or None, context or None)
    return table


def plover_for_cameo(code: str) -> Crosswalk | None:
    """The PLOVER reading of a CAMEO code, falling back to its shorter parents (0311 -> 031 -> 03)."""
    table = cameo_table()
    code = code.strip()
    while code:
        if code in table:
            return table[code]
        code = code[:-1]
    return None
