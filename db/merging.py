"""Merging another termbase's hand-added pairs, edits, decisions and log
into this one (:meth:`db.Termbase.merge`). Callers run it inside a transaction."""

from __future__ import annotations

import sqlite3

from glossary.model import Attestation, Kind, concept_key, korean_key

from .curation import ADDED, added_document, find
from .settle import settle_concepts
from .writes import rendering_id


def merge_from(conn: sqlite3.Connection, source: sqlite3.Connection, at: str) -> None:
    """Fold in another termbase's hand-added pairs, edits, decisions and log.
    Where both decided about a pair, the later decision stands (then the
    larger, for a total order), so the result is the same in either direction."""
    _merge_added(conn, source, at)
    for zh_key, ko_key, from_zh, from_ko, to_zh, to_ko in source.execute(
            "SELECT zh_key, ko_key, from_zh, from_ko, to_zh, to_ko FROM redirects"):
        here = conn.execute("SELECT to_zh, to_ko FROM redirects WHERE zh_key = ? AND ko_key = ?",
                            [zh_key, ko_key]).fetchone()
        if here is None or (to_zh, to_ko) < tuple(here):
            conn.execute("INSERT OR REPLACE INTO redirects VALUES (?, ?, ?, ?, ?, ?)",
                         [zh_key, ko_key, from_zh, from_ko, to_zh, to_ko])
    for row in source.execute("SELECT zh_key, ko_key, status, note, domain, decided_by,"
                              " decided_at, version FROM decisions"):
        here = conn.execute("SELECT zh_key, ko_key, status, note, domain, decided_by,"
                            " decided_at, version FROM decisions WHERE zh_key = ? AND ko_key = ?",
                            row[:2]).fetchone()
        if here is None or _later(row, here):
            conn.execute("INSERT OR REPLACE INTO decisions (zh_key, ko_key, status, note, domain,"
                         " decided_by, decided_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row)
    _one_preferred_each(conn)
    for entry in source.execute("SELECT at, by, action, zh, ko, before, after FROM decision_log"
                                " ORDER BY id"):
        if not conn.execute("SELECT 1 FROM decision_log WHERE at = ? AND by = ? AND action = ?"
                            " AND zh = ? AND ko = ? AND before = ? AND after = ?",
                            entry).fetchone():
            conn.execute("INSERT INTO decision_log (at, by, action, zh, ko, before, after)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?)", entry)


def _later(theirs: tuple[object, ...], ours: tuple[object, ...]) -> bool:
    def order(row: tuple[object, ...]) -> tuple[str, ...]:
        return (str(row[6]), str(row[2]), str(row[3]), str(row[4]), str(row[5]))

    return order(theirs) > order(ours)


def _one_preferred_each(conn: sqlite3.Connection) -> None:
    """Where two termbases each preferred a rendering of one concept, the
    later preference stands and the other becomes approved."""
    for (zh_key,) in conn.execute("SELECT zh_key FROM decisions WHERE status = 'preferred'"
                                  " AND ko_key != '' GROUP BY zh_key HAVING COUNT(*) > 1"
                                  ).fetchall():
        keep = conn.execute("SELECT ko_key FROM decisions WHERE zh_key = ? AND status ="
                            " 'preferred' AND ko_key != '' ORDER BY decided_at DESC, ko_key"
                            " LIMIT 1", [zh_key]).fetchone()[0]
        conn.execute("UPDATE decisions SET status = 'approved' WHERE zh_key = ? AND ko_key != ?"
                     " AND ko_key != '' AND status = 'preferred'", [zh_key, keep])


def _merge_added(conn: sqlite3.Connection, source: sqlite3.Connection, at: str) -> None:
    touched = set()
    for zh, ko, kind in source.execute(
            "SELECT o.zh, o.ko, o.kind FROM occurrences o JOIN documents d ON d.id ="
            " o.document_id WHERE d.name = ? ORDER BY o.zh, o.ko", [ADDED]):
        found = find(conn, concept_key(zh), korean_key(ko))
        if found and conn.execute("SELECT 1 FROM occurrences o JOIN documents d ON d.id ="
                                  " o.document_id WHERE d.name = ? AND o.rendering_id = ?",
                                  [ADDED, found[1]]).fetchone():
            continue
        document = added_document(conn, at)
        position = conn.execute("SELECT COALESCE(MAX(position) + 1, 0) FROM occurrences"
                                " WHERE document_id = ?", [document]).fetchone()[0]
        concept, rendering = rendering_id(conn, Attestation(zh, ko, Kind(kind), position, 1.0),
                                          {})
        conn.execute("INSERT INTO occurrences (document_id, rendering_id, position, zh,"
                     " confidence, count, context, ko, kind, zh_hant) VALUES"
                     " (?, ?, ?, ?, 1.0, 1, '', ?, ?, '')",
                     [document, rendering, position, zh, ko, kind])
        touched.add(concept)
    settle_concepts(conn, sorted(touched))
