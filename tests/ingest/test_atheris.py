"""The readers and the cleaner under coverage-guided fuzzing (atheris, where it installs)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("atheris", reason="atheris installs on x86-64 Linux only")

HARNESS = Path(__file__).with_name("fuzz_readers.py")


def test_thousands_of_generated_inputs_crash_no_reader(tmp_path):
    run = subprocess.run([sys.executable, str(HARNESS), "-runs=20000", "-max_len=4096", "-seed=7",
                          f"-artifact_prefix={tmp_path}/"], capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Done 20000 runs" in run.stderr
    assert not list(tmp_path.glob("crash-*"))
