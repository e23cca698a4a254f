"""What the user names to read, and its text: files, folders walked for the
files kozh reads, standard input and pipes; their bytes (decompressed),
decoded strictly; and a file's identity, its canonical path."""

from __future__ import annotations

import codecs
import hashlib
import lzma
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from ..errors import DecodeError, EmptyInputError, InputError
from ..formats.base import bom_encoding
from ..large_texts import opened, spooled
from ..office import docx_text, is_office
from ..text.encodings import LEGACY, likely_encoding, utf16_without_bom

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".wiki", ".wikitext")
COMPRESSED = {".gz": "gzip", ".bz2": "bz2", ".xz": "lzma"}
CORPUS_SUFFIXES = (".jsonl",)
STDIN = "-"


@dataclass(frozen=True)
class SourceFile:
    """Something to read: a file path, or the bytes of standard input."""

    label: str  # the path as the user gave it (or as found under a directory)
    path: Path | None  # None for standard input
    data: bytes | None = None
    found: bool = False  # found walking a directory, not named by the user
    # Standard input too large to hold: the temporary file it was written to,
    # and the SHA-256 of its text (see large_texts.spooled).
    spool: Path | None = None
    digest: str = ""


def printable(name: str) -> str:
    """A file name as text that can be shown and stored: bytes that are not
    UTF-8 (kept by the OS as surrogates) are written as escapes.

    >>> printable(os.fsdecode(b"caf\\xe9-\\xeb\\xa7\\x88.txt"))
    'caf\\\\xe9-마.txt'
    """
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def collect(paths: Iterable[str], stdin: bytes | BinaryIO | None = None, *,
            spool: bool = False) -> list[SourceFile]:
    """Expand the user's paths: directories recurse into the files kozh reads
    (text, markup, JSON lines, compressed, and wikiextractor's ``wiki_00``).
    ``-`` reads ``stdin`` (bytes, or a stream; the process's standard input
    when None), and a named pipe (a shell's ``<(xzcat corpus.xz)``) is read as
    it is: whole, or, with ``spool``, into a temporary file when it is too
    large to hold (:func:`~glossary.large_texts.spooled`). Each is named by
    its content, as standard input is, for a pipe's name names no text."""
    sources: list[SourceFile] = []
    for given in paths:
        if given == STDIN:
            stream = sys.stdin.buffer if stdin is None else stdin
            sources.append(SourceFile(STDIN, None, stream) if isinstance(stream, bytes)
                           else _piped(STDIN, stream, spool))
            continue
        path = Path(given)
        if path.is_dir():
            found = sorted(p for p in _files_under(path) if _readable(p))
            if not found:
                raise InputError(f"{printable(given)}: no .txt, .md, .docx, .jsonl, compressed "
                                 "or wikiextractor files in this directory")
            sources += [SourceFile(printable(str(p)), p, found=True) for p in found]
        elif path.is_file():
            sources.append(SourceFile(printable(given), path))
        elif path.exists() and stat.S_ISFIFO(path.stat().st_mode):
            with path.open("rb") as stream:
                sources.append(_piped(printable(given), stream, spool))
        elif path.exists():
            raise InputError(f"{printable(given)}: not a regular file")
        else:
            raise InputError(f"{printable(given)}: no such file or directory")
    return sources


def _piped(label: str, stream: BinaryIO, spool: bool) -> SourceFile:
    """What is read from ``stream`` (standard input or a pipe), labelled ``label``."""
    if not spool:
        return SourceFile(label, None, stream.read())
    data, spooled_to, digest = spooled(stream)
    return SourceFile(label, None, data, spool=spooled_to, digest=digest)


def _files_under(folder: Path) -> Iterator[Path]:
    """The files in ``folder`` and its subfolders, as ``folder.rglob("*")``
    and ``is_file()`` find them (links to files taken, links to folders not
    followed, a folder that may not be read left out), without a look at
    each file: the folder's listing says which entries are files."""
    folders = [folder]
    while folders:
        try:
            with os.scandir(folders.pop()) as listing:
                entries = list(listing)
        except PermissionError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                folders.append(Path(entry.path))
            elif entry.is_file():
                yield Path(entry.path)


def _readable(path: Path) -> bool:
    """A file a directory's walk takes: by its suffix, or, without one, by
    how it starts (wikiextractor names its files wiki_00, wiki_01 …)."""
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES or suffix in COMPRESSED or suffix in CORPUS_SUFFIXES \
            or is_office(path.name):
        return True
    if suffix:
        return False
    try:
        with path.open("rb") as head:
            start = head.read(64)
    except OSError:
        return False
    return start.removeprefix(codecs.BOM_UTF8).lstrip().startswith(b"<doc ")


def read_bytes(source: SourceFile) -> bytes:
    """The bytes of a source; .gz, .bz2 and .xz files are decompressed."""
    if source.path is None and source.spool is None:
        return source.data or b""
    path = source.path or source.spool
    assert path is not None
    try:
        with opened(path, compression(path)) as stream:
            return stream.read()
    except (OSError, EOFError, lzma.LZMAError) as error:
        reason = getattr(error, "strerror", None) or error
        raise InputError(f"{source.label}: cannot read ({reason})") from error


