"""Merging another termbase's hand-added pairs, edits, decisions and log
into this one (:meth:`db.Termbase.merge`). Callers run it inside a transaction."""

from __future__ import annotations

import sqlite3

from glossary.model import (
    Attestation,
    Decision,
    Disagreement,
    Kind,
    Status,
    concept_key,
    korean_key,
)

from .curation import ADDED, added_document, find
from .settle import settle_concepts
from .writes import rendering_id


def merge_from(conn: sqlite3.Connection, source: sqlite3.Connection, at: str
               ) -> list[Disagreement]:
    """Fold in another termbase's hand-added pairs, edits, decisions and log.
    Where both decided about a pair, the later decision stands (then the
    larger, for a total order), so the result is the same in either direction;
    where they decided differently, the pair is among those returned."""
    disagreements = []
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
        theirs_stand = here is None or _later(row, here)
        if here is not None and _decided(here) != _decided(row):
            disagreements.append(_disagreement(conn, here, row, theirs_stand))
        if theirs_stand:
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
    return disagreements


def _decided(row: tuple[object, ...]) -> Decision:
    """The decision a row of the decisions table holds."""
    return Decision(Status(str(row[2])), str(row[3] or ""), str(row[4] or ""))


def _disagreement(conn: sqlite3.Connection, ours: tuple[object, ...],
                  theirs: tuple[object, ...], theirs_stand: bool) -> Disagreement:
    """The pair both decided about, as this termbase spells it (as the keys
    say when it holds no such pair: a decision may outlive its pair)."""
    zh_key, ko_key = str(ours[0]), str(ours[1])
    shown = conn.execute("SELECT c.zh_hans, r.ko FROM concepts c LEFT JOIN renderings r"
                         " ON r.concept_id = c.id AND r.ko_key = ? WHERE c.zh_key = ?",
                         [ko_key, zh_key]).fetchone()
    zh, ko = (str(shown[0]), str(shown[1] or ko_key)) if shown else (zh_key, ko_key)
    return Disagreement(zh, ko, _decided(ours), _decided(theirs), theirs_stand)


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
