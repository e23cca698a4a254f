"""The one way text enters kozh: sources → documents → mined documents → store.

:func:`read_documents` turns the user's paths (files, directories, ``-`` for
standard input) into :class:`~glossary.model.Document` records; mining each
is :func:`glossary.mining.mine_document`, a pure function; storing each is
one transaction of the termbase. ``kozh mine``, ``kozh import`` and the
Python API all go through here.

A document's identity is its canonical path (resolved, normalized), so
``a.txt``, ``./a.txt``, a symlink and an absolute path are one document; text
from standard input is named by ``--name`` or by its content. Bytes are
decoded strictly in one declared encoding (UTF-8 by default, a BOM is
dropped). There is no fallback: a byte that is not valid stops the run with
the file name and byte offset, before anything is stored.

>>> docs = list(read_documents(["-"], stdin="마윈(馬雲)".encode()))
>>> docs[0].id, docs[0].text
('stdin:5bc6ee4e91a0f70e', '마윈(馬雲)')
"""

from __future__ import annotations

import codecs
import hashlib
import lzma
import os
import stat
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from .corpus import CorpusFormat, is_wiki, jsonl_documents, text_parts, wiki_documents
from .errors import DecodeError, EmptyInputError, InputError
from .formats import ReadReport, read_entries
from .formats.base import bom_encoding
from .large_texts import opened, spooled, streamed_documents, streamed_kind
from .mining import (
    Correspondences,
    analyzer_versions,
    combine,
    learn,
    mine_record,
    mining_versions,
    seed,
)
from .mining.pair_kind import infer_kind
from .model import (
    Concept,
    Document,
    MinedDocument,
    Status,
    StoreResult,
    TermbaseCurator,
    TermbaseWriter,
)
from .office import docx_text, is_office
from .text.encodings import LEGACY, likely_encoding, utf16_without_bom
from .text.markup import guess_format

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".wiki", ".wikitext")
COMPRESSED = {".gz": "gzip", ".bz2": "bz2", ".xz": "lzma"}
CORPUS_SUFFIXES = (".jsonl",)
STDIN = "-"
# Texts decoded to check them are kept for mining up to this many characters
# in all; past it they are decoded again, so that memory stays bounded.
KEEP_DECODED = 1 << 26


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
        with opened(path, _compression(path)) as stream:
            return stream.read()
    except (OSError, EOFError, lzma.LZMAError) as error:
        reason = getattr(error, "strerror", None) or error
        raise InputError(f"{source.label}: cannot read ({reason})") from error


_BYTE_ORDER_MARKS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
ZIP_MAGIC = b"PK\x03\x04"  # a workbook's first bytes: no text to decode


def _codec(encoding: str) -> str:
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
    _codec("utf-8" if encoding == AUTO else encoding)  # an unknown one before any read
    data = read_bytes(source)
    if not data or data in _BYTE_ORDER_MARKS:
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
    codec = _codec(encoding)
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
    return f"stdin:{hashlib.sha256(data).hexdigest()[:16]}"


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


def split_documents(source: SourceFile, text: str, doc_id: str,
                    corpus: CorpusFormat) -> Iterator[Document]:
    """The documents in one file's text: each <doc> of a wikiextractor file,
    each line of a JSONL corpus, else the whole file."""
    label = source.label if source.path is not None else doc_id
    # Standard input goes by the --name given it (corpus.jsonl, notes.md), if any.
    name = _plain_name(source.path or Path(source.label if source.label != STDIN else ""))
    markup = corpus.markup if corpus.markup != "auto" else guess_format(name, text)
    if is_wiki(text):
        yield from wiki_documents(text, doc_id, label,
                                  "text" if corpus.markup == "auto" else markup)
    elif name.endswith(CORPUS_SUFFIXES):
        yield from jsonl_documents(text.split("\n"), doc_id, label, corpus,
                                   corpus.markup if corpus.markup != "auto" else "text")
    elif markup == "text":
        yield from text_parts(text, doc_id, label)  # one document, or a corpus in parts
    else:
        yield Document(doc_id, text, label=label, markup=markup)


