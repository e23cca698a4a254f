"""The small family of exceptions the library raises.

The CLI maps every :class:`GlossaryError` to a one-line message and exit code 1.
Every one of them pickles (with its fields), so that errors raised in worker
processes or on a cluster arrive intact.

>>> import pickle
>>> error = pickle.loads(pickle.dumps(DecodeError("a.txt", "utf-8", 7, "invalid start byte")))
>>> str(error), error.offset
('a.txt: not valid utf-8 at byte 7 (invalid start byte)', 7)
"""

from __future__ import annotations

from typing import Any


class GlossaryError(Exception):
    """Base class for every error kozh reports to its user."""


class InputError(GlossaryError):
    """A source could not be read: missing, binary, empty or undecodable."""


class DecodeError(InputError):
    """Bytes that are not valid in the declared encoding.

    Carries the file name and the byte offset of the first bad byte so the
    user can find it.
    """

    def __init__(self, name: str, encoding: str, offset: int, reason: str) -> None:
        self.name, self.encoding, self.offset, self.reason = name, encoding, offset, reason
        super().__init__(f"{name}: not valid {encoding} at byte {offset} ({reason})")

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self.name, self.encoding, self.offset, self.reason)


class TermbaseError(GlossaryError):
    """The termbase file cannot be opened or written."""


class FormatError(GlossaryError):
    """An import file is malformed or unsafe (with file and line when known)."""


class ExportError(GlossaryError):
    """An entry cannot be written in the requested format."""


class NotFoundError(GlossaryError):
    """The termbase holds no such pair (or concept)."""


class ConflictError(GlossaryError):
    """Someone else decided about this pair since it was shown; nothing was changed."""
