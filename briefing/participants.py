"""Participants: find the people (and speaking organisations and descriptors) an article names.

The rules work on words (space-separated eojeol) outside quotation marks. A person is introduced by
a name next to a title (`최태원 SK그룹 회장`, `대통령실 김용범 정책실장`, `NC 유격수 김주원`), by a
name with a parenthesis (`안세영(21·삼성생명)`), or as a bare proper noun that looks like a Korean
name. Short mentions (`최 회장`, `정 대표`, `텐 하흐 감독`) resolve to the person introduced with that
surname (and title) earlier. Kiwi's tags help (particles, proper nouns) but are not trusted alone:
it splits some names (정신아 → 정신/NNG 아/NNG).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import (
    ANONYMOUS_HEADS,
    EXCLUDED_TITLES,
    HONORIFICS,
    ORG_SPEAKERS,
    ORG_SUFFIXES,
    PLACES,
    SURNAMES_1,
    SURNAMES_2,
    TITLE_MODIFIERS,
    TITLES,
)
from .models import Participant, Sentence

_TITLES_BY_LENGTH = sorted(set(TITLES), key=len, reverse=True)
_HANGUL = re.compile(r"^[가-힣]+$")
_WORD = re.compile(r"(?:[^\s(（]+|[(（][^()（）\n]{0,40}[)）])+")
_PAREN = re.compile(r"[(（]([^()（）\n]{0,40})[)）]")
_EDGE_PUNCT = "‘’'`\"“”[]「」『』<>《》〈〉,.:;!?…·"


@dataclass(slots=True)
class Word:
    """An eojeol outside quotes: `base` without its trailing particle, `paren` its parenthesis."""

    text: str
    start: int
    end: int
    base: str
    particle: str
    paren: str | None
    tags: list[str]
    comma: bool  # a comma or list boundary follows
    sentence: int

    @property
    def is_hangul(self) -> bool:
        return bool(_HANGUL.match(self.base))

    @property
    def is_proper(self) -> bool:
        return bool(self.tags) and all(t in ("NNP", "SL", "SH", "SN") for t in self.tags)


@dataclass(slots=True)
class Mention:
    """A place in the text that refers to a participant; `key` indexes `Cast.people`."""

    key: int
    start: int
    end: int
    particle: str
    sentence: int
    kind: str = "person"  # person | org | anonymous | pronoun


@dataclass
class Cast:
    """Everyone the article names, and every place it names them."""

    people: list[Participant] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def add(self, participant: Participant) -> int:
        self.people.append(participant)
        return len(self.people) - 1


# --- words -----------------------------------------------------------------------------------

def masked_text(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with every (start, end) span (the quotations, marks included) blanked out."""
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def words_of(sentence: Sentence, masked: str) -> list[Word]:
    """The words of one sentence, read from the masked text, with particles split off by Kiwi tags."""
    out: list[Word] = []
    segment = masked[sentence.start:sentence.end]
    morphs = sentence.morphemes
    for m in _WORD.finditer(segment):
        raw = m.group(0)
        start = sentence.start + m.start()
        end = start + len(raw)
        paren_match = _PAREN.search(raw)
        paren = paren_match.group(1).strip() if paren_match else None
        trail_comma = raw.rstrip().endswith((",", "、", "，"))
        clean = _PAREN.sub("", raw).strip(_EDGE_PUNCT + " ")
        if not clean:
            continue
        # Kiwi morphemes inside this word (after any parenthesis).
        tail_start = start + (paren_match.end() if paren_match else 0)
        inner = [x for x in morphs if start <= x.start < end]
        tail = [x for x in inner if x.start >= tail_start] or inner
        particle = _particle_from_tags(clean, tail)
        base = clean[: len(clean) - len(particle)] if particle else clean
        base = base.strip(_EDGE_PUNCT + " ")
        tags = [x.tag for x in inner if not x.tag.startswith(("J", "S", "E", "VCP"))]
        out.append(Word(raw, start, end, base, particle, paren, tags, trail_comma, sentence.index))
    return out


