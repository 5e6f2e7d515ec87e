"""Train the affiliation model (`briefing/people/affiliations.py`) on the real-news tune parts.

For every article of the tune parts (`eval/real-news-split.json`; the check parts are never read)
the pipeline runs as shipped up to the pass that fills bodies; there, every (person, candidate body)
pair of every named person is recorded with its features (`affiliations.pairs(everyone=True)`). A
pair is labelled 1 when the gold (`eval/gold/real-news/`) gives that person that body (the scorer's
rule: one normalised name inside the other), 0 otherwise; people the gold does not list are left
out, people it lists without a body give only 0s. A logistic regression (L2 1.0, Newton's method,
numpy) is fitted on the pairs and written to `briefing/entities/data/affiliations.json`.

The model learns from every person, not only from those the rules leave without a body (the only
ones it fills): out-of-fold on the tune halves (before the eligibility rule of `affiliations.fillable`),
the first filled 16 people right, 6 wrong and 2 whose gold has no body, the second 8, 4 and 4
(2026-12-05).

    python eval/entities/train_affiliations.py [--no-konec]

trains on both tune parts and writes the weights, with what a model fitted on one half of the tune
articles (by the MD5 of the id) fills on the other (`out_of_fold_fills`, printed by `eval/run.py quotes`).

konec's news sentences of the *tune* half (`eval/konec_people.py`; never its check half) are added, each
built as an article of its own and labelled from `eval/gold/konec-roles.jsonl` (the organisation each
sentence gives its people), in every fold's training data and in the shipped model's (`--no-konec`
leaves them out). Out-of-fold on the real-news tune halves (2026-12-06), they took the fills from 8
right, 2 wrong, 1 where the gold has none to 11, 3 and 1.

The texts are read from `../shared/` and never kept; the weights are 34 numbers.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import konec_people
import real_news

from briefing.compose import briefing_from_sentences
from briefing.models import Article
from briefing.people import affiliations, participants
from briefing.text.analyze import analyze_many

L2 = 1.0


class Pair(NamedTuple):
    """One (person, candidate body) pair of a tune article, labelled from the gold."""

    article: str
    person: str
    body: str
    features: dict[str, float]
    label: int  # 1: the gold gives the person this body
    ruled: bool  # the pass leaves the person alone: the rules gave them a body, or they may not have one
    gold_body: bool  # the gold gives the person a body


def _norm(value: str | None) -> str:
    """The scorer's normal form: NFKC, letters and digits only, lower case."""
    return "".join(c for c in unicodedata.normalize("NFKC", value or "") if c.isalnum()).lower()


def _match(gold: str | None, found: str | None) -> bool:
    """The scorer's rule for a body: one normalised value inside the other."""
    x, y = _norm(gold), _norm(found)
    return bool(x) and bool(y) and (x in y or y in x)


def _same_person(gold: str, found: str) -> bool:
    """The scorer's rule for a person: the gold name whole inside the name found."""
    x, y = _norm(gold), _norm(found)
    return bool(x) and bool(y) and x in y


def label_pairs(article_id: str, gold: dict, found: list[tuple[str, str, dict[str, float], bool]]) -> list[Pair]:
    """Label `found` ((person name, body, features, left alone by the pass)) from the article's gold;
    pairs of people the gold does not list are dropped."""
    people = [p for p in gold["participants"] if p.get("kind", "person") == "person"]
    out = []
    for name, body, values, ruled in found:
        match = next((p for p in people if _same_person(p["name"], name)), None)
        if match is None:
            continue
        gold_body = match.get("organization")
        out.append(Pair(article_id, name, body, values, int(_match(gold_body, body)), ruled, bool(gold_body)))
    return out


def collect(shared: Path, ids: list[str] | None = None) -> list[Pair]:
    """The labelled pairs of every tune article whose text is in `shared` (`ids`: only these of them)."""
    articles = real_news.tune_articles(shared, ids, summ_news=False)  # (as `silver.silver`)
    return _pairs_of([i for i, _, _ in articles], [text for _, text, _ in articles], [gold for _, _, gold in articles])


def _pairs_of(article_ids: list[str], texts: list[str], golds: list[dict]) -> list[Pair]:
    """The labelled pairs of each text, built as an article, against its gold."""
    recorded: list[tuple[str, str, dict[str, float], bool]] = []

    def record(cast, context) -> None:  # the fill pass, replaced: what it would score
        recorded.extend((cast.people[k].name, body, values, not affiliations.fillable(cast, k))
                        for k, body, values in affiliations.pairs(cast, everyone=True))

    shipped = participants.PASSES
    participants.PASSES = tuple(record if run is participants._fill_organisations else run for run in shipped)
    try:
        out: list[Pair] = []
        for article_id, text, gold, sentences in zip(article_ids, texts, golds, analyze_many(texts), strict=True):
            recorded.clear()
            briefing_from_sentences(Article(path=f"{article_id}.txt", text=text), sentences)
            out.extend(label_pairs(article_id, gold, recorded))
        return out
    finally:
        participants.PASSES = shipped


