"""Mail (issue 17): digests sent as one e-mail, exactly once, against a real SMTP server on 127.0.0.1.

The server is aiosmtpd's `Controller` on a free port; its handler keeps every message it accepts and
can refuse the next ones with a given reply. Every run goes through the real command line on the
articles of tests/data/digest/; the message received is parsed back with the standard library. The
back-off between attempts is 0 s here (BRIEFING_SMTP_BACKOFF) and no assertion depends on the clock.
"""

from __future__ import annotations

import email
import email.policy
import json
import socket
from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from click.testing import CliRunner

from briefing.cli import main
from briefing.digest.mail import MailSettings, parse_address, parse_smtp_url, send_message
from briefing.digest.schedule import ConfigError, load_config
from briefing.digest.state import State

DATA = Path(__file__).resolve().parent / "data" / "digest"
DATE = "2026-11-25"
ARTICLES = sorted(DATA.glob("*.txt"))
SENDER = "브리핑 <briefing@example.org>"
# The login test's server takes AUTH without TLS, on 127.0.0.1 only; aiosmtpd warns about that.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")


class Inbox:
    """An aiosmtpd handler: keeps every message it accepts; `refuse` holds replies for the next DATA
    commands (one each), `refuse_rcpt` addresses it refuses for good."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.refuse: list[str] = []
        self.refuse_rcpt: set[str] = set()
        self.attempts = 0
        self.logins: list[bytes] = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse_rcpt:
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.attempts += 1
        if self.refuse:
            return self.refuse.pop(0)
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        if session.authenticated:
            self.logins.append(session.login_data)
        return "250 2.0.0 accepted"

    def parsed(self, index: int = -1) -> EmailMessage:
        message = email.message_from_bytes(self.messages[index][2], policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        return message


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class SmtpServer:
    """`with SmtpServer() as server:` a real SMTP server on 127.0.0.1 (`port` may be chosen beforehand)."""

    def __init__(self, port: int | None = None, **options) -> None:
        self.inbox = Inbox()
        self.port = port or free_port()
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port, **options)

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def __enter__(self) -> Inbox:
        self.controller.start()
        return self.inbox

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()


def authenticator(server, session, envelope, mechanism, auth_data) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (b"news", b"s3cret")
    # handled=False: the server answers 535 itself on a wrong login
    return AuthResult(success=ok, handled=False, auth_data=auth_data)


@pytest.fixture(autouse=True)
def mail_env(monkeypatch):
    """No login, no waiting between attempts, and no SMTP settings but those a test gives."""
    for name in ("BRIEFING_SMTP_USER", "BRIEFING_SMTP_PASSWORD", "BRIEFING_SMTP_URL", "BRIEFING_MAIL_FROM",
                 "BRIEFING_SMTP_STARTTLS", "BRIEFING_STATE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("BRIEFING_SMTP_BACKOFF", "0")
    monkeypatch.setenv("BRIEFING_SMTP_TIMEOUT", "10")


@pytest.fixture
def server() -> Iterator[tuple[SmtpServer, Inbox]]:
    smtp = SmtpServer()
    with smtp as inbox:
        yield smtp, inbox


def cli(args: list[str]):
    return CliRunner().invoke(main, args)


def send_env(monkeypatch, url: str) -> None:
    monkeypatch.setenv("BRIEFING_SMTP_URL", url)
    monkeypatch.setenv("BRIEFING_MAIL_FROM", SENDER)


def part_types(message: EmailMessage) -> list[str]:
    return [p.get_content_type() for p in message.walk()]


def article_urls() -> set[str]:
    urls = set()
    for path in ARTICLES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("url: "):
                urls.add(line[5:].strip())
    return urls


# --- the message -------------------------------------------------------------------------------------

def test_the_message_received_has_both_parts_korean_headers_and_the_pdf(server, monkeypatch, tmp_path):
    smtp, inbox = server
    send_env(monkeypatch, smtp.url)
    md = tmp_path / "digest.md"
    result = cli(["digest", str(DATA), "--date", DATE, "-f", "md", "-o", str(md),
                  "--mail-to", "team@example.org", "--mail-to", "사장 <boss@example.org>", "--mail-attach", "pdf"])
    assert result.exit_code == 0, result.output
    assert "sent <" in result.stderr and "team@example.org, boss@example.org" in result.stderr
    [(mail_from, rcpt, raw)] = inbox.messages
    assert mail_from == "briefing@example.org" and rcpt == ["team@example.org", "boss@example.org"]

    head = raw.split(b"\r\n\r\n", 1)[0]
    assert head.isascii()  # every header 7-bit: the Korean is RFC 2047 encoded
    assert b"=?utf-8?" in head
    message = inbox.parsed()
    assert message["Subject"] == f"뉴스 다이제스트 · {DATE}"
    assert message["From"].addresses[0].display_name == "브리핑"
    assert [a.addr_spec for a in message["To"].addresses] == ["team@example.org", "boss@example.org"]
    assert message["To"].addresses[1].display_name == "사장"
    assert parsedate_to_datetime(message["Date"]).tzinfo is not None
    assert message["Message-ID"].startswith("<") and message["Message-ID"].endswith("@example.org>")
    assert message["Message-ID"] in result.stderr

    assert part_types(message) == ["multipart/mixed", "multipart/alternative", "text/plain", "text/html",
                                   "application/pdf"]
    plain = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert plain is not None and html is not None
    # The Markdown digest, as -f md writes it (with MIME's CRLF line ends in the text part).
    assert plain.get_content().replace("\r\n", "\n") == md.read_text(encoding="utf-8")
    assert "11월 반도체 수출 역대 최대" in html.get_content()
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == f"digest-{DATE}.pdf"
    assert attachment.get_content().startswith(b"%PDF")


class _Resources(HTMLParser):
    """Collects every tag name, every attribute that could fetch something, and every href."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.fetching: list[tuple[str, str, str | None]] = []
        self.hrefs: list[str | None] = []
        self.styles: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        for name, value in attrs:
            if name in ("src", "srcset", "background", "poster", "data", "action", "formaction"):
                self.fetching.append((tag, name, value))
            if name == "href":
                self.hrefs.append(value)
            if name == "style":
                self.styles.append(value or "")