def _particle_from_tags(clean: str, morphs: list) -> str:
    """The trailing particle / copula-ending run of a word, as written, from Kiwi's tags."""
    if not morphs:
        return ""
    i = len(morphs)
    while i > 0 and morphs[i - 1].tag.startswith(("J", "VCP", "EF", "EC", "ETM", "SF", "SP", "SS", "SW")):
        i -= 1
    if i == len(morphs) or i == 0:
        return ""
    cut = morphs[i].start - morphs[0].start
    offset_in_clean = len(clean) - (morphs[-1].start + morphs[-1].length - morphs[0].start)
    cut += max(0, offset_in_clean)
    particle = clean[cut:] if 0 < cut < len(clean) else ""
    return particle.strip(_EDGE_PUNCT + " ")


# --- classifiers -------------------------------------------------------------------------------

def title_of(base: str) -> str | None:
    """The title a word ends with (`경제성장수석` → `경제성장수석`), or None."""
    if not base or len(base) > 14:
        return None
    for title in _TITLES_BY_LENGTH:
        if base.endswith(title):
            if base in EXCLUDED_TITLES or base.endswith(tuple(EXCLUDED_TITLES)):
                return None
            return base
    return None


def is_korean_name(word: Word, *, allow_two: bool = False) -> bool:
    """A Hangul word shaped like a Korean name: surname + one or two syllables.

    Two-syllable names (`강풀`) count only where a title confirms them (`allow_two`). A word Kiwi
    reads as one common noun (`정치인`, `정부`) is not a name; names come out as one proper noun or
    in odd pieces (정신아 → 정신 + 아).
    """
    base = word.base
    if not word.is_hangul or not 2 <= len(base) <= 4:
        return False
    if base in PLACES or base[:2] in PLACES or title_of(base) or base.endswith(ORG_SUFFIXES_STRICT):
        return False
    if len(word.tags) == 1 and word.tags[0] not in ("NNP",):
        return False
    if base[:2] in SURNAMES_2 and len(base) in (3, 4):
        return True
    if base[0] not in SURNAMES_1:
        return False
    return len(base) == 3 or (len(base) == 2 and allow_two)


def is_foreign_name_word(word: Word) -> bool:
    """A Hangul word that may be part of a foreign name (proper noun, not a place or organisation)."""
    if not word.is_hangul or len(word.base) < 2 or word.base in PLACES:
        return False
    if title_of(word.base) or word.base.endswith(ORG_SUFFIXES) or word.base in TITLE_MODIFIERS:
        return False
    return "NNP" in word.tags or not word.tags


def is_org_word(word: Word) -> bool:
    """A word that names an organisation (`SK그룹`, `AWS`, `대통령실`, `퓨리오사AI`)."""
    base = word.base
    if not base or base in TITLE_MODIFIERS:
        return False
    if re.search(r"[A-Za-z]", base):
        return True
    return base.endswith(ORG_SUFFIXES) or base in ORG_SPEAKERS or "NNP" in word.tags


ORG_SUFFIXES_STRICT = ("시", "도", "군", "국", "청", "당", "부", "사", "실", "원장", "그룹", "협회")


# --- people ------------------------------------------------------------------------------------

def find_cast(sentences: list[Sentence], text: str, quote_spans: list[tuple[int, int]]) -> Cast:
    """Find every participant and mention in the article (quotations excluded)."""
    masked = masked_text(text, quote_spans)
    cast = Cast()
    all_words = [words_of(s, masked) for s in sentences]
    for words in all_words:
        _scan_sentence(words, cast)
    _merge_name_variants(cast)
    for words in all_words:
        _scan_short_and_bare(words, cast)
    for words in all_words:
        _scan_speakers_without_names(words, cast)
    cast.mentions.sort(key=lambda m: m.start)
    for i, person in enumerate(cast.people):
        person.mentions = sum(1 for m in cast.mentions if m.key == i and m.kind != "pronoun")
    return cast


def _find_person(cast: Cast, name: str) -> int | None:
    for i, p in enumerate(cast.people):
        if p.kind == "person" and p.name == name:
            return i
    return None


