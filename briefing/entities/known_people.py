"""Known people and things: names of several words that Wikidata gives a human (`자비네 빈터`, `케이시
유진 페어`), or something else (`산둥 타이산`, a club; `레인보우 식스 시즈`, a game).

The lists are Kiwi's multi-word dictionary (`kiwipiepy_model`, Apache-2.0; labels from Wikidata) cut to
the entries written in Hangul words, split by their class, built by `eval/entities/known_people.py` and
shipped in `data/known_people.txt.gz` and `data/known_things.txt.gz` (licence and attribution in
`data/README.md`). Kiwi itself is loaded without that dictionary: it would cost every run 1.5 s and
190 MB to load, where these lists cost a tenth of a second and 40 MB, read on first use.

Read by the people stage: a run of words the list of people holds, that no pass took, is a person's
name where the entity model does not read one (`people.learned.find_known_names`); a name of several
words the list of things holds is no person (`people.learned.vet_names_by_gazetteer`).
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

from .model import DATA_DIR

KNOWN_PEOPLE_FILE = DATA_DIR / "known_people.txt.gz"
KNOWN_THINGS_FILE = DATA_DIR / "known_things.txt.gz"

#: The most words of a listed name the people stage looks for (three in a hundred names have more).
MAX_NAME_WORDS = 3


@lru_cache(maxsize=1)
def known_people() -> frozenset[str]:
    """Every person's name in the list, its words joined by one space."""
    return _read(KNOWN_PEOPLE_FILE)


@lru_cache(maxsize=1)
def known_things() -> frozenset[str]:
    """Every name of something that is no person (a club, a company, a game, a place, a work)."""
    return _read(KNOWN_THINGS_FILE)


def _read(path: Path) -> frozenset[str]:
    return frozenset(gzip.decompress(path.read_bytes()).decode("utf-8").split("\n")) - {""}