def test_the_html_part_fetches_nothing_and_links_only_to_the_articles(server, monkeypatch, tmp_path):
    smtp, inbox = server
    send_env(monkeypatch, smtp.url)
    hostile = tmp_path / "hostile.txt"
    hostile.write_text("---\ntitle: <img src=http://tracker.example/x.png> 제목\nsource: 악성일보\n"
                       "url: javascript:alert(1)\n---\n"
                       "김철수 대표는 “<script>alert(1)</script> 괜찮다”고 말했다.\n"
                       "<link rel=stylesheet href=http://tracker.example/a.css> 본문이 이어진다.\n"
                       "회사는 대책을 내놓겠다고 밝혔다.\n", encoding="utf-8")
    result = cli(["digest", str(DATA), str(hostile), "--date", DATE, "-f", "json", "-o", str(tmp_path / "d.json"),
                  "--mail-to", "team@example.org"])
    assert result.exit_code == 0, result.output
    html = inbox.parsed().get_body(("html",)).get_content()
    found = _Resources()
    found.feed(html)
    assert not found.tags & {"img", "link", "style", "script", "iframe", "object", "embed", "video", "audio",
                             "source", "base", "form", "svg", "picture", "input"}
    assert found.fetching == []
    assert "url(" not in html and "@import" not in html
    assert "&lt;img src=http://tracker.example/x.png&gt;" in html  # the article's text, escaped, not a tag
    assert "&lt;script&gt;" in html
    assert found.hrefs and set(found.hrefs) <= article_urls()  # links: the articles' own http(s) URLs only
    assert all("url(" not in s and "expression(" not in s for s in found.styles)
    assert "max-width:640px" in html


def test_eml_writes_the_very_message_that_is_sent(server, monkeypatch, tmp_path):
    smtp, inbox = server
    send_env(monkeypatch, smtp.url)
    eml = tmp_path / "digest.eml"
    result = cli(["digest", str(DATA), "--date", DATE, "-f", "eml", "-o", str(eml),
                  "--mail-to", "team@example.org", "--mail-attach", "json"])
    assert result.exit_code == 0, result.output
    [(_, _, raw)] = inbox.messages
    assert eml.read_bytes() == raw
    written = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    [attachment] = list(written.iter_attachments())
    assert attachment.get_content_type() == "application/json"
    assert json.loads(attachment.get_content())["date"] == DATE

    # Without --mail-to: a preview of the same message (no To, nothing sent).
    preview = tmp_path / "preview.eml"
    result = cli(["digest", str(DATA), "--date", DATE, "-f", "eml", "-o", str(preview), "--mail-attach", "json"])
    assert result.exit_code == 0, result.output
    assert len(inbox.messages) == 1
    shown = email.message_from_bytes(preview.read_bytes(), policy=email.policy.default)
    assert part_types(shown) == part_types(written)
    assert shown["Subject"] == written["Subject"] and shown["To"] is None and shown["From"]
    assert shown.get_body(("plain",)).get_content() == written.get_body(("plain",)).get_content()


