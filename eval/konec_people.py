#!/usr/bin/env python3
"""Who is named, on real annotated news sentences: the people finder against konec's person names.

    python eval/konec_people.py [--ner ../shared/data/ner] [-v]     # also printed by `eval/run.py quotes`

`../shared/data/ner/konec-dev.tsv` (KLUE-NER re-annotated by konec, CC BY-SA 4.0) holds 2,534
sentences of WIKITREE news, each annotated with its person names (`PS_NAME`). Each sentence is built
as an article of its own (`briefing build DIR -f json -o -`), and the people found are scored
against those names with the quote scorer's rule: a gold name counts as found when it is contained
in a person's name (NFKC, letters and digits), one to one; a person found that contains no gold name
and is contained in none is spurious. Gold names of one character, anonymised ones (`이모`) and names
written only inside double quotes (not participants by the annotation conventions) are left out.

The sentences are split once, by the MD5 of their id, into a tune half and a check half; rules are
chosen on the tune half only, and the check half is printed first. The figures measure the finder
on sentences without their articles (no earlier introduction to refer back to), by konec's own
conventions (a group's name or a character's actor counts as a person there), so they are a yardstick
for changes, not the product's quality. The entity model was trained on these sentences (all of
them), so its share of the work is read in-sample here; the rules are not fitted on the check half.
The texts are written to a temporary folder and removed; nothing of them is kept.

Titles and organisations: `eval/gold/konec-roles.jsonl` gives, for every gold name of those
sentences, the title and the organisation the sentence itself gives the person (two annotators from
`docs/annotation.md`'s konec guide, a third settling their disagreements; names and roles only, each
sentence by the SHA-256 of its text). For the people found, a title or organisation is right by the
quote scorer's rule (the gold value inside the found one or the other way round, over gold values
that are not null, people of kind `person` only), per half, check half first.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_NER = ROOT.parent / "shared" / "data" / "ner"
ROLES = HERE / "gold" / "konec-roles.jsonl"
#: The sentences of news (the other half of the file are film reviews).
NEWS = "-wikitree"
PARTS = ("check", "tune")


@dataclass
class Sentence:
    id: str
    text: str
    people: list[str] = field(default_factory=list)  # the gold person names, as written, unique


def _norm(value: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", value) if c.isalnum()).lower()


def _inside_quotes(text: str, at: int) -> bool:
    before = text[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def read(path: Path) -> list[Sentence]:
    """The news sentences of a konec file, each with its gold person names."""
    out: list[Sentence] = []
    ident: str | None = None
    chars: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if ident is None or NEWS not in ident:
            return
        text = "".join(chars)
        names: list[str] = []
        seen: set[str] = set()
        i = 0
        while i < len(tags):
            if tags[i] == "B-PS_NAME":
                j = i + 1
                while j < len(tags) and tags[j] == "I-PS_NAME":
                    j += 1
                name = text[i:j]
                key = _norm(name)
                if len(key) >= 2 and not name.endswith("모") and not _inside_quotes(text, i) and key not in seen:
                    seen.add(key)
                    names.append(name)
                i = j
            else:
                i += 1
        out.append(Sentence(ident, text, names))

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## klue"):
            flush()
            ident, chars, tags = line[3:].split("\t", 1)[0], [], []
        elif line.startswith("##") or not line or "\t" not in line:
            continue
        else:
            char, tag = line.rsplit("\t", 1)
            chars.append(char or " ")
            tags.append(tag)
    flush()
    return out


def part_of(sentence_id: str) -> str:
    return "check" if int(hashlib.md5(sentence_id.encode()).hexdigest(), 16) % 2 else "tune"


@dataclass
class Found:
    name: str
    title: str | None
    organization: str | None


def build(sentences: list[Sentence]) -> dict[str, list[Found]]:
    """The people `briefing build` finds in each sentence, built as an article of its own."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for s in sentences:
            (folder / f"{s.id}.txt").write_text(s.text + "\n", encoding="utf-8")
        run = subprocess.run([sys.executable, "-m", "briefing", "build", str(folder), "-f", "json", "-o", "-"],
                             capture_output=True, text=True, check=True, cwd=ROOT)
    found: dict[str, list[Found]] = {}
    for line in run.stdout.splitlines():
        b = json.loads(line)
        found[Path(b["path"]).stem] = [Found(p["name"], p.get("title"), p.get("organization"))
                                       for p in b["participants"] if p["kind"] == "person" and p["name"]]
    return found


def score(sentences: list[Sentence], found: dict[str, list[Found]],
          roles: dict[str, dict[str, dict]] | None = None) -> tuple[dict[str, float], list[str]]:
    """Precision, recall and F1 of the people found, title and organisation accuracy where `roles`
    gives them, and a line per miss, per spurious person and per wrong title or organisation."""
    tp = fp = fn = 0
    right = {"title": 0, "organization": 0}
    asked = {"title": 0, "organization": 0}
    errors: list[str] = []
    for s in sentences:
        people = found.get(s.id, [])
        names = [p.name for p in people]
        gold_roles = (roles or {}).get(s.id, {})
        used: set[int] = set()
        for name in s.people:
            k = next((n for n, p in enumerate(names) if n not in used and _norm(name) in _norm(p)), None)
            if k is None:
                fn += 1
                errors.append(f"  MISSED {name} | {s.text[:100]}")
                continue
            tp += 1
            used.add(k)
            gold = gold_roles.get(name)
            if gold is None or gold.get("kind") != "person":
                continue
            for role in ("title", "organization"):
                want, got = gold.get(role), getattr(people[k], role)
                if not want:
                    continue
                asked[role] += 1
                if got and (_norm(want) in _norm(got) or _norm(got) in _norm(want)):
                    right[role] += 1
                else:
                    errors.append(f"  {role.upper()} {name}: gold={want!r} sys={got!r} | {s.text[:100]}")
        for n, p in enumerate(names):
            if n not in used and not any(_norm(p) in _norm(g) or _norm(g) in _norm(p) for g in s.people):
                fp += 1
                errors.append(f"  SPURIOUS {p} | {s.text[:100]}")
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    return {"p": precision, "r": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn,
            **{f"{role}_right": right[role] for role in right}, **{f"{role}_asked": asked[role] for role in asked}}, errors


