"""The benchmark suite still runs (issue 10): ``python -m tests.bench --quick`` at tiny sizes.

This checks that every part runs and reports the figures the full run puts in results.json and
docs/performance.md; it asserts counts and keys, never a timing (the full suite is not part of the
default run: ``python -m tests.bench``)."""

from __future__ import annotations

import json
import math

from tests.bench import run

THROUGHPUT_KEYS = {
    "nominal_latency_ms",
    "engine_fraction_of_ceiling",
    "engine_issued",
    "engine_429s",
    "naive_fraction_of_ceiling",
    "naive_issued",
    "naive_429s",
}


def test_the_quick_suite_runs_and_reports_every_figure(tmp_path):
    out = tmp_path / "results.json"
    doc = tmp_path / "performance.md"
    doc.write_text(
        "# Performance\n\nIntro kept.\n\n<!-- bench:start -->\nold\n<!-- bench:end -->\n\nTail kept.\n"
    )
    assert run.main(["--quick", "--out", str(out)]) == 0
    r = json.loads(out.read_text())
    assert r["quick"] is True and {"os", "cpus", "python", "pyside6"} <= set(r["machine"])
    assert [t["nominal_latency_ms"] for t in r["throughput"]] == [20, 400, 1500]
    for t in r["throughput"]:
        assert set(t) >= THROUGHPUT_KEYS
        assert t["engine_issued"] == t["learners"]  # counts, not timings
        assert t["naive_issued"] + t["naive_lost"] == t["learners"]
    assert {(i["format"], i["rows"]) for i in r["imports"]} == {
        (f, n) for f in ("xlsx", "csv") for n in run.QUICK["import_rows"]
    }
    assert all(i["learners"] == i["rows"] and math.isfinite(i["ratio"]) for i in r["imports"])
    app = r["app_open"]
    assert app["shown"] == 1.0 and app["rows"] == run.QUICK["memory_rows"]
    assert {"open_s", "peak_rss_mb", "peak_traced_mb", "worst_stall_ms", "p99_stall_ms"} <= set(app)
    assert r["cli_memory"]["exit_code"] == 0 and r["cli_memory"]["peak_rss_mb"] > 0
    assert r["run_stalls"]["issued"] == run.QUICK["run_learners"]
    assert {"worst_stall_ms", "p99_stall_ms"} <= set(r["run_stalls"])
    assert r["startup"]["ratio"] > 0
    run.update_doc(r, doc)
    text = doc.read_text()
    assert "Intro kept." in text and "Tail kept." in text and "old" not in text
    assert "import + validation" in text and r["machine"]["python"] in text
