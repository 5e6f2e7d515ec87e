"""Every command has help with an example and a section in the README (as sqlite-utils does)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_command_documented(name: str) -> None:
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output, f"`briefing {name} --help` has no example"
    assert f"### `briefing {name}" in README, f"README has no section for `briefing {name}`"


def test_readme_gives_the_two_commands() -> None:
    assert "./scripts/demo" in README and "./scripts/test" in README
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "scripts/test" in ci


def test_readme_says_how_to_run_the_command_the_demo_installed() -> None:
    """After `./scripts/demo`, `briefing` is in .venv, not on PATH: the README says how to run it, and
    what it says is where scripts/setup puts it (this test runs from that very venv in scripts/test)."""
    root = Path(__file__).resolve().parent.parent
    demo = (root / "scripts" / "demo").read_text(encoding="utf-8")
    assert ".venv/bin/briefing build" in demo
    assert ".venv/bin/briefing build" in README and "source .venv/bin/activate" in README
    setup = (root / "scripts" / "setup").read_text(encoding="utf-8")
    assert "-m venv .venv" in setup and "pip install" in setup


def test_readme_library_imports_resolve() -> None:
    """Every `from briefing… import …` line of the README's examples names something that exists."""
    import importlib
    import re

    lines = re.findall(r"^from (briefing[\w.]*) import ([\w, ]+)", README, flags=re.MULTILINE)
    assert len(lines) >= 4
    for module, names in lines:
        loaded = importlib.import_module(module)
        for name in (n.strip() for n in names.split(",")):
            assert hasattr(loaded, name), f"README: {module} has no {name}"
