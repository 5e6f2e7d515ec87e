"""The organisation of a person the rules left without one, from a small learned model.

The rules before this pass give a person a body when the text says so in a way they know: next to
the name (`최태원 SK그룹 회장`, `서호철(NC)`), or as the topic of the story for its members
(`bodies.inherit_organisations`). What is left is the long tail of how a story says where someone
belongs: a team named two sentences before a list of its players, a company every other person of
the story works for. This pass weighs those cues with a logistic model learned from the real-news
development set's *tune* parts (`eval/entities/train_affiliations.py`; weights in
`briefing/entities/data/affiliations.json`) and fills the body it rates likelier right than wrong
(`THRESHOLD`, even odds, not tuned); otherwise the person stays without one.

Candidates are the bodies the article names that the pipeline can see cheaply: the bodies the cast
already holds as speakers or topics, the organisations of other people, and the word or pair of
words the gazetteer knows as an organisation or that ends in a team's nickname. Each (person, body)
pair is described by `FEATURES`: where the body stands from the person's mentions (right before
them, in their sentence, a sentence or two before), how the story uses it (as a topic, how often, at
its start), what it looks like, and who else belongs to it.
"""

from __future__ import annotations

import bisect
import json
import math
from dataclasses import dataclass
from functools import lru_cache

from ..entities.model import DATA_DIR, gazetteer
from ..lexicon.bodies import TEAM_NICKNAMES
from ..lexicon.people import MEMBER_TITLES
from .bodies import a_members_body, may_inherit
from .cast import Cast, bodies_held

WEIGHTS_FILE = DATA_DIR / "affiliations.json"
#: Fill a body when the model rates it at least this likely to be the person's: even odds.
THRESHOLD = 0.5
#: The particles that make a word the topic or subject of its clause.
_TOPIC_PARTICLES = frozenset(["은", "는", "이", "가"])
#: Words after a body that make it the other side (`KT를 상대로`).
_OPPONENT_WORDS = ("상대", "맞대결")

#: The features of a (person, body) pair, in the order of the weights file.
FEATURES: tuple[str, ...] = (
    "right_before",  # in the sentence of a mention, at most three words before it, no comma between
    "genitive",  # right before a mention, with `의` (`삼성전자의 이재용`)
    "in_paren",  # in the parenthesis after a mention (`신유빈(19, 대한항공)`)
    "before_in_sentence",  # before a mention in its sentence
    "after_in_sentence",  # after a mention in its sentence
    "one_or_two_before",  # in one of the two sentences before a mention
    "other_person_between",  # another person named between it and the mention it stands before
    "same_sentence",  # nearest in sentences: 0
    "next_sentence",  # 1 apart
    "near",  # 2-3 apart
    "far",  # 4 or more apart, or never both
    "not_in_words",  # known only as someone's body, never found among the words
    "log_count",  # how often the article names it
    "most_named",  # no candidate is named more often
    "topic",  # a topic or subject somewhere (`KT는`)
    "topic_just_before",  # a topic in the two sentences before the person is named, before them
    "in_first_sentence",
    "before_first_mention",  # named before the person is first named
    "members",  # log(1 + other people with it as their body)
    "team",  # ends in a team's nickname (`NC 다이노스`)
    "in_gazetteer",  # the gazetteer knows it as an organisation
    "speaks_or_acts",  # the cast holds it as a body (a speaker or a topic)
    "a_members_body",  # … and one a person can belong to (`bodies.a_members_body`: not `행사는`)
    "common_noun",  # a common noun of Kiwi's dictionary wherever it is written (`행사`)
    "titled",  # the person has a title
    "member_title",  # a title that members of a body hold (players, coaches)
    "private",  # a private person (`사과 농민 도기석(68)씨`)
    "latin",  # written in Latin letters (`KT`, `T1`)
    "several_words",
    "nearest_before",  # no candidate stands nearer before the person's first mention
    "nearest_in_sentences",  # no candidate is nearer in sentences
    "opponent",  # written as the other side somewhere (`KT를 상대로`)
    "shared_sentences",  # log(1 + sentences that name both)
    "last_topic_before",  # the last candidate written as a topic or subject before the person's first mention
)