def _introduce(cast: Cast, name: str, title: str | None, org: str | None, start: int, end: int,
               particle: str, sentence: int) -> None:
    key = _find_person(cast, name)
    if key is None:
        key = cast.add(Participant(name=name, title=title, organization=org, first_offset=start))
    else:
        person = cast.people[key]
        person.title = person.title or title
        person.organization = person.organization or org
    cast.mentions.append(Mention(key, start, end, particle, sentence))


def _scan_sentence(words: list[Word], cast: Cast) -> None:
    """Full-name introductions: NAME [ORG] TITLE, ORG NAME TITLE, [ORG] TITLE NAME, NAME(age·ORG)."""
    used: set[int] = set()
    list_org: str | None = None
    for j, word in enumerate(words):
        if j in used:
            continue
        title = title_of(word.base)
        if title:
            found = _name_before_title(words, j, used)
            if found is not None:
                name_idx, prefix_org, org_words, title_words = found
                name = " ".join(words[k].base for k in name_idx)
                org = " ".join(w.base for w in prefix_org + org_words) or None
                if prefix_org:
                    # `대통령실 김용범 정책실장, 하준경 경제성장수석 …`: the list shares the organisation.
                    list_org = org
                elif not org and list_org and name_idx[0] > 0 and words[name_idx[0] - 1].comma:
                    org = list_org
                full_title = " ".join([w.base for w in title_words] + [title])
                last = j
                # `대표 대표는`: a repeated title word belongs to the same mention.
                while last + 1 < len(words) and title_of(words[last + 1].base) == title and not words[last].particle:
                    last += 1
                    used.add(last)
                used.update(name_idx)
                used.add(j)
                _introduce(cast, name, full_title, org, words[name_idx[0]].start, words[last].end,
                           words[last].particle, word.sentence)
                if not word.comma and words[last].particle:
                    list_org = None
                continue
            found_after = _name_after_title(words, j, used)
            if found_after is not None:
                name_idx, org_words = found_after
                name = " ".join(words[k].base for k in name_idx)
                org = " ".join(w.base for w in org_words) or None
                used.update(name_idx)
                used.add(j)
                start = org_words[0].start if org_words else word.start
                _introduce(cast, name, title, org, start, words[name_idx[-1]].end,
                           words[name_idx[-1]].particle, word.sentence)
                continue
        if word.paren and j not in used:
            paren_person = _name_with_paren(word)
            if paren_person:
                name, org = paren_person
                used.add(j)
                _introduce(cast, name, None, org, word.start, word.end, word.particle, word.sentence)


def _name_before_title(words: list[Word], j: int, used: set[int]):
    """For a title at j, the name before it: (name word indices, org words, title-modifier words)."""
    window: list[int] = []
    k = j - 1
    while k >= 0 and len(window) < 6 and k not in used:
        w = words[k]
        if w.particle or w.comma:
            break
        window.insert(0, k)
        k -= 1
    # The title word itself may carry a name glued to it? No: names are separate words in news.
    if not window:
        return None
    # Korean name: the last word in the window that looks like one.
    korean = [k for k in window if is_korean_name(words[k], allow_two=(k == j - 1))]
    if korean:
        n = korean[-1]
        # Org words before the name count when they run up to it (`대통령실 김용범 정책실장`).
        prefix: list[Word] = []
        for k in range(n - 1, window[0] - 1, -1):
            if not is_org_word(words[k]):
                break
            prefix.insert(0, words[k])
        org_words, title_words = _split_between([words[k] for k in window if k > n])
        return [n], prefix, org_words, title_words
    # Foreign name: the leading run of name-like Hangul words.
    run: list[int] = []
    for k in window:
        if is_foreign_name_word(words[k]):
            run.append(k)
        else:
            break
    if not run:
        return None
    rest = [words[k] for k in window if k > run[-1]]
    if len(run) > 1 and not rest and all(words[k].base in TITLE_MODIFIERS for k in run[:-1]):
        run = run[-1:]
    # `브라질 대통령`: a single proper noun that is an organisation-like word is not a name.
    if len(run) == 1 and (words[run[0]].base in PLACES or is_org_suffix(words[run[0]].base)):
        return None
    org_words, title_words = _split_between(rest)
    return run, [], org_words, title_words


def is_org_suffix(base: str) -> bool:
    return base.endswith(ORG_SUFFIXES_STRICT)


