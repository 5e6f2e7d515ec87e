#!/usr/bin/env python3
"""Retrain the shipped entity model (`briefing/entities/`) from the NER data in ../shared/data/ner.

    python eval/entities/train.py                     # k-fold report, then the model on all sentences
    python eval/entities/train.py --folds 5 --report-only
    python eval/entities/train.py --ner PATH          # default: ../shared/data/ner

Data (CC BY-SA 4.0; KLUE benchmark; konec by 정유남, 송영숙, 유현조):
- `konec-dev.tsv`: 5,000 sentences of KLUE-NER re-annotated with the NIKL 2021 tag set, the training
  sentences. Labels are mapped to three types: PER (PS_NAME), TTL (CV_POSITION, CV_OCCUPATION,
  CV_SPORTS_POSITION), ORG (every OG*).
- `konec-ne-form-label-freq.tsv`: every entity form of konec with its counts per split. The gazetteer
  (`forms.tsv`) keeps the forms seen in the *training* split (21,008 other sentences), each with its
  most frequent coarse type, so the model learns how far to trust it on sentences it was not built from.
- The real-news set's tune parts (when `../shared/eval/real-news` is there; `--no-real-news` leaves
  them out): 3,199 sentences of sports, entertainment and politics pages, labelled from the gold
  (`silver.py`), in every fold's training data and in the shipped model's. The check parts never.

Each fold's model is trained on the other folds only (and the real-news sentences); the report is
span-exact P/R/F1 per type over the held-out folds (written to `heldout.json`, which
`eval/run.py quotes` prints). The shipped model is then trained on all sentences. Writes into `briefing/entities/data/`.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

import json

import pycrfsuite
from silver import silver

from briefing.entities.features import TYPES, char_tags, features
from briefing.entities.model import DATA_DIR, FORMS_FILE, MODEL_FILE, EntityModel, label_spans
from briefing.models import Morpheme
from briefing.text.analyze import get_kiwi, guessed

PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
SEED = 0
#: What a news story writes as a person's title: a post (`회장`), an occupation (`배우`), a sports
#: position (`3루수`, `공격수`).
TITLE_LABELS = ("CV_POSITION", "CV_OCCUPATION", "CV_SPORTS_POSITION")


def coarse(tag: str) -> str:
    if tag in ("O", ""):
        return "O"
    bio, label = tag.split("-", 1)
    if label == "PS_NAME":
        kind = "PER"
    elif label in TITLE_LABELS:
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


def form_type(label: str) -> str:
    if label == "PS_NAME":
        return "PER"
    if label in TITLE_LABELS:
        return "TTL"
    if label.startswith("OG"):
        return "ORG"
    if label.startswith("LC"):
        return "LOC"
    return "OTH"


def write_gazetteer(freq_file: Path, out: Path) -> dict[str, str]:
    """The konec training split's entity forms, each with its most frequent coarse type."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    lines = freq_file.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    form_at, label_at, train_at = header.index("form"), header.index("label"), header.index("train_freq")
    for line in lines[1:]:
        cells = line.split("\t")
        form, train_freq = cells[form_at].strip(), int(cells[train_at])
        if train_freq and len(form) >= 2 and "\t" not in form:
            counts[form][form_type(cells[label_at])] += train_freq
    table = {form: max(kinds, key=lambda k: (kinds[k], k)) for form, kinds in counts.items()}
    rows = ["form\ttype\tcount"] + [f"{form}\t{kind}\t{sum(counts[form].values())}"
                                      for form, kind in sorted(table.items())]
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return table


def featurize(sentences: list[tuple[str, list[str]]], forms: dict[str, str]) -> list[list[list[str]]]:
    kiwi = get_kiwi()
    out = []
    for (text, _), tokens in zip(sentences, kiwi.tokenize([t for t, _ in sentences]), strict=True):
        morphemes = [Morpheme(t.form, t.tag, t.start, t.len, guessed(t)) for t in tokens]
        out.append(features(text, char_tags(text, 0, morphemes), forms))
    return out


def real_news_examples(shared: Path, konec_only: Path, forms: dict[str, str], ids: list[str] | None = None
                       ) -> tuple[list, list]:
    """Features and labels of the real-news tune sentences (`silver`; `ids`: only these articles),
    labelled with the help of the model at `konec_only`, trained on konec alone."""
    labelled = silver(shared, EntityModel(str(konec_only)), ids=ids)
    return ([features(s.text, char_tags(s.text, s.start, s.morphemes), forms) for s, _ in labelled],
            [labels for _, labels in labelled])


