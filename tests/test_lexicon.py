"""The lexicon keeps its promise: every table is used by the rules, no table holds an entry twice,
and every module says what it holds (docs/architecture.md, "Where a change goes").

The sources are read with `ast`, so a new table is checked without being listed here."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from collections import Counter
from pathlib import Path

import pytest

import briefing
import briefing.lexicon

PACKAGE = Path(briefing.__file__).resolve().parent
LEXICON = Path(briefing.lexicon.__file__).resolve().parent
MODULES = sorted(m.name for m in pkgutil.iter_modules([str(LEXICON)]))


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _tables(tree: ast.Module) -> list[str]:
    """The public tables a lexicon module defines: its module-level UPPER_CASE names."""
    names = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) else []
        names += [t.id for t in targets if isinstance(t, ast.Name) and t.id.isupper() and not t.id.startswith("_")]
    return names


def _used_tables(path: Path) -> set[tuple[str, str]]:
    """(module, name) of every name the source at `path` imports from a `briefing.lexicon` module and
    then uses (not only imports)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path).rpartition(".")[0]
    imported: dict[str, tuple[str, str]] = {}  # local name -> (module, name)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            if module.startswith("briefing.lexicon."):
                for alias in node.names:
                    imported[alias.asname or alias.name] = (module, alias.name)
    loaded = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    return {imported[name] for name in loaded if name in imported}


def _unused_tables() -> list[str]:
    used: set[tuple[str, str]] = set()
    for path in PACKAGE.rglob("*.py"):
        used |= _used_tables(path)
    unused = []
    for name in MODULES:
        tree = ast.parse((LEXICON / f"{name}.py").read_text(encoding="utf-8"))
        module = f"briefing.lexicon.{name}"
        # used by some module of briefing/ other than its own (a module never imports itself)
        unused += [f"{module}.{table}" for table in _tables(tree) if (module, table) not in used]
    return unused


def _literal_duplicates(tree: ast.Module) -> list[str]:
    """Entries written twice in one literal of a table (a list, tuple or set, or a dict's keys):
    `frozenset([...])` loses them at import time, so the source is what shows them."""
    found = []
    for node in tree.body:
        if not isinstance(node, (ast.Assign, ast.AnnAssign)) or node.value is None:
            continue
        table = ast.unparse(node.targets[0] if isinstance(node, ast.Assign) else node.target)
        for literal in ast.walk(node.value):
            if isinstance(literal, (ast.List, ast.Tuple, ast.Set)):
                entries = literal.elts
            elif isinstance(literal, ast.Dict):
                entries = [k for k in literal.keys if k is not None]
            else:
                continue
            counts = Counter(e.value for e in entries if isinstance(e, ast.Constant))
            found += [f"{table}: {entry!r}" for entry, n in counts.items() if n > 1]
    return found


def _value_duplicates(module: object) -> list[str]:
    """Entries that a tuple table holds twice once built (`TITLES = POSTS + (…)` repeating a post)."""
    found = []
    for table, value in vars(module).items():
        if table.isupper() and isinstance(value, tuple) and all(isinstance(v, str) for v in value):
            found += [f"{table}: {entry!r}" for entry, n in Counter(value).items() if n > 1]
    return found


def test_the_lexicon_is_split_by_domain() -> None:
    assert len(MODULES) >= 5
    init = ast.parse((LEXICON / "__init__.py").read_text(encoding="utf-8"))
    # only a docstring: every importer names the domain module (`from ..lexicon.people import TITLES`)
    assert ast.get_docstring(init)
    assert len(init.body) == 1


def test_every_table_is_used() -> None:
    assert _unused_tables() == []


@pytest.mark.parametrize("name", MODULES)
def test_no_table_holds_a_duplicate(name: str) -> None:
    tree = ast.parse((LEXICON / f"{name}.py").read_text(encoding="utf-8"))
    module = importlib.import_module(f"briefing.lexicon.{name}")
    assert _literal_duplicates(tree) + _value_duplicates(module) == []


@pytest.mark.parametrize("name", ["__init__"] + MODULES)
def test_every_module_says_what_it_holds(name: str) -> None:
    tree = ast.parse((LEXICON / f"{name}.py").read_text(encoding="utf-8"))
    assert ast.get_docstring(tree), f"briefing/lexicon/{name}.py has no docstring"


def test_lexicon_modules_import_nothing_but_each_other() -> None:
    """The lexicon is the base layer of the rules: data, no logic to import."""
    for name in MODULES:
        tree = ast.parse((LEXICON / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module != "__future__":
                assert node.level == 1, f"lexicon/{name}.py imports {node.module}"
            assert not isinstance(node, ast.Import), f"lexicon/{name}.py imports a module"
