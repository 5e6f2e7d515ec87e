"""Bodies and unnamed speakers: organisations (`검찰은`, `WSJ는`), outlets and what stands for them
(`매체는`, `회사 측은`, `시는` after `한빛시`), descriptors (`한 관계자는`, `업계에선`, `A씨는`, `이모(34)씨는`), and the body
a person belongs to when the article does not say it next to the name (`X 감독이 이끄는 흥국생명`,
`KT는 곧바로 손동현을 투입해`, `한화` standing for `한화 이글스`, `법무법인 한결의 윤석진 변호사`; not a
work's title: `영화 ‘새벽의 항구’의 김태현 감독`)."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from ..entities.model import gazetteer
from ..lexicon.bodies import (
    ACQUIRE_VERBS,
    AGENCY,
    ANAPHORIC_ORGS,
    BODY_KIND_NOUNS,
    CLUB_WORDS,
    COUNCIL_SEATS,
    COURT_SUFFIXES,
    EVENT_SUFFIXES,
    FEDERATION_SUFFIXES,
    GENERIC_BODIES,
    GROUP_COUNTS,
    GROUP_KINDS,
    GROUP_WORDS,
    HIT_WORDS,
    INTENT_WORDS,
    JOINS_BODY,
    JOINS_ONLY_MEMBERS,
    JUDGE_TITLES,
    KNOWN_BODY_NAMES,
    LEADS_ORG,
    LED_TEAM_ENDINGS,
    LOCAL_GOVERNMENT_ANAPHORS,
    LOCAL_HEADS,
    LONG_ORG_SUFFIXES,
    NAMED_GENERIC_BODIES,
    ORG_ALIASES,
    ORG_KIND_NOUNS,
    ORG_RELATION_NOUNS,
    ORG_SPEAKERS,
    OUT_WORDS,
    PARTY_NAMES,
    PERFORMING_GROUP_NOUNS,
    POINTING_WORDS,
    PUBLIC_BODY_SUFFIXES,
    SHARES_BODY,
    STATUS_ABBREVIATIONS,
    TASK_GROUPS,
    TEAM_NICKNAMES,
    UNDOES_JOIN,
)
from ..lexicon.games import COPULA_ENDINGS, SIDE_NOUNS, TEAMMATE_WORDS
from ..lexicon.grammar import (
    COORDINATING_PARTICLES,
    DEMONSTRATIVES,
    DETERMINERS,
    SOURCE_PARTICLES,
    SPEAKER_PARTICLES,
    TIME_WORDS,
)
from ..lexicon.news import BROADCASTERS, PRODUCER_TITLES
from ..lexicon.people import (
    ANONYMOUS_HEADS,
    ANONYMOUS_HONORIFICS,
    COACH_TITLES,
    COMPANY_HEAD_TITLES,
    DEATH_VERBS,
    FOREIGN_GIVEN_NAMES,
    HONORIFICS,
    HOST_POSTS,
    MEASURE_ENDINGS,
    MEMBER_TITLES,
    NON_SPEAKER_NOUNS,
    OCCASION_ENDINGS,
    PARTY_POSTS,
    PEOPLE_SIDES,
    QUALIFIED_ANONYMOUS_HEADS,
    SCHOOL_ENDINGS,
    SHORT_MEASURE_ENDINGS,
    STAFF_TITLES,
    SURNAMES_1,
    SURNAMES_2,
    TITLE_HONORIFIC,
    TITLE_MODIFIERS,
    UNIVERSITY_ENDINGS,
)
from ..lexicon.places import PLACES
from ..lexicon.speech import PRONOUNS, WORDS_OF_NOUNS
from ..models import Participant
from .cast import (
    Cast,
    DescriptorKind,
    Mention,
    add_mention,
    find_descriptor,
    find_person,
    last_company,
    last_descriptor,
    last_mention,
    last_org,
    post_of,
)
from .names import (
    ANONYMIZED,
    HANGUL_WORD,
    LATIN,
    NOT_NAME_WORDS,
    OPENING_QUOTES,
    Word,
    body_words_ending_at,
    fused_body,
    is_foreign_name_word,
    is_org_word,
    looks_transliterated,
    name_shaped,
    owning_body,
    split_title,
    strong_org,
)

#: Leading words dropped from a descriptor phrase (time words such as `전날`, title qualifiers such as `신임`).
_NOT_NAME_OR_MODIFIER = NOT_NAME_WORDS | TITLE_MODIFIERS


def scan_speakers_without_names(words: list[Word], cast: Cast) -> None:
    """Descriptors (`한 관계자는`, `업계 관계자는`), organisations (`검찰은`, `WSJ는`), `그는`, and
    plain subject nouns that may speak (`아이들이 “…”`).

    Each word is tried against `_WORD_RULES`, then, as the end of its noun phrase (`_phrase_ending_at`),
    against `_PHRASE_RULES`, in order: the first rule that takes the word (or sets it aside) wins."""
    for j in range(len(words)):
        if words[j].particle not in _RULED_PARTICLES:
            continue  # (most words: `_no_speaker_particle` sets them aside, and no rule before it takes them)
        for rule in _WORD_RULES:
            if rule(words, j, cast):
                break
        else:
            _try_phrase_rules(_phrase_ending_at(words, j), cast)


def _try_phrase_rules(phrase: _Phrase, cast: Cast) -> None:
    """`_PHRASE_RULES` in order, until one takes the phrase (or sets it aside)."""
    for phrase_rule in _PHRASE_RULES:
        if phrase_rule(phrase, cast):
            break


def _taken(words: list[Word], j: int, cast: Cast) -> bool:
    """A word already in a mention (`김민지 의원은`), or a quotative ending right after a closing
    quotation mark (`“…”라는`): no speaker of its own."""
    word = words[j]
    return word.used or word.glued


_PRONOUN_PARTICLES = ("는", "가", "도", "은", "의")


def _pronoun(words: list[Word], j: int, cast: Cast) -> bool:
    """`그는`, `그녀가`: a pronoun; the quotes stage finds whom it stands for."""
    word = words[j]
    if word.base in PRONOUNS and word.particle in _PRONOUN_PARTICLES:
        cast.mentions.append(Mention(-1, word.start, word.end, word.particle, word.sentence, "pronoun"))
        return True
    return False


def _circle_of_source(words: list[Word], j: int, cast: Cast) -> bool:
    """`업계에선 “…”이라는 말이 나온다`: the circle the words come from, if no one is named."""
    word = words[j]
    if word.particle in SOURCE_PARTICLES and word.is_hangul and word.tags[-1:] == ["NNG"] \
            and word.base not in NON_SPEAKER_NOUNS and word.base not in TIME_WORDS \
            and not word.base.endswith(OCCASION_ENDINGS):  # (`국정감사에서는 “…”`: where, not who)
        cast.mentions.append(Mention(-1, word.start, word.end, word.particle, word.sentence,
                                     "descriptor", word.base))
        return True
    return False


def _no_speaker_particle(words: list[Word], j: int, cast: Cast) -> bool:
    """`검찰에`, `회사를`, `정부`: a word without a subject's or topic's particle (`은`, `는`, `이`,
    `가`, `도`, `께서`, …) introduces no speaker; nor does a noun made a verb or an adjective whose
    `은`/`는` is an adnominal ending (`피닉스같은 경우는`, `주목받는`: it modifies the noun after it; not a
    word of Latin letters Kiwi took for a verb, `HUG는`)."""
    word = words[j]
    return not word.particle or word.particle not in SPEAKER_PARTICLES or _adnominal(word)


#: The tags of a stem that makes a noun before it a verb or an adjective (`피닉스같`, `주목받`).
_VERB_STEM_TAGS = frozenset(["VA", "VV", "XSA", "XSV"])


def _adnominal(word: Word) -> bool:
    """A noun with a verb or an adjective stem after it, ending in an adnominal ending (`피닉스같은`)."""
    return word.modifier and len(word.tags) >= 2 and word.tags[0].startswith("N") and word.tags[-1] in _VERB_STEM_TAGS


def _the_deceased(words: list[Word], j: int, cast: Cast) -> bool:
    """`고인은 “…”`: the person whose death the article reports (if it names one)."""
    word = words[j]
    if word.base != "고인":
        return False
    key = _deceased(cast)
    if key is None:
        return False
    add_mention(cast, key, [word])
    return True


def _side_of(words: list[Word], j: int, cast: Cast) -> bool:
    """`삼성전자 측은`, `이 대표 측은`: the side of someone already named, or of a body (`회사 측은`:
    the body named before); `유족 측은`, `피해자 측은`: people's side, an anonymous source; `학교
    측은`: a body."""
    word = words[j]
    if not (word.base == "측" and j > 0 and not words[j - 1].boundary):
        return False
    prev = words[j - 1]
    owner = next((m for m in cast.mentions if m.start <= prev.start < m.end and m.key >= 0), None)
    anaphor = _side_body_named_before(prev, cast)
    if owner is not None:
        add_mention(cast, owner.key, [word], owner.kind)
        cast.mentions[-1].particle = word.particle
    elif anaphor is not None:
        add_mention(cast, anaphor, [prev, word], "org")
    else:
        kind: DescriptorKind = "anonymous" if prev.base in PEOPLE_SIDES \
            or prev.base.endswith(ANONYMOUS_HEADS) else "org"
        key = find_descriptor(cast, prev.base, kind, prev.start)
        add_mention(cast, key, [prev, word], kind)
    return True


def _side_body_named_before(prev: Word, cast: Cast) -> int | None:
    """The body that `회사` (`매체`, `구단`, …) in `회사 측은` stands for: the last one named before
    (the story's topic for `회사`; `고용노동부가 한결종합건설의 현장을 감독한다. 회사 측은 …`: the
    company, not the ministry), or None."""
    if prev.base == AGENCY:
        return _agency_before(cast, prev.start)  # `소속사 측은`: the agency named so before
    anaphor = last_org(cast, prev.start, topic=prev.base == "회사") if prev.base in ANAPHORIC_ORGS else None
    if prev.base == "회사" and (anaphor is None or cast.people[anaphor].name.endswith(PUBLIC_BODY_SUFFIXES)):
        anaphor = last_company(cast, prev.start) or anaphor
    return anaphor


def _anonymized_person(words: list[Word], j: int, cast: Cast) -> bool:
    """`A씨는`, `이모(34)씨는`, `주부 임모씨는`: a person the article keeps anonymous; the same one
    again when the article comes back to them (`김씨는` after `주민 김모씨는`)."""
    first = _anonymized(words, j)
    if first is None:
        return False
    label_words = words[first:j + 1]
    label = " ".join(w.base for w in label_words)
    key = _anonymous_named_before(words, j, label, label_words, cast)
    if key is None:
        key = find_descriptor(cast, label, "anonymous", label_words[0].start)
    add_mention(cast, key, label_words, "anonymous")
    return True


def _anonymous_named_before(words: list[Word], j: int, label: str, label_words: list[Word],
                            cast: Cast) -> int | None:
    """The anonymous person already named that `label` (ending at word `j`) names again, or None:
    `김씨는` after `김민지(가명)씨는` or `주민 김모씨는`; `E씨는` after `취업준비생 E씨(27)는`."""
    word = words[j]
    key = None
    if word.base == "씨" and j > 0 and not ANONYMIZED.match(words[j - 1].base):
        # `김씨는` after `김민지(가명)씨는` or `주민 김모씨는`: the same anonymous person
        key = _anonymous_with_surname(cast, words[j - 1].base, word.start)
    if key is None and len(label_words) == 1:
        # `E씨는` after `취업준비생 E씨(27)는`: the same person, named without the role
        key = next((i for i, p in enumerate(cast.people) if p.kind == "anonymous"
                    and p.name.split()[-1] == label and p.first_offset < word.start), None)
    return key


_WordRule = Callable[[list[Word], int, Cast], bool]
#: What a word with a speaker's particle may be on its own, tried in order (True: taken or set aside).
_WORD_RULES: tuple[_WordRule, ...] = (
    _taken,
    _pronoun,
    _circle_of_source,
    _no_speaker_particle,
    _the_deceased,
    _side_of,
    _anonymized_person,
)
#: The particles of the words some rule of `_WORD_RULES` may take: a speaker's, a pronoun's (`그의`) or a
#: source's (`업계에선`); `_no_speaker_particle` sets every other word aside, and the rules before it want
#: one of these (or, `_taken`, take nothing).
_RULED_PARTICLES = frozenset(SPEAKER_PARTICLES) | frozenset(_PRONOUN_PARTICLES) | frozenset(SOURCE_PARTICLES)


@dataclass(slots=True)
class _Phrase:
    """A word with a speaker's particle and the noun phrase it ends (`한 관계자는`, `김 전 장관은`)."""

    word: Word
    #: the phrase: up to five words before `word` and `word` itself, without leading time words and
    #: qualifiers (`전날`, `신임`) and without `qualifier`
    words: list[Word]
    #: a qualifier between a surname and a title (`전` of `김 전 장관은`), or nothing
    qualifier: list[Word]
    #: the word right before `word` if no boundary comes between them (`지원단체` of `지원단체 ‘이주와함께’는`)
    before: Word | None


def _phrase_ending_at(words: list[Word], j: int) -> _Phrase:
    """The noun phrase that word `j` ends: `업계 관계자는`, `한 관계자는` (`한` kept), `김 전 장관은`
    (the qualifier `전` set apart)."""
    word = words[j]
    start_k = j
    while start_k > 0 and j - start_k < 5:
        prev = words[start_k - 1]
        if prev.boundary or prev.used or prev.glued:
            break
        start_k -= 1
    phrase_words = words[start_k:j + 1]
    while len(phrase_words) > 1 and phrase_words[0].base in _NOT_NAME_OR_MODIFIER \
            and phrase_words[0].base != "한":
        phrase_words = phrase_words[1:]
    qualifier: list[Word] = []
    if len(phrase_words) >= 3 and phrase_words[-2].base in TITLE_MODIFIERS and split_title(word.base) \
            and _surname_word(phrase_words[-3]):
        qualifier = [phrase_words.pop(-2)]  # `김 전 장관은`: the surname before the qualifier
    before = words[j - 1] if j > 0 and not words[j - 1].boundary else None
    return _Phrase(word, phrase_words, qualifier, before)


def _surname_word(word: Word) -> bool:
    """A word that may be a surname before a title (`김 전 장관`, `남궁 대표`): one syllable, but not a
    bound noun (`피고인 측 변호인은`: the side of someone, no surname)."""
    return (len(word.base) == 1 and word.tags != ["NNB"]) or word.base in SURNAMES_2


def _surname_and_title(phrase: _Phrase, cast: Cast) -> bool:
    """`이 대통령은` in a story that never gives the full name: an anonymous person, in the article's
    words (`김 전 장관`); `김 의원은` that fits two people named 김…: no descriptor, and no guess either."""
    words, word = phrase.words, phrase.word
    if not (len(words) >= 2 and split_title(word.base) and _surname_word(words[-2])):
        return False
    surname = words[-2].base
    if any(p.kind == "person" and p.name.startswith(surname) for p in cast.people):
        cast.mentions.append(Mention(-1, words[-2].start, word.end, word.particle, word.sentence,
                                     "ambiguous"))
    else:
        label = " ".join([surname] + [w.base for w in phrase.qualifier] + [word.base])
        key = find_descriptor(cast, label, "anonymous", words[-2].start)
        add_mention(cast, key, [words[-2]] + phrase.qualifier + [word], "anonymous")
    return True


def _anonymous_head(phrase: _Phrase) -> bool:
    """`업계 관계자`, `정부 당국자`, `한 전문가`: a phrase that describes an unnamed source (`인사` only
    with words before it: `팬들을 향한 인사도` is a greeting)."""
    words = phrase.words
    if len(words) == 1 and phrase.word.base in QUALIFIED_ANONYMOUS_HEADS:
        return False
    return phrase.word.base.endswith(ANONYMOUS_HEADS) or (len(words) > 1 and words[0].base == "한")


def _source_just_quoted(phrase: _Phrase, cast: Cast) -> bool:
    """`이 관계자는`, `그 소식통은`: the source just quoted, not a new one."""
    words = phrase.words
    if not (_anonymous_head(phrase) and len(words) == 2 and words[0].base in DEMONSTRATIVES):
        return False
    ref = last_descriptor(cast, phrase.word.base, words[0].start)
    if ref is None:
        return False
    add_mention(cast, ref, words, "anonymous")
    return True


def _anonymous_source(phrase: _Phrase, cast: Cast) -> bool:
    """`한 관계자는`, `업계 관계자는`: an unnamed source, known by the words that describe it."""
    if not _anonymous_head(phrase):
        return False
    label = " ".join(w.base for w in phrase.words)
    key = find_descriptor(cast, label, "anonymous", phrase.words[0].start)
    add_mention(cast, key, phrase.words, "anonymous")
    return True


def _local_government_speaking(phrase: _Phrase, cast: Cast) -> bool:
    """`시는 “…”이라고 설명했다` after `한빛시`: the city (county, district, province) speaking; none
    if the article names no such body before."""
    word = phrase.word
    if not (word.base in LOCAL_GOVERNMENT_ANAPHORS and word.particle in SPEAKER_PARTICLES):
        return False
    body = _local_government(cast, word)
    if body is not None:
        key = find_descriptor(cast, body, "org", word.start)
        add_mention(cast, key, [word], "org")
    return True


def _agency_named_before(phrase: _Phrase, cast: Cast) -> bool:
    """`소속사는` after `김상균 소속사 스타로드 엔터테인먼트는`: the agency named before (`_agency_before`)."""
    word = phrase.word
    if word.base != AGENCY or len(phrase.words) > 2 or (len(phrase.words) == 2
                                                       and phrase.words[0].text.strip() not in POINTING_WORDS):
        return False
    key = _agency_before(cast, word.start)
    if key is None:
        return False
    add_mention(cast, key, [word], "org")
    return True


def _agency_before(cast: Cast, offset: int) -> int | None:
    """The agency the story named as someone's before `offset` (the body written right after
    `소속사`: `김상균 소속사 스타로드 엔터테인먼트는`), or None; never merely the last body named,
    which may be the artist's band."""
    starts = [w.start for w in cast.words]
    agency: Mention | None = None
    for m in cast.mentions:
        if m.kind != "org" or m.key < 0 or m.start >= offset or (agency is not None and m.start <= agency.start):
            continue
        i = bisect.bisect_left(starts, m.start) - 1
        if i >= 0 and cast.words[i].base == AGENCY and not cast.words[i].boundary:
            agency = m
    return agency.key if agency is not None else None


def _body_named_before(phrase: _Phrase, cast: Cast) -> bool:
    """`회사는`, `이 매체는`, `구단은`: the body named last before; not `울산 구단은`, `NC 구단은`
    (that club, named here)."""
    words, word = phrase.words, phrase.word
    pair = " ".join([w.base for w in words[-2:]])
    if word.base not in ANAPHORIC_ORGS and pair not in ANAPHORIC_ORGS:
        return False
    named = len(words) >= 2 and pair not in ANAPHORIC_ORGS and (
        "NNP" in words[-2].tags or words[-2].base in PLACES
        or LATIN.search(words[-2].base) is not None)  # `울산 구단은`, `NC 구단은`: that club
    if named:
        return False
    ref = last_org(cast, word.start)
    if ref is None:
        return False
    add_mention(cast, ref, [word], "org")
    return True


_COUNTED = re.compile(r"^(\d+)개$")


def _bodies_counted(phrase: _Phrase, cast: Cast) -> bool:
    """`3개 협회는`, `두 회사는`, `양사는`: as many bodies as the words count speak as one, the ones the
    article listed together before (`생명보험협회·손해보험협회·한국핀테크산업협회는`, `한빛전자와 새솔화학은`),
    joined by `·` as joint speakers are; where no list of that many comes before, the words as written.
    Never the one body named last."""
    word, before = phrase.word, phrase.before
    count, words = GROUP_WORDS.get(word.base), [word]
    if count is None and before is not None and (word.base in BODY_KIND_NOUNS or word.base in GROUP_KINDS):
        counted = _COUNTED.match(before.base)  # (`두`, `세` are no part of the phrase: determiners)
        count, words = int(counted.group(1)) if counted else GROUP_COUNTS.get(before.base), [before, word]
    if count is None or count < 2:
        return False
    listed = _bodies_listed_before(cast, words[0].index, count)
    if not listed and word.base in NON_SPEAKER_NOUNS:
        return False  # (`양사는` with no two bodies named together before: no one the article names)
    label = "·".join(w.base for w in listed) if listed else " ".join(w.base for w in words)
    key = find_descriptor(cast, label, "org", words[0].start)
    add_mention(cast, key, words, "org")
    return True


def _bodies_listed_before(cast: Cast, index: int, count: int) -> list[Word]:
    """The last `count` bodies named together before word `index`, each joined to the next by a comma, a
    list separator, `와`/`과` or `및`; none if no list of exactly that many comes before."""
    words = cast.words
    for end in range(index - 1, -1, -1):
        if not _body_like(words[end]) or _joined_to_next(words, end):
            continue  # (the last item of a list: `자동차보험, 해외여행자보험, 실손의료보험, 저축성보험 등` is no list of three)
        run = [words[end]]
        k = end - 1
        while k >= 0 and words[k].sentence == words[end].sentence and _joined_to_next(words, k):
            if words[k].base == "및":
                k -= 1
            if k < 0 or not _body_like(words[k]):
                break
            run.insert(0, words[k])
            k -= 1
        if len(run) == count:
            return run
    return []


def _joined_to_next(words: list[Word], k: int) -> bool:
    """Word k is joined to the next as an item of a list: a comma or list separator after it, `와`/`과`,
    or it is `및`."""
    word = words[k]
    return word.comma or word.particle in COORDINATING_PARTICLES or (word.base == "및" and not word.boundary)


def _body_of_that_kind(phrase: _Phrase, cast: Cast) -> bool:
    """`연맹은` after `아시아축구연맹(AFC)`, `위원회는` after `공정거래위원회`, `이 협회는`: a kind of body
    on its own is the body of that kind named last before it (whose name ends with the word). Not a
    body that speaks under that word by itself (`정부는`, `검찰은`: `ORG_SPEAKERS`)."""
    words, word = phrase.words, phrase.word
    if len(words) > 2 or len(words) == 2 and words[0].text.strip() not in POINTING_WORDS:
        return False
    kind = word.base
    if len(kind) < 2 or kind not in LONG_ORG_SUFFIXES or kind in ORG_SPEAKERS:
        return False
    key = last_mention(cast, word.start, lambda m: m.kind == "org" and m.key >= 0
                       and cast.people[m.key].name.endswith(kind) and cast.people[m.key].name != kind)
    if key is None:
        return False
    add_mention(cast, key, words, "org")
    return True


def _alias_of_body(phrase: _Phrase, cast: Cast) -> bool:
    """`WSJ는` after `월스트리트저널(WSJ)`: the body the article gave that short name."""
    word = phrase.word
    if word.base not in cast.aliases:
        return False
    key = find_descriptor(cast, cast.aliases[word.base], "org", word.start)
    add_mention(cast, key, [word], "org")
    return True


def _no_name(phrase: _Phrase, cast: Cast) -> bool:
    """`이는`, `전날은`: a determiner or a time word names no one."""
    base = phrase.word.base
    return base in DETERMINERS or base in NOT_NAME_WORDS or not base


def _quoted_body_name(phrase: _Phrase, cast: Cast) -> bool:
    """`이주노동자 지원단체 ‘이주와함께’는`: the body the quotation marks name."""
    word, prev_word = phrase.word, phrase.before
    if not (prev_word is not None and word.text.lstrip()[:1] in "‘'\"“"
            and prev_word.base.endswith(BODY_KIND_NOUNS)):
        return False
    key = find_descriptor(cast, word.base, "org", word.start)
    add_mention(cast, key, [word], "org")
    return True


def _short_name_of_body(phrase: _Phrase, cast: Cast) -> bool:
    """`헌재는` (헌법재판소): a body's usual short name, whatever its ending; `국민의힘은`: a body
    known by name."""
    word = phrase.word
    base = word.base
    if not ((base in ORG_ALIASES or base in KNOWN_BODY_NAMES) and not is_org_word(word)):
        return False
    full = ORG_ALIASES.get(base, base)
    label = full if any(p.kind == "org" and p.name == full for p in cast.people) else base
    key = find_descriptor(cast, label, "org", word.start)
    add_mention(cast, key, [word], "org")
    return True


def _body_like(word: Word) -> bool:
    """`검찰`, `SK그룹`, `정부`: a word that names an organisation, may speak, and may stand in a list of
    bodies (`생명보험협회`, `한빛전자와`)."""
    return is_org_word(word) and len(word.base) >= 2 and word.base not in NON_SPEAKER_NOUNS


def _body_words(phrase: _Phrase) -> list[Word]:
    """The words of the body a phrase names: the organisation word and up to one organisation or
    place before it (`서울 경찰청은`); a generic body with its qualifier (`공항 당국은`, `볼리비아 정부가`)."""
    word = phrase.word
    org_words = [word]
    for w in reversed(phrase.words[:-1]):
        if not (is_org_word(w) or w.base in PLACES) or len(org_words) >= 2:
            break
        org_words.insert(0, w)
    # `공항 당국은`, `볼리비아 정부가`: the qualifier before a generic body stays with it
    if (word.base in ORG_SPEAKERS or word.base.endswith(("당국", "정부"))) and len(phrase.words) >= 2:
        org_words = phrase.words[-2:]
    return org_words


def _body_label(org_words: list[Word], cast: Cast) -> str:
    """The name of the body `org_words` name: as written, or its full name where the article gave an
    alias (`WSJ`), or the full name of a body already speaking when this is its usual short name
    (`질병청은` after `질병관리청은`)."""
    label = " ".join(w.base for w in org_words)
    label = cast.aliases.get(label, label)
    short_of = ORG_ALIASES.get(label)
    if short_of and any(p.kind == "org" and p.name == short_of for p in cast.people):
        label = short_of  # `질병청은` after `질병관리청은`: the usual short name of a body already speaking
    return label


def _foreign_person_like_body(org_words: list[Word], cast: Cast) -> bool:
    """`유대인 앤서니 앤들러는 “…”`: a foreign given name and more proper nouns are a person, though
    they read like a body's name (`org_words`, `_body_words`)."""
    if not (len(org_words) >= 2 and org_words[0].base in FOREIGN_GIVEN_NAMES
            and all(is_foreign_name_word(w) for w in org_words)
            and not any(strong_org(w, cast.aliases) or w.base in PLACES for w in org_words)):
        return False
    label = _body_label(org_words, cast)
    person_key = find_person(cast, label)
    if person_key is None:
        person_key = cast.add(Participant(name=label, first_offset=org_words[0].start))
    add_mention(cast, person_key, org_words)
    return True


def _body_speaking(phrase: _Phrase, cast: Cast) -> bool:
    """`검찰은`, `SK그룹은`, `볼리비아 정부가`: an organisation speaking; unless its words are a
    foreign person's name that reads like a body's (`_foreign_person_like_body`), a person then."""
    if not _body_like(phrase.word):
        return False
    org_words = _body_words(phrase)
    if len(org_words) >= 2 and (org_words[0].base in ORG_RELATION_NOUNS or org_words[0].base in PERFORMING_GROUP_NOUNS):
        org_words = org_words[1:]  # `소속사 WM엔터테인먼트는`, `그룹 뉴진스는`: what the body is, then its name
    if _foreign_person_like_body(org_words, cast):
        return True
    key = find_descriptor(cast, _body_label(org_words, cast), "org", org_words[0].start)
    add_mention(cast, key, org_words, "org")
    return True


def _title_alone(phrase: _Phrase, cast: Cast) -> bool:
    """`감독은 “…”`, `감독님께서는 “…”` after `김승기 감독`: a title word on its own (or with the
    honorific `님`) is the person with that title named last before it. Not with words before it
    (`상대 팀 감독은` is someone else), and nothing when no one before holds the title."""
    word = phrase.word
    if len(phrase.words) != 1 or word.particle not in SPEAKER_PARTICLES:
        return False
    title = word.base[:-1] if word.base.endswith(TITLE_HONORIFIC) else word.base
    if split_title(title) != (None, title):
        return False
    key = last_mention(cast, word.start, lambda m: m.kind == "person" and m.key >= 0
                       and cast.people[m.key].kind == "person"
                       and (cast.people[m.key].title or "").split()[-1:] == [title])
    if key is None:
        return False
    add_mention(cast, key, [word])
    return True


def _subject_noun(phrase: _Phrase, cast: Cast) -> bool:
    """`아이들이 “…”`, `시위대는`: a plain noun that may speak; it becomes a participant only if a
    quote needs it (`Cast.materialize`)."""
    word = phrase.word
    if not (word.is_hangul and word.tags and word.tags[-1] in ("NNG", "XSN") and len(word.base) >= 2
            and word.base not in NON_SPEAKER_NOUNS and word.base not in WORDS_OF_NOUNS):
        return False
    if (len(word.base) >= 3 and word.base.endswith(MEASURE_ENDINGS) and word.base != "세력") \
            or word.base.endswith(SHORT_MEASURE_ENDINGS):
        return True  # `정승원·조영욱의 활동량은 “…”`: a measure, what is judged, set aside
    label = " ".join(w.base for w in phrase.words)
    cast.mentions.append(Mention(-1, phrase.words[0].start, word.end, word.particle, word.sentence,
                                 "descriptor", label))
    return True


def _person_by_whole_name(phrase: _Phrase, cast: Cast) -> bool:
    """`아이브(안유진 가을 레이 …)`, then `가을은 “…”`: a word alone (or after a title: `멤버 유정은`) that is the
    whole name of a person found before it is that person, though it is a common noun too (가을, autumn)."""
    word = phrase.word
    titled = len(phrase.words) == 2 and split_title(phrase.words[0].base) == (None, phrase.words[0].base)
    if (len(phrase.words) != 1 and not titled) or word.used:
        return False  # (a title before it is the person's: `멤버 유정은`, 유정 "oil well")
    key = find_person(cast, word.base)
    if key is None or cast.people[key].first_offset >= word.start:
        return False
    add_mention(cast, key, phrase.words if titled else [word])
    return True


_PhraseRule = Callable[[_Phrase, Cast], bool]
#: What the noun phrase a speaker's particle ends may be, tried in order (True: taken or set aside).
_PHRASE_RULES: tuple[_PhraseRule, ...] = (
    _person_by_whole_name,
    _surname_and_title,
    _source_just_quoted,
    _anonymous_source,
    _local_government_speaking,
    _bodies_counted,
    _body_of_that_kind,
    _agency_named_before,
    _body_named_before,
    _alias_of_body,
    _no_name,
    _quoted_body_name,
    _short_name_of_body,
    _body_speaking,  # (or a foreign person whose name reads like a body's: `_foreign_person_like_body`)
    _title_alone,
    _subject_noun,
)


def _local_government(cast: Cast, word: Word) -> str | None:
    """The last body named before `word` whose name ends in it (`한빛시` for `시`), or None."""
    return _last_local_body(cast, word.base, word.index)


def _last_local_body(cast: Cast, ending: str, index: int) -> str | None:
    """The last city, county, district or province (`ending`: 시, 군, 구, 도) named before word `index`."""
    for k in range(index - 1, -1, -1):
        body = _local_body(cast.words[k], ending)
        if body:
            return body
    return None


def _local_body(w: Word, ending: str) -> str | None:
    """The city, county, district or province (`ending`) that word `w` names, if any."""
    fused = split_title(w.base)
    if fused and fused[0] and fused[0].endswith(ending) and len(fused[0]) >= 2:
        return fused[0]  # `한빛군수` → 한빛군
    if len(w.base) >= 2 and w.base.endswith(ending) and w.is_hangul and is_org_word(w) and not name_shaped(w.base):
        return w.base
    return None


_PANEL = re.compile(r"^(?:형사|민사|행정|가사|파산|특허)\S*\d+부$")


def _last_court(words: list[Word], offset: int) -> str | None:
    """The court (and its panel: `형사합의11부`) named last before `offset`."""
    i = bisect.bisect_left([w.start for w in words], offset) - 1
    while i >= 0:
        w = words[i]
        if w.base.endswith(COURT_SUFFIXES):
            nxt = words[i + 1] if i + 1 < len(words) and not w.boundary else None
            return f"{w.base} {nxt.base}" if nxt is not None and _PANEL.match(nxt.base) else w.base
        i -= 1
    return None


def _deceased(cast: Cast) -> int | None:
    """The person whose death the article reports: the first one named in a sentence that says so
    (`… 편미리 전 서울대 교수가 14일 별세했다`)."""
    reporting = {w.sentence for w in cast.words if w.text.startswith(DEATH_VERBS)}
    for m in sorted(cast.mentions, key=lambda x: x.start):
        if m.kind == "person" and m.key >= 0 and m.sentence in reporting:
            return m.key
    return None


def _referent_body(cast: Cast, generic: str, offset: int, *, contains: bool = False) -> str | None:
    """The body a generic name points back to: the last organisation (speaking, or a named person's)
    before `offset` whose name ends with `generic` (`당` → 더불어민주당) or, with `contains`, has it
    inside (`대책위` → 송산면 주민대책위원회); for a word no body's name ends with (`단체`), the last one."""
    named: list[tuple[int, str]] = []
    for m in cast.mentions:
        if m.start >= offset or m.key < 0:
            continue
        p = cast.people[m.key]
        org = p.name if p.kind == "org" else p.organization if p.kind == "person" else None
        if org:
            named.append((m.start, org))
    named.sort()
    fits = [org for _, org in named if (generic in org if contains else org.endswith(generic))]
    if fits:
        return fits[-1]
    if contains or generic in NAMED_GENERIC_BODIES:
        return None
    return named[-1][1] if named else None


def _lettered(base: str) -> bool:
    """`A선수`, `B교사`: a capital letter for a person the article keeps anonymous, then a title."""
    return len(base) >= 3 and "A" <= base[0] <= "Z" and split_title(base[1:]) == (None, base[1:])


def _anonymous_with_surname(cast: Cast, surname: str, offset: int) -> int | None:
    """The anonymous person named last before `offset` by a label with a word starting with
    `surname` (`김민지(가명)씨`, `주민 김모씨`)."""
    best = last_mention(cast, offset, lambda m: m.kind == "anonymous" and m.key >= 0 and any(
        part.startswith(surname) for part in cast.people[m.key].name.split()))
    if best is None:
        # `전 관리사무소장 표모(53)씨를 입건했다. … 표씨는`: named before only as an object
        earlier = [w for w in cast.words if w.start < offset and w.base.startswith(surname + "모")
                   and ANONYMIZED.match(w.base)]
        if earlier:
            return find_descriptor(cast, earlier[-1].base, "anonymous", earlier[-1].start)
    return best


#: `모` ("a certain") after a surname: a name the article keeps back (`김 모 씨`).
_A_CERTAIN = "모"


def _anonymized(words: list[Word], j: int) -> int | None:
    """`A씨는`, `이모 씨는`, `주부 임모씨는`, `회사원 이모(34)씨는`: a person the article keeps
    anonymous (the age in parentheses is the word's `paren`). Returns the index
    of the label's first word (a preceding role noun is kept: `주부 임모씨`)."""
    word = words[j]
    k = j
    if word.base in HONORIFICS and j > 0 and not words[j - 1].boundary:
        k = j - 1
        # `피고인 정 씨는` (no one named 정… before): a person the article names by surname only
        surname_only = word.base == "씨" and not words[k].used and (
            words[k].base in SURNAMES_1 or words[k].base in SURNAMES_2)
        if words[k].base == _A_CERTAIN and k > 0 and not words[k - 1].boundary and not words[k - 1].used \
                and (words[k - 1].base in SURNAMES_1 or words[k - 1].base in SURNAMES_2):
            k -= 1  # `박 모 씨`, `김 모(45) 씨`: a surname, 모 ("a certain") and the honorific, spaced
        elif not ANONYMIZED.match(words[k].base) and not surname_only:
            return None
    elif not (ANONYMIZED.match(word.base) and word.base[-1] in ANONYMOUS_HONORIFICS) and not _lettered(word.base):
        return None
    if k > 0 and not words[k - 1].boundary and not words[k - 1].used and words[k - 1].is_hangul \
            and words[k - 1].base not in TIME_WORDS and words[k - 1].tags[:1] == ["NNG"]:
        k -= 1
    return k


def inherit_organisations(per_sentence: list[list[Word]], cast: Cast) -> None:
    """`아본단자 감독이 이끄는 흥국생명`; and in a story about a team or company, members named
    without an organisation (`KT는 곧바로 손동현을 투입해`, `주전 가드 서명진`) belong to the body
    that is the topic of that sentence or the two before, else to the body last made a topic before them in
    their paragraph (`_paragraph_topic`), else to the story's main body.

    Only people without a title, or with a member's title (players, coaches, founders), inherit:
    a minister or a president named next to a company is not its member.

    The places a person's organisation can come from are `_ORGANISATION_SOURCES`, tried in order
    (first match wins); the topic bodies (`may_inherit`, `_topic_body`) come last.
    """
    _merge_org_abbreviations(cast)
    mentions = sorted(cast.mentions, key=lambda x: x.start)
    org_topics = _org_topics(mentions, cast)
    dominant = _dominant_body(org_topics, cast) or _lead_persons_team(cast)
    team_story = _a_team(dominant, cast)
    starts = [w.start for w in cast.words]
    by_person = _mentions_by_person(mentions)
    by_sentence = {w.sentence: w.paragraph for w in cast.words}
    # one paragraph says nothing about where a side's part begins (`_paragraph_topic`)
    paragraphs = by_sentence if len(set(by_sentence.values())) > 1 else None
    listed = _bodies_before_lists(cast, starts)
    for key, own in by_person.items():
        person = cast.people[key]
        if person.kind != "person" or person.organization:
            continue
        i = bisect.bisect_left(starts, own[0].start) - 1
        seat = _Seat(cast, starts, org_topics, person, own, i, cast.words[i] if i >= 0 else None, listed)
        found = _organisation_from_context(seat)
        if found is not None:
            person.organization = found
        elif may_inherit(person, key, cast):
            if key in cast.aged:  # only the body that is the topic of the sentence that introduces them
                # or, in a story about a team, that team (`SSG는 …`, then `최지훈(26), 박성한(25) 등`)
                person.organization = _team_name(_topic_body(own[:1], org_topics, cast, before=0)
                                                 or (dominant if team_story else None))
            else:
                person.organization = _team_name(_topic_body(own, org_topics, cast)
                                                 or _paragraph_topic(own[0], org_topics, paragraphs, cast) or dominant)
    if team_story:
        _batters_face_the_other_team(cast, by_person, _team_name(dominant) or "", starts)


#: Endings of a unit inside a company or a hospital (`소비자가전부문`, `영상디스플레이사업부`, `신경외과`).
_UNIT_ENDINGS = ("부문", "사업부", "사업본부", "외과", "내과", "의학과")
#: Particles that make a body what a sentence is about (`삼성전자에서는 윤부근 소비자가전부문 사장이`).
_ABOUT_PARTICLES = frozenset(["은", "는", "이", "가", "에서는", "에서", "도"])


def acquired_by(cast: Cast) -> None:
    """`울버햄튼이 독일 라이프치히 소속 공격수 황희찬(26)을 완전 영입했다`: a person who is the object of a
    verb a body signs someone with (`ACQUIRE_VERBS`, within three words), a fact (not `영입하려`, `영입하고
    싶다`: `INTENT_WORDS`), belongs to the body that is the subject or topic of that sentence before them,
    whatever body their introduction gave (the one they leave)."""
    mentions = sorted(cast.mentions, key=lambda m: m.start)
    topics = _org_topics(mentions, cast)
    starts = [w.start for w in cast.words]
    words = cast.words
    for m in mentions:
        if m.kind != "person" or m.key < 0 or m.particle not in ("을", "를"):
            continue
        k = bisect.bisect_left(starts, m.end)
        verb = next((j for j in range(k, min(k + 3, len(words))) if words[j].sentence == m.sentence
                     and words[j].text.lstrip().startswith(ACQUIRE_VERBS)), None)
        if verb is None or not _settled(words, verb) or words[verb].text.rstrip(",.").endswith(("려", "려고")) \
                or (verb + 1 < len(words) and words[verb + 1].text.lstrip().startswith(INTENT_WORDS)):
            continue
        subject = [t for t in topics if t.sentence == m.sentence and t.start < m.start]
        if subject:
            cast.people[m.key].organization = cast.people[subject[-1].key].name


def channels_of_producers(cast: Cast) -> None:
    """`KBS2 새 수목드라마 '출사표'를 연출한 황승기 PD`, `tvN <신서유기4>의 제작발표회가 열렸다. 행사에는 … 신효정
    PD가`: a producer (`PRODUCER_TITLES`) the rules left without a body works for the channel
    (`BROADCASTERS`) written in the sentence that first names them, else in the two before it, else for
    the only channel the story names."""
    words = cast.words
    channels: list[tuple[int, str]] = []  # (sentence, channel) in the order of the text
    for i, w in enumerate(words):
        pair = f"{w.base} {words[i + 1].base}" if i + 1 < len(words) and words[i + 1].sentence == w.sentence else ""
        if pair in BROADCASTERS:
            channels.append((w.sentence, pair))
        elif w.base in BROADCASTERS:
            channels.append((w.sentence, w.base))
    if not channels:
        return
    named = {channel for _, channel in channels}
    for key, person in enumerate(cast.people):
        if person.kind != "person" or person.organization or not (person.title or "").endswith(PRODUCER_TITLES):
            continue
        first = min((m.sentence for m in cast.mentions if m.key == key and m.kind == "person"), default=None)
        if first is None:
            continue
        here = [channel for s, channel in channels if s == first]
        before = [channel for s, channel in reversed(channels) if first - 2 <= s < first]
        found = here or before or (sorted(named) if len(named) == 1 else [])
        if found:
            person.organization = found[0]


def partners_share_bodies(cast: Cast) -> None:
    """`대전시티즌을 이끌어 갈 조진호 신임 수석코치와 김동훈 GK코치, 임완섭 코치도`: members of a team's staff
    or squad (`MEMBER_TITLES`) listed together, joined by `와`/`과` at least once (and commas), share the one
    body those of them who have one have. Not a ranking or a list of winners, joined by commas alone, each
    with their own club (`김지현(32,대보건설), 홍란(36)`); not guests of an event or the heads of two firms
    (`최문순 군수, 유병렬 부지사`, `YG 양현석 대표와 씨제스 백창주 대표`): their titles are no member's."""
    for run, anded in listed_runs(cast):
        people = [cast.people[m.key] for m in run]
        if anded and all((p.title or "").endswith(MEMBER_TITLES) for p in people):
            share_one_body(people)


def listed_runs(cast: Cast) -> list[tuple[list[Mention], bool]]:
    """The runs of people named one right after another in a sentence, joined by `와`/`과` or a comma (the
    mentions of each, in order), with whether `와`/`과` joins two of them."""
    mentions = sorted((m for m in cast.mentions if m.kind == "person" and m.key >= 0), key=lambda m: m.start)
    starts = [w.start for w in cast.words]
    runs: list[tuple[list[Mention], bool]] = []
    run: list[Mention] = []
    anded = False
    for k, m in enumerate(mentions):
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        run.append(m)
        last = bisect.bisect_left(starts, m.end) - 1  # the mention's last word
        joint = cast.words[last].particle in ("와", "과")
        if nxt is not None and nxt.sentence == m.sentence and nxt.key != m.key \
                and (joint or cast.words[last].comma) and bisect.bisect_left(starts, nxt.start) == last + 1:
            anded = anded or joint
            continue
        if len(run) >= 2:
            runs.append((run, anded))
        run, anded = [], False
    return runs


def share_one_body(people: list[Participant], *, of: str | None = None) -> None:
    """Give those of `people` without a body the one body the others have (when it names `of` among its
    words, given: `그룹 슈퍼주니어` for `슈퍼주니어`), if they have one; those with a title only when it is
    a member's (`MEMBER_TITLES`)."""
    bodies = {p.organization for p in people if p.organization}
    if len(bodies) != 1:
        return
    body = bodies.pop()
    if of is not None and of not in body.split():
        return
    for p in people:
        if not p.organization and (not p.title or p.title.endswith(MEMBER_TITLES)):
            p.organization = body


def units_within_bodies(cast: Cast) -> None:
    """`삼성전자에서는 윤부근 소비자가전(CE)부문 사장이`, `양산제일병원은 … 박권병(신경외과)`: a person whose
    body is a unit of a company or a hospital belongs to the body the sentence (or the one before) is
    about, named before them: the body and the unit together (`삼성전자 소비자가전부문`)."""
    starts = [w.start for w in cast.words]
    firsts: dict[int, Mention] = {}
    for m in cast.mentions:
        if m.kind == "person" and m.key >= 0 and (m.key not in firsts or m.start < firsts[m.key].start):
            firsts[m.key] = m
    someone = {m.start for m in cast.mentions if m.kind in ("person", "anonymous", "pronoun")}
    for key, first in firsts.items():
        person = cast.people[key]
        unit = person.organization or ""
        if person.kind != "person" or not unit.endswith(_UNIT_ENDINGS) \
                or (" " in unit and not unit.split()[0].endswith(_UNIT_ENDINGS)):
            continue  # (`삼성전자 MC부문`: the body named already; `HE부문 사업본부`: a unit within a unit)
        i = bisect.bisect_left(starts, first.start)
        body = next((w.base for w in reversed(cast.words[:i])
                     if first.sentence - w.sentence <= 1 and w.particle in _ABOUT_PARTICLES and is_org_word(w)
                     and not w.base.endswith(_UNIT_ENDINGS) and len(w.base) >= 2 and w.base not in PLACES
                     and w.base not in GENERIC_BODIES and w.base not in NAMED_GENERIC_BODIES  # (`이 병원`)
                     and w.start not in someone), None)  # (`A씨는`: someone, no body)
        if body is not None:
            person.organization = f"{body} {unit}"


def _batters_face_the_other_team(cast: Cast, by_person: dict[int, list[Mention]], team: str,
                                 starts: list[int]) -> None:
    """In a game story, a player the story's team took as its own who is named as a pitcher's batter
    (`선두타자 김상수를 중견수 뜬공`, `대타 김민혁에게 볼넷`) plays for the other team: the team the story
    names most often besides its own (`KT에 … KT를 상대로`), where it is named at all."""
    other = _other_team(cast, team)
    if other is None:
        return
    words = cast.words
    for key, own in by_person.items():
        person = cast.people[key]
        if person.organization != team or not any(_at_bat(m, words, starts) for m in own):
            continue
        person.organization = other


def _at_bat(m: Mention, words: list[Word], starts: list[int]) -> bool:
    """The mention is the batter of a pitch's outcome: `X를` with an out within the next four words of
    its sentence, or `X에게` with a hit."""
    outcomes = OUT_WORDS if m.particle in ("을", "를") else HIT_WORDS if m.particle in ("에게", "한테", "에게도") else ()
    i = bisect.bisect_left(starts, m.end)
    return bool(outcomes) and any(w.sentence == m.sentence and any(o in w.base for o in outcomes)
                                  for w in words[i:i + 4])


def _other_team(cast: Cast, team: str) -> str | None:
    """The team named most often (at least twice) that is not `team`: a name written with a team's
    nickname somewhere (`KT 위즈와의`, `KT위즈파크`, `kt 위즈와`: Kiwi may leave the particle on the
    nickname, and outlets write some names in lower case), counted wherever it stands alone (`KT에`)."""
    own = team.split()[0]
    names = {m.group(1) for w in cast.words for m in _TEAM_NAME.finditer(w.text)}
    names |= {w.base for w, nxt in zip(cast.words, cast.words[1:])
              if not w.boundary and (nxt.base.endswith(TEAM_NICKNAMES) or nxt.text.lstrip().startswith(TEAM_NICKNAMES))}
    counts = Counter(w.base for w in cast.words if w.base in names and w.base != own)
    if not counts:
        return None
    name, n = counts.most_common(1)[0]
    return name if n >= 2 else None


#: A team's name written onto its nickname (`KT위즈파크`, the ballpark): the name.
_TEAM_NAME = re.compile(r"^([A-Za-z]{2,4}|[가-힣]{2,3})(?:" + "|".join(TEAM_NICKNAMES) + ")")


def _lead_persons_team(cast: Cast) -> str | None:
    """With no body the story's topic, the team of the person it names first when that is a sports
    team (`이승엽 두산 베어스 감독은 … 김재환(35)을`, `LG 트윈스 … 투수 고우석이 … 홍창기를`), or None."""
    first = min((p for p in cast.people if p.kind == "person"), key=lambda p: p.first_offset, default=None)
    team = first.organization if first is not None else None
    return team if _a_team(team, cast) else None


def _a_team(body: str | None, cast: Cast) -> bool:
    """A sports team: a name ending in a team's nickname (`SSG 랜더스`), or written somewhere in the
    story with one after it (`SSG`, and `SSG 랜더스의 칼바람`)."""
    if not body:
        return False
    if body.split()[-1].endswith(TEAM_NICKNAMES):
        return True
    words = cast.words
    return any(w.base == body and not w.boundary and i + 1 < len(words) and words[i + 1].base.endswith(TEAM_NICKNAMES)
               for i, w in enumerate(words))


def _team_name(body: str | None) -> str | None:
    """A member's team without the word for a club the story wrote after it (`두산 구단은`: 두산); None for
    a federation (`아시아축구연맹은 … 오시멘`): the story's topic, but a player or coach belongs to a club."""
    if body and body.endswith(FEDERATION_SUFFIXES):
        return None
    words = (body or "").split()
    return " ".join(words[:-1]) if len(words) >= 2 and words[-1] in CLUB_WORDS else body


def _org_topics(mentions: list[Mention], cast: Cast) -> list[Mention]:
    """The mentions (in order) of organisations as a sentence's subject or topic (`KT는`, `흥국생명이`),
    of bodies a member may belong to (`a_members_body`)."""
    at = {w.start: w for w in cast.words}
    starts = [w.start for w in cast.words]
    topics = [m for m in mentions if m.kind == "org" and m.particle in ("은", "는", "이", "가")
              and cast.people[m.key].kind == "org" and not _reports(m, cast, starts)] + _bodies_named_as_the_side(cast)
    keep = {key: a_members_body(key, cast, at) for key in {m.key for m in topics}}
    return sorted((m for m in topics if keep[m.key]), key=lambda m: m.start)


#: How many words after a body's subject mention its verb of reporting may stand (`CNN이 20일 보도했다`).
_REPORT_WINDOW = 3


def _reports(m: Mention, cast: Cast, starts: list[int]) -> bool:
    """`… 암시한 것으로 CNN이 20일 보도했다`: a body whose verb is `보도하다` (to report) is the outlet that tells the
    story, not a body the people in it belong to. `starts`: the words' offsets."""
    k = bisect.bisect_left(starts, m.end)
    return any(w.sentence == m.sentence and w.verbal and w.text.lstrip().startswith("보도")
               for w in cast.words[k:k + _REPORT_WINDOW])


def _bodies_named_as_the_side(cast: Cast) -> list[Mention]:
    """`치열한 서브 싸움에서 앞선 쪽은 KB손해보험이었다.`: a body the cast holds, said with the copula to be the
    side (`SIDE_NOUNS`) that is the topic of its sentence, is what the sentence is about, as its topic
    would be: a mention of it with that topic's particle."""
    out: list[Mention] = []
    bodies = {p.name: k for k, p in enumerate(cast.people) if p.kind == "org"}
    for before, w in pairwise(cast.words):
        if w.particle in COPULA_ENDINGS and w.base in bodies and before.base in SIDE_NOUNS \
                and before.particle in ("은", "는") and before.sentence == w.sentence:
            out.append(Mention(bodies[w.base], w.start, w.start + len(w.base), before.particle, w.sentence, "org"))
    return out


def _quoted_body(key: int, cast: Cast) -> bool:
    """A body written in quotation marks where it is first named (`영국 '풋볼 데일리'는`, `‘TGL’이`, and
    later `매체는`): an outlet, a league or an event, not a team whose members the story names without one."""
    first = min((m for m in cast.mentions if m.key == key), key=lambda m: m.start, default=None)
    return first is not None and _quoted_name(cast.words, first.start, first.end)


def a_members_body(key: int, cast: Cast, at: dict[int, Word]) -> bool:
    """Whether the subject the speaker scan took for a body is one a person can belong to: not what the
    gazetteer knows as a title, a person or another thing (`국가대표`, `장타율`), not a plural (`MC들`) nor
    an event or a competition (`KOVO컵`, `EVENT_SUFFIXES`), not a word of a person's name (`페디는`, of `에릭 페디`; `준원은`, of `유준원`), a character's
    (`Cast.characters`) or a name the entity model ruled out (`Cast.vetted_names`), not a body first named in
    quotation marks (an outlet: `영국 '풋볼 데일리'는`), not a noun of Kiwi's dictionary wherever it is the
    subject (`은퇴는`, `차원이`) unless the gazetteer knows it as a body. `at`: the words by offset."""
    name = cast.people[key].name
    kind = gazetteer().get(name)
    if kind in ("OTH", "TTL", "PER") or name.endswith(("들", *EVENT_SUFFIXES)) or name in cast.characters \
            or name in cast.vetted_names or name in cast.bodies_read_as_names:
        return False
    if any(p.kind == "person" and (name in p.name.split() or _given_name(p.name) == name) for p in cast.people):
        return False  # (`준원은` after `유준원`: the person by their given name)
    if _quoted_body(key, cast):
        return False
    own = [at[m.start] for m in cast.mentions if m.key == key and m.start in at and at[m.start].base == name]
    return kind == "ORG" or not own or not all(w.common_noun for w in own)


def _quoted_name(words: list[Word], start: int, end: int) -> bool:
    """A word of the mention from `start` to `end` opens a quotation (`'풋볼`, `‘TGL’이`)."""
    i = bisect.bisect_left(words, start, key=lambda w: w.start)
    while i < len(words) and words[i].start < end:
        if words[i].text.lstrip()[:1] in OPENING_QUOTES:
            return True
        i += 1
    return False


