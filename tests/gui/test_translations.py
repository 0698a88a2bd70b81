"""The German and Bokmål translations: complete, faithful to their placeholders, unclipped in German
(the longest of the three languages), and chosen from the OS locale or Settings › Language."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTabBar,
    QWidget,
)

from badgedesk import i18n
from badgedesk.gui import language

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{(\w*)(?:[:!][^}]*)?\}|%(?:\d+|[vmp])")
LANGS = i18n.LANGUAGES


# -- (a) every source string is in each .ts file, finished ---------------------------------------


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory):
    """Copies of the committed .ts files after lupdate over today's sources: what is new or vanished."""
    folder = tmp_path_factory.mktemp("ts")
    for lang in LANGS:
        shutil.copy(i18n.ts_path(lang), i18n.ts_path(lang, folder))
    i18n.lupdate([i18n.ts_path(lang, folder) for lang in LANGS])
    return folder


@pytest.mark.parametrize("lang", LANGS)
def test_every_source_string_is_translated_and_nothing_vanished(refreshed, lang):
    committed = {(m.context, m.source) for m in i18n.messages(i18n.ts_path(lang))}
    current = {(m.context, m.source) for m in i18n.messages(i18n.ts_path(lang, refreshed))}
    assert sorted(current - committed) == [], "new strings: run python -m badgedesk.i18n update and translate"
    assert sorted(committed - current) == [], "vanished strings: run python -m badgedesk.i18n update"
    assert [(m.context, m.source, m.kind) for m in i18n.unfinished(i18n.ts_path(lang, refreshed))] == []


def test_every_string_has_a_context_the_app_looks_up():
    """A tr() lupdate cannot place in a class (an aliased or module-level tr) lands in no context and
    would never be found at run time."""
    assert [m.source for m in i18n.messages(i18n.ts_path("de")) if not m.context] == []


def test_a_new_source_string_is_caught(tmp_path):
    new = tmp_path / "new_page.py"
    new.write_text(
        'from PySide6.QtCore import QT_TRANSLATE_NOOP\nQT_TRANSLATE_NOOP("NewPage", "A new label")\n'
    )
    copy = i18n.ts_path("de", tmp_path)
    shutil.copy(i18n.ts_path("de"), copy)
    i18n.lupdate([copy], extra=(new,))
    assert [(m.context, m.source) for m in i18n.unfinished(copy)] == [("NewPage", "A new label")]


def test_platform_registry_texts_are_collected():
    texts = i18n.platform_texts()
    assert "Peer mentor ID" in texts and "Production" in texts and "Navigatr" not in texts


@pytest.mark.parametrize("lang", LANGS)
def test_the_committed_qm_is_built_from_the_committed_ts(tmp_path, lang):
    qm = tmp_path / f"badgedesk_{lang}.qm"
    i18n.lrelease(i18n.ts_path(lang), qm)
    assert qm.read_bytes() == i18n.qm_path(lang).read_bytes(), "run python -m badgedesk.i18n update"


# -- (b) every translation keeps its placeholders, shortcuts and spacing ------------------------


def placeholder_problems(source: str, translation: str) -> list[str]:
    problems = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)) or sorted(
        re.findall(r"%\w", source)
    ) != sorted(re.findall(r"%\w", translation)):
        problems.append("placeholders differ")
    amp = lambda text: text.replace("&&", "").count("&")  # noqa: E731
    if amp(source) != amp(translation):
        problems.append("& shortcut count differs")
    if amp(translation) and not re.search(r"&\w", translation.replace("&&", "")):
        problems.append("& is not before a letter")
    if source.count("\n") != translation.count("\n"):
        problems.append("line breaks differ")
    if (source[:1].isspace(), source[-1:].isspace()) != (
        translation[:1].isspace(),
        translation[-1:].isspace(),
    ):
        problems.append("leading/trailing space differs")
    if re.findall(r"</?\w+>", source) != re.findall(r"</?\w+>", translation):
        problems.append("markup differs")
    return problems


@pytest.mark.parametrize("lang", LANGS)
def test_every_translation_is_finished_and_faithful(lang):
    bad = []
    for m in i18n.messages(i18n.ts_path(lang)):
        if m.kind or not m.translation:
            bad.append((m.context, m.source, m.kind or "empty"))
        elif problems := placeholder_problems(m.source, m.translation):
            bad.append((m.context, m.source, m.translation, problems))
    assert bad == []


def test_the_faithfulness_check_catches_mistakes():
    assert placeholder_problems("{n} of {total}", "{n} von {gesamt}") == ["placeholders differ"]
    assert placeholder_problems("&Open…", "Öffnen…") == ["& shortcut count differs"]
    assert placeholder_problems("%v of %m", "%v von") == ["placeholders differ"]
    assert placeholder_problems(" and ", "und") == ["leading/trailing space differs"]
    assert placeholder_problems("<b>Step</b>", "Schritt") == ["markup differs"]
    assert placeholder_problems("Score {score:.1f}", "Punkte {score:.1f}") == []


