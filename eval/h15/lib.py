import json
import os
import pickle
import random
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / 'eval'))
import briefing

assert Path(briefing.__file__).resolve().is_relative_to(ROOT), briefing.__file__
from fresh_summary import rouge as _rouge
from fresh_summary import tokens
from summary_cv import dev_articles, kind_of, make_folds

from briefing.summary import rank as R  # noqa: F401  (re-exported to var, feats)

_default = ROOT.parent / 'shared' / 'eval' / 'summ'
SUMM = Path(os.environ.get('H15_SUMM', _default if _default.exists() else '/work/shared/eval/summ'))
DEV = SUMM / 'data' / 'dev.jsonl'
HERE = Path(os.environ.get('H15_WORK', '/tmp/h15-work'))
HERE.mkdir(parents=True, exist_ok=True)
METRICS = ("R1", "R2", "RL")
REFS = ("abstractive", "extractive")
PEERS = ("lead3", "textrankr", "lexrankr", "sumy_lexrank", "sumy_textrank", "sumy_lsa", "krwordrank")

_kiwi = None
def kiwi():
    global _kiwi
    if _kiwi is None:
        from kiwipiepy import Kiwi
        _kiwi = Kiwi()
    return _kiwi

_tok = {}
def tokenize(text):
    """The harness's ROUGE tokens (`fresh_summary.tokens`), memoised: the same texts come back often."""
    if text not in _tok:
        _tok[text] = tuple(tokens(kiwi(), text)) if text.strip() else ()
    return _tok[text]

def rouge(pred, ref):
    """{R1, R2, RL} in percent: `fresh_summary.rouge`, the same formulas as the harness's."""
    return dict(zip(METRICS, (100 * v for v in _rouge(list(pred), list(ref))), strict=True))

def load():
    cache = HERE / 'articles.pkl'
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    arts = [dict(id=i, kind=kind_of(i), title=a.title, title_terms=terms, sents=sents,  # noqa: C408
                 refs={k: v for k, v in (("abstractive", rec.get("reference")),
                                         ("extractive", "\n".join(rec.get("extractive") or []))) if v})
            for i, rec, a, sents, terms in dev_articles(DEV)]
    cache.write_bytes(pickle.dumps(arts))
    return arts

PEER_SCORES = json.loads((HERE / 'peers.json').read_text()) if (HERE / 'peers.json').exists() else None

def score_texts(art, texts):
    """{ref: {metric}} for a list of picked texts."""
    pred = tokenize("\n".join(texts))
    return {ref: rouge(pred, tokenize(t)) for ref, t in art['refs'].items()}

def objective(persc, among):
    """persc: {id: {ref: {metric}}}; the CV tool's objective: mean over (ref, article) of mean metric."""
    vals = [statistics.mean(persc[a][ref][m] for m in METRICS) for ref in REFS for a in among if ref in persc[a]]
    return statistics.mean(vals)

def margins(oof, ids_kind=None, seed=0, boot=2000, show=True, label=""):
    """oof: {id: {ref: {metric}}}; prints per-ref/per-kind margins over the best peer."""
    rng = random.Random(seed)
    rows = []
    for ref in REFS:
        arts = sorted(a for a in oof if ref in oof[a])
        groups = [("all", arts)] + [(k, [a for a in arts if kind_of(a) == k]) for k in sorted({kind_of(a) for a in arts})]
        for g, chosen in groups:
            if len(chosen) < 5: continue
            cells = []
            for m in METRICS:
                pm = {p: statistics.mean(PEER_SCORES[ref][a][p][m] for a in chosen) for p in PEERS}
                peer = max(PEERS, key=pm.get)
                diffs = [oof[a][ref][m] - PEER_SCORES[ref][a][peer][m] for a in chosen]
                bs = sorted(statistics.mean(rng.choices(diffs, k=len(diffs))) for _ in range(boot))
                cells.append((statistics.mean(diffs), bs[int(.025*boot)], bs[int(.975*boot)-1], peer, statistics.mean(oof[a][ref][m] for a in chosen)))
            rows.append((ref, g, len(chosen), cells))
    if show:
        print(f"#### {label}")
        for ref, g, n, cells in rows:
            print(f"| {ref}, {g} ({n}) | " + " | ".join(f"{d:+.2f} [{lo:+.2f}, {hi:+.2f}]" for d, lo, hi, p, v in cells) + f" | {cells[0][3]} | ours " + "/".join(f"{c[4]:.2f}" for c in cells) + " |")
    return rows

def folds_of(ids):
    return make_folds(ids)
