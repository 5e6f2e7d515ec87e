"""Inputs: what `build` and `digest` are given (files, folders, URLs, feed files, OPML lists) read into
articles, with one `(path, reason)` for everything left out.

Files and folders are read here (`ingest`); URLs, feeds and OPML lists go to `fetch.load_sources` in
one call, so that they are fetched side by side under one deadline and come back in the order given.
A setting that cannot work (`UsageError`) stops the run, since every input would fail the same; any
other input that cannot be read is left out and named.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import BriefingError, UsageError
from ..models import Article
from .ingest import FEED_SUFFIXES, distinct, expand_inputs, is_url, left_out, read_article


def is_source(item: str) -> bool:
    """A URL, or a feed or OPML file: read through `fetch`."""
    return is_url(item) or item.lower().endswith(FEED_SUFFIXES)


def read_inputs(inputs: list[str], *, skip_guid: Callable[[str], bool] | None = None,
                progress: Callable[[int, int], None] | None = None,
                budget: float | None = None) -> tuple[list[Article], list[tuple[str, str]]]:
    """The articles of `inputs` (the files first, in the order given, then what the URLs, feeds and
    OPML lists hold) and `(path, reason)` for each input or entry left out.

    `skip_guid`, `progress` (entries fetched, of how many) and `budget` (seconds, else
    `BRIEFING_RUN_BUDGET`) go to `fetch.load_sources`.
    """
    articles: list[Article] = []
    skipped: list[tuple[str, str]] = []
    files: list[str] = []
    remote: list[str] = []
    given = {Path(item).resolve() for item in inputs if not is_url(item)}  # not "left out" of a folder
    for item in inputs:
        try:
            expanded = [item] if is_source(item) else expand_inputs([item])
        except BriefingError as exc:
            skipped.append((item, str(exc)))
            continue
        for x in expanded:
            (remote if is_source(x) else files).append(x)
        if not is_source(item) and Path(item).is_dir():
            skipped.extend((p, why) for p, why in left_out(item) if Path(p).resolve() not in given)
    for path in distinct(files):
        try:
            articles.append(read_article(path))
        except UsageError:
            raise
        except BriefingError as exc:
            skipped.append((path, str(exc)))
    if remote:
        from dataclasses import replace

        from .fetch import FetchOptions, load_sources

        options = FetchOptions.from_env()
        if budget:
            options = replace(options, budget=budget)
        loaded, failed = load_sources(distinct(remote), skip=skip_guid, progress=progress, options=options)
        articles.extend(loaded)
        skipped.extend(failed)
    return articles, skipped