def read_documents(paths: Iterable[str], encoding: str = "utf-8", *,
                   stdin_name: str | None = None, stdin: bytes | BinaryIO | None = None,
                   corpus: CorpusFormat = CorpusFormat(),
                   skipped: list[str] | None = None,
                   guessed: list[str] | None = None,
                   files: dict[str, set[str]] | None = None) -> Iterator[Document]:
    """The documents the user named, each once. Every source is decoded and
    cut into documents before the first is yielded, so a bad byte or a
    corpus line that cannot be read stops the run before anything is stored.
    An empty file found in a directory is no error (a folder of many files
    often holds one): it is left out, and its name appended to ``skipped``;
    an empty file named on its own is refused, as a mistake. With ``encoding``
    :data:`AUTO`, ``guessed`` learns which files were not UTF-8 (see :func:`decode`).
    ``files`` learns, as the documents are read, each file's id and what each
    of its documents adds to it ('' for the file itself, ``#7`` for an
    article or a part): see :func:`forget_vanished`. Standard input too
    large to hold is written to a temporary file, read as a large file is,
    and removed when the documents have been read (or reading stops)."""
    _resolved_folder.cache_clear()  # a link to a folder may point elsewhere since the last call
    sources = collect(paths, stdin, spool=True)
    try:
        yield from _documents_of(sources, encoding, stdin_name, corpus, skipped, guessed, files)
    finally:
        for source in sources:
            if source.spool is not None:
                source.spool.unlink(missing_ok=True)


def _documents_of(sources: list[SourceFile], encoding: str, stdin_name: str | None,
                  corpus: CorpusFormat, skipped: list[str] | None, guessed: list[str] | None,
                  files: dict[str, set[str]] | None) -> Iterator[Document]:
    """:func:`read_documents` of the sources :func:`collect` gave."""
    kept: dict[int, tuple[str, list[Document]]] = {}
    budget = KEEP_DECODED
    empty: set[int] = set()
    # A corpus in one file too large to hold, read a document at a time.
    streamed = {index: kind for index, source in enumerate(sources)
                if (kind := _streamed_kind(source, encoding, corpus,
                                           _given_name(source, stdin_name)))}
    # Each file's id, found once (a folder of many files costs a look at each).
    ids = {index: file_id(source.path) for index, source in enumerate(sources)
           if source.path is not None}
    _refuse_shared_ids(sources, ids, encoding, corpus, streamed)
    for index, source in enumerate(sources):
        if index in streamed:
            continue
        try:
            text = decode(source, encoding, guessed)
        except EmptyInputError:
            if not source.found:
                raise
            empty.add(index)
            if skipped is not None:
                skipped.append(source.label)
            continue
        doc_id, documents = _cut(source, text, stdin_name, corpus, ids.get(index))
        if len(text) <= budget:
            kept[index], budget = (doc_id, list(documents)), budget - len(text)
        else:
            for _ in documents:
                pass  # cut now to be refused now if cut badly; cut again in its turn
    seen: set[str] = set()
    for index, source in enumerate(sources):
        if index in empty:
            continue
        if index in streamed and source.spool is not None:  # standard input, spooled
            doc_id = _given_name(source, stdin_name) or f"stdin:{source.digest[:16]}"
            yield from streamed_documents(source.spool, "", streamed[index], doc_id, doc_id,
                                          corpus)
            continue
        if index in streamed and source.path is not None:
            doc_id = ids[index]
            if doc_id not in seen:
                seen.add(doc_id)
                yield from _noted(streamed_documents(
                    source.path, _compression(source.path), streamed[index], doc_id,
                    source.label, corpus), doc_id, files)
            continue
        doc_id, documents = (kept.pop(index) if index in kept
                             else _cut(source, decode(source, encoding, guessed), stdin_name,
                                       corpus, ids.get(index)))
        if doc_id in seen:  # the same file named twice on one command line
            continue
        seen.add(doc_id)
        yield from _noted(documents, doc_id, files if source.path is not None else None)


