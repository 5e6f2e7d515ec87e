"""Names the entity model finds where no rule does: people named bare in the narration, in lists of
players and casts (`홍창기를 볼넷으로`, `5위 블레이크 스넬: 5년 1억 2200만 달러`, `리키 파울러, 콜리 모리카와`).

The rules before this pass find people by structure (a title, a parenthesis, `씨`, a list with a
known person). What is left is the long tail of bare names, which only knowledge of names can tell
from common nouns, teams and products. The entity model (`briefing.entities`) reads a window of a
few words around each candidate (`_windows`) and proposes names; a proposal becomes a participant
when (`_a_person`)
- the model gives it even odds or better (`MIN_PROBABILITY`, not tuned),
- it covers whole words outside quotations and mentions, and is no reporter,
- it has the shape of a name: two words or more (a foreign name; at three-to-one odds unless the list
  of known people holds it, `MIN_UNLISTED_NAME_ODDS`), or one word of a Korean name's shape
  (`is_korean_name`) that takes a particle, a comma or a parenthesis,
- the gazetteer does not know it as something else (a place, a body, a term), and it is not part of
  a body's name (`토론토 블루제이스`, `법무법인 세진`, `토트넘 홋스퍼의 공격수`) or shaped like a body
  or a place (`누리자동차`, `하일면`), nor one common noun of Kiwi's dictionary (`수상`), nor a body
  the cast already has.
Its mentions are marked `proposed`: they may speak the quote they introduce but do not take over the
quotes after it (`quotes.extract`), since the model's word is weaker than a rule's.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from ..entities.known_people import MAX_NAME_WORDS, NameIndex, a_known_thing, known_people, known_things
from ..entities.model import EntityModel, Tagging, entity_model, gazetteer
from ..lexicon.bodies import (
    KNOWN_BODY_NAMES,
    LONG_ORG_SUFFIXES,
    ORG_KIND_NOUNS,
    ORG_SUFFIXES,
    ORG_SUFFIXES_STRICT,
    PERFORMING_GROUP_NOUNS,
    TEAM_NICKNAMES,
)
from ..lexicon.grammar import GLUED_PARTICLES, LIST_CLOSERS, TIME_WORDS
from ..lexicon.news import BYLINE_CREDITS
from ..lexicon.people import (
    FOREIGN_GIVEN_NAMES,
    HOMONYM_TITLES,
    PLAYER_STAT_UNITS,
    SURNAMES_1,
    TITLE_MODIFIERS,
)
from ..lexicon.places import COUNTRY_SHORT_NAMES, DISTRICT_ENDINGS, PLACES
from ..models import Participant, Sentence
from .cast import Cast, Mention, Post, add_mention, drop_person, find_person, merge_person, rename_person
from .introductions import known_words_before, org_in_paren, position_in_paren, title_next
from .names import (
    HANGUL_WORD,
    LATIN,
    NAME_CHARS,
    Word,
    closes_epithet,
    initials,
    is_foreign_name_word,
    is_korean_name,
    is_org_word,
    looks_transliterated,
    name_form,
    name_shaped,
    owns_next_person,
    position,
    split_glued_and,
    split_title,
    strong_org,
)

#: The mean probability over the name's characters that a proposal needs: the model's own even odds.
MIN_PROBABILITY = 0.5
#: What a bare word the rules took for a name (`vet_bare_names`) needs from the model: one chance in
#: ten, so that only words the model all but rules out (`마수걸이`, `두바이에서`) are left out.
MIN_NAME_ODDS = 0.1
#: At this or above, the model's reading of several words as a name outweighs the gazetteer's reading
#: of the first as a body or a place (`소니 그레이`: Sonny, not Sony); below it, such a first word makes
#: the words a club named after its town (`토트넘 홋스퍼`). Not tuned: one value tried.
SURE_NAME_ODDS = 0.9
#: What a name of several words that the list of known people does not hold needs from the model:
#: three to one (`서머 스플릿`, `코로나 엔데믹`, `디 애슬레틱`: phrases in Hangul the model gives even odds or a
#: little more); a listed name (`빅터 보니페이스`) passes at even odds. Out-of-fold on the tune halves any
#: value from 0.7 to 0.8 drops four to six spurious people; 0.8 and above also real names (`잭 플레어티`).
MIN_UNLISTED_NAME_ODDS = 0.75
#: Below this, a one-word foreign name found next to a title or a parenthesis (`워싱턴 내셔널스 단장`,
#: `센터 소피`) is no name: the rules read any such word before a title as one, so only a word the model
#: all but rules out goes (not tuned: a tenth of `MIN_NAME_ODDS`).
MIN_WORD_NAME_ODDS = 0.01


def find_model_names(cast: Cast, sentences: Sequence[Sentence], per_sentence: Sequence[list[Word]]) -> None:
    """Add the people the entity model names in each sentence and no earlier pass found. Names of
    several words first, so that a word of one (`벨린저` of `코디 벨린저`) is a mention of that person."""
    taken: set[int] = set()
    for m in cast.mentions:
        taken.update(range(m.start, m.end))
    model = entity_model()
    proposals: list[tuple[list[Word], Post | None]] = []
    bands = bands_named(per_sentence)  # `그룹 세븐틴이`, then `세븐틴은`: a band, no one person, wherever it stands
    for sentence, words in zip(sentences, per_sentence, strict=True):
        for first, last in _windows(words, sentence):
            start = words[first].start - sentence.start
            end = words[last].end - sentence.start
            tagging = model.tag(sentence, start, end)
            for a, b in tagging.spans("PER"):
                for span, cut in _names_in(_whole_words(words, sentence.start + a, sentence.start + b)):
                    at = (span[0].start - sentence.start, span[-1].start + len(span[-1].base) - sentence.start)
                    span = _with_family_name(_with_known_first_words(span, words), words)
                    if " ".join(w.base for w in span) in bands:
                        continue
                    person, after = _a_person(span, tagging, at, sentence, words, cast, taken, cut=cut)
                    if person:
                        post = _post_before(span, words, tagging, sentence.start)
                        if after is not None:  # (accepted for the body after it)
                            post = Post(post.title if post else after.title, after.organization)
                        proposals.append((span, post))
    added: set[int] = set()
    for span, post in sorted(proposals, key=lambda p: (len(p[0]) == 1, p[0][0].start)):
        if not taken.intersection(range(span[0].start, span[-1].end)):
            added.add(_add(cast, span, post))
            taken.update(range(span[0].start, span[-1].end))
    _other_mentions(cast, per_sentence, added, taken)


def find_known_names(cast: Cast, sentences: Sequence[Sentence], per_sentence: Sequence[list[Word]]) -> None:
    """`독일의 자비네 빈터를`, `2선발 태너 털리가`: a run of two or three words outside quotations that
    no pass took and that the list of known people holds whole (`entities.known_people`) is that person,
    unless it is part of a body's name (`브리검 영 대학`). The entity model misses foreign names whose
    words are also Korean nouns (빈터 "vacant lot", 볼 "ball"); the list does not."""
    known = known_people()
    taken: set[int] = set()
    for m in cast.mentions:
        taken.update(range(m.start, m.end))
    added: set[int] = set()
    for sentence, words in zip(sentences, per_sentence, strict=True):
        i = 0
        while i < len(words):
            span = _known_name_at(words, i, known, taken)
            if span is None or _inside_quotes(sentence.text[:span[0].start - sentence.start]) \
                    or _in_a_body_name(span, words, cast, known=True):
                i += 1
                continue
            for w in span[:-1]:  # `아리아나 그란데`: a particle Kiwi read off a word inside the name is part of it
                w.base, w.particle = w.base + w.particle, ""
            added.add(_add(cast, span, None))
            taken.update(range(span[0].start, span[-1].end))
            i += len(span)
    _other_mentions(cast, per_sentence, added, taken)


def find_players_by_their_figures(cast: Cast, per_sentence: Sequence[list[Word]], text: str) -> None:
    """`레오는 43득점으로`, `가빌리오가 5이닝 5실점으로`, `브루나가 10점`: a word that is the subject or topic of
    its clause with a player's count right after it (a number and `PLAYER_STAT_UNITS`) is a player where nothing
    makes it a body (`_no_body_word`) and it has a name's shape (a Korean name, or a word no Korean one
    has: `looks_transliterated`, or a proper noun); later bare uses of it are mentions of them. A team's
    count (`우리카드가 34점`, `강원이 27골`) stays the team's: a body by its ending, the gazetteer or a place."""
    taken = {i for m in cast.mentions for i in range(m.start, m.end)}
    added: set[int] = set()
    for words in per_sentence:
        for k, w in enumerate(words[:-1]):
            if w.particle in ("이", "가", "은", "는") and not w.used and w.start not in taken and _noun_word(w) \
                    and _counted(words, k) and _no_body_word(w, cast) and not _team_town(w.base, text) and (
                        is_korean_name(w, confirmed=True) or looks_transliterated(w.base) or "NNP" in w.tags):
                added.add(_add(cast, [w], None))
                taken.update(range(w.start, w.end))
    _other_mentions(cast, per_sentence, added, taken)


