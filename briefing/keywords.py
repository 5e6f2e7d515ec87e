"""Keywords: the nouns an article keeps coming back to."""

from __future__ import annotations

from .lexicon import KEYWORD_STOPWORDS, NOUN_TAGS
from .models import Sentence

_DOUBLE = frozenset({"NNP", "SL"})


def extract_keywords(sentences: list[Sentence], *, limit: int = 8, exclude: set[str] | None = None,
                     title_terms: list[str] | None = None) -> list[str]:
    """Up to `limit` nouns by frequency (proper nouns and title words count double), first seen first on ties.

    Single-syllable Hangul nouns, stopwords and the names in `exclude` (the participants) are skipped.
    """
    skip = KEYWORD_STOPWORDS | exclude if exclude else KEYWORD_STOPWORDS
    title = set(title_terms or ())
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for s in sentences:
        for m in s.morphemes:
            tag = m.tag
            if tag not in NOUN_TAGS:
                continue
            form = m.form
            if form in skip or len(form) < 2 or form.isdigit():  # one letter or syllable says nothing
                continue
            weight = (2 if tag in _DOUBLE else 1) + (2 if form in title else 0)
            if form in counts:
                counts[form] += weight
            else:
                counts[form] = weight
                first[form] = m.start
    ranked = sorted(counts, key=lambda f: (-counts[f], first[f]))
    return [f for f in ranked if counts[f] >= 2][:limit]
