"""WeasyPrint, locked down: a URL fetcher that serves only the package's own files, and rendering.

Importing WeasyPrint takes about a second, so only the PDF path imports this module (`-f json`,
`-f md` and `-f html` never do). Article text is escaped by the templates, so markup in an article
never becomes an element; `LocalFetcher` is the second wall: whatever a template (ours or a user's)
asks for, only files inside the allowed folders are read — never http(s), data:, ftp, or a file
elsewhere on the disk.
"""

from __future__ import annotations

import functools
import mimetypes
import os
import threading
import warnings
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from ..resources import FONTS_DIR

with warnings.catch_warnings():
    # Without the optional libharfbuzz-subset0, WeasyPrint warns on import that future versions will
    # require it; it still works (subsetting with fontTools, slower). The speed-up is documented in
    # benchmarks/README.md rather than repeated on every run.
    warnings.filterwarnings("ignore", message=".*HarfBuzz-Subset.*")
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration
    from weasyprint.urls import URLFetcher, URLFetcherResponse

__all__ = ["BlockedURL", "FontConfiguration", "LocalFetcher", "harfbuzz_subset_available", "weasyprint",
           "write_pdf"]



class BlockedURL(ValueError):
    """A resource outside the allowed folders was requested (WeasyPrint logs it and goes on)."""


class LocalFetcher(URLFetcher):
    """Serve `file:` URLs of regular files inside `roots`; refuse everything else.

    Paths are resolved (symlinks and `..` included) before the check, so neither traversal nor a
    symlink leads out of the allowed folders. Refused URLs are recorded in `refused`.
    """

    def __init__(self, roots: Iterable[str | Path]) -> None:
        super().__init__(timeout=1, allowed_protocols={"file"}, allow_redirects=False,
                         fail_on_errors=False)
        self.roots = tuple(Path(r).resolve() for r in roots)
        self.refused: list[str] = []
        self.served: list[Path] = []

    def local_path(self, url: str) -> Path | None:
        """The allowed file a URL names, or None when it must not be read."""
        try:
            parts = urlsplit(url)
        except ValueError:
            return None
        if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
            return None
        try:
            path = Path(url2pathname(parts.path)).resolve(strict=True)
        except (OSError, RuntimeError, ValueError):
            return None
        if not path.is_file() or not any(path.is_relative_to(root) for root in self.roots):
            return None
        return path

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
        """Return the file's bytes, or raise `BlockedURL` (no network, no other file is touched)."""
        path = self.local_path(url)
        if path is None:
            self.refused.append(url)
            raise BlockedURL(f"blocked: {url[:120]}")
        self.served.append(path)
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(path.as_uri(), path.read_bytes(), {"Content-Type": content_type})


def harfbuzz_subset_available() -> bool:
    """Whether WeasyPrint subsets fonts with libharfbuzz-subset (fast) rather than fontTools."""
    from weasyprint.text.ffi import harfbuzz, harfbuzz_subset

    return bool(harfbuzz_subset) and bool(harfbuzz.hb_version_atleast(4, 1, 0))


_EPOCH_LOCK = threading.Lock()


@functools.cache
def font_epoch() -> int:
    """The shipped fonts' own date (`head.modified`) as a Unix time: the date their subsets carry."""
    from fontTools.misc.timeTools import epoch_diff
    from fontTools.ttLib import TTFont

    with TTFont(FONTS_DIR / "NotoSansKR-Regular.ttf", lazy=True) as font:
        return int(font["head"].modified + epoch_diff)


def write_pdf(document: weasyprint.Document) -> bytes:
    """The PDF bytes of a laid-out document, the same on every run and machine state.

    WeasyPrint embeds a subset of each font. With libharfbuzz-subset the subset keeps the font's own
    `head.modified`; without it WeasyPrint subsets with fontTools, which stamps the current time there
    unless `SOURCE_DATE_EPOCH` is set (reproducible-builds.org). So, unless the caller set it, it is set
    to the fonts' own date for the duration of the write: both subsetters then give fonts dated alike,
    and two renders a second apart give the same bytes. (The document's own dates come from the
    template's `dcterms.created`, i.e. the article, never from the clock.)
    """
    epoch = str(font_epoch())
    with _EPOCH_LOCK:
        if "SOURCE_DATE_EPOCH" in os.environ:
            return document.write_pdf()
        os.environ["SOURCE_DATE_EPOCH"] = epoch
        try:
            return document.write_pdf()
        finally:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
