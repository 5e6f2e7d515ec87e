"""Schedule: run the digests of a TOML config on cron expressions (`briefing schedule`).

The scheduling is APScheduler 3.x (`CronTrigger`), a maintained library, rather than croniter and a
loop of our own: it handles time zones and DST changes, coalesces runs missed while the machine was
asleep (within `MISFIRE_GRACE` seconds) into one, never runs a job twice at once, and keeps going
when a job raises. Digests run one at a time (a one-thread executor), so runs that share a state
file never meet its lock. Each run is logged (start, outputs, skipped inputs, failure); a failed run
is logged and the scheduler goes on to the next.

Config (paths are relative to the config file's folder)::

    state = "state.sqlite3"        # optional; default BRIEFING_STATE or the user data folder
    timezone = "Asia/Seoul"        # optional; the default for every digest

    [[digest]]
    name = "morning"               # output files: <output>/<name>-<date>.<ext>; the --since-last scope
    inputs = ["https://example.org/rss.xml", "feeds.opml", "news/"]
    cron = "0 7 * * *"             # minute hour day month weekday (six fields: seconds first)
    output = "output/"
    formats = ["pdf", "md"]
    since_last = true              # default true
    date = "yesterday"             # label: "today" (default), "yesterday" or YYYY-MM-DD
    budget = 300                   # optional: seconds of fetching, then digest what came
    mail_to = ["team@example.org"] # optional: also send it by e-mail (needs the [mail] table)
    mail_attach = ["pdf"]          # optional: formats attached to the e-mail

    [mail]                         # the SMTP server and sender of every digest with `mail_to`
    smtp = "smtp://127.0.0.1:25"   # smtp:// (STARTTLS when offered) or smtps://
    from = "브리핑 <briefing@example.org>"
    starttls = "auto"              # optional: "require" or "never"
    # the login only from BRIEFING_SMTP_USER / BRIEFING_SMTP_PASSWORD, never from this file
"""

from __future__ import annotations

import logging
import re
import threading
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from email.headerregistry import Address
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..errors import BriefingError, UsageError
from ..sources.ingest import is_url
from ..wording import count
from .job import FORMATS, DigestJob, DigestReport, run_digest
from .mail import (
    ATTACHABLE,
    MailSettings,
    credentials_from_env,
    parse_address,
    parse_smtp_url,
    timing_from_env,
)
from .merge import DEFAULT_TIMEZONE

LOG = logging.getLogger("briefing.schedule")

#: A run missed by up to this many seconds (machine asleep, scheduler busy) still happens, once.
MISFIRE_GRACE = 6 * 3600
_TOP_KEYS = {"state", "timezone", "digest", "template_dir", "mail"}
_DIGEST_KEYS = {"name", "inputs", "cron", "timezone", "output", "formats", "since_last", "date", "template_dir",
                "budget", "mail_to", "mail_attach"}
_MAIL_KEYS = {"smtp", "from", "starttls"}
#: Keys that would put the SMTP login in the file: refused, the login comes from the environment only.
_SECRET_KEYS = {"user", "username", "login", "password", "pass", "secret"}
_NAME = re.compile(r"^[\w][\w.-]{0,63}$")


class ConfigError(UsageError):
    """The config file is missing or wrong; the message names the file and the digest."""


@dataclass(slots=True)
class DigestConfig:
    """One `[[digest]]` of the config."""

    name: str
    inputs: list[str]
    cron: str
    timezone: str = DEFAULT_TIMEZONE
    output: str = "output/"
    formats: list[str] = field(default_factory=lambda: ["pdf"])
    since_last: bool = True
    date: str = "today"
    template_dir: str | None = None
    budget: float | None = None
    mail_to: tuple[Address, ...] = ()
    mail_attach: tuple[str, ...] = ()


@dataclass(slots=True)
class ScheduleConfig:
    """The whole config file."""

    path: Path
    digests: list[DigestConfig]
    state: str | None = None
    #: The `[mail]` table (server, sender; the login from the environment), without recipients.
    mail: MailSettings | None = None


@dataclass(slots=True)
class RunResult:
    """How one scheduled run went."""

    name: str
    ok: bool
    report: DigestReport | None = None
    error: str | None = None
    #: The run failed on something only the config (or its environment) can fix: exit code 2.
    config_error: bool = False


# --- config ------------------------------------------------------------------------------------------