# --- exactly once ------------------------------------------------------------------------------------

def test_a_refused_first_attempt_is_tried_again_and_sent_once(server, monkeypatch, tmp_path):
    smtp, inbox = server
    send_env(monkeypatch, smtp.url)
    inbox.refuse = ["451 4.3.0 try again later"]
    state = tmp_path / "state.sqlite3"
    args = ["digest", str(DATA), "--since-last", "--state", str(state), "--date", DATE, "-f", "md",
            "-o", f"{tmp_path}/out/", "--mail-to", "team@example.org"]
    result = cli(args)
    assert result.exit_code == 0, result.output
    assert inbox.attempts == 2 and len(inbox.messages) == 1
    again = cli(args)
    assert again.exit_code == 0 and "nothing new" in again.stderr
    assert len(inbox.messages) == 1
    with State(state) as st:
        assert [(h.status, h.articles) for h in st.history()] == [("done", len(ARTICLES))]


def test_a_permanent_refusal_is_one_line_and_keeps_the_articles(server, monkeypatch, tmp_path):
    smtp, inbox = server
    send_env(monkeypatch, smtp.url)
    inbox.refuse = ["554 5.7.1 message rejected"]
    state, out = tmp_path / "state.sqlite3", tmp_path / "out"
    args = ["digest", str(DATA), "--since-last", "--state", str(state), "--date", DATE, "-f", "md",
            "-o", f"{out}/", "--mail-to", "team@example.org"]
    result = cli(args)
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("briefing: error:")]
    assert lines == [f"briefing: error: mail not sent: {smtp.url} answered 554 5.7.1 message rejected"]
    assert "Traceback" not in result.output
    assert inbox.attempts == 1  # a 5xx answer is not tried again
    assert not out.exists()  # nothing written for a digest that was not sent
    with State(state) as st:
        assert st.history() == []
    result = cli(args)
    assert result.exit_code == 0 and len(inbox.messages) == 1


def test_a_recipient_refused_for_good_is_named_and_the_others_get_it(server, monkeypatch, tmp_path):
    smtp, inbox = server
    send_env(monkeypatch, smtp.url)
    inbox.refuse_rcpt = {"gone@example.org"}
    result = cli(["digest", str(DATA), "--date", DATE, "-f", "json", "-o", str(tmp_path / "d.json"),
                  "--mail-to", "gone@example.org", "--mail-to", "team@example.org"])
    assert result.exit_code == 0, result.output
    assert inbox.messages[0][1] == ["team@example.org"]
    assert "refused the digest for gone@example.org: 550 5.1.1 no such mailbox" in result.stderr


def write_config(tmp_path: Path, url: str, extra: str = "", digests: str | None = None) -> Path:
    config = tmp_path / "briefing.toml"
    config.write_text(f"""
state = "state.sqlite3"

[mail]
smtp = "{url}"
from = "{SENDER}"
{extra}
""" + (digests if digests is not None else f"""
[[digest]]
name = "morning"
inputs = ["news/"]
cron = "0 7 * * *"
output = "out/"
formats = ["md"]
date = "{DATE}"
mail_to = ["team@example.org", "boss@example.org"]
mail_attach = ["pdf"]
"""), encoding="utf-8")
    return config


