#!/usr/bin/env python3
"""Where the time of a cold `briefing build ARTICLE` (PDF) goes, and the floor it cannot beat.

Each run is a fresh interpreter, as a user's command is. The child times its own phases:

    start     interpreter start-up until the first line of our code runs (site, .pth files)
    imports   `briefing.cli` and what it imports (click, jinja2, the pipeline modules)
    kiwi      Kiwi's cold load (model files)
    analysis  ingest + analysis + extraction (`build_briefings`), Kiwi already loaded
    weasy     importing WeasyPrint (only the PDF path does)
    layout    templates + WeasyPrint layout, every fitting attempt (`_Renderer.layout`)
    write     the PDF write (font subsetting dominates) + the atomic file write

The floor is what any PDF build must pay here (issue 20): start-up, imports (ours and WeasyPrint's),
Kiwi's load, tokenizing the article, and one WeasyPrint layout + write of a one-page Korean document
with the same fonts. Both are also timed whole, from spawn to exit, as a user waits for them: the
headline ratio is `briefing build`'s wall time over the floor process's wall time (start-up and
exit on both sides); the phase sums are printed too.

The script also says which font subsetter WeasyPrint used (libharfbuzz-subset or fontTools) by
counting calls. Compare the two paths on one machine:

    python benchmarks/bench_pdf.py --runs 5                     # whatever this machine has
    python benchmarks/bench_pdf.py --runs 5 --without-hb-subset # as if libharfbuzz-subset0 were absent
    python benchmarks/bench_pdf.py --runs 7 --compare           # both, runs interleaved

`--without-hb-subset` makes WeasyPrint see no libharfbuzz-subset (exactly what it sees when the
Debian package is not installed), so both paths can be measured without uninstalling anything.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "ai-global-cooperation-meeting.txt"

# Shared by both child programs: lap timing from the moment the interpreter was spawned.
PRELUDE = r"""
import time
first = time.time()
t = time.perf_counter()
import json, sys
marks = {"start": first - float(sys.argv[1])}
def lap(name):
    global t
    now = time.perf_counter()
    marks[name] = now - t
    t = now
"""

# With BENCH_NO_HB_SUBSET set, WeasyPrint sees no libharfbuzz-subset (as on a machine without it).
HIDE_HB_SUBSET = r"""
import os
if os.environ.get("BENCH_NO_HB_SUBSET"):
    import warnings
    warnings.simplefilter("ignore")
    import weasyprint.text.ffi as _ffi, weasyprint.pdf.fonts as _fonts
    _ffi.harfbuzz_subset = None
    _fonts.harfbuzz_subset = None
"""

# Runs in a fresh interpreter; argv[1] = wall clock at spawn, argv[2] = article, argv[3] = output.
CHILD = PRELUDE + r"""
from briefing import cli  # noqa: F401 - what the entry point imports
from briefing.batch import load_articles
from briefing.compose import build_briefings
from briefing.text.analyze import get_kiwi
lap("imports")
get_kiwi()
lap("kiwi")
articles, _ = load_articles([sys.argv[2]])
briefings = build_briefings(articles, sentences=None)  # what `briefing build ARTICLE` does: the page takes as many as fit
lap("analysis")
import briefing.render.weasy as weasy
from weasyprint.pdf import fonts as pdf_fonts
""" + HIDE_HB_SUBSET + r"""
lap("weasy")
from briefing.render import pdf
from briefing.render.output import write_atomic
calls = {"harfbuzz": 0, "fonttools": 0}
def counted(name, func):
    def wrapper(*args, **kwargs):
        calls[name] += 1
        return func(*args, **kwargs)
    return wrapper
pdf_fonts.Font._harfbuzz_subset = counted("harfbuzz", pdf_fonts.Font._harfbuzz_subset)
pdf_fonts.Font._fonttools_subset = counted("fonttools", pdf_fonts.Font._fonttools_subset)
spent = {"write": 0.0}
original_write = pdf._Renderer.write
def timed_write(document):
    w = time.perf_counter()
    try:
        return original_write(document)
    finally:
        spent["write"] += time.perf_counter() - w
pdf._Renderer.write = staticmethod(timed_write)
fitted, plan = pdf.fit_briefing(briefings[0])
w = time.perf_counter()
write_atomic(__import__("pathlib").Path(sys.argv[3]), fitted.pdf)
spent["write"] += time.perf_counter() - w
lap("layout")
marks["layout"] -= spent["write"]
marks["write"] = spent["write"]
marks["layouts"] = fitted.layouts
marks["level"] = fitted.level
marks["subset"] = calls
marks["harfbuzz_subset_available"] = bool(pdf_fonts.harfbuzz_subset)
print(json.dumps(marks))
"""

# The floor: start-up, imports, Kiwi, tokenizing the article (argv[2]), and one layout + write of a
# one-page Korean document.
FLOOR = PRELUDE + r"""
from briefing import cli  # noqa: F401
from briefing.text.analyze import get_kiwi
lap("imports")
kiwi = get_kiwi()
lap("kiwi")
kiwi.tokenize(open(sys.argv[2], encoding="utf-8").read())
lap("tokenize")
import briefing.render.weasy  # noqa: F401
""" + HIDE_HB_SUBSET + r"""
lap("weasy")
from briefing.render.pdf import font_face_css, html_to_pdf
html = ("<html><head><style>" + font_face_css() + " html{font-family:NotoSansKR;font-size:10pt}"
        "</style></head><body><h1><b>한 쪽 브리핑</b></h1><p>" + "이재명 대통령이 첫 산업 현장 방문지로 "
        "인공지능(AI)을 택했다. " * 20 + "</p></body></html>")
