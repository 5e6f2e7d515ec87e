#!/usr/bin/env python3
"""Batch analysis: `briefing build DIR -f json` over ≥ 100 Korean news articles vs. the Kiwi floor.

The floor is what any Kiwi-based tool pays for the same texts, measured in the same run: a fresh
interpreter that imports kiwipiepy, loads Kiwi with the pipeline's own options (the same
dictionaries, the same worker threads) and tokenizes every article once (`Kiwi.tokenize` over the
list of texts, so Kiwi's threads share the work). Our run is the real command, `briefing build DIR -f
json -o /dev/null`, start to exit. Runs alternate (floor, ours, floor, ours, …) so both see the same
machine load; the table gives the best and the median run, and the CPU seconds (user + system, all
threads) next to the wall time.

Articles: the real Korean news texts within reach, read where they lie and written only to a
temporary folder: the summarization dev set (`../shared/eval/summ/data/dev.jsonl`) and the quote gold
set (`../shared/eval/quotes/gold/dev/`) when `../shared` is there, the articles in `tests/data/digest/`
and `seeds/`. The folder is topped up to `--count` with copies whose body paragraphs are rotated, or
shuffled once every rotation is used (a distinct text of the same kind: different lead, same sentences).

    python benchmarks/bench_batch.py                  # 200 articles, 5 alternating runs
    python benchmarks/bench_batch.py --count 100 --runs 3
    python benchmarks/bench_batch.py --baseline /path/to/other/checkout   # also time another version
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
DEV = SHARED / "summ" / "data" / "dev.jsonl"
GOLD = SHARED / "quotes" / "gold" / "dev"


def real_articles() -> list[tuple[str, str]]:
    """(name, file text) of every real article within reach."""
    out: list[tuple[str, str]] = []
    if DEV.is_file():
        for line in DEV.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                out.append((f"dev-{len(out):03d}", record["text"]))
    if GOLD.is_dir():
        for path in sorted(GOLD.rglob("*.json")):
            out.append((f"gold-{path.stem}", json.loads(path.read_text(encoding="utf-8"))["text"]))
    for folder in (ROOT / "tests" / "data" / "digest", ROOT / "seeds"):
        if folder.is_dir():
            out += [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    return out


def _variant(name: str, text: str, v: int) -> str:
    """Variant v ≥ 1 of an article: its body paragraphs rotated by v, or, once every rotation is used,
    shuffled (deterministically); front matter stays on top."""
    head = ""
    if text.startswith("---\n") and "\n---\n" in text[4:]:
        end = text.index("\n---\n", 4) + 5
        head, text = text[:end], text[end:]
    paras = [p for p in text.split("\n") if p.strip()]
    if len(paras) < 2:
        return head + text
    if v < len(paras):
        paras = paras[v:] + paras[:v]
    else:
        random.Random(f"{name}-{v}").shuffle(paras)
    return head + "\n".join(paras) + "\n"


def corpus(count: int) -> list[tuple[str, str]]:
    """`count` (file name, text): the real articles, then rotated copies of them."""
    real = real_articles()
    if not real:
        raise SystemExit("no articles found (seeds/ is missing)")
    texts = [(f"{i:05d}-{name}.txt", text) for i, (name, text) in enumerate(real[:count])]
    i = 0
    while len(texts) < count:
        name, text = real[i % len(real)]
        v = i // len(real) + 1
        texts.append((f"{len(texts):05d}-{name}-v{v}.txt", _variant(name, text, v)))
        i += 1
    return texts


# The floor, in a fresh interpreter: argv[1] = folder, argv[2] = Kiwi options (JSON), argv[3] = workers.
FLOOR = r"""
import json, sys, time
from pathlib import Path
t0 = time.perf_counter()
from kiwipiepy import Kiwi
t1 = time.perf_counter()
kiwi = Kiwi(num_workers=int(sys.argv[3]), **json.loads(sys.argv[2]))
kiwi.tokenize("")  # Kiwi builds its model on first use: that is part of loading it
t2 = time.perf_counter()
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).iterdir())]
tokens = 0
for toks in kiwi.tokenize(texts):
    tokens += len(toks)
t3 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "load": t2 - t1, "tokenize": t3 - t2, "tokens": tokens}))
"""


def user_env(**extra: str) -> dict[str, str]:
    """The environment of a timed run: this one, less `PYTHONDONTWRITEBYTECODE` (an installed package
    has its bytecode compiled; without it every run would compile the whole package again, ≈ 0.1 s)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra)
    return env


def timed(cmd: list[str], env: dict[str, str] | None = None, cwd: Path = ROOT) -> tuple[float, float, str]:
    """(wall s, CPU s of the child: user + system, all threads, stdout) of one run."""
    before = os.times()
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env or user_env(), cwd=cwd, check=False)
    wall = time.perf_counter() - started
    after = os.times()
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:4])} … failed ({done.returncode}):\n{done.stderr[-2000:]}")
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return wall, cpu, done.stdout


