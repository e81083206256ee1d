"""The event trigger table (``data/events/triggers.tsv``): which words signal which PLOVER event,
with the nearest CAMEO code and a prior for the confidence. Users may add rows in the same
format (``extra_files``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from wirecoder.errors import ConfigError
from wirecoder.record.ontology import PLOVER

COLUMNS = ("pos", "lemma", "with", "object", "type", "mode", "cameo", "prior")


@dataclass(frozen=True)
class Trigger:
    pos: str  # verb | noun
    lemma: str
    with_: tuple[str, ...]  # verbs: particles/prepositions required; nouns: compound words required
    objects: frozenset[str]  # verbs: allowed object lemmas; nouns: allowed governing verbs ("*": default)
    type: str
    mode: str | None
    cameo: str
    prior: float
    source: str = ""

    @property
    def specificity(self) -> int:
        return len(self.with_) + (1 if self.objects and "*" not in self.objects else 0)


def _parse_row(fields: list[str], where: str) -> Trigger:
    if len(fields) != len(COLUMNS):
        raise ConfigError(f"{where}: expected {len(COLUMNS)} tab-separated columns ({', '.join(COLUMNS)}), "
                          f"found {len(fields)}")
    pos, lemma, with_, objects, type_, mode, cameo, prior = (f.strip() for f in fields)
    if pos not in ("verb", "noun"):
        raise ConfigError(f"{where}: pos must be verb or noun, not {pos!r}")
    if type_ not in PLOVER:
        raise ConfigError(f"{where}: unknown PLOVER type {type_!r}")
    if mode and mode not in PLOVER[type_][2]:
        raise ConfigError(f"{where}: {type_} has no mode {mode!r} (modes: {', '.join(PLOVER[type_][2])})")
    try:
        p = float(prior)
    except ValueError:
        raise ConfigError(f"{where}: prior {prior!r} is not a number") from None
    if not (0 < p <= 1) or not cameo.isdigit() or not lemma:
        raise ConfigError(f"{where}: needs a lemma, a numeric CAMEO code and a prior in (0, 1]")
    return Trigger(pos, lemma.lower(), tuple(with_.lower().split()),
                   frozenset(o for o in objects.lower().split("|") if o), type_, mode or None, cameo, p, where)


def parse_table(text: str, label: str) -> list[Trigger]:
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line.startswith("pos\t"):
            continue
        rows.append(_parse_row(line.split("\t"), f"{label}:{number}"))
    return rows


class TriggerTable:
    """Triggers by lemma, for verbs and for nouns."""

    def __init__(self, rows: Sequence[Trigger]):
        self.verbs: dict[str, list[Trigger]] = defaultdict(list)
        self.nouns: dict[str, list[Trigger]] = defaultdict(list)
        for row in rows:
            (self.verbs if row.pos == "verb" else self.nouns)[row.lemma].append(row)
        for table in (self.verbs, self.nouns):
            for rows_ in table.values():
                rows_.sort(key=lambda t: (-t.specificity, -t.prior))
        self.rows = list(rows)

    @classmethod
    def load(cls, extra_files: Sequence[str | Path] = ()) -> "TriggerTable":
        return _load(tuple(str(p) for p in extra_files))


@lru_cache(maxsize=8)
def _load(extra_files: tuple[str, ...]) -> TriggerTable:
    text = resources.files("wirecoder.data").joinpath("events/triggers.tsv").read_text(encoding="utf-8")
    rows = parse_table(text, "triggers.tsv")
    for path in extra_files:
        try:
            rows += parse_table(Path(path).read_text(encoding="utf-8"), path)
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read trigger file ({exc})") from None
    return TriggerTable(rows)
