"""What frames every step: its title, one line on what to do there, and a Next button that is
enabled only when the step is complete and otherwise says what is missing. The step list marks
the steps that are done."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from badgedesk.gui.a11y import live_label

DONE_MARK = "✓"


@dataclass(frozen=True)
class Step:
    key: str
    label: str  # in the step list: "Connect"
    title: str  # "Step 1 — Connect to your badge platform"
    hint: str  # what to do here, one line
    missing: str  # what the Next button says is missing while the step is not complete
    next_text: str  # "&Next: choose the badge"


# Every step, in order: its key, then its Step texts in field order (label, title, hint, missing,
# next_text), marked here and translated in the "StepFrame" context when steps() builds them.
# The last step has no Next button.
STEPS = (
    (
        "connect",
        QT_TRANSLATE_NOOP("StepFrame", "Connect"),
        QT_TRANSLATE_NOOP("StepFrame", "Step 1 — Connect to your badge platform"),
        QT_TRANSLATE_NOOP("StepFrame", "Choose a saved connection (or add one), and test it if you like."),
        QT_TRANSLATE_NOOP("StepFrame", "Choose or add a connection first."),
        QT_TRANSLATE_NOOP("StepFrame", "&Next: choose the badge"),
    ),
    (
        "library",
        QT_TRANSLATE_NOOP("StepFrame", "Badge"),
        QT_TRANSLATE_NOOP("StepFrame", "Step 2 — Choose the badge"),
        QT_TRANSLATE_NOOP(
            "StepFrame", "Find the badge to issue and press Enter, or select it and choose Use this badge."
        ),
        QT_TRANSLATE_NOOP("StepFrame", "Choose a badge that can be issued first."),
        QT_TRANSLATE_NOOP("StepFrame", "&Next: the cohort"),
    ),
    (
        "cohort",
        QT_TRANSLATE_NOOP("StepFrame", "Cohort"),
        QT_TRANSLATE_NOOP("StepFrame", "Step 3 — Check the cohort for {badge}"),
        QT_TRANSLATE_NOOP(
            "StepFrame",
            "Open the learner list, check the mapping, and tick consent for every learner who agreed.",
        ),
        QT_TRANSLATE_NOOP("StepFrame", "At least one learner must be ready: valid, with consent ticked."),
        QT_TRANSLATE_NOOP("StepFrame", "&Next: issue"),
    ),
    (
        "issue",
        QT_TRANSLATE_NOOP("StepFrame", "Issue"),
        QT_TRANSLATE_NOOP("StepFrame", "Step 4 — Issue the badges"),
        QT_TRANSLATE_NOOP(
            "StepFrame", "Rehearse on the sandbox badge first if you like, then start issuing (F5)."
        ),
        QT_TRANSLATE_NOOP("StepFrame", "Start a run first (F5)."),
        QT_TRANSLATE_NOOP("StepFrame", "&Next: the results"),
    ),
    (
        "results",
        QT_TRANSLATE_NOOP("StepFrame", "Results"),
        QT_TRANSLATE_NOOP("StepFrame", "Step 5 — Read the results"),
        QT_TRANSLATE_NOOP(
            "StepFrame",
            "Check who got the badge; the counts filter the list, and a row's outcome reads in full below it.",
        ),
        "",
        "",
    ),
)


def steps() -> list[Step]:
    """The steps in the current language."""
    return [
        Step(key, *(QCoreApplication.translate("StepFrame", text) if text else "" for text in texts))
        for key, *texts in STEPS
    ]


class StepHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 0, 4, 0)
        box.setSpacing(2)
        self.title = live_label(QLabel(), QCoreApplication.translate("StepFrame", "Step"))
        self.title.setObjectName("stepTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.hint = live_label(QLabel(), QCoreApplication.translate("StepFrame", "What to do here"))
        self.hint.setObjectName("stepHint")
        self.hint.setWordWrap(True)
        box.addWidget(self.title)
        box.addWidget(self.hint)


class StepFooter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        self.missing = live_label(
            QLabel(), QCoreApplication.translate("StepFrame", "What is missing before the next step")
        )
        self.missing.setObjectName("stepMissing")
        self.missing.setWordWrap(True)
        self.missing.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextButton")
        row.addWidget(self.missing, 1)
        row.addWidget(self.next_button)


def show_step(
    header: StepHeader,
    footer: StepFooter,
    step_list: QListWidget,
    all_steps: list[Step],
    current: int,
    done: Callable[[str], bool],
    badge: str = "",
) -> None:
    """Show step ``current`` in the header and footer, and mark the done steps in the list."""
    for row, step in enumerate(all_steps):
        item = step_list.item(row)
        finished = done(step.key)
        text = f"{row + 1}  {step.label}"
        item.setText(f"{text}  {DONE_MARK}" if finished else text)
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            QCoreApplication.translate("StepFrame", "{step}, done").format(step=step.label)
            if finished
            else step.label,
        )
    if not 0 <= current < len(all_steps):
        return
    step = all_steps[current]
    header.title.setText(
        step.title.format(
            badge=f"“{badge}”" if badge else QCoreApplication.translate("StepFrame", "the badge")
        )
    )
    header.hint.setText(step.hint)
    last = current == len(all_steps) - 1
    footer.setVisible(not last)
    if last:
        return
    complete = done(step.key)
    footer.next_button.setText(step.next_text)
    footer.next_button.setAccessibleName(step.next_text.replace("&", ""))
    footer.next_button.setEnabled(complete)
    footer.missing.setText("" if complete else step.missing)
    footer.next_button.setToolTip("" if complete else step.missing)
    footer.next_button.setAccessibleDescription("" if complete else step.missing)
