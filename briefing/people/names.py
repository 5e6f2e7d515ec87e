"""Words and what they look like: the eojeol of a sentence outside quotation marks, and the
classifiers that tell names, titles and organisations apart.

Kiwi's tags help (particles, proper nouns) but are not trusted alone: it splits some names
(정신아 → 정신/NNG 아/NNG), reads unknown names as common nouns (차헌호/NNG) and calls some common
nouns names. So a name also has to look like one: a surname and given-name syllables
(`name_shaped`), or syllables that transliterations have and Sino-Korean words lack
(`looks_transliterated`). All the knowledge is in `lexicon`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..entities.model import gazetteer
from ..lexicon.bodies import (
    BODY_KIND_NOUNS,
    DEPARTMENT_SUFFIXES,
    EVENT_SUFFIXES,
    FOREIGN_ARTICLES,
    FUSED_HEADS,
    FUSED_MINISTERS,
    FUSED_SCHOOL_HEADS,
    KNOWN_BODY_NAMES,
    LONG_ORG_SUFFIXES,
    ORG_ALIASES,
    ORG_KIND_NOUNS,
    ORG_SPEAKERS,
    ORG_SUFFIXES,
    ORG_SUFFIXES_STRICT,
    TITLE_BODIES,
    TITLE_ORG_SUFFIXES,
    WORK_NOUNS,
)
from ..lexicon.grammar import ABOUT_WORDS, DETERMINERS, GLUED_PARTICLES, PARTICLES, TIME_WORDS
from ..lexicon.news import EXCLUDED_TITLES
from ..lexicon.people import (
    ANONYMOUS_HONORIFICS,
    GIVEN_NAME_SYLLABLES,
    GIVEN_NAMES_IN_DO,
    HONORIFICS,
    NAME_SHAPED_NOUNS,
    NOT_NAME_SUFFIXES,
    POSTS,
    SURNAMES_1,
    SURNAMES_2,
    TITLE_HONORIFIC,
    TITLE_LOOKALIKES,
    TITLE_MODIFIERS,
    TITLE_SET,
    TITLES,
)
from ..lexicon.places import COUNTRY_SHORT_NAMES, DISTRICT_ENDINGS, PLACES, RELATIVE_PLACES
from ..models import Morpheme, Sentence

_TITLE_LENGTHS = sorted({len(t) for t in TITLES}, reverse=True)
_EXCLUDED_TUPLE = tuple(EXCLUDED_TITLES)
_PARTICLE_SET = frozenset(PARTICLES)
HANGUL_WORD = re.compile(r"^[가-힣]+$")
NAME_CHARS = re.compile(r"^[가-힣](?:[가-힣'’\-]*[가-힣])?$")
LATIN = re.compile(r"[A-Za-z]")
#: List bullets (`▲ 기획조정실장 홍길동 ▲ 복지국장 서미란`, `◇ 전보`): no words; each ends the item before it.
_BULLETS = "▲△◇◆■□●○•▶▷►"
_BULLET_SET = frozenset(_BULLETS)
#: (a comma written right onto the next Hangul word ends the word before it: `윤병길, 정현주,김항대 의원이`; not a
#: comma between digits, `1,000`)
_WORD_CHUNK = rf"(?:[^\s(（=|/\[\]【】<>《》〈〉·:,{_BULLETS}]|,(?![가-힣]))+(?:,(?=[가-힣]))?"
_WORD_PAREN = r"[(（][^()（）\n]{0,60}[)）]"
#: A word: chunks and parentheses, no space between; a hyphen right after a parenthesis, before a letter,
#: separates two words (a line-up: `테일러 워드(우익수)-마이크 트라웃(지명타자)-…`, `최정(36)-한유섬(35)`).
_WORD = re.compile(rf"(?:(?!-[가-힣A-Za-z]){_WORD_CHUNK}|{_WORD_PAREN})(?:(?<!,){_WORD_PAREN}|(?<![)）,]){_WORD_CHUNK}"
                   rf"|(?<=[)）])(?!-[가-힣A-Za-z]){_WORD_CHUNK})*")
_PAREN = re.compile(r"[(（]([^()（）\n]{0,60})[)）]")
#: A parenthesis that spells the name before it in Latin letters or hanja (`와일더(Ryan Wilder)`,
#: `왕젠궈(王建國)`), maybe with the age after it (`제임스 박(James Park·48)`): a gloss, not a body.
#: An abbreviation (`월스트리트저널(WSJ)`) is no gloss: it names the body an alias.
_NAME_GLOSS = re.compile(
    r"^\s*(?:[A-Z][a-z][A-Za-z'\-]*\.?(?:\s+[A-Za-z][A-Za-z'\-]*\.?){0,3}|[\u3400-\u9fff]{2,6})"
    r"\s*(?:[·,]\s*(\d{1,3}))?\s*$")
_EDGE_PUNCT = "‘’'`\"“”[]「」『』<>《》〈〉,.:;!?…·~-"
_EDGE = _EDGE_PUNCT + " "  # stripped from both ends of a word and of its parts
_COMMAS = (",", "、", "，")
#: Marks that end the noun phrase of the word before them: brackets and the separators of bylines,
#: captions and labels (`[스포티비뉴스=박주성 기자, 영상 뉴스제작 팀]`, `사진=연합뉴스`).
_CLOSERS = frozenset("[]【】<>《》〈〉=|:")
#: Marks that close a span in quotation marks (a title of a work, a term: `‘새벽의 항구’의`).
_CLOSING_MARKS = ("’", "”", "」", "』", "'", '"')
_CLOSING_CHARS = "".join(_CLOSING_MARKS)
_OPENING_MARK = {"’": "‘", "”": "“", "」": "「", "』": "『", "'": "'", '"': '"'}
_SENTENCE_PUNCT = " ,.:;!?…~"
_LIST_SEPARATORS = ("·", "/", "、")
#: Any list separator or bullet (`_comma_follows` looks for one after a word).
_LIST_MARK = re.compile("[" + re.escape("".join(_LIST_SEPARATORS) + _BULLETS) + "]")
#: Tags of the morphemes that make a word a verb or adjective form (a clause boundary), with the
#: variants Kiwi gives stems whose conjugation it resolved (`받았다` → 받/VV-R, `들었다` → 듣/VV-I: `-R`
#: regular, `-I` irregular).
_VERBAL_TAGS = frozenset({"VCN"} | {f"{tag}{variant}" for tag in ("VV", "VA", "VX", "XSV", "XSA")
                                     for variant in ("", "-R", "-I")})
#: Copula / particle tags stripped from the end of a word to find its particle.
_ENDING_TAGS = ("J", "VCP", "EF", "EC", "ETM", "EP", "SF", "SP", "SS", "SW")
#: Tags of the morphemes left out of `Word.tags`: particles, symbols, endings, the copula.
_NON_CONTENT_TAGS = ("J", "S", "E", "VCP")


class _TagStartsWith(dict):
    """tag → whether it starts with one of `prefixes`, worked out once per tag: Kiwi has a few
    dozen tags, an article thousands of morphemes."""

    __slots__ = ("prefixes",)

    def __init__(self, prefixes: tuple[str, ...]) -> None:
        super().__init__()
        self.prefixes = prefixes

    def __missing__(self, tag: str) -> bool:
        result = self[tag] = tag.startswith(self.prefixes)
        return result


_IS_ENDING = _TagStartsWith(_ENDING_TAGS)
_IS_NON_CONTENT = _TagStartsWith(_NON_CONTENT_TAGS)
_IS_SYMBOL = _TagStartsWith(("S",))
_IS_EOMI = _TagStartsWith(("E",))  # an ending (eomi)
#: Tags of a word that is all proper noun (foreign letters, hanja and numbers included).
_PROPER_TAGS = frozenset({"NNP", "SL", "SH", "SN"})


@dataclass(slots=True)
class Word:
    """An eojeol outside quotes: `base` without its trailing particle, `paren` its parenthesis."""

    text: str
    start: int
    end: int
    base: str
    particle: str
    paren: str | None
    tags: list[str]  # content morphemes (particles, endings and punctuation left out)
    comma: bool  # a comma or list separator follows
    sentence: int
    glued: bool = False  # starts right after a closing quotation mark: a quotative ending
    verbal: bool = False  # a verb or adjective form: a clause boundary
    modifier: bool = False  # ends in an adnominal ending (`전제한`, `이끄는`): the clause goes on
    odd: bool = False  # Kiwi split it oddly (`간다` → 간/NNG 다/MAG, `마마니` → 마마/NNG 이/VCP 니/EC)
    misparsed: bool = False  # Kiwi found an ending in it that is no particle (`마마니`)
    index: int = 0
    used: bool = False
    work_title: bool = False  # ends the title of a work in quotation marks (`영화 ‘새벽의 항구’의`): no body
    glossed: bool = False  # a name spelled out in a parenthesis after it (`와일더(Ryan Wilder)`): the name ends here
    #: Its base is a common noun of Kiwi's dictionary (`지배력`, `수상`), alone or with a derivational
    #: suffix (`점유율` = 점유 + 율, `독점적`), not a word Kiwi guessed at: no name.
    common_noun: bool = False
    #: A bracket, `=`, `|` or `:` follows (`[… 뉴스제작 팀] 손흥민과`, `사진=연합뉴스`): the phrase ends here.
    closed: bool = False
    #: The paragraph of its sentence (`Sentence.paragraph`), set when the cast takes the word.
    paragraph: int = 0

    @property
    def is_hangul(self) -> bool:
        return bool(HANGUL_WORD.match(self.base))

    @property
    def is_proper(self) -> bool:
        return bool(self.tags) and _PROPER_TAGS.issuperset(self.tags)

    @property
    def boundary(self) -> bool:
        """The word ends a noun phrase: a particle, a comma, a verb form, a quotative ending, or a
        bracket or separator after it."""
        return bool(self.particle) or self.comma or self.verbal or self.glued or self.closed


#: A nickname or handle in quotation marks, one word and nothing after it (`'페이커'`, `‘카나비’`).
QUOTED_NICKNAME = re.compile(r"^['‘\"“]([^'’\"”\s]{1,10})['’\"”]$")


#: Closing quotation marks (an epithet's end: `‘골프 황제’`).
_CLOSING_QUOTES = ("’", "'", "”", '"')
#: Opening quotation marks.
OPENING_QUOTES = ("‘", "'", "“", '"')


def closes_epithet(word: Word) -> bool:
    """`‘골프 황제’ 타이거 우즈`, `‘농구대통령’ 허재를`, `‘피겨 여왕’ 김연아가`: a word that closes a span in
    quotation marks, with no particle after it, before a name is an epithet the story gives the person,
    never their title (a title is not written in quotation marks)."""
    return not word.particle and word.text.rstrip().endswith(_CLOSING_QUOTES)


def quoted_nickname(word: Word) -> str | None:
    """The nickname a word in quotation marks is (`‘카나비’` → 카나비), or None."""
    match = QUOTED_NICKNAME.match(word.text.strip())
    return match.group(1) if match else None


#: A person the article keeps anonymous: `A씨`, `이모`, `김모씨` (a surname and 모 = "a certain").
ANONYMIZED = re.compile(r"^(?:[A-Z]|[가-힣]모)(?:" + "|".join(ANONYMOUS_HONORIFICS) + ")?$")


def honorific_after_paren(word: Word) -> str:
    """The honorific written right after a word's parenthesis (`이모(34)씨는` → `씨`), or ''."""
    if not word.paren:
        return ""
    rest = word.text[max(word.text.rfind(")"), word.text.rfind("）")) + 1:]
    return next((h for h in HONORIFICS if rest.startswith(h) and word.base.endswith(h)), "")


