#!/usr/bin/env python3
"""Out-of-fold figures on the tune parts: where rules are chosen without reading the check parts.

The shipped entity model and affiliation weights are fitted on the real-news set's two tune parts, so
scoring those with them is in-sample; the summ-news set's tune part, which they never see, is read here
too. Here the tune articles are cut in two halves by the MD5 of their id (the
cut `train_affiliations.py` uses), and each half is read by an entity model and affiliation weights
fitted without it: the entity model on konec and the other half's labelled sentences (`silver.py`), the
weights on the other half's pairs and konec's tune-half sentences (`train_affiliations.py`). Both
halves' briefings are then scored together against the gold, per part, with the shared scorer. The
check parts are never read.

    python eval/oof.py                 # the three tables (quotes set tune, names set tune, summ-news tune)
    python eval/oof.py -v              # with the scorer's per-article errors
    python eval/oof.py --keep DIR      # also keep the briefings (DIR/<part>.jsonl), the gold and the models
    python eval/oof.py --keep DIR --reuse   # read again with the models kept in DIR (seconds, not minutes)

The shipped files in `briefing/entities/data/` are not touched: the models are swapped in this process.
Takes about four minutes (three CRF trainings); with `--reuse`, a few seconds.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "entities"))

import real_news
import train
import train_affiliations

from briefing import batch
from briefing.entities import model as entity_model
from briefing.people import affiliations

PARTS = (*real_news.TUNE_PARTS, real_news.SUMM_NEWS_TUNE)


def use_models(crf: Path, weights: Path) -> None:
    """Read every article from here on with these entity model and affiliation weights."""
    entity_model.MODEL_FILE = crf
    entity_model._MODEL = None
    affiliations.WEIGHTS_FILE = weights
    affiliations._weights.cache_clear()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--ner", type=Path, default=ROOT.parent / "shared" / "data" / "ner")
    ap.add_argument("-v", "--verbose", action="store_true", help="the scorer's per-article errors")
    ap.add_argument("--keep", type=Path, help="keep the briefings, gold and models here")
    ap.add_argument("--reuse", action="store_true",
                    help="with --keep: read with the half models an earlier run kept there instead of training them")
    args = ap.parse_args()
    if not (args.shared / "real-news" / "articles").is_dir() or not (args.ner / "konec-dev.tsv").exists():
        print(f"oof: needs {args.shared}/real-news and {args.ner}/konec-dev.tsv", file=sys.stderr)
        return 1
    tune = {part: real_news.available(args.shared, (part,)) for part in real_news.TUNE_PARTS}
    tune[real_news.SUMM_NEWS_TUNE] = real_news.SUMM_NEWS.available(args.shared, "tune")
    texts_of = {i: text for i, text, _ in real_news.tune_articles(args.shared)}
    everyone = [i for part in PARTS for i in tune[part]]
    work = Path(tempfile.mkdtemp(prefix="oof-")) if args.keep is None else args.keep
    work.mkdir(parents=True, exist_ok=True)
    shipped = (entity_model.MODEL_FILE, affiliations.WEIGHTS_FILE)

    models = [work / f"half{half}.{ext}" for half in (0, 1) for ext in ("crfsuite", "affiliations.json")]
    if args.reuse and not (args.keep and all(m.is_file() for m in models)):
        print(f"oof: --reuse needs --keep DIR with the models of an earlier run ({', '.join(m.name for m in models)})",
              file=sys.stderr)
        return 1
    if not args.reuse:
        sentences = train.read(args.ner / "konec-dev.tsv")
        forms = entity_model.gazetteer()  # the shipped gazetteer: konec's training split only
        xs, ys = train.featurize(sentences, forms), [labels for _, labels in sentences]
        konec_only = work / "konec.crfsuite"
        train.train(xs, ys, konec_only)
        print("oof: konec model trained", file=sys.stderr, flush=True)

    lines: dict[str, list[str]] = {part: [] for part in PARTS}
    try:
        for half in (0, 1):
            held = [i for i in everyone if train_affiliations._half(i) == half]
            # fitted on the other half of the real-news tune parts (the summ-news part is read, never fitted on)
            rest = [i for part in real_news.TUNE_PARTS for i in tune[part] if train_affiliations._half(i) != half]
            crf, weights = work / f"half{half}.crfsuite", work / f"half{half}.affiliations.json"
            if not args.reuse:
                extra_x, extra_y = train.real_news_examples(args.shared, konec_only, forms, ids=rest)
                train.train(xs + extra_x, ys + extra_y, crf)
                use_models(crf, shipped[1])
                pairs = train_affiliations.collect(args.shared, ids=rest) + train_affiliations.collect_konec(args.ner)
                train_affiliations.write(*train_affiliations.fit(pairs), pairs, path=weights)
            use_models(crf, weights)
            print(f"oof: half {half}: models fitted on {len(rest)} articles, reading {len(held)}",
                  file=sys.stderr, flush=True)
            for part in PARTS:
                ids = [i for i in tune[part] if i in held]
                texts = work / f"half{half}-{part}"
                texts.mkdir(exist_ok=True)
                for i in ids:
                    (texts / f"{i}.txt").write_text(texts_of[i], encoding="utf-8")
                out = work / f"half{half}-{part}.jsonl"
                batch.build([str(texts)], fmt="json", output=str(out))
                lines[part].append(out.read_text(encoding="utf-8"))
    finally:
        use_models(*shipped)

    scorer = args.shared / "quotes" / "score.py"
    for part in PARTS:
        if not tune[part]:
            continue
        pred, gold = work / f"{part}.jsonl", work / f"gold-{part}"
        pred.write_text("".join(lines[part]), encoding="utf-8")
        summ = part == real_news.SUMM_NEWS_TUNE
        count = real_news.materialize(args.shared, tune[part], gold, corpus=real_news.SUMM_NEWS if summ else None)
        read = "read by models fitted without it" if summ else "each half read by models fitted on the other"
        print(f"## Out-of-fold, {'summ news tune' if summ else f'real news {part}'} part ({count} articles, {read})\n",
              flush=True)
        subprocess.run([sys.executable, str(scorer), str(gold), "--pred", str(pred), "--json", str(work / f"{part}.json")]
                       + (["--verbose"] if args.verbose else []), check=True, cwd=scorer.parent)
        print(flush=True)
    if args.keep is None:
        print(f"(briefings and models in {work})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
