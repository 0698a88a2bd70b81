"""Everything in tests/bench is a benchmark: it leaves the default test run.

Run the benchmarks with ``python -m pytest tests/bench -m bench`` (the default run has
``-m "not bench"``). Their goals are ratios measured side by side in one run, never an
absolute time in the default run.
"""

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config, items):
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.bench)
