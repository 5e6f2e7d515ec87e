#!/usr/bin/env python3
"""The project's quality figures, from the dev sets and scorers in `../shared/eval/`.

    python eval/run.py                 # both: quote attribution table and ROUGE tables
    python eval/run.py quotes [-v]     # quote attribution / participants / titles / organisations:
                                       # dev gold, then the real-news check and tune parts, the
                                       # summ-news check and tune parts, people
                                       # on konec's news sentences with their titles and organisations
                                       # (`eval/konec_people.py`), then the entity model's held-out F1
                                       # per type
    python eval/run.py summary         # ROUGE-1/2/L vs. every peer, abstractive and extractive refs
    python eval/run.py summary --cv    # the same, out-of-fold: weights chosen on the other folds only,
                                       # per reference kind and article kind, bootstrap intervals
    python eval/run.py fresh           # key sentences on the project's fresh articles vs. an editor's picks
    python eval/run.py stories         # a digest's stories across outlets on the real-news set (check, tune)
    python eval/run.py --shared PATH   # where the shared eval folder is (default: ../shared/eval)

The dev data is read where it lies and never copied into this project (its terms forbid it). The
summary peers need the harness's own requirements (`pip install -r ../shared/eval/summ/requirements.txt`
and `pip install --no-deps lexrankr==1.0`); `--python` picks the interpreter that has them.
Floors (`FLOORS`, and `SUMMARY_MARGIN` over the best summary peer) are the figures this project has
reached; `--check` exits 1 when one is missed.
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

#: Issue 5's target: on both reference kinds, ROUGE-1, -2 and -L at least this far above the best peer.
SUMMARY_MARGIN = 2.0
#: The harness rows that are not peers: ours and the oracle (an upper bound, not a system).
NOT_PEERS = ("briefing", "oracle")


def briefing_cmd() -> str:
    exe = shutil.which("briefing")
    return f"{exe} build" if exe else f"{sys.executable} -m briefing build"


def score_quotes(shared: Path, gold: Path, heading: str, verbose: bool) -> dict:
    """Run the shared quote scorer on the gold folder `gold` with briefing as the system; print its
    tables under `heading`; return its totals."""
    scorer = shared / "quotes" / "score.py"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "totals.json"
        cmd = [sys.executable, str(scorer), str(gold), "--cmd", briefing_cmd() + " {dir} -f json -o -",
               "--json", str(out)] + (["--verbose"] if verbose else [])
        print(f"## {heading}\n", flush=True)
        subprocess.run(cmd, check=True, cwd=scorer.parent)
        return json.loads(out.read_text(encoding="utf-8"))


def run_quotes(shared: Path, verbose: bool) -> dict:
    return score_quotes(shared, shared / "quotes" / "gold" / "dev",
                        "Quote attribution (dev gold, ../shared/eval/quotes)", verbose)


def run_real_news(shared: Path, verbose: bool) -> dict[str, dict]:
    """The real-news development set (`eval/real_news.py`): the check part first (the figures that
    count; nothing is fitted on it), then the tune part, each also on its articles that hold double
    quotes that are not speech (where detection precision is the measure)."""
    sys.path.insert(0, str(HERE))
    from real_news import GOLD, materialize, split

    totals = {}
    for part, ids in split().items():  # each set's check part before its tune part
        for subset in (False, True):
            with tempfile.TemporaryDirectory() as tmp:
                count = materialize(shared, ids, Path(tmp), only_with_non_quotes=subset)
                if not count:
                    what = "no article with double quotes that are not speech" if subset else \
                        f"no gold in {GOLD.relative_to(ROOT)}"
                    print(f"## Real news, {part} part: {what}\n", flush=True)
                    continue
                what = "articles with double quotes that are not speech" if subset else "all articles"
                name = f"{part}{'-non-speech' if subset else ''}"
                totals[name] = score_quotes(shared, Path(tmp), f"Quote attribution (real news, {part} part, "
                                            f"{what}: {count})", verbose and not subset)
    return totals


def run_summ_news(shared: Path, verbose: bool) -> dict[str, dict]:
    """The summ-news set (`eval/real_news.py`, `SUMM_NEWS`): the summary harness's dev articles with
    this project's gold for who said what; check part first, then tune."""
    sys.path.insert(0, str(HERE))
    from real_news import SUMM_NEWS, materialize

    totals = {}
    for part, ids in SUMM_NEWS.split().items():
        with tempfile.TemporaryDirectory() as tmp:
            count = materialize(shared, ids, Path(tmp), corpus=SUMM_NEWS)
            if not count:
                print(f"## Summ news, {part} part: no gold in {SUMM_NEWS.gold.relative_to(ROOT)}\n", flush=True)
                continue
            totals[part] = score_quotes(shared, Path(tmp), f"Quote attribution (summ news: the summary set's "
                                        f"articles, {part} part: {count})", verbose)
    return totals


def run_konec_people(ner: Path) -> None:
    """Who is named, and with what title and organisation, on konec's annotated news sentences
    (`eval/konec_people.py`): check half first."""
    sys.path.insert(0, str(HERE))
    from konec_people import report

    report(ner)


