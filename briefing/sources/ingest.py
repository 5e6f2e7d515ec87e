"""Ingest: turn a file (or raw bytes) into an `Article`.

Reads `.txt`/`.md` (optional YAML front matter) and `.html`, detects the encoding, normalises line
ends, and moves the reporter's byline out of the body into `Article.byline`.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import InputError, env_number
from ..models import Article
from ..text.bylines import credit_line, is_label_line, strip_byline

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
FRONT_MATTER_KEYS = ("title", "date", "source", "url", "guid")

#: Inputs larger than this are refused (bytes); override with BRIEFING_MAX_BYTES.
DEFAULT_MAX_BYTES = 5 * 1024 * 1024


def max_input_bytes() -> int:
    """The size limit for one input, from BRIEFING_MAX_BYTES or the default (5 MB)."""
    value = env_number("BRIEFING_MAX_BYTES", whole=True, least=1)
    return DEFAULT_MAX_BYTES if value is None else int(value)


# --- encodings -------------------------------------------------------------------------------

#: Byte-order marks, longest first (UTF-32 LE starts like UTF-16 LE).
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xef\xbb\xbf", "utf-8"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def bom(data: bytes) -> tuple[str | None, int]:
    """The encoding a byte-order mark at the start of `data` names, and the mark's length."""
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            return encoding, len(mark)
    return None, 0


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode article bytes: BOMs first, then strict UTF-8, CP949, and charset-normalizer's guess.

    Korean text arrives as UTF-8 (with or without BOM), UTF-16 or UTF-32 (with BOM) or CP949/EUC-KR. Anything
    that decodes only to control characters or replacement noise is refused as binary, and text that
    decodes to mojibake (`misdecoded`) is refused rather than read. A few stray NUL bytes (under one
    in a thousand) are dropped; more mean a binary file.
    """
    marked, skip = bom(data)
    if b"\x00" in data and marked in (None, "utf-8"):
        if data.count(b"\x00") * 1000 > len(data):
            raise InputError(f"{name}: binary data (NUL bytes), not a text article")
        data = data.replace(b"\x00", b"")  # a few stray NULs in a saved page: dropped, as browsers do
    if marked:
        text = data[skip:].decode(marked) if _valid(data[skip:], marked) else None
    elif _valid(data, "utf-8"):
        text = data.decode("utf-8")
    elif _valid(data, "cp949"):
        text = data.decode("cp949")
    else:  # (the rare text in neither: charset_normalizer's import costs 20 ms, paid only here)
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        text = str(best) if best is not None else None
    if text is None or _looks_binary(text):
        raise InputError(f"{name}: not readable text (unknown encoding or binary data)")
    garbled = misdecoded(text)
    if not garbled and marked in ("utf-16-le", "utf-16-be") and _hanzi_without_hangul(text):
        garbled = "text looks mis-decoded (a UTF-16 mark before text that is no UTF-16: Han characters, next to no Hangul)"
    if garbled:
        raise InputError(f"{name}: {garbled}")
    return text


_HAN = re.compile(r"[\u3400-\u9fff]")


def _hanzi_without_hangul(text: str) -> bool:
    """Most letters Han characters and next to no Hangul: what single-byte text (ASCII, Latin-1) behind the
    bytes `FF FE` reads as in UTF-16, two bytes to a character (`ab` → U+6261)."""
    letters = sum(ch.isalpha() for ch in text)
    return letters >= 8 and len(_HAN.findall(text)) > 0.5 * letters and len(_HANGUL.findall(text)) < 0.1 * letters


_LATIN1_LETTERS = re.compile(r"[\u00c0-\u00ff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def misdecoded(text: str) -> str | None:
    """Why `text` looks decoded with the wrong encoding, or None: Korean (or any non-Latin script)
    read as Latin-1 (`ÀÌ ´ëÅë·É`: most letters accented Latin, almost no Hangul), or replacement
    characters where bytes did not decode. French or German text, with a few accented letters among
    many plain ones, passes."""
    letters = sum(ch.isalpha() for ch in text) or 1
    replaced = text.count("\ufffd")
    if replaced >= 3 and replaced > 0.01 * len(text):
        return f"text looks mis-decoded ({replaced} replacement characters)"
    latin = len(_LATIN1_LETTERS.findall(text))
    if latin >= 20 and latin > 0.3 * letters and len(_HANGUL.findall(text)) < 0.1 * letters:
        return "text looks mis-decoded (mostly accented Latin letters: mojibake)"
    return None


def _valid(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    sample = text[:20000]
    if not sample:
        return False
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    return bad / len(sample) > 0.02


# --- front matter and bylines ----------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:(.*?)\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)


def split_front_matter(text: str, name: str = "input") -> tuple[dict[str, str | None], str]:
    """Return (metadata, body). Malformed front matter is an `InputError` naming the input.

    Every value is read as the text written (`date: 2026-02-29` stays that text, `title: yes` stays
    `yes`: YAML's implicit types do not apply), aliases are refused (a few hundred bytes of nested
    aliases expand to gigabytes), and a key the briefing uses must hold text, not a list or a mapping.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        if text.startswith("---\n") and "\n---" not in text[4:]:
            raise InputError(f"{name}: front matter opened with '---' but never closed")
        return {}, text
    data = _load_front_matter(match.group(1), name) if match.group(1) else {}
    meta: dict[str, str | None] = {}
    for key in FRONT_MATTER_KEYS:
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            kind = "a list" if isinstance(value, list) else "a mapping"
            raise InputError(f"{name}: front matter '{key}' must be text, not {kind}")
        meta[key] = None if value is None or value in _NULLS else _CONTROL.sub(" ", value).strip() or None
    if meta["date"] and not _iso_date_valid(meta["date"]):
        raise InputError(f"{name}: front matter 'date' {meta['date']!r} is not a valid date")
    return meta, text[match.end():]