def _given_name(name: str) -> str | None:
    """The given name of a Korean name of three syllables with a one-syllable surname (`유준원`: 준원)."""
    return name[1:] if len(name) == 3 and name[0] in SURNAMES_1 and HANGUL_WORD.match(name) else None


def _dominant_body(org_topics: list[Mention], cast: Cast) -> str | None:
    """The story's main body: the one that is the topic at least twice and of more than half the
    sentences that have a body as their topic (`KT는 … KT는 … 삼성은 …`: KT), or None."""
    counts: dict[int, int] = {}
    for m in org_topics:
        counts[m.key] = counts.get(m.key, 0) + 1
    dominant = None
    if counts:
        top = max(counts, key=lambda k: counts[k])
        if counts[top] >= 2 and 2 * counts[top] > len(org_topics):
            dominant = cast.people[top].name
    return dominant


def _mentions_by_person(mentions: list[Mention]) -> dict[int, list[Mention]]:
    """The mentions (in order) of each named person, people in the order they are first named."""
    by_person: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.kind == "person" and m.key >= 0:
            by_person.setdefault(m.key, []).append(m)
    return by_person


@dataclass(slots=True)
class _Seat:
    """A person named without an organisation, and what stands around their first mention."""

    cast: Cast
    starts: list[int]  # the start of each of `cast.words`
    org_topics: list[Mention]  # see `_org_topics`
    person: Participant
    own: list[Mention]  # the person's mentions, in order
    i: int  # the index in `cast.words` of the word before the first mention (-1: none)
    before: Word | None  # that word
    listed: dict[int, str]  # see `_bodies_before_lists`