@dataclass(frozen=True, slots=True)
class _Weights:
    bias: float
    weights: tuple[float, ...]


@lru_cache(maxsize=1)
def _weights() -> _Weights:
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{WEIGHTS_FILE.name} was trained on other features; retrain it")
    return _Weights(float(data["bias"]), tuple(float(w) for w in data["weights"]))


def probability(values: dict[str, float]) -> float:
    """The model's probability that a pair with these feature values is the person's body."""
    w = _weights()
    z = w.bias + sum(weight * values.get(name, 0.0) for name, weight in zip(FEATURES, w.weights, strict=True))
    return 1.0 / (1.0 + math.exp(-z))


def candidates(cast: Cast) -> dict[str, list[tuple[int, int]]]:
    """Every body the article names that the pass can see, with the (first, last) indices in
    `cast.words` of each place it is written; never a drama's character (`Cast.characters`)."""
    words = cast.words
    names = {p.name for p in cast.people if p.kind == "org" and p.name and p.name not in cast.characters}
    names |= bodies_held(cast)
    known = gazetteer()
    for i, w in enumerate(words):
        if known.get(w.base) == "ORG":
            names.add(w.base)
        if i + 1 < len(words) and words[i + 1].sentence == w.sentence and not w.comma:
            pair = w.base + " " + words[i + 1].base
            if known.get(pair) == "ORG" or known.get(w.text + words[i + 1].base) == "ORG" \
                    or words[i + 1].base.endswith(TEAM_NICKNAMES) and w.is_proper:
                names.add(pair)
    by_first: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        by_first.setdefault(w.base, []).append(i)
    found: dict[str, list[tuple[int, int]]] = {}
    for name in sorted(names):
        parts = name.split()
        found[name] = [(i, i + len(parts) - 1) for i in by_first.get(parts[0], [])
                       if i + len(parts) <= len(words)
                       and all(words[i + j].base == part and words[i + j].sentence == words[i].sentence
                               for j, part in enumerate(parts))]
    return found


@dataclass(slots=True)
class _Article:
    """What the features of every pair read, computed once per article."""

    cast: Cast
    places: dict[str, list[tuple[int, int]]]
    mentions: dict[int, list[int]]  # person key → indices in `cast.words` of their mentions
    members: dict[str, int]  # body → people the rules gave it (or a longer or shorter form of it)
    acting: set[str]  # the bodies the cast holds as speakers or topics
    joinable: set[str]  # those of them a person can belong to (`bodies.a_members_body`)


@dataclass(slots=True)
class _Person:
    """What the features of one person's pairs read, computed once per person."""

    key: int
    own: list[int]  # indices in `cast.words` of their mentions, in order
    sentences: set[int]  # the sentences of their mentions
    others: set[int]  # indices of the other people's mentions
    nearest: tuple[set[str], set[str]]  # see `_nearest`
    last_topic: str | None  # see `_last_topic_before`


def _article(cast: Cast) -> _Article:
    starts = [w.start for w in cast.words]
    mentions: dict[int, list[int]] = {}
    for m in cast.mentions:
        if m.kind == "person" and m.key >= 0:
            i = bisect.bisect_right(starts, m.start) - 1
            if i >= 0:
                mentions.setdefault(m.key, []).append(i)
    places = candidates(cast)
    bodies = [p.organization.replace(" ", "") for p in cast.people if p.kind == "person" and p.organization]
    members = {body: sum(1 for b in bodies if _same_body(body.replace(" ", ""), b)) for body in places}
    acting = {p.name for p in cast.people if p.kind == "org"}
    at = {w.start: w for w in cast.words}
    joinable = {p.name for k, p in enumerate(cast.people) if p.kind == "org" and a_members_body(k, cast, at)}
    return _Article(cast, places, mentions, members, acting, joinable)


def _same_body(a: str, b: str) -> bool:
    """One body's name inside the other's (`NC`, `NC 다이노스`), spaces aside."""
    return a in b or b in a


def _person(a: _Article, key: int) -> _Person:
    own = sorted(a.mentions[key])
    others = {i for k, found in a.mentions.items() if k != key for i in found}
    return _Person(key, own, {a.cast.words[i].sentence for i in own}, others, _nearest(a, own),
                   _last_topic_before(a, own[0]))