def _split_between(between: list[Word]) -> tuple[list[Word], list[Word]]:
    """Words between a name and its title: organisation words, then common nouns that qualify the title."""
    org: list[Word] = []
    title_words: list[Word] = []
    for w in between:
        if title_words or (not is_org_word(w) and org):
            title_words.append(w)
        elif is_org_word(w) or not org and w is not between[-1]:
            org.append(w)
        else:
            title_words.append(w)
    return org, title_words


def _name_after_title(words: list[Word], j: int, used: set[int]):
    """`NC 유격수 김주원`, `공동 창업자 애덤 뉴먼`: a title word without particle, then the name."""
    word = words[j]
    if word.particle or word.comma or j + 1 >= len(words):
        return None
    nxt = words[j + 1]
    org_words: list[Word] = []
    k = j - 1
    while k >= 0 and k not in used and not words[k].particle and not words[k].comma and is_org_word(words[k]):
        org_words.insert(0, words[k])
        k -= 1
    if is_korean_name(nxt):
        return [j + 1], org_words
    run = []
    for k in range(j + 1, min(j + 4, len(words))):
        if not is_foreign_name_word(words[k]) or "NNP" not in words[k].tags:
            break
        run.append(k)
        if words[k].particle or words[k].comma:
            break
    if run and (words[run[-1]].particle or words[run[-1]].comma or run[-1] == len(words) - 1):
        return run, org_words
    return None


def _name_with_paren(word: Word) -> tuple[str, str | None] | None:
    """`안세영(21·삼성생명)`, `천위페이(중국)`: a proper name with age and/or affiliation."""
    inner = word.paren or ""
    age = re.match(r"^\s*\d{1,3}\s*(?:세)?\s*(?:[·,]\s*(.+))?$", inner)
    if age:
        org = age.group(1)
    elif _HANGUL.match(inner.replace(" ", "")) and len(inner) <= 12 and "본명" not in inner:
        org = inner
    elif inner.startswith("본명"):
        org = None
    else:
        return None
    if not word.is_hangul or not 2 <= len(word.base) <= 6:
        return None
    if not (is_korean_name(word) or "NNP" in word.tags and (age or inner in PLACES)):
        return None
    return word.base, (org.strip() if org else None)


def _merge_name_variants(cast: Cast) -> None:
    """`텐 하흐` then `에릭 텐 하흐`: a later, longer form of the same name replaces the shorter one."""
    people = cast.people
    for i, short in enumerate(people):
        if short.kind != "person" or " " not in short.name and _HANGUL.match(short.name) and len(short.name) <= 4:
            continue
        for k, long in enumerate(people):
            if k == i or long.kind != "person" or len(long.name) <= len(short.name):
                continue
            if long.name.endswith(" " + short.name):
                long.title = long.title or short.title
                long.organization = long.organization or short.organization
                long.first_offset = min(long.first_offset, short.first_offset)
                for m in cast.mentions:
                    if m.key == i:
                        m.key = k
                short.kind = "merged"
                break


def _resolve_short(cast: Cast, words: list[Word], idx: list[int], title: str | None) -> int | None:
    """The person a short form refers to: `최` + `회장`, `우바이다` + `대변인`, `텐 하흐`."""
    form = " ".join(words[k].base for k in idx)
    candidates: list[int] = []
    for i, p in enumerate(cast.people):
        if p.kind != "person":
            continue
        if len(form) == 1 or form in SURNAMES_2:
            ok = p.name.startswith(form) and " " not in p.name
        else:
            ok = p.name == form or p.name.endswith(" " + form) or p.name.startswith(form + " ")
        if ok:
            candidates.append(i)
    if not candidates:
        return None
    if title and len(candidates) > 1:
        same = [i for i in candidates if (cast.people[i].title or "").endswith(title)]
        candidates = same or candidates
    if len(candidates) > 1 and title:
        return None  # two people with the same surname and title: do not guess
    return candidates[-1] if len(candidates) == 1 else _latest_before(cast, candidates, words[idx[0]].start)


