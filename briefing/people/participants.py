"""Participants: find the people an article names, and every place it names them.

A person is introduced by a name next to a title (`최태원 SK그룹 회장`, `대통령실 김용범 정책실장`,
`NC 유격수 김주원`, `당시 감독이었던 프랭크 오'파렐`, `대표이사 사장` as one title, `전 장관` and
`통상담당 집행위원` with their qualifiers, `소장 윤석진 박사`), by a name with a parenthesis
(`안세영(21·삼성생명)`, `김연경(18득점)`, `반부패수사부(부장 김철수)`, `인천지법 형사12부(이도윤
부장판사)`; a name spelled out in Latin letters or hanja, `와일더(Ryan Wilder)`, `왕젠궈(王建國)`, ends
the name and marks it as one), in a list that shares
a title or an organisation, as a joint subject (`황대한·연지호는`), as a bare proper noun shaped like a
Korean name (`박병호의`), as a run of proper nouns that starts with a common foreign given name
(`윌리엄 쿠에바스`), next to a known person in a list (`공훈, 신미래와 함께`), as the leader an administration is named
after (`노무현 정부를`, `푸틴 정권의`), or in a broadcast transcript label (`[윤재영/한빛대 도시공학과 교수 : "…"]`). Short mentions
(`최 회장`, `정 대표`, `텐 하흐 감독`, `벤자민은`, `콜먼 부사장` for a `수석부사장`) resolve to the
person introduced earlier (also by a present post given in parentheses: `전 장관(현 … 이사장)` then
`윤 이사장`), and tell where a foreign name ends and its organisation begins; of two name-shaped words
before a title, the second is the body when it ends like one or stands alone elsewhere (`서명훈 한화
감독`, `문태호 시의회 의장`); two people with the same surname and title are not guessed between. Bylines (`김경윤 기자`) are never
participants.

`find_cast` runs the passes `PASSES` declares (at the end of this module), in that order. Full-name
introductions live in `introductions`, short mentions and bare names in `short_mentions`, word-level
tests in `names`, organisations and unnamed speakers in `bodies`, the entity model's names in
`learned`, foreign names in a list of people in `listed`, titles a verb gives (`MC를 맡았다`) in
`roles`, the bodies a learned model finds for people still without one in `affiliations`.

Every pass walks the words once (windows of a few words at most), so the cost stays linear in the
length of the article.
"""


from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from ..entities.model import gazetteer
from ..lexicon.bodies import (
    ADMINISTRATION_WORDS,
    BODY_KIND_NOUNS,
    LONG_ORG_SUFFIXES,
    ORG_ALIASES,
    ORG_SPEAKERS,
    ORG_SUFFIXES,
    PERFORMING_GROUP_NOUNS,
    WORK_NOUNS,
)
from ..lexicon.grammar import COORDINATING_PARTICLES, DETERMINERS
from ..lexicon.news import BROADCAST_HOSTS, CLIP_QUALIFIERS, EXCLUDED_TITLES
from ..lexicon.people import (
    ANONYMOUS_HEADS,
    FOREIGN_GIVEN_NAMES,
    GENERATIONAL_SUFFIXES,
    SURNAMES_1,
    TITLE_MODIFIERS,
)
from ..lexicon.places import COUNTRY_SHORT_NAMES, PLACES
from ..lexicon.speech import ADDITIVE_ADVERBS
from ..models import Participant, Sentence
from .affiliations import fill_organisations
from .bodies import (
    acquired_by,
    channels_of_producers,
    inherit_organisations,
    partners_share_bodies,
    scan_speakers_without_names,
    units_within_bodies,
)
from .cast import (
    Cast,
    Mention,
    add_mention,
    bodies_held,
    family_name,
    find_person,
    merge_person,
    post_of,
    rename_person,
)
from .introductions import (
    introduce,
    org_in_paren,
    position_in_paren,
    read_first_posts,
    read_paren,
    scan_introductions,
    split_between,
)
from .learned import (
    complete_names,
    find_known_names,
    find_model_names,
    find_names_whole_in_quotes,
    find_players_by_their_figures,
    mark_bodies_read_as_names,
    mark_bodies_read_before_names,
    names_cut_before_titles,
    read_posts,
    trim_names,
    vet_bare_names,
    vet_names_by_gazetteer,
)
from .listed import (
    find_listed_names,
    find_members_after_group,
    find_members_in_parens,
    find_spaced_names,
    members_listed_together,
    members_speaking,
    share_list_posts,
)
from .names import (
    HANGUL_ANY,
    HANGUL_WORD,
    LATIN,
    NOT_NAME_WORDS,
    ROLE_WORD,
    Word,
    honorific_after_paren,
    is_foreign_name_word,
    is_korean_name,
    is_org_word,
    looks_transliterated,
    masked_text,
    name_shaped,
    owns_next_person,
    quoted_nickname,
    split_title,
    strong_org,
    syllables_ok,
    words_of,
)
from .results import give_sides
from .roles import titles_from_awards, titles_held
from .short_mentions import scan_short_and_bare, scan_short_forms, short_forms_named_in_quotes

#: `Cast` and `Mention` too: the quotes stage reads the cast through this module.
__all__ = ["BARE_TRANSCRIPT", "LABEL_LINE", "PASSES", "TRANSCRIPT_LABEL", "Cast", "Context", "Mention", "Pass",
           "bare_transcript", "expand_org", "find_cast"]

#: Longest first, so that `홍길동사진기자` is read as 홍길동 + 사진기자, never 홍길동사진 + 기자.
_EXCLUDED_ENDINGS = tuple(sorted(EXCLUDED_TITLES, key=lambda t: (-len(t), t)))


@dataclass(frozen=True, slots=True)
class Context:
    """What the passes read besides the cast: the article's text, its sentences, and the words of
    each sentence outside quotations (`names.words_of`)."""

    text: str
    sentences: list[Sentence]
    per_sentence: list[list[Word]]
    #: The reporters the article's byline credits (taken out of the text before): wherever the text
    #: names them again (`[안산=한국스포츠경제 박종민]`, a credit without `기자`), they are no people.
    byline_reporters: frozenset[str] = frozenset()


#: A pass of `find_cast`: it reads the article and what the passes before it found, and adds to the cast.
Pass = Callable[[Cast, Context], None]


def find_cast(sentences: list[Sentence], text: str, quote_spans: list[tuple[int, int]],
              byline_reporters: frozenset[str] = frozenset()) -> Cast:
    """Find every participant and mention in the article (quotations excluded): the words of each
    sentence, then `PASSES` over them, in order. `byline_reporters`: the names of a byline taken out
    of the text (`Context.byline_reporters`)."""
    masked = masked_text(text, quote_spans)
    quote_ends = {b for _, b in quote_spans}
    context = Context(text, sentences, [words_of(s, masked, quote_ends) for s in sentences],
                      frozenset(r for r in byline_reporters if name_shaped(r)))
    cast = Cast()
    for sentence, words in zip(sentences, context.per_sentence, strict=True):
        for w in words:
            w.index = len(cast.words)
            w.paragraph = sentence.paragraph
            cast.words.append(w)
    for run in PASSES:
        run(cast, context)
    return cast


def expand_org(org: str, aliases: dict[str, str] | None = None, text: str | None = None) -> str:
    """`산업부` → `산업통상자원부` where the article `text` writes the full name too, `연준` →
    `연방준비제도` (given in the article): abbreviations spelled out. A body is shown as the article
    gives it: an abbreviation whose full name the article never writes stays as written (`기재부`)."""
    aliases = aliases or {}
    if org in COUNTRY_SHORT_NAMES:
        return COUNTRY_SHORT_NAMES[org]  # `마크 웬트워스 미 국무장관`: 미 = 미국

    def spelled_out(part: str) -> str:
        full = ORG_ALIASES.get(part)
        if full is not None and (text is None or full in text):
            return full
        return aliases.get(part, part)

    return " ".join(spelled_out(part) for part in org.split())


def _each_sentence(scan: Callable[[list[Word], Cast], None]) -> Pass:
    """The pass that runs `scan` on the words of each sentence in turn."""

    def run(cast: Cast, context: Context) -> None:
        for words in context.per_sentence:
            scan(words, cast)

    return run


