"""The whole benchmark suite in one command: a table, ``tests/bench/results.json``, docs/performance.md.

    python -m tests.bench            # the full suite (about 10 minutes on a 2-core machine)
    python -m tests.bench --quick    # tiny sizes, to check that the suite still runs (no files written)

Every figure is a ratio or a count measured in this one run, beside its baseline:

- issuing throughput (awards issued per second as a fraction of Navigatr's ceiling, issued awards
  only) at 20, 400 and 1,500 ms simulated latency, with the 429s, and beside it the seed's naive
  one-request-at-a-time loop against the same simulator (``naive.py``);
- import plus validation of 1,000, 10,000 and 100,000-row .xlsx and .csv files as a ratio to bare
  python-calamine (and ``csv``) iteration of the same file (``imports.py``; target <= 3);
- peak memory at 100,000 rows in the CLI (``issue --dry-run``) and in the app (``cohort_open.py``);
- the window thread's worst stall and 99th percentile during a 1,000-learner run (``gui_stall.py``)
  and while opening the 100,000-row file (target: worst < 50 ms);
- time from launch to the first window, as a ratio to a bare PySide6 window in the same run.

The app's and the CLI's figures come from processes of their own, so that one measurement's memory
does not count in another's.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "tests" / "bench" / "results.json"
DOC = ROOT / "docs" / "performance.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"

FULL = {
    "latencies": (20, 400, 1500),
    "learners": 30,
    "import_rows": (1000, 10_000, 100_000),
    "memory_rows": 100_000,
    "run_learners": 1000,
    "startup_runs": 3,
}
QUICK = {
    "latencies": (20, 400, 1500),
    "learners": 2,
    "import_rows": (50, 200),
    "memory_rows": 300,
    "run_learners": 10,
    "startup_runs": 1,
}
QUICK_LATENCY_SCALE = 0.02  # quick mode simulates 1/50 of each latency (the keys keep the nominal one)


def _rss(mib: float) -> str:
    """A peak RSS (``ru_maxrss``, in MiB) in MiB and in MB (10^6 bytes), so that no unit is guessed."""
    return f"{mib:.0f} MiB RSS ({mib * 1.048576:.0f} MB)"


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")


def _json_of(command: list[str], timeout: float = 1800, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run a bench script in a process of its own; its last stdout line is its figures as JSON."""
    proc = subprocess.run(
        command, cwd=ROOT, env=env or _env(), capture_output=True, text=True, timeout=timeout, check=False
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(
            f"{' '.join(command[:4])} failed ({proc.returncode}): {proc.stderr.strip()[-600:]}"
        )
    return json.loads(lines[-1])


# -- the parts --------------------------------------------------------------------------------------


def throughput(sizes: dict[str, Any], quick: bool) -> list[dict[str, Any]]:
    from tests.bench import naive
    from tests.bench import throughput as engine_bench

    out = []
    for nominal in sizes["latencies"]:
        latency = max(1, int(nominal * QUICK_LATENCY_SCALE)) if quick else nominal
        engine = engine_bench.measure(latency, sizes["learners"], platform="navigatr")
        loop = naive.measure(latency, sizes["learners"])
        out.append(
            {
                "nominal_latency_ms": nominal,
                "latency_ms": latency,
                "learners": sizes["learners"],
                "engine_issued": engine["issued"],
                "engine_fraction_of_ceiling": engine["end_to_end"],
                "engine_sustained_fraction": engine["sustained"],
                "engine_429s": engine["count_429"],
                "engine_issue_requests": engine["issue_requests"],
                "naive_issued": loop["issued"],
                "naive_fraction_of_ceiling": loop["end_to_end"],
                "naive_429s": loop["count_429"],
                "naive_lost": loop["learners"] - loop["issued"],
            }
        )
    return out


def imports(sizes: dict[str, Any]) -> list[dict[str, Any]]:
    from tests.bench import imports as import_bench

    with tempfile.TemporaryDirectory(prefix="badgedesk-bench-") as folder:
        return [
            import_bench.measure(rows, fmt, Path(folder))
            for fmt in ("xlsx", "csv")
            for rows in sizes["import_rows"]
        ]


def app_open(sizes: dict[str, Any]) -> dict[str, Any]:
    rows = str(sizes["memory_rows"])
    plain = _json_of([sys.executable, "-m", "tests.bench.cohort_open", "--rows", rows, "--json"])
    traced = _json_of([sys.executable, "-m", "tests.bench.cohort_open", "--rows", rows, "--trace", "--json"])
    plain["peak_traced_mb"] = traced["peak_traced_mb"]
    return plain


_CLI = """
import json, resource, sys
from pathlib import Path
from badgedesk.cli import main
path = Path(sys.argv[1])  # written by another process
code = main(["issue", str(path), "--badge", sys.argv[3], "--dry-run"])
print(json.dumps({"exit_code": code, "rows": int(sys.argv[2]),
    "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "reader_child_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


@contextlib.contextmanager
def _simulator():
    code = (
        "import sys; from badgedesk.platforms.navigatr_sim import NavigatrSimulator as S; "
        "s = S(rate_limit=None); print(s.start(), flush=True); sys.stdin.read()"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=_env(),
    )
    try:
        yield proc.stdout.readline().strip()
    finally:
        proc.stdin.close()
        proc.wait(10)


def cli_memory(sizes: dict[str, Any]) -> dict[str, Any]:
    """Peak memory of ``badgedesk issue FILE --dry-run`` (read, validate, check the badge) in its own
    process, written the file first in another. The .xlsx reader's child process is listed apart."""
    from badgedesk.platforms import navigatr_sim as simmod

    with tempfile.TemporaryDirectory(prefix="badgedesk-bench-") as home, _simulator() as base_url:
        path = Path(home) / "learners.xlsx"
        _json_of(
            [
                sys.executable,
                "-c",
                "import sys; from pathlib import Path; from tests.bench.cohort_open import "
                "write_learners as w; w(Path(sys.argv[1]), int(sys.argv[2])); print('{}')",
                str(path),
                str(sizes["memory_rows"]),
            ]
        )
        env = dict(_env(), NAVIGATR_PAT=simmod.DEMO_TOKEN, NAVIGATR_API_URL=base_url, BADGEDESK_HOME=home)
        return _json_of(
            [
                sys.executable,
                "-c",
                _CLI,
                str(path),
                str(sizes["memory_rows"]),
                str(simmod.FIRST_AID_BADGE_ID),
            ],
            env=env,
        )


def run_stalls(sizes: dict[str, Any]) -> dict[str, Any]:
    return _json_of(
        [sys.executable, "-m", "tests.bench.gui_stall", "--learners", str(sizes["run_learners"]), "--json"]
    )


_BARE_WINDOW = (
    "from PySide6.QtCore import QTimer; from PySide6.QtWidgets import QApplication, QMainWindow; "
    "app = QApplication([]); w = QMainWindow(); w.resize(1100, 700); w.show(); "
    "QTimer.singleShot(0, app.quit); app.exec()"
)


def startup(sizes: dict[str, Any]) -> dict[str, Any]:
    """Launch to first window (``badgedesk gui --quit-when-shown``) against a bare PySide6 window, runs
    alternating; the median of each."""
    from tests.bench import startup as startup_bench

    def bare() -> float:
        with tempfile.TemporaryDirectory(prefix="badgedesk-bench-") as home:
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-c", _BARE_WINDOW], cwd=home, env=_env(), check=True, timeout=120
            )
            return time.perf_counter() - started

    app_times, bare_times = [], []
    bare()  # warm the disk cache
    for _ in range(sizes["startup_runs"]):
        app_times.append(startup_bench._once([sys.executable, "-m", "badgedesk"]))
        bare_times.append(bare())
    app_s, bare_s = statistics.median(app_times), statistics.median(bare_times)
    return {"app_s": app_s, "bare_pyside6_s": bare_s, "ratio": app_s / bare_s, "runs": sizes["startup_runs"]}