def _organisation_from_context(seat: _Seat) -> str | None:
    """The organisation the first of `_ORGANISATION_SOURCES` that applies gives, or None."""
    for source in _ORGANISATION_SOURCES:
        found = source(seat)
        if found is not None:
            return found
    return None


def _kind_and_name_before(seat: _Seat) -> str | None:
    """`법무법인 한결의 윤석진 변호사` (Kiwi may read `한결의` as one word): the body's kind and name."""
    words, i, before = seat.cast.words, seat.i, seat.before
    if not (before is not None and i >= 1 and words[i - 1].base in ORG_KIND_NOUNS
            and not words[i - 1].boundary and before.sentence == seat.own[0].sentence and not before.used):
        return None
    own_name = before.base if before.particle == "의" else (
        before.base[:-1] if not before.particle and before.base.endswith("의") else "")
    return f"{words[i - 1].base} {own_name}" if len(own_name) >= 1 else None


def _body_pointed_at(seat: _Seat) -> str | None:
    """`같은 당 권나래 의원`, `이 단체 윤소라 사무국장`: the body of that kind named before."""
    words, i, before = seat.cast.words, seat.i, seat.before
    if not (before is not None and i >= 1 and before.base in GENERIC_BODIES and not before.particle
            and words[i - 1].text.strip() in POINTING_WORDS and before.sentence == seat.own[0].sentence):
        return None
    return _referent_body(seat.cast, before.base, before.start) or None


