import math
import statistics

import lib
import var
from lib import R


def centroid_sim(p, i, idx):
    tot = {}
    for j in idx:
        if j != i:
            for t, v in p.tv.vectors[j].items(): tot[t] = tot.get(t, 0.0) + v
    n = math.sqrt(sum(v*v for v in tot.values())) or 1.0
    return R._dot(p.tv.vectors[i], tot) / n

def features(p):
    real = [i for i, ok in enumerate(p.real) if ok]
    f = {}
    f['n_real'] = len(real)
    if not real: return f
    lead = real[0]
    f['lead_sim'] = centroid_sim(p, lead, real)           # lead vs the rest's centroid
    sims = [centroid_sim(p, i, real) for i in real]
    f['lead_pct'] = sum(s <= sims[0] for s in sims) / len(sims)  # lead's percentile among sentences' centroid sims
    f['lead_ratio'] = sims[0] / (statistics.mean(sims) or 1)
    # where the central content sits: the mean relative position of the top-3 by uniform degree
    top = sorted(real, key=lambda i: -p.deg[i])[:3]
    f['central_pos'] = statistics.mean(real.index(i) / max(len(real)-1, 1) for i in top)
    f['mean_terms'] = statistics.mean(p.nterms[i] for i in real)
    f['quote_share'] = sum(('“' in p.sents[i].text or '"' in p.sents[i].text) for i in real) / len(real)
    return f

if __name__ == '__main__':
    arts = lib.load()
    F = {a['id']: features(var.Prep(a)) for a in arts}
    keys = list(next(iter(F.values())).keys())
    for k in keys:
        print(k)
        for kind in ('aihub', 'dacon', 'scinews'):
            vals = sorted(round(F[a['id']][k], 2) for a in arts if a['kind'] == kind)
            print('  ', kind, vals)

def more(p):
    f = features(p)
    real = [i for i, ok in enumerate(p.real) if ok]
    if not real: return f
    lens = [p.nterms[i] for i in real]
    mu = statistics.mean(lens)
    f['lead_len_ratio'] = lens[0] / mu
    f['len_cv'] = statistics.pstdev(lens) / mu
    f['frac_short'] = sum(l < 8 for l in lens) / len(lens)
    f['lead_len'] = lens[0]
    # article keywords: the terms in most sentences; share of the top 10 that the lead holds
    df = Counter()
    for i in real: df.update(set(p.tv.terms[i]))
    top = [t for t, _ in df.most_common(10)]
    f['lead_cover'] = sum(t in set(p.tv.terms[real[0]]) for t in top) / len(top)
    f['lead3_cover'] = sum(any(t in set(p.tv.terms[i]) for i in real[:3]) for t in top) / len(top)
    # share of sentences that share a term with the lead (how much of the article the lead anchors)
    lead = set(p.tv.terms[real[0]])
    f['lead_anchor'] = sum(bool(lead & set(p.tv.terms[i])) for i in real[1:]) / max(len(real) - 1, 1)
    f['n_sent_all'] = len(p.sents)
    f['frac_real'] = len(real) / len(p.sents)
    return f
from collections import Counter