def _read_additive_adverbs(cast: Cast, context: Context) -> None:
    """`야구계 다른 관계자 역시 “…”`, `박서준 역시`: a noun with no particle before `역시` or `또한`
    ("also") is the subject, as with `도`: the word takes that particle, so the passes after read
    the phrase as they read `관계자도`."""
    for words in context.per_sentence:
        for w, nxt in pairwise(words):
            if nxt.base in ADDITIVE_ADVERBS and not nxt.particle and not w.particle and not w.boundary \
                    and not w.paren and not w.verbal and w.tags and (w.tags[-1].startswith("NN") or w.tags[-1] == "XSN"):
                w.particle = "도"


def _find_reporters(cast: Cast, context: Context) -> None:
    """`김경윤 기자`, `박준범기자`, `김재민 jm@`, `윤민호 기자)`, a news script's `김유영 앵커>`: names in
    credits are not people; nor, anywhere, the reporters of the byline (`Context.byline_reporters`)."""
    cast.reporters.update(context.byline_reporters)
    for words in context.per_sentence:
        for j, w in enumerate(words):
            base = w.base
            if base in context.byline_reporters and not w.used:
                w.used = True
                continue
            glued = None
            if base.endswith(_EXCLUDED_ENDINGS):  # a quick test before looking for which one
                glued = next((t for t in _EXCLUDED_ENDINGS if base.endswith(t) and len(base) > len(t)), None)
            if glued and name_shaped(base[: -len(glued)], allow_two=True):
                cast.reporters.add(base[: -len(glued)])
                w.used = True
                continue
            if j + 1 >= len(words):
                continue
            nxt = words[j + 1]
            # the credit first (rare), then whether the word before it can be a name
            outlet = j + 2 < len(words) and words[j + 2].base in EXCLUDED_TITLES and not words[j + 2].particle \
                and not w.boundary and not nxt.boundary and bool(nxt.tags) \
                and all(t.startswith(("NN", "SL")) for t in nxt.tags)
            turn = nxt.base in BROADCAST_HOSTS and context.text[nxt.end:nxt.end + 1] == ">"  # `김유영 앵커>`
            if (nxt.base in EXCLUDED_TITLES or "@" in nxt.text or (w.paren and "@" in w.paren) or outlet or turn) \
                    and (name_shaped(base, allow_two=True) or w.is_proper):
                if _introduce_reporter_in_the_story(cast, words, j):
                    continue
                cast.reporters.add(base)  # (`outlet`: `[김선영 마니아타임즈 기자 / …]`, the outlet between)
                w.used = True
                nxt.used = True
        # an e-mail glued to a name: `김재연(Replaykim@jibs.co.kr)`
        for w in words:
            if w.paren and "@" in w.paren and name_shaped(w.base, allow_two=True):
                cast.reporters.add(w.base)
                w.used = True


#: The particles after `기자` that make the reporter a part of the sentence, not its credit (`기자가`, `기자의`).
_NARRATIVE_PARTICLES = frozenset(["이", "가", "은", "는", "의", "에게", "와", "과", "도", "를", "을", "로"])
#: A news script handing over to its own reporter (`최서연 기자가 보도합니다`).
_HAND_OVER = ("보도합니다", "보도입니다", "전해드립니다", "전합니다", "연결합니다", "취재했습니다", "다녀왔습니다")


def _introduce_reporter_in_the_story(cast: Cast, words: list[Word], j: int) -> bool:
    """`가디언의 글렌 그린월드 기자가 예고했다`, `한겨레신문 최성진 기자가`: a reporter of another outlet,
    named with the outlet before the name and a particle after the title, is someone the story is about,
    not a credit: introduced here (the outlet their body), and says so. Never where a news script hands
    over to its own reporter (`KBS 최서연 기자가 보도합니다`)."""
    title = words[j + 1]
    if title.base not in EXCLUDED_TITLES or title.particle not in _NARRATIVE_PARTICLES:
        return False
    k = j - 1
    if k >= 1 and not words[k].particle and is_foreign_name_word(words[k]) and is_org_word(words[k - 1]) \
            and words[k - 1].particle in ("", "의"):
        k -= 1  # the given name of a foreign name (`글렌 그린월드`)
    outlet = words[k] if k >= 0 else None
    if outlet is None or outlet.comma or outlet.verbal or outlet.sentence != words[j].sentence \
            or not is_org_word(outlet) or outlet.particle not in ("", "의") or any(any(h in w.text for h in _HAND_OVER) for w in words[j + 1:]):
        return False
    name_words = words[k + 1:j + 1]
    name = " ".join(w.base for w in name_words)
    key = find_person(cast, name)
    if key is None:
        key = cast.add(Participant(name=name, title=title.base, organization=outlet.base,
                                   first_offset=name_words[0].start))
    cast.mentions.append(Mention(key, name_words[0].start, name_words[-1].end, title.particle, words[j].sentence))
    for w in (*name_words, title):
        w.used = True
    return True


#: A broadcast transcript label before its quote: `[김철수/서울시 주민 : `, `[NHK 뉴스 : ` (group 1 the
#: speaker, group 2 the role, when there is one). `quotes` reads the speaker from it, this module the role.
TRANSCRIPT_LABEL = r"\[\s*([^\[\]/:\n]{1,30}?)\s*(?:/\s*([^\[\]:(\n]{1,30}?))?\s*:\s*"
_LABEL = re.compile(TRANSCRIPT_LABEL + r"[\"“]")
#: A transcript whose words stand in the brackets without quotation marks, as broadcasters' pages write
#: them (`[나경원 / 자유한국당 원내대표 : 더 이상 … 해주십시오.]`): the words are group 3. Read only with a
#: role after the name (`bare_transcript`): `[사진 : 뉴스1]`, `[저작권자(c) MBC (https://…)]` are credits.
BARE_TRANSCRIPT = re.compile(TRANSCRIPT_LABEL + r"(?![\"“”'‘/])([^\[\]\"“”\n]+?)\s*\]")
#: The fewest words a bare transcript holds (a credit holds one or two: `[영상편집 : 김철수]`).
_BARE_WORDS = 3


def bare_transcript(m: re.Match[str]) -> bool:
    """Whether a `BARE_TRANSCRIPT` match is someone's words: a person's name (Korean, or a foreign one
    of two or three words), a role after it, words enough (`[그래픽 / 디자인 : …]` is a credit)."""
    if m.group(2) is None or len(m.group(3).split()) < _BARE_WORDS or not HANGUL_ANY.search(m.group(3)):
        return False
    name = m.group(1).split()
    return (len(name) == 1 and name_shaped(name[0], allow_two=True)) \
        or (len(name) in (2, 3) and looks_transliterated(name[-1]))
#: A broadcast script's interview label on a line of its own, the words on the next line:
#: `(인터뷰) 마정훈 / 철근공`, `[인터뷰: 염태준/누리대 예방의학과 교수]`, `<녹취> 고용노동부 관계자`,
#: `◀ SYNC ▶ 광역버스 기사`, without the opening mark (`녹취> 노영민 / 청와대 비서실장`), with where the clip was
#: taken before its mark (`<현장 인터뷰>신진관/마을 주민`), or a name and a role alone in square brackets
#: (`[김학범/축구 대표팀 감독]`; not a credit: `[… 기자 / …@…]`), maybe with where the clip comes from after the
#: role (`[이하상/김용현 전 장관 측 변호사(출처: 유튜브 '…')]`).
LABEL_LINE = re.compile(
    r"^[ \t]*(?:(?:[\[(<〈◀▶]\s*)?(?:(?:" + "|".join(CLIP_QUALIFIERS) + r")\s*)?(?:인터뷰|녹취|싱크|현장음|SYNC|SYN|INT)"
    r"\s*(?:[\])>〉▶]\s*:?|:)\s*|\[\s*(?=[^\]\n]*/))"
    r"([^\[\]()<>/:=|@\n]{1,30}?)\s*(?:/\s*([^\[\]()<>:=|@\n]{1,30}?))?\s*(?:\(\s*출처\s*:[^()\n]{1,40}\))?\s*[\])>〉]?[ \t]*$",
    re.MULTILINE)


