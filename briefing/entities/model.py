"""The shipped entity model: a linear-chain CRF (CRFsuite) over the characters of a sentence,
trained on real annotated Korean news and reviews (konec), and on the sentences of the real-news
set's tune parts labelled from their gold (`eval/entities/train.py`; the data files and their
licence in `briefing/entities/data/`).

Why a character CRF: Korean names, titles and organisations are runs of characters inside eojeol
(`김범수센터장은`), Kiwi splits unknown names oddly, and a CRF over characters with Kiwi's tags and a
gazetteer as features learns from 8,200 sentences in about a minute, ships in 1.4 MB, and tags a
sentence in a fraction of a millisecond on one core — no GPU, no download.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..models import Sentence
from ..resources import PACKAGE_DIR
from .features import FORM_TYPES, char_tags, features

if TYPE_CHECKING:
    import pycrfsuite

DATA_DIR = PACKAGE_DIR / "entities" / "data"
MODEL_FILE = DATA_DIR / "entities.crfsuite"
FORMS_FILE = DATA_DIR / "forms.tsv"


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, str]:
    """form → its most frequent coarse type (`FORM_TYPES`), from `forms.tsv`."""
    out = {}
    for line in FORMS_FILE.read_text(encoding="utf-8").splitlines()[1:]:
        form, kind, _count = line.split("\t")
        if kind in FORM_TYPES:
            out[form] = kind
    return out


def label_spans(labels: Sequence[str], kind: str) -> list[tuple[int, int]]:
    """(start, end) of each run `B-kind I-kind …` in a label sequence."""
    found, i = [], 0
    while i < len(labels):
        if labels[i] == "B-" + kind:
            j = i + 1
            while j < len(labels) and labels[j] == "I-" + kind:
                j += 1
            found.append((i, j))
            i = j
        else:
            i += 1
    return found


@dataclass(frozen=True, slots=True)
class Tagging:
    """The model's reading of a stretch of a sentence starting at `offset` (into the sentence text):
    a label per character (`B-PER`, `I-ORG`, `O`, …) and, on the characters labelled a name, the
    probability that they are part of one."""

    offset: int
    labels: list[str]
    person_probability: dict[int, float]

    def spans(self, kind: str) -> list[tuple[int, int]]:
        """(start, end) of each entity of `kind`, offsets into the sentence text."""
        return [(self.offset + a, self.offset + b) for a, b in label_spans(self.labels, kind)]

    def person_likelihood(self, start: int, end: int) -> float:
        """The mean probability of a name over the characters of a `PER` span."""
        values = [self.person_probability.get(k, 0.0) for k in range(start, end)]
        return sum(values) / len(values) if values else 0.0


class EntityModel:
    """The CRF, loaded on first use; one tagger per thread (CRFsuite taggers are not thread-safe)."""

    def __init__(self, path: str | None = None) -> None:
        self.path = str(path or MODEL_FILE)
        self._local = threading.local()

    def _tagger(self) -> pycrfsuite.Tagger:
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            tagger.open(self.path)
            self._local.tagger = tagger
        return tagger

    def tag(self, sentence: Sentence, start: int = 0, end: int | None = None) -> Tagging:
        """Tag `sentence.text[start:end]`: the whole sentence, or a window of it. The features look a
        few characters and one word either side, so a window of a few words around a candidate reads
        it as the whole sentence would, at a fraction of the cost."""
        end = len(sentence.text) if end is None else end
        text = sentence.text[start:end]
        if not text:
            return Tagging(start, [], {})
        tagger = self._read(sentence, start, text)
        labels = tagger.tag()
        probability = {start + i: tagger.marginal("B-PER", i) + tagger.marginal("I-PER", i)
                       for i, label in enumerate(labels) if label.endswith("-PER")}
        return Tagging(start, labels, probability)

    def _read(self, sentence: Sentence, start: int, text: str) -> pycrfsuite.Tagger:
        """The thread's tagger, set to `text` (the sentence's text from `start`)."""
        tagger = self._tagger()
        tagger.set(features(text, char_tags(text, sentence.start + start, sentence.morphemes), gazetteer()))
        return tagger

    def name_probability(self, sentence: Sentence, span: tuple[int, int], window: tuple[int, int]) -> float:
        """The mean probability, over the characters of `span` (offsets into the sentence text), that
        they are part of a person's name, reading `window` of the sentence (which holds `span`)."""
        start, end = window
        text = sentence.text[start:end]
        a, b = span[0] - start, span[1] - start
        if not text or not 0 <= a < b <= len(text):
            return 0.0
        tagger = self._read(sentence, start, text)
        tagger.tag()
        return sum(tagger.marginal("B-PER", i) + tagger.marginal("I-PER", i) for i in range(a, b)) / (b - a)


_MODEL: EntityModel | None = None
_MODEL_LOCK = threading.Lock()


def entity_model() -> EntityModel:
    """The process's shared model."""
    global _MODEL
    if _MODEL is None:
        with _MODEL_LOCK:
            if _MODEL is None:
                _MODEL = EntityModel()
    return _MODEL
