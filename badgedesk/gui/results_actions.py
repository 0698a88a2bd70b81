"""The Results page's tool bar and the actions it runs: retry failed rows, correct an email, refresh
claims, and the machinery every platform action shares (a client for the shown run's environment, a
task off the GUI thread with progress and Stop, and the notice that tells how it went).

A mixin of :class:`~badgedesk.gui.results_page.ResultsPage`: it uses the page's ``state``, ``run``,
``run_id``, ``model``, ``progress``, ``progress_row``, ``stop_button``, ``show_notice``,
``selected_row``, ``spec``, ``reload`` and ``_relay``; revoking and deleting are
:class:`~badgedesk.gui.results_awards.AwardChanges`', exporting is
:class:`~badgedesk.gui.results_export.ResultsExport`'s.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from badgedesk.core import actions
from badgedesk.core.engine import Engine
from badgedesk.core.messages import InputError
from badgedesk.gui import outcomes
from badgedesk.gui.a11y import name_overflow_button
from badgedesk.gui.correct_email_dialog import CorrectEmailDialog
from badgedesk.gui.results_awards import learner
from badgedesk.gui.results_model import detail
from badgedesk.gui.tasks import Task, TaskError, run_task
from badgedesk.platforms import registry


def _closing(client: Any, fn: Any, *args: Any) -> Any:
    """Run ``fn(*args)`` on a worker thread, then close the platform client it used."""
    try:
        return fn(*args)
    finally:
        client.close()


def _correct(journal: Any, client: Any, learner_id: int, email: str, reason: str, engine_for: Any) -> Any:
    """actions.correct_email with an engine factory bound to this task's client."""
    return actions.correct_email(journal, client, learner_id, email, reason, engine_for(client))


