"""The steps are one table of texts: each comes out translated, in order, and the last has no Next."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from badgedesk.gui import language
from badgedesk.gui.step_frame import STEPS, Step, steps


def test_every_step_comes_from_the_table_in_order():
    built = steps()
    assert [s.key for s in built] == ["connect", "library", "cohort", "issue", "results"]
    assert [(s.key, s.label, s.title, s.hint, s.missing, s.next_text) for s in built] == [
        tuple(row) for row in STEPS
    ]
    assert all(s.label and s.title and s.hint for s in built)
    assert all(s.missing and s.next_text for s in built[:-1])
    assert (built[-1].missing, built[-1].next_text) == ("", "")
    assert built[2].title == "Step 3 — Check the cohort for {badge}"


def test_the_steps_are_translated_when_built(qapp):
    installed = language.install(qapp, "de", QLocale(QLocale.Language.English))
    try:
        german = steps()
    finally:
        language.uninstall(qapp, installed)
    assert german[1] == Step(
        "library",
        "Badge",
        "Schritt 2 — Badge wählen",
        german[1].hint,
        german[1].missing,
        german[1].next_text,
    )
    english = steps()
    for de, en in zip(german[:-1], english[:-1], strict=True):
        assert de.title != en.title and de.hint != en.hint and de.missing != en.missing
        assert de.next_text != en.next_text and "&" in de.next_text
    assert "{badge}" in german[2].title
    assert (german[-1].missing, german[-1].next_text) == ("", "")