def _latest_before(cast: Cast, keys: list[int], offset: int) -> int | None:
    best, best_pos = None, -1
    for m in cast.mentions:
        if m.key in keys and m.start < offset and m.start > best_pos:
            best, best_pos = m.key, m.start
    return best


def _scan_short_and_bare(words: list[Word], cast: Cast) -> None:
    """Short mentions (`최 회장`, `우바이다 대변인`), bare full names (`김연경`), honorific `씨`."""
    taken = [(m.start, m.end) for m in cast.mentions]

    def free(w: Word) -> bool:
        return not any(a <= w.start < b for a, b in taken)

    for j, word in enumerate(words):
        if not free(word):
            continue
        title = title_of(word.base)
        if title and j > 0 and free(words[j - 1]) and not words[j - 1].particle:
            prev = words[j - 1]
            idx = [j - 1]
            if j > 1 and free(words[j - 2]) and not words[j - 2].particle and not words[j - 2].comma \
                    and is_foreign_name_word(words[j - 2]) and not (len(prev.base) == 1):
                idx = [j - 2, j - 1]
            key = _resolve_short(cast, words, idx, title)
            if key is None and len(idx) == 2:
                key = _resolve_short(cast, words, [j - 1], title)
                idx = [j - 1]
            if key is not None:
                cast.mentions.append(Mention(key, words[idx[0]].start, word.end, word.particle, word.sentence))
                taken.append((words[idx[0]].start, word.end))
                continue
        # A bare name: a known person's full name or surname-less foreign last name.
        if word.is_hangul and len(word.base) >= 2:
            key = _find_person(cast, word.base)
            if key is None and not is_korean_name(word):
                key = _resolve_short(cast, words, [j], None) if "NNP" in word.tags else None
            if key is None and is_korean_name(word) and "NNP" in word.tags and word.base not in PLACES:
                nxt = words[j + 1].base if j + 1 < len(words) else ""
                if word.particle or word.comma or nxt in HONORIFICS or nxt.startswith(HONORIFICS):
                    key = cast.add(Participant(name=word.base, first_offset=word.start))
            if key is not None:
                cast.mentions.append(Mention(key, word.start, word.end, word.particle, word.sentence))
                taken.append((word.start, word.end))


def _scan_speakers_without_names(words: list[Word], cast: Cast) -> None:
    """Descriptors (`한 관계자는`, `업계 관계자는`), organisations (`검찰은`, `WSJ는`) and `그는`."""
    taken = [(m.start, m.end) for m in cast.mentions]
    for j, word in enumerate(words):
        if any(a <= word.start < b for a, b in taken):
            continue
        if word.base in ("그", "그녀") and word.particle in ("는", "가", "도", "은"):
            cast.mentions.append(Mention(-1, word.start, word.end, word.particle, word.sentence, "pronoun"))
            continue
        if not word.particle or word.particle not in ("은", "는", "이", "가", "측은", "도", "에 따르면"):
            continue
        if word.base.endswith(ANONYMOUS_HEADS):
            k = j
            while k > 0 and not words[k - 1].particle and not words[k - 1].comma and j - k < 3 \
                    and not any(a <= words[k - 1].start < b for a, b in taken):
                k -= 1
            name = " ".join(w.base for w in words[k:j + 1])
            key = _find_descriptor(cast, name, "anonymous", words[k].start)
            cast.mentions.append(Mention(key, words[k].start, word.end, word.particle, word.sentence, "anonymous"))
        elif is_org_word(word) and word.base not in PLACES and len(word.base) >= 2:
            k = j
            while k > 0 and not words[k - 1].particle and not words[k - 1].comma and j - k < 2 \
                    and is_org_word(words[k - 1]) and not any(a <= words[k - 1].start < b for a, b in taken):
                k -= 1
            name = " ".join(w.base for w in words[k:j + 1])
            key = _find_descriptor(cast, name, "org", words[k].start)
            cast.mentions.append(Mention(key, words[k].start, word.end, word.particle, word.sentence, "org"))


def _find_descriptor(cast: Cast, name: str, kind: str, offset: int) -> int:
    for i, p in enumerate(cast.people):
        if p.name == name and p.kind == kind:
            return i
    return cast.add(Participant(name=name, kind=kind, first_offset=offset))
