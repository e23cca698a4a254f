"""The small family of exceptions the library raises.

The CLI maps every :class:`GlossaryError` to a one-line message and exit code 1.
"""

from __future__ import annotations


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
        self.name, self.encoding, self.offset = name, encoding, offset
        super().__init__(f"{name}: not valid {encoding} at byte {offset} ({reason})")


class TermbaseError(GlossaryError):
    """The termbase file cannot be opened or written."""


class FormatError(GlossaryError):
    """An import file is malformed or unsafe (with file and line when known)."""


class ExportError(GlossaryError):
    """An entry cannot be written in the requested format."""
