"""Rough edges of a newcomer's first hour, through the CLI and the library.

- A skipped input is named once: on stderr, in the scheduler's log, and in the digest (Markdown,
  HTML, JSON); in Markdown its URL is readable text (no `http\\://`).
- Markdown escaping keeps URLs and numbers such as `127.0.0.1` as written, and still keeps article
  text from becoming markup (emphasis, links, HTML, headings, lists).
- An article without a `source` is named the same on its story and on its quotes, and is not counted
  as an outlet (`매체 N곳`).
- Counts read right for one and for many (`1 input`, `2 inputs`).

Every test makes its own articles in `tmp_path`; URLs are served by the local test server.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from httpserver import NewsServer

from briefing.cli import main
from briefing.render.briefing import escape_markdown

DATE = "2026-11-25"

WITH_SOURCE = """---
title: 반도체 수출 역대 최대
source: 연합뉴스
date: 2026-11-25
---
김정훈 산업통상자원부 장관은 25일 정부세종청사에서 열린 회의에서 “반도체가 우리 수출의 버팀목 역할을 하고 있다”고 말했다.
11월 반도체 수출은 역대 최대를 기록했다.
산업부는 내년에도 수출 증가세가 이어질 것으로 내다봤다.
"""

NO_SOURCE = """한파 특보가 전국으로 확대됐다.
박서연 기상청 예보관은 “이번 추위는 주말까지 이어질 것”이라고 말했다.
기상청은 수도관 동파에 대비해 달라고 당부했다.
"""

PAGE = """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>반도체 수출 역대 최대</title></head>
<body><article><h1>반도체 수출 역대 최대</h1>
<p>김정훈 산업통상자원부 장관은 25일 정부세종청사에서 열린 회의에서 “반도체가 우리 수출의 버팀목 역할을 하고 있다”고 말했다.</p>
<p>11월 반도체 수출은 역대 최대를 기록했다. 산업부는 내년에도 수출 증가세가 이어질 것으로 내다봤다.</p>
<p>정부는 반도체 지원 예산을 늘리기로 했다. 업계는 이를 환영했다.</p></article></body></html>"""


@pytest.fixture(autouse=True)
def quick_fetches(monkeypatch):
    monkeypatch.setenv("BRIEFING_FETCH_TIMEOUT", "1")


def write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


# --- a skipped input is named once -------------------------------------------------------------------

def test_a_skipped_url_is_named_once_everywhere_and_readable_in_markdown(tmp_path):
    article = write(tmp_path, "chips.txt", WITH_SOURCE)
    with NewsServer() as server:
        missing = server.url("/missing.html")
        md = invoke("digest", article, missing, "--date", DATE, "-f", "md", "-o", "-")
        as_json = invoke("digest", article, missing, "--date", DATE, "-f", "json", "-o", "-")
        html = invoke("digest", article, missing, "--date", DATE, "-f", "html", "-o", str(tmp_path / "d.html"))
        config = write(tmp_path, "briefing.toml", f"""
