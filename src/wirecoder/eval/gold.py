"""Reading gold files (JSON lines, one record per sentence or document; see the README)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from wirecoder.errors import InputError


def read_gold(path: str | Path) -> Iterator[dict | InputError]:
    """Gold records, each with ``id``, ``text``, optional ``date`` and a list of ``events``."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        yield InputError(str(path), f"cannot read ({exc.strerror})")
        return
    with handle:
        try:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield InputError(str(path), f"malformed JSON ({exc.msg})", f"line {number}")
                    continue
                if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not isinstance(rec.get("events", []), list):
                    yield InputError(str(path), "a gold record needs 'text' and a list 'events'", f"line {number}")
                    continue
                rec.setdefault("id", f"line-{number}")
                rec["id"] = str(rec["id"])
                rec.setdefault("events", [])
                yield rec
        except UnicodeDecodeError as exc:
            yield InputError(str(path), f"invalid UTF-8 at byte {exc.start}")


def code_countries(code: str | None) -> set[str]:
    """Country codes a gold actor code accepts: "IRQ", "IRQGOV", "IRQ/GOV", "HUN/GOV; ROU/GOV"."""
    out: set[str] = set()
    for part in (code or "").split(";"):
        part = part.strip().upper().replace("/", "")
        if len(part) >= 3 and not part.startswith("---"):
            c = part[:3]
            out |= {"IGO", "UNO", "EUR"} if c == "IGO" and part[3:6] in ("", "GOV", "MIL") else {c}
    return out


def code_sectors(code: str | None) -> set[str]:
    return {p.strip().upper().replace("/", "")[3:6] for p in (code or "").split(";")
            if len(p.strip().replace("/", "")) >= 6}