def _scan_transcript_labels(cast: Cast, context: Context) -> None:
    """`[윤재영/한빛대 도시공학과 교수 : "…"]` (or the words without marks, `BARE_TRANSCRIPT`, or a
    `LABEL_LINE` above the words): a transcript
    label names the speaker, then their organisation and title (`한빛대 도시공학과` is no one's name). A role without a title word
    (`서울 관악구 주민`) is kept whole as the title, unless it is one word naming a body (`이재영 / 흥국생명`)."""
    text = context.text
    if not any(mark in text for mark in "[(<〈◀▶"):
        return
    starts = [w.start for w in cast.words]
    bare = [m for m in BARE_TRANSCRIPT.finditer(text) if bare_transcript(m)]
    for m in [*_LABEL.finditer(text), *bare, *LABEL_LINE.finditer(text)]:
        if m.group(2) is None:
            continue
        name = m.group(1).strip()
        lo = bisect.bisect_left(starts, m.start(1))
        hi = bisect.bisect_left(starts, m.end(2), lo)
        name_words = [w for w in cast.words[lo:hi] if w.end <= m.end(1)]
        role_words = [w for w in cast.words[lo:hi] if w.start >= m.start(2)]
        if not name_words or not role_words or any(w.used for w in name_words + role_words) \
                or name in cast.reporters or role_words[-1].base in EXCLUDED_TITLES or name.endswith(ANONYMOUS_HEADS):
            continue  # (`[시민/서울 관악구 : "…"]`: an unnamed source, the quotes stage's to name)
        role = m.group(2).strip()
        # a one-word role is read as written (`직장인`, not 직장 + the particle 인); a post no table lists
        # is one the gazetteer knows as a title (`마을 이장`)
        head = role_words[-1].base if " " in role else role
        found = split_title(head) or ((None, head) if gazetteer().get(head) == "TTL" else None)
        if not (name_shaped(name, allow_two=True) or (
                len(name_words) >= 2 and all(is_foreign_name_word(w, loose=True) for w in name_words)) or (
                # `신진교/수현마을 이장`: a name that ends like a body's before a role of words and a title (a
                # body's unnamed member is written with the title alone: `[한빛대/교수 : "…"]`)
                found and len(role_words) >= 2 and name_shaped(name, body_ending=True)) or (
                # `[아본단자/흥국생명 감독 : "…"]`: one word of no body or place before a role with a title, however
                # Kiwi reads it (아/IC 본/NNG 단자/NNG); not `[한빛대/교수 : "…"]`, a body's unnamed professor
                found and len(name_words) == 1 and HANGUL_WORD.match(name) is not None and len(name) >= 2
                and not is_org_word(name_words[0]) and name not in PLACES and gazetteer().get(name, "PER") == "PER")):
            continue
        if found:
            org_words, qualifiers = split_between(role_words[:-1])
            org = " ".join([w.base for w in org_words] + ([found[0]] if found[0] else [])) or None
            title = " ".join([w.base for w in qualifiers] + [found[1]])
        elif _team_alone(role_words, role):
            org, title = role, None  # `▶ 인터뷰 : 이재영 / 흥국생명`, `김선형 / 서울 SK`: a player's team, no title
        else:
            org, title = None, role if " " not in role else " ".join(w.base for w in role_words)
        for w in role_words:
            w.used = True
        introduce(cast, name, title, org, name_words, "")
        cast.mentions[-1].end = role_words[-1].end


def _team_alone(role_words: list[Word], role: str) -> bool:
    """A transcript label's role that is a body alone (`흥국생명`), or a body after the town it plays for
    (`서울 SK`): one word naming a body, or the places before it; no title."""
    *places, last = role_words
    return (is_org_word(last) or gazetteer().get(last.base if places else role) == "ORG") \
        and all(w.base in PLACES for w in places) and len(places) <= 1


#: `(전)성현이와`: a surname in parentheses written before a given name, as sports writing gives a
#: team-mate or a senior by the given name (`(김)동욱이형`, `(양)의지 선배님`).
_SURNAME_IN_PARENS = re.compile(r"(?<![가-힣])\(([가-힣])\)([가-힣]{2})([가-힣]*)")
#: What may follow a given name written after `(성)`: the name suffix `이`, a particle, a word for a
#: senior or an elder (`형`, `누나`, `언니`, `오빠`, `선배`), `씨`.
_AFTER_GIVEN_NAME = frozenset("이은는가을를와과의도에랑한형누언오선씨께")
#: A parenthesis in a word (`동욱이형(전 수원 KT),`).
_PAREN = re.compile(r"\(([^()]+)\)")


def _find_administration_leaders(cast: Cast, context: Context) -> None:
    """`박근혜 정부의`, `노무현 정부를`, `이명박·박근혜 정부`, `푸틴 정권의`: the leader an administration
    is named after is a person the story refers to. A name that heads `ADMINISTRATION_WORDS` (alone, or
    with others joined by commas or `·`) is one where the gazetteer knows it as a person's, or where it
    is a proper noun of a Korean name's shape the gazetteer does not know as anything else (`중국 정부`,
    `탈레반 정부`, `차기 정부`, `우리 정부` are no one). The administration gives them no title or body,
    and they are no member of the body the story is about (`Cast.private`)."""
    forms = gazetteer()

    def a_leader(w: Word) -> bool:
        if w.used or w.paren or w.particle or w.verbal or len(w.base) < 2 or not HANGUL_WORD.match(w.base):
            return False
        kind = forms.get(w.base)
        return kind == "PER" or (kind is None and w.is_proper and is_korean_name(w, confirmed=True))

    for words in context.per_sentence:
        for i in range(1, len(words)):
            if words[i].base not in ADMINISTRATION_WORDS or words[i - 1].comma or not a_leader(words[i - 1]):
                continue
            k = i - 1
            while k > 0 and words[k - 1].comma and a_leader(words[k - 1]):
                k -= 1
            for w in words[k:i]:
                key = find_person(cast, w.base)
                if key is None:
                    key = cast.add(Participant(name=w.base, first_offset=w.start))
                    cast.private.add(key)
                add_mention(cast, key, [w])


def _find_surnames_in_parens(cast: Cast, context: Context) -> None:
    """`(전)성현이와 (이)정현이가 대표팀으로 차출돼서`, `(문)태종이형(전 울산 현대모비스)과`: a one-syllable
    surname in parentheses right before two given-name syllables names that person (전성현, 이정현), in
    the narration (a name inside a quotation is no participant); what follows the given name (`이`, `형`,
    a particle) is no part of it."""
    found = list(_SURNAME_IN_PARENS.finditer(context.text)) if "(" in context.text else []
    if not found:
        return
    starts = [w.start for words in context.per_sentence for w in words]
    flat = [w for words in context.per_sentence for w in words]
    for m in found:
        surname, given = m.group(1), m.group(2)
        if surname not in SURNAMES_1 or not _given_name_after_parens(given, m.group(3)):
            continue
        k = bisect.bisect_right(starts, m.start(2)) - 1
        if k < 0 or flat[k].used or not flat[k].start <= m.start(2) < flat[k].end:
            continue  # inside a quotation, or taken
        name, word = surname + given, flat[k]
        key = find_person(cast, name)
        if key is None:  # (`(문)태종이형(전 울산 현대모비스)과`: the body in the parenthesis after it)
            after = _PAREN.search(context.text, m.end(), word.end)
            org = org_in_paren(after.group(1)) if after else None
            key = cast.add(Participant(name=name, organization=org, first_offset=m.start()))
        add_mention(cast, key, [word])


def _given_name_after_parens(given: str, rest: str) -> bool:
    """Whether two syllables after `(성)` are a given name (`성현이와`), not what `(전)`/`(현)` ("former",
    "current") qualify: a title (`(전)국회의원`, `(현)대표이사`), a place (`(현)서울시장`, `(현)고양 소노`), a
    body (`(전)한빛대 교수`)."""
    word = given + rest
    kinds = (gazetteer().get(given), gazetteer().get(word))
    return syllables_ok(given) and (not rest or rest[0] in _AFTER_GIVEN_NAME) and not split_title(word) \
        and not split_title(given) and given not in PLACES and not {"ORG", "LOC", "TTL"}.intersection(kinds)


