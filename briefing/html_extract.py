"""HTML ingest: the main text of a news page, with its title, date, outlet and canonical URL.

trafilatura (a maintained extractor with a quality gate of its own) finds the article body and the
metadata (`og:title`, `article:published_time`, `og:site_name`, `<link rel=canonical>`). Paragraphs
stay one per line. Photo captions and credits (`사진=연합뉴스`, `[사진=…]`, `(사진제공=…)`, a caption
line ending in its credit) are removed, then the byline is handled exactly as for text files
(`ingest.strip_byline`). A page with no article text (scripts, navigation, a menu) is an `InputError`.
"""

from __future__ import annotations

import re
from typing import Any

from .errors import InputError
from .ingest import strip_byline
from .models import Article

#: Extracted text shorter than this (characters, spaces excluded) is navigation, not an article.
MIN_ARTICLE_CHARS = 40
#: A line ending in a photo credit is a caption when it is at most this long.
MAX_CAPTION_CHARS = 160

_CREDIT = r"(?:사진|자료|그래픽|영상|사진제공|자료제공|사진출처|출처|캡처)\s*[=:／/]\s*[^\]\)>】\n]{1,40}?"
#: `[사진=연합뉴스]`, `(사진=뉴스1)`, `<사진제공=산업부>`, `【사진=…】` anywhere in a line.
_BRACKETED_CREDIT = re.compile(rf"\s*[\[(<【]\s*{_CREDIT}\s*[\])>】]\s*")
#: `… 발언하고 있다. 사진=연합뉴스` / `/사진=뉴스1` / `[사진=…]` at the end of a line.
_TRAILING_CREDIT = re.compile(rf"(?:\s*/\s*|\s+|^){_CREDIT}\s*$|\s*[\[(<【]\s*{_CREDIT}\s*[\])>】]\s*$")
#: A line that is only a credit (`사진=연합뉴스`, `(자료사진)`, `▲ 사진=…`).
_CREDIT_LINE = re.compile(rf"^\s*[▲△■▶☞※]?\s*[\[(<【]?\s*(?:{_CREDIT}|자료\s*사진|사진)\s*[\])>】]?\s*$")
_PHOTO_MARK = re.compile(r"^\s*[▲△]")


def strip_captions(text: str) -> str:
    """Remove photo captions and credits, line by line; other lines are kept as they are."""
    out: list[str] = []
    for line in text.split("\n"):
        if _CREDIT_LINE.match(line):
            continue
        if _TRAILING_CREDIT.search(line) and len(line.strip()) <= MAX_CAPTION_CHARS:
            continue  # `김 장관이 발언하고 있다. [사진=산업부]`: the whole line is a caption
        if _PHOTO_MARK.match(line) and len(line.strip()) <= MAX_CAPTION_CHARS:
            continue  # `▲ 25일 정부세종청사에서 열린 회의` (a photo description)
        line = _BRACKETED_CREDIT.sub(" ", line).strip()
        line = _TRAILING_CREDIT.sub("", line).rstrip()
        out.append(line)
    return "\n".join(out)


def _paragraphs_fallback(html: str) -> str | None:
    """Paragraph texts (`<p>`) when trafilatura joined a short page into one line."""
    try:
        import lxml.html
    except ImportError:  # pragma: no cover - lxml comes with trafilatura
        return None
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for bad in root.xpath("//script|//style|//nav|//header|//footer|//aside|//figure|//figcaption|//form"):
        bad.drop_tree()
    paras = [" ".join(p.text_content().split()) for p in root.iter("p")]
    paras = [p for p in paras if p]
    return "\n".join(paras) if len(paras) >= 2 else None


def _extract(html: str, url: str | None) -> tuple[str, dict[str, Any]]:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False, deduplicate=False,
    )
    if doc is None:
        return "", {}
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = meta.get("text") or ""
    if text and "\n" not in text.strip():
        fallback = _paragraphs_fallback(html)
        if fallback and len(fallback) >= len(text) * 0.8:
            text = fallback
    return text, meta


def _clean_title(title: str | None, site: str | None) -> str | None:
    """Drop the outlet's name that pages append to the title (`제목 | 연합뉴스`, `제목 - 뉴스1`)."""
    if not title:
        return None
    title = " ".join(title.split())
    if site:
        for sep in (" | ", " - ", " :: ", " < ", " – "):
            if title.endswith(sep + site):
                title = title[: -len(sep + site)].strip()
    return title or None


def article_from_html(html: str, path: str, url: str | None = None) -> Article:
    """An `Article` from a news page's HTML; `path` names it in messages, `url` is where it came from."""
    if not html.strip():
        raise InputError(f"{path}: empty HTML page")
    text, meta = _extract(html, url)
    text = strip_captions(text.replace("\r\n", "\n").replace("\r", "\n"))
    body, byline = strip_byline(text)
    body = "\n".join(line.strip() for line in body.split("\n") if line.strip())
    if len(re.sub(r"\s+", "", body)) < MIN_ARTICLE_CHARS:
        raise InputError(f"{path}: no article text in the HTML (only scripts, navigation or markup)")
    site = meta.get("sitename") or None
    canonical = meta.get("url") or url
    if canonical and not re.match(r"^https?://", canonical, re.IGNORECASE):
        canonical = url
    return Article(
        path=path,
        text=body,
        title=_clean_title(meta.get("title"), site),
        date=meta.get("date") or None,
        source=site,
        url=canonical,
        byline=byline,
    )


_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article")


def text_from_fragment(html: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), one paragraph per line.

    Plain text (no tags) comes back as it is; scripts, styles and figures are dropped.
    """
    if "<" not in html:
        return "\n".join(line.strip() for line in html.split("\n") if line.strip())
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return ""
    for bad in root.xpath(".//script|.//style|.//figure|.//figcaption|.//noscript"):
        bad.drop_tree()
    for el in root.iter(*_BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n" + (el.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)
