"""House rules that a reviewer would otherwise have to remember."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_core_never_imports_qt():
    offenders = []
    for path in sorted((ROOT / "badgedesk" / "core").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{path.name}: {n}" for n in names if n.split(".")[0] in ("PySide6", "shiboken6", "PyQt6")
            ]
    assert offenders == []


def test_core_and_platforms_import_without_loading_qt():
    code = (
        "import sys, badgedesk.core.engine, badgedesk.core.journal, badgedesk.core.cohort, "
        "badgedesk.core.validate, badgedesk.core.export, badgedesk.platforms.navigatr, badgedesk.cli; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_ruff_is_clean():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "badgedesk", "tests"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _imports(path: Path) -> list[tuple[int, str]]:
    """Every module ``path`` imports, with its line (``from a import b`` counts as a.b too)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
    return found


def _platform_modules() -> set[str]:
    """The platforms' own modules: everything in badgedesk/platforms/ but the shared seam."""
    shared = {"__init__", "base", "registry", "transport", "simcore", "words"}
    folder = ROOT / "badgedesk" / "platforms"
    return {f"badgedesk.platforms.{p.stem}" for p in folder.glob("*.py") if p.stem not in shared}


def _outside_platforms() -> list[Path]:
    package = ROOT / "badgedesk"
    return [p for p in sorted(package.rglob("*.py")) if "platforms" not in p.relative_to(package).parts]


def test_nothing_outside_platforms_imports_a_platform_module():
    """The GUI, the CLI and the core use only the registry and the protocol."""
    own = _platform_modules()
    assert "badgedesk.platforms.navigatr" in own
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: {name}"
        for path in _outside_platforms()
        for line, name in _imports(path)
        if name in own or any(name.startswith(m + ".") for m in own)
    ]
    assert offenders == []


def test_the_platform_import_check_can_fail(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from badgedesk.platforms import navigatr\nimport badgedesk.platforms.credly_sim\n")
    names = {name for _, name in _imports(sample)}
    own = _platform_modules() | {"badgedesk.platforms.credly_sim"}
    assert {"badgedesk.platforms.navigatr", "badgedesk.platforms.credly_sim"} <= names & own


PLATFORM_NAMES = ("navigatr", "credly", "certifier", "award service", "award-service", "peer mentor")


def test_core_never_names_a_platform():
    """The domain speaks of platforms, never of one (comments and docstrings included)."""
    offenders = []
    for path in sorted((ROOT / "badgedesk" / "core").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            lowered = line.lower()
            offenders += [f"{path.name}:{number}: {n}" for n in PLATFORM_NAMES if n in lowered]
    assert offenders == []


def test_engine_and_actions_do_not_reach_past_the_protocol():
    offenders = []
    for name in ("engine.py", "actions.py"):
        text = (ROOT / "badgedesk" / "core" / name).read_text(encoding="utf-8")
        for needle in (
            "getattr(self.platform",
            "hasattr(self.platform",
            "getattr(platform",
            "hasattr(platform",
        ):
            if needle in text:
                offenders.append(f"{name}: {needle}")
    assert offenders == []
