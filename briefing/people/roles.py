"""Titles a verb gives: `김제동, 김이나, 풍자, 송해나 등이 MC를 맡았다`, `주장을 맡은 김강선은`,
`태너 털리를 선발 투수로 예고했고`, `강사로 나선 홍봉기`.

`맡다` ("take on, hold") with a title as its object says that its subject holds that title: the
person named before with a subject's or topic's particle, every person of a list closed by `등이`,
or, when the verb modifies a noun (`MC를 맡은 김성주는`), the person named right after it. Only a
title the tables know (`split_title`), never a part in a play (`옥주 역을 맡아`, `‘오택’을 맡았다`),
and never `맡기다` ("entrust": `주장을 맡겼다` gives it to someone else). Only people without a title
take it: a title given with the name is theirs already.

A title with `로`/`으로` ("as") before a verb of appointing (`선임했다`, `예고했고`, `내세웠다`) goes to the person
named before as its object (`김승기를 새로운 감독으로 선임했다`), and a post someone is elected or appointed to
(`선출`, `선임`, `임명`) replaces the title written with their name (`도정태 의원을 의장으로 선출했고`: 의장); before a verb of serving or playing
(`나섰다`, `활약 중인`, `출전한`), to the person named before as its subject, or, when the verb
modifies a noun, to the person named right after it (`강사로 나선 홍봉기 …`, `해설위원으로 활약 중인 …`).
Only a title the tables know (`서포터즈로 활약 중인` gives none).

A title with `이`/`가` before `된` ("who became") is that of the person named right after it (`신한은행
선수가 된 케이티 티머맨`).

A title with `로는` ("as for") is that of every person listed after it up to the clause's verb
(`좌완 선발로는 조던 몽고메리, 블레이크 스넬, …에 이은 8위다`, `한국 선수로는 … 신유빈 … 이상수가 참가했다`).

A title after a count of people (`총 5명의 … 선수가`, `등 총 10명의 MC가`) is that of the people listed
right before the count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon.grammar import OBJECT_PARTICLES, SPEAKER_PARTICLES
from ..lexicon.people import ROLE_AWARDS
from ..lexicon.places import PLACES
from .cast import Cast, better_title
from .names import Word, split_title

#: A form of `맡다`, not of `맡기다`.
_HOLDS = re.compile(r"^맡(?!기)")
#: Objects of `맡다` that are parts in a play or a film, not titles.
_PARTS = frozenset(["역", "배역", "역할", "주연", "조연"])
#: Words after `맡은` read for the person it describes (`MC를 맡은 방송인 김성주는`).
_AFTER_WINDOW = 3
#: Verbs that appoint someone as a title (`… 감독으로 선임했다`): the title is their object's.
_APPOINTS = ("선임", "임명", "선출", "예고", "내정", "발탁", "기용", "낙점", "위촉", "지명", "내세", "투입")
#: Verbs that make someone the holder of a post (`도정태 의원을 의장으로 선출했고`, `… 사장으로 선임했다`): the
#: post is the story's news, and it replaces the title written with the name (their post before).
_TAKES_OFFICE = ("선임", "임명", "선출")
#: Verbs of serving or playing as a title (`감독 대행으로 나섰다`, `최고경영자로 일했던`, `장교로 임관한`): the
#: title is their subject's.
_SERVES = ("나서", "나섰", "나선", "나설", "활약", "출전", "합류", "데뷔", "활동", "취임", "부임", "일하", "일했",
           "일한", "일해", "일할", "근무", "재직", "복무", "임관")
#: A passive of appointing (`발탁된`, `선임된`) modifies the person it made the title's (`국가대표로 발탁된
#: 남편 기성용`).
_PASSIVE = re.compile(r"^(?:" + "|".join(_APPOINTS) + r")(?:된|되었던|됐던|되어|돼)")
#: Dependent nouns after which a modifier ends a statement of the subject's (`임관한 바 있다`, `일한 적이
#: 있다`), not a description of the person after it.
_STATEMENT_NOUNS = frozenset(["바", "적"])
#: `활약 중인`: a noun of the verb, then `중인`, modifying the name after it.
_ONGOING = "중"


def titles_held(cast: Cast, per_sentence: Sequence[list[Word]], *, new_posts_only: bool = False) -> None:
    """Give each person without a title the title `맡다` says they hold (module docstring). `new_posts_only`:
    only the posts people are elected or appointed to (an early pass, before short forms are read: `도
    의장은` after `도정태 의원을 의장으로 선출했고`)."""
    spans = [(m.start, m.end, m.key) for m in cast.mentions
             if m.kind == "person" and m.key >= 0 and cast.people[m.key].kind == "person"]
    if not spans:
        return
    for words in per_sentence:
        for j in range(len(words) - 1):
            if words[j].particle not in _TITLE_PARTICLES:
                continue  # (most words: none of the readers below takes them)
            title = _title_held(words, j)
            new_post = False
            if title is not None:
                holders = _after(words, j + 2, spans) if words[j + 1].modifier else _before(words, j, spans)
            else:
                title, holders = _title_served(words, j, spans)
                new_post = title is not None and words[j + 1].verbal and words[j + 1].text.startswith(_TAKES_OFFICE)
            if new_posts_only and not new_post:
                continue
            if title is None:
                title, holders = _title_of_a_list(words, j, spans)
            if title is None:
                title, holders = _title_become(words, j, spans)
            if title is None:
                title, holders = _title_of_a_count(words, j, spans)
            for key in holders:
                cast.people[key].title = title if new_post else better_title(cast.people[key].title, title)


def titles_from_awards(cast: Cast, per_sentence: Sequence[list[Word]]) -> None:
    """`△최우수선수상 지의수(중경고)`, `최우수심판상 장근재·김대석·조순식`: the people named right after an award
    named after its winner's role (`ROLE_AWARDS`), one after another in a list, hold that title when they
    have none."""
    mention_at = {m.start: m for m in cast.mentions
                if m.kind == "person" and m.key >= 0 and cast.people[m.key].kind == "person"}
    if not mention_at:
        return
    for words in per_sentence:
        for j, word in enumerate(words[:-1]):
            title = next((role for ending, role in ROLE_AWARDS.items() if word.base.endswith(ending)), None)
            if title is None or word.particle not in _AWARD_PARTICLES:
                continue
            k = j + 1
            while k < len(words) and (m := mention_at.get(words[k].start)) is not None and m.sentence == word.sentence \
                    and m.particle in _WINNER_PARTICLES:
                person = cast.people[m.key]
                person.title = better_title(person.title, title)
                while k < len(words) and words[k].start < m.end:
                    k += 1  # past the name's words
                if not words[k - 1].comma:
                    break  # the list ends with this name


#: The particles an award takes before its winners (`최우수선수상 지의수`, `최우수선수상은 지의수`, `우수
#: 선수상에는 전소열`), and those a winner's name takes in the list (not `감투상에`: the next award).
_AWARD_PARTICLES = frozenset({"", "은", "는", "에", "에는"})
_WINNER_PARTICLES = frozenset({"", "이", "가", "은", "는", "와", "과"})


#: The particles of a title word the readers below take: the object of `맡다` (`_title_held`), `로`
#: before serving or appointing (`_title_served`), `로는` before a list (`_title_of_a_list`), `이`/`가`
#: before `된` (`_title_become`), a subject's or topic's after a count of people (`_title_of_a_count`).
_TITLE_PARTICLES = frozenset({"을", "를", "로", "으로", "로는", "으로는", "이", "가", "은", "는", "도"})


def _title_become(words: list[Word], j: int, spans: list[tuple[int, int, int]]) -> tuple[str | None, list[int]]:
    """`신한은행 선수가 된 케이티 티머맨(24)`, `투수가 된 페어뱅크스는`: a title word with `이`/`가` before
    `된` ("who became") is the title of the person named right after; else (None, [])."""
    word, verb = words[j], words[j + 1]
    if word.particle not in ("이", "가") or verb.text != "된" or split_title(word.base) != (None, word.base):
        return None, []
    return word.base, _after(words, j + 2, spans)


#: A count of people before `의` (`5명의`, `10명의`).
_COUNT_OF_PEOPLE = re.compile(r"^\d{1,3}명$")


def _title_of_a_count(words: list[Word], j: int, spans: list[tuple[int, int, int]]) -> tuple[str | None, list[int]]:
    """`강태영, 김재호, 이규민 총 5명의 우성종합건설 소속 선수가`, `전현무, 박지윤, … 등 총 10명의 MC가`: a
    title after a count of people (`N명의`, a body with `소속` between) is that of the people listed
    right before the count (two or more; `총` and `등` passed over, `까지` on the last item); else
    (None, [])."""
    word = words[j]
    if word.particle not in ("이", "가", "은", "는", "도") or split_title(word.base) != (None, word.base):
        return None, []
    k = j - 1
    if k >= 1 and words[k].base == "소속" and not words[k].particle:
        k -= 2  # (`우성종합건설 소속`: the body is read where the people are introduced)
    if k < 1 or words[k].particle != "의" or not _COUNT_OF_PEOPLE.match(words[k].base) \
            or words[k].sentence != word.sentence:
        return None, []
    k -= 1
    if k >= 1 and words[k].base == "총" and not words[k].particle:
        k -= 1
    if words[k].base == "등" and not words[k].particle:
        k -= 1
    if words[k].particle and words[k].particle != _LIST_END:
        return None, []  # (`김철수는 3명의 선수가`: the count is no list's)
    listed = _listed_before(words, k + 1, spans)
    return (word.base, listed) if len(listed) >= 2 else (None, [])


#: The particle that closes a list as `등` does, on its last item (`…, 변진재(34)까지 총 5명의`: "up to").
_LIST_END = "까지"


def _title_held(words: list[Word], j: int) -> str | None:
    """The title word `j` is, when it is the object of `맡다` right after it; else None."""
    word = words[j]
    if word.particle not in ("을", "를") or not _HOLDS.match(words[j + 1].text) or word.base in _PARTS:
        return None
    return word.base if split_title(word.base) == (None, word.base) else None


def _title_served(words: list[Word], j: int, spans: list[tuple[int, int, int]]) -> tuple[str | None, list[int]]:
    """The title word `j` is with `로`/`으로` before a verb of appointing or serving, and who holds it
    (module docstring); else (None, [])."""
    word, verb = words[j], words[j + 1]
    if word.particle not in ("로", "으로") or split_title(word.base) != (None, word.base):
        return None, []
    if _PASSIVE.match(verb.text) and verb.modifier:
        if j + 2 < len(words) and split_title(words[j + 2].base):
            return None, []  # `고문으로 위촉된 소설가 이외수`: the title written with the name is theirs
        return word.base, _after(words, j + 2, spans)
    if verb.text.startswith(_APPOINTS) and verb.verbal:
        return word.base, _before(words, j, spans, OBJECT_PARTICLES)
    if not verb.text.startswith(_SERVES):
        return None, []
    ongoing = j + 2 < len(words) and words[j + 2].base == _ONGOING and words[j + 2].modifier and not verb.particle
    statement = j + 2 < len(words) and words[j + 2].base in _STATEMENT_NOUNS
    if (verb.modifier or ongoing) and not statement:
        return word.base, _after(words, j + (3 if ongoing else 2), spans)
    return (word.base, _before(words, j, spans)) if verb.verbal or statement else (None, [])


def _title_of_a_list(words: list[Word], j: int, spans: list[tuple[int, int, int]]) -> tuple[str | None, list[int]]:
    """`좌완 선발로는 조던 몽고메리, 블레이크 스넬, …에 이은`, `한국 선수로는 … 신유빈(19, 대한항공) 전지희(31)와
    … 이상수(33)가 참가했다`: a title with `로는` ("as for …") is that of every person named after it up to
    the clause's verb, with the common noun that qualifies it (`좌완`; not a place: `한국`)."""
    word = words[j]
    if word.particle not in ("로는", "으로는") or split_title(word.base) != (None, word.base):
        return None, []
    holders: list[int] = []
    for k in range(j + 1, len(words)):
        if words[k].sentence != word.sentence or words[k].verbal:
            break
        key = _person_in(words[k], spans)
        if key is not None and key not in holders:
            holders.append(key)
    before = words[j - 1] if j > 0 and not words[j - 1].boundary and words[j - 1].sentence == word.sentence else None
    qualified = before is not None and before.common_noun and before.base not in PLACES and not split_title(before.base)
    return (f"{before.base} {word.base}" if qualified and before else word.base), holders


