"""Bad and hostile input through the CLI: a clear one-line error or a sensible result, never a traceback."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing import BriefingError, article_from_text, build_briefing
from briefing.cli import main
from briefing.render.briefing import to_json_line, to_markdown
from briefing.render.pdf import render_html

SENTENCE = "정부는 오늘 새 정책을 발표했다."


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def assert_one_line_error(result, code: int, *needles: str) -> None:
    assert result.exit_code == code, (result.exit_code, result.stderr)
    err = result.stderr.strip()
    assert "Traceback" not in err and err.count("\n") == 0, err
    for needle in needles:
        assert needle in err


BAD_FILES = [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n\t \n", "empty"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary"),
    ("nul.txt", "앞부분\x00뒷부분".encode(), "binary"),
    ("garbage.txt", bytes(range(128, 256)) * 40, "not readable"),
    ("byline.txt", "홍길동 기자 hong@example.com\n".encode(), "only a byline"),
    ("front.md", "---\ntitle: [oops\n---\n본문이다.".encode(), "front matter"),
]


@pytest.mark.parametrize("name, content, message", BAD_FILES)
def test_bad_file_one_line_error(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    f = tmp_path / name
    f.write_bytes(content)
    result = invoke("build", str(f), "-f", "json", "-o", "-")
    assert_one_line_error(result, 1, name, message)
    assert result.stdout == ""


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    assert_one_line_error(invoke("build", str(tmp_path / "none.txt"), "-f", "md", "-o", "-"), 1, "no such file")
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "notes.pdf").write_bytes(b"%PDF")
    assert_one_line_error(invoke("build", str(tmp_path / "d"), "-f", "md", "-o", "-"), 1, "no article files")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files regardless of permissions")
def test_unreadable_file(tmp_path: Path) -> None:
    f = tmp_path / "secret.txt"
    f.write_text(SENTENCE, encoding="utf-8")
    f.chmod(0)
    assert_one_line_error(invoke("build", str(f), "-f", "md", "-o", "-"), 1, "permission denied")


def test_huge_file_refused_by_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_MAX_BYTES", str(1_000_000))
    f = tmp_path / "huge.txt"
    f.write_bytes((SENTENCE + "\n").encode() * 60_000)  # ~2.8 MB
    assert_one_line_error(invoke("build", str(f), "-f", "json", "-o", "-"), 1, "limit", "BRIEFING_MAX_BYTES")


ODD_TEXTS = {
    "no_quotes": "정부는 오늘 새 정책을 발표했다. 시장은 차분했다.",
    "unbalanced": "김철수 대표는 “이건 닫히지 않는 인용이다. 그리고 문장이 계속된다.\n다음 문단이다.",
    "straight": '김철수 대표는 "올해는 다르다"고 말했다. 이어 "준비가 됐다"고 했다.',
    "nested": "김철수 대표는 “그는 “괜찮다”고 했지만 ‘문제’가 있다”고 말했다.",
    "long_run": "가나다라 " * 2000,
    "english": "The minister said \"we will act\" on Tuesday. Markets rose.",
    "emoji_hanja": "김철수 대표는 “🚀 成長 鬱 齉 𠀀 간다”고 말했다. 😀",
    "closing_only": "”라고 말했다. ” 또 닫힌다.",
}


@pytest.mark.parametrize("name", sorted(ODD_TEXTS))
def test_odd_text_gives_a_briefing(tmp_path: Path, name: str) -> None:
    text = ODD_TEXTS[name]
    f = tmp_path / f"{name}.txt"
    f.write_text(text, encoding="utf-8")
    result = invoke("build", str(f), "-f", "json", "-o", "-")
    assert result.exit_code == 0, result.stderr
    obj = json.loads(result.stdout)
    body = text.strip()
    for s in obj["summary"]:
        assert s["text"] in body
    for p in obj["participants"]:
        for q in p["quotes"]:
            assert q["text"] in body


def test_bom_and_crlf_cp949_read(tmp_path: Path) -> None:
    f = tmp_path / "k.txt"
    f.write_bytes("김철수 대표는 “좋다”고 말했다.\r\n둘째 문장이다.".encode("cp949"))
    result = invoke("build", str(f), "-f", "json", "-o", "-")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["participants"][0]["name"] == "김철수"


def test_one_bad_article_does_not_sink_the_batch(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text(SENTENCE, encoding="utf-8")
    result = invoke("build", str(tmp_path), "-f", "json", "-o", "-")
    assert result.exit_code == 3
    assert len(result.stdout.strip().split("\n")) == 2
    assert "b.txt" in result.stderr


@pytest.mark.parametrize("stem", ["../escape", "/abs/path", "con", "..", "a/b"])
def test_output_names_stay_in_folder(tmp_path: Path, stem: str) -> None:
    from briefing.render.output import per_article_paths

    folder = tmp_path / "out"
    (path,) = per_article_paths(folder, [stem], "md")
    assert path.parent == folder
    assert path.resolve().is_relative_to(folder.resolve())


# --- property-based: random and mutated Korean text -------------------------------------------------

KOREAN = st.lists(
    st.sampled_from(list("가나다라마바사아자차카타파하이김최정박대표회장은는이가을를에서고라며말했다.,“”\"'‘’ \n")
                    + ["기자", "대통령", " 말했다.", "김철수 ", "최 회장은 "]),
    min_size=0, max_size=200,
).map("".join)


def mutate(text: str, data: st.DataObject) -> str:
    pos = data.draw(st.integers(0, len(text)))
    insert = data.draw(st.sampled_from(["“", "”", '"', "\n", "---\n", "\x00", "<b>", "{{ x }}", "기자 =", ""]))
    return text[:pos] + insert + text[pos:]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=KOREAN)
def test_random_korean_text(text: str) -> None:
    check_pipeline(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_sample(sample_text: str, data: st.DataObject) -> None:
    text = sample_text
    for _ in range(data.draw(st.integers(1, 4))):
        text = mutate(text, data)
    check_pipeline(text)


def check_pipeline(text: str) -> None:
    try:
        article = article_from_text(text, "prop.txt")
        b = build_briefing(article)
    except BriefingError:
        return  # the project's own error: reported as one line by the CLI
    body = article.text
    for s in b.summary:
        assert s.text in body
    for p in b.participants:
        for q in p.quotes:
            assert q.text in body
    json.loads(to_json_line(b))
    to_markdown(b)
    html = render_html(b)  # the PDF's page (WeasyPrint itself is exercised in test_pdf.py)
    assert "<script" not in html.lower().replace("&lt;script", "")


# --- nothing lost: atomic writes -------------------------------------------------------------------

def test_failed_render_keeps_previous_file(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("김철수 대표는 “좋다”고 말했다.", encoding="utf-8")
    out = tmp_path / "a.md"
    out.write_text("PREVIOUS", encoding="utf-8")
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "briefing.md.j2").write_text("{{ title }} {{ no_such_value }}\n", encoding="utf-8")
    result = invoke("build", str(article), "-f", "md", "-o", str(out), "--template-dir", str(templates))
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    assert out.read_text(encoding="utf-8") == "PREVIOUS"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "a.txt", "tpl"]


def test_interrupt_during_write_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.render.output import write_atomic

    out = tmp_path / "x.pdf"
    out.write_bytes(b"OLD")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(out, b"NEW" * 1000)
    assert out.read_bytes() == b"OLD"
    assert [p.name for p in tmp_path.iterdir()] == ["x.pdf"]


def test_written_files_have_ordinary_permissions(tmp_path: Path) -> None:
    from briefing.render.output import write_atomic

    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "o.md", "x")
    finally:
        os.umask(umask)
    assert (tmp_path / "o.md").stat().st_mode & 0o777 == 0o644


def test_output_to_a_device_is_written_through(tmp_path: Path) -> None:
    from briefing.render.output import write_atomic

    fifo_free_target = Path(os.devnull)
    write_atomic(fifo_free_target, "nothing")
    assert fifo_free_target.is_char_device()


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("feed.xml", "이건 XML이 아니다 <<<".encode(), "feed.xml"),
        ("nav.html", (b"<html><head><script>var a=1;</script></head><body><nav><a href='/'>home</a></nav>"
                     b"<script>track()</script></body></html>"), "nav.html"),
    ],
)
def test_feed_and_html_without_articles(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    f = tmp_path / name
    f.write_bytes(content)
    for command in ("build", "digest"):
        result = invoke(command, str(f), "-f", "json", "-o", "-")
        assert_one_line_error(result, 1, message)


def test_hostile_front_matter_in_html_output(tmp_path: Path) -> None:
    f = tmp_path / "h.md"
    f.write_text("---\ntitle: '<script>alert(1)</script><img src=\"http://127.0.0.1:9/x.png\">'\n"
                 "source: '{{ 7*7 }}'\n---\n김철수 대표는 “<b>굵게</b>”라고 말했다.", encoding="utf-8")
    result = invoke("build", str(f), "-f", "html", "-o", "-")
    assert result.exit_code == 0
    html = result.stdout
    assert "<script>alert" not in html and '<img src="http://127.0.0.1' not in html
    import html as html_lib
    import re

    text = html_lib.unescape(re.sub(r"<[^>]+>", "", html))
    assert "&lt;script&gt;" in html and "{{ 7*7 }}" in text  # shown, not evaluated
    assert "<b>굵게</b>" not in html and "<b>굵게</b>" in text
