"""Stable, translatable codes for outcomes and problems.

The core never shows text directly to a user in a way that cannot be translated:
every outcome or problem carries a stable ``code`` plus ``params``; ``message`` is the
English rendering. The GUI looks the code up in its own translations and falls back
to ``message``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: a file, a row or a cell."""

    code: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "params": dict(self.params)}


class InputError(Exception):
    """Bad input the user can fix. ``str(err)`` is one line: what, where, what to do."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params

    def as_problem(self) -> Problem:
        return Problem(self.code, self.message, dict(self.params))


def one_line(exc: BaseException | str, limit: int = 120) -> str:
    """An exception (or text) as one line of at most ``limit`` characters."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"
