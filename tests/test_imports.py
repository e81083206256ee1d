"""Imports point upstream: record is the floor; store and export never import spaCy; nothing
imports the CLI or the web app."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "wirecoder"

# package -> packages (besides itself) it must not import
FORBIDDEN = {
    "errors": {"*"},
    "config": {"record", "ingest", "nlp", "annotate", "lexicon", "build", "pipeline", "store", "export",
               "batch", "eval", "web", "cli"},
    "record": {"ingest", "nlp", "annotate", "build", "pipeline", "store", "export", "batch", "eval", "web", "cli", "lexicon"},
    "lexicon": {"ingest", "nlp", "annotate", "build", "pipeline", "store", "export", "batch", "eval", "web", "cli"},
    "ingest": {"nlp", "annotate", "build", "pipeline", "store", "export", "batch", "eval", "web", "cli", "spacy"},
    "annotate": {"store", "export", "batch", "eval", "web", "cli", "build", "pipeline"},
    "store": {"nlp", "annotate", "build", "pipeline", "web", "cli", "spacy", "lexicon"},
    "export": {"nlp", "annotate", "build", "pipeline", "web", "cli", "spacy", "lexicon"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
    return out


def _layer(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] == "wirecoder":
        return parts[1] if len(parts) > 1 else None
    return parts[0]


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_imports_point_upstream(package):
    files = [SRC / f"{package}.py"] if (SRC / f"{package}.py").exists() else sorted((SRC / package).rglob("*.py"))
    for f in files:
        for imp in _imports(f):
            layer = _layer(imp)
            if not imp.startswith("wirecoder") and layer != "spacy":
                continue
            if layer == package:
                continue
            banned = FORBIDDEN[package]
            assert not ("*" in banned and imp.startswith("wirecoder")) and layer not in banned, f"{f.name} imports {imp}"


def test_nothing_imports_the_cli():
    for f in SRC.rglob("*.py"):
        if f.name in ("cli.py", "__main__.py"):
            continue
        assert "wirecoder.cli" not in _imports(f), f