def features(a: _Article, who: _Person, body: str) -> dict[str, float]:
    """The values of `FEATURES` for a person of the cast and `body`: where it stands from the person
    (`_placement`), how the story uses it (`_usage`), what it and the person are (`_kinds`)."""
    return _placement(a, who, body) | _usage(a, who, body) | _kinds(a, who, body)


def _placement(a: _Article, who: _Person, body: str) -> dict[str, float]:
    words = a.cast.words
    places = a.places.get(body, [])
    f: dict[str, float] = {}
    distance = 99
    for start, end in places:
        at = words[start].sentence
        for i in who.own:
            here = words[i].sentence
            distance = min(distance, abs(here - at))
            if at == here and end < i:
                f["before_in_sentence"] = 1.0
                if i - end <= 3 and not any(words[k].comma for k in range(end, i)):
                    f["right_before"] = 1.0
                if i - end == 1 and words[end].particle == "의":
                    f["genitive"] = 1.0
                if any(k in who.others for k in range(end + 1, i)):
                    f["other_person_between"] = 1.0
            elif at == here and start > i:
                f["after_in_sentence"] = 1.0
            if 0 < here - at <= 2:
                f["one_or_two_before"] = 1.0
    if f.get("right_before"):
        f.pop("other_person_between", None)
    squeezed = body.replace(" ", "")
    if any(squeezed in (words[i].paren or "").replace(" ", "") for i in who.own):
        f["in_paren"] = 1.0
    bucket = "same_sentence" if distance == 0 else "next_sentence" if distance == 1 else (
        "near" if distance <= 3 else "far")
    f[bucket] = 1.0
    if body in who.nearest[0]:
        f["nearest_before"] = 1.0
    if body in who.nearest[1]:
        f["nearest_in_sentences"] = 1.0
    f["shared_sentences"] = math.log1p(len(who.sentences & {words[s].sentence for s, _ in places}))
    return f


def _usage(a: _Article, who: _Person, body: str) -> dict[str, float]:
    words = a.cast.words
    places = a.places.get(body, [])
    first = who.own[0]
    ends = [end for _, end in places]
    f: dict[str, float] = {"log_count": math.log1p(len(places))}
    if not places:
        f["not_in_words"] = 1.0
    if places and len(places) == max(len(p) for p in a.places.values()):
        f["most_named"] = 1.0
    if any(words[end].particle in _TOPIC_PARTICLES for end in ends):
        f["topic"] = 1.0
    if any(words[end].particle in _TOPIC_PARTICLES and end < first
           and 0 <= words[first].sentence - words[end].sentence <= 2 for end in ends):
        f["topic_just_before"] = 1.0
    if any(words[start].sentence == 0 for start, _ in places):
        f["in_first_sentence"] = 1.0
    if body == who.last_topic:
        f["last_topic_before"] = 1.0
    if any(end < first for end in ends):
        f["before_first_mention"] = 1.0
    if any(any(words[k].base.startswith(_OPPONENT_WORDS) for k in range(end + 1, min(end + 3, len(words))))
           for end in ends):
        f["opponent"] = 1.0
    if places and all(words[end].common_noun for end in ends):
        f["common_noun"] = 1.0
    return f


def _last_topic_before(a: _Article, first: int) -> str | None:
    """The candidate written last as a topic or subject before the word `first` (a person's first
    mention), or None."""
    words = a.cast.words
    best, at = None, -1
    for body, places in a.places.items():
        for _, end in places:
            if at < end < first and words[end].particle in _TOPIC_PARTICLES:
                best, at = body, end
    return best


def _kinds(a: _Article, who: _Person, body: str) -> dict[str, float]:
    person = a.cast.people[who.key]
    # the person's own body (people the rules gave one, in training) is no other member's
    mine = (person.organization or "").replace(" ", "")
    own_body = bool(mine) and _same_body(body.replace(" ", ""), mine)
    f: dict[str, float] = {"members": math.log1p(a.members.get(body, 0) - own_body)}
    if body.split()[-1].endswith(TEAM_NICKNAMES):
        f["team"] = 1.0
    if gazetteer().get(body) == "ORG":
        f["in_gazetteer"] = 1.0
    if body in a.acting:
        f["speaks_or_acts"] = 1.0
    if body in a.joinable:
        f["a_members_body"] = 1.0
    if person.title:
        f["titled"] = 1.0
        if person.title.endswith(MEMBER_TITLES):
            f["member_title"] = 1.0
    if who.key in a.cast.private:
        f["private"] = 1.0
    if any("A" <= c <= "Z" or "a" <= c <= "z" for c in body):
        f["latin"] = 1.0
    if " " in body:
        f["several_words"] = 1.0
    return f


