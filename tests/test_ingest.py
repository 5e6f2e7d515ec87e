"""Ingest: encodings, front matter, bylines, line ends, and the errors bad files get."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import InputError, read_article
from briefing.sources.ingest import expand_inputs, split_front_matter
from briefing.text.bylines import credit_line, strip_byline

BODY = "이재명 대통령은 “경제를 살리겠다”고 말했다.\n최태원 SK그룹 회장도 참석했다."


@pytest.mark.parametrize(
    "encoding, prefix",
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),  # UTF-8 with BOM
        ("utf-16-le", b"\xff\xfe"),  # UTF-16 with BOM
        ("utf-16-be", b"\xfe\xff"),
        ("utf-32-le", b"\xff\xfe\x00\x00"),  # UTF-32 with BOM (the same marks as the feed reader's)
        ("utf-32-be", b"\x00\x00\xfe\xff"),
        ("cp949", b""),
        ("euc-kr", b""),
    ],
)
def test_encodings_are_detected(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(prefix + BODY.encode(encoding))
    assert read_article(f).text == BODY


@pytest.mark.parametrize("body", [
    "Caf\u00e9 cr\u00e8me and a long line of plain English text, typed in Latin-1 by mistake.",
    "Plain ASCII words that a stray byte-order mark turns into Han characters when read as UTF-16.",
])
def test_a_utf16_mark_before_single_byte_text_is_refused(tmp_path: Path, body: str) -> None:
    f = tmp_path / "a.txt"
    data = body.encode("latin-1")
    f.write_bytes(b"\xff\xfe" + data + b" " * (len(data) % 2))  # whole UTF-16 code units
    with pytest.raises(InputError, match="a.txt: text looks mis-decoded \\(a UTF-16 mark"):
        read_article(f)


@pytest.mark.parametrize("found, shown", [
    # a copyright notice is no credit; the reporter stays
    ("[ⓒ 한빛스포츠, 무단전재 및 재배포 금지] / [오한결 한빛스포츠 기자]", "[오한결 한빛스포츠 기자]"),
    ("[한빛TV=윤도현 기자] / <저작권자 ⓒ 한빛TV. 무단전재 및 재배포 금지>", "[한빛TV=윤도현 기자]"),
    ("송예린 기자 ⓒ 누리일보 무단전재 및 재배포 금지", "송예린 기자"),  # named inside the notice
    ("[문가영 기자] / 저작권자(c) 누리뉴스(시민기자), 무단 전재 및 재배포 금지", "[문가영 기자]"),
    # the same reporter at the top and at the bottom: once
    ("[한빛스포츠 노하람 기자] / 노하람 기자 haram@hanbit.example", "[한빛스포츠 노하람 기자]"),
    ("[수원=한빛스포츠 이도윤 기자] / 수원=이도윤 기자 doyun@hanbit.example", "[수원=한빛스포츠 이도윤 기자]"),
    # photo credits go, with what follows them naming no one
    ("차민재 기자 cha@nuri.example / 사진=수원, 차민재 기자 / KOVO", "차민재 기자 cha@nuri.example"),
    ("사진 = 한빛농구연맹 제공 / 일러스트 = 정하율 작가", "일러스트 = 정하율 작가"),
    ("한빛연예 홍연하 | 사진캡쳐 HBC", "한빛연예 홍연하"),
    # an e-mail address alone joins the credit before it, or stands alone
    ("[누리경제=장서율 기자] / seoyul@nuri.example", "[누리경제=장서율 기자] seoyul@nuri.example"),
    ("seoyul@nuri.example", "seoyul@nuri.example"),
    # two reporters are two credits
    ("[한빛일보 강다온 기자] / 백아린 기자 arin@hanbit.example", "[한빛일보 강다온 기자] / 백아린 기자 arin@hanbit.example"),
    ("[ⓒ 한빛스포츠, 무단전재 및 재배포 금지]", None),
])
def test_the_credit_line_under_the_headline(found: str, shown: str | None) -> None:
    assert credit_line(found) == shown


def test_a_page_with_notices_at_both_ends_credits_its_reporter_once(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("[한빛스포츠 노하람 기자] " + BODY + "\n사진=한빛스포츠 DB\n노하람 기자 haram@hanbit.example\n"
                 "[ⓒ 한빛스포츠, 무단전재 및 재배포 금지]", encoding="utf-8")
    a = read_article(f)
    assert a.text == BODY
    assert a.byline == "[한빛스포츠 노하람 기자]"


def test_crlf_is_normalised(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(BODY.replace("\n", "\r\n").encode("utf-8"))
    article = read_article(f)
    assert "\r" not in article.text
    assert article.text == BODY


def test_front_matter_fields(tmp_path: Path) -> None:
    f = tmp_path / "a.md"
    f.write_text("---\ntitle: AI 간담회\ndate: 2025-06-20\nsource: 전자신문\nurl: https://example.org/a\n---\n"
                 + BODY, encoding="utf-8")
    a = read_article(f)
    assert (a.title, a.date, a.source, a.url) == ("AI 간담회", "2025-06-20", "전자신문", "https://example.org/a")
    assert a.text == BODY


def test_markdown_heading_becomes_title(tmp_path: Path) -> None:
    f = tmp_path / "a.md"
    f.write_text("# 울산 AI 간담회\n\n" + BODY, encoding="utf-8")
    a = read_article(f)
    assert a.title == "울산 AI 간담회"
    assert a.text == BODY


@pytest.mark.parametrize(
    "front",
    ["---\ntitle: [unclosed\n---\n", "---\n- a list\n- not a mapping\n---\n", "---\ntitle: never closed\n"],
)
def test_malformed_front_matter_names_the_file(tmp_path: Path, front: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_text(front + BODY, encoding="utf-8")
    with pytest.raises(InputError, match="bad.txt"):
        read_article(f)


@pytest.mark.parametrize(
    "front, message",
    [
        ("date: 2026-02-29", "'date' '2026-02-29' is not a valid date"),  # no 29 February in 2026
        ("date: 2026-11-25T25:99:00", "is not a valid date"),
        ("title:\n  - a\n  - b", "'title' must be text, not a list"),
        ("source: {x: 1}", "'source' must be text, not a mapping"),
        # nested aliases: 600 bytes of these expand to gigabytes
        ('a: &a ["x", "x"]\nb: &b [*a, *a]\ntitle: *b', "aliases are not allowed"),
    ],
)
def test_front_matter_values_are_checked(tmp_path: Path, front: str, message: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_text(f"---\n{front}\n---\n" + BODY, encoding="utf-8")
    with pytest.raises(InputError, match=f"bad.txt: .*{message}"):
        read_article(f)


def test_front_matter_values_are_the_text_written(tmp_path: Path) -> None:
    """YAML's implicit types do not apply: a title `yes` or `1.0` is that text, a date in words or
    with a time stays as written, `~` is no value, and a control character is a space."""
    f = tmp_path / "a.txt"
    f.write_text('---\ntitle: yes\ndate: 2026년 11월 25일\nsource: 1.0\nurl: ~\n---\n' + BODY, encoding="utf-8")
    a = read_article(f)
    assert (a.title, a.date, a.source, a.url) == ("yes", "2026년 11월 25일", "1.0", None)
    f.write_text('---\ntitle: "제목\\x00끝"\ndate: 2026-11-25 09:30:00+09:00\n---\n' + BODY, encoding="utf-8")
    a = read_article(f)
    assert (a.title, a.date) == ("제목 끝", "2026-11-25 09:30:00+09:00")


def test_empty_front_matter_is_no_front_matter(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("---\n---\n" + BODY, encoding="utf-8")
    assert read_article(f).text == BODY


@pytest.mark.parametrize(
    "text, byline",
    [
        (BODY + "\n최호 기자 snoop@etnews.com", "최호 기자 snoop@etnews.com"),
        ("[서울=뉴시스]홍길동 기자 = " + BODY, "[서울=뉴시스]홍길동 기자 ="),
        ("(서울=연합뉴스) 김철수 기자 = " + BODY, "(서울=연합뉴스) 김철수 기자 ="),
        ("전남드래곤즈 소식\n이성훈 sinawi@hanmail.net\n" + BODY, "이성훈 sinawi@hanmail.net"),
        (BODY + "\n홍길동 기자\nⓒ 전자신문, 무단전재 및 재배포 금지", "홍길동 기자"),
        ("[한국경제 윤서하 기자] " + BODY, "[한국경제 윤서하 기자]"),
        ("[워싱턴=이정민 특파원] " + BODY, "[워싱턴=이정민 특파원]"),
        ("[스포츠서울 | 홍길동기자] " + BODY, "[스포츠서울 | 홍길동기자]"),
        ("【도쿄=김철수 특파원】" + BODY, "【도쿄=김철수 특파원】"),
        (BODY + "\n/문지호 기자 jiho@cc.example.com", "/문지호 기자 jiho@cc.example.com"),
        (BODY + "\n정리=홍유나 기자 yuna@e.example.com", "정리=홍유나 기자 yuna@e.example.com"),
        (BODY + "\n임채원 의학전문기자 cwlim@e.example.com", "임채원 의학전문기자 cwlim@e.example.com"),
        (BODY + "\n한지우 사회부 차장", "한지우 사회부 차장"),
        (BODY + "\n배준서 기자(외신종합)", "배준서 기자(외신종합)"),
        (BODY + "\n서도윤·이하람 기자 dyseo@e.example.com", "서도윤·이하람 기자 dyseo@e.example.com"),
        # the middle dot typed as another code (`ㆍ`, `・`)
        (BODY + "\n/배하람ㆍ최도윤 기자", "/배하람ㆍ최도윤 기자"),
        # glued to the last sentence after a slash, no line break
        (BODY + "/배하람ㆍ최도윤 기자", "/배하람ㆍ최도윤 기자"),
        (BODY + " /홍길동 기자 hong@e.example.com", "/홍길동 기자 hong@e.example.com"),
        ("(서울=한빛뉴스) 홍길동・김철수 기자 = " + BODY, "(서울=한빛뉴스) 홍길동・김철수 기자 ="),
        ("[화성=한빛일보 윤도현 기자] " + BODY, "[화성=한빛일보 윤도현 기자]"),
        # a byline in parentheses before the lead, with no `=` after it
        ("(한빛스포츠 이정우 기자) " + BODY, "(한빛스포츠 이정우 기자)"),
        ("(한빛스포츠 수원, 최하람 기자) " + BODY, "(한빛스포츠 수원, 최하람 기자)"),
        ("(HBS스포츠 이솔 기자) " + BODY, "(HBS스포츠 이솔 기자)"),
        ("(누리넷코리아=유하정 중국 전문기자)" + BODY, "(누리넷코리아=유하정 중국 전문기자)"),
        ("[스포츠한빛 | 장충=박하준기자] " + BODY, "[스포츠한빛 | 장충=박하준기자]"),
        (BODY + "\n한빛신문 송예린 기자 yerin@h.example", "한빛신문 송예린 기자 yerin@h.example"),
        (BODY + "\n한빛일보 문하준 기자", "한빛일보 문하준 기자"),
        (BODY + "\n/한빛경제 유승아 기자", "/한빛경제 유승아 기자"),
        (BODY + "\n거제=안도훈 기자 dohun@g.example.com", "거제=안도훈 기자 dohun@g.example.com"),
        ("서하람 기자  |  입력 2026.07.25 14:02\n" + BODY, "서하람 기자  |  입력 2026.07.25 14:02"),
        (BODY + "\n홍길동 기자 입력 2026-07-25 14:02 수정 2026-07-25 15:10", "홍길동 기자 입력 2026-07-25 14:02"),
        ("[대전=스포츠한빛 오한결 기자]\n" + BODY, "[대전=스포츠한빛 오한결 기자]"),
        (BODY + "\n[피닉스(미국) =하도윤 한빛스포츠 특파원]", "[피닉스(미국) =하도윤 한빛스포츠 특파원]"),
        (BODY + "\n일러스트 = 정하람 작가", "일러스트 = 정하람 작가"),
        (BODY + "\n글 백아린 기자 · 사진 정도운 기자", "글 백아린 기자 · 사진 정도운 기자"),
        (BODY + "\n포천=글·사진 주아람 기자 aram@e.example.com", "포천=글·사진 주아람 기자 aram@e.example.com"),
        (BODY + "\n부산/여하람 기자 haram@e.example.kr", "부산/여하람 기자 haram@e.example.kr"),
        ("입력 2026.07.02 15:40  |  변지환 기자\n" + BODY, "입력 2026.07.02 15:40  |  변지환 기자"),
        (BODY + "\n대담=염정훈 논설위원, 정리=빈서우 기자", "대담=염정훈 논설위원, 정리=빈서우 기자"),
        (BODY + "\n뉴스엔 어하린 harin@e.example.com", "뉴스엔 어하린 harin@e.example.com"),
        # the e-mail set off by a slash or a bar
        (BODY + "\n[표하람 한빛타임즈 기자 / haram@e.example.com]", "[표하람 한빛타임즈 기자 / haram@e.example.com]"),
        (BODY + "\n[표하람 기자 | haram@e.example.com]", "[표하람 기자 | haram@e.example.com]"),
        (BODY + "\n표하람 기자 / haram@e.example.com", "표하람 기자 / haram@e.example.com"),
        # an agency's several reporters, and an outlet's name before a name and an e-mail in parentheses
        ("(고양=뉴스원) 서미선 임윤지 이정환 기자 = " + BODY, "(고양=뉴스원) 서미선 임윤지 이정환 기자 ="),
        ("(서울=한빛뉴스) 홍길동, 김철수 기자 = " + BODY, "(서울=한빛뉴스) 홍길동, 김철수 기자 ="),
        (BODY + "\nHBN 이승윤 (risungyoon@e.example.com)", "HBN 이승윤 (risungyoon@e.example.com)"),
        # a broadcast's crew credits, four lines above the end
        (BODY + "\n[영상취재 구본준 황현우 / 영상편집 김영석 / 영상디자인 조영익]\n정인아 기자\n"
                "HBN의 모든 콘텐트는 저작권법의 보호를 받은바, 무단 전재를 금합니다.\nCopyright by HBN All Rights Reserved.",
         "[영상취재 구본준 황현우 / 영상편집 김영석 / 영상디자인 조영익]"),
        (BODY + "\n영상취재: 김하늘, 영상편집: 박도윤", "영상취재: 김하늘, 영상편집: 박도윤"),
        # a name with no role, the outlet before it and the photo credit after a bar or a slash
        (BODY + "\n한빛연예 홍연하 | 사진캡쳐 HBC", "한빛연예 홍연하 | 사진캡쳐 HBC"),
        (BODY + "\n한빛연예 김하람 | 사진 이도윤", "한빛연예 김하람 | 사진 이도윤"),
        (BODY + "\n한빛스타 어하린 / 사진=HBN 제공", "한빛스타 어하린 / 사진=HBN 제공"),
    ],
)
def test_bylines_are_metadata(text: str, byline: str) -> None:
    body, found = strip_byline(text)
    assert found is not None and byline in found
    assert "기자 =" not in body and "@" not in body
    assert "이재명 대통령은" in body


@pytest.mark.parametrize("first", ["[단독] 김철수 기자가 현장을 찾았다.", "[인터뷰] 홍길동 기자가 만난 사람들이다."])
def test_bracketed_tag_before_prose_is_kept(first: str) -> None:
    text = first + "\n" + BODY
    body, found = strip_byline(text)
    assert found is None and body == text


@pytest.mark.parametrize("first", ["(왼쪽부터) 김철수 대표와 이영희 기자가 악수하고 있다.", "(주)한빛 홍길동 대표는 말했다.",
                                   "김철수(45) 기자는 현장을 찾았다고 말했다.", "(사진 왼쪽) 홍길동 기자가 질문하고 있다.",
                                   "(왼쪽부터) 김철수 이영희 기자가 악수하고 있다."])
def test_parentheses_before_prose_are_kept(first: str) -> None:
    text = first + "\n" + BODY
    body, found = strip_byline(text)
    assert found is None and body == text


@pytest.mark.parametrize("first", ["[서울경제] 한결그룹이 투자를 늘린다고 밝혔다.", "【뉴스핌】 한결그룹이 투자를 늘린다고 밝혔다."])
def test_outlet_tag_opening_the_lead_is_dropped(first: str) -> None:
    body, found = strip_byline(first + "\n" + BODY)
    assert found is None and body.startswith("한결그룹이 투자를") and "이재명 대통령은" in body


@pytest.mark.parametrize("last", ["한지우 차장", "김철수 사회부 차장이 사퇴했다.", "홍길동 선임기자가 현장을 찾았다.",
                                  "현장에 있던 홍길동 기자가 다쳤다.", "[단독] 한빛일보 홍길동 기자가 만난 사람",
                                  "홍길동 기자 / 사진", "[홍길동 / 김철수]", "그래픽 디자인이 바뀌었다.",
                                  "김철수 | 사진전 개막", "홍길동 | 사진", "김철수 대표가 웃고 있다 | 사진 한빛",
                                  "그는 웃었다./ 김철수 기자가 전했다.", "비율은 1/2 기자단 몫이다."])
def test_last_line_that_is_not_a_byline_is_kept(last: str) -> None:
    text = BODY + "\n" + last
    body, found = strip_byline(text)
    assert found is None and body == text


def test_name_with_reporter_in_prose_is_kept() -> None:
    text = "첫 문장이다.\n김철수 기자가 현장을 취재하던 중 사고가 났다고 경찰은 밝혔다.\n마지막 문장이다."
    body, found = strip_byline(text)
    assert found is None and body == text


def test_front_matter_absent() -> None:
    meta, body = split_front_matter(BODY)
    assert meta == {} and body == BODY


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty"),
        (b"   \n\t  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (bytes([0xFF, 0xFE, 0xFD]) * 200 + b"\x00", "binary"),
        ("최호 기자 snoop@etnews.com\n".encode(), "only a byline"),
    ],
)
def test_bad_files_get_clear_errors(tmp_path: Path, content: bytes, message: str) -> None:
    f = tmp_path / "x.txt"
    f.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_article(f)


def test_missing_file_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no article files"):
        expand_inputs([str(tmp_path / "empty")])


def test_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_MAX_BYTES", "1000")
    f = tmp_path / "big.txt"
    f.write_text(BODY * 100, encoding="utf-8")
    with pytest.raises(InputError, match="limit"):
        read_article(f)


def test_folder_expands_sorted(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "c.html", "skip.pdf", ".hidden.txt"):
        (tmp_path / name).write_text(BODY, encoding="utf-8")
    got = [Path(p).name for p in expand_inputs([str(tmp_path)])]
    assert got == ["a.md", "b.txt", "c.html"]


def test_sample_article(sample_path: Path) -> None:
    a = read_article(sample_path)
    assert a.byline == "최호 기자 snoop@etnews.com"
    assert a.text.startswith("이재명 대통령이 첫 산업 현장 방문지로")
    assert "snoop@etnews.com" not in a.text


def test_headline_above_byline_becomes_title(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("울산서 AI 간담회 열려\n홍길동 기자 hong@example.com\n" + BODY, encoding="utf-8")
    a = read_article(f)
    assert a.title == "울산서 AI 간담회 열려"
    assert a.text == BODY


@pytest.mark.parametrize("label", ["[한빛닷컴]", "[한빛스포츠=홍길동]"])
def test_a_label_alone_above_the_text_is_no_headline(tmp_path: Path, label: str) -> None:
    """`[동아닷컴]`, `[포포투=김환]` on the first line, the byline at the end: the outlet's credit,
    neither the title nor text of the article."""
    f = tmp_path / "a.txt"
    f.write_text(f"{label}\n" + BODY + "\n홍길동 기자 hong@example.com\n", encoding="utf-8")
    a = read_article(f)
    assert a.title is None
    assert a.text == BODY.strip()


@pytest.mark.parametrize("headline", ["연납 신청 31일까지…위택스?", "17년 만의 우승!", "‘반값 등록금’ 올해는 될까?",
                                      "우주인 3명, 115일 만에 지구로 돌아왔다"])
def test_any_short_line_above_a_byline_is_the_headline(tmp_path: Path, headline: str) -> None:
    """Headlines end in `?`, `!` or a verb (`…돌아왔다`); above a byline they are still headlines."""
    f = tmp_path / "a.txt"
    f.write_text(f"{headline}\n홍길동 기자 hong@example.com\n" + BODY, encoding="utf-8")
    a = read_article(f)
    assert (a.title, a.text) == (headline, BODY)


def test_sentence_with_a_full_stop_above_a_byline_stays_in_the_body(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("서울시가 내년부터 공공자전거 요금을 올린다.\n홍길동 기자 hong@example.com\n" + BODY, encoding="utf-8")
    a = read_article(f)
    assert a.title is None
    assert a.text.startswith("서울시가 내년부터 공공자전거 요금을 올린다.")


@pytest.mark.parametrize("byline_at", ["top", "bottom"])
def test_a_broadcast_scripts_first_sentence_without_its_full_stop_stays_in_the_body(tmp_path: Path,
                                                                                      byline_at: str) -> None:
    """`…사과했습니다` (the formal polite ending broadcast scripts are written in, no headline is): the
    lead, its full stop left off, not the headline."""
    lead = "파울루 벤투 축구대표팀 감독이 기자회견을 열어 퇴장당한 일에 대해 사과했습니다"
    rest = "\n\n벤투 감독은 \"선수들에게 미안하다\"고 말했습니다\n"
    byline = "YTN 김상익 (sikim@ytn.example.kr)"
    f = tmp_path / "a.txt"
    f.write_text(f"{lead}\n{byline}{rest}" if byline_at == "top" else f"{lead}{rest}\n{byline}\n", encoding="utf-8")
    a = read_article(f)
    assert a.title is None
    assert a.text.startswith(lead)


def test_a_first_line_of_credited_quotes_stays_in_the_body(tmp_path: Path) -> None:
    """`“…”(윤덕영 감독)“…”(지소영)` above the story, the byline at its end: remarks, not the headline."""
    first = "“고마운 마음을 전하고 싶습니다.”(윤덕영 감독)“우승한 기분이에요.”(지소영)"
    f = tmp_path / "a.txt"
    f.write_text(f"{first}\n\n윤 감독은 “어려운 경기를 했다”고 밝혔다.\n강신 기자 xin@example.kr\n", encoding="utf-8")
    a = read_article(f)
    assert a.title is None and a.text.startswith(first)


def test_read_inputs_names_each_input_it_leaves_out_once(tmp_path):
    from briefing.sources.inputs import read_inputs

    (tmp_path / "a.txt").write_text("한빛은행이 25일 새 대출 상품을 내놓았다.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("본문이다.", encoding="utf-8")
    feed = tmp_path / "feed.xml"
    feed.write_text('<rss version="2.0"><channel><title>t</title></channel></rss>', encoding="utf-8")
    missing = tmp_path / "missing.txt"
    articles, skipped = read_inputs([str(tmp_path), str(tmp_path / "a.txt"), str(missing), str(feed)])
    assert [a.path for a in articles] == [str(tmp_path / "a.txt")]  # the folder's file, read once
    assert [p for p, _ in skipped] == [str(tmp_path / "sub"), str(missing), str(feed)]
    reasons = dict(skipped)
    assert "folder inside" in reasons[str(tmp_path / "sub")]
    # given as an input, the feed is read (it has no entries), not "left out" of its folder
    assert "no entries" in reasons[str(feed)]
