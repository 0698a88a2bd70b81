"""Import plus validation of a learner list, as a ratio to bare iteration of the same file.

For .xlsx the baseline is python-calamine opening the workbook and iterating every row of its sheet;
for .csv it is the standard library's ``csv.reader`` over the decoded text. BadgeDesk's figure is
``CohortDraft.open`` (sniffing, the reader in a stoppable child process for workbooks, header
search, mapping, validation of every row). Both are timed in the same run, best of ``repeat``.
A further figure, ``cold_s``, is BadgeDesk's first open with no reader child kept from an earlier read
(for a workbook it includes starting that child); the best-of figure lets a later open reuse it, as the
app's later opens do.

Usage: python -m tests.bench.imports [--rows 1000 10000 100000]
Target: ratio <= 3.
"""

from __future__ import annotations

import argparse
import csv
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.bench.cohort_open import write_learners


def bare_xlsx(path: Path) -> int:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    rows = 0
    for _row in book.get_sheet_by_index(0).iter_rows():
        rows += 1
    return rows


def bare_csv(path: Path) -> int:
    with path.open(newline="", encoding="utf-8") as f:
        return sum(1 for _row in csv.reader(f))


def badgedesk_open(path: Path) -> int:
    from badgedesk.core.draft import CohortDraft

    draft = CohortDraft.open(path)
    return len(draft.cohort.learners)


def _best(fn, path: Path, repeat: int) -> tuple[float, int]:
    best, count = float("inf"), 0
    for _ in range(repeat):
        started = time.perf_counter()
        count = fn(path)
        best = min(best, time.perf_counter() - started)
    return best, count


def measure(rows: int, fmt: str, folder: Path | None = None, repeat: int | None = None) -> dict[str, Any]:
    folder = folder or Path(tempfile.mkdtemp(prefix="badgedesk-bench-"))
    path = write_learners(folder / f"learners-{rows}.{fmt}", rows)
    repeat = repeat or (1 if rows >= 100_000 else 3)
    bare = bare_xlsx if fmt == "xlsx" else bare_csv
    bare_s, bare_rows = _best(bare, path, repeat)
    from badgedesk.core import isolate

    isolate.release()  # no child kept from an earlier read: the first open starts its own
    cold_s, _ = _best(badgedesk_open, path, 1)
    ours_s, learners = _best(badgedesk_open, path, repeat)
    return {
        "rows": rows,
        "format": fmt,
        "learners": learners,
        "bare_rows": bare_rows,
        "bare_s": bare_s,
        "badgedesk_s": ours_s,
        "ratio": ours_s / bare_s if bare_s else float("nan"),
        "cold_s": cold_s,
        "cold_ratio": cold_s / bare_s if bare_s else float("nan"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[1000, 10_000, 100_000])
    args = parser.parse_args()
    for fmt in ("xlsx", "csv"):
        for rows in args.rows:
            r = measure(rows, fmt)
            print(
                f"{fmt:>4} {rows:>7} rows: BadgeDesk {r['badgedesk_s']:.3f} s, bare {r['bare_s']:.3f} s, "
                f"ratio {r['ratio']:.2f} (target <= 3); first open {r['cold_s']:.3f} s, "
                f"ratio {r['cold_ratio']:.2f}"
            )


if __name__ == "__main__":
    main()