def _nearest(a: _Article, own: list[int]) -> tuple[set[str], set[str]]:
    """The candidates that stand nearest before a person's first mention (in words) and nearest to
    their mentions (in sentences); `own`: the indices of their mentions, in order."""
    words = a.cast.words
    first = own[0]
    own_sentences = {words[i].sentence for i in own}
    gaps = {body: min((first - end for _, end in places if end < first), default=None)
            for body, places in a.places.items()}
    apart = {body: min((abs(s - words[start].sentence) for start, _ in places for s in own_sentences),
                       default=None)
             for body, places in a.places.items()}
    return _smallest(gaps), _smallest(apart)


def _smallest(values: dict[str, int | None]) -> set[str]:
    known = {k: v for k, v in values.items() if v is not None}
    low = min(known.values(), default=None)
    return {k for k, v in known.items() if v == low}


def pairs(cast: Cast, *, everyone: bool = False) -> list[tuple[int, str, dict[str, float]]]:
    """(person key, body, features) for every candidate body and every named person the rules left
    without a body who may belong to one the story names (`fillable`); with `everyone`, for every
    named person (what `eval/entities/train_affiliations.py` learns from)."""
    keys = [k for k, p in enumerate(cast.people)
            if p.kind == "person" and p.name and (everyone or fillable(cast, k))]
    if not keys:
        return []
    a = _article(cast)
    out = []
    for key in keys:
        if key not in a.mentions:
            continue
        who = _person(a, key)
        name = cast.people[key].name.replace(" ", "")
        for body in a.places:
            if _same_body(name, body.replace(" ", "")):
                continue  # one mention read twice (`26일 … 김하성`, `전남드래곤즈 해맞이`)
            out.append((key, body, features(a, who, body)))
    return out


def fillable(cast: Cast, key: int) -> bool:
    """Whether the pass may give person `key` a body: the rules gave them none, and they may belong to
    a body the story names by the rules `bodies.inherit_organisations` follows: `may_inherit` (no title
    or a member's title; a president named near a body is not its member, nor is a private person).
    Someone introduced by an age alone (`김재환(35)`, `Cast.aged`) takes no body that another person
    leads (`_led_bodies`)."""
    person = cast.people[key]
    return not person.organization and may_inherit(person, key, cast)


def _led_bodies(cast: Cast) -> list[str]:
    """`이승엽 한빛은행 행장은 첫날 김재환(35)을 불렀다`: the bodies of people whose title is none of a
    member's (a bank's chairman), as `_same_body` compares them. A person introduced by an age alone
    (`Cast.aged`) is not of such a body, which is the one who leads it; a team's coach and players
    (`감독`, no title) are members, so their body may be the person's (`류현진(36)`, `토론토`)."""
    return [p.organization.replace(" ", "") for p in cast.people if p.kind == "person" and p.organization
            and p.title and not p.title.endswith(MEMBER_TITLES)]


def fill_organisations(cast: Cast) -> None:
    """Give each person the rules left without a body the candidate the model rates likeliest,
    when it rates it at even odds or better."""
    best: dict[int, tuple[float, str]] = {}
    led = _led_bodies(cast)
    for key, body, values in pairs(cast):
        if key in cast.aged and any(_same_body(body.replace(" ", ""), other) for other in led):
            continue
        p = probability(values)
        if p >= THRESHOLD and (key not in best or p > best[key][0]):
            best[key] = (p, body)
    for key, (_, body) in best.items():
        cast.people[key].organization = body


__all__ = ["FEATURES", "THRESHOLD", "WEIGHTS_FILE", "candidates", "features", "fill_organisations",
           "fillable", "pairs", "probability"]
