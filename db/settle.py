"""Settling what a concept and its renderings show from what their
occurrences saw: the same result whatever order documents arrived in."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from glossary.model import grams, settle_forms, settle_support

_SETTLE_RENDERINGS = """
UPDATE renderings SET
  ko = (SELECT o.ko FROM occurrences o WHERE o.rendering_id = renderings.id
        GROUP BY o.ko ORDER BY SUM(o.count) DESC, o.ko LIMIT 1),
  kind = (SELECT o.kind FROM occurrences o WHERE o.rendering_id = renderings.id
          GROUP BY o.kind ORDER BY SUM(o.count) DESC, o.kind LIMIT 1),
  (count, confidence, seen_at) = (SELECT SUM(o.count), MAX(o.confidence), MAX(d.added_at)
          FROM occurrences o JOIN documents d ON d.id = o.document_id
          WHERE o.rendering_id = renderings.id)
WHERE concept_id = ? AND EXISTS (SELECT 1 FROM occurrences o WHERE o.rendering_id = renderings.id)
"""


def settle_concepts(conn: sqlite3.Connection, concepts: Iterable[int],
                    support: bool = True) -> None:
    """Drop what no occurrence supports any more among ``concepts``, and
    settle the spellings, kinds, forms and boundary support of the rest
    (``support=False`` for a schema that has no support column yet)."""
    for concept in concepts:
        conn.execute("DELETE FROM renderings WHERE concept_id = ? AND NOT EXISTS"
                     " (SELECT 1 FROM occurrences o WHERE o.rendering_id = renderings.id)",
                     [concept])
        seen = conn.execute(
            "SELECT o.zh, o.zh_hant, SUM(o.count) FROM occurrences o JOIN renderings r"
            " ON r.id = o.rendering_id WHERE r.concept_id = ? GROUP BY o.zh, o.zh_hant",
            [concept]).fetchall()
        if not seen:
            conn.execute("DELETE FROM concepts WHERE id = ?", [concept])
            conn.execute("DELETE FROM grams WHERE concept_id = ?", [concept])
            continue
        conn.execute(_SETTLE_RENDERINGS, [concept])
        if support:
            settle_boundaries(conn, concept)
        index_grams(conn, concept)
        forms = settle_forms([(zh, hant, count) for zh, hant, count in seen])
        conn.execute("UPDATE concepts SET zh_hans = ?, zh_hant = ?, hant_seen = ? WHERE id = ?",
                     [forms.hans, forms.hant, int(forms.hant_seen), concept])


def settle_boundaries(conn: sqlite3.Connection, concept: int) -> None:
    """Each rendering's support (:func:`glossary.model.settle_support`)."""
    rows = conn.execute("SELECT id, ko_key, count, confidence FROM renderings"
                        " WHERE concept_id = ? ORDER BY id", [concept]).fetchall()
    supports = settle_support([(ko_key, count, confidence)
                               for _, ko_key, count, confidence in rows])
    conn.executemany("UPDATE renderings SET support = ? WHERE id = ? AND support != ?",
                     [(value, row[0], value) for value, row in zip(supports, rows, strict=True)])


def index_grams(conn: sqlite3.Connection, concept: int) -> None:
    """The substring index of one concept: grams of its key and Korean keys."""
    keys = conn.execute("SELECT zh_key FROM concepts WHERE id = ? UNION"
                        " SELECT ko_key FROM renderings WHERE concept_id = ? UNION"
                        " SELECT replace(ko_key, ' ', '') FROM renderings WHERE concept_id = ?",
                        [concept, concept, concept]).fetchall()
    conn.execute("DELETE FROM grams WHERE concept_id = ?", [concept])
    conn.executemany("INSERT OR IGNORE INTO grams (gram, concept_id) VALUES (?, ?)",
                     [(gram, concept) for (key,) in keys for gram in grams(key)])