def briefing_command() -> list[str]:
    script = Path(sys.executable).with_name("briefing")
    return [str(script)] if script.exists() else [sys.executable, "-m", "briefing"]


def kiwi_settings() -> tuple[dict[str, bool], int]:
    sys.path.insert(0, str(ROOT))
    from briefing.text.analyze import KIWI_OPTIONS, kiwi_workers

    return dict(KIWI_OPTIONS), kiwi_workers()


def measure(count: int, runs: int, baseline: Path | None = None) -> dict:
    options, workers = kiwi_settings()
    articles = corpus(count)
    chars = sum(len(t) for _, t in articles)
    rows: dict[str, list[tuple[float, float]]] = {"floor": [], "ours": []}
    if baseline:
        rows["baseline"] = []
    floor_parts: list[dict] = []
    load = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for name, text in articles:
            (folder / name).write_text(text, encoding="utf-8")
        ours = briefing_command() + ["build", str(folder), "-f", "json", "-o", os.devnull]
        floor = [sys.executable, "-c", FLOOR, str(folder), json.dumps(options), str(workers)]
        if baseline:  # run from the baseline's folder: `python -m` puts the working folder first on sys.path
            base_env = user_env(PYTHONPATH=str(baseline))
            base_cmd = [sys.executable, "-m", "briefing", "build", str(folder), "-f", "json", "-o", os.devnull]
            check = subprocess.run([sys.executable, "-c", "import briefing; print(briefing.__file__)"], cwd=baseline,
                                   env=base_env, capture_output=True, text=True, check=True).stdout.strip()
            if not Path(check).resolve().is_relative_to(baseline.resolve()):
                raise SystemExit(f"--baseline: imports {check}, not the package in {baseline}")
        timed(floor)  # warm the OS file cache (model files, .pyc) before anything is timed
        timed(ours)
        for _ in range(runs):
            wall, cpu, out = timed(floor)
            rows["floor"].append((wall, cpu))
            floor_parts.append(json.loads(out.strip().splitlines()[-1]))
            rows["ours"].append(timed(ours)[:2])
            if baseline:
                rows["baseline"].append(timed(base_cmd, base_env, baseline)[:2])
            load.append(os.getloadavg()[0])
    return {"articles": len(articles), "chars": chars, "runs": runs, "rows": rows, "floor_parts": floor_parts,
            "load": load, "options": options, "workers": workers, "cpus": os.cpu_count()}


def report(r: dict) -> None:
    rows, n = r["rows"], r["articles"]
    best = {k: min(w for w, _ in v) for k, v in rows.items()}
    med = {k: statistics.median(w for w, _ in v) for k, v in rows.items()}
    cpu = {k: statistics.median(c for _, c in v) for k, v in rows.items()}
    parts = r["floor_parts"]
    print(f"## Batch analysis: {n} articles, {r['chars']:,} characters\n")
    print(f"Kiwi {r['options']}, num_workers={r['workers']} ({r['cpus']} CPUs); {r['runs']} alternating runs; "
          f"load average {min(r['load']):.1f}–{max(r['load']):.1f} during the runs.\n")
    print("| run | wall s, best | wall s, median | CPU s, median | articles/s (best) |")
    print("|---|---:|---:|---:|---:|")
    names = {"floor": "Kiwi floor: python + import + load + tokenize once", "ours": "`briefing build DIR -f json`",
             "baseline": "baseline (`--baseline`)"}
    for k in rows:
        print(f"| {names[k]} | {best[k]:.2f} | {med[k]:.2f} | {cpu[k]:.2f} | {n / best[k]:.0f} |")
    print(f"|   floor: import kiwipiepy / Kiwi load / tokenize (best) | "
          f"{min(p['import'] for p in parts):.2f} / {min(p['load'] for p in parts):.2f} / "
          f"{min(p['tokenize'] for p in parts):.2f} | | | |")
    print(f"\nratio to the floor: **{best['ours'] / best['floor']:.2f}×** best, {med['ours'] / med['floor']:.2f}× median "
          f"(CPU {cpu['ours'] / cpu['floor']:.2f}×); target ≤ 1.3×")
    if "baseline" in rows:
        print(f"baseline: {best['baseline'] / best['floor']:.2f}× best, {med['baseline'] / med['floor']:.2f}× median")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=200, help="articles (default 200)")
    ap.add_argument("--runs", type=int, default=5, help="alternating runs of each (default 5)")
    ap.add_argument("--baseline", type=Path, help="a folder holding another `briefing` package to time as well")
    ap.add_argument("--json", type=Path, help="also write the measurements here")
    args = ap.parse_args()
    if args.baseline and not (args.baseline / "briefing").is_dir():
        ap.error(f"--baseline: no briefing/ package in {args.baseline}")
    result = measure(args.count, args.runs, args.baseline)
    report(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