class ResultsActions:
    """The tool bar and its actions, for the Results page."""

    state: Any
    run: dict[str, Any] | None
    run_id: int | None
    model: Any
    _task: Task | None
    _task_name: str
    _client: Any
    _busy_run: tuple[int | None, float] | None

    def _build_toolbar(self) -> tuple[QAction, ...]:
        """The tool bar of result actions; returns the actions that change awards (also the grid's menu)."""
        self.toolbar = QToolBar(self.tr("Result actions"))
        self.toolbar.setAccessibleName(self.tr("Result actions"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.retry_action = self._action(self.tr("Re&try failed rows"), self.retry_failed, "Ctrl+R")
        self.revoke_action = self._action(self.tr("Re&voke award…"), self.revoke_selected, "Ctrl+Del")
        self.revoke_run_action = self._action(
            self.tr("Revoke &whole run…"), self.revoke_whole_run, "Ctrl+Shift+Del"
        )
        # Where the platform can only delete: no shortcut, so that nothing is deleted by a slip of the keys.
        self.delete_action = self._action(self.tr("&Delete permanently…"), self.delete_selected, None)
        self.delete_run_action = self._action(
            self.tr("Delete whole run &permanently…"), self.delete_whole_run, None
        )
        self.correct_action = self._action(self.tr("&Correct email…"), self.correct_email, "F2")
        self.claims_action = self._action(self.tr("Refresh c&laims"), self.refresh_claims, "F5")
        self.export_action = self._action(self.tr("E&xport…"), self.export, None)
        self.export_action.setToolTip(self.tr("Export the results to .xlsx or .csv (Ctrl+E)"))
        self.find_action = self._action(self.tr("Find"), self._focus_search, QKeySequence.StandardKey.Find)
        changes = (
            self.retry_action,
            self.revoke_action,
            self.revoke_run_action,
            self.delete_action,
            self.delete_run_action,
            self.correct_action,
        )
        for action in (*changes, self.claims_action, self.export_action):
            self.toolbar.addAction(action)
        name_overflow_button(self.toolbar)
        return changes

    def _action(self, text: str, slot: Any, shortcut: Any) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(
                self.tr("{action} ({key})").format(
                    action=text.replace("&", ""),
                    key=action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                )
            )
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _update_actions(self) -> None:
        spec = self.spec()
        caps = spec.capabilities if spec is not None else None
        revokes = caps is None or caps.revoke == registry.REVOKE
        deletes = caps is not None and caps.revoke == registry.DELETE
        corrects = spec is None or spec.can_correct_email
        claims = caps is None or caps.claim_tracking
        for action, offered in (
            (self.revoke_action, revokes),
            (self.revoke_run_action, revokes),
            (self.delete_action, deletes),
            (self.delete_run_action, deletes),
            (self.correct_action, corrects),
            (self.claims_action, claims),
        ):
            action.setVisible(offered)
        has_run = self.run is not None
        busy_here = self.state.busy and self._busy_run is not None and self._busy_run[0] == self.run_id
        idle = has_run and self._task is None and not busy_here and not self.loading
        counts = self.model.counts()
        row = self.selected_row()
        self.retry_action.setEnabled(idle and (counts.get("failed", 0) + counts.get("needs_review", 0)) > 0)
        self.revoke_action.setEnabled(revokes and idle and row is not None and row.get("status") == "issued")
        self.revoke_run_action.setEnabled(revokes and idle and counts.get("issued", 0) > 0)
        self.delete_action.setEnabled(deletes and idle and row is not None and row.get("status") == "issued")
        self.delete_run_action.setEnabled(deletes and idle and counts.get("issued", 0) > 0)
        self.correct_action.setEnabled(
            corrects
            and idle
            and row is not None
            and row.get("status") in actions.CORRECTABLE
            and bool(row.get("consent"))
        )
        self.claims_action.setEnabled(claims and idle and counts.get("issued", 0) > 0)
        self.export_action.setEnabled(has_run and self._task is None)

    def _platform_client(self) -> Any:
        """A client for the shown run's environment, or None (with a notice) when that is not connected."""
        run = self.run
        if run is None:
            return None
        connection = self.state.connection
        if (
            connection is None
            or connection.platform != run.get("platform")
            or self.state.environment_key() != run["environment"]
        ):
            self.show_notice(
                self.tr(
                    "Run {id} was issued on {env}. Connect to that platform (step 1, Connect) to change its awards."
                ).format(id=run["id"], env=run["environment"]),
                error=True,
            )
            return None
        try:
            return self.state.client()
        except InputError as err:
            self.show_notice(err.message, error=True)
            return None

    def _start(self, name: str, fn: Any, *args: Any, client: Any = None, total: int = 0) -> None:
        self._task_name = name
        self._client = client
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(0)
        self.stop_button.setEnabled(client is not None)
        self.progress_row.show()
        self._task = run_task(fn, *args, on_done=self._task_done, on_error=self._task_failed)
        self._update_actions()

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def stop(self) -> None:
        """Stop the running revoke / claims action after the request in flight."""
        cancel = getattr(self._client, "cancel", None)
        if cancel is not None:
            cancel.set()
            self.stop_button.setEnabled(False)

    def _end_task(self) -> str:
        name = self._task_name
        self._task = None
        self._client = None
        self._task_name = ""
        self.progress_row.hide()
        self.reload()
        return name

    def _task_failed(self, error: TaskError) -> None:
        name = self._end_task()
        if name == "export" and self._export_retry(error):
            return
        self.show_notice(error.message, error=True)
        self.actionFinished.emit(name, error)

    def _task_done(self, result: Any) -> None:
        name = self._end_task()
        text = self._done_text(name, result)
        if text:
            self.show_notice(text)
        self.actionFinished.emit(name, result)

    def _done_text(self, name: str, result: Any) -> str:
        if name == "revoke":
            return self.tr("Revoked the award of {email}.").format(email=learner(result))
        if name == "delete":
            return self.tr("Deleted the award of {email} permanently.").format(email=learner(result))
        if name in ("revoke_run", "delete_run"):
            if name == "delete_run":
                text = self.tr("Deleted {revoked} of {total} awards permanently.").format(**result)
            else:
                text = self.tr("Revoked {revoked} of {total} awards.").format(**result)
            if result["failed"]:
                text += " " + self.tr(
                    "{failed} could not be changed: they are still issued; the Detail of each attempt is in the "
                    "journal. Try again later."
                ).format(**result)
            if result["not_done"]:
                text += " " + self.tr("{not_done} were not tried (stopped).").format(**result)
            return text
        if name == "correct":
            if result["status"] == "issued":
                return self.tr("Corrected: the badge was issued to {email} (award {award}).").format(
                    email=result["new_email"], award=result["new_award_id"]
                )
            return self.tr("The email is corrected to {email}, but the new award is {status}: {why}").format(
                email=result["new_email"],
                status=outcomes.status_label(result["status"]).lower(),
                why=result.get("stop_message") or detail(result["row"]),
            )
        if name == "claims":
            return self._claims_text(result)
        if name == "export":
            return self.export_done_text(result)
        return ""

    def _claims_text(self, counts: dict[str, int]) -> str:
        text = self.tr(
            "Claims checked: {claimed} claimed, {pending} not claimed yet, {bounced} bounced (email failed), "
            "{complained} complained, {revoked} revoked."
        ).format(
            claimed=counts.get("Claimed", 0),
            pending=counts.get("Pending", 0),
            bounced=counts.get("Failed", 0),
            complained=counts.get("Complained", 0),
            revoked=counts.get("Revoked", 0),
        )
        if counts.get("error"):
            text += " " + self.tr("{n} could not be read.").format(n=counts["error"])
        if counts.get("stopped"):
            text += " " + self.tr("Stopped before the end.")
        if counts.get("Failed"):
            text += " " + self.tr("Choose “Bounced” under Show to see who.")
        return text

    def retry_failed(self) -> int:
        """Set failed and needs-review rows back to pending, then hand the run to the Issue page."""
        if self.run_id is None:
            return 0
        run_id = self.run_id
        count = actions.retry_rows(self.state.journal, run_id)
        self.reload()
        if not count:
            self.show_notice(self.tr("No failed rows to retry."))
            return 0
        self.show_notice(
            self.tr("{n} learner(s) will be sent again: choose Resume on the Issue page.").format(n=count)
        )
        self.state.set_run(run_id)
        self.resume_requested.emit(run_id)
        self.state.navigate.emit("issue")
        return count

    def _start_on_platform(
        self, name: str, fn: Any, *args: Any, total: int = 0, stoppable: bool = True
    ) -> None:
        """Run ``fn(journal, client, *args)`` off the GUI thread with a client for the shown run."""
        client = self._platform_client()
        if client is None:
            return
        self._start(
            name,
            _closing,
            client,
            fn,
            self.state.journal,
            client,
            *args,
            client=client if stoppable else None,
            total=total,
        )

    def correct_email(self) -> None:
        if not self.correct_action.isVisible():
            return  # the run's platform does not key learners on their email
        row = self.selected_row()
        if row is None or row.get("status") not in actions.CORRECTABLE:
            self.show_notice(self.tr("Select a learner whose email can be corrected first."), error=True)
            return
        answer = CorrectEmailDialog.ask(self, row)
        if answer is None:
            return
        email, reason = answer
        journal, settings, relay = self.state.journal, self.engine_settings, self._relay

        def engine_for(client: Any) -> Any:
            return lambda run_id: Engine(
                client, journal, run_id, settings=settings, on_event=relay.engine_sink
            )

        # Not stoppable from here: the engine's own rules apply, and no correction is left half done.
        self._start_on_platform("correct", _correct, row["id"], email, reason, engine_for, stoppable=False)

    def refresh_claims(self) -> None:
        if self.run_id is not None and self.claims_action.isVisible():
            self._start_on_platform(
                "claims",
                actions.refresh_claims,
                self.run_id,
                self._relay.event_sink,
                total=self.model.counts().get("issued", 0),
            )