#: A date written the ISO way (`2026-11-25`, `2026-11-25T09:30:00+09:00`); other text (`2026년 11월
#: 25일`) is shown as written.
_ISO_DATE = re.compile(r"\A\d{4}-\d{2}-\d{2}(?=\Z|[T ])")


def _iso_date_valid(date: str) -> bool:
    """False for an ISO-shaped date or time that is none (`2026-02-29`, `2026-11-25T25:99:00`)."""
    if not _ISO_DATE.match(date):
        return True
    try:
        _dt.datetime.fromisoformat(date)
    except ValueError:
        return False
    return True


#: YAML's ways of writing "none" (`title: ~`), read by the base loader as text.
_NULLS = frozenset({"~", "null", "Null", "NULL"})
#: Control characters (a NUL written as `"\x00"`, a form feed) in a front-matter value: spaces.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _load_front_matter(source: str, name: str) -> dict[str, Any]:
    """The front matter's mapping, every scalar as the text written (YAML's base loader), no alias."""
    import yaml  # (only for a file with front matter: its import costs 20 ms)

    class Loader(yaml.BaseLoader):
        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                mark = self.peek_event().start_mark
                raise yaml.composer.ComposerError(None, None, "aliases are not allowed", mark)
            return super().compose_node(parent, index)

    try:
        data = yaml.load(source, Loader=Loader) or {}  # the base loader builds no objects, only text
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        problem = getattr(exc, "problem", None)
        raise InputError(f"{name}: malformed front matter{where}" + (f": {problem}" if problem else "")) from None
    if not isinstance(data, dict):
        raise InputError(f"{name}: front matter must be 'key: value' lines")
    return data


#: A line ending in a quotation credited in parentheses (`“…”(윤덕여 감독)“…”(지소연)`): remarks of the body.
_CREDITED_QUOTE_END = re.compile(r"[”\"][ \t]*[(（][^()（）]{2,60}[)）][ \t]*$")


def split_headline(body: str) -> tuple[str | None, str]:
    """A first line that reads as a headline (short, no sentence ending, more text below) → title.

    Only called for the line above a byline, where a short line is a headline whatever it ends with
    (`…위택스?`, `…될까`, `…돌아왔다`); only a full stop, the formal polite ending no headline is
    written in (`…사과했습니다`: a broadcast script's first sentence, its full stop left off), or a quote
    credited in parentheses at its end (`“…”(윤덕여 감독)`) marks it as the body's.
    """
    first, _, rest = body.partition("\n")
    head = first.strip()
    if rest.strip() and 4 <= len(head) <= 80 and not re.search(r"\.[”\"'’]*$", head) and not head.endswith("니다") \
            and not _CREDITED_QUOTE_END.search(head):
        return head, rest.lstrip("\n")
    return None, body


# --- articles ---------------------------------------------------------------------------------

