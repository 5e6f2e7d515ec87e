import itertools
import pickle
import sys
import time
from dataclasses import replace

import lib
import var


def expand(grid):
    keys = sorted(grid)
    return [dict(zip(keys, v)) for v in itertools.product(*(grid[k] for k in keys))]

def run_multi(grids, name):
    run(None, name, [c for g in grids for c in expand(g)])

def run(grid, name, cfgs=None):
    arts = lib.load()
    cfgs = cfgs or expand(grid)
    res = {}  # id -> list of {ref:{m}} per cfg
    picks = {}
    t0 = time.time()
    for a in arts:
        p = var.Prep(a)
        cache = {}
        row = []
        pk = []
        for c in cfgs:
            wkeys = {k: v for k, v in c.items() if k in var.BASE.__dataclass_fields__}
            extra = {k: v for k, v in c.items() if k not in wkeys}
            w = replace(var.BASE, **wkeys)
            texts = tuple(var.pick(p, var.scores(p, w, extra), w))
            if texts not in cache:
                cache[texts] = lib.score_texts(a, list(texts))
            row.append(cache[texts]); pk.append(texts)
        res[a['id']] = row
        picks[a['id']] = pk
    print(name, len(cfgs), 'configs', f'{time.time()-t0:.0f}s', file=sys.stderr)
    (lib.HERE / f'grid_{name}.pkl').write_bytes(pickle.dumps({'cfgs': cfgs, 'res': res, 'picks': picks}))

BGRID = {
        "position": (0.1, 0.3, 0.5),
        "position_decay": (1.5, 3.0, 6.0),
        "length_norm": (-0.3, 0.0, 0.3),
        "title": (0.0, 0.1),
        "gcent": (0.0, 0.3),
        "glen": (0.2, 0.4, 0.6),
        "lead0": (0.0, 0.5, 1.0),
    }
SHIP = {"position": (0.65,), "position_decay": (0.9,), "length_norm": (0.5,), "title": (0.1,), "gcent": (0.0,), "glen": (0.0,), "lead0": (0.0,)}
G = {
    "position": (0.1, 0.3, 0.5, 0.65, 0.8),
    "position_decay": (0.6, 0.9, 1.5, 3.0, 6.0),
    "length_norm": (-0.3, 0.0, 0.3, 0.5),
    "title": (0.0, 0.1, 0.3),
    "gcent": (0.0, 0.3, 0.6),
    "glen": (0.0, 0.2, 0.4),
}

if __name__ == '__main__':
    if sys.argv[1] == 'b':
        run_multi([SHIP, BGRID], 'b')
    else:
        run(G, sys.argv[1])
