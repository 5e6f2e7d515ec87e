"""PDF: the one-page A4 briefing (`templates/briefing.html.j2` + `briefing.css`, rendered by WeasyPrint).

A page is fitted, never cut: `page_plan(b, level)` says what a page shows at fitting level `level`
(0 = everything; each level leaves out one more item, lowest priority first) and `fit_one_page`
finds the first level whose HTML lays out on one page, shrinking type only when nothing more can be
left out. What was left out is counted on the page ("외 N건"). The order of leaving out: quotes
(every speaker keeps a first quote longest; the least central speakers lose theirs first), then
attendees, the names of speakers no longer quoted, keywords, and only then the chosen key
sentences, lowest-ranked first (one always stays). A sentence or quote is shown whole or not at all.
Leaving out whole items in that order can free more room than the fit needed (the last item to go
was tall), so a fitted page then takes back what it left out and still has room for, most valued
first (`fit_page`'s `refill`; `page_plan(b, level, back)`): the plan of a level with some of its
left-out items shown again.

Korean line breaking: WeasyPrint has no `word-break: keep-all` and would break inside a word
(대통|령실), so the `words` filter wraps every space-separated word in a no-wrap span (browsers
keep it whole with that, or with `word-break: keep-all`). Hundreds of inline boxes make WeasyPrint's
layout several times slower, so before layout `join_words` turns each span back into plain text
with WORD JOINERs (U+2060, invisible, no glyph, not in the extracted text) between the characters
where a line could otherwise break: the same line breaks, at the cost of plain text.

Rendering is locked down: templates are autoescaped, and `weasy.LocalFetcher` reads only files in
the package's template and font folders (and the user's `--template-dir`).
"""

from __future__ import annotations

import datetime as _dt
import functools
import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

import jinja2
from markupsafe import Markup, escape

from ..compose import DEFAULT_SENTENCES
from ..errors import RenderError
from ..models import Briefing, Participant, Quote, RankedSentence
from ..resources import FONTS_DIR, PACKAGE_DIR
from ..summary.rank import is_sentence, never_key
from .briefing import (
    PACKAGE_TEMPLATES,
    by_prominence,
    display_title,
    key_points,
    point_pool,
    render_template,
    template_context,
    template_env,
)
from .briefing import title_sentence as headline_sentence

if TYPE_CHECKING:
    from weasyprint import Document

__all__ = [
    "BASE_FONT_PT",
    "MIN_FONT_PT",
    "REFILL_LAYOUTS",
    "WORD_JOINER",
    "FittedPage",
    "PagePlan",
    "SpeakerBlock",
    "fit_briefing",
    "fit_one_page",
    "fit_page",
    "font_face_css",
    "html_env",
    "html_to_pdf",
    "join_words",
    "keep_words",
    "page_plan",
    "portable_html",
    "render_html",
    "render_pdf",
    "with_font_size",
]

LOG = logging.getLogger("briefing")

P = TypeVar("P")
Q = TypeVar("Q")
#: What a fitting step leaves out, and its key: `point` (a key point: its sentence), `quote` ((speaker,
#: quote) indices), `attendee`, `unheard` (a speaker's name, once all their quotes are gone) and
#: `keyword` (their indices).
PageItem = Literal["point", "quote", "attendee", "unheard", "keyword"]

TEMPLATE = "briefing.html.j2"

#: Root font size of the packaged templates (everything else is sized in rem/em), and the smallest
#: size the fitter shrinks it to before giving up on "everything on one page".
BASE_FONT_PT = 10.0
MIN_FONT_PT = 8.0
#: Words longer than this may break inside (URLs, long Latin tokens): a no-wrap span that long
#: would run out of the column.
LONG_WORD = 22
#: Without `--sentences`, a page offers at most one key point for every this many sentences of the
#: article (at least `DEFAULT_SENTENCES`; the ranked pool and the page set the upper limits).
SENTENCES_PER_POINT = 3


# --- what a page shows -----------------------------------------------------------------------------

@dataclass(slots=True)
class SpeakerBlock(Generic[P, Q]):
    """A speaker and the quotes a page shows; `omitted` quotes were left out.

    Used by the briefing page (`Participant`, `Quote`) and the digest page (their digest kin).
    """

    participant: P
    quotes: list[Q]
    omitted: int = 0


