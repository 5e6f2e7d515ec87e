"""Sources: articles from URLs, RSS/Atom feeds (files or URLs) and OPML lists of feeds.

A URL is fetched and classified by its content (a feed, an OPML list or an HTML page). Each feed
entry's link is fetched and its main text extracted (`html_extract`); when the page cannot be had,
the entry's own content or summary is used if it holds the full text. The entry's GUID (or, without
one, its link) is kept in `Article.guid`; the page's canonical URL in `Article.url`.

Fetching uses the standard library's urllib rather than httpx: no new dependency, and everything
needed is there — per-operation timeouts, redirects, proxies from the environment. We add what it
lacks: an overall deadline per fetch, a size cap (read in chunks, never more than the cap), http(s)
only (also after redirects: no `file:` or `ftp:`), a clear User-Agent, and a small thread pool so at
most `FetchOptions.workers` requests run at once. Connection reuse (httpx's advantage) matters little
for a few dozen pages a day from different hosts.

Nothing here raises for one bad item: every failure becomes one `(path, error)` line in the second
list `load_sources` returns, and the rest goes on.
"""

from __future__ import annotations

import datetime as _dt
import io
import os
import re
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from email.message import Message
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from xml.etree import ElementTree

from ..errors import BriefingError, InputError
from ..models import Article
from ..text.bylines import strip_byline
from ..version import __version__
from .html import article_from_html, strip_captions, text_from_fragment
from .ingest import decode_bytes, max_input_bytes

PROJECT_URL = "https://github.com/briefing-ko/briefing"
USER_AGENT = f"briefing/{__version__} (+{PROJECT_URL})"
FEED_SUFFIXES = (".opml", ".rss", ".atom", ".xml")
#: Feed content or summary counts as the full article when it has this much text and sentences.
FULL_TEXT_CHARS = 200
FULL_TEXT_SENTENCES = 3
#: Entries read from one feed (newest first, as feeds list them).
MAX_ENTRIES = 200
#: Tracking parameters dropped from canonical URLs.
_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|dclid|mc_cid|mc_eid|igshid|ref_src|cmpid|from|ref)$", re.IGNORECASE)
_KOREAN_LEGACY = {"euc-kr", "euc_kr", "euckr", "ks_c_5601-1987", "ks_c_5601", "ksc5601", "x-windows-949",
                  "windows-949", "cp949", "uhc", "ms949"}


class FetchError(InputError):
    """A URL could not be fetched (status, timeout, size, connection); the message names the URL."""


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How politely and how long to fetch: per-operation `timeout`, whole-fetch `deadline` (seconds),
    `max_bytes` per response, `workers` at once. `from_env()` reads BRIEFING_FETCH_TIMEOUT,
    BRIEFING_FETCH_WORKERS, BRIEFING_MAX_BYTES and BRIEFING_USER_AGENT."""

    timeout: float = 10.0
    deadline: float = 30.0
    max_bytes: int = 5 * 1024 * 1024
    workers: int = 4
    user_agent: str = USER_AGENT

    @classmethod
    def from_env(cls) -> FetchOptions:
        """The defaults, adjusted by the BRIEFING_* environment variables."""
        opts = cls(max_bytes=max_input_bytes())
        timeout = _env_float("BRIEFING_FETCH_TIMEOUT")
        if timeout:
            opts = replace(opts, timeout=timeout, deadline=max(timeout * 3, timeout + 1))
        workers = _env_float("BRIEFING_FETCH_WORKERS")
        if workers:
            opts = replace(opts, workers=max(1, min(int(workers), 16)))
        if os.environ.get("BRIEFING_USER_AGENT"):
            opts = replace(opts, user_agent=os.environ["BRIEFING_USER_AGENT"])
        return opts


def _env_float(name: str) -> float | None:
    try:
        value = float(os.environ.get(name, ""))
    except ValueError:
        return None
    return value if value > 0 else None


def is_url(item: str) -> bool:
    """Whether `item` is an http(s) URL."""
    return bool(re.match(r"^https?://", item, re.IGNORECASE))


def canonical_url(url: str) -> str:
    """`url` with scheme and host in lower case, default port, fragment and tracking parameters dropped."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return url.strip()
    scheme = parts.scheme.lower()
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


