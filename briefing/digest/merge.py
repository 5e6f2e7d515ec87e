"""Digest: many articles into one page of stories and of who said what across them.

`build_digest(articles)` analyses every article (one batched Kiwi call per chunk, through
`compose.build_briefings`), merges articles about the same story, and groups participants across
stories:

- **Stories.** Two articles are one story when their texts are near-duplicates (a re-sent article, a
  wire copy reprinted by another outlet: Jaccard similarity of character 5-grams at least
  `SAME_TEXT`), or when they print a near-identical quote and share at least `SAME_EVENT_TEXT` of
  their text (two outlets' own write-ups of one press conference). Both tests run through MinHash
  LSH (`dedup`), so the work grows near-linearly with the number of articles. Then articles about
  the same things join (`events`: the same names, numbers and nouns; two outlets' own reports of one
  game), a story taking in another only when their articles are alike on average.
- **Participants.** One entry per person across the day, keyed by the full name; two entries with the
  same name stay apart when both give an organisation and the organisations differ (`김민준 카카오
  대표` is not `김민준 한빛건설 대표`), or, without organisations, when both give titles that differ.
  Anonymous sources (`한 관계자`) are merged within a story only.
- **Quotes.** Near-identical quotes of one participant (the same words printed by several outlets) are
  shown once, with every source.

Every input article ends up in exactly one story, or in `skipped` with the reason.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any, Literal
from zoneinfo import ZoneInfo

from ..batch import Skipped
from ..errors import BriefingError, env_number
from ..models import Article, Briefing, Participant, Quote, ShownKind
from ..people.participants import expand_org
from . import dedup, events

#: Time zone for the default digest date and `generated_at` (the news is Korean).
DEFAULT_TIMEZONE = "Asia/Seoul"
#: Key sentences per story in JSON and Markdown (the PDF shows the first as the story's key sentence).
STORY_SENTENCES = 3
#: Jaccard similarity (character 5-grams) above which two articles are the same text.
SAME_TEXT = 0.5
#: Two articles that print near-identical quotes are one story when they also share some text: two
#: shared quotes and `SAME_EVENT_TEXT`, or one quote and `SAME_EVENT_TEXT_ONE_QUOTE` (distinct stories
#: share about 0.01 of their 5-grams; two outlets' own reports of one event, 0.05–0.15).
SAME_EVENT_TEXT = 0.04
SAME_EVENT_TEXT_ONE_QUOTE = 0.08
#: Quotes shorter than this (normalised characters) are too generic to link two articles.
LINKING_QUOTE_CHARS = 15
#: Near-identical quotes: Jaccard of character 3-grams, or containment of the shorter in the longer.
SAME_QUOTE = 0.6
SAME_QUOTE_CONTAINED = 0.9
#: Articles analysed per Kiwi call (progress is reported per chunk).
CHUNK = 64

KIND_ORDER: dict[ShownKind, int] = {"person": 0, "org": 1, "anonymous": 2, "unknown": 3}
#: The roles a participant's group tallies across articles (attributes of `Participant`).
Role = Literal["organization", "title"]


def outlet_of(source: str | None, path: str, url: str | None = None) -> str | None:
    """The outlet an article names: its `source`, else the host of the URL it was fetched from (or
    gives); None for a file that names no outlet."""
    if source:
        return source
    for where in (path, url):
        match = re.match(r"^https?://([^/?#]+)", where or "", re.IGNORECASE)
        if match:
            return match.group(1)
    return None


def origin_name(source: str | None, path: str, url: str | None = None) -> str:
    """How the digest names where an article came from, on its story and on its quotes alike: the
    outlet (`outlet_of`), else the file's name (`notes.txt`), which is not counted as an outlet."""
    return outlet_of(source, path, url) or PurePath(path).name or path


@dataclass(slots=True)
class SourceRef:
    """Where a sentence or quote was printed: article path, sentence index, outlet, story index."""

    path: str
    sentence: int
    source: str | None = None
    url: str | None = None
    story: int = 0


@dataclass(slots=True)
class StorySentence:
    """A key sentence of a story, verbatim from the article at `path`."""

    text: str
    path: str
    sentence: int
    score: float


@dataclass(slots=True)
class Story:
    """Articles about one event; `briefings[0]` is the lead article the summary is taken from."""

    title: str
    briefings: list[Briefing]
    summary: list[StorySentence]
    key_sentence: StorySentence | None
    keywords: list[str] = field(default_factory=list)

    @property
    def articles(self) -> list[Article]:
        """Every article of the story, lead first."""
        return [b.article for b in self.briefings]

    @property
    def sources(self) -> list[str]:
        """Distinct names of where the articles came from (`origin_name`), lead first."""
        return list(dict.fromkeys(origin_name(a.source, a.path, a.url) for a in self.articles))


