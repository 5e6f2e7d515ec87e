"""The CLI through click's CliRunner: outputs, paths, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing import __version__
from briefing.cli import main

ARTICLE = "김철수 대표는 “올해 매출을 두 배로 늘리겠다”고 말했다.\n이어 “인력도 뽑겠다”고 덧붙였다.\n"


def run(runner: CliRunner, *args: str):
    return runner.invoke(main, list(args), catch_exceptions=False)


def test_version_and_help(runner: CliRunner) -> None:
    result = run(runner, "--version")
    assert result.exit_code == 0 and __version__ in result.output
    for args in (["--help"], ["build", "--help"]):
        result = run(runner, *args)
        assert result.exit_code == 0
        assert "Example" in result.output


def test_python_dash_m() -> None:
    proc = subprocess.run([sys.executable, "-m", "briefing", "--version"], check=False, capture_output=True, text=True)
    assert proc.returncode == 0 and __version__ in proc.stdout


def test_json_lines_for_folder(runner: CliRunner, sample_path: Path, tmp_path: Path) -> None:
    shutil.copy(sample_path, tmp_path / "b.txt")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = run(runner, "build", str(tmp_path), "-f", "json", "-o", "-")
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().split("\n")
    assert [Path(json.loads(x)["path"]).name for x in lines] == ["a.txt", "b.txt"]
    first = json.loads(lines[0])
    speaker = first["participants"][0]
    assert speaker["name"] == "김철수" and len(speaker["quotes"]) == 2


def test_single_article_json_is_one_line(runner: CliRunner, sample_path: Path) -> None:
    result = run(runner, "build", str(sample_path), "-f", "json", "-o", "-")
    assert result.exit_code == 0
    assert result.stdout.count("\n") == 1


def test_markdown_to_stdout(runner: CliRunner, sample_path: Path) -> None:
    result = run(runner, "build", str(sample_path), "-f", "md", "-o", "-")
    assert result.exit_code == 0
    assert "### 이재명 · 대통령" in result.stdout


def test_default_output_folder(runner: CliRunner, sample_path: Path, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(runner, "build", str(sample_path), "-f", "md")
    assert result.exit_code == 0
    out = tmp_path / "output" / "ai-global-cooperation-meeting.md"
    assert out.exists() and out.read_text(encoding="utf-8").startswith("## ")


def test_folder_output_one_file_per_article(runner: CliRunner, tmp_path: Path) -> None:
    for name in ("x.txt", "y.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "briefings"
    result = run(runner, "build", str(tmp_path / "x.txt"), str(tmp_path / "y.txt"), "-f", "md", "-o", f"{out}/")
    assert result.exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["x.md", "y.md"]


def test_same_stem_twice_does_not_overwrite(runner: CliRunner, tmp_path: Path) -> None:
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "n.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "o"
    result = run(runner, "build", str(tmp_path / "a"), str(tmp_path / "b"), "-f", "md", "-o", f"{out}/")
    assert result.exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["n-2.md", "n.md"]


def test_several_articles_into_one_markdown_file(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for name in ("x.txt", "y.txt"):
        (tmp_path / "in" / name).write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "all.md"
    result = run(runner, "build", str(tmp_path / "in"), "-f", "md", "-o", str(out))
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").count("\n---\n") == 1


def test_several_articles_into_one_pdf_is_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    for name in ("x.txt", "y.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(main, ["build", str(tmp_path), "-f", "pdf", "-o", str(tmp_path / "one.pdf")])
    assert result.exit_code == 2
    assert "error:" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "one.pdf").exists()


def test_missing_input_exit_1_one_line(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["build", str(tmp_path / "nope.txt"), "-f", "json", "-o", "-"])
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0
    assert "nope.txt" in result.stderr and "Traceback" not in result.stderr


def test_partial_exit_3(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    result = runner.invoke(main, ["build", str(tmp_path), "-f", "json", "-o", "-"])
    assert result.exit_code == 3
    assert "skipped" in result.stderr and "bad.txt" in result.stderr
    assert len(result.stdout.strip().split("\n")) == 1


def test_refuses_to_overwrite_input(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "a.md"
    src.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(main, ["build", str(src), "-f", "md", "-o", str(src)])
    assert result.exit_code == 2
    assert src.read_text(encoding="utf-8") == ARTICLE


@pytest.mark.parametrize("command, fmt, target", [
    ("build", "md", "a.txt"),      # one of the folder's articles
    ("build", "md", ""),           # one Markdown file per article, into the folder read
    ("build", "md", "all.md"),     # a new article file there, read back by the next run
    ("digest", "md", "a.txt"),
    ("digest", "md", ""),          # `digest-<date>.md` into the folder read
    ("digest", "html", "d.html"),
])
def test_refuses_to_write_into_an_input_folder(runner: CliRunner, tmp_path: Path, command: str, fmt: str,
                                               target: str) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(main, [command, str(news), "-f", fmt, "-o", str(news / target) + ("/" if not target else "")])
    assert result.exit_code == 2, result.output
    assert "refusing to" in result.stderr and "Traceback" not in result.output
    assert sorted(p.name for p in news.iterdir()) == ["a.txt"]
    assert (news / "a.txt").read_text(encoding="utf-8") == ARTICLE


def test_a_pdf_may_go_beside_the_articles(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(main, ["build", str(tmp_path), "-o", str(tmp_path) + "/"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")


def test_what_a_folder_holds_unread_is_named(runner: CliRunner, tmp_path: Path) -> None:
    """A folder of articles inside the input folder, a link to a missing article and a feed file are
    named as left out (exit 3); an image or a PDF beside the articles is no article and goes unsaid."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "feed.xml").write_text("<rss/>", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    result = runner.invoke(main, ["build", str(tmp_path), "-f", "json", "-o", "-"])
    assert result.exit_code == 3, result.output
    assert len(result.stdout.strip().split("\n")) == 1
    for name in ("sub: a folder inside an input folder is not read", "gone.txt: a link to a file that is not there",
                 "feed.xml: a feed in a folder is not read"):
        assert name in result.stderr
    assert "photo.jpg" not in result.stderr