# -- the run ----------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    import PySide6

    try:
        from importlib.metadata import version

        calamine = version("python-calamine")
    except Exception:  # noqa: BLE001 (a figure, not a failure)
        calamine = "?"
    memory = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
    return {
        "os": platform.platform(),
        "machine": platform.machine(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "memory": memory,
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "python_calamine": calamine,
    }


PARTS = ("throughput", "imports", "app_open", "cli_memory", "run_stalls", "startup")


def collect(quick: bool = False, parts: tuple[str, ...] = PARTS, echo=print) -> dict[str, Any]:
    sizes = QUICK if quick else FULL
    results: dict[str, Any] = {
        "when": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "quick": quick,
        "machine": machine(),
        "sizes": {k: list(v) if isinstance(v, tuple) else v for k, v in sizes.items()},
    }
    work = {
        "throughput": lambda: throughput(sizes, quick),
        "imports": lambda: imports(sizes),
        "app_open": lambda: app_open(sizes),
        "cli_memory": lambda: cli_memory(sizes),
        "run_stalls": lambda: run_stalls(sizes),
        "startup": lambda: startup(sizes),
    }
    for name in parts:
        started = time.monotonic()
        results[name] = work[name]()
        echo(f"  {name}: {time.monotonic() - started:.0f} s")
    return results


def table(r: dict[str, Any]) -> str:
    """The figures as a Markdown table (also what the command prints)."""
    rows = [("figure", "measured", "baseline in the same run", "target")]
    for t in r.get("throughput", []):
        rows.append(
            (
                f"issuing at {t['nominal_latency_ms']} ms latency ({t['learners']} learners)",
                f"{t['engine_fraction_of_ceiling']:.2f} of ceiling, {t['engine_issued']} issued, "
                f"{t['engine_429s']} × 429",
                f"naive loop: {t['naive_fraction_of_ceiling']:.2f} of ceiling, {t['naive_issued']} issued, "
                f"{t['naive_429s']} × 429 ({t['naive_lost']} lost)",
                "all issued, 0 lost",
            )
        )
    for i in r.get("imports", []):
        rows.append(
            (
                f"import + validation, {i['rows']:,}-row .{i['format']}",
                f"{i['ratio']:.1f}× bare",
                f"bare {'python-calamine' if i['format'] == 'xlsx' else 'csv'} iteration",
                "≤ 3×",
            )
        )
    if "app_open" in r:
        a = r["app_open"]
        rows.append(
            (
                f"app: open {a['rows']:,} rows end to end",
                f"{a['open_s']:.2f} s",
                "",
                "< 3 s",
            )
        )
        rows.append(
            (
                f"app: peak memory at {a['rows']:,} rows",
                _rss(a["peak_rss_mb"]),
                f"tracemalloc peak {a['peak_traced_mb']:.0f} MB (a run of its own)",
                "< 200 MB",
            )
        )
        rows.append(
            (
                f"window thread while opening {a['rows']:,} rows",
                f"worst stall {a['worst_stall_ms']:.0f} ms, p99 {a['p99_stall_ms']:.0f} ms",
                f"{a['ticks']} ticks of a 5 ms timer",
                "worst < 50 ms",
            )
        )
    if "cli_memory" in r:
        c = r["cli_memory"]
        rows.append(
            (
                f"CLI `issue --dry-run`: peak memory at {c['rows']:,} rows",
                _rss(c["peak_rss_mb"]),
                f"reader child process {_rss(c['reader_child_peak_rss_mb'])}",
                "< 200 MB",
            )
        )
    if "run_stalls" in r:
        s = r["run_stalls"]
        rows.append(
            (
                f"window thread during a {s['learners']:,}-learner run",
                f"worst stall {s['worst_stall_ms']:.0f} ms, p99 {s['p99_stall_ms']:.0f} ms",
                f"{s['issued']} issued; {s['ticks']} ticks",
                "worst < 50 ms",
            )
        )
    if "startup" in r:
        s = r["startup"]
        rows.append(
            (
                "launch to first window",
                f"{s['ratio']:.2f}× a bare PySide6 window ({s['app_s']:.2f} s)",
                f"bare window {s['bare_pyside6_s']:.2f} s (median of {s['runs']})",
                "",
            )
        )
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return "\n".join(lines)


def machine_line(m: dict[str, Any]) -> str:
    return (
        f"{m['os']}, {m['cpus']} CPU(s) ({m['processor']}), {m['memory'] or 'memory unknown'}; "
        f"Python {m['python']}, PySide6 {m['pyside6']}, python-calamine {m['python_calamine']}"
    )


def update_doc(r: dict[str, Any], doc: Path = DOC) -> None:
    block = (
        f"{START}\nMeasured {r['when']} on {machine_line(r['machine'])}, with `python -m tests.bench`.\n\n"
        f"{table(r)}\n{END}"
    )
    text = doc.read_text(encoding="utf-8") if doc.exists() else ""
    if START in text and END in text:
        text = text[: text.index(START)] + block + text[text.index(END) + len(END) :]
    else:
        text = (text.rstrip() + "\n\n" if text else "# Performance\n\n") + block + "\n"
    doc.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes; writes nothing unless --out")
    parser.add_argument("--part", action="append", choices=PARTS, help="only this part (repeatable)")
    parser.add_argument(
        "--out", type=Path, help=f"where to write the JSON (default {RESULTS.name} unless quick)"
    )
    args = parser.parse_args(argv)
    print(f"BadgeDesk benchmarks{' (quick)' if args.quick else ''} on {machine_line(machine())}")
    r = collect(args.quick, tuple(args.part or PARTS))
    print(table(r))
    out = args.out or (None if args.quick else RESULTS)
    if out is not None:
        out.write_text(json.dumps(r, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {out}")
    if not args.quick and not args.part:
        update_doc(r)
        print(f"updated {DOC}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
