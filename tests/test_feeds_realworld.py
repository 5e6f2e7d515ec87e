"""Feeds and pages as the Korean web really serves them (issue 19): legacy encodings, charsets given
only in HTTP, byte-order marks, roots after long prologs, servers that trickle or never answer, feeds
too long or half empty. Real servers on 127.0.0.1, feed files made in each encoding, the real CLI.

Nothing may come out as mojibake with exit 0, no fetch may outlive its deadline, and nothing is
dropped without a word.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from httpserver import NewsServer

from briefing.sources.fetch import FetchOptions, load_sources, parse_feed, sniff
from briefing.sources.ingest import misdecoded

FAST = FetchOptions(timeout=1.0, deadline=3.0, workers=4)
#: Syllables in CP949 that EUC-KR (KS X 1001) lacks: a real Korean feed labelled `euc-kr` holds them.
CP949_ONLY = "똠방각하 햏"
BODY = ("광양시는 올해 자동차세 연납 신청을 받는다고 밝혔다. 신청 기간은 오는 16일부터 31일까지다. "
        "인터넷 위택스를 이용하거나 시청 세정과를 직접 방문해 신청할 수 있다. "
        f"시 관계자는 {CP949_ONLY} 같은 글자도 그대로 실린다고 설명했다. 연납하면 세액의 일부를 할인받는다. "
        "할인율은 해마다 조금씩 줄어들고 있어 올해는 5% 안팎이 될 전망이다. 시는 홈페이지와 소식지로 이를 알렸다. "
        "이 소식은 지역 주민들 사이에서 큰 관심을 모으고 있다. 시는 앞으로도 여러 감면 제도를 안내할 계획이다.")


def rss(items: list[dict[str, str]], *, declaration: str = '<?xml version="1.0" encoding="utf-8"?>',
        prolog: str = "") -> str:
    body = "".join(
        "<item>" + "".join(f"<{k}>{v}</{k}>" for k, v in item.items()) + "</item>" for item in items)
    return f'{declaration}{prolog}<rss version="2.0"><channel><title>지역신문</title>{body}</channel></rss>'


def item(n: int, **extra: str) -> dict[str, str]:
    return {"title": f"자동차세 연납 {n}", "guid": f"g{n}", "description": BODY, **extra}


def texts(articles) -> str:
    return "\n".join(f"{a.title}\n{a.text}" for a in articles)


# --- encodings -------------------------------------------------------------------------------------

def test_a_feed_labelled_euc_kr_with_cp949_syllables_reads_right(tmp_path: Path) -> None:
    feed = tmp_path / "euckr.xml"
    feed.write_bytes(rss([item(1)], declaration='<?xml version="1.0" encoding="euc-kr"?>').encode("cp949"))
    articles, errors = load_sources([str(feed)], options=FAST)
    assert errors == [] and len(articles) == 1
    assert CP949_ONLY in articles[0].text and articles[0].title == "자동차세 연납 1"


@pytest.mark.parametrize("label", ["EUC-KR", "ks_c_5601-1987"])
def test_a_charset_given_only_in_http_reaches_the_feed_parser(label: str) -> None:
    with NewsServer() as server:
        body = rss([item(1)], declaration='<?xml version="1.0"?>').encode("cp949")
        server.add("/rss.xml", body, f"application/rss+xml; charset={label}")
        articles, errors = load_sources([server.url("/rss.xml")], options=FAST)
    assert errors == [] and CP949_ONLY in texts(articles)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_a_feed_with_a_byte_order_mark(tmp_path: Path, encoding: str) -> None:
    feed = tmp_path / f"{encoding}.xml"
    feed.write_bytes(rss([item(1)], declaration=f'<?xml version="1.0" encoding="{encoding}"?>').encode(encoding))
    assert sniff(feed.read_bytes()) == "feed"
    articles, errors = load_sources([str(feed)], options=FAST)
    assert errors == [] and CP949_ONLY in texts(articles)


def test_the_root_after_a_long_comment_and_processing_instructions(tmp_path: Path) -> None:
    prolog = "<!-- " + "생성기 안내 " * 1200 + " -->\n<?xml-stylesheet type='text/xsl' href='rss.xsl'?>\n"
    data = rss([item(1)], prolog=prolog).encode("utf-8")
    assert len(data) > 8192 and sniff(data) == "feed"
    feed = tmp_path / "prolog.xml"
    feed.write_bytes(data)
    articles, errors = load_sources([str(feed)], options=FAST)
    assert errors == [] and len(articles) == 1


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_the_root_is_found_without_a_byte_order_mark(encoding: str) -> None:
    data = rss([item(1)], declaration=f'<?xml version="1.0" encoding="{encoding[:6]}"?>').encode(encoding)
    assert sniff(data) == "feed"


def test_a_namespaced_root_is_a_feed() -> None:
    data = b'<?xml version="1.0"?><x:rss xmlns:x="http://backend.userland.com/rss2"><x:channel/></x:rss>'
    assert sniff(data) == "feed"


def test_an_entry_without_a_link_is_named_by_its_feed_and_id(tmp_path: Path) -> None:
    feed = tmp_path / "short.xml"
    feed.write_bytes(rss([{"title": "짧은 소식", "guid": "abc", "description": "한 줄 요약이다."}]).encode())
    _, errors = load_sources([str(feed)], options=FAST)
    assert errors == [(f"{feed}#abc", f"{feed}#abc: feed entry has no link and no full text")]


def test_korean_read_as_latin1_is_reported_not_digested(tmp_path: Path) -> None:
    feed = tmp_path / "wrong-label.xml"  # CP949 bytes under a Latin-1 label: every syllable turns to `ÀÌ`
    feed.write_bytes(rss([item(1)], declaration='<?xml version="1.0" encoding="iso-8859-1"?>').encode("cp949"))
    articles, errors = load_sources([str(feed)], options=FAST)
    assert articles == [] and len(errors) == 1 and "mis-decoded" in errors[0][1]
    done = subprocess.run([sys.executable, "-m", "briefing", "digest", str(feed), "-f", "json", "-o", "-"],
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL, check=False,
                          env={**os.environ, "BRIEFING_STATE": str(tmp_path / "state.db")})
    assert done.returncode != 0 and "mis-decoded" in done.stderr
    assert "Ã" not in done.stdout + done.stderr and "À" not in done.stdout + done.stderr


def test_misdecoded_tells_mojibake_from_latin_languages() -> None:
    korean = "이 대통령은 오늘 기자회견에서 경제 정책을 발표했다. " * 3
    assert misdecoded(korean) is None
    assert misdecoded(korean.encode("cp949").decode("latin-1"))
    assert misdecoded("Le président a présenté sa réforme économique à l'Assemblée nationale, déjà très débattue. " * 3) is None
    assert misdecoded("가나다 \ufffd\ufffd\ufffd\ufffd 라마") is not None


def test_a_page_with_a_few_stray_nul_bytes_builds(tmp_path: Path) -> None:
    page = ("<html><head><meta charset='utf-8'><title>자동차세 연납</title></head><body><article>"
            "<h1>자동차세 연납</h1>" + f"<p>{BODY}</p>" * 6 + "</article></body></html>").encode()
    at = len(page) // 2
    (tmp_path / "page.html").write_bytes(page[:at] + b"\x00\x00" + page[at:])
    done = subprocess.run([sys.executable, "-m", "briefing", "build", str(tmp_path / "page.html"), "-f", "json",
                           "-o", "-"], capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert any(CP949_ONLY in sentence for sentence in json.loads(done.stdout)["sentences"])


# --- servers that do not answer as they should ---------------------------------------------------

@contextmanager
def raw_server(behaviour) -> Iterator[str]:
    """A TCP server on 127.0.0.1 whose every connection is handled by `behaviour(conn, stop)`."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=behaviour, args=(conn, stop), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(2)
        listener.close()