#: The middle dots outlets type between a name's age and club (`이예원(20‧KB금융그룹)`, `ㆍ`, `・`, `∙`),
#: each read as the one `·` the readers of words and parentheses split at; one character for one, so
#: offsets hold.
_MIDDLE_DOTS = str.maketrans("\u2027\u318d\u30fb\u2219\u22c5\uff65", "······")
#: Any of those dots: `str.translate` looks up every character of the text, so it runs only on the
#: few texts that have one.
_ANY_MIDDLE_DOT = re.compile("[\u2027\u318d\u30fb\u2219\u22c5\uff65]")
#: `이시대(56.양지리)씨`: a full stop typed for the middle dot after an age that opens a parenthesis,
#: before a place or a body; read as `·` (one character for one).
_AGE_PERIOD = re.compile(r"(?:(?<=\(\d)|(?<=\(\d\d)|(?<=\(\d\d\d))\.(?=[가-힣])")
#: `최정(36)-한유섬(35)`, `이윤정-안예림`: a hyphen after an age, or between two Korean full names.
_LINEUP_HYPHEN = re.compile(r"(?:\)|(?<![가-힣])([가-힣])[가-힣]{2})-(?=([가-힣])[가-힣]{2}(?![가-힣]{2}))")


def _lineup_separator(m: re.Match[str]) -> str:
    """The hyphen as a list separator where both sides are names of a lineup (`베버-하르트만`, a
    double surname, and `전북-인천`, two teams, stay as written)."""
    left, right = m.group(1), m.group(2)
    if m.group(0).startswith(")") or (left in SURNAMES_1 and right in SURNAMES_1):
        return m.group(0)[:-1] + "·"
    return m.group(0)


