"""What the Issue page knows of the cohort shown and of the run chosen, learned off the window thread.

The cohort's summary and its count of learners to send are counted once per draft version (at once
for a small cohort, else on a copy of the draft on a pool thread); whether a run has rows to resume
comes from the run's end when the page ran it, else from the journal on a pool thread. An answer
about a draft, version or run no longer shown is dropped; ``changed`` (on the window thread) says
that an answer arrived, so the page shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from badgedesk.gui import issue_prep
from badgedesk.gui.issue_prep import CohortFacts
from badgedesk.gui.tasks import run_task


def run_key(run: dict[str, Any]) -> tuple:
    """A run as last changed: its answers hold until its state or its time of change moves on."""
    return (run["id"], run["state"], run["updated_at"])


class IssueFacts:
    def __init__(self, state, changed: Callable[[], None]) -> None:
        self.state = state
        self._changed = changed
        self._facts: tuple[Any, int, CohortFacts] | None = None  # draft, version, facts
        self._counting: tuple[Any, int] | None = None  # draft, version being counted
        self._unsettled: tuple[tuple, bool] | None = None  # run key, whether rows are left to resume
        self._asking: tuple | None = None  # run key being asked about

    @property
    def working(self) -> bool:
        """An answer is still being worked out off the window thread."""
        return self._counting is not None or self._asking is not None

    # -- the cohort ------------------------------------------------------------------------------

    def cohort(self, draft) -> CohortFacts | None:
        """The facts of ``draft`` as it is now; None while they are counted off the window thread."""
        if draft is None:
            self._facts = None
            return None
        known = self._facts
        if known is not None and known[0] is draft and known[1] == draft.version:
            return known[2]
        self._facts = None  # an older draft's: let it go
        if not issue_prep.counted_later(draft):
            facts = issue_prep.facts_of(draft)
            self._facts = (draft, draft.version, facts)
            return facts
        key = (draft, draft.version)
        if self._counting != key:
            self._counting = key
            learners = len(draft.cohort.learners)
            run_task(
                issue_prep.facts_of,
                draft.copy(),  # counted on a copy: the Cohort page may change the draft meanwhile
                on_done=lambda facts: self._counted(key, facts),
                on_error=lambda err: self._counted(key, CohortFacts(err.message, 0, learners)),
            )
        return None

    def _counted(self, key: tuple[Any, int], facts: CohortFacts) -> None:
        if self._counting == key:
            self._counting = None
        draft = self.state.cohort_draft
        if draft is key[0] and draft.version == key[1]:
            self._facts = (draft, draft.version, facts)
        self._changed()

    # -- the run ---------------------------------------------------------------------------------

    def unsettled(self, run: dict[str, Any]) -> bool:
        """Whether ``run`` has rows to resume (False until the journal's answer comes)."""
        key = run_key(run)
        if self._unsettled is not None and self._unsettled[0] == key:
            return self._unsettled[1]
        if self._asking != key:
            self._asking = key
            run_task(
                issue_prep.run_unsettled,
                str(self.state.journal.path),
                run["id"],
                on_done=lambda answer: self._answered(key, answer),
                on_error=lambda err: self._answered(key, False),
            )
        return False

    def _answered(self, key: tuple, answer: bool) -> None:
        if self._asking != key:
            return  # asked again since: a later answer comes
        self._asking = None
        self._unsettled = (key, answer)
        self._changed()

    def run_ended(self, run: dict[str, Any] | None, counts: dict[str, int]) -> None:
        """The page's own run ended with these counts by status: no need to ask the journal."""
        if run is not None:
            self._unsettled, self._asking = (run_key(run), issue_prep.unsettled(counts)), None

    def forget_runs(self) -> None:
        """Runs changed elsewhere (e.g. the Results page): ask the journal again."""
        self._unsettled = None
        self._asking = None
