"""Settling what a concept and its renderings show from what their
occurrences saw: the same result whatever order documents arrived in.

Concepts are settled in chunks, each step one statement for the whole
chunk: a batch of mined documents touches thousands of concepts, and seven
statements for each would cost more than storing the documents.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from glossary.model import grams, off_standard, settle_forms, settle_support, variant_key

from .sql import chunks, compacted, marks

# A rendering's spelling and kind are those most of its occurrences have; at
# a tie, a kind readings verify beats translation, which is also what a file
# without kinds (a two-column glossary) says of every pair.
_SETTLE_RENDERINGS = """
UPDATE renderings SET
  ko = (SELECT o.ko FROM occurrences o WHERE o.rendering_id = renderings.id
        GROUP BY o.ko ORDER BY SUM(o.count) DESC, o.ko LIMIT 1),
  kind = (SELECT o.kind FROM occurrences o WHERE o.rendering_id = renderings.id
          GROUP BY o.kind ORDER BY SUM(o.count) DESC, o.kind = 'translation', o.kind LIMIT 1),
  (count, confidence, seen_at) = (SELECT SUM(o.count), MAX(o.confidence), MAX(d.added_at)
          FROM occurrences o JOIN documents d ON d.id = o.document_id
          WHERE o.rendering_id = renderings.id)
WHERE concept_id IN ({ids})
  AND EXISTS (SELECT 1 FROM occurrences o WHERE o.rendering_id = renderings.id)
"""


def settle_concepts(conn: sqlite3.Connection, concepts: Iterable[int],
                    support: bool = True, verdicts: bool = True) -> None:
    """Drop what no occurrence supports any more among ``concepts``, and
    settle the spellings, kinds, forms, boundary support and check verdicts
    of the rest (``support=False``, ``verdicts=False`` for a schema that has
    no column for them yet)."""
    wanted = sorted(set(concepts))
    for chunk in chunks(wanted):
        _settle_chunk(conn, chunk, support, verdicts)


def settle_verdicts(conn: sqlite3.Connection, concepts: list[int]) -> None:
    """What a check asks of every pair, kept as the pair is written (at
    300k pairs, asking it on every first check cost seconds): whether each
    rendering of ``concepts`` is a transliteration off the standard readings
    (:func:`glossary.model.off_standard`); each concept's form with Hanja
    variants folded (:func:`glossary.model.variant_key`) and the number of
    Chinese spellings its occurrences show."""
    for chunk in chunks(concepts):
        ids = marks(len(chunk))
        conn.executemany(
            "UPDATE concepts SET variant_key = ?, spellings = ? WHERE id = ?"
            " AND (variant_key, spellings) != (?, ?)",
            [(key, spellings, concept, key, spellings)
             for concept, hans, spellings in conn.execute(
                 "SELECT c.id, c.zh_hans, (SELECT COUNT(DISTINCT o.zh) FROM renderings r"
                 " JOIN occurrences o ON o.rendering_id = r.id WHERE r.concept_id = c.id)"
                 f" FROM concepts c WHERE c.id IN ({ids})", chunk).fetchall()
             for key in [variant_key(hans)]])
        judged = [(verdict, rendering, verdict) for rendering, hans, ko, kind in conn.execute(
            "SELECT r.id, c.zh_hans, r.ko, r.kind FROM renderings r JOIN concepts c"
            f" ON c.id = r.concept_id WHERE r.concept_id IN ({ids})", chunk).fetchall()
            for verdict in [int(off_standard(hans, ko, kind))]]
        conn.executemany("UPDATE renderings SET off_standard = ? WHERE id = ?"
                         " AND off_standard != ?", judged)


def _settle_chunk(conn: sqlite3.Connection, chunk: list[int], support: bool,
                  verdicts: bool) -> None:
    ids = marks(len(chunk))
    conn.execute(f"DELETE FROM renderings WHERE concept_id IN ({ids}) AND NOT EXISTS"
                 " (SELECT 1 FROM occurrences o WHERE o.rendering_id = renderings.id)", chunk)
    seen: dict[int, list[tuple[str, str, int]]] = {}
    for concept, zh, hant, count in conn.execute(
            "SELECT r.concept_id, o.zh, o.zh_hant, SUM(o.count) FROM occurrences o"
            f" JOIN renderings r ON r.id = o.rendering_id WHERE r.concept_id IN ({ids})"
            " GROUP BY r.concept_id, o.zh, o.zh_hant", chunk):
        seen.setdefault(int(concept), []).append((zh, hant, count))
    gone = [concept for concept in chunk if concept not in seen]
    if gone:
        conn.execute(f"DELETE FROM concepts WHERE id IN ({marks(len(gone))})", gone)
        conn.execute(f"DELETE FROM grams WHERE concept_id IN ({marks(len(gone))})", gone)
    live = sorted(seen)
    if not live:
        return
    conn.execute(_SETTLE_RENDERINGS.format(ids=marks(len(live))), live)
    if support:
        _settle_boundaries(conn, live)
    index_grams(conn, live)
    conn.executemany("UPDATE concepts SET zh_hans = ?, zh_hant = ?, hant_seen = ? WHERE id = ?",
                     [(forms.hans, forms.hant, int(forms.hant_seen), concept)
                      for concept in live for forms in [settle_forms(seen[concept])]])
    if verdicts:
        settle_verdicts(conn, live)


def settle_boundaries(conn: sqlite3.Connection, concept: int) -> None:
    """Each rendering's support (:func:`glossary.model.settle_support`)."""
    _settle_boundaries(conn, [concept])


def _settle_boundaries(conn: sqlite3.Connection, concepts: list[int]) -> None:
    rows: dict[int, list[tuple[int, str, int, float]]] = {}
    for rendering, concept, ko_key, count, confidence in conn.execute(
            "SELECT id, concept_id, ko_key, count, confidence FROM renderings"
            f" WHERE concept_id IN ({marks(len(concepts))}) ORDER BY id", concepts):
        rows.setdefault(int(concept), []).append((rendering, ko_key, count, confidence))
    updates = []
    for renderings in rows.values():
        supports = settle_support([(ko_key, count, confidence)
                                   for _, ko_key, count, confidence in renderings])
        updates += [(value, row[0], value)
                    for value, row in zip(supports, renderings, strict=True)]
    conn.executemany("UPDATE renderings SET support = ? WHERE id = ? AND support != ?", updates)


def index_grams(conn: sqlite3.Connection, concepts: list[int]) -> None:
    """The grams of every key of ``concepts``: the concept key, and each
    Korean key as it is and without the marks that join its words."""
    ids = marks(len(concepts))
    keys = conn.execute(f"SELECT id, zh_key FROM concepts WHERE id IN ({ids}) UNION"
                        f" SELECT concept_id, ko_key FROM renderings WHERE concept_id IN ({ids})"
                        f" UNION SELECT concept_id, {compacted('ko_key')} FROM renderings"
                        f" WHERE concept_id IN ({ids})", [*concepts, *concepts, *concepts]
                        ).fetchall()
    conn.execute(f"DELETE FROM grams WHERE concept_id IN ({ids})", concepts)
    conn.executemany("INSERT OR IGNORE INTO grams (gram, concept_id) VALUES (?, ?)",
                     [(gram, concept) for concept, key in keys for gram in grams(key)])
