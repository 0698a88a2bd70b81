"""Step 4: check what will happen, rehearse on the sandbox badge, then issue on a QThread.

The page confirms the run and hands it to one :class:`~badgedesk.gui.worker.IssueWorker` on a
QThread, which builds it from (a copy of) the cohort draft and records it in the journal (through
:func:`badgedesk.core.runs.create_run`, as the CLI does) before issuing: nothing that grows with
the learners runs on the window thread (:mod:`badgedesk.gui.issue_prep`; the page shows
"Preparing N learners…" meanwhile). Progress, state ("waiting for network", "rate limited",
"paused") and row outcomes come back as plain data.

What is offered follows the connection's platform: rehearsing to the trainer's own address only
where learners are keyed on their email, the run's options by capability
(:mod:`badgedesk.gui.issue_options`), and a warning when the token expires soon; a token known
to have expired starts nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from badgedesk.core.engine import Settings
from badgedesk.core.messages import InputError
from badgedesk.gui import colours, expiry, issue_prep, localized, outcomes
from badgedesk.gui.a11y import live_label
from badgedesk.gui.issue_display import IssueDisplay
from badgedesk.gui.issue_facts import IssueFacts
from badgedesk.gui.issue_options import RunOptionsBox
from badgedesk.gui.vocabulary import connection_words
from badgedesk.gui.worker import IssueWorker, start_worker

RESUMABLE = ("stopped", "interrupted", "cancelled", "running", "ready")


class IssuePage(IssueDisplay, QWidget):
    runFinished = Signal(dict)  # the engine's result, after the page has dealt with it

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.worker: IssueWorker | None = None
        self.thread: QThread | None = None
        self._last_sandbox_run: int | None = None
        self._request: issue_prep.RunRequest | None = None  # the new run the worker is making
        self.facts = IssueFacts(state, self.refresh)  # the cohort's counts, whether a run can resume
        self._own_runs_change = False
        self._build()
        state.runsChanged.connect(self._runs_changed)
        for signal in (
            state.connectionChanged,
            state.connectionUpdated,
            state.badgeChanged,
            state.sandboxChanged,
            state.cohortChanged,
            state.runChanged,
            state.busyChanged,
        ):
            signal.connect(self.refresh)
        self.refresh()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("issueSummary")
        self.summary.setWordWrap(True)
        live_label(self.summary, self.tr("What will be issued"))
        layout.addWidget(self.summary)
        self.expiry_label = QLabel()
        self.expiry_label.setObjectName("issueExpiry")
        self.expiry_label.setWordWrap(True)
        live_label(self.expiry_label, self.tr("Token expiry warning"))
        self.expiry_label.hide()
        layout.addWidget(self.expiry_label)

        sandbox = QGroupBox(self.tr("Rehearsal"))
        form = QVBoxLayout(sandbox)
        self.sandbox_box = QCheckBox(self.tr("&Rehearse on the provider's sandbox badge first"))
        self.sandbox_box.setAccessibleName(self.tr("Rehearse on the sandbox badge"))
        self.sandbox_box.toggled.connect(self._sandbox_toggled)
        form.addWidget(self.sandbox_box)
        self.sandbox_label = QLabel()
        self.sandbox_label.setWordWrap(True)
        form.addWidget(self.sandbox_label)
        self.to_me = QRadioButton(self.tr("Send every award to &my test address (no learner is emailed):"))
        self.to_learners = QRadioButton(
            self.tr("Send the sandbox badge to the real &learners (a pilot: they get emails)")
        )
        self.to_me.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.to_me)
        group.addButton(self.to_learners)
        self.test_address = QLineEdit(self.state.settings.test_address())
        self.test_address.setPlaceholderText(self.tr("you@yourdomain.org"))
        self.test_address.setAccessibleName(self.tr("Test address"))
        row = QHBoxLayout()
        form.addLayout(row)
        row.addWidget(self.to_me)
        row.addWidget(self.test_address, 1)
        form.addWidget(self.to_learners)
        layout.addWidget(sandbox)

        self.options = RunOptionsBox()
        self.check_platform = self.options.check_platform
        self.replace_box = self.options.replace_box
        layout.addWidget(self.options)

        buttons = QHBoxLayout()
        layout.addLayout(buttons)
        self.start_button = QPushButton(self.tr("&Start issuing"))
        self.start_button.setShortcut(QKeySequence("F5"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.pause_button = QPushButton(self.tr("&Pause"))
        self.pause_button.setShortcut(QKeySequence("Ctrl+P"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.cancel_button = QPushButton(self.tr("&Cancel run"))
        self.cancel_button.clicked.connect(self.cancel)
        self.resume_button = QPushButton(self.tr("Res&ume run"))
        self.resume_button.clicked.connect(lambda: self.resume_run(self.state.run_id))
        self.promote_button = QPushButton(self.tr("Promote to a &live run"))
        self.promote_button.clicked.connect(self.promote)
        for b in (
            self.start_button,
            self.pause_button,
            self.cancel_button,
            self.resume_button,
            self.promote_button,
        ):
            b.setAccessibleName(b.text().replace("&", ""))
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setFormat(self.tr("%v of %m"))
        layout.addWidget(self.progress)
        self.progress_label = QLabel()
        live_label(self.progress_label, self.tr("Progress details"))
        layout.addWidget(self.progress_label)
        self.state_label = QLabel()
        self.state_label.setObjectName("runState")
        self.state_label.setWordWrap(True)
        live_label(self.state_label, self.tr("Run state"))
        layout.addWidget(self.state_label)
        self.log = QListWidget()
        self.log.setAccessibleName(self.tr("Latest outcomes"))
        layout.addWidget(self.log, 1)

    # -- what the page shows ---------------------------------------------------------------

    def _sandbox_toggled(self, on: bool) -> None:
        self.state.set_sandbox(on)

    def refresh(self) -> None:
        s = self.state
        running = self.worker is not None
        lines = []
        spec = s.spec
        self.options.set_spec(spec)
        lines.append(self.tr("Connection: {where}").format(where=connection_words(s) or "—"))
        lines.append(
            self.tr("Badge: {badge}").format(badge=f"{s.badge.name} ({s.badge.id})" if s.badge else "—")
        )
        draft = s.cohort_draft
        facts = self.facts.cohort(draft)
        if draft is None:
            cohort = "—"
        elif facts is None:
            cohort = self.tr("counting {n} learners…").format(n=localized.number(len(draft.cohort.learners)))
        else:
            cohort = facts.summary
        lines.append(self.tr("Cohort: {summary}").format(summary=cohort))
        self.summary.setText("\n".join(lines))
        sandbox_badge = s.sandbox_badge
        self.sandbox_label.setText(
            self.tr("Sandbox badge: {name}").format(name=f"{sandbox_badge.name} ({sandbox_badge.id})")
            if sandbox_badge
            else self.tr("No sandbox badge marked for this provider: mark one in step 2 (Badge).")
        )
        if self.sandbox_box.isChecked() != s.sandbox:
            self.sandbox_box.setChecked(s.sandbox)
        sandboxes = spec is None or spec.capabilities.sandbox_badge
        to_me = spec is None or spec.can_rehearse_to_test_address
        if not to_me and self.to_me.isChecked():
            self.to_learners.setChecked(True)
        self.to_me.setToolTip(
            ""
            if to_me
            else self.tr(
                "{platform} knows learners by their {key}, not an email address: a rehearsal goes to them."
            ).format(platform=spec.label if spec else "", key=spec.identity.label if spec else "")
        )
        self.sandbox_box.setEnabled(not running and sandboxes)
        for w in (self.to_me, self.test_address):
            w.setEnabled(not running and to_me)
        self.to_learners.setEnabled(not running)
        self.options.set_running(running)
        self._show_expiry()
        self.start_button.setEnabled(not running and (draft is None or facts is not None))
        self.pause_button.setEnabled(running)
        self.cancel_button.setEnabled(running)
        run = s.journal.run(s.run_id) if s.run_id else None
        pending = not running and run is not None and self.facts.unsettled(run)
        self.resume_button.setVisible(
            not running and run is not None and pending and run["state"] in RESUMABLE
        )
        self.promote_button.setVisible(
            not running and run is not None and run["sandbox"] and run["state"] == "completed"
        )

    @property
    def working(self) -> bool:
        """Counting the cohort, or asking the journal about the run, off the window thread."""
        return self.facts.working

    def _runs_changed(self) -> None:
        """A run changed elsewhere (e.g. the Results page): ask again whether it has rows to resume."""
        if not self._own_runs_change:
            self.facts.forget_runs()
            self.refresh()

    # -- starting a run --------------------------------------------------------------------

    def _fail(self, message: str) -> None:
        self.state_label.setText(message)
        colours.style(self.state_label, "color:{error};")
        self.state.message.emit(message)

    def _show_expiry(self) -> None:
        text = expiry.warning(self.state.connection)
        state = expiry.of(self.state.connection).state
        self.expiry_label.setText(f"⚠ {text}" if text else "")
        colours.style(self.expiry_label, expiry.STYLES.get(state, ""))
        self.expiry_label.setVisible(bool(text))

    def _rehearse_to_me(self, sandbox: bool) -> bool:
        spec = self.state.spec
        return sandbox and self.to_me.isChecked() and (spec is None or spec.can_rehearse_to_test_address)

    def start(self) -> None:
        s = self.state
        if self.worker is not None:
            return
        try:
            if s.connection is None:
                raise InputError("no_connection", self.tr("Choose a connection first (step 1)."))
            if s.badge is None:
                raise InputError("no_badge", self.tr("Choose the badge to issue first (step 2)."))
            if s.cohort_draft is None:
                raise InputError("no_cohort", self.tr("Open the learner list first (step 3)."))
            refusal = expiry.refusal(self.state.connection)
            if refusal:
                raise InputError("token_expired", refusal)
            facts = self.facts.cohort(s.cohort_draft)
            if facts is None:
                return  # still counted (Start is disabled meanwhile)
            sandbox = self.sandbox_box.isChecked() and (s.spec is None or s.spec.capabilities.sandbox_badge)
            badge = s.badge
            if sandbox:
                if s.sandbox_badge is None:
                    raise InputError(
                        "no_sandbox_badge", self.tr("Mark the provider's sandbox badge in step 2 first.")
                    )
                badge = s.sandbox_badge
            to_me = self.test_address.text().strip() if self._rehearse_to_me(sandbox) else ""
            request = issue_prep.request_for(s, badge, sandbox, self.options.run_options(), to_me)
            if to_me:
                s.settings.set_test_address(to_me)
        except InputError as err:
            self._fail(err.message)
            return
        to_send = facts.sendable  # the learners a run makes pending: valid and consented
        if to_send == 0:
            self._fail(self.tr("Nothing to send: no learner is both valid and consenting."))
            return
        if not self._confirm(badge, sandbox, to_send):
            return
        if self.options.replacing() and not self.options.confirm_replace(self, badge):
            self.state_label.setText(
                self.tr("Not started: existing badges are not to be replaced. Nothing was sent.")
            )
            return
        self._launch(None, request=request, learners=facts.learners)

    # -- running ---------------------------------------------------------------------------

    def _launch(
        self,
        run_id: int | None,
        resume: bool = False,
        request: issue_prep.RunRequest | None = None,
        learners: int = 0,
    ) -> None:
        """Issue run ``run_id``, or the new run the worker makes from ``request`` first (the page
        says "Preparing N learners…" meanwhile; Cancel run stops it before the run is made)."""
        s = self.state
        if request is None:
            s.set_run(run_id)
        self.log.clear()
        self.progress.setValue(0)
        self.worker = IssueWorker(
            s.client,
            str(s.journal.path),
            run_id,
            Settings(check_platform=self.check_platform.isChecked()),
            resume=resume,
            prepare=request.create if request is not None else None,
        )
        self.worker.rowsChanged.connect(self._show_rows)
        self.worker.stateChanged.connect(self._show_state)
        self.worker.progress.connect(self._show_progress)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self._request = request
        self.worker.prepared.connect(self._prepared)  # a method of the page: it runs on the window thread
        self.worker.dropped.connect(self._dropped)
        self.thread = start_worker(self.worker)
        s.set_busy(True)
        if request is None:
            self._show_state("running", "")
        else:
            self.progress.setMaximum(0)  # busy until the worker says how many it sends
            self.state_label.setStyleSheet("")
            self.state_label.setText(self.tr("Preparing {n} learners…").format(n=localized.number(learners)))
        self.refresh()

    def _prepared(self, run_id: int) -> None:
        """The worker made the new run (journalled; it issues next)."""
        if self._request is not None and self._request.sandbox:
            self._last_sandbox_run = run_id
        self._own_runs_change = True
        try:
            self.state.runsChanged.emit()
        finally:
            self._own_runs_change = False
        self.state.set_run(run_id)
        self._show_state("running", "")

    def _dropped(self) -> None:
        """Cancelled before the run was made."""
        self._cleanup()
        self.state_label.setStyleSheet("")
        self.state_label.setText(self.tr("Cancelled before the run was made. Nothing was sent."))
        self.refresh()

    def resume_run(self, run_id: int | None) -> None:
        """Carry on with a run started before: the engine asks the platform about every unsettled row."""
        if run_id is None or self.worker is not None:
            return
        refusal = expiry.refusal(self.state.connection)
        if refusal:
            self._fail(refusal)
            return
        self._launch(run_id, resume=True)

    def toggle_pause(self) -> None:
        if self.worker is None:
            return
        if self.pause_button.text().replace("&", "") == self.tr("Pause"):
            self.worker.pause()
            self.pause_button.setText(self.tr("&Resume"))
        else:
            self.worker.resume()
            self.pause_button.setText(self.tr("&Pause"))

    def cancel(self) -> None:
        if self.worker is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Cancel the run?"),
            self.tr("Requests already sent finish; nothing new is sent. The rest can be resumed later."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.worker.cancel(mark_rows=True)

    def stop_for_close(self, timeout_ms: int = 60000) -> None:
        """The window is closing: stop after the requests in flight, leaving the run resumable."""
        if self.worker is None or self.thread is None:
            return
        self.worker.cancel(mark_rows=False)
        self.thread.wait(timeout_ms)

    def _cleanup(self) -> None:
        if self.thread is not None:
            self.thread.wait(5000)
            self.thread.deleteLater()
        if self.worker is not None:
            self.worker.deleteLater()
        self.worker = None
        self.thread = None
        self._request = None
        self.pause_button.setText(self.tr("&Pause"))
        if self.progress.maximum() == 0:
            self.progress.setMaximum(1)  # no longer busy preparing
        self.state.set_busy(False)

    def _failed(self, message: str) -> None:
        self._cleanup()
        self._fail(message)
        self.refresh()

    def _finished(self, result: dict) -> None:
        s = self.state
        self.facts.run_ended(s.journal.run(result["run_id"]), result["counts"])
        self._own_runs_change = True
        try:
            self._cleanup()
            s.runsChanged.emit()
        finally:
            self._own_runs_change = False
        s.set_run(result["run_id"])
        counts = result["counts"]
        summary = ", ".join(
            f"{n} {localized.in_sentence(outcomes.status_label(st))}" for st, n in sorted(counts.items())
        )
        self._show_state(result["state"], result.get("stop_message") or "")
        self.progress_label.setText(
            self.tr("Run {id} {state}: {summary}").format(
                id=result["run_id"], state=result["state"], summary=summary
            )
        )
        self.refresh()
        self.runFinished.emit(result)
        if result.get("stop_code") == "token_rejected" or result.get("exit_code") == 3:  # the token's fault
            self._ask_new_token(
                result["run_id"], result.get("stop_code") or "", result.get("stop_message") or ""
            )
            return
        if result["state"] == "completed":
            s.navigate.emit("results")

    # -- sandbox → live --------------------------------------------------------------------

    def promote(self) -> None:
        """After a sandbox run: the same cohort, live, on the real badge (chosen again if the environment differs)."""
        s = self.state
        run = s.journal.run(s.run_id) if s.run_id else None
        if run is None or not run["sandbox"]:
            return
        self.sandbox_box.setChecked(False)
        if run["environment"] != s.environment_key() or s.badge is None or s.badge.id != run["real_badge_id"]:
            s.set_badge(None)
            s.message.emit(
                self.tr(
                    "Badge IDs differ between environments: choose the live badge again, then start the live run."
                )
            )
            s.navigate.emit("library")
            return
        self.start()