@dataclass(slots=True)
class DigestQuote:
    """A quote as shown once; `sources[0]` is where `text` was taken from (verbatim)."""

    text: str
    sources: list[SourceRef]

    @property
    def path(self) -> str:
        """The article the shown wording comes from."""
        return self.sources[0].path

    @property
    def sentence(self) -> int:
        """The sentence (in `path`) where the shown wording starts."""
        return self.sources[0].sentence


@dataclass(slots=True)
class DigestParticipant:
    """One person (or organisation, or anonymous source) across the day's stories."""

    name: str
    title: str | None
    organization: str | None
    kind: ShownKind
    mentions: int
    quotes: list[DigestQuote]
    stories: list[int]

    @property
    def quote_count(self) -> int:
        """How many times the participant was quoted, counting each outlet's printing."""
        return sum(len(q.sources) for q in self.quotes)


@dataclass(slots=True)
class Digest:
    """The day's digest: stories (most covered first), participants (most quoted first), skipped inputs."""

    date: str
    generated_at: str
    stories: list[Story]
    participants: list[DigestParticipant]
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def articles(self) -> list[Article]:
        """Every article in the digest, story by story."""
        return [a for s in self.stories for a in s.articles]


Progress = Callable[[int, int], None]


# --- building ------------------------------------------------------------------------------------

def analysis_workers(count: int) -> int:
    """Processes to analyse `count` articles with: BRIEFING_DIGEST_WORKERS when set, else 1.

    One process is the default because it measured as fast as two here (1,000 articles: 12.9 s with
    one, 12.2 s with two; 5,000: 130 s and 133 s on a busy machine): Kiwi already spreads the
    morphological analysis, the larger part, over every core with its own threads, and a second
    process costs its own Kiwi (about 370 MB and 2 s to load). On a machine with more idle cores a
    pool can still pay for big digests; set the variable to try.
    """
    value = env_number("BRIEFING_DIGEST_WORKERS", whole=True, least=1)
    if value is not None and count > CHUNK:
        return int(value)
    return 1


def analyse_articles(articles: Sequence[Article], *, sentences: int = STORY_SENTENCES,
                     progress: Progress | None = None, workers: int | None = None) -> tuple[list[Briefing], list[Skipped]]:
    """Briefings for `articles`, `CHUNK` at a time; an article whose analysis fails is skipped alone.

    Kiwi analyses each chunk with all its threads; extraction is Python and holds one core. With
    `workers` > 1 (default: `analysis_workers`) chunks go to that many processes, each with its own
    Kiwi. Briefings come back without morphemes: a digest does not use them, and they are most of the
    memory (and of the pickling cost from worker processes).
    """
    workers = analysis_workers(len(articles)) if workers is None else workers
    if workers > 1 and len(articles) > CHUNK:
        return _analyse_in_processes(list(articles), sentences, progress, workers)
    briefings: list[Briefing] = []
    skipped: list[Skipped] = []
    for start in range(0, len(articles), CHUNK):
        done, failed = _analyse_light(list(articles[start:start + CHUNK]), sentences)
        briefings += done
        skipped += failed
        if progress:
            progress(min(start + CHUNK, len(articles)), len(articles))
    return briefings, skipped


def _analyse_chunk(chunk: list[Article], sentences: int) -> tuple[list[Briefing], list[Skipped]]:
    from ..compose import build_briefings

    try:
        return build_briefings(chunk, sentences=sentences), []
    except Exception:  # noqa: BLE001, S110 - retried one by one below, to isolate the article that breaks
        pass
    briefings: list[Briefing] = []
    skipped: list[Skipped] = []
    for article in chunk:
        try:
            briefings.extend(build_briefings([article], sentences=sentences))
        except Exception as exc:  # noqa: BLE001 - one bad article must not sink the digest
            reason = str(exc) if isinstance(exc, BriefingError) else f"{type(exc).__name__}: {exc}"
            skipped.append(Skipped(article.path, f"could not be analysed ({reason})"))
    return briefings, skipped


def _worker_init() -> None:
    os.environ["BRIEFING_KIWI_WORKERS"] = "1"  # one Kiwi thread per process: the processes share the cores


