"""Reading the texts to mine: files, directories and standard input.

Bytes are decoded strictly in one declared encoding (UTF-8 by default, a BOM
is dropped). There is no fallback: a byte that is not valid stops the run
with the file name and byte offset, before anything is stored.

Large files are read in blocks cut at blank lines, so mining takes bounded
memory whatever the input size.
"""

from __future__ import annotations

import codecs
import hashlib
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import DecodeError, InputError

if TYPE_CHECKING:
    from .mining import Occurrence

TEXT_SUFFIXES = (".txt", ".md")
BLOCK_BYTES = 1 << 20
STDIN = "-"


@dataclass(frozen=True)
class Source:
    """Something to mine: a file path, or ``-`` for standard input."""

    name: str  # the path as the user gave it (or as found under a directory)
    path: Path | None  # None for standard input or text given in memory
    data: bytes | None = None  # the bytes, when there is no path to read again

    @classmethod
    def from_bytes(cls, name: str, data: bytes) -> Source:
        return cls(name, None, data)


def collect(paths: Iterable[str]) -> list[Source]:
    """Expand the user's paths: directories recurse into ``*.txt`` and ``*.md``."""
    sources: list[Source] = []
    for given in paths:
        if given == STDIN:
            sources.append(Source.from_bytes(STDIN, sys.stdin.buffer.read()))
            continue
        path = Path(given)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in TEXT_SUFFIXES
                           and p.is_file())
            if not found:
                raise InputError(f"{given}: no .txt or .md files in this directory")
            sources += [Source(str(p), p) for p in found]
        elif path.is_file():
            sources.append(Source(given, path))
        elif path.exists():
            raise InputError(f"{given}: not a regular file")
        else:
            raise InputError(f"{given}: no such file or directory")
    return sources


def _raw_chunks(source: Source) -> Iterator[bytes]:
    if source.path is None:
        data = source.data or b""
        for start in range(0, len(data), BLOCK_BYTES):
            yield data[start : start + BLOCK_BYTES]
        return
    try:
        with open(source.path, "rb") as handle:
            while chunk := handle.read(BLOCK_BYTES):
                yield chunk
    except OSError as error:
        raise InputError(f"{source.name}: {error.strerror or error}") from error


def _codec(encoding: str) -> str:
    try:
        name = codecs.lookup(encoding).name
    except LookupError as error:
        raise InputError(f"unknown encoding: {encoding}") from error
    return "utf-8-sig" if name == "utf-8" else name


def decoded_blocks(source: Source, encoding: str = "utf-8") -> Iterator[tuple[int, str]]:
    """Yield ``(character offset, text)`` blocks of a source, cut at blank lines.

    Raises :class:`DecodeError` naming the byte offset of the first bad byte,
    and :class:`InputError` for binary or empty input.
    """
    codec = _codec(encoding)
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    consumed = 0  # bytes fed to the decoder before the current chunk
    offset = 0  # characters already yielded
    pending = ""
    empty = True
    for chunk in _raw_chunks(source):
        if b"\x00" in chunk and "16" not in codec and "32" not in codec:
            where = consumed + chunk.index(b"\x00")
            raise InputError(f"{source.name}: looks binary (NUL byte at offset {where})")
        empty = empty and not chunk
        try:
            pending += decoder.decode(chunk)
        except UnicodeDecodeError as error:
            raise DecodeError(source.name, encoding, consumed + _chunk_offset(error, chunk),
                              error.reason) from None
        consumed += len(chunk)
        if len(pending) > BLOCK_BYTES // 4 and (cut := _block_end(pending)) > 0:
            yield offset, pending[:cut]
            offset += cut
            pending = pending[cut:]
    try:
        pending += decoder.decode(b"", final=True)
    except UnicodeDecodeError as error:
        raise DecodeError(source.name, encoding, consumed - len(error.object) + error.start,
                          error.reason) from None
    if empty:
        raise InputError(f"{source.name}: empty file")
    if pending:
        yield offset, pending


def _block_end(text: str) -> int:
    """Where to cut a block: after a blank line, else after a line break that no
    bracket follows (a term and its gloss may sit on two lines), else after a
    space once the text is long; 0 when there is no safe place yet."""
    cut = text.rfind("\n\n", 0, len(text) - 1)
    if cut >= 0:
        return cut + 2
    cut = len(text) - 1
    while (cut := text.rfind("\n", 0, cut)) >= 0:
        if text[cut + 1] not in "([（［【":
            return cut + 1
    if len(text) > BLOCK_BYTES:
        return text.rfind(" ", 0, len(text) - 1) + 1
    return 0


def _chunk_offset(error: UnicodeDecodeError, chunk: bytes) -> int:
    # The decoder prepends bytes it kept from the previous chunk to the
    # object it reports, so count back from the end of this chunk.
    return len(chunk) - (len(error.object) - error.start)


def fingerprint(source: Source, encoding: str = "utf-8") -> str:
    """SHA-256 of the decoded text; also proves the whole source decodes."""
    digest = hashlib.sha256()
    for _, block in decoded_blocks(source, encoding):
        digest.update(block.encode("utf-8"))
    return digest.hexdigest()


def mine_source(source: Source, encoding: str = "utf-8") -> Iterator[Occurrence]:
    """Mine a file block by block; offsets are those of the whole text."""
    from dataclasses import replace

    from .mining import mine

    for offset, block in decoded_blocks(source, encoding):
        for found in mine(block, source.name):
            yield replace(found, paren_start=found.paren_start + offset,
                          term_start=found.term_start + offset,
                          term_end=found.term_end + offset) if offset else found


def read_text(source: Source, encoding: str = "utf-8") -> str:
    """The whole decoded text of a source (for documents a user reads at once)."""
    return "".join(block for _, block in decoded_blocks(source, encoding))