@dataclass(slots=True)
class PagePlan:
    """What one page shows at a fitting level, and how much of each kind it leaves out."""

    level: int
    title: str
    #: The sentence the headline was taken from (no article title); not repeated as a key point.
    title_sentence: int | None
    #: Key points in article order: the chosen summary (the `--sentences` count), less the headline.
    points: list[RankedSentence]
    #: Chosen summary sentences left out (only when nothing else is left to leave out).
    points_omitted: int
    speakers: list[SpeakerBlock[Participant, Quote]]
    #: Speakers all of whose quotes were left out (named, not quoted), and how many quotes they had.
    unheard: list[Participant]
    unheard_quotes: int
    unheard_omitted: int
    attendees: list[Participant]
    attendees_omitted: int
    keywords: list[str]
    keywords_omitted: int
    chosen: list[RankedSentence] = field(default_factory=list)
    drops: dict[int, int] = field(default_factory=dict)
    #: Levels (at most `level`) whose items the page shows again: they fit once later ones were left out.
    back: frozenset[int] = frozenset()

    def drop_level(self, item: object) -> int | str:
        """The fitting level at which `item` leaves the page ('' when it never does).

        Templates put it in a `data-drop` attribute; the fitter reads the heights of those elements
        from one layout to estimate how many levels an overflowing page needs.
        """
        return self.drops.get(id(item), "")

    @property
    def quotes(self) -> list[Quote]:
        """Every quote the page shows."""
        return [q for s in self.speakers for q in s.quotes]

    @property
    def quotes_omitted(self) -> int:
        """How many quotes the page leaves out (counted on the page)."""
        return sum(s.omitted for s in self.speakers) + self.unheard_quotes

    @property
    def omissions(self) -> list[str]:
        """`발언 12건`-style notes of what was left out, for the footer."""
        notes = []
        if self.points_omitted:
            notes.append(f"핵심 문장 {self.points_omitted}건")
        if self.quotes_omitted:
            notes.append(f"발언 {self.quotes_omitted}건")
        people = self.attendees_omitted + self.unheard_omitted
        if people:
            notes.append(f"인물 {people}명")
        if self.keywords_omitted:
            notes.append(f"키워드 {self.keywords_omitted}개")
        return notes


@dataclass(slots=True)
class _Content:
    """Everything a page could show, and the order in which items are left out."""

    title: str
    title_sentence: int | None
    chosen: list[RankedSentence]
    speakers: list[Participant]
    attendees: list[Participant]
    keywords: list[str]
    #: (kind, key) pairs, first left out first.
    steps: list[tuple[PageItem, Any]]
    #: Sentences offered beyond the default count (no `--sentences` given): leaving them out is not
    #: an omission worth a note.
    optional: frozenset[int] = frozenset()
    #: Key point -> the sentence before it, which it leans on (`그는 …`, `이어 …`): shown only with it.
    leans_on: dict[int, int] = field(default_factory=dict)
    #: id() of a shown object (sentence, quote, participant) -> the level at which it leaves the page.
    drops: dict[int, int] = field(default_factory=dict)


def _content(b: Briefing) -> _Content:
    title = display_title(b)
    title_sentence = headline_sentence(b)
    rank = {r.sentence: n for n, r in enumerate(b.ranked)}
    steps: list[tuple[PageItem, Any]] = []
    leans_on: dict[int, int] = {}
    if b.sentences_requested is None:
        # No count asked for: the page offers a summary-sized pool (`_point_pool`) and leaves out the
        # sentences beyond the default count first, lowest-ranked first (one that leans on another
        # ranks below it, so it leaves first).
        pool, leans_on = _point_pool(b)
        core = {r.sentence for r in pool[:DEFAULT_SENTENCES]}
        chosen = sorted(pool, key=lambda r: r.sentence)
        steps += [("point", r.sentence) for r in reversed(pool) if r.sentence not in core]
    else:
        # An explicit count is the user's: exactly those sentences (`render.key_points`).
        chosen = key_points(b)
    speakers = by_prominence([p for p in b.speakers if p.name])
    speakers += [p for p in b.speakers if not p.name]  # unattributed quotes last
    # Quotes leave in reverse round-robin order: every speaker keeps a first quote longest, and the
    # least central speakers give up theirs first.
    rounds = max((len(p.quotes) for p in speakers), default=0)
    keep_order = [(i, j) for j in range(rounds) for i, p in enumerate(speakers) if j < len(p.quotes)]
    steps += [("quote", key) for key in reversed(keep_order)]
    attendees = b.attendees
    steps += [("attendee", i) for i in reversed(range(len(attendees)))]
    steps += [("unheard", i) for i in reversed(range(len(speakers)))]
    steps += [("keyword", i) for i in reversed(range(len(b.keywords)))]
    # The chosen summary goes last, lowest-ranked first, and one sentence always stays; those left
    # out are counted on the page (only the extras offered beyond the default count are not).
    optional = frozenset(key for kind, key in steps if kind == "point")
    by_rank = sorted((r for r in chosen if r.sentence not in optional), key=lambda r: rank.get(r.sentence, len(rank)))
    steps += [("point", r.sentence) for r in reversed(by_rank[1:])]
    content = _Content(title, title_sentence, chosen, speakers, attendees, list(b.keywords), steps, optional=optional,
                       leans_on=leans_on)
    sentence_of = {r.sentence: r for r in chosen}
    for level, (kind, key) in enumerate(steps, start=1):
        if kind == "point":
            content.drops[id(sentence_of[key])] = level
        elif kind == "quote":
            speaker, quote = key
            content.drops[id(speakers[speaker].quotes[quote])] = level
            # A speaker's block goes with their last quote.
            content.drops[id(speakers[speaker])] = max(level, content.drops.get(id(speakers[speaker]), 0))
    return content


