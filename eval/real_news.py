"""The real-news development set: gold kept by reference, scored per part (tune / check).

The articles are copyrighted and stay in `../shared/eval/real-news/articles/`; this project keeps
only what its annotators decided about them, by reference: for every double-quoted span its
character offsets in the article and either its speaker or why it is not speech, and the people the
article names (name, title, organisation, the forms used). `eval/gold/real-news/<id>.json`:

    {"id": "…", "article_sha256": "…",
     "participants": [{"name", "title", "organization", "mentions", "quoted", "kind"}],
     "quotes": [{"start": 120, "end": 158, "speaker": "…", "speaker_kind": "person"}],
     "non_quotes": [{"start": 300, "end": 306, "why": "coined term"}],
     "notes": "how disagreements between the two annotators were settled"}

`materialize` turns these back into the scorer's gold format (`../shared/eval/quotes/README.md`),
reading the article texts from `../shared`; `eval/run.py quotes` scores the check and tune parts
(`eval/real-news-split.json`, fixed once) separately, of the `quotes` set (95 articles, many quotes)
and of the `names` set (94 articles, few quotes: people, titles and organisations). `python eval/real_news.py make ANNOTATIONS_DIR`
converts annotation files that carry the quote texts into the by-reference form.

A second set, `summ-news` (`SUMM_NEWS`), is annotated the same way: the 45 articles of the summary
harness's dev split (`../shared/eval/summ/data/dev.jsonl`: regional papers, Dacon's news, Naver IT and
science news), which no rule or weight of the people and quotes stages was chosen on. Its gold is in
`eval/gold/summ-news/`, its parts in `eval/summ-news-split.json` (by source, in sha1 order of the id,
every other article to the check part); `python eval/real_news.py make ANNOTATIONS_DIR --set summ-news`.
"""

from __future__ import annotations

import hashlib
import json
import sys
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold" / "real-news"
SPLIT = HERE / "real-news-split.json"


def split() -> dict[str, list[str]]:
    """The parts, fixed once, by article, stratified by desk, in the order they are reported: the
    `quotes` set's check and tune parts, then the `names` set's (`names-check`, `names-tune`)."""
    data = json.loads(SPLIT.read_text(encoding="utf-8"))
    return {"check": data["check"], "tune": data["tune"],
            "names-check": data.get("names_check", []), "names-tune": data.get("names_tune", [])}


def available(shared: Path, parts: tuple[str, ...]) -> list[str]:
    """The ids of these parts (`split`) that have gold here and their article text in `shared`."""
    ids = split()
    return [i for part in parts for i in ids[part]
            if (GOLD / f"{i}.json").exists() and (shared / "real-news" / "articles" / f"{i}.txt").exists()]


def article_text(shared: Path, article_id: str) -> str:
    return (shared / "real-news" / "articles" / f"{article_id}.txt").read_text(encoding="utf-8")


