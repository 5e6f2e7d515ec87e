"""The cast of an article: everyone it names (`Participant`s) and every place it names them
(`Mention`s), with the lookups the extraction rules share."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from ..lexicon.bodies import COMPANY_SUFFIXES
from ..lexicon.people import GENERATIONAL_SUFFIXES, MEMBER_TITLES, STANDINGS
from ..models import Participant
from .names import Word

#: What a `Mention` refers to.
#:
#: - `person`, `org`, `anonymous`: the participant `key` indexes, of that kind (`ParticipantKind`).
#: - `pronoun`: `그는`, `그녀가` (`key` -1): the quotes stage takes the person last made the topic, or
#:   the previous speaker.
#: - `descriptor`: a noun that may speak (`아이들이`, `업계에선`; `key` -1); `label` is the name it gets
#:   when a quote needs it (`Cast.materialize`, which turns it into an `anonymous` mention).
#: - `ambiguous`: `김 의원은` when two people fit (`key` -1): a quote it introduces gets no speaker.
MentionKind = Literal["person", "org", "anonymous", "pronoun", "descriptor", "ambiguous"]
#: The kinds of participant a descriptor names (`find_descriptor`): a body, or an unnamed source.
DescriptorKind = Literal["org", "anonymous"]


@dataclass(slots=True)
class Mention:
    """A place in the text that refers to a participant; `key` indexes `Cast.people`.

    A `descriptor` mention (`아이들이`, `시위대는`) has no participant until a quote needs it:
    `label` is then the name it gets.
    """

    key: int
    start: int
    end: int
    particle: str
    sentence: int
    kind: MentionKind = "person"
    label: str = ""
    #: Found by the entity model alone (`learned`), with no rule's evidence: it may speak the quote it
    #: introduces, but does not take over the quotes that follow (`Cast` carry-over).
    proposed: bool = False


class PeopleIndex(NamedTuple):
    """The named people (`kind` person) by the forms a later mention may use (`Cast.people_index`)."""

    #: full name → the first person of that name
    by_name: dict[str, int]
    #: last word(s) of a multi-word name (`메시`, `텐 하흐`) → people
    by_tail: dict[str, list[int]]
    #: first word (two letters or more) of a multi-word name (`모리타` of `모리타 겐이치`) → people
    by_head: dict[str, list[int]]


class Post(NamedTuple):
    """A post written before a name (`재판장인 서경민 부장판사는`: 재판장), and its body if given."""

    title: str
    organization: str | None


def post_of(title: str | None) -> str:
    """The post a title ends with, the word that says what the person is (`서울시 행정부시장` → `행정부시장`,
    `전 대표` → `대표`); empty without a title."""
    return title.split()[-1] if title and title.split() else ""


def family_name(name: str) -> str:
    """The word of a name of several words that a story calls the person by: the last (`메시` of `리오넬 메시`),
    or the one before a son's or a father's mark (`로하스` of `멜 로하스 주니어`: `GENERATIONAL_SUFFIXES`)."""
    parts = name.split()
    if len(parts) >= 3 and parts[-1] in GENERATIONAL_SUFFIXES:
        return parts[-2]
    return parts[-1] if parts else ""


@dataclass
class Cast:
    """Everyone the article names, every place it names them, and the words they were found in.

    The passes of the people stage also hand each other facts here, each in a field of its own that
    says which pass writes it and which reads it; lookups computed from `words` or `people` on first
    use are kept in fields too (None until then).
    """

    people: list[Participant] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    words: list[Word] = field(default_factory=list)
    reporters: set[str] = field(default_factory=set)
    aliases: dict[str, str] = field(default_factory=dict)
    #: participant index → other posts the article gives them (`전 장관(현 한빛연구원 이사장)`)
    other_titles: dict[int, list[str]] = field(default_factory=dict)
    #: Participants who are private persons, not members of a body the story is about (`사과 농민
    #: 도기석(68)씨`, `올리버 베넷(31)씨`). Written by `introductions._introduce_paren` and
    #: `participants._scan_foreign_runs`; read by `bodies.inherit_organisations`, which gives them no such body.
    private: set[int] = field(default_factory=set)
    #: Participants introduced with an age alone in parentheses and no title (`김광현(35)`, `라메시
    #: 타파(34)`): a member of the body that is the topic where they are named (`SSG는 … 김광현(35)을`),
    #: else a private person, never a member of the story's main body unless that body is a sports team. Written by
    #: `introductions._introduce_paren`; read by `bodies.inherit_organisations`.
    aged: set[int] = field(default_factory=set)
    #: Start offset of a name → the post written before it (`재판장인 서경민 부장판사는`). Written by
    #: `introductions._defer_to_later_title`; read by `introductions._introduce_before` when it introduces
    #: that name: another post of theirs, and their body if the article gives none after the name.
    earlier_posts: dict[int, Post] = field(default_factory=dict)
    #: Nickname → participant index (`'페이커' 이상혁`). Written by `participants._find_nicknames`; read
    #: by `known_form`, so every later pass takes the nickname alone for the person.
    nicknames: dict[str, int] = field(default_factory=dict)
    #: People found on the shape of their words alone: a bare word of a Korean name's shape that Kiwi
    #: reads as a proper noun (`박병호의`), no title, no parenthesis, no `씨`, written by
    #: `short_mentions._new_bare_korean_name`; a run opened by a foreign given name (`팀 로테이션을`),
    #: written by `participants._scan_foreign_runs`. Read by `learned.vet_bare_names`, which asks the
    #: entity model.
    bare_names: set[int] = field(default_factory=set)
    #: Words a pass took for a person's name and the entity model then ruled out (`김세레나`, `하은결`
    #: when the model says no): the model did not say they are a body either, so nobody is a member
    #: of them, and no later list makes them a person again (`우승, 변진재가`). Written by
    #: `learned.vet_bare_names`; read by `bodies.a_members_body` and `participants._scan_coordination`.
    vetted_names: set[str] = field(default_factory=set)
    #: Names of characters in a drama or film (`강무결(맹지환 분)`, `보디가드 강영화 역을`): no real people,
    #: so no participants unless they speak (a recap's lines are theirs), and no bodies anyone belongs
    #: to. Written by `introductions._actor_in_paren` and `participants._find_roles_played`; read by
    #: `bodies.a_members_body` and by `compose`, which shows a character only with their quotes.
    characters: set[str] = field(default_factory=set)
    #: Bodies the speaker scan found in a bare subject (`김세레나는`, `자이르-에메리는`) that the entity
    #: model reads as a person's name wherever they stand: nobody is a member of them. Written by
    #: `learned.mark_bodies_read_as_names`; read by `bodies.a_members_body`.
    bodies_read_as_names: set[str] = field(default_factory=set)
    #: Words right before a person's name that the entity model reads as a body's name (`화천KSPO
    #: 정지연이`, `삼성현중 조진서는`), by their index in `words`: bodies by the model's reading, as the
    #: gazetteer's are by its. Written by `learned.mark_bodies_read_before_names`; read by
    #: `bodies.inherit_organisations` (`_a_named_body`).
    bodies_read_before_names: set[int] = field(default_factory=set)
    #: Participant index → the country the parenthesis after their name gave as their body (`킬리안
    #: 음바페(프랑스)`): where they come from. Written by `introductions._introduce_paren`; read by
    #: `participants._clubs_over_countries`, which gives them the club their sentence names instead.
    countries: dict[int, str] = field(default_factory=dict)
    #: Built and read by `people_index` (for `find_person`, `known_form`); `changed` drops it.
    name_index: PeopleIndex | None = field(default=None, repr=False)
    #: Title → (word before it, index of the title word) for every `X TITLE` in `words`; built and read
    #: by `introductions._short_forms`.
    short_forms: dict[str, list[tuple[str, int]]] | None = field(default=None, repr=False)
    #: Word base → how often it stands alone with a particle; built and read by
    #: `introductions._standalone_counts`.
    standalone: dict[str, int] | None = field(default=None, repr=False)
    #: Word base → whether Kiwi tags it as one proper noun in most places it occurs; built and read by
    #: `short_mentions._mostly_proper`.
    mostly_proper: dict[str, bool] | None = field(default=None, repr=False)

    def add(self, participant: Participant) -> int:
        self.people.append(participant)
        self.changed()
        return len(self.people) - 1

    def changed(self) -> None:
        """Names or kinds of people changed: the lookup index is rebuilt on next use."""
        self.name_index = None

    def people_index(self) -> PeopleIndex:
        """The named people by full name, by the last word(s) and by the first word of multi-word
        names, for lookups by form."""
        index = self.name_index
        if index is None:
            by_name: dict[str, int] = {}
            by_tail: dict[str, list[int]] = {}
            by_head: dict[str, list[int]] = {}
            for i, p in enumerate(self.people):
                if p.kind != "person":
                    continue
                by_name.setdefault(p.name, i)
                parts = p.name.split()
                for k in range(1, len(parts)):
                    by_tail.setdefault(" ".join(parts[k:]), []).append(i)
                if family_name(p.name) != parts[-1]:  # `로하스` of `멜 로하스 주니어`
                    by_tail.setdefault(family_name(p.name), []).append(i)
                if len(parts) >= 2 and len(parts[0]) >= 2:
                    by_head.setdefault(parts[0], []).append(i)
            index = PeopleIndex(by_name, by_tail, by_head)
            self.name_index = index
        return index

    def materialize(self, mention: Mention) -> int:
        """The participant of a descriptor mention, created the first time a quote needs it."""
        if mention.key < 0 and mention.kind == "descriptor":
            mention.key = find_descriptor(self, mention.label, "anonymous", mention.start)
            mention.kind = "anonymous"
            self.people[mention.key].mentions += 1
        return mention.key


def find_person(cast: Cast, name: str) -> int | None:
    return cast.people_index().by_name.get(name)


def bodies_held(cast: Cast, but: Collection[int] = ()) -> set[str]:
    """The organisations the people found so far belong to (but the people of index in `but`)."""
    return {p.organization for k, p in enumerate(cast.people) if p.kind == "person" and p.organization and k not in but}


def add_mention(cast: Cast, key: int, words: list[Word], kind: MentionKind = "person") -> None:
    for w in words:
        w.used = True
    cast.mentions.append(Mention(key, words[0].start, words[-1].end, words[-1].particle, words[-1].sentence, kind))


def better_title(current: str | None, new: str | None) -> str | None:
    """The title a person keeps when another is found: the one they have, unless it says a standing
    (`교포`, `주포`: `STANDINGS`) and the new one a post (`호주 교포 지민형`, then `전 국가대표 지민형`)."""
    if not current:
        return new
    if new and post_of(current) in STANDINGS and post_of(new) not in STANDINGS:
        return new
    if new and current == "선수" and post_of(new) in MEMBER_TITLES:
        return new  # `김강선 선수는 … 주장을 맡았습니다`: the player's role says more than `선수`
    return current


def merge_person(cast: Cast, short: int, long: int) -> None:
    """Fold the person `short` into `long` (another form of the same name): the title, organisation
    and first place `long` lacks, and every mention; `short` is `merged`, never shown."""
    kept, gone = cast.people[long], cast.people[short]
    kept.title = better_title(kept.title, gone.title)
    kept.organization = kept.organization or gone.organization
    kept.first_offset = min(kept.first_offset, gone.first_offset)
    for m in cast.mentions:
        if m.key == short:
            m.key = long
    gone.kind = "merged"
    cast.changed()


def rename_person(cast: Cast, key: int, name: str) -> None:
    """Give the person `key` the longer form `name` of their name; if someone already has it, fold the
    person into them (`merge_person`). A body that the rename shows to be part of the name (`A.J.
    프렐러`: the initials taken for a body) is dropped, and so are the words opening or closing a body that
    the name takes back (`기시다 일본` → `일본` for `기시다 후미오`; `한빛 엔터테인먼트 짐` → `한빛 엔터테인먼트`
    for `짐 라이언`)."""
    other = find_person(cast, name)
    if other is not None and other != key:
        merge_person(cast, key, other)
        return
    person = cast.people[key]
    person.name = name
    if person.organization:
        # `기시다 후미오 일본 총리`, the name first read as `후미오` and its body as `기시다 일본`: the
        # words the name takes back are no longer the body's
        parts, kept = name.split(" "), person.organization.split(" ")
        while kept and kept[0] in parts:
            kept.pop(0)
        while kept and kept[-1] in parts:
            kept.pop()
        person.organization = " ".join(kept) if kept and person.organization not in name else None
    cast.changed()


def drop_person(cast: Cast, key: int) -> None:
    """Take back a person a pass found (`merged`: no one, never shown): their mentions go, and their
    words are free for the passes after."""
    for m in cast.mentions:
        if m.key == key:
            for w in cast.words:
                if m.start <= w.start < m.end:
                    w.used = False
    cast.mentions = [m for m in cast.mentions if m.key != key]
    cast.people[key].kind = "merged"
    cast.changed()


def find_descriptor(cast: Cast, name: str, kind: DescriptorKind, offset: int) -> int:
    for i, p in enumerate(cast.people):
        if p.name == name and p.kind == kind:
            return i
    return cast.add(Participant(name=name, kind=kind, first_offset=offset))


def last_mention(cast: Cast, offset: int, test: Callable[[Mention], bool]) -> int | None:
    """The participant of the mention that starts last before `offset` among those passing `test`."""
    best, pos = None, -1
    for m in cast.mentions:
        if pos < m.start < offset and test(m):
            best, pos = m.key, m.start
    return best


def last_company(cast: Cast, offset: int) -> int | None:
    """The company named last before `offset` (a body with a company's ending, `한결종합건설`), if any:
    `회사 측은` after `고용노동부가 한결종합건설의 현장을 감독한다` is the builder, not the ministry."""
    best = last_mention(cast, offset, lambda m: m.kind == "org" and m.key >= 0
                        and cast.people[m.key].name.replace(" ", "").endswith(COMPANY_SUFFIXES))
    if best is not None:
        return best
    # named only in passing (`시공사 한결종합건설의 전국 현장`, `한결종합건설 대표이사`): the word itself
    named = [w for w in cast.words if w.start < offset and len(w.base) >= 4 and w.is_hangul
             and w.base.endswith(COMPANY_SUFFIXES) and ("NNP" in w.tags or len(w.base) >= 5)]
    return find_descriptor(cast, named[-1].base, "org", named[-1].start) if named else None


def last_org(cast: Cast, offset: int, *, topic: bool = False) -> int | None:
    """The organisation mentioned last before `offset`; with `topic`, the last one that was a
    sentence's topic (`로지웨이브는 …`) if any: `회사 측은` means the company the story is about,
    not an investor named in passing."""
    if topic:
        best_topic = last_mention(cast, offset, lambda m: m.kind == "org" and m.particle in ("은", "는"))
        if best_topic is not None:
            return best_topic
    return last_mention(cast, offset, lambda m: m.kind == "org")


def last_descriptor(cast: Cast, head: str, offset: int) -> int | None:
    """The anonymous source named last before `offset` whose label ends with `head` (`관계자`)."""
    return last_mention(cast, offset, lambda m: m.kind == "anonymous" and m.key >= 0
                        and cast.people[m.key].name.endswith(head))


def known_form(cast: Cast, form: str, offset: int) -> int | None:
    """A known person's full name, the last word(s) of a known foreign name (`메시`, `텐 하흐`), or
    its first word when no name ends in it (`모리타 총리` for `모리타 겐이치`: a surname written first)."""
    by_name, by_tail, by_head = cast.people_index()
    key = by_name.get(form)
    if key is None:
        key = cast.nicknames.get(form)
    if key is not None:
        return key
    tails = by_tail.get(form) or by_head.get(form)
    if not tails:
        return None
    matches = [i for i in tails if cast.people[i].first_offset <= offset]
    if len(matches) == 1:
        return matches[0]
    return None
