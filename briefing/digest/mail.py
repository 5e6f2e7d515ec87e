"""Mail: a digest as one e-mail (plain text, HTML for mail clients, attachments), sent over SMTP.

The message is `multipart/alternative` — the Markdown digest as `text/plain` and `digest-mail.html.j2`
as `text/html` (inline styles, one column, no stylesheet, font, image or any other resource a mail
client would fetch) — wrapped in `multipart/mixed` when formats are attached. It is built with
`email.message.EmailMessage` and the `SMTP` policy, so headers are never strings glued together:
Korean in the subject or a display name is RFC 2047 encoded, and a line break in untrusted text cannot
start a header of its own.

Sending is `smtplib` (smtp:// with STARTTLS when offered, or required; smtps://; AUTH from
BRIEFING_SMTP_USER / BRIEFING_SMTP_PASSWORD only). Every connection has a timeout. A send that fails
for a reason that may pass (no connection, a timeout, a 4xx answer) is tried `attempts` times with a
doubling back-off; a refusal that will not pass (5xx, a failed login) stops at once. Either way the
caller gets one `MailError` line and has marked nothing: `job.py` marks the articles of a digest as
digested only after `send_message` has returned, i.e. after the server accepted the message.

The standard library does all of it, so mail adds no runtime dependency.
"""

from __future__ import annotations

import datetime as _dt
import ipaddress
import os
import re
import smtplib
import socket
import ssl
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, getaddresses, make_msgid
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..errors import BriefingError, UsageError
from .merge import Digest

MAIL_TEMPLATE = "digest-mail.html.j2"
#: Formats a mail can carry as attachments, with their MIME types.
ATTACHABLE = {"pdf": ("application", "pdf"), "html": ("text", "html"), "md": ("text", "markdown"),
              "json": ("application", "json")}
