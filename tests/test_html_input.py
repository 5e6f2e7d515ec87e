"""HTML input: a news page's headline is its title (never also sentence 0 or a key point), and the
page's byline reaches `Article.byline` (JSON `byline`) even when the extractor took it out of the text.

The pages are written here the way outlets send them; the HTTP case uses the loopback server of
tests/httpserver.py.
"""

from __future__ import annotations

import html as _html
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from httpserver import NewsServer

from briefing.cli import main
from briefing.sources.fetch import FetchOptions, load_sources
from briefing.sources.html import article_from_html

HEADLINE = "국내 연구진, 상온에서 작동하는 고효율 수소 촉매 개발"
LEAD = "한국과학기술연구원(KIST) 연구진이 상온에서도 물을 분해해 수소를 만드는 고효율 촉매를 개발했다고 12일 밝혔다."
PARAGRAPHS = [
    LEAD,
    ('연구를 이끈 김민수 KIST 책임연구원은 "기존 백금 촉매보다 비용은 10분의 1로 줄이면서 효율은 두 배 '
     '가까이 높였다"며 "상용화까지 3년 정도 걸릴 것"이라고 말했다.'),
    ("연구진은 니켈과 철을 섞은 합금 표면에 얇은 산화막을 입히는 방식으로 촉매의 수명을 크게 늘렸다. "
     "실험에서 촉매는 1000시간 넘게 성능을 유지했다."),
    ("이번 연구 결과는 국제 학술지 네이처 에너지에 실렸다. 과학기술정보통신부는 후속 연구에 5년간 50억원을 "
     "지원할 계획이다."),
    '이영희 과기정통부 연구개발정책실장은 "수소 경제로 가는 길을 앞당길 성과"라고 평가했다.',
]
BYLINE = "홍길동 기자 hong@example.com"


def news_page(*, title: str = f"{HEADLINE} | 한빛일보", byline: str = f'<p class="byline">{BYLINE}</p>',
              head_extra: str = "") -> str:
    """A page as a news site sends it: navigation, the headline and byline inside the article body."""
    e = _html.escape
    paras = "\n".join(f"<p>{e(p)}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="ko"><head>
<meta charset="utf-8">
<title>{e(title)}</title>
<meta property="og:site_name" content="한빛일보">
<meta property="article:published_time" content="2026-03-12T09:30:00+09:00">
{head_extra}
<script>window.dataLayer = [];</script>
</head><body>
<header><nav><a href="/">홈</a> <a href="/science">과학</a></nav></header>
<div class="article-body">
<h1>{e(HEADLINE)}</h1>
{byline}
{paras}
</div>
<footer>ⓒ 한빛일보. 무단전재 및 재배포 금지</footer>
</body></html>"""


def build_json(runner: CliRunner, source: str) -> dict:
    result = runner.invoke(main, ["build", source, "-f", "json", "-o", "-"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def assert_headline_is_title_only(data: dict) -> None:
    assert data["title"] == HEADLINE
    assert data["sentences"][0] == LEAD
    assert all(HEADLINE not in s for s in data["sentences"])
    assert all(HEADLINE not in item["text"] for item in data["summary"])


def test_headline_is_the_title_and_not_sentence_0(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(news_page(), encoding="utf-8")
    data = build_json(runner, str(page))
    assert_headline_is_title_only(data)
    result = runner.invoke(main, ["build", str(page), "-f", "md", "-o", "-"], catch_exceptions=False)
    assert result.exit_code == 0
    md = result.output
    assert md.startswith(f"## {HEADLINE}\n")
    assert md.count("국내 연구진, 상온에서") == 1  # the heading, not also a key point
    assert f"- {LEAD}" in md


def test_headline_under_a_title_with_the_outlet_appended(tmp_path: Path) -> None:
    """`<title>제목 - 한빛일보</title>` with the outlet unnamed elsewhere: the headline line is still the title."""
    html = news_page(title=f"{HEADLINE} - 한빛일보").replace('<meta property="og:site_name" content="한빛일보">', "")
    html = html.replace("<header>", '<header><h1 class="logo">한빛일보</h1>')
    article = article_from_html(html, "page.html")
    assert article.title == HEADLINE
    assert article.text.split("\n")[0] == LEAD


def test_byline_the_extractor_removed_is_in_json(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(news_page(), encoding="utf-8")
    data = build_json(runner, str(page))
    assert data["byline"] == BYLINE  # as the page wrote it, e-mail included
    assert all("홍길동" not in s for s in data["sentences"])
    assert all(p["name"] != "홍길동" for p in data["participants"])


@pytest.mark.parametrize("byline, head_extra, expected", [
    # the name and the e-mail in separate elements: the extractor keeps one, the metadata the other
    ('<div class="info"><span class="byline">홍길동 기자</span> <span>hong@example.com</span></div>', "",
     BYLINE),
    # only the page's metadata names the writer
    ("", '<meta name="author" content="홍길동 기자">', "홍길동 기자"),
    # a byline the extractor keeps in the text is taken from there, once
    (f"<p>{BYLINE}</p>", "", BYLINE),
])
def test_byline_from_the_page_in_any_form(tmp_path: Path, byline: str, head_extra: str, expected: str) -> None:
    article = article_from_html(news_page(byline=byline, head_extra=head_extra), "page.html")
    assert article.byline == expected
    assert article.title == HEADLINE
    assert article.text.split("\n")[0] == LEAD


def test_page_fetched_over_http(runner: CliRunner) -> None:
    with NewsServer() as server:
        url = server.add("/science/kist.html", news_page())
        [article], errors = load_sources([url], options=FetchOptions(timeout=2.0, deadline=6.0, workers=1))
        assert errors == []
        assert article.title == HEADLINE and article.byline == BYLINE
        assert article.text.split("\n")[0] == LEAD
        data = build_json(runner, url)
    assert_headline_is_title_only(data)
    assert data["byline"] == BYLINE