def _find_aliases(cast: Cast, context: Context) -> None:
    """`니혼게이자이신문(닛케이)`, `월스트리트저널(WSJ)`, `씨제스 엔터테인먼트(이하 ‘씨제스’)`: a short name in
    parentheses after an organisation (after `이하`, "hereafter", in quotation marks or not) stands for it
    later in the article; for the whole name of several words where it opens like that name (`씨제스`)."""
    for k, w in enumerate(cast.words):
        if not w.paren or not w.base:
            continue
        if LATIN.search(w.base) and not HANGUL_ANY.search(w.base):
            continue
        org_like = w.base.endswith(ORG_SUFFIXES)
        if name_shaped(w.base) or not (org_like or "NNP" in w.tags or len(w.tags) >= 2):
            continue
        if split_title(w.base) == (None, w.base):
            continue  # `의원(국민의힘·가 선거구)`: a title's parenthesis names its holder's body
        # `연방준비제도(Fed·연준)`: each part is a short name of the body
        for alias in re.split(r"[·,]", w.paren):
            alias = _HEREAFTER.sub("", alias.strip()).strip(_QUOTE_MARKS)
            if not alias or " " in alias or len(alias) > 10 or re.search(r"\d|@", alias) or alias in PLACES:
                continue
            if re.fullmatch(r"[A-Z][A-Za-z&\-]{1,9}", alias) \
                    or (HANGUL_WORD.match(alias) and (org_like or alias[0] == w.base[0])):
                cast.aliases.setdefault(alias, _name_opened_by(cast.words, k, alias))


def _name_opened_by(words: list[Word], k: int, alias: str) -> str:
    """The name of the body whose last word is word k that its short name `alias` opens like: the word
    alone (`월스트리트저널(WSJ)`), or with the one or two written before it in the same phrase, from the
    first that the short name is, opens or is opened by (`씨제스 엔터테인먼트(이하 ‘씨제스’)`, `큐브
    엔터테인먼트(큐브)`; not `한국` of `한국 한빛전자(한빛)`)."""
    first = k
    for j in range(k - 1, max(k - 3, -1), -1):
        if words[j].boundary or words[j].sentence != words[k].sentence:
            break
        if words[j].base.startswith(alias) or alias.startswith(words[j].base):
            first = j
    return " ".join(w.base for w in words[first:k + 1])


#: `이하` ("hereafter") before the short name a parenthesis gives a body (`(이하 ‘씨제스’)`).
_HEREAFTER = re.compile(r"^이하\s+")
#: Quotation marks around a short name.
_QUOTE_MARKS = "'‘’\"“”"


def _complete_foreign_names(cast: Cast, context: Context) -> None:
    """`다시우바 대통령` in the story, `브라질 루이스 이나시우 룰라 다시우바 대통령이` inside a
    quote or a photo caption: the longest form given anywhere (before the same title) is the name."""
    text, sentences = context.text, context.sentences
    morph_starts: list[int] | None = None
    morphs: list = []
    for key, person in enumerate(cast.people):
        if person.kind != "person" or not person.title or name_shaped(person.name, allow_two=True):
            continue
        title = post_of(person.title)
        bodies = bodies_held(cast)
        if person.name in bodies:
            # `나폴리 감독의 극찬`, where `루치아노 스팔레티 나폴리 감독` is Napoli's: the body's one holder of the post
            holders = [k for k, p in enumerate(cast.people) if k != key and p.kind == "person"
                       and p.organization == person.name and post_of(p.title) == title]
            if len(holders) == 1:
                merge_person(cast, key, holders[0])
            continue
        best: list[str] = []
        best_place: str | None = None
        for m in _longer_forms(text, person.name, title):
            if morph_starts is None:
                morphs = [x for sent in sentences for x in sent.morphemes]
                morph_starts = [x.start for x in morphs]
            pieces = [(p.group(0), m.start(1) + p.start()) for p in re.finditer(r"\S+", m.group(1))]
            name_parts: list[str] = []
            place = None
            for piece, start in reversed(pieces):
                if piece in PLACES or piece in ORG_SPEAKERS or piece.endswith(LONG_ORG_SUFFIXES) \
                        or piece in bodies or gazetteer().get(piece) in ("ORG", "LOC") \
                        or piece in (person.organization or "").split():
                    # `브라질 루이스 … 다시우바 대통령`, `유엔 구테흐스 사무총장`, `두산 김경문 감독`: the organisation
                    # (one the person or another has: `루치아노 스팔레티 나폴리 감독`, read whole before;
                    # `토트넘 홋스퍼 포체티노 감독`, the body the introduction read before the name)
                    place = piece
                    break
                if piece in DETERMINERS or piece in TITLE_MODIFIERS or split_title(piece) \
                        or piece.endswith(ORG_SUFFIXES) or piece in NOT_NAME_WORDS:
                    break
                lo = bisect.bisect_left(morph_starts, start)
                hi = bisect.bisect_left(morph_starts, start + len(piece), lo)
                tags = [x.tag for x in morphs[lo:hi]]
                # a name part carries no particle or ending, and is a proper noun or looks transliterated
                if not tags or any(t.startswith(("J", "E", "V", "X")) for t in tags) or set(tags) <= {"MAG", "MAJ"}:
                    break  # (`이를테면 루스 작가`: an adverb)
                # Kiwi splitting a short word into odd pieces (`주앙` → 주/NNG 앙/MAG) means it does not know it
                if "NNP" not in tags and not looks_transliterated(piece) and len(tags) < 2:
                    break
                name_parts.insert(0, piece)
            if len(name_parts) > len(best):
                best = name_parts
                best_place = place if name_parts else None
        if best:
            if best_place and not person.organization:
                person.organization = best_place
            # (`트럼프 행정부`, then `도널드 트럼프 대통령`: someone may have the longer form already)
            rename_person(cast, key, " ".join(best + [person.name]))


_WORDS_BEFORE = re.compile(r"((?:[가-힣][가-힣'’\-]*\s+){1,4})$")


def _longer_forms(text: str, name: str, title: str):
    """Matches of up to four Hangul words right before each `name TITLE` in the text."""
    pos = text.find(name)
    while pos != -1:
        after = text[pos + len(name):pos + len(name) + len(title) + 2].lstrip()
        if after.startswith(title):
            window_start = max(0, pos - 80)
            m = _WORDS_BEFORE.search(text, window_start, pos)
            if m:
                yield m
        pos = text.find(name, pos + 1)


def _merge_name_variants(cast: Cast, context: Context) -> None:
    """`텐 하흐` then `에릭 텐 하흐`: a later, longer form of the same name replaces the shorter one; so
    does a two-word name that starts with the short one (`미토마` of `미토마 가오루`), unless it is a
    given name the lexicon knows."""
    people = cast.people
    for i, short in enumerate(people):
        if short.kind != "person" or name_shaped(short.name, allow_two=True):
            continue
        for k, long in enumerate(people):
            if k == i or long.kind != "person" or len(long.name) <= len(short.name):
                continue
            if long.name.endswith(" " + short.name) or (
                    long.name.startswith(short.name + " ") and long.name.count(" ") == 1
                    and short.name not in FOREIGN_GIVEN_NAMES):
                # (`미토마 가오루(…)`, then `일본 윙어 미토마는`: a family name written first)
                merge_person(cast, i, k)
                break
    _merge_given_names(cast, context.text)
    _merge_names_read_with_a_word_before(cast)


def _merge_names_read_with_a_word_before(cast: Cast) -> None:
    """`모비스 조동현 감독과`, after `[조동현/현대모비스 감독 : …]`: a name of several words that ends with
    another person's Korean full name is that person, the words before it a body or a qualifier (a
    Korean name is one word)."""
    by_name = {p.name: k for k, p in enumerate(cast.people) if p.kind == "person" and " " not in p.name
               and name_shaped(p.name)}
    for i, person in enumerate(cast.people):
        if person.kind != "person" or " " not in person.name:
            continue
        k = by_name.get(person.name.rsplit(" ", 1)[1])
        if k is not None and k != i:
            merge_person(cast, i, k)


