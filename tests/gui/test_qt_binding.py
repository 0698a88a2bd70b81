"""Guard against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 on Python < 3.12 drops a reference to None on every Qt call that returns
nothing and to True on every signal emit, until the interpreter aborts. pyproject excludes
that release; this test fails loudly if such a build is ever installed again.
"""

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    flag = Signal(bool)


def test_qt_calls_and_emits_keep_none_and_true_alive():
    obj = Emitter()
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        obj.setObjectName("x")
        obj.flag.emit(True)
    after = sys.getrefcount(None), sys.getrefcount(True)
    assert abs(after[0] - before[0]) < 100 and abs(after[1] - before[1]) < 100, (before, after)
