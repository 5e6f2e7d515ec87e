"""The `briefing` command line: parses options, calls the library, maps errors to exit codes.

Exit codes: 0 everything done; 1 nothing could be done; 2 usage error; 3 partial (some inputs
skipped, each named on stderr).
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

import click

from .errors import BriefingError, UsageError
from .version import __version__
from .wording import count

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


def fail(message: str, code: int = EXIT_FAILED) -> None:
    """Print one line on stderr and exit with `code`."""
    click.echo(f"briefing: error: {message}", err=True)
    sys.exit(code)


def reports_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the project's errors (and anything unexpected) into one line and an exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except UsageError as exc:
            fail(str(exc), EXIT_USAGE)
        except BriefingError as exc:
            fail(str(exc), EXIT_FAILED)
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except BrokenPipeError:
            sys.exit(EXIT_FAILED)
        except click.exceptions.Exit:
            raise
        except (click.ClickException, click.Abort):
            raise
        except Exception as exc:
            if os.environ.get("BRIEFING_DEBUG"):
                raise
            fail(f"internal error ({type(exc).__name__}: {exc}); set BRIEFING_DEBUG=1 for details")

    return wrapper


def report_skipped(skipped: list[Any]) -> None:
    """Name each skipped input on stderr."""
    for item in skipped:
        click.echo(f"briefing: skipped {item.path}: {item.error}", err=True)


class OneLineErrors(click.Group):
    """A click group whose usage errors are one line (`briefing: error: …`, exit 2), like every other
    error of the command; `briefing` alone still shows the help."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True, **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            result = super().main(args, prog_name, complete_var, False, **extra)
        except click.exceptions.NoArgsIsHelpError as exc:
            exc.show()
            sys.exit(EXIT_USAGE)
        except click.UsageError as exc:
            where = exc.ctx.command_path if exc.ctx else "briefing"
            fail(f"{exc.format_message().rstrip('.')} (see '{where} --help')", EXIT_USAGE)
        except click.ClickException as exc:
            fail(exc.format_message(), exc.exit_code)
        except click.Abort:
            fail("aborted", EXIT_FAILED)
        sys.exit(result if isinstance(result, int) else EXIT_OK)


# --- shared options -------------------------------------------------------------------------------

def format_option(choices: tuple[str, ...], default: str) -> Callable[[Any], Any]:
    return click.option("-f", "--format", "fmt", type=click.Choice(choices), default=default, show_default=True,
                        help="Output format.")


def output_option(each: str) -> Callable[[Any], Any]:
    """`-o`: `each` is what a folder gets (one file per article, or the digest's dated file)."""
    return click.option(
        "-o", "--output", metavar="PATH|-", default=None,
        help=f"'-' for stdout; a folder (existing, or ending in '/') for {each}; else one file. "
             "Default: output/ under the current folder.")


def template_dir_option(names: str) -> Callable[[Any], Any]:
    return click.option(
        "--template-dir", type=click.Path(exists=True, file_okay=False), default=None,
        help=f"Folder with templates that override the packaged ones ({names}, …).")


@click.group(cls=OneLineErrors, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="briefing")
def main() -> None:
    """Korean news articles into briefings: key sentences, who said what, PDF / Markdown / JSON.

    \b
    Examples:
      briefing build seeds/ai-global-cooperation-meeting.txt
      briefing build seeds/ -f json -o -
    """


@main.command(short_help="One briefing per article, folder, URL or feed.")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@format_option(("pdf", "html", "md", "json"), "pdf")
@output_option("one file per article")
@click.option("--sentences", "-n", type=click.IntRange(0, 50), default=None,
              help="Exact number of key sentences. Default: 3 in Markdown and JSON; in a PDF, as many as fit.")
@template_dir_option("briefing.md.j2, briefing.html.j2")
@reports_errors
def build(inputs: tuple[str, ...], fmt: str, output: str | None, sentences: int | None, template_dir: str | None) -> None:
    """Make a briefing of each INPUT (an article file, a folder of them, a URL or a feed).

    \b
    Examples:
      briefing build seeds/ai-global-cooperation-meeting.txt            # -> output/<stem>.pdf
      briefing build seeds/ai-global-cooperation-meeting.txt -f md -o -
      briefing build seeds/ -f json -o -                                # JSON Lines, one per article
      briefing build a.txt b.txt -f pdf -o briefings/
    """
    from .batch import build as run_build

    report = run_build(list(inputs), fmt=fmt, output=output, sentences=sentences, template_dir=template_dir)
    report_skipped(report.skipped)
    for path in report.written:
        click.echo(f"wrote {path}", err=True)
    if report.skipped:
        sys.exit(EXIT_PARTIAL if (report.written or report.stdout) else EXIT_FAILED)


