"""The Results page's changes to issued awards: revoke one or the whole run, or, where the run's
platform cannot revoke (its registry capability ``revoke`` is DELETE), delete them permanently after
the strong confirmation of :class:`~badgedesk.gui.delete_dialog.DeleteDialog`.

A mixin of :class:`~badgedesk.gui.results_page.ResultsPage`: it uses the page's ``run``, ``run_id``,
``model``, actions, ``show_notice``, ``selected_row``, ``_relay`` and ``_start_on_platform``. Every
platform call runs off the GUI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QInputDialog, QMessageBox

from badgedesk.core import actions
from badgedesk.gui.delete_dialog import DeleteDialog


def learner(row: dict[str, Any]) -> str:
    """A journal row's learner as the platform knows them: the email, or the platform's ID."""
    return row.get("email") or row.get("recipient_key") or ""


def _delete_run(journal: Any, client: Any, run_id: int, reason: str, on_progress: Any) -> Any:
    """actions.revoke_run, deleting each award permanently (a platform that cannot revoke)."""
    return actions.revoke_run(journal, client, run_id, reason, on_progress, delete=True)


class AwardChanges:
    """Revoke and delete, for the Results page."""

    run: dict[str, Any] | None
    run_id: int | None
    model: Any
    _relay: Any

    def _reason_confirmed(self, title: str, prompt: str, confirm_title: str, confirm: str) -> str | None:
        """Ask for a reason, then for confirmation; the reason, or None when either is declined."""
        reason, ok = QInputDialog.getText(self, title, prompt)
        if not ok or not reason.strip():
            return None
        answer = QMessageBox.question(self, confirm_title, confirm)
        return reason.strip() if answer == QMessageBox.StandardButton.Yes else None

    def revoke_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.get("status") != "issued":
            self.show_notice(self.tr("Select an issued learner first."), error=True)
            return
        if not self.revoke_action.isVisible():
            return  # the run's platform cannot revoke
        key, name = self._who(row)
        reason = self._reason_confirmed(
            self.tr("Revoke award"),
            self.tr("Why is the award of {name} being revoked? The platform records the reason.").format(
                name=name
            ),
            self.tr("Revoke award?"),
            self.tr(
                "Revoke the badge awarded to {name} <{email}> (award {award})? This cannot be undone."
            ).format(name=name, email=key, award=row.get("award_id")),
        )
        if reason is not None:
            self._start_on_platform("revoke", actions.revoke_row, row["id"], reason, stoppable=False)

    @staticmethod
    def _who(row: dict[str, Any]) -> tuple[str, str]:
        """(the learner's key, their name or else that key)."""
        key = learner(row)
        return key, f"{row.get('first_name') or ''} {row.get('last_name') or ''}".strip() or key

    def _badge_name(self) -> str:
        run = self.run or {}
        return run.get("badge_name") or str(run.get("badge_id") or "")

    def _issued(self, none_text: str) -> int:
        """How many awards of the shown run are issued; with none, ``none_text`` is shown."""
        issued = self.model.counts().get("issued", 0)
        if not issued:
            self.show_notice(none_text, error=True)
        return issued

    def delete_selected(self) -> None:
        """Delete the selected learner's award permanently, after the strong confirmation."""
        row = self.selected_row()
        if not self.delete_action.isVisible():
            return  # the run's platform can revoke: Revoke is offered instead
        if row is None or row.get("status") != "issued":
            self.show_notice(self.tr("Select an issued learner first."), error=True)
            return
        key, name = self._who(row)
        reason = DeleteDialog.ask(
            self,
            self.tr("Delete the award permanently?"),
            self.tr(
                "Delete the award of {name} ({key}) for the badge {badge} (award {award}) permanently?"
            ).format(name=name, key=key, badge=self._badge_name(), award=row.get("award_id")),
        )
        if reason is not None:
            self._start_on_platform("delete", actions.delete_row, row["id"], reason, stoppable=False)

    def delete_whole_run(self) -> None:
        """Delete every issued award of the shown run permanently, after the strong confirmation."""
        if self.run is None or not self.delete_run_action.isVisible():
            return
        issued = self._issued(self.tr("This run has no issued awards to delete."))
        if not issued:
            return
        reason = DeleteDialog.ask(
            self,
            self.tr("Delete the whole run permanently?"),
            self.tr(
                "Delete all {n} issued awards of run {id} for the badge {badge} permanently? Every learner "
                "of this run who holds it loses it; awards made elsewhere are not touched."
            ).format(n=issued, id=self.run_id, badge=self._badge_name()),
        )
        if reason is not None:
            self._start_on_platform(
                "delete_run",
                _delete_run,
                self.run_id,
                reason,
                self._relay.event_sink,
                total=issued,
            )

    def revoke_whole_run(self) -> None:
        if self.run is None or not self.revoke_run_action.isVisible():
            return
        issued = self._issued(self.tr("This run has no issued awards to revoke."))
        if not issued:
            return
        reason = self._reason_confirmed(
            self.tr("Revoke whole run"),
            self.tr(
                "Why are all awards of run {id} being revoked (e.g. issued with the wrong badge)? "
                "The platform records the reason."
            ).format(id=self.run_id),
            self.tr("Revoke the whole run?"),
            self.tr(
                "Revoke all {n} issued awards of run {id} ({badge})? This cannot be undone. "
                "Learners already holding the badge lose it."
            ).format(n=issued, id=self.run_id, badge=self.run.get("badge_name") or self.run["badge_id"]),
        )
        if reason is not None:
            self._start_on_platform(
                "revoke_run", actions.revoke_run, self.run_id, reason, self._relay.event_sink, total=issued
            )