def read_roles(path: Path, sentences: list[Sentence]) -> dict[str, dict[str, dict]]:
    """The gold titles and organisations by sentence id and name, for the sentences whose text is
    the one annotated (its SHA-256); {} without the file."""
    if not path.is_file():
        return {}
    text = {s.id: s.text for s in sentences}
    roles: dict[str, dict[str, dict]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["id"] in text and hashlib.sha256(text[item["id"]].encode()).hexdigest() == item["text_sha256"]:
            roles[item["id"]] = {p["name"]: p for p in item["people"]}
    return roles


def report(ner: Path, verbose: bool = False) -> dict[str, dict[str, float]]:
    """Print the table (check half first) and return the figures per half."""
    path = ner / "konec-dev.tsv"
    if not path.is_file():
        print(f"## People in konec's news sentences: {path} not found\n", flush=True)
        return {}
    sentences = read(path)
    roles = read_roles(ROLES, sentences)
    by_part = {part: [s for s in sentences if part_of(s.id) == part] for part in PARTS}
    figures = {}
    print("## People in konec's news sentences (eval/konec_people.py; each sentence an article of its own)\n")
    print("| half | sentences | gold names | P | R | F1 | tp / fp / fn | titles | organisations |\n"
          "|---|---|---|---|---|---|---|---|---|")
    lines: list[str] = []
    for part in PARTS:
        f, errors = score(by_part[part], build(by_part[part]), roles)
        figures[part] = f
        gold = sum(len(s.people) for s in by_part[part])
        accuracy = " | ".join(f"{f[r + '_right'] / f[r + '_asked']:.3f} ({f[r + '_right']}/{f[r + '_asked']})"
                              if f[r + "_asked"] else "—" for r in ("title", "organization"))
        print(f"| {part} | {len(by_part[part])} | {gold} | {f['p']:.3f} | {f['r']:.3f} | **{f['f1']:.3f}** | "
              f"{f['tp']} / {f['fp']} / {f['fn']} | {accuracy} |", flush=True)
        if verbose and part == "tune":
            lines = errors
    print()
    if lines:
        print("Tune half, errors:\n" + "\n".join(lines) + "\n")
    return figures


def make_roles(folder: Path, ner: Path) -> int:
    """Writes `ROLES` from the annotators' files in `folder`: `chunk<N>-a.jsonl` and `chunk<N>-b.jsonl`
    (each line `{"id", "people": [{"name", "kind", "title", "organization"}]}`), and the third
    annotator's `settle-in.jsonl` / `settle-out.jsonl` (`{"n", "id", "name", "field"}` / `{"n",
    "value"}`) for the items the two disagree on. Where they agree (the scorer's containment), the
    longer value is kept."""
    text = {s.id: s.text for s in read(ner / "konec-dev.tsv")}
    settled = {(d["id"], d["name"], d["field"]): v["value"] for d, v in zip(
        map(json.loads, (folder / "settle-in.jsonl").read_text(encoding="utf-8").splitlines()),
        map(json.loads, (folder / "settle-out.jsonl").read_text(encoding="utf-8").splitlines()), strict=True)}
    lines: list[str] = []
    for a_path in sorted(folder.glob("chunk*-a.jsonl")):
        b_path = a_path.with_name(a_path.name.replace("-a.", "-b."))
        for a_line, b_line in zip(a_path.read_text(encoding="utf-8").splitlines(),
                                  b_path.read_text(encoding="utf-8").splitlines(), strict=True):
            a, b = json.loads(a_line), json.loads(b_line)
            people = []
            for pa, pb in zip(a["people"], b["people"], strict=True):
                person = {"name": pa["name"]}
                for field_name in ("kind", "title", "organization"):
                    va, vb = pa.get(field_name), pb.get(field_name)
                    key = (a["id"], pa["name"], field_name)
                    person[field_name] = settled[key] if key in settled else max((va, vb), key=lambda v: len(v or ""))
                people.append(person)
            lines.append(json.dumps({"id": a["id"], "text_sha256": hashlib.sha256(text[a["id"]].encode()).hexdigest(),
                                     "people": people}, ensure_ascii=False))
    ROLES.write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")
    print(f"{len(lines)} sentences, {sum(len(json.loads(x)['people']) for x in lines)} names -> {ROLES}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ner", type=Path, default=DEFAULT_NER)
    ap.add_argument("-v", "--verbose", action="store_true", help="the tune half's misses and spurious people")
    ap.add_argument("--make-roles", type=Path, metavar="DIR", help="write the roles gold from annotators' files")
    args = ap.parse_args()
    if args.make_roles:
        return make_roles(args.make_roles, args.ner)
    return 0 if report(args.ner, args.verbose) else 1


if __name__ == "__main__":
    sys.exit(main())
