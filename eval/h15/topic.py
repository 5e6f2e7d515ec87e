"""Issue 15: does the article's *topic* (science, IT, medicine) tell the stories whose editors pick
keyword-dense sentences deep in the text from those a lead summarises? A negative result, nearer
than the lead signals (docs/eval.md, issue 15, "the topic").

The vocabulary comes from outside the dev set: every entity form of the konec corpus
(`../shared/data/ner/konec-ne-form-label-freq.tsv`) whose occurrences are at least half under a
science, medicine or IT label of the NIKL tag set (chosen by the labels' descriptions, before any
score was seen). An article's signal is the share of its nouns (Kiwi NNG / NNP / SL) that are such
forms. The routers are `router.py`'s and `mm.py`'s; a second signal combines it with the lead's
anchoring (`feats.more`) in a logistic model fitted on the training folds only.

    H15_WORK=/tmp/h15-work .venv/bin/python eval/h15/topic.py    # after main.py has built grid 'b'
"""
import csv
import os
from collections import Counter
from pathlib import Path

import cv
import feats
import lib
import mm
import numpy as np
import router
import var

_default = lib.ROOT.parent / 'shared' / 'data' / 'ner' / 'konec-ne-form-label-freq.tsv'
FORMS = Path(os.environ.get('H15_KONEC_FORMS', _default if _default.exists()
                            else '/work/shared/data/ner/konec-ne-form-label-freq.tsv'))
#: The NIKL 2021 labels of science, medicine and IT: fields and theories of science and medicine,
#: materials, cells and organs, diseases and drugs, hardware, software, sites, models, services.
SCIENCE_LABELS = ('FD_SCIENCE', 'FD_MEDICINE', 'TR_SCIENCE', 'TR_MEDICINE', 'MT_', 'TM_CELL_TISSUE_ORGAN', 'TMM_',
                  'TMI_')


def science_forms():
    """konec's entity forms of two characters or more, at least half of whose occurrences carry a
    science / medicine / IT label."""
    science, total = Counter(), {}
    with FORMS.open(encoding='utf-8') as f:
        rows = csv.reader(f, delimiter='\t')
        next(rows)
        for row in rows:
            form, label, freq, form_freq = row[0], row[1], int(row[3]), int(row[7])
            total[form] = form_freq
            if label.startswith(SCIENCE_LABELS):
                science[form] += freq
    return {f for f, n in science.items() if len(f) >= 2 and 2 * n >= total[f]}


def topic_share(arts, forms):
    out = {}
    for a in arts:
        nouns = [m.form for s in a['sents'] for m in s.morphemes if m.tag in ('NNG', 'NNP', 'SL')]
        out[a['id']] = {'sci': sum(n in forms for n in nouns) / max(len(nouns), 1)}
    return out


def auc(F, key):
    sci = [a for a in F if lib.kind_of(a) == 'scinews']
    oth = [a for a in F if a not in sci]
    return sum((F[s][key] > F[o][key]) + 0.5 * (F[s][key] == F[o][key]) for s in sci for o in oth) / (len(sci) * len(oth))


def combined(arts, F, ids):
    """Out-of-fold P(science story) from the topic share and two lead signals: a logistic model
    (L2 0.1, standardised on the training folds) fitted on the other folds' article kinds."""
    more = {a['id']: feats.more(var.Prep(a)) for a in arts}
    folds = lib.folds_of(ids)
    X = np.array([[F[a]['sci'], more[a]['lead_anchor'], more[a]['lead_cover']] for a in ids])
    y = np.array([lib.kind_of(a) == 'scinews' for a in ids], dtype=float)
    G = {}
    for f in range(5):
        tr = [j for j, a in enumerate(ids) if folds[a] != f]
        Z = (X - X[tr].mean(0)) / X[tr].std(0)
        Z = np.hstack([Z, np.ones((len(Z), 1))])
        w = np.zeros(Z.shape[1])
        for _ in range(3000):
            q = 1 / (1 + np.exp(-Z[tr] @ w))
            w -= 0.1 * (Z[tr].T @ (q - y[tr]) / len(tr) + 0.1 * np.r_[w[:-1], 0])
        p = 1 / (1 + np.exp(-Z @ w))
        for j, a in enumerate(ids):
            if folds[a] == f:
                G[a] = {'p': p[j]}
    return G


def main():
    arts = lib.load()
    forms = science_forms()
    F = topic_share(arts, forms)
    print(f'{len(forms)} science / medicine / IT forms from konec')
    print(f'AUC of the topic share for telling science/IT news from the rest: {auc(F, "sci"):.2f}')
    d = cv.load('b')
    shipped, B = d['cfgs'][0], list(range(1, len(d['cfgs'])))
    router.router_cv(d, F, 'sci', 'high', shipped, B_idx=B, label='router, mean objective, on the topic share (high)')
    mm.router_mm(d, F, 'sci', 'high', label='router, maximin objective, on the topic share (high)')
    G = combined(arts, F, list(F))
    print(f'out-of-fold AUC of the combined model: {auc(G, "p"):.2f}')
    router.router_cv(d, G, 'p', 'high', shipped, B_idx=B, label='router, mean objective, on the combined model')
    mm.router_mm(d, G, 'p', 'high', label='router, maximin objective, on the combined model')


if __name__ == '__main__':
    main()