def spans(labels: list[str]) -> set[tuple[int, int, str]]:
    return {(a, b, kind) for kind in TYPES for a, b in label_spans(labels, kind)}


def train(xs: list, ys: list, path: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xs, ys, strict=True):
        trainer.append(x, y)
    trainer.set_params(PARAMS)
    trainer.train(str(path))


def cross_validate(xs: list, ys: list, folds: int, work: Path, extra: tuple[list, list] = ([], [])
                   ) -> dict[str, tuple[int, int, int]]:
    """Span-exact counts per type over the held-out folds of (`xs`, `ys`); `extra` sentences are in
    every fold's training data and in no held-out fold."""
    order = list(range(len(xs)))
    random.Random(SEED).shuffle(order)
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for f in range(folds):
        held = set(order[f::folds])
        model = work / f"fold{f}.crfsuite"
        started = time.time()
        train([x for i, x in enumerate(xs) if i not in held] + extra[0],
              [y for i, y in enumerate(ys) if i not in held] + extra[1], model)
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


def report(totals: dict[str, tuple[int, int, int]], folds: int, sentences: int, extra: int = 0) -> dict:
    """The held-out figures as `heldout.json` keeps them."""
    per_type = {}
    for kind in TYPES:
        tp, n_pred, n_gold = totals[kind]
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        per_type[kind] = {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 3),
                          "gold": n_gold}
    return {"folds": folds, "sentences": sentences, "real_news_sentences": extra, "types": per_type}


def heading(heldout: dict) -> str:
    """What the held-out figures are, in one line (also `eval/run.py quotes`'s)."""
    extra = heldout.get("real_news_sentences", 0)
    also = f"; {extra:,} real-news tune sentences in every fold's training" if extra else ""
    return (f"held-out F1 per type: {heldout['folds']}-fold cross-validation over {heldout['sentences']:,} "
            f"konec sentences, span-exact{also}")


def table(heldout: dict) -> str:
    lines = [f"Entity model, {heading(heldout)}:", "",
             "| type | P | R | F1 | gold spans |", "|---|---|---|---|---|"]
    for kind, row in heldout["types"].items():
        lines.append(f"| {kind} | {row['p']:.3f} | {row['r']:.3f} | {row['f1']:.3f} | {row['gold']} |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ner", type=Path, default=ROOT.parent / "shared" / "data" / "ner")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--report-only", action="store_true", help="cross-validate only; write no model")
    ap.add_argument("--shared-eval", type=Path, default=ROOT.parent / "shared" / "eval",
                    help="where the real-news articles are (their tune parts' gold labels sentences too)")
    ap.add_argument("--no-real-news", action="store_true", help="train on konec alone")

    args = ap.parse_args()
    source, freq = args.ner / "konec-dev.tsv", args.ner / "konec-ne-form-label-freq.tsv"
    for needed in (source, freq):
        if not needed.exists():
            sys.exit(f"train.py: {needed} not found (the NER data lives in ../shared/data/ner)")
    sentences = read(source)
    forms = write_gazetteer(freq, FORMS_FILE if not args.report_only else Path(tempfile.mkdtemp()) / "forms.tsv")
    xs, ys = featurize(sentences, forms), [labels for _, labels in sentences]
    extra: tuple[list, list] = ([], [])
    if not args.no_real_news and (args.shared_eval / "real-news" / "articles").is_dir():
        base = Path(tempfile.mkdtemp()) / "konec.crfsuite"
        train(xs, ys, base)
        extra = real_news_examples(args.shared_eval, base, forms)
        print(f"real news, tune parts: {len(extra[0]):,} sentences", file=sys.stderr)
    with tempfile.TemporaryDirectory() as work:
        if args.folds > 1:
            heldout = report(cross_validate(xs, ys, args.folds, Path(work), extra), args.folds, len(xs),
                             len(extra[0]))
            print(table(heldout))
            if not args.report_only:
                (DATA_DIR / "heldout.json").write_text(json.dumps(heldout, indent=1) + "\n", encoding="utf-8")
    if args.report_only:
        return 0
    train(xs + extra[0], ys + extra[1], MODEL_FILE)
    print(f"wrote {MODEL_FILE} ({MODEL_FILE.stat().st_size:,} bytes) and {FORMS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
