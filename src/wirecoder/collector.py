"""Pausing Python's cycle collector around work that makes many objects and few cycles.

The collector runs whenever allocations outnumber deallocations by a threshold, and every third
pass or so walks older objects too. Loading a lexicon, building the gazetteer or annotating one
article makes objects by the hundred thousand and leaves next to no cycles, so those passes are
pure cost (measured: 10-35% of each of these jobs). The pause ends with the job, so what it
made is collected as usual afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """Run the block with the cycle collector off (and leave it as it was found)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
