"""The main window: the five steps of the day, menus, drag and drop, remembered state."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from badgedesk import __version__
from badgedesk.core.messages import InputError
from badgedesk.gui import colours, diagnostics, language
from badgedesk.gui.a11y import live_label
from badgedesk.gui.cohort_page import CohortPage
from badgedesk.gui.connect_page import ConnectPage
from badgedesk.gui.empty_state import EmptyState
from badgedesk.gui.history_dialog import HistoryDialog
from badgedesk.gui.issue_page import IssuePage
from badgedesk.gui.library_page import LibraryPage
from badgedesk.gui.privacy_dialog import PrivacyDialog
from badgedesk.gui.resources import app_icon
from badgedesk.gui.results_page import ResultsPage
from badgedesk.gui.state import AppState
from badgedesk.gui.step_frame import StepFooter, StepHeader, show_step, steps
from badgedesk.gui.tour import Tour
from badgedesk.gui.vocabulary import connection_words
from badgedesk.platforms import registry

SPREADSHEETS = (".xlsx", ".xlsm", ".csv", ".tsv", ".txt", ".json")


def fitting_size(available: QSize) -> QSize:
    """The first-launch size: 1366×768-class screens get nearly all of it, larger ones a comfortable
    1400×900 at most; never more than the screen's free area."""
    width = min(available.width(), max(min(1400, available.width() - 40), 960))
    height = min(available.height(), max(min(900, available.height() - 40), 600))
    return QSize(width, height)