def _committee_of_chair(seat: _Seat) -> str | None:
    """`대책위원장인 안봉규` after `송산면 주민대책위원회는`: the committee the title abbreviates."""
    title = seat.person.title
    if not (title and len(title) > 3 and title.endswith("위원장")):
        return None
    stem = post_of(title)[:-3] + "위"
    return _referent_body(seat.cast, stem, seat.own[0].start, contains=True) or None


def _company_pointed_at(seat: _Seat) -> str | None:
    """`이 회사의 니코스 파파도풀로스 COO`: the company named before."""
    cast, i, before = seat.cast, seat.i, seat.before
    if not (before is not None and before.particle == "의" and before.sentence == seat.own[0].sentence
            and i >= 1 and f"{cast.words[i - 1].base} {before.base}" in ANAPHORIC_ORGS):
        return None
    last = last_org(cast, before.start)
    return cast.people[last].name if last is not None else None


def _body_before_genitive(seat: _Seat) -> str | None:
    """`토트넘 홋스퍼의 손흥민`, `삼성전자의 이재용 회장`: the body named right before, with `의`; also
    past a title or a quoted nickname (`피닉스 선즈의 주포 'KD' 케빈 듀란트`) and past the people listed
    before them after it (`T1의 ‘제우스’ 최우제, ‘페이커’ 이상혁`)."""
    cast, sentence = seat.cast, seat.own[0].sentence
    i = _past_list_and_posts(cast, seat.i, sentence)
    before = cast.words[i] if i >= 0 else None
    if before is None or before.sentence != sentence or not owning_body(cast.words, i, cast.aliases, places=True):
        return None
    org = " ".join(w.base for w in body_words_ending_at(cast.words, i))
    return cast.aliases.get(org, org)


