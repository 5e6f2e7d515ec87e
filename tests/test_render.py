"""JSON contract and Markdown output: keys, provenance, verbatim text, escaping."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from briefing import article_from_text, build_briefing, read_article
from briefing.render.briefing import (
    briefing_dict,
    display_title,
    escape_markdown,
    title_sentence,
    to_json_line,
    to_markdown,
)


def active(markdown: str, token: str) -> bool:
    """Whether `token` occurs in `markdown` with its first character not backslash-escaped."""
    return re.search(r"(?<!\\)" + re.escape(token), markdown) is not None


CONTRACT_KEYS = {"path", "sentences", "title", "date", "source", "url", "summary", "participants", "keywords"}


@pytest.fixture(scope="module")
def sample_briefing(sample_path: Path):
    return build_briefing(read_article(sample_path))


def test_json_contract(sample_briefing) -> None:
    line = to_json_line(sample_briefing)
    assert line.endswith("\n") and line.count("\n") == 1
    obj = json.loads(line)
    assert CONTRACT_KEYS <= obj.keys()
    sentences = obj["sentences"]
    assert all(isinstance(s, str) and s for s in sentences)
    assert len(obj["summary"]) == 3
    for entry in obj["summary"]:
        assert sentences[entry["sentence"]] == entry["text"]
        assert isinstance(entry["score"], float)
    for p in obj["participants"]:
        assert {"name", "title", "organization", "mentions", "quotes"} <= p.keys()
        for q in p["quotes"]:
            # Verbatim, without quotation marks, found in (or starting in) the sentence it names.
            assert "“" not in q["text"] and "”" not in q["text"]
            joined = " ".join(sentences[q["sentence"]:q["sentence"] + 3])
            assert q["text"] in joined


def test_json_has_no_byline_sentence(sample_briefing) -> None:
    obj = briefing_dict(sample_briefing)
    assert not any("snoop@etnews.com" in s for s in obj["sentences"])
    assert "최호" not in {p["name"] for p in obj["participants"]}


def test_summary_count_follows_option(sample_path: Path) -> None:
    article = read_article(sample_path)
    for n in (1, 5):
        assert len(build_briefing(article, sentences=n).summary) == n


@pytest.mark.parametrize(
    "raw, forbidden",
    [
        ("<script>alert(1)</script>", "<script>"),
        ("[클릭](javascript:alert(1))", "](javascript"),
        ("# 제목처럼", "\n# "),
        ("**굵게** _기울임_", "**굵게**"),
        ("{{ 7*7 }} {% if x %}", "{{ 7*7 }}"),
        ("| a | b |", "| a |"),
        ("<https://evil.example/x> 방문", "<https://"),
        ("<img src=x onerror=alert(1)>", "<img"),
    ],
)
def test_escape_markdown(raw: str, forbidden: str) -> None:
    escaped = escape_markdown(raw)
    assert not active(escaped, forbidden)
    # Removing the backslash escapes gives the original text back: nothing is lost.
    assert re.sub(r"\\(.)", r"\1", escaped) == raw


def test_markdown_layout(sample_briefing) -> None:
    md = to_markdown(sample_briefing)
    assert md.startswith("## ")
    assert "**핵심 요약**" in md
    assert "### 최태원 · SK그룹 회장" in md
    assert "> “" in md
    assert "**함께한 사람**" in md and "김용범" in md
    assert "최호" not in md


def test_hostile_article_stays_text_in_markdown() -> None:
    text = ("김철수 대표는 “<script>alert('x')</script> [링크](javascript:alert(1)) {{ 7*7 }}”라고 말했다.\n"
            "# 가짜 제목 <img src=http://127.0.0.1:9/x.png> 문장이 이어진다.")
    b = build_briefing(article_from_text(text, "evil.txt"))
    md = to_markdown(b)
    assert not active(md, "<script>") and not active(md, "<img")
    assert not active(md, "](javascript")
    assert not active(md, "{{ 7*7 }}") and not active(md, "{{")
    assert "\n# " not in md
    assert "49" not in md


@pytest.mark.parametrize("url, linked", [
    ("https://news.example.kr/2026/11/26/a?id=1&ref=rss", True),
    ("http://example.com/path_(1)", True),
    ("javascript:alert(1)", False),
    ("https://example.com/a b", False),
    ("https://example.com/a>b<script>", False),
    ("https://example.com/\u200b", False),
    ("ftp://example.com/x", False),
])
def test_markdown_source_url_is_a_link_only_when_plain_http(url: str, linked: bool) -> None:
    front = f"---\ntitle: 제목\nsource: 한빛일보\nurl: '{url}'\n---\n"
    b = build_briefing(article_from_text(front + "김철수 대표는 회의를 열었다고 밝혔다.", "a.txt"))
    line = to_markdown(b).splitlines()[2]
    assert line.startswith("*한빛일보 · ") and line.endswith("*")
    assert (f"<{url}>" in line) is linked
    if not linked:
        assert not active(line, "<") and "](" not in line


def test_template_dir_overrides(tmp_path: Path, sample_briefing) -> None:
    (tmp_path / "briefing.md.j2").write_text("CUSTOM {{ title | md }}\n", encoding="utf-8")
    assert to_markdown(sample_briefing, tmp_path).startswith("CUSTOM ")


@pytest.mark.parametrize("count", [1, 2, 3, 5])
def test_markdown_does_not_repeat_the_lead_used_as_headline(sample_text: str, count: int) -> None:
    # The sample has no title: its lead heads the page, so the key points go on without it and the
    # asked-for count still holds. The JSON summary is the ranking's own, lead included.
    b = build_briefing(article_from_text(sample_text, "sample.txt"), sentences=count)
    lead = b.sentences[0].text
    md = to_markdown(b)
    heading, _, body = md.partition("\n")
    assert heading == "## " + escape_markdown(lead)
    bullets = [line for line in body.split("**핵심 요약**")[1].split("\n###")[0].splitlines() if line.startswith("- ")]
    assert len(bullets) == count
    assert all(escape_markdown(lead) not in line for line in bullets)
    assert any(r.sentence == 0 for r in b.summary)


def test_markdown_with_a_title_keeps_the_summary_as_ranked(sample_text: str) -> None:
    b = build_briefing(article_from_text("---\ntitle: AI 간담회\n---\n" + sample_text, "sample.txt"), sentences=3)
    md = to_markdown(b)
    for r in b.summary:
        assert "- " + escape_markdown(r.text) in md
    assert md.startswith("## AI 간담회\n")


FRESH = Path(__file__).resolve().parent / "data" / "fresh"


@pytest.mark.parametrize("source", [
    "50-politics-cabinet-reshuffle.txt",  # a person, a body and an anonymous source quoted
    "김민수 삼성전자 사장과 김민준 LG전자 사장이 참석했다. 김 사장은 “협력하겠다”고 말했다.",  # no speaker
])
def test_json_kinds_are_the_documented_ones(source: str) -> None:
    """`kind` in the JSON is one of `ShownKind` (never the people stage's internal `merged`); the
    `unknown` participant, nameless and last, holds exactly the quotes without a speaker, and every
    other quote carries its participant's name."""
    from typing import get_args

    from briefing.models import ShownKind

    article = read_article(FRESH / source) if source.endswith(".txt") else article_from_text(source, "case.txt")
    b = build_briefing(article)
    kinds = [p["kind"] for p in briefing_dict(b)["participants"]]
    assert set(kinds) <= set(get_args(ShownKind))
    assert kinds.count("unknown") <= 1 and "unknown" not in kinds[:-1]
    for p in b.participants:
        assert (p.kind == "unknown") == (p.name == "")
        assert all(q.speaker == (p.name or None) for q in p.quotes)
    if not source.endswith(".txt"):
        assert kinds == ["person", "person", "unknown"]


# --- the headline of an article without a title -------------------------------------------------------

#: No title, and a lead of more than 80 characters.
LONG_LEAD = ("한빛시는 내년 1월부터 시내버스 전 노선에 저상버스를 도입하고 배차 간격을 평균 12분에서 8분으로 줄이는 "
             "대중교통 개편안을 확정했다고 3일 밝혔다.\n시는 이를 위해 예산 320억원을 편성했다.\n"
             "개편안은 시의회 의결을 거쳐 3월부터 시행된다.\n")


def test_an_untitled_article_with_a_long_lead_is_headed_by_its_start() -> None:
    b = build_briefing(article_from_text(LONG_LEAD, "lead.txt"))
    lead, title = b.sentences[0].text, display_title(b)
    assert len(lead) > 80
    assert title.endswith(" …") and lead.startswith(title[:-2]) and len(title) <= 82  # cut at a space, marked
    assert title_sentence(b) is None  # not the lead whole: the key points still give it
    md = to_markdown(b)
    assert md.splitlines()[0] == "## " + escape_markdown(title)  # not the file name
    assert "- " + escape_markdown(lead) in md.splitlines()


@pytest.mark.parametrize("opening", ["[앵커]", "[한빛닷컴]", "대담하다."])
def test_a_label_or_a_word_or_two_does_not_head_the_page(opening: str) -> None:
    text = (f"{opening}\n한빛시가 시내버스 전 노선에 저상버스를 도입한다.\n시는 예산 320억원을 편성했다.\n"
            "개편안은 시의회 의결을 거쳐 3월부터 시행된다.\n")
    b = build_briefing(article_from_text(text, "a.txt"))
    headline = "한빛시가 시내버스 전 노선에 저상버스를 도입한다."
    assert display_title(b) == headline
    assert title_sentence(b) == 1
    md = to_markdown(b)
    assert md.splitlines()[0] == "## " + escape_markdown(headline)
    assert md.count(escape_markdown(headline)) == 1  # the key points go on without it