def _counted(words: list[Word], k: int) -> bool:
    """Word k is followed by a player's count (`_FIGURE`): right after it (`레오는 43득점으로`), or closing a
    list of what the count includes in its clause (`모마가 블로킹 득점 2개와 서브에이스 2개를 포함해 20득점`,
    `정지석은 서브에이스 3개를 포함 15득점`: `포함`, no comma nor another subject between)."""
    if _FIGURE.fullmatch(words[k + 1].base):
        return True
    for j in range(k + 1, min(k + _COUNT_REACH, len(words) - 1)):
        if words[j - 1].comma or words[j].particle in ("이", "가", "은", "는"):
            return False
        if words[j].base.startswith(_INCLUDING) and _FIGURE.fullmatch(words[j + 1].base):
            return True
    return False


#: How far a count that closes a list of what it includes (`포함해 20득점`) may stand from its subject, in words.
_COUNT_REACH = 9
#: `포함해`, `포함`, `포함한`: "including", before a count that holds what was listed.
_INCLUDING = "포함"


#: A player's count: a number and its unit (`43득점`, `5이닝`, `10점`; `PLAYER_STAT_UNITS`).
_FIGURE = re.compile(r"\d+(?:\.\d+)?(?:" + "|".join(PLAYER_STAT_UNITS) + ")")


def _team_town(base: str, text: str) -> bool:
    """The word names a town a team is named after somewhere in the text: a team's nickname follows it
    (`디트로이트 타이거스를`, `피닉스 선즈의`: a transliterated plural, or `TEAM_NICKNAMES`)."""
    at = text.find(f"{base} ")
    while at >= 0:
        if _NICKNAME_AT.match(text, at + len(base) + 1):
            return True
        at = text.find(f"{base} ", at + 1)
    return False


#: A team's nickname at a place in the text, then a particle or nothing (see `_team_town`).
_NICKNAME_AT = re.compile(r"[가-힣A-Z]*(?:스|즈|" + "|".join(TEAM_NICKNAMES) + r")(?![가-힣A-Za-z]{2})")


def _no_body_word(word: Word, cast: Cast) -> bool:
    """A word of Hangul alone that names no body or place by any table, the gazetteer, its ending or the
    story (`모마`, `레오`; not `우리카드`, `강원`, `삼성`), nor a title, a time word or a noun of Kiwi's
    dictionary (`감독`, `실점`)."""
    base = word.base
    return bool(_HANGUL_ONLY(base)) and len(base) >= 2 and not word.common_noun and split_title(base) is None \
        and base not in TIME_WORDS and gazetteer().get(base) in (None, "PER") and not _body_shaped(base) \
        and base not in PLACES and base not in KNOWN_BODY_NAMES and base not in cast.aliases \
        and base not in cast.aliases.values() and base not in cast.reporters \
        and not any(p.kind == "org" and p.name == base for p in cast.people)


def _known_name_at(words: list[Word], i: int, known: NameIndex, taken: set[int]) -> list[Word] | None:
    """The longest run of words from `i`, free and inside one noun phrase, that `known` holds whole.
    The run grows a word at a time, and stops at the first word no longer run can hold either (used,
    taken, after a boundary) or no listed name has: the list holds names of Hangul words alone. A
    particle Kiwi read off a word before the last is looked up as part of it (`아리아나 그란데`: 아리아/NNG
    나/JC), and only so."""
    first = words[i]
    if _ends_phrase(first) or first.used or first.start in taken or not _HANGUL_ONLY(first.base):
        return None  # (every run from `i` holds this word before its last)
    run = [first]
    checked = first.start  # no offset before this, from the first word's start, is taken
    while len(run) < MAX_NAME_WORDS and i + len(run) < len(words) and not _ends_phrase(run[-1]):
        w = words[i + len(run)]
        if w.used or not _HANGUL_ONLY(w.base) or taken.intersection(range(checked, w.end)):
            break
        run.append(w)
        checked = w.end
    for n in range(len(run), 1, -1):  # the longest first
        if " ".join([w.base + w.particle for w in run[:n - 1]] + [run[n - 1].base]) in known:
            return run[:n]
    return None


def _ends_phrase(word: Word) -> bool:
    """A boundary after the word other than a particle that may be a name's last syllable (`_NAME_END_PARTICLES`):
    a comma, a verb form, a quotative ending, a bracket, any other particle."""
    return word.comma or word.verbal or word.glued or word.closed \
        or (bool(word.particle) and word.particle not in _NAME_END_PARTICLES)


#: Particles Kiwi reads off the last syllable of a foreign given name (`아리아나`: 아리아/NNG 나/JC).
_NAME_END_PARTICLES = frozenset(["나", "와", "과", "랑", "이나"])


#: A word of Hangul syllables alone, as each word of a name in `known_people` is.
_HANGUL_ONLY = re.compile("[가-힣]+").fullmatch


def _other_mentions(cast: Cast, per_sentence: Sequence[list[Word]], added: set[int], taken: set[int]) -> None:
    """`1986년 해태 타이거즈 선동렬 이후`, then `선동렬, 한화 류현진`: every other place a name the model
    found stands whole (a word of a one-word name, the words of a longer one) is a mention of that
    person, so that the stages after see where they are introduced."""
    names = {cast.people[k].name.split(" ")[0]: (k, cast.people[k].name.split(" ")) for k in added
             if cast.people[k].kind == "person"}
    if not names:
        return
    for words in per_sentence:
        for i, w in enumerate(words):
            found = names.get(w.base)
            if found is None or w.used or w.start in taken:
                continue
            key, parts = found
            span = words[i:i + len(parts)]
            if [x.base for x in span] == parts and not any(x.used for x in span):
                add_mention(cast, key, span)
                cast.mentions[-1].proposed = True
                taken.update(range(span[0].start, span[-1].end))


#: Words of context the model reads either side of a candidate: two, since with one the model reads
#: less of a name than it does in the whole sentence (`플레넷과 비키 바흐 등`: `바흐` alone).
_CONTEXT_WORDS = 2


def _windows(words: list[Word], sentence: Sentence) -> list[tuple[int, int]]:
    """The stretches of a sentence worth tagging, as (first, last) word indices: around each word that
    could start a name the gate in `_a_person` would take, with context either side, overlapping
    stretches merged. A candidate is a noun Kiwi calls proper or did not know (`벨린저`, `잰코스키`),
    or a word of a Korean name's shape Kiwi read as a proper noun or cut into pieces (`서호철` →
    서/호/철); for a name of two words or more, the word after it is such a noun, or any noun after a
    proper noun of a foreign shape (`_foreign_given_name`: `이시카와 료`, whose family name Kiwi knows as
    a common word)."""
    guessed = {m.start for m in sentence.morphemes if m.unknown}
    forms = gazetteer()
    out: list[tuple[int, int]] = []
    nouns = [_noun_word(w) for w in words]  # (each word is also the next word of the one before it)
    for i, w in enumerate(words):
        if not nouns[i]:
            continue
        proper = _proper(w, guessed)
        nxt = words[i + 1] if i + 1 < len(words) and not w.boundary else None
        pair = nxt is not None and nouns[i + 1] and (_proper(nxt, guessed) or _foreign_given_name(w, nxt, proper))
        if not pair:
            known_as = forms.get(w.base)
            if not (w.boundary or w.paren or _closes_a_list(w, words) or (proper and known_as is None and is_korean_name(w))
                    or (proper and _free_title_next(words, i) is not None) or (proper and known_as == "PER")):
                continue  # a bare name of one word takes a particle, comma or parenthesis, closes a list
                # (`이재원 등`), or has a body after it (`유병서 기재부 예산총괄심의관과`, `_post_after`) or a
                # title (`지창구 판사는`), unless the gazetteer knows it as a person's (`안철수 캠프`)
            if not ((proper and known_as == "PER") or (
                    (proper or len(w.tags) > 1) and known_as in (None, "PER")
                    and is_korean_name(w, allow_two=proper, confirmed=True, body_ending=True))):
                continue  # (a name that ends like a body, `배정대를`, is the model's to judge: `_a_person`)
        first, last = max(0, i - _CONTEXT_WORDS), min(len(words) - 1, i + _CONTEXT_WORDS + (1 if pair else 0))
        if out and first <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], last))
        else:
            out.append((first, last))
    return out


