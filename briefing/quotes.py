"""Quotes: find direct quotations (“…”, "…") and attribute each one to its speaker.

A span in double quotation marks is a quote when it is reported speech: a quotative ending follows
(`”라고`, `”며`, `”고 말했다`), or it stands as a sentence of its own, or a speaker follows
(`“…” 조동현 감독의 말이다`). A short span used as a noun (`“AI 정부”라는 구호`, `“OO법”을 통과`) is a
term in quotation marks, not speech. Single quotation marks (‘…’, '…') never make a quote.

Speakers, in order of preference: a subject before the quote in the same clause (`최 회장은 아울러
“…”`), a subject after it (`“…”라고 전제한 차 감독은`, `“…”고 ○○○ 대변인은 말했다`), a transcript
label (`[이름/직함 : "…"]`), then the previous speaker (`이어 “…”`, `그는 “…”`, a bare follow-on
quote), and for a lead quote that opens the story, the next person who speaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import QUOTATIVE_ENDINGS
from .models import Quote, Sentence
from .participants import Cast, Mention

_ENDINGS = tuple(sorted(QUOTATIVE_ENDINGS, key=len, reverse=True))
_NOUN_USE = re.compile(r"^(?:이라는|라는|이란|란|을|를|이|가|의|에|에서|와|과|로|으로|도|은|는|처럼|까지|만)(?=\s|$|[,.])")
_TRANSCRIPT = re.compile(r"\[\s*([^\[\]/:\n]{1,30}?)\s*(?:/\s*([^\[\]:\n]{1,30}?))?\s*:\s*$")


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
    """Every balanced “…” and "…" pair, paragraph by paragraph; nested marks stay inside."""
    spans: list[QuoteSpan] = []
    pos = 0
    for line in text.split("\n"):
        spans.extend(_spans_in_line(line, pos))
        pos += len(line) + 1
    return spans


def _spans_in_line(line: str, offset: int) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    depth, open_at = 0, -1
    straight_open = -1
    for i, ch in enumerate(line):
        if ch == "“":
            if depth == 0:
                open_at = i
            depth += 1
        elif ch == "”" and depth > 0:
            depth -= 1
            if depth == 0:
                out.append(QuoteSpan(offset + open_at, offset + i + 1, offset + open_at + 1, offset + i))
        elif ch == '"' and depth == 0:
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


def is_speech(text: str, span: QuoteSpan) -> bool:
    """Whether a quotation-mark span is reported speech rather than a term in quotes."""
    inner = text[span.inner_start:span.inner_end].strip()
    if not inner or not re.search(r"[가-힣A-Za-z0-9]", inner):
        return False
    after = text[span.end:span.end + 12]
    after_stripped = after.lstrip()
    if after.startswith(_ENDINGS) or after_stripped.startswith(("라고", "이라고", "고 ", "며 ")):
        return True
    long_enough = len(inner) >= 20 or bool(re.search(r"[다요죠까][.!?]?$", inner))
    if _NOUN_USE.match(after):
        return len(inner) >= 40 and bool(re.search(r"[다요][.!?]?$", inner))
    return long_enough or len(inner.split()) >= 3


def extract_quotes(text: str, sentences: list[Sentence], spans: list[QuoteSpan], cast: Cast) -> list[Quote]:
    """Attribute each speech span to a participant; returns quotes with `speaker` = participant index."""
    quotes: list[Quote] = []
    speech = [s for s in spans if is_speech(text, s)]
    sentence_of = _sentence_locator(sentences)
    last_key: int | None = None
    last_end = -1
    pending_lead: list[Quote] = []
    for span in speech:
        idx = sentence_of(span.start)
        sentence = sentences[idx]
        clause_start = max(sentence.start, last_end if last_end > sentence.start else sentence.start)
        key = _transcript_speaker(text, span, cast)
        if key is None:
            key = _subject_in(cast.mentions, clause_start, span.start, before=True)
        if key is None:
            key = _speaker_after(text, cast.mentions, span, sentence)
        if key is None and last_key is not None:
            key = _newer_subject(cast.mentions, last_end, span.start) or last_key
        if key is None:
            key = _newer_subject(cast.mentions, -1, span.start)
        quote = Quote(text=text[span.inner_start:span.inner_end].strip(), sentence=idx,
                      start=span.inner_start, end=span.inner_end,
                      speaker=None if key is None else str(key))
        if key is None:
            pending_lead.append(quote)
        else:
            for lead in pending_lead:
                lead.speaker = str(key)
            pending_lead = []
            last_key = key
        last_end = span.end
        quotes.append(quote)
    return quotes


def _sentence_locator(sentences: list[Sentence]):
    starts = [s.start for s in sentences]

    def locate(offset: int) -> int:
        lo, hi = 0, len(starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if starts[mid] <= offset:
                lo = mid + 1
            else:
                hi = mid
        return max(0, lo - 1)

    return locate


def _is_subject(m: Mention) -> bool:
    return m.particle in ("은", "는", "이", "가", "께서", "께서는", "측은", "도", "은요") or m.particle == ""


def _resolve(m: Mention, mentions: list[Mention]) -> int | None:
    """A pronoun resolves to the last person mentioned before it."""
    if m.kind != "pronoun":
        return m.key
    for prev in reversed([x for x in mentions if x.start < m.start and x.kind == "person"]):
        return prev.key
    return None


def _subject_in(mentions: list[Mention], start: int, end: int, *, before: bool) -> int | None:
    """The speaker slot in [start, end): the last topic (은/는), else the last subject (이/가)."""
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    for particles in (("은", "는", "께서는", "측은", "은요"), ("이", "가", "께서", "도")):
        cands = [m for m in inside if m.particle in particles]
        if cands:
            person = [m for m in cands if m.kind in ("person", "pronoun")]
            pick = (person or cands)[-1]
            if pick.kind == "pronoun":
                return None  # `그는 “…”`: the previous speaker carries over
            return _resolve(pick, mentions)
    return None


def _speaker_after(text: str, mentions: list[Mention], span: QuoteSpan, sentence: Sentence) -> int | None:
    """`“…”라고 전제한 차 감독은`, `“…” 조동현 감독의 말이다`, `“…”고 ○○○ 대변인은 말했다`."""
    end = sentence.end
    nxt_quote = text.find("“", span.end, end)
    if nxt_quote != -1:
        end = nxt_quote
    after = [m for m in mentions if span.end <= m.start < end]
    for m in after:
        if m.particle in ("은", "는", "이", "가", "께서", "께서는", "측은"):
            return _resolve(m, mentions)
        if m.particle == "의" and text[m.end:m.end + 6].lstrip().startswith(("말", "설명", "얘기", "이야기", "주장")):
            return _resolve(m, mentions)
    return None


def _newer_subject(mentions: list[Mention], after: int, before: int) -> int | None:
    """A person who became the topic between the previous quote and this one (`조 감독은 … . “…”`)."""
    cands = [m for m in mentions if after < m.start < before and m.particle in ("은", "는", "이", "가")
             and m.kind == "person"]
    return cands[-1].key if cands else None


def _transcript_speaker(text: str, span: QuoteSpan, cast: Cast) -> int | None:
    """`[김철수/서울시 주민 : "…"]`, `[NHK 뉴스 : "…"]`: the label names the speaker."""
    line_start = text.rfind("\n", 0, span.start) + 1
    match = _TRANSCRIPT.search(text[line_start:span.start])
    if not match:
        return None
    from .models import Participant

    name = match.group(1).strip()
    role = (match.group(2) or "").strip() or None
    for i, p in enumerate(cast.people):
        if p.name == name or p.name.endswith(" " + name):
            return i
    kind = "person" if re.fullmatch(r"[가-힣]{2,4}", name) and role else "org"
    return cast.add(Participant(name=name, title=role if kind == "person" else None, kind=kind,
                                first_offset=span.start))
