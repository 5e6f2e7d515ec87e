#!/usr/bin/env python3
"""Key sentences under cross-validation: out-of-fold ROUGE on the summary dev set, with the peers.

    python eval/run.py summary --cv --python VENV/bin/python   # the usual way (both steps below)

Step 1, `emit` (the project's interpreter): every dev article of `../shared/eval/summ/data/dev.jsonl`
is read as `briefing build` reads a file (`read_article`), analysed once, and its three key sentences
are written for every ranking configuration of `GRID` (the weights of `RankingWeights` that shape
the ranking), as JSON Lines.

Step 2, `score` (an interpreter with the harness's requirements): the harness's own ROUGE
(`rouge_ko`) and peers (`baselines`) score every article. Folds are made once, by article,
stratified by kind (the id's prefix: `aihub` regional papers, `scinews` science/IT news, `dacon`),
`FOLDS` of them. For each fold the configuration with the best mean ROUGE (R1, R2, RL, both
references) on the *other* folds is chosen, and the fold's articles are scored with it: the
out-of-fold figures. They are printed per reference kind and per article kind, next to the
configuration this project ships scored in-sample and the peers (which have nothing to fit), with
the margin over the best peer and a 95 % paired bootstrap interval for it. The configuration the
same procedure picks on all articles is printed last: what `RankingWeights` should hold.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import statistics
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

FOLDS = 5
BOOTSTRAP = 2000
SEED = 0
#: The ranking weights searched (the rest keep their shipped values): the lead prior against
#: centrality, how fast the prior falls, how much a long sentence is discounted, the title's weight.
GRID = {
    "position": (0.5, 0.65, 0.8),
    "position_decay": (0.6, 0.9, 1.5, 3.0),
    "length_norm": (0.3, 0.5),
    "title": (0.0, 0.1, 0.3),
}
REFS = ("abstractive", "extractive")
METRICS = ("R1", "R2", "RL")
PEERS = ("lead3", "textrankr", "lexrankr", "sumy_lexrank", "sumy_textrank", "sumy_lsa", "krwordrank")


def configs() -> list[dict[str, float]]:
    keys = sorted(GRID)
    return [dict(zip(keys, values, strict=True)) for values in itertools.product(*(GRID[k] for k in keys))]


def kind_of(article_id: str) -> str:
    return article_id.split("-", 1)[0]


# --- step 1: our summaries for every configuration (the project's interpreter) ---------------------

def dev_articles(dev: Path) -> Iterator[tuple[str, dict, Any, list, list[str]]]:
    """(id, record, article, sentences, title terms) of every dev article, read as `briefing build`
    reads a file (`read_article`) and analysed once; also read by the experiments of `eval/h15/`."""
    sys.path.insert(0, str(ROOT))
    import tempfile

    from briefing.compose import _title_terms
    from briefing.sources.ingest import read_article
    from briefing.text.analyze import analyze

    with tempfile.TemporaryDirectory() as tmp:
        for line in dev.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            path = Path(tmp) / f"{rec['id']}.txt"
            path.write_text(rec["text"], encoding="utf-8")
            article = read_article(str(path))
            yield rec["id"], rec, article, analyze(article.text), _title_terms(article.title)


def emit(dev: Path, out: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from briefing.summary.rank import (
        RankingWeights,
        in_article_order,
        order_by_mmr,
        rank_sentences,
        term_vectors,
    )

    shipped = RankingWeights()
    grid = configs()
    with out.open("w", encoding="utf-8") as sink:
        for article_id, _, _, sentences, title_terms in dev_articles(dev):
            vectors = term_vectors(sentences)
            picks = {}
            for index, config in [(-1, {})] + list(enumerate(grid)):
                weights = replace(shipped, **config)
                ranked = rank_sentences(sentences, title_terms=title_terms, weights=weights, vectors=vectors)
                chosen = in_article_order(order_by_mmr(sentences, ranked, weights, limit=3, vectors=vectors))
                picks[str(index)] = [r.text for r in chosen]
            sink.write(json.dumps({"id": article_id, "summaries": picks}, ensure_ascii=False) + "\n")
    print(f"emit: {len(grid)} configurations (and the shipped one) for the dev articles -> {out}", file=sys.stderr)


# --- step 2: scores, folds, tables (the harness's interpreter) ---------------------------------------

def score(dev: Path, summaries: Path, harness: Path) -> int:
    sys.path.insert(0, str(harness))
    import baselines
    from rouge_ko import rouge_tokens, tokenize

    records = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines()]
    ours = {row["id"]: row["summaries"] for row in map(json.loads, summaries.read_text(encoding="utf-8").splitlines())}
    grid = configs()
    refs: dict[str, dict[str, tuple]] = {ref: {} for ref in REFS}
    for rec in records:
        if rec.get("reference"):
            refs["abstractive"][rec["id"]] = tokenize(rec["reference"])
        if rec.get("extractive"):
            refs["extractive"][rec["id"]] = tokenize("\n".join(rec["extractive"]))

    def rouge(texts: list[str], ref: tuple) -> dict[str, float]:
        got = rouge_tokens(tokenize("\n".join(texts)), ref)
        return {m: 100 * got[k] for m, k in zip(METRICS, ("rouge1", "rouge2", "rougeL"), strict=True)}

    # per article, per reference: {system or config index: {metric: score}}
    table: dict[str, dict[str, dict[str, dict[str, float]]]] = {ref: {} for ref in REFS}
    for rec in records:
        prepared = baselines.prepare(rec["id"], rec["text"])
        peer_texts = {name: [prepared.sents[i] for i in baselines.summarize(name, prepared)] for name in PEERS}
        for ref in REFS:
            if rec["id"] not in refs[ref]:
                continue
            row = table[ref][rec["id"]] = {}
            for name, texts in peer_texts.items():
                row[name] = rouge(texts, refs[ref][rec["id"]])
            for index, texts in ours[rec["id"]].items():
                row[f"cfg{index}"] = rouge(texts, refs[ref][rec["id"]])

    ids = [rec["id"] for rec in records]
    folds = make_folds(ids)

    def objective(config: int, among: list[str]) -> float:
        values = [statistics.mean(table[ref][a][f"cfg{config}"][m] for m in METRICS)
                  for ref in REFS for a in among if a in table[ref]]
        return statistics.mean(values)

    oof: dict[str, int] = {}
    chosen_per_fold = []
    for f in range(FOLDS):
        train = [a for a in ids if folds[a] != f]
        best = max(range(len(grid)), key=lambda c: (objective(c, train), -c))
        chosen_per_fold.append(best)
        for a in ids:
            if folds[a] == f:
                oof[a] = best
    for ref in REFS:
        for a, row in table[ref].items():
            row["briefing (out-of-fold)"] = row[f"cfg{oof[a]}"]
            row["briefing (shipped, in-sample)"] = row["cfg-1"]

    print(f"## Key sentences, {FOLDS}-fold cross-validation (folds by article, stratified by kind)\n")
    print(f"Configurations searched: {len(grid)} ({', '.join(f'{k} {list(v)}' for k, v in GRID.items())}); "
          f"chosen per fold: {', '.join(describe(grid[c]) for c in chosen_per_fold)}.\n")
    rng = random.Random(SEED)
    for ref in REFS:
        arts = sorted(table[ref])
        print_table(f"{ref} reference, all kinds ({len(arts)} articles)", table[ref], arts, rng)
        for kind in sorted({kind_of(a) for a in arts}):
            chosen = [a for a in arts if kind_of(a) == kind]
            if len(chosen) >= 5:
                print_table(f"{ref} reference, {kind} ({len(chosen)} articles)", table[ref], chosen, rng)
    best_all = max(range(len(grid)), key=lambda c: (objective(c, ids), -c))
    print(f"Chosen on all dev articles by the same procedure: {describe(grid[best_all])} "
          f"(mean ROUGE {objective(best_all, ids):.2f}; shipped weights {objective(-1, ids):.2f}).")
    return 0


def make_folds(ids: list[str]) -> dict[str, int]:
    """Fold of each article: within each kind, ids ordered by hash, dealt round-robin."""
    folds, dealt = {}, 0
    for kind in sorted({kind_of(a) for a in ids}):
        for a in sorted((a for a in ids if kind_of(a) == kind), key=lambda x: hashlib.sha256(x.encode()).hexdigest()):
            folds[a] = dealt % FOLDS
            dealt += 1
    return folds


def describe(config: dict[str, float]) -> str:
    return ", ".join(f"{k}={v}" for k, v in sorted(config.items()))


def print_table(heading: str, rows: dict[str, dict[str, dict[str, float]]], arts: list[str], rng: random.Random) -> None:
    systems = ["briefing (out-of-fold)", "briefing (shipped, in-sample)", *PEERS]
    means = {s: {m: statistics.mean(rows[a][s][m] for a in arts) for m in METRICS} for s in systems}
    print(f"### {heading}\n")
    print("| system | R1 | R2 | RL |\n|---|---|---|---|")
    for s in systems:
        print(f"| {s} | " + " | ".join(f"{means[s][m]:.2f}" for m in METRICS) + " |")
    margins = []
    for m in METRICS:
        peer = max(PEERS, key=lambda p: means[p][m])
        diffs = [rows[a]["briefing (out-of-fold)"][m] - rows[a][peer][m] for a in arts]
        boot = sorted(statistics.mean(rng.choices(diffs, k=len(diffs))) for _ in range(BOOTSTRAP))
        low, high = boot[int(0.025 * BOOTSTRAP)], boot[int(0.975 * BOOTSTRAP) - 1]
        margins.append(f"{m} {statistics.mean(diffs):+.2f} [{low:+.2f}, {high:+.2f}] vs {peer}")
    print("\nout-of-fold margin over the best peer, 95 % bootstrap interval: " + "; ".join(margins) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("step", choices=["emit", "score"])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--summaries", type=Path, required=True, help="the JSON Lines `emit` writes and `score` reads")
    args = ap.parse_args()
    dev = args.shared / "summ" / "data" / "dev.jsonl"
    if args.step == "emit":
        emit(dev, args.summaries)
        return 0
    return score(dev, args.summaries, args.shared / "summ")


if __name__ == "__main__":
    sys.exit(main())
