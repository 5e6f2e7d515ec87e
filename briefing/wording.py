"""Words for the English messages on stderr and in the log: counts that read right for one and many."""

from __future__ import annotations

import re


def plural_of(noun: str) -> str:
    """The regular English plural: `story` → `stories`, `process` → `processes`, `article` → `articles`."""
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    if re.search(r"(?:s|x|z|ch|sh)$", noun):
        return noun + "es"
    return noun + "s"


def count(n: int, noun: str, plural: str | None = None) -> str:
    """`1 article`, `2 articles`, `0 articles`, `1 entry`, `3 entries`; `plural` for an irregular noun
    (`count(2, "person", "people")`)."""
    return f"{n} {noun if n == 1 else (plural or plural_of(noun))}"
