"""Known people and things: names of several words that Wikidata gives a human (`자비네 빈터`, `케이시
유진 페어`), or something else (`산둥 타이산`, a club; `레인보우 식스 시즈`, a game).

The lists are Kiwi's multi-word dictionary (`kiwipiepy_model`, Apache-2.0; labels from Wikidata) cut to
the entries written in Hangul words and split by their class, built by `eval/entities/known_people.py`
(which writes the readable lists too). They ship as indexes (`data/known_people.idx`,
`data/known_things.idx`; licence and attribution in `data/README.md`): the sorted 64-bit BLAKE2b hashes
of the names, read in a fraction of a millisecond into 1.7 MB and looked up by bisection, where a set of
the names themselves would take a tenth of a second and 40 MB, and Kiwi's own dictionary 1.5 s and
190 MB (Kiwi is loaded without it). Two names share a hash about once in 10¹⁴ lookups.

Read by the people stage: a run of words the list of people holds, that no pass took, is a person's
name where the entity model does not read one (`people.learned.find_known_names`); a name of several
words the list of things holds is no person (`people.learned.vet_names_by_gazetteer`).
"""

from __future__ import annotations

import array
import bisect
import hashlib
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from .model import DATA_DIR

KNOWN_PEOPLE_FILE = DATA_DIR / "known_people.idx"
KNOWN_THINGS_FILE = DATA_DIR / "known_things.idx"

#: The most words of a listed name the people stage looks for (three in a hundred names have more).
MAX_NAME_WORDS = 3


def name_hash(name: str) -> int:
    """The 64-bit key of a name in an index: its UTF-8 bytes' BLAKE2b digest of 8 bytes, little-endian."""
    return int.from_bytes(hashlib.blake2b(name.encode("utf-8"), digest_size=8).digest(), "little")


def index_bytes(names: Iterable[str]) -> bytes:
    """The bytes of an index of `names`: their hashes (`name_hash`), sorted, 8 bytes each, little-endian."""
    keys = array.array("Q", sorted({name_hash(name) for name in names}))
    if sys.byteorder == "big":
        keys.byteswap()
    return keys.tobytes()


class NameIndex:
    """A set of names held as their sorted hashes (`name_hash`); `name in index` looks one up."""

    def __init__(self, path: Path) -> None:
        self._keys = array.array("Q")
        self._keys.frombytes(path.read_bytes())
        if sys.byteorder == "big":
            self._keys.byteswap()  # (`index_bytes` writes little-endian)

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        key = name_hash(name)
        i = bisect.bisect_left(self._keys, key)
        return i < len(self._keys) and self._keys[i] == key

    def __len__(self) -> int:
        return len(self._keys)


@lru_cache(maxsize=1)
def known_people() -> NameIndex:
    """Every person's name in the list, its words joined by one space."""
    return NameIndex(KNOWN_PEOPLE_FILE)


@lru_cache(maxsize=1)
def known_things() -> NameIndex:
    """Every name of something that is no person (a club, a company, a game, a place, a work)."""
    return NameIndex(KNOWN_THINGS_FILE)


def a_known_thing(name: str) -> bool:
    """The list of known things holds the name, and the list of known people does not (`토트넘 홋스퍼`; not
    `라이언 플라허티`, a name both give)."""
    return name in known_things() and name not in known_people()