def _body_the_head_owns(seat: _Seat) -> str | None:
    """`이영표 대표의 강원FC가`, `김성근 감독의 한화는`: the body named right after a head of one (`HEADS_OF_BODIES`) in
    the genitive is theirs."""
    words = seat.cast.words
    person = seat.person
    if post_of(person.title) not in HEADS_OF_BODIES:
        return None
    for m in seat.own:
        if m.particle != "의":
            continue
        k = bisect.bisect_left(seat.starts, m.end)
        if k < len(words) and words[k].sentence == m.sentence and strong_org(words[k], seat.cast.aliases) \
                and words[k].base not in PLACES:
            return seat.cast.aliases.get(words[k].base, words[k].base)
    return None


#: Titles of those who head a body (a team's coach, a company's chief): what follows their name in the
#: genitive is the body they head (`이영표 대표의 강원FC`).
HEADS_OF_BODIES = frozenset(["대표", "회장", "감독", "구단주", "사장", "단장", "대표이사", "의장", "총재", "이사장"])


def _agency_named_after(seat: _Seat) -> str | None:
    """`조인성의 소속사 IOK컴퍼니 관계자는`, `이영현의 소속사 뮤직앤뉴가`, `김태용 감독의 소속사인 (주)영화사
    봄은`: the agency named right after the person's `소속사` (a body's name, or a kind of body and its
    name)."""
    words = seat.cast.words
    for m in seat.own:
        if m.particle != "의":
            continue
        k = bisect.bisect_left(seat.starts, m.end)
        if k + 1 >= len(words) or words[k].base != AGENCY or words[k].particle not in ("", "인") \
                or words[k].boundary or words[k + 1].sentence != m.sentence:
            continue
        name = words[k + 1]
        if name.base in ORG_KIND_NOUNS and not name.boundary and not name.particle and k + 2 < len(words):
            return f"{name.base} {words[k + 2].base}"  # `(주)영화사 봄은`
        if is_org_word(name) or "NNP" in name.tags:
            return name.base
    return None


#: How many words `_past_list_and_posts` steps back over at most.
_GENITIVE_REACH = 8


def _past_list_and_posts(cast: Cast, i: int, sentence: int) -> int:
    """The index of the word before word `i` and the words that may stand between a body's `의` and a
    person: one bare noun (a post: `주포`), a quoted nickname (`'KD'`), and the people of a list that
    the person ends (`최우제,`); `i` itself when none stands there."""
    persons = _person_spans(cast)
    k, posts = i, 0
    while k >= 0 and i - k < _GENITIVE_REACH and cast.words[k].sentence == sentence:
        w = cast.words[k]
        if _a_persons(w, persons) and (not w.particle or w.particle in COORDINATING_PARTICLES):
            k -= 1  # a person listed before (`최우제,`, `류민석과`) or their nickname (`‘페이커’`)
        elif not w.boundary and (w.text[0] in OPENING_QUOTES or w.base in cast.nicknames):
            k -= 1  # a nickname in quotation marks (`'KD'`)
        elif not w.boundary and not w.used and posts == 0 and len(w.tags) == 1 and w.tags[0] in ("NNG", "NNP"):
            posts += 1
            k -= 1
        else:
            break
    return k


