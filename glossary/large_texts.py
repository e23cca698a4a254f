"""A corpus in one plain-text file too large to hold whole, read from the file in parts.

:func:`glossary.corpus.text_parts` cuts a long text held in memory into
documents. A file of more than :data:`STREAM_BYTES` is cut the same way
without ever being held whole: read through once to check it (UTF-8
throughout, no NUL byte, no wikiextractor ``<doc>`` or HTML start; any other
file is read whole, as every file is, and refused or guessed there), then cut
as it is read again, into the same parts at the same places. Memory then
stays flat however large the file.
"""

from __future__ import annotations

import bz2
import codecs
import gzip
import io
import lzma
from collections.abc import Iterator
from pathlib import Path

from .corpus import LARGE_TEXT, PART, is_wiki, part_end
from .errors import InputError
from .model import Document
from .text.markup import guess_format

# A file larger than this on disk (a compressed one: four times its size)
# is read in parts, never whole: a text past it holds far more than
# LARGE_TEXT characters anyway.
STREAM_BYTES = 1 << 26
READ_SIZE = 1 << 22  # bytes read at a time
_CORRUPT = (OSError, EOFError, lzma.LZMAError, UnicodeDecodeError)


def _opened(path: Path, compression: str) -> io.BufferedIOBase:
    if compression == "gzip":
        return gzip.open(path, "rb")
    if compression == "bz2":
        return bz2.open(path, "rb")
    if compression == "lzma":
        return lzma.open(path, "rb")
    return path.open("rb")


def streamable(path: Path, compression: str, markup: str, *, least: int = STREAM_BYTES) -> bool:
    """Is the file at ``path`` (``compression`` one of gzip, bz2, lzma or '')
    plain UTF-8 text of more than :data:`LARGE_TEXT` characters, larger on
    disk than ``least`` bytes, with ``markup`` auto or text?"""
    try:
        size = path.stat().st_size * (4 if compression else 1)
    except OSError:
        return False
    if size <= least or markup not in ("auto", "text"):
        return False
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    characters = 0
    try:
        with _opened(path, compression) as stream:
            while chunk := stream.read(READ_SIZE):
                text = decoder.decode(chunk)
                if b"\0" in chunk or not characters and (is_wiki(text) or markup == "auto"
                                                         and guess_format(path.name, text)
                                                         != "text"):
                    return False
                characters += len(text)
            characters += len(decoder.decode(b"", final=True))
    except _CORRUPT:
        return False  # read whole, as any file is: refused there, with the reason
    return characters > LARGE_TEXT


def streamed_parts(path: Path, compression: str, doc_id: str, label: str,
                   size: int = PART) -> Iterator[Document]:
    """The parts :func:`glossary.corpus.text_parts` cuts the file's text
    into, read from the file a part at a time."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    text, number = "", 1
    try:
        with _opened(path, compression) as stream:
            while True:
                chunk = stream.read(READ_SIZE)
                text += decoder.decode(chunk, final=not chunk)
                while len(text) > size:
                    end = part_end(text, 0, size)
                    yield Document(f"{doc_id}#{number}", text[:end], label=f"{label}#{number}")
                    text, number = text[end:], number + 1
                if not chunk:
                    break
    except _CORRUPT as error:
        raise InputError(f"{label}: changed while it was read ({error})") from error
    if text:
        yield Document(f"{doc_id}#{number}", text, label=f"{label}#{number}")