class MainWindow(QMainWindow):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)

        self.pages: dict[str, QWidget] = {
            "connect": ConnectPage(state),
            "library": LibraryPage(state),
            "cohort": CohortPage(state),
            "issue": IssuePage(state),
            "results": ResultsPage(state),
        }
        self.step_info = steps()
        labels = {step.key: f"{n}  {step.label}" for n, step in enumerate(self.step_info, start=1)}
        self.steps = QListWidget()
        self.steps.setObjectName("steps")
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setIconSize(QSize(16, 16))
        self.steps.setFixedWidth(150)
        self.stack = QStackedWidget()
        for key, page in self.pages.items():
            item = QListWidgetItem(labels[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, labels[key].split(maxsplit=1)[-1])
            self.steps.addItem(item)
            self.stack.addWidget(page)
        self.steps.currentRowChanged.connect(self.stack.setCurrentIndex)
        # A screen reader selects a step without making it current: follow the selection.
        self.steps.itemSelectionChanged.connect(self._step_selected)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 6)
        simulators = self._simulators()
        if simulators:
            banner = QLabel(
                self.tr(
                    "Demo — simulated {platforms}. No real badges are issued; nothing leaves this computer."
                ).format(platforms=simulators)
            )
            banner.setObjectName("simulatorBanner")
            banner.setWordWrap(True)
            live_label(banner, self.tr("Simulator notice"))
            colours.style(
                banner,
                "background:{sandbox_bg};color:{sandbox_text};padding:6px;font-weight:bold;border-radius:3px;",
            )
            outer.addWidget(banner)
        row = QHBoxLayout()
        outer.addLayout(row, 1)  # attach the layout before filling it (PySide6 ownership)
        row.addWidget(self.steps)
        self.step_header = StepHeader()
        self.step_footer = StepFooter()
        self.step_footer.next_button.clicked.connect(self.next_step)
        column = QVBoxLayout()
        row.addLayout(column, 1)
        column.addWidget(self.step_header)
        column.addWidget(self.stack, 1)
        column.addWidget(self.step_footer)
        self.setCentralWidget(central)

        self.connection_label = QLabel()
        live_label(self.connection_label, self.tr("Connection"))
        self.statusBar().addPermanentWidget(self.connection_label)
        state.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        state.connectionChanged.connect(self._show_connection)
        state.connectionUpdated.connect(self._show_connection)
        state.providerChanged.connect(self._show_connection)
        state.navigate.connect(self.go)
        results_page: ResultsPage = self.pages["results"]  # type: ignore[assignment]
        issue_page: IssuePage = self.pages["issue"]  # type: ignore[assignment]
        results_page.resume_requested.connect(issue_page.resume_run)
        for signal in (
            state.connectionChanged,
            state.badgeChanged,
            state.cohortChanged,
            state.runChanged,
            state.busyChanged,
            self.stack.currentChanged,
        ):
            signal.connect(lambda *_: self._show_step())
        for page in self.pages.values():
            complete = getattr(page, "completeChanged", None)
            if complete is not None:
                complete.connect(lambda *_: self._show_step())
        self._build_menus()
        self._empty_state()
        self.tour = Tour(self) if state.simulators or state.simulator_url else None
        self._show_connection()
        self._restore()
        self.steps.setCurrentRow(0)
        self._show_step()

    # -- navigation ------------------------------------------------------------------------

    def go(self, key: str) -> None:
        keys = list(self.pages)
        if key in keys:
            self.steps.setCurrentRow(keys.index(key))

    def _empty_state(self) -> None:
        """On a first launch (no connection saved), the Connect step opens on a welcome that leads on."""
        connect: ConnectPage = self.pages["connect"]  # type: ignore[assignment]
        self.empty = EmptyState(connect.add_connection)
        connect.layout().insertWidget(0, self.empty)

        def update() -> None:
            self.empty.setVisible(not self.state.connections.list())

        self.state.connectionChanged.connect(update)
        self.state.connectionUpdated.connect(update)
        update()

    def step_done(self, key: str) -> bool:
        """Whether step ``key`` is complete (its Next button is enabled)."""
        state = self.state
        if key == "connect":
            return state.connection is not None
        if key == "library":
            return state.badge is not None
        if key == "cohort":
            return bool(self.pages["cohort"].is_complete())  # type: ignore[attr-defined]
        return state.run_id is not None and not state.busy

    def next_step(self) -> None:
        row = self.steps.currentRow()
        if row + 1 < self.steps.count() and self.step_done(self.step_info[row].key):
            self.steps.setCurrentRow(row + 1)

    def _show_step(self) -> None:
        badge = self.state.badge.name if self.state.badge is not None else ""
        show_step(
            self.step_header,
            self.step_footer,
            self.steps,
            self.step_info,
            self.steps.currentRow(),
            self.step_done,
            badge,
        )

    def _step_selected(self) -> None:
        items = self.steps.selectedItems()
        if items and self.steps.row(items[0]) != self.steps.currentRow():
            self.steps.setCurrentRow(self.steps.row(items[0]))

    def page(self, key: str) -> QWidget:
        return self.pages[key]

    def _simulators(self) -> str:
        """The demo's simulators in words: "Navigatr at http://… and Credly at http://…" ('' when none)."""
        parts = []
        for key, url in self.state.simulators.items():
            try:
                label = registry.get(key).label
            except InputError:
                label = key
            parts.append(self.tr("{platform} at {url}").format(platform=label, url=url))
        return self.tr(" and ").join(parts)

    def _show_connection(self) -> None:
        words = connection_words(self.state)
        self.connection_label.setText(words or self.tr("Not connected"))
        self.setWindowTitle(
            self.tr("BadgeDesk — {where}").format(where=words) if words else self.tr("BadgeDesk")
        )

    # -- menus -----------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None, menu=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if menu is not None:
            menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        cohort: CohortPage = self.pages["cohort"]  # type: ignore[assignment]
        results: ResultsPage = self.pages["results"]  # type: ignore[assignment]
        self._action(
            self.tr("&New cohort template…"), cohort.new_template, QKeySequence.StandardKey.New, file
        )
        self._action(self.tr("&Open cohort…"), cohort.choose_file, QKeySequence.StandardKey.Open, file)
        self.recent_menu = file.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._action(
            self.tr("&Save prepared cohort…"), cohort.save_prepared, QKeySequence.StandardKey.Save, file
        )
        file.addSeparator()
        self._action(self.tr("&Export results…"), results.export, "Ctrl+E", file)
        file.addSeparator()
        self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, file)

        view = bar.addMenu(self.tr("&Go"))
        for number, key in enumerate(self.pages, start=1):
            self._action(
                self.steps.item(number - 1).text(), lambda _=False, k=key: self.go(k), f"Ctrl+{number}", view
            )
        view.addSeparator()
        self._action(self.tr("Run &history…"), self.show_history, "Ctrl+H", view)

        self.language_group = language.add_menu(self, self.state.settings)  # Settings › Language
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(self.tr("&Copy diagnostics"), self.copy_diagnostics, None, help_menu)
        self._action(self.tr("&Privacy…"), self.show_privacy, None, help_menu)
        self._action(self.tr("&About BadgeDesk"), self.about, None, help_menu)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.state.settings.recent_files()
        if not files:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
            return
        for path in files:
            self._action(path, lambda _=False, p=path: self.open_path(p), None, self.recent_menu)
        self.recent_menu.addSeparator()
        self._action(self.tr("Clear list"), self.state.settings.clear_recent_files, None, self.recent_menu)

    def open_path(self, path: str) -> None:
        self.go("cohort")
        self.pages["cohort"].open_file(path)  # type: ignore[attr-defined]

    def show_history(self) -> None:
        dialog = HistoryDialog(self.state, self)
        dialog.exec()

    def show_privacy(self) -> None:
        dialog = PrivacyDialog(self.state, self)
        dialog.exec()

    def copy_diagnostics(self) -> None:
        QGuiApplication.clipboard().setText(diagnostics.report(self.state))
        self.state.message.emit(self.tr("Diagnostics copied to the clipboard (no tokens included)."))

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About BadgeDesk"),
            self.tr(
                "BadgeDesk {version}\nIssue digital badges to an event's cohort from a spreadsheet."
            ).format(version=__version__),
        )

    # -- drag and drop ---------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile() and Path(urls[0].toLocalFile()).suffix.lower() in SPREADSHEETS:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            self.open_path(urls[0].toLocalFile())
            event.acceptProposedAction()

    # -- window state ----------------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self.state.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(fitting_size(self.screen().availableGeometry().size()))
        window_state = self.state.settings.window_state()
        if window_state is not None:
            self.restoreState(window_state)
        if self.state.settings.q.value("window/maximized", False) in (True, "true"):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        issue: IssuePage = self.pages["issue"]  # type: ignore[assignment]
        if self.state.busy:
            answer = QMessageBox.question(
                self,
                self.tr("A run is in progress"),
                self.tr(
                    "Badges are being issued. Stop after the requests in flight and close? "
                    "The run is kept and can be resumed from Run history."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            issue.stop_for_close()
        self.state.settings.set_geometry(self.saveGeometry(), self.saveState())
        self.state.settings.q.setValue("window/maximized", self.isMaximized())
        self.state.settings.sync()
        event.accept()