def _body_right_before(seat: _Seat) -> str | None:
    """`키움 히어로즈 이정후(25)`, `KIA 윤석민`, `더불어민주당 하서준(52)`: a body written right before one
    of the person's mentions, with no particle or comma between (one or two words, the last a body by
    its name: `_a_named_body`, or its squad after it: `성남시청 빙상팀 최민정`); the names the entity model
    proposes get theirs here too."""
    for m in seat.own:
        i = bisect.bisect_left(seat.starts, m.start) - 1
        if i >= 0 and seat.cast.words[i].sentence == m.sentence:
            found = _body_ending_at(seat.cast, i)
            if found is not None:
                return found
    return None


def _body_ending_at(cast: Cast, i: int) -> str | None:
    """The body whose name ends with word i, right before a name (see `_body_right_before`), or None."""
    words = cast.words
    before = words[i]
    if before.boundary or before.used or before.paren or before.work_title:
        return None
    last, k = i, i - 1
    if not _a_named_body(before, cast):
        if not (before.base.endswith(_SQUAD_ENDINGS) and len(before.base) > 1 and k >= 0
                and _joined(words[k], before) and _a_named_body(words[k], cast)):
            return None
        i, k = k, k - 1  # `성남시청 빙상팀 최민정`: a named body's squad
    org_words = words[i:last + 1]
    if k >= 0 and _joined(words[k], words[i]) \
            and (is_org_word(words[k]) or words[k].base in PLACES) and not split_title(words[k].base):
        org_words.insert(0, words[k])
    org = " ".join(w.base for w in org_words)
    return cast.aliases.get(org, org)


def _body_before_list(seat: _Seat) -> str | None:
    """`성남시청 빙상팀 최민정, 김길리, 이준서, 이정민 등`: a person listed after others with commas alone, the
    first of them with a body right before them, belongs to it too (`_bodies_before_lists`)."""
    return seat.listed.get(seat.own[0].start)


def _bodies_before_lists(cast: Cast, starts: list[int]) -> dict[int, str]:
    """The body written right before the first of people listed with commas alone (`listed_runs`; not
    `최원준과 이우성, 홍종표`), by the start of each later mention of the run (`두산 김재환, 양의지, 허경민`)."""
    found: dict[int, str] = {}
    for run, anded in listed_runs(cast):
        i = bisect.bisect_left(starts, run[0].start) - 1
        if anded or i < 0 or cast.words[i].sentence != run[0].sentence:
            continue
        body = _body_ending_at(cast, i)
        if body is not None:
            found.update((m.start, body) for m in run[1:])
    return found


#: Endings of a body's squad, written after the body's name (`성남시청 빙상팀`, `한빛고 축구부`).
_SQUAD_ENDINGS = ("팀", "부", "단")


def _joined(first: Word, second: Word) -> bool:
    """Two words of one phrase: one sentence, nothing ending a phrase after the first (`Word.boundary`:
    a particle, a comma …), neither taken by a mention."""
    return first.sentence == second.sentence and not first.boundary and not first.used and not second.used


def _coachs_player(seat: _Seat) -> str | None:
    """`LA 다저스의 데이브 로버츠 감독이 … 패전을 떠안은 류현진(32)을 위로했다`, `텍사스 레인저스 존 다니엘스
    단장이 … 추신수가 …`: a player (no title, or a member's) named first in a sentence whose subject or topic,
    before them, is a team's coach or general manager (`COACH_TITLES`) with a body, is of that body: a coach
    speaks of his own players. Not a player called the other side's (`상대 투수 …`)."""
    cast, words = seat.cast, seat.cast.words
    first, title = seat.own[0], seat.person.title or ""
    if not may_inherit(seat.person, first.key, cast) or title.startswith(_OPPONENT_MARKS) \
            or (title and not title.endswith(MEMBER_TITLES)):
        return None
    k = bisect.bisect_left(seat.starts, first.start)
    if any(w.base.startswith(_OPPONENT_MARKS) for w in words[max(0, k - 3):k] if w.sentence == first.sentence):
        return None
    coaches = [m for m in cast.mentions if m.kind == "person" and m.key >= 0 and m.key != first.key
               and m.sentence == first.sentence and m.start < first.start and m.particle in ("은", "는", "이", "가")]
    for m in reversed(coaches):
        coach = cast.people[m.key]
        if coach.organization and post_of(coach.title) in COACH_TITLES:
            between = words[bisect.bisect_left(seat.starts, m.end):k]
            if any(is_org_word(w) and not w.common_noun and w.base not in PLACES for w in between):
                return None  # (`… 감독이 토트넘 홋스퍼에 패한 뒤 손흥민이`: another side named between them)
            return coach.organization
    return None


#: Words that make the player after them the other side's (`상대 투수`, `상대팀 에이스`).
_OPPONENT_MARKS = ("상대",)


def _a_named_body(word: Word, cast: Cast) -> bool:
    """A body by its name, not a title or a kind of body (`회사원`, `단체`): one the gazetteer knows, a
    name with a body's ending of two syllables or more or a team's nickname, one the article names
    as a body elsewhere (`KIA는`), or a team's name it writes elsewhere with the nickname (`한화`, and
    `한화 이글스와의`: the gazetteer knows the word as the currency); not a player's status (`FA 류현진`)."""
    base = word.base
    if split_title(base) or gazetteer().get(base) == "TTL" or base in GENERIC_BODIES or word.common_noun \
            or base in STATUS_ABBREVIATIONS:
        return False
    return gazetteer().get(base) == "ORG" or base.endswith(LONG_ORG_SUFFIXES) or base in KNOWN_BODY_NAMES \
        or any(p.kind == "org" and p.name == base for p in cast.people) or base in cast.aliases \
        or _a_team(base, cast) or word.index in cast.bodies_read_before_names


def _led_organisation(seat: _Seat) -> str | None:
    """`X 감독이 이끄는 흥국생명은`: the body a person leads, named right after them; not a task force
    (`국정훈 차관이 이끄는 북극항로 전담반`)."""
    cast = seat.cast
    for m in seat.own:
        i = bisect.bisect_left(seat.starts, m.end)
        if m.particle not in ("이", "가", "께서"):
            continue  # `김하성을 지휘한 멜빈 감독`: the one led, not the leader
        if i < len(cast.words) and cast.words[i].text.startswith(LEADS_ORG):
            k = i + (2 if cast.words[i].text in ("이끌고", "맡고") else 1)
            if k < len(cast.words) and is_org_word(cast.words[k]) and cast.words[k].sentence == m.sentence:
                if k + 1 < len(cast.words) and cast.words[k + 1].base.endswith(TASK_GROUPS) \
                        and cast.words[k + 1].sentence == m.sentence:
                    return None  # `국정훈 차관이 이끄는 북극항로 전담반`: a task force, not the person's body
                org = cast.words[k].base
                return cast.aliases.get(org, org) or None
    return None


#: Verbs of playing for a body, whose clause a person is the subject of and the body the head
#: (`박혜진, 최이샘, 박지현, 김단비가 고르게 득점한 우리은행은`, `김연경이 뛰는 흥국생명`).
_PLAYS_FOR = ("득점", "활약", "맹활약", "뛰", "뛴", "속한", "속해", "소속된", "합류", "몸담", "출전", "가세", "터트린", "터뜨린",
              "넣은")


def _body_the_clause_describes(seat: _Seat) -> str | None:
    """`박혜진, 최이샘, 박지현, 김단비가 고르게 득점한 우리은행은`: a person who is the subject (alone, or
    the list the subject closes) of a clause of playing for a body that modifies that body, the topic or
    subject of the sentence (up to four words between: `임상협이 후반 막판 결승골을 터트린 포항은`; no other
    subject between)."""
    cast, words = seat.cast, seat.cast.words
    m = seat.own[0]
    k = bisect.bisect_left(seat.starts, m.start)
    while k < len(words) and words[k].sentence == m.sentence and words[k].comma and not words[k].particle:
        k += 1  # (a list of names: the clause's subject is its last item)
    if k >= len(words) or words[k].particle not in ("이", "가") or words[k].sentence != m.sentence:
        return None
    for j in range(k + 1, min(k + 6, len(words) - 1)):
        w = words[j]
        if w.sentence != m.sentence or is_org_word(w) or w.used or w.particle in ("은", "는", "이", "가"):
            return None
        if w.modifier:
            head = words[j + 1]
            if w.text.startswith(_PLAYS_FOR) and head.sentence == m.sentence and head.particle in ("은", "는", "이", "가") \
                    and is_org_word(head) and not any(x.start == head.start and x.kind != "org" for x in cast.mentions):
                return cast.aliases.get(head.base, head.base)
            return None
    return None


def _body_the_object_clause_describes(seat: _Seat) -> str | None:
    """`아가메즈 나경복 한성정 김시훈을 앞세운 우리카드 공격력을`: a person who is the object (alone, or in the
    list the object closes) of a clause of fielding or signing (`_FIELDS`) that modifies a body named
    right after it."""
    cast, words = seat.cast, seat.cast.words
    m = seat.own[0]
    k = bisect.bisect_left(seat.starts, m.start)
    persons = {x.start for x in cast.mentions if x.kind == "person" and x.key >= 0}
    while k + 1 < len(words) and words[k].sentence == m.sentence and not words[k].particle \
            and (words[k].comma or words[k + 1].start in persons) and k - bisect.bisect_left(seat.starts, m.start) < 8:
        k += 1  # (a list of names, by commas or spaces: the object is its last item)
    if k + 2 >= len(words) or words[k].particle not in ("을", "를"):
        return None
    verb, head = words[k + 1], words[k + 2]
    if not (verb.modifier and verb.text.startswith(_FIELDS)) or head.sentence != m.sentence or not is_org_word(head) \
            or any(x.start == head.start and x.kind != "org" for x in cast.mentions):
        return None
    return cast.aliases.get(head.base, head.base)


#: Verbs of a clause that makes its object a member of the body it modifies (`…을 앞세운 우리카드`,
#: `…를 영입한 KT`, `…을 보유한 한화`).
_FIELDS = ("앞세운", "내세운", "보유한", "영입한")


def _body_led_before(seat: _Seat) -> str | None:
    """`흥국생명을 이끄는 마르첼로 아본단자 감독`, `… 국가대표팀을 이끌고 있는 김은정 감독`: the body
    the clause right before the person's first mention says they lead; not a task force."""
    words, i = seat.cast.words, seat.i
    verb = _lead_verb_before(words, i)
    if verb is None or verb < 1:
        return None
    obj = words[verb - 1]
    sentence = seat.own[0].sentence
    foreign_name = verb >= 2 and _name_part_of_body(words[verb - 2], sentence) \
        and looks_transliterated(words[verb - 2].base)  # (`아스톤 빌라를 이끄는`: 빌라 a common noun too)
    if obj.particle not in ("을", "를") or obj.sentence != sentence \
            or not (is_org_word(obj) or obj.base.endswith(LED_TEAM_ENDINGS) or foreign_name) \
            or obj.base.endswith(TASK_GROUPS) or split_title(obj.base) == (None, obj.base):
        return None  # (`MC를 맡은 방송인 김성주`: a post taken on, no body; see `roles`)
    if any(m.kind == "person" and m.key >= 0 and m.start <= obj.start < m.end for m in seat.cast.mentions):
        return None  # `김하성을 지휘한 멜빈 감독`: a player the coach led, not a body
    first = verb - 1
    while first > 0 and verb - first < 5 and _name_part_of_body(words[first - 1], sentence):
        first -= 1
    body = " ".join(w.base for w in words[first:verb])
    return seat.cast.aliases.get(body, body)


def _lead_verb_before(words: list[Word], i: int) -> int | None:
    """The index of the first word of a lead verb (`LEADS_ORG`) that ends at word `i`, or None."""
    if i < 0 or words[i].boundary and not words[i].modifier:
        return None
    for phrase in LEADS_ORG:
        parts = phrase.split()
        first = i - len(parts) + 1
        if first >= 0 and [w.text for w in words[first:i + 1]] == parts:
            return first
    return None


def _name_part_of_body(word: Word, sentence: int) -> bool:
    """A word of a body's name before its last word (`대한민국 여자 U-17 축구 국가대표팀`): no
    particle or verb form, in the same sentence, not a time word or a determiner."""
    return word.sentence == sentence and not word.boundary and not word.paren \
        and word.base not in TIME_WORDS and word.base not in DETERMINERS and word.base not in TITLE_MODIFIERS


