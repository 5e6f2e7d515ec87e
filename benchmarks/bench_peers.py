#!/usr/bin/env python3
"""Peers: time per article of each peer's sentence selection vs. our whole extraction, same articles.

The peers are the summarizers wired up in `../shared/eval/summ/baselines.py` (textrankr, lexrankr,
sumy LexRank / TextRank / LSA, KR-WordRank; Lead-3 for scale). They run in the interpreter that has
their requirements (`--python`, default `$BRIEFING_EVAL_PYTHON` or /work/evalvenv/bin/python),
imported from `../shared` where they lie. Each gets every article already split and tokenized by
the harness (untimed): what is timed is the selection step alone.

For `briefing` the same articles are analysed by Kiwi (untimed, reported for scale), and two things
are timed: the selection alone (ranking + MMR, what the peers do) and the whole per-article
extraction (quotes, participants, key sentences, keywords: everything after Kiwi).

Each article is timed `--repeat` times per system and its best time kept; the table gives the median
and the mean over articles, and how many articles our whole extraction finished faster than the
peer's selection. The quality columns are the dev ROUGE figures quoted from docs/eval.md
(`python eval/run.py summary` recomputes them).

Articles: the summarization dev set, `../shared/eval/summ/data/dev.jsonl`, read where it lies.
Without `../shared` there are no peers to run and the script says so.

    python benchmarks/bench_peers.py [--repeat 5] [--python /work/evalvenv/bin/python]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUMM = ROOT.parent / "shared" / "eval" / "summ"
DEV = SUMM / "data" / "dev.jsonl"
EVAL_DOC = ROOT / "docs" / "eval.md"
DEFAULT_PYTHON = os.environ.get("BRIEFING_EVAL_PYTHON", "/work/evalvenv/bin/python")

PEERS = ["lead3", "textrankr", "lexrankr", "sumy_lexrank", "sumy_textrank", "sumy_lsa", "krwordrank"]
LABELS = {"lead3": "Lead-3", "textrankr": "textrankr", "lexrankr": "lexrankr", "sumy_lexrank": "sumy LexRank",
          "sumy_textrank": "sumy TextRank", "sumy_lsa": "sumy LSA", "krwordrank": "KR-WordRank",
          "briefing": "briefing"}

# Runs in the peers' interpreter: argv[1] = summ folder, argv[2] = articles (JSON file), argv[3] = repeat,
# argv[4] = systems (comma-separated). Prints {system: [best ms per article]}.
PEERS_CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
import baselines
texts = json.load(open(sys.argv[2], encoding="utf-8"))
repeat = int(sys.argv[3])
systems = sys.argv[4].split(",")
prepared = [baselines.prepare(str(i), t) for i, t in enumerate(texts)]
out = {}
for name in systems:
    baselines.summarize(name, prepared[0])  # imports and first-call set-up are not per-article costs
    times = []
    for a in prepared:
        best = float("inf")
        for _ in range(repeat):
            t = time.perf_counter()
            baselines.summarize(name, a)
            best = min(best, time.perf_counter() - t)
        times.append(best * 1000)
    out[name] = times
print(json.dumps(out))
"""


def dev_texts() -> list[str]:
    return [json.loads(line)["text"] for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]


