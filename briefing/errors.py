"""The project's own error types: everything a user can cause ends in one of these."""


class BriefingError(Exception):
    """Base class: a problem with the input or the environment, reported as one line."""


class InputError(BriefingError):
    """An input could not be read or is not an article (missing, empty, binary, malformed)."""


class RenderError(BriefingError):
    """An output could not be produced or written."""


class UsageError(RenderError):
    """The options cannot work together (exit code 2): `-f pdf -o -` for several articles, an output
    path that is an input."""
