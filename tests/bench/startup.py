"""Time to first window, frozen (PyInstaller) against unfrozen (this Python), as a ratio.

    python -m tests.bench.startup [FROZEN_EXECUTABLE]

Each run is a new process started with ``badgedesk gui --quit-when-shown`` (offscreen, in a
throwaway home), timed from start until it exits, right after its window was first exposed.
Runs alternate between the two so that a busy machine slows both alike; the median of each is kept.
The frozen executable: the argument, else BADGEDESK_FROZEN, else build/dist/BadgeDesk/badgedesk
(made by packaging/linux/build.sh or packaging/windows/build.ps1).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5


def frozen_executable() -> Path | None:
    name = "badgedesk-cli.exe" if sys.platform == "win32" else "badgedesk"
    candidate = os.environ.get("BADGEDESK_FROZEN") or ROOT / "build" / "dist" / "BadgeDesk" / name
    path = Path(candidate)
    return path if path.is_file() else None


def _once(command: list[str]) -> float:
    with tempfile.TemporaryDirectory(prefix="badgedesk-bench-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BADGEDESK_HOME=home, XDG_CONFIG_HOME=home)
        started = time.perf_counter()
        proc = subprocess.run(
            [*command, "gui", "--quit-when-shown"],
            env=env,
            cwd=home,
            capture_output=True,
            text=True,
            timeout=120,
        )
        elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{command[0]} exited {proc.returncode}: {proc.stderr.strip()[-400:]}")
    return elapsed


def measure(frozen: Path, runs: int = RUNS) -> dict[str, float]:
    commands = {"unfrozen": [sys.executable, "-m", "badgedesk"], "frozen": [str(frozen)]}
    for command in commands.values():  # warm the disk cache for both
        _once(command)
    times: dict[str, list[float]] = {key: [] for key in commands}
    for _ in range(runs):
        for key, command in commands.items():
            times[key].append(_once(command))
    result = {f"{key}_s": statistics.median(values) for key, values in times.items()}
    result["ratio"] = result["frozen_s"] / result["unfrozen_s"]
    return result


if __name__ == "__main__":
    exe = Path(sys.argv[1]) if len(sys.argv) > 1 else frozen_executable()
    if exe is None:
        raise SystemExit("no frozen app: run packaging/linux/build.sh first, or pass its executable")
    r = measure(exe)
    print(
        f"time to first window: frozen {r['frozen_s']:.2f} s, unfrozen {r['unfrozen_s']:.2f} s, "
        f"ratio {r['ratio']:.2f} (median of {RUNS})"
    )
