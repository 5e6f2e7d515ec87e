"""Router with the selection objective aligned with issue 15's criteria (maximin over the criteria's
margins on the training folds), numpy-vectorised."""
import sys

import cv
import feats
import lib
import numpy as np
import var

REFI = {'abstractive': 0, 'extractive': 1}
def tensor(d):
    res, cfgs = d['res'], d['cfgs']
    ids = list(res)
    V = np.full((len(cfgs), len(ids), 2, 3), np.nan)
    for j, a in enumerate(ids):
        for c in range(len(cfgs)):
            for ref, ms in res[a][c].items():
                V[c, j, REFI[ref]] = [ms[m] for m in lib.METRICS]
    P = np.full((len(lib.PEERS), len(ids), 2, 3), np.nan)
    for j, a in enumerate(ids):
        for ref in lib.REFS:
            if a in lib.PEER_SCORES[ref]:
                for k, p in enumerate(lib.PEERS):
                    P[k, j, REFI[ref]] = [lib.PEER_SCORES[ref][a][p][m] for m in lib.METRICS]
    return ids, V, P

# criteria: (ref, kind or None, required margin)
CRIT = [(0, None, 2.0), (1, None, 2.0), (0, 'aihub', 0.0), (1, 'aihub', 0.0), (1, 'scinews', 0.0)]

def crit_value(sums_ours, counts, peer_means):
    """sums_ours[..., crit, metric]: min over crit and metric of ours mean - peer best - required."""
    return np.min(sums_ours / counts - peer_means, axis=(-1, -2))

def router_mm(d, F, fname, direction, A=0, B_idx=None, objective='maximin', show=True, label=''):
    ids, V, P = tensor(d)
    cfgs = d['cfgs']
    folds = lib.folds_of(ids)
    B_idx = np.array(B_idx if B_idx is not None else range(1, len(cfgs)))
    sgn = 1 if direction == 'high' else -1
    key = np.array([sgn * F[a][fname] for a in ids])
    kinds = [lib.kind_of(a) for a in ids]
    oof = {}
    chosen = []
    for f in range(5):
        tr = [j for j, a in enumerate(ids) if folds[a] != f]
        tr.sort(key=lambda j: -key[j])
        # masks per criterion: (n_tr, ncrit) membership incl. ref availability
        M = np.zeros((len(tr), len(CRIT)))
        for ci, (r, kind, req) in enumerate(CRIT):
            for t, j in enumerate(tr):
                M[t, ci] = (kind is None or kinds[j] == kind) and not np.isnan(V[A, j, r, 0])
        counts = M.sum(0)[:, None]  # (ncrit,1)
        Vr = np.nan_to_num(V[:, tr][:, :, [c[0] for c in CRIT]])  # (ncfg, ntr, ncrit, 3)
        Pr = np.nan_to_num(P[:, tr][:, :, [c[0] for c in CRIT]])
        peer = (np.einsum('ktcm,tc->kcm', Pr, M) / counts).max(0) + np.array([c[2] for c in CRIT])[:, None]  # (ncrit,3)
        base = np.einsum('tcm,tc->cm', Vr[A], M)  # (ncrit,3)
        D = Vr[B_idx] - Vr[A][None]  # (nB, ntr, ncrit, 3)
        cum = np.cumsum(D * M[None, :, :, None], axis=1)  # routed first t+1
        tot = base[None, None] + cum  # (nB, ntr, ncrit, 3)
        if objective == 'maximin':
            val = np.min(tot / counts - peer, axis=(-1, -2))
            base_val = np.min(base / counts - peer)
            # tie-break: mean objective
        else:
            val = tot.sum(axis=(-1, -2))
            base_val = base.sum()
        # valid cut points: after position t where key changes
        ks = key[tr]
        valid = np.append(ks[:-1] != ks[1:], True)
        val = np.where(valid[None], val, -np.inf)
        b, t = np.unravel_index(np.argmax(val), val.shape)
        if val[b, t] > base_val + 1e-9:
            thr = (ks[t] + ks[t+1]) / 2 if t + 1 < len(ks) else ks[t] - 1
            bb = B_idx[b]
        else:
            thr, bb = np.inf, A
        chosen.append((cfgs[bb], None if thr == np.inf else sgn * thr, float(max(val[b, t], base_val))))
        for j, a in enumerate(ids):
            if folds[a] == f:
                oof[a] = d['res'][a][bb if key[j] >= thr else A]
    if show:
        for c, t, v in chosen: print('   B', c, 'tau', t, 'train value', round(v, 2))
        lib.margins(oof, label=label or f'{objective} router on {fname} ({direction})')
    return oof, chosen

if __name__ == '__main__':
    d = cv.load(sys.argv[1])
    arts = lib.load()
    F = {a['id']: feats.more(var.Prep(a)) for a in arts}
    for a, f in F.items(): f['is_sci'] = float(lib.kind_of(a) == 'scinews')
    for x in sys.argv[2:]:
        fname, direction = x.split(':')
        router_mm(d, F, fname, direction)
