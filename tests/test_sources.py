"""Sources: news pages, RSS/Atom feeds and OPML from a real HTTP server on 127.0.0.1 (tests/httpserver.py).

No network beyond the loopback, no mocks: the pages carry navigation, scripts, photo captions and a
footer as real ones do; one answers slowly, one fails with 500, one is CP949 with an EUC-KR header.
"""

from __future__ import annotations

import pytest
from httpserver import NewsServer, article_page, atom, load_story, opml, rss

from briefing.errors import InputError
from briefing.sources.fetch import (
    FetchOptions,
    canonical_url,
    decode_page,
    fetch,
    load_sources,
    sniff,
)
from briefing.sources.html import article_from_html, strip_captions

FAST = FetchOptions(timeout=1.0, deadline=3.0, workers=4)


@pytest.fixture(scope="module")
def server():
    with NewsServer() as s:
        a1, a2, b1, d1 = (load_story(n) for n in (
            "a1-chip-exports-yna", "a2-chip-exports-news1", "b1-kakao-ai", "d1-cold-wave"))
        e1 = load_story("e1-budget-assembly")
        s.add("/yna/a1.html", article_page(a1, s.url("/yna/a1.html")))
        s.add("/news1/a2.html", article_page(a2, s.url("/news1/a2.html")))
        s.add("/etnews/b1.html", article_page(b1, s.url("/etnews/b1.html?utm_source=rss")))
        s.add("/yna/d1.html", article_page(d1, s.url("/yna/d1.html"), charset="euc-kr").encode("cp949"),
              "text/html; charset=EUC-KR")
        s.add("/yna/slow.html", article_page(d1, s.url("/yna/slow.html")), delay=5)
        s.add("/news1/e1.html", "Internal Server Error", "text/plain", status=500)
        s.add("/nav-only.html", "<html><head><script>var x=1;</script></head><body><nav><a href='/'>홈</a>"
                                "<a href='/x'>정치</a></nav><script>track()</script></body></html>")
        s.add("/yna/rss.xml", rss("연합뉴스", [
            {"title": a1.title, "link": s.url("/yna/a1.html"), "guid": "yna-a1",
             "pubDate": "Tue, 25 Nov 2026 09:00:00 +0900", "description": "반도체 수출이 늘었다."},
            {"title": d1.title, "link": s.url("/yna/d1.html"), "guid": "yna-d1"},
            {"title": "늦게 오는 기사", "link": s.url("/yna/slow.html"), "guid": "yna-slow", "description": "요약뿐이다."},
        ]), "application/rss+xml; charset=utf-8")
        s.add("/news1/atom.xml", atom("뉴스1", [
            {"title": a2.title, "link": s.url("/news1/a2.html"), "id": "urn:news1:a2",
             "updated": "2026-11-25T10:00:00+09:00"},
            {"title": e1.title, "link": s.url("/news1/e1.html"), "id": "urn:news1:e1",
             "updated": "2026-11-25T11:00:00+09:00", "content": "".join(f"<p>{line}</p>" for line in e1.lines)},
        ]), "application/atom+xml")
        s.add("/feeds.opml", opml([("연합뉴스", s.url("/yna/rss.xml")), ("뉴스1", s.url("/news1/atom.xml"))]),
              "text/x-opml")
        s.add("/not-a-feed.xml", "this is not xml at all", "application/xml")
        s.add("/big.html", "<p>" + "가" * 20000 + "</p>")
        s.add("/to-file", "", status=302, headers={"Location": "file:///etc/passwd"})
        s.add("/moved", "", status=301, headers={"Location": s.url("/yna/a1.html")})
        for i in range(6):
            s.add(f"/pool/{i}.html", article_page(a1, s.url(f"/pool/{i}.html")), delay=0.3)
        yield s


# --- HTML pages ----------------------------------------------------------------------------------------

def test_news_page_main_text_and_metadata(server):
    [article], errors = load_sources([server.url("/yna/a1.html")], options=FAST)
    assert errors == []
    assert article.title == "11월 반도체 수출 역대 최대…AI 서버 수요가 견인"  # "| 연합뉴스" dropped
    assert article.source == "연합뉴스"
    assert article.date == "2026-11-25"
    assert article.url == server.url("/yna/a1.html")
    lines = article.text.split("\n")
    assert lines[0] == "11월 반도체 수출이 인공지능(AI) 서버 수요에 힘입어 월간 기준 역대 최대를 기록했다."
    assert len(lines) == 8  # paragraphs kept as lines; byline prefix and trailing byline moved out
    for noise in ("홈", "많이 본 뉴스", "사진=", "무단전재", "jhpark@", "광고", "dataLayer"):
        assert noise not in article.text
    assert "박지훈 기자" in (article.byline or "")