def _person_in(word: Word, spans: list[tuple[int, int, int]]) -> int | None:
    """The person whose mention holds the word, or None."""
    return next((key for start, end, key in spans if start <= word.start < end), None)


def _before(words: list[Word], j: int, spans: list[tuple[int, int, int]],
            particles: tuple[str, ...] = SPEAKER_PARTICLES) -> list[int]:
    """The person named last before word `j` as a subject or topic (`김강선은`, `정조국 수석코치가`), or
    every person of the list a subject's `등이` closes there (`김제동, 김이나, 풍자, 송해나 등이`); with
    `particles`, as an object instead (`김승기를`)."""
    for k in range(j - 1, -1, -1):
        word = words[k]
        if word.base == "등" and word.particle in particles:
            return _listed_before(words, k, spans)
        if word.particle in particles:
            key = _person_in(word, spans)
            return [key] if key is not None else []
    return []


def _listed_before(words: list[Word], k: int, spans: list[tuple[int, int, int]]) -> list[int]:
    """The people of the comma list that ends right before word `k` (an item that is no person found,
    `풍자,`, is passed over)."""
    listed: list[int] = []
    i = k - 1
    while i >= 0:
        key = _person_in(words[i], spans)
        if key is not None and key not in listed:
            listed.append(key)
        i -= 1
        while i >= 0 and not words[i].boundary:
            i -= 1  # the other words of the item (`마이크 쉴트,`)
        if i < 0 or not words[i].comma or words[i].particle:
            break
    return listed


def _after(words: list[Word], start: int, spans: list[tuple[int, int, int]]) -> list[int]:
    """The person named within `_AFTER_WINDOW` words from `start` (`MC를 맡은 방송인 김성주는`)."""
    for k in range(start, min(len(words), start + _AFTER_WINDOW)):
        key = _person_in(words[k], spans)
        if key is not None:
            return [key]
        if words[k].boundary:
            break
    return []
