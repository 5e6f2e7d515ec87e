"""The house rules that keep the people finder readable: short functions, passes in one declared order."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PEOPLE = Path(__file__).resolve().parent.parent / "briefing" / "people"
LONGEST = 80


@pytest.mark.parametrize("module", sorted(PEOPLE.glob("*.py")), ids=lambda p: p.name)
def test_no_function_of_the_people_finder_is_over_80_lines(module: Path) -> None:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    long = [f"{node.name} ({node.end_lineno - node.lineno + 1} lines)" for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and node.end_lineno is not None and node.end_lineno - node.lineno + 1 > LONGEST]
    assert not long, f"{module.name}: split {', '.join(long)}"


def test_the_people_finder_runs_its_declared_passes_in_order() -> None:
    from briefing.people import participants

    assert len(participants.PASSES) >= 8
    source = ast.parse((PEOPLE / "participants.py").read_text(encoding="utf-8"))
    find_cast = next(n for n in ast.walk(source) if isinstance(n, ast.FunctionDef) and n.name == "find_cast")
    assert "PASSES" in ast.unparse(find_cast)
