"""Coverage-guided fuzzing of every reader and of the cleaner with atheris (libFuzzer).

Run as a program: ``python tests/ingest/fuzz_readers.py -runs=20000`` (any libFuzzer flag
works; without ``-runs`` it goes on until stopped). An input is a reader's number and bytes;
a reader may only yield Articles and InputErrors, and the cleaner must take any text. Anything
else raised is a crash: libFuzzer prints it with the input that caused it and exits non-zero.
``test_atheris.py`` runs it for a few thousand inputs as part of the test suite.
"""

from __future__ import annotations

import io
import sys

import atheris

with atheris.instrument_imports(include=["wirecoder"]):
    from wirecoder.errors import InputError
    from wirecoder.ingest import clean, csv, feed, html, jsonl, text, warc
    from wirecoder.ingest.base import ReadOptions
    from wirecoder.ingest.files import read_stream
    from wirecoder.record import Article

READERS = (jsonl.read, text.read, html.read, csv.read, warc.read, feed.read,
           lambda stream, source, options: read_stream(stream, source, options))
OPTIONS = ReadOptions(max_chars=5_000, max_bytes=50_000)


def one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    reader = READERS[provider.ConsumeIntInRange(0, len(READERS) - 1)]
    payload = provider.ConsumeBytes(provider.remaining_bytes())
    for result in reader(io.BufferedReader(io.BytesIO(payload)), "fuzz", OPTIONS):
        if not isinstance(result, (Article, InputError)):
            raise AssertionError(f"reader yielded {type(result).__name__}")
    clean.layout(payload.decode("utf-8", "replace"))


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
