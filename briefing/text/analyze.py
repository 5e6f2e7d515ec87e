"""Analyze: split an article body into sentences (with offsets and morphemes) using one shared Kiwi.

Kiwi is loaded once per process, without the typo and multi-word dictionaries the pipeline does not
use (that halves its load time). The default dictionary (proper nouns from Wikipedia and Namuwiki)
stays: without it Kiwi splits names (`최병환` → 최/병/환) and the participants change. Sentences are
split paragraph by paragraph; a split that falls inside a quotation, or right before a quotative
ending (`”라고 말했다`), is undone so that quotes come out whole.

Speed (see benchmarks/README.md): every paragraph of a batch goes to Kiwi in one streamed call, so
Kiwi's worker threads analyse the next paragraphs while this thread builds the sentences (and, in
`compose.build_briefings`, extracts from the articles already done).
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ..errors import env_number
from ..models import Morpheme, Sentence

if TYPE_CHECKING:
    from kiwipiepy import Kiwi, Token

_kiwi: Kiwi | None = None
_kiwi_lock = threading.Lock()

#: Paragraphs longer than this (characters) are cut at whitespace before Kiwi sees them, which keeps
#: memory and time bounded on pathological input (a 10,000-character run without punctuation).
MAX_PARAGRAPH_CHARS = 4000

#: How Kiwi is built: only the dictionaries the pipeline needs. Benchmarks load the same.
KIWI_OPTIONS: dict[str, bool] = {"load_typo_dict": False, "load_multi_dict": False}


def kiwi_workers() -> int:
    """Kiwi's worker threads: BRIEFING_KIWI_WORKERS, else -1 (one per core)."""
    value = env_number("BRIEFING_KIWI_WORKERS", whole=True, least=-1)
    return -1 if value is None else int(value)


def get_kiwi() -> Kiwi:
    """The process-wide Kiwi instance, loaded on first use (model included: Kiwi itself defers
    building its model to the first analysis, which would otherwise land in someone's timing)."""
    global _kiwi
    if _kiwi is None:
        with _kiwi_lock:
            if _kiwi is None:
                from kiwipiepy import Kiwi

                before = _threads()
                kiwi = Kiwi(num_workers=kiwi_workers(), **KIWI_OPTIONS)
                kiwi.tokenize("")
                _lower_priority(_threads() - before)  # the worker threads Kiwi started
                _kiwi = kiwi
    return _kiwi


#: How much lower than the thread that loads it Kiwi's worker threads run (a `nice` step). In a batch
#: the calling thread extracts each article Kiwi hands back while the workers analyse the next ones;
#: on a machine with fewer cores than threads, an equal share would leave the extraction of the last
#: articles to run alone after the workers finish. At a lower priority the workers take the time the
#: extraction leaves, and a batch ends sooner (≈ 7 % on two cores, benchmarks/README.md).
WORKER_NICE = 5


def _threads() -> set[int]:
    """The ids of this process's threads (Linux; elsewhere none)."""
    try:
        return {int(t) for t in os.listdir("/proc/self/task")}
    except (OSError, ValueError):
        return set()


def _lower_priority(threads: set[int]) -> None:
    """Run `threads` WORKER_NICE steps below the calling thread (raising a thread's nice value needs
    no privilege; where the system refuses, they stay as they are)."""
    try:
        nice = min(19, os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) + WORKER_NICE)
    except (OSError, AttributeError):
        return
    for tid in threads:
        try:
            os.setpriority(os.PRIO_PROCESS, tid, nice)
        except OSError:
            pass


#: Kiwi's ids below this are no dictionary entries but one placeholder per tag: a noun it did not
#: know and guessed (`크바라츠헬리아` NNP, `잰코스키` NNG), a foreign word, a number, a symbol.
_FIRST_ENTRY_ID = 64


def guessed(token: Token) -> bool:
    """Kiwi did not know this noun: its tag's placeholder, not a dictionary entry."""
    return token.id < _FIRST_ENTRY_ID and token.tag in ("NNG", "NNP")


