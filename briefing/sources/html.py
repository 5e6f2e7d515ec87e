"""HTML ingest: the main text of a news page, with its title, date, outlet and canonical URL.

trafilatura (a maintained extractor with a quality gate of its own) finds the article body and the
metadata (`og:title`, `article:published_time`, `og:site_name`, `<link rel=canonical>`). Paragraphs
stay one per line. Photo captions and credits (`사진=연합뉴스`, `[사진=…]`, `(사진제공=…)`, a caption
line ending in its credit) are removed, and so is the headline when the text repeats it (it is the
title, not sentence 0); then the byline is handled exactly as for text files (`text.bylines.strip_byline`).
A byline trafilatura took out of the text (its `author`: `<p class="byline">`, `<meta name=author>`)
is kept as `Article.byline`. A page with no article text (scripts, navigation, a menu) is an `InputError`.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import InputError
from ..models import Article
from ..text.bylines import credit_line, is_byline_line, strip_byline

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


_TITLE_SEPARATOR = re.compile(r"^\s*(?:[|\-–—:<·]|::)\s*\S")


def _norm(text: str) -> str:
    """Letters and digits only, for comparing a headline with the page's title."""
    return re.sub(r"[\W_]+", "", text).casefold()


def _split_headline(text: str, page_title: str | None, title: str | None) -> tuple[str, str | None]:
    """(text without its first line, title) when that line is the page's headline, else (text, title).

    Pages put the headline (`<h1>`) inside the article's container, so the extractor returns it as
    the first line. It is the line that equals the title (`og:title`, `<title>`, the `<h1>`) in its
    letters and digits, or the start of a `<title>` that goes on with the outlet's name after a
    separator (`제목 - 한빛일보`, then the line is the better title).
    """
    first, _, rest = text.lstrip("\n").partition("\n")
    head = " ".join(first.split())
    if not head or not rest.strip() or not _norm(head):
        return text, title
    if any(t and _norm(t) == _norm(head) for t in (title, page_title)):
        return rest, title or head
    full = " ".join((page_title or "").split())
    if full.startswith(head) and _TITLE_SEPARATOR.match(full[len(head):]):
        return rest, head
    return text, title


def _page_byline(html: str, author: str | None) -> str | None:
    """The byline trafilatura read from the page (`author`), as the page wrote it when possible.

    trafilatura normalises its `author` for names in Latin script (`홍길동 기자 hong@example.com`
    becomes `홍길동 기자 Hong Com`), so the elements it reads authors from (its own author XPaths:
    `class="byline"`, `rel="author"`, …) give the line itself when one reads as a byline
    (`bylines.is_byline_line`); otherwise the `author` (`<meta name=author>`, JSON-LD) is the byline.
    """
    if not author:
        return None
    import lxml.html

    try:
        from trafilatura.xpaths import AUTHOR_XPATHS
    except ImportError:  # pragma: no cover - a trafilatura without them: its author as it is
        AUTHOR_XPATHS = []
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        root = None
    for expression in AUTHOR_XPATHS if root is not None else ():
        for element in expression(root):
            line = " ".join(" ".join(element.itertext()).split())
            if is_byline_line(line):
                return line
    return " / ".join(a.strip() for a in author.split(";") if a.strip()) or None


def _complete_byline(in_text: str | None, html: str, author: str | None) -> str | None:
    """The byline found in the text; the page's when the extractor took it out of the text, or
    completed by it when the text kept only an e-mail (`<span class=byline>홍길동 기자</span> hong@…`)."""
    if in_text and re.search(r"[가-힣]", in_text):
        return in_text
    on_page = _page_byline(html, author)
    if not on_page or (in_text and in_text in on_page):
        return on_page or in_text
    return f"{on_page} {in_text}" if in_text else on_page


def article_from_html(html: str, path: str, url: str | None = None) -> Article:
    """An `Article` from a news page's HTML; `path` names it in messages, `url` is where it came from."""
    if not html.strip():
        raise InputError(f"{path}: empty HTML page")
    text, meta = _extract(html, url)
    text = strip_captions(text.replace("\r\n", "\n").replace("\r", "\n"))
    site = meta.get("sitename") or None
    text, title = _split_headline(text, meta.get("title"), _clean_title(meta.get("title"), site))
    body, byline = strip_byline(text)
    body = "\n".join(line.strip() for line in body.split("\n") if line.strip())
    if len(re.sub(r"\s+", "", body)) < MIN_ARTICLE_CHARS:
        raise InputError(f"{path}: no article text in the HTML (only scripts, navigation or markup)")
    byline = _complete_byline(byline, html, meta.get("author"))
    canonical = meta.get("url") or url
    if canonical and not re.match(r"^https?://", canonical, re.IGNORECASE):
        canonical = url
    return Article(
        path=path,
        text=body,
        title=title,
        date=meta.get("date") or None,
        source=site,
        url=canonical,
        byline=credit_line(byline),
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