def _foreign_given_name(word: Word, nxt: Word, proper: bool) -> bool:
    """`이시카와 료(일본)도`, `고토 고지 타격코치가`: a proper noun of no Korean name's shape and no body or
    place the gazetteer knows, before a noun that is no title or time word: a family name Kiwi knows as
    a common word (`료`, `고지`) may follow it, so the pair is worth the model's reading."""
    forms = gazetteer()
    return proper and len(word.base) <= _GIVEN_NAME_CHARS and len(nxt.base) <= _FAMILY_NAME_CHARS \
        and forms.get(word.base) not in ("ORG", "LOC") and forms.get(nxt.base) not in ("ORG", "LOC", "OTH", "TTL") \
        and not name_shaped(word.base) and not _body_shaped(word.base) and not _place_shaped(word.base) \
        and split_title(nxt.base) is None and nxt.base not in TIME_WORDS


#: The longest given name and family name `_foreign_given_name` pairs (`이마나카 쇼타`, `데니스 린`): a
#: longer word is a compound Kiwi did not know (`남부학술림`, `산림교육연구센터`), not worth the model's time.
_GIVEN_NAME_CHARS = 5
_FAMILY_NAME_CHARS = 3


def _names_in(span: list[Word]) -> list[tuple[list[Word], bool]]:
    """The names in one span the model reads as a person's, each with whether a word was cut off its
    front: a span is cut after every word with a particle or comma (`라울 알칸타라와 브랜든 와델`: two
    names), and a time word the model read into a name is no part of it (`1사 후 알포드에게`)."""
    out: list[tuple[list[Word], bool]] = []
    part: list[Word] = []
    for i, w in enumerate(span):
        part.append(w)
        split_glued_and(w, len(part), len(span) - i - 1)
        if w.boundary or i == len(span) - 1:
            cut = len(part) >= 2 and part[0].base in TIME_WORDS
            if len(part) >= 3 and _acronym_body(part[0]):
                part = part[1:]  # `SSG 로에니스 엘리아스와`: a body's letters before a name written in Hangul
            while len(part) >= 2 and part[0].base in TEAM_NICKNAMES:
                part = part[1:]  # `한화 이글스 워윅 서폴드가`: the team's nickname, no word of the name
            out.append((part[1:] if cut else part, cut))
            part = []
    return out


#: A word in capital letters (and digits): a body's short name (`SSG`, `KT`, `T1`) or a title's (`MC`).
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}")


def _acronym_body(word: Word) -> bool:
    """A body's name in capital letters (`SSG`, `KT`, `LG`), no title (`MC`, `CEO`): no part of a name the
    article writes in Hangul (initials have dots: `A.J. 프렐러`, `initials`)."""
    return not word.particle and bool(_ACRONYM.fullmatch(word.base)) and split_title(word.base) is None \
        and gazetteer().get(word.base) in (None, "ORG")


def _with_known_first_words(span: list[Word], words: list[Word]) -> list[Word]:
    """`스캇 반 슬라이크를` where the model reads `반 슬라이크`: the one or two words right before a span of
    two words or more, in its phrase, with which the list of known people holds it whole (the longest)."""
    if len(span) < 2:
        return span
    before = known_words_before(words, position(words, span[0]), [w.base for w in span],
                                lambda w: w.sentence == span[0].sentence and not w.used and not _ends_phrase(w)
                                and bool(_HANGUL_ONLY(w.base)))
    return [*before, *span]


