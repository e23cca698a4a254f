"""Sources cut into documents: a wikiextractor file's articles, a JSONL
corpus's lines, a long text's parts, else the whole text; every source cut
before the first document is given, so a bad one stops the run before
anything is stored; two files that would give one document id refused; the
documents a file no longer gives taken out of the termbase."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..corpus import CorpusFormat, is_wiki, jsonl_documents, text_parts, wiki_documents
from ..errors import EmptyInputError, InputError
from ..large_texts import streamed_documents, streamed_kind
from ..model import Document, TermbaseWriter
from ..office import is_office
from ..text.markup import guess_format
from .sources import (
    AUTO,
    CORPUS_SUFFIXES,
    STDIN,
    SourceFile,
    codec_name,
    collect,
    compression,
    decode,
    document_id,
    file_id,
    forget_resolved_folders,
    plain_name,
    printable,
    stdin_id,
)

# Texts decoded to check them are kept for mining up to this many characters
# in all; past it they are decoded again, so that memory stays bounded.
KEEP_DECODED = 1 << 26


def split_documents(source: SourceFile, text: str, doc_id: str,
                    corpus: CorpusFormat) -> Iterator[Document]:
    """The documents in one file's text: each <doc> of a wikiextractor file,
    each line of a JSONL corpus, else the whole file."""
    label = source.label if source.path is not None else doc_id
    # Standard input goes by the --name given it (corpus.jsonl, notes.md), if any.
    name = plain_name(source.path or Path(source.label if source.label != STDIN else ""))
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
    forget_resolved_folders()  # (a long-lived process may read again)
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
            doc_id = _given_name(source, stdin_name) or stdin_id(source.digest)
            yield from streamed_documents(source.spool, "", streamed[index], doc_id, doc_id,
                                          corpus)
            continue
        if index in streamed and source.path is not None:
            doc_id = ids[index]
            if doc_id not in seen:
                seen.add(doc_id)
                yield from _noted(streamed_documents(
                    source.path, compression(source.path), streamed[index], doc_id,
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
            path = os.path.join(folder, other)
            if path not in by_id and os.path.isfile(path):  # (a pipe there would never end)
                meeting.add(index)
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
        documents = (streamed_documents(source.path, compression(source.path), kind,
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


def _streamed_kind(source: SourceFile, encoding: str, corpus: CorpusFormat,
                   stdin_name: str | None = None) -> str:
    """What ``source`` is when it is too large to hold and read a document at
    a time from its file (:mod:`glossary.large_texts`); '' when it is read
    whole: not in UTF-8, a Word document, or small. A corpus is read through
    now, and refused now if it cannot be cut into documents."""
    path = source.path or source.spool
    if path is None or (encoding != AUTO and codec_name(encoding) != "utf-8-sig") \
            or is_office(plain_name(path)):
        return ""
    # Standard input goes by the name given it (corpus.jsonl), if any.
    name = plain_name(source.path or Path(stdin_name or ""))
    return streamed_kind(path, compression(path), corpus, source.label,
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