def _analyse_light(chunk: list[Article], sentences: int) -> tuple[list[Briefing], list[Skipped]]:
    briefings, skipped = _analyse_chunk(chunk, sentences)
    for b in briefings:
        b.terms = events.story_terms(b.sentences)
        for s in b.sentences:
            s.morphemes = []
    return briefings, skipped


def _analyse_in_processes(articles: list[Article], sentences: int, progress: Progress | None,
                          workers: int) -> tuple[list[Briefing], list[Skipped]]:
    import logging
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    size = max(CHUNK, min(4 * CHUNK, len(articles) // (workers * 4) or CHUNK))
    chunks = [articles[i:i + size] for i in range(0, len(articles), size)]
    results: list[tuple[list[Briefing], list[Skipped]] | None] = [None] * len(chunks)
    done = 0

    def finished(n: int, result: tuple[list[Briefing], list[Skipped]]) -> None:
        nonlocal done
        results[n] = result
        done += len(chunks[n])
        if progress:
            progress(done, len(articles))

    try:
        # spawn, not fork: the parent may hold Kiwi's or other threads, which a forked child cannot use.
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                 initializer=_worker_init) as pool:
            futures = {pool.submit(_analyse_light, chunk, sentences): n for n, chunk in enumerate(chunks)}
            for future in as_completed(futures):
                finished(futures[future], future.result())
    except Exception as exc:  # noqa: BLE001 - no worker processes here (e.g. no importable __main__): go on alone
        logging.getLogger("briefing.digest").warning(
            "analysis in %d processes failed (%s: %s); going on in this process", workers, type(exc).__name__, exc)
        for n, chunk in enumerate(chunks):
            if results[n] is None:
                finished(n, _analyse_chunk(chunk, sentences))
    briefings = [b for r in results if r for b in r[0]]
    skipped = [s for r in results if r for s in r[1]]
    return briefings, skipped


def build_digest(articles: Sequence[Article], *, date: str | None = None,
                 skipped: Iterable[Any] = (), sentences: int = STORY_SENTENCES,
                 progress: Progress | None = None, now: _dt.datetime | None = None) -> Digest:
    """The digest of `articles`; `skipped` (anything with `.path` and `.error`) is carried into it."""
    briefings, failed = analyse_articles(articles, sentences=sentences, progress=progress)
    skipped_list = [Skipped(s.path, s.error) for s in skipped] + failed
    return digest_from_briefings(briefings, date=date, skipped=skipped_list, sentences=sentences, now=now)


def digest_from_briefings(briefings: Sequence[Briefing], *, date: str | None = None,
                          skipped: Iterable[Skipped] = (), sentences: int = STORY_SENTENCES,
                          now: _dt.datetime | None = None) -> Digest:
    """The digest of already analysed articles."""
    now = now or _dt.datetime.now(ZoneInfo(DEFAULT_TIMEZONE))
    groups = group_stories(briefings)
    stories = [make_story([briefings[i] for i in g], sentences) for g in groups]
    stories.sort(key=_story_rank)
    participants = group_participants(stories)
    return Digest(date=date or now.date().isoformat(), generated_at=now.isoformat(timespec="seconds"),
                  stories=stories, participants=participants, skipped=list(skipped))


def group_stories(briefings: Sequence[Briefing]) -> list[list[int]]:
    """Indices of `briefings` grouped by story (near-duplicate text, shared quotes plus some text, or
    the same names and nouns: `events.join_stories`)."""
    sets = [dedup.shingles(b.article.text, 5) for b in briefings]
    stories = dedup.UnionFind(len(briefings))

    def join(i: int, j: int, floor: float) -> None:
        # A pair already in one story needs no check: inside a big story most candidates are.
        if stories.find(i) != stories.find(j) and dedup.similarity(sets[i], sets[j])[0] >= floor:
            stories.union(i, j)

    for i, j in sorted(dedup.candidate_pairs(dedup.signatures([dedup.sample(s, 2) for s in sets]))):
        join(i, j, SAME_TEXT)
    owners: list[int] = []
    quote_texts: list[str] = []
    for i, b in enumerate(briefings):
        for p in b.participants:
            for q in p.quotes:
                owners.append(i)
                quote_texts.append(q.text)
    shared: dict[tuple[int, int], set[int]] = {}

    def known(qi: int, qj: int) -> bool:  # one article, or two already in one story: nothing to learn
        return stories.find(owners[qi]) == stories.find(owners[qj])

    for qi, qj, _ in dedup.similar_pairs(quote_texts, k=3, threshold=SAME_QUOTE, containment=SAME_QUOTE_CONTAINED,
                                         min_chars=LINKING_QUOTE_CHARS, skip=known):
        i, j = owners[qi], owners[qj]
        if i != j:
            shared.setdefault((min(i, j), max(i, j)), set()).add(min(qi, qj))
    for (i, j), quotes in sorted(shared.items()):
        join(i, j, SAME_EVENT_TEXT if len(quotes) >= 2 else SAME_EVENT_TEXT_ONE_QUOTE)
    events.join_stories([b.terms or events.story_terms(b.sentences) for b in briefings], stories)
    return stories.groups()


def _lead_key(b: Briefing) -> tuple[int, int]:
    return (1 if b.article.title else 0, len(b.sentences))


def make_story(members: list[Briefing], sentences: int = STORY_SENTENCES) -> Story:
    """A story from its articles: the lead is the fullest article with a title; summary from the lead."""
    lead = max(members, key=_lead_key)  # max keeps the first of equals: input order breaks ties
    ordered = [lead] + [b for b in members if b is not lead]
    from ..render.briefing import display_title

    path = lead.article.path
    summary = [StorySentence(r.text, path, r.sentence, r.score) for r in lead.summary[:sentences]]
    best = lead.ranked[0] if lead.ranked else (lead.summary[0] if lead.summary else None)
    key = StorySentence(best.text, path, best.sentence, best.score) if best else None
    return Story(title=display_title(lead), briefings=ordered, summary=summary, key_sentence=key,
                 keywords=list(lead.keywords))


def _story_rank(story: Story) -> tuple[int, int, int]:
    quotes = sum(len(p.quotes) for b in story.briefings for p in b.participants)
    return (-len(story.sources), -len(story.briefings), -quotes)


# --- participants --------------------------------------------------------------------------------

@dataclass(slots=True)
class _Instance:
    participant: Participant
    briefing: Briefing
    story: int


@dataclass(slots=True)
class _Group:
    """One participant being assembled: its instances, and the roles and stories seen so far (kept as
    they grow, so placing an instance costs the number of distinct roles, not of instances)."""

    name: str
    kind: ShownKind
    instances: list[_Instance] = field(default_factory=list)
    roles: dict[Role, Counter[str]] = field(default_factory=lambda: {"organization": Counter(), "title": Counter()})
    story_set: set[int] = field(default_factory=set)

    def add(self, inst: _Instance) -> None:
        self.instances.append(inst)
        self.story_set.add(inst.story)
        for attr, counts in self.roles.items():
            value = getattr(inst.participant, attr)
            if value:
                counts[value] += 1

    def values(self, attr: Role) -> list[str]:
        """Distinct values of `organization` or `title`, most frequent first (first seen on ties)."""
        return [v for v, _ in self.roles[attr].most_common()]

    def stories(self) -> set[int]:
        return self.story_set


#: A short name in parentheses after a body's name (`세계보건기구(WHO)`).
_SHORT_NAME = re.compile(r"\([^()]*\)$")


def _body_key(name: str) -> str:
    """The key that groups a body across stories: its name without the short name one story gives it
    in parentheses (`세계보건기구(WHO)` and `세계보건기구` are one body)."""
    return _SHORT_NAME.sub("", name) or name


def _norm(value: str) -> str:
    return re.sub(r"\s+", "", value).lower()


def _overlaps(a: str, b: str) -> bool:
    """Two organisations or titles are compatible when one contains the other (`SK` / `SK그룹`), an
    abbreviation counting as its full name (`기재부` / `기획재정부`: one story writes it out, another not)."""
    a, b = _norm(expand_org(a)), _norm(expand_org(b))
    return a in b or b in a


def compatible(group: _Group, p: Participant) -> bool:
    """Whether `p` can be the same person as the group (same name already checked)."""
    orgs = group.values("organization")
    if orgs and p.organization:
        return any(_overlaps(o, p.organization) for o in orgs)
    titles = group.values("title")
    if titles and p.title:
        return any(_overlaps(t, p.title) for t in titles)
    return True


def _place(groups: list[_Group], inst: _Instance) -> _Group | None:
    """The one group `inst` belongs to, or None when no group (or more than one, ambiguously) fits."""
    fits = [g for g in groups if compatible(g, inst.participant)]
    if len(fits) > 1:
        same_story = [g for g in fits if inst.story in g.stories()]
        fits = same_story if len(same_story) == 1 else fits
    if len(fits) > 1 and not (inst.participant.organization or inst.participant.title):
        return None  # `김민준` with no role, and two 김민준s known: do not guess
    if len(fits) > 1:
        org = inst.participant.organization
        exact = [g for g in fits if org and any(_norm(o) == _norm(org) for o in g.values("organization"))]
        fits = exact or fits[:1]
    return fits[0] if fits else None


def group_participants(stories: Sequence[Story]) -> list[DigestParticipant]:
    """Participants across stories: people by name and role, organisations by name, anonymous
    sources within one story; most quoted first."""
    by_key: dict[tuple[str, ...], list[_Group]] = {}
    order: list[_Group] = []
    for si, story in enumerate(stories):
        for b in story.briefings:
            for p in b.participants:
                kind = p.kind if p.name else "unknown"
                if kind == "merged" or (kind != "person" and not p.quotes):  # (compose leaves out `merged`)
                    continue
                inst = _Instance(p, b, si)
                key: tuple[str, ...] = (kind, _body_key(p.name)) if kind == "org" \
                    else (kind, p.name) if kind == "person" else (kind, p.name, str(si))
                groups = by_key.setdefault(key, [])
                group = _place(groups, inst) if kind == "person" else (groups[0] if groups else None)
                if group is None:
                    group = _Group(p.name, kind)
                    groups.append(group)
                    order.append(group)
                group.add(inst)
                if kind == "org" and len(p.name) > len(group.name):
                    group.name = p.name  # `세계보건기구(WHO)` rather than `세계보건기구`
    out = [_participant(g) for g in order]
    first = {id(p): n for n, p in enumerate(out)}
    out.sort(key=lambda p: (KIND_ORDER[p.kind] > 1, -len(p.quotes), -p.quote_count, -p.mentions,
                            min(p.stories), first[id(p)]))
    return out


def _ref(q: Quote, inst: _Instance) -> SourceRef:
    a = inst.briefing.article
    return SourceRef(a.path, q.sentence, a.source, a.url, inst.story)


def _participant(g: _Group) -> DigestParticipant:
    said: list[tuple[Quote, _Instance]] = [(q, inst) for inst in g.instances for q in inst.participant.quotes]
    clusters = dedup.cluster_texts([q.text for q, _ in said], k=3, threshold=SAME_QUOTE,
                                   containment=SAME_QUOTE_CONTAINED)
    quotes: list[DigestQuote] = []
    for members in clusters:
        # Show the fullest wording; its source comes first so `text` is verbatim from `sources[0]`.
        shown = max(members, key=lambda m: (len(said[m][0].text), -m))
        refs = [_ref(*said[shown])] + [_ref(*said[m]) for m in members if m != shown]
        quotes.append(DigestQuote(said[shown][0].text, refs))
    # Most repeated first (what every outlet printed), then in story and article order.
    quotes.sort(key=lambda q: (-len({r.path for r in q.sources}), min(r.story for r in q.sources)))
    return DigestParticipant(
        name=g.name,
        title=next(iter(g.values("title")), None),
        organization=next(iter(g.values("organization")), None),
        kind=g.kind,
        mentions=sum(i.participant.mentions for i in g.instances),
        quotes=quotes,
        stories=sorted(g.stories()),
    )


# --- JSON ------------------------------------------------------------------------------------------

def digest_dict(d: Digest) -> dict[str, Any]:
    """The digest as the JSON object of the digest contract (README, "The digest JSON"); key order is stable."""
    return {
        "date": d.date,
        "generated_at": d.generated_at,
        "stories": [
            {
                "title": s.title,
                "summary": [{"text": x.text, "path": x.path, "sentence": x.sentence, "score": x.score}
                            for x in s.summary],
                "articles": [{"path": a.path, "title": a.title, "source": a.source, "url": a.url}
                             for a in s.articles],
                "keywords": s.keywords,
            }
            for s in d.stories
        ],
        "participants": [
            {
                "name": p.name,
                "title": p.title,
                "organization": p.organization,
                "kind": p.kind,
                "mentions": p.mentions,
                "quotes": [
                    {"text": q.text, "path": q.path, "sentence": q.sentence,
                     "sources": [{"path": r.path, "sentence": r.sentence, "source": r.source}
                                 for r in q.sources]}
                    for q in p.quotes
                ],
            }
            for p in d.participants
        ],
        "skipped": [{"path": s.path, "error": s.error} for s in d.skipped],
    }


def to_json(d: Digest) -> str:
    """The digest as one JSON object (UTF-8 text, newline-terminated)."""
    import json

    return json.dumps(digest_dict(d), ensure_ascii=False, indent=1) + "\n"
