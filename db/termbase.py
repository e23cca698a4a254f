"""The termbase: a SQLite file of Chinese concepts and their Korean renderings.

Reads go through the standard ``sqlite3`` module and never import
sqlite-utils, Kiwi or jieba, so a lookup answers in well under 0.15 s. Each
write runs in one ``BEGIN IMMEDIATE`` transaction: a failed run leaves the
file as it was, and two processes writing at once queue instead of failing.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from glossary.errors import TermbaseError
from glossary.normalize import (
    clean,
    ko_key,
    script_of,
    to_hans,
    to_hant,
    unify_compat,
    zh_key,
)

from . import MIGRATION_SET, MIGRATIONS
from .models import Entry, MineResult, Rendering, Row, Stats

if TYPE_CHECKING:
    from glossary.sources import Source

DB_ENV = "KOZH_DB"
BUSY_TIMEOUT_MS = 60_000
_MAX = "\U0010ffff"


def default_db_path() -> Path:
    """``$KOZH_DB`` if set, else ``kozh.db`` in the user's data directory."""
    if os.environ.get(DB_ENV):
        return Path(os.environ[DB_ENV])
    from platformdirs import user_data_path

    return user_data_path("kozh", appauthor=False) / "kozh.db"


class Termbase:
    """A termbase file. ``Termbase(path)`` opens it, creating it if asked.

    >>> import tempfile, os
    >>> tb = Termbase(os.path.join(tempfile.mkdtemp(), "t.db"))
    >>> tb.add_text("중국 광둥성 광저우시(廣東省廣州市)에서 열린다.", "note.txt").occurrences
    1
    >>> [(e.zh_hans, e.preferred.ko, e.match) for e in tb.lookup("广东省广州市")]
    [('广东省广州市', '광둥성 광저우시', 'exact')]
    """

    def __init__(self, path: str | Path | None = None, *, create: bool = True) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        if path is None and create and not os.environ.get(DB_ENV):
            # The default lives in the user's data directory, which a fresh
            # machine does not have yet; a path the user names must exist.
            self.path.parent.mkdir(parents=True, exist_ok=True)
        if not self.path.exists():
            if not create:
                raise TermbaseError(f"no termbase at {self.path} (run 'kozh mine' first)")
            if not self.path.parent.is_dir():
                raise TermbaseError(f"cannot create {self.path}: directory does not exist")
        # Judge by the permission bits, not by os.access: root may write
        # anything, but a file marked read-only is the user saying "don't".
        self.read_only = self.path.exists() and not self.path.stat().st_mode & 0o222
        try:
            target = f"{self.path.resolve().as_uri()}?mode=ro" if self.read_only else self.path
            self.conn = sqlite3.connect(target, isolation_level=None, uri=self.read_only,
                                        timeout=BUSY_TIMEOUT_MS / 1000)
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.DatabaseError as error:
            raise TermbaseError(f"{self.path}: {error}") from error

    def _migrate(self) -> None:
        try:
            applied = {row[0] for row in self.conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])}
        except sqlite3.OperationalError:
            applied = set()
        if set(MIGRATIONS) <= applied:
            return
        from sqlite_utils import Database

        from glossary.normalize import DEFAULT_S2T, DEFAULT_T2S

        from . import schema

        self.conn.execute("PRAGMA journal_mode = WAL")
        with self.transaction() as conn:
            schema.apply(Database(conn))
            # How keys were made, so a stored termbase says how to read it.
            conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                             [("opencc_key", DEFAULT_T2S), ("opencc_traditional", DEFAULT_S2T),
                              ("opencc_version", _version("opencc")),
                              ("kozh_version", _version("kozh"))])

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Termbase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; everything in it is undone if anything fails."""
        if self.read_only:
            raise TermbaseError(f"{self.path} is read-only")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise TermbaseError(f"{self.path}: {error}") from error
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as error:
            self.conn.execute("ROLLBACK")
            raise TermbaseError(f"{self.path}: {error}") from error

    # -- writing -----------------------------------------------------------

    def mine_source(self, source: Source, encoding: str = "utf-8",
                    min_confidence: float = 0.0) -> MineResult:
        """Mine one file (or stdin) into the termbase, replacing what an
        earlier version of the same document contributed."""
        from glossary.sources import fingerprint, mine_source

        digest = fingerprint(source, encoding)  # decodes everything before writing
        rows = (Row(o.zh, o.ko, o.kind, o.paren_start, o.confidence, context=o.context)
                for o in mine_source(source, encoding) if o.confidence >= min_confidence)
        return self._replace_document(source.name, digest, "mined", rows)

    def add_text(self, text: str, name: str, min_confidence: float = 0.0) -> MineResult:
        """Mine a string, stored as the document ``name``."""
        from glossary.sources import Source

        return self.mine_source(Source.from_bytes(name, text.encode("utf-8")),
                                min_confidence=min_confidence)

    def import_entries(self, entries: Iterable[Entry], name: str, digest: str) -> MineResult:
        """Merge entries read from a glossary file, recorded as the source ``name``.

        Counts add up across sources; importing the same unchanged file again
        changes nothing, and a failure leaves the termbase as it was.
        """
        def rows() -> Iterator[Row]:
            position = 0
            for entry in entries:
                hant = entry.zh_hant if entry.hant_seen else None
                for rendering in entry.renderings:
                    context = rendering.sources[0][1] if rendering.sources else ""
                    yield Row(entry.forms[0] if entry.forms else entry.zh_hans, rendering.ko,
                               rendering.kind, position, rendering.confidence,
                               rendering.count, context, hant)
                    position += 1

        return self._replace_document(name, digest, "imported", rows())

    def _replace_document(self, name: str, digest: str, origin: str,
                          rows: Iterable[Row]) -> MineResult:
        """Store a document's occurrences in place of its earlier ones, in one
        transaction; an unchanged document (same digest) is left alone."""
        previous = self.conn.execute("SELECT sha256 FROM documents WHERE name = ?",
                                     [name]).fetchone()
        if previous and previous[0] == digest:
            return MineResult(name, "unchanged", 0)
        stored = 0
        with self.transaction() as conn:
            conn.execute("DELETE FROM documents WHERE name = ?", [name])
            document_id = conn.execute(
                "INSERT INTO documents (name, sha256, origin, added_at) VALUES (?, ?, ?, ?)",
                [name, digest, origin, datetime.now(timezone.utc).isoformat(timespec="seconds")],
            ).lastrowid
            for row in rows:
                rendering_id = self._rendering_id(row.zh, row.ko, row.kind, row.hant)
                conn.execute(
                    "INSERT OR IGNORE INTO occurrences (document_id, rendering_id, position, zh,"
                    " confidence, count, context) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [document_id, rendering_id, row.position, clean(row.zh), row.confidence,
                     row.count, row.context])
                stored += 1
            if previous:
                self._drop_orphans()
        return MineResult(name, "replaced" if previous else "added", stored)

    def _rendering_id(self, zh: str, ko: str, kind: str, hant: str | None = None) -> int:
        written = unify_compat(clean(zh))
        hant_seen = hant is not None or script_of(written) == "hant"
        if hant is None:
            hant = written if hant_seen else to_hant(written)
        key = zh_key(written)
        self.conn.execute(
            "INSERT INTO concepts (zh_key, zh_hans, zh_hant, hant_seen) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (zh_key) DO UPDATE SET zh_hant = excluded.zh_hant, hant_seen = 1"
            " WHERE excluded.hant_seen AND NOT concepts.hant_seen",
            [key, to_hans(written), unify_compat(clean(hant)), int(hant_seen)])
        concept_id = self.conn.execute("SELECT id FROM concepts WHERE zh_key = ?",
                                       [key]).fetchone()[0]
        self.conn.execute(
            "INSERT INTO renderings (concept_id, ko, ko_key, kind) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (concept_id, ko_key) DO NOTHING",
            [concept_id, clean(ko), ko_key(ko), kind])
        return int(self.conn.execute(
            "SELECT id FROM renderings WHERE concept_id = ? AND ko_key = ?",
            [concept_id, ko_key(ko)]).fetchone()[0])

    def _drop_orphans(self) -> None:
        self.conn.execute("DELETE FROM renderings WHERE id NOT IN"
                          " (SELECT rendering_id FROM occurrences)")
        self.conn.execute("DELETE FROM concepts WHERE id NOT IN"
                          " (SELECT concept_id FROM renderings)")

    # -- reading -----------------------------------------------------------

    def lookup(self, query: str, limit: int = 10, *, exact: bool = False) -> list[Entry]:
        """Entries for Korean or Chinese in either script: exact matches first,
        then prefix, then substring matches (only exact ones with ``exact``)."""
        zq, kq = zh_key(query), ko_key(query)
        if not zq and not kq:
            return []
        stages = [
            ("exact", "SELECT id FROM concepts WHERE zh_key = :z UNION"
                      " SELECT concept_id FROM renderings WHERE ko_key = :k"),
            ("prefix", "SELECT id FROM concepts WHERE zh_key > :z AND zh_key < :z || :max UNION"
                       " SELECT concept_id FROM renderings WHERE ko_key > :k"
                       " AND ko_key < :k || :max"),
            ("substring", "SELECT id FROM concepts WHERE instr(zh_key, :z) > 0 UNION"
                          " SELECT concept_id FROM renderings WHERE instr(ko_key, :k) > 0"),
        ]
        params = {"z": zq, "k": kq, "max": _MAX}
        seen: dict[int, str] = {}
        for match, sql in stages[:1] if exact else stages:
            for (concept_id,) in self.conn.execute(sql, params):
                seen.setdefault(concept_id, match)
            if len(seen) >= limit:
                break
        if not seen and (stem := _without_particle(kq)) != kq:
            return self.lookup(stem, limit, exact=exact)  # 마윈은 → 마윈
        entries = [self._entry(concept_id, match) for concept_id, match in seen.items()]
        order = {"exact": 0, "prefix": 1, "substring": 2}
        entries.sort(key=lambda e: (order[e.match], -sum(r.count for r in e.renderings)))
        return entries[:limit]

    def _entry(self, concept_id: int, match: str = "") -> Entry:
        zh_hans, zh_hant, hant_seen = self.conn.execute(
            "SELECT zh_hans, zh_hant, hant_seen FROM concepts WHERE id = ?",
            [concept_id]).fetchone()
        renderings = []
        for rendering_id, ko, kind, count, confidence in self.conn.execute(
            "SELECT r.id, r.ko, r.kind, SUM(o.count), MAX(o.confidence) FROM renderings r"
            " JOIN occurrences o ON o.rendering_id = r.id WHERE r.concept_id = ?"
            " GROUP BY r.id ORDER BY SUM(o.count) DESC, MAX(o.confidence) DESC, r.id",
            [concept_id],
        ):
            sources = [tuple(row) for row in self.conn.execute(
                "SELECT d.name, o.context FROM occurrences o JOIN documents d"
                " ON d.id = o.document_id WHERE o.rendering_id = ?"
                " ORDER BY o.confidence DESC, o.id LIMIT 3", [rendering_id])]
            renderings.append(Rendering(ko, kind, count, confidence, sources))  # type: ignore[arg-type]
        forms = [row[0] for row in self.conn.execute(
            "SELECT DISTINCT o.zh FROM occurrences o JOIN renderings r ON r.id = o.rendering_id"
            " WHERE r.concept_id = ? ORDER BY o.zh", [concept_id])]
        return Entry(zh_hans, zh_hant, forms, renderings, match, bool(hant_seen))

    def entries(self) -> Iterator[Entry]:
        """Every entry in key order, with one source per rendering.

        One query, read in batches: memory stays bounded however large the
        termbase (SQLite sorts on disk when it must).
        """
        rows = self.conn.execute(
            "SELECT c.id, c.zh_hans, c.zh_hant, c.hant_seen, r.ko, r.kind, SUM(o.count),"
            " MAX(o.confidence), group_concat(DISTINCT o.zh),"
            " (SELECT d.name || char(31) || o2.context FROM occurrences o2 JOIN documents d"
            "  ON d.id = o2.document_id WHERE o2.rendering_id = r.id"
            "  ORDER BY o2.confidence DESC, o2.id LIMIT 1)"
            " FROM concepts c JOIN renderings r ON r.concept_id = c.id"
            " JOIN occurrences o ON o.rendering_id = r.id GROUP BY r.id"
            " ORDER BY c.zh_key, SUM(o.count) DESC, MAX(o.confidence) DESC, r.id")
        entry: Entry | None = None
        current = -1
        while batch := rows.fetchmany(1000):
            for (concept_id, hans, hant, hant_seen, ko, kind, count, confidence, forms,
                 source) in batch:
                if concept_id != current:
                    if entry is not None:
                        yield entry
                    entry = Entry(hans, hant, [], [], hant_seen=bool(hant_seen))
                    current = concept_id
                assert entry is not None
                for form in (forms or "").split(","):
                    if form and form not in entry.forms:
                        entry.forms.append(form)
                sources = [tuple(source.split("\x1f", 1))] if source else []
                entry.renderings.append(Rendering(ko, kind, count, confidence,
                                                  sources))  # type: ignore[arg-type]
        if entry is not None:
            yield entry

    def pairs(self) -> Iterator[tuple[str, str, str, int]]:
        """``(zh_hans, zh_hant, ko, count)`` for every rendering, the most
        frequent rendering of each concept first: the raw material of a term index."""
        yield from self.conn.execute(
            "SELECT c.zh_hans, c.zh_hant, r.ko, SUM(o.count) FROM concepts c"
            " JOIN renderings r ON r.concept_id = c.id JOIN occurrences o"
            " ON o.rendering_id = r.id GROUP BY r.id ORDER BY c.id, SUM(o.count) DESC, r.id")

    def stats(self) -> Stats:
        def count(table: str) -> int:
            return int(self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

        kinds = dict(self.conn.execute(
            "SELECT kind, COUNT(*) FROM renderings GROUP BY kind ORDER BY kind").fetchall())
        return Stats(str(self.path), count("documents"), count("concepts"),
                     count("renderings"), count("occurrences"), kinds)


def _without_particle(query: str) -> str:
    """The query without a Korean particle or ending at its end, if it has one."""
    from glossary.annotation import PARTICLES

    for size in (3, 2, 1):
        if len(query) > size and query[-size:] in PARTICLES:
            return query[:-size]
    return query


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "unknown"


def open_termbase(path: str | Path | None = None, *, create: bool = True) -> Termbase:
    """Open (and create unless told not to) the termbase at ``path``."""
    return Termbase(path, create=create)

