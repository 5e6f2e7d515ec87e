import sys

import cv
import feats
import lib
import var


def prep_feats():
    arts = lib.load()
    return {a['id']: feats.features(var.Prep(a)) for a in arts}

def router_cv(d, F, fname, direction, A_cfg, B_idx=None, label='', show=True, min_frac=0.0):
    """direction: 'low' routes articles with f <= tau to B; 'high' routes f >= tau to B."""
    res, cfgs = d['res'], d['cfgs']
    ids = list(res)
    folds = lib.folds_of(ids)
    A = cfgs.index(A_cfg)
    B_idx = list(range(len(cfgs))) if B_idx is None else B_idx
    S = {a: [sum(cv.art_val(res[a][c])) for c in range(len(cfgs))] for a in ids}
    sgn = 1 if direction == 'high' else -1
    key = {a: sgn * F[a][fname] for a in ids}  # route to B when key >= threshold
    oof, chosen = {}, []
    for f in range(5):
        train = sorted((a for a in ids if folds[a] != f), key=lambda a: -key[a])  # descending: routed first
        baseA = sum(S[a][A] for a in train)
        best = (sum(S[a][A] for a in train), A, float('inf'))  # no routing
        for b in B_idx:
            gain = 0.0
            for k, a in enumerate(train):
                gain += S[a][b] - S[a][A]
                nxt = key[train[k+1]] if k + 1 < len(train) else key[a] - 1
                if nxt == key[a]: continue
                tot = baseA + gain
                thr = (key[a] + nxt) / 2
                if tot > best[0] + 1e-9:
                    best = (tot, b, thr)
        _, b, thr = best
        chosen.append((cfgs[b], sgn * thr if thr != float('inf') else None))
        for a in ids:
            if folds[a] == f:
                oof[a] = res[a][b] if key[a] >= thr else res[a][A]
    if show:
        for c, t in chosen: print('   B', c, fname, direction, 'tau', None if t is None else round(t, 3))
        for a in ids:
            pass
        lib.margins(oof, label=label or f'router on {fname} ({direction})')
    return oof, chosen

SHIPPED = {'gcent': 0.0, 'glen': 0.0, 'length_norm': 0.5, 'position': 0.65, 'position_decay': 0.9, 'title': 0.1}

if __name__ == '__main__':
    d = cv.load(sys.argv[1])
    F = prep_feats()
    for fname, direction in (('lead_sim', 'low'), ('lead_ratio', 'low'), ('lead_pct', 'low'), ('central_pos', 'high'), ('n_real', 'high')):
        router_cv(d, F, fname, direction, SHIPPED)