def test_product_and_platform_names_stay_untranslated():
    for lang in LANGS:
        for m in i18n.messages(i18n.ts_path(lang)):
            for name in ("BadgeDesk", "Navigatr", "Credly", "Certifier"):
                assert m.source.count(name) == m.translation.count(name), (lang, m.source, m.translation)


# -- (d) the language follows the OS locale, unless Settings say otherwise ------------------------


@pytest.mark.parametrize(
    ("lang_env", "expected"),
    [
        ("de_DE.UTF-8", "de"),
        ("de_AT.UTF-8", "de"),
        ("nb_NO.UTF-8", "nb"),
        ("nn_NO.UTF-8", "nb"),
        ("en_GB.UTF-8", "en"),
        ("fr_FR.UTF-8", "en"),
    ],
)
def test_the_os_locale_chooses_the_language(lang_env, expected):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG=lang_env, LC_ALL=lang_env, PYTHONPATH=str(ROOT))
    code = "from badgedesk.gui import language; print(language.chosen(None))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == expected


def test_the_settings_choice_overrides_the_system(settings):
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert language.chosen(settings, german) == "de"
    settings.set_language("nb")
    assert language.chosen(settings, german) == "nb"
    settings.set_language("xx")  # not a language BadgeDesk has: the system's
    assert language.chosen(settings, german) == "de"
    settings.set_language("en")
    assert language.chosen(settings, german) == "en"


def test_install_translates_the_window_and_sets_the_locale(qapp, state):
    from badgedesk.gui.main_window import MainWindow

    installed = language.install(qapp, "de", QLocale(QLocale.Language.English))
    try:
        window = MainWindow(state)
        assert [a.text() for a in window.menuBar().actions()] == [
            "&Datei",
            "&Gehe zu",
            "&Einstellungen",
            "&Hilfe",
        ]
        assert window.steps.item(2).text() == "3  Kohorte"
        assert QLocale().language() == QLocale.Language.German
        assert QApplication.translate("Outcomes", "Needs review") == "Zu prüfen"
        window.close()
    finally:
        language.uninstall(qapp, installed)
    assert QApplication.translate("MainWindow", "&File") == "&File"


def test_the_language_menu_saves_the_choice(qapp, state, monkeypatch):
    from badgedesk.gui.main_window import MainWindow

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    window = MainWindow(state)
    actions = {a.text(): a for a in window.language_group.actions()}
    assert {"English", "Deutsch", "Norsk bokmål"} <= set(actions)
    assert (
        next(a for a in window.language_group.actions() if a.isChecked()).data() == ""
    )  # follows the system
    actions["Norsk bokmål"].trigger()
    assert state.settings.language() == "nb" and told == [
        "The language changes the next time BadgeDesk starts."
    ]
    window.close()


# -- (c) in German and Bokmål at 1366×768, no label, button, title, tab or header is clipped -----------------


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def clipped(root: QWidget) -> list[str]:
    """Every shown text in ``root`` wider than the room its widget gives it."""
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root.window()) or w.width() <= 0:
            continue
        where = f"{type(w).__name__} {w.objectName() or w.accessibleName()!r}"
        fm = w.fontMetrics()
        if isinstance(w, QLabel) and not w.wordWrap() and w.text() and w.pixmap().isNull():
            widest = max(fm.horizontalAdvance(line) for line in _plain(w.text()).splitlines() or [""])
            room = w.contentsRect().width() - 2 * max(w.margin(), 0) - max(w.indent(), 0)
            if widest > room + 1:
                found.append(f"{where}: {w.text()!r} needs {widest}, has {room}")
        elif isinstance(w, (QPushButton, QCheckBox, QRadioButton)) and w.text():
            if w.sizeHint().width() > w.width() + 1:
                found.append(f"{where}: {w.text()!r} needs {w.sizeHint().width()}, has {w.width()}")
        elif isinstance(w, QGroupBox) and w.title():
            need = fm.horizontalAdvance(_plain(w.title())) + (24 if w.isCheckable() else 8)
            if need > w.width():
                found.append(f"{where} title {w.title()!r} needs {need}, has {w.width()}")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.tabRect(i).width() + 1 < w.tabSizeHint(i).width():
                    found.append(f"{where} tab {w.tabText(i)!r}")
        elif isinstance(w, QHeaderView) and w.orientation().name == "Horizontal" and w.model() is not None:
            model = w.model()
            for section in range(w.count()):
                if w.isSectionHidden(section) or w.sectionSize(section) <= 0:
                    continue
                text = str(model.headerData(section, w.orientation()) or "")
                need = w.sectionSizeFromContents(section).width()  # text, margins and sort arrow
                if text and need > w.sectionSize(section) and w.textElideMode().name == "ElideNone":
                    found.append(f"{where} section {text!r} needs {need}, has {w.sectionSize(section)}")
    return found


