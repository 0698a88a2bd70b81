"""The Issue page's work that grows with the learners, kept off the window thread (issue 10).

- :func:`facts_of`: the cohort's summary and how many learners a run would send, counted once per
  draft version on a copy of the draft (a pool thread), or at once for a small cohort.
- :class:`RunRequest`: what a new run needs, taken on the window thread in constant time (the draft
  as a copy). The issue worker makes the run from it on its own thread: it checks the badge, builds
  every learner's record and journals the run (see :class:`~badgedesk.gui.worker.IssueWorker`).
- :func:`run_unsettled`: whether a run has rows left to send (Resume run), asked of the journal on
  a pool thread through a connection of its own, so the window never waits on the journal's lock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from badgedesk.core import plan, runs
from badgedesk.core.draft import CohortDraft
from badgedesk.core.engine import check_badge
from badgedesk.core.journal import Journal
from badgedesk.core.messages import InputError
from badgedesk.gui.cohort_loading import collector_paused
from badgedesk.gui.cohort_texts import draft_error_text, summary

INLINE_LEARNERS = 2000  # at most this many learners are counted on the window thread (a few ms)
UNSETTLED = ("pending", "unknown", "cancelled")  # rows a resumed run would still send or ask about


@dataclass(frozen=True)
class CohortFacts:
    """What the Issue page shows and checks of a cohort, counted once per draft version."""

    summary: str
    sendable: int  # valid and consented: the rows a run makes pending
    learners: int


def counted_later(draft: CohortDraft) -> bool:
    """Whether counting ``draft`` belongs off the window thread (it has more than INLINE_LEARNERS)."""
    return draft.cohort is not None and len(draft.cohort.learners) > INLINE_LEARNERS


def facts_of(draft: CohortDraft) -> CohortFacts:
    """The facts of ``draft``, in the words of the Cohort step (translated); off the window thread,
    pass a copy no one else changes."""
    if draft.cohort is None:
        return CohortFacts(draft_error_text(draft) if draft.error else "—", 0, 0)
    with collector_paused():
        return CohortFacts(summary(draft.counts()), draft.sendable_count(), len(draft.cohort.learners))


def unsettled(counts: dict[str, int]) -> bool:
    """From a run's counts by status: whether rows are left to send (or to ask the platform about)."""
    return any(counts.get(status, 0) for status in UNSETTLED)


def run_unsettled(journal_path: str, run_id: int) -> bool:
    """Off the window thread: whether run ``run_id`` has unsettled rows, read through its own connection."""
    journal = Journal(journal_path)
    try:
        return unsettled(journal.status_counts(run_id))  # one query on the run's index
    finally:
        journal.close()


@dataclass(frozen=True)
class RunRequest:
    """A new run as the operator confirmed it. ``draft`` is a copy: nothing changes it meanwhile."""

    draft: CohortDraft
    target: runs.Target
    badge_id: str  # the badge to issue (the sandbox badge for a rehearsal)
    options: plan.RunOptions
    sandbox: bool = False
    real_badge_id: str | None = None
    provider_id: str | None = None
    rehearsal_to: str = ""  # the operator's test address when every award goes to it

    def create(self, client, journal: Journal, stopped: Callable[[], bool]) -> int | None:
        """On the worker's thread: check the badge, build every learner's record and journal the run.
        Returns its ID, or None when ``stopped()`` says the operator cancelled before it was made."""
        badge = check_badge(client, self.badge_id)
        with collector_paused():
            records = self.draft.learner_records(None, self.options)  # keyed the draft's (platform's) way
            if self.rehearsal_to:
                records, made = plan.to_rehearsal(records, self.rehearsal_to), records
                drain(made)
            if not any(record.status == "pending" for record in records):
                raise InputError(
                    "nothing_to_send", "Nothing to send: no learner is both valid and consenting."
                )
            mode = self.draft.consent_mode()
            if stopped():
                drain(records)
                return None
            run_id = runs.create_run(
                journal,
                self.target,
                self.draft.cohort,
                records,
                badge,
                mode=mode,
                options=self.options,
                provider_id=self.provider_id,
                sandbox=self.sandbox,
                real_badge_id=self.real_badge_id,
                rehearsal_to=self.rehearsal_to,
            )
            drain(records)
            return run_id


def request_for(state, badge, sandbox: bool, options: plan.RunOptions, rehearsal_to: str) -> RunRequest:
    """The run the window's choices make, taken in constant time (the draft is copied, not walked).
    Raises InputError for a test address or a connection address that cannot be used."""
    if rehearsal_to:
        plan.rehearsal_address(rehearsal_to, 1)
    connection = state.connection
    url, environment = connection.resolve()
    return RunRequest(
        draft=state.cohort_draft.copy(),  # the cohort as confirmed, whatever changes meanwhile
        target=runs.Target(
            connection.spec.key,
            environment,
            url,
            connection.name,
            simulated=bool(state.simulated(connection)),
            account=(state.provider.name if state.provider and state.provider.name else connection.name),
        ),
        badge_id=badge.id,
        options=options,
        sandbox=sandbox,
        real_badge_id=state.badge.id if sandbox else None,
        provider_id=state.provider.id if state.provider else None,
        rehearsal_to=rehearsal_to,
    )


def drain(items: list) -> None:
    """Empty a big list an item at a time: freeing 100,000 records in one go holds the interpreter
    (and so the window thread) for tens of milliseconds; one at a time, it can switch threads."""
    while items:
        items.pop()
