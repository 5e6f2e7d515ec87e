"""The fresh articles' expectations (`tests/data/fresh/<stem>.expect.json`) and the eval gate over them.

    python tests/fresh_gate.py [-v]   # the four figures against floors.json (-v: what each article misses)

Exits 1 when a figure is below its pinned floor, like trafilatura's `tests/eval_gate.py`. The schema and
the figures are described in `tests/data/fresh-expectations.md`; `tests/test_fresh_articles.py` runs the gate
and one test per expectation.
"""

from __future__ import annotations

import functools
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from briefing import Briefing, Participant, build_briefing, read_article

DATA = Path(__file__).resolve().parent / "data" / "fresh"
FLOORS = DATA / "floors.json"
SUFFIX = ".expect.json"


def _accepted(value: object) -> frozenset:
    """`title` / `organization` in the data: one value (`null` = the article gives none) or a list of
    the acceptable ones."""
    return frozenset(value) if isinstance(value, list) else frozenset([value])


@dataclass(frozen=True)
class Person:
    """A named person: name exactly; title and organisation each one of the accepted values."""

    name: str
    title: frozenset
    organization: frozenset
    quotes: tuple[str, ...] = ()

    @property
    def key(self) -> str:  # in test ids: the last word of a foreign name (`하딩` for `마이클 하딩`)
        return self.name.split()[-1]

    def matches(self, p: Participant) -> bool:
        return p.kind == "person" and p.name == self.name

    def describe(self) -> str:
        return f"person {self.name}"


@dataclass(frozen=True)
class Anon:
    """An anonymous source: kind `anonymous`, its descriptor containing `contains` (e.g. `관계자`)."""

    contains: str
    quotes: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return self.contains

    def matches(self, p: Participant) -> bool:
        return p.kind == "anonymous" and self.contains in p.name

    def describe(self) -> str:
        return f"anonymous source …{self.contains}…"


@dataclass(frozen=True)
class Org:
    """An organisation speaking: kind `org`, its name one of `names`."""

    names: frozenset
    quotes: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return min(self.names)

    def matches(self, p: Participant) -> bool:
        # `주택도시보증공사(HUG)`: a body is shown with the short name the article gave it
        return p.kind == "org" and (p.name in self.names or re.sub(r"\([^()]*\)$", "", p.name) in self.names)

    def describe(self) -> str:
        return f"organisation {sorted(self.names)}"


Speaker = Person | Anon | Org


@dataclass(frozen=True)
class Article:
    """One article's expectations: who is in it, who said each quotation, who wrote it."""

    file: str  # the article text, `<stem>.txt`
    reporter: str
    speakers: tuple[Speaker, ...]  # in article order
    byline_in_text: bool = True  # a print byline that must not stay in `sentences`
    notes: str = ""
    known_failures: dict[str, str] = field(default_factory=dict)  # test id → reason (strict xfail)

    @property
    def short(self) -> str:
        return self.file.split("-", 1)[0]  # `01` … `161` (`100`, not `10`, which is article 10's)

    @property
    def persons(self) -> list[Person]:
        return [s for s in self.speakers if isinstance(s, Person)]

    @property
    def quotes(self) -> list[tuple[Speaker, str]]:
        return [(s, q) for s in self.speakers for q in s.quotes]

    def text(self) -> str:
        return (DATA / self.file).read_text(encoding="utf-8")


_KEYS = {
    "person": {"kind", "name", "title", "organization", "quotes"},
    "anonymous": {"kind", "descriptor_contains", "quotes"},
    "org": {"kind", "names", "quotes"},
}
_ARTICLE_KEYS = {"reporter", "byline_in_text", "notes", "speakers", "known_failures"}


def _speaker(d: dict) -> Speaker:
    keys = _KEYS.get(d.get("kind", ""))
    if keys is None or set(d) != keys:
        raise ValueError(f"a speaker needs exactly the keys of its kind {_KEYS}: {d}")
    quotes = tuple(d["quotes"])
    if d["kind"] == "person":
        return Person(d["name"], _accepted(d["title"]), _accepted(d["organization"]), quotes)
    if d["kind"] == "anonymous":
        return Anon(d["descriptor_contains"], quotes)
    return Org(frozenset(d["names"]), quotes)


def load(path: Path) -> Article:
    d = json.loads(path.read_text(encoding="utf-8"))
    if set(d) != _ARTICLE_KEYS:
        raise ValueError(f"{path.name}: the keys are {sorted(_ARTICLE_KEYS)}, not {sorted(d)}")
    if not all(set(f) == {"what", "reason"} and f["reason"] for f in d["known_failures"]):
        raise ValueError(f"{path.name}: each known failure is {{\"what\": a test id, \"reason\": why}}")
    failures = {f["what"]: f["reason"] for f in d["known_failures"]}
    if len(failures) != len(d["known_failures"]):
        raise ValueError(f"{path.name}: a test id is listed twice in known_failures")
    return Article(path.name.removesuffix(SUFFIX) + ".txt", d["reporter"], tuple(map(_speaker, d["speakers"])),
                   d["byline_in_text"], d["notes"], failures)


