"""The window's language: the OS locale's, or the one chosen under Settings › Language.

At start-up ``install()`` loads BadgeDesk's catalogue (``resources/translations/badgedesk_<lang>.qm``)
and Qt's own (``qtbase_<lang>.qm`` from PySide6's translations folder) for that language, and makes
its locale the default, so dates and numbers follow it. A new choice takes effect at the next start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMessageBox

from badgedesk.gui import resources
from badgedesk.gui.settings import Settings

SOURCE = "en"  # the language of the strings in the code
# Each language by its own name (never translated: a user looks for the name they read).
NAMES = {"en": "English", "de": "Deutsch", "nb": "Norsk bokmål"}
# Locale language prefixes -> the catalogue that serves them (Nynorsk and plain "no" read Bokmål).
PREFIXES = {"en": "en", "de": "de", "nb": "nb", "no": "nb", "nn": "nb"}


CHECKOUT = Path(__file__).resolve().parents[2] / "resources" / "translations"


def folder() -> Path:
    """Where the ``.qm`` files are: the installed resources, else this source checkout's (an
    environment may map ``badgedesk.resources`` to another checkout without them)."""
    installed = resources.path("translations")
    if any(installed.glob("badgedesk_*.qm")) or not CHECKOUT.is_dir():
        return installed
    return CHECKOUT


def qt_folder() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def from_locale(locale: QLocale) -> str:
    """The language BadgeDesk speaks for this locale: the first of its UI languages it has, else English."""
    for name in locale.uiLanguages():
        code = PREFIXES.get(name.replace("_", "-").split("-")[0].lower())
        if code is not None:
            return code
    return SOURCE


def chosen(settings: Settings | None, system: QLocale | None = None) -> str:
    """The Settings choice when it names a language BadgeDesk has, else the system's."""
    code = settings.language() if settings is not None else ""
    if code in NAMES:
        return code
    return from_locale(system if system is not None else QLocale.system())


def install(app: QCoreApplication, code: str, system: QLocale | None = None) -> list[QTranslator]:
    """Load the catalogues for ``code`` into ``app`` (none for English) and set the default locale.

    The system locale is kept when it is of the same language (its region's date forms stay);
    otherwise the language's own locale is used. Returns the installed translators.
    """
    system = system if system is not None else QLocale.system()
    QLocale.setDefault(system if from_locale(system) == code else QLocale(code))
    installed: list[QTranslator] = []
    if code == SOURCE:
        return installed
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", str(qt_folder())):  # PySide6 has no Bokmål catalogue: ours covers it
        app.installTranslator(qt)
        installed.append(qt)
    own = QTranslator(app)
    if own.load(f"badgedesk_{code}", str(folder())):
        app.installTranslator(own)  # installed last, so it wins where Qt's has the same text
        installed.append(own)
    return installed


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


def add_menu(window: QMainWindow, settings: Settings) -> QActionGroup:
    """Settings › Language: follow the system, or one of the languages; saved, used from the next start."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("Language", "&Settings"))
    languages = menu.addMenu(QCoreApplication.translate("Language", "&Language"))
    group = QActionGroup(window)
    group.setExclusive(True)
    current = settings.language() if settings.language() in NAMES else ""
    system_name = NAMES[from_locale(QLocale.system())]
    entries = [
        (
            "",
            QCoreApplication.translate("Language", "Follow the system ({language})").format(
                language=system_name
            ),
        )
    ]
    entries += list(NAMES.items())
    for code, label in entries:
        action = QAction(label, window)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        languages.addAction(action)

    def picked(action: QAction) -> None:
        code = str(action.data() or "")
        if code == settings.language():
            return
        settings.set_language(code)
        settings.sync()
        QMessageBox.information(
            window,
            QCoreApplication.translate("Language", "Language"),
            QCoreApplication.translate("Language", "The language changes the next time BadgeDesk starts."),
        )

    group.triggered.connect(picked)
    return group
