"""Output: where results go (the `-o` rules of ARCHITECTURE.md) and writing them atomically."""

from __future__ import annotations

import os
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import RenderError, UsageError
from ..sources.ingest import ARTICLE_SUFFIXES, is_url

#: Formats that can hold several articles in one file or stream.
MULTI_ARTICLE_FORMATS = ("json", "md")
EXTENSIONS = {"pdf": "pdf", "html": "html", "md": "md", "json": "jsonl"}
_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class OutputPlan:
    """Where a run writes: `stdout`, one `single` file, or one file per article in `folder`."""

    stdout: bool = False
    single: Path | None = None
    folder: Path | None = None


def plan_output(output: str | None, fmt: str, count: int, default_folder: Path = Path("output")) -> OutputPlan:
    """Interpret `-o` for `count` articles in format `fmt`."""
    if output == "-":
        if count > 1 and fmt not in MULTI_ARTICLE_FORMATS:
            raise UsageError(f"several articles cannot go to stdout as {fmt}; use -f json or -f md, or -o DIR/")
        return OutputPlan(stdout=True)
    if output is None:
        return OutputPlan(folder=default_folder)
    if not output:
        raise UsageError("-o '': an empty path (give a file, a folder, or '-' for stdout)")
    path = Path(output)
    if output.endswith(("/", os.sep)) or path.is_dir():
        return OutputPlan(folder=path)
    if count > 1 and fmt not in MULTI_ARTICLE_FORMATS:
        raise UsageError(f"several articles cannot go into one {fmt} file; use -o DIR/ for one file each")
    return OutputPlan(single=path)


def safe_stem(stem: str) -> str:
    """A file-name stem that stays inside its folder: no separators, dots-only or reserved names."""
    stem = re.sub(r"[\\/:*?\"<>|\x00-\x1f]", "_", stem).strip(" .")
    if not stem or _RESERVED.match(stem):
        stem = f"article-{stem or 'untitled'}".strip(" .")
    return stem[:120]


def per_article_paths(folder: Path, stems: list[str], fmt: str, inputs: list[str] | None = None) -> list[Path]:
    """`<folder>/<stem>.<ext>` for each article; repeated stems get `-2`, `-3` …; never an input file."""
    ext = EXTENSIONS[fmt]
    taken: set[str] = set()
    protected = {Path(i).resolve() for i in (inputs or []) if not is_url(i)}
    out: list[Path] = []
    for stem in stems:
        base = safe_stem(stem)
        name, n = f"{base}.{ext}", 1
        while name in taken or (folder / name).resolve() in protected:
            n += 1
            name = f"{base}-{n}.{ext}"
        taken.add(name)
        out.append(folder / name)
    return out


def check_not_input(path: Path, inputs: list[str]) -> None:
    """Refuse to overwrite one of the inputs, or one of an input folder's articles, or to write an
    article file (`.md`, `.html`, …) into an input folder, where the next run would read it back."""
    target = path.resolve()
    for item in inputs:
        if is_url(item):
            continue
        source = Path(item).resolve()
        if source == target:
            raise UsageError(f"{path}: refusing to overwrite an input file")
        if target.parent == source and source.is_dir() and target.suffix.lower() in ARTICLE_SUFFIXES:
            if target.exists():
                raise UsageError(f"{path}: refusing to overwrite an input file")
            raise UsageError(f"{path}: refusing to write into the input folder {item} (the next run would read it "
                             "as an article); choose another folder")


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write to a temporary file beside `path`, fsync, then rename over it: all or nothing."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path = Path(path)
    if path.exists() and not path.is_file() and not path.is_dir():
        # A device or pipe (`-o /dev/null`, a FIFO): write through it, never rename over it.
        try:
            with open(path, "wb") as fh:
                fh.write(payload)
        except OSError as exc:
            raise RenderError(f"{path}: cannot write ({exc.strerror or exc})") from None
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        blocker = next((p for p in path.parents if p.is_file()), None)
        if blocker is not None:  # (`-o notes.txt/a.pdf`: mkdir says only "File exists")
            raise RenderError(f"{path}: cannot write ({blocker} is a file, not a folder)") from None
        raise RenderError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        # mkstemp creates 0600; give the file the permissions an ordinary write would (umask).
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise RenderError(f"{path}: cannot write ({exc.strerror or exc})") from None
        raise


def write_stdout(data: bytes | str) -> None:
    """Write text or bytes to standard output (a closed pipe is left to the caller: `BrokenPipeError`;
    no standard output, or one that refuses the bytes, is a `RenderError`)."""
    stream = sys.stdout
    if stream is None:
        raise RenderError("cannot write to standard output (it is closed)")
    try:
        if isinstance(data, str):
            stream.write(data)
            stream.flush()
        else:
            stream.buffer.write(data)
            stream.buffer.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:  # (ValueError: an I/O operation on a closed file)
        raise RenderError(f"cannot write to standard output ({getattr(exc, 'strerror', None) or exc})") from None
