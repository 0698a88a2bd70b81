"""What the Issue page says while a run is prepared and issued: its progress, its state and the
latest outcomes, the run's confirmation, and the question for a new token when the platform refuses
the one it has (the run waits, nothing is lost).

:class:`IssueDisplay` is a mixin of :class:`~badgedesk.gui.issue_page.IssuePage`: it uses the
page's ``state``, widgets (``progress``, ``progress_label``, ``state_label``, ``log``,
``test_address``) and its ``_rehearse_to_me``, ``_fail`` and ``resume_run``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from badgedesk.core.connections import EXPIRES_READ
from badgedesk.core.messages import InputError
from badgedesk.gui import colours, localized, outcomes
from badgedesk.gui.connection_fields import platform_text
from badgedesk.gui.vocabulary import connection_words
from badgedesk.gui.worker import as_journal_rows

STATE_TEXT = {
    "running": QT_TRANSLATE_NOOP("IssueDisplay", "Issuing…"),
    "paused": QT_TRANSLATE_NOOP(
        "IssueDisplay", "Paused. Requests already sent finish; nothing new is sent until you resume."
    ),
    "waiting_for_network": QT_TRANSLATE_NOOP(
        "IssueDisplay", "Waiting for the network. The run carries on by itself when it returns."
    ),
    "rate_limited": QT_TRANSLATE_NOOP(
        "IssueDisplay", "The platform asked us to slow down; waiting as it said."
    ),
    "stopped": QT_TRANSLATE_NOOP("IssueDisplay", "Stopped."),
}


class IssueDisplay:
    """The run's progress, state and outcomes as the page shows them; its confirmation; a new token."""

    def _show_progress(self, done: int, total: int, rate: float, eta: float) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        text = self.tr("{done} of {total}").format(done=localized.number(done), total=localized.number(total))
        if rate > 0:
            text += self.tr(" · {rate} per second").format(rate=localized.decimal(rate))
        if eta >= 0:
            minutes, seconds = divmod(int(eta + 0.5), 60)
            text += (
                self.tr(" · about {m} min {s} s left").format(m=minutes, s=seconds)
                if minutes
                else self.tr(" · about {s} s left").format(s=seconds)
            )
        self.progress_label.setText(text)

    def _show_state(self, state: str, message: str) -> None:
        text = self.tr(STATE_TEXT[state]) if state in STATE_TEXT else state
        if message and state not in ("running", "waiting_for_network"):
            text += " " + message
        self.state_label.setText(text)
        colour = {"waiting_for_network": "warning", "paused": "paused", "stopped": "error"}.get(state)
        colours.style(self.state_label, f"color:{{{colour}}};font-weight:bold;" if colour else "")

    def _show_rows(self, batch: list[dict[str, Any]]) -> None:
        for event in batch[-300:]:  # the log keeps the latest 300
            text = "{sym} row {row} {email}: {what}".format(
                sym=outcomes.status_symbol(event["status"]),
                row=event["row"],
                email=event.get("email") or event.get("recipient") or "",
                what=outcomes.explain(event.get("code"), event.get("params"), event.get("message")),
            )
            self.log.insertItem(0, text)
        while self.log.count() > 300:
            self.log.takeItem(self.log.count() - 1)
        self.state.rowsUpdated.emit(as_journal_rows(batch))

    def _confirm(self, badge, sandbox: bool, count: int) -> bool:
        env = connection_words(self.state)
        if self._rehearse_to_me(sandbox):
            text = self.tr(
                "Rehearse on the sandbox badge '{badge}' ({env}): {n} awards, all to aliases of {addr}. "
                "No learner is emailed."
            ).format(badge=badge.name, env=env, n=count, addr=self.test_address.text().strip())
        elif sandbox:
            text = self.tr(
                "Pilot: issue the sandbox badge '{badge}' ({env}) to {n} real learners. Each of them receives an "
                "email from the platform."
            ).format(badge=badge.name, env=env, n=count)
        else:
            text = self.tr(
                "Issue '{badge}' (ID {id}) on {env} to {n} learners? Each receives an email from the platform "
                "with a claim link. This cannot be undone except by revoking."
            ).format(badge=badge.name, id=badge.id, env=env, n=count)
        answer = QMessageBox.question(self, self.tr("Confirm the run"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _ask_new_token(self, run_id: int, code: str = "token_rejected", why: str = "") -> None:
        """The token stopped the run (a 401, or a 403: it may not do this): nothing is lost; ask for
        another token and carry on."""
        conn, spec = self.state.connection, self.state.spec
        label = platform_text(spec.token_field.label) if spec is not None else self.tr("token")
        name = conn.name if conn else "?"
        if code == "token_rejected" or not why:
            title = self.tr("The token was refused")
            text = self.tr(
                "The platform refused the token for '{name}' (invalid, expired or revoked). The run is paused "
                "and nothing is lost. Paste a new {token} to carry on:"
            ).format(name=name, token=label)
        else:
            title = self.tr("The token may not do this")
            text = self.tr(
                "{why}\n\nThe run is paused and nothing is lost. Paste a {token} that may do this for '{name}' "
                "(e.g. one with another role) to carry on:"
            ).format(why=why, name=name, token=label)
        token, ok = QInputDialog.getText(self, title, text, QLineEdit.EchoMode.Password)
        if not ok or not token.strip() or conn is None:
            self.state_label.setText(
                self.tr("Run {id} is paused until a valid token is entered (Resume).").format(id=run_id)
            )
            return
        # The expiry read from the platform was the old token's.
        fields = {k: v for k, v in conn.fields.items() if k != EXPIRES_READ}
        try:
            saved = self.state.connections.update(
                replace(conn, fields=fields),
                token.strip(),
                self.state.secrets,
                session_only=self.state.secrets.where(conn.id) == "session",
            )
        except InputError as err:
            self._fail(err.message)
            return
        self.state.update_connection(saved)
        self.resume_run(run_id)