def _merge_given_names(cast: Cast, text: str) -> None:
    """`김정은(34)씨는 …`, then `정은씨는`: a given name with `씨`, of a Korean full name the story gave
    before, is that person (a feature's way of naming private people after the first time)."""
    full = {p.name[1:]: k for k, p in enumerate(cast.people)
            if p.kind == "person" and len(p.name) == 3 and name_shaped(p.name)}
    if not full:
        return
    for i, short in enumerate(cast.people):
        k = full.get(short.name)
        if k is None or short.kind != "person" or k == i:
            continue
        mentions = [m for m in cast.mentions if m.key == i and m.kind == "person"]
        first = min((m.start for m in cast.mentions if m.key == k), default=len(text))
        if mentions and all(text.startswith("씨", m.start + len(short.name)) and m.start > first for m in mentions):
            merge_person(cast, i, k)


def _find_nicknames(cast: Cast, context: Context) -> None:
    """`'페이커' 이상혁`, `‘쵸비’ 정지훈`: a nickname in quotation marks right before a person's full name
    stands for that person, there and where it comes alone later (`페이커는 “…”`). Not a quoted work's
    title (`영화 '기생충' 봉준호 감독`), a title, or another person's name."""
    people = [m for m in cast.mentions if m.kind == "person" and m.key >= 0 and cast.people[m.key].kind == "person"]
    words = cast.words  # all of them: Kiwi may end a sentence between the nickname and the name
    for j, word in enumerate(words[:-1]):
        nickname = quoted_nickname(word)
        after = words[j + 1].start
        # before the name, not after it inside the mention (`이매뉴얼(62·미국) ‘엔데버’ 최고경영자`: the body)
        key = next((m.key for m in people if m.start <= after < m.end and word.start <= m.start), None) \
            if nickname else None
        if nickname is None or key is None or word.work_title or (j and words[j - 1].base in WORK_NOUNS):
            continue
        if j and words[j - 1].base.endswith(BODY_KIND_NOUNS):
            continue  # `힙합동아리 '버프' 임재연`: a body's name after its kind, no nickname
        if nickname == cast.people[key].name or split_title(nickname) is not None \
                or find_person(cast, nickname) is not None or nickname in cast.nicknames:
            continue
        cast.nicknames[nickname] = key
        if not word.used:
            add_mention(cast, key, [word])
    if not cast.nicknames:
        return
    for person in cast.people:
        if person.organization in cast.nicknames:
            person.organization = None
    for later in words:
        key = cast.nicknames.get(later.base)
        if key is not None and not later.used and later.start > cast.people[key].first_offset:
            add_mention(cast, key, [later])


def _find_roles_played(cast: Cast, context: Context) -> None:
    """`보디가드 강영화 역과`, `대가야 귀족 한리타 역을`: a name right before `역` (the part an actor plays)
    is a character's (`Cast.characters`)."""
    for words in context.per_sentence:
        for w, nxt in pairwise(words):
            if nxt.base == ROLE_WORD and not w.boundary and not w.paren and w.used:
                key = next((m.key for m in cast.mentions if m.start <= w.start < m.end and m.kind == "person"), None)
                if key is not None and key >= 0 and cast.people[key].name.split()[-1] == w.base:
                    cast.characters.add(cast.people[key].name)


def _find_actors_of_roles(cast: Cast, context: Context) -> None:
    """`강우일 역의 윤박은`, `채로운 역의 배우 박혜수는`: the name written after a part and `의` (a title
    between, or none) is the actor's, a person, whatever its shape (`윤박`: two syllables, which alone
    would as likely be a noun); not a common noun of Kiwi's dictionary (`역의 연기는`), nor a word the
    gazetteer knows as something else."""
    for words in context.per_sentence:
        for k, role in enumerate(words[:-1]):
            if role.base != ROLE_WORD or role.particle != "의" or role.paren:
                continue
            j = k + 1
            found = split_title(words[j].base) if not words[j].particle else None
            title = found[1] if found and found[0] is None and j + 1 < len(words) else None
            if title:
                j += 1
            word = words[j]
            if word.used or word.paren or word.common_noun or not word.particle \
                    or not name_shaped(word.base, allow_two=True) or gazetteer().get(word.base, "PER") != "PER":
                continue
            introduce(cast, word.base, title, None, words[k + 1:j + 1] if title else [word], word.particle)


def _scan_foreign_runs(cast: Cast, context: Context) -> None:
    """`리오넬 메시를`, `윌리엄 쿠에바스에`: a run of proper nouns that starts with a common foreign
    given name is a person, and so is one of transliterated words after a country's genitive
    (`일본의 다카하시 겐토를`); later bare uses of the last name (`메시는`) are mentions of them."""
    for words in context.per_sentence:
        j = 0
        while j < len(words):
            w = words[j]
            national = j > 0 and words[j - 1].base in PLACES and words[j - 1].particle == "의" \
                and is_foreign_name_word(w) and looks_transliterated(w.base)
            if (w.base not in FOREIGN_GIVEN_NAMES and not national) or w.used or w.boundary \
                    or quoted_nickname(w) is not None \
                    or (j > 0 and not words[j - 1].boundary and "NNP" in words[j - 1].tags):
                j += 1
                continue
            run = [j]
            k = j + 1
            while k < len(words) and len(run) < 4:
                x = words[k]
                if x.used or not is_foreign_name_word(x, loose=True) or split_title(x.base) or x.tags == ["NNB"]:
                    break  # (`로드리게스 뿐이다`: a bound noun ends the name)
                run.append(k)
                if x.boundary:
                    break
                k += 1
            last = words[run[-1]]
            if len(run) == 2 and w.common_noun and is_korean_name(last, confirmed=True):
                j += 1  # `같은 팀 이민호가`: a noun (팀, team; Tim too) before a Korean name, no foreign name
                continue
            if len(run) >= 2 and (last.boundary or run[-1] == len(words) - 1) \
                    and not any(strong_org(words[i], cast.aliases) for i in run):
                honorific = honorific_after_paren(last)  # `올리버 베넷(31)씨는`
                name = " ".join([words[i].base for i in run[:-1]] + [last.base[: len(last.base) - len(honorific)]])
                private = bool(honorific) or bool(last.paren and read_paren(last.paren).age)  # as in `introductions`
                # `하비에르 로페스(바르셀로나)`: the club or country in parentheses
                org = org_in_paren(last.paren) if last.paren else None
                title = position_in_paren(last.paren) if last.paren else None  # `맷 더피(1루수)-…`: a line-up
                key = find_person(cast, name)
                if key is None:
                    key = cast.add(Participant(name=name, title=title, organization=org, first_offset=w.start))
                    if not private:  # found on the shape of its words alone: the entity model vets it
                        cast.bare_names.add(key)
                elif org and not cast.people[key].organization:
                    cast.people[key].organization = org
                if private:
                    cast.private.add(key)
                add_mention(cast, key, [words[i] for i in run])
            j = run[-1] + 1


def _scan_coordination(cast: Cast, context: Context) -> None:
    """`공훈, 신미래와 함께`: names listed with a person already found (`_scan_coordination_in`, each
    sentence in turn)."""
    person_at = {m.start: m.key for m in cast.mentions if m.kind == "person" and m.key >= 0}
    bodies = frozenset(bodies_held(cast))
    for words in context.per_sentence:
        _scan_coordination_in(words, cast, person_at, bodies)


