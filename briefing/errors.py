"""The project's own error types: everything a user can cause ends in one of these.

One hierarchy under `BriefingError`; the CLI (`cli.reports_errors`) prints any of them as one line
and exits with 2 for a `UsageError`, 1 for the others:

    BriefingError
    ├── InputError                       an input cannot be read or is not an article
    │   └── sources.fetch.FetchError     a URL could not be fetched
    ├── RenderError                      an output cannot be produced or written
    ├── UsageError                       options that cannot work together (exit code 2)
    │   ├── digest.schedule.ConfigError  the schedule's config file is missing or wrong
    │   └── digest.mail.MailConfigError  sending cannot work as set up (login asked for, TLS missing)
    ├── digest.mail.MailError            the SMTP server did not accept the digest
    └── digest.state.StateError          the `--since-last` state file cannot be used
        └── digest.state.StateLocked     another run holds its lock

The classes in stage modules are raised by that stage alone and live there; code that does not care
which stage failed catches a class of this module.
"""

import math
import os


class BriefingError(Exception):
    """Base class: a problem with the input or the environment, reported as one line."""


class InputError(BriefingError):
    """An input could not be read or is not an article (missing, empty, binary, malformed)."""


class RenderError(BriefingError):
    """An output could not be produced or written."""


class UsageError(BriefingError):
    """The options cannot work together (exit code 2): `-f pdf -o -` for several articles, an output
    path that is an input, an unknown format."""


def env_number(name: str, *, whole: bool = False, least: float | None = None) -> float | None:
    """The number environment variable `name` holds, None when it is unset or empty. A value that is
    no finite number, not whole where `whole`, or below `least` (above 0 when `least` is None) is a
    `UsageError` naming the variable: a mistyped setting is said, not ignored."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    ok = math.isfinite(value) and (not whole or value.is_integer()) \
        and (value > 0 if least is None else value >= least)
    if not ok:
        kind = "a whole number" if whole else "a number"
        bound = "above 0" if least is None else f"of at least {least:g}"
        raise UsageError(f"{name}={raw!r}: expected {kind} {bound}")
    return value
