"""Every outcome code a platform client, the shared transport or the engine can set has a plain text.

The codes are collected from the modules' source (the code argument of each ``Answer``,
``PlatformError``, ``InputError`` and row update, ``code=`` replacements, and codes passed on as
the platform gave them after an ``if code in (...)``), so a code added later without a text fails here.
"""

from __future__ import annotations

import ast
import importlib
import string
from pathlib import Path

import pytest

from badgedesk.gui import outcomes
from badgedesk.platforms import registry

# The position of the code among each call's arguments.
CODE_ARGUMENT = {"Answer": 1, "answer": 1, "PlatformError": 1, "InputError": 0, "_set_row": 2, "set_row": 2}
SHARED = ("badgedesk.platforms.transport", "badgedesk.core.engine")


def _name(func: ast.AST) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _strings(node: ast.AST) -> set[str]:
    return {n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def _passes_code_on(node: ast.If) -> bool:
    """``if code in ("a", "b"): return answer(kind, code, …)``: the platform's own code is the outcome."""
    return any(
        isinstance(call, ast.Call)
        and _name(call.func) in CODE_ARGUMENT
        and any(isinstance(a, ast.Name) and a.id == "code" for a in call.args)
        for statement in node.body
        for call in ast.walk(statement)
    )


def codes_in(source: str) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            at = CODE_ARGUMENT.get(_name(node.func))
            if at is not None and len(node.args) > at:
                arg = node.args[at]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add(arg.value)
            found |= {
                kw.value.value
                for kw in node.keywords
                if kw.arg == "code" and isinstance(kw.value, ast.Constant) and isinstance(kw.value.value, str)
            }
        elif (
            isinstance(node, ast.If)
            and isinstance(node.test, ast.Compare)
            and isinstance(node.test.left, ast.Name)
            and node.test.left.id == "code"
            and _passes_code_on(node)
        ):
            for comparator in node.test.comparators:
                found |= _strings(comparator)
    return found


def modules() -> list[str]:
    """Each available platform's client module (from the registry), the shared transport and the engine."""
    clients = [spec.client.partition(":")[0] for spec in registry.available()]
    return sorted(set(clients)) + list(SHARED)


def source_of(module: str) -> str:
    return Path(importlib.import_module(module).__file__).read_text(encoding="utf-8")


def test_the_collector_finds_codes_of_every_kind_of_call(tmp_path):
    source = (
        "def f(code):\n"
        "    a = Answer(base.ISSUED, 'made_up_issued', 'm')\n"
        "    raise PlatformError(base.FAILED, 'made_up_error', 'm')\n"
        "    b = dataclasses.replace(a, code='made_up_replaced')\n"
        "    if code in ('made_up_passed', 'made_up_too'):\n"
        "        return answer(base.REJECTED, code, 'm')\n"
        "    if code == 'compared_only':\n"
        "        return answer(base.REJECTED, 'made_up_mapped', 'm')\n"
        "    self._set_row(row, 'failed', 'made_up_row', 'm')\n"
    )
    assert codes_in(source) == {
        "made_up_issued",
        "made_up_error",
        "made_up_replaced",
        "made_up_passed",
        "made_up_too",
        "made_up_mapped",
        "made_up_row",
    }


def test_the_new_platforms_codes_are_among_those_collected():
    certifier = codes_in(source_of(registry.CERTIFIER.client.partition(":")[0]))
    award_service = codes_in(source_of(registry.AWARD_SERVICE.client.partition(":")[0]))
    assert {"issued_draft", "issued_after_expired", "payment_required", "missing_version"} <= certifier
    assert {"token_not_permitted", "peer_mentor_unknown", "revoke_unconfirmed"} <= award_service


@pytest.mark.parametrize("module", modules())
def test_every_code_a_client_or_the_engine_can_set_has_a_text(module):
    missing = sorted(codes_in(source_of(module)) - set(outcomes.TEMPLATES))
    assert missing == []


@pytest.mark.parametrize("module", modules())
def test_every_text_can_be_filled_in(module):
    """Each code's text formats with its own placeholders (nothing falls back to the English message)."""
    for code in sorted(codes_in(source_of(module))):
        fields = {name for _, name, _, _ in string.Formatter().parse(outcomes.TEMPLATES[code]) if name}
        params = {name: f"<{name}>" for name in fields - {"said"}}
        text = outcomes.explain(code, params, "FALLBACK")
        assert text != "FALLBACK" and "{" not in text, code


def test_the_platforms_own_words_and_the_learners_id_are_in_the_text():
    text = outcomes.explain("peer_mentor_unknown", {"key": "PM-9999", "detail": "Peer mentor not found"}, "")
    assert "PM-9999" in text and "(the platform said: Peer mentor not found)" in text
    assert "(the platform said" not in outcomes.explain("payment_required", {"detail": ""}, "")
    assert outcomes.explain("deleted", {"reason": "Wrong cohort"}, "") == "Deleted permanently: Wrong cohort"