def _scan_coordination_in(words: list[Word], cast: Cast, person_at: dict[int, int], bodies: frozenset[str]) -> None:
    """`공훈, 신미래와 함께`, `김연경(18득점)과 옐레나(19득점)가`: a name-like word listed with a
    known person is a person too. A list item ends in a comma or `와`/`과` and nothing else
    (`어려워진 상황에서, 신민혁이`: no list), and a person in the genitive modifies the word after
    them (`양지은의 한국무용, 김태연의 자이브`: no list either). A word that is someone's body (`bodies`:
    `나폴리와 라치오는`, Napoli a coach's club) is no person."""
    for j in range(len(words) - 1):
        a, b = words[j], words[j + 1]
        if not (a.comma or a.particle in COORDINATING_PARTICLES):
            continue  # nothing is listed here
        # `황대한·연지호는`: two Korean names joined as one subject are two people
        if a.comma and not a.used and not b.used and b.particle and name_shaped(a.base) and name_shaped(b.base) \
                and not a.glued and not any(w.base in cast.reporters or w.base in cast.vetted_names for w in (a, b)) \
                and not a.particle and all(t in ("NNP", "NNG") for t in a.tags + b.tags):
            for w in (a, b):
                key = find_person(cast, w.base)
                if key is None:
                    key = cast.add(Participant(name=w.base, first_offset=w.start))
                add_mention(cast, key, [w])
                person_at[w.start] = key
        if a.comma and a.particle and a.particle not in COORDINATING_PARTICLES:
            continue  # `상황에서,`: a clause ends here, not a list item
        for known, other in ((a, b), (b, a)):
            if known.start not in person_at or other.used or other.glued or other.base in cast.reporters \
                    or other.base in cast.vetted_names or other.base in bodies:
                continue  # (`엄재웅이 우승, 변진재가`: a word the entity model ruled out stays out)
            if known.particle == "의":
                continue  # `김태연의 자이브`: the person's, not a second person
            if other is b and not (b.boundary or j + 2 >= len(words)) or other is b and owns_next_person(words, j + 1, person_at):
                continue  # (`류민석과 젠지의 정지훈`: the body of the next person)
            person_like = name_shaped(other.base, allow_two=True) or (
                is_foreign_name_word(other) and "NNP" in other.tags and not strong_org(other, cast.aliases)
                and (not name_shaped(other.base) or (other.base[1:] and syllables_ok(other.base[1:]))))
            if not person_like or (other.tags and other.tags[0] == "NNG" and not name_shaped(other.base, allow_two=True)):
                continue
            if "XPN" in other.tags:
                continue  # `비박계와`: a prefix, a name and a suffix make a faction (비 + 박 + 계), not a person
            k = j - 1 if other is a else j
            if k >= 0 and words[k] is not known and words[k].base in PERFORMING_GROUP_NOUNS and not words[k].boundary:
                continue  # `걸그룹 로즈퀸과 가수 소찬휘`: a group named with a singer is no person
            org = org_in_paren(other.paren) if other.paren else None
            # (`트레이스 톰슨(중견수), …`: a line-up's position alone in the parenthesis is the title)
            title = position_in_paren(other.paren) if other.paren else None
            key = find_person(cast, other.base)
            if key is None:
                key = cast.add(Participant(name=other.base, title=title, organization=org, first_offset=other.start))
            add_mention(cast, key, [other])
            person_at[other.start] = key


def _vet_bare_names(cast: Cast, context: Context) -> None:
    """`은가은의 복화술`, `팀 로테이션`: words taken for a name on their shape alone that the entity model
    rules out (`learned`)."""
    vet_bare_names(cast, context.sentences, context.per_sentence)


def _vet_names_by_gazetteer(cast: Cast, context: Context) -> None:
    """`에인절스`, `샌프란시스코 피트 푸틸라`: bodies and places the gazetteer knows are no names (`learned`)."""
    vet_names_by_gazetteer(cast)


def _find_model_names(cast: Cast, context: Context) -> None:
    """`홍자의 뮤지컬 연기`: a bare name no rule found, proposed by the entity model (`learned`)."""
    find_model_names(cast, context.sentences, context.per_sentence)


def _find_players_by_their_figures(cast: Cast, context: Context) -> None:
    """`레오는 43득점으로`, `가빌리오가 5이닝 5실점으로`: a subject with a player's count after it, that nothing
    makes a body, is a player (`learned.find_players_by_their_figures`)."""
    find_players_by_their_figures(cast, context.per_sentence, context.text)


def _find_known_names(cast: Cast, context: Context) -> None:
    """`독일의 자비네 빈터를`: a name of several words the list of known people holds and no pass or the
    entity model found (`learned`)."""
    find_known_names(cast, context.sentences, context.per_sentence)


def _find_listed_names(cast: Cast, context: Context) -> None:
    """`리키 파울러, 윈덤 클락 등이`: the other foreign names of a list with a person in it (`listed`)."""
    find_listed_names(cast, context.per_sentence)


def _find_spaced_names(cast: Cast, context: Context) -> None:
    """`신진호 이명주 델브리지가`: one-word names listed with spaces alone beside found people (`listed`)."""
    find_spaced_names(cast, context.per_sentence)


def _find_members_after_group(cast: Cast, context: Context) -> None:
    """`그룹 슈퍼주니어 규현이`, `그룹 엑소 멤버 카이가`: a member named after the band (`listed`)."""
    find_members_after_group(cast, context.per_sentence)


def _members_speaking(cast: Cast, context: Context) -> None:
    """`그룹 세븐틴이 컴백 소감을 밝혔다. … 에스쿱스는 “…”`: a speaker read as a body, in a story about
    one band, who is a member of it (`listed`)."""
    members_speaking(cast, context.sentences, context.per_sentence)


def _members_listed_together(cast: Cast, context: Context) -> None:
    """`시원, 이특, 강인, 은혁이 출연해`: people listed with a member of the band a story is about (`listed`)."""
    members_listed_together(cast, context.per_sentence)


def _find_members_in_parens(cast: Cast, context: Context) -> None:
    """`뉴진스(민지, 하니, 다니엘, 해린, 혜인)`: a group's members listed in a parenthesis (`listed`)."""
    find_members_in_parens(cast, context.sentences, context.per_sentence, context.text)


def _share_list_posts(cast: Cast, context: Context) -> None:
    """`A, B(이상 맨체스터 시티)`: the body a list's `(이상 …)` gives all its people (`listed`)."""
    share_list_posts(cast, context.per_sentence, context.text)


def _find_names_whole_in_quotes(cast: Cast, context: Context) -> None:
    """`“… 에릭 페디(NC 다이노스)를 …”`, then `페디는`: a foreign name given whole only in a quotation (`learned`)."""
    find_names_whole_in_quotes(cast, context.sentences, context.per_sentence, context.text)


def _short_forms_named_in_quotes(cast: Cast, context: Context) -> None:
    """`“양창식 후보가 …”`, then `양 후보는`: the person a free short form names, given whole elsewhere (`short_mentions`)."""
    short_forms_named_in_quotes(context.per_sentence, cast, context.text)


def _link_earlier_mentions(cast: Cast, context: Context) -> None:
    """`조용호를 … 뜬공 처리했다`, then `조용호로 이어지는 타순`: a person's full name, written bare where no
    pass took it (before the one that found them; Kiwi read the word apart there: 조/NNP 용/NNG 호/NNB),
    names them there too."""
    by_name = cast.people_index().by_name
    if not by_name:
        return
    for words in context.per_sentence:
        for word in words:
            if word.used or word.glued or word.base in cast.reporters:
                continue
            key = by_name.get(word.base)
            if key is None or cast.people[key].kind != "person" or " " in word.base or len(word.base) < 3 \
                    or word.common_noun:
                continue
            add_mention(cast, key, [word])
            cast.people[key].first_offset = min(word.start, cast.people[key].first_offset)


def _complete_names(cast: Cast, context: Context) -> None:
    """`알렉 마노아(25)`: the given name the rules left off, read by the entity model (`learned`)."""
    complete_names(cast, context.sentences, context.per_sentence, context.text)


def _trim_names(cast: Cast, context: Context) -> None:
    """`베테랑 신영석`: a shorter name the entity model reads inside a name of several words (`learned`)."""
    trim_names(cast, context.sentences, context.per_sentence)


def _names_cut_before_titles(cast: Cast, context: Context) -> None:
    """`고토 고지 타격코치`: the last word of a foreign name the rules read as the title's (`learned`)."""
    names_cut_before_titles(cast, context.sentences, context.per_sentence)


def _titles_held(cast: Cast, context: Context) -> None:
    titles_held(cast, context.per_sentence)


def _posts_taken(cast: Cast, context: Context) -> None:
    """`도정태 의원을 의장으로 선출했고`, then `도 의장은`: the post the story elects or appoints someone to is
    theirs before their short forms are read (`roles`)."""
    titles_held(cast, context.per_sentence, new_posts_only=True)