def test_a_file_named_twice_is_read_once(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(main, ["build", str(tmp_path), str(tmp_path / "a.txt"), str(tmp_path) + "/", "-f", "json",
                                  "-o", "-"])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.strip().split("\n")) == 1


@pytest.mark.parametrize("command, fmt, name, template, message", [
    ("build", "md", "briefing.md.j2", "{{ title }}\n{% for %}", "line 2: TemplateSyntaxError"),
    ("build", "md", "briefing.md.j2", "{{ title }}\n\n{{ nosuch }}", "line 3: UndefinedError: 'nosuch' is undefined"),
    ("build", "pdf", "briefing.html.j2", "<p>{{ 1 / 0 }}</p>", "line 1: ZeroDivisionError"),
    ("build", "md", "briefing.md.j2", "{% include 'missing.j2' %}", "line 1: TemplateNotFound: 'missing.j2'"),
    ("digest", "md", "digest.md.j2", "{{ nosuch.attr }}", "line 1: UndefinedError"),
    ("digest", "md", "digest.md.j2", b"\xc8\xff{{ x }}", "digest.md.j2 (or one it includes): not UTF-8 text"),
])
def test_a_fault_in_a_users_template_is_named(runner: CliRunner, tmp_path: Path, command: str, fmt: str, name: str,
                                              template: str | bytes, message: str) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "tpl").mkdir()
    if isinstance(template, bytes):
        (tmp_path / "tpl" / name).write_bytes(template)
    else:
        (tmp_path / "tpl" / name).write_text(template, encoding="utf-8")
    out = tmp_path / "out" / f"x.{fmt}"
    result = runner.invoke(main, [command, str(tmp_path / "a.txt"), "-f", fmt, "-o", str(out),
                                  "--template-dir", str(tmp_path / "tpl")])
    assert result.exit_code == 2, result.output
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith("briefing: error: template ") and message in line, line
    assert "internal error" not in result.stderr and not out.exists()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("fmt", ["md", "pdf"])
def test_a_full_standard_output_is_one_line(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([sys.executable, "-m", "briefing", "build", str(tmp_path / "a.txt"), "-f", fmt, "-o", "-"],
                              stdout=full, stderr=subprocess.PIPE, text=True, check=False)
    assert proc.returncode == 1
    assert proc.stderr.strip() == "briefing: error: cannot write to standard output (No space left on device)"


def test_no_standard_output_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "briefing", "build", str(tmp_path / "a.txt"), "-f", "md", "-o", "-"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False,
                          preexec_fn=lambda: os.close(1))
    assert proc.returncode == 1
    assert proc.stderr.strip() == "briefing: error: cannot write to standard output (it is closed)"


@pytest.mark.parametrize("command", ["build", "digest"])
def test_an_empty_output_path_is_a_usage_error(runner: CliRunner, tmp_path: Path, command: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, [command, "a.txt", "-f", "md", "-o", ""])
    assert result.exit_code == 2
    assert "-o '': an empty path" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


