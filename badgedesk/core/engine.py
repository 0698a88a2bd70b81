"""The issuing engine: sends one issue request per learner, at the token's rate limit.

Rules it never breaks:
- A request that may have reached the server is never blindly re-sent: the award is looked
  up first. If the lookup is impossible the row becomes ``unknown`` and is left alone.
- Only answers that prove nothing was done are re-sent directly: 429, 503, failed connects.
- When the network is gone the whole run waits ("waiting for network") and carries on by
  itself; no row fails for a network reason.
- Every attempt is committed to the journal before it is sent and after its answer.

The engine runs a few worker threads so that throughput stays at the rate-limit ceiling
even when each request takes over a second. It reports progress as plain dicts through
``on_event``; it knows nothing about Qt.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

from badgedesk.core import locks
from badgedesk.core.engine_lookup import EngineLookup
from badgedesk.core.engine_parts import (  # noqa: F401 (the engine's names, used by the app and the CLI)
    CANCELLED,
    COMPLETED,
    INTERRUPTED,
    OK_STATUSES,
    PROBLEM_STATUSES,
    STOPPED,
    Event,
    Result,
    Settings,
    _NetworkGate,
    backoff,
    check_badge,
    exit_code_for,
    issue_request,
)
from badgedesk.core.journal import AttemptResult, Journal
from badgedesk.core.messages import InputError
from badgedesk.core.ratelimit import Cancelled
from badgedesk.platforms import base
from badgedesk.platforms.base import Answer, Badge, IssueRequest, Platform, PlatformError


class Engine(EngineLookup):
    def __init__(
        self,
        platform: Platform,
        journal: Journal,
        run_id: int,
        *,
        settings: Settings | None = None,
        on_event: Callable[[Event], None] | None = None,
        resume: bool = False,
    ) -> None:
        self.platform = platform
        self.journal = journal
        self.run_id = run_id
        self.settings = settings or Settings()
        self._on_event = on_event
        self.cancel_event: threading.Event = platform.cancel
        self._running = threading.Event()
        self._running.set()
        self._stop = threading.Event()
        self._stop_code: str | None = None
        self._stop_auth = False  # the stop is the token's: refused, or not allowed to do this
        self._stop_message: str | None = None
        self._mark_cancelled = True
        self._gate = _NetworkGate()
        self._lock = threading.Lock()
        self._badge: Badge | None = None
        self._run: dict[str, Any] = {}
        self._probes = 0
        # A resumed run asks the platform about every row that is not settled, whatever state the
        # journal recorded: a journal restored from a copy taken before the run began says "ready".
        self._resuming = resume

    # -- control (any thread) --------------------------------------------------------------

    def pause(self) -> None:
        if self._running.is_set():
            self._running.clear()
            self._emit_state("paused")

    def resume(self) -> None:
        if not self._running.is_set():
            self._running.set()
            self._emit_state("running")

    def cancel(self, mark_rows: bool = True) -> None:
        """Stop sending. ``mark_rows`` marks untouched rows ``cancelled``; otherwise they stay pending."""
        self._mark_cancelled = mark_rows
        self.cancel_event.set()
        self._running.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    # -- events ----------------------------------------------------------------------------

    def _emit(self, event: Event) -> None:
        if self._on_event is not None:
            event.setdefault("run_id", self.run_id)
            self._on_event(event)

    def _emit_state(self, state: str, **extra: Any) -> None:
        self.journal.log_event(self.run_id, state, str(extra.get("message", "")))
        self._emit({"type": "state", "state": state, **extra})

    def _set_row(
        self,
        row: dict[str, Any],
        status: str,
        code: str,
        message: str,
        params: dict[str, Any] | None = None,
        *,
        http_status: int | None = None,
        award_id: str | None = None,
        award_url: str | None = None,
        finish: AttemptResult | None = None,
    ) -> None:
        params = {"row": row["row_number"], **(params or {})}
        self.journal.set_row(
            row["id"],
            status,
            code,
            message,
            http_status,
            award_id,
            award_url or None,
            params=params,
            finish=finish,
        )
        row.update(status=status, code=code, message=message)
        self._emit(
            {
                "type": "row",
                "learner_id": row["id"],
                "row": row["row_number"],
                "email": row["email"],
                "recipient": row["recipient_key"],
                "status": status,
                "code": code,
                "params": params,
                "message": message,
                "http_status": http_status,
                "award_id": award_id,
            }
        )

    # -- the run ---------------------------------------------------------------------------

    def run(self) -> Result:
        run = self.journal.run(self.run_id)
        if run is None:
            raise ValueError(f"no run {self.run_id}")
        lock = locks.RunLock(locks.run_lock_path(self.journal.path, self.run_id))
        if not lock.acquire():
            raise InputError(
                "run_busy",
                f"Run {self.run_id} is already being issued by another BadgeDesk window or process "
                f"(process {lock.holder() or '?'}). Let it finish, or close it, then resume.",
                run_id=self.run_id,
            )
        self._run = run
        self._resuming = self._resuming or run["state"] != "ready"
        self.cancel_event.clear()
        self.platform.before_send = self._ready
        try:
            self.journal.close_dangling(self.run_id)
            self.journal.set_rows_status(self.run_id, ("cancelled",), "pending", None)
            self.journal.set_state(self.run_id, "running")
            self._emit_state("running")
            try:
                self._badge = self._precheck()
            except Cancelled:
                self._badge = None
            if self._badge is not None and not self._stop.is_set():
                work = [r for r in self.journal.rows(self.run_id) if r["status"] in ("pending", "unknown")]
                self._emit({"type": "started", "total": len(work), "badge": self._badge.name})
                self._work(work)
            return self._finish()
        finally:
            self.platform.before_send = None
            lock.release()

    def _precheck(self) -> Badge | None:
        badge_id = self._run["badge_id"]
        tries = 0
        while not self.cancel_event.is_set():
            try:
                badge = check_badge(self.platform, badge_id)
            except PlatformError as err:
                if err.kind == base.NOT_SENT:
                    self._network_wait()
                    continue
                if err.kind in (base.AMBIGUOUS, base.UNAVAILABLE, base.RATE_LIMITED) and tries < 4:
                    tries += 1
                    self._sleep(
                        err.retry_after
                        or backoff(tries, self.settings.backoff_base, self.settings.backoff_cap)
                    )
                    continue
                self._halt(err.code, err.message, auth=err.kind == base.AUTH)
                return None
            self._network_ok()
            return badge
        return None

    def _work(self, rows: list[dict[str, Any]]) -> None:
        todo: queue.Queue[dict[str, Any]] = queue.Queue()
        for row in rows:
            todo.put(row)
        threads = [
            threading.Thread(target=self._worker, args=(todo,), name=f"issuer-{i}", daemon=True)
            for i in range(max(1, min(self.settings.workers, len(rows))))
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    def _worker(self, todo: queue.Queue[dict[str, Any]]) -> None:
        while not (self._stop.is_set() or self.cancel_event.is_set()):
            try:
                row = todo.get_nowait()
            except queue.Empty:
                return
            try:
                self._process(row)
            except Cancelled:
                return
            finally:
                self._gate.release()

    def _finish(self) -> Result:
        if self.cancel_event.is_set() and not self._stop.is_set():
            state = CANCELLED if self._mark_cancelled else INTERRUPTED
            if self._mark_cancelled:
                self._cancel_untouched()
            self.journal.set_state(self.run_id, state)
        elif self._stop.is_set():
            state = STOPPED
            self.journal.set_state(self.run_id, state, self._stop_code, self._stop_message)
        else:
            state = COMPLETED
            self.journal.set_state(self.run_id, state)
        counts = self.journal.status_counts(self.run_id)
        result = Result(
            self.run_id,
            state,
            self._stop_code,
            self._stop_message,
            counts,
            exit_code_for(state, self._stop_code, counts, self._stop_auth),
        )
        self._emit(
            {
                "type": "finished",
                "state": state,
                "counts": counts,
                "stop_code": self._stop_code,
                "stop_message": self._stop_message,
                "exit_code": result.exit_code,
            }
        )
        return result

    def _cancel_untouched(self) -> None:
        """Rows never sent become cancelled in one transaction (rows in doubt stay pending: a resume
        looks them up first)."""
        self.journal.cancel_unsent(self.run_id, "cancelled", "Cancelled before sending.")

    def _halt(self, code: str, message: str, auth: bool = False) -> None:
        with self._lock:
            if self._stop.is_set():
                return
            self._stop_code, self._stop_message, self._stop_auth = code, message, auth
            self._stop.set()
        self._emit_state("stopped", code=code, message=message)

    def _sleep(self, seconds: float) -> None:
        if self.cancel_event.wait(seconds):
            raise Cancelled()

    # -- one learner -----------------------------------------------------------------------

    def _ready(self) -> bool:
        """Wait while paused or while another worker probes the network. False: stop now.

        Also called by the client after it has taken a rate-limit slot, just before sending, so
        that pause and stop catch requests that were already waiting for a slot.
        """
        while True:
            if self._stop.is_set() or self.cancel_event.is_set():
                return False
            if not self._running.is_set():
                self._running.wait(0.25)
                continue
            if not self._gate.is_up() and not self._gate.down()[0]:
                self._gate.wait(0.25)
                continue
            return True

    def _process(self, row: dict[str, Any]) -> None:
        run, badge = self._run, self._badge
        assert badge is not None
        if badge.min_score is not None and row["score"] is not None and row["score"] < badge.min_score:
            self._set_row(
                row,
                "needs_review",
                "score_below_minimum",
                f"Score {row['score']} is below the badge's minimum of {badge.min_score}; not sent.",
                {"score": row["score"], "min_score": badge.min_score},
            )
            return
        request = issue_request(run, row)
        in_doubt = bool(row["in_doubt"]) or row["status"] == "unknown"
        known: set[str] = set()  # awards that existed before this row's first send (forced re-issues)
        # A resumed run asks the platform before sending each row: if the journal lost writes (a disk
        # that lied about a flush, a restored backup), rows sent after its last good commit show no
        # attempt, and only the platform knows they were issued.
        check = self.settings.check_platform or self._resuming
        if not in_doubt and (self._forced(row) or check):
            outcome, awards = self._lookup(row, "precheck", known)
            if outcome != "absent":
                return
            known = {a.id for a in awards}
        need_lookup, confirm = in_doubt, False
        sends = rate_limited = 0
        while True:
            if need_lookup:
                outcome, _ = self._lookup(row, "confirm" if confirm else "doubt", known)
                if outcome != "absent":
                    return
                need_lookup = False
            if sends >= self.settings.max_sends:
                self._set_row(
                    row,
                    "failed",
                    "gave_up",
                    f"Gave up after {sends} attempts; the platform kept failing. Retry the row later.",
                    {"attempts": sends},
                )
                return
            if not self._ready():
                return
            attempt = self._begin(row)
            if attempt is None:
                return
            answer = self._send(row, request, attempt)
            if answer is None:
                return
            kind = answer.kind
            if kind in (base.NOT_SENT, base.RATE_LIMITED, base.UNAVAILABLE, base.AMBIGUOUS):
                self.journal.finish_attempt(
                    attempt, kind, answer.http_status, answer.code, answer.detail or answer.message
                )
            if kind == base.NOT_SENT:
                self._network_wait()
                continue
            self._network_ok()
            if kind == base.RATE_LIMITED:
                rate_limited += 1
                wait = answer.retry_after or backoff(rate_limited, 1.0, 30.0)
                self._pause_limiter(wait)
                self._emit_state("rate_limited", seconds=wait)
                if rate_limited > self.settings.max_rate_limited:
                    self._set_row(
                        row, "failed", "rate_limited", "Still rate limited after many waits.", http_status=429
                    )
                    return
                continue
            sends += 1
            if kind == base.UNAVAILABLE:
                self._sleep(
                    answer.retry_after
                    or backoff(sends, self.settings.backoff_base, self.settings.backoff_cap)
                )
                continue
            if kind == base.AMBIGUOUS:
                need_lookup, confirm = True, True
                continue
            self._settle(row, answer, attempt)
            return

    def _pause_limiter(self, seconds: float) -> None:
        self.platform.limiter.pause_for(seconds)

    def _forced(self, row: dict[str, Any]) -> bool:
        """Send even to a learner who holds the badge: a forced re-issue, or a run that replaces existing
        awards (the platform replaces the one held). Awards that exist before the send are noted, so a
        look-up after an unclear answer does not mistake the old award for the new one."""
        return bool(row["force"] or (self._run.get("options") or {}).get("replace_existing"))

    def _begin(self, row: dict[str, Any]) -> int | None:
        """Commit the attempt before sending, unless another run holds this learner.

        Another run's row for the same recipient, badge and environment blocks the send: issued
        means ``already_issued``; in flight in a live process means wait; in doubt (a crashed or
        unresolved run) means look it up on the platform first.
        """
        guard = not (self._forced(row) or self._run["sandbox"])
        ignore: set[int] = set()
        while True:
            attempt, conflict = self.journal.begin_issue(self.run_id, row["id"], guard, ignore)
            if conflict is None:
                return attempt
            if conflict["status"] == "issued":
                self._set_row(
                    row,
                    "already_issued",
                    "already_issued",
                    f"Already issued to this learner in run {conflict['run_id']}; not sent again.",
                    {"run_id": conflict["run_id"]},
                    award_id=conflict["award_id"],
                )
                return None
            if conflict["in_flight"] and locks.is_live(self.journal.path, conflict["run_id"]):
                self._sleep(self.settings.busy_wait)
                if not self._ready():
                    return None
                continue
            outcome, _ = self._lookup(row, "elsewhere", set(), other_run=conflict["run_id"])
            if outcome != "absent":
                return None
            ignore.add(conflict["learner_id"])

    def _send(self, row: dict[str, Any], request: IssueRequest, attempt: int) -> Answer | None:
        try:
            return self.platform.issue(request)
        except Cancelled:
            self.journal.finish_attempt(
                attempt, "not_sent", None, "held", "Held before sending (pause or stop)"
            )
            return None
        except Exception as exc:  # a bug or an unexpected library error: the request may have gone out
            self._set_row(
                row,
                "unknown",
                "client_error",
                f"Unexpected error while sending ({type(exc).__name__}); check before re-issuing.",
                {"error": type(exc).__name__},
                finish=AttemptResult(attempt, "ambiguous", None, "client_error", repr(exc)[:300]),
            )
            return None

    def _settle(self, row: dict[str, Any], answer: Answer, attempt: int) -> None:
        """Record a final answer and the attempt that brought it, in one transaction."""
        kind = answer.kind
        params: dict[str, Any] = {"http_status": answer.http_status, "detail": answer.detail}
        if answer.award is not None and answer.award.replaces_id:
            params["replaces_award_id"] = answer.award.replaces_id  # the award this one replaced
        award_id = answer.award.id if answer.award else None
        award_url = answer.award.url if answer.award else None
        finish = AttemptResult(
            attempt, kind, answer.http_status, answer.code, answer.detail or answer.message, award_id
        )
        if kind == base.ISSUED and answer.award is None:
            award_id, award_url = self._find_issued(row)
            finish = AttemptResult(
                attempt, kind, answer.http_status, answer.code, answer.detail or answer.message, award_id
            )
            params["award_found"] = award_id is not None
        if kind == base.ISSUED:
            status = "issued"
        elif kind == base.ALREADY_HELD:
            status = "already_issued"
        elif kind == base.NEEDS_REVIEW:
            status = "needs_review"
        elif kind == base.AUTH or answer.scope in (base.SCOPE_BADGE, base.SCOPE_RUN):
            status = "pending"  # not this learner's fault: resume once the token, plan or badge is fixed
        else:
            status = "failed"
        self._set_row(
            row,
            status,
            answer.code,
            answer.message,
            params,
            http_status=answer.http_status,
            award_id=award_id,
            award_url=award_url,
            finish=finish,
        )
        if kind == base.AUTH or answer.scope in (base.SCOPE_BADGE, base.SCOPE_RUN):
            self._halt(answer.code, answer.message, auth=kind == base.AUTH)

    def _network_wait(self) -> None:
        """Called after a failed connect: probe with backoff, or wait for the prober."""
        probing, went_down = self._gate.down()
        if went_down:
            self._emit_state(
                "waiting_for_network", message="Waiting for the network; the run carries on by itself."
            )
        if probing:
            self._probes += 1
            self._sleep(backoff(min(self._probes, 6), 0.25, self.settings.probe_cap))
        else:
            while not self._gate.wait(0.25):
                if self.cancel_event.is_set() or self._stop.is_set():
                    return
                if self._gate.down()[0]:  # the prober left: take over
                    return

    def _network_ok(self) -> None:
        if self._gate.up():
            self._probes = 0
            self._emit_state("running")
