"""Render a `Digest`: Markdown for newsletters, HTML, and a one-page A4 PDF.

The page (`digest.html.j2`, styled by the briefing's `briefing.css` plus `digest.css`) lists the top
stories with their key sentence and sources, and the most quoted participants with their best quotes.
For the PDF, `page_plan(d, level)` leaves out one more item per level — second quotes first (least
quoted speaker first), then whole speakers and stories alternately (lowest ranked first) — and
`pdf.fit_one_page` picks the first level that fits; what was left out is counted ("외 N건").
Everything from an article is escaped: `|md` in Markdown, autoescaping and `|words` in HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from ..render.pdf import SpeakerBlock
from .dedup import normalise
from .merge import Digest, DigestParticipant, DigestQuote, Story, origin_name, outlet_of

DIGEST_MD = "digest.md.j2"
DIGEST_HTML = "digest.html.j2"
#: What the PDF page starts from before fitting (level 0).
PAGE_STORIES = 10
PAGE_SPEAKERS = 8
PAGE_QUOTES = 2
#: Sources named per story or quote before "외 N곳".
SHOWN_SOURCES = 4
#: What a fitting step of the page leaves out: a speaker's next quote, a speaker, a story.
PageItem = Literal["quote", "speaker", "story"]


@dataclass(slots=True)
class DigestPage:
    """What one rendering shows: stories and speakers, and how many of each were left out."""

    level: int
    stories: list[Story]
    stories_omitted: int
    speakers: list[SpeakerBlock[DigestParticipant, DigestQuote]]
    speakers_omitted: int
    sentences: int  # key sentences shown per story
    full: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def quotes_omitted(self) -> int:
        """Quotes of the shown speakers that were left out."""
        return sum(s.omitted for s in self.speakers)

    @property
    def omissions(self) -> list[str]:
        """`기사 3건`-style notes of what was left out, for the footer."""
        notes = []
        if self.stories_omitted:
            notes.append(f"뉴스 {self.stories_omitted}건")
        if self.speakers_omitted:
            notes.append(f"인물 {self.speakers_omitted}명")
        if self.quotes_omitted:
            notes.append(f"발언 {self.quotes_omitted}건")
        return notes


def speakers_of(d: Digest) -> list[DigestParticipant]:
    """Participants with quotes and a name (anonymous sources included), most quoted first."""
    return [p for p in d.participants if p.quotes and p.name]


def full_page(d: Digest) -> DigestPage:
    """Everything: every story with its key sentences, every speaker with every quote (HTML output)."""
    return DigestPage(level=0, stories=list(d.stories), stories_omitted=0,
                      speakers=[SpeakerBlock(p, list(p.quotes)) for p in speakers_of(d)], speakers_omitted=0,
                      sentences=3, full=True)


def _steps(d: Digest) -> list[tuple[PageItem, int]]:
    stories = min(len(d.stories), PAGE_STORIES)
    speakers = speakers_of(d)[:PAGE_SPEAKERS]
    steps: list[tuple[PageItem, int]] = []
    for i in reversed(range(len(speakers))):  # second and later quotes, least quoted speaker first
        steps += [("quote", i)] * (min(len(speakers[i].quotes), PAGE_QUOTES) - 1)
    # Then speakers and stories alternately, lowest ranked first; one of each always stays.
    s, p = stories - 1, len(speakers) - 1
    while s > 0 or p > 0:
        if p > 0:
            steps.append(("speaker", p))
            p -= 1
        if s > 0:
            steps.append(("story", s))
            s -= 1
    return steps


def page_plan(d: Digest, level: int = 0) -> DigestPage | None:
    """What the one-page digest shows at fitting `level`; None when nothing more can be left out."""
    steps = _steps(d)
    if level < 0 or level > len(steps):
        return None
    dropped_quotes: dict[int, int] = {}
    dropped_speakers: set[int] = set()
    dropped_stories: set[int] = set()
    for kind, index in steps[:level]:
        if kind == "quote":
            dropped_quotes[index] = dropped_quotes.get(index, 0) + 1
        elif kind == "speaker":
            dropped_speakers.add(index)
        else:
            dropped_stories.add(index)
    stories = [s for i, s in enumerate(d.stories[:PAGE_STORIES]) if i not in dropped_stories]
    all_speakers = speakers_of(d)
    blocks = []
    for i, p in enumerate(all_speakers[:PAGE_SPEAKERS]):
        if i in dropped_speakers:
            continue
        shown = min(len(p.quotes), PAGE_QUOTES) - dropped_quotes.get(i, 0)
        blocks.append(SpeakerBlock(p, p.quotes[:shown], len(p.quotes) - shown))
    return DigestPage(level=level, stories=stories, stories_omitted=len(d.stories) - len(stories),
                      speakers=blocks, speakers_omitted=len(all_speakers) - len(blocks), sentences=1)


# --- template helpers ----------------------------------------------------------------------------

def quote_sources(q: DigestQuote) -> list[str]:
    """Distinct outlets that printed a quote, in order."""
    return list(dict.fromkeys(origin_name(r.source, r.path, r.url) for r in q.sources))


def role(p: DigestParticipant) -> str:
    """`산업통상자원부 장관`: organisation and title, when known."""
    return " ".join(x for x in (p.organization, p.title) if x)


def story_sentences(story: Story, count: int) -> list[Any]:
    """The sentences shown under a story: its key sentence (count 1) or its summary in article order;
    never the sentence that already serves as the story's title."""
    if count <= 1:
        pool = ([story.key_sentence] if story.key_sentence else []) + list(story.summary)
        return [s for s in pool if s.text != story.title][:1]
    return [s for s in story.summary[:count] if s.text != story.title]