def _resolve(base: Path, value: str) -> str:
    """A path relative to the config file's folder (URLs and absolute paths as they are)."""
    if is_url(value):
        return value
    path = Path(value).expanduser()
    resolved = str(path if path.is_absolute() else base / path)
    return resolved + ("/" if value.endswith("/") and not resolved.endswith("/") else "")


def cron_trigger(expression: str, timezone: str) -> Any:
    """An APScheduler `CronTrigger` for five fields (minute hour day month weekday) or six (seconds first)."""
    from apscheduler.triggers.cron import CronTrigger

    fields = expression.split()
    tz = ZoneInfo(timezone)
    if len(fields) == 6:
        second, minute, hour, day, month, weekday = fields
        return CronTrigger(second=second, minute=minute, hour=hour, day=day, month=month,
                           day_of_week=weekday, timezone=tz)
    return CronTrigger.from_crontab(expression, timezone=tz)


def _calendar_date(text: str) -> bool:
    """`2026-11-25`: a date written YYYY-MM-DD that the calendar has (not `2026-02-30`)."""
    import datetime as _dt

    if not re.match(r"^\d{4}-\d{2}-\d{2}$", text):
        return False
    try:
        _dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _str_list(value: Any, where: str, key: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: '{key}' must be a non-empty list of strings")
    return [v.strip() for v in value]


def _digest(raw: Any, index: int, top: dict[str, Any], path: Path) -> DigestConfig:
    where = f"{path}: [[digest]] #{index + 1}"
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: must be a table")
    name = raw.get("name", "digest" if index == 0 else f"digest{index + 1}")
    if not isinstance(name, str) or not _NAME.match(name):
        raise ConfigError(f"{where}: 'name' must be letters, digits, '-', '_' or '.' (it names the output files)")
    where = f"{path}: digest '{name}'"
    unknown = set(raw) - _DIGEST_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))} (known: {', '.join(sorted(_DIGEST_KEYS))})")
    if "inputs" not in raw or "cron" not in raw:
        raise ConfigError(f"{where}: needs 'inputs' and 'cron'")
    base = path.parent
    inputs = [_resolve(base, i) for i in _str_list(raw["inputs"], where, "inputs")]
    formats = _str_list(raw.get("formats", ["pdf"]), where, "formats")
    bad = [f for f in formats if f not in FORMATS]
    if bad:
        raise ConfigError(f"{where}: unknown format(s) {', '.join(bad)} (choose from {', '.join(FORMATS)})")
    timezone = raw.get("timezone", top.get("timezone", DEFAULT_TIMEZONE))
    try:
        ZoneInfo(str(timezone))
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"{where}: unknown time zone {timezone!r}") from None
    cron = raw["cron"]
    if not isinstance(cron, str):
        raise ConfigError(f"{where}: 'cron' must be a string such as \"0 7 * * *\"")
    try:
        cron_trigger(cron, str(timezone))
    except ValueError as exc:
        raise ConfigError(f"{where}: cron {cron!r} is not valid ({exc})") from None
    output = raw.get("output", "output/")
    if not isinstance(output, str) or output == "-":
        raise ConfigError(f"{where}: 'output' must be a folder")
    since_last = raw.get("since_last", True)
    if not isinstance(since_last, bool):
        raise ConfigError(f"{where}: 'since_last' must be true or false")
    date = str(raw.get("date", "today"))
    if date not in ("today", "yesterday") and not _calendar_date(date):
        raise ConfigError(f"{where}: 'date' must be \"today\", \"yesterday\" or a date YYYY-MM-DD")
    template_dir = raw.get("template_dir", top.get("template_dir"))
    budget = raw.get("budget")
    if budget is not None and (isinstance(budget, bool) or not isinstance(budget, (int, float)) or budget < 1):
        raise ConfigError(f"{where}: 'budget' must be a number of seconds, at least 1")
    mail_to, mail_attach = _recipients(raw, where, "mail" in top)
    return DigestConfig(name=name, inputs=inputs, cron=cron, timezone=str(timezone),
                        output=_resolve(base, output.rstrip("/") + "/"), formats=formats, since_last=since_last,
                        date=date, template_dir=_resolve(base, template_dir) if template_dir else None,
                        budget=float(budget) if budget is not None else None, mail_to=mail_to,
                        mail_attach=mail_attach)


