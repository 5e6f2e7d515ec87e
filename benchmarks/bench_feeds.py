#!/usr/bin/env python3
"""Robustness: `briefing digest FILE -f json -o -` over feedparser's own test feeds, one file at a time.

feedparser's test suite holds some 1,850 small feed documents: well-formed RSS/Atom/RDF/CDF in every
dialect (`tests/wellformed`), broken XML (`tests/illformed`) and documents in many encodings, declared
right, wrong or not at all (`tests/encoding`). Most begin with a comment (`Description:` / `Expect:`)
saying what feedparser should make of them. Few hold a whole article, so most runs should end with a
clean one-line "nothing to digest" (exit 1); what this script looks for is everything else: Python
tracebacks, internal errors, hangs, and text that comes out garbled (mojibake).

The files are read from a feedparser git snapshot (a bare git directory: `git archive HEAD`) and written
only to a temporary folder, keeping their paths under `tests/` (`wellformed/rss/item_description.xml`).
Each is given to the installed command the way a new user would: `briefing digest FILE -f json -o -`,
run from that temporary folder, stdin at end of file, a 60 s timeout, and `BRIEFING_STATE` pointed at a
temporary file. Per file it records the exit code (or "timeout"), whether stderr holds a Python
traceback, the number of stderr lines, the first stderr line and the first one that is not a progress
line (the message), and, when stdout is JSON (exit 0, or exit 3 = written with some entries skipped),
the number of stories and articles, the length of `skipped`, and a mojibake count over every string in
it.

Mojibake check: characters typical of Korean (EUC-KR or UTF-8 bytes) decoded as Latin-1/cp1252 — runs of
two or more characters from U+0080–U+00FF (no-break space excepted) or cp1252's punctuation (€ ‚ „ …);
and single suspicious characters: Latin-1 letters U+00C0–U+00FF, C1 controls, U+FFFD, box drawing,
CJK compatibility forms, private use. A file is flagged when there are more than 5 runs, or at least 3
suspicious characters making up more than 10 % of its letters. A feed written in French or German is
flagged too: the report gives the counts, a sample, and the encoding and language the file declares,
so that a human can judge.

Output: Markdown on stdout (the machine, the files per folder, exit codes per folder, then the notable
inputs: every traceback, internal error, timeout and suspected mojibake, and the 10 most common messages
with their counts); `--out PATH` also writes one JSON line per file.

    python benchmarks/bench_feeds.py                       # every file, 2 at a time (several minutes)
    python benchmarks/bench_feeds.py --limit 50            # the first 50 files of each folder
    python benchmarks/bench_feeds.py --jobs 4 --out /tmp/bench_feeds.jsonl > /tmp/bench_feeds_report.md
    python benchmarks/bench_feeds.py --feedparser /path/to/feedparser/.git
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import io
import json
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

FEEDPARSER = Path("/work/.mirror/kurtmckee+feedparser/repo")
FOLDERS = ("wellformed", "illformed", "encoding")
TIMEOUT = 60.0
TRACEBACK = "Traceback (most recent call last)"
PROGRESS = re.compile(r"^briefing: [a-z ]+ \d+/\d+$")  # "briefing: fetching feed entries 3/10"

# Mojibake: Korean bytes read as Latin-1 / cp1252 come out as runs of these.
CP1252_PUNCT = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
RUN = re.compile(f"[\u0080-\u009f\u00a1-\u00ff{CP1252_PUNCT}]{{2,}}")
SUSPICIOUS = re.compile(
    "[\u00c0-\u00ff"  # Latin-1 letters (EUC-KR lead/trail bytes 0xC0-0xFE)
    "\u0080-\u009f"  # C1 controls (UTF-8 continuation bytes read as Latin-1)
    "\ufffd"  # replacement character: bytes that could not be decoded
    "\u2500-\u257f"  # box drawing
    "\u3300-\u33ff\uf900-\ufaff\ufe30-\ufe4f"  # CJK compatibility forms
    "\ue000-\uf8ff]"  # private use
)
MOJIBAKE_RUNS = 5
MOJIBAKE_SHARE = 0.10
MOJIBAKE_MIN_CHARS = 3


# --- the input files ---------------------------------------------------------------------------------

def git(git_dir: Path, *args: str) -> bytes:
    done = subprocess.run(["git", f"--git-dir={git_dir}", *args], capture_output=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"git {' '.join(args[:2])} in {git_dir} failed: {done.stderr.decode(errors='replace')[-500:]}")
    return done.stdout


def extract(git_dir: Path, dest: Path, limit: int | None) -> dict[str, list[str]]:
    """Write the files of tests/{wellformed,illformed,encoding} under `dest` (paths relative to tests/);
    {folder: [relative path, …]}, sorted, the first `limit` of each folder when given."""
    data = git(git_dir, "archive", "--format=tar", "HEAD", "--", *(f"tests/{f}" for f in FOLDERS))
    files: dict[str, list[tuple[str, bytes]]] = {f: [] for f in FOLDERS}
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tar:
        for member in tar:
            if not member.isfile():
                continue
            rel = member.name.removeprefix("tests/")
            folder = rel.split("/", 1)[0]
            handle = tar.extractfile(member)
            if folder in files and handle is not None:
                files[folder].append((rel, handle.read()))
    chosen: dict[str, list[str]] = {}
    for folder, items in files.items():
        items.sort()
        chosen[folder] = []
        for rel, blob in items[:limit] if limit else items:
            target = dest / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(blob)
            chosen[folder].append(rel)
    return chosen


def declared(blob: bytes) -> dict[str, str | None]:
    """What the file says about itself: its test description, XML encoding and language."""
    head = blob[:4000].decode("latin-1")
    desc = re.search(r"Description:\s*(.+)", head)
    enc = re.search(r"""<\?xml[^>]*encoding\s*=\s*["']([^"']+)""", head)
    lang = re.search(r"<(?:\w+:)?language>\s*([^<\s]+)|xml:lang\s*=\s*[\"']([^\"']+)", head)
    return {"description": desc.group(1).strip() if desc else None,
            "encoding": enc.group(1) if enc else None,
            "language": (lang.group(1) or lang.group(2)) if lang else None}


# --- one run -----------------------------------------------------------------------------------------

def briefing_command() -> list[str]:
    script = Path(sys.executable).with_name("briefing")
    return [str(script)] if script.exists() else [sys.executable, "-m", "briefing"]


def strings(value: Any) -> list[str]:
    """Every string value in a JSON document."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def _visible(text: str) -> str:
    """`text` with control and invisible characters as \\xNN, so a sample survives Markdown and a terminal."""
    return "".join(f"\\x{ord(c):02x}" if ord(c) < 0x20 or 0x7F <= ord(c) <= 0xA0 or c == "\xad" else c
                   for c in text)


def mojibake(doc: Any) -> dict[str, Any]:
    """Mojibake counts over every string in `doc`, with a 60-character sample around the first hit."""
    texts = strings(doc)
    runs = sum(len(RUN.findall(t)) for t in texts)
    chars = sum(len(SUSPICIOUS.findall(t)) for t in texts)
    letters = sum(1 for t in texts for c in t if c.isalpha())
    sample = None
    for t in texts:
        hit = RUN.search(t) or SUSPICIOUS.search(t)
        if hit:
            start = max(0, hit.start() - 10)
            sample = _visible(t[start:start + 60])
            break
    share = chars / letters if letters else 0.0
    suspected = runs > MOJIBAKE_RUNS or (chars >= MOJIBAKE_MIN_CHARS and share > MOJIBAKE_SHARE)
    return {"mojibake_runs": runs, "mojibake_chars": chars, "letters": letters,
            "mojibake_share": round(share, 4), "mojibake_suspected": suspected, "mojibake_sample": sample}


def run_one(cmd: list[str], rel: str, work: Path, state: Path) -> dict[str, Any]:
    """Run `briefing digest REL -f json -o -` in `work`; what came of it."""
    env = dict(os.environ, BRIEFING_STATE=str(state))
    started = time.perf_counter()
    proc = subprocess.Popen([*cmd, "digest", rel, "-f", "json", "-o", "-"], cwd=work, env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)  # its own process group: a timeout ends its children too
    try:
        out, err = proc.communicate(timeout=TIMEOUT)
        code: int | str = proc.returncode
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = proc.communicate()
        code = "timeout"
    seconds = time.perf_counter() - started
    stderr = err.decode("utf-8", errors="replace")
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    messages = [ln for ln in lines if not PROGRESS.match(ln.strip())]
    row: dict[str, Any] = {
        "file": rel, "folder": rel.split("/", 1)[0], "exit": code, "seconds": round(seconds, 3),
        "traceback": TRACEBACK in stderr, "stderr_lines": len(lines),
        "first_stderr": lines[0][:500] if lines else None, "message": messages[0][:500] if messages else None,
        "internal_error": any("internal error (" in ln for ln in lines),
        "json": False, "stories": None, "articles": None, "skipped": None,
    }
    if TRACEBACK in stderr:
        row["traceback_tail"] = [ln for ln in lines if ln.strip()][-1][:500]
    if code in (0, 3) and out.strip():
        try:
            text = out.decode("utf-8")
        except UnicodeDecodeError:
            row["stdout_not_utf8"] = True
            text = out.decode("utf-8", errors="replace")
        try:
            doc = json.loads(text)
        except json.JSONDecodeError:
            doc = None
        if isinstance(doc, dict):
            stories = doc.get("stories") or []
            row.update(json=True, stories=len(stories),
                       articles=sum(len(s.get("articles") or []) for s in stories if isinstance(s, dict)),
                       skipped=len(doc.get("skipped") or []))
            row.update(mojibake(doc))
    return row


def run_all(files: dict[str, list[str]], work: Path, jobs: int) -> list[dict[str, Any]]:
    cmd = briefing_command()
    states = work.parent / "state"
    states.mkdir(exist_ok=True)
    todo = [rel for folder in FOLDERS for rel in files[folder]]
    done = 0
    lock = threading.Lock()

    def one(pair: tuple[int, str]) -> dict[str, Any]:
        nonlocal done
        i, rel = pair
        row = run_one(cmd, rel, work, states / f"{i:05d}.sqlite3")
        with lock:
            done += 1
            if done % 100 == 0 or done == len(todo):
                print(f"bench_feeds: {done}/{len(todo)} files", file=sys.stderr, flush=True)
        return row

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        rows = list(pool.map(one, enumerate(todo)))
    for row in rows:
        row.update(declared((work / row["file"]).read_bytes()))
    return rows


# --- the report --------------------------------------------------------------------------------------

def normalized(message: str, rel: str) -> str:
    """A message with its own file name and URLs replaced, so that the same message counts once."""
    message = message.replace(rel, "FILE")
    message = re.sub(r"https?://[^\s]*?(?=:\s|[\s;,)]|$)", "URL", message, flags=re.IGNORECASE)
    return re.sub(r"FILE#\d+", "FILE#N", message)


def code_span(text: str | None, width: int = 200) -> str:
    text = (text or "").replace("|", "\\|").replace("`", "'")
    if len(text) > width:
        text = text[:width] + "…"
    return f"`{text}`" if text else "—"


def source_state() -> dict[str, Any]:
    """Where the `briefing` package under test lives, its git commit and local changes, and when its
    newest .py file was written (so that a run over code being edited says so)."""
    where = subprocess.run([sys.executable, "-c", "import briefing; print(briefing.__file__)"], capture_output=True,
                           text=True, check=False).stdout.strip()
    if not where:
        return {"text": "package not importable from this interpreter", "mtime": None}
    pkg = Path(where).parent
    mtime = max((p.stat().st_mtime for p in pkg.rglob("*.py")), default=None)
    head = subprocess.run(["git", "-C", str(pkg), "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                          check=False).stdout.strip()
    if not head:
        return {"text": f"package {pkg}", "mtime": mtime}
    changed = subprocess.run(["git", "--no-optional-locks", "-C", str(pkg), "status", "--porcelain", "--", "."],
                             capture_output=True, text=True, check=False).stdout.splitlines()
    text = f"package {pkg}, commit `{head}`" + (f" + {len(changed)} changed files under it" if changed else "")
    return {"text": text, "mtime": mtime}


def section(title: str, items: list[str]) -> None:
    print(f"\n### {title}\n")
    for item in items or ["none"]:
        print(f"- {item}")


def report(rows: list[dict[str, Any]], meta: dict[str, Any]) -> None:
    files = meta["files"]
    total = sum(len(v) for v in files.values())
    secs = [r["seconds"] for r in rows]
    print("# `briefing digest` over feedparser's test feeds\n")
    print(f"- date: {meta['date']}")
    print(f"- machine: nproc {meta['nproc']}, Python {meta['python']} ({meta['executable']}), "
          f"{meta['briefing']} ({meta['source'][0]['text']}); load average {meta['load'][0]:.1f} → {meta['load'][1]:.1f}")
    print(f"- feedparser: `{meta['commit'][:12]}` ({meta['git_dir']})")
    print(f"- command: `{' '.join(meta['command'])} digest FILE -f json -o -` from a temporary folder, stdin "
          f"/dev/null, timeout {TIMEOUT:.0f} s, BRIEFING_STATE in a temporary folder, {meta['jobs']} at a time")
    print("- files: " + ", ".join(f"{f} {len(files[f])}" for f in FOLDERS) + f" (total {total}"
          + (f"; `--limit {meta['limit']}`" if meta["limit"] else "") + ")")
    if meta["source"][0] != meta["source"][1]:
        print(f"- **warning: the package changed during the run** (now {meta['source'][1]['text']}): the results "
              "mix two versions of the code; run again for a consistent picture")
    if secs:
        print(f"- wall time: {meta['wall']:.0f} s; per file median {statistics.median(secs):.2f} s, "
              f"max {max(secs):.2f} s")

    print("\n## Exit codes\n")
    print("| folder | files | exit 0 | exit 1 | exit 2 | exit 3 | other | timeout | tracebacks |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for folder in (*FOLDERS, None):
        sel = [r for r in rows if folder is None or r["folder"] == folder]
        codes = collections.Counter(r["exit"] for r in sel)
        other = sum(n for c, n in codes.items() if c not in (0, 1, 2, 3, "timeout"))
        cells = [len(sel), codes[0], codes[1], codes[2], codes[3], other, codes["timeout"],
                 sum(r["traceback"] for r in sel)]
        name = folder or "**all**"
        print(f"| {name} | " + " | ".join(str(c) for c in cells) + " |")
    others = collections.Counter(r["exit"] for r in rows if r["exit"] not in (0, 1, 2, 3, "timeout"))
    if others:
        print("\nother exit codes: " + ", ".join(f"{c} × {n}" for c, n in sorted(others.items(), key=str)))
    with_json = [r for r in rows if r["json"]]
    if with_json:
        print(f"\nJSON on stdout: {len(with_json)} files, {sum(r['stories'] for r in with_json)} stories, "
              f"{sum(r['articles'] for r in with_json)} articles, {sum(r['skipped'] for r in with_json)} skipped "
              "entries listed.")

    print("\n## Notable inputs")
    tracebacks = [r for r in rows if r["traceback"]]
    section(f"Tracebacks ({len(tracebacks)})",
            [f"`{r['file']}` (exit {r['exit']}): {code_span(r['first_stderr'])}; last line "
             f"{code_span(r.get('traceback_tail'))}" for r in tracebacks])
    internal = [r for r in rows if r["internal_error"] and not r["traceback"]]
    section(f"Internal errors without a traceback ({len(internal)})",
            [f"`{r['file']}` (exit {r['exit']}): {code_span(r['message'])}" for r in internal])
    timeouts = [r for r in rows if r["exit"] == "timeout"]
    section(f"Timeouts ({len(timeouts)})",
            [f"`{r['file']}`: stderr so far {code_span(r['message'] or r['first_stderr'])}" for r in timeouts])
    moji = [r for r in rows if r.get("mojibake_suspected")]
    section(f"Mojibake suspected ({len(moji)} of {len(with_json)} files with JSON output)",
            [f"`{r['file']}` (exit {r['exit']}; declares encoding {r['encoding'] or '—'}, language "
             f"{r['language'] or '—'}): {r['mojibake_runs']} runs, {r['mojibake_chars']} suspicious chars / "
             f"{r['letters']} letters ({r['mojibake_share']:.0%}); sample {code_span(r['mojibake_sample'], 60)}"
             for r in moji])
    near = [r for r in with_json if not r.get("mojibake_suspected") and r.get("mojibake_chars")]
    if near:
        print(f"\n{len(near)} more files with JSON output hold a few suspicious characters below the threshold: "
              + ", ".join(f"`{r['file']}` ({r['mojibake_chars']})" for r in near[:15])
              + (" …" if len(near) > 15 else ""))
    counts = collections.Counter(normalized(r["message"], r["file"]) for r in rows if r["message"])
    silent = sum(1 for r in rows if not r["message"])
    print("\n### Most common messages\n")
    print("The first stderr line that is not a progress line; the file's own name is `FILE`, URLs are `URL`. "
          f"{silent} files printed no such line.\n")
    print("| count | message |")
    print("|---:|---|")
    for message, n in counts.most_common(10):
        print(f"| {n} | {code_span(message, 240)} |")
    print(f"\n{len(counts)} distinct messages in all.")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--feedparser", type=Path, default=FEEDPARSER,
                    help=f"feedparser's git directory (bare is fine; default {FEEDPARSER})")
    ap.add_argument("--limit", type=int, help="only the first N files of each folder")
    ap.add_argument("--jobs", type=int, default=2, help="briefing processes at once (default 2)")
    ap.add_argument("--out", type=Path, help="also write one JSON line per file here")
    args = ap.parse_args()
    if args.limit is not None and args.limit < 1:
        ap.error("--limit: at least 1")
    if args.jobs < 1:
        ap.error("--jobs: at least 1")
    if not (args.feedparser / "HEAD").is_file() and not (args.feedparser / ".git").exists():
        ap.error(f"--feedparser: {args.feedparser} is not a git directory")
    commit = git(args.feedparser, "rev-parse", "HEAD").decode().strip()
    version = subprocess.run([*briefing_command(), "--version"], capture_output=True, text=True, check=False)
    date = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    load0 = os.getloadavg()[0]
    source = source_state()
    with tempfile.TemporaryDirectory(prefix="bench-feeds-") as tmp:
        work = Path(tmp) / "tests"
        work.mkdir()
        files = extract(args.feedparser, work, args.limit)
        started = time.perf_counter()
        rows = run_all(files, work, args.jobs)
        wall = time.perf_counter() - started
    meta = {"date": date, "nproc": len(os.sched_getaffinity(0)), "python": platform.python_version(),
            "executable": sys.executable, "briefing": version.stdout.strip() or "briefing (version unknown)",
            "source": (source, source_state()), "commit": commit, "git_dir": str(args.feedparser),
            "command": briefing_command(), "jobs": args.jobs, "limit": args.limit, "files": files, "wall": wall,
            "load": (load0, os.getloadavg()[0])}
    report(rows, meta)
    if args.out:
        with args.out.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