def test_cp949_page_with_euc_kr_header_is_decoded(server):
    [article], errors = load_sources([server.url("/yna/d1.html")], options=FAST)
    assert errors == []
    assert "한파주의보를 발령했다" in article.text
    assert article.title == "올가을 첫 한파특보…내일 아침 서울 영하 7도"


def test_canonical_url_drops_tracking(server):
    [article], _ = load_sources([server.url("/etnews/b1.html")], options=FAST)
    assert article.url == server.url("/etnews/b1.html")


def test_redirect_is_followed(server):
    [article], errors = load_sources([server.url("/moved")], options=FAST)
    assert errors == [] and article.source == "연합뉴스"


def test_page_with_only_scripts_and_navigation_is_refused(server):
    articles, errors = load_sources([server.url("/nav-only.html")], options=FAST)
    assert articles == []
    [(path, message)] = errors
    assert path == server.url("/nav-only.html")
    assert "no article text" in message


@pytest.mark.parametrize("path, expected", [
    ("/news1/e1.html", "HTTP 500"),
    ("/yna/slow.html", "timed out after 1 s"),
    ("/big.html", "over the 0.0 MB limit"),
    ("/to-file", "Redirection to url 'file:///etc/passwd' is not allowed"),
    ("/missing.html", "HTTP 404"),
])
def test_fetch_failures_are_one_line_each(server, path, expected):
    opts = FetchOptions(timeout=1.0, deadline=3.0, max_bytes=20000)
    articles, errors = load_sources([server.url(path)], options=opts)
    assert articles == []
    [(where, message)] = errors
    assert where == server.url(path) and expected in message and "\n" not in message


def test_connection_refused_is_reported():
    with NewsServer() as gone:
        url = gone.url("/x.html")
    with pytest.raises(InputError, match="cannot connect"):
        fetch(url, FAST)


def test_only_http_urls_are_fetched():
    for url in ("file:///etc/passwd", "ftp://127.0.0.1/x", "data:text/html,<p>x</p>"):
        with pytest.raises(InputError, match="not an http"):
            fetch(url, FAST)


def test_requests_carry_a_clear_user_agent(server):
    fetch(server.url("/yna/a1.html"), FAST)
    agents = {ua for p, ua in server.requests if p == "/yna/a1.html"}
    assert agents and all(ua.startswith("briefing/") and "+http" in ua for ua in agents)


def test_at_most_a_few_fetches_at_a_time(server):
    urls = [server.url(f"/pool/{i}.html") for i in range(6)]
    articles, errors = load_sources(urls, options=FetchOptions(timeout=2, workers=2))
    assert len(articles) == 6 and errors == []
    assert server.max_in_flight_under["/pool"] == 2
    assert [a.path for a in articles] == urls  # results keep the order of the inputs


# --- feeds -----------------------------------------------------------------------------------------------

def test_rss_feed_entries_are_fetched_and_keep_their_guid(server):
    articles, errors = load_sources([server.url("/yna/rss.xml")], options=FAST)
    assert [a.guid for a in articles] == ["yna-a1", "yna-d1"]
    assert articles[0].title == "11월 반도체 수출 역대 최대…AI 서버 수요가 견인"
    assert articles[0].date == "2026-11-25"
    assert articles[0].url == server.url("/yna/a1.html")
    assert "한파주의보" in articles[1].text  # the CP949 page, through the feed
    # The slow page's entry has only a one-line summary: it is reported, not invented.
    assert errors == [(server.url("/yna/slow.html"), f"{server.url('/yna/slow.html')}: timed out after 1 s")]


def test_a_page_given_by_its_url_and_as_a_feed_entry_is_read_once(server):
    articles, _ = load_sources([server.url("/yna/a1.html"), server.url("/yna/rss.xml")], options=FAST)
    assert [a.url for a in articles].count(server.url("/yna/a1.html")) == 1
    assert [a.guid for a in articles][1:] == ["yna-d1"]


def test_atom_entry_falls_back_to_its_full_content_when_the_page_fails(server):
    articles, errors = load_sources([server.url("/news1/atom.xml")], options=FAST)
    assert errors == []
    assert [a.guid for a in articles] == ["urn:news1:a2", "urn:news1:e1"]
    e1 = articles[1]
    assert e1.path == server.url("/news1/e1.html") and e1.source == "뉴스1"
    assert e1.text.split("\n")[0] == "국회 예산결산특별위원회는 25일 전체회의를 열고 내년도 반도체 산업 지원 예산을 놓고 공방을 벌였다."