def counted(names: list[str], limit: int = SHOWN_SOURCES) -> tuple[list[str], int]:
    """The first `limit` names and how many more there are."""
    return names[:limit], max(0, len(names) - limit)


def story_links(story: Story) -> list[tuple[str, str | None]]:
    """Each outlet of a story once (the names `Story.sources` gives), with the first http(s) link to
    its article (None: no link)."""
    from ..render.briefing import linkable_url

    links: dict[str, str | None] = {}
    for a in story.articles:
        name = origin_name(a.source, a.path, a.url)
        if links.get(name) is None:
            links[name] = linkable_url(a.url)
    return list(links.items())


@dataclass(frozen=True)
class Headline:
    """Another article of a story, as the story lists it: its headline, outlet and http(s) link."""

    title: str
    outlet: str
    url: str | None


#: Other articles' headlines a story lists (the rest are counted).
SHOWN_HEADLINES = 3


def also_reported(story: Story, limit: int = SHOWN_HEADLINES) -> tuple[list[Headline], int]:
    """The headlines of a story's other articles, each once and none that is the story's own title,
    the first `limit` of them and how many more there are. A story of several articles shows them so
    that an article the digest put with the wrong story does not vanish behind the story's title (the
    JSON lists every article)."""
    from ..render.briefing import display_title, linkable_url

    seen = {normalise(story.title)}
    out: list[Headline] = []
    for b in story.briefings[1:]:
        title = display_title(b)
        key = normalise(title)
        if key in seen:
            continue
        seen.add(key)
        a = b.article
        out.append(Headline(title, origin_name(a.source, a.path, a.url), linkable_url(a.url)))
    return out[:limit], max(0, len(out) - limit)


def context(d: Digest, page: DigestPage) -> dict[str, Any]:
    """What the digest templates receive."""
    # Only real outlets count: a file that names none is shown by its name but is not an outlet.
    outlets = {o for a in d.articles if (o := outlet_of(a.source, a.path, a.url))}
    return {
        "d": d,
        "page": page,
        "date": d.date,
        "generated_at": d.generated_at,
        "n_articles": len(d.articles),
        "n_stories": len(d.stories),
        "n_outlets": len(outlets),
        "skipped": d.skipped,
        "quote_sources": quote_sources,
        "role": role,
        "story_sentences": story_sentences,
        "counted": counted,
        "outlet": origin_name,  # the outlet, else the host or file: the name its story shows too
        "story_links": story_links,
        "also_reported": also_reported,
    }


# --- formats ---------------------------------------------------------------------------------------

def to_markdown(d: Digest, template_dir: str | Path | None = None) -> str:
    """The digest as Markdown (template `digest.md.j2`): every story and every speaker."""
    from ..render.briefing import render_template, template_env

    text = render_template(template_env(template_dir), DIGEST_MD, context(d, full_page(d)))
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _html(env: Any, d: Digest, page: DigestPage) -> str:
    from ..render.briefing import render_template

    return render_template(env, DIGEST_HTML, context(d, page))


def to_html(d: Digest, template_dir: str | Path | None = None) -> str:
    """The digest as one HTML page with everything in it (the PDF's page, unabridged), the font
    embedded (`pdf.portable_html`)."""
    from ..render.pdf import html_env, portable_html

    return portable_html(_html(html_env(template_dir), d, full_page(d)))


def page_html(d: Digest, level: int, template_dir: str | Path | None = None) -> str | None:
    """The one-page HTML at fitting `level`, or None when nothing more can be left out."""
    from ..render.pdf import html_env

    page = page_plan(d, level)
    return None if page is None else _html(html_env(template_dir), d, page)


def to_pdf(d: Digest, template_dir: str | Path | None = None) -> bytes:
    """The digest as a one-page A4 PDF: lowest-ranked items left out until it fits."""
    from ..render.pdf import fit_one_page, html_env

    env = html_env(template_dir)

    def make_html(level: int) -> str | None:
        page = page_plan(d, level)
        return None if page is None else _html(env, d, page)

    return fit_one_page(make_html, template_dir=template_dir)


def render_digest(d: Digest, fmt: str, template_dir: str | Path | None = None) -> bytes | str:
    """The digest in one format: `json`, `md`, `html` (text) or `pdf` (bytes)."""
    from ..errors import UsageError
    from .merge import to_json

    if fmt == "json":
        return to_json(d)
    if fmt == "md":
        return to_markdown(d, template_dir)
    if fmt == "html":
        return to_html(d, template_dir)
    if fmt == "pdf":
        return to_pdf(d, template_dir)
    raise UsageError(f"unknown format {fmt!r}")
