"""Pointwise logistic ranker (numpy Newton/IRLS, L2), sentence signals x article-level features as
interactions; labels = the extractive picks; top by MMR over the predicted scores. Regularisation
chosen by inner CV (on the training folds only), article weights equal."""
import math
import statistics
import sys

import feats
import lib
import numpy as np
import var
from lib import METRICS


def sent_feats(p):
    prior, cent = p.centrality(0.9, 0.5)
    prior3, cent3 = p.centrality(3.0, 0.0)
    gt = max(p.deg) or 1.0
    mx = max((n for n, ok in zip(p.nterms, p.real) if ok), default=1) or 1
    n_real = max(p.n_real, 1)
    rows = []
    for i, s in enumerate(p.sents):
        rows.append([prior[i], cent[i], prior3[i], cent3[i], p.deg[i] / gt, p.title_sim[i], p.nterms[i] / mx,
                     math.log1p(p.nterms[i]), p.rank[i] / n_real, float(p.real[i] and p.rank[i] == 0),
                     float(p.form[i] == var.BASE.quote_only), float(p.form[i] == var.BASE.attributed_quote)])
    return np.array(rows)

def design(X, af):
    n = X.shape[0]
    cols = [np.ones((n, 1)), X]
    for v in af:
        cols.append(X * v)
    return np.hstack(cols)

def fit(Xs, ys, ws, lam):
    X = np.vstack(Xs); y = np.concatenate(ys); w = np.concatenate(ws)
    mu, sd = X.mean(0), X.std(0) + 1e-9
    mu[0], sd[0] = 0, 1
    Z = (X - mu) / sd
    R = lam * np.eye(Z.shape[1]); R[0, 0] = 0
    return newton(Z, y, w, R), mu, sd


def newton(Z, y, w, R):
    """Weighted logistic regression with the penalty matrix R, by Newton's method (at most 30 steps)."""
    beta = np.zeros(Z.shape[1])
    for _ in range(30):
        pr = 1 / (1 + np.exp(-Z @ beta))
        g = Z.T @ (w * (pr - y)) + R @ beta
        H = (Z * (w * pr * (1 - pr))[:, None]).T @ Z + R
        step = np.linalg.solve(H, g)
        beta -= step
        if np.abs(step).max() < 1e-6: break
    return beta

def main(ART_FEATS=(), MIXES=(1.0,)):
    arts = lib.load()
    data = {}
    for a in arts:
        p = var.Prep(a)
        F = feats.more(p)
        af = [F[k] if k != 'n_real' else math.log(F[k]) for k in ART_FEATS]
        X = design(sent_feats(p), af)
        ext = {x.strip() for x in a['refs']['extractive'].split('\n')}
        y = np.array([float(s.text.strip() in ext) for s in p.sents])
        keep = np.array([not j for j in p.junk])
        data[a['id']] = (p, X, y, keep, a)
    ids = list(data)
    folds = lib.folds_of(ids)
    hand = hand_scores({aid: d[0] for aid, d in data.items()})
    pick = picker(hand)
    def summarise(model, aid, mix=1.0):
        beta, mu, sd = model
        p, X, _, keep, a = data[aid]
        s = (X - mu) / sd @ beta
        pr = 1 / (1 + np.exp(-s))
        pr = pr / (pr[keep].max() if keep.any() else 1.0)
        return pick(aid, p, a, pr, keep, mix)
    def train(tr, lam):
        Xs = [data[a][1][data[a][3]] for a in tr]; ys = [data[a][2][data[a][3]] for a in tr]
        ws = [np.full(len(y), 1.0 / max(len(y), 1)) for y in ys]
        return fit(Xs, ys, ws, lam)
    oof = out_of_fold(ids, folds, train, summarise, (0.01, 0.1, 1.0, 10.0), MIXES)
    lib.margins(oof, label=f'pointwise logistic, article features {ART_FEATS}, mixes {MIXES}')

def hand_scores(preps):
    """The shipped ranker's scores of each article's sentences, the best one 1: {id: array}."""
    out = {}
    for aid, p in preps.items():
        h = np.array(var.scores(p, var.BASE)); out[aid] = h / (h.max() or 1.0)
    return out

def picker(hand):
    """pick(aid, prep, article, model scores in (0, 1], keep mask, mix) → the article's ROUGE for the
    sentences chosen by MMR over (1 - mix) × the hand score + mix × the model's; memoised by the picks."""
    cache = {}
    def pick(aid, p, a, pr, keep, mix):
        pr = (1 - mix) * hand[aid] + mix * pr
        sc = [round(max(float(v), 1e-4), 4) if k else 0.0 for v, k in zip(pr, keep)]
        texts = tuple(var.pick(p, sc, var.BASE))
        if (aid, texts) not in cache: cache[aid, texts] = lib.score_texts(a, list(texts))
        return cache[aid, texts]
    return pick

def out_of_fold(ids, folds, train, summarise, lams, mixes):
    """Nested CV: for each outer fold, the (regularisation, blend) with the best mean ROUGE over the
    inner folds of its training articles, refitted on them all; {id: the held-out article's ROUGE}."""
    def obj(persc):
        return statistics.mean(statistics.mean(r[ref][m] for m in METRICS) for r in persc for ref in r)
    oof = {}
    for f in range(5):
        tr = [a for a in ids if folds[a] != f]
        inner = sorted({folds[a] for a in tr})
        models = {(lam, g): train([a for a in tr if folds[a] != g], lam) for lam in lams for g in inner}
        best = max(((lam, mix) for lam in lams for mix in mixes),
                   key=lambda lm: obj([summarise(models[lm[0], g], b, lm[1]) for g in inner for b in tr if folds[b] == g]))
        m = train(tr, best[0])
        print('  fold', f, 'lambda, mix', best)
        for a in ids:
            if folds[a] == f: oof[a] = summarise(m, a, best[1])
    return oof

if __name__ == '__main__':
    main(tuple(sys.argv[1].split(',')) if len(sys.argv) > 1 and sys.argv[1] else (),
         tuple(float(x) for x in sys.argv[2].split(',')) if len(sys.argv) > 2 else (1.0,))
