"""Digest: story merging, participant grouping, quote merging, JSON contract, rendering, one-page PDF.

The articles in tests/data/digest/ are written for these tests: one export story told by three
outlets (a wire copy, its re-send with edits, and another outlet's own write-up quoting the same
minister), the same minister at a different event, and two different people named 김민준, both
대표 (of 카카오 and of 한빛건설). tests/data/stories/ adds two outlets' own reports of one bank's loan
programme (no sentence or quote in common) and another story of the same bank. Kiwi is loaded once
for the module.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from briefing.batch import Skipped
from briefing.digest import dedup, events
from briefing.digest.mail import to_mail_html
from briefing.digest.merge import (
    Digest,
    _Group,
    _Instance,
    build_digest,
    compatible,
    digest_dict,
    digest_from_briefings,
)
from briefing.digest.render import page_plan, to_html, to_markdown
from briefing.models import Participant
from briefing.sources.ingest import article_from_text, read_article

DATA = Path(__file__).resolve().parent / "data" / "digest"
PATHS = sorted(str(p) for p in DATA.glob("*.txt"))
STORIES = sorted(str(p) for p in (DATA.parent / "stories").glob("*.txt"))


def name_of(path: str) -> str:
    return Path(path).stem


@pytest.fixture(scope="module")
def articles():
    return [read_article(p) for p in PATHS]


@pytest.fixture(scope="module")
def digest(articles) -> Digest:
    return build_digest(articles, date="2026-11-25", skipped=[Skipped("broken.txt", "broken.txt: empty file")])


@pytest.fixture(scope="module")
def data(digest) -> dict:
    return digest_dict(digest)


# --- stories -----------------------------------------------------------------------------------------

def test_same_event_from_three_outlets_is_one_story(data):
    stories = [[name_of(a["path"]) for a in s["articles"]] for s in data["stories"]]
    chip = next(s for s in stories if "a1-chip-exports-yna" in s)
    assert sorted(chip) == ["a1-chip-exports-yna", "a2-chip-exports-news1", "a3-chip-exports-hk"]
    # The budget hearing quotes the same minister on the same topic, but is another event.
    assert ["e1-budget-assembly"] in stories
    assert len(stories) == 6
    top = data["stories"][0]
    assert [a["source"] for a in top["articles"]] == ["연합뉴스", "뉴스1", "한국경제"]


def test_two_outlets_own_reports_of_one_announcement_are_one_story(articles):
    # No sentence and no quote in common: what the two share is what the story is about (the bank,
    # the 500억, the 5천만 원, the 경기신용보증재단); the bank's other story of the day stays apart.
    d = digest_dict(build_digest(articles + [read_article(p) for p in STORIES], date="2026-11-25"))
    stories = [sorted(name_of(a["path"]) for a in s["articles"]) for s in d["stories"]]
    assert ["s1-loans-yna", "s2-loans-edaily"] in stories
    assert ["s3-bank-chief"] in stories
    assert ["a1-chip-exports-yna", "a2-chip-exports-news1", "a3-chip-exports-hk"] in stories
    assert ["e1-budget-assembly"] in stories
    assert len(stories) == 8


@pytest.mark.parametrize(("names", "stories"), [
    (["s1-loans-yna", "s2-loans-edaily"], 1),  # a digest of two: one story
    (["s1-loans-yna", "s2-loans-edaily", "s3-bank-chief"], 2),
    (["s1-loans-yna", "s3-bank-chief"], 2),  # the same bank, two stories
    (["s2-loans-edaily", "s3-bank-chief"], 2),
])
def test_a_small_digest_merges_one_story_too(names, stories):
    # The weight of a noun the two reports share is not zero because the digest is small.
    by_name = {name_of(p): p for p in STORIES}
    d = build_digest([read_article(by_name[n]) for n in names], date="2026-11-25")
    assert len(d.stories) == stories


def test_a_story_lists_its_other_articles_headlines(articles):
    d = build_digest(articles + [read_article(p) for p in STORIES], date="2026-11-25")
    md = to_markdown(d)
    lead = next(s for s in d.stories if len(s.articles) == 2)
    other = next(a for a in lead.articles if a.title != lead.title)
    assert f"같은 소식: [{other.title}](<{other.url}>) ({other.source})" in md.replace("\\", "")
    # the three chip export outlets: the two headlines that are not the story's own
    assert md.count("같은 소식:") == 2
    html = to_html(d)
    assert html.count('class="also"') == 2


def test_a_story_does_not_grow_through_a_chain_of_articles():
    # A is like B and B like C, but A nothing like C: single linkage would make one story of three.
    docs = [{"a": 2, "ab": 3}, {"ab": 3, "bc": 3}, {"bc": 3, "c": 2}, {"x": 1}, {"y": 1}, {"z": 1}]
    assert [(i, j) for i, j, _ in events.same_story_pairs(docs)] == [(0, 1), (1, 2)]
    stories = dedup.UnionFind(len(docs))
    events.join_stories(docs, stories)
    assert stories.groups() == [[0, 1], [2], [3], [4], [5]]


def test_every_article_in_exactly_one_story_or_skipped(data):
    listed = [a["path"] for s in data["stories"] for a in s["articles"]] + [s["path"] for s in data["skipped"]]
    assert sorted(listed) == sorted(PATHS + ["broken.txt"])
    assert data["skipped"] == [{"path": "broken.txt", "error": "empty file"}]  # the path is not repeated


def test_summary_and_quotes_are_verbatim_with_provenance(data, articles):
    texts = {a.path: a.text for a in articles}
    for story in data["stories"]:
        assert story["summary"], story["title"]
        for s in story["summary"]:
            assert s["text"] in texts[s["path"]]
    for p in data["participants"]:
        for q in p["quotes"]:
            assert q["text"] in texts[q["path"]]
            assert (q["path"], q["sentence"]) == (q["sources"][0]["path"], q["sources"][0]["sentence"])


def test_json_has_the_contract_keys(data):
    assert list(data) == ["date", "generated_at", "stories", "participants", "skipped"]
    assert data["date"] == "2026-11-25"
    assert data["generated_at"].startswith("20")
    story = data["stories"][0]
    assert {"title", "summary", "articles"} <= set(story)
    assert {"text", "path", "sentence"} <= set(story["summary"][0])
    assert set(story["articles"][0]) >= {"path", "title", "source", "url"}
    person = data["participants"][0]
    assert {"name", "title", "organization", "quotes"} <= set(person)
    assert {"text", "path", "sentence"} <= set(person["quotes"][0])
    json.dumps(data)


def test_a_resent_article_and_a_repeat_are_one_story(articles):
    a1 = next(a for a in articles if a.path.endswith("a1-chip-exports-yna.txt"))
    copy = article_from_text(a1.text.replace("\n", "\n\n"), "resent/a1-copy.txt")
    d = build_digest([a1, copy, articles[-1]])
    assert [len(s.articles) for s in d.stories] == [2, 1]


# --- participants ------------------------------------------------------------------------------------

def people(data, name):
    return [p for p in data["participants"] if p["name"] == name]


def test_two_different_kim_daepyo_stay_apart(data):
    kims = people(data, "김민준")
    assert sorted((p["organization"], p["title"]) for p in kims) == [("카카오", "대표"), ("한빛건설", "대표")]
    kakao = next(p for p in kims if p["organization"] == "카카오")
    hanbit = next(p for p in kims if p["organization"] == "한빛건설")
    assert all(name_of(q["path"]) == "b1-kakao-ai" for q in kakao["quotes"])
    assert all(name_of(q["path"]) == "c1-hanbit-apology" for q in hanbit["quotes"])


def test_one_person_across_stories_has_quotes_from_every_story(digest):
    [minister] = [p for p in digest.participants if p.name == "김정훈"]
    assert minister.organization == "산업통상자원부" and minister.title == "장관"
    stories = {digest.stories[i].briefings[0].article.stem for i in minister.stories}
    assert stories == {"a1-chip-exports-yna", "e1-budget-assembly"}
    assert digest.participants[0] is minister  # the most quoted comes first


def test_near_identical_quotes_are_shown_once_with_all_sources(data):
    [minister] = people(data, "김정훈")
    texts = [q["text"] for q in minister["quotes"]]
    backbone = [t for t in texts if "버팀목" in t]
    assert len(backbone) == 1  # 한국경제 dropped 톡톡히; still the same quote
    assert backbone[0] == "반도체가 우리 수출의 버팀목 역할을 톡톡히 하고 있다"  # the fullest wording
    q = next(q for q in minister["quotes"] if "버팀목" in q["text"])
    assert [name_of(s["path"]) for s in q["sources"]] == [
        "a1-chip-exports-yna", "a2-chip-exports-news1", "a3-chip-exports-hk"]
    assert len(texts) == len(set(texts)) == 6


def test_anonymous_sources_merge_within_a_story_only(data):
    officials = people(data, "산업부 한 관계자")
    assert len(officials) == 1 and len(officials[0]["quotes"]) == 1
    assert len(officials[0]["quotes"][0]["sources"]) == 2


def _group(*parts: tuple[str | None, str | None]) -> _Group:
    g = _Group("김민준", "person")
    for org, title in parts:
        g.add(_Instance(Participant("김민준", title=title, organization=org), None, 0))  # type: ignore[arg-type]
    return g


@pytest.mark.parametrize("group, org, title, same", [
    ([("카카오", "대표")], "카카오", "대표", True),
    ([("SK그룹", "회장")], "SK", "회장", True),               # one organisation name contains the other
    ([("카카오", "대표")], "한빛건설", "대표", False),           # two different 김 대표
    ([("카카오", "대표")], None, "대표", True),                 # no organisation given: title agrees
    ([(None, "대표")], None, "감독", False),                    # no organisations, titles differ
    ([(None, None)], "카카오", "대표", True),                    # nothing known yet
    ([("카카오", None)], None, None, True),
    ([("카카오", "대표"), ("카카오", "의장")], "카카오", "의장", True),
    ([("기획재정부", "차관")], "기재부", "차관", True),          # one story writes the ministry out, one not
    ([("기재부", "차관")], "국토부", "차관", False),
])
def test_participant_compatibility(group, org, title, same):
    assert compatible(_group(*group), Participant("김민준", title=title, organization=org)) is same


def test_a_bare_name_between_two_namesakes_is_not_guessed(articles):
    b1 = next(a for a in articles if a.stem == "b1-kakao-ai")
    c1 = next(a for a in articles if a.stem == "c1-hanbit-apology")
    bare = article_from_text("김민준은 “오늘은 말을 아끼겠다”고 말했다. 그는 더 이상 말하지 않았다. 행사는 오후에 끝났다.",
                             "bare.txt")
    d = build_digest([b1, c1, bare])
    kims = [p for p in d.participants if p.name == "김민준"]
    if any(q.path == "bare.txt" for p in kims for q in p.quotes):
        owner = next(p for p in kims if any(q.path == "bare.txt" for q in p.quotes))
        assert owner.organization is None  # kept apart rather than given to one of the two 대표


def test_a_body_with_and_without_its_short_name_is_one_participant():
    first = article_from_text("국제해양보호기구(IMPO)가 보고서를 냈다. IMPO는 “남해의 어획량이 크게 줄었다”고 밝혔다.", "a.txt")
    second = article_from_text("국제해양보호기구는 “동해의 수온이 계속 오르고 있다”고 경고했다. 어민들은 걱정했다.", "b.txt")
    bodies = [p for p in build_digest([first, second]).participants if p.kind == "org"]
    assert [p.name for p in bodies] == ["국제해양보호기구(IMPO)"]
    assert sorted(q.path for q in bodies[0].quotes) == ["a.txt", "b.txt"]


# --- dedup ---------------------------------------------------------------------------------------------

def test_fingerprint_ignores_spacing_and_punctuation():
    assert dedup.fingerprint("반도체 수출이, 늘었다.") == dedup.fingerprint("반도체  수출이 늘었다")
    assert dedup.fingerprint("반도체 수출이 늘었다") != dedup.fingerprint("반도체 수출이 줄었다")


@pytest.mark.parametrize("a, b, same", [
    ("반도체가 우리 수출의 버팀목 역할을 톡톡히 하고 있다", "반도체가 우리 수출의 버팀목 역할을 하고 있다", True),
    ("연말까지 수출 7천억 달러 달성에 총력을 기울이겠다", "연말까지 수출 7천억 달러 달성에 총력을 기울이겠다.", True),
    ("업계와 긴밀히 소통하며 피해 최소화 방안을 마련하겠다", "재정 여건이 어렵지만 반도체 인프라 예산은 최우선", False),
    ("믿고 기다려 준 구단과 팬들께 감사드린다", "입주 예정자분들께 큰 불편과 불안을 끼쳐 깊이 사과드린다", False),
])
def test_near_identical_quote_cases(a, b, same):
    groups = dedup.cluster_texts([a, b], k=3, threshold=0.6, containment=0.9)
    assert (len(groups) == 1) is same


def test_lsh_finds_copies_among_many_distinct_texts(articles):
    import random

    rng = random.Random(7)
    words = " ".join(a.text for a in articles).split()
    texts = [" ".join(rng.choice(words) for _ in range(120)) for _ in range(400)]
    texts.append(texts[17].replace(" ", "  ", 3) + " 덧붙인 문장.")
    pairs = dedup.similar_pairs(texts, k=5, threshold=0.5, sample_rate=2)
    assert [(i, j) for i, j, _ in pairs] == [(17, 400)]


# --- rendering -----------------------------------------------------------------------------------------

def test_markdown_lists_stories_speakers_and_skipped(digest):
    md = to_markdown(digest)
    assert md.startswith("# 뉴스 다이제스트 · 2026-11-25")
    assert "### 1. 11월 반도체 수출 역대 최대…AI 서버 수요가 견인" in md
    assert ("출처: [연합뉴스](<https://news.example.kr/yna/chip-exports>) · "
            "[뉴스1](<https://news.example.kr/news1/chip-exports-record>) · "
            "[한국경제](<https://news.example.kr/hankyung/chip-31-percent>) (기사 3건)") in md
    assert "### 김민준 · 카카오 대표" in md and "### 김민준 · 한빛건설 대표" in md
    assert "— 연합뉴스, 뉴스1, 한국경제" in md
    assert "## 건너뛴 입력" in md and "broken.txt" in md


def test_html_has_everything_escaped(digest):
    html = to_html(digest)
    assert html.count('class="story"') == len(digest.stories)
    assert "누가 무엇을 말했나" in html and "건너뛴 입력" in html


HOSTILE = """---
title: "<script>alert(1)</script> {{ 7*7 }} [x](javascript:alert(1))"
source: "<img src=http://127.0.0.1:9/x.png>"
---
한 관계자는 “<script>alert(2)</script> {% if true %}참{% endif %} [링크](javascript:alert(3)) 문제는 없다”고 말했다.
이 기사는 <link href=http://127.0.0.1:9/a.css> 와 url(http://127.0.0.1:9/b.png) 를 담고 있다. 마지막 문장이다.
"""


def test_hostile_article_text_stays_text_in_every_format():
    d = build_digest([article_from_text(HOSTILE, "hostile.txt")], date="2026-11-25")
    md = to_markdown(d)
    unescaped = re.compile(r"(?<!\\)(?:<script|<img|<link|\]\(javascript|\{\{|\{%)")
    assert not unescaped.search(md), md
    assert "\\<script>" in md and "\\{\\{ 7*7 \\}\\}" in md
    html = to_html(d)
    assert "<script>" not in html and "<img src" not in html and "<link href" not in html
    # (the words joined again: a long word may break before its parenthesis, `…alert` `(1)…`)
    text = html.replace('</span> <span class="w">', " ").replace('</span><wbr><span class="w">', "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "{{ 7*7 }}" in text  # shown, not evaluated
    data = digest_dict(d)
    assert data["stories"][0]["title"].startswith("<script>alert(1)</script> {{ 7*7 }}")


def test_a_hostile_headline_of_another_article_stays_text():
    # The same text sent twice (one story), the second under a hostile headline: the story lists it.
    other = HOSTILE.replace('title: "<script>alert(1)</script>', 'title: "<img src=x onerror=alert(4)>')
    d = build_digest([article_from_text(HOSTILE, "hostile.txt"), article_from_text(other, "other.txt")],
                     date="2026-11-25")
    assert len(d.stories) == 1
    md = to_markdown(d)
    assert "같은 소식: \\<img src=x onerror=alert(4)> " in md
    for html in (to_html(d), to_mail_html(d)):
        assert "<img src=x" not in html and "onerror=alert(4)" in html and "같은 소식" in html


def test_page_plan_leaves_out_second_quotes_first_then_speakers_and_stories(digest):
    full = page_plan(digest, 0)
    assert full is not None and full.stories_omitted == 0
    assert all(len(b.quotes) <= 2 for b in full.speakers)
    one = page_plan(digest, 1)
    assert one is not None and one.quotes_omitted == full.quotes_omitted + 1
    level = 0
    while page_plan(digest, level + 1) is not None:
        level += 1
    last = page_plan(digest, level)
    assert last is not None and len(last.stories) == 1 and len(last.speakers) == 1
    assert last.stories[0] is digest.stories[0]
    assert last.omissions and last.omissions[0].startswith("뉴스 ")


def test_digest_pdf_is_one_page(digest):
    pytest.importorskip("weasyprint")
    pypdf = pytest.importorskip("pypdf")
    from briefing.digest.render import to_pdf

    pdf = to_pdf(digest)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text().replace(" ", "")
    assert "11월반도체수출역대최대" in text
    assert "김정훈" in text
    assert "외" in text  # what did not fit is counted


def test_digest_from_no_articles_is_empty():
    d = digest_from_briefings([], date="2026-11-25")
    assert d.stories == [] and d.participants == []


def test_analysis_in_worker_processes_gives_the_same_digest(articles, monkeypatch):
    import datetime as dt

    from briefing.digest import merge as digest_module
    from briefing.digest.merge import analyse_articles, analysis_workers

    monkeypatch.setattr(digest_module, "CHUNK", 4)  # small chunks: a few articles exercise the pool
    many = [article_from_text(a.text, f"copy{n}/{a.stem}.txt") for n in range(2) for a in articles]
    serial, _ = analyse_articles(many, workers=1)
    parallel, skipped = analyse_articles(many, workers=2)
    assert skipped == []
    assert [b.article.path for b in parallel] == [b.article.path for b in serial]
    now = dt.datetime(2026, 11, 25, 7, 0, tzinfo=dt.UTC)
    assert digest_dict(digest_from_briefings(serial, now=now)) == digest_dict(digest_from_briefings(parallel, now=now))
    monkeypatch.setenv("BRIEFING_DIGEST_WORKERS", "3")
    assert analysis_workers(10) == 3 and analysis_workers(2) == 1  # CHUNK is 4 here
    monkeypatch.delenv("BRIEFING_DIGEST_WORKERS")
    assert analysis_workers(10) == 1
