"""The one-page PDF: fitting, text read back with pypdf, embedded Korean font, locked-down fetching."""

from __future__ import annotations

import io
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from briefing import article_from_text, build_briefing, read_article
from briefing.models import Article, Briefing, Participant, Quote, RankedSentence, Sentence
from briefing.render.pdf import (
    REFILL_LAYOUTS,
    FittedPage,
    PagePlan,
    fit_briefing,
    fit_one_page,
    fit_page,
    font_face_css,
    html_to_pdf,
    keep_words,
    page_plan,
    render_html,
    render_pdf,
)

pypdf = pytest.importorskip("pypdf")

A4 = (595.28, 841.89)  # points


# --- helpers ---------------------------------------------------------------------------------------

def squeeze(text: str) -> str:
    """Text without any whitespace: extraction breaks lines (and may drop a space at a break)."""
    return re.sub(r"\s+", "", text)


def pdf_text(data: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def pdf_fonts(data: bytes) -> dict[str, bool]:
    """BaseFont name -> whether its font program is embedded, for the fonts on page 1."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    found = {}
    for ref in fonts.values():
        font = ref.get_object()
        descriptor = None
        if "/DescendantFonts" in font:
            descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
        elif "/FontDescriptor" in font:
            descriptor = font["/FontDescriptor"]
        descriptor = descriptor.get_object() if descriptor is not None else {}
        embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
        found[str(font["/BaseFont"])] = embedded
    return found


def assert_page_shows(b: Briefing, fitted: FittedPage, plan: PagePlan, *, all_chosen: bool = True) -> str:
    """One A4 page whose text holds every sentence and quote the plan shows, and says what is left out."""
    pages, text = pdf_text(fitted.pdf)
    assert pages == 1
    box = pypdf.PdfReader(io.BytesIO(fitted.pdf)).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A4, abs=0.5)
    flat = squeeze(text)
    assert squeeze(plan.title) in flat
    if all_chosen:
        assert plan.points_omitted == 0
        for r in b.summary:  # every chosen key sentence (the headline counts when it is one)
            assert squeeze(r.text) in flat, r.text
    for r in plan.points:
        assert squeeze(r.text) in flat, r.text
    for q in plan.quotes:
        assert squeeze(f"“{q.text}”") in flat, q.text
    for p in plan.attendees:
        assert squeeze(p.name) in flat
    for s in plan.speakers:
        assert squeeze(s.participant.name or "발언자 미상") in flat
        if s.omitted:
            assert squeeze(f"외 {s.omitted}건") in flat
    # What is left out is counted, and the counts add up.
    total_quotes = sum(len(p.quotes) for p in b.speakers)
    assert len(plan.quotes) + plan.quotes_omitted == total_quotes
    if plan.quotes_omitted:
        assert squeeze(f"발언 {plan.quotes_omitted}건") in flat
    if plan.attendees_omitted:
        assert squeeze(f"외 {plan.attendees_omitted}명") in flat
    return flat


# --- articles --------------------------------------------------------------------------------------

SPEAKERS = [
    ("김민수", "산업통상자원부", "장관", "반도체 공급망"), ("이서연", "삼성전자", "사장", "전력 인프라"),
    ("박지훈", "LG에너지솔루션", "부사장", "배터리 소재"), ("최유진", "현대자동차", "대표", "수출 다변화"),
    ("정우성", "네이버", "대표", "규제 혁신"), ("강하늘", "한국은행", "총재", "금리 정책"),
    ("조은비", "대한상공회의소", "회장", "노동 개혁"), ("윤태호", "중소벤처기업부", "차관", "중소기업 지원"),
    ("장미란", "KAIST", "교수", "기초 연구"), ("임재현", "서울대", "교수", "산학 협력"),
    ("한소희", "SK하이닉스", "부사장", "메모리 투자"), ("오승환", "카카오", "대표", "플랫폼 상생"),
    ("서지혜", "한국무역협회", "회장", "통상 협상"), ("신동엽", "금융위원회", "위원장", "금융 안정"),
    ("권나라", "포스코", "회장", "탄소 중립"), ("황보람", "KT", "대표", "통신망 고도화"),
    ("안재욱", "국회 산업통상자원중소벤처기업위원회", "위원장", "입법 지원"),
    ("송가인", "한국개발연구원", "원장", "성장률 전망"), ("류현진", "CJ제일제당", "대표", "식품 수출"),
    ("전도연", "셀트리온", "회장", "바이오 투자"),
]


def josa(word: str, pair: str) -> str:
    """`word` with the particle that fits its last syllable: pair = '은는', '과와', '이가'."""
    code = ord(word[-1]) - 0xAC00
    has_final = 0 <= code <= 11171 and code % 28 != 0
    return word + (pair[0] if has_final else pair[1])


def many_speaker_text() -> str:
    """A made-up report of a debate where twenty people speak, each quoted twice."""
    lines = [
        "---",
        "title: 산업 전략 대토론회…정부·기업·학계 20명 \"성장 동력 다시 짜야\"",
        "source: 테스트일보",
        "date: 2026-11-26",
        "url: https://news.example.kr/test/industry-debate",
        "---",
        ("정부와 산업계, 학계 인사 20명이 26일 서울 대한상공회의소에서 열린 '2026 산업 전략 대토론회'에 "
         "모여 한국 경제의 다음 성장 동력을 논의했다."),
        "토론회는 오전 10시부터 오후 6시까지 여덟 시간 동안 이어졌다.",
    ]
    for name, org, title, topic in SPEAKERS:
        lines.append(f"{name} {org} {josa(title, '은는')} “{topic} 문제는 더 미룰 수 없는 과제다. "
                     f"정부와 민간이 함께 구체적인 실행 계획을 마련해야 한다”고 말했다.")
        lines.append(f"{name[0]} {josa(title, '은는')} 이어 “올해 안에 {josa(topic, '과와')} 관련한 성과를 "
                     f"국민이 체감할 수 있도록 하겠다”고 강조했다.")
    lines.append("참석자들은 다음 달 같은 자리에서 후속 토론회를 열기로 했다.")
    return "\n".join(lines) + "\n"


SHORT_TEXT = """---
title: 서울 첫 한파주의보
source: 테스트일보
date: 2026-11-27
---
서울에 올겨울 첫 한파주의보가 내려졌다.
기상청은 27일 오후 9시를 기해 서울 전역에 한파주의보를 발령했다.
김철수 기상청 예보관은 “내일 아침 기온이 영하 10도까지 떨어질 것”이라고 말했다.
"""


@pytest.fixture(scope="module")
def sample(sample_path: Path) -> Briefing:
    return build_briefing(read_article(sample_path))


@pytest.fixture(scope="module")
def sample_fitted(sample: Briefing) -> tuple[FittedPage, PagePlan]:
    return fit_briefing(sample)


def long_article(sample_path: Path):
    body = sample_path.read_text(encoding="utf-8").rsplit("최호 기자", 1)[0].strip()
    return article_from_text("\n".join([body] * 5) + "\n", path="long.txt")


# --- the sample ------------------------------------------------------------------------------------

def test_sample_is_one_page_with_every_chosen_sentence_and_shown_quote(sample, sample_fitted) -> None:
    fitted, plan = sample_fitted
    flat = assert_page_shows(sample, fitted, plan)
    assert plan.quotes, "the sample's page should quote its speakers"
    assert len(plan.speakers) == len([p for p in sample.speakers if p.name])  # every speaker is on it
    assert squeeze("핵심 요약") in flat and squeeze("주요 발언") in flat
    assert fitted.layouts <= 5  # measured once, estimated, checked: not one layout per level


def test_korean_font_is_embedded(sample_fitted) -> None:
    fonts = pdf_fonts(sample_fitted[0].pdf)
    korean = {name: embedded for name, embedded in fonts.items() if "NotoSansKR" in name}
    assert korean and all(korean.values()), fonts
    assert any("Bold" in name for name in korean)
    assert set(korean) == set(fonts)  # nothing fell back to another (boxes-only) font


def test_render_pdf_is_the_fitted_page(sample) -> None:
    data = render_pdf(sample)
    assert data.startswith(b"%PDF-")
    assert pdf_text(data)[0] == 1


def test_words_are_never_split_across_lines(sample, sample_fitted) -> None:
    """Laid out, every line of every key point and quote ends at a space: joining the lines with
    spaces gives back the text (a break inside a word would add a space that is not there)."""
    from briefing.render.pdf import WORD_JOINER, _Renderer

    _, plan = sample_fitted
    document = _Renderer().layout(render_html(sample, level=plan.level))
    expected = {r.text for r in plan.points} | {f"“{q.text}”" for q in plan.quotes}
    found: list[str] = []

    def text_of(box) -> str:
        if type(box).__name__ == "TextBox":
            return box.text
        element = getattr(box, "element", None)
        if element is not None and "omitted-inline" in (element.get("class") or ""):
            return ""
        return "".join(text_of(child) for child in getattr(box, "children", None) or ())

    def visit(box) -> None:
        element = getattr(box, "element", None)
        if type(box).__name__ == "BlockBox" and element is not None and element.tag in ("li", "p"):
            lines = [text_of(line).strip() for line in box.children if type(line).__name__ == "LineBox"]
            joined = " ".join(line for line in lines if line).replace(WORD_JOINER, "")
            if len(lines) > 1 and joined.strip() in expected:
                found.append(joined)
            elif len(lines) > 1:
                assert squeeze(joined) not in {squeeze(e) for e in expected}, (lines, "broke inside a word")
        for child in getattr(box, "children", None) or ():
            visit(child)

    for page in document.pages:
        visit(page._page_box)
    assert len(found) >= 5  # several multi-line sentences and quotes, all broken between words


def test_word_spans_become_joiners_for_layout() -> None:
    from briefing.render.pdf import WORD_JOINER, join_words

    html = str(keep_words("“정책(AI)을 A&B사의 hello 20일”"))
    joined = join_words(html)
    assert "<span" not in joined
    assert joined.replace(WORD_JOINER, "") == "“정책(AI)을 A&amp;B사의 hello 20일”"
    assert "hello" in joined and "(AI)" in joined  # no joiners inside Latin runs
    assert f"책{WORD_JOINER}(" in joined and f"){WORD_JOINER}을" in joined and f"20{WORD_JOINER}일" in joined


# --- short, long, many speakers ----------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["short", "long", "many"])
def test_every_article_gives_one_page_without_lost_text(kind: str, sample_path: Path) -> None:
    if kind == "short":
        article = article_from_text(SHORT_TEXT, path="short.txt")
    elif kind == "long":
        article = long_article(sample_path)
    else:
        article = article_from_text(many_speaker_text(), path="many.txt")
    b = build_briefing(article)
    fitted, plan = fit_briefing(b)
    flat = assert_page_shows(b, fitted, plan)
    if kind == "short":
        assert plan.level == 0 and not plan.omissions and "생략" not in flat
    else:
        assert plan.quotes_omitted > 0 and squeeze("지면 관계로 생략") in flat
    if kind == "many":
        assert len(b.speakers) >= 15  # the article really has many speakers
        assert plan.speakers and (plan.unheard or plan.unheard_omitted)
        assert squeeze("발언 생략") in flat
    if kind == "long":
        assert len(b.sentences) > 100
        assert fitted.layouts <= 6


# --- the generic fitter ------------------------------------------------------------------------------

def paragraphs_html(count: int, total: int = 60) -> str:
    """`count` paragraphs of `total`; paragraph i leaves at level total - i (marked for the fitter)."""
    body = "".join(f"<p data-drop='{total - i}'>{i}번째 문단입니다. " + "가나다라 마바사 " * 12 + "</p>"
                   for i in range(count))
    style = font_face_css() + " html { font-size: 10pt; font-family: NotoSansKR } p { font-size: 1rem }"
    return f"<html><head><style>{style}</style></head><body>{body}</body></html>"


def test_fit_one_page_leaves_out_the_least_and_lays_out_a_few_times() -> None:
    made: list[int] = []

    def make_html(level: int) -> str | None:
        made.append(level)
        return None if level > 59 else paragraphs_html(60 - level)

    fitted = fit_page(make_html)
    assert pdf_text(fitted.pdf)[0] == 1
    assert 0 < fitted.level < 59 and fitted.font_size is None
    assert fitted.layouts <= 6
    # Minimal: one more paragraph would not fit.
    assert html_to_pdf(paragraphs_html(60 - fitted.level + 1))[1] > 1
    assert fit_one_page(make_html).startswith(b"%PDF-")


def test_fit_on_a_full_page_takes_nothing_back_and_lays_out_no_more() -> None:
    """Equal paragraphs: the fitted page has less room than any paragraph it left out."""

    def make_html(level: int) -> str | None:
        return None if level > 59 else paragraphs_html(60 - level)

    def refill(level: int, back: frozenset[int]) -> str:
        return paragraphs_html(60 - level + len(back))  # the same paragraphs, one per level back

    plain = fit_page(make_html)
    fitted = fit_page(make_html, refill=refill)
    assert fitted.back == frozenset() and fitted.level == plain.level
    assert fitted.layouts == plain.layouts  # the measured heights settle it: no layout spent
    assert pdf_text(fitted.pdf)[0] == 1
    assert html_to_pdf(refill(fitted.level, frozenset({fitted.level})))[1] > 1  # really full


FILLER = "가나다라 마바사 " * 12


def items_html(fillers: int, shown: set[int]) -> str:
    """`fillers` unmarked paragraphs, then item 2 (tall, left out at level 2) and item 1 (one line,
    left out first) when `shown`: left out in order, item 1 goes for nothing, as item 2 alone
    still overflows."""
    items = {1: "<p data-drop='1'>짧은 항목: 다시 들어갈 자리가 있다.</p>",
             2: "<p data-drop='2'>긴 항목 " + "아자차카 타파하 " * 70 + "</p>"}
    body = "".join(f"<p>{i}번째 문단입니다. {FILLER}</p>" for i in range(fillers))
    body += "".join(items[n] for n in (2, 1) if n in shown)
    style = font_face_css() + " html { font-size: 10pt; font-family: NotoSansKR } p { font-size: 1rem }"
    return f"<html><head><style>{style}</style></head><body>{body}</body></html>"


@pytest.mark.parametrize("fillers", [15, 18])  # 18: the short item fits with a few px to spare
def test_fit_takes_back_an_item_that_fits_once_a_later_one_is_left_out(fillers: int) -> None:
    def make_html(level: int) -> str | None:
        return None if level > 2 else items_html(fillers, {n for n in (1, 2) if n > level})

    def refill(level: int, back: frozenset[int]) -> str:
        return items_html(fillers, {n for n in (1, 2) if n > level or n in back})

    assert html_to_pdf(make_html(1) or "")[1] == 2  # leaving out item 1 alone is not enough
    plain = fit_page(make_html)
    assert plain.level == 2 and plain.back == frozenset()
    assert "짧은항목" not in squeeze(pdf_text(plain.pdf)[1])
    fitted = fit_page(make_html, refill=refill)
    pages, text = pdf_text(fitted.pdf)
    assert pages == 1 and fitted.level == 2 and fitted.back == frozenset({1})
    assert squeeze("짧은 항목: 다시 들어갈 자리가 있다.") in squeeze(text)
    assert "긴항목" not in squeeze(text)
    assert fitted.layouts == plain.layouts + 1  # one more layout: the page that takes it back
    assert fit_one_page(make_html, refill=refill) == fitted.pdf


def test_fit_keeps_the_fitted_page_when_estimates_are_wrong(monkeypatch: pytest.MonkeyPatch) -> None:
    """Heights that claim every left-out paragraph is tiny: each page taking them back overflows,
    so the fitter gives them up within its budget and keeps the page it fitted."""
    from briefing.render import pdf

    real = pdf._item_heights

    def make_html(level: int) -> str | None:
        return None if level > 59 else paragraphs_html(60 - level)

    def refill(level: int, back: frozenset[int]) -> str:
        return paragraphs_html(60 - level + len(back))

    plain = fit_page(make_html)
    monkeypatch.setattr(pdf, "_item_heights", lambda documents: {n: 1.0 for n in real(documents)})
    fitted = fit_page(make_html, refill=refill)
    assert fitted.back == frozenset() and fitted.level == plain.level
    assert fitted.layouts <= plain.layouts + REFILL_LAYOUTS
    assert pdf_text(fitted.pdf) == pdf_text(plain.pdf)


def test_fit_with_refill_leaves_the_walk_down_from_a_fitting_level_to_the_refill(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """An estimate that lands a few levels past the minimal one: without `refill` the fitter lays
    out the levels below it one by one to find the minimal page; with it, the level just below is
    the refill's first candidate (the same page), so the fitter hands over at once and the refill
    takes the paragraphs back on their measured heights: the same page, with fewer layouts."""
    from briefing.render import pdf

    real = pdf._estimate_level
    monkeypatch.setattr(pdf, "_estimate_level",
                        lambda document, level, last: min(real(document, level, last) + 3, last))

    def make_html(level: int) -> str | None:
        return None if level > 59 else paragraphs_html(60 - level)

    def refill(level: int, back: frozenset[int]) -> str:
        return paragraphs_html(60 - level + len(back))

    plain = fit_page(make_html)
    laid_out: list[str] = []
    layout = pdf._Renderer.layout

    def recording(self, html: str):
        laid_out.append(html)
        return layout(self, html)

    monkeypatch.setattr(pdf._Renderer, "layout", recording)
    fitted = fit_page(make_html, refill=refill)
    assert fitted.level > plain.level  # where the estimate landed
    assert make_html(fitted.level - 1) not in laid_out  # no minimality layout: the refill's job
    assert 60 - fitted.level + len(fitted.back) == 60 - plain.level  # every paragraph came back
    assert pdf_text(fitted.pdf) == pdf_text(plain.pdf)
    assert fitted.layouts < plain.layouts


def made_briefing(points: int = 9) -> Briefing:
    """A briefing built by hand (no extraction): `points` two-line key points, 김민수 (more central)
    with a tall third quote and 이서연 with three one-line quotes. Quotes leave in the order
    이서연's third, 김민수's third, …; with 9 points the page fits only once 김민수's tall third
    quote is out, which leaves room for 이서연's third again."""
    texts = [f"정부는 {i + 1}번째 대책으로 지역 산업단지의 전력망과 용수 공급을 함께 늘리고 인허가 절차를 "
             f"한 번에 처리하는 창구를 다음 달까지 마련하기로 했다." for i in range(points)]
    sentences = [Sentence(i, t, 0, 0, i) for i, t in enumerate(texts)]
    ranked = [RankedSentence(t, i, 1.0 - i / 100) for i, t in enumerate(texts)]

    def quotes(*items: str) -> list[Quote]:
        return [Quote(t, 0, 0, 0) for t in items]

    tall = "지원 대상은 " + "산업단지와 연구소, 대학과 중소기업이 함께 참여하는 지역 혁신 사업 " * 9 + "전부다"
    first = Participant("김민수", "장관", "산업통상자원부", mentions=5, quotes=quotes(
        "속도가 가장 중요하다", "현장의 목소리를 끝까지 듣겠다", tall))
    second = Participant("이서연", "사장", "한국전력", mentions=3, quotes=quotes(
        "전력망 확충을 서두르겠다", "요금 부담은 최소화하겠다", "올해 안에 착공하겠다"))
    guests = [Participant(name, "차관", "기획재정부") for name in ("박지훈", "최유진")]
    article = Article(path="made.txt", text=" ".join(texts), title="지역 산업단지 지원 대책 발표", source="테스트일보")
    return Briefing(article=article, sentences=sentences, summary=ranked, participants=[first, second, *guests],
                    keywords=["산업단지", "전력망", "인허가"], ranked=ranked, sentences_requested=points)


def test_briefing_page_takes_back_a_quote_it_has_room_for() -> None:
    b = made_briefing()
    fitted, plan = fit_briefing(b)
    flat = assert_page_shows(b, fitted, plan)
    # Fitted by leaving out two quotes (the second one tall); the first one came back.
    assert fitted.level == 2 and fitted.back == plan.back == frozenset({1})
    assert squeeze("“올해 안에 착공하겠다”") in flat
    assert squeeze("산업단지와 연구소") not in flat
    without = page_plan(b, fitted.level)
    assert without is not None and "올해 안에 착공하겠다" not in {q.text for q in without.quotes}
    assert [len(s.quotes) for s in plan.speakers] == [2, 3] and plan.quotes_omitted == 1
    assert squeeze("외 1건") in flat and squeeze("발언 1건") in flat  # the counts follow
    assert "지면관계로생략:발언1건" in flat
    assert fitted.layouts <= 4


def test_page_plan_takes_back_a_speakers_quotes_in_order() -> None:
    b = made_briefing()
    # Levels 1..4 leave out 이서연's third, 김민수's third, 이서연's second, 김민수's second quote.
    assert page_plan(b, 4, {1}) is None  # 이서연's third without her second: not a page
    plan = page_plan(b, 4, {1, 3})
    assert plan is not None and plan.back == frozenset({1, 3})
    assert [[q.text for q in s.quotes] for s in plan.speakers] == [
        ["속도가 가장 중요하다"], ["전력망 확충을 서두르겠다", "요금 부담은 최소화하겠다", "올해 안에 착공하겠다"]]
    assert plan.quotes_omitted == 2 and plan.omissions == ["발언 2건"]
    assert page_plan(b, 4, {3}) is not None


def test_fit_shrinks_type_within_the_floor_when_nothing_can_be_left_out() -> None:
    html = paragraphs_html(22)
    assert html_to_pdf(html)[1] == 2
    fitted = fit_page(lambda level: html if level == 0 else None)
    assert pdf_text(fitted.pdf)[0] == 1
    assert fitted.font_size is not None and 8.0 <= fitted.font_size < 10.0
    assert not fitted.overflowed


def test_fit_keeps_one_page_even_when_one_item_is_longer_than_a_page() -> None:
    html = paragraphs_html(120)
    fitted = fit_page(lambda level: html if level == 0 else None)
    assert fitted.overflowed and pdf_text(fitted.pdf)[0] == 1


# --- locked-down rendering ---------------------------------------------------------------------------

class Recorder(BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Recorder.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def server():
    Recorder.requests = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", Recorder.requests
    httpd.shutdown()
    httpd.server_close()


def test_urls_in_article_text_are_not_fetched(server, tmp_path: Path) -> None:
    base, requests = server
    secret = tmp_path / "secret.css"
    secret.write_text("@page { size: A5 } html { font-size: 40pt }", encoding="utf-8")
    text = (
        "---\n"
        f"title: 제목 <img src=\"{base}/title.png\">\n"
        f"source: <link rel=\"stylesheet\" href=\"{base}/source.css\">\n"
        "---\n"
        f"정부는 27일 <img src=\"{base}/x.png\"> 새 정책을 발표했다.\n"
        f"자료는 <style>body {{ background: url({base}/bg.png) }}</style> 누리집에 올렸다.\n"
        f"김철수 장관은 “배경은 url({base}/q.png) 이고 <link rel=stylesheet href=\"{secret.as_uri()}\"> "
        f"입니다”라고 말했다.\n"
        f"문서는 <img src=\"{secret.as_uri()}\"> 에 있다.\n"
    )
    b = build_briefing(article_from_text(text, path="evil.txt"))
    data = render_pdf(b)
    assert requests == []
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A4, abs=0.5)  # secret.css not read
    assert "<img" in reader.pages[0].extract_text()  # shown as text, not as an element


def test_fetcher_blocks_everything_outside_the_package(server, tmp_path: Path) -> None:
    """Raw markup (as a user template could produce) still reaches neither network nor disk."""
    base, requests = server
    outside = tmp_path / "big.css"
    outside.write_text("@page { size: A3 }", encoding="utf-8")
    html = (
        "<html><head>"
        f"<link rel='stylesheet' href='{base}/a.css'><link rel='stylesheet' href='{outside.as_uri()}'>"
        f"<style>@import url({base}/b.css); body {{ background: url({base}/c.png) }}"
        f"@font-face {{ font-family: X; src: url({base}/f.ttf) }}</style>"
        "</head><body>"
        f"<img src='{base}/d.png'><img src='file:///etc/passwd'><object data='{base}/e.svg'></object>"
        "<img src='data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E'>"
        "<p style='font-family: X'>본문</p></body></html>"
    )
    data, pages = html_to_pdf(html)
    assert pages == 1 and requests == []
    box = pypdf.PdfReader(io.BytesIO(data)).pages[0].mediabox
    assert float(box.width) < 600  # A3 from the outside stylesheet was not applied


def test_local_fetcher_rules(tmp_path: Path) -> None:
    from briefing.render.briefing import PACKAGE_TEMPLATES
    from briefing.render.pdf import FONTS_DIR
    from briefing.render.weasy import BlockedURL, LocalFetcher

    user = tmp_path / "tpl"
    user.mkdir()
    (user / "logo.css").write_text("p {}", encoding="utf-8")
    outside = tmp_path / "outside.txt"
    outside.write_text("secret", encoding="utf-8")
    (user / "link.css").symlink_to(outside)
    fetcher = LocalFetcher([PACKAGE_TEMPLATES, FONTS_DIR, user])
    ok = fetcher.fetch((PACKAGE_TEMPLATES / "briefing.css").as_uri())
    assert ok.content_type == "text/css" and b"@page" in ok.read()
    assert fetcher.fetch((FONTS_DIR / "NotoSansKR-Regular.ttf").as_uri()).read(4) == b"\x00\x01\x00\x00"
    assert fetcher.fetch((user / "logo.css").as_uri()).read() == b"p {}"
    for url in [
        "file:///etc/passwd",
        outside.as_uri(),
        (user / "link.css").as_uri(),  # a symlink out of an allowed folder
        PACKAGE_TEMPLATES.as_uri() + "/../../../../../../etc/passwd",
        PACKAGE_TEMPLATES.as_uri() + "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "file://evil.example/etc/passwd",
        "http://127.0.0.1:9/x.png",
        "https://example.com/x.css",
        "data:text/css,p{}",
        "ftp://127.0.0.1/x",
    ]:
        with pytest.raises(BlockedURL):
            fetcher.fetch(url)
    assert len(fetcher.refused) == 10


def test_user_template_cannot_fetch_either(server, tmp_path: Path, sample: Briefing) -> None:
    """A user template that names no font still gets the Korean one, and fetches nothing."""
    base, requests = server
    (tmp_path / "briefing.html.j2").write_text(
        "<html><body><img src='" + base + "/t.png'><h1>{{ title | words }}</h1>"
        "{% for r in page.points %}<p>{{ r.text }}</p>{% endfor %}</body></html>", encoding="utf-8")
    data = render_pdf(sample, tmp_path)
    assert requests == []
    pages, text = pdf_text(data)
    assert pages == 1 and squeeze(sample.summary[-1].text) in squeeze(text)


# --- HTML --------------------------------------------------------------------------------------------

def test_html_output_escapes_article_markup(runner, tmp_path: Path) -> None:
    from briefing.cli import main

    source = tmp_path / "x.txt"
    source.write_text(
        "---\ntitle: 제목 <script>alert(1)</script>\nsource: A&B <b>신문</b>\n---\n"
        "정부는 <img src=x onerror=alert(2)> 새 정책을 발표했다.\n"
        "김철수 장관은 “<iframe src='http://127.0.0.1:9/'></iframe> 입니다”라고 말했다.\n",
        encoding="utf-8")
    result = runner.invoke(main, ["build", str(source), "-f", "html", "-o", "-"])
    assert result.exit_code == 0, result.output
    html = result.output
    assert html.lstrip().startswith("<!DOCTYPE html>")
    for raw in ("<script>", "<img src=x", "<iframe", "<b>신문</b>"):
        assert raw not in html
    assert "&lt;script&gt;" in html and "&lt;img" in html and "A&amp;B" in html


def test_keep_words_escapes_and_keeps_marks_with_words() -> None:
    out = str(keep_words("대통령실 <b>AI</b> 정책", "“", "”"))
    assert out == ('<span class="w">“대통령실</span> <span class="w">&lt;b&gt;AI&lt;/b&gt;</span> '
                   '<span class="w">정책”</span>')
    assert 'class="wl"' in str(keep_words("https://news.example.kr/a/very/long/path/to/an/article"))
    assert str(keep_words("")) == ""


def test_render_html_levels_leave_out_items(sample: Briefing) -> None:
    full = render_html(sample)
    fewer = render_html(sample, level=10)
    assert len(fewer) < len(full)
    assert render_html(sample, level=10_000) == render_html(sample, level=10_000 + 1)  # clamped
    assert "외 " in fewer


def test_cli_builds_the_pdf_by_default(runner, sample_path: Path, tmp_path: Path) -> None:
    from briefing.cli import main

    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.chdir(tmp_path)
    try:
        result = runner.invoke(main, ["build", str(sample_path)])
    finally:
        monkeypatch.undo()
    assert result.exit_code == 0, result.output
    out = tmp_path / "output" / "ai-global-cooperation-meeting.pdf"
    assert out.read_bytes().startswith(b"%PDF-")
    assert pdf_text(out.read_bytes())[0] == 1
    assert not list((tmp_path / "output").glob(".*.tmp"))  # written atomically, nothing left over


# --- key points on a short article -------------------------------------------------------------------

SHORT_NEWS = """---
title: 행안부, 내년 지방소멸대응기금 2조원으로 확대
source: 테스트일보
date: 2026-11-20
---
행정안전부는 20일 내년부터 지방소멸대응기금을 연간 2조원 규모로 확대한다고 밝혔다.
기금은 인구감소지역 89곳과 관심지역 18곳에 배분되며, 지역별 투자계획 평가 결과에 따라 차등 지원된다.
윤정호 행정안전부 차관은 이날 정부세종청사에서 열린 브리핑에서 “지방이 스스로 설계한 사업에 과감하게 투자하겠다”고 말했다.
그는 “청년이 돌아오는 지역을 만드는 것이 이번 기금 확대의 가장 큰 목표”라고 강조했다.
이어 “성과가 부진한 사업은 과감하게 정리하고 잘하는 지역에 더 주겠다”고 덧붙였다.
지자체들은 기금 확대를 환영하면서도 평가에 따른 행정 부담이 커질 수 있다고 우려했다.
한 군청 관계자는 “평가 서류를 준비하는 데만 몇 달이 걸리는 것이 현실”이라고 말했다.
행정안전부는 다음 달까지 세부 배분 기준을 마련해 각 지자체에 통보할 계획이다.
"""

#: Openers that lean on the sentence before them (a pronoun subject, a linking adverb).
LEANING = ("그는 ", "그녀는 ", "이어 ", "또 ", "이에 ", "그러면서 ")


def sentences_on_page(flat: str) -> int:
    """How many of SHORT_NEWS's sentences a page shows whole (only key points show a whole sentence:
    quotes are printed without their frame)."""
    body = SHORT_NEWS.split("---", 2)[2]
    return sum(squeeze(line) in flat for line in body.splitlines() if line.strip())


def test_short_article_key_points_are_a_summary_not_the_article(tmp_path: Path) -> None:
    """No `--sentences`: a short article's page shows a few key points, not every sentence; none of
    them repeats a quote printed below it or opens with a pronoun whose referent is not shown."""
    source = tmp_path / "fund.txt"
    source.write_text(SHORT_NEWS, encoding="utf-8")
    b = build_briefing(read_article(source), sentences=None)
    assert len(b.sentences) == 8
    fitted, plan = fit_briefing(b)
    flat = assert_page_shows(b, fitted, plan, all_chosen=False)
    assert plan.level == 0 and not plan.omissions  # a short article fits whole: the cap is the rule
    assert len(plan.points) == 3 and sentences_on_page(flat) == 3  # one per three sentences, at least 3
    assert len(plan.quotes) >= 4
    for q in plan.quotes:  # each quote is printed once, under its speaker, not again as a key point
        assert flat.count(squeeze(q.text)) == 1, q.text
    shown = {r.sentence for r in plan.points}
    for r in plan.points:
        assert "“" not in r.text, r.text
        if r.text.startswith(LEANING):
            assert r.sentence - 1 in shown, r.text
    assert squeeze("그는“청년이") not in flat
    assert squeeze("이어“성과가") not in flat
    # The points are the article's own sentences, best first by the ranker: the lead is one.
    assert b.sentences[0].text in {r.text for r in plan.points}


def test_cli_pdf_key_points_are_capped_and_sentences_n_is_exact(runner, tmp_path: Path) -> None:
    from briefing.cli import main

    source = tmp_path / "fund.txt"
    source.write_text(SHORT_NEWS, encoding="utf-8")
    out = tmp_path / "fund.pdf"
    result = runner.invoke(main, ["build", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    pages, text = pdf_text(out.read_bytes())
    assert pages == 1
    assert sentences_on_page(squeeze(text)) == 3

    # An explicit count is an override: exactly that many key sentences, quotes or not.
    out5 = tmp_path / "fund5.pdf"
    result = runner.invoke(main, ["build", str(source), "-o", str(out5), "--sentences", "5"])
    assert result.exit_code == 0, result.output
    assert sentences_on_page(squeeze(pdf_text(out5.read_bytes())[1])) == 5


def test_requested_key_sentences_that_do_not_fit_are_counted() -> None:
    """`--sentences N` asks for N: when the page cannot hold them all, the ones left out are
    counted on the page (`핵심 문장 k건`), never dropped silently."""
    b = made_briefing(points=40)
    fitted, plan = fit_briefing(b)
    flat = assert_page_shows(b, fitted, plan, all_chosen=False)
    assert len(plan.points) < 40
    assert len(plan.points) + plan.points_omitted == 40
    assert squeeze(f"핵심 문장 {plan.points_omitted}건") in flat


def test_a_leaning_key_point_never_comes_back_without_the_sentence_it_leans_on() -> None:
    """A key point opening with `이어` stays on the page only with the sentence before it: it leaves
    first, and the fitter may not take it back alone."""
    texts = [f"정부는 {i + 1}번째 지원책으로 지역 산업단지의 전력망을 늘리기로 했다." for i in range(15)]
    texts[11] = "이어 산업통상자원부는 인허가 절차를 한 번에 처리하는 창구를 다음 달까지 마련하기로 했다."
    sentences = [Sentence(i, t, 0, 0, i) for i, t in enumerate(texts)]
    order = [0, 1, 2, 10, 11, 3, 4, 5, 6, 7, 8, 9, 12, 13, 14]
    ranked = [RankedSentence(texts[i], i, 1.0 - n / 100) for n, i in enumerate(order)]
    article = Article(path="made.txt", text=" ".join(texts), title="지역 산업단지 지원책 발표")
    b = Briefing(article=article, sentences=sentences, summary=ranked[:3], participants=[], keywords=[],
                 ranked=ranked, sentences_requested=None)
    plan = page_plan(b)
    assert plan is not None and {r.sentence for r in plan.points} == {0, 1, 2, 10, 11}  # 15 // 3 = 5
    # Levels 1 and 2 leave out 11 (it leans on 10) and then 10.
    assert [r.sentence for r in page_plan(b, 1).points] == [0, 1, 2, 10]
    assert page_plan(b, 2, {1}) is None  # 11 back without 10: not a page
    assert [r.sentence for r in page_plan(b, 2, {2}).points] == [0, 1, 2, 10]
    assert [r.sentence for r in page_plan(b, 2, {1, 2}).points] == [0, 1, 2, 10, 11]


SUMMIT = """---
title: 주요국 정상 한자리에
---
이번 정상회의에는 조 바이든 미국 대통령, 기시다 후미오 일본 총리, 에마뉘엘 마크롱 프랑스 대통령, 올라프 숄츠 독일 총리, \
리시 수낵 영국 총리, 쥐스탱 트뤼도 캐나다 총리, 조르자 멜로니 이탈리아 총리, 나렌드라 모디 인도 총리, 앤서니 앨버니지 호주 \
총리, 크리스토퍼 럭슨 뉴질랜드 총리, 페드로 산체스 스페인 총리, 마르크 뤼터 네덜란드 총리 등이 참석했다.
정상들은 공동성명을 채택했다.
의장국은 “회의가 성공적으로 끝났다”고 밝혔다.
"""


def test_a_long_attendee_row_starts_beside_its_label_and_keeps_names_whole() -> None:
    """Twelve attendees of two-word names run over three lines: the first stands beside `참석`, no line
    starts with the separator, and no name is cut between its words."""
    b = build_briefing(article_from_text(SUMMIT, "summit.txt"), sentences=None)
    names = [p.name for p in b.participants if not p.quotes]
    assert len(names) == 12
    pages, text = pdf_text(render_pdf(b))
    assert pages == 1
    lines = [line.strip() for line in text.splitlines()]
    row = [i for i, line in enumerate(lines) if line.startswith("참석")]
    assert len(row) == 1 and lines[row[0]].startswith("참석 조 바이든")
    block = lines[row[0]:row[0] + 5]
    assert not any(line.startswith("·") for line in block)
    for name in names:
        assert any(name in line for line in block), (name, block)


@pytest.mark.parametrize("word, pieces", [
    ("니혼게이자이신문(닛케이)", ["니혼게이자이신문", "(닛케이)"]),  # each part fits: the break goes before `(`
    ("한국개발연구원(KDI)", ["한국개발연구원", "(KDI)"]),
    ("아주긴기관이름아주긴기관이름(약칭)", None),  # a part still too long: it may break anywhere
])
def test_a_long_word_breaks_before_its_parenthesis(word: str, pieces: list[str] | None) -> None:
    html = str(keep_words(word, limit=11))
    if pieces is None:
        assert html == f'<span class="wl">{word}</span>'
    else:
        assert html == "<wbr>".join(f'<span class="w">{p}</span>' for p in pieces)