def copy_articles(folder: Path, paths: list[Path]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for path in paths:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")


def schedule_once(config: Path):
    return cli(["schedule", "--config", str(config), "--once"])


def test_schedule_down_then_up_delivers_the_held_articles_once(tmp_path):
    port = free_port()
    config = write_config(tmp_path, f"smtp://127.0.0.1:{port}")
    copy_articles(tmp_path / "news", ARTICLES[:4])

    down = schedule_once(config)  # nothing listens on the port yet
    assert down.exit_code == 1, down.output
    assert "connection refused" in down.stderr and "tried 3 times" in down.stderr
    assert f"{config}: digest 'morning'" in down.stderr
    assert not (tmp_path / "out").exists()
    with State(tmp_path / "state.sqlite3") as st:
        assert st.history() == []

    copy_articles(tmp_path / "news", ARTICLES[4:])  # more news arrives while the server is down
    with SmtpServer(port) as inbox:
        up = schedule_once(config)
        assert up.exit_code == 0, up.output
        assert "morning: sent <" in up.stderr
        again = schedule_once(config)
        assert again.exit_code == 0 and "nothing new" in again.stderr
    assert len(inbox.messages) == 1
    message = inbox.parsed()
    assert message["Subject"] == f"뉴스 다이제스트 · morning · {DATE}"
    text = message.get_body(("plain",)).get_content()
    assert "기사 8건" in text  # every article: the four held while down and the four that came after
    [pdf] = list(message.iter_attachments())
    assert pdf.get_content_type() == "application/pdf" and pdf.get_filename() == f"morning-{DATE}.pdf"
    assert [p.name for p in (tmp_path / "out").iterdir()] == [f"morning-{DATE}.md"]


def test_schedule_once_sends_one_message_per_digest_and_then_nothing(server, tmp_path):
    smtp, inbox = server
    copy_articles(tmp_path / "news", ARTICLES)
    config = write_config(tmp_path, smtp.url, digests=f"""
[[digest]]
name = "economy"
inputs = ["news/"]
cron = "0 7 * * *"
output = "out/"
formats = ["json"]
date = "{DATE}"
mail_to = "team@example.org"

[[digest]]
name = "evening"
inputs = ["news/"]
cron = "0 18 * * *"
output = "out/"
formats = ["md"]
date = "{DATE}"
mail_to = ["boss@example.org"]

[[digest]]
name = "files-only"
inputs = ["news/"]
cron = "0 9 * * *"
output = "out/"
formats = ["md"]
date = "{DATE}"
""")
    first = schedule_once(config)
    assert first.exit_code == 0, first.output
    assert [(m[1], email.message_from_bytes(m[2], policy=email.policy.default)["Subject"]) for m in inbox.messages] \
        == [(["team@example.org"], f"뉴스 다이제스트 · economy · {DATE}"),
            (["boss@example.org"], f"뉴스 다이제스트 · evening · {DATE}")]
    second = schedule_once(config)
    assert second.exit_code == 0 and second.stderr.count("nothing new") == 3
    assert len(inbox.messages) == 2


# --- authentication ----------------------------------------------------------------------------------

def test_a_server_that_asks_for_a_login(tmp_path, monkeypatch):
    smtp = SmtpServer(auth_required=True, auth_require_tls=False, authenticator=authenticator)
    copy_articles(tmp_path / "news", ARTICLES[:2])
    config = write_config(tmp_path, smtp.url)
    with smtp as inbox:
        missing = schedule_once(config)
        assert missing.exit_code == 2, missing.output
        assert f"{config}: digest 'morning': {smtp.url} asks for a login" in missing.stderr
        assert "BRIEFING_SMTP_PASSWORD" in missing.stderr

        monkeypatch.setenv("BRIEFING_SMTP_USER", "news")
        monkeypatch.setenv("BRIEFING_SMTP_PASSWORD", "wrong")
        wrong = schedule_once(config)
        assert wrong.exit_code == 2 and "did not accept the login" in wrong.stderr
        assert "wrong" not in wrong.stderr  # the password is never printed

        monkeypatch.setenv("BRIEFING_SMTP_PASSWORD", "s3cret")
        right = schedule_once(config)
        assert right.exit_code == 0, right.output
    assert len(inbox.messages) == 1 and inbox.logins == [b"news"]
    assert inbox.attempts == 1  # a missing or wrong login is not tried again


def test_only_half_of_a_login_is_a_config_error(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_SMTP_USER", "news")
    result = schedule_once(write_config(tmp_path, "smtp://127.0.0.1:2525"))
    assert result.exit_code == 2 and "BRIEFING_SMTP_PASSWORD is not set" in result.stderr


# --- config and options ------------------------------------------------------------------------------

@pytest.mark.parametrize("mail, digest_lines, message", [
    ('smtp = "http://127.0.0.1:25"\nfrom = "a@example.org"', "", "must start with smtp:// or smtps://"),
    ('smtp = "smtp://127.0.0.1:notaport"\nfrom = "a@example.org"', "", "bad port"),
    ('smtp = "smtp://me:pw@127.0.0.1:25"\nfrom = "a@example.org"', "", "must not hold a user or password"),
    ('smtp = "smtp://127.0.0.1:25"\nfrom = "a@example.org"\npassword = "pw"', "", "'password' must not be in the config"),
    ('smtp = "smtp://127.0.0.1:25"\nfrom = "a@example.org"\nuser = "me"', "", "'user' must not be in the config"),
    ('smtp = "smtp://127.0.0.1:25"\nfrom = "a@example.org"\nstarttls = "maybe"', "", "starttls 'maybe'"),
    ('smtp = "smtp://127.0.0.1:25"\nfrom = "not an address"', "", "is not an e-mail address"),
    ('smtp = "smtp://127.0.0.1:25"', "", "needs 'smtp'"),
    ('smtp = "smtp://127.0.0.1:25"\nfrom = "a@example.org"', 'mail_to = ["team@example"]', "digest 'daily': mail_to"),
    ('smtp = "smtp://127.0.0.1:25"\nfrom = "a@example.org"', 'mail_to = ["a@example.org\\nBcc: x@example.org"]',
     "line breaks"),
    ('smtp = "smtp://127.0.0.1:25"\nfrom = "a@example.org"', 'mail_to = ["a@example.org, b@example.org"]',
     "exactly one e-mail address"),
    ('smtp = "smtp://127.0.0.1:25"\nfrom = "a@example.org"', 'mail_to = ["a@example.org"]\nmail_attach = ["docx"]',
     "digest 'daily': cannot attach docx"),
    ('smtp = "smtp://127.0.0.1:25"\nfrom = "a@example.org"', 'mail_attach = ["pdf"]', "'mail_attach' needs 'mail_to'"),
    (None, 'mail_to = ["a@example.org"]', "digest 'daily': 'mail_to' needs a [mail] table"),
])
def test_mail_config_errors_name_the_file_and_digest(tmp_path, mail, digest_lines, message):
    config = tmp_path / "briefing.toml"
    config.write_text((f"[mail]\n{mail}\n" if mail is not None else "")
                      + f'[[digest]]\nname = "daily"\ninputs = ["news/"]\ncron = "0 7 * * *"\n{digest_lines}\n',
                      encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(config)
    assert message in str(info.value) and str(config) in str(info.value)
    result = schedule_once(config)
    assert result.exit_code == 2 and message in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize("args, env, message", [
    (["--mail-to", "team@example.org"], {}, "set BRIEFING_SMTP_URL"),
    (["--mail-to", "team@example.org"], {"BRIEFING_SMTP_URL": "smtp://127.0.0.1:25"}, "BRIEFING_MAIL_FROM"),
    (["--mail-to", "nobody"], {"BRIEFING_SMTP_URL": "smtp://127.0.0.1:25", "BRIEFING_MAIL_FROM": "a@example.org"},
     "'nobody' is not an e-mail address"),
    (["--mail-to", "team@example.org"], {"BRIEFING_SMTP_URL": "ftp://x", "BRIEFING_MAIL_FROM": "a@example.org"},
     "must start with smtp://"),
    (["--mail-attach", "pdf"], {}, "--mail-attach needs --mail-to"),
])
def test_mail_option_errors_are_usage_errors(monkeypatch, tmp_path, args, env, message):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    result = cli(["digest", str(DATA), "-f", "md", "-o", str(tmp_path / "d.md"), *args])
    assert result.exit_code == 2, result.output
    assert message in result.stderr and "Traceback" not in result.output
    assert not (tmp_path / "d.md").exists()


def test_starttls_required_but_not_offered_is_refused(server):
    smtp, inbox = server
    mail = MailSettings(sender=parse_address(SENDER), to=(parse_address("team@example.org"),),
                        server=parse_smtp_url(smtp.url, "require"), backoff=0)
    with pytest.raises(Exception, match="does not offer STARTTLS") as info:
        send_message(b"Subject: x\r\n\r\nx\r\n", mail)
    assert type(info.value).__name__ == "MailConfigError"
    assert inbox.messages == []


def test_attempts_back_off_doubling_and_the_error_says_how_often():
    mail = MailSettings(sender=parse_address(SENDER), to=(parse_address("team@example.org"),),
                        server=parse_smtp_url(f"smtp://127.0.0.1:{free_port()}"), backoff=1.0, timeout=5)
    waits: list[float] = []
    with pytest.raises(Exception, match=r"connection refused .*tried 3 times"):
        send_message(b"Subject: x\r\n\r\nx\r\n", mail, sleep=waits.append)
    assert waits == [1.0, 2.0]


def test_the_password_goes_unencrypted_only_to_this_machine():
    from briefing.digest.mail import Credentials, MailConfigError, _login

    class Plain:
        def has_extn(self, name):
            return True

        def login(self, user, password):
            raise AssertionError("must not log in")

    remote = parse_smtp_url("smtp://mail.example.org:587")
    with pytest.raises(MailConfigError, match="refusing to send the password unencrypted"):
        _login(Plain(), False, remote, Credentials("news", "s3cret"), "")  # type: ignore[arg-type]
    assert parse_smtp_url("smtp://localhost:25").local and parse_smtp_url("smtp://[::1]:25").local
    assert parse_smtp_url("smtps://mail.example.org").port == 465
    assert "s3cret" not in repr(Credentials("news", "s3cret"))