def _body_joined(seat: _Seat) -> str | None:
    """The body a clause about one of the person's mentions says they joined, signed with, were drafted
    by or play for (`JOINS_BODY`): with the person its subject, later in the sentence (`저스틴 토머스는
    애틀랜타 드라이브GC와 계약하며`, `김정은은 … 부천 하나원큐로 이적했다`), or in the clause right before
    the mention (`신한은행 유니폼을 입게 된 가드 김지영`, `레알 마드리드에서 뛰는 추아메니가`). Not a body
    they left (`워싱턴에서 뛰었던 페디는`) or might join (`이정후가 토론토와 계약하면`); the later of two
    (`AS 로마로 이적한 살라는 2017년 리버풀에 입단해`: 리버풀)."""
    persons = _person_spans(seat.cast)
    member = may_inherit(seat.person, seat.own[0].key, seat.cast)
    for m in seat.own:
        found = _joined_after(seat, m, persons, member) or _joined_before(seat, m, persons, member)
        if found:
            return found
    return None


#: How many words after a person's mention the body they joined may stand (`김정은은 이후
#: 자유계약선수(FA) 자격을 얻어 4월 부천 하나원큐로 이적했다`).
_JOIN_REACH = 12
#: How many words (posts, nicknames, people listed before) may stand between the clause and the person
#: (`JDG에 소속된 한국인 선수인 정글러 ‘카나비’ 서진혁과 ‘룰러’ 박재혁이`).
_JOIN_POSTS = 7


def _joined_after(seat: _Seat, m: Mention, persons: list[tuple[int, int]], member: bool) -> str | None:
    """The body joined later in the sentence of which the mention is the subject or topic, before
    any other person is named."""
    if m.particle not in ("은", "는", "이", "가"):
        return None
    words = seat.cast.words
    i = bisect.bisect_left(seat.starts, m.end)
    for b in range(i, min(i + _JOIN_REACH, len(words))):
        if words[b].sentence != m.sentence or _a_persons(words[b], persons):
            return None
        j = _join_at(words, b, member)  # (a body with its particle: `첼시 소속으로 … 실패했다` says how, not whose)
        body = _joined_body(words, b, seat.cast, persons) if j is not None and words[b].particle \
            and _settled(words, j) else None
        if body:
            return body
    return None


def _joined_before(seat: _Seat, m: Mention, persons: list[tuple[int, int]], member: bool) -> str | None:
    """The body joined in the clause that ends right before the mention, past the posts, nicknames and
    people listed before it."""
    words = seat.cast.words
    k = bisect.bisect_left(seat.starts, m.start) - 1
    for _ in range(_JOIN_POSTS + 1):
        if k < 0 or words[k].sentence != m.sentence:
            return None
        end = words[k]
        for b in range(k - 1, max(k - 4, -1), -1):
            j = _join_at(words, b, member)
            if j is None or j > k or k - j > 2:
                continue
            if end.modifier and _settled(words, k) or (j == k and not end.verbal and end.particle in ("", "의") and not end.comma):
                return _joined_body(words, b, seat.cast, persons)
        someone = _a_persons(end, persons)
        passable = not end.boundary and end.base not in TIME_WORDS and (not someone or _listed(end, words, persons)) \
            or end.particle == "인" and not end.comma \
            or (someone and end.particle in COORDINATING_PARTICLES)  # (`입단한 뒤 김철수와`: later)
        if not passable:
            return None
        k -= 1
    return None


def _listed(word: Word, words: list[Word], persons: list[tuple[int, int]]) -> bool:
    """The word opens the mention of someone listed before the next (`칼리두 쿨리발리와`: its last word takes
    `와`/`과` or a comma), not someone the next words are said of (`쿨리발리 대체자로 김민재를`: Koulibaly's
    replacement)."""
    end = next((e for a, e in persons if a <= word.start < e), None)
    if end is None:
        return False
    last = words[bisect.bisect_left(words, end, key=lambda w: w.start) - 1]
    return last.particle in COORDINATING_PARTICLES or last.comma


def _body_shared(seat: _Seat) -> str | None:
    """`브루클린 네츠에서 제임스 하든, 카이리 어빙과 함께 슈퍼팀을 꾸렸다`, `PSG에서 이강인과 호흡하는`: the
    body named with `에서` right before a member and the people listed with them, the last with `과` and
    then `함께` or `호흡` (`SHARES_BODY`); not a place (`미국에서 김철수와 함께`)."""
    cast, words, m = seat.cast, seat.cast.words, seat.own[0]
    if not may_inherit(seat.person, m.key, cast):
        return None
    persons = _person_spans(cast)
    k = bisect.bisect_left(seat.starts, m.start)
    j = k
    while j < len(words) and words[j].sentence == m.sentence and words[j].particle not in COORDINATING_PARTICLES:
        if words[j].boundary and not (words[j].comma and _a_persons(words[j], persons)):
            return None  # the list goes on with names and commas alone
        j += 1
    if not (j + 1 < len(words) and words[j].particle in COORDINATING_PARTICLES
            and words[j + 1].sentence == m.sentence and words[j + 1].text.lstrip().startswith(SHARES_BODY)):
        return None
    b = k - 1
    while b >= 0 and words[b].sentence == m.sentence and _a_persons(words[b], persons) and not words[b].particle:
        b -= 1  # the people listed before (`제임스 하든,`)
    if b < 0 or words[b].sentence != m.sentence or words[b].particle != "에서" or words[b].base in PLACES:
        return None
    return _joined_body(words, b, cast, persons)


def _teammate(seat: _Seat) -> str | None:
    """`로하스가 MVP에 뽑혔다. 신인상은 … 같은 팀 소형준이 차지했다`, `신민혁은 … 팀 동료인 에릭 페디보다`: someone
    introduced as the teammate (`TEAMMATE_WORDS` right before the name) of the person the sentence is about
    (a person who is its topic or subject before them), or else of the last person named before, within
    the sentence before, shares that person's body."""
    cast, words, m = seat.cast, seat.cast.words, seat.own[0]
    i = seat.i
    if i < 0 or not _teammate_words_end_at(words, i) or not may_inherit(seat.person, m.key, cast):
        return None
    earlier = [x for x in cast.mentions if x.kind == "person" and 0 <= x.key != m.key and x.end <= words[i].start
               and m.sentence - x.sentence <= 1 and cast.people[x.key].kind == "person"]
    if not earlier:
        return None
    subjects = [x for x in earlier if x.sentence == m.sentence and x.particle in SPEAKER_PARTICLES]
    mate = cast.people[max(subjects or earlier, key=lambda x: x.start).key]
    return mate.organization


def _teammate_words_end_at(words: list[Word], i: int) -> bool:
    """Words that say `teammate` end at word `i` and stand right before the next (`같은 팀`, `팀 동료인`)."""
    for phrase in TEAMMATE_WORDS:
        parts = phrase.split()
        first = i - len(parts) + 1
        if first >= 0 and [w.text.strip() for w in words[first:i + 1]] == parts and not any(
                w.comma or w.paren for w in words[first:i + 1]) and words[first].sentence == words[i].sentence:
            return True
    return False


def _join_at(words: list[Word], b: int, member: bool) -> int | None:
    """The index of the last word of a tie (`JOINS_BODY`) to the body that word `b` would name, or None;
    for someone who is no `member`, not a tie that joins only members (`JOINS_ONLY_MEMBERS`)."""
    x = words[b]
    for particles, stems in JOINS_BODY:
        if x.particle not in particles or ("" in particles and not x.particle and x.boundary) \
                or (not member and stems[0] in JOINS_ONLY_MEMBERS):
            continue
        j = b + len(stems)
        if j < len(words) and all(words[b + 1 + t].sentence == x.sentence
                                  and words[b + 1 + t].text.lstrip().startswith(stem) for t, stem in enumerate(stems)):
            undone = j + 1 < len(words) and words[j + 1].text.lstrip().startswith(UNDOES_JOIN)
            return None if undone else j
    return None


def _settled(words: list[Word], j: int) -> bool:
    """The tie that starts at word `j` is a fact: not retrospective (`뛰었던`, `뛰던`), nor a condition
    (`계약하면`)."""
    for w in words[j:j + 3]:
        if w.text.strip().rstrip(",.;:!?…").endswith(("던", "면")):  # (`뛰던,`)
            return False
        if w.verbal or w.modifier:
            break
    return True


def _joined_body(words: list[Word], b: int, cast: Cast, persons: list[tuple[int, int]]) -> str | None:
    """The name of the body that ends with word `b` (`뉴욕 양키스`, `청주 KB`): a name, not a common
    noun, a title or a person, with the names written before it (`부천 하나원큐`)."""
    x = words[b]
    if x.common_noun or _a_persons(x, persons) or split_title(x.base) or not (is_org_word(x) or x.is_proper):
        return None
    first = b
    while first > 0 and b - first < 2 and _name_before_body(words[first - 1], x, persons):
        first -= 1
    body = " ".join(w.base for w in words[first:b + 1])
    body = cast.aliases.get(body, body)
    fuller = [p.name for p in cast.people if p.kind == "org" and p.name.endswith(" " + body)]
    return fuller[0] if len(fuller) == 1 else body  # `현대모비스에 입단했다` in a story about 울산 현대모비스


def _name_before_body(word: Word, body: Word, persons: list[tuple[int, int]]) -> bool:
    """A word of the name of a body before its last word (`부천 하나원큐`, `레알 마드리드`): a name, not a
    kind of body (`실업팀 한빛전선`)."""
    return not word.boundary and word.sentence == body.sentence and not word.common_noun \
        and not _a_persons(word, persons) and (word.is_proper or bool(LATIN.search(word.base))) \
        and word.base not in TIME_WORDS and word.base not in ORG_KIND_NOUNS and not word.base.endswith(LED_TEAM_ENDINGS)


def _person_spans(cast: Cast) -> list[tuple[int, int]]:
    """(start, end) of every mention of a named person."""
    return [(m.start, m.end) for m in cast.mentions if m.kind == "person" and m.key >= 0]


def _a_persons(word: Word, persons: list[tuple[int, int]]) -> bool:
    """The word is part of a mention of a named person (`_person_spans`)."""
    return any(a <= word.start < e for a, e in persons)


def _body_each(seat: _Seat) -> str | None:
    """`주포 박정아와 베테랑 미들블로커 정대영이 … 각각 페퍼저축은행과 GS칼텍스로 떠났다`, `김민재 코치와 정경배 코치는
    각각 한화 이글스와 롯데 자이언츠의 …`, `각각 부산 BNK와 신한은행의 선택을 받은 포워드 김정은(18)과 가드
    허유정(18)`: `각각` ("respectively") pairs two people joined by `와`/`과` with two bodies joined so, in
    order; the person's is the one in their place."""
    words, cast = seat.cast.words, seat.cast
    persons = _person_spans(cast)
    for m in seat.own:
        i = bisect.bisect_left(seat.starts, m.start)
        sentence = [k for k in range(max(0, i - 25), min(len(words), i + 25)) if words[k].sentence == m.sentence]
        each = next((k for k in sentence if words[k].base == "각각" and not words[k].particle), None)
        if each is None:
            continue
        bodies = _two_bodies_after(words, each, cast, persons)
        people = _two_people(cast, m.sentence, seat.starts)
        if bodies and people and seat.own[0].key in people:
            return bodies[people.index(seat.own[0].key)]
    return None


def _two_bodies_after(words: list[Word], each: int, cast: Cast, persons: list[tuple[int, int]]) -> list[str] | None:
    """The two bodies right after `각각`, the first ending in `와`/`과` (`한화 이글스와 롯데 자이언츠의`), or None."""
    ends: list[int] = []
    k = each + 1
    while k < len(words) and len(ends) < 2 and k - each <= 6 and words[k].sentence == words[each].sentence:
        if words[k].boundary:
            ends.append(k)
            if len(ends) == 1 and words[k].particle not in COORDINATING_PARTICLES:
                return None
        k += 1
    if len(ends) < 2:
        return None
    names = [_joined_body(words, e, cast, persons) for e in ends]
    return [n for n in names if n] if all(names) else None