def print_entity_model() -> None:
    """The shipped entity model's held-out figures, as its training script wrote them."""
    sys.path.insert(0, str(ROOT / "eval" / "entities"))
    from train import heading

    heldout = json.loads((ROOT / "briefing" / "entities" / "data" / "heldout.json").read_text(encoding="utf-8"))
    print(f"## Entity model (briefing/entities), {heading(heldout)}\n")
    print("| type | P | R | F1 | gold spans |\n|---|---|---|---|---|")
    for kind, row in heldout["types"].items():
        print(f"| {kind} | {row['p']:.3f} | {row['r']:.3f} | {row['f1']:.3f} | {row['gold']} |")
    print(flush=True)
    weights = json.loads((ROOT / "briefing" / "entities" / "data" / "affiliations.json").read_text(encoding="utf-8"))
    fills = weights.get("out_of_fold_fills", {})
    print(f"## Affiliation model (briefing/people/affiliations.py): bodies it fills, out-of-fold on the tune "
          f"halves\n\n{fills.get('right', 0)} right, {fills.get('wrong', 0)} wrong (the gold gives another), "
          f"{fills.get('where the gold has none', 0)} where the gold gives none; fitted on {weights['pairs']:,} "
          f"pairs of {weights['articles']} tune articles\n", flush=True)


def run_summary(shared: Path, python: str) -> dict[str, dict[str, float]]:
    """Both harness runs, printed as they come; returns {reference: {metric: margin over the best peer}}."""
    harness = shared / "summ" / "run.py"
    cmd_ext = briefing_cmd() + " {dir} -f json -o - --sentences 3"
    margins = {}
    for ref in ("abstractive", "extractive"):
        print(f"\n## Summary, {ref} reference (dev, ../shared/eval/summ)\n", flush=True)
        done = subprocess.run([python, str(harness), "--split", "dev", "--ref", ref, "--external-cmd", cmd_ext,
                               "--name", "briefing", "--systems",
                               "lead3,textrankr,lexrankr,sumy_lexrank,sumy_textrank,sumy_lsa,krwordrank,oracle"],
                              check=True, cwd=harness.parent, stdout=subprocess.PIPE, text=True)
        print(done.stdout, end="", flush=True)
        margins[ref] = margin_over_best_peer(rouge_rows(done.stdout))
        print(margin_line(ref, margins[ref]), flush=True)
    return margins


def run_summary_cv(shared: Path, python: str) -> None:
    """`eval/summary_cv.py`: our summaries for every configuration (this interpreter), then the
    harness's scores, folds and tables (`python`, which has the harness's requirements)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "summaries.jsonl"
        script = str(HERE / "summary_cv.py")
        subprocess.run([sys.executable, script, "emit", "--shared", str(shared), "--summaries", str(out)], check=True)
        subprocess.run([python, script, "score", "--shared", str(shared), "--summaries", str(out)], check=True)


def rouge_rows(report: str) -> dict[str, dict[str, float]]:
    """{system: {"R1", "R2", "RL"}} from the harness's Markdown tables (`| name | R1 | R2 | RL | …`)."""
    rows: dict[str, dict[str, float]] = {}
    header: list[str] = []
    for line in report.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.lstrip().startswith("|") else []
        if cells[:1] == ["system"]:
            header = cells
        elif header and len(cells) == len(header) and not set(cells[0]) <= set("-:"):
            row = dict(zip(header, cells))
            try:
                rows[cells[0]] = {k: float(row[k]) for k in ("R1", "R2", "RL")}
            except (KeyError, ValueError):
                continue
    return rows


def margin_over_best_peer(rows: dict[str, dict[str, float]]) -> dict[str, float]:
    """Ours minus the best peer, per metric (each metric's best peer may differ)."""
    peers = [r for name, r in rows.items() if name not in NOT_PEERS]
    if "briefing" not in rows or not peers:
        raise ValueError("the harness report has no briefing row or no peer rows")
    return {k: rows["briefing"][k] - max(p[k] for p in peers) for k in ("R1", "R2", "RL")}


def margin_line(ref: str, margin: dict[str, float]) -> str:
    figures = " / ".join(f"{margin[k]:+.2f}" for k in ("R1", "R2", "RL"))
    met = "met" if all(v >= SUMMARY_MARGIN for v in margin.values()) else "NOT met"
    return f"\nbriefing over the best peer ({ref}, R1 / R2 / RL): {figures} — target +{SUMMARY_MARGIN:.0f} {met}"


def print_fresh() -> None:
    """Key sentences on the project's own fresh articles (needs nothing from ../shared)."""
    sys.path.insert(0, str(HERE))
    from fresh_summary import evaluate, print_table, score_articles

    scores = score_articles()  # every article built and scored once, for both tables
    print_table(evaluate(scores, independent_only=True), "the independent editor's picks")
    print_table(evaluate(scores), "all picks, the writers' own included")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", nargs="?", choices=["all", "quotes", "summary", "fresh", "stories"], default="all")
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("BRIEFING_SHARED_EVAL", ROOT.parent / "shared" / "eval")))
    ap.add_argument("--python", default=os.environ.get("BRIEFING_EVAL_PYTHON", sys.executable),
                    help="interpreter with the summary harness requirements")
    ap.add_argument("-v", "--verbose", action="store_true", help="per-article quote errors")
    ap.add_argument("--check", action="store_true", help="exit 1 when a figure is below its floor")
    ap.add_argument("--cv", action="store_true", help="summary: out-of-fold figures (eval/summary_cv.py)")
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
        run_real_news(args.shared, args.verbose)
        run_summ_news(args.shared, args.verbose)
        run_konec_people(args.shared.parent / "data" / "ner")
        print_entity_model()
    if args.what in ("all", "stories"):
        sys.path.insert(0, str(HERE))
        import stories

        stories.print_table(stories.run(args.shared))
    if args.what == "summary" and args.cv:
        run_summary_cv(args.shared, args.python)
        return 0
    if args.what in ("all", "summary"):
        margins = run_summary(args.shared, args.python)
        failed += [f"summary margin ({ref} {k})" for ref, m in margins.items() for k, v in m.items()
                   if v < SUMMARY_MARGIN]
    if args.what == "all":
        print_fresh()
    if failed and args.check:
        print(f"\nbelow floor: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