def _refuse_shared_ids(sources: list[SourceFile], ids: dict[int, str], encoding: str,
                       corpus: CorpusFormat, streamed: dict[int, str]) -> None:
    """Refuse, before anything is stored, a file that would give a document
    the id another file gives one: a file named ``wiki_00#7`` beside the
    wikiextractor file ``wiki_00``, whose seventh article is ``wiki_00#7`` too
    (so for a text's parts and a JSONL corpus's lines), whether both are read
    now or the other lies beside it (mined before, or to be). One would
    silently replace the other in the termbase. Only files whose id extends
    another's by ``#`` can meet, so only they are read for it: other runs
    cost a look at each folder's listing."""
    by_id = {name: index for index, name in ids.items()}
    meeting: set[int] = set()
    beside: dict[str, SourceFile] = {}  # files not read now that may meet one that is
    listings: dict[str, dict[str, list[str]]] = {}
    for name, index in by_id.items():
        for at, char in enumerate(name):
            if char == "#" and name[:at] in by_id:
                meeting |= {index, by_id[name[:at]]}
            elif char == "#" and os.path.isfile(name[:at]):
                meeting.add(index)
                beside[name[:at]] = SourceFile(printable(name[:at]), Path(name[:at]))
        folder, file_name = os.path.split(name)
        for other in _extending(folder, listings).get(file_name, ()):
            if os.path.join(folder, other) not in by_id:
                meeting.add(index)
                path = os.path.join(folder, other)
                beside[path] = SourceFile(printable(path), Path(path))
    owner: dict[str, SourceFile] = {}  # (those beside first: a file read now is at fault)
    read = [(source, _streamed_kind(source, encoding, corpus), True)
            for source in beside.values()]
    read += [(sources[index], streamed.get(index, ""), False) for index in sorted(meeting)]
    for source, kind, aside in read:
        for doc in _ids_of(source, kind, encoding, corpus, aside):
            first = owner.setdefault(doc, source)
            if first is not source:
                raise InputError(
                    f"{source.label}: gives the document {doc!r}, as {first.label} does;"
                    f" rename one of the files, or one would replace the other")


def _extending(folder: str, listings: dict[str, dict[str, list[str]]]) -> dict[str, list[str]]:
    """The names in ``folder`` that extend another name by ``#`` and more,
    by the names they extend (``wiki_00#7`` under ``wiki_00``): its listing
    read once."""
    if folder not in listings:
        try:
            names = [entry for entry in os.listdir(folder) if "#" in entry]
        except OSError:
            names = []
        listings[folder] = {}
        for entry in names:
            for at, char in enumerate(entry):
                if char == "#":
                    listings[folder].setdefault(entry[:at], []).append(entry)
    return listings[folder]


def _ids_of(source: SourceFile, kind: str, encoding: str, corpus: CorpusFormat,
            aside: bool) -> Iterator[str]:
    """The ids of the documents ``source`` gives (a file, ``kind`` as
    :func:`_streamed_kind` found it); none for a file beside those read now
    that cannot be read as text, which mining it would refuse anyway."""
    assert source.path is not None  # only files have ids
    file_name = file_id(source.path)
    try:
        documents = (streamed_documents(source.path, _compression(source.path), kind,
                                        file_name, source.label, corpus)
                     if kind else _cut(source, decode(source, encoding), None, corpus,
                                       file_name)[1])
        yield from (doc.id for doc in documents)
    except EmptyInputError:
        return  # an empty file gives no document, as read_documents says
    except InputError:
        if not aside:
            raise


def _noted(documents: Iterable[Document], file_id: str,
           files: dict[str, set[str]] | None) -> Iterator[Document]:
    """``documents``, each noted in ``files`` under the file they come from."""
    keys = files.setdefault(file_id, set()) if files is not None else None
    for doc in documents:
        if keys is not None:
            keys.add(doc.id.removeprefix(file_id))
        yield doc


def forget_vanished(termbase: TermbaseWriter, files: dict[str, set[str]]) -> list[str]:
    """Take out the documents the termbase holds of ``files`` (read whole, as
    :func:`read_documents` noted them) that the files no longer give: an
    article taken out of a wikiextractor file, a line out of a JSONL corpus,
    the last part of a text grown shorter, the text once mined whole now
    mined in parts. The termbase then says what the files say, as a changed
    document's new text replaces its old (decisions stay). Their names.
    A document named as a file that exists (a file ``a.txt#notes`` beside
    ``a.txt``) is that file's, and stays."""
    gone = [name for file_id, keys in files.items()
            for name in termbase.documents_of_file(file_id)
            if name.removeprefix(file_id) not in keys
            and (name == file_id or not os.path.exists(name))]
    if gone:
        termbase.forget_documents(gone)
    return gone


def _compression(path: Path) -> str:
    return COMPRESSED.get(path.suffix.lower(), "")


def _plain_name(path: Path) -> str:
    """The file's name without the suffix of its compression, in lower case."""
    name = path.name.lower()
    for suffix in COMPRESSED:
        name = name.removesuffix(suffix)
    return name


