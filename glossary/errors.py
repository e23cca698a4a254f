"""The small family of exceptions the library raises.

The CLI maps every :class:`GlossaryError` to a one-line message and exit code 1.
Every one of them pickles (with its fields), so that errors raised in worker
processes or on a cluster arrive intact.

>>> import pickle
>>> error = pickle.loads(pickle.dumps(DecodeError("가.txt", "cp949", 7, "illegal multibyte "
...                                                "sequence", line=2)))
>>> str(error), error.offset, error.line
('가.txt: not valid cp949 at byte 7, line 2 (illegal multibyte sequence)', 7, 2)
"""

from __future__ import annotations

from typing import Any


class GlossaryError(Exception):
    """Base class for every error kozh reports to its user."""


class InputError(GlossaryError):
    """A source could not be read: missing, binary, empty or undecodable."""


class EmptyInputError(InputError):
    """A source that holds nothing: no bytes, or a byte-order mark alone."""


class DecodeError(InputError):
    """Bytes that are not valid in the declared encoding.

    Carries the file name and the byte offset of the first bad byte so the
    user can find it.
    """

    def __init__(self, name: str, encoding: str, offset: int, reason: str,
                 line: int = 0, likely: str = "") -> None:
        self.name, self.encoding, self.offset, self.reason = name, encoding, offset, reason
        self.line, self.likely = line, likely
        # Korean and Chinese files that are not UTF-8 are most often in these.
        hint = ("; if the file is in another encoding, name it (cp949, gb18030, big5, or auto)"
                if encoding.replace("_", "-").lower() in ("utf-8", "utf8") else "")
        if hint and likely:
            hint += f": it reads as {likely}"
        super().__init__(f"{self.where}{hint}")

    @classmethod
    def of(cls, name: str, encoding: str, data: bytes, error: UnicodeDecodeError,
           likely: str = "") -> DecodeError:
        """The error for ``data`` that ``error`` stopped decoding, with its
        line; ``likely``, the encoding it seems to be in, if known."""
        return cls(name, encoding, error.start, error.reason,
                   data.count(b"\n", 0, error.start) + 1, likely)

    @property
    def where(self) -> str:
        """The file, the byte, its line and why, without advice on encodings."""
        line = f", line {self.line}" if self.line else ""
        return f"{self.name}: not valid {self.encoding} at byte {self.offset}{line} ({self.reason})"

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self.name, self.encoding, self.offset, self.reason, self.line,
                            self.likely)


class TermbaseError(GlossaryError):
    """The termbase file cannot be opened or written."""


class FormatError(GlossaryError):
    """An import file is malformed or unsafe (with file and line when known)."""


class ExportError(GlossaryError):
    """An entry cannot be written in the requested format."""


class NotFoundError(GlossaryError):
    """The termbase holds no such pair (or concept)."""


class InvalidPairError(GlossaryError):
    """A pair given without a Korean or without a Chinese term."""


class AmbiguousError(GlossaryError):
    """A term names several pairs where one was meant (the message names them)."""


class ConflictError(GlossaryError):
    """Someone else decided about this pair since it was shown; nothing was changed."""
