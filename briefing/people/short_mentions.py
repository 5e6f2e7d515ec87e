"""Short mentions and bare names: `최 회장`, `홍 전 의원은`, `텐 하흐는`, `최 씨는`, `베넷씨는` name
someone the article introduced earlier, and so does a bare known name (`안세영은`, `메시를`); a bare
proper noun shaped like a Korean name is someone new (`박병호의`). Two people with the same surname
and title are not guessed between. `participants.find_cast` runs `scan_short_and_bare` on each
sentence, after the introductions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ..entities.model import gazetteer
from ..lexicon.grammar import GLUED_PARTICLES, PLACE_PARTICLES, TIME_WORDS
from ..lexicon.people import (
    AFTER_NAME_NOUNS,
    GENERATIONAL_SUFFIXES,
    HONORIFICS,
    POSTS,
    STAT_UNITS,
    SURNAMES_1,
    SURNAMES_2,
    TITLE_KINDS,
    TITLE_MODIFIERS,
    TITLE_SET,
)
from ..lexicon.places import PLACES
from ..models import Participant
from .cast import Cast, add_mention, find_person, known_form, last_mention
from .introductions import OPENING_QUOTES, foreign_name_ending_at
from .names import (
    ANONYMIZED,
    NAME_CHARS,
    Word,
    is_foreign_name_word,
    is_korean_name,
    looks_transliterated,
    name_shaped,
    split_title,
    spoken_of,
    strong_org,
)


def scan_short_and_bare(words: list[Word], cast: Cast) -> None:
    """Short mentions (`최 회장`, `우바이다 대변인`), bare known names (`안세영은`, `메시를`),
    bare Korean names Kiwi knows as proper nouns (`박병호의`; not a term in quotation marks nor a
    word right after a place), honorific `씨`.

    A title word (`회장`) is tried against `_BEFORE_TITLE` with the words before it, then any word
    that could be a name against `_BARE`, in order: the first recogniser that takes it wins."""
    for j, word in enumerate(words):
        if word.used or word.glued:
            continue
        if _short_form_at(words, j, cast):
            continue
        if word.used or not word.base or not NAME_CHARS.match(word.base) or word.base in GENERATIONAL_SUFFIXES:
            continue  # (`멜 로하스 주니어가`: the mark that closes a name, no name of its own, though 주 is a surname)
        ssi = word.base.endswith("씨") or (j + 1 < len(words) and words[j + 1].base == "씨")
        for recognise in _BARE if ssi else _BARE_WITHOUT_SSI:
            if recognise(words, j, cast):
                break


def scan_short_forms(words: list[Word], cast: Cast) -> None:
    """Only the short mentions of `scan_short_and_bare` (`박 수석대변인은`) and its bare known names (`보우든은`):
    run again once the entity model has found people the rules did not (`박찬대 수석대변인`: a name ending
    like a body's; `짐 보우든`), so their short forms name them too; no new bare name is read again."""
    for j, word in enumerate(words):
        if not (word.used or word.glued) and not _short_form_at(words, j, cast) \
                and word.base and NAME_CHARS.match(word.base):
            _known_bare_name(words, j, cast)


def _short_form_at(words: list[Word], j: int, cast: Cast) -> bool:
    """Whether word j is a title word that, with the words before it, the first of `_BEFORE_TITLE` that
    applies took for someone's short mention."""
    word = words[j]
    found = split_title(word.base) if word.particle not in PLACE_PARTICLES or spoken_of(words, j) else None
    if not found or j == 0 or words[j - 1].used:
        return False
    return any(recognise(words, j, found[1], cast) for recognise in _BEFORE_TITLE)


def _surname_read_as_verb(words: list[Word], j: int, title: str, cast: Cast) -> bool:
    """`빈 대변인은`, `온 군수는`: Kiwi reads the surname before the title word j as a verb form (`빈` =
    empty, `온` = came), so it is taken only for someone the article gave that surname and title."""
    prev = words[j - 1]
    if not _surname_as_verb(prev):
        return False
    key = _resolve_short(cast, prev.base, title, words[j].start)
    if key is None or not _holds_title(cast, key, title):
        return False
    add_mention(cast, key, [prev, words[j]])
    return True


def _short_form_and_title(words: list[Word], j: int, title: str, cast: Cast) -> bool:
    """`최 회장`, `우바이다 대변인`, `텐 하흐 감독`: one or two words before the title word j that name
    someone introduced earlier with that title; or a surname, a qualifier and the title (`홍 전 의원은`,
    `김 신임 장관은`), though `김 전 장관` after `김영수 장관` is someone else (a former minister)."""
    if words[j - 1].boundary:
        return False
    two = j > 1 and not words[j - 2].used and not words[j - 2].boundary
    key = None
    idx: list[int] = []
    if two:
        form = f"{words[j - 2].base} {words[j - 1].base}"
        key = _resolve_short(cast, form, title, words[j].start)
        idx = [j - 2, j - 1]
    if key is None:
        key = _resolve_short(cast, words[j - 1].base, title, words[j].start)
        idx = [j - 1]
    if key is None and two and words[j - 1].base in TITLE_MODIFIERS:
        # `홍 전 의원은`, `김 신임 장관은`: a qualifier between the surname and the title
        key = _resolve_short(cast, words[j - 2].base, title, words[j].start)
        idx = [j - 2, j - 1]
        held = cast.people[key].title or "" if key is not None else ""
        if words[j - 1].base in ("전", "현") and words[j - 1].base not in held.split():
            key = None  # `김 전 장관` after `김영수 장관`: a former minister is someone else
    if key is None:
        return False
    add_mention(cast, key, [words[k] for k in idx] + [words[j]])
    return True


#: Who the words before a title word name, tried in turn: `(words, j, title, cast)`, True when the
#: recogniser added the mention.
_BEFORE_TITLE: tuple[Callable[[list[Word], int, str, Cast], bool], ...] = (
    _surname_read_as_verb,  # `빈 대변인은`: a surname Kiwi read as a verb form
    _short_form_and_title,  # `최 회장`, `텐 하흐 감독`, `홍 전 의원은`
)


def _surname_and_ssi(words: list[Word], j: int, cast: Cast) -> bool:
    """`최 씨는` after `최영민 씨는`: the surname and the honorific name someone the article gave that
    surname (`_resolve_short_ssi`), though never someone with a post (a minister is never `김 씨`)."""
    word = words[j]
    if not (j + 1 < len(words) and words[j + 1].base == "씨" and not word.boundary and not words[j + 1].used
            and (word.base in SURNAMES_1 or word.base in SURNAMES_2)):
        return False
    key = _resolve_short_ssi(cast, word.base, word.start)
    post = (cast.people[key].title or "").split()[-1:] if key is not None else []
    if key is None or (post and post[0] in POSTS):
        return False
    add_mention(cast, key, [word, words[j + 1]])
    return True


#: Every title, for a quick look-up.


def _glued_surname_and_title(words: list[Word], j: int, cast: Cast) -> bool:
    """`김감독은`, `신사장은` (a surname written onto the title, as some outlets write a short form):
    someone the article gave that surname and that title; not a title of its own (`이사장`, `부회장`)."""
    base = words[j].base
    if len(base) < 3 or base[0] not in SURNAMES_1:
        return False
    title = base[1:]
    if split_title(title) != (None, title) or base in TITLE_SET:
        return False
    key = _resolve_short(cast, base[0], title, words[j].start)
    if key is None or not _holds_title(cast, key, title):
        return False
    add_mention(cast, key, [words[j]])
    return True


def _two_word_short_form(words: list[Word], j: int, cast: Cast) -> bool:
    """`텐 하흐는`: a two-word short form of a known foreign name (`에릭 텐 하흐`)."""
    if not cast.people_index().by_tail:
        return False  # no one has a name of two words or more (nicknames are one word)
    word = words[j]
    if j + 1 < len(words) and not word.boundary and not words[j + 1].used:
        key = known_form(cast, f"{word.base} {words[j + 1].base}", word.start)
        if key is not None:
            add_mention(cast, key, [word, words[j + 1]])
            return True
    return False


def _known_name_with_ssi(words: list[Word], j: int, cast: Cast) -> bool:
    """`베넷씨는` after `올리버 베넷(31)씨`: a known name with `씨` glued to it."""
    word = words[j]
    if word.base.endswith("씨") and len(word.base) >= 3:
        key = known_form(cast, word.base[:-1], word.start)
        if key is not None:
            add_mention(cast, key, [word])
            return True
    return False


def _known_bare_name(words: list[Word], j: int, cast: Cast) -> bool:
    """`안세영은`, `메시를`: a known name, or the last or first part of one (`known_form`), on its own or
    with `씨` (`베넷 씨는`); not before a title (`박 대표`: the title's turn)."""
    word = words[j]
    title_next = not word.boundary and j + 1 < len(words) and not words[j + 1].used \
        and split_title(words[j + 1].base) == (None, words[j + 1].base)
    key = None if title_next else known_form(cast, word.base, word.start)
    if key is None and not title_next and not word.particle:
        key = _known_name_with_unsplit_particle(cast, word)
    if key is None:
        return False
    honorific = not word.boundary and j + 1 < len(words) and words[j + 1].base in HONORIFICS and not words[j + 1].used
    add_mention(cast, key, [word, words[j + 1]] if honorific else [word])  # (`베넷 씨는`: the particle is `씨`'s)
    return True


_GLUED = tuple(GLUED_PARTICLES)


def _known_name_with_unsplit_particle(cast: Cast, word: Word) -> int | None:
    """`보든은` after `짐 보든`: Kiwi may read a foreign short name and its particle as something else
    (보/VV + 든/EC …), so the particle stays on the word; a known name before a glued particle is the
    person all the same, and the word is read again as name + particle (the quotes stage reads the
    particle). The stem must be at least two syllables (`이은` is no `이` + `은`)."""
    if not word.base.endswith(_GLUED):
        return None
    for particle in GLUED_PARTICLES:
        stem = word.base[: -len(particle)]
        if word.base.endswith(particle) and len(stem) >= 2:
            key = known_form(cast, stem, word.start)
            if key is not None:
                word.base, word.particle = stem, particle  # read again: the name and its particle
                return key
    return None


def _foreign_name_and_ssi(words: list[Word], j: int, cast: Cast) -> bool:
    """`고토 겐지 씨로`, `밀러 매슈 토드씨의`: the words of a foreign name before `씨`, not its last word
    alone (`foreign_name_ending_at`: name-like words, one of them transliterated). A Korean name
    before `씨` is one word (`주부 최영민 씨`), and a title before it is none of the name."""
    word = words[j]
    if not (j + 1 < len(words) and words[j + 1].base == "씨" and not word.boundary and not words[j + 1].used
            and len(word.base) >= 2 and is_foreign_name_word(word, loose=True)
            and not is_korean_name(word, confirmed=True)):
        return False
    run = foreign_name_ending_at(words, j)
    # (each word a proper noun or odd pieces as Kiwi reads it: `이들 가운데 백씨와` is no name)
    if not run or not all("NNP" in w.tags or w.odd for w in run):
        return False
    key = cast.add(Participant(name=" ".join(w.base for w in run), first_offset=run[0].start))
    add_mention(cast, key, run + [words[j + 1]])
    return True


def _new_bare_korean_name(words: list[Word], j: int, cast: Cast) -> bool:
    """`박병호의`, `방수현 등`: a bare word Kiwi reads as one proper noun in most places, shaped like a
    Korean name, that is no term or place (`_term_or_place`) and ends its phrase (`_ends_phrase`), is
    someone new; so is a name-shaped word before an honorific (`최영민 씨`), and any noun before one as
    Kiwi reads it (`_noun_before_honorific`). Bylines are no one."""
    word = words[j]
    if word.base in cast.reporters or word.paren:
        return False  # (a word with a parenthesis is an introduction's, read there: `배구단(구단주 장매튜)`)
    nxt = words[j + 1].base if j + 1 < len(words) else ""
    honorific = nxt in HONORIFICS and not word.boundary
    korean = ((honorific or (word.tags == ["NNP"] and not _term_or_place(words, j) and _ends_phrase(words, j)
                             and _mostly_proper(cast).get(word.base, False)))
              and is_korean_name(word, allow_two=honorific, confirmed=honorific, body_ending=honorific)) \
        or (nxt in _NAME_HONORIFICS and words[j + 1].tags == ["NNB"] and not word.boundary
            and _noun_before_honorific(word, cast, common=nxt == "씨"))
    if not korean or split_title(nxt) or (not honorific and _foreign_name_goes_on(words, j)):
        return False
    key = cast.add(Participant(name=word.base, first_offset=word.start))
    add_mention(cast, key, [word] + ([words[j + 1]] if honorific else []))
    if not honorific:
        cast.bare_names.add(key)
    return True


def _foreign_name_goes_on(words: list[Word], j: int) -> bool:
    """`오기미 유키가`, `제이미 프롭과의`: a Korean-shaped word right before a transliterated proper noun
    that is no Korean name is the first word of a foreign name, not a Korean name of its own; not in
    names listed with spaces (`신진호 이명주 델브리지가`)."""
    if words[j].boundary or j + 1 >= len(words):
        return False
    if j > 0 and not words[j - 1].boundary and is_korean_name(words[j - 1], allow_two=True):
        return False
    nxt = words[j + 1]
    return not nxt.used and nxt.tags[:1] == ["NNP"] and looks_transliterated(nxt.base) \
        and is_foreign_name_word(nxt) and not is_korean_name(nxt, allow_two=True)


#: The honorifics after a person's name (`이외수 씨`, `솔지 씨`; a child's, `아들 준혁 군`), as Kiwi reads
#: them (a bound noun: `홍천 군` is a county): no body, place or thing takes them.
_NAME_HONORIFICS = ("씨", "군", "양")


def _noun_before_honorific(word: Word, cast: Cast, *, common: bool = False) -> bool:
    """`소설가 이외수 씨가`, `솔지 씨는`, `아들 준혁 군을`: a proper noun right before `씨` is a person's name
    whatever its shape (a stage name, a given name no table lists, a name ending like a body), unless
    it is an anonymised one (`이모 씨`), or a place or body the tables or the gazetteer know; with
    `common`, a common noun too (`작가 이하 씨`, `가수 거미 씨`: Kiwi reads `씨` as the honorific there, and
    as a seed after a fruit: `사과 씨`)."""
    base = word.base
    nouns = (["NNP"], ["NNG"]) if common else (["NNP"],)
    return word.tags in nouns and word.is_hangul and len(base) >= 2 and not ANONYMIZED.match(base) \
        and base not in PLACES and base not in cast.reporters and gazetteer().get(base, "PER") == "PER" \
        and not strong_org(word, cast.aliases)


#: What a word that could be a name is, tried in turn: `(words, j, cast)`, True when the recogniser
#: added the mention.
_BARE: tuple[Callable[[list[Word], int, Cast], bool], ...] = (
    _surname_and_ssi,  # `최 씨는`: a known person's surname and `씨`
    _glued_surname_and_title,  # `김감독은`: a known person's surname written onto their title
    _two_word_short_form,  # `텐 하흐는`: the last two words of a known foreign name
    _known_name_with_ssi,  # `베넷씨는`: a known name with `씨` glued to it
    _known_bare_name,  # `안세영은`, `메시를`: a known name, or part of one, on its own
    _foreign_name_and_ssi,  # `고토 겐지 씨로`: a foreign name of several words before `씨`, someone new
    _new_bare_korean_name,  # `박병호의`: a Korean name Kiwi knows as a proper noun, someone new
)
#: `_BARE` without the recognisers of a name with `씨`, which take only a word that ends in `씨` or stands
#: before the word `씨` (the first thing each tests): what most words are tried against.
_BARE_WITHOUT_SSI = tuple(r for r in _BARE if r not in (_surname_and_ssi, _known_name_with_ssi, _foreign_name_and_ssi))


def _term_or_place(words: list[Word], j: int) -> bool:
    """A bare proper noun in quotation marks (`이른바 ‘마용성’`) is a term, and one right after a place
    (`서울 용산고를`, `노원구 상계동`, `하일면 송천리`) a place or an institution there: neither is a bare
    name."""
    word = words[j]
    prev = words[j - 1] if j > 0 and not words[j - 1].boundary else None
    return word.text.lstrip()[:1] in OPENING_QUOTES or (prev is not None and (
        prev.base in PLACES or (len(prev.base) >= 2 and prev.base[-1] in "시도군구" and prev.is_hangul)
        or (len(prev.base) >= 3 and prev.base[-1] in "읍면" and prev.is_hangul)))  # `노원구 상계동`, `하일면 송천리`


def _ends_phrase(words: list[Word], j: int) -> bool:
    """Whether word j ends its noun phrase: a bare name is not the first half of a compound noun
    (`고분자 층을`), while `방수현 이후`, `방수현 등`, a name before an honorific or a title, and one before
    a count (`김인혁 12득점,`) are fine."""
    after_word = words[j + 1] if j + 1 < len(words) and not words[j].boundary else None
    return after_word is None or not (
        after_word.tags[:1] == ["NNG"] and after_word.base not in TIME_WORDS and not _STAT.fullmatch(after_word.base)
        and after_word.base not in HONORIFICS and not split_title(after_word.base)
        and after_word.base not in AFTER_NAME_NOUNS)


#: A count of a player's (`12득점`, `2홈런`, `3이닝`).
_STAT = re.compile(r"\d+(?:" + "|".join(STAT_UNITS) + ")")


def _resolve_short(cast: Cast, form: str, title: str | None, offset: int) -> int | None:
    """The person a short form refers to: `최` + `회장`, `우바이다` + `대변인`, `텐 하흐`, `이강철`."""
    candidates: list[int] = []
    surname = len(form) == 1 or form in SURNAMES_2
    for i, p in enumerate(cast.people):
        if p.kind != "person" or p.first_offset > offset:
            continue
        if surname:
            # `탕 부장` for `탕원하오 외교부장`, `시 주석`: a one-word Chinese name by its surname, with its title
            ok = (p.name.startswith(form) and " " not in p.name and (
                name_shaped(p.name, allow_two=True) or (len(p.name) == 3 and len(form) == 1)
                or (len(form) == 1 and title is not None and _holds_title(cast, i, title)))) \
                or p.name.endswith(" " + form)  # `문 대표` for `에릭 문`
        else:
            ok = p.name == form or p.name.endswith(" " + form)
        if ok:
            candidates.append(i)
    if not candidates:
        return None
    if len(candidates) > 1 and title:
        same = [i for i in candidates if _holds_title(cast, i, title)]
        exact = [i for i in same if (cast.people[i].title or "").split()[-1:] == [title]]
        if len(same) == 1 or len(exact) == 1:
            # (`김 대변인` of `김명연 수석대변인` and `김정화 대변인`: the one whose title is the short form's)
            return same[0] if len(same) == 1 else exact[0]
        return None  # two people with the same surname and title: do not guess
    if len(candidates) > 1:
        return last_mention(cast, offset, lambda m: m.key in candidates)
    key = candidates[0]
    if surname and title and cast.people[key].title and not _holds_title(cast, key, title) \
            and not (cast.people[key].title or "").endswith(_ON_THE_WAY):
        return None  # `김 감독` is not `김철수 회장` (but `최기중 후보가 당선돼 … 최 조합장은` is)
    return key


#: Titles of someone on the way to a post (a candidate, a nominee, the elect, an acting head), whom the
#: story may go on to call by the post itself (`최기중 후보가 당선돼`, then `최 조합장은`).
_ON_THE_WAY = ("후보", "후보자", "내정자", "당선인", "당선자", "대행")


def _resolve_short_ssi(cast: Cast, surname: str, offset: int) -> int | None:
    """`탁씨는`: of several people with the surname, the one the article calls `…씨` (`아버지 탁만석(56)씨`),
    not a player or an official named without it; else the one named last."""
    candidates = [i for i, p in enumerate(cast.people) if p.kind == "person" and p.first_offset <= offset
                  and p.name.startswith(surname) and " " not in p.name]
    if len(candidates) > 1:
        called = [i for i in candidates if _called_ssi(cast, i, offset)]
        if len(called) == 1:
            return called[0]
    return _resolve_short(cast, surname, None, offset)


def _called_ssi(cast: Cast, key: int, offset: int) -> bool:
    """Whether a mention of the person before `offset` has the honorific `씨` (`탁만석(56)씨가`, `최영민 씨는`;
    the mention may hold the `씨` word: `임혜정(여·56) 씨는`)."""
    ends = {m.end for m in cast.mentions if m.key == key and m.kind == "person" and m.start < offset}
    for i, w in enumerate(cast.words):
        if w.end in ends and (w.base == "씨" or "씨" in w.text.strip()[len(w.base):] or (
                i + 1 < len(cast.words) and cast.words[i + 1].base == "씨")):
            return True
    return False


def _holds_title(cast: Cast, key: int, short: str) -> bool:
    """Whether the person's title, or another post the article gives them, is `short`."""
    return _title_matches(cast.people[key].title, short) or any(
        _title_matches(other, short) for other in cast.other_titles.get(key, ()))


def _title_matches(full: str | None, short: str) -> bool:
    """Whether a short form's title names the post `full`: the same or a shorter title (`부사장` for
    `수석부사장`), or the general title of the kind (`서 작가` for a `소설가`; see `TITLE_KINDS`)."""
    if not full:
        return False
    last = full.split()[-1]
    return full.endswith(short) or short.endswith(last) or short in full or last in TITLE_KINDS.get(short, ())


def _surname_as_verb(word: Word) -> bool:
    """A one-syllable surname Kiwi tagged as a verb or adjective form (`빈`, `온`, `탄`), alone in its word."""
    return word.verbal and word.boundary and len(word.base) == 1 and word.text.strip() == word.base \
        and word.base in SURNAMES_1


def _mostly_proper(cast: Cast) -> dict[str, bool]:
    """Whether Kiwi reads a word as one proper noun in most places it occurs (`유대인` is NNP in
    one context and NNG in the others: not a name). Built on first use, kept in `cast.mostly_proper`."""
    proper = cast.mostly_proper
    if proper is None:
        as_proper = Counter(w.base for w in cast.words if w.tags == ["NNP"])
        # (`get`, not `as_proper[base]`: a Counter's default for a word never read so goes through Python)
        proper = {base: 2 * as_proper.get(base, 0) >= n for base, n in Counter(w.base for w in cast.words).items()}
        cast.mostly_proper = proper
    return proper


def short_forms_named_in_quotes(per_sentence: list[list[Word]], cast: Cast, text: str) -> None:
    """`고창근 후보는 “양창식 후보가 … 타당한가”를 따졌다`, then `양 후보는 “…”`: a surname and a title that name no
    one introduced before them (the words still free after the short forms were read) name the one person
    the article writes whole with that title elsewhere: inside a quotation, where no pass reads names, or
    further on (a lead paragraph moved below the story). Two such names, or none: no one."""
    for words in per_sentence:
        for j in range(1, len(words)):
            surname, word = words[j - 1], words[j]
            found = split_title(word.base)
            if not found or found[0] or surname.used or word.used or surname.boundary \
                    or not (surname.base in SURNAMES_1 or surname.base in SURNAMES_2):
                continue
            pattern = rf"(?<![가-힣])({re.escape(surname.base)}[가-힣]{{1,2}})\s?{re.escape(word.base)}"
            whole = {m.group(1) for m in re.finditer(pattern, text)}
            whole = {name for name in whole if name_shaped(name)}
            if len(whole) != 1:
                continue
            name = whole.pop()
            key = find_person(cast, name)
            if key is None:
                key = cast.add(Participant(name=name, title=found[1], first_offset=surname.start))
            add_mention(cast, key, [surname, word])
