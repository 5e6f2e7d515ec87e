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

import contextlib
import datetime as _dt
import functools
import io
import os
import re
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from email.message import Message
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from xml.etree import ElementTree

from ..errors import BriefingError, InputError, env_number
from ..models import Article
from ..text.bylines import credit_line, strip_byline
from ..version import __version__
from ..wording import count
from .html import article_from_html, strip_captions, text_from_fragment
from .ingest import bom, decode_bytes, is_url, max_input_bytes, misdecoded

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
    `max_bytes` per response, `workers` at once, `max_entries` per feed, a `budget` for a whole run.
    `from_env()` reads BRIEFING_FETCH_TIMEOUT, BRIEFING_FETCH_WORKERS, BRIEFING_MAX_BYTES,
    BRIEFING_USER_AGENT, BRIEFING_MAX_ENTRIES and BRIEFING_RUN_BUDGET."""

    timeout: float = 10.0
    deadline: float = 30.0
    max_bytes: int = 5 * 1024 * 1024
    workers: int = 4
    user_agent: str = USER_AGENT
    #: Entries read from one feed; the rest are reported, not read.
    max_entries: int = MAX_ENTRIES
    #: Seconds a whole `load_sources` run may take; what is still being fetched then is reported as
    #: skipped (None: no budget beyond each fetch's own deadline).
    budget: float | None = None

    @classmethod
    def from_env(cls) -> FetchOptions:
        """The defaults, adjusted by the BRIEFING_* environment variables."""
        opts = cls(max_bytes=max_input_bytes())
        timeout = env_number("BRIEFING_FETCH_TIMEOUT")
        if timeout:
            opts = replace(opts, timeout=timeout, deadline=max(timeout * 3, timeout + 1))
        workers = env_number("BRIEFING_FETCH_WORKERS", whole=True, least=1)
        if workers:
            opts = replace(opts, workers=min(int(workers), 16))
        if os.environ.get("BRIEFING_USER_AGENT"):
            opts = replace(opts, user_agent=os.environ["BRIEFING_USER_AGENT"])
        entries = env_number("BRIEFING_MAX_ENTRIES", whole=True, least=1)
        if entries:
            opts = replace(opts, max_entries=int(entries))
        budget = env_number("BRIEFING_RUN_BUDGET")
        if budget:
            opts = replace(opts, budget=budget)
        return opts


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


def fetch(url: str, options: FetchOptions | None = None, stop: threading.Event | None = None) -> Fetched:
    """GET `url` within the options' limits; any failure is a `FetchError` naming the URL.

    The deadline holds whatever the server does: the request runs in a worker thread, which the
    caller stops waiting for at the deadline (closing its connection), so a server that accepts and
    never answers, or trickles a byte at a time, costs at most `deadline` seconds. Setting `stop`
    (a run out of budget) ends the wait at once."""
    opts = options or FetchOptions.from_env()
    if not is_url(url):
        raise FetchError(f"{url}: not an http(s) URL")
    state: dict[str, Any] = {}
    done = threading.Event()

    def work() -> None:
        try:
            state["result"] = _fetch(url, opts, state)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller below
            state["error"] = exc
        finally:
            done.set()

    threading.Thread(target=work, name="briefing-fetch-deadline", daemon=True).start()
    give_up = time.monotonic() + opts.deadline
    while not done.wait(min(0.1, max(0.0, give_up - time.monotonic()))):
        if time.monotonic() < give_up and not (stop is not None and stop.is_set()):
            continue
        state["late"] = True
        response = state.get("response")
        if response is not None:
            with contextlib.suppress(Exception):
                response.close()
        if stop is not None and stop.is_set():
            raise FetchError(f"{url}: {OVER_BUDGET}")
        raise FetchError(f"{url}: took longer than {opts.deadline:g} s")
    if "error" in state:
        raise state["error"]
    result: Fetched = state["result"]
    return result


def _fetch(url: str, opts: FetchOptions, state: dict[str, Any]) -> Fetched:
    request = urllib.request.Request(url, headers={
        "User-Agent": opts.user_agent,
        "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                  "application/xml;q=0.9,*/*;q=0.5",
        "Accept-Language": "ko,en;q=0.5",
    })
    started = time.monotonic()
    try:
        with _opener().open(request, timeout=opts.timeout) as response:
            state["response"] = response
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > opts.max_bytes:
                raise FetchError(f"{url}: {int(length) / 1e6:.1f} MB is over the {opts.max_bytes / 1e6:.1f} MB limit")
            chunks: list[bytes] = []
            size = 0
            while True:
                if time.monotonic() - started > opts.deadline or state.get("late"):
                    raise FetchError(f"{url}: took longer than {opts.deadline:g} s")
                chunk = response.read1(65536)  # what has arrived, not a full 64 KB: the deadline is checked often
                if not chunk:
                    break
                size += len(chunk)
                if size > opts.max_bytes:
                    raise FetchError(f"{url}: over the {opts.max_bytes / 1e6:.1f} MB limit")
                chunks.append(chunk)
            if length.isdigit() and size < int(length):  # the server closed before the length it announced
                raise FetchError(f"{url}: cut off ({size:,} of the {int(length):,} bytes announced)")
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


#: What comes before a document's root element: comments, processing instructions, a doctype.
_PROLOG = re.compile(r"<!--.*?-->|<\?.*?\?>|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>", re.DOTALL | re.IGNORECASE)
_ROOT = re.compile(r"<([A-Za-z][\w:.-]*)")
#: How much of a document the sniffer reads to find its root element (comments may come first).
SNIFF_BYTES = 256 * 1024


def _head_text(data: bytes) -> str:
    """The start of a document as text, enough to find its root element: by its byte-order mark,
    as UTF-16 when it starts `<` `\\0`, else byte for byte (markup is ASCII in every other encoding
    a feed uses)."""
    encoding, skip = bom(data)
    head = data[skip:skip + SNIFF_BYTES]
    if encoding is None:  # no mark: the first `<` tells the width and the byte order (XML 1.0, appendix F)
        encoding = _UNMARKED.get(head[:4]) or ({b"<\x00": "utf-16-le", b"\x00<": "utf-16-be"}.get(head[:2]))
    return head.decode(encoding or "latin-1", "ignore")


_UNMARKED = {b"\x00\x00\x00<": "utf-32-be", b"<\x00\x00\x00": "utf-32-le"}


def sniff(data: bytes, content_type: str = "") -> str:
    """What a document is, by its root element (after any comments, processing instructions and
    doctype): `feed`, `opml` or `html`."""
    head = _head_text(data)
    root = _ROOT.search(_PROLOG.sub(" ", head))
    name = root.group(1).lower().rsplit(":", 1)[-1] if root else ""  # `x:rss`, `rdf:RDF`: the local name
    if name == "opml":
        return "opml"
    if name in ("rss", "feed", "rdf", "channel"):  # `channel`: Microsoft's CDF, which feedparser reads
        return "feed"
    if name in ("html", "head", "body"):
        return "html"
    lower = head[:4096].lower()
    if "<opml" in lower:
        return "opml"
    if re.search(r"<rss[\s>]|<feed[\s>]|<rdf:rdf[\s>]", lower) or any(t in content_type for t in ("rss", "atom")):
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


_XML_ENCODING = re.compile(r"""^(\s*<\?xml[^>]*?encoding\s*=\s*["'])([\w.:-]+)""", re.IGNORECASE)


def feed_bytes(data: bytes, charset: str | None = None) -> tuple[bytes, str | None]:
    """The feed as bytes feedparser reads right, and the charset to tell it.

    Three cases it gets wrong on its own are decoded here and handed over as UTF-8 (the XML
    declaration rewritten to match): a byte-order mark of UTF-16 or UTF-32; a Korean legacy label
    (`euc-kr`, `ks_c_5601-1987`), which is read as CP949, its superset, since real Korean feeds hold
    syllables EUC-KR lacks; a charset given only in the HTTP header, which wins over the document's
    own (RFC 7303). Anything else goes through as it came."""
    marked, skip = bom(data)
    declared = None
    if marked is None:
        found = _XML_ENCODING.match(data[:512].decode("latin-1"))
        declared = found.group(2).lower() if found else None
    label = _charset_alias(charset) or _charset_alias(declared)
    if marked is None and not (label == "cp949" or (charset and _charset_alias(charset) != _charset_alias(declared))):
        return data, charset
    try:
        text = data[skip:].decode(marked or label or "utf-8")
    except (UnicodeDecodeError, LookupError):
        return data, charset
    return _XML_ENCODING.sub(r"\g<1>utf-8", text, count=1).encode("utf-8"), "utf-8"


def parse_feed(data: bytes, name: str, content_type: str = "", charset: str | None = None, *,
               max_entries: int = MAX_ENTRIES, notes: list[str] | None = None) -> list[Entry]:
    """The entries of an RSS/Atom document (the first `max_entries`); not a feed (or no entries and
    broken XML) is an `InputError`. What is not read is said in `notes`: entries over the cap,
    entries with neither a link nor text, a feed without entries."""
    import feedparser

    data, charset = feed_bytes(data, charset)
    ctype = (content_type or "application/xml") + (f"; charset={charset}" if charset else "")
    # A file-like object: feedparser would treat a str or bytes that names a path or URL as one to open.
    parsed = feedparser.parse(io.BytesIO(data), response_headers={"content-type": ctype})
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f" ({str(problem).splitlines()[0][:80]})" if problem else ""
        raise InputError(f"{name}: not an RSS or Atom feed{detail}")
    feed_title = (parsed.feed.get("title") or "").strip() or None
    notes = notes if notes is not None else []
    if not parsed.entries:
        notes.append(f"{name}: the feed has no entries")
    if len(parsed.entries) > max_entries:
        notes.append(f"{name}: {len(parsed.entries) - max_entries} of its {len(parsed.entries)} entries not read "
                     f"(over the cap of {max_entries}; BRIEFING_MAX_ENTRIES sets another)")
    entries: list[Entry] = []
    empty = 0
    for raw in parsed.entries[:max_entries]:
        link = (raw.get("link") or "").strip() or None
        if link and not is_url(link):
            link = None
        guid = (raw.get("id") or "").strip() or (canonical_url(link) if link else None)
        contents = raw.get("content") or []
        body = max((c.get("value", "") for c in contents), key=len, default="") or raw.get("summary") or None
        if not guid and not body:
            empty += 1
            continue
        entries.append(Entry(feed=name, feed_title=feed_title, guid=guid or f"{name}#{len(entries)}",
                             link=link, title=(raw.get("title") or "").strip() or None,
                             date=_entry_date(raw), content=body))
    if empty:
        notes.append(f"{name}: {count(empty, 'entry')} with neither a link nor text")
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


def article_from_entry(entry: Entry, options: FetchOptions, stop: threading.Event | None = None) -> Article:
    """The article an entry links to (main text of the page), or its own full-text content."""
    path = entry.link or entry.guid
    page_error: str | None = None
    article: Article | None = None
    if entry.link:
        try:
            fetched = fetch(entry.link, options, stop)
            html = decode_page(fetched.data, fetched.charset, entry.link)
            article = article_from_html(html, entry.link, url=fetched.url)
        except BriefingError as exc:
            page_error = str(exc)
    if article is None:
        text = _full_text(entry.content)
        if text is None:
            raise InputError(page_error or f"{_entry_name(entry)}: feed entry has no link and no full text")
        body, byline = strip_byline(strip_captions(text))
        if not body.strip():
            raise InputError(page_error or f"{path}: feed entry has no article text")
        article = Article(path=path, text=body, byline=credit_line(byline), url=entry.link)
    garbled = misdecoded(f"{entry.title or ''}\n{article.text}")
    if garbled:
        raise InputError(f"{path}: {garbled}; not digested")
    article.guid = entry.guid
    article.title = entry.title or article.title
    article.date = entry.date or article.date
    article.source = article.source or entry.feed_title
    url = article.url or entry.link
    article.url = canonical_url(url) if url else None
    return article


def _entry_name(entry: Entry) -> str:
    """How messages name an entry: its link, else its feed and its id there (`feed.xml#abc`)."""
    if entry.link:
        return entry.link
    return entry.guid if entry.guid.startswith(f"{entry.feed}#") else f"{entry.feed}#{entry.guid}"


# --- loading ---------------------------------------------------------------------------------------

@dataclass(slots=True)
class _Opened:
    """What one input gave: an article (a page), entries (a feed) or feed URLs (an OPML list)."""

    articles: list[Article] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what a feed had that is not read


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


def open_item(item: str, options: FetchOptions, stop: threading.Event | None = None) -> _Opened:
    """Read one input (URL or local feed/OPML file) and say what it is by its content."""
    if is_url(item):
        fetched = fetch(item, options, stop)
        data, ctype, charset, where = fetched.data, fetched.content_type, fetched.charset, fetched.url
    elif re.match(r"^[a-z][a-z0-9+.-]*:", item, re.IGNORECASE) and not re.match(r"^[a-z]:[\\/]", item, re.IGNORECASE):
        raise FetchError(f"{item}: not an http(s) URL (feeds and pages are fetched over http(s) only)")
    else:
        data, ctype, charset, where = _read_local(item, options), "", None, None
    kind = sniff(data, ctype)
    if kind == "opml":
        return _Opened(feeds=parse_opml(data, item))
    if kind == "feed":
        notes: list[str] = []
        entries = parse_feed(data, item, ctype, charset, max_entries=options.max_entries, notes=notes)
        return _Opened(entries=entries, notes=notes)
    if where is None:
        raise InputError(f"{item}: not an RSS/Atom feed or OPML file")
    article = article_from_html(decode_page(data, charset, item), item, url=where)
    garbled = misdecoded(f"{article.title or ''}\n{article.text}")
    if garbled:
        raise InputError(f"{item}: {garbled}")
    article.url = canonical_url(article.url or where)
    return _Opened(articles=[article])


#: What an input or entry still being read when the run's budget is spent is reported with (once:
#: the fetch that gives up and the run that stops waiting say the same).
OVER_BUDGET = "not read within the run's budget (--budget, BRIEFING_RUN_BUDGET)"


def load_sources(items: Iterable[str], *, options: FetchOptions | None = None,
                 skip: Callable[[str], bool] | None = None,
                 progress: Callable[[int, int], None] | None = None) -> tuple[list[Article], list[tuple[str, str]]]:
    """Articles from URLs, feed files/URLs and OPML lists, and one `(path, error)` per failure and
    per thing not read (entries over a feed's cap, entries without text, a feed without entries).

    `skip(guid)` is asked before an entry's page is fetched: entries it returns True for (already
    digested) are neither fetched nor returned. `progress(done, total)` is called as entries finish.
    Results keep the order of `items` and of the entries in each feed. With `options.budget`, what
    is still pending when the run has taken that long is reported as skipped and the rest returned.
    """
    opts = options or FetchOptions.from_env()
    errors: list[tuple[str, str]] = []
    lock = threading.Lock()
    until = time.monotonic() + opts.budget if opts.budget else None
    stop = threading.Event()  # set when the budget is spent: fetches still running give up

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

    pool = ThreadPoolExecutor(max_workers=opts.workers, thread_name_prefix="briefing-fetch")
    items = list(dict.fromkeys(items))
    # Everything runs as one stream of jobs, so that a feed's entries are fetched as soon as the
    # feed is read, whatever else still waits (a server that never answers holds only its own job).
    # Results are put back in a fixed order: the items, then the feeds their lists name, then the
    # entries, by feed and by place in the feed.
    opened: dict[tuple[int, ...], _Opened] = {}
    feed_keys: dict[str, tuple[int, ...]] = {}  # a feed named by several lists: read once, first place
    fetched: dict[tuple[tuple[int, ...], int], Article | None] = {}
    seen_guids: set[str] = set()
    pending: dict[Future[Any], tuple[str, str, tuple[Any, ...]]] = {}  # future → (kind, name, key)
    place: dict[str, tuple[Any, ...]] = {}  # where a job's errors are reported: its place in the results
    total = done = 0

    def open_later(name: str, key: tuple[int, ...]) -> None:
        place.setdefault(name, (0, key))
        pending[pool.submit(guarded, name, lambda: open_item(name, opts, stop))] = ("open", name, key)

    def take(o: _Opened, key: tuple[int, ...]) -> None:
        nonlocal total
        opened[key] = o
        errors.extend((note.split(": ", 1)[0], note) for note in o.notes)
        if key[0] == 0:  # a list's feeds (one level: a list inside a list is not followed)
            for k, url in enumerate(dict.fromkeys(o.feeds)):
                if url in items:
                    continue
                if url in feed_keys:
                    feed_keys[url] = min(feed_keys[url], (1, key[1], k))
                    continue
                feed_keys[url] = (1, key[1], k)
                open_later(url, feed_keys[url])
        for n, entry in enumerate(o.entries):
            if entry.guid in seen_guids or (skip is not None and skip(entry.guid)):
                continue
            seen_guids.add(entry.guid)
            total += 1
            place.setdefault(_entry_name(entry), (1, key, n))
            job = pool.submit(guarded, _entry_name(entry), functools.partial(article_from_entry, entry, opts, stop))
            pending[job] = ("entry", _entry_name(entry), (key, n))

    try:
        for i, item in enumerate(items):
            open_later(item, (0, i))
        while pending:
            remaining = None if until is None else until - time.monotonic()
            if remaining is not None and remaining <= 0:
                break
            finished, _ = wait(list(pending), timeout=remaining, return_when=FIRST_COMPLETED)
            for future in finished:
                kind, _name, key = pending.pop(future)
                result = future.result()  # (`guarded` catches what a job raises)
                if kind == "open":
                    if result is not None:
                        take(result, key if key[0] == 0 else feed_keys[_name])
                else:
                    fetched[key] = result
                    done += 1
                    if progress:
                        progress(done, total)
        for future, (_kind, name, _key) in pending.items():  # the budget is spent
            future.cancel()
            errors.append((name, f"{name}: {OVER_BUDGET}"))
    finally:
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)
    order = sorted(opened)
    rank = {key: r for r, key in enumerate(order)}
    articles = [a for key in order for a in opened[key].articles]
    pages = {a.url for a in articles}  # a page given by its URL and as a feed's entry: read once
    articles += [a for (_, a) in sorted(((rank[k], n), a) for (k, n), a in fetched.items() if a is not None)
                 if a.url not in pages]
    errors.sort(key=lambda e: place.get(e[0], (2,)))  # (stable: in the order of the results, whenever they failed)
    return articles, list(dict.fromkeys(errors))  # a fetch cut short by the budget reports it once