def _with_family_name(span: list[Word], words: list[Word]) -> list[Word]:
    """`3위 조던 몽고메리: 5년 …`: a foreign given name (`_given_names`) that the model read alone, and the
    proper noun Kiwi reads right after it, no particle between: the two words of one name (the model's
    reading of the given name decides)."""
    if len(span) != 1 or span[0].boundary or span[0].base not in _given_names():
        return span
    k = position(words, span[0]) + 1
    if k >= len(words):
        return span
    nxt = words[k]
    if nxt.sentence != span[0].sentence or nxt.common_noun or nxt.used or nxt.paren and not nxt.boundary \
            or not nxt.tags or "NNP" not in nxt.tags or not (looks_transliterated(nxt.base) or nxt.tags == ["NNP"]) \
            or gazetteer().get(nxt.base, "PER") != "PER" or nxt.base in PLACES or _body_shaped(nxt.base):
        return span
    return [span[0], nxt]


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Foreign given names: the lexicon's, and the first words of the gazetteer's people of two words
    or more written like a transliteration (`맷` of `맷 데이먼` and `맷 딜런`); a word of one syllable only
    when it opens two such names (not `디` of one `디 마리아`)."""
    counts = Counter(form.split(" ")[0] for form, kind in gazetteer().items()
                     if kind == "PER" and " " in form and looks_transliterated(form.split(" ")[0]))
    return FOREIGN_GIVEN_NAMES | frozenset(w for w, n in counts.items() if len(w) >= 2 or n >= 2)


def _proper(word: Word, guessed: set[int]) -> bool:
    """Kiwi calls the word a proper noun, or did not know (part of) it."""
    return "NNP" in word.tags or bool(guessed) and any(word.start <= g < word.start + len(word.base) for g in guessed)


def _noun_word(word: Word) -> bool:
    """A word outside every mention, of nouns only, that could be (part of) a name; or a Korean name
    Kiwi cut into pieces, where the name's shape holds: its surname read as a determiner (`한승수다`:
    한/MM 승수/NNG, where `한` "one" is written apart from its noun), a syllable read as a numeral or a
    bound noun (`윤채영은`: 윤/NNP 채/NNB 영/NR), a root, an adverb, or a prefix when every syllable is a
    piece (`최홍석이`: 최/XPN 홍/NNG 석/NNG; not `최우수`: 최/XPN 우수/NNG, a word of the dictionary)."""
    if word.used or word.verbal or not word.tags or not NAME_CHARS.match(word.base):
        return False
    return _NOUN_TAGS.issuperset(word.tags) or (
        word.base[0] in SURNAMES_1 and len(word.base) == 3 and _NAME_PIECE_TAGS.issuperset(word.tags)
        and (word.tags[0] != "XPN" or len(word.tags) == 3) and is_korean_name(word, confirmed=True))


_NOUN_TAGS = frozenset({"NNP", "NNG"})
#: What Kiwi may cut a glued name into (`한세경`: 한/MM 세/MM 경/NNG; `이영현`: 이/MM 영/NR 현/NNG;
#: `최홍석`: 최/XPN 홍/NNG 석/NNG, a surname read as a prefix; `노시환`: 노시/NNP 환/XR; `조영욱`: 조영/NNG 욱/MAG;
#: `박진성`: 박진/NNP 성/XSN, the last syllable read as a suffix).
_NAME_PIECE_TAGS = _NOUN_TAGS | {"MM", "NR", "NNB", "XPN", "XR", "MAG", "XSN"}


def _whole_words(words: list[Word], start: int, end: int) -> list[Word]:
    """The words the span covers, if it covers whole names (`코디 벨린저` of `코디 벨린저(컵스)와`), a
    particle Kiwi left on the last one cut off (`짐 보우든은`: Kiwi reads 보우/NNP 이/VCP 든/EC 은/JX,
    a copula, where the model reads the name; `태너 털리가`: Kiwi reads one proper noun it guessed)."""
    inside = [w for w in words if w.start < end and w.end > start]
    if not inside or inside[0].start != start:
        return []
    last = inside[-1]
    if last.start + len(last.base) == end + 1 and not last.particle and last.base[-1] in GLUED_PARTICLES \
            and len(last.base) >= 3 and (last.misparsed or last.tags == ["NNP"]):
        last.base, last.particle = last.base[:-1], last.base[-1]
    if last.start + len(last.base) != end:
        return []
    return inside


#: `_a_person`'s answer for a proposal that is no person.
_NOT_A_PERSON: tuple[bool, Post | None] = (False, None)


def _a_person(span: list[Word], tagging: Tagging, at: tuple[int, int], sentence: Sentence, words: list[Word],
              cast: Cast, taken: set[int], *, cut: bool = False) -> tuple[bool, Post | None]:
    """Whether the model's proposal `span` (at `at` in the sentence) is a person (module docstring),
    and the post written right after a one-word name it was taken for (`_post_after`), if any;
    `cut`: the model read a time word before it into the name, so a word of any shape is taken."""
    name = " ".join(w.base for w in span)
    likelihood = tagging.person_likelihood(*at)
    if likelihood < MIN_PROBABILITY:
        return _NOT_A_PERSON
    if any(w.used for w in span) or taken.intersection(range(span[0].start, span[-1].end)):
        return _NOT_A_PERSON
    if _inside_quotes(sentence.text[:at[0]]):
        return _NOT_A_PERSON  # named only inside a quotation: not a participant
    if not all(_noun_word(w) for w in span) or len(name) < 2 or name in cast.reporters:
        return _NOT_A_PERSON
    k = position(words, span[0])
    if k > 0 and not words[k - 1].boundary and words[k - 1].base in PERFORMING_GROUP_NOUNS:
        return _NOT_A_PERSON  # `걸그룹 오마이걸은`: a group, no one person
    forms = gazetteer()
    if any(forms.get(form, "PER") != "PER" for form in (name, name.replace(" ", ""))):
        return _NOT_A_PERSON
    if len(span) >= 2 and likelihood < MIN_UNLISTED_NAME_ODDS and name not in known_people():
        return _NOT_A_PERSON  # (`MIN_UNLISTED_NAME_ODDS`)
    sure = likelihood >= SURE_NAME_ODDS
    # `배정대를`, `김영대는`: a word of a Korean name's shape but for an ending a body's name has (대, 국) is
    # a name only where the model is all but sure of it (`_body_shaped` rules it out otherwise)
    body_ended = len(span) == 1 and sure and not is_korean_name(span[0], confirmed=True) \
        and is_korean_name(span[0], confirmed=True, body_ending=True)
    # `허훈의`, `허웅과`: a name of a surname and one syllable, a proper noun to Kiwi, where the model is all
    # but sure of it (alone, two syllables are as often a word: `한화`, `정관`)
    two = len(span) == 1 and sure and len(name) == 2 and span[0].tags == ["NNP"] \
        and is_korean_name(span[0], allow_two=True, confirmed=True)
    if len(span) == 1 and (span[0].misparsed or not (is_korean_name(span[0], confirmed=True) or two
                                                     or forms.get(name) == "PER" or cut or body_ended)):
        return _NOT_A_PERSON  # one word not shaped like a Korean name (as often a term or a team), or a verb
        # Kiwi found an ending in (`조용하 게`: a stem written apart from its ending)
    # `유병서 기재부 예산총괄심의관과`: a Korean name the model is all but sure of, before a body
    after = _post_after(span[0], words, tagging, sentence.start) \
        if len(span) == 1 and not (span[0].boundary or span[0].paren) and sure \
        and "NNP" in span[0].tags and is_korean_name(span[0]) else None
    if after is None and len(span) == 1 and body_ended and "NNP" in span[0].tags:
        # `춘천지법 형사 3단독 지창구 판사는`: a name ending like a body (구) before a title, which the
        # introductions leave to the model (`_korean_shaped`)
        title = _free_title_next(words, position(words, span[0]))
        after = Post(title, None) if title else None
    if after is None and len(span) == 1 and sure and not (span[0].boundary or span[0].paren) \
            and "NNP" in span[0].tags and is_korean_name(span[0], confirmed=True):
        # `임아현 심판은`, `이학재 교육장을`: a Korean name the model is all but sure of, before a title that
        # no table lists and the model reads
        title = _model_title_next(words, position(words, span[0]), tagging, sentence.start)
        after = Post(title, None) if title else None
    known_name = len(span) == 1 and forms.get(name) == "PER" and is_korean_name(span[0], confirmed=True)
    if len(span) == 1 and not (span[0].boundary or span[0].paren or after is not None or known_name
                               or _closes_a_list(span[0], words)):
        return _NOT_A_PERSON  # `반지하 집`, `가두리 양식장`: a noun modifying the next; a bare name takes a
        # particle (`홍창기를`), a comma in a list, a parenthesis, or closes a list (`에르난데스 등이`)
    if len(span) >= 2 and span[-1].common_noun and "NNP" not in span[0].tags:
        return _NOT_A_PERSON  # `승리 뒤`: a noun of Kiwi's dictionary ends no name of several words, unless a proper noun
        # opens it (`이시카와 료`: a family name Kiwi knows as a common word)
    if len(span) >= 2 and ((forms.get(span[0].base) in ("ORG", "LOC") and not sure)
                           or any(_place_shaped(w.base) for w in span)):
        return _NOT_A_PERSON  # `토트넘 홋스퍼`, `텍사스 레인저스`: a club named after its town; `하일면 송천리`
    if span[-1].particle == "의" and owns_next_person(words, position(words, span[-1]), {
            m.start for m in cast.mentions if m.kind == "person" and m.key >= 0}):
        return _NOT_A_PERSON  # `토트넘 홋스퍼의 손흥민은`: the body of the person named next
    last = span[-1].base
    # a name the model is sure of may end like a body by one syllable (`야마모토 요시노부`: 부), never by a
    # body's longer ending or a team's nickname (`매드 라이온즈`)
    ending_only = not last.endswith(LONG_ORG_SUFFIXES) and not last.endswith(TEAM_NICKNAMES)
    person = not ((_body_shaped(last) and not (sure and len(span) >= 2 and ending_only) and not body_ended)
                  or _in_a_body_name(span, words, cast, body_after=after is not None,
                                     known=len(span) == 1 and sure and is_korean_name(span[0], confirmed=True))
                  or (len(span) == 1 and span[0].common_noun) or _part_of_known(name, cast))
    return person, after if person else None


def band_after(words: list[Word], j: int) -> Word | None:
    """The band named after word j when it is a word for one (`그룹 세븐틴이`): a proper noun, Latin
    letters or a word Kiwi could not read, written apart from it."""
    kind, group = words[j], words[j + 1] if j + 1 < len(words) else None
    if group is None or kind.base not in PERFORMING_GROUP_NOUNS or kind.boundary or group.comma or group.verbal \
            or not ("NNP" in group.tags or LATIN.search(group.base) or group.odd):
        return None
    return group


def bands_named(per_sentence: Sequence[list[Word]]) -> set[str]:
    """The bands the story names after a word for one (`그룹 아이브(IVE)가`)."""
    return {group.base for words in per_sentence for j, kind in enumerate(words)
            if kind.base in PERFORMING_GROUP_NOUNS and (group := band_after(words, j))}


def _closes_a_list(word: Word, words: list[Word]) -> bool:
    """`무고사, 제르소, 에르난데스 등이`: the word is the last item of a list that `등` ("and others") closes
    (`LIST_CLOSERS`), which takes neither a particle nor a comma."""
    k = position(words, word) + 1
    return k < len(words) and words[k].base in LIST_CLOSERS and words[k].sentence == word.sentence


def _model_title_next(words: list[Word], i: int, tagging: Tagging, offset: int) -> str | None:
    """The word after word `i`, if no mention took it, it is of nouns alone and the model reads it, whole,
    as a title (`심판`, `교육장`)."""
    if i + 1 >= len(words) or words[i + 1].used or words[i + 1].sentence != words[i].sentence \
            or not _noun_word(words[i + 1]):
        return None
    nxt = words[i + 1]
    whole = (nxt.start - offset, nxt.start + len(nxt.base) - offset)
    return nxt.base if whole in tagging.spans("TTL") else None


def _free_title_next(words: list[Word], i: int) -> str | None:
    """The bare title word after word `i` (`introductions.title_next`) that no mention took (`지창구 판사는`)."""
    title = title_next(words, i)
    return title if title is not None and not words[i + 1].used else None


def _post_after(word: Word, words: list[Word], tagging: Tagging, offset: int) -> Post | None:
    """`유병서 기재부 예산총괄심의관과`: a body right after a one-word name (the gazetteer's or the model's)
    and a noun after the body, the post, which is the title if the model or the tables read one there."""
    k = position(words, word) + 1
    if k + 1 >= len(words) or words[k].boundary or words[k + 1].sentence != word.sentence \
            or not _noun_word(words[k + 1]):
        return None  # the body and a post after it (`김지훈 조사원이`: 조사원, an investigator, is the post)
    body, post = words[k], words[k + 1]
    org_starts = {a for a, _ in tagging.spans("ORG")}
    if not (body.start - offset in org_starts or gazetteer().get(body.base) == "ORG" or strong_org(body, {})):
        return None
    known = post.start - offset in {a for a, _ in tagging.spans("TTL")} or _known_title(post.base)
    return Post(post.base if known else "", body.base)


def _inside_quotes(before: str) -> bool:
    """Whether the sentence text `before` a span leaves a double quotation open."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _place_shaped(base: str) -> bool:
    """`하일면`, `서초구`: a district's ending on a word that is no transliteration."""
    return base[-1] in DISTRICT_ENDINGS and not looks_transliterated(base)


_SHORT_BODY_ENDINGS = ORG_SUFFIXES + ORG_SUFFIXES_STRICT
#: Words that end a credit's label (`영상취재:`, `영상편집:`, `사진:`).
_CREDITS = BYLINE_CREDITS + ("편집", "촬영")


def _body_shaped(base: str) -> bool:
    """`누리자동차`, `세진토건`, `마루랩스`: a body's ending of two syllables or more; `누리대`, `괴산군`,
    `가람역`: a one-syllable body or place ending on a word that is neither a Korean name's shape nor a
    transliteration's (`김지원` and `오베르단` stay names)."""
    if base.endswith(LONG_ORG_SUFFIXES):
        return True
    short = base.endswith(_SHORT_BODY_ENDINGS) or base[-1] in DISTRICT_ENDINGS
    return short and not name_shaped(base) and not looks_transliterated(base)


