"""Render: briefings to JSON (the contract in ARCHITECTURE.md) and Markdown (a jinja2 template).

Templates are looked up in the user's `--template-dir` first, then in the package. Every value from
an article is escaped for the output it goes into: HTML autoescaping for `*.html.j2`, Markdown
backslash escapes for `*.md.j2` (no markup, no link with a target of its own; URLs stay as written).
"""

from __future__ import annotations

import json
import re
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import UsageError
from ..models import Briefing, Participant, RankedSentence
from ..resources import TEMPLATES_DIR
from ..summary.rank import frames_quotes, in_article_order, leans_back, never_key
from ..text.bylines import is_label_line

if TYPE_CHECKING:
    import jinja2

PACKAGE_TEMPLATES = TEMPLATES_DIR


# --- JSON ------------------------------------------------------------------------------------------

def participant_dict(p: Participant) -> dict[str, Any]:
    """One participant as in the JSON contract (plus `kind`)."""
    return {
        "name": p.name,
        "title": p.title,
        "organization": p.organization,
        "kind": p.kind,
        "mentions": p.mentions,
        "quotes": [{"text": q.text, "sentence": q.sentence} for q in p.quotes],
    }


def briefing_dict(b: Briefing) -> dict[str, Any]:
    """The JSON object for one briefing (key order is stable)."""
    a = b.article
    return {
        "path": a.path,
        "title": a.title,
        "date": a.date,
        "source": a.source,
        "url": a.url,
        "byline": a.byline,
        "sentences": [s.text for s in b.sentences],
        "summary": [{"text": r.text, "sentence": r.sentence, "score": r.score} for r in b.summary],
        "participants": [participant_dict(p) for p in b.participants],
        "keywords": b.keywords,
    }


def to_json_line(b: Briefing) -> str:
    """One compact JSON object, newline-terminated (JSON Lines)."""
    return json.dumps(briefing_dict(b), ensure_ascii=False, separators=(",", ":")) + "\n"


# --- escaping --------------------------------------------------------------------------------------

#: Characters escaped wherever they stand: the escape itself, code, tables, template braces.
_MD_ALWAYS = frozenset("\\`{}|")
#: Characters that act only in pairs (emphasis `*a*`, strikethrough `~a~`, math `$a$`) or at the start
#: of a line (`* ` a list item, `~~~` a code fence, `$$` display math): escaped in a value that holds
#: two of them or starts with one; a lone one (`800만$`, `2022~2023`, `3*4`) is shown as written.
_MD_PAIRED = frozenset("*~$")
#: `&` only where it starts an entity or character reference (`&amp;`, `&#60;`), which renders as
#: another character; in `?a=1&b=2` it is just `&`.
_MD_ENTITY = re.compile(r"&(?=[A-Za-z][A-Za-z0-9]{1,31};|#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};)")
#: What starts a block only at the start of a line, and only when followed as CommonMark requires: a
#: heading (`#` to `######`, then a space or the end), a list item (`-`, `+` or `1.`/`1)` with up to nine
#: digits, then a space or the end), a thematic break or setext underline (`---`, `==`). `-5도`, `#태그`,
#: `127.0.0.1` and `3.5%` start nothing.
_BLOCK_START = re.compile(r"^(\s*)(#{1,6}(?=\s|$)|[-+=](?=[\s=-]|$)|[0-9]{1,9}(?=[.)](?:\s|$)))")


def _md_escaped(text: str, i: int, lead: int, counts: dict[str, int]) -> bool:
    """Whether the character at `i` of `text` needs a backslash for Markdown to show it (`lead`: where
    the value's first non-space character stands)."""
    ch = text[i]
    if ch in _MD_ALWAYS:
        return True
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if ch in _MD_PAIRED:
        return counts[ch] >= 2 or i == lead
    if ch == "_":  # emphasis by `_` needs a side without a letter or digit (`a_b_c` is a word)
        prev = text[i - 1] if i > 0 else ""
        return not (prev.isalnum() and nxt.isalnum())
    if ch == "[":  # a task box at the start (`[ ]`, `[x]`), a wiki link `[[`
        return (i == lead and text[i + 2:i + 3] == "]") or nxt == "["
    if ch == "]":  # what makes brackets a link: `](url)`, `][ref]`, `]: url`, `]]`
        return nxt in ("(", "[", ":", "]")
    if ch == "<":  # a tag, a comment or an autolink (`<b>`, `</p>`, `<!--`, `<https://…>`); not `<일보>`
        return nxt.isascii() and (nxt.isalpha() or nxt in "/!?")
    if ch == ">":  # a block quote at the start of a line
        return i == lead
    return False


