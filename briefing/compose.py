"""Compose: run the stages for one article and assemble the `Briefing`."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from .models import Article, Briefing, Participant, Sentence
from .people.names import name_shaped
from .people.participants import Cast, find_cast
from .quotes.extract import extract_quotes, speech_spans
from .summary.keywords import extract_keywords
from .summary.rank import in_article_order, order_by_mmr, rank_sentences, term_vectors
from .text.analyze import analyze_stream
from .text.bylines import reporters_named

#: How many ranked sentences a briefing keeps for renderers that fit as many as a page holds.
RANKED_POOL = 12
DEFAULT_SENTENCES = 3


def build_briefing(article: Article, *, sentences: int | None = DEFAULT_SENTENCES) -> Briefing:
    """Turn one article into a briefing with `sentences` key sentences.

    `sentences=None` leaves the count to the renderer: Markdown and JSON show the default three, the
    PDF as many of the ranked sentences as fit its page.
    """
    return build_briefings([article], sentences=sentences)[0]


def build_briefings(articles: list[Article], *, sentences: int | None = DEFAULT_SENTENCES) -> list[Briefing]:
    """Several briefings at once: Kiwi analyses all the texts (and titles) in one streamed batch, and
    each article is extracted as soon as its analysis is back, while Kiwi's threads go on with the
    next ones (so extraction and tokenizing share the cores)."""
    out: list[Briefing] = []
    with _gc_paused():
        for i, analysed, title_morphs in analyze_stream([a.text for a in articles], [a.title for a in articles]):
            terms = [] if title_morphs is None else _content_forms(title_morphs)
            out.append(briefing_from_sentences(articles[i], analysed, count=sentences, title_terms=terms))
    return out


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Cyclic garbage collection off for the duration of a batch.

    A batch allocates hundreds of thousands of small objects (a `Morpheme` per token) that are never
    in a cycle; with collection on, Python traverses all of them again and again (a quarter of the
    extraction time in a profile of 200 articles). Reference counting still frees everything as
    usual; collection is back on, as it was, when the batch is done.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def briefing_from_sentences(article: Article, sentences: list[Sentence], *,
                            count: int | None = DEFAULT_SENTENCES, title_terms: list[str] | None = None) -> Briefing:
    """Extraction and composition for an article whose sentences are already analysed.

    `title_terms`: the content words of the title, when the caller has them already analysed (else
    Kiwi analyses the title here).
    """
    text = article.text
    spans = speech_spans(text)
    cast = find_cast(sentences, text, [s.marks for s in spans], reporters_named(article.byline))
    quotes = extract_quotes(text, sentences, spans, cast)
    for quote in quotes:
        if quote.speaker_key is None:
            continue
        person = cast.people[quote.speaker_key]
        quote.speaker = person.name
        person.quotes.append(quote)
    # `merged` participants are names folded into others (`ParticipantKind`): never shown; a drama's
    # character only with the lines they speak (`Cast.characters`)
    participants = [p for p in cast.people if (p.kind == "person" or p.quotes) and p.kind != "merged"
                    and (p.quotes or p.name not in cast.characters)]
    participants.sort(key=lambda p: p.first_offset)
    unattributed = [q for q in quotes if q.speaker_key is None]
    if unattributed:
        participants.append(Participant(name="", kind="unknown", quotes=unattributed))
    if title_terms is None:
        title_terms = _title_terms(article.title)
    vectors = term_vectors(sentences)
    ranked_all = rank_sentences(sentences, title_terms=title_terms, vectors=vectors)
    shown = DEFAULT_SENTENCES if count is None else count
    ranked = order_by_mmr(sentences, ranked_all, limit=max(RANKED_POOL, shown), vectors=vectors)
    # (nor a reporter's or presenter's name, where it has a name's shape: `문기혁 기자입니다`, `문기혁 기자>`)
    names = {p.name for p in participants} | {w for p in participants for w in p.name.split()} \
        | {r for r in cast.reporters if name_shaped(r, allow_two=True)}
    keywords = extract_keywords(sentences, exclude=names, title_terms=title_terms, names_at=_names_at(cast))
    return Briefing(article=article, sentences=sentences, summary=in_article_order(ranked[:shown]),
                    participants=participants, keywords=keywords, ranked=ranked, sentences_requested=count)


def _names_at(cast: Cast) -> list[tuple[int, int]]:
    """The spans of the words that write a person's name or a piece of it: in their mentions (`김상식은`,
    `남궁 후보자는`; not the body or the title a mention runs over, `더불어민주당 김철수 의원`), and wherever
    the article writes the name or a word of it (`고우석이`, `보우든의`); never the parenthesis after it
    (`타이거 우즈(미국)`). Sorted."""
    people = [p.kind == "person" for p in cast.people]
    names = {w for p in cast.people if p.kind == "person" for w in [p.name.replace(" ", ""), *p.name.split()]
             if len(w) >= 2}
    in_mention = {i for m in cast.mentions if m.kind == "person" and m.key >= 0 and people[m.key]
                  for i in range(m.start, m.end)}
    spans = []
    for word in cast.words:
        base = word.base.replace(" ", "")
        at = word.text.find(word.base)
        if at < 0 or len(base) < 2:
            continue
        if base in names or (word.start in in_mention and any(base in n for n in names)):
            spans.append((word.start + at, word.start + at + len(word.base)))
    return spans


def _title_terms(title: str | None) -> list[str]:
    if not title:
        return []
    from .text.analyze import get_kiwi

    return _content_forms(get_kiwi().tokenize(title))


def _content_forms(tokens: Iterable[Any]) -> list[str]:
    """The forms of the content words among `tokens` (`Morpheme`s or Kiwi's own tokens)."""
    from .lexicon.terms import CONTENT_TAGS

    return [t.form for t in tokens if t.tag in CONTENT_TAGS]
