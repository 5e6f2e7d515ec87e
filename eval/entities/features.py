"""An experiment, not shipped (see docs/eval.md, "Entity model: a first try"): a small learned model of
which characters belong to a person's name, a title or a body.

`김범수 센터장은` → the characters of 김범수 are a name (PER), 센터장 a title (TTL); in `시장 점유율은`
neither 점유율 nor 시장 is. Which words are names, titles and organisations varies without end, so
it is learned from real annotated Korean text instead of written as rules: a linear-chain CRF
(CRFsuite, through python-crfsuite) over the characters of a sentence, with the character, its
neighbours and n-grams, its script, its place in the eojeol, and Kiwi's part-of-speech tag of the
morpheme it is in as features. The people stage asks it how much a candidate name looks like one.

`python eval/entities/train.py` trains it on the konec re-annotation of the KLUE-NER sentences in
../shared/data/ner (CC BY-SA 4.0: KLUE benchmark; konec by 정유남, 송영숙, 유현조) and reports its F1
per type on held-out folds. It needs `pip install python-crfsuite`.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing.lexicon.people import GIVEN_NAME_SYLLABLES, SURNAMES_1, SURNAMES_2, TITLES
from briefing.models import Morpheme, Sentence

if TYPE_CHECKING:
    import pycrfsuite

MODEL_PATH = "/tmp/briefing-entities.crfsuite"
#: The entity types the model tags, as B-/I- labels (O: none of them).
TYPES = ("PER", "TTL", "ORG")


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
    morpheme's first character, `I` + tag on the rest, `_` outside every morpheme (spaces)."""
    tags = ["_"] * len(text)
    for m in morphemes:
        for k in range(max(m.start - start, 0), min(m.start - start + m.length, len(text))):
            tags[k] = ("B" if k == m.start - start else "I") + m.tag
    return tags


_TITLE_HEADS = tuple(sorted(set(TITLES), key=len, reverse=True))


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
    if len(hangul) >= 2 and all(ch in GIVEN_NAME_SYLLABLES for ch in hangul[1:3]):
        found.append("given")
    if word.startswith(_TITLE_HEADS):
        found.append("title")
    return found


def features(text: str, tags: Sequence[str]) -> list[list[str]]:
    """The CRF's features for each character of a sentence (`tags` from `char_tags`)."""
    n = len(text)
    out = []
    words = text.split(" ")
    word_of: list[int] = []
    for w_index, word in enumerate(words):
        word_of.extend([w_index] * len(word))
        word_of.append(-1)  # the space after it
    word_feats = [_word_features(w) for w in words]
    word_start = 0
    for i, ch in enumerate(text):
        if i and text[i - 1].isspace():
            word_start = i
        w = word_of[i]
        context = []
        if w >= 0:
            context = ["w:" + f for f in word_feats[w]]
            context += ["wn:" + f for f in (word_feats[w + 1] if w + 1 < len(words) else ["#"])]
            context += ["wp:" + f for f in (word_feats[w - 1] if w > 0 else ["#"])]
        word_end = i
        while word_end < n - 1 and not text[word_end + 1].isspace():
            word_end += 1
        prev1 = text[i - 1] if i > 0 else "#"
        next1 = text[i + 1] if i + 1 < n else "#"
        out.append([
            "b", "c=" + ch, "t=" + _script(ch),
            "c-2=" + (text[i - 2] if i > 1 else "#"), "c-1=" + prev1, "c1=" + next1,
            "c2=" + (text[i + 2] if i + 2 < n else "#"),
            "bi-=" + prev1 + ch, "bi+=" + ch + next1, "tri=" + prev1 + ch + next1,
            "tt=" + "".join(_script(text[j]) if 0 <= j < n else "#" for j in (i - 1, i, i + 1)),
            f"pos={min(i - word_start, 3)}", f"rem={min(word_end - i, 3)}",
            "wend=" + text[max(word_start, word_end - 1):word_end + 1],
            "k=" + tags[i], "k-=" + (tags[i - 1] if i > 0 else "#"), "k+=" + (tags[i + 1] if i + 1 < n else "#"),
            "kc=" + tags[i] + ch,
            "nw=" + (text[word_end + 2:word_end + 4] if word_end + 2 < n else "#"),
            "pw=" + (text[word_start - 2] if word_start >= 2 else "#"),
            *context,
        ])
    return out


class EntityModel:
    """The shipped CRF, loaded on first use (one tagger per thread: CRFsuite taggers are not
    thread-safe), with per-sentence marginals cached by the caller's key."""

    def __init__(self, path: str | None = None) -> None:
        self.path = str(path or MODEL_PATH)
        self._local = threading.local()

    def _tagger(self) -> pycrfsuite.Tagger:
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            tagger.open(self.path)
            self._local.tagger = tagger
        return tagger

    def person_probabilities(self, sentence: Sentence) -> list[float]:
        """For each character of the sentence, the model's probability that it is part of a name."""
        if not sentence.text:
            return []
        tagger = self._tagger()
        tagger.set(features(sentence.text, char_tags(sentence.text, sentence.start, sentence.morphemes)))
        return [tagger.marginal("B-PER", i) + tagger.marginal("I-PER", i) for i in range(len(sentence.text))]


_MODEL: EntityModel | None = None


def entity_model() -> EntityModel:
    """The process's shared model."""
    global _MODEL
    if _MODEL is None:
        _MODEL = EntityModel()
    return _MODEL


def name_likelihood(probabilities: Sequence[float], start: int, end: int, text: str) -> float:
    """The mean probability over the non-space characters of `text[start:end]` (a candidate name)."""
    values = [probabilities[k] for k in range(start, min(end, len(probabilities))) if not text[k].isspace()]
    return sum(values) / len(values) if values else 0.0
