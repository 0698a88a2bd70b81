"""Issue 10's goal for the corpus: every file finishes in under 5 s (read, or refused with its message),
the reader-attacking files included. The default run keeps only a hang guard (tests/core/test_corpus.py).

Run with: python -m pytest tests/bench/test_corpus_times.py -m bench
"""

from __future__ import annotations

import time

import pytest

from badgedesk.core.cohort import read_table
from badgedesk.core.messages import InputError
from tests.core.test_corpus import CORPUS, MANIFEST

GOAL_SECONDS = 5.0


@pytest.mark.parametrize("entry", MANIFEST, ids=[row["file"] for row in MANIFEST])
def test_every_corpus_file_finishes_in_under_5_s(entry: dict[str, str]) -> None:
    started = time.perf_counter()
    try:
        read_table(CORPUS / entry["file"])
    except InputError:
        pass  # refused with its message: what it says is tests/core/test_corpus.py's to check
    elapsed = time.perf_counter() - started
    assert elapsed < GOAL_SECONDS, f"{entry['file']} took {elapsed:.2f} s"
