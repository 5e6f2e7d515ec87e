"""Plain dataclasses that flow through the pipeline: ingest -> analyze -> extract -> compose."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

#: What a `Participant` is. A `Briefing` holds, and the JSON of a briefing or a digest shows, the first
#: four (`ShownKind`):
#:
#: - `person`: a named person (`김민수 산업통상자원부 장관`).
#: - `org`: an organisation, speaking or named (`검찰은`, `교도통신은`, `삼성전자 측은`).
#: - `anonymous`: an unnamed source, by the words the article uses (`한 관계자`, `업계 관계자`, `주민들`,
#:   `김모씨`).
#: - `unknown`: the one participant `compose` adds, with an empty `name`, to hold the quotes that have
#:   no speaker.
#: - `merged`: internal to the people stage. A name folded into another participant (`텐 하흐` into a
#:   later `에릭 텐 하흐`, `맨유` into `맨체스터 유나이티드`), or a word taken back as no name at all,
#:   keeps its index in the cast but is no one; `compose` leaves it out, so it never reaches a
#:   `Briefing` or any output.
ShownKind = Literal["person", "org", "anonymous", "unknown"]
ParticipantKind = Literal[ShownKind, "merged"]


@dataclass(slots=True)
class Article:
    """One news article as read from its source; `text` is the body without front matter or byline."""

    path: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    byline: str | None = None
    guid: str | None = None

    @property
    def stem(self) -> str:
        """The name outputs are derived from (file stem, or the last URL segment)."""
        from pathlib import PurePosixPath

        name = PurePosixPath(self.path.rstrip("/")).name or "article"
        return name.rsplit(".", 1)[0] if "." in name else name


@dataclass(slots=True)
class Morpheme:
    """A Kiwi token: its form, part-of-speech tag and character offset in the article text."""

    form: str
    tag: str
    start: int
    length: int
    #: Kiwi did not know the word and guessed a noun (`크바라츠헬리아`, `국보람`): no dictionary entry.
    unknown: bool = False


@dataclass(slots=True)
class Sentence:
    """A sentence of the article body with its character span and morphemes."""

    index: int
    text: str
    start: int
    end: int
    paragraph: int
    morphemes: list[Morpheme] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    """A direct quotation, verbatim without its marks; `sentence` is where it starts.

    `speaker_key` is set by the quotes stage: the index of the speaker in the people stage's
    `Cast.people` (None: no speaker found). `compose` reads it to file the quote under its participant
    and sets `speaker` to that participant's name. Neither is in the JSON (a quote is listed under its
    participant there); `speaker_key` means nothing outside the article's cast.
    """

    text: str
    sentence: int
    start: int
    end: int
    speaker: str | None = None
    speaker_key: int | None = None


@dataclass(slots=True)
class Participant:
    """A person (or a descriptor such as `한 관계자`, or an organisation) named in the article; `kind`
    says which (`ParticipantKind`)."""

    name: str
    title: str | None = None
    organization: str | None = None
    kind: ParticipantKind = "person"
    mentions: int = 0
    first_offset: int = 0
    quotes: list[Quote] = field(default_factory=list)


@dataclass(slots=True)
class RankedSentence:
    """A summary sentence with its index in `Briefing.sentences` and its ranking score."""

    text: str
    sentence: int
    score: float


@dataclass(slots=True)
class Briefing:
    """Everything a briefing shows about one article."""

    article: Article
    sentences: list[Sentence]
    summary: list[RankedSentence]
    participants: list[Participant]
    keywords: list[str]
    #: Sentences in the order the ranker would add them (best first); renderers that fit a page take
    #: a prefix of it.
    ranked: list[RankedSentence] = field(default_factory=list)
    #: The `--sentences` count asked for; None lets a page renderer show as many as fit.
    sentences_requested: int | None = None
    #: The article's nouns and how often it uses each (`digest.events.story_terms`): what a digest
    #: compares stories by, kept when it drops the sentences' morphemes; empty until a digest fills it.
    terms: dict[str, int] = field(default_factory=dict)

    @property
    def speakers(self) -> list[Participant]:
        """Participants with at least one quote, most prominent first."""
        return [p for p in self.participants if p.quotes]

    @property
    def attendees(self) -> list[Participant]:
        """Named people who appear without a quote."""
        return [p for p in self.participants if not p.quotes and p.kind == "person"]
