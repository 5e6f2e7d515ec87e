"""Lists of people. Foreign names in a list of people: `리키 파울러, 콜리 모리카와, 패트릭 캔틀레이, 윈덤 클락 등이`.

A golf field, a squad, a shortlist: stories list foreign players by their full names, comma after
comma. The passes before find some of them (a name the model knows, a common given name) and miss
the rest, whose words are in no table (`윈덤`, `흐비차`). A list tells what its items are: when one
item is a person the passes found under a name of two words or more, and at least half its items
are people found, its other items written the same way (two or three words of a transliteration,
nothing else) are people too. A list of one person and two teams (`리키 파울러, 토론토 블루제이스,
미네소타 트윈스`) is no list of people. A list closed by `등` before a title (`무고사, 제르소, 에르난데스 등
외국인 공격수들도`) is one of people whoever was found in it, and its items of one word count too, as
they do, but for the last (which ends where Kiwi may have cut a name), in a list with two people found
or more (`오베르단·완델손·정재희가`); an
item in the genitive before a person (`… 피닉스 선즈의 주포 케빈 듀란트`) is that person's body.

An item ends at a comma, a list separator or `와`/`과` (`coordinating particle`), the list at the
first item that ends otherwise (`를`) or at `등` after an item (`윈덤 클락 등이`); a family name Kiwi read
as a verb or a noun and a particle before the comma (`애런 놀라,`, `알렉 파에도,`) is read whole. An item is taken
only when every word of it
- stands outside every mention and has no particle inside the item (only its last word may),
- is a noun Kiwi calls proper or did not know, or a word of a transliteration's shape,
- and the item is no body or place (the gazetteer, a body's ending, a place's name, a team's nickname).

A person the passes found by the last word of a foreign name (`모리카와`) is completed from the
list (`콜린 모리카와,`) when the word before is a given name the tables or the gazetteer's names know.
`그리고` and `및` join the last two items as a comma does; the first item may open with words of the
clause before the list (`이후 콜린 모리카와,`).

A group's members listed in the parenthesis after its name (`뉴진스(민지, 하니, 다니엘, 해린, 혜인)`)
are read by `find_members_in_parens`: a parenthesis is part of the word before it, so the passes
that read lists of words never see its names.

A list also says something of all its people at once (`share_list_posts`): `(이상 맨체스터 시티)`
after its last name ("all of the above") is the body of every one of them, and a title after the
list (`… 등 공격수들과`) or ending its last item (`김영선(의창)·강기윤(성산) 의원은`) is the title of
every one of them; a title before its first name (`수비수 후벵 디아스, 요슈코 그바르디올`) is the title
of the names after it that stand alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from ..entities.model import entity_model, gazetteer
from ..lexicon.bodies import KNOWN_BODY_NAMES, PERFORMING_GROUP_NOUNS
from ..lexicon.grammar import COORDINATING_PARTICLES, LIST_CLOSERS
from ..lexicon.people import FOREIGN_GIVEN_NAMES, LIST_SCOPE, TITLE_MODIFIERS
from ..lexicon.places import COUNTRY_SHORT_NAMES, PLACES
from ..models import Participant, Sentence
from .bodies import listed_runs, share_one_body
from .cast import (
    Cast,
    Mention,
    add_mention,
    better_title,
    drop_person,
    find_person,
    merge_person,
    post_of,
    rename_person,
)
from .introductions import LISTED_MEMBERS, OPENING_QUOTES, read_paren
from .learned import MIN_PROBABILITY, band_after, bands_named, mention_runs, reads_as_name
from .names import (
    HANGUL_WORD,
    LATIN,
    Word,
    is_org_word,
    looks_transliterated,
    name_shaped,
    owns_next_person,
    position,
    quoted_nickname,
    split_title,
    strong_org,
)

#: Words that join the last two items of a list in place of a comma (`패트릭 캔틀레이 그리고 김주형`).
_CONJUNCTIONS = frozenset(["그리고", "및"])
#: Words in an item of a list of foreign names: a given name and a family name, or three with a
#: middle name or particle (`케빈 더 브라위너`).
_ITEM_WORDS = (2, 3)
#: The fewest words of a list of names written with spaces alone (`신진호 이명주 델브리지가`).
_SPACED_RUN = 3
#: Words read after a list's `등` for the noun that heads the phrase it opens.
_HEAD_WINDOW = 6


def find_listed_names(cast: Cast, per_sentence: Sequence[list[Word]]) -> None:
    """Add, as people, the unfound items of every list of people, and complete the ones found by
    the last word of their name (module docstring)."""
    mention_at = _person_mentions(cast)
    for words in per_sentence:
        for items in _lists(words):
            known = [item for item in items if _mention_in(item, mention_at)]
            headed = _closing_head(words, items) is not None
            mostly_people = 2 * len(known) >= len(items)
            # a list of people, mostly: `리키 파울러, 토론토 블루제이스, 미네소타 트윈스` is not
            long_names = headed or (mostly_people and any(len(item) >= 2 for item in known))
            # `오베르단·완델손·정재희가`: two people found or more make its one-word items names too
            one_words = headed or (mostly_people and len(known) >= 2)
            if not (long_names or one_words):
                continue
            for at, item in enumerate(items):
                # the first item may open with words of the clause before it (`이후 콜린 모리카와,`)
                if owns_next_person(words, position(words, item[-1]), mention_at):
                    continue  # `빅터 웸반야마와 피닉스 선즈의 주포 케빈 듀란트가`: the next person's body
                for name in _candidates(item, at, one_words):
                    if (long_names and _a_name(name, cast)) or (
                            one_words and len(name) == 1 and _a_one_word_name(name[0], cast)
                            # (unless `등` closes the list, its last item ends where Kiwi may have cut
                            # a name: `에두아르도 로드리게스` read as 에두아르/도)
                            and (headed or at < len(items) - 1)):
                        _add(cast, name)
                        break
                else:
                    _complete(cast, item[-2:], mention_at)


def find_spaced_names(cast: Cast, per_sentence: Sequence[list[Word]]) -> None:
    """`신진호 이명주 델브리지가`, `서은광 이민혁 임현식 이창섭 프니엘 육성재가`: names written one after
    another with spaces alone, no comma or particle between. A run of `_SPACED_RUN` words or more,
    up to a word with a particle (or a title: `정운찬 고건 이수성 전 국무총리가`), is a list of people
    when two of its words are people found, each alone, and every other word is one word that may be
    a whole name (`_a_one_word_name`); those are people too. Not a last word before `도`: Kiwi reads
    the last syllable of a name as that particle (`에두아르도 로드리게스` → 에두아르/도)."""
    mention_at = _person_mentions(cast)
    if len(mention_at) < 2:
        return
    for words in per_sentence:
        run: list[Word] = []
        for w in words:
            if split_title(w.base) is not None or w.base in TITLE_MODIFIERS:
                _take_spaced_run(run, mention_at, cast)  # (the title is the last name's, or all of theirs)
                run = []
                continue
            run.append(w)
            if w.boundary or w.paren:
                _take_spaced_run(run, mention_at, cast)
                run = []
        _take_spaced_run(run, mention_at, cast)


def _take_spaced_run(run: list[Word], mention_at: dict[int, Mention], cast: Cast) -> None:
    """Add the unfound words of `run` as people if it is a list of names (`find_spaced_names`)."""
    if len(run) < _SPACED_RUN or run[-1].particle == "도" or run[-1].comma or run[-1].verbal or run[-1].glued:
        return
    # (each person alone: a mention may go on past the run, `이수성 전 국무총리`, not over its next word)
    found = {i for i, w in enumerate(run) if w.start in mention_at
             and (i + 1 == len(run) or mention_at[w.start].end <= run[i + 1].start)}
    others = [w for i, w in enumerate(run) if i not in found]
    if len(found) >= 2 and others and all(_a_one_word_name(w, cast) for w in others):
        for w in others:
            _add(cast, [w])


def _candidates(item: list[Word], at: int, one_words: bool) -> list[list[Word]]:
    """The names an item may be: itself, or, for the first item, which may open with words of the
    clause before the list, its last three or two words (`이후 콜린 모리카와,`), and its last word
    after a common noun (`리그 막바지 오베르단·`)."""
    if at != 0 or len(item) == 1:
        return [item]
    names = [item[-3:], item[-2:]] if len(item) > 3 else [item]
    if one_words and "NNP" not in item[-2].tags:
        names.append(item[-1:])
    return names


def _lists(words: list[Word]) -> list[list[list[Word]]]:
    """The lists of the sentence, two items or more each; an item is the words up to one that ends
    an item (`_ends_item`) or any other noun phrase."""
    if not any(w.comma or w.particle in COORDINATING_PARTICLES or w.base in _CONJUNCTIONS for w in words):
        return []  # (most sentences: no word ends an item or joins two, so no item has one after it)
    lists: list[list[list[Word]]] = []
    current: list[list[Word]] = []
    item: list[Word] = []
    for w in words:
        if item and w.comma and _misread_name_end(item[-1], w):  # (most words: no comma after them)
            w = replace(w, base=w.text.rstrip(_SEPARATORS), particle="", tags=["NNP"], verbal=False,
                        misparsed=False, odd=False, common_noun=False)
        if w.base in _CONJUNCTIONS and not w.boundary and item:
            current.append(item)  # `패트릭 캔틀레이 그리고 김주형이`: the word joins two items
            item = []
            continue
        if w.base in LIST_CLOSERS and item and current:
            current.append(item)  # `…, 윈덤 클락 등이`: the last item, closed by `등`
            lists.append(current)
            current, item = [], []
            continue
        item.append(w)
        if not w.boundary:
            continue
        current.append(item)
        item = []
        if not _ends_item(w):
            if len(current) >= 2:
                lists.append(current)
            current = []
    if len(current) >= 2:
        lists.append(current)
    return lists


def share_list_posts(cast: Cast, per_sentence: Sequence[list[Word]], text: str) -> None:
    """What a list of people says of all of them, given to each who lacks it: `(이상 맨체스터 시티)`
    after the last name ("all of the above": the body, and a title it gives); a title after the last
    name (`김영선(의창)·강기윤(성산)·이달곤(진해) 의원은`); the people a `등` closes the list with
    (`빅터 오시멘, 흐비차 크바라츠헬리아 등 공격수들과`, `박성호, 정태호 등 전성기를 이끌었던 선배
    개그맨들이`); inside a longer list, a title after names joined by `·` (`_dotted_group_title`). Only
    in a list whose every item is a person found."""
    mention_at = _person_mentions(cast)
    if not mention_at:
        return
    for words in per_sentence:
        for items in _lists(words):
            found = [_mention_in(item, mention_at) for item in items]
            keys = [m.key if m else None for m in found]
            head = _closing_head(words, items)
            for key in {k for k in keys if k is not None} if head else ():
                cast.people[key].title = better_title(cast.people[key].title, head)  # (`선배 개그맨들과 홍현호, … 등 후배 개그맨들이`)
            if None in keys or len(set(keys)) < len(keys):
                continue  # (an item may open with the person's body: `국민의힘 채보경(47),`)
            people = [cast.people[k] for k in keys if k is not None]
            paren = items[-1][-1].paren
            shared = read_paren(paren) if paren and LIST_SCOPE in paren else None
            if shared is not None and shared.shared:
                for person in people:
                    person.organization = person.organization or shared.org
                    person.title = better_title(person.title, shared.title)
            _leading_title(words, items, [m for m in found if m is not None], people)
            _leading_body(items, [m for m in found if m is not None], people, cast)
            plain = all(_plain_item(item, m) for item, m in zip(items[:-1], found[:-1]) if m is not None)
            title = _title_of_all(words, items, people[-1].title, plain)
            if title:
                for person in people:
                    person.title = better_title(person.title, title)
            _dotted_group_title(items, [m for m in found if m is not None], people, text)


def _leading_title(words: list[Word], items: list[list[Word]], found: list[Mention], people: list[Participant]) -> None:
    """`수비수 후벵 디아스, 요슈코 그바르디올(이상 맨체스터 시티)`, `외국인 투수인 라울 알칸타라와 브랜든
    와델과는`: the title written before the first name of a list (in its first item, or right before
    it with `인`) is the title of each name after it that stands alone (`_plain_item`), up to the first
    that does not."""
    title = people[0].title
    first_name = people[0].name.split()[0]
    at = next((i for i, w in enumerate(items[0]) if w.base.startswith(first_name)), 0)
    start = position(words, items[0][0])
    before = items[0][:at] + ([words[start - 1]] if at == 0 and start > 0 and words[start - 1].particle in ("", "인") else [])
    if not title or not any(w.base == post_of(title) for w in before):
        return
    for item, mention, person in zip(items[1:], found[1:], people[1:]):
        if person.title or not _plain_item(item, mention):
            break
        person.title = title


def _leading_body(items: list[list[Word]], found: list[Mention], people: list[Participant], cast: Cast) -> None:
    """`삼성라이온즈 소속 윤성환(34)·안지만(32) 선수는`, `국민의힘 김철수, 박영희 의원과 더불어민주당 이정훈
    의원이`: a body written right before the first name of a list is the body of the names after it
    that stand alone (`_bare_item`), up to and with the first one that ends with a title: body, names
    and title are one phrase. Nothing where no such title closes the run (`NC 박민우와 김주원이`), or
    where an item in it names a body of its own."""
    body = _body_before(items[0], found[0], cast)
    if body is None:
        return
    for k in range(1, len(items)):
        item, mention = items[k], found[k]
        if not _bare_item(item, mention) or people[k].organization not in (None, body):
            return
        if len(item) >= 2 and split_title(item[-1].base) == (None, item[-1].base):
            for person in people[:k + 1]:
                person.organization = person.organization or body
            return


def _body_before(item: list[Word], mention: Mention, cast: Cast) -> str | None:
    """The body written right before the mention in the item (`민주당 김한길`), `소속` after it allowed
    (`삼성라이온즈 소속 윤성환`); one word."""
    before = [w for w in item if w.end <= mention.start]
    if len(before) >= 2 and before[-1].base == _AFFILIATED:
        before = before[:-1]
    if not before:
        return None
    w = before[-1]
    if w.boundary or w.paren or not (strong_org(w, cast.aliases) or w.base in KNOWN_BODY_NAMES
                                     or gazetteer().get(w.base) == "ORG"):
        return None
    return w.base


def _bare_item(item: list[Word], mention: Mention) -> bool:
    """The item is the mention alone, or the mention then one title word (`이용섭 의원`)."""
    if item[0].start < mention.start:
        return False
    after = [w for w in item if w.start >= mention.end]
    return len(after) <= 1


def _dotted_group_title(items: list[list[Word]], found: list[Mention], people: list[Participant],
                        text: str) -> None:
    """`류덕현(중앙대)·석병훈(이화여대)·천승현(세종대) 교수와 정창수 … 소장 등`: names joined by `·`, each
    alone (`_plain_item`), then an item that ends with its person's title: the `·` binds them closer
    than the list around them, and the title is theirs too."""
    for j in range(1, len(items)):
        title = _title_ending(items[j], people[j].title)
        if title is None:
            continue
        k = j - 1
        while k >= 0 and text[items[k][-1].end:items[k][-1].end + 1] == "·" \
                and _plain_item(items[k], found[k]) and not people[k].title:
            people[k].title = title
            k -= 1


def _plain_item(item: list[Word], mention: Mention) -> bool:
    """The item is the person's name alone (`김영선(의창)·`), or right after a word naming their body
    (`국민의힘 채보경(47),`): no title or descriptor of its own (`장남 국도현 세운그룹 회장,`, `제주남녕고
    유도 이현지,`)."""
    if any(split_title(w.base) for w in item):
        return False  # (`천승현(세종대 물리천문학과) 교수와`, the title inside the mention or after it)
    before = [w for w in item if w.start < mention.start]
    if len(before) >= 2 and before[-1].base == _AFFILIATED:
        before = before[:-1]  # (`삼성라이온즈 소속 윤성환(34)·`)
    after = [w for w in item if w.start >= mention.end]
    nearest = before[-1] if before else None  # (the first item may hold words of the clause before it)
    if nearest is not None and quoted_nickname(nearest):
        return False  # `‘룰러’ 박재혁`: a handle of their own
    return not after and (nearest is None or is_org_word(nearest) or nearest.base in KNOWN_BODY_NAMES
                          or gazetteer().get(nearest.base) == "ORG")


def _title_of_all(words: list[Word], items: list[list[Word]], last_title: str | None, plain: bool) -> str | None:
    """The title a list gives all its people: the head noun after the `등` that closes it (past a
    relative clause, `등 전성기를 이끌었던 선배 개그맨들이`: 개그맨), or, when the items before are names
    alone (`_plain_item`), the title word that ends its last item, which that person holds
    (`김영선(의창)·강기윤(성산)·이달곤(진해) 의원은`); not when a `와`/`과` joins two names (`손흥민과 포체티노
    감독이`: the last one's alone; a longer list shares it: `최창훈(성원고)와 최강일(동암고), 장완익(해성고)
    교사가`)."""
    last = items[-1]
    joined = len(items) == 2 and items[0][-1].particle in COORDINATING_PARTICLES
    return _closing_head(words, items) or (_title_ending(last, last_title) if plain and len(last) >= 2 and not joined
                                           else None)


def _closing_head(words: list[Word], items: list[list[Word]]) -> str | None:
    """The title that heads the noun phrase after the `등` closing the list (`무고사, 제르소, 에르난데스
    등 외국인 공격수들도`: 공격수), or None: the list is one of people of that kind."""
    end = position(words, items[-1][-1])
    if end + 1 < len(words) and words[end + 1].base in LIST_CLOSERS and not words[end + 1].boundary:
        return _head_title(words, end + 2)
    return None


def _title_ending(item: list[Word], title: str | None) -> str | None:
    """The title word that ends the item (`이달곤(진해) 의원은`: 의원), when it is the title its person
    holds; else None."""
    word = item[-1]
    if title and split_title(word.base) == (None, word.base) and post_of(title) == word.base:
        return word.base
    return None


def _head_title(words: list[Word], start: int) -> str | None:
    """The title that heads the noun phrase starting at `start` (`공격수들과` → 공격수), a relative clause
    before it skipped (`전성기를 이끌었던 선배 개그맨들이` → 개그맨); None when its head is no title."""
    k = start
    while k < len(words) and k - start < _HEAD_WINDOW:
        w = words[k]
        if w.verbal or w.modifier:
            k += 1
            continue
        if w.boundary:
            after = words[k + 1:k + 3]
            if after and (after[0].modifier or after[0].tags == ["MAG"] and len(after) > 1 and after[1].modifier):
                k += 1  # `전성기를 이끌었던`, `패기로 똘똘 뭉친`: a relative clause; the head comes after it
                continue
            if w.particle == "의" and _HEAD_COUNT.fullmatch(w.base):
                k += 1  # `등 2명의 외국인 선수에`: how many they are; the head comes after it
                continue
            base = w.base.removesuffix("들")
            return base if split_title(base) == (None, base) else None
        k += 1
    return None


#: A count of people before the head after `등` (`2명의`, `두 명의`: the count word alone here).
_HEAD_COUNT = re.compile(r"(?:\d+|한|두|세|네|다섯|여섯)?\s*명")


def _misread_name_end(before: Word, word: Word) -> bool:
    """`애런 놀라,` (놀/VV 라/EC), `알렉 파에도,` (파/NNG 에도/JX): the last word of a foreign name before a
    comma, which Kiwi read as a verb's stem and ending or a noun and a particle, after a proper noun of
    no Korean name's shape that the gazetteer knows as nothing but a name. Read whole, as one proper
    noun, the item is the list's to judge. For a `word` with a comma after it (`_lists` tests that
    first: most words have none)."""
    surface = word.text.rstrip(_SEPARATORS)
    return (word.verbal or bool(word.particle)) and not word.paren and not before.boundary \
        and before.tags == ["NNP"] and bool(HANGUL_WORD.match(before.base)) and not name_shaped(before.base) \
        and before.base not in PLACES and gazetteer().get(before.base) in (None, "PER") \
        and bool(HANGUL_WORD.match(surface)) and 2 <= len(surface) <= 4


#: `소속` ("belonging to") between a body and the name it goes with (`삼성라이온즈 소속 윤성환`).
_AFFILIATED = "소속"
#: What may follow the last word of a list's item.
_SEPARATORS = ",·、 "


def _ends_item(word: Word) -> bool:
    """A comma or list separator, or `와`/`과`, after the word, and no other ending: the list goes on."""
    if word.verbal or word.glued:
        return False
    return (word.comma and not word.particle) or word.particle in COORDINATING_PARTICLES


def _person_mentions(cast: Cast) -> dict[int, Mention]:
    """The mentions of the people found, by where they start."""
    return {m.start: m for m in cast.mentions if m.kind == "person" and m.key >= 0
            and cast.people[m.key].kind == "person"}


def _mention_in(item: list[Word], mention_at: dict[int, Mention]) -> Mention | None:
    """The mention of a person found that ends the item (after words of its own: `호주교포 이민우`,
    `국민의힘 채보경(47),`), or that the item ends (a mention opened by the title before the list:
    `외국인 투수인 라울 알칸타라와`), or None."""
    found = next((mention_at[w.start] for w in item if w.start in mention_at
                  and mention_at[w.start].end >= item[-1].start), None)
    if found is None and item[0].start not in mention_at:
        last = item[-1].start
        found = next((m for m in mention_at.values() if m.start < item[0].start and m.start <= last < m.end), None)
    return found


def _a_name(item: list[Word], cast: Cast) -> bool:
    """The item is written like a foreign name (module docstring)."""
    if len(item) not in _ITEM_WORDS or any(w.used or w.paren and w is not item[-1] for w in item):
        return False
    forms = gazetteer()
    name = " ".join(w.base for w in item)
    if forms.get(name) in ("ORG", "LOC", "OTH", "TTL") or forms.get(item[0].base) in ("ORG", "LOC"):
        return False
    for w in item:
        if not HANGUL_WORD.match(w.base) or w.base in PLACES or w.base in COUNTRY_SHORT_NAMES \
                or strong_org(w, cast.aliases) or w.common_noun:
            return False
        if not ("NNP" in w.tags or looks_transliterated(w.base)) or any(not t.startswith(("NN", "XSN")) for t in w.tags):
            return False
    return True


def _a_one_word_name(word: Word, cast: Cast) -> bool:
    """One word that may be a person's whole name in a list of people (`무고사, 제르소, 에르난데스 등
    외국인 공격수들`, `오베르단·완델손·정재희가`): a proper noun of Hangul (or a noun Kiwi does not know)
    outside every mention, which no table or the gazetteer knows as anything else; a body's ending of
    one syllable is allowed (`strong_org`'s `long_endings`)."""
    if word.used or word.paren or not HANGUL_WORD.match(word.base) or word.common_noun or len(word.base) < 2 \
            or word.text.lstrip()[:1] in OPENING_QUOTES:
        return False  # (`‘무빙’, ‘아파트’ 등 … 작품을 선보여온 강풀 작가가`: titles of works)
    base = word.base
    if base in PLACES or base in COUNTRY_SHORT_NAMES or strong_org(word, cast.aliases, long_endings=True) \
            or base in KNOWN_BODY_NAMES or split_title(base) is not None:
        return False
    # (a noun Kiwi did not know is a name's too: `오베르단` read as a common noun it guessed)
    return word.tags in (["NNP"], ["NNG"]) and gazetteer().get(base) in (None, "PER")


def _complete(cast: Cast, item: list[Word], mention_at: dict[int, Mention]) -> None:
    """`콜린 모리카와,` where the passes found `모리카와` alone: in a list of people, a given name written
    before a person found under one transliterated word is part of their name, when the word is a
    foreign given name the table or the gazetteer's names know (`콜린`, `맷`)."""
    if len(item) != 2 or item[0].used or item[0].boundary or item[0].paren or item[1].start not in mention_at:
        return
    given, mention = item[0], mention_at[item[1].start]
    person = cast.people[mention.key]
    if " " in person.name or person.name != item[1].base or name_shaped(person.name, allow_two=True) \
            or not HANGUL_WORD.match(given.base) or given.base in PLACES or strong_org(given, cast.aliases):
        return
    if not (given.base in FOREIGN_GIVEN_NAMES or given.base in _given_names()):
        return
    rename_person(cast, mention.key, f"{given.base} {person.name}")
    add_mention(cast, mention.key, item)


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """The first words of the gazetteer's people of two words or more (`콜린`, `맷`, `제임스`): given
    names, as konec's annotators marked them."""
    return frozenset(form.split()[0] for form, kind in gazetteer().items() if kind == "PER" and " " in form)


def _add(cast: Cast, item: list[Word]) -> None:
    name = " ".join(w.base for w in item)
    key = find_person(cast, name)
    if key is None:
        key = cast.add(Participant(name=name, first_offset=item[0].start))
    add_mention(cast, key, item)


#: An item of a list of names in parentheses: one word of Hangul or Latin letters (`민지`, `RM`).
_PAREN_ITEM = re.compile(r"[가-힣]{1,5}|[A-Za-z][A-Za-z.]{1,11}")
#: What the word before such a list must be to be the members' body: letters and digits.
_BODY_WORD = re.compile(r"[가-힣A-Za-z0-9]+")
#: A list in parentheses has at least this many items (`(민지, 하니, 다니엘, 해린, 혜인)`).
_PAREN_LIST_ITEMS = 3


def find_members_after_group(cast: Cast, per_sentence: Sequence[list[Word]]) -> None:
    """`그룹 슈퍼주니어 규현이`, `그룹 엑소 멤버 카이가`, `걸그룹 에이핑크의 정은지는`: a word for a band
    of performers, the band's name, then (after `멤버`) a name that ends the phrase: a member of that
    band, who is its organisation. The name is a proper noun, a Korean name's shape, or any noun after
    `멤버`; never a common noun alone (`걸그룹 뉴진스 컴백 무대`), a title or a place."""
    members_of = _bands_with_members(per_sentence)
    for words in per_sentence:
        for j in range(len(words) - 1):
            kind, group, k = words[j], band_after(words, j) if j + 2 < len(words) else None, j + 2
            if group is None and kind.base in members_of and not kind.boundary \
                    and (j == 0 or words[j - 1].base not in PERFORMING_GROUP_NOUNS):
                group, k = kind, j + 1  # `신화 앤디와`, where the story says `신화 멤버들은`
            if group is None or (kind.used and kind is not group) or group.used or group.particle not in ("", "의"):
                continue
            title = None
            if words[k].base == "멤버" and not words[k].boundary and k + 1 < len(words):
                title, k = "멤버", k + 1
            member = words[k]
            base, particle = member.base, member.particle
            if member.tags[-2:] == ["NNP", "XSN"] and base.endswith("이") and len(base) >= 3 and not particle:
                base, particle = base[:-1], "이"  # `규현이`: the name and the subject's `이` Kiwi read as a suffix
            if member.used or member.verbal or not (particle or member.comma or member.paren) \
                    or not (HANGUL_WORD.match(base) or LATIN.search(base)) or len(base) > 6 \
                    or split_title(base) or base in PLACES or base in PERFORMING_GROUP_NOUNS:
                continue
            if not ("NNP" in member.tags or name_shaped(base, allow_two=True) or (title and member.tags[:1] == ["NNG"])):
                continue
            key = find_person(cast, base)
            if key is None:
                key = cast.add(Participant(name=base, title=title, organization=group.base,
                                           first_offset=member.start))
            elif not cast.people[key].organization:
                cast.people[key].organization = group.base
            cast.mentions.append(Mention(key, member.start, member.start + len(base), particle, member.sentence))
            kind.used = member.used = True
            if title:
                words[k - 1].used = True


def _bands_with_members(per_sentence: Sequence[list[Word]]) -> set[str]:
    """Bands the story names with the word `멤버` right after them (`신화 멤버들은`, `'말 못하는 신화 멤버'`): a
    proper noun, Latin letters or a name the gazetteer holds (groups are names to konec's annotators),
    never a word of Kiwi's dictionary alone (`원년 멤버`, `고정 멤버`), a title or a place."""
    out: set[str] = set()
    for words in per_sentence:
        for w, nxt in pairwise(words):
            if nxt.base in ("멤버", "멤버들") and not w.boundary and not w.particle \
                    and not w.comma and not split_title(w.base) and w.base not in PLACES \
                    and ("NNP" in w.tags or LATIN.search(w.base) or gazetteer().get(w.base) in ("PER", "ORG")):
                out.add(w.base)
    return out


#: How many sentences open a story: a band named in them is what the story is about.
_LEAD_SENTENCES = 2


def members_speaking(cast: Cast, sentences: Sequence[Sentence], per_sentence: Sequence[list[Word]]) -> None:
    """`그룹 세븐틴이 컴백 소감을 밝혔다. … 에스쿱스는 “…”`, `정한은 “…”`: in a story about one band of
    performers (the one band named after `그룹`, named in its first two sentences), a speaker the speaker
    scan took for a body or for a noun that may speak, written as one word that is no body by its form
    or the gazetteer, nor in quotation marks (`팬클럽 ‘아워스’는`), and that the entity model reads as a
    name at even odds wherever it stands, is a member of the band: a person, the band their organisation
    (the member listed before, if one has the name)."""
    band = _story_band(per_sentence)
    if band is None:
        return
    for key, body in enumerate(cast.people):
        if body.kind != "org" or not _a_member(body.name, [m for m in cast.mentions if m.key == key], band, cast,
                                                sentences, per_sentence):
            continue
        same = find_person(cast, body.name)  # `1TEAM(루빈, BC, 진우, 제현, 정훈)`, then `제현은 “…”`: listed before
        for m in cast.mentions:
            if m.key == key and m.kind == "org":
                m.kind = "person"
        body.kind, body.organization = "person", band
        cast.changed()
        if same is not None:
            merge_person(cast, key, same)
    for m in cast.mentions:
        if m.kind == "descriptor" and m.key < 0 and _a_member(m.label, [m], band, cast, sentences, per_sentence):
            member = find_person(cast, m.label)
            if member is None:
                member = cast.add(Participant(name=m.label, organization=band, first_offset=m.start))
            m.key, m.kind = member, "person"


def _story_band(per_sentence: Sequence[list[Word]]) -> str | None:
    """The band a story is about: the one band it names after `그룹` (none, or two: whose member is not said),
    named in its first two sentences (not a band named further down, in a story about others: `위클리 …`,
    then `록킹돌 로아도`)."""
    bands = bands_named(per_sentence)
    if len(bands) != 1:
        return None
    band = next(iter(bands))
    return band if any(w.base == band for words in per_sentence[:_LEAD_SENTENCES] for w in words) else None


def members_listed_together(cast: Cast, per_sentence: Sequence[list[Word]]) -> None:
    """`그룹 슈퍼주니어의 멤버 이특이 …`, then `특집에 시원, 이특, 강인, 은혁이 출연해`: in a story about one band
    (`_story_band`), people listed with one of its members, with no body and no title but a member's, are
    members too."""
    band = _story_band(per_sentence)
    if band is None:
        return
    for run, _ in listed_runs(cast):
        share_one_body([cast.people[m.key] for m in run], of=band)


def _a_member(name: str, mentions: list[Mention], band: str, cast: Cast, sentences: Sequence[Sentence],
              per_sentence: Sequence[list[Word]]) -> bool:
    """Whether a speaker written `name` at `mentions` is a member of `band` (`members_speaking`)."""
    if " " in name or name == band or name in KNOWN_BODY_NAMES or name in cast.aliases \
            or name in cast.aliases.values() or gazetteer().get(name) not in (None, "PER"):
        return False
    runs = mention_runs(mentions, per_sentence)
    return bool(runs) and len(runs) == len(mentions) and not any(
        len(run) != 1 or strong_org(run[0], cast.aliases) or run[0].text.startswith(OPENING_QUOTES)
        or not reads_as_name(run, per_sentence[i], sentences[i], MIN_PROBABILITY) for i, run in runs)


def find_members_in_parens(cast: Cast, sentences: Sequence[Sentence], per_sentence: Sequence[list[Word]],
                           text: str) -> None:
    """`뉴진스(민지, 하니, 다니엘, 해린, 혜인)`, `QWER(쵸단, 마젠타, 히나, 시연)는`: a group's members
    listed in the parenthesis after its name (after `그룹` and the like, or a band the story names so,
    with spaces alone between them too: `그룹 방탄소년단(RM 지민 진 제이홉 뷔 슈가 정국)`; `그룹 아이브(IVE)가
    …`, then `아이브(안유진 가을 레이 장원영 리즈 이서)의`). The passes that read lists see only words, and a
    parenthesis is part of the word before it, so its names are found here: the items `_paren_items`
    reads (`5관왕(타율, 출루율, 장타율, …)` are no people) are a list of people when one is a person already
    found or one the entity model reads as a name at even odds (`MIN_PROBABILITY`), reading the
    parenthesis with the word before it. Every item becomes a person, of the body `_members_body` reads."""
    bands = bands_named(per_sentence)
    for sentence, words in zip(sentences, per_sentence, strict=True):
        for i, w in enumerate(words):
            paren = w.paren or ""
            items = _paren_items(paren, (i > 0 and words[i - 1].base in PERFORMING_GROUP_NOUNS) or w.base in bands)
            if items is None:
                continue  # (most words: no parenthesis to split)
            opening = w.start + w.text.find("(") + 1
            if text[opening:opening + len(paren)] != paren:
                continue
            spans, cursor = [], 0
            for item in items:
                cursor = paren.index(item, cursor)
                spans.append((opening + cursor, opening + cursor + len(item)))
                cursor += len(item)
            window = (w.start - sentence.start, spans[-1][1] - sentence.start)
            if not any(_known_person(cast, item) or entity_model().name_probability(
                    sentence, (a - sentence.start, b - sentence.start), window) >= MIN_PROBABILITY
                       for item, (a, b) in zip(items, spans, strict=True)):
                continue
            body = _members_body(words, i, text, bands, listed=len(items) >= LISTED_MEMBERS)
            band = find_person(cast, body) if body else None
            if band is not None and cast.people[band].kind == "person" and not cast.people[band].title:
                drop_person(cast, band)  # `트와이스(나연, 정연, 모모)`: a band the gazetteer holds as a name
            for item, (a, b) in zip(items, spans, strict=True):
                key = find_person(cast, item)
                if key is None:
                    key = cast.add(Participant(name=item, organization=body, first_offset=a))
                elif not cast.people[key].organization:
                    cast.people[key].organization = body  # (`장원영은`, found before the list: of the band too)
                cast.mentions.append(Mention(key, a, b, "", w.sentence, proposed=True))


def _members_body(words: list[Word], i: int, text: str, bands: set[str], *, listed: bool = False) -> str | None:
    """The body of the members listed in the parenthesis of word i: the word, unless it is a common
    noun of Kiwi's dictionary, a plural (`절친들(최나연, 김하늘, 윤채영)`), a place or what the gazetteer
    knows as no body (bands it holds as people count after `그룹`, where the story names them so, or before a
    list of three members or more, `listed`, unless shaped like a Korean name); with the word before it where
    the two are written so again (`판타지 보이즈(…)`: a name of two words)."""
    w = words[i]
    grouped = (i > 0 and words[i - 1].base in PERFORMING_GROUP_NOUNS) or w.base in bands \
        or (listed and not name_shaped(w.base))
    if w.common_noun or w.base.endswith("들") or w.base in PLACES or not _BODY_WORD.fullmatch(w.base) \
            or (gazetteer().get(w.base) in ("PER", "TTL", "LOC") and not grouped):
        return None
    if i > 0 and not words[i - 1].boundary and not words[i - 1].used and text.count(f"{words[i - 1].base} {w.base}") >= 2:
        return f"{words[i - 1].base} {w.base}"
    return w.base


def _paren_items(paren: str, after_group: bool) -> list[str] | None:
    """The items of a parenthesis that may list people: one word each, split at commas (or at spaces
    after `그룹` and the like: `그룹 방탄소년단(RM 지민 진 제이홉 뷔 슈가 정국)`), at least `_PAREN_LIST_ITEMS`;
    None where an item is more than a word, or what the gazetteer knows as no person (`(육류용, 생선용,
    채소용)`) unless it is fewer than one in four among two Korean full names or more (`소울`, a stage
    name that is a word too)."""
    if paren.count(",") >= _PAREN_LIST_ITEMS - 1:
        items = [item.strip() for item in paren.split(",")]
    elif after_group and paren.count(" ") >= _PAREN_LIST_ITEMS - 1:
        items = paren.split()
    else:
        return None
    if not all(_PAREN_ITEM.fullmatch(item) for item in items):
        return None
    forms = gazetteer()
    others = sum(forms.get(item, "PER") != "PER" for item in items)
    if others and (others * 4 > len(items) or sum(name_shaped(item) for item in items) < 2):
        return None
    return items


def _known_person(cast: Cast, name: str) -> bool:
    key = find_person(cast, name)
    return key is not None and cast.people[key].kind == "person"
