"""Keywords: the nouns an article keeps coming back to."""

from __future__ import annotations

from collections import Counter

from .lexicon import KEYWORD_STOPWORDS, NOUN_TAGS
from .models import Sentence


def extract_keywords(sentences: list[Sentence], *, limit: int = 8, exclude: set[str] | None = None,
                     title_terms: list[str] | None = None) -> list[str]:
    """Up to `limit` nouns by frequency (proper nouns and title words count double), first seen first on ties.

    Single-syllable Hangul nouns, stopwords and the names in `exclude` (the participants) are skipped.
    """
    exclude = exclude or set()
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    title = set(title_terms or [])
    for s in sentences:
        for m in s.morphemes:
            form = m.form
            if m.tag not in NOUN_TAGS or form in KEYWORD_STOPWORDS or form in exclude:
                continue
            if m.tag != "SL" and len(form) < 2 or form.isdigit():
                continue
            weight = 2 if m.tag in ("NNP", "SL") else 1
            counts[form] += weight + (2 if form in title else 0)
            first.setdefault(form, m.start)
    ranked = sorted(counts, key=lambda f: (-counts[f], first[f]))
    return [f for f in ranked if counts[f] >= 2][:limit]
