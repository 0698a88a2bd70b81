"""The one worker object that runs the core engine on a QThread.

It talks to the window only through plain-data signals. Engine events arrive from the
engine's own threads; they are buffered and sent on in batches (at most every
``FLUSH_SECONDS``), so a 500-learner run never floods the GUI thread.

A new run may be made on the worker's thread too (``prepare``: building every learner's record
and journalling them grows with the cohort, so it never runs on the window thread); the worker
then says :attr:`~IssueWorker.prepared` with the run's ID, or :attr:`~IssueWorker.dropped` when
the operator cancelled before the run was made (nothing journalled, nothing sent).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from badgedesk.core.engine import Engine, Settings
from badgedesk.core.journal import Journal
from badgedesk.core.messages import InputError
from badgedesk.platforms.base import PlatformError

FLUSH_SECONDS = 0.1


class IssueWorker(QObject):
    rowsChanged = Signal(list)  # [row event dicts], batched
    stateChanged = Signal(str, str)  # state ("running", "paused", "waiting_for_network", ...), message
    progress = Signal(int, int, float, float)  # done, total, rate per second, seconds left (-1 unknown)
    finished = Signal(dict)  # the engine's Result as a dict
    failed = Signal(str)  # a one-line reason the run could not start
    prepared = Signal(int)  # the new run made by ``prepare`` (journalled, nothing sent yet): its ID
    dropped = Signal()  # cancelled before ``prepare`` made the run: nothing journalled or sent

    def __init__(
        self,
        client_factory: Callable[[], Any],
        journal_path: str,
        run_id: int | None,
        settings: Settings | None = None,
        resume: bool = False,
        prepare: Callable[[Any, Journal, Callable[[], bool]], int | None] | None = None,
    ) -> None:
        """``resume``: the run was started before (resumed after a stop, a crash or a retry); the engine
        then asks the platform about every row that is not settled before sending it. ``prepare``
        (with ``run_id`` None): ``prepare(client, journal, stopped)`` makes a new run on the worker's
        thread and returns its ID, or None once ``stopped()`` (the operator cancelled meanwhile)."""
        super().__init__()
        self._client_factory = client_factory
        self._journal_path = journal_path
        self.run_id = run_id
        self._prepare = prepare
        self.resuming = resume
        self._settings = settings or Settings()
        self._engine: Engine | None = None
        self._lock = threading.Lock()
        self._buffer: list[dict[str, Any]] = []
        self._total = 0
        self._done = 0
        self._times: deque[float] = deque(maxlen=30)
        self._pending_control: list[str] = []

    # -- control, from the GUI thread --------------------------------------------------------

    def pause(self) -> None:
        with self._lock:
            if self._engine is None:
                self._pending_control.append("pause")
                return
        self._engine.pause()

    def resume(self) -> None:
        with self._lock:
            if self._engine is None:
                self._pending_control.append("resume")
                return
        self._engine.resume()

    def cancel(self, mark_rows: bool = True) -> None:
        with self._lock:
            if self._engine is None:
                self._pending_control.append("cancel" if mark_rows else "interrupt")
                return
        self._engine.cancel(mark_rows=mark_rows)

    def _stopped(self) -> bool:
        with self._lock:
            return any(c in ("cancel", "interrupt") for c in self._pending_control)

    # -- the run, on the worker thread -------------------------------------------------------

    def _made(self, client: Any, journal: Journal) -> bool:
        """Make the new run with ``prepare`` (if any); False when it was not made (said already)."""
        if self._prepare is None:
            return True
        try:
            run_id = None if self._stopped() else self._prepare(client, journal, self._stopped)
        except (InputError, PlatformError) as err:
            self.failed.emit(err.message)
            return False
        if run_id is None:
            self.dropped.emit()
            return False
        self.run_id = run_id
        self.prepared.emit(run_id)
        return True

    @Slot()
    def run(self) -> None:
        journal = Journal(self._journal_path)
        try:
            with self._client_factory() as client:
                if not self._made(client, journal):
                    return
                engine = Engine(
                    client,
                    journal,
                    self.run_id,
                    settings=self._settings,
                    on_event=self._on_event,
                    resume=self.resuming,
                )
                with self._lock:
                    self._engine = engine
                    controls, self._pending_control = self._pending_control, []
                for control in controls:
                    {"pause": engine.pause, "resume": engine.resume}.get(control, lambda: None)()
                    if control in ("cancel", "interrupt"):
                        engine.cancel(mark_rows=control == "cancel")
                ticking = threading.Event()
                ticker = threading.Thread(target=self._tick, args=(ticking,), name="issue-flush", daemon=True)
                ticker.start()
                try:
                    result = engine.run()
                finally:
                    ticking.set()
                    ticker.join()
        except InputError as err:
            self._flush()
            self.failed.emit(err.message)
            return
        except Exception as exc:  # never a traceback in the window; the log has the details
            import logging

            logging.getLogger(__name__).exception("The run stopped unexpectedly")
            self._flush()
            self.failed.emit(
                f"The run stopped unexpectedly ({type(exc).__name__}: {exc}). It can be resumed."
            )
            return
        finally:
            journal.close()
        self._flush()
        self.finished.emit(
            {
                "run_id": result.run_id,
                "state": result.state,
                "stop_code": result.stop_code,
                "stop_message": result.stop_message,
                "counts": result.counts,
                "exit_code": result.exit_code,
            }
        )

    def _tick(self, stop: threading.Event) -> None:
        """Send buffered rows on even when no new event arrives (e.g. while waiting for a slot)."""
        while not stop.wait(FLUSH_SECONDS):
            self._flush()

    def _on_event(self, event: dict[str, Any]) -> None:
        kind = event.get("type")
        if kind == "state":
            self.stateChanged.emit(event["state"], str(event.get("message") or event.get("code") or ""))
            return
        if kind == "started":
            with self._lock:
                self._total = int(event["total"])
            self._emit_progress()
            return
        if kind == "row":
            with self._lock:
                self._buffer.append(event)
                if event["status"] != "pending":
                    self._done += 1
                    self._times.append(time.monotonic())
            # Sent on by the ticker only, so batches and progress leave from one thread, in order.

    def _rate(self) -> tuple[float, float]:
        with self._lock:
            times, done, total = list(self._times), self._done, self._total
        if len(times) < 2 or times[-1] <= times[0]:
            return 0.0, -1.0
        rate = (len(times) - 1) / (times[-1] - times[0])
        return rate, max(total - done, 0) / rate if rate > 0 else -1.0

    def _emit_progress(self) -> None:
        rate, eta = self._rate()
        with self._lock:
            done, total = self._done, self._total
        self.progress.emit(min(done, total), total, rate, eta)

    def _flush(self) -> None:
        with self._lock:
            if not self._buffer:
                return
            batch, self._buffer = self._buffer, []
        self.rowsChanged.emit(batch)
        self._emit_progress()


def as_journal_rows(batch: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Engine row events in the shape of ``Journal.rows()`` entries, for the results grid."""
    return [
        {
            "id": e["learner_id"],
            "row_number": e["row"],
            "email": e["email"],
            "recipient_key": e.get("recipient") or e["email"],
            "status": e["status"],
            "code": e.get("code"),
            "params": e.get("params") or {},
            "message": e.get("message"),
            "http_status": e.get("http_status"),
            "award_id": e.get("award_id"),
        }
        for e in batch
    ]


def start_worker(worker: IssueWorker) -> QThread:
    """Move ``worker`` to a new QThread and start it; the thread quits when the run ends."""
    thread = QThread()
    thread.setObjectName(f"issue-run-{worker.run_id or 'new'}")
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # quit() is thread-safe: call it directly from the worker's thread, so the thread has ended by
    # the time the window handles ``finished`` (a queued quit would wait behind that handler).
    worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    worker.failed.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    worker.dropped.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.start()
    return thread
