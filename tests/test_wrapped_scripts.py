"""Broadcast scripts wrapped by hand at a fixed width: a line that stops inside its sentence runs on into
the next (`text.analyze._lines`), so a name and its title split over two lines are read together."""

from __future__ import annotations

from briefing import article_from_text, build_briefing
from briefing.text.analyze import _lines, analyze

# A regional station's script in the shape three outlets of the web sets use: short lines cut anywhere.
SCRIPT = """◀ANC▶
한빛시 지하철 참사가
오늘로 5주기를 맞았습니다.
세월은 흘렀지만 유족들은
그날을 잊지 못했습니다.
◀VCR▶
추모식에는 이년째 불참한 김도윤
한빛 시장을 향한 원망이
쏟아졌습니다.
구속된 38살 이 모 씨와
36살 전 모 씨가 모습을 드러내자
이웃들은 흥분했습니다.
[윤석기-한빛지하철참사
희생자 대책위원장]
"그 당시 시정 책임.."
한빛방송 이종웅입니다."""


def test_a_hand_wrapped_script_is_read_in_whole_sentences() -> None:
    sentences = [s.text for s in analyze(SCRIPT)]
    assert "추모식에는 이년째 불참한 김도윤 한빛 시장을 향한 원망이 쏟아졌습니다." in sentences
    assert "구속된 38살 이 모 씨와 36살 전 모 씨가 모습을 드러내자 이웃들은 흥분했습니다." in sentences
    assert "한빛시 지하철 참사가 오늘로 5주기를 맞았습니다." in sentences


def test_offsets_still_point_into_the_text() -> None:
    for s in analyze(SCRIPT):
        assert SCRIPT[s.start:s.end].replace("\n", " ") == s.text


def test_labels_quotes_and_finished_lines_stay_lines() -> None:
    lines = [body for _, body in _lines(SCRIPT)]
    assert "◀VCR▶" in lines and '"그 당시 시정 책임.."' in lines  # a label, a quotation: never run on into
    assert "[윤석기-한빛지하철참사 희생자 대책위원장]" in lines  # a label over two lines is one
    assert "한빛방송 이종웅입니다." in lines


def test_a_name_and_title_over_two_lines_are_one_introduction() -> None:
    people = {p.name: (p.title, p.organization) for p in build_briefing(article_from_text(SCRIPT, "x.txt")).participants}
    assert people["김도윤"] == ("시장", "한빛")


def test_a_story_with_a_few_such_lines_is_no_script() -> None:
    # a headline, a list and a credit that end on a particle now and then: fewer than four such lines
    story = ("반도체 수출 역대 최대…10개월 연속 증가\n수출이 늘었다.\n주요 품목은\n반도체와 자동차다.\n"
             "정부는 지원을 늘리기로 했다.\n업계는 환영했다.\n")
    assert [body for _, body in _lines(story)] == [line for line in story.split("\n") if line]