def masked_text(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with every (start, end) span (the quotations, marks included) blanked out, and its
    middle dots written one way (`_MIDDLE_DOTS`), and a hyphen between two Korean words read as one too
    (`최정(36)-한유섬(35)`, `이윤정-안예림`: names in a lineup, each a word of its own)."""
    if _ANY_MIDDLE_DOT.search(text):
        text = text.translate(_MIDDLE_DOTS)
    if "-" in text:
        text = _LINEUP_HYPHEN.sub(_lineup_separator, text)
    if "(" in text:
        text = _AGE_PERIOD.sub("·", text)
    if not spans:
        return text
    parts: list[str] = []
    pos = 0
    for a, b in sorted(spans):
        a = max(a, pos)
        parts.append(text[pos:a])
        blank = text[a:b]
        parts.append(re.sub(r"[^\n]", " ", blank) if "\n" in blank else " " * len(blank))
        pos = max(pos, b)
    parts.append(text[pos:])
    return "".join(parts)


class _Reading(NamedTuple):
    """A sentence as `words_of` reads it: its masked text, the starts and tags of its morphemes, and
    the offsets where a word starts right after a closing quotation mark (`“…”라며`)."""

    sentence: Sentence
    segment: str
    starts: list[int]
    tags: list[str]
    quote_ends: frozenset[int] | set[int]
    #: whether the segment has a list separator or a bullet at all: where it has none (most
    #: sentences), only a comma can end a word's item (`_comma_follows`)
    marks: bool


#: A word as written, cut into its base (`이모`), particle (`는`) and parenthesis (`34` of
#: `이모(34)씨는`; None: none, or a name gloss without an age), with the name gloss if it has one
#: (`와일더(Ryan Wilder)`) and the morphemes inside it and their tags (the parenthesis left out). A
#: plain tuple, unpacked at once: a named one costs more to make, once a word.
_Parts = tuple[str, str, str | None, re.Match[str] | None, list[Morpheme], list[str]]


def words_of(sentence: Sentence, masked: str, quote_ends: frozenset[int] | set[int] = frozenset()) -> list[Word]:
    """The words of one sentence, read from the masked text, with particles split off by Kiwi tags."""
    out: list[Word] = []
    morphs = sentence.morphemes
    segment = masked[sentence.start:sentence.end]
    reading = _Reading(sentence, segment, [m.start for m in morphs], [m.tag for m in morphs], quote_ends,
                       _LIST_MARK.search(segment) is not None)
    for m in _WORD.finditer(reading.segment):
        _read_word(m, reading, out)
    for i, word in enumerate(out):
        if word.base.endswith(TITLE_HONORIFIC):
            _drop_title_honorific(word)
        if word.particle == "도" and word.base + "도" in GIVEN_NAMES_IN_DO and i + 1 < len(out) \
                and not word.comma and not out[i + 1].verbal and HANGUL_WORD.match(out[i + 1].base):
            word.base, word.particle = word.base + "도", ""  # `리어나도 디캐프리오의`: the given name, whole
        elif word.particle == "와" and i + 1 < len(out) and _family_name_in_wa(word, out[i + 1]):
            word.base, word.particle = word.base + "와", ""  # `하세가와 요헤이가`: the family name, whole
        elif _particle_glued_to_title(word):
            word.base, word.particle = word.base[:-1], word.base[-1]  # `하나은행장도`: 하나은행장 + 도
        if word.paren and PHOTO_POSITION.match(word.paren):
            word.paren = None  # `신상훈(왼쪽) 신한지주 사장`: where they stand in the photo, nothing of them
    return out


#: Where someone stands in the photo beside the story, in parentheses after their name (`(왼쪽)`,
#: `(오른쪽 두 번째)`, `(사진 가운데)`, `(앞줄 왼쪽부터)`).
PHOTO_POSITION = re.compile(r"^\s*(?=\S)(?:사진\s*)?(?:앞줄|뒷줄|윗줄|아랫줄)?\s*(?:왼쪽|오른쪽|가운데|중앙|좌|우)?\s*(?:부터|에서)?"
                            r"\s*(?:(?:\d|첫|두|세|네|다섯|여섯)\s*번째)?\s*$")


#: Particles Kiwi sometimes leaves on a title it reads as one noun (`하나은행장도/NNG`).
_GLUED_PARTICLES = "도은는이가"


def _particle_glued_to_title(word: Word) -> bool:
    """`같은 날 이호성 하나은행장도 취임식을 열고`: a title (with the body written onto it) that Kiwi
    read as one noun with its particle; never a word that is a title whole (`작가`, `전문가`)."""
    base = word.base
    return not word.particle and len(base) >= 3 and base[-1] in _GLUED_PARTICLES and len(word.tags) == 1 \
        and word.tags[0] in ("NNG", "NNP") and not word.paren and not split_title(base) \
        and bool(split_title(base[:-1]))


def _family_name_in_wa(word: Word, nxt: Word) -> bool:
    """`하세가와 요헤이가`, `요시카와 겐타는`: a Japanese family name in `-가와` / `-카와` ("river"), which
    Kiwi reads as a proper noun and the particle `와` ("and"), before a given name: both proper nouns
    or odd pieces as Kiwi reads them, no place (`코스타리카와 파나마`), no clause after `와` (`아프리카와
    인접한`), and a transliterated syllable in one of them (`사업가와 결혼했다`: neither). The stem is
    three syllables or more: two-syllable ones are words as often (`모카와 라테`), and Kiwi reads the
    common family names of that length whole (`유카와`, `오가와`)."""
    stem = word.base
    return len(stem) >= 3 and stem[-1] in "가카" and not word.comma and not nxt.verbal and not nxt.modifier \
        and ("NNP" in word.tags or word.odd) and ("NNP" in nxt.tags or nxt.odd) \
        and HANGUL_WORD.match(nxt.base) is not None and stem + "와" not in PLACES and stem not in PLACES \
        and nxt.base not in PLACES and (looks_transliterated(stem) or looks_transliterated(nxt.base))


def _drop_title_honorific(word: Word) -> None:
    """`감독님께서는` → `감독` + `께서는`: the honorific `님` on a title word (respectful speech in
    interviews) is no part of the title; the word (its base ending in `님`) is the title and its particle."""
    title = word.base[: -len(TITLE_HONORIFIC)]
    if title and split_title(title) == (None, title):
        word.base = title


def _read_word(m: re.Match[str], reading: _Reading, out: list[Word]) -> None:
    """Appends to `out` the word that the match `m` of `_WORD` is (`검찰은`, `이모(34)씨는`), or the
    name and the honorific word of `최영민씨는`, with what each looks like (`verbal`, `odd`, …);
    nothing for punctuation alone."""
    raw = m.group(0)
    m_start, m_end = m.span()
    start = reading.sentence.start + m_start
    end = reading.sentence.start + m_end
    comma = _comma_follows(raw, reading.segment, m_end) if reading.marks else raw.endswith(_COMMAS)
    paren_match = _PAREN.search(raw) if "(" in raw or "（" in raw else None
    lo = bisect.bisect_left(reading.starts, start)
    hi = bisect.bisect_left(reading.starts, end, lo)
    inner = reading.sentence.morphemes[lo:hi]
    all_tags = reading.tags[lo:hi]
    parts = _parts_with_paren(raw, start, paren_match, inner) if paren_match \
        else _parts_without_paren(raw, start, inner, all_tags)
    if parts is None:
        return
    base, particle, paren, gloss, inner, all_tags = parts
    if not base and not particle:
        return
    tags = [t for t in all_tags if not _IS_NON_CONTENT[t]]
    if not particle and len(inner) == 1:
        base, particle, tags = _name_with_glued_particle(base, particle, tags, inner[0])
    elif not particle and len(base) == 4 and base[3] == "이" and inner and inner[-1].tag == "XSN" \
            and inner[-1].form == "이" and name_shaped(base[:3]):
        base, particle, tags = base[:3], "이", ["NNP"]  # `김재윤이` (김/NNP 재/XPN 윤/NNG 이/XSN): a full name and
        # the subject's particle, which Kiwi took for the suffix of a given name (`재윤이`)
    verbal = False
    if not particle and "VCP" in all_tags and "EP" in all_tags:
        verbal = True  # `수준이었으나`: a noun with the copula in a tense (이었, 였) is a clause's predicate
    elif not _VERBAL_TAGS.isdisjoint(all_tags):  # (most words: no verb's or adjective's tag at all)
        verbal, tags = _verbal(base, particle, comma, tags, all_tags, out)
    # (`돌아가는,`: the adnominal ending before a comma still makes it one)
    modifier = bool(all_tags) and (all_tags[-1] == "ETM" or (comma and len(all_tags) >= 2 and all_tags[-2] == "ETM"))
    misparsed = not particle and not verbal \
        and len(tags) < len([t for t in all_tags if not _IS_SYMBOL[t]])
    odd = (not particle and len(tags) >= 2) or misparsed
    if paren is None and base.endswith("씨") and _name_with_ssi(base, tags):
        out.extend(_name_and_word_after(raw, start, end, base[:-1], "씨", ["NNB"], particle, comma, reading))
        return
    glued = _GLUED_LATIN_TITLE.fullmatch(base) if paren is None and base[-1:].isupper() else None
    if glued and name_shaped(glued.group(1)):
        out.extend(_name_and_word_after(raw, start, end, glued.group(1), glued.group(2), ["SL"], particle, comma,
                                        reading))
        return
    # positional (glued, verbal, modifier, odd, misparsed last): keywords cost more, per word
    word = Word(raw, start, end, base, particle, paren, tags, comma, reading.sentence.index,
                start in reading.quote_ends, verbal, modifier, odd, misparsed)
    out.append(word)
    if paren_match and gloss:
        word.glossed = True
    if reading.segment[m_end:m_end + 2].lstrip()[:1] in _CLOSERS:
        word.closed = True
    # (no noun of Kiwi's dictionary without an NNG; no closing quotation mark in a word of letters alone)
    # (where the base ends: after an opening mark written onto the word, `'단일화 후보'`, one place further)
    word.common_noun = bool(base) and "NNG" in all_tags and _common_noun(base, inner, start + max(raw.find(base), 0) + len(base))
    if paren is None and (not raw.isalnum() and _ends_work_title(out, raw, particle) or _names_a_part(base)):
        word.work_title = True


def _common_noun(base: str, morphemes: list[Morpheme], end: int) -> bool:
    """`지배력`, `점유율` (점유/NNG 율/XSN), `무승부` (무/XPN 승부/NNG): one noun Kiwi knows, with a
    derivational prefix, suffix or neither (the morphemes that start before `end`, where `base` ends)."""
    content = [x for x in morphemes if x.start < end and not _IS_NON_CONTENT[x.tag]]
    if len(content) >= 2 and content[0].tag == "XPN":
        prefix, content = content[0].form, content[1:]  # `무승부` (무/XPN 승부/NNG): a prefix before the noun
        base = base[len(prefix):] if base.startswith(prefix) else ""
    if not content or len(content) > 2 or content[0].tag != "NNG" or content[0].unknown:
        return False
    if len(content) == 1:
        return content[0].form == base
    return content[1].tag == "XSN" and content[0].form + content[1].form == base


def _comma_follows(raw: str, segment: str, end: int) -> bool:
    """Whether the word `raw` (ending at `end` in `segment`) ends an item of a list: a comma
    (`서울시장,`), a list separator (`김민지·`) or a bullet (`… ▲ 복지국장`) after it. (A match of
    `_WORD` never ends in a space.)"""
    return raw.endswith(_COMMAS) or segment[end:end + 1] in _LIST_SEPARATORS \
        or segment[end:end + 3].lstrip()[:1] in _BULLET_SET \
        or (raw.endswith((")", "）")) and segment[end:end + 1] == "-")  # (a line-up: `워드(우익수)-마이크 …`)


def _parts_with_paren(raw: str, start: int, paren_match: re.Match[str], inner: list[Morpheme]) -> _Parts:
    """A word with a parenthesis: `이모(34)씨는` (the particle after the parenthesis is still a
    particle), `와일더(Ryan Wilder)는` (a name gloss: the age in it, if any, is the parenthesis),
    `월스트리트저널(WSJ)은`. The morphemes inside the parenthesis are left out."""
    paren = paren_match.group(1).strip()
    head = raw[:paren_match.start()].strip(_EDGE)
    gloss = _NAME_GLOSS.match(paren) if head else None
    if gloss:
        paren = gloss.group(1)  # the age, or no parenthesis
    tail = raw[paren_match.end():].strip(_EDGE)
    particle = tail if tail in _PARTICLE_SET else ""
    base = head if (not tail or particle) else head + tail
    paren_from = start + paren_match.start()
    paren_to = start + paren_match.end()
    inner = [x for x in inner if not paren_from <= x.start < paren_to]
    all_tags = [x.tag for x in inner]
    if tail and not particle and raw[paren_match.end():].startswith(tail[0]):
        # `이모(34)씨는`: the particle after the parenthesis is still a particle
        after = [x for x in inner if x.start >= paren_to]
        particle = _particle_from_tags(tail, start + paren_match.end(), after, [x.tag for x in after])
        if not particle and after and after[0].tag.startswith("J") and all(_IS_ENDING[x.tag] for x in after):
            particle = tail  # `이경훈(32)뿐이다` (뿐/JX 이/VCP 다/EF): all of it is the particle
        if particle:
            base = head + tail[: len(tail) - len(particle)]
    return base, particle, paren, gloss, inner, all_tags


def _parts_without_paren(raw: str, start: int, inner: list[Morpheme], all_tags: list[str]) -> _Parts | None:
    """A word without a parenthesis, its edge punctuation stripped: `검찰은` → `검찰` + `은`;
    `감염내과` keeps its `과` (a department, not `감염내` + `과` "and"); None for punctuation alone."""
    unopened = raw.lstrip(_EDGE)
    clean = unopened.rstrip(_EDGE)
    if not clean:
        return None
    clean_start = start + len(raw) - len(unopened)
    particle = _particle_from_tags(clean, clean_start, inner, all_tags)
    if particle == "과" and clean.endswith(DEPARTMENT_SUFFIXES):
        particle = ""  # `감염내과`: a department, not `감염내` + `과` ("and")
    elif particle == "은은":
        particle = "은"  # `신상은은`: a name ending in 은 (신상/NNG 은은), then the topic particle
    base = clean[: len(clean) - len(particle)].strip(_EDGE) if particle else clean
    return base, particle, None, None, inner, all_tags


def _name_with_glued_particle(base: str, particle: str, tags: list[str],
                              morpheme: Morpheme) -> tuple[str, str, list[str]]:
    """`손아섭의`: Kiwi sometimes reads an unknown name with its particle as one noun; the name, the
    particle and a proper noun's tag then. `쿨리아칸의 감독`: so too a proper noun it guessed with the
    genitive after it (one it knows keeps its `의`: `손정의`, `최고인민회의`). Otherwise `base`, `particle`
    and `tags` as they are. For a word of one morpheme (`morpheme`) without a particle."""
    if morpheme.tag in ("NNP", "NNG") and len(base) == 4 \
            and base[3] in GLUED_PARTICLES and name_shaped(base[:3]) \
            and not base.endswith(DEPARTMENT_SUFFIXES):
        return base[:3], base[3], ["NNP"]
    if morpheme.tag == "NNP" and morpheme.unknown and len(base) >= 3 and base.endswith("의"):
        return base[:-1], "의", tags
    return base, particle, tags


def _verbal(base: str, particle: str, comma: bool, tags: list[str], all_tags: list[str],
            out: list[Word]) -> tuple[bool, list[str]]:
    """Whether a word is a verb or adjective form (a clause boundary), and its tags: Kiwi's verb
    readings of names and bodies (`장창하`, `한나`, `사단법인 나눔`, `새온그룹`) are taken back, the
    first that fits deciding; `out` is the words before it. For a word with a verb's or adjective's tag
    (`_VERBAL_TAGS`)."""
    unended = not any(map(_IS_EOMI.__getitem__, all_tags))  # (most verb forms have an ending)
    if unended and all_tags[-1] in ("XSA", "XSV") and name_shaped(base):
        # `장창하 미사일총국장`: a verb needs an ending, so a name ending in 하 that Kiwi split as a
        # stem and a bare suffix (장/NNP 창/NNG 하/XSA) is a name
        return False, ["NNP"]
    if unended and all_tags[-1] in _VERBAL_TAGS:
        return False, tags  # `한나` read as 한/MM 나/VV: a verb stem never ends a word, so it is no verb
    if not particle and not comma and out and out[-1].base in ORG_KIND_NOUNS and not out[-1].boundary:
        return False, ["NNP"]  # `사단법인 나눔`: the word after a legal form is the firm's name
    if not particle and tags[-1:] in (["NNG"], ["NNP"]) and base.endswith(LONG_ORG_SUFFIXES):
        return False, tags  # `새온그룹` read as 새/VV 오/VX ㄴ 그룹/NNG: a body's name, not a verb
    return True, tags


def _name_with_ssi(base: str, tags: list[str]) -> bool:
    """`공인중개사 최영민씨는`: a name with `씨` glued on, even one ending like a body (`전재국씨는`: `씨` is
    for people); `최씨는`: a surname alone with it; `베넷씨는`: a proper noun Kiwi reads before `씨` as
    the bound noun (`base` ends in `씨`)."""
    return not ANONYMIZED.match(base) and (
        (4 <= len(base) <= 5 and tags[:1] == ["NNP"] and name_shaped(base[:-1], body_ending=True))
        or base[:-1] in SURNAMES_1 or base[:-1] in SURNAMES_2
        # `올리버 베넷씨는`, `리지씨가`: a proper noun, then `씨` as Kiwi's bound noun (not `아저씨`, one noun)
        or (len(base) >= 3 and tags == ["NNP", "NNB"] and HANGUL_WORD.match(base) is not None))


def _name_and_word_after(raw: str, start: int, end: int, name: str, after: str, after_tags: list[str],
                         particle: str, comma: bool, reading: _Reading) -> list[Word]:
    """One written word read as two: the name, then the word glued after it with the particle
    (`최영민씨는` as `최영민 씨는`, `최씨는` as `최 씨는`; `김영희PD는` as `김영희 PD는`)."""
    name_end = start + raw.index(name) + len(name)
    index = reading.sentence.index
    return [Word(raw[:name_end - start], start, name_end, name, "", None, ["NNP"], False, index,
                 start in reading.quote_ends),
            Word(raw[name_end - start:], name_end, end, after, particle, None, after_tags, comma, index)]


#: A Korean name with a title in capitals glued on (`김영희PD는`, `나영석PD가`): the name, the title.
_GLUED_LATIN_TITLE = re.compile(r"([가-힣]{2,4})(PD|CP|CEO|CFO|CTO|MC|DJ)")


#: The word for the part an actor plays, after the character's name (`강영화 역을`, `옥주 역으로`) or written
#: onto it (`장세종역의`, `‘상우’역의`).
ROLE_WORD = "역"


def _names_a_part(base: str) -> bool:
    """`‘상우’역의 배우 김영호`, `장세종역의 한재석은`: a character's name with the word for a part written onto
    it (a closing quotation mark before `역`, or a word of a Korean name's shape): the part an actor
    plays, no body (as `work_title`)."""
    if len(base) < 3 or not base.endswith(ROLE_WORD):
        return False
    stem = base[:-1]
    return stem.endswith(_CLOSING_MARKS) or name_shaped(stem)


def _ends_work_title(out: list[Word], raw: str, particle: str) -> bool:
    """Whether the last word of `out` closes a span in quotation marks that a noun naming a kind of
    work stands before (`영화 ‘새벽의 항구’의`, `소설 『토지』`): the title of a work. A name in
    quotation marks without such a noun (`매체 ‘골닷컴’은`) may still be a body."""
    rest = raw.rstrip(_SENTENCE_PUNCT)
    if particle and rest.endswith(particle):
        rest = rest[: len(rest) - len(particle)]
    if not rest.endswith(_CLOSING_MARKS):
        return False
    closing = rest[-1]
    opening = _OPENING_MARK[closing]
    last = len(out) - 1
    for k in range(last, max(-1, last - 8), -1):
        text = out[k].text if k < last else rest[:-1]  # the word itself: not its own closing mark
        if text.startswith(opening):
            return k > 0 and out[k - 1].base in WORK_NOUNS
    return False


def _particle_from_tags(clean: str, clean_start: int, morphs: list, tags: list[str]) -> str:
    """The trailing particle / copula run of a word as written, when Kiwi tags it so and it is a
    known particle (`메시였다` → `였다`; `마마니` keeps its `니`: not a particle; `항구’의` → `의`: a
    closing quotation mark before it is not part of it). `clean` starts at offset `clean_start`;
    `tags` are the tags of `morphs`."""
    if not tags or not _IS_ENDING[tags[-1]]:
        return ""
    i = len(tags) - 1
    while i > 0 and _IS_ENDING[tags[i - 1]]:
        i -= 1
    if i == 0:
        return ""
    cut = morphs[i].start - clean_start
    if not 0 < cut < len(clean):
        return ""
    particle = clean[cut:].lstrip(_CLOSING_CHARS)
    if particle in _PARTICLE_SET:
        return particle
    # `최지훈뿐이었다` (뿐/JX 이/VCP 었/EP 다/EF): a particle Kiwi reads, whatever endings follow it
    return particle if tags[i].startswith("J") and morphs[i].form == particle[:len(morphs[i].form)] else ""


@lru_cache(maxsize=65536)
def split_title(base: str) -> tuple[str | None, str] | None:
    """The title a word ends with, and an organisation fused in front of it, or None.

    `경제성장수석` → (None, `경제성장수석`); `한국만화가협회장` → (`한국만화가협회`, `회장`);
    `정관장` → None (a one-syllable prefix that is a surname is a name, not a qualifier).
    """
    if not base or len(base) > 16 or base in EXCLUDED_TITLES or base.endswith(_EXCLUDED_TUPLE) \
            or base.endswith(TITLE_LOOKALIKES):
        return None
    title = _title_ending(base)
    if title is None:
        return None
    prefix = base[: len(base) - len(title)]
    if not prefix:
        return None, title
    if title in _BODY_TITLES:
        return None  # `국가기상센터`, `에너지소재연구센터`: a body; the position `센터` stands alone
    if len(prefix) == 1 and prefix in SURNAMES_1 and prefix not in TITLE_MODIFIERS:
        return None
    if len(prefix) == 1 and looks_transliterated(prefix):
        return None  # `클래퍼` (Clapper): a transliterated syllable before `래퍼` makes a foreign name, no title
    if prefix in DETERMINERS:
        return None
    for k in range(len(title) - 1, -1, -1):  # the longest body first: 연구원 + 원장, not 연구 + 원장
        org = prefix + title[:k]
        if len(org) >= 3 and org.endswith(TITLE_ORG_SUFFIXES) and not _district_inside_title(base, org, k):
            return org, title
    if prefix in PLACES and title not in TITLE_BODIES:
        return prefix, title  # `충북지사`, `경기지사`: the province is the body (`서울경찰청장`: 서울경찰청)
    if _ACRONYM.match(prefix) and prefix not in _POSITION_ACRONYMS:
        return prefix, title  # `ETRI원장`, `KAIST총장`, `IMF총재`: a body's acronym written onto the title
    if prefix.startswith(_TO_KOREA) and title in _ENVOY_POSTS and prefix[len(_TO_KOREA):] in PLACES:
        return prefix[len(_TO_KOREA):], title  # `주한일본대사`: Japan's ambassador to Korea
    body = _known_body_opening(base)
    if body is not None:
        return body, base[len(body):]  # `국회부의장`, `농협상무`, `강원도경제부지사`
    return None, base


def _district_inside_title(base: str, org: str, shared: int) -> bool:
    """`특임연구관`, `학예연구관`: a body read off a word only because the title's own syllables end like a
    district (`연구` + `구`), where the word itself ends in no body's name (`한국생산기술연구원` does)."""
    return shared >= 2 and org.endswith(_DISTRICT_ENDINGS) and not org.endswith(_NAMED_BODY_ENDINGS) \
        and not base.endswith(_NAMED_BODY_ENDINGS)


#: The endings of a district's or a province's name among the bodies' endings (`TITLE_ORG_SUFFIXES`), and the
#: endings of two syllables or more, which name a kind of body (`연구원`, `지검`).
_DISTRICT_ENDINGS = ("시", "도", "군", "구")
_NAMED_BODY_ENDINGS = tuple(suffix for suffix in TITLE_ORG_SUFFIXES if len(suffix) >= 2)


def _known_body_opening(base: str) -> str | None:
    """`국회부의장` → 국회, `농협상무` → 농협, `강원도경제부지사` → 강원도: the longest start of a word ending
    in a title that the gazetteer knows whole as a body (or as a province, city or county: `강원도`),
    before a post of two syllables or more (`POSTS`), a qualifier of two at most before it (`경제부지사`);
    never cutting into the word's own title (`금융위원장`, `행정부지사`) nor before the head of a unit the word
    names (`철도국장`: the 철도국's), and None for a title the tables list whole (`국회의원`, `검찰총장`)."""
    whole = _title_ending(base)
    if base in TITLE_SET or whole is None:
        return None
    known = gazetteer()
    for n in range(len(base) - len(whole), 1, -1):  # never inside the title (`금융위원장`: no `금융위` + `원장`)
        body, rest = base[:n], base[n:]
        kind = known.get(body)
        if kind == "ORG" or (kind == "LOC" and body.endswith(("도", "시", "군"))):
            ending = _title_ending(rest)
            if ending in _POST_SET and ending not in _UNIT_HEADS and len(ending) >= 2 and len(rest) - len(ending) <= 2:
                return body
    return None


#: Posts that head a unit the word names with the syllable before `장` (`철도국장`: the head of the 철도국,
#: no `철도` body), so a body before them is no body of the post's own.
_UNIT_HEADS = frozenset(["국장", "과장", "실장", "부장", "팀장", "처장", "청장", "소장", "단장", "관장", "원장", "본부장",
                         "센터장"])


#: `주한` ("in Korea") before a country and an envoy's post (`_ENVOY_POSTS`): that country's envoy to Korea.
_TO_KOREA = "주한"
_ENVOY_POSTS = frozenset(["대사", "공사", "영사", "총영사", "대리대사", "임시대리대사"])


#: The posts of `TITLES`: what a body's people hold, not a profession (`현대미술가`: no `현대` + `미술가`).
_POST_SET = frozenset(POSTS)


#: A body's acronym in capitals (`ETRI`, `KAIST`).
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
#: Acronyms of a sports position, written onto a title as a part of it, no body (`GK코치`, `QC코치`).
_POSITION_ACRONYMS = frozenset(["GK", "QC", "FW", "MF", "DF", "PG", "SG", "SF", "PF", "C"])


def _title_ending(base: str) -> str | None:
    """The longest entry of `TITLES` that `base` ends with (`국무위원장`, not `위원장`), or None."""
    return next((base[-n:] for n in _TITLE_LENGTHS if n <= len(base) and base[-n:] in TITLE_SET), None)


_FUSED_TITLES = sorted([*FUSED_HEADS, *FUSED_MINISTERS, *FUSED_SCHOOL_HEADS], key=len, reverse=True)


def named_body(title: str) -> str | None:
    """The body a title names (`TITLE_BODIES`): `경찰청장` → 경찰청, and with a place written onto it,
    `서울경찰청장` → 서울경찰청."""
    if title in TITLE_BODIES:
        return TITLE_BODIES[title]
    for head, body in TITLE_BODIES.items():
        if title.endswith(head) and len(title) > len(head) and HANGUL_WORD.match(title):
            return title[: len(title) - len(head)] + body
    return None


def fused_body(title: str) -> str | None:
    """The public body or school a head's title is written onto: the one it names (`named_body`:
    `국세청장` → 국세청), `해양수산부장관` → 해양수산부, `공관위원장` → 공관위, `이대총장` → 이대; None for a
    qualifier (`공동위원장`), a body of one syllable (`부위원장`) or a title of its own (`사무국장`)."""
    named = named_body(title)
    if named:
        return named
    head = next((h for h in _FUSED_TITLES if title.endswith(h)), None)
    if head is None or split_title(title) != (None, title) or _title_ending(title) != head:
        return None  # `사무국장`, `강남구청장` (구청장): a title of its own
    prefix = title[: len(title) - len(head)]
    if len(prefix) < 2 or not HANGUL_WORD.match(prefix) or prefix in TITLE_MODIFIERS or prefix in TITLE_SET:
        return None
    if head in FUSED_MINISTERS:  # (a ministry's name has three syllables or more: `해수부`, `법무부`)
        return prefix if len(prefix) >= 3 and prefix.endswith(FUSED_MINISTERS[head]) else None
    if head in FUSED_SCHOOL_HEADS:
        return prefix if prefix.endswith(FUSED_SCHOOL_HEADS[head]) else None
    if prefix.endswith(TITLE_ORG_SUFFIXES):
        return prefix  # `노조위원장`: the union
    if head == "위원장" and len(prefix) >= 3:
        return prefix + "위원회"  # `지방자치발전위원장`; a short name keeps its short form (`공관위`)
    return prefix + FUSED_HEADS[head]


def spoken_of(words: list[Word], j: int) -> bool:
    """`김민수 교수에 따르면`, `오정연 아나운서에 대해`: word j, with `에`, is what the next word speaks of
    or cites (`ABOUT_WORDS`), not a place: a title there is a person's."""
    return words[j].particle == "에" and j + 1 < len(words) and words[j + 1].text.startswith(ABOUT_WORDS)


def title_of(base: str) -> str | None:
    """The title a word ends with (`경제성장수석` → `경제성장수석`), or None."""
    found = split_title(base)
    return found[1] if found else None


def syllables_ok(given: str) -> bool:
    return all(ch in GIVEN_NAME_SYLLABLES for ch in given)


def is_korean_name(word: Word, *, allow_two: bool = False, confirmed: bool = False,
                   body_ending: bool = False) -> bool:
    """A Hangul word shaped like a Korean name: surname + one or two given-name syllables.

    Two-syllable names (`강풀`) count only where something confirms them (`allow_two`) and Kiwi
    knows them as proper nouns. A word Kiwi reads as one common noun (`정치인`, `동안`) is a name
    only where a title or parenthesis `confirmed` it (Kiwi calls unknown names common nouns:
    차헌호/NNG); names also come out in odd pieces (정신아 → 정신 + 아).
    """
    base = word.base
    if word.glued or word.verbal or not 2 <= len(base) <= 4 or not word.is_hangul:
        return False
    if ANONYMIZED.match(base):
        return False  # `안모 씨`, `신모(20) 이병`: a surname and 모 ("a certain"), someone the article keeps anonymous
    if word.misparsed and not (confirmed and len(base) == 3):
        return False  # `이도훈` read as 이도/후/ㄴ: a name only where a title confirms it
    tags = word.tags
    if not name_shaped(base, allow_two=allow_two, body_ending=body_ending):
        return False
    if any(t in ("MAG", "MAJ", "IC", "NP", "SN") for t in tags) and not (confirmed and (
            (len(base) >= 3 and base[:2] in SURNAMES_2 and tags[0] == "NNP")
            or (len(base) == 3 and base[0] in SURNAMES_1 and tags[0] == "IC" and tags[-1].startswith("NN"))
            or (len(base) == 3 and base[0] in SURNAMES_1 and (tags[0].startswith("NN") or tags[0] == "MM")
                and set(tags) <= {"NNG", "NNP", "MAG", "MM"}))):
        # (`선우한결` read as 선우/NNP 한결/MAG, `어상호` as 어/IC 상호/NNG, `석진욱` as 석/NNG 진/NNG 욱/MAG
        # or as 석/MM 진/NNG 욱/MAG, the surname read as a determiner (`석 달`): names where a title confirms them)
        return False
    if "NR" in tags and not confirmed:
        return False  # (`오태민` read as 오/NR 태/NNG 민/NNG: a name where a title confirms it)
    if len(base) == 2 and base in SURNAMES_2:
        return False  # `황보 과장`: a two-syllable surname alone is a short form, not a name
    if len(base) == 2:
        return tags == ["NNP"]
    if word.common_noun:
        return False  # `시장 점유율은`, `시장 지배력을`: a noun of Kiwi's dictionary, even after a title
    if len(tags) == 1 and tags[0] != "NNP":
        return confirmed and tags[0] == "NNG"
    return True


#: The endings of `ORG_SUFFIXES_STRICT` of two syllables or more (`원장`, `그룹`): no name ends so.
_LONG_STRICT_ENDINGS = tuple(e for e in ORG_SUFFIXES_STRICT if len(e) > 1)


@lru_cache(maxsize=65536)
def name_shaped(base: str, *, allow_two: bool = False, body_ending: bool = False) -> bool:
    """Surname + plausible given-name syllables, and not a place, title or organisation; with
    `body_ending`, a word that ends like a body's name (`배정대`, `김영대`, `정조국`: 대, 국; one syllable) may be one,
    for a reader that knows names better than the endings do (the entity model)."""
    if not HANGUL_WORD.match(base) or base in PLACES or base[:2] in PLACES or base in DETERMINERS:
        return False
    if _SCHOOL_OR_SEAT.search(base) or base in NAME_SHAPED_NOUNS or base in TIME_WORDS or base in KNOWN_BODY_NAMES:
        return False  # `한결고` (a high school), `누리시을` (a constituency), `배우자` (a spouse), `지난해`, `국민의힘`
    if split_title(base) or base.endswith(_LONG_STRICT_ENDINGS if body_ending else ORG_SUFFIXES_STRICT) \
            or base in ORG_SPEAKERS:
        return False
    if base[:2] in SURNAMES_2 and len(base) in (3, 4):
        return syllables_ok(base[2:])
    if base[0] not in SURNAMES_1:
        return False
    if len(base) == 3 or (len(base) == 2 and allow_two):
        return syllables_ok(base[1:])
    return False


def looks_transliterated(base: str) -> bool:
    """Whether a Hangul word has a syllable that Sino-Korean words and Korean names lack but
    transliterations have (`메기디쉬`, `프라사드`, `앤서니`, `텐`)."""
    for ch in base:
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172:
            continue
        initial, vowel, final = code // 588, (code % 588) // 28, code % 28
        # finals other than ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ; initials ㅋ ㄲ ㄸ ㅃ ㅆ ㅉ
        if final not in (0, 1, 4, 8, 16, 17, 21) or initial in (15, 1, 4, 8, 10, 13):
            return True
        if vowel == 18 and final == 0 and initial not in (0, 11):  # 크 트 프 드 브 스 즈 츠 르 흐
            return True
        if vowel == 5 and initial not in (9, 12, 14):  # 메 베 데 테 레 케 페 헤 에 (not 세 제 체)
            return True
        if vowel == 1 and final == 4:  # 앤 랜 댄 밴 맨 샌
            return True
        if vowel in (14, 15) or (vowel == 7 and initial == 11):  # 워 웨, 옌 (응우옌)
            return True
        if vowel == 16 and initial not in (0, 11, 18, 14):  # 쉬 퀴 튀 뷔
            return True
        if final == 0 and ((vowel == 4 and initial in (5, 16, 17, 15))  # 러 터 퍼 커
                           or (vowel == 20 and initial in (16, 3, 15))  # 티 디 키
                           or (vowel == 13 and initial in (17, 15))):  # 푸 쿠
            return True
    return False


def position(words: list[Word], word: Word) -> int:
    """Where `word` stands in its sentence's `words` (`Word.index` counts the article's words)."""
    return word.index - words[0].index


#: Words a body's `의` may stand before the person it owns: `젠지의 ‘쵸비’ 정지훈`, `피닉스 선즈의 주포 'KD' 케빈 듀란트`.
_OWNER_REACH = 3


def owns_next_person(words: list[Word], k: int, person_starts: Container[int]) -> bool:
    """Whether word `k`, in the genitive, modifies a person named within `_OWNER_REACH` words after it
    (past bare nouns: a title, a quoted nickname): `류민석과 젠지의 정지훈` lists one person and the
    body of another, not two people."""
    if words[k].particle != "의":
        return False
    for w in words[k + 1:k + 1 + _OWNER_REACH]:
        if w.start in person_starts:
            return True
        if w.boundary:
            return False
    return False


def is_foreign_name_word(word: Word, *, loose: bool = False) -> bool:
    """A Hangul word that may be part of a foreign name (proper noun, not a place or organisation).

    `loose` also admits words Kiwi does not know as proper nouns when they look transliterated or
    come out in odd pieces (`간다` → 간/NNG 다/MAG), for use next to other name evidence.
    """
    base = word.base
    if word.glued or word.verbal or not base or not NAME_CHARS.match(base):
        return False
    if quoted_nickname(word) is not None:
        return False  # `'웸비' 빅터 웸반야마`: a word in quotation marks of its own is a nickname, no part of a name
    if word.tags and _ADVERB_TAGS.issuperset(word.tags):
        return False  # `이를테면 루스 작가는`: an adverb opens the clause, no name
    if base in PLACES or base in DETERMINERS or base in TITLE_MODIFIERS or base in ORG_SPEAKERS \
            or base in COUNTRY_SHORT_NAMES:
        return False
    if split_title(base) or base in NOT_NAME_WORDS:
        return False
    # one-syllable organisation endings (`외무부`, `재무성`) only on common nouns: `아부` is a name
    if base.endswith(LONG_ORG_SUFFIXES) or (base.endswith(ORG_SUFFIXES) and "NNP" not in word.tags):
        return False
    if base.endswith(NOT_NAME_SUFFIXES):
        return False
    if len(base) >= 2 and base[-1] in DISTRICT_ENDINGS and not looks_transliterated(base[:-1]):
        return False  # `서울 서초구`: a district, not a foreign name
    if _SCHOOL_OR_SEAT.search(base) and not looks_transliterated(base):
        return False  # `누리시을`: a constituency
    if len(base) >= 3 and base.endswith("대") and (base[:-1] in PLACES or looks_transliterated(base[:-1]) or "NNP" in word.tags):
        return False  # `애리조나대`, `하버드대`: a university, not part of a name
    if base in HONORIFICS or base in EXCLUDED_TITLES or base in SURNAMES_2:
        return False  # (`황보`, `남궁`: a Korean two-syllable surname, as in `황보 과장`)
    if len(base) < 2 and not loose:
        return False
    if "NNP" in word.tags or not word.tags:
        return True
    if not loose:
        return False
    return looks_transliterated(base) or (word.odd and len(base) <= 5)


#: What a post's name takes to name the award given in its holder's name (`학교장상`, `대통령상`).
AWARD_SUFFIX = "상"
#: A school's short name (`한결고`, `새솔여중`) or a constituency (`누리시을`), never a person's.
_SCHOOL_OR_SEAT = re.compile(r"(?:[가-힣](?:고|여고|여중|초)|[시군구](?:갑|을|병|정))$")
#: Positions whose word, fused after a name, is a kind of body: `국가기상센터`; `한국도로공사`,
#: `서울교통공사` (a public corporation; `공사` alone is a diplomat's rank).
_BODY_TITLES = frozenset(["센터", "공사"])
#: Words that are never part of a name even when Kiwi calls them proper nouns.
NOT_NAME_WORDS: frozenset[str] = TIME_WORDS


#: A number and its counter (`3회`, `12일`, `2.5배`).
_COUNT = re.compile(r"^\d+(?:[.,]\d+)?[가-힣]{1,2}$")
#: An ordinal before a post (`제9대 원장`, `21대 의원`): which holder of it, no body.
ORDINAL = re.compile(r"^(?:제|민선)?\d+(?:대|기|회|차)$")  # (`민선7기 주낙영 경주시장`: the elected term)
#: Kiwi's adverb tags: a word of them alone is no body, whatever its ending (`사실`, `일단`).
_ADVERB_TAGS = frozenset({"MAG", "MAJ"})


#: A body's name with the suffix `전` (a game against it, or a show of it) cut off by Kiwi as a morpheme of its own.
_GAME_AGAINST = re.compile(r"^(?:[가-힣]{2,}|[A-Za-z][A-Za-z0-9&]*)전$")


def is_award(base: str) -> bool:
    """An award named after the post of whoever gives it (`학교장상`, `동창회장상`, `국무총리상`): no body."""
    return base.endswith(AWARD_SUFFIX) and len(base) >= 3 and split_title(base[:-1]) is not None


def is_org_word(word: Word) -> bool:
    """A word that names an organisation (`SK그룹`, `AWS`, `대통령실`, `퓨리오사AI`); not the title
    of a work (`영화 ‘새벽의 항구’의`) nor an event (`기자간담회`)."""
    base = word.base
    if not base or base in TITLE_MODIFIERS or base in DETERMINERS or word.work_title or _COUNT.match(base) \
            or ORDINAL.match(base):
        return False  # (`3회는 삼자 범퇴`: a number and its counter, an inning; `제9대`: an ordinal; no body)
    if _GAME_AGAINST.match(base) and (len(word.tags) >= 2 and word.tags[-1] in ("XSN", "NNG") or LATIN.match(base)):
        return False  # `삼성생명전이 끝난 후`, `KT전`, `일본전`: the game against a body, not the body
    if LATIN.search(base):
        return not initials(word)  # (`A.J.`: a name's initials)
    if word.tags and _ADVERB_TAGS.issuperset(word.tags):
        return False  # `사실 정관장 김상식 감독`, `일단 토론토는`, `전부`: an adverb, whatever its ending
    found = split_title(base)
    if base not in ORG_SPEAKERS and found and found[0] is None:
        return False  # `의원`, `사장`: a title, not a body (`한국만화가협회장` keeps its body)
    if base.endswith(EVENT_SUFFIXES):
        return False  # `기자간담회`: an event, not a body
    if is_award(base):
        return False  # `동창회장상`, `국무총리상`: an award named after a post, not a body
    if base in RELATIVE_PLACES:
        return False  # `국내 선수`: a domestic player, no body
    return base.endswith(ORG_SUFFIXES) or base in ORG_SPEAKERS or base in ORG_ALIASES or base in PLACES \
        or "NNP" in word.tags


def owning_body(words: list[Word], k: int, aliases: dict[str, str], *, places: bool) -> bool:
    """Word k is a body written with `의` before what it owns (`토트넘 홋스퍼의 손흥민`, `KGC인삼공사의
    조이스`): a word no mention took and no work's title, a body by its form (`strong_org`) or a proper noun
    of no name's shape; with `places`, a place too (`한국의 안세영`), else never one. A name that closes a
    quotation (`‘버티고’의 유태오`, `‘상우’역의 배우 김영호`) is a work's title or a part played, unless it is a
    body by its form (`‘한빛FC’의`) or a kind of body opens it (`청년단체 ‘청년내일행동’의 나예린 대표`)."""
    word = words[k]
    if word.particle != "의" or word.used or word.work_title:
        return False
    if word.base in PLACES:
        return places
    if strong_org(word, aliases):
        return True
    if _closes_quotation(word) and not _kind_of_body_before_quotation(words, k):
        return False
    return "NNP" in word.tags and not name_shaped(word.base)


def _closes_quotation(word: Word) -> bool:
    """The word's text closes a quotation before its particle (`‘버티고’의`, `‘상우’역의`)."""
    return any(mark in word.text for mark in _CLOSING_QUOTES)


def _kind_of_body_before_quotation(words: list[Word], k: int) -> bool:
    """The word before the quotation that word k closes names a kind of body (`청년단체 ‘청년내일행동’의`)."""
    j = k
    while j > 0 and not words[j].text.lstrip().startswith(OPENING_QUOTES) \
            and words[j - 1].sentence == words[k].sentence:
        j -= 1
    return j > 0 and words[j - 1].sentence == words[k].sentence and not words[j - 1].boundary \
        and words[j - 1].base.endswith(BODY_KIND_NOUNS)


def body_words_ending_at(words: list[Word], k: int, limit: int = 3) -> list[Word]:
    """The words of a body's name that ends with word k (`K리그1 울산 HD의`): word k, and up to
    `limit` in all with the body words written before it in the same sentence, no particle between;
    and a transliterated `the` that opens a foreign name (`디 애슬레틱의`)."""
    body = [words[k]]
    while k > 0 and len(body) < limit and not words[k - 1].boundary and not words[k - 1].used \
            and words[k - 1].sentence == words[k].sentence and is_org_word(words[k - 1]):
        k -= 1
        body.insert(0, words[k])
    before = words[k - 1] if k > 0 else None
    if before is not None and before.base in FOREIGN_ARTICLES and not before.boundary and not before.used \
            and before.sentence == words[k].sentence and looks_transliterated(words[k].base):
        body.insert(0, before)
    return body


def split_glued_and(word: Word, before: int, after: int) -> bool:
    """`라울 알칸타라와 브랜든 와델`: Kiwi read the `와`/`과` that joins two full names into the last word
    of the first. With at least two name words on each side (`before` up to and including `word`,
    `after` it), it is the particle: the word is cut there (and True returned). One word before it
    (`이시카와 료`, `모리카와`) is a name ending in that syllable."""
    if before < 2 or after < 2 or word.particle or len(word.base) < 3 or word.base[-1] not in "와과":
        return False
    word.base, word.particle = word.base[:-1], word.base[-1]
    return True


#: A name's initials, a dot after each letter (`A.J.`, `F.`, `J.D.`; the last dot may be left off: `A.J`).
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}[A-Z]?$")


def initials(word: Word) -> bool:
    """`A.J.`, `F.`, `J.D.`: a word of a name's initials, which opens a foreign name or stands inside
    one (`A.J. 프렐러`, `로버트 F. 윌리엄스`), never for a body."""
    return not word.particle and bool(_INITIALS.match(word.text.strip().rstrip(",")))


def middle_initial(word: Word) -> bool:
    """Initials, or one capital letter written without a dot between the words of a name (`존 F 케네디`)."""
    return initials(word) or (not word.particle and len(word.base) == 1 and "A" <= word.base <= "Z")


def name_form(word: Word) -> str:
    """How a word is written in a name: its base, and initials with their dots (`A.J.`, `F.`)."""
    return word.text.strip().rstrip(",") if initials(word) else word.base


def strong_org(word: Word, aliases: dict[str, str], *, long_endings: bool = False) -> bool:
    """An organisation by its form alone: Latin letters, an organisation ending, a known speaker. With
    `long_endings`, only an ending of two syllables or more counts (`…그룹`, `…협회`): among people, one
    of one syllable ends a transliteration as often (`무고사`)."""
    if word.work_title:
        return False  # `영화 ‘새벽의 항구’의`: the title of a work
    if initials(word):
        return False  # `A.J. 프렐러 단장과 멜빈 감독`: initials are a name's
    base = word.base
    if base in aliases:
        return True
    if _COUNT.match(base):
        return False  # `1사 후 알포드에게`: one out, a number and its counter
    if LATIN.search(base) and not HANGUL_WORD.search(base):
        return True
    endings = LONG_ORG_SUFFIXES if long_endings else ORG_SUFFIXES
    return (base.endswith(endings) and len(base) >= 2 and not base.endswith(EVENT_SUFFIXES)) \
        or base in ORG_SPEAKERS


HANGUL_ANY = re.compile(r"[가-힣]")
