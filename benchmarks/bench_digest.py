#!/usr/bin/env python3
"""Digest benchmark: `build_digest` over 100, 1,000 and 5,000 article files; wall time, articles/s, peak memory.

Articles are generated into a temporary folder by recombining the sentences of the articles in
tests/data/digest/ and the bundled sample, half of the plain words of each (quotes included) swapped
for others so that stories differ as real ones do: each gets its own people (a surname and two
syllables), numbers and outlet, 5–14 sentences in 2–6 paragraphs, and about one in
eight is a copy of an earlier one as another outlet would reprint it (a sentence dropped, the byline
changed), so story merging has real work. Each size runs in a fresh process so that its peak memory
(max RSS) is its own. Stages: reading the files, analysis (Kiwi, batched, its threads on every core,
and extraction), story/participant grouping, and rendering Markdown + JSON. The machine is shared:
run it twice and take the faster; `--workers 2` compares a second analysis process.

    python benchmarks/bench_digest.py                 # 100, 1000, 5000
    python benchmarks/bench_digest.py --sizes 100 1000 --pdf
    python benchmarks/bench_digest.py --sizes 1000 --workers 2
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SURNAMES = list("김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허남심노하곽성차주우구민진나")
SYLLABLES = list("민서도윤지우하준은예수시주원호유나현채건다진소선린연영훈석늘혜태재성경희수정혁빈아")
OUTLETS = ["연합뉴스", "뉴스1", "뉴시스", "한국경제", "매일경제", "전자신문", "조선비즈", "머니투데이", "서울경제", "이데일리"]
ORGS = ["산업통상자원부", "기획재정부", "카카오", "네이버", "삼성전자", "SK하이닉스", "현대차", "LG에너지솔루션",
        "국토교통부", "기상청", "한국은행", "서울시", "금융위원회", "한빛건설"]


def source_sentences() -> list[str]:
    """Sentences of the bundled articles (front matter and bylines dropped)."""
    from briefing.sources.ingest import read_article

    paths = sorted((ROOT / "tests" / "data" / "digest").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    out: list[str] = []
    for p in paths:
        text = read_article(p).text
        for line in text.split("\n"):
            out += [s.strip() for s in re.split(r"(?<=다\.)\s+", line) if len(s.strip()) > 15]
    return out


NAME_RE = re.compile(r"(김정훈|김민준|이민호|정하늘|최은영|오태석|박서연|한도윤|윤지혜|최태원|정신아|이재명|백준호)")


_WORD = re.compile(r"^([“\"‘']?)([가-힣]{2,})$")


def _vocabulary(sentences: list[str]) -> list[str]:
    """Words that can stand in for one another: plain Hangul words of 2+ syllables (no verb endings)."""
    words = {m.group(2) for s in sentences for w in s.split() if (m := _WORD.match(w)) and not w.endswith("다")}
    return sorted(words)


def _story_variant(sentence: str, rng: random.Random, vocab: list[str], rate: float = 0.5) -> str:
    """The sentence with about `rate` of its plain words (inside quotes too) swapped for others: another
    story's text of the same shape. Quotation marks, speech verbs and sentence endings are kept."""
    out = []
    for w in sentence.split():
        m = _WORD.match(w)
        if m and not w.endswith("다") and rng.random() < rate:
            w = m.group(1) + rng.choice(vocab)
        out.append(w)
    return " ".join(out)


def make_corpus(folder: Path, count: int, seed: int = 20261125) -> None:
    """`count` article files: distinct stories, and about one in eight reprinted by a second outlet."""
    rng = random.Random(seed)
    sentences = source_sentences()
    vocab = _vocabulary(sentences)
    made: list[tuple[str, list[str]]] = []
    for i in range(count):
        if made and rng.random() < 0.125:  # a reprint of an earlier article by another outlet
            title, paras = made[rng.randrange(len(made))]
            paras = list(paras)
            if len(paras) > 2:
                paras.pop(rng.randrange(1, len(paras)))
        else:
            people: dict[str, str] = {}

            def person(m: re.Match[str], people: dict[str, str] = people) -> str:
                return people.setdefault(m.group(0), rng.choice(SURNAMES) + rng.choice(SYLLABLES) + rng.choice(SYLLABLES))

            picked = [_story_variant(NAME_RE.sub(person, s), rng, vocab)
                      for s in rng.sample(sentences, rng.randint(5, 14))]
            picked = [re.sub(r"\d+(?=[%억조만천]|\s?달러|\s?도)", lambda m: str(rng.randint(2, 99)), s) for s in picked]
            cuts = sorted(rng.sample(range(1, len(picked)), min(len(picked) - 1, rng.randint(1, 5))))
            paras = [" ".join(picked[a:b]) for a, b in zip([0] + cuts, cuts + [len(picked)])]
            title = f"{rng.choice(ORGS)}, {picked[0][:28].rstrip()}…".replace('"', "'")
        made.append((title, paras))
        byline = f"{rng.choice(SURNAMES)}{rng.choice(SYLLABLES)}{rng.choice(SYLLABLES)} 기자"
        (folder / f"{i:05d}.txt").write_text(
            f"---\ntitle: \"{title}\"\nsource: {rng.choice(OUTLETS)}\ndate: 2026-11-25\n---\n"
            + "\n".join(paras) + f"\n{byline}\n", encoding="utf-8")