def collect_konec(ner: Path) -> list[Pair]:
    """The labelled pairs of konec's tune-half news sentences that have people and roles gold, each
    built as an article of its own (article ids start with `konec:`, so no real-news half holds them)."""
    sentences = [s for s in konec_people.read(ner / "konec-dev.tsv") if s.people and konec_people.part_of(s.id) == "tune"]
    roles = konec_people.read_roles(konec_people.ROLES, sentences)
    sentences = [s for s in sentences if s.id in roles]
    return _pairs_of([f"konec:{s.id}" for s in sentences], [s.text for s in sentences],
                     [{"participants": [{"name": name, "organization": p["organization"], "kind": p["kind"]}
                                        for name, p in roles[s.id].items()]} for s in sentences])


def fit(pairs: list[Pair]) -> tuple[float, list[float]]:
    """Bias and weights (in `affiliations.FEATURES` order) of an L2-regularised logistic regression."""
    x = np.array([[1.0] + [p.features.get(f, 0.0) for f in affiliations.FEATURES] for p in pairs])
    y = np.array([p.label for p in pairs], dtype=float)
    w = np.zeros(x.shape[1])
    penalty = np.r_[0.0, np.full(len(w) - 1, L2)]
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + penalty * w
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + np.diag(penalty + 1e-6)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return float(w[0]), [float(v) for v in w[1:]]


def fills(pairs: list[Pair], bias: float, weights: list[float]) -> Counter:
    """What the model would fill on `pairs` at `affiliations.THRESHOLD`: right, wrong (the gold has
    another body), or a body where the gold gives none."""
    best: dict[tuple[str, str], tuple[float, Pair]] = {}
    for pair in pairs:
        if pair.ruled:
            continue
        z = bias + sum(w * pair.features.get(f, 0.0) for f, w in zip(affiliations.FEATURES, weights, strict=True))
        p = 1.0 / (1.0 + np.exp(-z))
        key = (pair.article, pair.person)
        if p >= affiliations.THRESHOLD and (key not in best or p > best[key][0]):
            best[key] = (p, pair)
    out: Counter = Counter()
    for _, pair in best.values():
        out["right" if pair.label else "wrong" if pair.gold_body else "where the gold has none"] += 1
    return out


def _half(article_id: str) -> int:
    return int(hashlib.md5(article_id.encode()).hexdigest(), 16) % 2


def out_of_fold(pairs: list[Pair], extra: list[Pair] | None = None) -> Counter:
    """What the model fills on each half of the articles (by the MD5 of their id) when fitted on the
    other and `extra` (konec's sentences: in every fold)."""
    total: Counter = Counter()
    for h in (0, 1):
        bias, weights = fit([p for p in pairs if _half(p.article) != h] + (extra or []))
        total += fills([p for p in pairs if _half(p.article) == h], bias, weights)
    return total


def write(bias: float, weights: list[float], pairs: list[Pair], path: Path | None = None,
          held_out: Counter | None = None) -> None:
    """The weights file (`affiliations.WEIGHTS_FILE` unless `path`), written atomically, with the
    out-of-fold fills (`out_of_fold`) when given."""
    path = path or affiliations.WEIGHTS_FILE
    data = {
        "about": "logistic weights of briefing.people.affiliations, fitted by eval/entities/train_affiliations.py "
                 "on the real-news tune parts and konec's tune-half news sentences",
        "articles": len({p.article for p in pairs}),
        "pairs": len(pairs),
        "positives": sum(p.label for p in pairs),
        "features": list(affiliations.FEATURES),
        "bias": round(bias, 6),
        "weights": [round(w, 6) for w in weights],
    }
    if held_out is not None:
        data["out_of_fold_fills"] = dict(sorted(held_out.items()))
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tmp.replace(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent.parent / "shared" / "eval")
    parser.add_argument("--no-konec", action="store_true", help="leave konec's tune-half sentences out")
    args = parser.parse_args()
    if not (args.shared / "real-news" / "articles").is_dir():
        print(f"train_affiliations: no real-news articles under {args.shared}", file=sys.stderr)
        return 1
    pairs = collect(args.shared)
    ner = args.shared.parent / "data" / "ner"
    extra = [] if args.no_konec or not (ner / "konec-dev.tsv").is_file() else collect_konec(ner)
    bias, weights = fit(pairs + extra)
    held_out = out_of_fold(pairs, extra)
    write(bias, weights, pairs + extra, held_out=held_out)
    print(f"{len({p.article for p in pairs + extra})} articles and sentences, {len(pairs + extra)} pairs, "
          f"{sum(p.label for p in pairs + extra)} positive; "
          f"fills in-sample: {dict(fills(pairs, bias, weights))}, out-of-fold on the halves: {dict(held_out)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
