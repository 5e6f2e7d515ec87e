"""Issue 15 experiments: can a general article signal let the key-sentence ranker serve feature /
science stories as well as regional news, out-of-fold? (A negative result; docs/eval.md, issue 15.)

    H15_WORK=/tmp/h15-work EVAL_VENV/bin/python eval/h15/peers.py      # the harness's interpreter
    H15_WORK=/tmp/h15-work .venv/bin/python eval/h15/main.py          # the project's interpreter

Same folds, objective and bootstrap as eval/summary_cv.py (the shipped weights reproduce its tables
exactly); ROUGE in-process with the harness's choices (Kiwi forms, F1). Prints one block per variant:
out-of-fold margins over the best peer per reference kind and article kind, 95 % intervals.
"""
import cv
import feats
import grid
import learn
import lib
import mix
import mm
import router
import var


def main():
    arts = lib.load()
    print('## shipped weights (reproduces eval/summary_cv.py)')
    persc = {}
    for a in arts:
        p = var.Prep(a)
        persc[a['id']] = lib.score_texts(a, var.pick(p, var.scores(p, var.BASE), var.BASE))
    lib.margins(persc, label='shipped')
    F = {a['id']: feats.more(var.Prep(a)) for a in arts}
    for a, f in F.items(): f['is_sci'] = float(lib.kind_of(a) == 'scinews')
    print('\n## article features: AUC for telling science/IT from the rest (0.5 = no signal)')
    sci = [a for a in F if lib.kind_of(a) == 'scinews']; oth = [a for a in F if a not in sci]
    for k in F[sci[0]]:
        if k == 'is_sci': continue
        auc = sum((F[s][k] > F[o][k]) + 0.5 * (F[s][k] == F[o][k]) for s in sci for o in oth) / (len(sci) * len(oth))
        print(f'{k:15s} {max(auc, 1 - auc):.2f} ({"higher" if auc >= .5 else "lower"} in science)')
    print('\n## one configuration for all, the grid widened with uniform centrality and a length bonus')
    grid.run(grid.G, 'big')
    cv.cv_global(cv.load('big'), 'global, 2700 configurations')
    grid.run_multi([grid.SHIP, grid.BGRID], 'b')
    d = cv.load('b')
    SH = d['cfgs'][0]
    B = list(range(1, len(d['cfgs'])))
    print('\n## routers: shipped weights, or B above/below a threshold; B and threshold chosen by the folds')
    for fname, direction in (('is_sci', 'high'), ('lead_sim', 'low'), ('lead_ratio', 'low'), ('lead_anchor', 'low'),
                             ('lead_cover', 'low'), ('lead3_cover', 'low'), ('central_pos', 'high'), ('n_real', 'high'),
                             ('frac_short', 'high'), ('mean_terms', 'low')):
        note = ' [CHEAT: the article kind, upper bound]' if fname == 'is_sci' else ''
        router.router_cv(d, F, fname, direction, SH, B_idx=B, label=f'router, mean objective, on {fname} ({direction}){note}')
        mm.router_mm(d, F, fname, direction, label=f'router, maximin objective (the criteria), on {fname} ({direction}){note}')
    print('\n## mixtures: sentence scores (1-a) shipped + a B, a rising linearly with the feature')
    mix.build()
    for only_lead in (False, True):
        mix.ONLY_LEAD = only_lead
        for fname, direction in (('lead_anchor', 'low'), ('lead_cover', 'low'), ('lead_sim', 'low'), ('n_real', 'high')):
            print(f'(B keeps the lead: {only_lead})')
            mix.run(fname, direction, F)
    print('\n## pointwise logistic ranker (labels: the extractive picks)')
    learn.main((), (1.0,))
    learn.main(('lead_anchor', 'lead_cover', 'n_real'), (1.0,))
    learn.main(('lead_anchor', 'lead_cover', 'n_real'), (0.0, 0.25, 0.5, 0.75, 1.0))

if __name__ == '__main__':
    main()