def _titles_from_awards(cast: Cast, context: Context) -> None:
    titles_from_awards(cast, context.per_sentence)


def _read_posts(cast: Cast, context: Context) -> None:
    """`NC 3루수 서호철의`: a title the entity model reads right before a name (`learned`)."""
    read_posts(cast, context.sentences, context.per_sentence)


def _sons_and_fathers(cast: Cast, context: Context) -> None:
    """`블라디미르 게레로 주니어가`, `멜 로하스 주니어가`: the mark of a son or a father written right after a
    person's whole name of several words (`GENERATIONAL_SUFFIXES`) is the last word of that name, whichever
    pass found it and wherever the story writes it so; the short form stays the family name (`게레로는`,
    `cast.family_name`)."""
    text = context.text
    marks = sorted(mark for mark in GENERATIONAL_SUFFIXES if f" {mark}" in text)  # (most stories: none)
    for key, person in enumerate(cast.people):
        parts = person.name.split()
        if not marks or person.kind != "person" or len(parts) < 2 or parts[-1] in GENERATIONAL_SUFFIXES:
            continue
        mark = next((mark for mark in marks if _written_whole(text, f"{person.name} {mark}")), None)
        if mark:
            rename_person(cast, key, f"{person.name} {mark}")


def _written_whole(text: str, phrase: str) -> bool:
    """`phrase` stands in `text` as words of their own: no letter or digit right after it but a particle
    (two Hangul syllables at most: `주니어가`, `주니어에게`; not `주니어대표팀`)."""
    at = text.find(phrase)
    while at >= 0:
        after = text[at + len(phrase):at + len(phrase) + 3]
        if not (after[:1].isascii() and after[:1].isalnum()) and not (len(after) == 3 and HANGUL_WORD.match(after)):
            return True
        at = text.find(phrase, at + 1)
    return False


def _people_read_as_bodies(cast: Cast, context: Context) -> None:
    """`에릭 페디`, then `페디는`: a subject the speaker scan took for a body is the person the article
    names so (by the whole name, or the last word of a longer one) before, when exactly one person fits."""
    people = [(k, p.name.split()) for k, p in enumerate(cast.people) if p.kind == "person"]
    for key, body in enumerate(cast.people):
        if body.kind != "org" or body.name in cast.aliases.values():
            continue
        fits = [k for k, parts in people if cast.people[k].first_offset < body.first_offset
                and (body.name == " ".join(parts) or (len(parts) > 1 and body.name == family_name(cast.people[k].name)))]
        if len(fits) != 1:
            continue
        for m in cast.mentions:
            if m.key == key:
                m.kind = "person"
        merge_person(cast, key, fits[0])


def _bodies_read_as_names(cast: Cast, context: Context) -> None:
    """`원조 끼쟁이인 김세레나는`: a subject taken for a body on Kiwi's proper-noun tag alone, that the
    entity model is all but sure is a name, is no body anyone belongs to
    (`learned.mark_bodies_read_as_names`)."""
    mark_bodies_read_as_names(cast, context.sentences, context.per_sentence)


def _bodies_read_before_names(cast: Cast, context: Context) -> None:
    """`화천KSPO 정지연이`: a word right before a name that the entity model reads as a body's name is
    one (`learned.mark_bodies_read_before_names`)."""
    mark_bodies_read_before_names(cast, context.sentences)


def _sides_of_the_game(cast: Cast, context: Context) -> None:
    """`승장 황선홍 감독`, `패장 김기동 감독`: a coach called by the side they led belongs to the winner
    or the loser the report names (`results`)."""
    give_sides(context.sentences, cast)


def _clubs_over_countries(cast: Cast, context: Context) -> None:
    """`PSG로 이적해 킬리안 음바페(프랑스), 우스만 뎀벨레(프랑스) 등 세계적인 선수와 뛰고 있다`, `추코(크로아티아)를
    잇는 삼성화재의 … 계보`: a person whose body is only the country in the parenthesis after their name
    belongs to the one body their sentence names that is another person's (a club, a firm); where none
    or two are named (a tennis draw, a golf field), the country stays."""
    taken = bodies_held(cast, but=cast.countries) - PLACES
    for key, country in cast.countries.items():
        person = cast.people[key]
        if person.kind != "person" or person.organization != country:
            continue
        sentence = min((m.sentence for m in cast.mentions if m.key == key), default=None)
        if sentence is None:
            continue
        named = {cast.aliases.get(w.base, w.base) for w in context.per_sentence[sentence]} & taken  # (`PSG로`)
        if len(named) == 1:
            person.organization = named.pop()


def _inherit_organisations(cast: Cast, context: Context) -> None:
    """`아본단자 감독이 이끄는 흥국생명`, `KT는 곧바로 손동현을 투입해`: members named without a body
    belong to the one the story is about (`bodies.inherit_organisations`)."""
    inherit_organisations(context.per_sentence, cast)


def _units_within_bodies(cast: Cast, context: Context) -> None:
    """`삼성전자에서는 윤부근 소비자가전부문 사장`: a unit's body named with it (`bodies.units_within_bodies`)."""
    units_within_bodies(cast)


def _channels_of_producers(cast: Cast, context: Context) -> None:
    """`KBS2 새 수목드라마 …를 연출한 황승기 PD`: the channel of a producer named without a body
    (`bodies.channels_of_producers`)."""
    channels_of_producers(cast)


def _fill_organisations(cast: Cast, context: Context) -> None:
    """`피닉스 선즈는 … 케빈 듀란트가`: the body a learned model finds for people still without one
    (`affiliations`)."""
    fill_organisations(cast)


def _acquired_by(cast: Cast, context: Context) -> None:
    """`울버햄튼이 … 황희찬(26)을 완전 영입했다`: the body that signs someone is theirs (`bodies.acquired_by`)."""
    acquired_by(cast)


def _partners_share_bodies(cast: Cast, context: Context) -> None:
    """`조진호 신임 수석코치와 김동훈 GK코치, 임완섭 코치도`: a team's staff or squad listed with `와` share
    the one body found for them (`bodies.partners_share_bodies`)."""
    partners_share_bodies(cast)


def _expand_organisations(cast: Cast, context: Context) -> None:
    """`산업부` → `산업통상자원부`: every person's body spelled out where the article writes it out too
    (`expand_org`). A body held by a short name the article gave it in parentheses keeps that name beside
    the full one, as the article introduced it (`옌스 스톨텐베르그 나토 사무총장` in a story that wrote
    `북대서양조약기구(나토)`: `북대서양조약기구(나토)`), the way a speaking body is shown; not where the full name
    holds it (`씨제스 엔터테인먼트(이하 씨제스)`), nor for the abbreviations `ORG_ALIASES` spells out."""
    for person in cast.people:
        org = person.organization
        if not org:
            continue
        person.organization = expand_org(org, cast.aliases, context.text)
        if org in cast.aliases and org not in ORG_ALIASES and org not in person.organization:
            person.organization = f"{person.organization}({org})"


def _name_bodies_with_short_names(cast: Cast, context: Context) -> None:
    """`세계보건기구(WHO)`, then `WHO는 “…”`: a speaking body the article gave a short name in
    parentheses is shown by both, as the article introduced it, so a reader finds the body under the
    name the quotes are printed under as well as under its full name."""
    shorts: dict[str, list[str]] = {}
    for alias, full in cast.aliases.items():
        shorts.setdefault(full, []).append(alias)
    for person in cast.people:
        if person.kind == "org" and person.name in shorts:
            person.name = f"{person.name}({'·'.join(shorts[person.name])})"


def _titles_from_other_posts(cast: Cast, context: Context) -> None:
    """`(극본 김민성·송한나)`: someone the article gives no title has the other post it gives them."""
    for key, posts in cast.other_titles.items():
        person = cast.people[key]
        if person.kind == "person" and not person.title and posts:
            person.title = posts[0]


#: `등` ("and others") closing a phrase, with the particle that makes it a topic or a subject.
_AND_OTHERS = re.compile(r"\s*등(은|는|이|가|도)(?=\s)")