def _in_a_body_name(span: list[Word], words: list[Word], cast: Cast, *, body_after: bool = False,
                    known: bool = False) -> bool:
    """`토론토 블루제이스`, `법무법인 세진`, `AI 페퍼스 배구단`: the span is part of a body's name;
    `토트넘 홋스퍼의 공격수`: it is the body a post belongs to. `body_after`: the body or title after the
    span is the person's (`_post_after`, `_free_title_next`), not the rest of the span's name. `known`:
    the span is a name the list of known people holds, or a Korean name the model is all but sure of, so
    a place or country before it is the person's (`크로아티아 이비차 올리치`, `부산 최윤겸은`: a team named
    after its town and its coach), not the start of a club's name."""
    first = position(words, span[0])
    last = first + len(span) - 1
    if first > 0:
        before = words[first - 1]
        if before.base.endswith(_CREDITS):
            return True  # `영상취재: 편승우`: a credit; the crew are no participants
        if not before.boundary and (before.base in ORG_KIND_NOUNS or not known and (
                before.base in PLACES or before.base in COUNTRY_SHORT_NAMES or gazetteer().get(before.base) == "LOC")):
            return True  # `토론토 블루제이스`; `법무법인 세진`
    if last + 1 < len(words):
        after = words[last + 1]
        if span[-1].particle == "의" and split_title(after.base) and (
                not is_korean_name(span[-1], confirmed=True) or _holder_after(words, last + 1)):
            return True  # `토트넘 홋스퍼의 공격수 손민규`: whose post it is, a body (a Korean name's shape
            # needs the post's holder after it: `김상수의 중견수 앞 적시타` is the batter's hit)
        if not span[-1].boundary and not body_after:
            return strong_org(after, cast.aliases) or gazetteer().get(after.base) == "ORG"
    return False


def _holder_after(words: list[Word], k: int) -> bool:
    """A name-like word (a proper noun, or a word of a name's shape) right after the post at word `k`."""
    if k + 1 >= len(words) or words[k].boundary or words[k + 1].sentence != words[k].sentence:
        return False
    nxt = words[k + 1]
    return len(nxt.base) >= 2 and ("NNP" in nxt.tags or is_korean_name(nxt, confirmed=True))


def _part_of_known(name: str, cast: Cast) -> bool:
    """A body the cast already has: a speaker's name, someone's organisation, an alias."""
    for person in cast.people:
        if person.kind != "person" and name in person.name:
            return True
        if person.organization and name in person.organization:
            return True  # `스튜디오해담 구승재 감독`: the body someone belongs to
    return name in cast.aliases or name in cast.aliases.values()


def _post_before(span: list[Word], words: list[Word], tagging: Tagging, offset: int) -> Post | None:
    """`좌익수 에반 카터가`, `텍사스 우익수 아돌리스 가르시아를`: a word right before the name that the model reads as a
    title is the person's title, and a body right before that title their organisation; a body in capital
    letters right before the name is theirs (`SSG 로에니스 엘리아스와`)."""
    first = position(words, span[0])
    if first == 0 or words[first - 1].boundary:
        return None
    word = words[first - 1]
    if _acronym_body(word):
        return Post("", word.base)  # `SSG 로에니스 엘리아스와`: the body the name is written after
    at = (word.start - offset, word.start - offset + len(word.base))
    if word.start + len(word.base) != word.end or (at not in tagging.spans("TTL") and not _known_title(word.base)) \
            or closes_epithet(word):
        return None
    org = None
    if first >= 2 and not words[first - 2].boundary:
        before = words[first - 2]
        place = (before.start - offset, before.start - offset + len(before.base))
        if place in tagging.spans("ORG") or gazetteer().get(before.base) == "ORG" \
                or (is_org_word(before) and not before.common_noun):  # not `담당 기자`: a noun of Kiwi's
            org = before.base  # dictionary that only ends like a body (당)
    return Post(word.base, org)


def _known_title(base: str) -> bool:
    """A title the title table or the gazetteer knows (`회장`; `회사원`, `2루수`)."""
    return split_title(base) == (None, base) or gazetteer().get(base) == "TTL"


def _add(cast: Cast, span: list[Word], post: Post | None) -> int:
    name = " ".join(w.base for w in span)
    key = find_person(cast, name)
    if key is None and len(span) == 1:
        index = cast.people_index()
        holders = set(index.by_tail.get(name, [])) | set(index.by_head.get(name, []))
        if len(holders) == 1:
            key = holders.pop()
    if key is None:
        last = span[-1]
        org = org_in_paren(last.paren) if last.paren else None
        position = position_in_paren(last.paren) if post is None and last.paren else None
        if position:
            post = Post(position, None)  # `잭 메이필드(3루수)`: a line-up's position
        key = cast.add(Participant(name=name, title=post.title or None if post else None,
                                   organization=org or (post.organization if post else None),
                                   first_offset=span[0].start))
    add_mention(cast, key, span)
    cast.mentions[-1].proposed = True
    cast.people[key].first_offset = min(cast.people[key].first_offset, span[0].start)  # (named here first)
    return key


def complete_names(cast: Cast, sentences: Sequence[Sentence], per_sentence: Sequence[list[Word]],
                   text: str) -> None:
    """`알렉 마노아(25)`, `타이거 우즈(미국)`, `조세 무리뉴 감독`: a person the rules named by the last word
    of a foreign name (the given name is one no table lists) gets the whole name where the model reads
    the words before a mention as the rest of it, or, failing that, the whole name the gazetteer knows
    written anywhere in the text, quotations included (`“타이거 우즈와 …”`, then `우즈는`). A person
    already found under that whole name takes the mentions over."""
    model = entity_model()
    # every word of a mention of a Korean name, by its offset (`배우 차학연 변서윤`: 차학연 is someone else)
    word_starts = [w.start for w in cast.words]
    starts = {cast.words[i].start: m.key for m in cast.mentions if m.kind == "person" and m.key >= 0
              and name_shaped(cast.people[m.key].name)
              for i in range(bisect.bisect_left(word_starts, m.start), bisect.bisect_left(word_starts, m.end))}
    for key, person in enumerate(cast.people):
        if person.kind != "person" or " " in person.name:
            continue
        longest = ""
        for m in cast.mentions:
            if m.key == key and m.kind == "person" and not m.proposed:
                longest = max(longest, _longer_name(m, person.name, sentences, per_sentence, model, cast, starts),
                              key=len)
        if not longest and not name_shaped(person.name, allow_two=True):
            longest = _known_whole_name(person.name, text)
        if longest and person.organization and longest.split()[:-1] == person.organization.split() \
                and _known_as_a_body(person.organization, cast):
            continue  # `나폴리 스팔레티 감독`: the body the introduction read before the name is no part of it
        if longest and person.organization and person.organization in longest.split()[:-1] \
                and (any(f"{kind} {person.organization}" in text for kind in PERFORMING_GROUP_NOUNS)
                     or person.organization in cast.aliases):
            continue  # `그룹 슈퍼노바 규현이`: the band written before the name is theirs, no part of the name;
            # so is a body's short name the article gave (`씨제스 엔터테인먼트(이하 ‘씨제스’)`, `씨제스 백창주 대표`)
        if longest:
            rename_person(cast, key, longest)
            _fold_first_words(cast, find_person(cast, longest), longest)


def _fold_first_words(cast: Cast, key: int | None, name: str) -> None:
    """`왼손 투수 크리스 세든, 조조 레이예스와`: a person another pass read from the first words of a name now
    found whole (`조조`, a Korean name's shape) whose every mention stands right before one of the whole
    name's is that person."""
    head = " ".join(name.split()[:-1])
    if key is None or not head:
        return
    starts = {m.start for m in cast.mentions if m.key == key}
    for other, person in enumerate(cast.people):
        if other == key or person.kind != "person" or person.name != head:
            continue
        own = [m for m in cast.mentions if m.key == other]
        if own and all(any(0 < start - m.end <= 1 for start in starts) for m in own):
            merge_person(cast, other, key)


def _known_as_a_body(name: str, cast: Cast) -> bool:
    """A body by its name: one the list of known things holds and no person's (`토트넘 홋스퍼`), one the
    gazetteer knows as a body or a place, or one the story writes alone as the subject of a clause
    (`나폴리는`); not a one-syllable given name the rules took for one (`단 페트레스쿠`)."""
    if a_known_thing(name):
        return True
    return len(name) >= 2 and (gazetteer().get(name) in ("ORG", "LOC") or any(
        w.base == name and w.particle in ("은", "는", "이", "가") for w in cast.words))


def trim_names(cast: Cast, sentences: Sequence[Sentence], per_sentence: Sequence[list[Word]]) -> None:
    """`베테랑 신영석`, `게 디디에 데샹`, `라이언 플라허티 벤치 코치`: a name of several words the rules read
    where the entity model, reading the words where the name is first written, finds one shorter name
    inside it: the words it leaves out are no name's (a qualifier, the last word of the clause before,
    the first word of the title), and the shorter name is the person's. Words left out after the name
    and before the title are the title's (`벤치 코치`)."""
    model = entity_model()
    for key, person in enumerate(cast.people):
        if person.kind != "person" or " " not in person.name:
            continue
        first = min((m for m in cast.mentions if m.key == key and m.kind == "person" and not m.proposed),
                    key=lambda m: m.start, default=None)
        if first is None:
            continue
        found = _shorter_name(first, person.name.split(" "), sentences[first.sentence], per_sentence[first.sentence],
                              model)
        if found is not None:
            name, title_words = found
            if title_words and person.title:
                person.title = " ".join([*title_words, person.title])
            rename_person(cast, key, name)


