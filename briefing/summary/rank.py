"""Summary: rank the article's sentences and pick the key ones (extractive).

A sentence's score is `form × (position + centrality + title)`; each signal lies in [0, 1] and is
weighted by `RankingWeights` (docs/eval.md, "Key sentences", has the measurements behind each one):

- **form**: what kind of line it is. Bylines, photo captions and credits, contact lines, list
  items and boxed subheads (`▲ …`, `△ …`, `◇ …`, `문의 …`) are never key sentences: score 0. Lines
  without a sentence-final ending (headlines, subtitles, fragments: Kiwi tags no `EF` at the end) and
  sentences too short to stand alone only fill in when nothing else is left. A bare quotation, or a
  piece of one that spans sentences, is discounted: it says nothing without its speaker, and the
  briefing lists quotes with their speakers anyway. A sentence in which a subject named before the
  quotation says it (`김 장관은 “…”고 말했다`) gets a small bonus: editors pick the main actors' words.
- **position** (the lead prior): news states the point first. Counting only real sentences, so that
  a subtitle above the lead does not push it down, the n-th one gets `exp(-n / position_decay)`.
- **centrality**: how much of the opening the sentence carries: the sum of its TF-IDF cosine
  similarities to the other sentences, each weighted by that sentence's lead prior (a degree
  centrality, as in LexRank, over a graph where the opening counts most), divided by
  `terms ** length_norm` so that a long sentence that touches the story in passing does not outrank
  a short one that states it. It is computed in one pass from the prior-weighted sum of unit vectors.
- **title**: TF-IDF cosine with the title's content words, when a title is known.

Selection is greedy maximal marginal relevance (MMR): a candidate's score is discounted by its
highest similarity to the sentences already chosen, and a near-duplicate of a chosen sentence
(cosine >= `duplicate`) waits until nothing else is left. Ranking is linear in the article length;
MMR costs one similarity per candidate per pick.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..lexicon.speech import LEANING_OPENERS, QUOTATIVE_ENDINGS, REPORTING_VERBS
from ..lexicon.terms import CONTENT_TAGS, TERM_STOPWORDS
from ..models import RankedSentence, Sentence
from ..text.bylines import is_byline_line

# --- language data -------------------------------------------------------------------------------

#: Lines that are never key sentences, whatever their words: who wrote it, where the photo is from,
#: whom to call (bylines: `bylines.is_byline_line`). Each pattern is matched against the stripped text.
NEVER_KEY: tuple[re.Pattern[str], ...] = (
    # a dateline alone: `(서울=연합뉴스)` (bylines themselves are `bylines.is_byline_line`'s)
    re.compile(r"^[\[(][^\])]{0,20}=[^\])]{0,20}[\])]$"),
    # photo captions and credits: `▲ …`, `<사진>`, `(사진=연합뉴스)`, `사진 제공=…`, `… /연합뉴스`
    re.compile(r"^[\[(<【]\s*(?:사진|자료|그래픽|영상|표|인포그래픽|이미지)\b[^\])>】]*[\])>】]\.?$"),
    re.compile(r"^(?:사진|자료|그래픽|영상|이미지)\s*(?:제공)?\s*[=:/][^.!?]{0,40}$"),
    re.compile(r"^[^.!?]{0,60}/\s*(?:연합뉴스|뉴시스|뉴스1|[가-힣]{2,4}\s*기자)\s*[\])]?\.?$"),
    re.compile(r"(?:ⓒ|©|무단\s*전재|재배포\s*금지|Copyright)", re.IGNORECASE),
    # practical notes: `문의 교육청소년과 797-1954`, `*문의 : …`
    re.compile(r"^\*?\s*(?:문의|연락처|자료\s*문의|홈페이지|참가\s*신청)\s*[:：]?\s"),
)

#: A paragraph opening with one of these marks is a photo caption, a list or a boxed subhead, all of
#: it (`▲ 광양시청 전경. 시는 3월부터 …`): never key sentences.
MARKED_PARAGRAPH = re.compile(r"^\s*[▲△▶▷◀◁■□◆◇●○◎☞※]")

#: A sentence-final ending as a last resort when Kiwi's tags say otherwise (`…됐다` without a period).
_FINAL_ENDING = re.compile(r"[다요죠까][.!?]?[”\"’'』」)]*\.?$")
#: A parenthesis or bracket after the sentence's end (`…열었다. (사진=광양시 제공)`): not part of it.
_TRAILER = re.compile(r"(?<=[.!?”\"’])\s*[(\[<][^()\[\]<>]{1,60}[)\]>]\s*$")
#: A quotation of some length after a subject or topic (`김 장관은 … “…”고 말했다`): someone's words.
_ATTRIBUTED = re.compile(r"^[^“\"]*?[가-힣]+(?:은|는|이|가)\s[^“\"]*[“\"][^”\"]{8,}[”\"]")
_BARE_QUOTE = re.compile(r"^[“\"][^“”\"]*[”\"][.!?]?$")
#: A quotative ending right after a closing mark (`”라고`, `”며`).
_QUOTATIVE = re.compile("^(?:" + "|".join(map(re.escape, sorted(QUOTATIVE_ENDINGS, key=len, reverse=True))) + ")")
#: A sentence opening with a word that leans on the sentence before it (`그는 …`, `이어 “…”`).
_LEANING = re.compile("^(?:" + "|".join(map(re.escape, sorted(LEANING_OPENERS, key=len, reverse=True)))
                      + r")(?=[\s,“\"]|$)")

#: Fewer content terms than this and a sentence cannot stand on its own (`기계공학뿐만이 아니다.`).
MIN_TERMS = 4

#: `order_by_mmr` without a limit diversifies this many picks and lists the rest by score, which keeps
#: a 500-sentence article linear (a full MMR ordering is quadratic).
MMR_DEPTH = 30


@dataclass(frozen=True, slots=True)
class RankingWeights:
    """How the signals combine; measured on Korean news (docs/eval.md, "Key sentences")."""

    #: Weight of the lead prior.
    position: float = 0.65
    #: Weight of centrality.
    centrality: float = 0.35
    #: Weight of overlap with the title (0 when no title is known).
    title: float = 0.1
    #: Real sentences over which the lead prior falls to 1/e (it also weights centrality).
    position_decay: float = 0.9
    #: Centrality is divided by (content terms) ** length_norm.
    length_norm: float = 0.5
    #: MMR trade-off: 1.0 ranks by score alone, lower values punish similarity to chosen sentences.
    mmr_lambda: float = 0.85
    #: Cosine similarity at which a sentence repeats one already chosen.
    duplicate: float = 0.8
    #: Factor for a sentence that is only a quotation or a piece of one.
    quote_only: float = 0.6
    #: Factor for a sentence in which someone named before the quotation says it (`김 장관은 “…”고`).
    attributed_quote: float = 1.1
    #: Factor for a line that is not a sentence (no final ending, too short): last resort only.
    not_a_sentence: float = 0.05


class _TermTag(dict):
    """tag → whether it is one of `CONTENT_TAGS` (`VA-I` counting as `VA`), worked out once per tag."""

    def __missing__(self, tag: str) -> bool:
        result = self[tag] = tag.partition("-")[0] in CONTENT_TAGS
        return result


_IS_TERM_TAG = _TermTag()


def content_terms(sentence: Sentence) -> list[str]:
    """The content morphemes of a sentence (nouns, verb and adjective stems, numbers, foreign words;
    a foreign word in lower case, so that `THE GRIND` and `The Grind` are one term)."""
    return [m.form.lower() if m.tag == "SL" else m.form for m in sentence.morphemes
            if _IS_TERM_TAG[m.tag] and m.form not in TERM_STOPWORDS]


@dataclass(frozen=True, slots=True)
class TermVectors:
    """The content terms of an article's sentences and their TF-IDF unit vectors: what
    `rank_sentences` and `order_by_mmr` both use, so that a caller running both computes it once."""

    terms: list[list[str]]
    vectors: list[dict[str, float]]


def term_vectors(sentences: list[Sentence]) -> TermVectors:
    """The content terms and TF-IDF unit vectors of `sentences` (pass them to `rank_sentences` and
    `order_by_mmr` with the same sentences)."""
    terms = [content_terms(s) for s in sentences]
    return TermVectors(terms, _unit_vectors(terms))


def never_key(text: str) -> bool:
    """True for bylines, photo captions and credits, list items, boxed subheads and contact lines.

    `rank_sentences` also drops every sentence of a paragraph that opens with a `MARKED_PARAGRAPH`
    mark, since a caption or a boxed list may run over several sentences.
    """
    stripped = text.strip()
    return not stripped or bool(MARKED_PARAGRAPH.match(stripped)) or is_byline_line(stripped) \
        or any(p.search(stripped) for p in NEVER_KEY)


def is_sentence(sentence: Sentence) -> bool:
    """True when the text ends like a sentence (Kiwi's final-ending tag `EF`), not like a headline.

    A parenthesis after the final punctuation (a photo credit, `(사진=…)`) is not looked at.
    """
    text = sentence.text.strip()
    trailer = _TRAILER.search(text) if text.endswith((")", "]", ">")) else None  # (it closes the text)
    if trailer:
        text = text[: trailer.start()]
    end = sentence.start + len(text)
    for m in reversed(sentence.morphemes):
        if m.start >= end or m.tag.startswith("S") and m.tag not in ("SL", "SH", "SN"):
            continue
        if m.tag == "EF":
            return True
        break
    return bool(_FINAL_ENDING.search(text))


def quote_only(text: str) -> bool:
    """True for a bare quotation (`“…”` with no speaker) or a piece of one that spans sentences.

    Only double quotation marks count: single ones (`‘…’`) mark titles and emphasis in Korean news.
    """
    stripped = text.strip()
    if stripped.count("“") != stripped.count("”") or stripped.count('"') % 2:
        return True
    return bool(_BARE_QUOTE.match(stripped))


def leans_back(text: str) -> bool:
    """True for a sentence that opens leaning on the one before it: a pronoun subject (`그는`), a
    linking word (`이어`, `또`, `그러면서`) or a demonstrative (`이에`, `이는`); see
    `lexicon.speech.LEANING_OPENERS`. (`이 대통령은` is a surname, not a demonstrative: not matched.)"""
    return bool(_LEANING.match(text.strip()))


def frames_quotes(sentence: Sentence, spans: Sequence[tuple[int, int]]) -> bool:
    """True for a sentence that says nothing beyond the quotations it holds (`spans`: their offsets
    in the text, without the marks; those a page prints under their speaker).

    It holds one of them, and outside them there is only the attribution frame: before the first,
    who, where and when, with no clause of its own (no connective or final ending, at most one
    subject: not `…를 건의하면서 “…”`); between them and after the last, a quotative ending and at most
    two words, the last a reporting verb (`”고 말했다`, `”라고 힘줘 말했다`; not `”며 예산 증액을
    촉구했다`).
    """
    s = sentence
    inside = [(max(a, s.start), min(z, s.end)) for a, z in spans if a < s.end and z > s.start]
    if not inside:
        return False
    inside.sort()
    first = inside[0][0] - 1  # the opening mark
    before = [m for m in s.morphemes if m.start < first]
    if any(m.tag in ("EC", "EF") for m in before):
        return False
    if sum(m.tag == "JKS" or m.tag == "JX" and m.form in ("은", "는") for m in before) > 1:
        return False
    gaps = [s.text[z - s.start: a - s.start] for (_, z), (a, _) in pairwise(inside)]
    tail = s.text[inside[-1][1] - s.start:]
    for n, gap in enumerate(gaps + [tail]):
        words = _QUOTATIVE.sub("", gap.strip("“”\"' .,!?")).split()
        if len(words) > 2:
            return False
        if n == len(gaps) and words and not words[-1].startswith(REPORTING_VERBS):
            return False
    return True


def _unit_vectors(term_lists: Sequence[list[str]]) -> list[dict[str, float]]:
    """TF-IDF vectors over the article's sentences, scaled to length 1 (empty for no terms)."""
    df: Counter[str] = Counter()
    for terms in term_lists:
        df.update(set(terms))
    n = len(term_lists)
    idf = {t: math.log((n + 1) / (c + 0.5)) + 1.0 for t, c in df.items()}
    vectors = []
    for terms in term_lists:
        vec = {t: c * idf[t] for t, c in Counter(terms).items()}
        norm = math.sqrt(sum(v * v for v in vec.values()))
        vectors.append({t: v / norm for t, v in vec.items()} if norm else {})
    return vectors


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    if a.keys().isdisjoint(b.keys()):
        return 0.0  # (two sentences in five share no term: no sum to build)
    # terms missing from b add nothing; the sum runs in a's order either way
    return sum([v * b[k] for k, v in a.items() if k in b], 0.0)


def rank_sentences(sentences: list[Sentence], title_terms: list[str] | None = None,
                   weights: RankingWeights = RankingWeights(), *,
                   vectors: TermVectors | None = None) -> list[RankedSentence]:
    """Score every sentence (higher is more central; 0 = never a key sentence), in article order.

    `vectors`: `term_vectors(sentences)` when the caller has it already (else computed here).
    """
    if not sentences:
        return []
    if vectors is None:
        vectors = term_vectors(sentences)
    terms = vectors.terms
    marked: set[int] = set()
    for i, s in enumerate(sentences):
        if (i == 0 or sentences[i - 1].paragraph != s.paragraph) and MARKED_PARAGRAPH.match(s.text):
            marked.add(s.paragraph)
    junk = [s.paragraph in marked or never_key(s.text) for s in sentences]
    real = [not skip and is_sentence(s) and len(ts) >= MIN_TERMS for s, ts, skip in zip(sentences, terms, junk)]
    # The lead prior, counted over real sentences only: a subtitle above the lead does not push it down.
    prior = []
    rank = 0
    for ok in real:
        prior.append(math.exp(-rank / weights.position_decay) if ok else 0.0)
        rank += ok
    units = vectors.vectors
    # Centrality: sum_j prior_j * cos(i, j) over the other sentences, computed in one pass as
    # u_i . (sum_j prior_j u_j) - prior_i, then divided by terms ** length_norm.
    opening: dict[str, float] = {}
    for vec, weight in zip(units, prior):
        if weight:
            for t, v in vec.items():
                opening[t] = opening.get(t, 0.0) + weight * v
    centrality = [0.0 if skip or not vec else max(0.0, _dot(vec, opening) - weight) / len(ts) ** weights.length_norm
                  for vec, ts, weight, skip in zip(units, terms, prior, junk)]
    top = max(centrality) or 1.0
    title_vec: dict[str, float] = {}
    if title_terms:
        counts = Counter(t for t in title_terms if t not in TERM_STOPWORDS)
        norm = math.sqrt(sum(c * c for c in counts.values())) or 1.0
        title_vec = {t: c / norm for t, c in counts.items()}

    ranked: list[RankedSentence] = []
    for i, s in enumerate(sentences):
        if junk[i]:
            ranked.append(RankedSentence(text=s.text, sentence=s.index, score=0.0))
            continue
        signals = weights.position * prior[i] + weights.centrality * centrality[i] / top
        if title_vec:
            signals += weights.title * _dot(units[i], title_vec)
        if not real[i]:
            form = weights.not_a_sentence
        elif quote_only(s.text):
            form = weights.quote_only
        elif ("“" in s.text or '"' in s.text) and _ATTRIBUTED.match(s.text.strip()):  # (no mark: no match)
            form = weights.attributed_quote
        else:
            form = 1.0
        # The floor keeps a score of exactly 0 for the lines that are never key sentences.
        ranked.append(RankedSentence(text=s.text, sentence=s.index, score=round(max(form * signals, 1e-4), 4)))
    return ranked


def order_by_mmr(sentences: list[Sentence], ranked: list[RankedSentence],
                 weights: RankingWeights = RankingWeights(), limit: int | None = None, *,
                 vectors: TermVectors | None = None) -> list[RankedSentence]:
    """Sentences in MMR pick order (best first), at most `limit`; score-0 lines are never picked.

    `ranked` is `rank_sentences`' output for the same `sentences` (article order, one per sentence);
    `vectors` is `term_vectors(sentences)` when the caller has it already (else computed here).

    Each pick maximises `mmr_lambda * score - (1 - mmr_lambda) * similarity to the chosen ones`, and a
    near-duplicate of a chosen sentence waits until nothing else is left. Without a limit, the first
    `MMR_DEPTH` picks are made this way and the remaining sentences follow by score.
    """
    if limit is None:
        head = order_by_mmr(sentences, ranked, weights, limit=MMR_DEPTH, vectors=vectors)
        picked = {r.sentence for r in head}
        return head + sorted((r for r in ranked if r.score > 0 and r.sentence not in picked),
                             key=lambda r: (-r.score, r.sentence))
    remaining = [i for i, r in enumerate(ranked) if r.score > 0]
    limit = min(limit, len(remaining))
    if limit <= 0:
        return []
    units = (vectors if vectors is not None else term_vectors(sentences)).vectors
    redundancy = dict.fromkeys(remaining, 0.0)  # highest similarity to a chosen sentence
    chosen: list[int] = []
    lam = weights.mmr_lambda
    while len(chosen) < limit:
        fresh = [i for i in remaining if redundancy[i] < weights.duplicate] or remaining
        best = max(fresh, key=lambda i: (lam * ranked[i].score - (1 - lam) * redundancy[i], -i))
        chosen.append(best)
        remaining.remove(best)
        if len(chosen) == limit:
            break  # (no pick after this one: the similarities to it would go unread)
        for i in remaining:
            redundancy[i] = max(redundancy[i], _dot(units[i], units[best]))
    return [ranked[i] for i in chosen]


def select_summary(sentences: list[Sentence], count: int, title_terms: list[str] | None = None,
                   weights: RankingWeights = RankingWeights()) -> list[RankedSentence]:
    """The `count` key sentences chosen by score with MMR, in article order."""
    if count <= 0:
        return []
    vectors = term_vectors(sentences)
    ranked = rank_sentences(sentences, title_terms=title_terms, weights=weights, vectors=vectors)
    return in_article_order(order_by_mmr(sentences, ranked, weights, limit=count, vectors=vectors))


def in_article_order(items: list[RankedSentence]) -> list[RankedSentence]:
    """Summary entries sorted by their place in the article."""
    return sorted(items, key=lambda r: r.sentence)
