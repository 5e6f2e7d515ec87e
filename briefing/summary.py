"""Summary: rank the article's sentences and pick the key ones (extractive).

Signals (each in [0, 1], combined linearly, weights in `RankingWeights`):

- **position**: news puts the point first; the lead sentence scores 1, later ones decay as
  1 / (1 + rank/3), with a small bonus for each paragraph's first sentence.
- **centrality**: cosine similarity of the sentence's content morphemes (TF-IDF over the article's
  sentences) to the whole article, i.e. how much of the story the sentence carries.
- **title**: overlap with the title's content morphemes, when a title is known.
- **form penalties**: sentences that are too short to stand alone, captions and credits, and sentences
  that are mostly a quotation fragment are pushed down.

Selection is greedy with maximal marginal relevance (MMR): a candidate's score is discounted by its
similarity to sentences already chosen, so the summary does not say the same thing twice. The chosen
sentences are returned in article order, each with its score.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from .lexicon import CONTENT_TAGS
from .models import RankedSentence, Sentence

_CAPTION = re.compile(r"^(?:\[?사진|\(사진|▲|△|■|☞|※|<사진|\[그래픽|\[표|\[영상)|(?:제공|DB|캡처)\]?\)?\.?$")


@dataclass(frozen=True, slots=True)
class RankingWeights:
    """How much each signal counts; tuned on Korean news (see docs/eval.md)."""

    position: float = 0.55
    centrality: float = 0.35
    title: float = 0.10
    mmr_lambda: float = 0.7


def content_terms(sentence: Sentence) -> list[str]:
    """The content morphemes of a sentence (nouns, verbs, adjectives, foreign words, numbers)."""
    return [m.form for m in sentence.morphemes if m.tag in CONTENT_TAGS]


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def _form_penalty(sentence: Sentence) -> float:
    text = sentence.text
    if _CAPTION.search(text):
        return 0.0
    length = len(text)
    if length < 15:
        return 0.2
    if length < 30:
        return 0.7
    quoted = sum(len(m) for m in re.findall(r"“[^”]*”|\"[^\"]*\"", text))
    if quoted / length > 0.85:
        return 0.6
    if not re.search(r"[다요죠음함됨임\.\!\?”\"]\s*$", text):
        return 0.6  # headline-like fragment without a sentence ending
    return 1.0


def rank_sentences(sentences: list[Sentence], title: str | None = None,
                   title_terms: list[str] | None = None,
                   weights: RankingWeights = RankingWeights()) -> list[RankedSentence]:
    """Score every sentence (higher is more central); returns them in article order."""
    if not sentences:
        return []
    terms = [content_terms(s) for s in sentences]
    df: Counter[str] = Counter()
    for ts in terms:
        df.update(set(ts))
    n = len(sentences)
    idf = {t: math.log((n + 1) / (c + 0.5)) + 1.0 for t, c in df.items()}
    vectors = [{t: c * idf[t] for t, c in Counter(ts).items()} for ts in terms]
    doc: dict[str, float] = {}
    for vec in vectors:
        for t, v in vec.items():
            doc[t] = doc.get(t, 0.0) + v
    centrality = [_cosine(vec, doc) for vec in vectors]
    top = max(centrality) or 1.0
    title_vec = dict(Counter(title_terms)) if title_terms else {}
    ranked: list[RankedSentence] = []
    first_in_para: set[int] = set()
    seen_para: set[int] = set()
    for s in sentences:
        if s.paragraph not in seen_para:
            seen_para.add(s.paragraph)
            first_in_para.add(s.index)
    for i, s in enumerate(sentences):
        position = 1.0 / (1.0 + i / 3.0) + (0.05 if i in first_in_para else 0.0)
        title_sim = _cosine(vectors[i], title_vec) if title_vec else 0.0
        score = (weights.position * min(position, 1.0) + weights.centrality * centrality[i] / top
                 + weights.title * title_sim)
        ranked.append(RankedSentence(text=s.text, sentence=s.index, score=round(score * _form_penalty(s), 4)))
    return ranked


def select_summary(sentences: list[Sentence], count: int, title_terms: list[str] | None = None,
                   weights: RankingWeights = RankingWeights()) -> list[RankedSentence]:
    """The `count` key sentences chosen by score with MMR, in article order."""
    ranked = rank_sentences(sentences, title_terms=title_terms, weights=weights)
    return in_article_order(order_by_mmr(sentences, ranked, weights, limit=count)) if count > 0 else []


def order_by_mmr(sentences: list[Sentence], ranked: list[RankedSentence],
                 weights: RankingWeights = RankingWeights(), limit: int | None = None) -> list[RankedSentence]:
    """Sentences in MMR pick order (best first), at most `limit` of them."""
    vectors = [Counter(content_terms(s)) for s in sentences]
    remaining = list(range(len(ranked)))
    chosen: list[int] = []
    limit = len(ranked) if limit is None else min(limit, len(ranked))
    while remaining and len(chosen) < limit:
        def mmr(i: int) -> float:
            redundancy = max((_cosine(vectors[i], vectors[j]) for j in chosen), default=0.0)
            return weights.mmr_lambda * ranked[i].score - (1 - weights.mmr_lambda) * redundancy
        best = max(remaining, key=lambda i: (mmr(i), -i))
        chosen.append(best)
        remaining.remove(best)
    return [ranked[i] for i in chosen]


def in_article_order(items: list[RankedSentence]) -> list[RankedSentence]:
    """Summary entries sorted by their place in the article."""
    return sorted(items, key=lambda r: r.sentence)