def test_the_clipping_check_catches_a_clipped_label(qtbot):
    box = QWidget()
    label = QLabel("Eine sehr lange Beschriftung, die nicht passt", box)
    label.setFixedWidth(60)
    button = QPushButton("Ausstellen &starten", box)
    button.move(0, 30)
    button.setFixedWidth(40)
    qtbot.addWidget(box)
    box.show()
    assert len(clipped(box)) == 2


@pytest.fixture
def german(qapp):
    installed = language.install(qapp, "de", QLocale(QLocale.Language.English))
    yield
    language.uninstall(qapp, installed)


@pytest.fixture(params=["de", "nb"])
def translated_demo(request, qapp, qtbot, keychain, tmp_path):
    """The demo window at 1366×768 in German (the longest of the three languages) or Bokmål."""
    from tests.gui.demo_run import demo_window

    installed = language.install(qapp, request.param, QLocale(QLocale.Language.English))
    try:
        with demo_window(qtbot, tmp_path) as window:
            yield window
    finally:
        language.uninstall(qapp, installed)


def test_no_text_is_clipped_at_1366x768_in_german_or_bokmal(qtbot, translated_demo, monkeypatch):
    """Every page, then the Results of a finished demo run (the strip of counts, the 202 rows, the
    review banner and a 202 row's detail)."""
    from tests.gui.demo_run import finish_live_run, load_pages

    window = translated_demo
    load_pages(qtbot, window)
    found = {}
    for key in window.pages:
        window.go(key)
        qtbot.wait(50)
        found[key] = clipped(window)
    review = finish_live_run(qtbot, window, monkeypatch)
    results = window.pages["results"]
    assert results.select_learner(review[0]["id"])
    assert results.review_banner.isVisibleTo(window) and results.strip.isVisibleTo(window)
    qtbot.wait(50)
    found["finished results"] = clipped(window)
    assert found == {key: [] for key in found}


def test_no_text_is_clipped_in_the_german_dialogs(qtbot, german, state):
    from badgedesk.gui.connection_dialog import ConnectionDialog
    from badgedesk.gui.delete_dialog import DeleteDialog
    from badgedesk.gui.history_dialog import HistoryDialog
    from badgedesk.gui.privacy_dialog import PrivacyDialog

    dialogs = [
        ConnectionDialog(state),
        HistoryDialog(state),
        PrivacyDialog(state),
        DeleteDialog("Vergabe endgültig löschen?", "Die Vergabe an Ada Lovelace endgültig löschen?"),
    ]
    found = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(20)
        found[type(dialog).__name__] = clipped(dialog)
        dialog.close()
    assert found == {type(d).__name__: [] for d in dialogs}


def test_no_string_is_hidden_from_lupdate_behind_a_wrapper():
    """lupdate finds tr(), translate() and QT_TRANSLATE_NOOP() calls with literal text. A helper such
    as ``def _tr(text): return QCoreApplication.translate("Ctx", text)`` called with a literal hides
    that text from it, so it is never translated; wrappers may only take text marked elsewhere."""
    import ast
    import pathlib

    hidden = []
    for path in sorted(pathlib.Path(language.__file__).parent.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrappers = {
            node.name
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef)
            and node.args.args
            and any(
                isinstance(sub, ast.Call)
                and isinstance(sub.func, ast.Attribute)
                and sub.func.attr == "translate"
                and len(sub.args) == 2
                and isinstance(sub.args[1], ast.Name)
                and sub.args[1].id == node.args.args[0].arg
                for sub in ast.walk(node)
            )
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in wrappers
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                hidden.append(f"{path.name}:{node.lineno} {node.func.id}({node.args[0].value!r})")
    assert hidden == [], hidden


def test_the_issue_steps_cohort_line_is_in_the_chosen_language(qtbot, translated_demo):
    """The Issue step's "Cohort: …" line is counted off the window thread; its words are the Cohort
    step's own, translated (it once showed the core's English summary in a German window)."""
    from PySide6.QtCore import QCoreApplication

    from tests.gui.demo_run import load_pages

    window = translated_demo
    load_pages(qtbot, window)
    window.go("issue")
    page = window.pages["issue"]
    counts = window.state.cohort_draft.counts()
    ready = QCoreApplication.translate("CohortPage", "{count} ready").format(count=counts["ready"])
    assert ready != f"{counts['ready']} ready"  # the catalogue has it
    qtbot.waitUntil(lambda: ready in page.summary.text(), timeout=15000)
    assert f"{counts['ready']} ready" not in page.summary.text()
    assert f"{counts['learners']} learners" not in page.summary.text()
