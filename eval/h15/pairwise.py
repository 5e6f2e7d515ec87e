"""Pairwise logistic ranker (issue 15's "small pairwise ranker"): the same sentence signals and
article-feature interactions as `learn.py`, fitted on the differences between a picked and an unpicked
sentence of the same article (both orders), each article weighing alike, so that what the model
learns is an order within an article, not how many sentences an article's editors picked. L2
regularisation chosen by inner CV on the training folds; top by MMR over the scores, as `learn.py`."""
import math
import sys

import feats
import learn
import lib
import numpy as np
import var


def pairs(X, y, rng, cap=400):
    pos, neg = np.flatnonzero(y > 0.5), np.flatnonzero(y < 0.5)
    if not len(pos) or not len(neg):
        return np.zeros((0, X.shape[1]))
    idx = [(i, j) for i in pos for j in neg]
    if len(idx) > cap:
        idx = [idx[k] for k in rng.choice(len(idx), cap, replace=False)]
    return np.array([X[i] - X[j] for i, j in idx])


def fit(Ds, lam):
    """Logistic regression without intercept on the differences (label 1) and their negations (label 0)."""
    D = np.vstack(Ds)
    w = np.concatenate([np.full(len(d), 1.0 / max(len(d), 1)) for d in Ds])
    sd = D.std(0) + 1e-9
    Z = np.vstack([D / sd, -D / sd]); y = np.concatenate([np.ones(len(D)), np.zeros(len(D))]); w = np.concatenate([w, w])
    return learn.newton(Z, y, w, lam * np.eye(Z.shape[1])), sd


def main(ART_FEATS=(), MIXES=(1.0,)):
    arts = lib.load()
    rng = np.random.default_rng(0)
    data = {}
    for a in arts:
        p = var.Prep(a)
        F = feats.more(p)
        af = [F[k] if k != 'n_real' else math.log(F[k]) for k in ART_FEATS]
        X = learn.design(learn.sent_feats(p), af)[:, 1:]  # no intercept column: it cancels in a difference
        ext = {x.strip() for x in a['refs']['extractive'].split('\n')}
        y = np.array([float(s.text.strip() in ext) for s in p.sents])
        keep = np.array([not j for j in p.junk])
        data[a['id']] = (p, X, y, keep, a, pairs(X[keep], y[keep], rng))
    ids = list(data)
    folds = lib.folds_of(ids)
    pick = learn.picker(learn.hand_scores({aid: d[0] for aid, d in data.items()}))

    def summarise(model, aid, mix=1.0):
        beta, sd = model
        p, X, _, keep, a, _ = data[aid]
        s = (X / sd) @ beta
        return pick(aid, p, a, 2 / (1 + np.exp(-(s - s[keep].max()))), keep, mix)  # (0, 1], the best sentence 1

    def train(tr, lam):
        return fit([data[a][5] for a in tr if len(data[a][5])], lam)

    oof = learn.out_of_fold(ids, folds, train, summarise, (0.001, 0.01, 0.1, 1.0), MIXES)
    lib.margins(oof, label=f'pairwise logistic, article features {ART_FEATS}, mixes {MIXES}')


if __name__ == '__main__':
    main(tuple(sys.argv[1].split(',')) if len(sys.argv) > 1 and sys.argv[1] else (),
         tuple(float(x) for x in sys.argv[2].split(',')) if len(sys.argv) > 2 else (1.0,))
