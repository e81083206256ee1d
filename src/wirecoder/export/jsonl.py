"""JSON lines: one coded article per line, exactly the output contract."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO


def write_jsonl(records: Iterable[dict], out: TextIO) -> int:
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n
