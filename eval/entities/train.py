#!/usr/bin/env python3
"""Train the experimental entity model (`eval/entities/features.py`; not shipped, see docs/eval.md).

    pip install python-crfsuite
    python eval/entities/train.py                     # k-fold report, then the model on all sentences
    python eval/entities/train.py --folds 5 --report-only
    python eval/entities/train.py --ner PATH          # default: ../shared/data/ner

Data: `konec-dev.tsv` (5,000 sentences of KLUE-NER re-annotated with the NIKL 2021 tag set; CC BY-SA
4.0). Labels are mapped to three types: PER (PS_NAME), TTL (CV_POSITION, CV_OCCUPATION), ORG (every
OG*). Each fold's model is trained on the other folds only; the report is span-exact P/R/F1 per
type over the held-out folds. The shipped model is then trained on all sentences.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

import pycrfsuite
from features import MODEL_PATH, TYPES, char_tags, features

from briefing.models import Morpheme
from briefing.text.analyze import get_kiwi

PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
SEED = 0


def coarse(tag: str) -> str:
    if tag in ("O", ""):
        return "O"
    bio, label = tag.split("-", 1)
    if label == "PS_NAME":
        kind = "PER"
    elif label in ("CV_POSITION", "CV_OCCUPATION"):
        kind = "TTL"
    elif label.startswith("OG"):
        kind = "ORG"
    else:
        return "O"
    return f"{bio}-{kind}"


def read(path: Path) -> list[tuple[str, list[str]]]:
    """(sentence text, one coarse label per character) from a konec/KLUE character TSV."""
    sentences, chars, labels = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            continue
        if not line:
            if chars:
                sentences.append(("".join(chars), labels))
            chars, labels = [], []
            continue
        ch, _, tag = line.partition("\t")
        chars.append(ch or " ")
        labels.append(coarse(tag.strip()))
    if chars:
        sentences.append(("".join(chars), labels))
    return sentences


def featurize(sentences: list[tuple[str, list[str]]]) -> list[list[list[str]]]:
    kiwi = get_kiwi()
    out = []
    for (text, _), tokens in zip(sentences, kiwi.tokenize([t for t, _ in sentences]), strict=True):
        morphemes = [Morpheme(t.form, t.tag, t.start, t.len) for t in tokens]
        out.append(features(text, char_tags(text, 0, morphemes)))
    return out


def spans(labels: list[str]) -> set[tuple[int, int, str]]:
    found, i = set(), 0
    while i < len(labels):
        if labels[i].startswith("B-"):
            kind, j = labels[i][2:], i + 1
            while j < len(labels) and labels[j] == f"I-{kind}":
                j += 1
            found.add((i, j, kind))
            i = j
        else:
            i += 1
    return found


def train(xs: list, ys: list, path: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xs, ys, strict=True):
        trainer.append(x, y)
    trainer.set_params(PARAMS)
    trainer.train(str(path))


def cross_validate(xs: list, ys: list, folds: int, work: Path) -> dict[str, tuple[int, int, int]]:
    order = list(range(len(xs)))
    random.Random(SEED).shuffle(order)
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for f in range(folds):
        held = set(order[f::folds])
        model = work / f"fold{f}.crfsuite"
        started = time.time()
        train([x for i, x in enumerate(xs) if i not in held], [y for i, y in enumerate(ys) if i not in held], model)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        for i in sorted(held):
            gold, predicted = spans(ys[i]), spans(tagger.tag(xs[i]))
            for kind in TYPES:
                g = {s for s in gold if s[2] == kind}
                p = {s for s in predicted if s[2] == kind}
                totals[kind][0] += len(g & p)
                totals[kind][1] += len(p)
                totals[kind][2] += len(g)
        print(f"fold {f + 1}/{folds}: trained in {time.time() - started:.0f} s", file=sys.stderr)
    return {k: (v[0], v[1], v[2]) for k, v in totals.items()}


def report(totals: dict[str, tuple[int, int, int]], folds: int, sentences: int) -> str:
    lines = [f"Held-out F1 per type ({folds}-fold cross-validation over {sentences:,} sentences, span-exact):", "",
             "| type | P | R | F1 | gold spans |", "|---|---|---|---|---|"]
    for kind in TYPES:
        tp, n_pred, n_gold = totals[kind]
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        lines.append(f"| {kind} | {p:.3f} | {r:.3f} | {f1:.3f} | {n_gold} |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ner", type=Path, default=ROOT.parent / "shared" / "data" / "ner")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--report-only", action="store_true", help="cross-validate only; write no model")
    ap.add_argument("--out", type=Path, default=Path(MODEL_PATH))
    args = ap.parse_args()
    source = args.ner / "konec-dev.tsv"
    if not source.exists():
        sys.exit(f"train_entities: {source} not found (the NER data lives in ../shared/data/ner)")
    sentences = read(source)
    xs, ys = featurize(sentences), [labels for _, labels in sentences]
    work = Path(args.out).parent if not args.report_only else Path("/tmp")
    table = report(cross_validate(xs, ys, args.folds, work), args.folds, len(xs)) if args.folds > 1 else ""
    print(table)
    for f in range(args.folds):
        (work / f"fold{f}.crfsuite").unlink(missing_ok=True)
    if args.report_only:
        return 0
    train(xs, ys, args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