def time_peers(texts: list[str], python: str, repeat: int, systems: list[str]) -> dict[str, list[float]]:
    with tempfile.TemporaryDirectory(prefix="bench-peers-") as tmp:
        data = Path(tmp) / "articles.json"
        data.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        done = subprocess.run([python, "-c", PEERS_CHILD, str(SUMM), str(data), str(repeat), ",".join(systems)],
                              capture_output=True, text=True, cwd=SUMM, check=False)
    if done.returncode != 0:
        raise SystemExit(f"peers failed ({python}):\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def time_briefing(texts: list[str], repeat: int) -> dict[str, list[float]]:
    """Best ms per article: Kiwi analysis (scale), selection alone, whole extraction + selection."""
    sys.path.insert(0, str(ROOT))
    from briefing.compose import DEFAULT_SENTENCES, RANKED_POOL, _title_terms, briefing_from_sentences
    from briefing.sources.ingest import article_from_text
    from briefing.summary.rank import order_by_mmr, rank_sentences
    from briefing.text.analyze import analyze, get_kiwi

    get_kiwi()
    articles = [article_from_text(t, f"{i:03d}.txt") for i, t in enumerate(texts)]
    out: dict[str, list[float]] = {"kiwi": [], "selection": [], "extraction": []}
    for article in articles:
        best = {k: float("inf") for k in out}
        for _ in range(repeat):
            t = time.perf_counter()
            sentences = analyze(article.text)
            best["kiwi"] = min(best["kiwi"], time.perf_counter() - t)
            terms = _title_terms(article.title)
            gc.collect()
            t = time.perf_counter()
            ranked = rank_sentences(sentences, title_terms=terms)
            order_by_mmr(sentences, ranked, limit=max(RANKED_POOL, DEFAULT_SENTENCES))
            best["selection"] = min(best["selection"], time.perf_counter() - t)
            t = time.perf_counter()
            briefing_from_sentences(article, sentences, title_terms=terms)
            best["extraction"] = min(best["extraction"], time.perf_counter() - t)
        for k, times in out.items():
            times.append(best[k] * 1000)
    return out


def quality() -> dict[str, list[str]]:
    """ROUGE figures per system from the dev table in docs/eval.md (abstractive and extractive R1/R2/RL)."""
    if not EVAL_DOC.is_file():
        return {}
    names = {v: k for k, v in LABELS.items()}
    out: dict[str, list[str]] = {}
    in_table = False
    for line in EVAL_DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("| system | abstractive R1"):
            in_table = True
            continue
        if in_table and not line.startswith("|"):
            break
        if in_table:
            cells = [re.sub(r"^[*]+|[*]+$", "", c.strip()) for c in line.strip("|").split("|")]
            if cells[0] in names:
                out[names[cells[0]]] = cells[1:7]
    return out


def measure(repeat: int, python: str) -> dict:
    if not DEV.is_file():
        return {"skipped": f"{DEV} not found: the peers and their articles live in ../shared"}
    if not Path(python).exists():
        return {"skipped": f"no peer interpreter at {python} (--python / BRIEFING_EVAL_PYTHON)"}
    texts = dev_texts()
    load = [os.getloadavg()[0]]
    peers = time_peers(texts, python, repeat, PEERS)
    load.append(os.getloadavg()[0])
    ours = time_briefing(texts, repeat)
    load.append(os.getloadavg()[0])
    return {"articles": len(texts), "repeat": repeat, "peers": peers, "briefing": ours, "quality": quality(),
            "load": load}


def report(r: dict) -> None:
    print("## Peers: selection time per article, same articles, same machine\n")
    if "skipped" in r:
        print(f"skipped: {r['skipped']}")
        return
    ours, q = r["briefing"], r["quality"]
    whole = ours["extraction"]
    print(f"{r['articles']} dev articles (../shared/eval/summ), best of {r['repeat']} per article; "
          f"load average {min(r['load']):.1f}–{max(r['load']):.1f}. "
          "ROUGE F1 ×100 on dev from docs/eval.md (abstractive R1/R2/RL · extractive R1/R2/RL).\n")
    print("| system | step timed | ms/article, median | mean | articles where our whole extraction is faster "
          "| abstractive R1/R2/RL | extractive R1/R2/RL |")
    print("|---|---|---:|---:|---:|---|---|")

    def rouge(name: str) -> tuple[str, str]:
        cells = q.get(name)
        return (" / ".join(cells[:3]), " / ".join(cells[3:6])) if cells and len(cells) >= 6 else ("", "")

    for name in PEERS:
        times = r["peers"][name]
        faster = sum(1 for ours_ms, peer_ms in zip(whole, times) if ours_ms < peer_ms)
        abstr, extr = rouge(name)
        print(f"| {LABELS[name]} | selection | {statistics.median(times):.2f} | {statistics.mean(times):.2f} | "
              f"{faster}/{len(times)} | {abstr} | {extr} |")
    abstr, extr = rouge("briefing")
    print(f"| **briefing** | selection (ranking + MMR) | {statistics.median(ours['selection']):.2f} | "
          f"{statistics.mean(ours['selection']):.2f} | | {abstr} | {extr} |")
    print(f"| **briefing** | whole extraction (quotes, participants, key sentences, keywords) | "
          f"**{statistics.median(whole):.2f}** | **{statistics.mean(whole):.2f}** | | | |")
    print(f"| (briefing) | Kiwi analysis of the article, for scale (not in any row above) | "
          f"{statistics.median(ours['kiwi']):.2f} | {statistics.mean(ours['kiwi']):.2f} | | | |")
    real = [n for n in PEERS if n != "lead3"]
    slowest_ok = all(statistics.median(whole) < statistics.median(r["peers"][n]) for n in real)
    print(f"\nour whole extraction vs. every peer's selection alone (Lead-3 aside): "
          f"{'faster' if slowest_ok else 'NOT faster'} by the median; "
          + ", ".join(f"{LABELS[n]} {statistics.median(r['peers'][n]) / statistics.median(whole):.1f}×" for n in real))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5, help="timings per article and system; the best is kept")
    ap.add_argument("--python", default=DEFAULT_PYTHON, help="interpreter with the peers' requirements")
    ap.add_argument("--json", type=Path, help="also write the measurements here")
    args = ap.parse_args()
    result = measure(args.repeat, args.python)
    report(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