state = "state.sqlite3"
[[digest]]
name = "morning"
inputs = ["chips.txt", "{missing}"]
cron = "0 7 * * *"
output = "out/"
formats = ["md"]
date = "{DATE}"
""")
        scheduled = invoke("schedule", "--config", config, "--once")
    assert md.exit_code == 3, md.output
    assert [line for line in md.stderr.splitlines() if "skipped" in line] == [
        f"briefing: skipped {missing}: HTTP 404 Not Found"]
    # The Markdown digest lists it once, as text that pastes cleanly: no `http\://`.
    assert md.stdout.count("missing.html") == 1
    assert f"\n- {missing}: HTTP 404 Not Found\n" in md.stdout
    assert "\\:" not in md.stdout
    assert json.loads(as_json.stdout)["skipped"] == [{"path": missing, "error": "HTTP 404 Not Found"}]
    assert html.exit_code == 3 and (tmp_path / "d.html").read_text(encoding="utf-8").count("missing.html") == 1
    assert scheduled.exit_code == 3, scheduled.output
    [logged] = [line for line in scheduled.stderr.splitlines() if "skipped" in line and "WARNING" in line]
    assert logged.endswith(f"morning: skipped {missing}: HTTP 404 Not Found") and logged.count(missing) == 1


def test_nothing_to_digest_still_names_each_input(tmp_path):
    result = invoke("digest", str(tmp_path / "nowhere.txt"), "--date", DATE, "-f", "md", "-o", "-")
    assert result.exit_code == 1
    assert f"nothing to digest: {tmp_path / 'nowhere.txt'}: no such file" in result.stderr


# --- Markdown escaping: readable, and still inert ------------------------------------------------------

@pytest.mark.parametrize("raw, shown", [
    # URLs and numbers are shown as written.
    ("http://127.0.0.1:8080/missing.html", "http://127.0.0.1:8080/missing.html"),
    ("https://www.example.org/rss.xml?a=1&b=2", "https://www.example.org/rss.xml?a=1&b=2"),
    ("기자 kim@example.org", "기자 kim@example.org"),
    ("127.0.0.1", "127.0.0.1"),
    ("2026.11.25 발표", "2026.11.25 발표"),
    ("3.5% 올랐다", "3.5% 올랐다"),
    ("#반도체 태그", "#반도체 태그"),
    ("-5도까지 내려간다", "-5도까지 내려간다"),
    ("+82 전화", "+82 전화"),
    # What would start a block at the start of a line is escaped there.
    ("1. 첫째", "1\\. 첫째"),
    ("2024) 결산", "2024\\) 결산"),
    ("7.", "7\\."),
    ("# 제목", "\\# 제목"),
    ("- 항목", "\\- 항목"),
    ("---", "\\---"),
    ("= =", "\\= ="),
    ("> 인용", "\\> 인용"),
    # Markup anywhere stays text.
    ("**x**", "\\*\\*x\\*\\*"),
    ("[a](javascript:alert(1))", "\\[a\\](javascript:alert(1))"),
    ("<https://evil.example>", "\\<https://evil.example>"),
    ("&amp; &#60; &#x3C;", "\\&amp; \\&#60; \\&#x3C;"),
    ("{{ 7*7 }}", "\\{\\{ 7*7 \\}\\}"),  # one `*` makes no emphasis
])
def test_markdown_escaping_keeps_urls_and_numbers_readable(raw, shown):
    assert escape_markdown(raw) == shown


# What real headlines and sentences hold, shown as written (a newsletter editor sees no backslash), and
# markup made inert; each rendered by a CommonMark renderer with tables and strikethrough, as a list
# item and after another value on the same line.
PASTES_CLEANLY = ["[골프소식] JNGK골프아카데미 개원", "바꾸다[창간 32주년 특집]", "연봉 800만$ 계약", "2022~2023시즌",
                  "3~4일 개최", "a_b_c 변수", "3*4=12", "테스트‹일보>", "[스포츠서울 | 정다워기자]"]
INERT = ["**굵게**", "_기울임_", "~~취소~~", "~한 줄~", "$x$ 수식", "[a](javascript:alert(1))", "![i](http://x/i.png)",
         "[a][b]", "[x] 할 일", "<b>굵게</b>", "<https://evil.example>", "* 목록", "> 인용", "`코드`", "| a | b |",
         "[[위키]]", "x _y_ z", "&amp;"]


@pytest.mark.parametrize("raw", PASTES_CLEANLY + INERT)
def test_escaped_markdown_renders_as_the_text(raw):
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    escaped = escape_markdown(raw)
    if raw in PASTES_CLEANLY:
        assert "\\" not in escaped.replace("\\|", "|")  # (a table's bar keeps its escape)
    for source in (f"- {escaped}", f"앞 {escaped} 뒤", escaped):
        html = md.render(source)
        for tag in ("<a ", "<em>", "<strong>", "<del>", "<s>", "<code>", "<img", "<b>", "<table", "<blockquote",
                    "<ul>\n<li>\n<ul>", "<input"):
            assert tag not in html.replace("<ul>\n<li>" + escaped, ""), (source, html)
        text = re.sub(r"<[^>]+>", "", html).strip()
        text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
        assert raw in text, (source, text)


def test_markdown_title_and_source_line_of_a_page(tmp_path):
    """A page without a site name: the source line is its host (`127.0.0.1:port`), shown as written."""
    with NewsServer() as server:
        url = server.add("/a.html", PAGE.replace("<h1>반도체 수출 역대 최대</h1>", "<h1>**굵게** [a](javascript:alert(1))</h1>")
                         .replace("<title>반도체 수출 역대 최대</title>", "<title>**굵게** [a](javascript:alert(1))</title>"))
        result = invoke("build", url, "-f", "md", "-o", "-")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    host = url.split("/")[2]
    assert lines[0] == "## \\*\\*굵게\\*\\* [a\\](javascript:alert(1))"
    assert lines[2] == f"*{host} · <{url}>*"


# --- an article without a source ------------------------------------------------------------------------

def test_an_article_without_source_is_named_alike_and_not_counted_as_an_outlet(tmp_path):
    chips = write(tmp_path, "chips.txt", WITH_SOURCE)
    cold = write(tmp_path, "cold-wave.txt", NO_SOURCE)
    md = invoke("digest", chips, cold, "--date", DATE, "-f", "md", "-o", "-").stdout
    assert "*기사 2건 · 주요 뉴스 2건 · 매체 1곳*" in md
    assert "출처: cold-wave.txt" in md and "” — cold-wave.txt" in md
    assert not re.search(r"cold-wave(?!\.txt)", md)
    assert invoke("digest", chips, cold, "--date", DATE, "-f", "html", "-o", str(tmp_path / "d.html")).exit_code == 0
    html = (tmp_path / "d.html").read_text(encoding="utf-8")
    assert "매체 1곳" in html and "매체 2곳" not in html
    assert not re.search(r"cold-wave(?!\.txt)", html)
    data = json.loads(invoke("digest", chips, cold, "--date", DATE, "-f", "json", "-o", "-").stdout)
    cold_story = next(s for s in data["stories"] if s["articles"][0]["path"] == cold)
    assert cold_story["articles"][0]["source"] is None
    quote = next(q for p in data["participants"] for q in p["quotes"] if q["path"] == cold)
    assert [r["source"] for r in quote["sources"]] == [None]
    # No article with a source: the digest claims no outlets at all.
    alone = invoke("digest", cold, "--date", DATE, "-f", "md", "-o", "-").stdout
    assert "*기사 1건 · 주요 뉴스 1건*" in alone and "매체" not in alone
    assert invoke("digest", cold, "--date", DATE, "-f", "html", "-o", str(tmp_path / "alone.html")).exit_code == 0
    assert "매체" not in (tmp_path / "alone.html").read_text(encoding="utf-8")


# --- counts in words ------------------------------------------------------------------------------------

@pytest.mark.parametrize("n, noun, plural, text", [
    (1, "article", None, "1 article"),
    (2, "article", None, "2 articles"),
    (0, "article", None, "0 articles"),
    (1, "entry", None, "1 entry"),
    (3, "entry", None, "3 entries"),
    (2, "story", None, "2 stories"),
    (2, "day", None, "2 days"),
    (2, "process", None, "2 processes"),
    (1, "person", "people", "1 person"),
    (2, "person", "people", "2 people"),
])
def test_count_words(n, noun, plural, text):
    from briefing.wording import count

    assert count(n, noun, plural) == text


def test_scheduler_log_counts_read_right_for_one(tmp_path):
    write(tmp_path, "chips.txt", WITH_SOURCE)
    config = write(tmp_path, "briefing.toml", f"""
state = "state.sqlite3"
[[digest]]
name = "morning"
inputs = ["chips.txt"]
cron = "0 7 * * *"
output = "out/"
formats = ["md"]
date = "{DATE}"
""")
    first = invoke("schedule", "--config", config, "--once")
    assert first.exit_code == 0, first.output
    assert "morning: run started (1 input)" in first.stderr
    assert "(1 article, 1 story, 0 skipped)" in first.stderr
    again = invoke("schedule", "--config", config, "--once")
    assert "nothing new since the last digest (1 article already digested)" in again.stderr


def test_an_interrupted_digest_is_reported_with_its_count(tmp_path):
    from briefing.digest.state import State

    with State(tmp_path / "state.sqlite3") as state:
        state.begin_digest(scope="default", date=DATE, keys=["text:one"],
                           outputs=[(str(tmp_path / "gone.md"), "0" * 64)])
        [note] = state.recover()
    assert note.endswith("its 1 article will be digested again")