def _streamed_kind(source: SourceFile, encoding: str, corpus: CorpusFormat,
                   stdin_name: str | None = None) -> str:
    """What ``source`` is when it is too large to hold and read a document at
    a time from its file (:mod:`glossary.large_texts`); '' when it is read
    whole: not in UTF-8, a Word document, or small. A corpus is read through
    now, and refused now if it cannot be cut into documents."""
    path = source.path or source.spool
    if path is None or (encoding != AUTO and _codec(encoding) != "utf-8-sig") \
            or is_office(_plain_name(path)):
        return ""
    # Standard input goes by the name given it (corpus.jsonl), if any.
    name = _plain_name(source.path or Path(stdin_name or ""))
    return streamed_kind(path, _compression(path), corpus, source.label,
                         jsonl=name.endswith(CORPUS_SUFFIXES), name=name)


def _given_name(source: SourceFile, stdin_name: str | None) -> str | None:
    """The --name given standard input, for it alone (not for a pipe named too)."""
    return stdin_name if source.label == STDIN and source.path is None else None


def _cut(source: SourceFile, text: str, stdin_name: str | None, corpus: CorpusFormat,
         doc_id: str | None = None) -> tuple[str, Iterable[Document]]:
    """A source's identity (``doc_id`` when known) and its documents, as they are cut."""
    stdin_name = _given_name(source, stdin_name)
    doc_id = doc_id or document_id(source, text, stdin_name)
    if source.path is None and stdin_name:
        source = SourceFile(stdin_name, None)
    return doc_id, split_documents(source, text, doc_id, corpus)


def mine_documents(documents: Iterable[Document],
                   min_confidence: float = 0.0) -> Iterator[MinedDocument]:
    """Mine documents one after another in this process."""
    for doc in documents:
        yield mine_record(doc, min_confidence)


UNCHANGED_BATCH = 500  # documents asked about at once


def unmined(termbase: TermbaseWriter, documents: Iterable[Document],
            learned: Correspondences | None, unchanged: list[StoreResult]
            ) -> Iterator[Document]:
    """``documents`` but those the termbase holds with the same text, mined
    as they would be now (the same kozh, analysers and ``learned`` table):
    a corpus mined again, or a run cut short and started again, mines only
    what is new. Each one left out is appended to ``unchanged`` as what
    storing it mined again would have said."""
    versions = mining_versions(learned)
    batch: list[Document] = []
    for doc in documents:
        batch.append(doc)
        if len(batch) >= UNCHANGED_BATCH:
            yield from _unmined(termbase, batch, versions, unchanged)
            batch = []
    yield from _unmined(termbase, batch, versions, unchanged)


def _unmined(termbase: TermbaseWriter, batch: list[Document],
             versions: tuple[tuple[str, str], ...],
             unchanged: list[StoreResult]) -> Iterator[Document]:
    known = termbase.unchanged(batch, versions)
    for doc in batch:
        if doc.id in known:
            unchanged.append(StoreResult(doc.id, "unchanged", 0))
        else:
            yield doc


VERIFIED = (Status.APPROVED, Status.PREFERRED)
MAX_VERIFIED = 1_000_000  # pairs learned from: a bound, never reached by hand


def learned_from(termbase: TermbaseCurator) -> Correspondences:
    """The shipped correspondences, extended by what the termbase's verified
    pairs teach: a translator's approval is evidence enough, once.

    Mined candidates teach nothing, so mining stays a function of the text
    (and of decisions): a termbase without decisions mines as any other."""
    verified = termbase.list_pairs(statuses=VERIFIED, limit=MAX_VERIFIED)
    return combine(seed(), learn((pair.zh_hans, pair.ko) for pair in verified), at_least=1)


# A transaction's commit costs about as much as storing a hundred documents
# without a gloss, as most of a corpus is: 2,048 of them (0.1-0.3 s of work)
# store in a quarter less time than 256 did, and the lock is still soon free.
STORE_BATCH_DOCUMENTS = 2048
STORE_BATCH_BYTES = 2 << 20


def store_all(termbase: TermbaseWriter, mined: Iterable[MinedDocument]) -> Iterator[StoreResult]:
    """Store mined documents as they come, a short transaction for each few
    (at most 2,048 documents or 2 MB of text, so the write lock is never held long)."""
    batch: list[MinedDocument] = []
    size = 0
    for doc in mined:
        batch.append(doc)
        size += doc.size
        if len(batch) >= STORE_BATCH_DOCUMENTS or size >= STORE_BATCH_BYTES:
            yield from termbase.add_mined_many(batch)
            batch, size = [], 0
    if batch:
        yield from termbase.add_mined_many(batch)


