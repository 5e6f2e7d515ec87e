"""Sentences of real news for the entity model, labelled from the real-news gold's *tune* parts.

konec is encyclopaedic news and movie reviews; the briefing reads sports pages, entertainment and
politics, where most names are foreign players, stage names and line-ups. The real-news gold
(`eval/gold/real-news/`, by reference; the articles in `../shared/eval/real-news/`) lists every
person an article names, with the forms used, their title and body. Its tune parts (never the check
parts) give the model sentences of that kind, labelled so (`label_article`):

- PER: every occurrence of a gold person's name or name form (`코디 벨린저`, `벨린저`; the name part of
  `최 회장`), at a word start. A name the model reads where the gold has no person becomes
  `O` (teams, terms: `핫페퍼스`, `트리플 크라운`), except inside quotation marks or before `기자`,
  where the gold is silent by its conventions (names only in quotes, bylines).
- ORG and TTL: a konec-only model's reading (the gold lists only the bodies and titles of people),
  with every occurrence of a gold body written over it, and a gold title next to its person's name.

Nothing of the articles is kept: the labels feed the CRF's weights only (character n-grams), which
ship under the konec data's licence with this source named in `briefing/entities/data/README.md`.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import real_news

from briefing.entities.model import EntityModel, label_spans
from briefing.models import Sentence
from briefing.text.analyze import analyze_many

_PRONOUNS = frozenset({"그", "그녀", "그들", "이들"})
_WORD_CHAR = re.compile(r"[가-힣A-Za-z0-9]")
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"\n]*\"")


def _at_word_start(text: str, i: int) -> bool:
    return i == 0 or not _WORD_CHAR.match(text[i - 1])


#: What may follow a one-syllable name (`폴은`, `길 감독`): a particle, or no syllable at all.
_PARTICLES_AFTER_ONE = frozenset("은는이가을를의와과도에")


def _occurrences(text: str, form: str) -> list[int]:
    """Where `form` starts a word in `text`; a one-syllable form only where the word ends with it or
    with a particle after it (`빌은`, not `빌딩`)."""
    found, i = [], text.find(form)
    while i >= 0:
        if _at_word_start(text, i) and (len(form) > 1 or _ends_one_syllable_word(text, i + 1)):
            found.append(i)
        i = text.find(form, i + 1)
    return found


def _ends_one_syllable_word(text: str, after: int) -> bool:
    rest = text[after:after + 2]
    if not rest or not _WORD_CHAR.match(rest[0]):
        return True
    return rest[0] in _PARTICLES_AFTER_ONE and (len(rest) == 1 or not _WORD_CHAR.match(rest[1]))


def _name_forms(person: dict) -> list[tuple[str, int]]:
    """(form to look for, how many of its first characters are the name): the full name, its words
    and short forms (`벨린저`), and `최 회장` → (`최 회장`, 1)."""
    name = person["name"]
    forms = {name: len(name)}
    for mention in person.get("mentions") or []:
        mention = mention.strip()
        if not mention or mention in _PRONOUNS:
            continue
        if mention in name or name in mention:
            at = mention.find(name)
            if at == 0:
                forms[mention] = len(name)
            elif at < 0 and len(mention) >= 2:
                forms[mention] = len(mention)
            continue
        head = mention.split(" ")[0]
        if " " in mention and head and head in name:
            forms[mention] = len(head)
    return sorted(forms.items(), key=lambda f: -len(f[0]))


def _set(labels: list[str], start: int, end: int, kind: str) -> None:
    """Label [start, end) `kind`, clearing every span it overlaps first."""
    if start >= end:
        return
    for other in ("PER", "TTL", "ORG"):
        for a, b in label_spans(labels, other):
            if a < end and start < b:
                labels[a:b] = ["O"] * (b - a)
    labels[start:end] = ["B-" + kind] + ["I-" + kind] * (end - start - 1)


def label_article(text: str, sentences: list[Sentence], gold: dict, model: EntityModel
                  ) -> list[tuple[Sentence, list[str]]]:
    """Each sentence of the article with one label per character (see the module's docstring)."""
    people = [p for p in gold["participants"] if p.get("kind", "person") == "person"]
    person_marks: dict[int, int] = {}  # start → end of gold name characters, offsets into `text`
    for person in people:
        for form, name_len in _name_forms(person):
            for at in _occurrences(text, form):
                if not any(s <= at < e for s, e in person_marks.items()):
                    person_marks[at] = at + name_len
    # shortest first, so that a longer body or title written over a shorter one wins (`KT 위즈` over `KT`)
    titles = sorted({p["title"] for p in people if p.get("title")}, key=lambda t: (len(t), t))
    bodies = sorted({p["organization"] for p in people if p.get("organization")}, key=lambda b: (len(b), b))
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    out = []
    for sentence in sentences:
        labels = list(model.tag(sentence).labels)
        s0 = sentence.start
        # model PER spans the gold does not hold: O, unless the gold is silent there
        for a, b in label_spans(labels, "PER"):
            if any(s0 + a >= s and s0 + a < e for s, e in person_marks.items()):
                continue
            if any(qs <= s0 + a < qe for qs, qe in quoted) or sentence.text[b:b + 3].lstrip().startswith("기자"):
                continue
            for k in range(a, b):
                labels[k] = "O"
        for body in bodies:
            for at in _occurrences(sentence.text, body):
                _set(labels, at, at + len(body), "ORG")
        for start, end in person_marks.items():
            if s0 <= start and end <= sentence.end:
                _set(labels, start - s0, end - s0, "PER")
                rest = sentence.text[end - s0:]
                for title in titles:
                    gap = len(rest) - len(rest.lstrip(" "))
                    if rest[gap:].startswith(title) and gap <= 1:
                        _set(labels, end - s0 + gap, end - s0 + gap + len(title), "TTL")
        out.append((sentence, labels))
    return out


def silver(shared: Path, model: EntityModel, ids: list[str] | None = None) -> list[tuple[Sentence, list[str]]]:
    """The labelled sentences of every tune-part article whose text is in `shared` (`../shared/eval`);
    `model` (trained on konec alone, so that retraining does not feed on itself) gives the bodies and
    titles the gold does not list. `ids`: only these of the tune articles."""
    # the real-news set's tune parts: with the summ-news set's too, nothing changed out-of-fold (docs/eval.md,
    # round 25)
    articles = real_news.tune_articles(shared, ids, summ_news=False)
    texts = [text for _, text, _ in articles]
    out = []
    for (_, text, gold), sentences in zip(articles, analyze_many(texts), strict=True):
        out.extend(label_article(text, sentences, gold, model))
    return out


if __name__ == "__main__":
    labelled = silver(HERE.parent.parent.parent / "shared" / "eval", EntityModel())
    print(f"{len(labelled)} sentences")
    for sentence, labels in labelled[:int(sys.argv[1]) if len(sys.argv) > 1 else 5]:
        print(sentence.text)
        for kind in ("PER", "TTL", "ORG"):
            print(" ", kind, [sentence.text[a:b] for a, b in label_spans(labels, kind)])
