"""A corpus in one file too large to hold whole, read from the file a document at a time.

:func:`glossary.corpus.text_parts` cuts a long plain text held in memory into
documents, :func:`glossary.corpus.wiki_documents` a wikiextractor file and
:func:`glossary.corpus.jsonl_documents` a JSONL corpus. A file of more than
:data:`STREAM_BYTES` is cut the same way without ever being held whole: read
through once to check it (UTF-8 throughout, no NUL byte; a wikiextractor
file or a JSONL corpus cut into its documents, and refused there with the
line at fault, before anything is stored), then cut as it is read again,
into the same documents. Any other file (an HTML page, another encoding) is
read whole, as every file is, and refused or guessed there. Memory then
stays flat however large the file.
"""

from __future__ import annotations

import bz2
import codecs
import gzip
import hashlib
import io
import lzma
import os
import tempfile
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from .corpus import (
    LARGE_TEXT,
    PART,
    WIKI_CLOSE,
    CorpusFormat,
    is_wiki,
    jsonl_documents,
    part_end,
    wiki_blocks,
)
from .errors import InputError
from .model import Document
from .text.markup import guess_format

# A file larger than this on disk (a compressed one: four times its size)
# is read a document at a time, never whole: a plain text past it holds far
# more than LARGE_TEXT characters anyway.
STREAM_BYTES = 1 << 26
READ_SIZE = 1 << 22  # bytes read at a time
TEXT, WIKI, JSONL = "text", "wiki", "jsonl"  # what a file streamed is


class _NotText(ValueError):
    """A NUL byte: binary, or UTF-16 without its mark, which reading whole tells apart."""


_CORRUPT = (OSError, EOFError, lzma.LZMAError, UnicodeDecodeError, _NotText)


def streamed_kind(path: Path, compression: str, corpus: CorpusFormat, label: str, *,
                  jsonl: bool = False, least: int = STREAM_BYTES, name: str = "") -> str:
    """What the file at ``path`` (``compression`` one of gzip, bz2, lzma or
    '') is when it is read a document at a time: a plain text of more than
    :data:`LARGE_TEXT` characters (:data:`TEXT`), a wikiextractor file
    (:data:`WIKI`) or, ``jsonl``, a JSONL corpus (:data:`JSONL`), in UTF-8
    and larger on disk than ``least`` bytes; '' for any other file. A
    wikiextractor file or a JSONL corpus is read through into documents, and
    refused (:class:`InputError`, labelled ``label``) if it cannot be.
    ``name``, if given, is the file's name to tell its markup by (standard
    input's, written to a temporary file)."""
    try:
        if path.stat().st_size * (4 if compression else 1) <= least \
                or corpus.markup not in ("auto", "text"):
            return ""
        if jsonl:
            for _ in _jsonl(path, compression, "", label, corpus):
                pass
            return JSONL
        pieces = _decoded(path, compression)
        head = next((piece for piece in pieces if piece), "")
        if is_wiki(head):
            for _ in wiki_blocks(_wiki_blocks(chain([head], pieces)), "", label, TEXT):
                pass
            return WIKI
        if corpus.markup == "auto" and guess_format(name or path.name, head) != TEXT:
            return ""
        return TEXT if len(head) + sum(map(len, pieces)) > LARGE_TEXT else ""
    except _CORRUPT:
        return ""  # read whole, as any file is: refused there, with the reason


def streamed_documents(path: Path, compression: str, kind: str, doc_id: str, label: str,
                       corpus: CorpusFormat) -> Iterator[Document]:
    """The documents of a file :func:`streamed_kind` found to be ``kind``,
    read from it a document at a time."""
    try:
        if kind == JSONL:
            yield from _jsonl(path, compression, doc_id, label, corpus)
        elif kind == WIKI:
            yield from wiki_blocks(_wiki_blocks(_decoded(path, compression)), doc_id, label,
                                   TEXT)
        else:
            for number, text in enumerate(_parts(_decoded(path, compression), PART), 1):
                yield Document(f"{doc_id}#{number}", text, label=f"{label}#{number}")
    except _CORRUPT as error:
        raise InputError(f"{label}: changed while it was read ({error})") from error