def _name_words_at(m: Mention, parts: list[str], words: list[Word]) -> tuple[int, int] | None:
    """The first and last index of the words that write the name `parts` at the mention `m`, or None."""
    first = next((i for i, w in enumerate(words) if w.start >= m.start and name_form(w) == parts[0]), None)
    if first is None or [name_form(w) for w in words[first:first + len(parts)]] != parts:
        return None
    return first, first + len(parts) - 1


def _tag_around(model: EntityModel, sentence: Sentence, words: list[Word], first: int, last: int) -> Tagging:
    """The model's reading of the words `first` to `last` with a word before them and two after."""
    offset = sentence.start
    return model.tag(sentence, words[max(0, first - 1)].start - offset, words[min(last + 2, len(words) - 1)].end - offset)


def _shorter_name(m: Mention, parts: list[str], sentence: Sentence, words: list[Word],
                  model: EntityModel) -> tuple[str, list[str]] | None:
    """The one shorter name the model reads inside the name `parts` written at the mention `m`, and the
    words after it (before the title), or None where the model reads the whole name or no one name."""
    at = _name_words_at(m, parts, words)
    if at is None:
        return None
    first, last = at
    offset = sentence.start
    start = words[first].start - offset
    end = words[last].start + len(words[last].base) - offset
    tagging = _tag_around(model, sentence, words, first, last)
    inside = [(a, b) for a, b in tagging.spans("PER") if start <= a and b <= end
              and tagging.person_likelihood(a, b) >= MIN_PROBABILITY]
    if len(inside) != 1 or inside[0] == (start, end):
        return None
    a, b = inside[0]
    i = next((k for k in range(first, last + 1) if words[k].start - offset == a), None)
    j = next((k for k in range(first, last + 1) if words[k].start + len(words[k].base) - offset == b), None)
    if i is None or j is None:
        return None
    # the words left out: before the name, read as no entity at all (`베테랑`); after it, as the start of
    # the title (`벤치` of `벤치 코치`); a word read as a body or a name is not left out (`하이든`)
    entities = {kind: tagging.spans(kind) for kind in ("PER", "ORG", "TTL")}

    def within(w: Word, kind: str) -> bool:
        x, y = w.start - offset, w.start + len(w.base) - offset
        return any(p <= x and y <= q for p, q in entities[kind])

    def touched(w: Word) -> bool:
        x, y = w.start - offset, w.start + len(w.base) - offset
        return any(p < y and x < q for spans in entities.values() for p, q in spans)

    before = words[first:i]
    if any(touched(w) for w in before) or not all(within(w, "TTL") for w in words[j + 1:last + 1]):
        return None
    if not all(w.common_noun or w.tags == ["NNB"] for w in before):
        return None  # only a noun of Kiwi's dictionary goes (`베테랑`, `게`), never a word that may be a
        # given name the model does not know (`한나 브릭스`: 한/MM 나/VV)
    return " ".join(name_form(w) for w in words[i:j + 1]), [w.base for w in words[j + 1:last + 1]]


def names_cut_before_titles(cast: Cast, sentences: Sequence[Sentence], per_sentence: Sequence[list[Word]]) -> None:
    """`고토 고지 타격코치`, `이시카와 료 코치`, `멕시코 대표팀 벤지 길 감독`: a foreign name whose last word is
    also a Korean noun (고지 "highland", 료 "fee", 길 "road") that the rules read as the first word of the
    title. Where the list of known people holds the name with that word, or the model reads them as one
    name (and a body before it as a body, not part of it), the word is the name's and the title is the
    rest."""
    model = entity_model()
    for key, person in enumerate(cast.people):
        title = person.title or ""
        head, _, rest = title.partition(" ")
        if person.kind != "person" or not rest:
            continue
        # (`오기노 마사지 감독`: a name of a Korean shape, a word of three syllables, yet a person the list
        # holds whole; only the list decides then, not the model)
        known = f"{person.name} {head}" in known_people()
        if not known and (len(head) > 2 or head in TITLE_MODIFIERS or split_title(head)
                          or name_shaped(person.name, allow_two=True)):
            continue
        for m in cast.mentions:
            if m.key == key and m.kind == "person" and not m.proposed:
                found = _name_through(m, person.name.split(" "), head, sentences[m.sentence], per_sentence[m.sentence],
                                      None if known else model)
                if found is not None:
                    name, dropped = found
                    if dropped:  # `멕시코 대표팀 벤지`: the body's word the name had taken
                        person.organization = " ".join([person.organization or "", dropped]).strip()
                    person.title = rest
                    rename_person(cast, key, name)
                    break


def _name_through(m: Mention, parts: list[str], head: str, sentence: Sentence, words: list[Word],
                  model: EntityModel | None) -> tuple[str, str] | None:
    """The name (and the words of a body it had taken, if any) when the list of known people holds the
    name's words at the mention `m` with the title's first word `head`, or the model reads them as one
    name; None otherwise (and with no `model`, when the list does not hold them)."""
    at = _name_words_at(m, parts, words)
    if at is None:
        return None
    first, last = at
    if last + 1 >= len(words) or words[last].boundary or words[last + 1].base != head:
        return None
    if " ".join(parts + [head]) in known_people():
        return " ".join(parts + [head]), ""  # `고토 고지`: the list of known people holds the whole name
    if model is None:
        return None
    offset = sentence.start
    tagging = _tag_around(model, sentence, words, first, last)
    end = words[last + 1].start + len(head) - offset
    orgs = tagging.spans("ORG")
    for a, b in tagging.spans("PER"):
        if b != end or tagging.person_likelihood(a, b) < MIN_PROBABILITY:
            continue
        start = next((i for i in range(first, last + 1) if words[i].start - offset == a), None)
        if start is None:
            continue
        dropped = words[first:start]
        if dropped and not any(x <= dropped[0].start - offset and dropped[-1].end - offset <= y for x, y in orgs):
            continue
        return " ".join([w.base for w in words[start:last + 1]] + [head]), " ".join(w.base for w in dropped)
    return None


def find_names_whole_in_quotes(cast: Cast, sentences: Sequence[Sentence], per_sentence: Sequence[list[Word]],
                               text: str) -> None:
    """`“양키스가 에릭 페디(NC 다이노스)를 영입해야 한다”`, then `페디는 102경기에서 …`: a foreign name the
    article writes whole only inside a quotation (a given name of `_given_names`, then one word) is the
    person a bare word outside the quotations names by that last word, when the entity model reads the
    word as a name there (`reads_as_name`); no one else is named by it."""
    wholes = _names_with_country(text) | _names_after_given_names(text)
    if not wholes:
        return
    forms = gazetteer()
    places: dict[str, list[tuple[int, Word]]] = {}
    for i, words in enumerate(per_sentence):
        for w in words:
            if w.base in wholes and not w.used and w.boundary and not w.common_noun:
                places.setdefault(w.base, []).append((i, w))
    for family, seen in places.items():
        if forms.get(family, "PER") != "PER" or family in PLACES or not looks_transliterated(family) \
                or any(family in p.name.split() for p in cast.people) \
                or not any(reads_as_name([w], per_sentence[i], sentences[i]) for i, w in seen):
            continue
        key = cast.add(Participant(name=wholes[family], first_offset=seen[0][1].start))
        for _, w in seen:
            add_mention(cast, key, [w])
            cast.mentions[-1].proposed = True


#: A one-word name with a country in parentheses (`레오(쿠바)`, `이크바이리(리비아)`): a foreign player's.
_NAME_WITH_COUNTRY = re.compile(r"(?<![가-힣])([가-힣]{2,6})\(([가-힣]{2,8})\)")


def _names_with_country(text: str) -> dict[str, str]:
    """`“레오(쿠바)와 다른 선수들도 …”`, then `레오는 21점을 올렸다`: each one-word name the text writes with a
    country in parentheses after it (inside a quotation too), as its own whole name."""
    return {m.group(1): m.group(1) for m in _NAME_WITH_COUNTRY.finditer(text)
            if m.group(2) in PLACES and m.group(1) not in PLACES
            and not m.group(1).endswith(TEAM_NICKNAMES)}  # (`라쿠텐 골든 이글스(일본)`: a club)


#: The Hangul a word of the text starts with (`페디(NC`: 페디), two syllables or more.
_HANGUL_START = re.compile(r"[가-힣]{2,8}")