def trickle(conn: socket.socket, stop: threading.Event) -> None:
    """Headers, then one byte of a long page every half second."""
    with conn:
        conn.recv(4096)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 100000\r\n\r\n")
        while not stop.wait(0.5):
            try:
                conn.sendall(b"<")
            except OSError:
                return


def silent(conn: socket.socket, stop: threading.Event) -> None:
    """Accepts, reads the request and never answers."""
    with conn:
        conn.recv(4096)
        stop.wait(60)


def cut_off(conn: socket.socket, stop: threading.Event) -> None:
    """Announces 5,000 bytes, sends a page's first 120 and closes the connection."""
    with conn:
        conn.recv(4096)
        body = ("<html><body><p>" + "가" * 200).encode("utf-8")[:120]
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 5000\r\n\r\n" + body)


def test_a_page_cut_off_before_its_announced_length_is_reported() -> None:
    with raw_server(cut_off) as url:
        articles, errors = load_sources([f"{url}/article.html"], options=FetchOptions(timeout=5.0, deadline=15.0))
    assert articles == []
    assert errors == [(f"{url}/article.html", f"{url}/article.html: cut off (120 of the 5,000 bytes announced)")]


def run_cli(args: list[str], timeout: float = 60, **env: str) -> tuple[int, str, float]:
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **env}, stdin=subprocess.DEVNULL, check=False)
    return done.returncode, done.stderr, time.monotonic() - started


@pytest.mark.parametrize("behaviour", [trickle, silent], ids=["trickling", "silent"])
def test_a_build_ends_by_its_deadline_whatever_the_server_does(behaviour) -> None:
    with raw_server(behaviour) as url:
        code, stderr, took = run_cli(["build", f"{url}/article.html", "-f", "json", "-o", "-"],
                                     BRIEFING_FETCH_TIMEOUT="1")  # deadline: 3 s
    assert code != 0 and took < 3 + 5, (code, stderr, took)
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in stderr
    assert "took longer than 3 s" in lines[0] or "timed out" in lines[0]


