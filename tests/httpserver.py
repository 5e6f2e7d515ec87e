"""A real threaded HTTP server on 127.0.0.1 for the tests: news pages, RSS and Atom feeds, OPML.

Pages are made from the article files in `tests/data/digest/` (front matter + body) wrapped in the
markup news sites really send: navigation, scripts, a photo with its caption and credit, a sidebar
and a copyright footer. Routes can be slow (the server waits before answering), fail with a status,
or be sent in CP949 with an `EUC-KR` charset header. Every request is recorded in `requests`.
"""

from __future__ import annotations

import html
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Self
from urllib.parse import urlsplit

import yaml

DATA = Path(__file__).resolve().parent / "data" / "digest"


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    delay: float = 0.0
    headers: dict[str, str] | None = None


class NewsServer:
    """`with NewsServer() as server:` serves `server.routes` at `server.url(path)` until the block ends."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, str]] = []  # (path, User-Agent)
        self.in_flight: dict[str, int] = {}  # by folder: /pool/3.html counts under /pool
        self.max_in_flight_under: dict[str, int] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # http.server's naming
                path = urlsplit(self.path).path
                folder = path.rsplit("/", 1)[0]
                with server._lock:
                    server.requests.append((path, self.headers.get("User-Agent", "")))
                    server.in_flight[folder] = server.in_flight.get(folder, 0) + 1
                    server.max_in_flight_under[folder] = max(server.max_in_flight_under.get(folder, 0),
                                                             server.in_flight[folder])
                try:
                    self._answer(server.routes.get(path) or Route(b"not found", "text/plain", 404))
                finally:
                    with server._lock:
                        server.in_flight[folder] -= 1

            def _answer(self, route: Route) -> None:
                if route.delay and server._stop.wait(route.delay):
                    return
                try:
                    self.send_response(route.status)
                    self.send_header("Content-Type", route.content_type)
                    self.send_header("Content-Length", str(len(route.body)))
                    for key, value in (route.headers or {}).items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def base(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8",
            status: int = 200, delay: float = 0.0, headers: dict[str, str] | None = None) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, content_type, status, delay, headers)
        return self.url(path)

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)


# --- content -------------------------------------------------------------------------------------

@dataclass
class Story:
    """An article file of tests/data/digest: metadata and body lines."""

    name: str
    title: str
    source: str
    date: str
    lines: list[str]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def load_story(name: str) -> Story:
    raw = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    _, front, body = raw.split("---\n", 2)
    meta = yaml.safe_load(front)
    lines = [line for line in body.strip().split("\n") if line.strip()]
    return Story(name, meta["title"], meta["source"], str(meta["date"]), lines)


def article_page(story: Story, canonical: str, *, charset: str = "utf-8", caption: bool = True) -> str:
    """A news page as outlets send it: the body is a few <p> among navigation, ads, captions, footer."""
    e = html.escape
    paras = "\n".join(f"<p>{e(line)}</p>" for line in story.lines)
    figure = (f'<figure class="photo"><img src="/photo.jpg" alt=""><figcaption>{e(story.title)} 관련 현장 모습. '
              f"[사진={e(story.source)}]</figcaption></figure>") if caption else ""
    return f"""<!DOCTYPE html>
<html lang="ko"><head>
<meta charset="{charset}">
<title>{e(story.title)} | {e(story.source)}</title>
<meta property="og:title" content="{e(story.title)}">
<meta property="og:site_name" content="{e(story.source)}">
<meta property="article:published_time" content="{story.date}T09:00:00+09:00">
<link rel="canonical" href="{e(canonical)}">
<script>window.dataLayer = window.dataLayer || []; function track() {{ return "광고"; }}</script>
<style>.ad {{ display: none }}</style>
</head><body>
<header><nav><ul><li><a href="/">홈</a></li><li><a href="/politics">정치</a></li><li><a href="/economy">경제</a></li>
<li><a href="/society">사회</a></li><li><a href="/sports">스포츠</a></li></ul></nav></header>
<main><article>
<h1 class="headline">{e(story.title)}</h1>
<div class="article-body" itemprop="articleBody">
{figure}
{paras}
</div></article></main>
<aside class="most-read"><h3>많이 본 뉴스</h3><ul><li><a href="/x1">다른 기사 제목 하나</a></li>
<li><a href="/x2">다른 기사 제목 둘</a></li></ul></aside>
<div class="ad">광고</div>
<footer>저작권자 ⓒ {e(story.source)} 무단전재 및 재배포 금지</footer>
</body></html>"""


def rss(title: str, items: list[dict[str, str]]) -> str:
    """An RSS 2.0 feed; each item may have title, link, guid, pubDate, description."""
    e = html.escape
    parts = []
    for item in items:
        fields = "".join(
            f'<guid isPermaLink="false">{e(v)}</guid>' if k == "guid" else f"<{k}>{e(v)}</{k}>"
            for k, v in item.items()
        )
        parts.append(f"<item>{fields}</item>")
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{e(title)}</title>'
            f"<link>http://127.0.0.1/</link><description>{e(title)}</description>{''.join(parts)}</channel></rss>")


def atom(title: str, entries: list[dict[str, str]]) -> str:
    """An Atom feed; each entry may have title, link, id, updated, summary, content (HTML)."""
    e = html.escape
    parts = []
    for entry in entries:
        fields = []
        for k, v in entry.items():
            if k == "link":
                fields.append(f'<link rel="alternate" href="{e(v)}"/>')
            elif k == "content":
                fields.append(f'<content type="html">{e(v)}</content>')
            else:
                fields.append(f"<{k}>{e(v)}</{k}>")
        parts.append(f"<entry>{''.join(fields)}</entry>")
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>{e(title)}</title>'
            f"<id>urn:test:{e(title)}</id><updated>2026-11-25T09:00:00+09:00</updated>{''.join(parts)}</feed>")


def opml(feeds: list[tuple[str, str]]) -> str:
    """An OPML list of (title, feed URL)."""
    e = html.escape
    outlines = "".join(f'<outline type="rss" text="{e(t)}" title="{e(t)}" xmlUrl="{e(u)}"/>' for t, u in feeds)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0"><head><title>feeds</title></head><body>{outlines}</body></opml>'