def _names_after_given_names(text: str) -> dict[str, str]:
    """Each word the text writes right after a given name `_given_names` knows, with that whole name
    (`페디`: `에릭 페디`; `사무엘 에투와`: `에투` too, its particle off), the first such name for a word."""
    given = _given_names()
    out: dict[str, str] = {}
    tokens = text.split()
    for k in range(len(tokens) - 1):
        first = tokens[k].lstrip("“\"'‘(")
        if first not in given:
            continue
        found = _HANGUL_START.match(tokens[k + 1])
        if found is None:
            continue
        family = found.group(0)
        out.setdefault(family, f"{first} {family}")
        if len(family) >= 3 and family[-1] in GLUED_PARTICLES:
            out.setdefault(family[:-1], f"{first} {family[:-1]}")
    return out


def _known_whole_name(name: str, text: str) -> str:
    """A name of the gazetteer's people or of the list of known people that ends with the word `name`,
    written in `text` (`전북 현대 조제 모라이스 감독이`, then `모라이스 감독은`), or ""."""
    forms, known = gazetteer(), known_people()
    at = text.find(name, 1)
    while at >= 0:  # (a search per name, no pattern compiled per name)
        before = _LAST_HANGUL.search(text, max(0, at - 7), at - 1) if text[at - 1].isspace() else None
        if before and not _TWO_HANGUL.match(text, at + len(name)):
            whole = f"{before.group(0)} {name}"
            if forms.get(whole) == "PER" or whole in known:
                return whole
        at = text.find(name, at + 1)
    return ""


#: One to six syllables of Hangul that end where a search stops; two syllables of Hangul.
_LAST_HANGUL = re.compile(r"[가-힣]{1,6}$")
_TWO_HANGUL = re.compile(r"[가-힣]{2}")


def _longer_name(m: Mention, name: str, sentences: Sequence[Sentence], per_sentence: Sequence[list[Word]],
                 model: EntityModel, cast: Cast, starts: dict[int, int]) -> str:
    """The whole name the model reads ending with the mention's `name`, or "" (`starts`: the person
    of a Korean name whose mention starts at an offset)."""
    sentence, words = sentences[m.sentence], per_sentence[m.sentence]
    at = next((i for i, w in enumerate(words) if m.start <= w.start < m.end and w.base.startswith(name)), None)
    if not at:
        return ""
    if initials(words[at - 1]) and not words[at - 1].boundary:
        return f"{name_form(words[at - 1])} {name}"  # `A.J. 프렐러`: initials are the name's, always
    first = at
    # (not over another person's Korean name: `서하준 이도윤 라니엘`, names listed with spaces)
    while first > 0 and at - first < 2 and _name_part(words[first - 1]) \
            and starts.get(words[first - 1].start, m.key) == m.key:
        first -= 1
    if first == at:
        return ""
    for k in range(first, at):  # `전북 현대 조제 모라이스 감독이`: a whole name the list of known people holds
        whole = " ".join([name_form(w) for w in words[k:at]] + [name])
        if whole in known_people():
            return whole
    if gazetteer().get(words[first].base) in ("ORG", "LOC") or words[first].base in KNOWN_BODY_NAMES:
        return ""  # `국민의힘 채보경`: a body the tables know, not a given name
    if first > 0 and (words[first - 1].base in ORG_KIND_NOUNS or _in_a_body_name(words[first:at + 1], words, cast)):
        return ""  # `법무법인 새길 오진석`: a body's name before the person's, not a given name
    start = words[max(0, first - 1)].start - sentence.start
    end = words[at].start + len(name) - sentence.start
    # read up to the name, then with a title after it too (`조세 무리뉴 감독으로부터`: the title tells)
    stops = [words[at].end]
    if at + 1 < len(words) and not words[at].boundary and split_title(words[at + 1].base):
        stops.append(words[at + 1].end)
    for stop in stops:
        tagging = model.tag(sentence, start, min(len(sentence.text), stop - sentence.start))
        for a, b in tagging.spans("PER"):
            if b == end and a < words[at].start - sentence.start and tagging.person_likelihood(a, b) >= MIN_PROBABILITY:
                parts = [w for w in words[first:at] if w.start - sentence.start >= a]
                if parts and parts[0].start - sentence.start == a:
                    return " ".join([w.base for w in parts] + [name])
    return ""


def _name_part(word: Word) -> bool:
    """A word that may come before a family name in the same name: a short noun without a particle
    or comma, or initials."""
    if word.boundary or word.paren:
        return False
    if len(word.base) == 1 and word.tags in (["MM"], ["MAG"]) and word.base not in TITLE_MODIFIERS:
        return True  # `단 페트레스쿠`: a given name Kiwi reads as a determiner or an adverb (단 "only")
    if split_title(word.base) or len(word.base) > 4 or _body_shaped(word.base):
        return False  # (`한결코스메틱 우태린`: a company's name is longer than a given name)
    return initials(word) or (bool(word.tags) and _NOUN_TAGS.issuperset(word.tags)
                                                and bool(NAME_CHARS.match(word.base)))


def read_posts(cast: Cast, sentences: Sequence[Sentence], per_sentence: Sequence[list[Word]]) -> None:
    """`NC 2루수 박민우가`, `대주자 정준영이`: a person without a title takes the word right before one
    of their mentions that the model or its gazetteer reads as a title (positions and occupations no
    table lists). Only the title: where the person belongs, the passes before decided."""
    model = entity_model()
    for key, person in enumerate(cast.people):
        if person.kind != "person" or person.title:
            continue
        for m in sorted((m for m in cast.mentions if m.key == key and m.kind == "person"), key=lambda m: m.start):
            title = _title_at(m, sentences[m.sentence], per_sentence[m.sentence], model)
            if title is not None:
                person.title = title
                break


def _title_at(m: Mention, sentence: Sentence, words: list[Word], model: EntityModel) -> str | None:
    """The title written right before the mention `m`: a word the title table or the gazetteer knows,
    else one the model reads as a title (asked only for a bare noun there); or a title said of them
    right before (`회사원인 최 씨는`); or None."""
    at = next((i for i, w in enumerate(words) if w.start == m.start), None)
    if not at:
        return None
    word = words[at - 1]
    if word.particle == "인" and not word.used and not word.paren and _known_title(word.base):
        return word.base  # `회사원인 최 씨는`: what the person is, said of them
    if word.boundary or word.used or word.paren or not word.tags or not all(t.startswith("N") for t in word.tags) \
            or closes_epithet(word):
        return None
    if _known_title(word.base):
        return word.base
    offset = sentence.start
    tagging = model.tag(sentence, words[max(0, at - 2)].start - offset, words[at].end - offset)
    return word.base if (word.start - offset, word.start - offset + len(word.base)) in tagging.spans("TTL") else None


def reads_as_name(run: list[Word], words: list[Word], sentence: Sentence, odds: float = MIN_NAME_ODDS) -> bool:
    """Whether the entity model gives the name part of a run of words (the last one's `base`) at least
    `odds` of being a person's name, reading it with a word either side."""
    at, to = position(words, run[0]), position(words, run[-1])
    first, last = words[max(0, at - 1)], words[min(len(words) - 1, to + 1)]
    offset = sentence.start
    span = (run[0].start - offset, run[-1].start - offset + len(run[-1].base))
    window = (first.start - offset, last.end - offset)
    return entity_model().name_probability(sentence, span, window) >= odds


def vet_bare_names(cast: Cast, sentences: Sequence[Sentence], per_sentence: Sequence[list[Word]]) -> None:
    """`양지은의 한국무용, 은가은의 복화술`, `팀 로테이션을`: a person found on the shape of their words
    alone (`Cast.bare_names`) who has gained no title, body or nickname since is no one when the entity
    model all but rules the words out as a name wherever they stand (`reads_as_name`). So is one
    foreign-looking word read as a name before a title (`워싱턴 내셔널스 단장`, `외야수과 우완 투수`), or
    several opened by a common noun (`월드 클래스 미드필더`), with no body but a place, when the model gives
    it less than `MIN_WORD_NAME_ODDS` wherever it stands; and a word read as a name before a title that is
    as often a common word (`HOMONYM_TITLES`: `하수관 공사가`, construction) where the model is not sure of it
    (`SURE_NAME_ODDS`) anywhere."""
    nicknamed = set(cast.nicknames.values())
    for key in sorted(cast.bare_names):
        person = cast.people[key]
        if person.kind != "person" or person.title or person.organization or key in nicknamed:
            continue
        if not _read_as_name_anywhere(cast, key, sentences, per_sentence, MIN_NAME_ODDS):
            drop_person(cast, key)
            cast.vetted_names.add(person.name)
    for key, person in enumerate(cast.people):
        if person.kind != "person" or key in nicknamed or not _no_body(person.organization):
            continue
        foreign = _one_foreign_word(person.name) or _opened_by_a_common_noun(cast, key, per_sentence)
        if (foreign and not _read_as_name_anywhere(cast, key, sentences, per_sentence, MIN_WORD_NAME_ODDS)) \
                or (person.title in HOMONYM_TITLES
                    and not _read_as_name_anywhere(cast, key, sentences, per_sentence, SURE_NAME_ODDS, name_only=True)):
            drop_person(cast, key)
            cast.vetted_names.add(person.name)