def _point_pool(b: Briefing) -> tuple[list[RankedSentence], dict[int, int]]:
    """The key points a page offers when no count was asked for (`render.point_pool`): at most one
    for every `SENTENCES_PER_POINT` real sentences of the article, at least `DEFAULT_SENTENCES`."""
    real = sum(1 for s in b.sentences if is_sentence(s) and not never_key(s.text))
    return point_pool(b, max(DEFAULT_SENTENCES, real // SENTENCES_PER_POINT))


def _plan(c: _Content, level: int, back: frozenset[int] = frozenset()) -> PagePlan | None:
    """The plan of `level` with the items of the levels in `back` shown again; None past the last
    level or when `back` is not an order the content allows (`_may_take_back`)."""
    if level < 0 or level > len(c.steps) or not _may_take_back(c, level, back):
        return None
    gone: dict[PageItem, set[Any]] = {}
    for n, (kind, key) in enumerate(c.steps[:level], start=1):
        if n not in back:
            gone.setdefault(kind, set()).add(key)
    no: frozenset[Any] = frozenset()
    points = [r for r in c.chosen if r.sentence not in gone.get("point", no)]
    blocks: list[SpeakerBlock[Participant, Quote]] = []
    unheard: list[Participant] = []
    unheard_quotes = unheard_omitted = 0
    for i, p in enumerate(c.speakers):
        shown = [q for j, q in enumerate(p.quotes) if (i, j) not in gone.get("quote", no)]
        if shown:
            blocks.append(SpeakerBlock(p, shown, len(p.quotes) - len(shown)))
            continue
        unheard_quotes += len(p.quotes)
        if i in gone.get("unheard", no) or not p.name:
            unheard_omitted += bool(p.name)
        else:
            unheard.append(p)
    attendees = [p for i, p in enumerate(c.attendees) if i not in gone.get("attendee", no)]
    keywords = [k for i, k in enumerate(c.keywords) if i not in gone.get("keyword", no)]
    return PagePlan(
        level=level, title=c.title, title_sentence=c.title_sentence, points=points,
        points_omitted=sum(1 for r in c.chosen if r not in points and r.sentence not in c.optional),
        speakers=blocks, unheard=unheard, unheard_quotes=unheard_quotes, unheard_omitted=unheard_omitted,
        attendees=attendees, attendees_omitted=len(c.attendees) - len(attendees),
        keywords=keywords, keywords_omitted=len(c.keywords) - len(keywords), chosen=list(c.chosen),
        drops=c.drops, back=frozenset(n for n in back if 0 < n <= level),
    )


def _may_take_back(c: _Content, level: int, back: frozenset[int]) -> bool:
    """Whether the page of `level` may show the items of the levels in `back` again: a speaker's
    quotes come back in their order (the first one left out first), never with a gap before them;
    a key point that leans on the sentence before it comes back only with that sentence."""
    points_again = {c.steps[n - 1][1] for n in back if 0 < n <= level and c.steps[n - 1][0] == "point"}
    if any(k in c.leans_on for k in points_again):
        gone = {key for n, (kind, key) in enumerate(c.steps[:level], start=1) if kind == "point" and n not in back}
        if any(c.leans_on.get(k) in gone for k in points_again):
            return False
    shown_again = {c.steps[n - 1][1] for n in back if 0 < n <= level and c.steps[n - 1][0] == "quote"}
    if not shown_again:
        return True
    gone = {key for n, (kind, key) in enumerate(c.steps[:level], start=1) if kind == "quote" and n not in back}
    return all((i, j - 1) not in gone for i, j in shown_again if j)


def page_plan(b: Briefing, level: int = 0, back: frozenset[int] | set[int] = frozenset()) -> PagePlan | None:
    """What the page shows at fitting `level`, with the items of the levels in `back` (at most
    `level`) shown again; None when there is nothing more to leave out, or when `back` would show a
    speaker's later quote without an earlier one."""
    return _plan(_content(b), level, frozenset(back))


# --- HTML ------------------------------------------------------------------------------------------

def keep_words(value: object, before: str = "", after: str = "", limit: int = LONG_WORD) -> Markup:
    """Escape `value` and wrap each space-separated word in a no-wrap span (Korean keep-all).

    `before`/`after` (quotation marks) join the first/last word so that a mark never sits alone at
    the end or start of a line. Words longer than `limit` characters (set it lower in narrow
    columns) may break anywhere instead of running out of their box.
    """
    words = str(value or "").split()
    if not words:
        return Markup(escape(before + after))
    words[0] = before + words[0]
    words[-1] = words[-1] + after
    return Markup(" ").join(_word_span(w, limit) for w in words)


def _word_span(word: str, limit: int) -> Markup:
    """One word as a no-wrap span; a long one breaks before its parenthesis when both parts fit
    (`니혼게이자이신문(닛케이)`), else anywhere."""
    if len(word) <= limit:
        return Markup('<span class="w">{}</span>').format(word)
    parts = [p for p in re.split(r"(?=[(（])", word) if p]
    if len(parts) > 1 and all(len(p) <= limit for p in parts):
        return Markup("<wbr>").join(Markup('<span class="w">{}</span>').format(p) for p in parts)
    return Markup('<span class="wl">{}</span>').format(word)


_CJK = "\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
#: Between two characters at least one of which is CJK (Hangul, hanja, CJK punctuation), a line may
#: break; elsewhere inside a word (Latin, digits) it does not, and a joiner would only hurt shaping.
_BREAKABLE_PAIR = re.compile(f"(?<=[{_CJK}])(?=[^\\s])|(?<=[^\\s])(?=[{_CJK}])")
_WORD_SPAN = re.compile(r'<span class="w">([^<]*)</span>')
WORD_JOINER = "\u2060"


def join_words(html: str) -> str:
    """Replace each `<span class="w">word</span>` of `keep_words` by the word with WORD JOINERs
    where a line could break inside it: the same line breaks for WeasyPrint, far fewer boxes."""

    def join(match: re.Match[str]) -> str:
        word = match.group(1)
        if "&" in word:  # keep entities whole: join around them, never inside
            parts = re.split(r"(&[#\w]+;)", word)
            return WORD_JOINER.join(p for part in parts if part
                                    for p in ([part] if part.startswith("&") else [_join(part)]))
        return _join(word)

    return _WORD_SPAN.sub(join, html)


def _join(text: str) -> str:
    return _BREAKABLE_PAIR.sub(WORD_JOINER, text)


def _strip_email(value: str | None) -> str:
    return re.sub(r"\s*\S+@\S+\.\S+", "", value or "").strip()


def _package_url(relative: str) -> str:
    """`file:` URL of a file shipped in the package (fonts), for @font-face."""
    path = (PACKAGE_DIR / relative).resolve()
    if not path.is_relative_to(PACKAGE_DIR):
        raise RenderError(f"not a package file: {relative}")
    return path.as_uri()


def font_face_css() -> str:
    """@font-face rules for the packaged Korean fonts (family `NotoSansKR`, weights 400 and 700)."""
    return "\n".join(
        f'@font-face {{ font-family: "NotoSansKR"; font-weight: {weight}; '
        f'src: url("{_package_url("fonts/NotoSansKR-" + name + ".ttf")}") format("truetype"); }}'
        for weight, name in ((400, "Regular"), (700, "Bold"))
    )


#: A CSS `url(…)` naming a `file:` URL, with its `format(…)`: how `package_url` and `font_face_css`
#: name the packaged fonts in a <style>.
_FILE_URL = re.compile(r"""url\(\s*(["']?)(file:[^"')\s]+)\1\s*\)(?:\s*format\(\s*["']?[\w-]+["']?\s*\))?""")
_STYLE = re.compile(r"(<style\b[^>]*>)(.*?)(</style\s*>)", re.DOTALL | re.IGNORECASE)
#: Always in an embedded font, whatever the page says: CSS counters and the like draw digits and ASCII.
_ALWAYS = frozenset(map(chr, range(0x20, 0x7F)))


def _package_font(url: str) -> Path | None:
    """The packaged font file a `file:` URL names, else None."""
    from urllib.parse import urlsplit
    from urllib.request import url2pathname

    parts = urlsplit(url)
    if parts.netloc not in ("", "localhost"):
        return None
    try:
        path = Path(url2pathname(parts.path)).resolve(strict=True)
    except (OSError, RuntimeError, ValueError):
        return None
    if path.is_file() and path.is_relative_to(FONTS_DIR) and path.suffix.lower() in (".ttf", ".otf"):
        return path
    return None


@functools.lru_cache(maxsize=8)
def _embedded_font_src(path: str, chars: frozenset[str]) -> str:
    """`local(…), url("data:…") format(…)`: an installed copy of the font first (by its full and
    PostScript names, and by the family name for the Regular face), else the font subset to `chars`
    as a data: URI. WOFF2 when brotli is installed (it comes with WeasyPrint's fontTools[woff]), else
    WOFF. The font keeps its own `head.modified` and all its names (copyright, OFL licence), so the
    same page gives the same bytes."""
    import base64
    import io

    from fontTools import subset
    from fontTools.ttLib import TTFont, woff2

    flavor = "woff2" if woff2.haveBrotli else "woff"
    with TTFont(path, recalcTimestamp=False) as font:
        names = font["name"]
        family, style, full, postscript = (names.getDebugName(i) for i in (1, 2, 4, 6))
        local = [family] if style == "Regular" else []
        options = subset.Options(flavor=flavor, name_IDs=["*"], name_legacy=True, notdef_outline=True)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=sorted(map(ord, chars)))
        subsetter.subset(font)
        data = io.BytesIO()
        subset.save_font(font, data, options)
    local_names = ", ".join(f'local("{n}")' for n in dict.fromkeys(local + [full, postscript]) if n)
    uri = f"data:font/{flavor};base64,{base64.b64encode(data.getvalue()).decode('ascii')}"
    return f'{local_names}, url("{uri}") format("{flavor}")'


def portable_html(html: str) -> str:
    """`html` for a browser on any machine or web server (`-f html`): every packaged font its <style>
    names by `file:` URL (`package_url`, `font_face_css`) becomes `local()` names of an installed Noto
    Sans KR, then the font itself as a `data:` URI holding only the characters of the page. Nothing
    else changes. The PDF path keeps the `file:` URLs: WeasyPrint's fetcher serves no `data:`.
    """
    from html import unescape

    chars = frozenset(html) | frozenset(unescape(html)) | _ALWAYS

    def embed(match: re.Match[str]) -> str:
        path = _package_font(match.group(2))
        return match.group(0) if path is None else _embedded_font_src(str(path), chars)

    return _STYLE.sub(lambda m: m.group(1) + _FILE_URL.sub(embed, m.group(2)) + m.group(3), html)


def w3c_date(value: object) -> str | None:
    """The date of `value` as a W3C date (`2025-06-20`) for the PDF's creation date, else None.

    An article's date, not the clock, dates its PDF, so the same article gives the same bytes on any
    run. Without a readable date, `SOURCE_DATE_EPOCH` (reproducible-builds.org) is used when set.
    """
    match = re.match(r"\s*(\d{4})[-./년]\s*(\d{1,2})[-./월]\s*(\d{1,2})", str(value or ""))
    if match:
        try:
            return _dt.date(*map(int, match.groups())).isoformat()
        except ValueError:
            pass
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return _dt.datetime.fromtimestamp(int(epoch), _dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return None


def html_env(template_dir: str | Path | None = None) -> jinja2.Environment:
    """`render.template_env` plus the filters and globals the HTML templates use."""
    env = template_env(template_dir)
    env.filters["words"] = keep_words
    env.filters["w3c_date"] = w3c_date
    env.globals["package_url"] = _package_url
    env.globals["font_face_css"] = lambda: Markup(font_face_css())  # CSS for a <style>: not escaped
    return env


def _html(env: jinja2.Environment, b: Briefing, plan: PagePlan) -> str:
    a = b.article
    context = template_context(b)
    context.update(
        page=plan,
        title=plan.title,
        byline=_strip_email(a.byline),
        origin=a.source or Path(a.path).name,
        meta=[x for x in (a.source, a.date) if x],
    )
    return render_template(env, TEMPLATE, context)


def render_html(briefing: Briefing, template_dir: str | Path | None = None, *, level: int = 0) -> str:
    """The briefing page as HTML, with `level` items left out (clamped to what can be left out)."""
    content = _content(briefing)
    plan = _plan(content, max(0, min(level, len(content.steps))))
    assert plan is not None
    return _html(html_env(template_dir), briefing, plan)


# --- WeasyPrint ------------------------------------------------------------------------------------

class _Renderer:
    """One fetcher and one font configuration shared by every layout of one page (fonts load once)."""

    def __init__(self, template_dir: str | Path | None = None) -> None:
        from .weasy import FontConfiguration, LocalFetcher

        roots = [PACKAGE_TEMPLATES, FONTS_DIR]
        if template_dir:
            roots.append(Path(template_dir))
        self.fetcher = LocalFetcher(roots)
        self.fonts = FontConfiguration()
        self.base_url = Path(template_dir or PACKAGE_TEMPLATES).resolve().as_uri() + "/"
        self.layouts = 0
        self._fallback: Any = None

    def layout(self, html: str) -> Document:
        from .weasy import weasyprint

        if self._fallback is None:
            # A user-origin stylesheet: any template that names no font of its own still gets the
            # Korean one rather than empty boxes (the machine may have no Korean system font).
            self._fallback = weasyprint.CSS(
                string=font_face_css() + "\nhtml { font-family: NotoSansKR, sans-serif }",
                url_fetcher=self.fetcher, font_config=self.fonts)
        self.layouts += 1
        return weasyprint.HTML(string=join_words(html), base_url=self.base_url,
                               url_fetcher=self.fetcher).render(font_config=self.fonts,
                                                                stylesheets=[self._fallback])

    @staticmethod
    def write(document: Document) -> bytes:
        from .weasy import write_pdf

        try:
            return write_pdf(document)
        except Exception as exc:
            raise RenderError(f"PDF could not be written ({type(exc).__name__}: {exc})") from exc


def html_to_pdf(html: str, *, template_dir: str | Path | None = None) -> tuple[bytes, int]:
    """PDF bytes and page count of `html`, rendered with the locked-down fetcher."""
    renderer = _Renderer(template_dir)
    document = renderer.layout(html)
    return renderer.write(document), len(document.pages)


def _content_bottom(box: Any) -> float:
    """The lowest edge of anything laid out in `box` (a split block's own height runs to the page end)."""
    children = [c for c in getattr(box, "children", None) or () if hasattr(c, "position_y")]
    if not children or type(box).__name__ == "LineBox":
        return box.position_y + box.margin_height()
    return max(_content_bottom(child) for child in children)


def _pages_used(document: Document) -> float:
    """How many pages the content fills, fractional: 1.4 = one page and 40% of the next."""
    used = 0.0
    for page in document.pages:
        page_box = page._page_box
        try:
            root = page_box.children[0]
            fill = (_content_bottom(root) - page_box.content_box_y()) / page_box.height
        except (AttributeError, IndexError, ValueError, ZeroDivisionError):
            fill = 1.0
        used += min(max(fill, 0.0), 1.0)
    return used


def _drop_heights(document: Document) -> dict[int, float]:
    """Height each fitting level frees, read from elements marked `data-drop="LEVEL"` (block boxes).

    A marked element inside another counts once: the outer one frees only what is not marked inside.
    """
    freed: dict[int, float] = {}

    def visit(box: Any) -> float:
        inner = sum(visit(child) for child in getattr(box, "children", ()) or ())
        element = getattr(box, "element", None)
        mark = element.get("data-drop") if element is not None and hasattr(element, "get") else None
        if not mark or not mark.isdigit() or not hasattr(box, "margin_height") or box.is_in_normal_flow() is False:
            return inner
        if type(box).__name__ not in ("BlockBox", "FlexBox", "GridBox", "TableBox"):
            return inner
        # Adjoining vertical margins collapse: count the larger one, not both.
        height = box.border_height() + max(box.margin_top or 0.0, box.margin_bottom or 0.0)
        freed[int(mark)] = freed.get(int(mark), 0.0) + max(height - inner, 0.0)
        return height

    for page in document.pages:
        visit(page._page_box)
    return freed


def _estimate_level(document: Document, level: int, last: int) -> int | None:
    """The first level after `level` (whose layout is `document`) expected to fit, from the heights
    later levels free; None when the template marks nothing."""
    freed = _drop_heights(document)
    if not freed:
        return None
    page_box = document.pages[0]._page_box
    overflow = (_pages_used(document) - 1) * page_box.height
    total = 0.0
    for candidate in range(level + 1, last + 1):
        total += freed.get(candidate, 0.0)
        if total >= overflow:
            return candidate
    return last


#: How much a re-added item may differ from its measured height (an "외 N건" note that comes and
#: goes can change a line), in CSS px.
_SLACK_TOLERANCE = 20.0


def _cannot_return(overflowing: Document, fitting: Document, level: int) -> bool:
    """Whether the item that `level` leaves out is clearly taller than the room left on the page
    of `level` (so level - 1 cannot fit and need not be laid out). Measured items only."""
    freed = _drop_heights(overflowing).get(level, 0.0)
    page_box = fitting.pages[0]._page_box
    room = (1.0 - _pages_used(fitting)) * page_box.height
    return freed > room + _SLACK_TOLERANCE


def _room(document: Document) -> float:
    """Height left free on a one-page layout for more content in its body, in CSS px: from the
    bottom of the body's border box to the end of the page area. A bottom margin inside the body
    still takes room; the last one that only meets the page end does not (WeasyPrint drops it)."""
    page_box = document.pages[0]._page_box
    try:
        root = page_box.children[0]
        boxes = [box for box in root.children if hasattr(box, "border_height") and box.is_in_normal_flow()]
        bottom = max(box.position_y + box.margin_top + box.border_height() for box in boxes or [root])
        return page_box.content_box_y() + page_box.height - bottom
    except (AttributeError, IndexError, TypeError, ValueError):
        return (1.0 - _pages_used(document)) * page_box.height


#: At most this many extra layouts go to taking back left-out items once a page fits (including
#: the layout of the page that takes them back).
REFILL_LAYOUTS = 3


_TAG = re.compile(r"<style.*?</style>|<[^>]+>", re.DOTALL | re.IGNORECASE)


def _text_size(html: str) -> int:
    """Characters of visible text: a cheap stand-in for the height a level needs."""
    return len(re.sub(r"\s+", " ", _TAG.sub(" ", html)))


def with_font_size(html: str, points: float) -> str:
    """`html` with its root font size forced to `points` (templates size type in rem)."""
    style = f"<style>html{{font-size:{points:.2f}pt !important}}</style>"
    head_end = re.search(r"</head\s*>", html, re.IGNORECASE)
    if head_end:
        return html[:head_end.start()] + style + html[head_end.start():]
    return style + html


@dataclass(slots=True)
class FittedPage:
    """A one-page PDF and how it was fitted."""

    pdf: bytes
    level: int
    font_size: float | None  # None: the template's own size
    layouts: int  # how many times the HTML was laid out
    overflowed: bool = False  # True only when even the smallest page at the floor size overflowed
    #: Levels (at most `level`) whose left-out items the page shows again (see `fit_page`'s `refill`).
    back: frozenset[int] = frozenset()


def fit_page(make_html: Callable[[int], str | None], *, template_dir: str | Path | None = None,
             base_size: float = BASE_FONT_PT, min_size: float = MIN_FONT_PT,
             refill: Callable[[int, frozenset[int]], str | None] | None = None) -> FittedPage:
    """Find the first level whose HTML fits one page; see `fit_one_page`.

    `refill(level, back)`: the HTML of `level` with the items that the levels in `back` left out
    shown again, or None when the page cannot show that (an order the content does not allow).
    Given it, a fitted page takes back left-out items while they fit, the item of the highest level
    (left out last, so valued most) first, judged mostly by the heights measured on the layouts
    already made (`data-drop` marks); the page that takes them back is laid out and kept only when
    it is still one page, with at most `REFILL_LAYOUTS` more layouts (see `_refill`).
    `FittedPage.back` says what came back.
    """
    htmls: dict[int, str | None] = {}
    fits_cache: dict[int, bool] = {}
    documents: dict[int, Document] = {}
    renderer = _Renderer(template_dir)

    def html_at(level: int) -> str | None:
        if level not in htmls:
            htmls[level] = make_html(level)
        return htmls[level]

    def fits(level: int) -> bool:
        if level not in fits_cache:
            html = html_at(level)
            assert html is not None
            document = renderer.layout(html)
            fits_cache[level] = len(document.pages) == 1
            documents[level] = document
        return fits_cache[level]

    if html_at(0) is None:
        raise RenderError("nothing to render")
    if fits(0):
        return FittedPage(renderer.write(documents[0]), 0, None, renderer.layouts)

    # The last level that exists (HTML is cheap to make: gallop, then bisect, without laying out).
    last, step = 0, 1
    while html_at(last + step) is not None:
        last, step = last + step, step * 2
    high = last + step
    while high - last > 1:
        mid = (last + high) // 2
        if html_at(mid) is not None:
            last = mid
        else:
            high = mid

    def estimate(level: int) -> int:
        """The first level after `level` expected to fit, measured on the layout of `level`: the
        heights that later levels free (marked items) or, for templates without marks, text size."""
        guess = _estimate_level(documents[level], level, last)
        if guess is None:
            target = _text_size(html_at(level) or "") * 0.97 / _pages_used(documents[level])
            a, z = level + 1, last
            while a < z:
                mid = (a + z) // 2
                if _text_size(html_at(mid) or "") <= target:
                    z = mid
                else:
                    a = mid + 1
            guess = a
        return guess

    # Search between a level known to overflow (lo) and one known to fit (hi; last + 1 stands for
    # "nothing fits"). Each overflowing layout re-estimates from its own overflow (a Newton step);
    # a fitting one is checked for minimality by its predecessor, and bisection is the fallback.
    lo, hi = 0, last + 1
    guess: int | None = estimate(0) if last else None
    downward = 0
    while hi - lo > 1:
        bisected = guess is None or not lo < guess < hi or downward > 1
        if bisected or guess is None:
            guess = (lo + hi) // 2
        if fits(guess):
            hi, downward = guess, downward + 1
            if refill is not None and not bisected and hi - 1 not in fits_cache:
                # An estimated level that fits: its minimality check (hi - 1) is the refill's first
                # candidate (level hi with the item it left out shown again), so the refill settles
                # it, on the measured heights when they are clear, rather than with a layout here.
                break
            guess = hi - 1
            if hi - 1 > lo and _cannot_return(documents[lo], documents[hi], hi):
                lo = hi - 1  # the item this level left out is taller than the room it left
        else:
            lo = guess
            guess = estimate(lo)
    if hi <= last:
        document, back = documents[hi], frozenset[int]()
        if refill is not None and hi > 0:
            document, back = _refill(renderer, refill, hi, documents, fits_cache)
        return FittedPage(renderer.write(document), hi, None, renderer.layouts, back=back)

    # Nothing left to leave out: shrink type, within the floor.
    smallest = html_at(last)
    assert smallest is not None
    sizes = [s / 4 for s in range(int(min_size * 4), int(base_size * 4))]  # 0.25 pt steps
    best: Document | None = None
    best_size: float | None = None
    a, z = 0, len(sizes) - 1
    while a <= z:  # the largest size that fits
        mid = (a + z) // 2
        document = renderer.layout(with_font_size(smallest, sizes[mid]))
        if len(document.pages) == 1:
            best, best_size, a = document, sizes[mid], mid + 1
        else:
            z = mid - 1
    if best is not None:
        return FittedPage(renderer.write(best), last, best_size, renderer.layouts)
    # A single item longer than a page: keep the first page rather than break the one-page promise.
    LOG.warning("briefing: the page overflows even at %.1fpt; only the first page is kept", min_size)
    document = renderer.layout(with_font_size(smallest, min_size))
    return FittedPage(renderer.write(document.copy(document.pages[:1])), last, min_size,
                      renderer.layouts, overflowed=True)


def _item_heights(documents: dict[int, Document]) -> dict[int, float]:
    """Height of the item each level leaves out, from the layout of the highest level that still
    shows it (`_drop_heights`; levels with unmarked items are missing)."""
    heights: dict[int, float] = {}
    for level in sorted(documents, reverse=True):
        for n, height in _drop_heights(documents[level]).items():
            heights.setdefault(n, height)
    return heights


def _refill(renderer: _Renderer, refill: Callable[[int, frozenset[int]], str | None], level: int,
            documents: dict[int, Document], fits_cache: dict[int, bool]) -> tuple[Document, frozenset[int]]:
    """The layout of fitted `level` with as many left-out items back as still fit, and their levels.

    Candidates go from level `level` down to 1 (most valued first). An item's height is read from
    the layouts the fit already made (the nearest level that still showed it). It can be off by
    about a line (an "외 N건" note that moves to it, or off a line of its own), so: an item that fits
    the room left with that to spare (`_SLACK_TOLERANCE`) is taken on the estimate, one taller than
    the room by more than that is passed over. One in between (or unmeasured) is settled by a
    layout, once per page: together with items already taken on estimates, whose page needs a
    layout anyway; alone only when its measured height fits the room (a layout on a mere chance of
    a line saved would most often buy nothing). The set taken on estimates is then laid out; should
    it overflow after all, the least valued items go again until it fits or the budget is spent
    (then the page stays as fitted). Leaving out more never makes a page longer, so an item that
    did not fit is never tried again, and any set holding all of levels m+1..`level` for an
    overflowing level m is known to overflow without a layout.
    """
    heights = _item_heights(documents)
    overflowing = [m for m, fit in fits_cache.items() if not fit and m < level]
    htmls: dict[frozenset[int], str | None] = {}

    def html_of(back: frozenset[int]) -> str | None:
        if back not in htmls:
            htmls[back] = refill(level, back)
        return htmls[back]

    def known_to_overflow(back: frozenset[int]) -> bool:
        return any(back.issuperset(range(m + 1, level + 1)) for m in overflowing)

    budget = REFILL_LAYOUTS

    def one_page(back: frozenset[int]) -> Document | None:
        nonlocal budget
        budget -= 1
        html = html_of(back)
        assert html is not None
        document = renderer.layout(html)
        return document if len(document.pages) == 1 else None

    document, kept = documents[level], frozenset[int]()
    room = _room(document)
    trial: list[int] = []  # taken on estimates since `document` was laid out
    unsure = 1  # layouts left for an item the estimates cannot settle
    for n in range(level, 0, -1):
        back = kept.union(trial, (n,))
        height = heights.get(n)
        sure = height is not None and height + _SLACK_TOLERANCE <= room
        if not sure:
            # One layout at most, and one must stay for the items taken on estimates. Along with
            # them (a page laid out anyway): unmeasured, or within a line of the room; alone: only
            # when its measured height fits.
            if height is None:
                worth_a_layout = bool(trial)
            else:
                worth_a_layout = height <= room + (_SLACK_TOLERANCE if trial else 0.0)
            if not (worth_a_layout and unsure and budget > bool(trial)):
                continue
        if known_to_overflow(back) or html_of(back) is None:
            continue
        if sure:
            assert height is not None
            trial.append(n)
            room -= height
            continue
        unsure -= 1
        settled = one_page(back)
        if settled is not None:
            document, kept, trial = settled, back, []
            room = _room(document)
    while trial and budget > 0:
        settled = one_page(kept.union(trial))
        if settled is not None:
            document, kept = settled, kept.union(trial)
            break
        trial.pop()
    return document, kept


def fit_one_page(make_html: Callable[[int], str | None], *, template_dir: str | Path | None = None,
                 base_size: float = BASE_FONT_PT, min_size: float = MIN_FONT_PT,
                 refill: Callable[[int, frozenset[int]], str | None] | None = None) -> bytes:
    """A one-page PDF from the first of `make_html(0)`, `make_html(1)`, … that fits on one page.

    `make_html(level)` returns the document with `level` items left out, or None when nothing more
    can be left out; levels must shrink the content monotonically. Levels are searched from an
    estimate and bisected, so a page is laid out a handful of times, not once per level. When even
    the last level overflows, the root font size is lowered in 0.25 pt steps from `base_size` down to
    `min_size` (templates must size type in rem/em for this); past that, only the first page is kept.
    With `refill`, the fitted page takes back left-out items that still fit (see `fit_page`).
    Resources are fetched only from the package's templates and fonts (and `template_dir`).
    """
    return fit_page(make_html, template_dir=template_dir, base_size=base_size, min_size=min_size,
                    refill=refill).pdf


def fit_briefing(briefing: Briefing, template_dir: str | Path | None = None) -> tuple[FittedPage, PagePlan]:
    """The one-page PDF of a briefing, and the plan of what it shows (left-out items that fit once
    later ones were left out are taken back: `plan.back`)."""
    content = _content(briefing)
    env = html_env(template_dir)

    def page_html(level: int, back: frozenset[int] = frozenset()) -> str | None:
        plan = _plan(content, level, back)
        return None if plan is None else _html(env, briefing, plan)

    fitted = fit_page(page_html, template_dir=template_dir, refill=page_html)
    plan = _plan(content, fitted.level, fitted.back)
    assert plan is not None
    return fitted, plan


def render_pdf(briefing: Briefing, template_dir: str | Path | None = None) -> bytes:
    """The briefing as a one-page A4 PDF (items left out, lowest priority first, until it fits; then
    the most valued of them taken back while they still fit)."""
    return fit_briefing(briefing, template_dir)[0].pdf
