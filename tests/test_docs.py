"""The README documents every command and every setting."""

from __future__ import annotations

from pathlib import Path

import typer.main

from wirecoder.cli import app
from wirecoder.config import SETTINGS

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands(group, prefix=""):
    click_group = typer.main.get_command(group)
    for name, cmd in click_group.commands.items():
        if hasattr(cmd, "commands"):
            for sub in cmd.commands:
                yield f"{prefix}{name} {sub}"
        else:
            yield f"{prefix}{name}"


def test_every_command_is_in_the_readme():
    missing = [c for c in _commands(app) if f"wirecoder {c}" not in README]
    assert not missing


def test_every_setting_is_in_the_readme():
    missing = [s.name for s in SETTINGS if f"`{s.name}`" not in README]
    assert not missing


def test_readme_starts_with_the_two_commands():
    head = README[:1500]
    assert "make run" in head and "make test" in head