@pytest.mark.parametrize("command, name, value, expected", [
    ("build", "BRIEFING_MAX_BYTES", "0", "a whole number of at least 1"),
    ("build", "BRIEFING_MAX_BYTES", "5MB", "a whole number of at least 1"),
    ("digest", "BRIEFING_FETCH_TIMEOUT", "abc", "a number above 0"),
    ("digest", "BRIEFING_FETCH_TIMEOUT", "inf", "a number above 0"),
    ("digest", "BRIEFING_RUN_BUDGET", "-5", "a number above 0"),
    ("digest", "BRIEFING_FETCH_WORKERS", "0", "a whole number of at least 1"),
    ("digest", "BRIEFING_MAX_ENTRIES", "2.5", "a whole number of at least 1"),
])
def test_a_mistyped_setting_is_said(runner: CliRunner, tmp_path: Path, command: str, name: str, value: str,
                                    expected: str) -> None:
    """A setting from the environment that cannot be right is one usage error naming it, not ignored and
    not an error charged to every input. (The feed's URL is never reached: the settings are read first.)"""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    inputs = [str(tmp_path / "a.txt")] + (["http://127.0.0.1:9/feed.xml"] if command == "digest" else [])
    result = runner.invoke(main, [command, *inputs, "-f", "json", "-o", str(tmp_path / "out.json")],
                           env={name: value, "BRIEFING_STATE": str(tmp_path / "state.db")})
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == f"briefing: error: {name}={value!r}: expected {expected}"
    assert not (tmp_path / "out.json").exists()


@pytest.mark.parametrize("value, workers", [("", -1), ("-1", -1), ("2", 2), ("all", None), ("1.5", None)])
def test_kiwi_workers_from_the_environment(monkeypatch: pytest.MonkeyPatch, value: str, workers: int | None) -> None:
    from briefing.errors import UsageError
    from briefing.text.analyze import kiwi_workers

    monkeypatch.setenv("BRIEFING_KIWI_WORKERS", value)
    if workers is None:
        with pytest.raises(UsageError, match=f"BRIEFING_KIWI_WORKERS='{value}': expected a whole number of at least -1"):
            kiwi_workers()
    else:
        assert kiwi_workers() == workers


def test_an_output_under_a_file_names_the_file(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    target = tmp_path / "notes.txt" / "sub" / "a.md"
    result = runner.invoke(main, ["build", str(tmp_path / "a.txt"), "-f", "md", "-o", str(target)])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"briefing: error: {target}: cannot write ({tmp_path / 'notes.txt'} is a file, not a folder)"


def test_bad_option_is_usage_error(runner: CliRunner, sample_path: Path) -> None:
    result = runner.invoke(main, ["build", str(sample_path), "-f", "docx"])
    assert result.exit_code == 2


@pytest.mark.parametrize("args", [
    ["build"],                                  # missing INPUT
    ["build", "a.txt", "-f", "docx"],           # a choice that is not one
    ["build", "a.txt", "--sentences", "-1"],    # out of range
    ["build", "a.txt", "--no-such-option"],
    ["digest", "a.txt", "--date"],              # an option without its value
    ["no-such-command"],
])
def test_usage_errors_are_one_line(args: list[str]) -> None:
    """The option parser's errors read like every other error: one line, exit 2, pointing at --help."""
    done = subprocess.run([sys.executable, "-m", "briefing", *args], check=False, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("briefing: error: "), done.stderr
    assert "--help'" in done.stderr and "Traceback" not in done.stderr


def test_help_lists_each_command_uncut(runner: CliRunner) -> None:
    result = run(runner, "--help")
    commands = result.output.split("Commands:")[1]
    assert "..." not in commands and "…" not in commands
    for name in ("build", "digest", "schedule"):
        line = next(line for line in commands.splitlines() if line.strip().startswith(name))
        assert line.rstrip().endswith("."), line  # the whole short description, on one line


def test_every_error_class_is_a_briefing_error_with_its_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    """One hierarchy: each exception class of the package is a `BriefingError` (but `BlockedURL`, which
    only WeasyPrint sees), and `reports_errors` turns it into one line and its exit code."""
    import importlib
    import inspect
    import pkgutil

    import briefing
    from briefing.cli import EXIT_FAILED, EXIT_USAGE, reports_errors
    from briefing.errors import BriefingError, UsageError

    classes = set()
    for info in pkgutil.walk_packages(briefing.__path__, "briefing."):
        if info.name in ("briefing.__main__", "briefing.fonts", "briefing.templates"):
            continue
        module = importlib.import_module(info.name)
        classes |= {c for _, c in inspect.getmembers(module, inspect.isclass)
                    if issubclass(c, BaseException) and c.__module__ == info.name}
    assert {c.__name__ for c in classes} >= {"FetchError", "ConfigError", "StateLocked", "UsageError"}
    for cls in classes - {importlib.import_module("briefing.render.weasy").BlockedURL}:
        assert issubclass(cls, BriefingError), cls

        @reports_errors
        def fails() -> None:
            raise cls("a one-line reason")  # noqa: B023 - called right away

        with pytest.raises(SystemExit) as exited:
            fails()
        assert exited.value.code == (EXIT_USAGE if issubclass(cls, UsageError) else EXIT_FAILED), cls
        assert capsys.readouterr().err == "briefing: error: a one-line reason\n"