@functools.cache
def articles() -> tuple[Article, ...]:
    """Every article's expectations, in article order."""
    paths = sorted(DATA.glob("*" + SUFFIX), key=lambda p: int(p.name.split("-", 1)[0]))
    return tuple(load(p) for p in paths)


@functools.cache
def briefing_for(file: str) -> Briefing:
    return build_briefing(read_article(DATA / file))


# --- the figures -----------------------------------------------------------------------------------

@dataclass
class Counts:
    quotes_found: int = 0  # quotations the pipeline gives (to anyone)
    quotes_expected: int = 0
    quotes_right: int = 0  # given verbatim to the expected speaker
    persons_found: int = 0  # named persons (kind `person`) the pipeline gives
    persons_expected: int = 0
    persons_right: int = 0  # expected names found
    titles_right: int = 0  # of the expected persons found: title accepted
    organizations_right: int = 0  # of the expected persons found: organisation accepted
    errors: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for name, value in vars(other).items():
            setattr(self, name, getattr(self, name) + value)

    def figures(self) -> dict[str, float]:
        return {
            "attribution_f1": f1(self.quotes_right, self.quotes_found, self.quotes_expected),
            "participants_f1": f1(self.persons_right, self.persons_found, self.persons_expected),
            "title_accuracy": _share(self.titles_right, self.persons_right),
            "organization_accuracy": _share(self.organizations_right, self.persons_right),
        }


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def f1(right: int, found: int, expected: int) -> float:
    precision, recall = _share(right, found), _share(right, expected)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score_article(article: Article, b: Briefing) -> Counts:
    """Exact matching, as in the per-expectation tests: a quote counts when its text is an expected
    quotation's and its holder is that quotation's speaker (each expected quotation once); a person when
    the name is an expected person's; title and organisation when among the accepted values."""
    c = Counts()
    expected = article.quotes
    found = [(p, q.text) for p in b.participants for q in p.quotes]
    c.quotes_found, c.quotes_expected = len(found), len(expected)
    for p, text in found:
        hit = next((e for e in expected if e[1] == text and e[0].matches(p)), None)
        if hit is None:
            c.errors.append(f"quote to {p.kind} {p.name!r}: {text[:50]!r}")
        else:
            expected.remove(hit)
            c.quotes_right += 1
    c.errors += [f"missed quote of {s.describe()}: {text[:50]!r}" for s, text in expected]

    persons = [p for p in b.participants if p.kind == "person"]
    unmatched = list(persons)
    c.persons_found, c.persons_expected = len(persons), len(article.persons)
    for s in article.persons:
        person = next((p for p in unmatched if s.matches(p)), None)
        if person is None:
            c.errors.append(f"missed person {s.name}")
            continue
        unmatched.remove(person)
        c.persons_right += 1
        c.titles_right += person.title in s.title
        c.organizations_right += person.organization in s.organization
        if person.title not in s.title or person.organization not in s.organization:
            c.errors.append(f"{s.name}: title {person.title!r}, organisation {person.organization!r}")
    c.errors += [f"person not expected: {p.name}" for p in unmatched]
    return c


def score(pairs: Iterable[tuple[Article, Briefing]]) -> Counts:
    total = Counts()
    for article, b in pairs:
        total.add(score_article(article, b))
    return total


def floors() -> dict[str, float]:
    return json.loads(FLOORS.read_text(encoding="utf-8"))["floors"]


def below_floors(figures: dict[str, float]) -> dict[str, tuple[float, float]]:
    """{figure: (value, floor)} for every figure below its floor (an unscored floor counts as below)."""
    return {k: (figures.get(k, 0.0), v) for k, v in floors().items() if figures.get(k, 0.0) < v}


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    total = Counts()
    for a in articles():
        c = score_article(a, briefing_for(a.file))
        total.add(c)
        if verbose and c.errors:
            print(f"{a.file}\n" + "".join(f"  {e}\n" for e in c.errors))
    figures, pinned = total.figures(), floors()
    for k, v in figures.items():
        print(f"{k:>22}: {v:.4f} (floor {pinned.get(k, 0.0):.2f})")
    print(f"quotes {total.quotes_right}/{total.quotes_expected} expected, {total.quotes_found} found; persons "
          f"{total.persons_right}/{total.persons_expected} expected, {total.persons_found} found")
    return int(bool(below_floors(figures)))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