def article_from_text(text: str, path: str, *, markdown: bool = False) -> Article:
    """Build an `Article` from decoded text (front matter, byline, line ends handled)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    meta, body = split_front_matter(text, path)
    title = meta.get("title")
    if markdown and title is None:
        heading = re.match(r"\A\s*#\s+(.+?)\s*#*\s*(?:\n|\Z)", body)
        if heading:
            title = heading.group(1).strip()
            body = body[heading.end():]
    original_first = body.lstrip("\n").partition("\n")[0]
    body, byline = strip_byline(body)
    body = "\n".join(line.rstrip() for line in body.split("\n")).strip()
    if title is None and byline and body.partition("\n")[0] == original_first.strip():
        # `제목\n홍길동 기자\n본문…`: the line above the byline is the headline.
        headline, rest = split_headline(body)
        if headline and original_first.strip() not in byline:
            # (a label alone there, `[동아닷컴]` or `[포포투=김환]`, is the outlet's credit: neither headline nor text)
            title, body = (None, rest.strip()) if is_label_line(headline) else (headline, rest.strip())
    if not body:
        raise InputError(f"{path}: no article text" + (" (only a byline)" if byline else ""))
    return Article(
        path=path,
        text=body,
        title=title,
        date=meta.get("date"),
        source=meta.get("source"),
        url=meta.get("url"),
        guid=meta.get("guid"),
        byline=credit_line(byline),
    )


def read_article(path: str | os.PathLike[str]) -> Article:
    """Read one article file (`.txt`, `.md`, `.html`)."""
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise InputError(f"{name}: no such file")
    if p.is_dir():
        raise InputError(f"{name}: is a folder, not an article file")
    try:
        size = p.stat().st_size
        if size > max_input_bytes():
            raise InputError(
                f"{name}: {size / 1e6:.1f} MB is over the {max_input_bytes() / 1e6:.1f} MB limit "
                "(set BRIEFING_MAX_BYTES to raise it)"
            )
        data = p.read_bytes()
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if not data.strip():
        raise InputError(f"{name}: empty file")
    text = decode_bytes(data, name)
    if p.suffix.lower() in HTML_SUFFIXES:
        from .html import article_from_html

        return article_from_html(text, name)
    return article_from_text(text, name, markdown=p.suffix.lower() in (".md", ".markdown"))


def is_url(item: str) -> bool:
    """Whether an input names an http(s) URL rather than a path."""
    return bool(re.match(r"^https?://", item, re.IGNORECASE))


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """Expand folders into their article files (sorted by name); keep files and URLs as given.

    A folder without article files is an `InputError`.
    """
    out: list[str] = []
    for item in inputs:
        if is_url(item):
            out.append(item)
            continue
        p = Path(item)
        if p.is_dir():
            files = sorted(
                (f for f in p.iterdir() if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES
                 and not f.name.startswith(".")),
                key=lambda f: f.name,
            )
            if not files:
                raise InputError(f"{item}: folder has no article files ({', '.join(ARTICLE_SUFFIXES)})")
            out.extend(str(f) for f in files)
        else:
            out.append(item)
    return out


#: Files read as feeds or OPML lists rather than as articles; in a folder, read only when named.
FEED_SUFFIXES = (".opml", ".rss", ".atom", ".xml")


def left_out(folder: str) -> list[tuple[str, str]]:
    """(path, why) for what a folder input holds that looks meant to be read but is not: a folder of
    article files inside it (folders are not read recursively, so that earlier outputs kept beside
    the articles are never read back), a link to an article file that is not there, a feed file.
    Anything else (images, PDFs, hidden files) is no article and goes without a word."""
    out: list[tuple[str, str]] = []
    try:
        entries = sorted(Path(folder).iterdir(), key=lambda f: f.name)
    except OSError:
        return out
    for f in entries:
        if f.name.startswith("."):
            continue
        suffix = f.suffix.lower()
        try:
            if f.is_dir():
                if any(g.suffix.lower() in ARTICLE_SUFFIXES and not g.name.startswith(".") for g in f.iterdir()):
                    out.append((str(f), "a folder inside an input folder is not read; give it as an input"))
            elif suffix in ARTICLE_SUFFIXES and not f.exists():
                out.append((str(f), "a link to a file that is not there"))
            elif suffix in FEED_SUFFIXES and f.is_file():
                out.append((str(f), "a feed in a folder is not read; give the feed file as an input"))
        except OSError:
            continue
    return out


def distinct(items: Iterable[str]) -> list[str]:
    """`items` without repeats: the same file named twice (`news/` and `news/a.txt`, a link to it) or
    the same URL is read once."""
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        key = item if is_url(item) else str(Path(item).resolve())
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
