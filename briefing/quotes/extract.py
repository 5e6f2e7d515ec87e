"""Quotes: find direct quotations (“…”, "…") and attribute each one to its speaker.

A span in double quotation marks is a quote when it is reported speech (a quote that runs on into a
reopened next paragraph gives one span per paragraph): a quotative ending follows
(`”라고`, `”며`, `”고 말했다`), it ends like a sentence (`“…하겠다”는 글을 올렸다`), it stands as a
clause of its own, or a characterising verb follows a quoted fragment (`“신종 범죄”로 규정했다`). A
short span used as a noun (`“AI 정부”라는 구호`, `“노란봉투법”을 통과시켰다`) is a term, not speech.
Single quotation marks (‘…’, '…') never make a quote; the double prime (`″…″`) pairs like a straight
mark, and a mark typed for its opposite glued to the words (`…한다“며`, `그는”…”고`) is read as meant.
A broadcaster's transcript in brackets (`[나경원 / 자유한국당 원내대표 : 더 이상 …]`) and an item of a box
of comments (`○SK 김성근 감독=…`) are quotes without marks too, and a fragment right beside speech is
speech (`“재판이 개판이다” “뭐 이따위야” 등`).

Speakers, in order of preference: a transcript label (`[이름/직함 : "…"]`, or its words without marks,
`[이름 / 직함 : …]`; `[구청 관계자 : "…"]` is an anonymous source); a person named right before the
quote with no particle, with `역시` in its place, or with `=` (a subhead's `▲ 이보미 "…"`, `임진희 역시
“…”`, a box of comments' `◆김진욱 두산 감독=“…”`); a subject right before the quote with no
verb in between (`WSJ는 파월 의장이 “…”라고 말했다고 전했다`); the topic of the clause (`최 회장은 아울러 “…”`), not the subject of a
relative clause (`IDF가 발표한 … “…”`); the sentence's topic for a quote that answers an earlier one
in the sentence (`김 장관은 노조가 “A”고 주장하는 데 대해 “B”고 반박했다`: B is 김 장관's); a
subject after the quote before the clause's verb (`“…”라고 전제한 차 감독은`, `“…” 조동현 감독의
말이다`, `“…” 김연아는 이렇게 말했다`, also on the next line when the quote is a paragraph of its own:
`“…”` ⏎ `박 원내대표는 이같이 비판했다`); the previous speaker (`이어 “…”`, `그는 “…”`, a bare
follow-on quote); and for a lead quote that opens the story, or a section of a compilation (after a
`■` heading or a byline), the person the next paragraph introduces. `김 사장은`
that fits two people leaves the quote without a speaker rather than guess. A question put to someone
(`“…냐”는 기자의 질문에`) is not their words: it is the asker's, named in the genitive, or no one's; an
answer under an interviewer's line (`Q. …`) is the interviewee's.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..entities.model import gazetteer
from ..lexicon.bodies import LONG_ORG_SUFFIXES, ORG_SPEAKERS
from ..lexicon.grammar import (
    COMPLEMENT_VERBS,
    NEW_TOPIC_PARTICLES,
    SOURCE_PARTICLES,
    SPEAKER_PARTICLES,
    SUBJECT_PARTICLES,
    TOPIC_PARTICLES,
)
from ..lexicon.news import BROADCAST_VOICES, CLIP_QUALIFIERS
from ..lexicon.people import (
    ANONYMOUS_HEADS,
    ANONYMOUS_HONORIFICS,
    QUESTIONER_HEADS,
    SURNAMES_1,
    TITLE_MODIFIERS,
)
from ..lexicon.places import PLACES
from ..lexicon.speech import (
    ADDITIVE_ADVERBS,
    ADNOMINAL_ENDINGS,
    ANSWER_CUES,
    BACK_POINTERS,
    CHARACTERISING_VERBS,
    PRONOUNS,
    QUOTATIVE_ENDINGS,
    QUOTED_NOUN_ENDINGS,
    WORDS_OF_NOUNS,
)
from ..models import Participant, ParticipantKind, Quote, Sentence
from ..people.cast import find_descriptor, find_person, post_of
from ..people.names import HANGUL_WORD, fused_body, looks_transliterated, name_shaped, split_title
from ..people.participants import (
    BARE_TRANSCRIPT,
    LABEL_LINE,
    TRANSCRIPT_LABEL,
    Cast,
    Mention,
    bare_transcript,
)
from ..text.bylines import is_byline_line

_ENDINGS = tuple(sorted(QUOTATIVE_ENDINGS, key=len, reverse=True))
_NOUN_USE = re.compile(r"^(?:" + "|".join(sorted(QUOTED_NOUN_ENDINGS, key=len, reverse=True)) + r")(?=\s|$|[,.])")
_TRANSCRIPT = re.compile(TRANSCRIPT_LABEL + "$")


@dataclass(slots=True)
class QuoteSpan:
    """A quotation found in the text: `start`/`end` bound the marks, `inner_*` the quoted words."""

    start: int
    end: int
    inner_start: int
    inner_end: int

    @property
    def marks(self) -> tuple[int, int]:
        return self.start, self.end


def find_spans(text: str) -> list[QuoteSpan]:
    """Every balanced “…” and "…" pair (and `"…”`, a straight mark closed by a curly one, as pages that
    mix the two styles write), paragraph by paragraph; nested marks stay inside. A quote
    that runs on into the next paragraph is left open and reopened there (`김 교수는 “… 없다.` ⏎
    `“… 중요하다”고 말했다`): its first paragraph is a span of its own, up to the paragraph's end; one
    closed in the next paragraph or the one after before any mark opens there (`대표는“… 해야 한다.` ⏎
    `… 의문이다”고 말했다`; `… 버두고에 대해서는 "그에게 … 날이다.` ⏎ `그는 … 좋아한다.` ⏎ `… 선수"라고
    설명했다`, a straight mark closing where a quotative ending follows it) is one span across the breaks."""
    spans: list[QuoteSpan] = []
    starts = [0]
    lines = text.split("\n")
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    closed_at: dict[int, int] = {}  # a line's mark that closed a quote opened in a paragraph above it
    for n, line in enumerate(lines):
        cut = closed_at.get(n, -1) + 1  # (that mark opens nothing: the line's pairs start after it)
        line, pos = line[cut:], starts[n] + cut
        spans.extend(_spans_in_line(line, pos))
        if "[" in line:
            spans.extend(_bare_transcripts(line, pos))
        if "=" in line and line[:1] in _BOX_MARKS:
            spans.extend(_boxed_comment(line, pos))
        k = next((k for k in range(n + 1, len(lines)) if lines[k].strip()), None)
        nxt = lines[k] if k is not None else ""
        open_at = _unclosed_open(line)
        straight = open_at < 0 and not _has_curly(line)
        if straight:
            open_at = _unclosed_straight(line)
        if open_at < 0:
            continue
        if not straight and nxt.lstrip().startswith("“"):
            end = len(line.rstrip())
            spans.append(QuoteSpan(pos + open_at, pos + end, pos + open_at + 1, pos + end))
            continue
        # the paragraphs after it, none with a mark of its own, up to one that closes it
        for _ in range(_QUOTE_PARAGRAPHS):
            if k is None:
                break
            close = _closes_first(lines[k], straight)
            if close >= 0:
                spans.append(QuoteSpan(pos + open_at, starts[k] + close + 1, pos + open_at + 1, starts[k] + close))
                closed_at[k] = close
                break
            if _QUOTE_MARKS.search(lines[k]):
                break
            k = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
    spans.sort(key=lambda s: s.start)
    return spans


def _bare_transcripts(line: str, offset: int) -> list[QuoteSpan]:
    """`[나경원 / 자유한국당 원내대표 : 더 이상 … 해주십시오.]`: a transcript's words without marks, a
    span from its first word to the closing bracket (`start` = `inner_start`: no opening mark)."""
    return [QuoteSpan(offset + m.start(3), offset + m.end(), offset + m.start(3), offset + m.end(3))
            for m in BARE_TRANSCRIPT.finditer(line) if bare_transcript(m)]


#: Marks that open an item of a box of comments (`○SK 김성근 감독=…`, `◆김진욱 두산 감독=“…”`).
_BOX_MARKS = "○●◆◇■□▲△"
#: An item of a box of comments without quotation marks: the mark, a label of up to five words ending
#: with a title (group 1), `=`, the words (group 2).
_BOXED_COMMENT = re.compile(r"^[○●◆◇■□▲△]\s*((?:[^\s=“”\"]+\s+){0,4}[^\s=“”\"]+)\s*=\s*(?![“\"])([^“”\"\n]+?)\s*$")


def _boxed_comment(line: str, offset: int) -> list[QuoteSpan]:
    """`○SK 김성근 감독=(웃으며) 작년보다 … 극복해줬습니다.` (스포츠동아's `양팀 감독의 말`): a person's
    words after `=` without marks, a span from them to the line's end (`start` = `inner_start`). Only
    where the label ends with a title and names someone (`○일시=…`, `◆장소=…` are no one's)."""
    m = _BOXED_COMMENT.match(line)
    if m is None or len(m.group(2).split()) < 3 or not re.search("[가-힣]", m.group(2)):
        return []
    label = m.group(1).split()
    if len(label) < 2 or split_title(label[-1]) != (None, label[-1]) \
            or not any(_name_like(w) for w in label[:-1]):
        return []
    return [QuoteSpan(offset + m.start(2), offset + m.end(2), offset + m.start(2), offset + m.end(2))]


def _name_like(word: str) -> bool:
    """A word of a label that may be a name: name-shaped, a surname and two syllables (`김경문`), or a
    transliteration."""
    return name_shaped(word, allow_two=True) or looks_transliterated(word) \
        or (len(word) == 3 and word[0] in SURNAMES_1 and re.fullmatch("[가-힣]+", word) is not None)


def _closes_first(line: str, straight: bool = False) -> int:
    """Where a line's first quotation mark is a closing ” (`… 의문이다”고 말했다.`): the end of a quote
    opened on a line before, that runs across the line break (`대표는“관광객 … 해야 한다.` ⏎); or -1.
    `straight`: the quote opened with `"`, so a `"` closes it where a quotative ending follows
    (`… 그런 선수"라고 설명했다`)."""
    mark = _QUOTE_MARKS.search(line)
    if mark is None:
        return -1
    if straight:
        return mark.start() if mark.group() == '"' and _QUOTATIVE_AFTER.match(line, mark.end()) else -1
    return mark.start() if mark.group() == "”" else -1


def _has_curly(line: str) -> bool:
    return "“" in line or "”" in line


def _unclosed_straight(line: str) -> int:
    """Where the last `"` of a line with an odd number of them (and no curly marks) opens a quote the
    line never closes (`… 버두고에 대해서는 "그에게 매우 대단한 날이다.`), or -1."""
    if line.count('"') % 2 == 0:
        return -1
    return line.rfind('"')


#: How many paragraphs after its first one quotation may run on to (one with no mark, the closing one).
_QUOTE_PARAGRAPHS = 2


def _unclosed_open(line: str) -> int:
    """Where the last “ of a line opens a quote that the line never closes, or -1."""
    depth, open_at = 0, -1
    for mark in re.finditer("[“”]", line):
        if mark.group() == "“":
            if depth == 0:
                open_at = mark.start()
            depth += 1
        elif depth > 0:
            depth -= 1
    return open_at if depth > 0 else -1


_QUOTE_MARKS = re.compile('[“”"″]')
#: Marks some pages write for the straight double quotation mark (`″…″`: the double prime, MBC's pages).
_STRAIGHT_MARKS = frozenset('"″')
#: The quotative endings of one word (`며`, `고`, `라고`), longest first.
_ENDING_WORDS = "|".join(e for e in _ENDINGS if " " not in e and not e.endswith(","))
#: A quotative ending and a space or a comma after it (`며 `, `고 `, `라고 `): what follows a closing mark.
_MISTYPED_CLOSE = re.compile("(?:" + _ENDING_WORDS + r")[\s,]")
#: A quotative ending right after a closing mark (`"라고 설명했다`, `"고 말했다`, `"며`).
_QUOTATIVE_AFTER = re.compile("(?:" + _ENDING_WORDS + r")(?:\s|[,.]|$)")
#: A quotation's words up to a closing mark followed by a quotative ending (`9월 … 있다”고 `): what follows
#: a closing mark typed for an opening one.
_MISTYPED_OPEN = re.compile("[^“”\"]+[”“](?:" + _ENDING_WORDS + r")[\s,]")
#: … or, where the mark opens its line after a bullet at most, a credit in a parenthesis after the next
#: mark (`▲”결과가 좋으니 포장된거야”(김경문 감독)=…`, a column of remarks).
_MISTYPED_OPEN_CREDITED = re.compile(r"[^“”\"\n]+[”“][(（]")
#: What may open a line before its first quotation: spaces and the bullets of a list.
_BULLETS = " \t▲△▶▷■□◆◇●○•·-–—"


def _spans_in_line(line: str, offset: int) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    depth, open_at = 0, -1
    straight_open = -1
    for mark in _QUOTE_MARKS.finditer(line):  # only the marks matter
        i, ch = mark.start(), mark.group()
        if ch == "“" and depth == 1 and _MISTYPED_CLOSE.match(line, i + 1) and line[i - 1:i].strip():
            # `…반영한다“며 “…”고 말했다`: an opening mark typed where the closing one belongs, glued to
            # the words and followed by a quotative ending, closes the quotation
            depth = 0
            out.append(QuoteSpan(offset + open_at, offset + i + 1, offset + open_at + 1, offset + i))
        elif ch == "“" and straight_open >= 0 and _MISTYPED_CLOSE.match(line, i + 1):
            # `"좋다“고`: a straight opening mark that a curly opening one, typed for the closing, closes
            out.append(QuoteSpan(offset + straight_open, offset + i + 1, offset + straight_open + 1, offset + i))
            straight_open = -1
        elif ch == "“":
            if depth == 0:
                open_at = i
            depth += 1
        elif ch == "”" and depth > 0:
            depth -= 1
            if depth == 0:
                out.append(QuoteSpan(offset + open_at, offset + i + 1, offset + open_at + 1, offset + i))
        elif ch in "”\"″" and depth == 0 and straight_open < 0 and _MISTYPED_CLOSE.match(line, i + 1) \
                and (single := _single_opened(line, i, [span.end - offset for span in out])) >= 0:
            # `김충길은 '서독제 때 … 즐겼다."라며`: a single opening mark a double closing one closes
            out.append(QuoteSpan(offset + single, offset + i + 1, offset + single + 1, offset + i))
        elif ch == "”" and depth == 0 and straight_open < 0 and (
                _MISTYPED_OPEN.match(line, i + 1)
                or (not line[:i].strip(_BULLETS) and _MISTYPED_OPEN_CREDITED.match(line, i + 1))) \
                and ("“" not in line[:i] or (out and out[-1].end - offset <= i)):
            # `그는”9월 … 있다”고 말하며`, `경계한 후 ”우리도 … 승리할 것“이라고`: a closing mark typed where the
            # opening one belongs, with the next mark followed by a quotative ending; on a line that opened
            # no quotation before it, or closed the ones it opened (not the end of one the line before opened)
            open_at, depth = i, 1
        elif ch in _STRAIGHT_MARKS and depth == 1 and _MISTYPED_CLOSE.match(line, i + 1) \
                and not any(c in _STRAIGHT_MARKS for c in line[open_at + 1:i]):
            # `“…취하겠다"고`: a curly mark a straight one closes (mixed styles, the mirror of the next)
            depth = 0
            out.append(QuoteSpan(offset + open_at, offset + i + 1, offset + open_at + 1, offset + i))
        elif ch == "”" and straight_open >= 0:  # `"…”며`: a straight mark a curly one closes (mixed styles)
            out.append(QuoteSpan(offset + straight_open, offset + i + 1, offset + straight_open + 1, offset + i))
            straight_open = -1
        elif ch in _STRAIGHT_MARKS and depth == 0:
            if straight_open < 0:
                straight_open = i
            else:
                out.append(QuoteSpan(offset + straight_open, offset + i + 1, offset + straight_open + 1, offset + i))
                straight_open = -1
    out.sort(key=lambda s: s.start)
    # Drop spans nested inside another (a straight pair inside a curly one).
    kept: list[QuoteSpan] = []
    for span in out:
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


def speech_spans(text: str) -> list[QuoteSpan]:
    """The spans of `text` that are reported speech (`is_speech`), and each span written right after
    one of them with nothing but spaces or a comma between (`“재판이 개판이다” “뭐 이따위야” 등 욕설을`,
    `“물러나라”, “사과하라”고 외쳤다`): the words of one outburst, a fragment among them included."""
    spans = find_spans(text)
    speech = [is_speech(text, s) for s in spans]
    for k in range(1, len(spans)):
        if not speech[k] and speech[k - 1] and _ADJACENT.fullmatch(text, spans[k - 1].end, spans[k].start):
            speech[k] = True
    for k in range(len(spans) - 2, -1, -1):
        if not speech[k] and speech[k + 1] and _ADJACENT.fullmatch(text, spans[k].end, spans[k + 1].start):
            speech[k] = True
    return [s for s, ok in zip(spans, speech) if ok]


#: What may stand between two quotations of one outburst.
_ADJACENT = re.compile(r"[ \t]*,?[ \t]*")


def _single_opened(line: str, i: int, ends: list[int]) -> int:
    """Where a single opening mark (`‘`, `'`) stands before the double closing mark at `i` of the line,
    unclosed, with no other mark between and after every quotation found (`ends`, in the line), before
    words that end like a sentence; else -1."""
    k = max(line.rfind("‘", 0, i), line.rfind("'", 0, i))
    if k < 0 or any(end > k for end in ends) or any(c in line[k + 1:i] for c in "‘’'“”\"″"):
        return -1
    words = line[k + 1:i].strip()
    return k if len(words) >= 8 and _SENTENCE_FINAL.search(words) else -1


def is_speech(text: str, span: QuoteSpan) -> bool:
    """Whether a quotation-mark span is reported speech rather than a term in quotes.

    Speech: a quotative ending follows (`”라고`, `”며`, `”고 말했다`); the span holds two sentences
    (`“… 것 같다. … 예정”이라는 전략을`: a term or a title holds no sentence ended inside it); a
    sentence-final form is quoted as a noun (`“…하겠다”는 글을 올렸다`); or the span reads as a sentence
    or clause of its own. A short span used as a noun (`“AI 정부”라는 구호`, `“노란봉투법”을
    통과시켰다`) is a term, unless a reporting verb follows it (`“신종 범죄”로 규정했다`).
    """
    inner = text[span.inner_start:span.inner_end].strip()
    if not inner or not re.search(r"[가-힣A-Za-z0-9]", inner):
        return False
    if span.start == span.inner_start:
        return True  # a transcript's words without marks (`_bare_transcripts`)
    if text[span.start - 1:span.start] == "=" and _MARKUP_ATTRIBUTE.search(text, max(0, span.start - 24), span.start):
        return False  # a value in markup copied into the text (`<iframe src="…">`, `alt="…"`), not a
        # name and its words (`◆김진욱 두산 감독=“…”`, a box of managers' comments)
    after = text[span.end:span.end + 16]
    if after.startswith(_ENDINGS) or _TWO_SENTENCES.search(inner):
        return True
    if _TRANSCRIPT.search(text, max(0, span.start - 60), span.start):
        return True  # `[이우석/현대모비스 : "기다려 조상현."]`: a transcript's words, however short
    if _CREDIT_AFTER.match(text, span.end) and not text[text.rfind("\n", 0, span.start) + 1:span.start].strip(_BULLETS):
        return True  # `▲“특공대가 들어왔구만”(이경원)=…`: a remark opening its line, credited in a parenthesis
    words = len(inner.split())
    sentence_final = bool(_SENTENCE_FINAL.search(inner))
    noun_use = _NOUN_USE.match(after)
    if noun_use:
        if sentence_final and (words >= 2 or len(inner) >= 8):
            return True  # `“…집중하겠다”는 글을 올렸다`
        rest = after[noun_use.end():].lstrip()
        if rest.startswith(CHARACTERISING_VERBS):
            return True
        if _WHOSE_WORDS.match(text, span.end + noun_use.end()):
            return True  # `“…”이라는 게 김 교수의 설명이다`: whose words these are, named after them
        if noun_use.group(0) in ADNOMINAL_ENDINGS and _STANCE.match(rest):
            return True  # `연맹은 “…”이라는 입장이다`, `…라는 입장을 밝혔다`
        return len(inner) >= 40 and sentence_final
    return sentence_final or len(inner) >= 20 or words >= 3


#: An attribute of markup right before a span's mark (`src=`, `data-id=`).
_MARKUP_ATTRIBUTE = re.compile(r"[A-Za-z][\w:-]*=$")
_SENTENCE_FINAL = re.compile(r"(?:[다요죠까냐네지군라자래]|습니다|ㅂ니다)[.!?…~]*$")
#: A sentence ended inside a span, and another begun after it (`… 같다. 최대한 …`).
_TWO_SENTENCES = re.compile(r"[가-힣](?:다|요|죠|까)[.!?]\s+[가-힣]")
#: What follows `“…”라는` when the sentence says whose words they were: `게 김 교수의 설명이다`.
_WHOSE_WORDS = re.compile(r"\s*(?:게|것이|것은|건)\s+[^\n.“”\"]{1,40}?의\s*(?:"
                          + "|".join(WORDS_OF_NOUNS) + r")(?:이다|였다|이었다|다)")


_STANCE = re.compile(r"(?:" + "|".join(WORDS_OF_NOUNS) + r")(?:이다|였다|이었다|을|를|이)(?:\s|[.,]|$)")


#: The verbs of asking that end the clause before an answer (`묻자`, `물어보자`, `질문하자`).
_ASKING = r"(?:묻자|물어보자|물었더니|질문하자|질문을 던지자)\s*$"
#: Someone asked right before a quote (`설영우에게 아시안게임을 묻자 “…”`): the asked word, its particle.
_ASKED = re.compile(r"(?:^|(?<=\s))(\S+?)(에게|한테|께)\s[^“”\"\n.]{0,40}?" + _ASKING)
#: A clause ending in asking, no one named as asked (`사회자가 … 얼마나 연습했냐고 물어보자 “…”`): the quote
#: is the answer, not the asker's words.
_ASKS = re.compile(_ASKING)

#: What follows a quotation that is a question put to someone (`”는 질문을`, `”라는 오택의 질문은`, `”냐는
#:기자의 물음에`): the noun phrase it modifies, headed by 질문 or 물음.
_QUESTION = re.compile(r"(?:이라는|라는|냐는|는|란|(?:이?라)?(?:고|며)\s+묻는)\s+(?:[^\s“”\"]+\s+){0,2}?(?:질문|물음)")
#: Someone unnamed who puts the question: in the genitive before it (`한국 기자의 질문`), or with `로부터`
#: right before the quote (`현지 기자로부터 “…”는 질문을`); the one word before the noun says which.
_QUESTIONER = "|".join(sorted(map(re.escape, QUESTIONER_HEADS), key=len, reverse=True))
_QUESTIONER_OF = re.compile(rf"(?:(?<=\s)|^)(?:([가-힣A-Za-z]+)\s+)?({_QUESTIONER})의\s+(?:질문|물음)")
_QUESTIONER_FROM = re.compile(rf"(?:(?<=\s)|^)(?:([가-힣A-Za-z]+)\s+)?({_QUESTIONER})(?:으로|로)부터\s*$")
_FROM = re.compile(r"(?:으로|로)부터\s*$")
#: A noun for someone's words right after a name and title, no particle between (`… 총리 발언에`).
_NOUN_NEXT = re.compile(r"\s*(?:" + "|".join(WORDS_OF_NOUNS) + r"|요청|제안|요구|건의)")
#: After a quotation, the words it modifies and whose they are (`”라는 황순규의 사연`).
_OWNED_AFTER = re.compile(r"\s*(?:이?라는|는|란|이란)\s+(?:\S+\s+){0,2}?\S+의\s")
#: After a quotation, its quotative ending and the verb that ends the sentence (`”이라고 강조했다.`), maybe
#: after more quotations of the same clause and a word or two that are no subject (`”며 “…”고 포문을 열었다.`).
_QUOTATIVE = r"(?:이?라?고|며|면서|라며|이라며)"
_SAID_LAST = re.compile(rf"\s*(?:{_QUOTATIVE}?\s*[“\"][^”\"\n]*[”\"])*\s*{_QUOTATIVE}?\s*"
                        r"(?:[^\s“”\"]*[^\s“”\"이가은는]\s+){0,2}\S*[다요][.!?]?\s*")
#: Between two quotations of one sentence, the first one's verb in `-자` ("when … said"), maybe after an
#: adverb: the second answers it (`“…”고 말하자 “…”고 지시했다`, `“…”며 겸손하게 대답하자 “…”`).
_WHEN_SAID = re.compile(r"\s*(?:이?라?고|며|면서)?\s*(?:[^\s“”\"]{1,6}\s+)?\S{0,4}(?:하자|묻자|밝히자|외치자|답하자)\s*,?\s*")
#: A quotation cited as someone's request, proposal or remark (`“…”는 홍 부총리의 요청을`): read with the
#: person named in the genitive before the noun.
_CITED = re.compile(r"(?:이라는|라는|는|란)\s+(?:[^\s“”\"]+\s+){1,3}?(?:요청|제안|주장|지적|당부|요구|건의|발언|말)"
                    r"(?=[을를은는이가에도과와의]|\s)")
#: A plural pronoun as the subject or topic of the clause before a quote (`그들은 “…”`).
_PLURAL_PRONOUN = re.compile(r"(?:^|(?<=[\s“\"]))(?:그들|이들)(?:은|이|도)\s")
_STOP = re.compile(r"(?<=[가-힣])[.!?]\s+")


@dataclass(slots=True)
class _Trail:
    """What the quotes before tell the next one: the last speaker, where the last quote began and ended
    and its sentence, and the last question put to someone (its sentence and start)."""

    key: int | None = None
    end: int = -1
    start: int = -1
    sentence: int = -1
    asked: tuple[int, int] | None = None


def extract_quotes(text: str, sentences: list[Sentence], spans: list[QuoteSpan], cast: Cast) -> list[Quote]:
    """Attribute each speech span (`speech_spans`) to a participant; returns quotes with `speaker_key` =
    the index of the speaker in `cast.people` (None when no one fits), `speaker` left for `compose` to
    fill."""
    quotes: list[Quote] = []
    sentence_of = _sentence_locator(sentences)
    finder = _SpeakerFinder(text, cast, sentences)
    trail = _Trail()
    pending_lead: list[Quote] = []
    for span in spans:
        idx = sentence_of(span.start)
        sentence = sentences[idx]
        words = text[span.inner_start:span.inner_end].strip()
        cited, asker = _cited(finder, text, span)
        if cited:
            # a question put to someone, or words cited as someone's request: the asker's, and the
            # answer in the same sentence is the topic's (`trail.asked`)
            quotes.append(Quote(text=words, sentence=idx, start=span.inner_start, end=span.inner_end,
                                speaker_key=asker))
            trail.end, trail.asked = span.end, (idx, span.start)
            continue
        owner = finder.genitive_owner(span)
        if owner is not None:
            # words cited as someone's within another's clause (`워싱턴 포스트는 빅터 차 교수의 “…”이라는 말을 통해
            # “…”이라고 보도했다`): theirs, and the clause's speaker goes on
            quotes.append(Quote(text=words, sentence=idx, start=span.inner_start, end=span.inner_end, speaker_key=owner))
            trail.end, trail.asked = span.end, (idx, span.start)  # (the next words of the sentence: its topic's)
            continue
        key, pronoun = _speaker_in_clause(finder, text, cast, span, idx, trail)
        if pronoun is not None and pronoun.kind == "ambiguous":
            # `김 사장은` when two 김 사장 were introduced: say nothing rather than guess
            quotes.append(Quote(text=words, sentence=idx, start=span.inner_start, end=span.inner_end))
            trail.key, trail.end = None, span.end
            continue
        if pronoun is not None:
            key = _speaker_of_pronoun(finder, cast, pronoun, idx, trail)
        if key is None:
            key = _speaker_elsewhere(finder, text, span, sentence, trail, read_after=pronoun is None)
        quote = Quote(text=words, sentence=idx, start=span.inner_start, end=span.inner_end, speaker_key=key)
        if key is None:
            pending_lead.append(quote)
        else:
            for lead in pending_lead:
                lead.speaker_key = key
            pending_lead = []
            trail.key = key
        trail.end, trail.start, trail.sentence = span.end, span.start, idx
        quotes.append(quote)
    _short_forms_of_the_credited(cast, quotes)
    _echoes_of_later_words(text, quotes)
    return quotes


#: How much of a quotation standing alone on its line a later one must hold for it to be that one's echo.
_ECHO_SHARE = 0.7
_ECHO_MIN_CHARS = 8


def _echoes_of_later_words(text: str, quotes: list[Quote]) -> None:
    """`“울산-제주를 상대로는 꼭 승리하고 싶다”.` on a line of its own, then `최강희 감독은 “… 특히
    울산-제주를 상대로는 꼭 승리를 거두겠다”고 다짐했다`: a quotation that is a paragraph of its own and whose
    words a later quotation holds (most of its characters, in order) echoes that one, as a story's lead or a
    section's heading does: the later one's speaker said it."""
    for i, quote in enumerate(quotes):
        line_start = text.rfind("\n", 0, quote.start) + 1
        line_end = text.find("\n", quote.end)
        line = text[line_start:len(text) if line_end < 0 else line_end]
        words = _letters(quote.text)
        if len(words) < _ECHO_MIN_CHARS or _letters(line) != words:
            continue
        for later in quotes[i + 1:]:
            if later.speaker_key is None or later.speaker_key == quote.speaker_key:
                continue
            held = sum(b.size for b in SequenceMatcher(None, words, _letters(later.text), autojunk=False).get_matching_blocks())
            if held >= _ECHO_SHARE * len(words):
                quote.speaker_key = later.speaker_key
                break


def _letters(text: str) -> str:
    """The letters and digits of `text` (what a quotation's echo keeps)."""
    return "".join(ch for ch in text if ch.isalnum())


def _short_forms_of_the_credited(cast: Cast, quotes: list[Quote]) -> None:
    """`“…”(윤덕여 감독)` opens the story, then `윤 감독은 “…”`: the short form the people stage could not
    resolve (the full name stood in a credit it does not read) is the one person of that surname and
    title, whose quotes they are."""
    short = {k: p.name.split() for k, p in enumerate(cast.people) if p.kind == "anonymous"}
    short = {k: parts for k, parts in short.items() if len(parts) == 2 and len(parts[0]) == 1}
    if not short:
        return
    for k, (surname, title) in short.items():
        holders = [i for i, p in enumerate(cast.people) if p.kind == "person" and p.name.startswith(surname)
                   and post_of(p.title) == title and name_shaped(p.name)]
        if len(holders) == 1:
            for quote in quotes:
                if quote.speaker_key == k:
                    quote.speaker_key = holders[0]


def _cited(finder: _SpeakerFinder, text: str, span: QuoteSpan) -> tuple[bool, int | None]:
    """Whether the quotation is put to someone or cited as someone's words in another's sentence, and
    whose: a question (`“…부담되지 않느냐”는 질문을 받았다`, `“…”라는 오택의 질문은`), asked by the person
    named in the genitive, else by no one the article names (a reporter); or a request or remark
    (`“…”는 홍 부총리의 요청을 수락하며 “…”고 제안했다`), only with the person in the genitive."""
    question = _QUESTION.match(text, span.end)
    if question:
        asker = finder.asker(span.end, question.end())
        return True, asker if asker is not None else finder.unnamed_asker(span, question.end())
    remark = _CITED.match(text, span.end)
    asker = finder.asker(span.end, remark.end()) if remark else None
    return asker is not None, asker


def _speaker_in_clause(finder: _SpeakerFinder, text: str, cast: Cast, span: QuoteSpan, idx: int,
                       trail: _Trail) -> tuple[int | None, Mention | None]:
    """The speaker the clause before the quote names (a pronoun is returned for the caller): a
    transcript label, someone asked, the slots `_SpeakerFinder.before` reads, `그들은` for the body that
    spoke last, or the topic of a sentence whose quote answers an embedded one or a question."""
    sentence = finder.sentences[idx]
    clause_start = max(sentence.start, trail.end)
    # `시장의 반응은 엇갈린다. “…”고 도정환 교수는 말했다`: a sentence Kiwi did not split at a full
    # stop before the quote; the topic of the first one is not the quote's speaker
    stops = list(_STOP.finditer(text, clause_start, span.start))
    if stops:
        clause_start = stops[-1].end()
    key = _transcript_speaker(text, span, cast)
    if key is None:
        key = _credited_after(text, span, cast)
    pronoun: Mention | None = None
    if key is None:
        key = finder.asked(clause_start, span.start)
    if key is None and _ASKS.search(text, clause_start, span.start):
        key = finder.answerer(clause_start, span.start)
    if key is None:
        key = finder.whose_words(clause_start, span)
    if key is None:
        key, pronoun = finder.before(clause_start, span.start,
                                     said_last=_SAID_LAST.fullmatch(text, span.end, sentence.end) is not None)
    if key is None and pronoun is None and trail.key is not None \
            and cast.people[trail.key].kind in ("org", "anonymous") and _PLURAL_PRONOUN.search(text, clause_start, span.start):
        # `연맹은 “…”라며 … 설명했다. 그들은 “…”`: `they` is the body that spoke last, not a person named since
        key = trail.key
    if key is None and pronoun is None and trail.sentence == idx and finder.answers(trail.end, span.start):
        # `김 장관은 노조가 “A”고 주장하는 데 대해 “B”고 반박했다`: A was someone else's words,
        # embedded in the clause; B is the answer of the sentence's topic
        key, pronoun = finder.topic(sentence.start, trail.start)
    if key is None and pronoun is None and trail.sentence == idx and trail.key is not None \
            and _WHEN_SAID.fullmatch(text, trail.end, span.start):
        # `홍 부총리가 “…”고 말하자 “…”고 지시했다`: the reply of someone else, the topic before the
        # first quote (in its sentence or before it), not of the one who spoke first
        key, pronoun = finder.topic(sentence.start, trail.start)
        if key is None and pronoun is None:
            key = finder.last_topic_other_than(trail.key, trail.start)
    if key is None and pronoun is None and trail.asked is not None and trail.asked[0] == idx:
        # `트럼프 대통령은 “…냐”는 기자의 질문에 “아니다”고 답했다`: the answer of the sentence's topic, else of its
        # subject (`청와대가 “…”는 아베 총리 발언에 대해 “…”는 입장을 밝혔다`)
        key, pronoun = finder.topic(sentence.start, trail.asked[1])
        if key is None and pronoun is None:
            key, pronoun = finder.before(sentence.start, trail.asked[1])
    return key, pronoun


def _speaker_of_pronoun(finder: _SpeakerFinder, cast: Cast, pronoun: Mention, idx: int, trail: _Trail) -> int | None:
    """`그는 “…”`: the person last made the topic (`염경엽 감독은 … 고우석이 … 설명했다. 그는`: the topic, not a
    subject inside its clause), else the previous speaker (`한 관계자는 “…”라고 말했다. 그는 이어 “…”`: the
    source just quoted), else the last person named before it."""
    key = finder.newer_person(trail.end, pronoun.start, topics_only=True, proposed=True)
    if key is None:
        key = finder.newer_person(trail.end, pronoun.start)
    if key is None:
        key = finder.genitive_topic(trail.end, pronoun.start)
    last = trail.key
    if key is None and last is not None and (
            cast.people[last].kind == "person" or _individual(cast, last)
            or (_one_source(cast, last) and idx - trail.sentence <= 1)):
        key = last
    if key is None:
        key = finder.newer_person(-1, pronoun.start)
    return key


def _speaker_elsewhere(finder: _SpeakerFinder, text: str, span: QuoteSpan, sentence: Sentence,
                       trail: _Trail, *, read_after: bool) -> int | None:
    """A speaker the clause before the quote does not name: the subject after it (`“…”라고 전제한 차
    감독은`; with `read_after`, when no pronoun stood before it), a person made the topic since the last
    quote, the last speaker, else the last person named."""
    key = None
    if read_after:
        # a story's (or a section's) opening words, before anyone was its topic, are said by the person
        # the next paragraph introduces; after a topic (`김 부회장은 …. “…”`), by that topic
        first_words = (trail.key is None and finder.newer_person(-1, span.start, topics_only=True) is None) \
            or opens_section(text, span.start)
        key = finder.after(span, sentence, first_words=first_words, carried=trail.key is not None)
    if key is None and trail.key is not None:
        # a quotation that answers an interviewer's line (`Q. …` above it), or that a clause of its own
        # says is about what the narration just told (`이에 대해서는 “…”`), is the person's who spoke
        # last, not whoever the narration named since (`… 한교원은 출전 명단에서 빠졌다. 이에 대해서는 “…”`)
        if not _answers_question_line(text, span.start) and not _ABOUT_THIS.fullmatch(text, sentence.start, span.start):
            # (not a subject in the rest of the last quote's sentence: `“…”며 김하성이 … 있다는 점을
            # 강조했다. 이어 “…”`, inside the clause of the one who spoke)
            last = finder.sentences[trail.sentence] if trail.sentence >= 0 else sentence
            key = finder.newer_person(trail.end if last is sentence else max(trail.end, last.end), span.start)
            if key is None:  # (a topic only the entity model found: `최성국은 … 소개했다. … 질문에 “…”`)
                key = finder.newer_person(trail.end, span.start, topics_only=True, proposed=True)
        key = key if key is not None else trail.key
    if key is None:
        key = finder.newer_person(-1, span.start)
        # `검찰은 김씨에게 … 구형했습니다.` ⏎ `“…”고 설명했습니다.`: a quotation that opens its sentence, its clause
        # reporting it, goes on with the body made the topic of the sentence before, after the person last
        # named (not a heading's quotation, nor one after a subject no rule resolved: `양사는 “…”`)
        opens = not text[sentence.start:span.start].strip() and text.startswith(_ENDINGS, span.end)
        body = finder.body_topic_before(sentence) if opens else None
        if body is not None and (key is None or finder.last_subject_before(key, body.start, span.start)):
            key = body.key
    return key


#: A clause before a quotation that says it is about what the narration just told (`이에 대해서는`, `이와
#: 관련해`, `이를 두고`), and names no one.
_ABOUT_THIS = re.compile(r"\s*(?:이에\s*(?:대해|관해)서?|이와\s*관련해서?|이를\s*두고)(?:는|도)?\s*")


#: Marks that open the heading of a section (`■ 하루키 작품 즐기려 번역가 된 이지수씨`).
_SECTION_MARKS = "■□◆◇▶▷●"
#: How many heading and subtitle lines may stand between a section's mark (or the byline that closes
#: the section before) and its first paragraph.
_SECTION_HEAD_LINES = 3


def opens_section(text: str, start: int) -> bool:
    """Whether the paragraph at `start` opens a section of a compilation: above it, after at most a
    few lines that are no sentences (headings, subtitles), a heading mark (`■ …`) or a byline that
    closed the section before (`안진용 기자 realyong@…`). Such a section opens like a story: a
    quotation alone first, then the person who said it."""
    end = text.rfind("\n", 0, start)
    for _ in range(_SECTION_HEAD_LINES + 1):
        if end <= 0:
            return False
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end].strip()
        end = line_start - 1
        if not line:
            continue
        if (line[0] in _SECTION_MARKS and line[-1] not in ".!?") or is_byline_line(line):
            return True  # (`◇ 삼성전자 = … 강조했습니다.`: a paragraph of sentences after a mark, no heading)
        if line[-1] in ".!?”\"’":
            return False
    return False


def _sentence_locator(sentences: list[Sentence]):
    starts = [s.start for s in sentences]

    def locate(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    return locate


#: What follows `NAME의` when the sentence names whose words these were (`조동현 감독의 말이다`).
_WORDS_OF = WORDS_OF_NOUNS
#: After a quotation, the ending that makes it a noun's and a noun for someone's words (`”이라는 말을`).
_WORDS_NOUN_AFTER = re.compile(r"(?:이?라는|는|란)\s+(?:" + "|".join(WORDS_OF_NOUNS) + r")(?=[을를은는이가의에도과와]|\s)")
#: An adnominal ending right after the closing mark (`”라는 `, `”는 `): the quotation modifies the next noun.
_MODIFIES_NEXT = re.compile("(?:" + "|".join(sorted(ADNOMINAL_ENDINGS, key=len, reverse=True)) + r")\s")


class _SpeakerFinder:
    """Looks up speaker slots around a quotation in the cast's mentions and words."""

    def __init__(self, text: str, cast: Cast, sentences: list[Sentence]) -> None:
        self.text = text
        self.sentences = sentences
        self.sentence_starts = [s.start for s in sentences]
        self.cast = cast
        self.mentions = sorted(cast.mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.words = cast.words
        self.word_starts = [w.start for w in cast.words]

    def _between(self, start: int, end: int) -> list[Mention]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end, lo)
        return [m for m in self.mentions[lo:hi] if m.end <= end]

    def before(self, start: int, end: int, *, said_last: bool = False) -> tuple[int | None, Mention | None]:
        """The speaker slot in [start, end): topic (은/는) before subject (이/가); people before
        bodies and descriptors. A pronoun (`그는 “…”`) is returned for the caller to resolve.

        A subject that a relative clause closes (`IDF가 발표한 … 구출에 대해 “…”`) is not the
        speaker of the quote. `said_last`: the verb that follows the quote ends the sentence."""
        inside = self._between(start, end)
        if inside and self._named_right_before(inside[-1], end) \
                and not any(x.particle in TOPIC_PARTICLES for x in inside[:-1]):
            return self._key(inside[-1]), None
        # `WSJ는 파월 의장이 “…”라고 말했다고 전했다`, `A씨는 … 1심 재판장이 “…”는 주문을 낭독하자`: a
        # subject right before the quote (a titled descriptor too), with no verb in between, says it,
        # whatever topic the sentence has
        for k in range(len(inside) - 1, -1, -1):
            m = inside[k]
            if m.particle in SUBJECT_PARTICLES and (m.kind in ("person", "org", "anonymous") or _titled(m)) \
                    and self._adjacent(m, end) and not (self._additive(m, end) and any(
                        x.particle in TOPIC_PARTICLES for x in inside[:k])) \
                    and not (said_last and m.kind == "org" and any(
                        x.particle in TOPIC_PARTICLES and x.kind in ("person", "pronoun") for x in inside[:k])):
                # (`그는 한국이 “…할 것”이라고 강조했다`: a body after a person as the topic, the quote's verb the
                # sentence's last, is what the person's words are about; not `김 장관은 노조가 “…”고 주장하는
                # 데 대해`, where the body's own verb goes on)
                # (`김 감독은 임진희 역시 “…”라고 평가했다`: `역시` in place of `도`, after a topic, is
                # what the topic says of the name)
                return self._key(m), None
            if m.particle in TOPIC_PARTICLES and m.kind in ("person", "org", "anonymous", "descriptor") \
                    and self._adjacent(m, end) and m is inside[-1] and not any(
                        x.particle in TOPIC_PARTICLES and x.kind in ("person", "pronoun") for x in inside[:-1]):
                # `…추측해 봤고, 풍자는 “…”`: the topic the quote follows says it, unless a person is the
                # sentence's topic before it (`그는 … 참가 병력 규모는 “…”고 했다`: what it is about)
                return self._key(m), None
            if m.particle in SPEAKER_PARTICLES:
                break
        for particles in (TOPIC_PARTICLES, SUBJECT_PARTICLES, SOURCE_PARTICLES):
            cands = [m for m in inside if m.particle in particles]
            if particles is SUBJECT_PARTICLES:
                cands = [m for m in cands if not self._relative_clause_subject(m, end)]
            if not cands:
                continue
            for kinds in (("person", "pronoun", "ambiguous"), ("org", "anonymous"), ("descriptor",)):
                picked = [m for m in cands if m.kind in kinds]
                if picked:
                    pick = picked[-1]
                    if pick.kind in ("pronoun", "ambiguous"):
                        return None, pick
                    return self._key(pick), None
        return None, None

    def _named_right_before(self, m: Mention, end: int) -> bool:
        """`▲ 이보미 "은퇴 경기 아니에요"` (a subhead's way: the name, then the words), `임진희 역시 “…”`:
        a person named right before the quotation with no particle, or with an additive adverb in
        place of one, says it (unless the sentence has a topic before it, who then speaks:
        `김 감독은 이보미 역시 “…”라고 평가했다`)."""
        if m.kind != "person" or m.key < 0:
            return False
        if m.particle:  # `역시` read as `도` (`participants._read_additive_adverbs`)
            return m.particle == "도" and self._additive(m, end)
        return not self.text[m.end:end].strip(" :=") or self._additive(m, end)

    def _additive(self, m: Mention, end: int) -> bool:
        """Only an additive adverb (`역시`, `또한`) between the mention and `end`."""
        return self.text[m.end:end].strip(" :") in ADDITIVE_ADVERBS

    def asked(self, start: int, end: int) -> int | None:
        """`설영우에게 아시안게임을 묻자 “…”`, `그에게 … 묻자`: the person asked, right before the quote,
        answers (`그` is the person last made a topic)."""
        m = _ASKED.search(self.text, start, end)
        if m is None:
            return None
        if m.group(1) in PRONOUNS:
            return self.newer_person(-1, m.start(1), topics_only=True)
        named = [x for x in self._between(start, end) if x.end == m.end(2) and x.kind == "person" and x.key >= 0]
        return self._key(named[-1]) if named else None

    def answerer(self, start: int, end: int) -> int | None:
        """`브라이언 스탠 사회자가 … 물어보자 “…”`: who answers a question put by the subject of the clause
        in [start, end), no one named as asked: the person last made the topic before it who is not the
        asker; None when the clause has no person asking or no one else was a topic. A person made the
        topic before the question (`정경호는 … 소감을 묻자 “…”`) is the sentence's, asked by no one named:
        the one who answers."""
        asking = next((m for m in self._between(start, end) if m.particle in (*SUBJECT_PARTICLES, *TOPIC_PARTICLES, "")
                       and m.kind in ("person", "anonymous") and m.key >= 0), None)  # ("": its title follows)
        if asking is not None and asking.particle in TOPIC_PARTICLES and asking.kind == "person":
            return self._key(asking)
        return None if asking is None else self.last_topic_other_than(asking.key, start)

    def asker(self, start: int, end: int) -> int | None:
        """The person named in the genitive in [start, end) (`오택의 질문`), or right before the noun with
        no particle (`아베신조(安倍晋三) 일본 총리 발언`), or None."""
        named = [m for m in self._between(start, end) if m.kind == "person" and m.key >= 0 and (
            m.particle == "의" or (not m.particle and _NOUN_NEXT.match(self.text, m.end)))]
        return named[-1].key if named else None

    def whose_words(self, start: int, span: QuoteSpan) -> int | None:
        """`검찰의 영장 기각 사유는 “…”`, `회사 측의 설명은 “…”`: a noun for someone's words (`WORDS_OF_NOUNS`),
        or what it ends, as the topic or subject right before the quote, after a person or a body in the
        genitive: the quote is theirs; unless a genitive after it says whose it is (`오택의 질문은 “…”라는
        황순규의 사연으로`)."""
        end = span.start
        if _OWNED_AFTER.match(self.text, span.end):
            return None
        i = bisect.bisect_left(self.word_starts, end) - 1
        if i < 0 or self.words[i].start < start or self.words[i].particle not in (*TOPIC_PARTICLES, *SUBJECT_PARTICLES) \
                or not self.words[i].base.endswith(_WORDS_OF) or self.text[self.words[i].end:end].strip():
            return None
        owners = [(m.end, m.key) for m in self._between(start, self.words[i].start) if m.particle == "의"
                  and m.kind in ("person", "org") and m.key >= 0]
        bodies = {p.name: k for k, p in enumerate(self.cast.people) if p.kind == "org"}
        # (a body named as a speaker elsewhere, or one that speaks as a body: `검찰의`)
        named = [w for w in self.words[max(0, i - 4):i] if w.start >= start and w.particle == "의"
                 and (w.base in bodies or w.base in ORG_SPEAKERS)]
        if named and (not owners or named[-1].end > max(owners)[0]):
            w = named[-1]
            owners.append((w.end, bodies.get(w.base, -1)))
        if not owners:
            return None
        at, key = max(owners)
        if self.words[i].start - at > 12:
            return None  # (a few words before the noun at most)
        if key < 0:
            key = find_descriptor(self.cast, named[-1].base, "org", named[-1].start)
            self.cast.people[key].mentions += 1
        return key

    def unnamed_asker(self, span: QuoteSpan, end: int) -> int | None:
        """Who puts the question in a quotation that ends at `end`, no one named in the genitive after it:
        a person right before it with `로부터` (`김 감독으로부터 “…”는 질문을`), else someone unnamed there or
        in the genitive (`현지 기자로부터`, `“…”라는 한국 기자의 질문에`), an anonymous source; None when the
        article leaves the asker out (`“…”는 질문에`)."""
        line_start = self.text.rfind("\n", 0, span.start) + 1
        before = self.text[max(line_start, span.start - 30):span.start]
        if _FROM.search(before):
            named = [m for m in self._between(span.start - len(before), span.start)
                     if m.kind == "person" and m.key >= 0 and m.particle.endswith("로부터")
                     and not self.text[m.end:span.start].strip()]
            if named:
                return named[-1].key
        found = _QUESTIONER_FROM.search(before)
        offset = span.start - len(before)
        if found is None:
            found = _QUESTIONER_OF.search(self.text, span.end, end)
            offset = 0
        if found is None:
            return None
        label = found.group(2)
        if found.group(1):
            i = bisect.bisect_left(self.word_starts, offset + found.start(1))
            word = self.words[i] if i < len(self.words) and self.words[i].start == offset + found.start(1) else None
            if word is None or not word.verbal:  # (`묻는 기자의`: a verb, not which one)
                label = f"{found.group(1)} {label}"
        key = find_descriptor(self.cast, label, "anonymous", offset + found.start())
        self.cast.people[key].mentions += 1
        return key

    def topic(self, start: int, end: int) -> tuple[int | None, Mention | None]:
        """The topic (은/는) in [start, end), the last one; a pronoun is returned for the caller."""
        for m in reversed(self._between(start, end)):
            if m.particle in TOPIC_PARTICLES:
                if m.kind in ("pronoun", "ambiguous"):
                    return None, m
                if m.kind in ("person", "org", "anonymous"):
                    return self._key(m), None
        return None, None

    def answers(self, start: int, end: int) -> bool:
        """Whether the words in [start, end) make what came before the theme of an answer
        (`…고 주장하는 데 대해`, `…라는 지적에 관해`)."""
        i = bisect.bisect_left(self.word_starts, start)
        while i < len(self.words) and self.words[i].start < end:
            if self.words[i].text.startswith(ANSWER_CUES):
                return True
            i += 1
        return False

    def _adjacent(self, m: Mention, end: int) -> bool:
        """No verb between the mention and `end`."""
        i = bisect.bisect_left(self.word_starts, m.end)
        while i < len(self.words) and self.words[i].start < end:
            if self.words[i].verbal:
                return False
            i += 1
        return True

    def _relative_clause_subject(self, m: Mention, end: int) -> bool:
        """`IDF가 발표한 …`: the subject of a relative clause; `인질이 아니라고`, `… 대상이 된`:
        the complement of 아니다 / 되다. Neither is who speaks. A subject written between it and the
        verb has that verb (`단장이 … 추신수가 … 종료한 것과 관련 “…”라고 밝혔다`: 추신수's clause, not
        the 단장's)."""
        i = bisect.bisect_left(self.word_starts, m.end)
        first = True
        while i < len(self.words) and self.words[i].start < end:
            w = self.words[i]
            if first and w.text.startswith(COMPLEMENT_VERBS):
                return True
            first = False
            if w.verbal:
                return w.modifier
            if w.particle in SUBJECT_PARTICLES:
                return False
            i += 1
        return False

    def after(self, span: QuoteSpan, sentence: Sentence, *, first_words: bool = False, carried: bool = False) -> int | None:
        """`“…”라고 전제한 차 감독은`, `“…” 조동현 감독의 말이다`, `“…”고 ○○○ 대변인은 말했다`:
        a subject after the quote, before the clause's own verb. `first_words`: no quotation before
        this one has a speaker (the story may open on the words of the person it then introduces).
        `carried`: a speaker before can carry over, so a plain noun after the quote (a `descriptor` no
        rule named: `또 “…”라며 … 활약상도 조명했다`) is what the clause is about, not who spoke."""
        end = sentence.end
        if span.end >= end - 1:
            # `“…” 조동현 감독의 말이다.` split into its own sentence: look at the next one
            i = bisect.bisect_right(self.sentence_starts, span.end)
            if i < len(self.sentences) and (self.text[span.end:self.sentences[i].start].count("\n") == 0
                                            or self._quote_paragraph(span, self.sentences[i].start)):
                nxt = self.sentences[i]
                lo = bisect.bisect_left(self.starts, nxt.start)
                if lo < len(self.mentions) and self.mentions[lo].start - nxt.start <= 1 \
                        and self.mentions[lo].particle == "의" \
                        and self.text[self.mentions[lo].end:self.mentions[lo].end + 6].lstrip().startswith(_WORDS_OF):
                    return self._key(self.mentions[lo])
                # `인근 회사에 다니는 직장인 국보람(29)씨의 말이다.`: whose words, at the end of the sentence
                hi = bisect.bisect_left(self.starts, nxt.end, lo)
                for m in self.mentions[lo:hi]:
                    rest = self.text[m.end:nxt.end].strip()
                    if m.particle == "의" and rest.startswith(_WORDS_OF) and len(rest) <= 8 and m.key >= 0:
                        return self._key(m)
                # a story opening on `“…”` as a paragraph of its own, then `설영우(24, 울산현대)는 올시즌 …`:
                # the person the next paragraph opens on, as its topic, is whose words they were
                opening = self.mentions[lo] if lo < len(self.mentions) else None
                if first_words and opening is not None and opening.start - nxt.start <= 1 and opening.kind == "person" \
                        and opening.key >= 0 and opening.particle in TOPIC_PARTICLES \
                        and self.text[span.end:nxt.start].count("\n") >= 1 and self._quote_paragraph(span, nxt.start):
                    return self._key(opening)
                # `“…” 김연아는 은퇴 회견에서 이렇게 말했다.`
                if any(p in nxt.text for p in BACK_POINTERS):
                    slots = [m for m in self.mentions[lo:hi] if m.particle in SPEAKER_PARTICLES]
                    # `…질문에 온 국장은 이렇게 답했다`: a named topic beats a subject in a clause before it
                    named = [m for m in slots if m.particle in TOPIC_PARTICLES and m.kind == "person" and m.key >= 0]
                    if named or slots:
                        return self._key((named or slots)[0])
        nxt_quote = self.text.find("“", span.end, end)
        if nxt_quote != -1:
            end = nxt_quote
        mentions = self._between(span.end, end)
        i = bisect.bisect_left(self.word_starts, span.end)
        # `“…”는 전략도 함께 전했다`: the noun the quotation modifies is what was said, never who said it
        what_was_said = -1
        if _MODIFIES_NEXT.match(self.text, span.end):
            what_was_said = next((w.start for w in self.words[i:] if w.start >= span.end and not w.glued), -1)
        modified = False  # the word before was an adnominal verb (`전제한`, `자평할`)
        while i < len(self.words) and self.words[i].start < end:
            w = self.words[i]
            i += 1
            if w.start == what_was_said and not any(m.start <= w.start < m.end and m.kind == "person" for m in mentions):
                continue  # (a person named there is whose words they were: `”라는 김 교수의 설명이다`)
            if modified and w.particle and w.particle not in SPEAKER_PARTICLES \
                    and not any(m.start <= w.start < m.end for m in mentions):
                # `“최고였다”고 자평할 정도로 … 시나리오가`: the verb modifies a noun that goes on as
                # an adverbial, not the speaker (`“…”라고 전제한 차 감독은`)
                return None
            modified = w.verbal and w.modifier
            for m in mentions:
                if carried and m.kind == "descriptor" and m.key < 0:
                    continue  # (see the docstring: `활약상도`)
                if carried and m.particle == "도" and m.kind != "person":
                    continue  # `그러면서 “…”라고 팬들을 향한 인사도 잊지 않았다`: what else was done, not who
                if m.start <= w.start < m.end or m.start == w.start:
                    if m.particle in TOPIC_PARTICLES \
                            or (m.particle in SUBJECT_PARTICLES and not self._relative_clause_subject(m, end)):
                        return self._key(m)
                    if m.particle == "의" and self.text[m.end:m.end + 6].lstrip().startswith(_WORDS_OF):
                        return self._key(m)
            if w.verbal and not w.modifier and not w.glued:
                # `거주하고 있는 …`: a verb followed by its auxiliary does not end the clause
                if i < len(self.words) and self.words[i].verbal and self.words[i].start < end:
                    continue
                return None
        return None

    def _quote_paragraph(self, span: QuoteSpan, next_start: int) -> bool:
        """The quote is a paragraph of its own (`“…”` alone on its line, closing punctuation at most)
        and nothing but line breaks lies between it and the next sentence."""
        line_start = self.text.rfind("\n", 0, span.start) + 1
        if self.text[line_start:span.start].strip():
            return False
        return not self.text[span.end:next_start].strip(" \t\n.!?…,")

    def last_topic_other_than(self, key: int, before: int) -> int | None:
        """The person last made the topic (`은`, `는`) before `before` who is not `key`."""
        hi = bisect.bisect_left(self.starts, before)
        for m in reversed(self.mentions[:hi]):
            if m.kind == "person" and m.particle in TOPIC_PARTICLES and not m.proposed and m.key != key:
                return m.key
        return None

    def genitive_topic(self, after: int, before: int) -> int | None:
        """`토미 틸리카이넨 감독의 얼굴은 경직돼 있었다. 그는 “…”`: a person named in the genitive before the
        topic of a sentence between the previous quote and this one (what the sentence is about is theirs)."""
        lo = bisect.bisect_right(self.starts, after)
        hi = bisect.bisect_left(self.starts, before, lo)
        for m in reversed(self.mentions[lo:hi]):
            if m.kind == "person" and m.key >= 0 and m.particle == "의" and not m.proposed:
                i = bisect.bisect_left(self.word_starts, m.end)
                if i < len(self.words) and self.words[i].particle in TOPIC_PARTICLES \
                        and self.words[i].sentence == m.sentence and self.words[i].common_noun:
                    return m.key
        return None

    def newer_person(self, after: int, before: int, *, topics_only: bool = False,
                     proposed: bool = False) -> int | None:
        """A person who became the topic or subject between the previous quote and this one
        (`조 감독은 … . “…”`, `하이든 대통령도 … 언급했다. “…”`); with `topics_only`, the topic alone
        (`은`, `는`); with `proposed`, one the entity model alone found too (what `그는` stands for)."""
        lo = bisect.bisect_right(self.starts, after)
        hi = bisect.bisect_left(self.starts, before, lo)
        particles = TOPIC_PARTICLES if topics_only else NEW_TOPIC_PARTICLES
        found = [m for m in self.mentions[lo:hi]
                 if (m.kind == "person" or (m.kind == "anonymous" and _individual(self.cast, m.key)))
                 and m.particle in particles and m.start > after and (proposed or not m.proposed)]
        if not found:
            return None
        last = found[-1]
        if last.particle not in TOPIC_PARTICLES:
            # `보우든은 류현진이 … 던졌다고 소개했다. … “…”`: a subject after the topic of its sentence is
            # inside the clause the topic speaks or thinks; the topic goes on
            topic = next((m for m in found if m.sentence == last.sentence and m.particle in TOPIC_PARTICLES
                          and m.key != last.key), None)
            if topic is not None:
                return topic.key
        return last.key

    def genitive_owner(self, span: QuoteSpan) -> int | None:
        """`빅터 차 조지타운대 교수의 “…”이라는 말을 통해`: the person (or body) in the genitive right before a
        quotation that a noun for someone's words after it makes a noun phrase: theirs."""
        if not _WORDS_NOUN_AFTER.match(self.text, span.end):
            return None
        i = bisect.bisect_left(self.starts, span.start) - 1
        if i < 0:
            return None
        m = self.mentions[i]
        if m.particle != "의" or m.key < 0 or m.kind not in ("person", "org") or self.text[m.end:span.start].strip():
            return None
        return self._key(m)

    def body_topic_before(self, sentence: Sentence) -> Mention | None:
        """The body (an organisation) last made the topic of the sentence right before `sentence`, or None."""
        i = bisect.bisect_left(self.sentence_starts, sentence.start) - 1
        if i < 0:
            return None
        before = self.sentences[i]
        lo = bisect.bisect_left(self.starts, before.start)
        hi = bisect.bisect_left(self.starts, before.end, lo)
        found = [m for m in self.mentions[lo:hi] if m.kind == "org" and m.key >= 0 and m.particle in TOPIC_PARTICLES
                 and self.cast.people[m.key].kind == "org"]
        return found[-1] if found else None

    def last_subject_before(self, key: int, start: int, end: int) -> bool:
        """Whether the person `key`, of the topics and subjects of clauses before `end`, was last one before `start`."""
        return all(m.start < start for m in self.mentions
                   if m.key == key and m.particle in NEW_TOPIC_PARTICLES and m.start < end)

    def _key(self, m: Mention) -> int | None:
        if m.kind == "descriptor":
            return self.cast.materialize(m)
        if m.kind == "pronoun":
            return self.newer_person(-1, m.start)
        return m.key if m.key >= 0 else None


#: Endings that make a transcript label a body (`…대`, `…협회`): one-syllable ones other than 대 also end
#: people's nouns (`광역버스 기사`), so a label needs a longer ending to be taken for a body.
_LABEL_BODY_ENDINGS = LONG_ORG_SUFFIXES + ("대",)


#: An interviewer's line (`Q. 홈에서 졌는데`, `Q: …`, `질문: …`).
_QUESTION_LINE = re.compile(r"\s*(?:Q\s*[.:)]|Q\s|질문\s*[:.)])")


def _answers_question_line(text: str, start: int) -> bool:
    """The quotation opens its line, and the line above it (blank lines skipped) is an interviewer's."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    above_end = line_start - 1
    while above_end > 0:
        above_start = text.rfind("\n", 0, above_end) + 1
        line = text[above_start:above_end]
        if line.strip():
            return _QUESTION_LINE.match(line) is not None
        above_end = above_start - 1
    return False


def _titled(m: Mention) -> bool:
    """A descriptor headed by a title (`1심 재판장이`, `담당 판사가`): someone, though unnamed."""
    head = m.label.split()[-1] if m.kind == "descriptor" and m.label else ""
    return bool(head) and split_title(head) == (None, head)


def _individual(cast: Cast, key: int) -> bool:
    """An anonymous source who is one person (`공인중개사 황모씨`, `A선수`, `피고인 정 씨`), whom `그는`
    can stand for anywhere, unlike a group or an unnamed official (`주민들`, `한 관계자`: only right
    after their words, `_one_source`)."""
    p = cast.people[key]
    if p.kind != "anonymous":
        return False
    last = p.name.split()[-1] if p.name else ""
    return last.endswith(ANONYMOUS_HONORIFICS) or bool(re.match(r"^[A-Z](?:씨|[가-힣]{1,4})$", last))


def _one_source(cast: Cast, key: int) -> bool:
    """An unnamed source that is one person (`한 축산물 도매센터 관계자`, `업계 관계자`), not a group
    (`주민들`): `그는` right after their words is them."""
    p = cast.people[key]
    return p.kind == "anonymous" and bool(p.name) and not p.name.endswith("들")


#: A line that is a quotation and, in parentheses after it, who said it: `“고객에 신뢰를 파는 은행.”(이환주
#: 신임 KB국민은행장)`, `” (우윤근 새정치민주연합 원내대표, 22일 비상대책위원회 회의)` (group 1: the name and the
#: post, and the date and occasion that may follow).
_CREDIT_AFTER = re.compile(r"[ \t]*[(（]([^()（）\n]{2,200})[)）][ \t]*(?:\n|$|(?=[“\"=]))")
#: What may stand before such a quote on its line: credited quotes before it (`“…”(윤덕여 감독)“…”(지소연)`).
_CREDITED_BEFORE = re.compile(r"(?:[ \t]*[“\"][^“”\"\n]*[”\"][ \t]*[(（][^()（）\n]{2,200}[)）])*[ \t]*")
#: … or in a list of remarks in the running text, the parenthesis right after the closing mark and a
#: comma or `등` after it (`“…”(윤재갑 의원), “…”(김성주 의원) 등의 발언을`), or the ending that makes the
#: remarks a noun's (`“…”(문재인 대통령)라는 인사말`).
_CREDIT_IN_LIST = re.compile(r"[(（]([^()（）\n]{2,40})[)）](?=\s*(?:,|등[의은이을]?\s)|이?라는\s)")


def _credited_after(text: str, span: QuoteSpan, cast: Cast) -> int | None:
    """`“…”(이환주 신임 KB국민은행장)` on a line of its own, as papers set a lead or a column of remarks,
    or in a list of remarks (`“…”(윤재갑 의원), “…”(김성주 의원) 등의`): the person the parenthesis names,
    with the post it gives (the body written onto the title or before it), added when the article names
    them nowhere else."""
    line_start = text.rfind("\n", 0, span.start) + 1
    match = _CREDIT_AFTER.match(text, span.end)
    if match is not None and any(c.isalnum() for c in text[line_start:span.start]) \
            and not _CREDITED_BEFORE.fullmatch(text, line_start, span.start):
        match = None  # (a bullet may open the line: `●“…”(김현숙 … 원내대변인 22일 국회 브리핑)`)
    if match is None:
        # `“…”(윤재갑 의원), “…”(김성주 의원) 등의 발언을`: remarks listed in the running text, each credited
        match = _CREDIT_IN_LIST.match(text, span.end)
    credit = match.group(1) if match is not None else _credit_line_below(text, span, line_start)
    return _credited_person(credit, span, cast) if credit else None


#: A line that credits the quotation above it: after a dash, the name and the post, then the occasion
#: after a full stop or in a parenthesis (`- 서삼석 의원. 농어촌공사 …`); or the name and the post, then
#: the occasion in a parenthesis that closes the line (`조원우 롯데 감독(13일 … 묻자)`).
_CREDIT_LINE = re.compile(r"[ \t]*[-–—―][ \t]*([^\n.()（）“”\"]{2,40}?)[ \t]*(?:[.(（]|\n|$)"
                          r"|[ \t]*([^\n.()（）“”\"-]{2,40}?)[ \t]*[(（][^\n]*[)）][ \t.]*(?:\n|$)")
#: What may stand on a quotation's line besides it when the line below credits it: a bullet, punctuation.
_BARE_LINE = " \t-–—·•▶.,…"


def _credit_line_below(text: str, span: QuoteSpan, line_start: int) -> str | None:
    """`“…”` alone on its line, and below it a line that opens with whose words they are (`_CREDIT_LINE`):
    a column of remarks, each credited under it; the credit, or None."""
    line_end = text.find("\n", span.end)
    if line_end < 0 or text[line_start:span.start].strip(_BARE_LINE) or text[span.end:line_end].strip(_BARE_LINE):
        return None
    match = _CREDIT_LINE.match(text, line_end + 1)
    credit = (match.group(1) or match.group(2)) if match is not None else None
    # a name and a post, a body between at most (not an interviewer's line: `―정부의 2035 감축 목표가 …`)
    return credit if credit and len(credit.split()) <= _CREDIT_WORDS else None


#: Where a credit's name and post end: a comma, a full stop before more words or at the end.
_CREDIT_END = re.compile(r",|\.(?:\s|$)")
#: A name's Hanja in a credit, with the mark before it (`아베 신조·安倍晋三 총리`).
_HANJA = re.compile(r"[·・]?[\u4e00-\u9fff]+")
#: The most words a credit line names the speaker in (`트레이 힐만 SK 감독`).
_CREDIT_WORDS = 4


def _credited_person(credit: str, span: QuoteSpan, cast: Cast) -> int | None:
    """The person a credit names (`이환주 신임 KB국민은행장`, `흥국생명 차해원 감독, 5일 …`), found in the
    cast or added with the post the credit gives; None when it names no one."""
    # the credit ends at a comma or a full stop (`어수봉 최저임금위원장. 이상돈 … 지적하자`); a name's Hanja goes
    tokens = _HANJA.sub("", _CREDIT_END.split(credit)[0]).split()
    when = next((k for k, t in enumerate(tokens) if any(c.isdigit() for c in t)), len(tokens))
    tokens = tokens[:when]  # the date and the occasion after the post (`22일 국회 브리핑`)
    # a foreign name of two or three words the article gives (`트레이 힐만 SK 감독`)
    known = next((key for n in (3, 2) if len(tokens) > n - 1
                  and (key := find_person(cast, " ".join(tokens[:n]))) is not None), None)
    if known is not None:
        return known
    at = next((k for k, t in enumerate(tokens) if name_shaped(t)), None)
    lead: list[str] = []
    if at is None and len(tokens) == 2 and _body_or_title(tokens[0]) and _foreign_one_word(tokens[1]):
        at = 1  # `(현대캐피탈 수니아스, 6일 …)`: a club, then a foreign player's one-word name
    if at is not None and 0 < at <= 2 and all(_body_or_title(t) for t in tokens[:at]):
        # `(흥국생명 차해원 감독, 5일 …)`, `(대한항공 세터 한선수, …)`: the body (and a title) before the name
        lead, tokens = tokens[:at], tokens[at:]
    elif not tokens or not (_credited_name(tokens[0], len(tokens) > 1) or _lone_name(tokens)):
        return None
    found = find_person(cast, tokens[0])
    if found is not None:
        return found
    rest = [t for t in lead + tokens[1:] if t not in TITLE_MODIFIERS]
    post: tuple[str | None, str] | None = None
    body_words: list[str] = []
    if tokens[1:]:  # a post after the name (`김철수 의원`, `차해원 감독`)
        post = split_title(rest[-1]) if rest else None
        if rest and not post:
            return None  # `(김철수 제공)`, `(김철수 사진)`: no post, no credit of words
        body_words = rest[:-1]
    elif rest:  # the body before the name, its title last if it has one (`대한항공 세터 한선수`)
        post = split_title(rest[-1])
        if post != (None, rest[-1]):
            post = None
        body_words = rest[:-1] if post else rest
    title = post[1] if post else None
    # (a committee's chair names the committee: `어수봉 최저임금위원장` → 최저임금위원회)
    body = " ".join(body_words + ([post[0]] if post and post[0] else [])) or (fused_body(title) if title else None)
    return cast.add(Participant(name=tokens[0], title=title, organization=body, first_offset=span.start, mentions=1))


def _credited_name(token: str, post_after: bool) -> bool:
    """A name at the head of a credit (a name may end like a body's or a seat's before a post: `서영교`,
    `윤재갑 의원`)."""
    return name_shaped(token, body_ending=post_after) or (
        post_after and 3 <= len(token) <= 4 and token[0] in SURNAMES_1 and bool(HANGUL_WORD.match(token)))


def _foreign_one_word(token: str) -> bool:
    """A word of Hangul that may be a foreign person's whole name in a credit (`수니아스`): no title, no place,
    nothing the gazetteer knows as other than a person, no Korean name's shape."""
    return bool(HANGUL_WORD.match(token)) and len(token) >= 2 and split_title(token) is None \
        and token not in PLACES and gazetteer().get(token, "PER") == "PER" and not name_shaped(token) \
        and looks_transliterated(token)


def _lone_name(tokens: list[str]) -> bool:
    """A credit of a name alone that ends like a body's (`(이경원)`: 원), which the gazetteer knows as no body."""
    return len(tokens) == 1 and name_shaped(tokens[0], body_ending=True) and gazetteer().get(tokens[0], "PER") == "PER"


def _body_or_title(token: str) -> bool:
    """A word of a credit before the name: a body's name (`흥국생명`, `KGC인삼공사`) or a title (`세터`)."""
    return not name_shaped(token) and (split_title(token) is not None or bool(_BODY_TOKEN.fullmatch(token)))


#: A body's name in a credit: Hangul, Latin letters or digits, no particle's shape needed.
_BODY_TOKEN = re.compile(r"[가-힣A-Za-z0-9&·]{2,20}")


#: A label of an unnamed voice alone before a quote on its line (`[해설] "…"`, `<녹취> "…"`).
#: A broadcast's label before the words on their line, after the mark of an interview or a recording
#: (`<인터뷰> 조범현(기아 감독) : “…”`, `<녹취> 어린이 팬 : “…”`): who speaks (group 1; group 2 is empty,
#: as the role of `TRANSCRIPT_LABEL` would be: the parenthesis is the people stage's to read).
_MARKED_LABEL = re.compile(r"[ \t]*[<〈\[(]\s*(?:(?:" + "|".join(CLIP_QUALIFIERS) + r")\s*)?(?:인터뷰|녹취|싱크|현장음)\s*[>〉\])]\s*([^\s:()<>\[\]“”\"][^:()<>\[\]“”\"\n]{0,20}?)"
                           r"\s*(?:\([^()\n]{1,30}\))?\s*:\s*()")
#: A speaker's label and a colon opening the line of their words, as a page sets a heated exchange
#: (`민주당 측: "…"`, `주진우: "…"`): Hangul words only (no time, no `Q:`), no verb before the colon (`말했다:`);
#: group 2 empty, as above.
_COLON_LABEL = re.compile(r"[ \t]*([가-힣]{1,10}(?: [가-힣]{1,10}){0,2}(?<![다요]))[ \t]*:[ \t]*()")
_VOICE_LABEL = re.compile(r"[ \t]*[\[<〈(]\s*(" + "|".join(BROADCAST_VOICES) + r")\s*[\]>〉)][ \t]*")


#: What may open a transcript's line before its quote (`- "우승을 한다면 …"`, under `▶ 인터뷰 : 이재영 / 흥국생명`).
_LINE_DASHES = " \t-–—·•"


def _transcript_speaker(text: str, span: QuoteSpan, cast: Cast) -> int | None:
    """`[김철수/서울시 주민 : "…"]`, `[NHK 뉴스 : "…"]`, or a label line above a line that opens
    with the quote, maybe after a dash (`(인터뷰) 마정훈 / 철근공` ⏎ `"…"`, `▶ 인터뷰 : 이재영 / 흥국생명` ⏎
    `- "…"`), blank lines between them or not: the label names the speaker."""
    line_start = text.rfind("\n", 0, span.start) + 1
    voice = _VOICE_LABEL.fullmatch(text, line_start, span.start)
    if voice:  # `[해설] "…"`, `<녹취> "…"`: an unnamed voice of the broadcast, no one named before
        return find_descriptor(cast, voice.group(1), "anonymous", span.start)
    match = _TRANSCRIPT.search(text[max(line_start, span.start - 80):span.start]) \
        or _MARKED_LABEL.fullmatch(text, line_start, span.start) \
        or _COLON_LABEL.fullmatch(text, line_start, span.start)
    if not match and line_start >= 1 and not text[line_start:span.start].strip(_LINE_DASHES):
        end = len(text[:line_start].rstrip())
        above = text.rfind("\n", 0, end) + 1
        match = LABEL_LINE.fullmatch(text, above, end)
        if match and not match.group(2) and text.count("\n", end, line_start) > 1:
            match = None  # blank lines part a label from the words only when it names a role (`신진관/마을 주민`)
    if not match:
        return None
    name = match.group(1).strip()
    role = (match.group(2) or "").strip() or None
    words = name.split()
    if role is None and len(words) >= 2 and name_shaped(words[0]) and split_title(words[-1]) is not None:
        name, role = words[0], " ".join(words[1:])  # `◀INT▶ 성봉섭 형사과장`: a name and a post, no slash
    for i, p in enumerate(cast.people):
        if p.kind != "merged" and (p.name == name or p.name.endswith(" " + name)):
            return i
    if name.endswith(ANONYMOUS_HEADS) and not name_shaped(name.split()[-1]):
        # `[구청 관계자 : "…"]`: an unnamed source, as `구청 관계자는` would be in running text
        return find_descriptor(cast, name, "anonymous", span.start)
    kind: ParticipantKind
    if name_shaped(name, allow_two=True) and role:
        kind = "person"
    elif re.search(r"[A-Za-z]", name) or name.split()[-1].endswith(_LABEL_BODY_ENDINGS) \
            or name.split()[-1] in ORG_SPEAKERS:
        kind = "org"  # `[NHK 뉴스 : "…"]`, `[한빛대/교수 : "…"]`
    else:
        return find_descriptor(cast, name, "anonymous", span.start)  # `◀ SYNC ▶ 광역버스 기사`
    return cast.add(Participant(name=name, title=role if kind == "person" else None, kind=kind,
                                first_offset=span.start, mentions=1))
