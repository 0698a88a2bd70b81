"""Application entry points: ``badgedesk`` (the app) and ``badgedesk demo`` (the app on the simulator).

The full desktop flow (connect, library, cohort, issue, results) is built on the same core
as the CLI; until it lands this window previews the cohort and says how to issue from
the command line.
"""

from __future__ import annotations

import os
import sys
import tempfile
from importlib import resources
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from badgedesk import __version__

RESOURCES = Path(str(resources.files("badgedesk.resources")))


def sample_cohort() -> Path:
    return RESOURCES / "sample-cohort.xlsx"


class MainWindow(QMainWindow):
    def __init__(self, simulator_url: str | None = None, cohort: Path | None = None) -> None:
        super().__init__()
        title = "BadgeDesk"
        if simulator_url:
            title += " — DEMO (simulator)"
        self.setWindowTitle(title)
        icon = RESOURCES / "badgedesk.svg"
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))
        central = QWidget()
        layout = QVBoxLayout(central)
        if simulator_url:
            banner = QLabel(
                self.tr(
                    "SIMULATOR — this is a demo against BadgeDesk's built-in Navigatr simulator at {url}. "
                    "No real badges are issued and nothing leaves this computer."
                ).format(url=simulator_url)
            )
            banner.setObjectName("simulatorBanner")
            banner.setWordWrap(True)
            banner.setStyleSheet("background:#fde68a;color:#78350f;padding:8px;font-weight:bold;")
            banner.setAccessibleName(self.tr("Simulator notice"))
            layout.addWidget(banner)
        intro = QLabel(
            self.tr(
                "BadgeDesk {version}. The desktop issuing flow is on its way; meanwhile the same engine is "
                "available from the command line: badgedesk issue FILE --badge ID."
            ).format(version=__version__)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 0)
        self.table.setAccessibleName(self.tr("Cohort preview"))
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        layout.addWidget(self.status)
        self.setCentralWidget(central)
        self.resize(1000, 640)
        if cohort is not None:
            self.preview(cohort)

    def preview(self, path: Path) -> None:
        from badgedesk.core.cohort import read_table
        from badgedesk.core.messages import InputError
        from badgedesk.core.validate import build_cohort

        try:
            cohort = build_cohort(read_table(path))
        except InputError as err:
            self.status.setText(err.message)
            return
        headers = [
            self.tr("Row"),
            self.tr("First name"),
            self.tr("Last name"),
            self.tr("Email"),
            self.tr("Consent"),
            self.tr("Check"),
        ]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(cohort.learners))
        for i, learner in enumerate(cohort.learners):
            check = "; ".join(p.message for p in learner.problems) or self.tr("OK")
            values = [
                str(learner.row),
                learner.first_name,
                learner.last_name,
                learner.email,
                learner.consent_raw,
                check,
            ]
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self.status.setText(
            self.tr("{file}: {n} learners, {valid} ready to issue").format(
                file=path.name, n=len(cohort.learners), valid=len(cohort.valid)
            )
        )


def _application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("BadgeDesk")
    app.setOrganizationName("BadgeDesk")
    app.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def run_app() -> int:
    app = _application()
    window = MainWindow()
    window.show()
    return app.exec()


def run_demo() -> int:
    """The app against the simulator, in a throwaway home so demo runs never mix with real ones."""
    from badgedesk.platforms.navigatr_sim import NavigatrSimulator

    os.environ["BADGEDESK_HOME"] = tempfile.mkdtemp(prefix="badgedesk-demo-")
    app = _application()
    with NavigatrSimulator(latency_ms=150, jitter_ms=100) as sim:
        window = MainWindow(simulator_url=sim.base_url, cohort=sample_cohort())
        window.show()
        return app.exec()