BYTE_ORDER_MARKS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
ZIP_MAGIC = b"PK\x03\x04"  # a workbook's first bytes: no text to decode


def codec_name(encoding: str) -> str:
    try:
        name = codecs.lookup(encoding).name
    except LookupError as error:
        raise InputError(f"unknown encoding: {encoding}") from error
    return "utf-8-sig" if name == "utf-8" else name


# The encoding that reads UTF-8 (or what a byte order mark names), else the
# legacy encoding the bytes read best in (cp949, gb18030, big5), or UTF-16
# without its mark: for a folder of files saved over the years.
AUTO = "auto"


def decode(source: SourceFile, encoding: str = "utf-8",
           guessed: list[str] | None = None) -> str:
    """The text of a source, or an :class:`InputError` that says where it is not
    text; a Word document's (.docx) is the text of its body. With ``encoding``
    :data:`AUTO`, a file that is not UTF-8 is read in the encoding it reads
    best in, and ``guessed`` is told so (``a.txt: not UTF-8, read as cp949``)."""
    codec_name("utf-8" if encoding == AUTO else encoding)  # an unknown one before any read
    data = read_bytes(source)
    if not data or data in BYTE_ORDER_MARKS:
        raise EmptyInputError(f"{source.label}: empty file")
    if source.path is not None and is_office(source.path.name):
        return docx_text(data, source.label)
    return decode_bytes(source, data, encoding, guessed)


def decode_bytes(source: SourceFile, data: bytes, encoding: str = "utf-8",
                 guessed: list[str] | None = None, korean: bool = False) -> str:
    """:func:`decode` of the bytes read from ``source`` (named in errors);
    ``korean`` when they are known to hold Korean (see :func:`likely_encoding`)."""
    auto = encoding == AUTO
    if auto:
        encoding = "utf-8"
    codec = codec_name(encoding)
    if codec == "utf-8-sig" and (marked := bom_encoding(data)):
        codec = encoding = marked  # Notepad's and Excel's "Unicode": UTF-16 with its BOM
    nul = data.find(b"\x00")
    if nul >= 0 and "16" not in codec and "32" not in codec:
        utf16 = utf16_without_bom(data)
        if auto and utf16:
            return _read_as(source, data, utf16, guessed)
        hint = (f"; if it is UTF-16 text without a byte order mark, name its encoding:"
                f" --encoding {utf16}" if utf16 else "")
        raise InputError(f"{source.label}: looks binary (NUL byte at offset {nul}){hint}")
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        likely = likely_encoding(data, korean)
        if auto and likely:
            return _read_as(source, data, likely, guessed)
        tried = f"{encoding} (nor {', '.join(LEGACY)})" if auto else encoding
        raise DecodeError.of(source.label, tried, data, error, likely) from None


def _read_as(source: SourceFile, data: bytes, codec: str, guessed: list[str] | None) -> str:
    """``data`` read in the encoding it was found to read in, and ``guessed`` told."""
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        raise DecodeError.of(source.label, codec, data, error) from None
    notice = f"{source.label}: not UTF-8, read as {codec}"
    if guessed is not None and notice not in guessed:
        guessed.append(notice)
    return text


def document_id(source: SourceFile, content: bytes | str, name: str | None = None) -> str:
    """A file's canonical path; for standard input, ``name`` or the content's hash."""
    if source.path is not None:
        return file_id(source.path)
    if name:
        return name
    data = content.encode("utf-8") if isinstance(content, str) else content
    return stdin_id(hashlib.sha256(data).hexdigest())


def stdin_id(digest: str) -> str:
    """The id of a text read from standard input with no name, by the SHA-256 of its text."""
    return f"stdin:{digest[:16]}"


def file_id(path: Path) -> str:
    """A file's canonical path, as ``path.resolve()`` gives it, in a fraction
    of the time for a folder of many files: a file that is no link is its
    folder's canonical path and its name, and a folder is resolved once."""
    if path.is_symlink():
        return printable(os.path.normpath(path.resolve()))
    return printable(os.path.join(_resolved_folder(str(path.parent)), path.name))


@lru_cache(maxsize=1024)
def _resolved_folder(folder: str) -> str:
    return os.path.normpath(os.path.realpath(folder))


def forget_resolved_folders() -> None:
    """Resolve folders anew: a link to one may point elsewhere since."""
    _resolved_folder.cache_clear()


def compression(path: Path) -> str:
    """How the file is compressed, by its suffix (gzip, bz2, lzma), or ''."""
    return COMPRESSED.get(path.suffix.lower(), "")


def plain_name(path: Path) -> str:
    """The file's name without the suffix of its compression, in lower case."""
    name = path.name.lower()
    for suffix in COMPRESSED:
        name = name.removesuffix(suffix)
    return name
