"""A parametric copy of rank.rank_sentences with extra general signals, for experiments."""
import math
from collections import Counter

from lib import R

BASE = R.RankingWeights()

class Prep:
    """Per-article things independent of the weights."""
    def __init__(self, art):
        s = self.sents = art['sents']
        self.tv = R.term_vectors(s)
        terms = self.tv.terms
        marked = set()
        for i, x in enumerate(s):
            if (i == 0 or s[i-1].paragraph != x.paragraph) and R.MARKED_PARAGRAPH.match(x.text):
                marked.add(x.paragraph)
        self.junk = [x.paragraph in marked or R.never_key(x.text) for x in s]
        self.real = [not j and R.is_sentence(x) and len(ts) >= R.MIN_TERMS for x, ts, j in zip(s, terms, self.junk)]
        self.form = []
        for x, ok in zip(s, self.real):
            if not ok: f = BASE.not_a_sentence
            elif R.quote_only(x.text): f = BASE.quote_only
            elif ("“" in x.text or '"' in x.text) and R._ATTRIBUTED.match(x.text.strip()): f = BASE.attributed_quote
            else: f = 1.0
            self.form.append(f)
        self.rank = []
        r = 0
        for ok in self.real:
            self.rank.append(r); r += ok
        self.n_real = r
        tt = art['title_terms']
        self.title_vec = {}
        if tt:
            c = Counter(t for t in tt if t not in R.TERM_STOPWORDS)
            norm = math.sqrt(sum(v*v for v in c.values())) or 1.0
            self.title_vec = {t: v/norm for t, v in c.items()}
        U = self.tv.vectors
        self.title_sim = [R._dot(u, self.title_vec) if self.title_vec else 0.0 for u in U]
        # uniform degree centrality over real sentences
        tot = {}
        for u, ok in zip(U, self.real):
            if ok:
                for t, v in u.items(): tot[t] = tot.get(t, 0.0) + v
        self.deg = [max(0.0, R._dot(u, tot) - (1.0 if ok else 0.0)) if not j and u else 0.0 for u, ok, j in zip(U, self.real, self.junk)]
        self.nterms = [len(t) for t in terms]
        self._cache = {}

    def centrality(self, decay, length_norm):
        key = (decay, length_norm)
        if key not in self._cache:
            prior = [math.exp(-r/decay) if ok else 0.0 for r, ok in zip(self.rank, self.real)]
            opening = {}
            for vec, w in zip(self.tv.vectors, prior):
                if w:
                    for t, v in vec.items(): opening[t] = opening.get(t, 0.0) + w*v
            c = [0.0 if j or not vec else max(0.0, R._dot(vec, opening) - w) / len(ts)**length_norm
                 for vec, ts, w, j in zip(self.tv.vectors, self.tv.terms, prior, self.junk)]
            top = max(c) or 1.0
            self._cache[key] = (prior, [x/top for x in c])
        return self._cache[key]


def scores(p, w, extra=None):
    """Sentence scores (article order). extra: dict of extra signal weights:
    gcent (uniform degree centrality / terms**gnorm), glen (length bonus: terms/max terms)."""
    extra = extra or {}
    prior, cent = p.centrality(w.position_decay, w.length_norm)
    g = extra.get('gcent', 0.0)
    if g:
        gn = extra.get('gnorm', w.length_norm)
        gd = [d / max(n, 1)**gn for d, n in zip(p.deg, p.nterms)]
        gt = max(gd) or 1.0
    L = extra.get('glen', 0.0)
    mx = max((n for n, ok in zip(p.nterms, p.real) if ok), default=1) or 1
    out = []
    for i in range(len(p.sents)):
        if p.junk[i]:
            out.append(0.0); continue
        sig = w.position * prior[i] + w.centrality * cent[i]
        if p.title_vec: sig += w.title * p.title_sim[i]
        if g: sig += g * gd[i] / gt
        if L: sig += L * p.nterms[i] / mx
        if extra.get('lead0') and p.real[i] and p.rank[i] == 0: sig += extra['lead0']
        out.append(round(max(p.form[i] * sig, 1e-4), 4))
    return out


def pick(p, sc, w, limit=3):
    from briefing.models import RankedSentence
    ranked = [RankedSentence(text=s.text, sentence=s.index, score=v) for s, v in zip(p.sents, sc)]
    chosen = R.order_by_mmr(p.sents, ranked, w, limit=limit, vectors=p.tv)
    return [r.text for r in R.in_article_order(chosen)]
