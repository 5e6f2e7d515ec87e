#!/usr/bin/env python3
"""The project's quality figures, from the dev sets and scorers in `../shared/eval/`.

    python eval/run.py                 # both: quote attribution table and ROUGE tables
    python eval/run.py quotes [-v]     # quote attribution / participants / titles / organisations
    python eval/run.py summary         # ROUGE-1/2/L vs. every peer, abstractive and extractive refs
    python eval/run.py fresh           # key sentences on the project's fresh articles vs. an editor's picks
    python eval/run.py --shared PATH   # where the shared eval folder is (default: ../shared/eval)

The dev data is read where it lies and never copied into this project (its terms forbid it). The
summary peers need the harness's own requirements (`pip install -r ../shared/eval/summ/requirements.txt`
and `pip install --no-deps lexrankr==1.0`); `--python` picks the interpreter that has them.
Floors (`FLOORS`) are the figures this project has reached; `--check` exits 1 when one is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

#: Pinned floors: they may only go up.
FLOORS = {
    "attribution_f1": 0.95,
    "participants_f1": 0.90,
    "title_accuracy": 0.90,
    "organization_accuracy": 0.90,
}


def briefing_cmd() -> str:
    exe = shutil.which("briefing")
    return f"{exe} build" if exe else f"{sys.executable} -m briefing build"


def run_quotes(shared: Path, verbose: bool) -> dict:
    scorer = shared / "quotes" / "score.py"
    gold = shared / "quotes" / "gold" / "dev"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "totals.json"
        cmd = [sys.executable, str(scorer), str(gold), "--cmd", briefing_cmd() + " {dir} -f json -o -",
               "--json", str(out)] + (["--verbose"] if verbose else [])
        print("## Quote attribution (dev gold, ../shared/eval/quotes)\n", flush=True)
        subprocess.run(cmd, check=True, cwd=scorer.parent)
        return json.loads(out.read_text(encoding="utf-8"))


def run_summary(shared: Path, python: str) -> None:
    harness = shared / "summ" / "run.py"
    cmd_ext = briefing_cmd() + " {dir} -f json -o - --sentences 3"
    for ref in ("abstractive", "extractive"):
        print(f"\n## Summary, {ref} reference (dev, ../shared/eval/summ)\n", flush=True)
        subprocess.run([python, str(harness), "--split", "dev", "--ref", ref, "--external-cmd", cmd_ext,
                        "--name", "briefing", "--systems",
                        "lead3,textrankr,lexrankr,sumy_lexrank,sumy_textrank,sumy_lsa,krwordrank,oracle"],
                       check=True, cwd=harness.parent)


def print_fresh() -> None:
    """Key sentences on the project's own fresh articles (needs nothing from ../shared)."""
    sys.path.insert(0, str(HERE))
    from fresh_summary import evaluate, print_table

    print_table(evaluate())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", nargs="?", choices=["all", "quotes", "summary", "fresh"], default="all")
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("BRIEFING_SHARED_EVAL", ROOT.parent / "shared" / "eval")))
    ap.add_argument("--python", default=os.environ.get("BRIEFING_EVAL_PYTHON", sys.executable),
                    help="interpreter with the summary harness requirements")
    ap.add_argument("-v", "--verbose", action="store_true", help="per-article quote errors")
    ap.add_argument("--check", action="store_true", help="exit 1 when a figure is below its floor")
    args = ap.parse_args()
    if args.what == "fresh":
        print_fresh()
        return 0
    if not args.shared.is_dir():
        print(f"eval: {args.shared} not found (the dev sets live in ../shared/eval)", file=sys.stderr)
        return 1
    failed = []
    if args.what in ("all", "quotes"):
        totals = run_quotes(args.shared, args.verbose)
        figures = {"attribution_f1": totals["attribution"][2], "participants_f1": totals["participants"][2],
                   "title_accuracy": totals["title_acc"], "organization_accuracy": totals["org_acc"]}
        failed += [k for k, floor in FLOORS.items() if k in figures and figures[k] < floor]
    if args.what in ("all", "summary"):
        run_summary(args.shared, args.python)
    if args.what == "all":
        print_fresh()
    if failed and args.check:
        print(f"\nbelow floor: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