def escape_markdown(value: object) -> str:
    """Escape text so that Markdown shows it literally: no emphasis, links, HTML or headings.

    A character gets a backslash only where Markdown would act on it, so that the text pastes cleanly
    into a newsletter (`[골프소식]`, `800만$`, `2022~2023`, `a_b_c`, `<일보>` stay as written): the escape,
    code, table and template characters always; `*`, `~`, `$` in pairs or first; `_` beside a space
    or a mark; brackets that would make a link; `<` before a tag's letter; `>` first; an entity's `&`;
    and what would start a block at the start of the line (`# `, `- `, `1. `: the backslash goes
    before the `.` of `1.`, where it is an escape, not before the digit, where it would be shown).
    Newlines become spaces so a value cannot start a new block.

    URLs, `www.` and e-mail addresses are left as written, so they read and paste cleanly. A renderer
    that autolinks them links to exactly the text shown; what could hide a link's target (`[a](…)`,
    `<…>`) is escaped.
    """
    if value is None:
        return ""
    text = str(value).replace("\r", " ").replace("\n", " ")
    lead = len(text) - len(text.lstrip())
    counts = {ch: text.count(ch) for ch in _MD_PAIRED}
    out = [("\\" + ch) if _md_escaped(text, i, lead, counts) else ch for i, ch in enumerate(text)]
    text = _MD_ENTITY.sub(r"\\&", "".join(out))
    return _BLOCK_START.sub(_escape_block_start, text, count=1)


def _escape_block_start(m: re.Match[str]) -> str:
    marker = m.group(2)
    if marker[0].isdigit():  # `1.` → `1\.`: the digits stay, the `.` or `)` after them is escaped
        return m.group(1) + marker + "\\"
    return m.group(1) + "\\" + marker


# --- templates -------------------------------------------------------------------------------------

def template_env(template_dir: str | Path | None = None) -> jinja2.Environment:
    """A jinja2 environment: user templates first, then the package's; autoescape for HTML."""
    import jinja2  # (here: JSON needs no template, and the import costs 35 ms)

    search = [str(template_dir)] if template_dir else []
    search.append(str(PACKAGE_TEMPLATES))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(search),
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html", "htm", "xml", "html.j2", "htm.j2"),
            default_for_string=True,
            default=False,
        ),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = escape_markdown
    env.filters["label"] = participant_label
    env.globals["source_line"] = source_line
    env.filters["linkable"] = linkable_url
    return env


def participant_label(p: Participant) -> str:
    """`이재명 대통령`, `최태원 (SK그룹 회장)`-style role text: organisation and title, when known."""
    role = " ".join(x for x in (p.organization, p.title) if x)
    return role


def source_line(b: Briefing) -> str:
    """`전자신문 · 2025-06-20 · https://…` from what the article gives (may be empty)."""
    a = b.article
    return " · ".join(x for x in (a.source, a.date, a.url) if x)


#: A URL that may become a Markdown autolink `<…>`: http(s), no space, no character that could end
#: the link or open markup. Anything else is shown as escaped text.
_LINKABLE_URL = re.compile(r"https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+", re.ASCII)


def linkable_url(url: str | None) -> str | None:
    """`url` when it may be written as a link (a plain http(s) URL: no space, no character that could
    end the link or open markup), else None: it is then shown as text."""
    return url if url and _LINKABLE_URL.fullmatch(url) else None


def markdown_source(b: Briefing) -> str:
    """The source line as Markdown: escaped text, with the article's URL as a clickable autolink when
    it is a plain http(s) URL."""
    a = b.article
    url = linkable_url(a.url)
    parts = [escape_markdown(x) for x in (a.source, a.date) if x]
    if url:
        parts.append(f"<{url}>")
    elif a.url:
        parts.append(escape_markdown(a.url))
    return " · ".join(parts)


#: The longest lead sentence that heads a page whole; a longer one heads it cut at a space, with `…`.
HEADLINE_CHARS = 80
#: An opening line shorter than this (`대담하다.`) says too little to head the page; the next one does.
MIN_HEADLINE_CHARS = 8
#: How far down an untitled article a headline is looked for.
HEADLINE_REACH = 5


def display_title(b: Briefing) -> str:
    """The article's title; else its lead sentence (`_headline`), verbatim, cut at a space with `…` when
    it is longer than `HEADLINE_CHARS` (the key points still give it whole); else the file name."""
    return b.article.title or _headline(b)[0]


def title_sentence(b: Briefing) -> int | None:
    """The sentence the displayed headline is, whole (no article title), else None."""
    return None if b.article.title else _headline(b)[1]