def test_a_digest_keeps_to_its_budget_and_names_what_it_did_not_read() -> None:
    with raw_server(trickle) as slow, NewsServer() as server:
        items = [item(n, link=f"{slow}/page{n}.html") for n in range(3)]
        server.add("/rss.xml", rss(items), "application/rss+xml; charset=utf-8")
        started = time.monotonic()
        articles, errors = load_sources([server.url("/rss.xml")],
                                        options=FetchOptions(timeout=5.0, deadline=15.0, budget=2.0))
        took = time.monotonic() - started
    assert took < 2 + 1.5, took
    assert articles == [] and len(errors) == 3
    assert all("budget" in message for _, message in errors)


def test_the_run_budget_from_the_environment(tmp_path: Path) -> None:
    with raw_server(trickle) as slow, NewsServer() as server:
        server.add("/rss.xml", rss([item(1, link=f"{slow}/page.html")]), "application/rss+xml; charset=utf-8")
        _, stderr, took = run_cli(["digest", server.url("/rss.xml"), "-f", "json", "-o", str(tmp_path / "d.json")],
                                     BRIEFING_RUN_BUDGET="2", BRIEFING_FETCH_TIMEOUT="5",
                                     BRIEFING_STATE=str(tmp_path / "state.db"))
    assert took < 2 + 8, (took, stderr)  # the budget, plus starting Python and loading Kiwi
    assert "budget" in stderr and "Traceback" not in stderr


def test_the_budget_option(tmp_path: Path) -> None:
    with raw_server(silent) as slow, NewsServer() as server:
        server.add("/rss.xml", rss([item(1, link=f"{slow}/page.html"), item(2)]), "application/rss+xml; charset=utf-8")
        code, stderr, took = run_cli(["digest", server.url("/rss.xml"), "--budget", "2", "-f", "json",
                                      "-o", str(tmp_path / "d.json")],
                                     BRIEFING_FETCH_TIMEOUT="5", BRIEFING_STATE=str(tmp_path / "state.db"))
    assert code == 3 and took < 2 + 8, (code, took, stderr)  # written, with an input skipped
    digest = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    assert [a["title"] for story in digest["stories"] for a in story["articles"]] == ["자동차세 연납 2"]
    assert any("budget" in s["error"] for s in digest["skipped"])


def test_a_silent_input_does_not_hold_up_the_entries_of_a_feed_already_read() -> None:
    """The feed answers at once and its entries are fetched while the other input still waits: the
    budget ends only the silent one."""
    with raw_server(silent) as slow, NewsServer() as server:
        server.add("/rss.xml", rss([item(1), item(2)]), "application/rss+xml; charset=utf-8")
        started = time.monotonic()
        articles, errors = load_sources([f"{slow}/page.html", server.url("/rss.xml")],
                                        options=FetchOptions(timeout=10.0, deadline=30.0, budget=2.0))
        took = time.monotonic() - started
    assert took < 2 + 1.5, took
    assert [a.title for a in articles] == ["자동차세 연납 1", "자동차세 연납 2"]
    page = f"{slow}/page.html"
    assert errors == [(page, f"{page}: not read within the run's budget (--budget, BRIEFING_RUN_BUDGET)")]


# --- nothing dropped without a word --------------------------------------------------------------

def test_entries_over_the_cap_are_counted() -> None:
    notes: list[str] = []
    data = rss([item(n) for n in range(5)]).encode("utf-8")
    entries = parse_feed(data, "feed.xml", max_entries=3, notes=notes)
    assert [e.guid for e in entries] == ["g0", "g1", "g2"]
    assert notes == ["feed.xml: 2 of its 5 entries not read (over the cap of 3; BRIEFING_MAX_ENTRIES sets another)"]


def test_entries_without_link_or_text_and_empty_feeds_are_named(tmp_path: Path) -> None:
    half = tmp_path / "half.xml"
    half.write_bytes(rss([item(1), {"title": "제목만 있는 항목"}]).encode("utf-8"))
    empty = tmp_path / "empty.xml"
    empty.write_bytes(rss([]).encode("utf-8"))
    articles, errors = load_sources([str(half), str(empty)], options=FAST)
    assert len(articles) == 1
    assert (str(half), f"{half}: 1 entry with neither a link nor text") in errors
    assert (str(empty), f"{empty}: the feed has no entries") in errors


def test_the_cap_from_the_environment(tmp_path: Path) -> None:
    feed = tmp_path / "long.xml"
    feed.write_bytes(rss([item(n) for n in range(4)]).encode("utf-8"))
    _, stderr, _ = run_cli(["digest", str(feed), "-f", "json", "-o", str(tmp_path / "d.json")],
                              BRIEFING_MAX_ENTRIES="2", BRIEFING_STATE=str(tmp_path / "state.db"))
    assert "2 of its 4 entries not read" in stderr
    digest = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    assert any("2 of its 4 entries not read" in s["error"] for s in digest["skipped"])
