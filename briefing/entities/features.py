"""The features the entity model reads for each character of a sentence.

`김범수 센터장은` → the characters of 김범수 are a name (PER), 센터장 a title (TTL); in `시장 점유율은`
neither is. The model sees, for each character: the character, its neighbours and n-grams, its
script, its place in the eojeol, Kiwi's tag of the morpheme it is in (and whether Kiwi knew that
word or guessed it), what the lexicon says of its eojeol (a surname and given-name syllables, a
title word), and what the gazetteer says of the word it starts (`forms.tsv`: entity forms seen in
the konec training split, a different set of sentences from the ones the model is trained on).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..lexicon.people import GIVEN_NAME_SYLLABLES, SURNAMES_1, SURNAMES_2, TITLE_SET, TITLES
from ..models import Morpheme

#: The entity types the model tags, as B-/I- labels (O: none of them).
TYPES = ("PER", "TTL", "ORG")
#: The gazetteer's coarse types: the model's three, places, and every other kind of entity.
FORM_TYPES = ("PER", "TTL", "ORG", "LOC", "OTH")
#: Longest gazetteer form looked up, in characters.
MAX_FORM = 12
#: Characters after which a gazetteer form may start (besides the start of the sentence).
_FORM_OPENERS = frozenset(" ‘’'\"“”([{<《〈「『·,")


def _script(ch: str) -> str:
    if "가" <= ch <= "힣":
        return "H"
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "L"
    if ch.isspace():
        return "S"
    return "P"


def char_tags(text: str, start: int, morphemes: Sequence[Morpheme]) -> list[str]:
    """Kiwi's tag of the morpheme each character of `text` (at offset `start`) is in: `B` + tag on a
    morpheme's first character, `I` + tag on the rest, `_` outside every morpheme (spaces); `?`
    after the tag when Kiwi did not know the word (`크바라츠헬리아/NNP?`)."""
    tags = ["_"] * len(text)
    end = start + len(text)
    for m in morphemes:
        if m.start >= end or m.start + m.length <= start:
            continue
        tag = m.tag + ("?" if m.unknown else "")
        first, stop = max(m.start - start, 0), min(m.start - start + m.length, len(text))
        tags[first:stop] = ["I" + tag] * (stop - first)
        if first == m.start - start and first < stop:
            tags[first] = "B" + tag
    return tags


_TITLE_HEAD_LENGTHS = sorted({len(t) for t in TITLES})


def _word_features(word: str) -> list[str]:
    """What the lexicon says of an eojeol: shaped like a Korean name (a surname, then given-name
    syllables), or starting with a title word. Shared by its characters (and its neighbours')."""
    hangul = ""
    for ch in word:
        if not "가" <= ch <= "힣":
            break
        hangul += ch
    found = [f"len={min(len(hangul), 5)}"]
    if hangul[:1] in SURNAMES_1:
        found.append("sur1")
    if hangul[:2] in SURNAMES_2:
        found.append("sur2")
    if len(hangul) >= 2 and GIVEN_NAME_SYLLABLES.issuperset(hangul[1:3]):
        found.append("given")
    for k in _TITLE_HEAD_LENGTHS:  # (shortest first)
        if k > len(word):
            break
        if word[:k] in TITLE_SET:
            found.append("title")
            break
    return found


def gazetteer_marks(text: str, forms: Mapping[str, str]) -> list[str]:
    """`B-PER`, `I-ORG`, … on the characters of the longest gazetteer form starting at each word
    start (left to right, not overlapping); `O` elsewhere."""
    longest = _longest_forms(forms)
    marks = ["O"] * len(text)
    i, n = 0, len(text)
    while i < n:
        if (i == 0 or text[i - 1] in _FORM_OPENERS) and not text[i].isspace():
            for length in range(min(longest.get(text[i:i + 2], 0), n - i), 1, -1):
                kind = forms.get(text[i:i + length])
                if kind is not None:
                    marks[i] = "B-" + kind
                    for k in range(i + 1, i + length):
                        marks[k] = "I-" + kind
                    i += length
                    break
            else:
                i += 1
            continue
        i += 1
    return marks


_LONGEST: dict[int, tuple[Mapping[str, str], dict[str, int]]] = {}


def _longest_forms(forms: Mapping[str, str]) -> dict[str, int]:
    """The length of the longest form (at most MAX_FORM) that starts with each two characters: where
    none does, no form starts at all, and `gazetteer_marks` looks up nothing."""
    cached = _LONGEST.get(id(forms))
    if cached is not None and cached[0] is forms:
        return cached[1]
    longest: dict[str, int] = {}
    for form in forms:
        if 2 <= len(form) <= MAX_FORM and len(form) > longest.get(form[:2], 0):
            longest[form[:2]] = len(form)
    _LONGEST[id(forms)] = (forms, longest)
    return longest


_POS = tuple(f"pos={k}" for k in range(4))
_REM = tuple(f"rem={k}" for k in range(4))


def features(text: str, tags: Sequence[str], forms: Mapping[str, str]) -> list[list[str]]:
    """The model's features for each character of a sentence (`tags` from `char_tags`)."""
    n = len(text)
    words = text.split(" ")
    word_feats = [_word_features(w) for w in words]
    contexts: list[list[str]] = []
    for w_index in range(len(words)):
        context = ["w:" + f for f in word_feats[w_index]]
        context += ["wn:" + f for f in (word_feats[w_index + 1] if w_index + 1 < len(words) else ["#"])]
        context += ["wp:" + f for f in (word_feats[w_index - 1] if w_index > 0 else ["#"])]
        contexts.append(context)
    word_of: list[int] = []  # per character: its word, -1 for the space after it
    for w_index, word in enumerate(words):
        word_of.extend([w_index] * len(word))
        word_of.append(-1)
    # where the eojeol of each character ends (a space: the end of the next one)
    word_ends = list(range(n))
    for i in range(n - 2, -1, -1):
        if not text[i + 1].isspace():
            word_ends[i] = word_ends[i + 1]
    gaz = gazetteer_marks(text, forms)
    padded = "##" + text + "##"
    scripts = "#" + "".join(_script(ch) for ch in text) + "#"
    ktags = ["#", *tags, "#"]
    gazp = ["#", *gaz, "#"]
    out = []
    word_start = 0
    span_start, span_end = -1, -1
    wend = nw = pw = ""
    for i, ch in enumerate(text):
        if i and text[i - 1].isspace():
            word_start = i
        word_end = word_ends[i]
        if word_start != span_start or word_end != span_end:  # what the characters of one eojeol share
            span_start, span_end = word_start, word_end
            wend = "wend=" + text[max(word_start, word_end - 1):word_end + 1]
            nw = "nw=" + (text[word_end + 2:word_end + 4] if word_end + 2 < n else "#")
            pw = "pw=" + (text[word_start - 2] if word_start >= 2 else "#")
        prev1, next1 = padded[i + 1], padded[i + 3]
        w = word_of[i]
        out.append([
            "b", "c=" + ch, "t=" + scripts[i + 1],
            "c-2=" + padded[i], "c-1=" + prev1, "c1=" + next1, "c2=" + padded[i + 4],
            "bi-=" + prev1 + ch, "bi+=" + ch + next1, "tri=" + prev1 + ch + next1,
            "tt=" + scripts[i:i + 3],
            _POS[min(i - word_start, 3)], _REM[min(word_end - i, 3)],
            wend,
            "k=" + ktags[i + 1], "k-=" + ktags[i], "k+=" + ktags[i + 2],
            "kc=" + ktags[i + 1] + ch,
            nw, pw,
            "g=" + gazp[i + 1], "g-=" + gazp[i], "g+=" + gazp[i + 2],
            *(contexts[w] if w >= 0 else ()),
        ])
    return out
