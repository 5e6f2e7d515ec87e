#!/usr/bin/env python3
"""Stories across outlets: does a digest put the articles of one story together, and only them?

The gold (`eval/gold/events/real-news.json`) groups the 189 real articles of `../shared/eval/real-news/`
into stories: two annotators clustered them from the texts alone (several outlets' reports of one
game, award, decision or column are one story; a preview and the result, or a new decision, are two),
and their disagreements were settled and noted there. No text is kept: ids, each article's SHA-256 to
refuse a changed one, and a line on each story.

Split once, by story (a story goes whole to one part; `eval/events-split.json`): thresholds are chosen
on the tune part only, and the check part is reported. Each part is digested on its own, as a day's
articles would be (the digest's analysis and `merge.group_stories`), and scored:

- pairs: precision / recall / F1 over the pairs of articles put in one story;
- stories of several articles found whole, with no article of another story;
- articles put in a story that is not theirs (the one they share with the fewest of its articles).

    python eval/stories.py            # tune and check
    python eval/run.py stories        # the same
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from briefing.digest import merge
from briefing.models import Article

GOLD = HERE / "gold" / "events" / "real-news.json"
SPLIT = HERE / "events-split.json"


def load(shared: Path) -> tuple[dict, dict[str, list[str]], dict[str, Article]]:
    """(gold, parts, articles by id); refuses an article whose text is not the one annotated."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    parts = json.loads(SPLIT.read_text(encoding="utf-8"))
    rows = {}
    for line in (shared / "real-news" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows[row["id"]] = row
    articles = {}
    for article_id, sha in gold["article_sha256"].items():
        text = (shared / "real-news" / "articles" / f"{article_id}.txt").read_text(encoding="utf-8")
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != sha:
            raise SystemExit(f"stories: {article_id} is not the article the gold was made from")
        row = rows[article_id]
        articles[article_id] = Article(path=f"{article_id}.txt", text=text, title=row["headline"],
                                       source=row["press"])
    return gold, {"tune": parts["tune"], "check": parts["check"]}, articles


def score(ids: list[str], groups: list[list[str]], gold_story: dict[str, int]) -> dict[str, float]:
    """The figures of one part: `groups` (ids) as the digest made them, `gold_story` id -> gold story."""
    def pairs(clusters: list[list[str]]) -> set[tuple[str, str]]:
        return {tuple(sorted(p)) for c in clusters for p in itertools.combinations(c, 2)}  # type: ignore[misc]

    gold_groups: dict[int, list[str]] = {}
    for i in ids:
        if i in gold_story:
            gold_groups.setdefault(gold_story[i], []).append(i)
    found, truth = pairs(groups), pairs(list(gold_groups.values()))
    tp = len(found & truth)
    p = tp / len(found) if found else 1.0
    r = tp / len(truth) if truth else 1.0
    own = {i: gold_story.get(i, -1 - n) for n, i in enumerate(ids)}  # a single article is its own story
    whole = sum(1 for g in gold_groups.values() if any(set(g) == set(s) for s in groups))
    intruders = sum(len(s) - Counter(own[i] for i in s).most_common(1)[0][1] for s in groups if len(s) > 1)
    return {"articles": len(ids), "gold": len(gold_groups), "shown": len(groups), "P": p, "R": r,
            "F1": 2 * p * r / (p + r) if p + r else 0.0, "whole": whole, "merged": sum(len(s) for s in groups if len(s) > 1),
            "intruders": intruders, "found_pairs": len(found), "gold_pairs": len(truth)}


def run(shared: Path) -> dict[str, dict[str, float]]:
    gold, parts, articles = load(shared)
    gold_story = {i: n for n, story in enumerate(gold["clusters"]) for i in story["ids"]}
    out = {}
    for part in ("check", "tune"):
        ids = parts[part]
        briefings, skipped = merge.analyse_articles([articles[i] for i in ids])
        if skipped:
            raise SystemExit(f"stories: could not analyse {', '.join(s.path for s in skipped)}")
        by_path = [b.article.path[:-4] for b in briefings]
        groups = [[by_path[k] for k in g] for g in merge.group_stories(briefings)]
        out[part] = score(ids, groups, gold_story)
    return out


def print_table(figures: dict[str, dict[str, float]]) -> None:
    print("\n## Stories across outlets (real-news, 189 articles; check part first)\n")
    print("| part | articles | gold stories of 2+ | stories shown | pairs P / R / F1 | found whole | "
          "articles in a story not theirs |")
    print("|---|---|---|---|---|---|---|")
    for part, f in figures.items():
        print(f"| {part} | {f['articles']} | {f['gold']} | {f['shown']} | {f['P']:.3f} / {f['R']:.3f} / "
              f"{f['F1']:.3f} ({f['found_pairs']} found, {f['gold_pairs']} gold) | {f['whole']} of {f['gold']} | "
              f"{f['intruders']} of {f['merged']} merged |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "eval")
    args = ap.parse_args()
    if not (args.shared / "real-news" / "articles.jsonl").exists():
        print(f"stories: needs {args.shared}/real-news", file=sys.stderr)
        return 1
    print_table(run(args.shared))
    return 0


if __name__ == "__main__":
    sys.exit(main())