def _recipients(raw: dict[str, Any], where: str, has_mail: bool) -> tuple[tuple[Address, ...], tuple[str, ...]]:
    """A digest's `mail_to` (checked addresses) and `mail_attach` (formats a mail can carry)."""
    if "mail_to" not in raw:
        if "mail_attach" in raw:
            raise ConfigError(f"{where}: 'mail_attach' needs 'mail_to'")
        return (), ()
    if not has_mail:
        raise ConfigError(f"{where}: 'mail_to' needs a [mail] table with 'smtp' and 'from'")
    try:
        to = tuple(parse_address(a) for a in _str_list(raw["mail_to"], where, "mail_to"))
    except ValueError as exc:
        raise ConfigError(f"{where}: mail_to {exc}") from None
    attach = _str_list(raw["mail_attach"], where, "mail_attach") if "mail_attach" in raw else []
    bad = [f for f in attach if f not in ATTACHABLE]
    if bad:
        raise ConfigError(f"{where}: cannot attach {', '.join(bad)} (mail_attach: choose from {', '.join(ATTACHABLE)})")
    return to, tuple(dict.fromkeys(attach))


def _mail(raw: Any, path: Path) -> MailSettings:
    """The `[mail]` table: the server and the sender; the login from the environment, never the file."""
    where = f"{path}: [mail]"
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: must be a table")
    secrets = set(raw) & _SECRET_KEYS
    if secrets:
        raise ConfigError(f"{where}: '{min(secrets)}' must not be in the config file; set "
                          "BRIEFING_SMTP_USER and BRIEFING_SMTP_PASSWORD in the environment instead")
    unknown = set(raw) - _MAIL_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))} (known: {', '.join(sorted(_MAIL_KEYS))})")
    if "smtp" not in raw or "from" not in raw:
        raise ConfigError(f"{where}: needs 'smtp' (smtp://host:port or smtps://host:port) and 'from'")
    try:
        server = parse_smtp_url(raw["smtp"], str(raw.get("starttls", "auto")))
        sender = parse_address(raw["from"])
        credentials = credentials_from_env()
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}") from None
    timeout, backoff = timing_from_env()
    return MailSettings(sender=sender, server=server, credentials=credentials, timeout=timeout, backoff=backoff)


def load_config(path: str | Path) -> ScheduleConfig:
    """Read and check a config file; every problem is a `ConfigError` that names the file and digest."""
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file (see examples/briefing.toml)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    unknown = set(raw) - _TOP_KEYS
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) {', '.join(sorted(unknown))} (known: {', '.join(sorted(_TOP_KEYS))})")
    digests_raw = raw.get("digest")
    if not isinstance(digests_raw, list) or not digests_raw:
        raise ConfigError(f"{path}: no [[digest]] tables")
    mail = _mail(raw["mail"], path) if "mail" in raw else None
    digests = [_digest(d, i, raw, path) for i, d in enumerate(digests_raw)]
    names = [d.name for d in digests]
    if len(set(names)) != len(names):
        raise ConfigError(f"{path}: digest names must be unique")
    state = raw.get("state")
    if state is not None and not isinstance(state, str):
        raise ConfigError(f"{path}: 'state' must be a path")
    return ScheduleConfig(path=path, digests=digests, state=_resolve(path.parent, state) if state else None,
                          mail=mail)


# --- running -----------------------------------------------------------------------------------------

class _StderrHandler(logging.StreamHandler):
    """The handler `log_to` installs (so that installing it again replaces it)."""


def log_to(stream: Any, level: int = logging.INFO) -> None:
    """Send the `briefing` loggers' records (and APScheduler's warnings) to `stream`, one line each
    with a timestamp: what `briefing schedule` shows, whatever the root logger is set up to do."""
    handler = _StderrHandler(stream)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for name, lvl in (("briefing", level), ("apscheduler", logging.WARNING)):
        logger = logging.getLogger(name)
        for old in [h for h in logger.handlers if isinstance(h, _StderrHandler)]:
            logger.removeHandler(old)
        logger.addHandler(handler)
        logger.setLevel(lvl)
        logger.propagate = False


def job_for(dc: DigestConfig, config: ScheduleConfig) -> DigestJob:
    """The digest job one configured digest runs."""
    mail = None
    if config.mail is not None and dc.mail_to:
        mail = replace(config.mail, to=dc.mail_to, attach=dc.mail_attach, where=f"{config.path}: digest '{dc.name}'")
    return DigestJob(inputs=list(dc.inputs), formats=list(dc.formats), output=dc.output, date=dc.date,
                     since_last=dc.since_last, state=config.state, scope=dc.name, name=dc.name,
                     template_dir=dc.template_dir, timezone=dc.timezone, budget=dc.budget, mail=mail)