def _named_first_of_others(cast: Cast, context: Context) -> None:
    """`손병윤(수성구) 의원 등은 “…”`, `백봉현씨 등이`: a person named alone before `등` and its particle is the
    topic or subject of that phrase (the one who speaks for the others): the mention takes the particle."""
    if "등" not in context.text:
        return
    for m in cast.mentions:
        if m.kind == "person" and not m.particle:
            found = _AND_OTHERS.match(context.text, m.end)
            if found and not context.text[:m.start].rstrip().endswith((",", "·", "、")):
                m.particle = found.group(1)  # (not the last of a list: `최태원 회장, 칼야나라만 부사장 등이`)


def _order_mentions(cast: Cast, context: Context) -> None:
    """The mentions in the order of the text."""
    cast.mentions.sort(key=lambda m: m.start)


def _count_mentions(cast: Cast, context: Context) -> None:
    """How often each participant is mentioned (`그는` and the like left out)."""
    counts: dict[int, int] = {}
    for m in cast.mentions:
        if m.kind != "pronoun" and m.key >= 0:
            counts[m.key] = counts.get(m.key, 0) + 1
    for i, person in enumerate(cast.people):
        person.mentions = counts.get(i, 0)


#: The passes of `find_cast`, in the order they run.
PASSES: tuple[Pass, ...] = (
    _read_additive_adverbs,  # `관계자 역시 “…”`: `역시` ("also") makes the noun before it a subject, as `도`
    _find_reporters,  # bylines and credits (`김경윤 기자`): names that are never participants
    _find_aliases,  # `월스트리트저널(WSJ)`: short names that stand for a body later on
    _scan_transcript_labels,  # `[윤재영/한빛대 도시공학과 교수 : "…"]`: the speaker a broadcast label names
    _find_surnames_in_parens,  # `(전)성현이와`: a surname in parentheses before a given name
    _find_administration_leaders,  # `노무현 정부를`, `푸틴 정권의`: the leader an administration is named after
    _find_members_after_group,  # `그룹 슈퍼주니어 규현이`: a band's member named after the band
    _each_sentence(scan_introductions),  # full names with a title or a parenthesis: `최태원 SK그룹 회장`
    _trim_names,  # `베테랑 신영석`, `라이언 플라허티 벤치 코치`: the shorter name the entity model reads inside
    _complete_foreign_names,  # `룰라 다시우바 대통령`: the longest form of a foreign name given anywhere
    _merge_name_variants,  # `텐 하흐`, then `에릭 텐 하흐`: the longer form replaces the shorter
    _scan_foreign_runs,  # `리오넬 메시를`: a run of proper nouns opened by a foreign given name
    _each_sentence(scan_short_and_bare),  # `최 회장`, `메시는`, `박병호의`: short mentions and bare names
    _find_nicknames,  # `'페이커' 이상혁`, then `페이커는`: a quoted nickname before a full name is the person
    _find_roles_played,  # `보디가드 강영화 역을`: a character's name, no participant unless they speak
    _find_actors_of_roles,  # `강우일 역의 윤박은`: the actor named after the part
    _scan_coordination,  # `공훈, 신미래와 함께`: a name listed with a known person …
    _scan_coordination,  # … again: a name the first round found makes the one listed before it a person
    _vet_bare_names,  # `은가은의 복화술`, `팀 로테이션`: words the entity model rules out as a name are no one
    _find_model_names,  # `홍창기를`, `리키 파울러,`: bare names the entity model finds and no rule did
    _posts_taken,  # `도정태 의원을 의장으로 선출했고`: a post someone is elected or appointed to, before …
    _each_sentence(scan_short_forms),  # … and their short forms: `박찬대 수석대변인`, then `박 수석대변인은`
    _find_known_names,  # `독일의 자비네 빈터를`: names of several words the list of known people holds
    _find_players_by_their_figures,  # `레오는 43득점으로`: a subject with a player's count is a player
    _find_listed_names,  # `리키 파울러, 패트릭 캔틀레이, 윈덤 클락 등이`: foreign names listed with a found one
    _find_spaced_names,  # `신진호 이명주 델브리지가`: names listed with spaces alone, beside found people
    _find_members_in_parens,  # `뉴진스(민지, 하니, 다니엘, 해린, 혜인)`: a group's members in a parenthesis
    _share_list_posts,  # `후벵 디아스, 요슈코 그바르디올(이상 맨체스터 시티)`: what a list's `이상` says of all
    _scan_coordination,  # … and once more with the model's names: `우즈와 매킬로이를`
    _find_listed_names,  # … again, with the people those rounds found: `무고사, 제르소, 음포쿠, 에르난데스 등이`
    _vet_names_by_gazetteer,  # `에인절스`, `샌프란시스코 피트 푸틸라`: bodies and places are no names
    _complete_names,  # `알렉 마노아(25)`, then `마노아는`: the whole of a foreign name the rules cut to one word
    _names_cut_before_titles,  # `고토 고지 타격코치`: a foreign name's last word the rules gave the title
    _find_names_whole_in_quotes,  # `“… 에릭 페디(NC 다이노스)를 …”`, then `페디는`: the person a bare word names
    _short_forms_named_in_quotes,  # `“양창식 후보가 …”`, then `양 후보는`: the person a free short form names
    _merge_name_variants,  # … again, with the whole names: `미토마 가오루`, then `일본 윙어 미토마는`
    _sons_and_fathers,  # `블라디미르 게레로 주니어가`: the mark of a son closes the name
    _link_earlier_mentions,  # `조용호를`, then `조용호로`: a name found later names the same person before
    _each_sentence(read_first_posts),  # `칼럼니스트이자 전직 단장인 짐 보든`: the first of two posts, and its body
    _each_sentence(scan_speakers_without_names),  # `한 관계자는`, `검찰은`, `그는`: speakers without a name
    _members_speaking,  # `그룹 세븐틴이 …`, then `에스쿱스는 “…”`: a member of the band, not a body
    _titles_from_other_posts,  # `(극본 김민성)`: the part in a work's credits, where no title is given
    _people_read_as_bodies,  # `에릭 페디`, then `페디는`: a person, not a body
    _bodies_read_as_names,  # `김세레나는`: a body the entity model is sure is a name: no one's body
    _bodies_read_before_names,  # `화천KSPO 정지연이`: a body the entity model reads right before a name
    _sides_of_the_game,  # `승장 황선홍 감독`, and `대전 3-1 서울`: the coach of the side that won
    _inherit_organisations,  # `KT는 … 손동현을`: the story's body for members named without one
    _units_within_bodies,  # `삼성전자에서는 윤부근 소비자가전부문 사장`: the company a unit belongs to
    _titles_held,  # `김제동, 김이나 등이 MC를 맡았다`: the title a person takes on (`맡다`)
    _titles_from_awards,  # `△최우수선수상 지의수(중경고)`: the role an award is named after is its winner's
    _read_posts,  # `NC 3루수 서호철의`: a title no table lists, read by the entity model
    _channels_of_producers,  # `KBS2 새 수목드라마 '출사표'를 연출한 황승기 PD`: a producer's channel
    _fill_organisations,  # `피닉스 선즈는 … 듀란트가`: a body the affiliation model finds for people without one
    _acquired_by,  # `울버햄튼이 … 황희찬(26)을 완전 영입했다`: the body that signs a player is theirs now
    _partners_share_bodies,  # `조진호 수석코치와 김동훈 GK코치, 임완섭 코치도`: a team's staff share its body
    _members_listed_together,  # `시원, 이특, 강인, 은혁이`: listed with a member of the story's band
    _clubs_over_countries,  # `PSG로 이적해 킬리안 음바페(프랑스) … 등과 뛰고 있다`: the club, not the country
    _expand_organisations,  # `산업부` → `산업통상자원부`: abbreviated bodies spelled out where the article does
    _name_bodies_with_short_names,  # `세계보건기구(WHO)`: a body by its name and the short name given it
    _named_first_of_others,  # `손병윤 의원 등은`: the one named, the topic of the phrase `등` closes
    _order_mentions,  # mentions in the order of the text
    _count_mentions,  # how often each participant is mentioned
)
