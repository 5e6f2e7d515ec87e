"""Render: briefings to JSON (the contract in ARCHITECTURE.md) and Markdown (a jinja2 template).

Templates are looked up in the user's `--template-dir` first, then in the package. Every value from
an article is escaped for the output it goes into: HTML autoescaping for `*.html.j2`, Markdown
backslash escapes (and no autolinks) for `*.md.j2`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jinja2

from .models import Briefing, Participant, RankedSentence
from .summary import in_article_order

PACKAGE_TEMPLATES = Path(__file__).resolve().parent / "templates"


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

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|~&$])")
_BLOCK_START = re.compile(r"^(\s*)([#+=>-]|\d+[.)])")


def escape_markdown(value: object) -> str:
    """Escape text so that Markdown shows it literally: no emphasis, links, HTML or headings.

    Characters that act anywhere in a line (emphasis, code, links, HTML, tables, template braces) get
    a backslash; so do characters that act at the start of a block (`#`, `-`, `>`, `1.`). `://`, `www.`
    and `@` are broken with an escape so that autolinking renderers do not make links; newlines become
    spaces so a value cannot start a new block.
    """
    if value is None:
        return ""
    text = str(value).replace("\r", " ").replace("\n", " ")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text, count=1)
    text = text.replace("://", "\\://").replace("www.", "www\\.").replace("@", "\\@")
    return text


# --- templates -------------------------------------------------------------------------------------

def template_env(template_dir: str | Path | None = None) -> jinja2.Environment:
    """A jinja2 environment: user templates first, then the package's; autoescape for HTML."""
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


def markdown_source(b: Briefing) -> str:
    """The source line as Markdown: escaped text, with the article's URL as a clickable autolink when
    it is a plain http(s) URL."""
    a = b.article
    url = a.url if a.url and _LINKABLE_URL.fullmatch(a.url) else None
    parts = [escape_markdown(x) for x in (a.source, a.date) if x]
    if url:
        parts.append(f"<{url}>")
    elif a.url:
        parts.append(escape_markdown(a.url))
    return " · ".join(parts)


def display_title(b: Briefing) -> str:
    """The article's title, else its lead sentence (verbatim), else the file name."""
    if b.article.title:
        return b.article.title
    if b.sentences and len(b.sentences[0].text) <= 80:
        return b.sentences[0].text
    return b.article.stem


def title_sentence(b: Briefing) -> int | None:
    """The sentence the displayed headline was taken from (no article title), else None."""
    if not b.article.title and b.sentences and b.sentences[0].text == display_title(b):
        return 0
    return None


def key_points(b: Briefing) -> list[RankedSentence]:
    """The key sentences a page shows under its headline, in article order.

    The summary, except that a sentence already shown as the headline (an article without a title
    is headed by its lead) is not repeated: the next sentence in rank order takes its place, so an
    asked-for count still holds.
    """
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


def to_markdown(b: Briefing, template_dir: str | Path | None = None) -> str:
    """The Markdown briefing (template `briefing.md.j2`)."""
    text = template_env(template_dir).get_template("briefing.md.j2").render(**template_context(b))
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def markdown_many(briefings: list[Briefing], template_dir: str | Path | None = None) -> str:
    """Several Markdown briefings in one document, separated by a horizontal rule."""
    return "\n---\n\n".join(to_markdown(b, template_dir) for b in briefings)
