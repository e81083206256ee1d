"""The manifest of a batch output folder: which shards are finished, from which input bytes,
with how many rows, under which settings.

A shard counts as finished only once its entry is here, and the entry is written (atomically,
by the driver alone) after the shard's Parquet files are complete, so a crash at any moment
leaves at worst a shard that is done again. A re-run skips every shard whose fingerprint
matches its entry. Settings that change the output are recorded too: a folder is never filled
with shards coded under two different settings.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field

from fsspec.core import url_to_fs

from wirecoder.batch.shards import Shard
from wirecoder.errors import ConfigError

FILE_NAME = "manifest.json"
VERSION = 1


@dataclass
class Manifest:
    """Finished shards by name, each entry ``{input, url, start, end, first_line, fingerprint,
    order, parts, rows, rejected, seconds, worker}``."""

    out: str
    settings: dict
    shards: dict[str, dict] = field(default_factory=dict)

    @classmethod
    def read(cls, out: str) -> "Manifest | None":
        """The manifest in ``out``, or None if there is none."""
        fs, root = url_to_fs(out)
        path = f"{root}/{FILE_NAME}"
        if not fs.exists(path):
            return None
        try:
            with fs.open(path, "rb") as f:
                data = json.loads(f.read().decode("utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ConfigError(f"{out}: unreadable batch manifest ({exc})") from None
        if data.get("version") != VERSION:
            raise ConfigError(f"{out}: batch manifest version {data.get('version')}, this wirecoder writes {VERSION}")
        return cls(out, data["settings"], data["shards"])

    @classmethod
    def open(cls, out: str, settings: dict) -> "Manifest":
        """The manifest to continue in ``out``: the existing one, or a new one. A folder made
        under other settings is refused, so its shards never mix with new ones."""
        found = cls.read(out)
        if found is None:
            return cls(out, settings)
        if found.settings != settings:
            changed = sorted(k for k in set(found.settings) | set(settings) if found.settings.get(k) != settings.get(k))
            raise ConfigError(f"{out} holds a batch run with other settings ({', '.join(changed)}); "
                              f"use a new --out folder, or the settings of that run")
        return found

    def finished(self, shard: Shard) -> bool:
        entry = self.shards.get(shard.name)
        return entry is not None and entry["fingerprint"] == shard.fingerprint

    def reorder(self, names: list[str]) -> None:
        """Put the shards of the current plan first, in plan order; shards of earlier runs
        that are not in it keep their relative order after them."""
        rank = {name: i for i, name in enumerate(names)}
        others = sorted((e["order"], n) for n, e in self.shards.items() if n not in rank)
        for i, (_, name) in enumerate(others):
            rank[name] = len(names) + i
        for name, entry in self.shards.items():
            entry["order"] = rank[name]

    def record(self, shard: Shard, order: int, result: dict) -> None:
        """Note a shard as finished, with what its task reported."""
        self.shards[shard.name] = {
            "input": shard.source, "url": shard.url, "start": shard.start, "end": shard.end,
            "first_line": shard.first_line, "fingerprint": shard.fingerprint, "order": order, **result,
        }

    def parts(self) -> list[str]:
        """The Parquet parts of the finished shards, in input order."""
        entries = sorted(self.shards.values(), key=lambda e: e["order"])
        return [part for e in entries for part in e["parts"]]

    def save(self) -> None:
        """Write the manifest under a temporary name and rename it into place."""
        fs, root = url_to_fs(self.out)
        fs.makedirs(root, exist_ok=True)
        data = {"version": VERSION, "settings": self.settings,
                "shards": dict(sorted(self.shards.items(), key=lambda kv: kv[1]["order"]))}
        temp = f"{root}/.{FILE_NAME}.{uuid.uuid4().hex}.tmp"
        with fs.open(temp, "wb") as f:
            f.write(json.dumps(data, indent=1, ensure_ascii=False).encode("utf-8"))
        fs.mv(temp, f"{root}/{FILE_NAME}")