@dataclass(frozen=True)
class SummNews:
    """The summary harness's dev articles, annotated as the real-news set is."""

    name: str = "summ-news"
    gold: Path = HERE / "gold" / "summ-news"
    split_file: Path = HERE / "summ-news-split.json"

    def rows(self, shared: Path) -> dict[str, dict]:
        lines = (shared / "summ" / "data" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
        return {row["id"]: row for row in map(json.loads, lines)}

    def split(self) -> dict[str, list[str]]:
        data = json.loads(self.split_file.read_text(encoding="utf-8"))
        return {"check": data["check"], "tune": data["tune"]}

    def available(self, shared: Path, part: str) -> list[str]:
        """The ids of this part that have gold here and their article in `shared` (none without it)."""
        source = shared / "summ" / "data" / "dev.jsonl"
        rows = self.rows(shared) if source.is_file() else {}
        return [i for i in self.split()[part] if i in rows and (self.gold / f"{i}.json").exists()]


SUMM_NEWS = SummNews()

#: The parts of each set that rules, weights and models may be fitted on: the real-news set's two tune
#: parts, and the summ-news set's (read out-of-fold by `eval/oof.py`; the learned models are fitted on the
#: real-news set's alone, see `tune_articles`' callers).
TUNE_PARTS = ("tune", "names-tune")
SUMM_NEWS_TUNE = "summ-news-tune"


def tune_articles(shared: Path, ids: Collection[str] | None = None, *, summ_news: bool = True
                  ) -> list[tuple[str, str, dict]]:
    """(id, text, by-reference gold) of every tune-part article whose text is in `shared`: of the
    real-news set (`TUNE_PARTS`) and, with `summ_news`, of the summ-news set's tune part; `ids`: only
    these. A check part is never read."""
    summ_ids = SUMM_NEWS.available(shared, "tune") if summ_news else []
    rows = SUMM_NEWS.rows(shared) if summ_ids else {}
    found = [(i, GOLD, lambda i: article_text(shared, i)) for i in available(shared, TUNE_PARTS)]
    found += [(i, SUMM_NEWS.gold, lambda i: str(rows[i]["text"])) for i in summ_ids]
    out = []
    for article_id, gold_dir, text_of in found:
        if ids is not None and article_id not in ids:
            continue
        text = text_of(article_id)
        ref = json.loads((gold_dir / f"{article_id}.json").read_text(encoding="utf-8"))
        _same_article(ref, text, gold_dir)
        out.append((article_id, text, ref))
    return out


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _same_article(ref: dict, text: str, gold_dir: Path) -> None:
    """Stop when `text` is not the article the by-reference gold `ref` was made on (its offsets would
    point elsewhere)."""
    if _sha(text) != ref["article_sha256"]:
        raise SystemExit(f"{gold_dir.name} gold {ref['id']}: the article in ../shared changed; re-annotate it")


def _articles(shared: Path, corpus: SummNews | None) -> tuple[Path, dict[str, dict], Callable[[str], str]]:
    """The gold folder, each article's row of metadata, and a reader of its text: of the real-news set,
    or of `corpus`."""
    if corpus is not None:
        rows = corpus.rows(shared)
        return corpus.gold, rows, lambda article_id: str(rows[article_id]["text"])
    lines = (shared / "real-news" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    meta = {row["id"]: row for row in map(json.loads, lines)}
    return GOLD, meta, lambda article_id: article_text(shared, article_id)


def materialize(shared: Path, ids: list[str], out: Path, *, only_with_non_quotes: bool = False,
                corpus: SummNews | None = None) -> int:
    """Write the scorer's gold files for `ids` into `out`; returns how many were written. `corpus`: the
    summ-news set (`SUMM_NEWS`) instead of the real-news set."""
    gold_dir, meta, text_of = _articles(shared, corpus)
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for article_id in ids:
        ref_file = gold_dir / f"{article_id}.json"
        if not ref_file.exists():
            continue
        ref = json.loads(ref_file.read_text(encoding="utf-8"))
        if only_with_non_quotes and not ref.get("non_quotes"):
            continue
        text = text_of(article_id)
        _same_article(ref, text, gold_dir)
        row = meta.get(article_id, {})
        # The scorer's format lists the bodies and anonymous sources that speak among the participants
        # too (kind `org` / `anonymous`, as the dev gold does), so that a system naming them is not
        # counted wrong; the annotators recorded them as the quotes' speakers.
        speakers = [{"name": q["speaker"], "title": None, "organization": None, "mentions": [q["speaker"]],
                     "quoted": True, "kind": q["speaker_kind"]}
                    for q in ref["quotes"] if q.get("speaker") and q.get("speaker_kind", "person") != "person"]
        unique = list({sp["name"]: sp for sp in speakers}.values())
        gold = {
            "id": article_id, "source": row.get("source"), "category": row.get("category"),
            "press": row.get("press"), "headline": row.get("headline"), "text": text,
            "participants": ref["participants"] + unique,
            "quotes": [{"speaker": q["speaker"], "speaker_kind": q.get("speaker_kind", "person"),
                        "text": text[q["start"]:q["end"]]} for q in ref["quotes"]],
        }
        (out / f"{article_id}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        written += 1
    return written


# --- making the by-reference gold from annotation files ------------------------------------------

_OPEN = "“\"「『”"  # ” too: sloppy text opens with a closing mark (`이어 ”…`)


def _find(text: str, quoted: str, cursor: int) -> tuple[int, int] | None:
    """Offsets of `quoted` as the content of a quotation in `text`: searched from `cursor` on first
    (the items come in article order), then anywhere; exact first, then forgiving whitespace."""
    for start_at in (cursor, 0):
        found = _find_exact(text, quoted, start_at) or _find_squeezed(text, quoted, start_at)
        if found:
            return found
    return None


def _find_exact(text: str, quoted: str, start_at: int) -> tuple[int, int] | None:
    at = text.find(quoted, start_at)
    while at != -1:
        if at > 0 and text[at - 1] in _OPEN:
            return at, at + len(quoted)
        at = text.find(quoted, at + 1)
    return None


def _find_squeezed(text: str, quoted: str, start_at: int) -> tuple[int, int] | None:
    squeezed = [unicodedata.normalize("NFKC", ch) for ch in quoted if not ch.isspace()]
    for i in range(max(0, start_at - 1), len(text) - 1):
        if text[i] not in _OPEN:
            continue
        j, k = i + 1, 0
        while j < len(text) and k < len(squeezed):
            if text[j].isspace():
                j += 1
            elif unicodedata.normalize("NFKC", text[j]) == squeezed[k]:
                j, k = j + 1, k + 1
            else:
                break
        if k == len(squeezed):
            return i + 1, j
    return None


def make(annotations: Path, shared: Path, corpus: SummNews | None = None) -> int:
    """Convert annotation files (quote texts included) into `eval/gold/real-news/` (offsets only), or
    into the summ-news set's gold (`corpus`)."""
    gold_dir, _meta, text_of = _articles(shared, corpus)
    gold_dir.mkdir(parents=True, exist_ok=True)
    problems = 0
    for path in sorted(annotations.glob("*.json")):
        ann = json.loads(path.read_text(encoding="utf-8"))
        article_id = ann.get("id") or path.stem
        text = text_of(article_id)
        refs: dict[str, list[dict]] = {"quotes": [], "non_quotes": []}
        cursor = 0
        for key in ("quotes", "non_quotes"):
            cursor = 0
            for item in ann.get(key, []):
                found = _find(text, item["text"], cursor)
                if found is None:
                    print(f"{article_id}: {key} item not found in the article: {item['text'][:40]}…", file=sys.stderr)
                    problems += 1
                    continue
                cursor = found[1]
                entry = {"start": found[0], "end": found[1]}
                if key == "quotes":
                    entry.update(speaker=item.get("speaker"), speaker_kind=item.get("speaker_kind") or "person")
                else:
                    entry.update(why=item.get("why") or "other")
                refs[key].append(entry)
        for entries in refs.values():
            entries.sort(key=lambda e: e["start"])
        participants = [{k: p.get(k) for k in ("name", "title", "organization", "mentions", "quoted", "kind")}
                        for p in ann.get("participants", [])]
        gold = {"id": article_id, "article_sha256": _sha(text), "participants": participants, **refs,
                "notes": ann.get("notes") or ""}
        (gold_dir / f"{article_id}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")
    return problems


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Make the by-reference gold from annotation files.")
    parser.add_argument("command", choices=["make"])
    parser.add_argument("annotations", type=Path)
    parser.add_argument("shared", type=Path, nargs="?", default=HERE.parent.parent / "shared" / "eval")
    parser.add_argument("--set", choices=["real-news", "summ-news"], default="real-news")
    args = parser.parse_args()
    sys.exit(1 if make(args.annotations, args.shared, SUMM_NEWS if args.set == "summ-news" else None) else 0)
