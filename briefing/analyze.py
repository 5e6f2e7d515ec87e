"""Analyze: split an article body into sentences (with offsets and morphemes) using one shared Kiwi.

Kiwi is loaded once per process, without the typo and multi-word dictionaries the pipeline does not
use (that halves its load time). Sentences are split paragraph by paragraph; a split that falls
inside a quotation, or right before a quotative ending (`”라고 말했다`), is undone so that quotes
come out whole.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .models import Morpheme, Sentence

if TYPE_CHECKING:
    from kiwipiepy import Kiwi

_kiwi: Kiwi | None = None
_kiwi_lock = threading.Lock()

#: Paragraphs longer than this (characters) are cut at whitespace before Kiwi sees them, which keeps
#: memory and time bounded on pathological input (a 10,000-character run without punctuation).
MAX_PARAGRAPH_CHARS = 4000


def get_kiwi() -> Kiwi:
    """The process-wide Kiwi instance (loaded on first use)."""
    global _kiwi
    if _kiwi is None:
        with _kiwi_lock:
            if _kiwi is None:
                from kiwipiepy import Kiwi

                workers = int(os.environ.get("BRIEFING_KIWI_WORKERS", "") or -1)
                _kiwi = Kiwi(num_workers=workers, load_typo_dict=False, load_multi_dict=False)
    return _kiwi


_CONTINUATION = re.compile(r"^(?:라고|이라고|고|라며|이라며|며|면서|라면서|이라면서|하고|하며|란|이란|는|은|라는|이라는)\b|^[,)\]]")


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each non-empty line, long lines cut at whitespace."""
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        lead = len(line) - len(line.lstrip())
        line_start, body = start + lead, line.strip()
        while len(body) > MAX_PARAGRAPH_CHARS:
            cut = body.rfind(" ", 0, MAX_PARAGRAPH_CHARS)
            cut = cut if cut > MAX_PARAGRAPH_CHARS // 2 else MAX_PARAGRAPH_CHARS
            out.append((line_start, body[:cut]))
            skipped = len(body[cut:]) - len(body[cut:].lstrip())
            line_start, body = line_start + cut + skipped, body[cut:].lstrip()
        if body:
            out.append((line_start, body))
    return out


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
    kiwi = get_kiwi()
    jobs: list[tuple[int, int, int, str]] = []  # (text index, paragraph index, offset, paragraph)
    for ti, text in enumerate(texts):
        for pi, (offset, para) in enumerate(_paragraphs(text)):
            jobs.append((ti, pi, offset, para))
    results: list[list[Sentence]] = [[] for _ in texts]
    if not jobs:
        return results
    split = kiwi.split_into_sents([j[3] for j in jobs], return_tokens=True)
    for (ti, pi, offset, para), sents in zip(jobs, split):
        pieces: list[tuple[int, int, list[Morpheme]]] = []
        for s in sents:
            morphs = [Morpheme(t.form, t.tag, offset + t.start, t.len) for t in (s.tokens or [])]
            start, end = s.start, s.end
            if pieces:
                prev_start, prev_end, prev_m = pieces[-1]
                prev_text = para[prev_start:prev_end]
                rest = para[start:end]
                if _open_quote(prev_text) or _CONTINUATION.match(rest) or rest[:1] in "”\"’":
                    pieces[-1] = (prev_start, end, prev_m + morphs)
                    continue
            pieces.append((start, end, morphs))
        if not pieces:
            pieces = [(0, len(para), [])]
        # Kiwi may leave characters between sentences; sentences cover the paragraph in order.
        for start, end, morphs in pieces:
            sent_text = para[start:end].strip()
            if not sent_text:
                continue
            lead = len(para[start:end]) - len(para[start:end].lstrip())
            s_start = offset + start + lead
            results[ti].append(
                Sentence(index=0, text=sent_text, start=s_start, end=s_start + len(sent_text),
                         paragraph=pi, morphemes=morphs)
            )
    for sentences in results:
        for i, sentence in enumerate(sentences):
            sentence.index = i
    return results