def _two_people(cast: Cast, sentence: int, starts: list[int]) -> list[int] | None:
    """The two people of the sentence joined by `와`/`과` (`박정아와 베테랑 미들블로커 정대영이`: at most
    three words between), in order, or None."""
    mentions = sorted((m for m in cast.mentions if m.kind == "person" and m.key >= 0 and m.sentence == sentence),
                      key=lambda m: m.start)
    for a, b in pairwise(mentions):
        if a.particle in COORDINATING_PARTICLES and a.key != b.key \
                and bisect.bisect_left(starts, b.start) - bisect.bisect_left(starts, a.end) <= 3:
            return [a.key, b.key]
    return None


def _body_of_local_head(seat: _Seat) -> str | None:
    """`윤창식 군수` in a story about 가온군: the county named last before them (only when the story
    names one such body before them: two cities leave it open)."""
    title = seat.person.title
    head_of = LOCAL_HEADS.get(post_of(title))
    if not head_of:
        return None
    i = bisect.bisect_left(seat.starts, seat.own[0].start)
    bodies = {b for b in (_local_body(w, head_of) for w in seat.cast.words[:i]) if b}
    return bodies.pop() if len(bodies) == 1 else None


def _body_of_post_named_before(seat: _Seat) -> str | None:
    """`포드사 최고경영자(CEO)가 … 시사했다. 자크 내서 CEO는`: the body whose holder of the person's post
    the sentence before spoke of without naming anyone (a body, then the post as its subject or topic)."""
    title = seat.person.title
    if not title:
        return None
    post = post_of(title)
    words = seat.cast.words
    first = bisect.bisect_left(seat.starts, seat.own[0].start)
    named = {m.sentence for m in seat.cast.mentions if m.kind == "person"}
    bodies = {words[k - 1].base for k in range(1, first)
              if (words[k].base == post or (words[k].paren or "").strip() == post) and not words[k].used
              and words[k].particle in SPEAKER_PARTICLES and words[k].sentence not in named
              and seat.own[0].sentence - words[k].sentence == 1
              and not words[k - 1].used and not words[k - 1].boundary and words[k - 1].sentence == words[k].sentence
              and len(words[k - 1].base) >= 2 and is_org_word(words[k - 1]) and not name_shaped(words[k - 1].base)}
    return bodies.pop() if len(bodies) == 1 else None  # (`강 작가는`: a surname and a post, no body)


def _council_of_member(seat: _Seat) -> str | None:
    """`선주헌·김대경 의원` after `제9대 영월군의회 후반기 …`: the local council named before them, its name
    a place and `의회` (only when the story names one such council before them; `국회` is none). A seat
    of one level (`군의원`, `군의장`) in a story that names no council sits in the council of the one
    county (city, district, province) it names before them (`강원 화천군 …`, then `신금철 군의장`)."""
    title = seat.person.title
    seat_in = COUNCIL_SEATS.get(post_of(title))
    if not seat_in:
        return None
    i = bisect.bisect_left(seat.starts, seat.own[0].start)
    councils = {w.base for w in seat.cast.words[:i]
                if w.base.endswith(seat_in) and len(w.base) > len(seat_in) + 1 and w.is_hangul and is_org_word(w)}
    level = seat_in[: -len("의회")]
    if councils or not level:
        return councils.pop() if len(councils) == 1 else None
    bodies = {b for b in (_local_body(w, level) for w in seat.cast.words[:i]) if b}
    return bodies.pop() + "의회" if len(bodies) == 1 else None


def _court_of_judge(seat: _Seat) -> str | None:
    """`재판장인 서경민 부장판사는` after `서울남부지법 형사합의11부 심리로 열린 …`: the court named last."""
    title = seat.person.title
    if not (title and title.endswith(JUDGE_TITLES)):
        return None
    return _last_court(seat.cast.words, seat.own[0].start) or None


def _body_of_staff_post(seat: _Seat) -> str | None:
    """`해수부는 맹지환 어업자원정책관을`, `대통령실은 …. 편서린 대변인은`: a post that exists only
    inside a body, held in the body the sentence is about (or the one before, when it opens it)."""
    title = seat.person.title
    if not post_of(title).endswith(STAFF_TITLES):
        return None
    return _topic_body_near(seat)


def _party_of_party_post(seat: _Seat) -> str | None:
    """`서지영 원내대변인`, `황명선 최고위원 후보` in a story that names one party (`권성동 국민의힘 대표 권한대행`):
    a post that exists only in a party (`PARTY_POSTS`), held in that party; None when it names two or none."""
    if not any(word in PARTY_POSTS for word in (seat.person.title or "").split()):
        return None
    parties: dict[str, str] = {}  # the party → how the story first writes it (`민주당`)
    for w in seat.cast.words:
        if _a_party(w.base):
            parties.setdefault(ORG_ALIASES.get(w.base, w.base), w.base)
    return parties.popitem()[1] if len(parties) == 1 else None


def _a_party(base: str) -> bool:
    """A political party's name (`PARTY_NAMES`, or a short name the alias table spells out: `민주당`), or a body
    the gazetteer knows that ends in `당`."""
    return ORG_ALIASES.get(base, base) in PARTY_NAMES or (base.endswith("당") and len(base) >= 3
                                                          and gazetteer().get(base) == "ORG")


def _topic_body_near(seat: _Seat) -> str | None:
    """The body last made a topic before the person's first mention, in its sentence, or in the sentence
    before when the person opens theirs; or None."""
    first = seat.own[0]
    opens = seat.before is None or seat.before.sentence != first.sentence  # the person opens the sentence
    near = [t for t in seat.org_topics if t.start < first.start and (
        t.sentence == first.sentence or (opens and t.sentence == first.sentence - 1))]
    return seat.cast.people[near[-1].key].name if near else None


def _body_of_company_head(seat: _Seat) -> str | None:
    """`금성백조는 2일 … 시무식을 진행했다. 정성욱 회장은 신년사를 통해`: a company's head named with no
    body, in a sentence whose topic is a company or opening the sentence after one, heads that company;
    not a public body's (`검찰은 …. 김 회장은`: `ORG_SPEAKERS`, a ministry, an agency, a town)."""
    title = seat.person.title
    if post_of(title) not in COMPANY_HEAD_TITLES:
        return None
    name = _topic_body_near(seat)
    if name is None or name in ORG_SPEAKERS or name.endswith(_PUBLIC_BODY_ENDINGS) or name in PLACES:
        return None
    return name


#: The endings of public bodies' names (a ministry, an agency, an office, a committee, a court, a town, a
#: party) whose heads a company's title never names; unlike `PUBLIC_BODY_SUFFIXES`, a public corporation
#: (`공사`, `공단`) is a company here, its `사장` its head.
_PUBLIC_BODY_ENDINGS = ("부", "처", "청", "원", "위원회", "위", "검찰", "지검", "경찰", "경찰서", "법원", "시", "도", "군",
                        "구", "당", "국회", "의회")


def _host_of_post(seat: _Seat) -> str | None:
    """`용암초는 9일 … 졸업식을 개최했다. … 김명자 교장은`: a post of a body's own people (`HOST_POSTS`) held
    by someone named with it alone is held in the body their own sentence is about before them (`해남군수협은
    김성주 조합장이`), else in the one the story's first sentence is about, the host, when its name fits the
    post (a school's for `교장`, no public office's for `대표이사`)."""
    post = post_of(seat.person.title)
    if post not in HOST_POSTS and post.endswith("처장") and len(post) > 2:
        post = "처장"  # (`학생처장`: a university's office)
    if post not in HOST_POSTS or not seat.org_topics:
        return None
    if seat.before is not None and seat.before.sentence == seat.own[0].sentence and seat.before.particle == "의":
        return None  # (`크레스트라인 라이브의 라이언 홀러웨이 부사장`: an owner written before them)
    first = seat.own[0]
    here = [m for m in seat.org_topics if m.sentence == first.sentence and m.start < first.start]
    lead = here[0] if here else seat.org_topics[0]
    if not here and (lead.sentence > seat.cast.words[0].sentence + 1 or lead.start > first.start):
        return None
    host = seat.cast.people[lead.key].name
    endings = HOST_POSTS[post]
    if endings:
        return host if host.endswith(endings) and len(host) > 2 else None
    if host in ORG_SPEAKERS or host.endswith((*_PUBLIC_BODY_ENDINGS, *SCHOOL_ENDINGS, *UNIVERSITY_ENDINGS)) \
            or host in PLACES:
        return None
    return host


def _body_in_title(seat: _Seat) -> str | None:
    """`이주영 해양수산부장관`, `심대평 지방자치발전위원장`, `신인령 전 이대총장`: the body a head's title is
    written onto, when nothing else gives one (`names.fused_body`); a post chained after it keeps it
    (`국세청장 후보자`)."""
    for word in reversed((seat.person.title or "").split()):
        body = fused_body(word)
        if body:
            return body
    return None


#: Where a person's organisation can come from when the article does not give it next to the name,
#: tried in order: each gives the organisation, or None when it does not apply.
_ORGANISATION_SOURCES: tuple[Callable[[_Seat], str | None], ...] = (
    _body_right_before,
    _body_before_list,
    _kind_and_name_before,
    _body_pointed_at,
    _committee_of_chair,
    _company_pointed_at,
    _body_before_genitive,
    _body_the_head_owns,
    _agency_named_after,
    _led_organisation,
    _body_the_clause_describes,
    _body_the_object_clause_describes,
    _body_led_before,
    _body_joined,
    _body_shared,
    _teammate,
    _body_each,
    _body_of_local_head,
    _council_of_member,
    _court_of_judge,
    _body_of_staff_post,
    _party_of_party_post,
    _body_of_company_head,
    _body_in_title,
    _body_of_post_named_before,
    _coachs_player,
    _host_of_post,
)


def may_inherit(person: Participant, key: int, cast: Cast) -> bool:
    """Whether a person may belong to a body the story is about: people without a title or with a
    member's title (`주전 가드 서명진`), not a minister next to a company, nor a private person
    (`사과 농민 도기석(68)씨`)."""
    return not (person.title and not person.title.endswith(MEMBER_TITLES) or key in cast.private)


def _topic_body(own: list[Mention], org_topics: list[Mention], cast: Cast, before: int = 2) -> str | None:
    """The body that is the topic of the sentence of a person's mention or of the `before` sentences
    before it, named before them (`KT는 곧바로 손동현을 투입해`: KT), or None."""
    found = None
    for m in own:
        for topic in org_topics:
            if m.sentence - before <= topic.sentence <= m.sentence and topic.start < m.start:
                found = _topic_name(topic, cast) or found
        if found:
            break
    return found


def _topic_name(topic: Mention, cast: Cast) -> str | None:
    """The name of the body a topic mention is of, when it may be a team's or a company's: Latin letters
    or two syllables or more (`KT`, `한화`; not `팀`)."""
    name = cast.people[topic.key].name
    return name if LATIN.search(name) or len(name.replace(" ", "")) >= 2 else None


def _paragraph_topic(first: Mention, org_topics: list[Mention], paragraphs: dict[int, int] | None,
                     cast: Cast) -> str | None:
    """`반면에 kt는 … 무릎을 꿇었다. 무엇보다 … 부상을 당한 강백호의 빈자리가`: the body last made a topic
    before a person's first mention in the paragraph of it, however many sentences before (a paragraph
    keeps to one side of the story); None when there is none. `paragraphs`: sentence index → paragraph,
    None when the article is one paragraph, which says nothing about where a side's part begins."""
    if paragraphs is None:
        return None
    here = paragraphs.get(first.sentence)
    found = None
    for topic in org_topics:
        if topic.start < first.start and paragraphs.get(topic.sentence) == here:
            found = _topic_name(topic, cast) or found
    return found


def _merge_org_abbreviations(cast: Cast) -> None:
    """`맨유` for `맨체스터 유나이티드`: an organisation written as the first syllables of another's
    words is the same body (Korean abbreviation); so is a team's sponsor name or city alone (`한화` for
    `한화 이글스`, `제주` for `제주 유나이티드`)."""
    orgs = [(i, p) for i, p in enumerate(cast.people) if p.kind == "org"]
    long_forms = {"".join(part[0] for part in p.name.split()): i for i, p in orgs if " " in p.name}
    for i, p in orgs:
        # `한화` for `한화 이글스`, `제주` for `제주 유나이티드`: a team's sponsor name or city alone is the team
        words = p.name.split()
        if len(words) >= 2 and words[-1].endswith(TEAM_NICKNAMES):
            long_forms.setdefault(" ".join(words[:-1]), i)
    for i, p in orgs:
        target = long_forms.get(p.name)
        if target is not None and target != i:
            for m in cast.mentions:
                if m.key == i:
                    m.key = target
            p.kind = "merged"
