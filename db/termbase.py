"""The termbase: a SQLite file of Chinese concepts and their Korean renderings.

It only stores. Mining happens elsewhere and arrives as a
:class:`~glossary.model.MinedDocument`; imports arrive as concepts read by a
format. Each document is stored in one short ``BEGIN IMMEDIATE`` transaction,
so a failure leaves the file as it was, two writers queue instead of failing,
and nobody holds the lock for a whole run.

>>> import tempfile, os
>>> from glossary import mine_document
>>> tb = Termbase(os.path.join(tempfile.mkdtemp(), "t.db"))
>>> tb.add_mined(mine_document("중국 광둥성 광저우시(廣東省廣州市)에서 열린다.", "note.txt")).status
'added'
>>> [(e.zh_hans, e.preferred.ko, e.match) for e in tb.lookup("广东省广州市")]
[('广东省广州市', '광둥성 광저우시', 'exact')]
>>> tb.close()
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime, timezone
from pathlib import Path

from glossary.model import (
    Attestation,
    Avoided,
    Concept,
    Decision,
    Document,
    InvalidPairError,
    Kind,
    LogEntry,
    MergeResult,
    MinedDocument,
    NotFoundError,
    Overview,
    Pair,
    Source,
    Stats,
    Status,
    StoreResult,
    TermbaseError,
    attestations_of,
    clean,
    concept_key,
    korean_key,
    query_keys,
    text_digest,
)

from . import curation, merging, reads, survey, undo
from .connection import DB_ENV, default_db_path, open_connection, transaction
from .settle import settle_concepts
from .writes import (
    DocumentRow,
    add_new_documents,
    documents_of_file,
    forget_document,
    load_redirects,
    mined_alike,
    store_document,
    stored_document,
    stored_documents,
    stored_texts,
)


def _now() -> str:
    # Microseconds: "the later decision stands" must hold for decisions made
    # within one second.
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


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
        self._created = not read_only and not self.path.exists()  # by this run, if it fails
        self._previewed = False  # a dry run was made: a termbase it made holds nothing
        self.conn = open_connection(self.path, write=not read_only, create=create, force=force)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Termbase:
        return self

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        # A run that made the file and then failed (bad input, refused before
        # anything was stored) leaves no empty termbase behind.
        empty = ((kind is not None or self._previewed) and self._created
                 and not self._holds_anything())
        self.close()
        if empty:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)

    _CONTENT_TABLES = ("documents", "concepts", "decisions", "redirects", "decision_log")

    def _holds_anything(self) -> bool:
        try:
            return any(self.conn.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]
                       for table in self._CONTENT_TABLES)
        except sqlite3.Error:
            return True  # cannot tell: keep it

    def transaction(self, *, decisions_only: bool = False
                    ) -> AbstractContextManager[sqlite3.Connection]:
        """One ``BEGIN IMMEDIATE`` write transaction, undone if anything fails
        (``decisions_only``: it changes no pair, only decisions)."""
        if self.read_only:
            raise TermbaseError(f"{self.path} is open read-only")
        return transaction(self.conn, str(self.path), decisions_only=decisions_only)

    # -- writing -----------------------------------------------------------

    def add_mined(self, doc: MinedDocument) -> StoreResult:
        """Store one mined document, replacing what a document with the same
        id contributed before; an unchanged document is left alone."""
        return self.add_mined_many([doc])[0]

    def unchanged(self, documents: list[Document],
                  versions: tuple[tuple[str, str], ...]) -> set[str]:
        """The ids of ``documents`` stored with the same text and mined with
        ``versions``: storing them mined again would change nothing (see
        :meth:`add_mined_many`), so they need no mining. Only the texts of
        documents stored under their id are hashed."""
        known = stored_documents(self.conn, [doc.id for doc in documents])
        return {doc.id for doc in documents if doc.id in known
                and mined_alike(known[doc.id], text_digest(doc.text), versions)}

    def documents_of_file(self, name: str) -> list[str]:
        """The stored documents of the file ``name`` (its id): the file, and
        its articles, lines or parts (``name#…``)."""
        return documents_of_file(self.conn, name)

    def forget_documents(self, names: list[str]) -> int:
        """Take the documents ``names`` out, in one transaction, with what they
        attest (a decision stays); how many there were."""
        touched: set[int] = set()
        with self.transaction() as conn:
            forgotten = sum(forget_document(conn, name, touched) for name in names)
            settle_concepts(conn, sorted(touched))
        return forgotten

    def add_mined_many(self, docs: list[MinedDocument]) -> list[StoreResult]:
        """Store several mined documents in one short transaction (a corpus of
        small documents would otherwise wait on one commit each); the same
        result as storing them one by one."""
        known = stored_documents(self.conn, [doc.id for doc in docs])
        fresh = [doc for doc in docs
                 if not mined_alike(known.get(doc.id), doc.sha256, doc.versions)]
        results: dict[str, StoreResult] = {}
        if fresh:
            with self.transaction() as conn:
                redirects, now = load_redirects(conn), _now()
                # Read again inside the transaction: another writer may have been first.
                known = stored_documents(conn, [doc.id for doc in fresh])
                texts = Counter(doc.sha256 for doc in fresh)
                stored = stored_texts(conn, texts)
                touched: set[int] = set()
                plain: list[DocumentRow] = []  # rows waiting to be added in one statement
                for doc in fresh:
                    row = DocumentRow(doc.id, doc.sha256, "mined", now, doc.label, doc.title,
                                      doc.versions)
                    if (not doc.pairs and doc.id not in known and texts[doc.sha256] == 1
                            and doc.sha256 not in stored):
                        plain.append(row)
                        results[doc.id] = StoreResult(doc.id, "added", 0)
                        continue
                    add_new_documents(conn, plain)  # first, so that rows keep their order
                    plain = []
                    results[doc.id] = store_document(conn, row, doc.attestations(), redirects,
                                                     known.get(doc.id), touched)
                add_new_documents(conn, plain)
                settle_concepts(conn, sorted(touched))
        return [results.get(doc.id) or StoreResult(doc.id, "unchanged", 0) for doc in docs]

    def import_concepts(self, concepts: Iterator[Concept], name: str, sha256: str,
                        label: str = "", *, overwrite_decisions: bool = False,
                        by: str = "", versions: tuple[tuple[str, str], ...] = (),
                        dry_run: bool = False) -> StoreResult:
        """Merge concepts read from a glossary file, recorded as the document
        ``name``, with the decisions the file carries (status, note, domain).
        Counts add up across sources; importing the same unchanged file again,
        read the same way (``versions``: what gave its pairs their kinds),
        changes nothing; a failure part-way leaves the termbase as it was.
        Where the file disagrees with a decision already here, the termbase's
        stays unless ``overwrite_decisions``; the result counts those. A
        ``dry_run`` does all of it and undoes it: the result says what the
        import would do, and the termbase is as it was."""
        row = DocumentRow(name, sha256, "imported", _now(), label, versions=versions)
        previous = stored_document(self.conn, name)
        unchanged = mined_alike(previous, sha256, versions)
        if unchanged and not overwrite_decisions:
            return StoreResult(name, "unchanged", 0)
        carried: list[tuple[str, str, Decision]] = []
        replaced: list[tuple[str, str, str, str]] = []
        attestations = attestations_of(concepts, carried, replaced)
        self._previewed |= dry_run
        try:
            with self.transaction() as conn:
                result = (StoreResult(name, "unchanged", 0) if unchanged
                          else store_document(conn, row, attestations))
                if result.status == "re-mined":  # the same file, its kinds read another way
                    result.status = "re-read"
                # The same file again (or its text under another name), its pairs
                # counted already: with overwrite_decisions its decisions are still
                # taken, as the first import's message says they would be.
                if overwrite_decisions:
                    deque(attestations, maxlen=0)
                curation.apply_replaced(conn, replaced, by, row.added_at)
                result.decisions, result.disagreements = curation.apply_imported(
                    conn, carried, overwrite_decisions, by, row.added_at)
                result.conflicts = sum(not pair.theirs_stands for pair in result.disagreements)
                if dry_run:
                    raise _Undone(result)  # out of the transaction, which undoes it all
        except _Undone as undone:
            return undone.result
        return result

    @contextmanager
    def scratch_copy(self) -> Iterator[Termbase]:
        """A copy of the termbase in a temporary folder, deleted after: what a
        dry run changes to see what a change would do."""
        with tempfile.TemporaryDirectory(prefix="kozh-") as folder:
            copy = Path(folder) / self.path.name
            target = sqlite3.connect(copy)
            try:
                self.conn.backup(target)  # consistent, the write-ahead log's pages included
            finally:
                target.close()
            with Termbase(copy) as scratch:
                yield scratch

    def merge(self, other: str | Path, *, dry_run: bool = False) -> MergeResult:
        """Fold another termbase in: its documents with their counts,
        contexts and forms, its hand-added pairs, edits, decisions and log.
        Where both hold a document of the same name with different texts, the
        one added later stands, and so does the later of two decisions about
        one pair: merging A into B and B into A give the same termbase. The
        result lists each document's :class:`StoreResult` and says which
        pairs the two decided about differently (``.disagreements``). A
        ``dry_run`` merges into a copy and says what the merge would do."""
        other_path = Path(other)
        if other_path.exists() and other_path.resolve() == self.path.resolve():
            raise TermbaseError(f"{other_path} is this termbase; nothing to merge")
        if dry_run:
            with self.scratch_copy() as preview:
                return preview.merge(other_path)
        source = open_connection(other_path, write=False)
        try:
            results = [self._merge_document(source, document)
                       for document in source.execute(
                           "SELECT id, name, sha256, origin, added_at, label, title, versions"
                           " FROM documents WHERE name != ? ORDER BY name",
                           [curation.ADDED]).fetchall()]
            with self.transaction() as conn:
                disagreements = merging.merge_from(conn, source, _now())
            return MergeResult(results, disagreements)
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
        items = (Attestation(zh, ko, Kind(kind), position, confidence, count, context, hant,
                             shown)
                 for zh, ko, kind, position, confidence, count, context, hant, shown
                 in source.execute(
                     "SELECT zh, ko, kind, position, confidence, count, context, zh_hant,"
                     " source FROM occurrences WHERE document_id = ? ORDER BY position, ko",
                     [document_id]))
        with self.transaction() as conn:
            return store_document(conn, row, items)

    # -- decisions -----------------------------------------------------------

    def _keys(self, ko: str, zh: str) -> tuple[str, str]:
        """The keys of a stored pair named as lookup accepts it (either script;
        a Korean particle is tolerated, and its words joined otherwise); the
        exact keys if nothing matches."""
        zh_key, keys = concept_key(zh), query_keys(ko)
        if not ko:
            return zh_key, ""
        named = list(dict.fromkeys([keys.ko, keys.ko_stem]))  # as written, then without a particle
        for ko_key in named:
            if curation.find(self.conn, zh_key, ko_key) is not None:
                return zh_key, ko_key
        for ko_key in named:  # its words joined otherwise (한미 정상회담 for 한-미 정상회담)
            if (stored := curation.written_otherwise(self.conn, zh_key, ko_key)) is not None:
                return zh_key, stored
        return zh_key, keys.ko

    def pairs_named(self, term: str, limit: int = 20) -> list[tuple[str, str]]:
        """(Korean, Chinese) of the stored pairs whose Korean (a particle
        tolerated) or Chinese (either script) is ``term``, most frequent first."""
        keys = query_keys(term)
        return curation.pairs_named(self.conn, keys, keys.may_be_korean, limit)

    def stored_pair(self, ko: str, zh: str) -> tuple[str, str] | None:
        """(Korean, Chinese) of the stored pair ``ko`` and ``zh`` name as a
        decision takes them (마윈은 馬雲 is 마윈 马云), as the termbase shows
        it; None when there is none.

        >>> from glossary import mine_document
        >>> with Termbase(":memory:") as tb:
        ...     _ = tb.add_mined(mine_document("두 나라의 한-미 정상회담(韓美首腦會談).", "a.txt"))
        ...     print(tb.stored_pair("한미 정상회담은", "韩美首脑会谈"))
        ('한-미 정상회담', '韩美首脑会谈')
        """
        found = curation.find(self.conn, *self._keys(ko, zh)) if ko else None
        return (found[3], found[2]) if found else None

    def decision(self, ko: str, zh: str) -> tuple[Decision, int]:
        """The decision about a pair and its version (0 when never decided)."""
        return curation.decision(self.conn, *self._keys(ko, zh))

    def set_status(self, ko: str, zh: str, status: Status, *, note: str | None = None,
                   domain: str | None = None, by: str = "", expected_version: int | None = None,
                   ) -> Decision:
        """Decide about a stored pair (``ko`` '' for the Chinese term itself);
        ``note`` and ``domain`` are kept unless given. Returns the decision it
        replaced; raises ConflictError if ``expected_version`` is no longer current."""
        zh_key, ko_key = self._keys(ko, zh)
        with self.transaction(decisions_only=True) as conn:
            shown = (zh, ko)
            if ko_key:
                shown = curation.require(conn, zh_key, ko_key, ko, zh)[2:]
            elif not conn.execute("SELECT 1 FROM concepts WHERE zh_key = ?", [zh_key]).fetchone():
                raise NotFoundError(f"no concept {zh} in the termbase")
            old, _ = curation.decision(conn, zh_key, ko_key)
            new = Decision(Status(status), old.note if note is None else note,
                           old.domain if domain is None else domain)
            return curation.decide(conn, zh_key, ko_key, new, by, _now(),
                                   expected_version=expected_version, shown=shown)

    def add_pair(self, ko: str, zh: str, kind: Kind, *, status: Status | None = None,
                 note: str | None = None, domain: str | None = None, by: str = "") -> bool:
        """Add a pair no document contains, approved unless ``status`` says
        otherwise. Returns False when the termbase had it already: then its
        decision changes only as asked (its note, domain, and an approved or
        preferred status stay unless given)."""
        if not clean(ko) or not concept_key(zh):
            raise InvalidPairError("a pair needs both a Korean and a Chinese term")
        with self.transaction() as conn:
            return curation.add(conn, zh, ko, kind, None if status is None else Status(status),
                                note, domain, by, _now())

    def edit_pair(self, ko: str, zh: str, *, new_ko: str | None = None,
                  new_zh: str | None = None, note: str | None = None, domain: str | None = None,
                  by: str = "", kind: Kind | None = None) -> None:
        """Fix a pair: its sources and counts move to the new spelling, and
        re-mining never brings the old spelling back. ``kind``: how the new
        spelling renders the Chinese (else the pair's kind stays)."""
        zh_key, ko_key = self._keys(ko, zh)
        with self.transaction() as conn:
            _, _, zh_hans, ko_shown = curation.require(conn, zh_key, ko_key, ko, zh)
            old, _ = curation.decision(conn, zh_key, ko_key)
            changes = None
            if note is not None or domain is not None:
                changes = Decision(old.status, old.note if note is None else note,
                                   old.domain if domain is None else domain)
            curation.edit(conn, zh_key, ko_key, new_zh or zh_hans, new_ko or ko_shown, changes,
                          by, _now(), kind=kind)

    def delete_pair(self, ko: str, zh: str, *, by: str = "") -> None:
        """Forget a pair; re-mining its documents may find it again, as a candidate."""
        zh_key, ko_key = self._keys(ko, zh)
        with self.transaction() as conn:
            curation.require(conn, zh_key, ko_key, ko, zh)
            curation.delete(conn, zh_key, ko_key, by, _now())

    def list_pairs(self, *, statuses: Iterable[str] = (), kinds: Iterable[str] = (),
                   min_count: int = 1, domain: str | None = None, document: str | None = None,
                   sort: str = "count", limit: int = 100, offset: int = 0,
                   contexts: int = 0) -> list[Pair]:
        """Pairs with their decisions, filtered and sorted, a page at a time."""
        return curation.list_pairs(self.conn, statuses=statuses, kinds=kinds,
                                   min_count=min_count, domain=domain, document=document,
                                   sort=sort, limit=limit, offset=offset, contexts=contexts)

    def status_counts(self) -> dict[str, int]:
        return curation.count_pairs(self.conn)

    def log(self, limit: int = 20, *, ko: str | None = None,
            zh: str | None = None) -> list[LogEntry]:
        """The latest decisions, newest first; with ``ko`` and ``zh``, of one pair
        (one deleted since too, as its log names it)."""
        if ko is not None and zh is not None:
            found = curation.find(self.conn, *self._keys(ko, zh))
            if found is None:
                return curation.log_entries(self.conn, limit, zh, ko)
            return curation.log_entries(self.conn, limit, found[2], found[3])
        return curation.log_entries(self.conn, limit)

    def pair(self, ko: str, zh: str, contexts: int = 200) -> Pair:
        """One pair with its decision and up to ``contexts`` of its sources."""
        found = curation.pair_detail(self.conn, *self._keys(ko, zh), contexts)
        if found is None:
            raise NotFoundError(f"no pair {ko} ↔ {zh} in the termbase")
        return found

    def documents(self) -> list[tuple[str, str, str, int]]:
        """(label, origin, added at, pairs) of every document, oldest first."""
        return curation.documents(self.conn)

    def has_document(self, name: str) -> bool:
        """Does the termbase hold a document of this name or label?"""
        return curation.has_document(self.conn, name)

    def undo(self, *, by: str = "", expected: int | None = None) -> LogEntry:
        """Revert the latest decision not yet undone; returns it. With
        ``expected`` (a log id), only if it is still that one."""
        with self.transaction() as conn:
            return undo.undo_last(conn, by, _now(), expected)

    def last_change(self) -> LogEntry | None:
        """The change :meth:`undo` would revert now, if any."""
        return curation.last_change(self.conn)

    # -- reading -----------------------------------------------------------

    def lookup(self, query: str, limit: int = 10, *, exact: bool = False,
               include_rejected: bool = False) -> list[Concept]:
        """Concepts for Korean (with or without a particle) or Chinese in
        either script: exact matches first, then prefix, then substring.
        Preferred renderings come first; rejected ones only with ``include_rejected``."""
        return reads.lookup(self.conn, query, limit, exact, include_rejected)

    def entries(self) -> Iterator[Concept]:
        """Every concept in key order, streamed (for exports and checks)."""
        return reads.entries(self.conn)

    def survey(self, keys: Iterable[str] | None = None) -> Iterator[Concept]:
        """Every concept (or those with these keys) without sources: a cheap pass."""
        return survey.survey(self.conn, keys)

    def overview(self, low_confidence: float) -> Overview:
        """Every counted pair as light rows; see :class:`glossary.model.Overview`."""
        return survey.overview(self.conn, low_confidence)

    def sources(self, ko: str, zh: str, limit: int = 2) -> list[Source]:
        """Where a stored pair was seen, the most confident first."""
        return reads.sources(self.conn, concept_key(zh), korean_key(ko), limit)

    def sources_by_keys(self, keys: Iterable[tuple[str, str]], limit: int = 2
                        ) -> dict[tuple[str, str], list[Source]]:
        """Where each stored pair of ``keys`` (its concept key and Korean key)
        was seen, the most confident first; pairs not stored are left out."""
        return reads.sources_by_keys(self.conn, keys, limit)

    def titles(self, labels: Iterable[str]) -> dict[str, str]:
        """The title of each document of ``labels`` (as sources show them)
        that has one: a wikiextractor article's, a JSONL record's."""
        return reads.titles(self.conn, labels)

    def pairs(self) -> Iterator[tuple[str, str, str, int]]:
        return reads.pairs(self.conn)

    def index_rows(self) -> Iterator[tuple[str, str, str, str, int]]:
        return reads.index_rows(self.conn)

    def generation(self) -> int:
        """A number drawn anew whenever the termbase changes (0 before any change)."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return int(row[0]) if row else 0

    def data_generation(self) -> int:
        """A number drawn anew whenever anything but a decision changes (the
        generation in a termbase older than this number)."""
        row = self.conn.execute(
            "SELECT value FROM meta WHERE key = 'data_generation'").fetchone()
        return int(row[0]) if row else self.generation()

    def decided(self, statuses: Iterable[Status] = ()) -> dict[tuple[str, str], Status]:
        return reads.decided(self.conn, statuses)

    def avoided(self) -> list[Avoided]:
        return reads.avoided(self.conn)

    def stats(self) -> Stats:
        return reads.stats(self.conn, str(self.path))


class _Undone(Exception):
    """A dry run's way out of its transaction, which undoes what it did."""

    def __init__(self, result: StoreResult) -> None:
        super().__init__(result.name)
        self.result = result


def open_termbase(path: str | Path | None = None, *, create: bool = True,
                  read_only: bool = False) -> Termbase:
    """Open (and create unless told not to) the termbase at ``path``."""
    return Termbase(path, create=create, read_only=read_only)
