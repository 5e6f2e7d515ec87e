import pickle
import statistics
import sys

import lib
from lib import METRICS, REFS


def per_cfg_obj(res, ids):
    """matrix: obj contribution per article per cfg -> list over cfg of (sum, count)."""

def art_val(row_c):
    return [statistics.mean(row_c[ref][m] for m in METRICS) for ref in REFS if ref in row_c]

def load(name):
    d = pickle.loads((lib.HERE / f'grid_{name}.pkl').read_bytes())
    return d

def cv_global(d, label=None, restrict=None, show=True):
    res, cfgs = d['res'], d['cfgs']
    ids = list(res)
    folds = lib.folds_of(ids)
    idx = restrict if restrict is not None else range(len(cfgs))
    # per article per cfg: list of values (one per ref)
    vals = {a: [art_val(res[a][c]) for c in range(len(cfgs))] for a in ids}
    oof, chosen = {}, []
    for f in range(5):
        train = [a for a in ids if folds[a] != f]
        def obj(c, train=train):
            v = [x for a in train for x in vals[a][c]]
            return sum(v) / len(v)
        best = max(idx, key=lambda c: (obj(c), -c))
        chosen.append(cfgs[best])
        for a in ids:
            if folds[a] == f: oof[a] = res[a][best]
    if show:
        for c in chosen: print('   chosen', c)
        lib.margins(oof, label=label or 'global')
    return oof, chosen

def insample_best_for(d, kind, ref='extractive'):
    res, cfgs = d['res'], d['cfgs']
    ids = [a for a in res if lib.kind_of(a) == kind]
    best = max(range(len(cfgs)), key=lambda c: statistics.mean(statistics.mean(res[a][c][ref][m] for m in METRICS) for a in ids))
    return best, cfgs[best], [statistics.mean(res[a][best][ref][m] for a in ids) for m in METRICS]

if __name__ == '__main__':
    d = load(sys.argv[1])
    cv_global(d, 'global over ' + sys.argv[1])
    for kind in ('scinews', 'aihub'):
        for ref in (('extractive',) if kind == 'scinews' else REFS):
            print(kind, ref, insample_best_for(d, kind, ref))