def _no_body(organization: str | None) -> bool:
    """No organisation, or only a place (`워싱턴 내셔널스 단장`, `미국 애리조나주 … 소피 센터`): a body
    named with the word (`세계보건기구(WHO) 테워드로스 사무총장`) vouches for it as a person's name."""
    first = organization.split()[0] if organization else None
    return first is None or first in PLACES or first in COUNTRY_SHORT_NAMES or gazetteer().get(first) == "LOC"


def _opened_by_a_common_noun(cast: Cast, key: int, per_sentence: Sequence[list[Word]]) -> bool:
    """`월드 클래스 미드필더`: a name of several words, wherever it is written, whose first word is a common
    noun of Kiwi's dictionary (an English phrase in Hangul read as a foreign name before a title)."""
    places = _mention_runs(cast, key, per_sentence)
    return bool(places) and all(len(run) >= 2 and run[0].common_noun for _, run in places)


def _one_foreign_word(name: str) -> bool:
    """A name of one word of Hangul that is not shaped like a Korean name (`내셔널스`, `소피`)."""
    return bool(HANGUL_WORD.match(name)) and not name_shaped(name) \
        and not (len(name) == 3 and name[0] in SURNAMES_1)  # (`맹다솜`: a surname, a rarer given name)


def _read_as_name_anywhere(cast: Cast, key: int, sentences: Sequence[Sentence],
                           per_sentence: Sequence[list[Word]], odds: float, *, name_only: bool = False) -> bool:
    """Whether some mention of the person reads as a name at `odds` or better (`reads_as_name`); True
    when none has words of its own to read. `name_only`: the words of the name alone, a title written in
    the mention left out (`이정민 공사는`)."""
    places = _mention_runs(cast, key, per_sentence)
    if name_only:
        parts = set(cast.people[key].name.split())
        places = [(i, kept) for i, run in places if (kept := [w for w in run if w.base in parts])]
    return not places or any(reads_as_name(run, per_sentence[i], sentences[i], odds) for i, run in places)


def _mention_runs(cast: Cast, key: int, per_sentence: Sequence[list[Word]]) -> list[tuple[int, list[Word]]]:
    """(sentence, the words of the mention) for each mention of participant `key` that has words."""
    return mention_runs([m for m in cast.mentions if m.key == key], per_sentence)


def mention_runs(mentions: Sequence[Mention], per_sentence: Sequence[list[Word]]) -> list[tuple[int, list[Word]]]:
    """(sentence, the words of the mention) for each of `mentions` that has words."""
    places = []
    for m in mentions:
        run = [w for w in per_sentence[m.sentence] if m.start <= w.start < m.end]
        if run:
            places.append((m.sentence, run))
    return places


#: `and` written in Hangul inside a name (`존슨 앤드 존슨`, `브라이튼 앤 호브 알비온`).
_AND_WORDS = frozenset(["앤", "앤드", "&"])


def vet_names_by_gazetteer(cast: Cast) -> None:
    """`하마스`, `에인절스`, `샌프란시스코`: a name that the gazetteer (konec's training-split forms) knows
    as a body or a place, or a name of several words the list of known things holds (`산둥 타이산`,
    `레인보우 식스 시즈`), is no person; and a town or club read as the first word of a name
    (`샌프란시스코 피트 푸틸라`) is the person's organisation, not their name: the end of it where the
    body taken from before the name opens it (`LA 에인절스 필 네빈 前감독`: LA, then 에인절스)."""
    forms = gazetteer()
    for key, person in enumerate(cast.people):
        if person.kind != "person":
            continue
        words = person.name.split()
        if forms.get(person.name) in ("ORG", "LOC") or (len(words) >= 2 and person.name in known_things()) \
                or any(w in _AND_WORDS for w in words[1:-1]):
            # (`웜블 칼릴 스탠리치 앤 이드 라이스`, `브라이튼 앤 호브 알비온`: `and` inside, a firm's or club's
            # name; a person's may open with `앤`, Anne, never hold it)
            drop_person(cast, key)
        elif len(words) >= 3 and _known_body(" ".join(words[:2]), forms):
            body = " ".join(words[:2])  # `텍사스 레인저스 존 다니엘스 단장이`: a club of two words
            if not person.organization or person.organization in body:
                person.organization = body
            rename_person(cast, key, " ".join(words[2:]))
        elif len(words) >= 3 and forms.get(words[0]) in ("ORG", "LOC"):
            person.organization = _body_ending_in(person.organization, words[0], key, cast)
            rename_person(cast, key, " ".join(words[1:]))


def _known_body(name: str, forms: dict[str, str]) -> bool:
    """A body or place of several words the gazetteer or the list of known things holds."""
    return forms.get(name) in ("ORG", "LOC") or name in known_things()


def _body_ending_in(body: str | None, word: str, key: int, cast: Cast) -> str:
    """The body a person's name opened with `word` belongs to: `body` followed by `word` where one of
    the person's mentions has `body`'s words right before `word` (one body of two words), else `body`
    (a body written elsewhere), else `word`."""
    if body is None:
        return word
    written = [*body.split(), word]
    for m in cast.mentions:
        if m.key != key:
            continue
        inside = [w for w in cast.words if m.start <= w.start < m.end]
        for i in range(len(inside) - len(written) + 1):
            run = inside[i:i + len(written)]
            if [w.base for w in run] == written and not any(w.boundary for w in run[:-1]):
                return f"{body} {word}"
    return body


def mark_bodies_read_as_names(cast: Cast, sentences: Sequence[Sentence], per_sentence: Sequence[list[Word]]) -> None:
    """`원조 끼쟁이인 김세레나는`, `자이르-에메리는`: a subject the speaker scan took for a body, that nothing
    but Kiwi's proper-noun tag calls one (no body's ending or known name, nothing the gazetteer knows
    but a person, a word of a name's shape: `_name_word`), and that the entity model reads as a name at
    `SURE_NAME_ODDS` wherever it stands, is no body anyone belongs to (`Cast.bodies_read_as_names`)."""
    forms = gazetteer()
    for key, body in enumerate(cast.people):
        if body.kind != "org" or forms.get(body.name) not in (None, "PER") or body.name in cast.aliases.values() \
                or _body_shaped(body.name) or body.name in KNOWN_BODY_NAMES:
            continue
        places = _mention_runs(cast, key, per_sentence)
        if places and all(len(run) == 1 and _name_word(run[0], cast) for _, run in places) \
                and all(reads_as_name(run, per_sentence[i], sentences[i], SURE_NAME_ODDS) for i, run in places):
            cast.bodies_read_as_names.add(body.name)


def mark_bodies_read_before_names(cast: Cast, sentences: Sequence[Sentence]) -> None:
    """`화천KSPO 정지연이`, `삼성현중 조진서는`: the word written right before a person's name, with no
    particle or comma between, that the entity model reads whole as a body's name (reading it with the
    name and the word before it) is a body (`Cast.bodies_read_before_names`), though no table knows it;
    not a word of Kiwi's dictionary, a title, a place or a word in parentheses."""
    model = entity_model()
    starts = [w.start for w in cast.words]
    for m in cast.mentions:
        if m.kind != "person" or m.key < 0 or cast.people[m.key].organization:
            continue
        i = bisect.bisect_left(starts, m.start) - 1
        if i < 0 or i in cast.bodies_read_before_names:
            continue
        word = cast.words[i]
        if word.sentence != m.sentence or word.boundary or word.used or word.paren or word.common_noun \
                or word.verbal or word.start + len(word.base) != word.end or split_title(word.base) \
                or word.base in PLACES or gazetteer().get(word.base) in ("PER", "TTL", "LOC") \
                or not _BODY_CHARS.fullmatch(word.base):
            continue
        sentence = sentences[m.sentence]
        first = cast.words[i - 1] if i > 0 and cast.words[i - 1].sentence == m.sentence else word
        tagging = model.tag(sentence, first.start - sentence.start, m.end - sentence.start)
        if (word.start - sentence.start, word.start - sentence.start + len(word.base)) in tagging.spans("ORG"):
            cast.bodies_read_before_names.add(i)


#: A body's name in one word: Hangul, Latin letters and digits (`화천KSPO`, `삼성현중`).
_BODY_CHARS = re.compile(r"[가-힣A-Za-z0-9&]{2,}")


def _name_word(word: Word, cast: Cast) -> bool:
    """A word of a name's shape, as the rules read one (`is_foreign_name_word`, `is_korean_name`), that
    nothing marks as a body: no word of Kiwi's dictionary, no body by its form (`strong_org`)."""
    return not word.common_noun and not strong_org(word, cast.aliases) \
        and (is_foreign_name_word(word) or is_korean_name(word))