def import_file(termbase: TermbaseWriter, path: str, fmt: str = "auto", *,
                stdin_name: str | None = None, stdin: bytes | None = None,
                overwrite_decisions: bool = False, by: str = "",
                infer_kinds: bool = True, encoding: str = "utf-8",
                guessed: list[str] | None = None, dry_run: bool = False) -> StoreResult:
    """Read a glossary file (``-`` for stdin) and merge its entries into
    ``termbase``. Entries stream into one transaction; a malformed file
    raises part-way and the rollback leaves the termbase unchanged. A pair
    the file gives no kind gets the one the miner would give it
    (:func:`~glossary.mining.pair_kind.infer_kind`), unless ``infer_kinds``
    is false: then it is a translation. ``encoding`` is as :func:`decode`
    takes it (UTF-8, a byte order mark's, a legacy one or :data:`AUTO`,
    which tells ``guessed``). A ``dry_run`` says what the import would do
    and leaves the termbase as it was."""
    (source,) = collect([path], stdin)
    data = read_bytes(source)
    if not data.strip() or data in _BYTE_ORDER_MARKS:
        raise EmptyInputError(f"{source.label}: empty file")
    # A spreadsheet's CSV in cp949 (Excel's Korean default), read as named and
    # handed on as UTF-8; XML (TBX), in any byte order, names its own encoding,
    # and a workbook (a zip of XML) too.
    if encoding != "utf-8" and not data.startswith(ZIP_MAGIC) and not data.lstrip(
            b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n").startswith(b"<"):
        data = decode_bytes(source, data, encoding, guessed, korean=True).encode("utf-8")
    doc_id = document_id(source, data, stdin_name)
    label = source.label if source.path is not None else stdin_name or doc_id
    digest = hashlib.sha256(data).hexdigest()
    report = ReadReport()
    entries = read_entries(data, label, fmt, report)
    tally: Counter[str] = Counter()
    # A file imported again is read again when what infers its kinds changed
    # (a newer kozh), or whether they are inferred: its pairs take the new kinds.
    versions = (*analyzer_versions(), ("kinds", "inferred")) if infer_kinds else (
        ("kinds", "as stated"),)
    result = termbase.import_concepts(with_kinds(entries, tally) if infer_kinds else entries,
                                      doc_id, digest, label,
                                      overwrite_decisions=overwrite_decisions, by=by,
                                      versions=versions, dry_run=dry_run)
    result.inferred = tally["inferred"]  # none when unchanged: the entries were never read
    result.left_out = report.warnings
    return result


def import_report(result: StoreResult, dry_run: bool = False,
                  guessed: Iterable[str] = ()) -> list[str]:
    """What an import did (or, a ``dry_run``, would do), a line each, as
    ``kozh import`` and the web page say it: the encoding ``guessed`` for the
    file, the summary, what the file left out, and each decision it
    disagreed with, kept or taken."""
    same = f" (same file as {result.same_as})" if result.same_as else ""
    inferred = f" ({result.inferred} with the kind inferred)" if result.inferred else ""
    lines = [f"note: {notice}" for notice in guessed]
    lines.append(f"{result.name}: {result.status}{same}, {result.occurrences} renderings"
                 f"{inferred}, {result.decisions} decision(s)")
    lines += [f"note: {left_out}" for left_out in result.left_out]
    if not result.occurrences and result.status in ("added", "replaced"):
        lines.append(f"warning: {result.name} holds no pair to import")
    if result.conflicts:
        lines.append(f"{result.conflicts} decision(s) in the file disagreed with the termbase's"
                     " and were kept as they were (--overwrite-decisions takes the file's):")
    elif result.disagreements:
        lines.append(f"{len(result.disagreements)} decision(s) in the file disagreed with the"
                     " termbase's and took their place:")
    lines += [pair.line(result.name) for pair in result.disagreements]
    if dry_run:
        lines.append("dry run: what the import would do; nothing was stored")
    return lines


def with_kinds(entries: Iterable[Concept], tally: Counter[str] | None = None
               ) -> Iterator[Concept]:
    """The entries, each rendering whose kind the file did not state given
    the kind the miner would give it (상하이 上海 a transliteration), and
    counted in ``tally["inferred"]``."""
    for entry in entries:
        zh = entry.forms[0] if entry.forms else entry.zh_hans
        for rendering in entry.renderings:
            if not rendering.kind_stated:
                rendering.kind = infer_kind(rendering.ko, zh)
                rendering.kind_stated = True
                if tally is not None:
                    tally["inferred"] += 1
        yield entry
