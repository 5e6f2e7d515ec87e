"""Key sentences on the project's own fresh articles, against an editor's picks.

`tests/data/fresh/key_sentences.json` holds, for each fresh article, the three body sentences an
editor picked (verbatim, most important first), chosen without looking at this project's output.
This scores `briefing`'s three key sentences and Lead-3 (the body's first three sentences) against
them: ROUGE-1/2/L F1 on Kiwi morpheme forms (punctuation dropped, Latin lower-cased: the same
choices as the dev harness in ../shared/eval/summ) and label precision (the share of picked sentences
that are the editor's). It needs nothing outside this project.

    python eval/run.py fresh
"""

from __future__ import annotations

import json
from pathlib import Path

from briefing import build_briefing, read_article

ROOT = Path(__file__).resolve().parent.parent
FRESH = ROOT / "tests" / "data" / "fresh"
LABELS = FRESH / "key_sentences.json"
KEEP_SYMBOLS = {"SL", "SH", "SN"}
#: Articles 01–102 were labelled by an editor who wrote none of them (the independent check); later
#: ones by the people who wrote them, whose picks may follow their own headlines (docs/eval.md).
INDEPENDENT_LAST = 102


def independent(name: str) -> bool:
    """Whether an article's labels come from the editor who wrote none of the articles."""
    return int(name.split("-", 1)[0]) <= INDEPENDENT_LAST


def tokens(kiwi, text: str) -> list[str]:
    """Morpheme forms for ROUGE: punctuation and symbols dropped except Latin, hanja and numbers."""
    out = []
    for t in kiwi.tokenize(text):
        tag = str(t.tag)
        if not tag.startswith("S") or tag in KEEP_SYMBOLS:
            out.append(t.form.lower() if tag == "SL" else t.form)
    return out


def _ngrams(seq: list[str], n: int) -> dict[tuple[str, ...], int]:
    counts: dict[tuple[str, ...], int] = {}
    for i in range(len(seq) - n + 1):
        key = tuple(seq[i:i + n])
        counts[key] = counts.get(key, 0) + 1
    return counts


def _f1(overlap: float, pred: int, ref: int) -> float:
    if not overlap or not pred or not ref:
        return 0.0
    p, r = overlap / pred, overlap / ref
    return 2 * p * r / (p + r)


def _lcs(a: list[str], b: list[str]) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def rouge(pred: list[str], ref: list[str]) -> tuple[float, float, float]:
    """ROUGE-1, ROUGE-2 and ROUGE-L F1 of one token sequence against another."""
    scores = []
    for n in (1, 2):
        p, r = _ngrams(pred, n), _ngrams(ref, n)
        overlap = sum(min(c, r.get(k, 0)) for k, c in p.items())
        scores.append(_f1(overlap, sum(p.values()), sum(r.values())))
    scores.append(_f1(_lcs(pred, ref), len(pred), len(ref)))
    return scores[0], scores[1], scores[2]


def score_articles() -> dict[str, dict[str, tuple[float, float, float, float]]]:
    """{article: {system: (R1, R2, RL, label precision)}} for every labelled article, each built once."""
    from kiwipiepy import Kiwi

    kiwi = Kiwi()
    labels: dict[str, list[str]] = json.loads(LABELS.read_text(encoding="utf-8"))
    scores: dict[str, dict[str, tuple[float, float, float, float]]] = {}
    for name, picked in sorted(labels.items()):
        b = build_briefing(read_article(FRESH / name), sentences=3)
        ref = tokens(kiwi, "\n".join(picked))
        gold = {s.strip() for s in picked}
        scores[name] = {}
        for system, chosen in (("briefing", [s.text for s in b.summary]),
                               ("Lead-3", [s.text for s in b.sentences[:3]])):
            r1, r2, rl = rouge(tokens(kiwi, "\n".join(chosen)), ref)
            precision = sum(s.strip() in gold for s in chosen) / len(chosen) if chosen else 0.0
            scores[name][system] = (r1, r2, rl, precision)
    return scores


def evaluate(scores: dict[str, dict[str, tuple[float, float, float, float]]] | None = None, *,
             independent_only: bool = False) -> list[dict]:
    """One row per system: mean ROUGE F1 (x100) and label precision over the labelled articles (with
    `independent_only`, over those the independent editor labelled). `scores`: `score_articles()`
    when the caller has it already."""
    if scores is None:
        scores = score_articles()
    chosen = [per for name, per in scores.items() if not independent_only or independent(name)]
    rows = []
    for system in ("briefing", "Lead-3"):
        n = len(chosen)
        rows.append({"system": system, "n": n,
                     **{k: 100 * sum(per[system][i] for per in chosen) / n
                        for i, k in enumerate(("R1", "R2", "RL", "P"))}})
    return rows


def print_table(rows: list[dict], what: str = "an editor's picks") -> None:
    print(f"\n## Key sentences on the fresh articles vs. {what} ({rows[0]['n']} articles)\n")
    print("| system | R1 | R2 | RL | label precision |")
    print("|---|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['system']} | {r['R1']:.2f} | {r['R2']:.2f} | {r['RL']:.2f} | {r['P']:.1f}% |")
