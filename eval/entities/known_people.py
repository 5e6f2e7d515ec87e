"""Build `briefing/entities/data/known_people.idx` and `known_things.idx`: the names of people, and of
other things, of several words that Kiwi's multi-word dictionary holds.

Kiwi's model package (`kiwipiepy_model`, Apache-2.0) ships `multi.dict`, proper nouns of several words
taken from Wikidata's Korean labels, each with the Wikidata class it was taken for (`# Q5`: a human).
Entries written in Hangul words alone are kept, one per line, sorted: those of class human
(`자비네 빈터`, `케이시 유진 페어`; spellings the dictionary lists as variants of a name, `더글라스 애덤스` for
`더글러스 애덤스`, too) as people; those of any other class (`산둥 타이산`, a club; `레인보우 식스 시즈`, a
game) that no human shares as things, leaving out the classes that are names themselves (a family
name, a given name, a page listing people of one name) and characters of fiction. The package ships each list as an index of the names' hashes
(`briefing.entities.known_people`); `--lists DIR` writes the names themselves too, one per line, to
read. Run after installing the project (`pip install -e .`):

    python eval/entities/known_people.py [--lists DIR]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import kiwipiepy_model

from briefing.entities.known_people import index_bytes

DATA = Path(__file__).resolve().parents[2] / "briefing" / "entities" / "data"
#: Two words or more, each of Hangul syllables only.
_HANGUL_WORDS = re.compile(r"[가-힣]+(?: [가-힣]+)+")
#: The Wikidata class of a human.
_HUMAN = "# Q5"
#: Classes that are names, not things: a disambiguation page, one of people's names, a family name, a
#: given name; and characters, who speak as themselves in a drama's recap: a fictional human, a
#: character of fiction, of literature, of television, of film, of animation, of comics, of myth.
_NAMES = frozenset(["# Q4167410", "# Q22808320", "# Q101352", "# Q202444",
                    "# Q15632617", "# Q95074", "# Q3658341", "# Q15773317", "# Q15773347", "# Q15711870",
                    "# Q1114461", "# Q4271324"])


def names(path: Path) -> tuple[list[str], list[str]]:
    """The sorted names of humans, and of things, in a `multi.dict` (form, tag or analysis, score,
    `# Qclass`)."""
    people: set[str] = set()
    things: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 4 or not _HANGUL_WORDS.fullmatch(fields[0]):
            continue
        kind = fields[3].strip()
        if kind == _HUMAN:
            people.add(fields[0])
        elif kind not in _NAMES:
            things.add(fields[0])
    return sorted(people), sorted(things - people)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lists", type=Path, help="also write the names, one per line, into this folder")
    args = parser.parse_args()
    source = Path(kiwipiepy_model.get_model_path()) / "multi.dict"
    people, things = names(source)
    for stem, lines in (("known_people", people), ("known_things", things)):
        (DATA / f"{stem}.idx").write_bytes(index_bytes(lines))
        if args.lists:
            args.lists.mkdir(parents=True, exist_ok=True)
            (args.lists / f"{stem}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(people)} people and {len(things)} things from {source} "
          f"(kiwipiepy_model {kiwipiepy_model.__version__}) -> {DATA}")


if __name__ == "__main__":
    main()