def _headline(b: Briefing) -> tuple[str, int | None]:
    """An untitled article's headline, and the sentence it is when it is that sentence whole.

    It comes from the first sentence near the top that is no label alone (`[앵커]`, `[동아닷컴]`),
    byline, caption or credit (`summary.never_key`), nor shorter than `MIN_HEADLINE_CHARS`; else from
    the first sentence; the file name when there is none."""
    if not b.sentences:
        return b.article.stem, None
    i = next((k for k, s in enumerate(b.sentences[:HEADLINE_REACH])
              if len(text := s.text.strip()) >= MIN_HEADLINE_CHARS and not is_label_line(text) and not never_key(text)),
             0)
    text = b.sentences[i].text
    if len(text) <= HEADLINE_CHARS:
        return text, i
    cut = text.rfind(" ", 0, HEADLINE_CHARS)
    return (text[:cut] if cut > HEADLINE_CHARS // 2 else text[:HEADLINE_CHARS]).rstrip(" ,·") + " …", None


def point_pool(b: Briefing, limit: int) -> tuple[list[RankedSentence], dict[int, int]]:
    """Up to `limit` key points for a page that prints the quotes under their speakers, best first,
    and for each one that leans on the sentence before it, that sentence.

    The ranked sentences, less the headline, and less two kinds that say nothing there: one that only
    frames quotes printed below it (`summary.frames_quotes`: `그는 “…”고 말했다`), and one opening
    with a pronoun or a linking word (`그는`, `이어`: `summary.leans_back`) whose sentence before it
    is not shown (the headline, or a better-ranked key point). When that leaves nothing, the best
    ranked sentence.
    """
    headline = title_sentence(b)
    spans = [(q.start, q.end) for p in b.speakers for q in p.quotes if q.end > q.start]
    shown = set() if headline is None else {headline}
    pool: list[RankedSentence] = []
    leans_on: dict[int, int] = {}
    for r in b.ranked:
        if len(pool) >= limit:
            break
        if r.sentence in shown or not 0 <= r.sentence < len(b.sentences):
            continue
        s = b.sentences[r.sentence]
        if frames_quotes(s, spans):
            continue
        if leans_back(s.text):
            if r.sentence - 1 not in shown:
                continue
            if r.sentence - 1 != headline:
                leans_on[r.sentence] = r.sentence - 1
        pool.append(r)
        shown.add(r.sentence)
    if not pool and limit > 0:
        pool = [r for r in b.ranked if r.sentence != headline][:1]
    return pool, leans_on


def key_points(b: Briefing) -> list[RankedSentence]:
    """The key sentences a page shows under its headline, in article order.

    With no count asked for (`sentences_requested` None), the default count of them from
    `point_pool` (the Markdown page prints the quotes below too). Else the summary, except that a
    sentence already shown as the headline (an article without a title is headed by its lead) is not
    repeated: the next sentence in rank order takes its place, so an asked-for count still holds.
    """
    if b.sentences_requested is None:
        return in_article_order(point_pool(b, len(b.summary))[0])
    skip = title_sentence(b)
    if skip is None or all(r.sentence != skip for r in b.summary):
        return list(b.summary)
    points = [r for r in b.summary if r.sentence != skip]
    shown = {r.sentence for r in points}
    spare = next((r for r in b.ranked if r.sentence != skip and r.sentence not in shown), None)
    if spare is not None:
        points.append(spare)
    return in_article_order(points)


def by_prominence(participants: list[Participant]) -> list[Participant]:
    """Speakers ordered by how much they say and how often they are named, then by first appearance;
    anonymous sources (`한 관계자`) after the people and bodies with names."""
    return sorted(participants, key=lambda p: (p.kind == "anonymous", -len(p.quotes), -p.mentions, p.first_offset))


def template_context(b: Briefing) -> dict[str, Any]:
    """What every briefing template receives."""
    speakers = [p for p in by_prominence(b.speakers) if p.name]
    unknown = [q for p in b.participants if not p.name for q in p.quotes]
    return {
        "b": b,
        "title": display_title(b),
        "source": source_line(b),
        "markdown_source": markdown_source(b),
        "summary": key_points(b),
        "speakers": speakers,
        "unattributed": unknown,
        "attendees": b.attendees,
        "keywords": b.keywords,
        "article": b.article,
    }


def render_template(env: jinja2.Environment, name: str, context: dict[str, Any]) -> str:
    """Template `name` rendered with `context`. A fault in a user's template (`--template-dir`: a
    syntax error, an undefined name, an include that is not there, a division by zero) is a
    `UsageError` naming its file and line; one in the package's own templates is left to surface."""
    import jinja2

    try:
        return env.get_template(name).render(**context)
    except UnicodeDecodeError:  # (the package's templates are UTF-8: a user's file is not)
        raise UsageError(f"template {name} (or one it includes): not UTF-8 text") from None
    except Exception as exc:
        where = _template_line(exc)
        if where is None or Path(where[0]).resolve().is_relative_to(PACKAGE_TEMPLATES.resolve()):
            raise
        message = exc.message if isinstance(exc, jinja2.TemplateError) and exc.message else str(exc)
        raise UsageError(f"template {where[0]}, line {where[1]}: {type(exc).__name__}: {message}") from None


def _template_line(exc: BaseException) -> tuple[str, int] | None:
    """(file, line) of the template where `exc` arose: a syntax error's own, else the innermost
    frame of a template in the traceback (jinja2 rewrites them to the template's lines)."""
    import jinja2

    if isinstance(exc, jinja2.TemplateSyntaxError) and exc.filename:
        return exc.filename, exc.lineno
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith(".j2")]
    return (frames[-1].filename, frames[-1].lineno or 0) if frames else None


def to_markdown(b: Briefing, template_dir: str | Path | None = None) -> str:
    """The Markdown briefing (template `briefing.md.j2`)."""
    text = render_template(template_env(template_dir), "briefing.md.j2", template_context(b))
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def markdown_many(briefings: list[Briefing], template_dir: str | Path | None = None) -> str:
    """Several Markdown briefings in one document, separated by a horizontal rule."""
    return "\n---\n\n".join(to_markdown(b, template_dir) for b in briefings)
