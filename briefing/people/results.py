"""Results: who won the game a sports report covers, and the coaches it names by the side they led.

A report calls a coach the winning or the losing one (`승장 황선홍 감독`, `'승장' 강인권 감독은`,
`승장이 된 요시하라 감독은`) and says elsewhere who won: a score between the two sides (`대전 3-1
서울`), a side that beat the other (`KT를 3-2로 꺾었다`), won (`NC가 이날 3-2로 승리하면서`), whose win
a game ended in (`흥국생명의 승리로 끝났다`), that handed the other a defeat (`우리은행에 패배를 안겼다`) or
lost to it (`KT에 2-3으로 패했다`). The first sentence that says so is the game's; a side is a word a
body's name can be (a place, a body the gazetteer or the cast knows, Latin letters). The coach belongs
to the side they are called by, unless a rule gave them a body already.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..entities.model import gazetteer
from ..lexicon.bodies import ORG_SUFFIXES, TEAM_NICKNAMES
from ..lexicon.games import LOSS_VERBS, SIDE_WORDS, WIN_NOUNS, WIN_VERBS
from ..lexicon.places import PLACES
from ..models import Sentence
from .cast import Cast, find_person
from .names import Word


@dataclass(frozen=True)
class Sides:
    """The winner and the loser of the game a report covers, as the report writes them (None: not said)."""

    winner: str | None = None
    loser: str | None = None


_SIDE = r"([^\s\d,.'\"‘’“”()\[\]]+?)"
_SCORE = r"\d{1,3}\s?[-:]\s?\d{1,3}"
_FILLER = r"(?:\S+\s){0,%d}?"
_SUBJECT = r"(?:이|가|은|는)\s"


def _alternatives(stems: Sequence[str]) -> str:
    return "(?:" + "|".join(map(re.escape, stems)) + ")"


#: (pattern, which group wins, which group loses): groups 1 and 2, 0 for no side, -1 for both read from
#: the score between them.
_PATTERNS: tuple[tuple[re.Pattern[str], int, int], ...] = (
    # `대전 3-1 서울 경기`: the sides either side of the score (the winner read from the score)
    (re.compile(rf"(?:^|\s){_SIDE}\s(\d{{1,3}})\s?[-:]\s?(\d{{1,3}})\s{_SIDE}(?=[\s의]|$)"), -1, -1),
    # `NC는 KT를 3-2로 꺾었다`
    (re.compile(rf"(?:^|\s){_SIDE}{_SUBJECT}{_FILLER % 6}{_SIDE}(?:을|를)\s{_FILLER % 3}{_alternatives(WIN_VERBS)}"),
     1, 2),
    # `KB스타즈가 우리은행에 시즌 두번째 패배를 안겼다`
    (re.compile(rf"(?:^|\s){_SIDE}{_SUBJECT}{_FILLER % 3}{_SIDE}(?:에|에게)\s{_FILLER % 3}(?:패배|완패|역전패)를\s안"),
     1, 2),
    # `KT는 NC에 2-3으로 패했다`
    (re.compile(rf"(?:^|\s){_SIDE}{_SUBJECT}{_FILLER % 3}{_SIDE}(?:에|에게)\s(?:{_SCORE}\S*\s)?"
                rf"{_alternatives(LOSS_VERBS)}"), 2, 1),
    # `흥국생명의 승리로 끝났다` (before the next: `경기가 흥국생명의 승리로`)
    (re.compile(rf"(?:^|\s){_SIDE}의\s(?:\S+\s)?{_alternatives(WIN_NOUNS)}로\s(?:끝|마무리)"), 1, 0),
    # `NC가 이날 3-2로 승리하면서`
    (re.compile(rf"(?:^|\s){_SIDE}{_SUBJECT}{_FILLER % 4}(?:{_SCORE}\S*\s)?{_alternatives(WIN_NOUNS)}"), 1, 0),
)


#: `정관장과 흥국생명의 경기가`: the two sides a game is between.
_GAME_OF = re.compile(rf"(?:^|\s){_SIDE}(?:와|과)\s{_SIDE}의\s(?:\S+\s)?(?:경기|맞대결|대결|승부)")


#: The rest of a verb or noun of winning that makes it no result: a condition (`꺾는다면`, `꺾게 되면`,
#: `승리할 경우`; not `승리하면서`).
_UNREAL = re.compile(r"\S*(?:면(?![가-힣])|\s되면|\s경우)")
#: A set or a quarter won, not the game (`1세트와 4세트 승리로`).
_PART_OF_A_GAME = re.compile(r"(?:세트|쿼터|라운드|이닝)\s\S*$")


def read_sides(sentences: Sequence[Sentence], cast: Cast) -> Sides:
    """The winner and loser the first sentence that says a result gives (`Sides()` if none does)."""
    paired = {side for sentence in sentences for m in _GAME_OF.finditer(sentence.text) for side in m.groups()}
    for sentence in sentences:
        for pattern, win, lose in _PATTERNS:
            for m in pattern.finditer(sentence.text):
                if _UNREAL.match(sentence.text, m.end()) or _PART_OF_A_GAME.search(sentence.text, 0, m.end()):
                    continue  # `제주가 포항을 꺾는다면`, `꺾게 되면`: no result; `1세트와 4세트 승리로`: a set's
                if win == -1:  # a score between the sides
                    a, x, y, b = m.groups()
                    if x == y or not (_a_side(a, cast, paired) and _a_side(b, cast, paired)):
                        continue
                    return Sides(a, b) if int(x) > int(y) else Sides(b, a)
                winner = m.group(win)
                loser = m.group(lose) if lose else None
                if _a_side(winner, cast, paired) and (loser is None or (_a_side(loser, cast, paired) and loser != winner)):
                    return Sides(winner, loser)
    return Sides()


def _a_side(name: str, cast: Cast, paired: set[str]) -> bool:
    """A word a side's name can be: one of two a game is said to be between (`paired`), a place (a team
    named after its town), a body by its ending, the gazetteer or the cast, or Latin letters (`NC`,
    `KT`); never a person the cast holds, nor a common noun of Kiwi's dictionary wherever the word
    stands (`경기가`: a game, not the province)."""
    if find_person(cast, name) is not None or not any(w.base == name and not w.common_noun for w in cast.words):
        return False
    return name in paired or name in PLACES or gazetteer().get(name) in ("ORG", "LOC") \
        or name.endswith(ORG_SUFFIXES + TEAM_NICKNAMES) or re.fullmatch(r"[A-Za-z]{2,5}", name) is not None \
        or name in cast.aliases or any(p.kind == "org" and p.name == name for p in cast.people)


def give_sides(sentences: Sequence[Sentence], cast: Cast) -> None:
    """Give each person the rules left without a body the side a word before one of their mentions
    calls them by (`승장 황선홍 감독`, `승장이 된 요시하라 감독은`), where the report says that side
    (`read_sides`, read only where such a word stands)."""
    by_start = {w.start: k for k, w in enumerate(cast.words)}
    called: list[tuple[int, str]] = []
    for m in cast.mentions:
        person = cast.people[m.key] if m.key >= 0 else None
        if person is None or person.kind != "person" or person.organization or m.kind != "person":
            continue
        k = by_start.get(m.start)
        side = _side_word_before(cast.words, k) if k is not None else None
        if side:
            called.append((m.key, side))
    if not called:
        return
    sides = read_sides(sentences, cast)
    for key, side in called:
        team = sides.winner if side == "winner" else sides.loser
        if team and not cast.people[key].organization:
            cast.people[key].organization = team


def _side_word_before(words: list[Word], k: int) -> str | None:
    """`승장 황선홍`, `'승장' 강인권`, `△패장 김기동`, `승장이 된 요시하라`: the side the word before word k
    names, in its sentence."""
    for j, tail in ((k - 1, ()), (k - 2, ("된",))):
        if j < 0 or words[j].sentence != words[k].sentence:
            return None
        if tail and not (words[j + 1].base in tail and words[j].particle == "이"):
            continue
        if not tail and words[j].particle:
            continue
        side = SIDE_WORDS.get(words[j].base.strip("△▲□■'‘’\"“”"))
        if side:
            return side
    return None