data, pages = html_to_pdf(html)
assert pages == 1
lap("layout+write")
print(json.dumps(marks))
"""

PHASES = ["start", "imports", "kiwi", "analysis", "weasy", "layout", "write"]
FLOOR_PHASES = ["start", "imports", "kiwi", "tokenize", "weasy", "layout+write"]


# `briefing build` through the entry point, with the subsetter hidden when asked.
CLI = r"""
import os, sys
if os.environ.get("BENCH_NO_HB_SUBSET"):
    import warnings
    warnings.simplefilter("ignore")
    import weasyprint.text.ffi as _ffi, weasyprint.pdf.fonts as _fonts
    _ffi.harfbuzz_subset = None
    _fonts.harfbuzz_subset = None
from briefing.cli import main
sys.argv = ["briefing", *sys.argv[1:]]
main()
"""


def child_env(no_hb: bool) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("BENCH_NO_HB_SUBSET", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed package has its bytecode compiled
    if no_hb:
        env["BENCH_NO_HB_SUBSET"] = "1"
    return env


def spawn(code: str, *args: str, no_hb: bool = False) -> dict:
    """The child's phase marks, and `wall`: its whole run, spawn to exit, timed from here."""
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code, repr(time.time()), *args],
                            capture_output=True, text=True, env=child_env(no_hb), check=True, cwd=ROOT)
    marks = json.loads(result.stdout.strip().splitlines()[-1])
    marks["wall"] = time.perf_counter() - started
    return marks


def wall(command: list[str], no_hb: bool = False) -> float:
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True, cwd=ROOT, env=child_env(no_hb))
    return time.perf_counter() - started


def median(rows: list[dict], key: str) -> float:
    return statistics.median(row[key] for row in rows)


def measure(article: Path, out: str, no_hb: bool) -> dict:
    """One cold build, one cold floor and one end-to-end `briefing build`, in one mode."""
    if no_hb:
        command = [sys.executable, "-c", CLI, "build", str(article), "-o", out]
    else:
        command = [str(Path(sys.executable).with_name("briefing")), "build", str(article), "-o", out]
    return {"build": spawn(CHILD, str(article), out, no_hb=no_hb), "floor": spawn(FLOOR, str(article), no_hb=no_hb),
            "cli": wall(command, no_hb)}


def summarise(runs: list[dict]) -> dict:
    builds = [r["build"] for r in runs]
    floors = [r["floor"] for r in runs]
    subset = builds[-1]["subset"]
    path = "libharfbuzz-subset" if subset["harfbuzz"] and not subset["fonttools"] else (
        "fontTools" if subset["fonttools"] and not subset["harfbuzz"] else f"mixed {subset}")
    return {
        "subset": path,
        "build": {k: median(builds, k) for k in PHASES},
        "floor": {k: median(floors, k) for k in FLOOR_PHASES},
        "cli_wall": statistics.median(r["cli"] for r in runs),
        "floor_wall": statistics.median(f["wall"] for f in floors),
        "ratios": sorted(r["cli"] / r["floor"]["wall"] for r in runs),
        "layouts": builds[-1]["layouts"],
        "level": builds[-1]["level"],
    }


def report(result: dict) -> None:
    build, floor = result["build"], result["floor"]
    print(f"font subsetting: {result['subset']}; fitting: level {result['level']}, "
          f"{result['layouts']} layouts")
    print(f"{'phase':<10}{'build':>8}{'floor':>8}")
    for key in PHASES:
        if key == "layout":
            shown = f"{floor['layout+write']:8.2f}"  # the floor's one layout + write
        elif key == "write":
            shown = f"{'(above)':>8}"
        else:
            shown = f"{floor[key]:8.2f}" if key in floor else f"{'':>8}"
        print(f"{key:<10}{build[key]:8.2f}{shown}")
    print(f"{'tokenize':<10}{'':>8}{floor['tokenize']:8.2f}  (the floor's; ours is in analysis)")
    print(f"{'sum':<10}{sum(build.values()):8.2f}{sum(floor.values()):8.2f}")
    ratios = result["ratios"]
    print(f"end to end (wall, spawn to exit): `briefing build` {result['cli_wall']:.2f} s, floor process "
          f"{result['floor_wall']:.2f} s: {result['cli_wall'] / result['floor_wall']:.2f}× "
          f"(run by run {ratios[0]:.2f}–{ratios[-1]:.2f}×)")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--article", type=Path, default=SAMPLE)
    parser.add_argument("--json", type=Path, help="also write the medians here")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--without-hb-subset", action="store_true",
                      help="hide libharfbuzz-subset from WeasyPrint (fontTools subsetting)")
    mode.add_argument("--compare", action="store_true",
                      help="both paths, runs interleaved (fairer on a busy machine)")
    args = parser.parse_args()
    modes = [False, True] if args.compare else [args.without_hb_subset]

    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "out.pdf")
        spawn(CHILD, str(args.article), out)  # warm the OS file cache (fonts, model, .pyc)
        runs: dict[bool, list[dict]] = {m: [] for m in modes}
        for _ in range(args.runs):
            for m in modes:
                runs[m].append(measure(args.article, out, m))
        bare = statistics.median(wall([sys.executable, "-c", "pass"]) for _ in range(args.runs))

    name = args.article.relative_to(ROOT) if args.article.is_relative_to(ROOT) else args.article
    print(f"article: {name}; medians of {args.runs} cold runs, seconds; "
          f"`python -c pass` {bare:.2f} s; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print()
    results = {}
    for m in modes:
        results["without-hb-subset" if m else "default"] = result = summarise(runs[m])
        report(result)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
