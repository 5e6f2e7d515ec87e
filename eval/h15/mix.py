"""Soft mixture: sentence scores (1-a)*A + a*B, a = clip((f - lo)/(hi - lo), 0, 1) on an article feature
(direction fixed by the hypothesis); B, lo, hi chosen by the folds (mean objective, as the CV tool)."""
import pickle
import statistics
import sys
from dataclasses import replace

import feats
import lib
import numpy as np
import var

ONLY_LEAD = False

LEVELS = (0.0, 0.25, 0.5, 0.75, 1.0)
BSET = [
    {'gcent': 0.0, 'glen': 0.4, 'length_norm': 0.0, 'position': 0.3, 'position_decay': 3.0, 'title': 0.0},
    {'gcent': 0.0, 'glen': 0.4, 'length_norm': 0.3, 'position': 0.3, 'position_decay': 6.0, 'title': 0.0},
    {'gcent': 0.0, 'glen': 0.2, 'length_norm': -0.3, 'position': 0.1, 'position_decay': 1.5, 'title': 0.0},
    {'gcent': 0.0, 'glen': 0.2, 'length_norm': -0.3, 'position': 0.5, 'position_decay': 6.0, 'title': 0.0},
    {'gcent': 0.3, 'glen': 0.6, 'length_norm': 0.3, 'position': 0.5, 'position_decay': 6.0, 'title': 0.0},
    {'gcent': 0.0, 'glen': 0.4, 'length_norm': -0.3, 'position': 0.3, 'position_decay': 3.0, 'title': 0.0},
]
BSET = BSET + [dict(b, lead0=5.0) for b in BSET]

def build():
    arts = lib.load()
    out = {}
    for a in arts:
        p = var.Prep(a)
        sa = var.scores(p, var.BASE)
        row = {}
        for bi, b in enumerate(BSET):
            wk = {k: v for k, v in b.items() if k in var.BASE.__dataclass_fields__}
            w = replace(var.BASE, **wk)
            sb = var.scores(p, w, {k: v for k, v in b.items() if k not in wk})
            for lv in LEVELS:
                sc = [(1 - lv) * x + lv * y for x, y in zip(sa, sb)]
                row[bi, lv] = lib.score_texts(a, var.pick(p, sc, var.BASE))
        out[a['id']] = row
    (lib.HERE / 'mix.pkl').write_bytes(pickle.dumps(out))

def run(fname, direction, F):
    res = pickle.loads((lib.HERE / 'mix.pkl').read_bytes())
    ids = list(res)
    folds = lib.folds_of(ids)
    sgn = 1 if direction == 'high' else -1
    vals = sorted({sgn * F[a][fname] for a in ids})
    qs = [vals[int(q * (len(vals) - 1))] for q in np.linspace(0, 1, 11)]
    params = [(bi, lo, hi) for bi in range(len(BSET)) if not ONLY_LEAD or BSET[bi].get('lead0') for lo in qs for hi in qs if hi > lo]
    def level(a, lo, hi):
        x = (sgn * F[a][fname] - lo) / (hi - lo)
        x = min(1, max(0, x))
        return min(LEVELS, key=lambda l: abs(l - x))
    def S(a, prm):
        bi, lo, hi = prm
        r = res[a][bi, level(a, lo, hi)]
        return sum(statistics.mean(r[ref][m] for m in lib.METRICS) for ref in r)
    oof, chosen = {}, []
    for f in range(5):
        tr = [a for a in ids if folds[a] != f]
        base = sum(S(a, (0, 1e9, 2e9)) for a in tr)
        best = max(params, key=lambda prm: sum(S(a, prm) for a in tr))
        if sum(S(a, best) for a in tr) <= base: best = (0, 1e9, 2e9)
        chosen.append(best)
        for a in ids:
            if folds[a] == f:
                bi, lo, hi = best
                oof[a] = res[a][bi, level(a, lo, hi)]
    for c in chosen: print('   ', BSET[c[0]], 'lo', round(sgn*c[1], 3), 'hi', round(sgn*c[2], 3))
    lib.margins(oof, label=f'mixture on {fname} ({direction})')

if __name__ == '__main__':
    if sys.argv[1] == 'build': build(); sys.exit()
    arts = lib.load()
    F = {a['id']: feats.more(var.Prep(a)) for a in arts}
    for x in sys.argv[1:]:
        run(*x.split(':'), F)
