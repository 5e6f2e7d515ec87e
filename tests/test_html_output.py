"""HTML output (`-f html`): a self-contained page that works on any machine or web server.

The Korean font is embedded as a `data:` URI holding only the glyphs the page uses (after `local()`
names of an installed Noto Sans KR); no `file:` URL and no path of this machine is in the file. The
PDF path still names the packaged fonts by `file:` URL, the only kind WeasyPrint's fetcher serves.
"""

from __future__ import annotations

import base64
import io
import re
from pathlib import Path

import lxml.html
import pytest
from click.testing import CliRunner
from fontTools.ttLib import TTFont

import briefing
from briefing import article_from_text, build_briefing
from briefing.cli import main
from briefing.render import pdf
from briefing.render.pdf import render_html

PACKAGE_DIR = Path(briefing.__file__).resolve().parent

ARTICLE_A = """---
title: 서울시, 내년부터 심야 자율주행 버스 12개 노선으로 확대
date: 2026-03-12
source: 한빛일보
url: https://news.example.com/a/1
---
서울시가 내년부터 심야 자율주행 버스를 12개 노선으로 늘린다고 12일 밝혔다.
오세진 서울시 교통실장은 “시민들이 늦은 밤에도 안전하게 귀가할 수 있도록 하겠다”고 말했다.
시는 올해 3개 노선에서 운행한 결과 승객 만족도가 92%에 달했다고 설명했다.
버스는 밤 11시 30분부터 새벽 5시까지 운행하며 요금은 1,400원이다.
"""
ARTICLE_B = """---
title: 기상청 “이번 주말 남부지방에 최대 150㎜ 폭우”
date: 2026-03-12
source: 뉴스타운
---
기상청은 이번 주말 남부지방에 최대 150㎜의 많은 비가 내릴 것으로 예보했다.
박하늘 기상청 예보분석관은 “저기압이 느리게 이동하면서 비구름이 오래 머물 것”이라고 밝혔다.
산림청은 산사태 위기경보를 ‘주의’ 단계로 올렸다.
"""

HANGUL = re.compile(r"[가-힣]")
FONT_FACE = re.compile(r"@font-face\s*\{([^}]*)\}")


def run(runner: CliRunner, *args: str) -> None:
    result = runner.invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output


def font_faces(html: str) -> list[tuple[str, str, bytes]]:
    """(weight, src, font bytes) of every @font-face in the page's <style>."""
    style = "".join(lxml.html.fromstring(html).xpath("//style/text()"))
    faces = []
    for body in FONT_FACE.findall(style):
        weight = re.search(r"font-weight:\s*(\d+)", body).group(1)
        src = re.search(r"src:\s*(.*?);?\s*$", body.strip(), re.DOTALL).group(1)
        data = re.search(r'url\("data:font/(?:woff2|woff|ttf);base64,([A-Za-z0-9+/=]+)"\)', src)
        assert data, f"@font-face src is not a data: URI: {src[:120]}"
        faces.append((weight, src, base64.b64decode(data.group(1), validate=True)))
    return faces


def assert_self_contained(html: str) -> None:
    assert "file:" not in html
    assert str(PACKAGE_DIR) not in html and "/fonts/NotoSansKR" not in html
    root = lxml.html.fromstring(html)
    text = root.findtext(".//title") + root.find("body").text_content()
    syllables = set(HANGUL.findall(text))
    assert len(syllables) > 50
    faces = font_faces(html)
    assert sorted(w for w, _, _ in faces) == ["400", "700"]
    for weight, src, data in faces:
        assert src.startswith('local("Noto Sans KR')  # an installed copy first
        font = TTFont(io.BytesIO(data))  # opens: a real font
        cmap = font.getBestCmap()
        missing = sorted(ch for ch in syllables if ord(ch) not in cmap)
        assert missing == [], f"weight {weight} lacks {''.join(missing)}"
        assert len(cmap) < 2000  # a subset: only what the page uses, not the shipped 11,172 syllables


