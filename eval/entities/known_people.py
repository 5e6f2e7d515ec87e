"""Build `briefing/entities/data/known_people.txt.gz`: the names of people that Kiwi's multi-word
dictionary holds.

Kiwi's model package (`kiwipiepy_model`, Apache-2.0) ships `multi.dict`, proper nouns of several words
taken from Wikidata's Korean labels, each with the Wikidata class it was taken for (`# Q5`: a human).
The names of humans written in Hangul words alone (`자비네 빈터`, `케이시 유진 페어`) are kept, one per
line, sorted; spellings the dictionary lists as variants of a name (`더글라스 애덤스` for `더글러스
애덤스`) are names too. Run after installing the project (`pip install -e .`):

    python eval/entities/known_people.py
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import kiwipiepy_model

OUT = Path(__file__).resolve().parents[2] / "briefing" / "entities" / "data" / "known_people.txt.gz"
#: Two words or more, each of Hangul syllables only.
_HANGUL_WORDS = re.compile(r"[가-힣]+(?: [가-힣]+)+")
#: The Wikidata class of a human.
_HUMAN = "# Q5"


def names(path: Path) -> list[str]:
    """The sorted names of humans in a `multi.dict` (form, tag or analysis, score, `# Qclass`)."""
    found = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 4 or fields[3].strip() != _HUMAN:
            continue
        if _HANGUL_WORDS.fullmatch(fields[0]):
            found.add(fields[0])
    return sorted(found)


def main() -> None:
    source = Path(kiwipiepy_model.get_model_path()) / "multi.dict"
    found = names(source)
    # mtime=0: the same dictionary gives the same bytes
    OUT.write_bytes(gzip.compress(("\n".join(found) + "\n").encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{len(found)} names from {source} (kiwipiepy_model {kiwipiepy_model.__version__}) -> {OUT}")


if __name__ == "__main__":
    main()
