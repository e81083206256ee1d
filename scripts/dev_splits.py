"""Write the fixed development splits used to measure event coding, into build/dev/ (git-ignored).

- ngec_heldout.jsonl / ngec_train.jsonl: ../shared/data/train/ngec_synthetic.jsonl split by a hash of
  each story's headline template, so near-duplicate stories written from one template never sit on
  both sides (one fifth held out).
- ngec_headlines_heldout.jsonl: the held-out stories' headlines alone, each labelled with the type it
  was written to show: one sentence, one event.
- petrarch_structure.jsonl: the PETRARCH unit-test records whose expected codes are real CAMEO codes
  (``extra.valid_cameo_code``), for structure (compounds, passives, no-event cases); code them with
  ``--actors bench/fictional_actors.csv`` so the fictional countries get their test codes.

Skips with a message when ../shared is absent. Usage: python scripts/dev_splits.py [--shared DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def heldout(template: str) -> bool:
    return int(hashlib.sha1(template.encode("utf-8")).hexdigest(), 16) % 5 == 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "dev")
    args = ap.parse_args()
    data = args.shared / "data"
    if not data.is_dir():
        print(f"{data} not found: no development splits written")
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    ngec = data / "train" / "ngec_synthetic.jsonl"
    if ngec.exists():
        test = open(args.out / "ngec_heldout.jsonl", "w", encoding="utf-8")
        train = open(args.out / "ngec_train.jsonl", "w", encoding="utf-8")
        heads = open(args.out / "ngec_headlines_heldout.jsonl", "w", encoding="utf-8")
        n = [0, 0]
        for line in open(ngec, encoding="utf-8"):
            rec = json.loads(line)
            side = heldout(rec.get("meta", {}).get("headline_template") or rec["id"])
            (test if side else train).write(line)
            n[side] += 1
            if side and rec.get("meta", {}).get("headline"):
                heads.write(json.dumps({**rec, "id": rec["id"] + ":headline", "text": rec["meta"]["headline"]}) + "\n")
        for f in (test, train, heads):
            f.close()
        print(f"ngec: {n[0]} train, {n[1]} held out")
    pet = data / "dev" / "petrarch2_unittest.jsonl"
    if pet.exists():
        kept = 0
        with open(args.out / "petrarch_structure.jsonl", "w", encoding="utf-8") as out:
            for line in open(pet, encoding="utf-8"):
                rec = json.loads(line)
                if all(e.get("extra", {}).get("valid_cameo_code", True) for e in rec["events"]):
                    out.write(line)
                    kept += 1
        print(f"petrarch: {kept} records with real CAMEO codes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