STARTTLS_MODES = ("auto", "require", "never")
DEFAULT_PORTS = {"smtp": 25, "smtps": 465}
ATTEMPTS = 3
#: From: of a message only previewed (`-f eml` without BRIEFING_MAIL_FROM).
PREVIEW_SENDER = "briefing@localhost"
_ADDR_SPEC = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@(localhost|[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class MailError(BriefingError):
    """The digest could not be sent (exit code 1); its articles stay for the next run."""


class MailConfigError(UsageError):
    """Sending cannot work as configured (exit code 2): the server asks for a password none was given
    for, requires TLS it does not offer, or would see the password unencrypted."""


# --- settings ------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class SmtpServer:
    """Where the mail goes: `smtp://host:port` (STARTTLS per `starttls`) or `smtps://host:port`."""

    scheme: str
    host: str
    port: int
    starttls: str = "auto"

    @property
    def url(self) -> str:
        """The server as a URL (never with credentials: they are not part of it)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}"

    @property
    def local(self) -> bool:
        """Whether the server is on this machine (a password may then go without TLS)."""
        if self.host.lower() == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False


@dataclass(frozen=True, slots=True)
class Credentials:
    """The SMTP login, from the environment only."""

    user: str
    password: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class MailSettings:
    """One digest's mail: who sends it to whom, through which server, with which attachments."""

    sender: Address
    to: tuple[Address, ...] = ()
    #: None: the message is only built (`-f eml`), never sent.
    server: SmtpServer | None = None
    attach: tuple[str, ...] = ()
    credentials: Credentials | None = field(default=None, repr=False)
    #: Seconds every connect, read and write may wait.
    timeout: float = 30.0
    attempts: int = ATTEMPTS
    #: Seconds before the second attempt; doubled before each one after.
    backoff: float = 1.0
    #: Names the config file and digest (or the option) in error messages.
    where: str = ""

    @property
    def sends(self) -> bool:
        """Whether the run sends the message (a server and at least one recipient)."""
        return self.server is not None and bool(self.to)


def parse_smtp_url(url: str, starttls: str = "auto") -> SmtpServer:
    """`smtp://host[:port]` or `smtps://host[:port]`; `ValueError` with the reason otherwise."""
    if starttls not in STARTTLS_MODES:
        raise ValueError(f"starttls {starttls!r} must be one of {', '.join(STARTTLS_MODES)}")
    if not isinstance(url, str) or _CONTROL.search(url):
        raise ValueError(f"smtp URL {url!r} is not valid")
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise ValueError(f"smtp URL {url!r} must start with smtp:// or smtps://")
    if parts.username is not None or parts.password is not None:
        raise ValueError(f"smtp URL {url!r} must not hold a user or password "
                         "(set BRIEFING_SMTP_USER and BRIEFING_SMTP_PASSWORD)")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValueError(f"smtp URL {url!r} must be only scheme, host and port")
    try:
        port = parts.port or DEFAULT_PORTS[scheme]
    except ValueError:
        raise ValueError(f"smtp URL {url!r} has a bad port") from None
    if not parts.hostname:
        raise ValueError(f"smtp URL {url!r} names no host")
    return SmtpServer(scheme, parts.hostname, port, starttls)


def parse_address(value: Any) -> Address:
    """One address (`a@example.org` or `브리핑 <a@example.org>`); `ValueError` with the reason otherwise."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{value!r} is not an e-mail address")
    if _CONTROL.search(value):
        raise ValueError(f"{value!r}: an address must not hold line breaks or control characters")
    pairs = getaddresses([value])
    if len(pairs) != 1 or not pairs[0][1]:
        raise ValueError(f"{value!r} must be exactly one e-mail address")
    name, spec = pairs[0]
    if not _ADDR_SPEC.match(spec) or spec not in value or ".." in spec or spec.startswith("."):
        raise ValueError(f"{value!r} is not an e-mail address (expected name@example.org, ASCII only)")
    return Address(display_name=name, addr_spec=spec)


def credentials_from_env(env: Mapping[str, str] | None = None) -> Credentials | None:
    """BRIEFING_SMTP_USER and BRIEFING_SMTP_PASSWORD, both or neither (`ValueError` for one alone)."""
    env = os.environ if env is None else env
    user, password = env.get("BRIEFING_SMTP_USER", ""), env.get("BRIEFING_SMTP_PASSWORD", "")
    if bool(user) != bool(password):
        missing = "BRIEFING_SMTP_PASSWORD" if user else "BRIEFING_SMTP_USER"
        raise ValueError(f"{missing} is not set (set both BRIEFING_SMTP_USER and BRIEFING_SMTP_PASSWORD, or neither)")
    return Credentials(user, password) if user else None


def _env_seconds(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise UsageError(f"{name}={raw!r}: expected a number of seconds") from None
    if value < 0:
        raise UsageError(f"{name}={raw!r}: expected a number of seconds")
    return value


def timing_from_env(env: Mapping[str, str] | None = None) -> tuple[float, float]:
    """The timeout of every SMTP wait (BRIEFING_SMTP_TIMEOUT, default 30 s) and the first back-off
    between attempts (BRIEFING_SMTP_BACKOFF, default 1 s)."""
    env = os.environ if env is None else env
    return (_env_seconds(env, "BRIEFING_SMTP_TIMEOUT", 30.0) or 30.0, _env_seconds(env, "BRIEFING_SMTP_BACKOFF", 1.0))


def mail_from_env(to: Sequence[str], attach: Sequence[str], *, preview: bool,
                  env: Mapping[str, str] | None = None) -> MailSettings | None:
    """The command line's mail: `--mail-to` sends through BRIEFING_SMTP_URL as BRIEFING_MAIL_FROM;
    `preview` (`-f eml`) only builds the message. None when neither is asked for."""
    env = os.environ if env is None else env
    if not to and not preview:
        if attach:
            raise UsageError("--mail-attach needs --mail-to (or -f eml)")
        return None
    try:
        recipients = tuple(parse_address(a) for a in to)
        bad = [f for f in attach if f not in ATTACHABLE]
        if bad:
            raise ValueError(f"cannot attach {', '.join(bad)} (choose from {', '.join(ATTACHABLE)})")
        server = None
        if to:
            if not env.get("BRIEFING_SMTP_URL") or not env.get("BRIEFING_MAIL_FROM"):
                raise ValueError("set BRIEFING_SMTP_URL (the server, e.g. smtp://127.0.0.1:25) and "
                                 "BRIEFING_MAIL_FROM (the sender) to send")
            server = parse_smtp_url(env["BRIEFING_SMTP_URL"], env.get("BRIEFING_SMTP_STARTTLS", "auto") or "auto")
        sender = parse_address(env.get("BRIEFING_MAIL_FROM") or PREVIEW_SENDER)
        credentials = credentials_from_env(env)
    except ValueError as exc:
        raise UsageError(f"--mail-to: {exc}") from None
    timeout, backoff = timing_from_env(env)
    return MailSettings(sender=sender, to=recipients, server=server, attach=tuple(dict.fromkeys(attach)),
                        credentials=credentials, timeout=timeout, backoff=backoff)


# --- the message ---------------------------------------------------------------------------------------

def subject(d: Digest, name: str) -> str:
    """`뉴스 다이제스트 · morning · 2026-11-25` (the name left out for the command line's `digest`)."""
    return " · ".join(["뉴스 다이제스트", *([name] if name and name != "digest" else []), d.date])


def to_mail_html(d: Digest, template_dir: str | Path | None = None) -> str:
    """The digest as HTML for mail clients (`digest-mail.html.j2`): every story with links to its
    articles, every speaker with every quote; article text autoescaped."""
    from ..render.briefing import render_template, template_env
    from .render import context, full_page

    values = context(d, full_page(d))
    return render_template(template_env(template_dir), MAIL_TEMPLATE, values)


def build_message(d: Digest, mail: MailSettings, *, name: str, attachments: Mapping[str, bytes],
                  template_dir: str | Path | None = None) -> EmailMessage:
    """The digest's e-mail: text and HTML alternatives, then the attachments (in `mail.attach` order)."""
    from .render import to_markdown

    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = subject(d, name)
    msg["From"] = mail.sender
    if mail.to:
        msg["To"] = mail.to
    msg["Date"] = format_datetime(_dt.datetime.fromisoformat(d.generated_at))
    msg["Message-ID"] = make_msgid(idstring="briefing", domain=mail.sender.domain or "localhost")
    # base64: Korean lines can be longer than SMTP's 998 bytes, and not every server takes 8-bit data.
    msg.set_content(to_markdown(d, template_dir), subtype="plain", cte="base64")
    msg.add_alternative(to_mail_html(d, template_dir), subtype="html", cte="base64")
    for fmt in mail.attach:
        maintype, subtype = ATTACHABLE[fmt]
        msg.add_attachment(attachments[fmt], maintype=maintype, subtype=subtype, filename=f"{name}-{d.date}.{fmt}")
    return msg


def message_bytes(msg: EmailMessage) -> bytes:
    """The message as sent and as written by `-f eml` (RFC 5322, CRLF line ends)."""
    return msg.as_bytes(policy=SMTP)


# --- sending ---------------------------------------------------------------------------------------------

class _Transient(MailError):
    """A failure that may pass: tried again after the back-off (never leaves `send_message`)."""


@dataclass(slots=True)
class Sent:
    """What the server accepted: the recipients it took, and those it refused (address: reason)."""

    accepted: list[str]
    refused: dict[str, str]


def send_message(data: bytes, mail: MailSettings, *, sleep: Callable[[float], None] = time.sleep) -> Sent:
    """Send `data` to `mail.to`, trying again after a failure that may pass; `MailError` (or
    `MailConfigError`) when the server has not accepted it."""
    if mail.server is None or not mail.to:
        raise MailError("nothing to send to")
    last = ""
    for attempt in range(1, max(1, mail.attempts) + 1):
        try:
            return _send_once(data, mail, mail.server)
        except _Transient as exc:
            last = str(exc)
        if attempt < mail.attempts:
            sleep(mail.backoff * 2 ** (attempt - 1))
    tried = "once" if mail.attempts <= 1 else f"{mail.attempts} times"
    raise MailError(f"{_where(mail)}mail not sent: {mail.server.url}: {last} (tried {tried}); "
                    "its articles stay for the next run")


def _connect(server: SmtpServer, timeout: float, where: str) -> tuple[smtplib.SMTP, bool]:
    """An open connection, TLS on as the server and settings ask; and whether it is encrypted."""
    context = ssl.create_default_context()
    if server.scheme == "smtps":
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(server.host, server.port, local_hostname=socket.gethostname(),
                                              timeout=timeout, context=context)
    else:
        smtp = smtplib.SMTP(server.host, server.port, local_hostname=socket.gethostname(), timeout=timeout)
    encrypted = server.scheme == "smtps"
    try:
        smtp.ehlo()
        if not encrypted and server.starttls != "never" and smtp.has_extn("starttls"):
            smtp.starttls(context=context)
            smtp.ehlo()
            encrypted = True
        elif not encrypted and server.starttls == "require":
            raise MailConfigError(f"{where}{server.url} does not offer STARTTLS, which starttls = \"require\" "
                                  "asks for")
    except BaseException:
        smtp.close()
        raise
    return smtp, encrypted


def _login(smtp: smtplib.SMTP, encrypted: bool, server: SmtpServer, credentials: Credentials, where: str) -> None:
    """AUTH, only over TLS or to a server on this machine."""
    if not encrypted and not server.local:
        raise MailConfigError(f"{where}{server.url}: refusing to send the password unencrypted "
                              "(the server offers no STARTTLS; use smtps:// or a server that does)")
    if not smtp.has_extn("auth"):
        raise MailConfigError(f"{where}{server.url} does not offer AUTH, but BRIEFING_SMTP_USER is set")
    smtp.login(credentials.user, credentials.password)


def _send_once(data: bytes, mail: MailSettings, server: SmtpServer) -> Sent:
    """One attempt: connect, log in, send. Errors become `_Transient`, `MailError` or `MailConfigError`."""
    to = [a.addr_spec for a in mail.to]
    try:
        smtp, encrypted = _connect(server, mail.timeout, _where(mail))
        try:
            if mail.credentials is not None:
                _login(smtp, encrypted, server, mail.credentials, _where(mail))
            refused = smtp.sendmail(mail.sender.addr_spec, to, data)
        finally:
            _close(smtp)
    except smtplib.SMTPException as exc:
        raise _classify(exc, mail, server) from None
    except ssl.SSLCertVerificationError as exc:
        raise MailError(f"{_where(mail)}{server.url}: TLS certificate not accepted ({exc.verify_message})") from None
    except (OSError, EOFError) as exc:
        raise _Transient(_network_reason(exc)) from None
    return Sent([a for a in to if a not in refused], {a: _reply(c, m) for a, (c, m) in refused.items()})


def _close(smtp: smtplib.SMTP) -> None:
    """QUIT, ignoring a failure: once the message is accepted, a lost goodbye changes nothing."""
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()


def _where(mail: MailSettings) -> str:
    return f"{mail.where}: " if mail.where else ""


def _reply(code: int, message: bytes | str) -> str:
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)
    return f"{code} {' '.join(text.split())}".strip()


def _network_reason(exc: BaseException) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused (is the server running?)"
    if isinstance(exc, TimeoutError | socket.timeout):
        return "no answer in time"
    if isinstance(exc, socket.gaierror):
        return f"host not found ({exc.strerror or exc})"
    return f"{type(exc).__name__}: {getattr(exc, 'strerror', None) or exc}"


def _classify(exc: smtplib.SMTPException, mail: MailSettings, server: SmtpServer) -> Exception:
    """What an SMTP failure means: wait and try again (4xx, a dropped connection), or stop."""
    where = _where(mail)
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return MailConfigError(f"{where}{server.url} did not accept the login of BRIEFING_SMTP_USER "
                               f"({_reply(exc.smtp_code, exc.smtp_error)})")
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        replies = {a: _reply(c, m) for a, (c, m) in exc.recipients.items()}
        if any(400 <= c < 500 for c, _ in exc.recipients.values()):
            return _Transient("recipients refused for now: " + "; ".join(f"{a}: {r}" for a, r in replies.items()))
        return MailError(f"{where}{server.url} refused every recipient: "
                         + "; ".join(f"{a}: {r}" for a, r in replies.items()))
    if isinstance(exc, smtplib.SMTPResponseException):
        reply = _reply(exc.smtp_code, exc.smtp_error)
        if exc.smtp_code == 530 and mail.credentials is None:
            return MailConfigError(f"{where}{server.url} asks for a login ({reply}); set BRIEFING_SMTP_USER and "
                                   "BRIEFING_SMTP_PASSWORD")
        if 400 <= exc.smtp_code < 500:
            return _Transient(f"answered {reply}")
        return MailError(f"{where}mail not sent: {server.url} answered {reply}")
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return _Transient(f"connection closed ({exc})" if str(exc) else "connection closed")
    return MailError(f"{where}mail not sent: {server.url}: {exc}")
