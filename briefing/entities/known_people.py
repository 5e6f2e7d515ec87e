"""Known people: names of several words that Wikidata gives a human (`자비네 빈터`, `케이시 유진 페어`).

The list is Kiwi's multi-word dictionary (`kiwipiepy_model`, Apache-2.0; labels from Wikidata) cut to
the entries of class human written in Hangul words, built by `eval/entities/known_people.py` and shipped
in `data/known_people.txt.gz` (licence and attribution in `data/README.md`). Kiwi itself is loaded
without that dictionary: it would cost every run 1.5 s and 190 MB to load, where this list costs a
tenth of a second and 30 MB, read on first use.

Read by the people stage (`people.learned.find_known_names`): a run of words the list holds, that no
pass took, is a person's name where the entity model does not read one.
"""

from __future__ import annotations

import gzip
from functools import lru_cache

from .model import DATA_DIR

KNOWN_PEOPLE_FILE = DATA_DIR / "known_people.txt.gz"

#: The most words of a listed name the people stage looks for (three in a hundred names have more).
MAX_NAME_WORDS = 3


@lru_cache(maxsize=1)
def known_people() -> frozenset[str]:
    """Every name in the list, its words joined by one space."""
    return frozenset(gzip.decompress(KNOWN_PEOPLE_FILE.read_bytes()).decode("utf-8").split("\n")) - {""}
