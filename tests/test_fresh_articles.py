"""Participants and quote attribution end to end on the fresh articles: a regression check.

161 articles written for this project (`tests/data/fresh/<stem>.txt`, invented people, real house
styles), each with an editor's expectations beside it (`<stem>.expect.json`; schema in
`tests/data/fresh-expectations.md`). The tests run the real pipeline (`read_article` + `build_briefing`) and
check, one expectation per test:

- every expected named person is found with the right title and organisation;
- every quotation is found verbatim and attributed to the right speaker: a named person, an
  organisation (`kind == "org"`) or an anonymous source (`kind == "anonymous"`);
- no quotation is produced that is not in the list (titles and emphasis in ‘…’ are not quotes);
- no named person is invented (reporters, places, clubs, films, people named only inside quotes);
- the reporter is not a participant, and a print byline is not left in the body sentences.

An article's `known_failures` are strict xfails with their reason, so a fix shows up as an XPASS that
must be acknowledged (by deleting the entry). On top, `test_fresh_articles_reach_the_pinned_floors` is
the eval gate: the four figures of `fresh_gate.py` over all articles, failing below
`tests/data/fresh/floors.json`.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from fresh_gate import DATA, SUFFIX, Anon, Article, Org, Person, articles, below_floors, briefing_for, score

from briefing import Participant, Quote

ARTICLES = articles()
BY_FILE = {a.file: a for a in ARTICLES}


def _param(article: Article, case_id: str, *values):
    reason = article.known_failures.get(case_id)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(*values, id=case_id, marks=marks)


def _ids(article: Article) -> list[str]:
    """Every test id of an article (a repeated one gets `_0`, `_1` from pytest; its xfail holds for all)."""
    s = article.short
    return ([f"participant-{s}-{p.name}" for p in article.persons]
            + [f"quote-{s}-{sp.key}-{i}" for sp in article.speakers for i, _ in enumerate(sp.quotes, 1)]
            + [f"{kind}-{s}" for kind in ("no-extra-quotes", "invented", "reporter")]
            + ([f"byline-{s}"] if article.byline_in_text else []))


# --- participants ----------------------------------------------------------------------------------

PARTICIPANT_PARAMS = [_param(a, f"participant-{a.short}-{p.name}", a.file, p) for a in ARTICLES for p in a.persons]


@pytest.mark.parametrize("file, expected", PARTICIPANT_PARAMS)
def test_participant_found_with_title_and_organisation(file: str, expected: Person) -> None:
    found = [p for p in briefing_for(file).participants if expected.matches(p)]
    assert len(found) == 1, [(p.name, p.kind) for p in briefing_for(file).participants]
    (p,) = found
    assert p.title in expected.title, (p.title, expected.title)
    assert p.organization in expected.organization, (p.organization, expected.organization)


# --- quotes ----------------------------------------------------------------------------------------

QUOTE_PARAMS = [
    _param(a, f"quote-{a.short}-{s.key}-{i}", a.file, s, q)
    for a in ARTICLES for s in a.speakers for i, q in enumerate(s.quotes, 1)
]


@pytest.mark.parametrize("file, speaker, quote", QUOTE_PARAMS)
def test_quote_attributed_to_the_right_speaker(file: str, speaker: Person | Anon | Org, quote: str) -> None:
    b = briefing_for(file)
    holders = [p for p in b.participants for q in p.quotes if q.text == quote]
    assert holders, f"quote not found verbatim: {quote!r}; got {[q.text for p in b.participants for q in p.quotes]}"
    assert len(holders) == 1, [(p.name, p.kind) for p in holders]
    (p,) = holders
    assert speaker.matches(p), f"{quote!r} went to {p.kind} {p.name!r}, expected {speaker.describe()}"


@pytest.mark.parametrize("file", [_param(a, f"no-extra-quotes-{a.short}", a.file) for a in ARTICLES])
def test_no_quote_beyond_the_expected_ones(file: str) -> None:
    """Single-quoted titles and emphasis (‘…’) and fragments of a quote are not quotes of their own."""
    expected = {q for _, q in BY_FILE[file].quotes}
    got = [q.text for p in briefing_for(file).participants for q in p.quotes]
    assert [q for q in got if q not in expected] == []
    assert len(got) == len(set(got)), "a quote is given twice"


# --- nobody invented, reporter absent --------------------------------------------------------------

@pytest.mark.parametrize("file", [_param(a, f"invented-{a.short}", a.file) for a in ARTICLES])
def test_no_invented_person(file: str) -> None:
    expected = {p.name for p in BY_FILE[file].persons}
    got = {p.name for p in briefing_for(file).participants if p.kind == "person"}
    assert got - expected == set()


@pytest.mark.parametrize("file", [_param(a, f"reporter-{a.short}", a.file) for a in ARTICLES])
def test_reporter_is_not_a_participant(file: str) -> None:
    reporter = BY_FILE[file].reporter
    names = [p.name for p in briefing_for(file).participants]
    assert not any(reporter in n for n in names), names


@pytest.mark.parametrize("file", [_param(a, f"byline-{a.short}", a.file) for a in ARTICLES if a.byline_in_text])
def test_byline_is_not_a_body_sentence(file: str) -> None:
    """README: `sentences` is the body without front matter and byline (so never a summary sentence)."""
    reporter = BY_FILE[file].reporter
    b = briefing_for(file)
    assert [s.text for s in b.sentences if reporter in s.text or "@" in s.text] == []


# --- the data itself -------------------------------------------------------------------------------

def test_every_article_file_has_a_case_and_every_quote_is_in_its_article() -> None:
    texts = sorted(p.name.removesuffix(".txt") for p in DATA.glob("*.txt"))
    assert texts == sorted(p.name.removesuffix(SUFFIX) for p in DATA.glob("*" + SUFFIX))
    for a in ARTICLES:
        assert set(a.known_failures) <= set(_ids(a)), (a.file, set(a.known_failures) - set(_ids(a)))
        text = a.text()
        for _, q in a.quotes:
            assert q in text, (a.file, q)


# --- the eval gate ---------------------------------------------------------------------------------

def test_fresh_articles_reach_the_pinned_floors() -> None:
    """Quote attribution F1, participants F1, title and organisation accuracy over every article
    (known failures included) at or above `floors.json`; floors only go up."""
    figures = score((a, briefing_for(a.file)) for a in ARTICLES).figures()
    assert below_floors(figures) == {}, figures


def test_the_gate_scores_exact_matches() -> None:
    """The scorer on a made-up article: one quote right, one to the wrong speaker, one person invented."""
    kim = Person("김민수", frozenset(["장관"]), frozenset(["교육부"]), ("가",))
    article = Article("0-x.txt", "기자", (kim, Anon("관계자", ("나",)), Org(frozenset(["시"]), ())))
    got = [Participant("김민수", "장관", None, quotes=[Quote("가", 0, 0, 0)]),
           Participant("박영희", "대변인", None, quotes=[Quote("나", 1, 0, 0)])]
    counts = score([(article, SimpleNamespace(participants=got))])  # type: ignore[list-item]
    assert counts.figures() == pytest.approx({"attribution_f1": 0.5, "participants_f1": 2 / 3,
                                              "title_accuracy": 1.0, "organization_accuracy": 0.0})