def run_one(dc: DigestConfig, config: ScheduleConfig) -> RunResult:
    """Run one configured digest now; log how it went; never raise (the scheduler must go on)."""
    LOG.info("%s: run started (%s)", dc.name, count(len(dc.inputs), "input"))
    try:
        report = run_digest(job_for(dc, config))
    except BriefingError as exc:
        LOG.error("%s: run failed: %s", dc.name, exc)
        return RunResult(dc.name, False, error=str(exc), config_error=isinstance(exc, UsageError))
    except Exception as exc:
        LOG.exception("%s: run failed (%s)", dc.name, type(exc).__name__)
        return RunResult(dc.name, False, error=f"{type(exc).__name__}: {exc}")
    for note in report.notes:
        LOG.warning("%s: %s", dc.name, note)
    for item in report.skipped:
        LOG.warning("%s: skipped %s: %s", dc.name, item.path, item.error)
    if report.nothing_new:
        LOG.info("%s: nothing new since the last digest (%s already digested); no output", dc.name,
                 count(report.already_digested, "article"))
    else:
        d = report.digest
        if report.mailed_to:
            LOG.info("%s: sent %s to %s", dc.name, report.message_id, ", ".join(report.mailed_to))
        LOG.info("%s: wrote %s (%s, %s, %d skipped)", dc.name, ", ".join(str(p) for p in report.written),
                 count(len(d.articles) if d else 0, "article"), count(len(d.stories) if d else 0, "story"),
                 len(report.skipped))
    return RunResult(dc.name, True, report=report)


def run_all(config: ScheduleConfig) -> list[RunResult]:
    """Run every configured digest once, now, one after another (`briefing schedule --once`)."""
    return [run_one(dc, config) for dc in config.digests]


def build_scheduler(config: ScheduleConfig, *, blocking: bool = True,
                    on_run: Callable[[RunResult], None] | None = None,
                    stopping: threading.Event | None = None) -> Any:
    """An APScheduler scheduler with one cron job per configured digest (not started). Once
    `stopping` is set, runs that were due are not started."""
    from apscheduler.executors.pool import ThreadPoolExecutor
    from apscheduler.schedulers.background import BackgroundScheduler
    from apscheduler.schedulers.blocking import BlockingScheduler

    cls = BlockingScheduler if blocking else BackgroundScheduler
    scheduler = cls(executors={"default": ThreadPoolExecutor(1)},
                    job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": MISFIRE_GRACE},
                    timezone=ZoneInfo(DEFAULT_TIMEZONE))

    def make_job(dc: DigestConfig) -> Callable[[], None]:
        def job() -> None:
            if stopping is not None and stopping.is_set():
                LOG.info("%s: not started: stopping", dc.name)
                return
            result = run_one(dc, config)
            if on_run:
                on_run(result)
        return job

    for dc in config.digests:
        scheduler.add_job(make_job(dc), cron_trigger(dc.cron, dc.timezone), id=dc.name, name=dc.name)
    return scheduler


def serve(config: ScheduleConfig, *, stop: threading.Event | None = None) -> None:
    """Run the schedule until interrupted (Ctrl-C, SIGTERM) or until `stop` is set. A run in progress
    is finished (or, if the process is killed, safely re-done by the next run); none is started after."""
    import signal
    from datetime import datetime

    stopping = threading.Event()
    scheduler = build_scheduler(config, blocking=stop is None, stopping=stopping)
    for dc in config.digests:
        trigger = cron_trigger(dc.cron, dc.timezone)
        LOG.info("%s: cron '%s' (%s); inputs %s; output %s as %s", dc.name, dc.cron, dc.timezone,
                 ", ".join(dc.inputs), dc.output, "+".join(dc.formats))
        nxt = trigger.get_next_fire_time(None, datetime.now(ZoneInfo(dc.timezone)))
        LOG.info("%s: next run %s", dc.name, nxt.isoformat() if nxt else "never")
    if stop is not None:
        scheduler.start()
        try:
            stop.wait()
        finally:
            stopping.set()
            scheduler.shutdown(wait=True)
        return

    def on_term(signum: int, frame: Any) -> None:
        LOG.info("stopping (signal %d)", signum)
        stopping.set()
        scheduler.shutdown(wait=False)

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, on_term)
    try:
        scheduler.start()
    except (KeyboardInterrupt, SystemExit):
        stopping.set()
        LOG.info("stopped")