_CONTINUATION = re.compile(r"^(?:라고|이라고|고|라며|이라며|며|면서|라면서|이라면서|하고|하며|란|이란|는|은|라는|이라는)\b|^[,)\]]")


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each non-empty line, long lines cut at whitespace; in a script wrapped by hand
    (`_hard_wrapped`), a line that stops inside its sentence runs on into the next (the line break read
    as a space, so offsets still point into `text`)."""
    out: list[tuple[int, str]] = []
    for line_start, body in _lines(text):
        while len(body) > MAX_PARAGRAPH_CHARS:
            cut = body.rfind(" ", 0, MAX_PARAGRAPH_CHARS)
            cut = cut if cut > MAX_PARAGRAPH_CHARS // 2 else MAX_PARAGRAPH_CHARS
            out.append((line_start, body[:cut]))
            skipped = len(body[cut:]) - len(body[cut:].lstrip())
            line_start, body = line_start + cut + skipped, body[cut:].lstrip()
        if body:
            out.append((line_start, body))
    return out


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each non-empty line, stripped; the lines of a hand-wrapped script joined where
    a sentence runs on (`_runs_on`), the line breaks between them turned into spaces."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if line.strip():
            lead = len(line) - len(line.lstrip())
            lines.append((start + lead, line.strip()))
    if not _hard_wrapped(lines):
        return lines
    joined: list[tuple[int, str]] = []
    for start, body in lines:
        if joined and _runs_on(joined[-1][1], body):
            first = joined[-1][0]
            joined[-1] = (first, text[first:start + len(body)].replace("\n", " "))
        else:
            joined.append((start, body))
    return joined


#: The last word of a line that stops inside its sentence: a particle or a form that needs what follows
#: (`대구 지하철 참사가`, `세월은 흘렀지만 유족들은`, `길게 울리는 사이렌 소리 속에`, `머리에 띠를 두르고`).
_RUNS_ON = re.compile(r"(?:[가-힣](?:[은는이가을를에의와과로도고며서한된던진인할]|하는|있는|으로|에서|에게|부터|까지|보다|지만|는데|면서))$")
#: A script is wrapped by hand when at least this many of its lines, and this share of them, run on.
_WRAPPED_LINES, _WRAPPED_SHARE = 4, 0.15


def _hard_wrapped(lines: list[tuple[int, str]]) -> bool:
    """A broadcast script wrapped by hand at a fixed width (`… 추모식에 불참한 김범일` | `대구 시장을
    원망했습니다.`): enough of its lines stop inside a sentence (`_RUNS_ON`); a story's headline, list or
    credit lines that end on such a word now and then do not make one."""
    running = sum(1 for _, body in lines if _RUNS_ON.search(body))
    return running >= _WRAPPED_LINES and running >= _WRAPPED_SHARE * len(lines)


def _runs_on(line: str, following: str) -> bool:
    """Whether `line` of a hand-wrapped script runs on into `following`: it ends on a Hangul word that ends
    no sentence (`… 불참한 김범일` | `대구 시장을 원망했습니다.`; not `… 보돕니다`, nor after a mark) and the
    next line goes on in words (Hangul, a number, Latin letters: `구속된 38살 이 모 씨와` | `36살 전 모 씨가`;
    not a label, a bullet or a quotation: `[윤석기-…]`, `◀SYN▶`, `"…"`)."""
    return not _ENDED.search(line) and not line.endswith(_SENTENCE_ENDINGS) and bool(following) \
        and ("가" <= following[0] <= "힣" or following[0].isascii() and following[0].isalnum())


#: The last syllables of a sentence's predicate, written without a full stop (`… 보돕니다`, `… 했어요`).
_SENTENCE_ENDINGS = ("다", "요", "죠", "까")


def _open_quote(text: str) -> bool:
    """True when a quotation opened in `text` is not closed in it."""
    if text.count("“") > text.count("”"):
        return True
    return text.count('"') % 2 == 1


def analyze(text: str) -> list[Sentence]:
    """Split `text` into `Sentence`s with character offsets into `text` and Kiwi morphemes."""
    return analyze_many([text])[0]


def analyze_many(texts: Sequence[str]) -> list[list[Sentence]]:
    """Analyze several article bodies in one Kiwi call (Kiwi may use its worker threads)."""
    return [sentences for _, sentences, _ in analyze_stream(texts)]


def analyze_stream(texts: Sequence[str], titles: Sequence[str | None] | None = None
                   ) -> Iterator[tuple[int, list[Sentence], list[Morpheme] | None]]:
    """`(i, sentences, title morphemes)` for each text, in order, as soon as Kiwi has analysed it.

    One streamed Kiwi call covers every paragraph (and title) of every text: Kiwi's worker threads
    run ahead on the paragraphs that follow while the caller works on what is yielded. Title
    morphemes (offsets into the title) are None when `titles` is not given or the title is empty.
    """
    jobs: list[str] = []
    plan: list[tuple[bool, list[tuple[int, str]]]] = []  # per text: has a title job, its paragraphs
    for i, text in enumerate(texts):
        title = titles[i] if titles is not None else None
        paragraphs = _paragraphs(text)
        if title:
            jobs.append(title)
        jobs.extend(para for _, para in paragraphs)
        plan.append((bool(title), paragraphs))
    results = iter(get_kiwi().tokenize(jobs, split_sents=True)) if jobs else iter(())
    for i, (has_title, paragraphs) in enumerate(plan):
        title_morphs = None
        if has_title:
            title_morphs = [Morpheme(t.form, t.tag, t.start, t.len) for sent in next(results) for t in sent]
        sentences: list[Sentence] = []
        for pi, (offset, para) in enumerate(paragraphs):
            _add_sentences(sentences, pi, offset, para, next(results))
        for index, sentence in enumerate(sentences):
            sentence.index = index
        yield i, sentences, title_morphs


#: How a sentence ends: a mark (`.`, `?`, `…`, a closing quotation mark or bracket), or anything but a
#: Hangul syllable (a list's `△`, a credit's `/`).
_ENDED = re.compile(r"[.!?…。\"”'’)\]】>»]\s*$|[^가-힣\s]\s*$")


def _unfinished(text: str) -> bool:
    """A piece Kiwi ended inside a sentence of the same paragraph: its last word is Hangul with no
    mark after it (`가격을 이리저리 살펴보다` | `가격 때문에 내려놓았다.`, `… 열어 두자` | `달러화가 …`), or a
    parenthesis is left open (`… 삼았다.(` | `… 점퍼스였다)`)."""
    return not _ENDED.search(text) or text.count("(") > text.count(")")


def _carry_opening_quotes(sents: list) -> list:
    """Kiwi's sentences of a paragraph, with the quoted words that open a sentence moved to it from the
    end of the one before, where Kiwi leaves them (`… 첫 티샷을 한다. ‘골프 황제’` | `타이거 우즈와 …`;
    `… 가득한 공간. “하루키와 …”` | `이라고 말했다.`): after the last full stop, a space and nothing but
    a span in quotation marks. The paragraph's last sentence keeps what it ends with. `sents` itself
    when nothing moves (most paragraphs)."""
    out = sents
    for i in range(len(sents) - 1):
        tokens = out[i]
        if not tokens or tokens[-1].tag != "SSC":
            continue
        k = len(tokens) - 1
        while k >= 0 and tokens[k].tag != "SF":
            k -= 1
        if 0 <= k < len(tokens) - 2 and tokens[k + 1].tag == "SSO" and tokens[k + 1].start > tokens[k].end:
            out = list(out) if out is sents else out
            out[i], out[i + 1] = tokens[:k + 1], list(tokens[k + 1:]) + list(out[i + 1])
    return out


def _add_sentences(out: list[Sentence], pi: int, offset: int, para: str, sents: list) -> None:
    """Append the sentences of one paragraph (Kiwi's token lists, one per sentence) to `out`."""
    M = Morpheme
    pieces: list[tuple[int, int, list[Morpheme]]] = []
    if len(sents) > 1:
        sents = _carry_opening_quotes(sents)
    for tokens in sents:
        morphs = [M(t.form, t.tag, offset + t.start, t.len, guessed(t)) for t in tokens]
        start, end = tokens[0].start, tokens[-1].end
        if pieces:
            prev_start, prev_end, prev_m = pieces[-1]
            rest = para[start:end]
            prev = para[prev_start:prev_end]
            if _open_quote(prev) or _CONTINUATION.match(rest) or rest[:1] in "”\"’" or _unfinished(prev):
                pieces[-1] = (prev_start, end, prev_m + morphs)
                continue
        pieces.append((start, end, morphs))
    if not pieces:
        pieces = [(0, len(para), [])]
    # Kiwi may leave characters between sentences; sentences cover the paragraph in order.
    for start, end, morphs in pieces:
        raw = para[start:end]
        sent_text = raw.strip()
        if not sent_text:
            continue
        s_start = offset + start + len(raw) - len(raw.lstrip())
        out.append(Sentence(index=0, text=sent_text, start=s_start, end=s_start + len(sent_text),
                            paragraph=pi, morphemes=morphs))