# --- digest and schedule ----------------------------------------------------------------------------

@main.command(short_help="One digest of many articles, merged across outlets.")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--date", metavar="YYYY-MM-DD", default=None,
              help="The digest's date (title and default file name); default: today in Asia/Seoul.")
@click.option("--since-last", is_flag=True,
              help="Only articles not in an earlier --since-last digest; marks them once the output is written "
                   "(and the e-mail accepted).")
@click.option("--state", "state_path", metavar="PATH", default=None,
              help="State file for --since-last (default: BRIEFING_STATE, else the user data folder).")
@click.option("--budget", metavar="SECONDS", type=click.FloatRange(min=1), default=None,
              help="Stop fetching after this long and digest what came (the rest is reported as skipped; "
                   "default: BRIEFING_RUN_BUDGET, else none).")
@format_option(("pdf", "html", "md", "json", "eml"), "pdf")
@output_option("digest-<date>.<format> in it")
@template_dir_option("digest.md.j2, digest.html.j2, digest-mail.html.j2")
@click.option("--mail-to", "mail_to", metavar="ADDR", multiple=True,
              help="Also send the digest as one e-mail to ADDR (repeat for more) through BRIEFING_SMTP_URL, from "
                   "BRIEFING_MAIL_FROM; with --since-last its articles are marked only once the server took it.")
@click.option("--mail-attach", "mail_attach", type=click.Choice(("pdf", "html", "md", "json")), multiple=True,
              help="Attach the digest in this format to the e-mail (repeatable).")
@reports_errors
def digest(inputs: tuple[str, ...], date: str | None, since_last: bool, state_path: str | None, budget: float | None,
           fmt: str, output: str | None, template_dir: str | None, mail_to: tuple[str, ...],
           mail_attach: tuple[str, ...]) -> None:
    """Make one digest of many articles: stories merged across outlets, who said what across them.

    INPUT is an article file, a folder of them, a URL (a news page or a feed), an RSS/Atom feed file
    or an OPML list of feeds. Default output: output/digest-<date>.<ext>; -o DIR/ puts that name in DIR.
    -f eml writes the e-mail (RFC 5322) that --mail-to sends.

    \b
    Examples:
      briefing digest news/2026-11-25/ -o output/digest-2026-11-25.pdf
      briefing digest https://example.org/rss.xml feeds.opml --since-last -f md -o -
      briefing digest news/ -f json -o -
      briefing digest feeds.opml --since-last --mail-to team@example.org --mail-attach pdf
    """
    from .digest.job import DigestJob, run_digest
    from .digest.mail import mail_from_env
    from .progress import ProgressReporter

    mail = mail_from_env(mail_to, mail_attach, preview=fmt == "eml")
    job = DigestJob(list(inputs), formats=[fmt], output=output, date=date, since_last=since_last,
                    state=state_path, template_dir=template_dir, budget=budget, mail=mail)
    progress = ProgressReporter()
    try:
        report = run_digest(job, progress=progress)
    finally:
        progress.close()
    for note in report.notes:
        click.echo(f"briefing: {note}", err=True)
    report_skipped(report.skipped)
    if report.nothing_new:
        click.echo(f"briefing: nothing new since the last digest ({count(report.already_digested, 'article')} "
                   "already digested); no output written", err=True)
    if report.mailed_to:
        click.echo(f"sent {report.message_id} to {', '.join(report.mailed_to)}", err=True)
    for path in report.written:
        click.echo(f"wrote {path}", err=True)
    if report.skipped:
        sys.exit(EXIT_PARTIAL)


@main.command(short_help="Run the digests of a config file on their cron schedules.")
@click.option("--config", "config_path", metavar="FILE", default="briefing.toml", show_default=True,
              help="TOML file with the [[digest]] tables to run (see examples/briefing.toml).")
@click.option("--once", is_flag=True, help="Run every configured digest now, once, and exit.")
@reports_errors
def schedule(config_path: str, once: bool) -> None:
    """Run the digests of a config file on their cron schedules (long-running; logs to stderr).

    \b
    Examples:
      briefing schedule --config briefing.toml
      briefing schedule --config briefing.toml --once     # every digest now, then exit
    """
    from .digest.schedule import load_config, log_to, run_all, serve

    log_to(sys.stderr)
    config = load_config(config_path)
    if not once:
        serve(config)
        return
    results = run_all(config)
    failed = [r for r in results if not r.ok]
    partial = [r for r in results if r.ok and r.report is not None and r.report.skipped]
    if any(r.config_error for r in failed):
        sys.exit(EXIT_USAGE)  # e.g. the server asks for a login the environment does not give
    if failed:
        sys.exit(EXIT_FAILED if len(failed) == len(results) else EXIT_PARTIAL)
    if partial:
        sys.exit(EXIT_PARTIAL)