def test_build_html_is_self_contained(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    out = tmp_path / "a.html"
    run(runner, "build", str(tmp_path / "a.txt"), "-f", "html", "-o", str(out))
    html = out.read_text(encoding="utf-8")
    assert_self_contained(html)
    assert "오세진" in html and "심야 자율주행 버스" in html.replace('</span> <span class="w">', " ")
    assert len(html.encode()) < 200_000


def test_digest_html_is_self_contained(runner: CliRunner, tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (news / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    out = tmp_path / "digest.html"
    run(runner, "digest", str(news), "--date", "2026-03-12", "-f", "html", "-o", str(out))
    html = out.read_text(encoding="utf-8")
    assert_self_contained(html)
    assert "박하늘" in html
    assert len(html.encode()) < 250_000


@pytest.mark.parametrize("url, linked", [
    ("https://news.example.kr/2026/03/12/bus?id=1&ref=rss", True),
    ("javascript:alert(1)", False),
    ("https://news.example.kr/a b", False),
    ('https://news.example.kr/"onmouseover=alert(1)', False),
])
def test_the_article_url_is_a_link_only_when_plain_http(runner: CliRunner, tmp_path: Path, url: str,
                                                         linked: bool) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE_A.replace("url: https://news.example.com/a/1", f"url: '{url}'"),
                                    encoding="utf-8")
    out = tmp_path / "a.html"
    run(runner, "build", str(tmp_path / "a.txt"), "-f", "html", "-o", str(out))
    root = lxml.html.fromstring(out.read_text(encoding="utf-8"))
    hrefs = [a.get("href") for a in root.iter("a")]
    assert hrefs == ([url] if linked else [])
    footer = root.find(".//footer").text_content()
    assert url.split("//")[-1].split("/")[0] in footer.replace(" ", "")  # shown as text either way


def test_the_digest_links_each_outlet_to_its_article(runner: CliRunner, tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(ARTICLE_A.replace("https://news.example.com/a/1", "https://hanbit.example.kr/bus"),
                                encoding="utf-8")
    (news / "b.txt").write_text(ARTICLE_B, encoding="utf-8")  # no URL: its outlet stays text
    out = tmp_path / "digest.html"
    run(runner, "digest", str(news), "--date", "2026-03-12", "-f", "html", "-o", str(out))
    root = lxml.html.fromstring(out.read_text(encoding="utf-8"))
    links = {a.text_content().replace(" ", ""): a.get("href") for a in root.iter("a")}
    assert links == {"한빛일보": "https://hanbit.example.kr/bus"}
    md = tmp_path / "digest.md"
    run(runner, "digest", str(news), "--date", "2026-03-12", "-f", "md", "-o", str(md))
    text = md.read_text(encoding="utf-8")
    assert "출처: [한빛일보](<https://hanbit.example.kr/bus>)" in text and "출처: 뉴스타운" in text


def test_user_template_with_font_face_css_is_embedded_too(runner: CliRunner, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "briefing.html.j2").write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{{ title }}</title>"
        "<style>{{ font_face_css() }} body { font-family: NotoSansKR }</style></head>"
        "<body><h1>{{ title }}</h1>{% for r in page.points %}<p>{{ r.text }}</p>{% endfor %}</body></html>",
        encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    out = tmp_path / "a.html"
    run(runner, "build", str(tmp_path / "a.txt"), "-f", "html", "-o", str(out), "--template-dir", str(templates))
    assert_self_contained(out.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(build_briefing(article_from_text(ARTICLE_A, "a.txt")))


def test_pdf_page_keeps_the_package_font_urls(page: str) -> None:
    """WeasyPrint's locked-down fetcher serves `file:` URLs inside the package and nothing else."""
    urls = re.findall(r'url\("(file:[^"]+)"\)', page)
    assert len(urls) == 2 and all(u.startswith((PACKAGE_DIR / "fonts").as_uri() + "/") for u in urls)
    assert "data:" not in page


def test_only_the_font_sources_change(page: str) -> None:
    portable = pdf.portable_html(page)
    src = re.compile(r"src:[^}]*")
    assert src.sub("src:", portable) == src.sub("src:", page)
    assert pdf.portable_html(page) == portable  # the same page gives the same bytes
    # article text that spells a package font's URL is text, not a font source: left as it is
    text = page.replace("</body>", "<p>url(&#34;" + (PACKAGE_DIR / "fonts" / "NotoSansKR-Regular.ttf").as_uri()
                        + "&#34;)</p></body>")
    assert (PACKAGE_DIR / "fonts").as_uri() in pdf.portable_html(text).split("</style>", 1)[1]
