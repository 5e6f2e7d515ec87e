"""Events: the articles of several outlets about one happening, told apart from articles that only share
a subject.

Two outlets' own reports of one game, award or announcement share few sentences and often no quote, so
`merge.group_stories`' text and quote tests leave them apart. What they share is what the story is
about: its names and nouns. Each article is a bag of its nouns (`story_terms`: proper and common nouns
of two syllables or more, foreign words, numbers as Kiwi reads them), weighted by TF-IDF over the
digest's own articles, so a noun that many of the day's articles use (`경기`, `선수`, `시즌`) counts for
little and the names and numbers of the happening count for much; two articles are one story when the
cosine of their vectors reaches `SAME_STORY`, and a story takes in another only when its articles
are that alike on average (average linkage: a story does not grow through a chain of articles each
like the next, as a day's many articles on one league would). The threshold is chosen on the tune part
of a set of real articles with gold stories (docs/eval.md, "Stories across outlets").

The work grows near-linearly with the number of articles: only pairs that share one of each other's
`TOP_TERMS` heaviest nouns are compared, and a noun among the heaviest of more than
`MAX_POSTING` articles links none of them.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import combinations

from ..models import Sentence
from .dedup import UnionFind

#: Kiwi's tags of the words a story is about: proper and common nouns, foreign words, Chinese
#: characters, numerals and numbers (`3-2`, `2억1000만`).
TERM_TAGS = frozenset({"NNP", "NNG", "SL", "SH", "NR", "SN"})
#: Cosine of two articles' noun vectors from which they are one story.
SAME_STORY = 0.275
#: The heaviest nouns of an article through which it meets the others it is compared with.
TOP_TERMS = 15
#: The inverse document frequency is taken as if the digest had at least this many articles, the rest
#: without any of its nouns. In a small digest every noun the stories share is in a large share of its
#: articles, and the names and numbers two reports share would weigh little (in a digest of two,
#: nothing at all). Chosen on the tune part's stories digested in small sets (2 to 30 articles, F0.5
#: flat from 35 to 80); a digest of 50 articles or more is read as before.
MIN_ARTICLES = 50
#: A noun among the heaviest of more articles than this links none of them (the day's big subject).
MAX_POSTING = 40


def story_terms(sentences: Iterable[Sentence]) -> dict[str, int]:
    """How often each noun occurs in an article (a foreign word in lower case; a one-syllable common
    noun, `수`, `것`, `등`, is no term)."""
    counts: Counter[str] = Counter()
    for sentence in sentences:
        for m in sentence.morphemes:
            if m.tag in TERM_TAGS and (len(m.form) >= 2 or m.tag == "NNP"):
                counts[m.form.lower() if m.tag == "SL" else m.form] += 1
    return dict(counts)


def _vectors(docs: Sequence[dict[str, int]]) -> list[dict[str, float]]:
    """Unit TF-IDF vectors (sublinear term frequency; smoothed inverse document frequency over `docs`,
    counted as `MIN_ARTICLES` articles at least)."""
    df: Counter[str] = Counter(t for d in docs for t in d)
    n = max(len(docs), MIN_ARTICLES)
    out = []
    for d in docs:
        v = {t: (1.0 + math.log(c)) * math.log((n + 1) / (df[t] + 1)) for t, c in d.items()}
        norm = math.sqrt(sum(x * x for x in v.values()))
        out.append({t: x / norm for t, x in v.items() if x > 0} if norm else {})
    return out


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """The cosine of two unit vectors (the nouns they share, found as a set intersection, multiplied),
    summed exactly, so that the order of a set does not move the last digit."""
    return math.fsum(a[t] * b[t] for t in a.keys() & b.keys())


def same_story_pairs(docs: Sequence[dict[str, int]], threshold: float = SAME_STORY,
                     vectors: list[dict[str, float]] | None = None) -> list[tuple[int, int, float]]:
    """`(i, j, cosine)` for every pair of `docs` (noun counts, `story_terms`) whose cosine reaches
    `threshold`, i < j, in order (`vectors`: theirs, when the caller has them)."""
    vectors = _vectors(docs) if vectors is None else vectors
    postings: dict[str, list[int]] = {}
    for i, v in enumerate(vectors):
        for t in sorted(v, key=lambda t: (-v[t], t))[:TOP_TERMS]:
            postings.setdefault(t, []).append(i)
    candidates: set[tuple[int, int]] = set()
    for members in postings.values():
        if len(members) <= MAX_POSTING:
            candidates.update(combinations(members, 2))
    pairs = []
    for i, j in sorted(candidates):
        score = cosine(vectors[i], vectors[j])
        if score >= threshold:
            pairs.append((i, j, score))
    return pairs


def join_stories(docs: Sequence[dict[str, int]], stories: UnionFind, threshold: float = SAME_STORY) -> None:
    """Join in `stories` the articles of `docs` (noun counts, `story_terms`) that read as one story.

    Pairs are taken from the most alike down; two stories become one when the mean cosine over every
    pair of their articles reaches `threshold`. Stories already joined (the same text, shared quotes)
    stay joined.
    """
    vectors = _vectors(docs)
    members: dict[int, list[int]] = {}
    for i in range(len(docs)):
        members.setdefault(stories.find(i), []).append(i)
    pairs = sorted(same_story_pairs(docs, threshold, vectors), key=lambda p: (-p[2], p[0], p[1]))
    known = {(i, j): score for i, j, score in pairs}

    def alike(x: int, y: int) -> float:
        key = (x, y) if x < y else (y, x)
        if key not in known:
            known[key] = cosine(vectors[x], vectors[y])
        return known[key]

    for i, j, _ in pairs:
        a, b = stories.find(i), stories.find(j)
        if a == b:
            continue
        mean = sum(alike(x, y) for x in members[a] for y in members[b])
        if mean >= threshold * len(members[a]) * len(members[b]):
            stories.union(a, b)
            joined = members.pop(a) + members.pop(b)
            members[stories.find(a)] = joined