# --- fetching --------------------------------------------------------------------------------------

class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if not is_url(newurl):
            raise FetchError(f"{req.full_url}: redirect to a non-http URL refused")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener() -> urllib.request.OpenerDirector:
    """An opener for http(s) only: no file:, ftp: or data: handlers, even after a redirect."""
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), urllib.request.UnknownHandler(), urllib.request.HTTPHandler(),
                    urllib.request.HTTPSHandler(), urllib.request.HTTPDefaultErrorHandler(),
                    _HttpOnlyRedirects(), urllib.request.HTTPErrorProcessor()):
        opener.add_handler(handler)
    return opener


@dataclass(slots=True)
class Fetched:
    """A response body with the URL it finally came from and its declared type and charset."""

    url: str
    data: bytes
    content_type: str = ""
    charset: str | None = None


def fetch(url: str, options: FetchOptions | None = None) -> Fetched:
    """GET `url` within the options' limits; any failure is a `FetchError` naming the URL."""
    opts = options or FetchOptions.from_env()
    if not is_url(url):
        raise FetchError(f"{url}: not an http(s) URL")
    request = urllib.request.Request(url, headers={
        "User-Agent": opts.user_agent,
        "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                  "application/xml;q=0.9,*/*;q=0.5",
        "Accept-Language": "ko,en;q=0.5",
    })
    started = time.monotonic()
    try:
        with _opener().open(request, timeout=opts.timeout) as response:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > opts.max_bytes:
                raise FetchError(f"{url}: {int(length) / 1e6:.1f} MB is over the {opts.max_bytes / 1e6:.1f} MB limit")
            chunks: list[bytes] = []
            size = 0
            while True:
                if time.monotonic() - started > opts.deadline:
                    raise FetchError(f"{url}: took longer than {opts.deadline:g} s")
                chunk = response.read(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > opts.max_bytes:
                    raise FetchError(f"{url}: over the {opts.max_bytes / 1e6:.1f} MB limit")
                chunks.append(chunk)
            headers: Message = response.headers
            return Fetched(response.geturl(), b"".join(chunks), headers.get_content_type(),
                           headers.get_content_charset())
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise FetchError(f"{url}: timed out after {opts.timeout:g} s") from None
        raise FetchError(f"{url}: cannot connect ({getattr(reason, 'strerror', None) or reason})") from None
    except TimeoutError:
        raise FetchError(f"{url}: timed out after {opts.timeout:g} s") from None
    except (OSError, ValueError) as exc:  # connection reset, bad URL, http.client errors
        raise FetchError(f"{url}: {type(exc).__name__}: {exc}") from None


def _charset_alias(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    return "cp949" if name in _KOREAN_LEGACY else name


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def decode_page(data: bytes, charset: str | None, name: str) -> str:
    """Decode a fetched page: the HTTP charset, else the page's `<meta charset>`, if the bytes agree;
    else `ingest.decode_bytes` (BOMs, UTF-8, CP949, detection). EUC-KR is read as CP949, its superset."""
    hints = [_charset_alias(charset)]
    meta = _META_CHARSET.search(data[:4096])
    if meta:
        hints.append(_charset_alias(meta.group(1).decode("ascii", "ignore")))
    for hint in hints:
        if hint:
            try:
                return data.decode(hint)
            except (UnicodeDecodeError, LookupError):
                continue
    return decode_bytes(data, name)


def sniff(data: bytes, content_type: str = "") -> str:
    """What a document is, by its content: `feed`, `opml` or `html`."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if b"<opml" in head:
        return "opml"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:512]:
        return "html"
    if re.search(rb"<rss[\s>]|<feed[\s>]|<rdf:rdf[\s>]", head):
        return "feed"
    if any(t in content_type for t in ("rss", "atom")):
        return "feed"
    return "html"


# --- feeds and OPML --------------------------------------------------------------------------------

@dataclass(slots=True)
class Entry:
    """One feed entry to turn into an article."""

    feed: str
    feed_title: str | None
    guid: str
    link: str | None
    title: str | None
    date: str | None
    content: str | None  # HTML of the entry's content (or summary)


def _entry_date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    from zoneinfo import ZoneInfo

    year, month, day, hour, minute, second = (int(x) for x in parsed[:6])
    moment = _dt.datetime(year, month, day, hour, minute, second, tzinfo=_dt.UTC).astimezone(ZoneInfo("Asia/Seoul"))
    return moment.date().isoformat()


def parse_feed(data: bytes, name: str, content_type: str = "") -> list[Entry]:
    """The entries of an RSS/Atom document; not a feed (or no entries and broken XML) is an `InputError`."""
    import feedparser

    # A file-like object: feedparser would treat a str or bytes that names a path or URL as one to open.
    parsed = feedparser.parse(io.BytesIO(data), response_headers={"content-type": content_type or "application/xml"})
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f" ({str(problem).splitlines()[0][:80]})" if problem else ""
        raise InputError(f"{name}: not an RSS or Atom feed{detail}")
    feed_title = (parsed.feed.get("title") or "").strip() or None
    entries: list[Entry] = []
    for raw in parsed.entries[:MAX_ENTRIES]:
        link = (raw.get("link") or "").strip() or None
        if link and not is_url(link):
            link = None
        guid = (raw.get("id") or "").strip() or (canonical_url(link) if link else None)
        contents = raw.get("content") or []
        body = max((c.get("value", "") for c in contents), key=len, default="") or raw.get("summary") or None
        if not guid and not body:
            continue
        entries.append(Entry(feed=name, feed_title=feed_title, guid=guid or f"{name}#{len(entries)}",
                             link=link, title=(raw.get("title") or "").strip() or None,
                             date=_entry_date(raw), content=body))
    return entries


def parse_opml(data: bytes, name: str) -> list[str]:
    """The feed URLs (`xmlUrl`) an OPML document lists, in order, without repeats."""
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise InputError(f"{name}: not a readable OPML file ({exc})") from None
    urls: dict[str, None] = {}
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if url:
            urls.setdefault(url, None)
    if not urls:
        raise InputError(f"{name}: OPML file lists no feeds (no outline with xmlUrl)")
    return list(urls)


def _full_text(html: str | None) -> str | None:
    """The entry's content as article text, when it is the whole article rather than a teaser."""
    if not html:
        return None
    text = text_from_fragment(html)
    if len(re.sub(r"\s+", "", text)) < FULL_TEXT_CHARS or len(re.findall(r"[.!?](?:\s|$)", text)) < FULL_TEXT_SENTENCES:
        return None
    return text


def article_from_entry(entry: Entry, options: FetchOptions) -> Article:
    """The article an entry links to (main text of the page), or its own full-text content."""
    path = entry.link or entry.guid
    page_error: str | None = None
    article: Article | None = None
    if entry.link:
        try:
            fetched = fetch(entry.link, options)
            html = decode_page(fetched.data, fetched.charset, entry.link)
            article = article_from_html(html, entry.link, url=fetched.url)
        except BriefingError as exc:
            page_error = str(exc)
    if article is None:
        text = _full_text(entry.content)
        if text is None:
            raise InputError(page_error or f"{path}: feed entry has no link and no full text")
        body, byline = strip_byline(strip_captions(text))
        if not body.strip():
            raise InputError(page_error or f"{path}: feed entry has no article text")
        article = Article(path=path, text=body, byline=byline, url=entry.link)
    article.guid = entry.guid
    article.title = entry.title or article.title
    article.date = entry.date or article.date
    article.source = article.source or entry.feed_title
    url = article.url or entry.link
    article.url = canonical_url(url) if url else None
    return article


# --- loading ---------------------------------------------------------------------------------------

@dataclass(slots=True)
class _Opened:
    """What one input gave: an article (a page), entries (a feed) or feed URLs (an OPML list)."""

    articles: list[Article] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)


def _read_local(item: str, options: FetchOptions) -> bytes:
    p = Path(item)
    if not p.is_file():
        raise InputError(f"{item}: no such file")
    size = p.stat().st_size
    if size > options.max_bytes:
        raise InputError(f"{item}: {size / 1e6:.1f} MB is over the {options.max_bytes / 1e6:.1f} MB limit")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{item}: cannot read ({exc.strerror or exc})") from None
    if not data.strip():
        raise InputError(f"{item}: empty file")
    return data


def open_item(item: str, options: FetchOptions) -> _Opened:
    """Read one input (URL or local feed/OPML file) and say what it is by its content."""
    if is_url(item):
        fetched = fetch(item, options)
        data, ctype, charset, where = fetched.data, fetched.content_type, fetched.charset, fetched.url
    else:
        data, ctype, charset, where = _read_local(item, options), "", None, None
    kind = sniff(data, ctype)
    if kind == "opml":
        return _Opened(feeds=parse_opml(data, item))
    if kind == "feed":
        return _Opened(entries=parse_feed(data, item, ctype))
    if where is None:
        raise InputError(f"{item}: not an RSS/Atom feed or OPML file")
    article = article_from_html(decode_page(data, charset, item), item, url=where)
    article.url = canonical_url(article.url or where)
    return _Opened(articles=[article])


def load_sources(items: Iterable[str], *, options: FetchOptions | None = None,
                 skip: Callable[[str], bool] | None = None,
                 progress: Callable[[int, int], None] | None = None) -> tuple[list[Article], list[tuple[str, str]]]:
    """Articles from URLs, feed files/URLs and OPML lists, and one `(path, error)` per failure.

    `skip(guid)` is asked before an entry's page is fetched: entries it returns True for (already
    digested) are neither fetched nor returned. `progress(done, total)` is called as entries finish.
    Results keep the order of `items` and of the entries in each feed.
    """
    opts = options or FetchOptions.from_env()
    errors: list[tuple[str, str]] = []
    lock = threading.Lock()

    def guarded(name: str, job: Callable[[], Any]) -> Any:
        try:
            return job()
        except BriefingError as exc:
            message = str(exc)
        except Exception as exc:  # noqa: BLE001 - one broken page or feed must not stop the others
            message = f"{name}: {type(exc).__name__}: {exc}"
        with lock:
            errors.append((name, (message.splitlines() or [name])[0]))
        return None

    items = list(dict.fromkeys(items))
    with ThreadPoolExecutor(max_workers=opts.workers, thread_name_prefix="briefing-fetch") as pool:
        opened: list[_Opened] = [o for o in pool.map(lambda i: guarded(i, lambda: open_item(i, opts)), items) if o]
        feeds = [u for o in opened for u in o.feeds if u not in items]
        opened += [o for o in pool.map(lambda u: guarded(u, lambda: open_item(u, opts)), dict.fromkeys(feeds)) if o]
        entries = list({e.guid: e for o in opened for e in o.entries}.values())  # a feed listed twice: once
        if skip:
            entries = [e for e in entries if not skip(e.guid)]
        done = 0

        def one(entry: Entry) -> Article | None:
            nonlocal done
            article = guarded(entry.link or entry.guid, lambda: article_from_entry(entry, opts))
            with lock:
                done += 1
                if progress:
                    progress(done, len(entries))
            return article

        from_entries = list(pool.map(one, entries))
    articles = [a for o in opened for a in o.articles] + [a for a in from_entries if a]
    return articles, errors


def load_source(item: str) -> tuple[list[Article], list[tuple[str, str]]]:
    """Articles from one URL (page or feed), feed file or OPML file, and one `(path, error)` per failure."""
    return load_sources([item])