def opened(path: Path, compression: str) -> io.BufferedIOBase:
    """The file's bytes to read, decompressed as ``compression`` (gzip, bz2,
    lzma or '') says."""
    if compression == "gzip":
        return gzip.open(path, "rb")
    if compression == "bz2":
        return bz2.open(path, "rb")
    if compression == "lzma":
        return lzma.open(path, "rb")
    return path.open("rb")


def spooled(stream: io.BufferedIOBase | BinaryIO) -> tuple[bytes, Path | None, str]:
    """Standard input or a pipe (``stream``), held whole when it is no larger than
    :data:`STREAM_BYTES`: (its bytes, None, ''); else written as it comes to
    a temporary file (in ``TMPDIR``), which the caller reads a document at a
    time as any large file and removes: (b'', the file, the SHA-256 of its
    bytes without a UTF-8 byte order mark, as the text's id is made).
    Memory then stays flat however much is piped in."""
    head = b""
    while len(head) <= STREAM_BYTES and (chunk := stream.read(STREAM_BYTES + 1 - len(head))):
        head += chunk  # (a pipe may give less than asked before its end)
    if len(head) <= STREAM_BYTES:
        return head, None, ""
    digest = hashlib.sha256(head.removeprefix(codecs.BOM_UTF8))
    handle, name = tempfile.mkstemp(prefix="kozh-stdin-")
    try:
        with os.fdopen(handle, "wb") as spool:
            spool.write(head)
            del head
            while chunk := stream.read(READ_SIZE):
                spool.write(chunk)
                digest.update(chunk)
    except BaseException:
        os.unlink(name)
        raise
    return b"", Path(name), digest.hexdigest()


def _decoded(path: Path, compression: str) -> Iterator[str]:
    """The file's text, :data:`READ_SIZE` bytes at a time, as UTF-8 (a BOM dropped)."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    with opened(path, compression) as stream:
        while chunk := stream.read(READ_SIZE):
            if b"\0" in chunk:
                raise _NotText(chunk.index(b"\0"))
            yield decoder.decode(chunk)
    yield decoder.decode(b"", final=True)


def _parts(pieces: Iterable[str], size: int) -> Iterator[str]:
    """The parts :func:`glossary.corpus.text_parts` cuts the text of
    ``pieces`` into (of more than :data:`LARGE_TEXT` characters)."""
    text = ""
    for piece in pieces:
        text += piece
        while len(text) > size:
            end = part_end(text, 0, size)
            yield text[:end]
            text = text[end:]
    if text:
        yield text


def _wiki_blocks(pieces: Iterable[str]) -> Iterator[str]:
    """The text of ``pieces`` in blocks that end right after a ``</doc>``."""
    text = ""
    for piece in pieces:
        text += piece
        last = text.rfind(WIKI_CLOSE)
        if last >= 0:
            end = last + len(WIKI_CLOSE)
            yield text[:end]
            text = text[end:]
    if text:
        yield text


def _lines(path: Path, compression: str) -> Iterator[str]:
    """The file's lines, cut at line feeds only, as UTF-8 (a BOM dropped)."""
    with opened(path, compression) as stream:
        codec = "utf-8-sig"
        for raw in stream:
            if b"\0" in raw:
                raise _NotText(raw.index(b"\0"))
            yield raw.decode(codec).removesuffix("\n")
            codec = "utf-8"


def _jsonl(path: Path, compression: str, doc_id: str, label: str,
           corpus: CorpusFormat) -> Iterator[Document]:
    markup = corpus.markup if corpus.markup != "auto" else TEXT
    return jsonl_documents(_lines(path, compression), doc_id, label, corpus, markup)