def child(folder: Path, pdf: bool) -> dict[str, float]:
    """One measured run in this process (called in a fresh subprocess per size)."""
    t0 = time.perf_counter()
    from briefing.digest.merge import analyse_articles, digest_from_briefings
    from briefing.digest.render import render_digest
    from briefing.sources.ingest import expand_inputs, read_article
    from briefing.text.analyze import get_kiwi

    get_kiwi()
    t1 = time.perf_counter()
    articles = [read_article(p) for p in expand_inputs([str(folder)])]
    t2 = time.perf_counter()
    briefings, skipped = analyse_articles(articles)
    t3 = time.perf_counter()
    d = digest_from_briefings(briefings, skipped=skipped)
    t4 = time.perf_counter()
    render_digest(d, "md")
    render_digest(d, "json")
    t5 = time.perf_counter()
    pdf_time = 0.0
    if pdf:
        render_digest(d, "pdf")
        pdf_time = time.perf_counter() - t5
    usage = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)  # analysis worker processes, if any
    return {
        "articles": len(articles), "stories": len(d.stories), "participants": len(d.participants),
        "merged": len(articles) - len(d.stories), "load_kiwi": t1 - t0, "read": t2 - t1, "analyse": t3 - t2,
        "group": t4 - t3, "render": t5 - t4, "pdf": pdf_time, "total": t5 - t1,
        "cpu": usage.ru_utime + usage.ru_stime + kids.ru_utime + kids.ru_stime,
        "peak_mb": usage.ru_maxrss / 1024, "worker_peak_mb": kids.ru_maxrss / 1024,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    ap.add_argument("--pdf", action="store_true", help="also render the one-page PDF")
    ap.add_argument("--workers", type=int, default=None,
                    help="analysis processes (BRIEFING_DIGEST_WORKERS); default 1: Kiwi's threads use every core")
    ap.add_argument("--child", metavar="DIR", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(Path(args.child), args.pdf)))
        return 0
    print(f"# digest benchmark — {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"{'articles':>8} {'stories':>7} {'merged':>6} {'read s':>7} {'analyse s':>9} {'group s':>7} "
          f"{'render s':>8} {'total s':>7} {'art/s':>6} {'cpu/wall':>8} {'peak MB':>7}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory(prefix="bench-digest-") as tmp:
            make_corpus(Path(tmp), size)
            cmd = [sys.executable, __file__, "--child", tmp] + (["--pdf"] if args.pdf else [])
            env = dict(os.environ)
            if args.workers:
                env["BRIEFING_DIGEST_WORKERS"] = str(args.workers)
            out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout
            r = json.loads(out.strip().splitlines()[-1])
        wall = r["total"]
        print(f"{r['articles']:>8} {r['stories']:>7} {r['merged']:>6} {r['read']:>7.2f} {r['analyse']:>9.2f} "
              f"{r['group']:>7.2f} {r['render']:>8.2f} {wall:>7.2f} {r['articles'] / wall:>6.0f} "
              f"{r['cpu'] / (wall + r['load_kiwi']):>8.2f} {r['peak_mb']:>7.0f}"
              + (f" + {r['worker_peak_mb']:.0f}/worker" if r["worker_peak_mb"] else "")
              + (f"  pdf {r['pdf']:.2f} s" if args.pdf else ""))
    print("total = read + analyse + group + render (Kiwi's one-time load excluded); cpu/wall > 1: both cores busy;")
    print("peak MB = max RSS of the digest process (+ of each analysis worker process, when used)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
