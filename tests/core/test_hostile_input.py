"""The hostile-file corpus (tests/core/hostile_files.py): never a crash, always a one-line reason.

Each file either raises InputError with the pinned code and a one-line message naming the file, or
is read with exactly the pinned rows flagged, each problem naming its row and column.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from badgedesk.core.cohort import read_table
from badgedesk.core.messages import InputError
from badgedesk.core.validate import build_cohort
from tests.core.hostile_files import CASES, Case, build

MAX_SECONDS = 5.0  # a hang guard, not a speed goal: the slowest file reads in about 0.2 s (25x under)


def _one_line(text: str) -> None:
    assert text.strip(), "empty message"
    assert "\n" not in text and "\r" not in text, text
    assert "Traceback" not in text, text


def test_corpus_has_at_least_forty_distinct_files() -> None:
    assert len(CASES) >= 40
    assert len({c.filename.lower() for c in CASES}) == len(CASES)


def test_corpus_builds_fast(tmp_path: Path) -> None:
    start = time.perf_counter()
    for case in CASES:
        build(case, tmp_path)
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize("case", CASES, ids=[c.filename for c in CASES])
def test_hostile_file(case: Case, tmp_path: Path) -> None:
    path = build(case, tmp_path)
    start = time.perf_counter()
    try:
        cohort = build_cohort(read_table(path))
    except InputError as err:
        elapsed = time.perf_counter() - start
        assert case.error is not None, f"unexpected {err.code}: {err.message}"
        assert err.code == case.error, err.message
        _one_line(err.message)
        assert str(err) == err.message
        assert path.name in err.message, err.message
        assert str(tmp_path) not in err.message
        assert elapsed < MAX_SECONDS
        return
    elapsed = time.perf_counter() - start
    assert elapsed < MAX_SECONDS
    assert case.error is None, f"expected InputError {case.error}, got a cohort"

    for note in cohort.problems:
        _one_line(note.message)
    got = set()
    for learner in cohort.learners:
        for problem in learner.problems:
            _one_line(problem.message)
            row, column = problem.params["row"], problem.params["column"]
            assert row == learner.row
            assert problem.message.startswith(f"{path.name}, row {row}, column '{column}': "), problem.message
            got.add((row, column, problem.code))
        assert (learner.status == "valid") == (not learner.problems)
    assert got == set(case.flagged)
    if case.check is not None:
        case.check(cohort)
