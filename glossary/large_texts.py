"""A corpus in one file too large to hold whole, read from the file a document at a time.

:func:`glossary.corpus.text_parts` cuts a long plain text held in memory into
documents, and :func:`glossary.corpus.jsonl_documents` a JSONL corpus. A file
of more than :data:`STREAM_BYTES` is cut the same way without ever being held
whole: read through once to check it (UTF-8 throughout, no NUL byte; a plain
text with no wikiextractor ``<doc>`` or HTML start; a JSONL corpus every line
of which is a document, else refused there with its line), then cut as it is
read again, into the same documents. Any other file is read whole, as every
file is, and refused or guessed there. Memory then stays flat however large
the file.
"""

from __future__ import annotations

import bz2
import codecs
import gzip
import io
import lzma
from collections.abc import Iterator
from pathlib import Path

from .corpus import LARGE_TEXT, PART, CorpusFormat, is_wiki, jsonl_documents, part_end
from .errors import InputError
from .model import Document
from .text.markup import guess_format

# A file larger than this on disk (a compressed one: four times its size)
# is read in parts, never whole: a text past it holds far more than
# LARGE_TEXT characters anyway.
STREAM_BYTES = 1 << 26
READ_SIZE = 1 << 22  # bytes read at a time


class _NotText(ValueError):
    """A NUL byte: binary, or UTF-16 without its mark, which reading whole tells apart."""


_CORRUPT = (OSError, EOFError, lzma.LZMAError, UnicodeDecodeError, _NotText)


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
    if not _large(path, compression, least) or markup not in ("auto", "text"):
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


def _large(path: Path, compression: str, least: int) -> bool:
    try:
        return path.stat().st_size * (4 if compression else 1) > least
    except OSError:
        return False


def _lines(path: Path, compression: str) -> Iterator[str]:
    """The file's lines, cut at line feeds only, as UTF-8 (a BOM dropped)."""
    with _opened(path, compression) as stream:
        codec = "utf-8-sig"
        for raw in stream:
            if b"\0" in raw:
                raise _NotText(raw.index(b"\0"))
            yield raw.decode(codec).removesuffix("\n")
            codec = "utf-8"


def streamable_jsonl(path: Path, compression: str, doc_id: str, label: str,
                     corpus: CorpusFormat, *, least: int = STREAM_BYTES) -> bool:
    """Is the file at ``path`` a JSONL corpus in UTF-8 larger on disk than
    ``least`` bytes? Every line is read as a document, so that a line that
    is none is refused now, with its line, before anything is stored."""
    if not _large(path, compression, least):
        return False
    try:
        for _ in _jsonl(path, compression, doc_id, label, corpus):
            pass
    except _CORRUPT:
        return False  # read whole, as any file is: refused there, with the reason
    return True


def streamed_jsonl(path: Path, compression: str, doc_id: str, label: str,
                   corpus: CorpusFormat) -> Iterator[Document]:
    """The documents of a JSONL corpus, read from the file a line at a time."""
    try:
        yield from _jsonl(path, compression, doc_id, label, corpus)
    except _CORRUPT as error:
        raise InputError(f"{label}: changed while it was read ({error})") from error


def _jsonl(path: Path, compression: str, doc_id: str, label: str,
           corpus: CorpusFormat) -> Iterator[Document]:
    markup = corpus.markup if corpus.markup != "auto" else "text"
    return jsonl_documents(_lines(path, compression), doc_id, label, corpus, markup)