def test_opml_lists_feeds_and_entries_already_digested_are_not_fetched(server):
    before = server.hits("/yna/a1.html")
    articles, errors = load_sources([server.url("/feeds.opml")], options=FAST, skip=lambda guid: guid == "yna-a1")
    assert sorted(a.guid for a in articles) == ["urn:news1:a2", "urn:news1:e1", "yna-d1"]
    assert server.hits("/yna/a1.html") == before
    assert [p for p, _ in errors] == [server.url("/yna/slow.html")]


def test_an_opml_naming_other_schemes_is_told_so(tmp_path):
    path = tmp_path / "feeds.opml"
    path.write_text("<?xml version='1.0'?><opml version='2.0'><body><outline xmlUrl='file:///etc/passwd'/>"
                    "<outline xmlUrl='ftp://example.org/rss.xml'/></body></opml>", encoding="utf-8")
    articles, errors = load_sources([str(path)])
    assert articles == []
    assert [e for _, e in errors] == [f"{u}: not an http(s) URL (feeds and pages are fetched over http(s) only)"
                                      for u in ("file:///etc/passwd", "ftp://example.org/rss.xml")]


def test_feed_file_on_disk(tmp_path, server):
    feed = tmp_path / "news.rss"
    feed.write_text(rss("테스트", [{"title": "기사", "link": server.url("/yna/a1.html"), "guid": "file-1"}]), encoding="utf-8")
    articles, errors = load_sources([str(feed)])
    assert [a.guid for a in articles] == ["file-1"] and errors == []


@pytest.mark.parametrize("content, message", [
    (b"this is not xml at all", "not an RSS/Atom feed or OPML file"),
    (b"<?xml version='1.0'?><opml version='2.0'><body></body></opml>", "lists no feeds"),
    (b"<?xml version='1.0'?><opml><body><outline", "not a readable OPML file"),
    (b"", "empty file"),
])
def test_bad_feed_files_are_skipped_with_a_reason(tmp_path, content, message):
    path = tmp_path / "feeds.opml" if b"opml" in content else tmp_path / "feed.xml"
    path.write_bytes(content)
    articles, errors = load_sources([str(path)])
    assert articles == [] and len(errors) == 1 and message in errors[0][1]


def test_a_url_that_is_not_a_feed_is_treated_as_a_page(server):
    articles, errors = load_sources([server.url("/not-a-feed.xml")], options=FAST)
    assert articles == [] and "no article text" in errors[0][1]


# --- small parts -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("사진=연합뉴스", ""),
    ("[사진=뉴스1] 산업부는 25일 이같이 밝혔다.", "산업부는 25일 이같이 밝혔다."),
    ("김정훈 장관이 발언하고 있다. (사진=산업부 제공)", ""),
    ("김 장관이 회의를 주재하고 있다. /사진=뉴스1", ""),
    ("▲ 25일 정부세종청사에서 열린 회의", ""),
    ("<사진제공=카카오>", ""),
    ("그는 “사진을 찍지 말라”고 말했다.", "그는 “사진을 찍지 말라”고 말했다."),
    ("자료사진", ""),
    ("사진 속 인물은 최 회장이다.", "사진 속 인물은 최 회장이다."),
])
def test_captions_are_stripped(text, expected):
    assert strip_captions(text) == expected


@pytest.mark.parametrize("url, expected", [
    ("HTTPS://News.Example.KR:443/a?utm_source=rss&id=3#top", "https://news.example.kr/a?id=3"),
    ("http://example.kr", "http://example.kr/"),
    ("http://example.kr:8080/x?fbclid=1", "http://example.kr:8080/x"),
])
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


@pytest.mark.parametrize("data, ctype, kind", [
    (b"<?xml version='1.0'?><rss version='2.0'>", "", "feed"),
    (b"\xef\xbb\xbf<feed xmlns='http://www.w3.org/2005/Atom'>", "", "feed"),
    (b"<opml version='2.0'>", "", "opml"),
    (b"<!DOCTYPE html><html><body><p>x</p>", "application/rss+xml", "html"),
    (b"{}", "application/atom+xml", "feed"),
])
def test_sniff(data, ctype, kind):
    assert sniff(data, ctype) == kind


def test_decode_page_prefers_the_declared_charset_and_reads_euc_kr_as_cp949():
    text = "똠방각하 펲시콜라"  # syllables outside EUC-KR proper, inside CP949
    assert decode_page(text.encode("cp949"), "euc-kr", "x") == text
    assert decode_page(f'<meta charset="euc-kr"><p>{text}</p>'.encode("cp949"), None, "x").endswith(f"{text}</p>")
    assert decode_page(text.encode("utf-8"), "euc-kr", "x") == text  # a wrong header does not win


def test_article_from_html_refuses_empty_and_markup_only():
    for html in ("", "   ", "<html><body><nav><a href='/'>홈</a></nav></body></html>"):
        with pytest.raises(InputError):
            article_from_html(html, "page.html")
