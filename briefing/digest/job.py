"""The digest job as one library call: read inputs, keep the new ones, build, write, record.

`run_digest(DigestJob(...))` is what `briefing digest` and each scheduled run do:

1. With state (`since_last`, or a state path given): lock the state file, settle any digest an
   interrupted run left pending (`State.recover`).
2. Read every input: files and folders here, URLs, feeds and OPML lists through `sources` (feed
   entries already digested are not even fetched). Bad inputs are skipped, each with one line.
3. `--since-last`: keep the articles not yet in a digest of this scope. Nothing new: no output.
4. Build the digest, render every format in memory (and the e-mail, when mailing), record the digest
   as pending with the hash of each output, send the e-mail (`mail.py`: retried; when it is not
   accepted the pending digest is dropped and nothing is written), write the outputs atomically, then
   mark the digest done and its articles digested in one transaction (see `state.py` for why a kill
   at any point loses nothing; a kill after the server accepted the mail may send it again, never lose it).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from ..batch import Skipped
from ..errors import InputError, UsageError
from ..models import Article
from ..render.output import check_not_input, write_atomic, write_stdout
from ..sources.inputs import read_inputs
from .mail import PREVIEW_SENDER, MailSettings, build_message, message_bytes, parse_address, send_message
from .merge import DEFAULT_TIMEZONE, Digest, build_digest
from .state import DEFAULT_SCOPE, State, article_key, guid_key

LOG = logging.getLogger("briefing.digest")

FORMATS = ("pdf", "html", "md", "json", "eml")
EXTENSIONS = {"pdf": "pdf", "html": "html", "md": "md", "json": "json", "eml": "eml"}

#: progress(stage, done, total): stages are "fetch" (feed entries) and "analyse" (articles).
Progress = Callable[[str, int, int], None]


@dataclass(slots=True)
class DigestJob:
    """What one digest run does (the command line's options, or one `[[digest]]` of the config)."""

    inputs: list[str]
    formats: list[str] = field(default_factory=lambda: ["pdf"])
    #: `-` for stdout, a file (one format), a folder (`<name>-<date>.<ext>` in it), or None: `output/`.
    output: str | None = None
    date: str | None = None
    since_last: bool = False
    #: The state file; None with `since_last` means the default (`state.default_state_path`).
    state: str | Path | None = None
    scope: str = DEFAULT_SCOPE
    name: str = "digest"
    template_dir: str | Path | None = None
    timezone: str = DEFAULT_TIMEZONE
    #: Seconds the fetching may take in all (`FetchOptions.budget`); None: BRIEFING_RUN_BUDGET, else none.
    budget: float | None = None
    #: The e-mail: sent when it has a server and recipients; also what `eml` writes.
    mail: MailSettings | None = None

    @property
    def uses_state(self) -> bool:
        """Whether the run reads and records the state file (`since_last`, or a state file given)."""
        return self.since_last or self.state is not None


@dataclass(slots=True)
class DigestReport:
    """What a run did."""

    written: list[Path] = field(default_factory=list)
    stdout: bool = False
    skipped: list[Skipped] = field(default_factory=list)
    digest: Digest | None = None
    nothing_new: bool = False
    #: Articles read, and how many of them were left out as already digested.
    read: int = 0
    already_digested: int = 0
    notes: list[str] = field(default_factory=list)
    digest_id: int | None = None
    #: The recipients the SMTP server accepted the digest for, and the message's Message-ID.
    mailed_to: list[str] = field(default_factory=list)
    message_id: str | None = None


def load_inputs(inputs: list[str], *, skip_guid: Callable[[str], bool] | None = None,
                progress: Progress | None = None, budget: float | None = None) -> tuple[list[Article], list[Skipped]]:
    """Read every input: files and folders directly, URLs/feeds/OPML through `sources.load_sources`."""
    report = (lambda done, total: progress("fetch", done, total)) if progress else None
    articles, skipped = read_inputs(inputs, skip_guid=skip_guid, progress=report, budget=budget)
    return articles, [Skipped(p, e) for p, e in skipped]


def digest_date(job: DigestJob) -> str:
    """The digest's date: `job.date` (YYYY-MM-DD, or `today`/`yesterday`), in the job's time zone."""
    today = _dt.datetime.now(ZoneInfo(job.timezone)).date()
    if job.date in (None, "", "today"):
        return today.isoformat()
    if job.date == "yesterday":
        return (today - _dt.timedelta(days=1)).isoformat()
    try:
        return _dt.date.fromisoformat(str(job.date)).isoformat()
    except ValueError:
        raise UsageError(f"--date {job.date!r}: expected YYYY-MM-DD, 'today' or 'yesterday'") from None


def plan_paths(job: DigestJob, date: str) -> list[Path] | None:
    """Where each format goes; None for stdout. A derived name (folder or default) never replaces an
    earlier digest in since-last mode: `-2`, `-3` … are added, the same for every format."""
    for fmt in job.formats:
        if fmt not in FORMATS:
            raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if job.output == "":
        raise UsageError("-o '': an empty path (give a file, a folder, or '-' for stdout)")
    if job.output == "-":
        if len(job.formats) != 1:
            raise UsageError("only one format can go to stdout")
        return None
    if job.output is not None and not (job.output.endswith(("/", "\\")) or Path(job.output).is_dir()):
        if len(job.formats) != 1:
            raise UsageError(f"{job.output}: several formats need an output folder, not a file")
        return [Path(job.output)]
    folder = Path(job.output) if job.output is not None else Path("output")
    stem = f"{job.name}-{date}"
    n = 1
    while True:
        name = stem if n == 1 else f"{stem}-{n}"
        paths = [folder / f"{name}.{EXTENSIONS[f]}" for f in job.formats]
        if not job.since_last or not any(p.exists() for p in paths):
            return paths
        n += 1


def _render(d: Digest, fmt: str, template_dir: str | Path | None) -> bytes:
    from .render import render_digest

    data = render_digest(d, fmt, template_dir)
    return data.encode("utf-8") if isinstance(data, str) else data


def render_outputs(job: DigestJob, d: Digest) -> tuple[dict[str, bytes], str | None]:
    """Every format the job writes or attaches, in memory: `eml` is the e-mail, built once, so the file
    is byte for byte the message sent. Also the message's Message-ID (None when there is no message)."""
    mail = job.mail
    if mail is None and "eml" in job.formats:
        mail = MailSettings(sender=parse_address(PREVIEW_SENDER))
    needed = [f for f in dict.fromkeys([*job.formats, *(mail.attach if mail else ())]) if f != "eml"]
    rendered = {fmt: _render(d, fmt, job.template_dir) for fmt in needed}
    if mail is None or not (mail.sends or "eml" in job.formats):
        return rendered, None
    msg = build_message(d, mail, name=job.name, attachments=rendered, template_dir=job.template_dir)
    rendered["eml"] = message_bytes(msg)
    return rendered, str(msg["Message-ID"])


def run_digest(job: DigestJob, *, progress: Progress | None = None) -> DigestReport:
    """Run one digest job (see the module docstring). Raises `InputError` when no input could be read,
    `StateLocked` when another run holds the state, `UsageError` for impossible options."""
    date = digest_date(job)
    for path in plan_paths(job, date) or []:  # usage errors before any work
        check_not_input(path, job.inputs)
    state = State(job.state).open() if job.uses_state else None
    try:
        return _run(job, date, state, progress)
    finally:
        if state is not None:
            state.close()


def _run(job: DigestJob, date: str, state: State | None, progress: Progress | None) -> DigestReport:
    report = DigestReport()
    if state is not None:
        report.notes += state.recover()
    skip_guid = None
    passed_over = 0  # feed entries not fetched because they are already digested
    if state is not None and job.since_last:
        def skip_guid(guid: str) -> bool:
            nonlocal passed_over
            seen = state.is_digested(guid_key(guid), job.scope)
            passed_over += seen
            return seen

    articles, report.skipped = load_inputs(job.inputs, skip_guid=skip_guid, progress=progress, budget=job.budget)
    report.read = len(articles) + passed_over
    if not articles and not passed_over:
        reasons = "; ".join(str(s) for s in report.skipped[:3]) or "no articles in the inputs"
        raise InputError(f"nothing to digest: {reasons}" + (" …" if len(report.skipped) > 3 else ""))
    if state is not None:
        state.record_seen(articles)
    report.already_digested = passed_over
    if state is not None and job.since_last:
        done = state.digested_keys([article_key(a) for a in articles], job.scope)
        fresh = [a for a in articles if article_key(a) not in done]
        report.already_digested += len(articles) - len(fresh)
        articles = fresh
    if not articles:
        report.nothing_new = True
        return report

    def analysed(done: int, total: int) -> None:
        if progress:
            progress("analyse", done, total)

    d = build_digest(articles, date=date, skipped=report.skipped, progress=analysed)
    report.digest = d
    report.skipped = list(d.skipped)
    paths = plan_paths(job, date)
    if paths is not None:
        for path in paths:
            check_not_input(path, job.inputs)
    _deliver(job, d, date, paths, state, report)
    return report


def _deliver(job: DigestJob, d: Digest, date: str, paths: list[Path] | None, state: State | None,
             report: DigestReport) -> None:
    """Render, record as pending, send the mail, write the outputs, record as done: in that order."""
    rendered, report.message_id = render_outputs(job, d)
    outputs = [rendered[fmt] for fmt in job.formats]
    digested = [article_key(a) for a in d.articles]
    digest_id = None
    if state is not None:
        recorded = [(str(p.resolve()), hashlib.sha256(data).hexdigest()) for p, data in zip(paths, outputs)] if paths \
            else [("-", None)]
        digest_id = state.begin_digest(scope=job.scope, date=date, keys=digested, outputs=recorded,
                                       stories=len(d.stories), skipped=[(s.path, s.error) for s in d.skipped])
    try:
        if job.mail is not None and job.mail.sends:
            sent = send_message(rendered["eml"], job.mail)
            report.mailed_to = sent.accepted
            report.notes += [f"the server refused the digest for {a}: {why}" for a, why in sent.refused.items()]
        if paths is None:
            write_stdout(outputs[0])
            report.stdout = True
        else:
            for path, data in zip(paths, outputs):
                write_atomic(path, data)
                report.written.append(path)
    except BaseException:
        if state is not None and digest_id is not None and not report.written:
            state.abandon_digest(digest_id)  # not sent, nothing written: forget it now rather than next run
        raise
    if state is not None and digest_id is not None:
        state.finish_digest(digest_id)
        report.digest_id = digest_id
