"""Batch: the `build` job as a library call — read inputs, build briefings, render, write."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .compose import build_briefings
from .errors import BriefingError, InputError, UsageError
from .models import Article, Briefing
from .render.output import (
    OutputPlan,
    check_not_input,
    per_article_paths,
    plan_output,
    write_atomic,
    write_stdout,
)
from .sources.inputs import read_inputs

FORMATS = ("pdf", "html", "md", "json")


@dataclass
class Skipped:
    """An input that could not be used, and why (one line).

    `error` is the reason alone (`HTTP 404 Not Found`): the messages that explain a failure start with
    the input's name (`http://…/a.html: HTTP 404 Not Found`), and every place that shows a skipped input
    puts its `path` first, so a leading `<path>: ` is taken off here rather than shown twice. `str()`
    gives the one line that names it once: `http://…/a.html: HTTP 404 Not Found`.
    """

    path: str
    error: str

    def __post_init__(self) -> None:
        prefix = f"{self.path}: "
        if self.error.startswith(prefix) and len(self.error) > len(prefix):
            self.error = self.error[len(prefix):]

    def __str__(self) -> str:
        return f"{self.path}: {self.error}"


@dataclass
class BuildReport:
    """What a build did: files written (or stdout), and inputs skipped."""

    written: list[Path] = field(default_factory=list)
    stdout: bool = False
    skipped: list[Skipped] = field(default_factory=list)
    briefings: list[Briefing] = field(default_factory=list)


def load_articles(inputs: list[str]) -> tuple[list[Article], list[Skipped]]:
    """Read every input (folders expanded, URLs and feeds fetched); bad ones are skipped, not fatal."""
    articles, skipped = read_inputs(inputs)
    return articles, [Skipped(p, e) for p, e in skipped]


def render_briefing(b: Briefing, fmt: str, template_dir: str | Path | None = None) -> bytes | str:
    """One briefing in one format (PDF as bytes, the others as text)."""
    from .render import briefing as render

    if fmt == "json":
        return render.to_json_line(b)
    if fmt == "md":
        return render.to_markdown(b, template_dir)
    from .render import pdf

    if fmt == "html":
        return pdf.portable_html(pdf.render_html(b, template_dir))  # the font embedded: works anywhere
    if fmt == "pdf":
        return pdf.render_pdf(b, template_dir)
    raise UsageError(f"unknown format {fmt!r}")


def build(inputs: list[str], *, fmt: str = "pdf", output: str | None = None,
          sentences: int | None = None, template_dir: str | Path | None = None) -> BuildReport:
    """Build briefings for `inputs` and write them as `fmt` to `output` (see ARCHITECTURE.md).

    `sentences=None`: three key sentences in JSON and Markdown, as many as fit in a PDF.
    Raises `InputError` when no input could be read; otherwise returns a report whose `skipped` lists
    the inputs that were left out.
    """
    from .render import briefing as render

    articles, skipped = load_articles(inputs)
    report = BuildReport(skipped=skipped)
    if not articles:
        reasons = "; ".join(str(s) for s in skipped) or "no inputs"
        raise InputError(f"nothing to build: {reasons}")
    plan: OutputPlan = plan_output(output, fmt, len(articles))
    if plan.single is not None:
        check_not_input(plan.single, inputs)
    paths = [] if plan.folder is None else per_article_paths(plan.folder, [a.stem for a in articles], fmt, inputs)
    for path in paths:  # before any work
        check_not_input(path, inputs)
    briefings = build_briefings(articles, sentences=sentences)
    report.briefings = briefings
    if plan.stdout or plan.single:
        if fmt == "json":
            data: bytes | str = "".join(render.to_json_line(b) for b in briefings)
        elif fmt == "md":
            data = render.markdown_many(briefings, template_dir)
        else:
            data = render_briefing(briefings[0], fmt, template_dir)
        if plan.stdout:
            write_stdout(data)
            report.stdout = True
        else:
            assert plan.single is not None
            write_atomic(plan.single, data)
            report.written.append(plan.single)
        return report
    for b, path in zip(briefings, paths):
        try:
            write_atomic(path, render_briefing(b, fmt, template_dir))
            report.written.append(path)
        except BriefingError as exc:
            report.skipped.append(Skipped(b.article.path, str(exc)))
    return report
