"""Run slow work off the GUI thread and hand the result back to it.

``run_task(fn, *args, on_done=..., on_error=...)`` runs ``fn`` on Qt's global thread pool.
The callbacks run on the GUI thread (the signals cross threads as queued connections).
Errors arrive as a :class:`TaskError`: a one-line, user-facing ``message`` plus the stable
``code``; unexpected exceptions are logged with their traceback and reported plainly, never
shown as a traceback.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from badgedesk.core.messages import InputError
from badgedesk.platforms.base import PlatformError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TaskError:
    code: str
    message: str
    kind: str = ""  # a platform answer kind (e.g. "auth", "not_sent") when the platform failed
    params: dict[str, Any] = field(default_factory=dict)


def describe(exc: BaseException) -> TaskError:
    if isinstance(exc, InputError):
        return TaskError(exc.code, exc.message, params=dict(exc.params))
    if isinstance(exc, PlatformError):
        return TaskError(exc.code, exc.message, exc.kind, {"http_status": exc.http_status})
    log.error("Unexpected error in a background task:\n%s", "".join(traceback.format_exception(exc)))
    return TaskError(
        "internal_error", f"Something went wrong ({type(exc).__name__}: {exc}). Details are in the log."
    )


class Task(QObject):
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._args = args
        self.cancelled = False

    def _run(self) -> None:
        try:
            result = self._fn(*self._args)
        except BaseException as exc:  # delivered to the GUI thread as a TaskError
            if self.cancelled:
                _live.discard(self)
            else:
                self.failed.emit(describe(exc))
            return
        if self.cancelled:
            _live.discard(self)
        else:
            self.done.emit(result)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()


_live: set[Task] = set()  # keep tasks alive until they report


def run_task(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[TaskError], None] | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    task = Task(fn, args)
    _live.add(task)
    if on_done is not None:
        task.done.connect(on_done)
    if on_error is not None:
        task.failed.connect(on_error)
    task.done.connect(lambda _=None: _live.discard(task))
    task.failed.connect(lambda _=None: _live.discard(task))
    (pool or QThreadPool.globalInstance()).start(_Runnable(task))
    return task
