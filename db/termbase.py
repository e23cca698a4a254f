"""The termbase: a SQLite file of Chinese concepts and their Korean renderings.

It only stores. Mining happens elsewhere and arrives as a
:class:`~glossary.model.MinedDocument`; imports arrive as concepts read by a
format. Each document is stored in one short ``BEGIN IMMEDIATE`` transaction,
so a failure leaves the file as it was, two writers queue instead of failing,
and nobody holds the lock for a whole run.

>>> import tempfile, os
>>> from glossary import mine_document
>>> tb = Termbase(os.path.join(tempfile.mkdtemp(), "t.db"))
>>> tb.add_mined(mine_document("중국 광둥성 광저우시(廣東省廣州市)에서 열린다.", "note.txt"))
StoreResult(name='note.txt', status='added', occurrences=1, same_as='')
>>> [(e.zh_hans, e.preferred.ko, e.match) for e in tb.lookup("广东省广州市")]
[('广东省广州市', '광둥성 광저우시', 'exact')]
>>> tb.close()
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager
from datetime import datetime, timezone
from pathlib import Path

from glossary.model import (
    Attestation,
    Concept,
    Kind,
    MinedDocument,
    Stats,
    StoreResult,
    TermbaseError,
    attestations_of,
)

from . import reads
from .connection import DB_ENV, default_db_path, open_connection, transaction
from .writes import DocumentRow, store_document, stored_document


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Termbase:
    """A termbase file, opened for writing (created if need be) or, with
    ``read_only``, for reading without changing anything."""

    def __init__(self, path: str | Path | None = None, *, create: bool = True,
                 read_only: bool = False, force: bool = False) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        if path is None and create and not read_only and not os.environ.get(DB_ENV):
            # The default lives in the user's data directory, which a fresh
            # machine does not have yet; a path the user names must exist.
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.read_only = read_only
        self.conn = open_connection(self.path, write=not read_only, create=create, force=force)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Termbase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """One ``BEGIN IMMEDIATE`` write transaction, undone if anything fails."""
        if self.read_only:
            raise TermbaseError(f"{self.path} is open read-only")
        return transaction(self.conn, str(self.path))

    # -- writing -----------------------------------------------------------

    def add_mined(self, doc: MinedDocument) -> StoreResult:
        """Store one mined document, replacing what a document with the same
        id contributed before; an unchanged document is left alone."""
        row = DocumentRow(doc.id, doc.sha256, "mined", _now(), doc.label, doc.title,
                          doc.versions)
        return self._store(row, doc.attestations())

    def import_concepts(self, concepts: Iterator[Concept], name: str, sha256: str,
                        label: str = "") -> StoreResult:
        """Merge concepts read from a glossary file, recorded as the document
        ``name``. Counts add up across sources; importing the same unchanged
        file again changes nothing; a failure part-way leaves the termbase as
        it was."""
        return self._store(DocumentRow(name, sha256, "imported", _now(), label),
                           attestations_of(concepts))

    def _store(self, row: DocumentRow, items: Iterator[Attestation]) -> StoreResult:
        previous = stored_document(self.conn, row.name)
        if previous and previous[1] == row.sha256:
            return StoreResult(row.name, "unchanged", 0)  # no lock taken
        with self.transaction() as conn:
            return store_document(conn, row, items)

    def merge(self, other: str | Path) -> list[StoreResult]:
        """Fold another termbase in: its documents with their counts,
        contexts and forms. Where both hold a document of the same name with
        different texts, the one added later stands, so that merging A into
        B and B into A give the same termbase."""
        other_path = Path(other)
        if other_path.exists() and other_path.resolve() == self.path.resolve():
            raise TermbaseError(f"{other_path} is this termbase; nothing to merge")
        source = open_connection(other_path, write=False)
        try:
            return [self._merge_document(source, document)
                    for document in source.execute(
                        "SELECT id, name, sha256, origin, added_at, label, title, versions"
                        " FROM documents ORDER BY name").fetchall()]
        finally:
            source.close()

    def _merge_document(self, source: sqlite3.Connection,
                        document: tuple[int, str, str, str, str, str, str, str]) -> StoreResult:
        document_id, name, sha256, origin, added_at, label, title, versions = document
        here = stored_document(self.conn, name)
        if here and (here[2], here[1]) >= (added_at, sha256):
            return StoreResult(name, "unchanged" if here[1] == sha256 else "kept", 0)
        row = DocumentRow(name, sha256, origin, added_at, label, title,
                          tuple(json.loads(versions).items()) if versions else ())
        items = (Attestation(zh, ko, Kind(kind), position, confidence, count, context, hant)
                 for zh, ko, kind, position, confidence, count, context, hant in source.execute(
                     "SELECT zh, ko, kind, position, confidence, count, context, zh_hant"
                     " FROM occurrences WHERE document_id = ? ORDER BY position, ko",
                     [document_id]))
        with self.transaction() as conn:
            return store_document(conn, row, items)

    # -- reading -----------------------------------------------------------

    def lookup(self, query: str, limit: int = 10, *, exact: bool = False) -> list[Concept]:
        """Concepts for Korean (with or without a particle) or Chinese in
        either script: exact matches first, then prefix, then substring."""
        return reads.lookup(self.conn, query, limit, exact)

    def entries(self) -> Iterator[Concept]:
        """Every concept in key order, streamed (for exports and checks)."""
        return reads.entries(self.conn)

    def pairs(self) -> Iterator[tuple[str, str, str, int]]:
        return reads.pairs(self.conn)

    def stats(self) -> Stats:
        return reads.stats(self.conn, str(self.path))


def open_termbase(path: str | Path | None = None, *, create: bool = True,
                  read_only: bool = False) -> Termbase:
    """Open (and create unless told not to) the termbase at ``path``."""
    return Termbase(path, create=create, read_only=read_only)
