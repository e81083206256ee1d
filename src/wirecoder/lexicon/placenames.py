"""Place names as the gazetteer keys them, and the distances and fingerprints it computes.

``normalise`` is shared by the build (the index is written with it) and by lookups (a name in
an article is looked up with it), so both sides always agree.
"""

from __future__ import annotations

import math
import re
import unicodedata
import zlib
from functools import lru_cache

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe",
                       "Œ": "Oe", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h", "Ħ": "H",
                       "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ŀ": "l", "&": " and "})
_PUNCT = ({ord(c): None for c in "'’‘ʻʼ`´ʹʿʾ′."}
          | {ord(c): " " for c in "-‐‑‒–—―,;:/()[]{}\"“”«»!?"})
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def _fold(name: str) -> str:
    """The name without accents, in ASCII where it is written in Latin letters."""
    if name.isascii():
        return name.replace("&", " and ")
    return _COMBINING.sub("", unicodedata.normalize("NFKD", name.translate(_FOLD)))


# ASCII names (most lookups) take a byte-level shortcut through the same rules.
_ASCII_SPACE = b"-,;:/()[]{}\"!?"
_ASCII_TABLE = bytes.maketrans(bytes(range(65, 91)) + _ASCII_SPACE,
                               bytes(range(97, 123)) + b" " * len(_ASCII_SPACE))
_ASCII_DELETE = b"'`."


def _normalise(name: str) -> str:
    if name.isascii() and "&" not in name:
        words = name.encode().translate(_ASCII_TABLE, _ASCII_DELETE).decode().split()
    else:
        words = _fold(name).lower().translate(_PUNCT).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    if not _ABBREVIATIONS.keys().isdisjoint(words):
        words = [_ABBREVIATIONS.get(w, w) for w in words]
    return " ".join(words)


_normalise_cached = lru_cache(maxsize=32_768)(_normalise)


def normalise(name: str) -> str:
    """The lookup key of a name: lowercase, no accents, one kind of apostrophe (none) and of
    hyphen (a space), no leading "the", "St." as "saint"; so "the U.S." and "US" meet."""
    return _normalise_cached(name)



def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _hash64(norm: str) -> int:
    """A 64-bit fingerprint of a normalised name, the same in every process (CRC-32 and Adler-32
    side by side: fast, and no collision among the index's names)."""
    data = norm.encode()
    return ((zlib.crc32(data) << 32) | zlib.adler32(data)) - (1 << 63)
