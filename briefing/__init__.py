"""briefing: Korean news articles into one-page briefings (PDF, Markdown, JSON).

Library first: `build_briefing(article)` makes a `Briefing`; the renderers in `briefing.render`
and `briefing.pdf` turn it into output; `briefing.cli` is a thin click layer over them.
"""

from .batch import build
from .compose import build_briefing, build_briefings
from .errors import BriefingError, InputError, RenderError
from .models import Article, Briefing, Participant, Quote, RankedSentence, Sentence
from .sources.ingest import article_from_text, read_article
from .version import __version__


def __getattr__(name: str):
    """`briefing.build_digest` and `briefing.Digest` load the digest module (and numpy) on first use."""
    if name in ("build_digest", "Digest"):
        from .digest import merge as digest

        return getattr(digest, name)
    raise AttributeError(f"module 'briefing' has no attribute {name!r}")

__all__ = [
    "Article",
    "Briefing",
    "BriefingError",
    "Digest",
    "InputError",
    "Participant",
    "Quote",
    "RankedSentence",
    "RenderError",
    "Sentence",
    "__version__",
    "article_from_text",
    "build",
    "build_briefing",
    "build_briefings",
    "build_digest",
    "read_article",
]
