"""The frozen app's entry point: the same ``badgedesk`` command as a pip install gives."""

import os
import sys

# A windowed Windows executable has no console: print() must not fail there.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from badgedesk.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
