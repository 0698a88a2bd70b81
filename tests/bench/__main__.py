"""``python -m tests.bench``: the whole benchmark suite (see run.py)."""

from tests.bench.run import main

raise SystemExit(main())
