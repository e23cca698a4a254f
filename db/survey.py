"""The whole termbase for a consistency check, cheaply.

A check looks at every pair, but most pairs need no more than a row: only
the concepts an :func:`overview` singles out (several renderings or
spellings, an unsure rendering, a transliteration a caller doubts) are read
whole by :func:`survey`. At a few hundred thousand pairs, building a
:class:`~glossary.model.Concept` for each would cost seconds.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

from glossary.model import Concept, Kind, Overview, Rendering

from .reads import SEEN_ORDER
from .sql import chunks, marks

_SURVEY = f"""
SELECT c.id, c.zh_key, c.zh_hans, c.zh_hant, r.ko, r.kind, r.count, r.confidence
FROM renderings r JOIN concepts c ON c.id = r.concept_id
WHERE +r.count > 0 {{only}}
ORDER BY r.concept_id, {SEEN_ORDER}
"""

# Concepts seen in more than one spelling, as settle_verdicts counted them.
_SPELLED_SEVERAL_WAYS = "SELECT id FROM concepts WHERE spellings > 1"


def overview(conn: sqlite3.Connection, low_confidence: float) -> Overview:
    """What a check needs of every counted pair (see
    :class:`~glossary.model.Overview`), decisions apart: a check applies
    them to what it reads. Each part is one statement over what the store
    keeps with every pair (its verdicts, see :mod:`.settle`): no pair is
    read into Python unless a finding may name it."""
    # Several counted renderings (among concepts with several at all, which
    # the key index finds unread) or an unsure one (from the confidence index).
    notable = {str(row[0]) for row in conn.execute(
        "SELECT zh_key FROM concepts WHERE id IN (SELECT concept_id FROM renderings"
        " WHERE concept_id IN (SELECT concept_id FROM renderings GROUP BY concept_id"
        " HAVING COUNT(*) > 1) AND count > 0 GROUP BY concept_id HAVING COUNT(*) > 1"
        " UNION SELECT concept_id FROM renderings WHERE confidence < ? AND count > 0)",
        [low_confidence])}
    off = [(str(key), str(hans), str(ko)) for key, hans, ko in conn.execute(
        "SELECT c.zh_key, c.zh_hans, r.ko FROM renderings r INDEXED BY idx_renderings_off_standard"
        " JOIN concepts c ON c.id = r.concept_id WHERE r.off_standard AND r.count > 0"
        " ORDER BY r.concept_id, r.id")]
    # Renderings that share a Korean spelling share its key: the key index
    # finds the few candidates before any row is read.
    shared_keys = ("SELECT ko_key FROM renderings WHERE ko_key IN (SELECT ko_key FROM"
                   " renderings GROUP BY ko_key HAVING COUNT(*) > 1) AND count > 0"
                   " GROUP BY ko_key HAVING COUNT(*) > 1")
    by_korean: dict[str, list[tuple[str, str, str, int]]] = {}
    for ko, ko_key, zh_hans, zh_key, count in conn.execute(
            "SELECT r.ko, r.ko_key, c.zh_hans, c.zh_key, r.count FROM renderings r JOIN concepts c"
            f" ON c.id = r.concept_id WHERE r.count > 0 AND r.ko_key IN ({shared_keys})"
            " ORDER BY r.concept_id, r.id"):
        by_korean.setdefault(str(ko), []).append((str(ko_key), str(zh_hans), str(zh_key),
                                                  int(count)))
    shared = [(ko, *row) for ko, rows in by_korean.items() if len(rows) > 1 for row in rows]
    notable |= {str(row[0]) for row in conn.execute(
        "SELECT c.zh_key FROM concepts c WHERE c.id IN"
        f" ({_SPELLED_SEVERAL_WAYS}) AND EXISTS (SELECT 1 FROM renderings r"
        " WHERE r.concept_id = c.id AND r.count > 0)")}
    return Overview(_variant_groups(conn), shared, off, notable)


def _variant_groups(conn: sqlite3.Connection) -> list[list[tuple[str, str]]]:
    """Counted concepts that fold to one form in Hanja variants, as
    (Chinese, concept key), each group sorted. Two distinct terms that fold
    alike cannot both be the folded form, so a group's folded form is that
    of a term folding changes: only those forms are looked up (distinct
    terms folding leaves alone stay distinct), and of them only the forms
    two concepts or more fold to, counted in the index before any row is
    read (most forms folding changes are one term's: 84k of 300k concepts
    in bench/scale's spelled termbase, no group)."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for folded, hans, key in conn.execute(
            "SELECT c.variant_key, c.zh_hans, c.zh_key FROM concepts c WHERE c.variant_key IN"
            " (SELECT variant_key FROM concepts WHERE variant_key IN"
            " (SELECT variant_key FROM concepts WHERE variant_key != zh_hans)"
            " GROUP BY variant_key HAVING COUNT(*) > 1)"
            " AND EXISTS (SELECT 1 FROM renderings r WHERE r.concept_id = c.id AND r.count > 0)"
            " ORDER BY c.variant_key, c.zh_hans"):
        groups.setdefault(str(folded), []).append((str(hans), str(key)))
    return [group for group in groups.values() if len(group) > 1]


def survey(conn: sqlite3.Connection, keys: Iterable[str] | None = None) -> Iterator[Concept]:
    """Every concept (or those whose key is in ``keys``) with its renderings
    and spellings but no sources and no decisions (a check applies those
    itself), in storage order (by key for chosen ones); a concept's renderings
    in the order they are shown but for decisions (:data:`~.reads.SEEN_ORDER`).

    ``entries`` sorts by key and fetches a source per rendering, which costs
    seconds at a few hundred thousand pairs; a check needs neither.
    (``+r.count`` keeps SQLite off the count index, whose order would make it
    read the renderings table at random: three times slower.)
    """
    if keys is None:
        yield from _survey(conn, _SURVEY.format(only=""), [], None)
        return
    wanted = sorted(set(keys))
    # A key costs its query about what eight rows of the whole pass cost:
    # asked for many, one pass that skips the others is cheaper.
    if len(wanted) * 8 > conn.execute("SELECT COUNT(*) FROM concepts").fetchone()[0]:
        yield from _survey(conn, _SURVEY.format(only=""), [], set(wanted))
        return
    for chunk in chunks(wanted):
        only = f"AND c.zh_key IN ({marks(len(chunk))})"
        yield from _survey(conn, _SURVEY.format(only=only), chunk, None)


def _survey(conn: sqlite3.Connection, query: str, parameters: list[str],
            only: set[str] | None) -> Iterator[Concept]:
    kinds = {k.value: k for k in Kind}
    spelled = _spellings(conn, parameters or None)
    entry: Concept | None = None
    current = -1
    rows = conn.execute(query, parameters)
    while batch := rows.fetchmany(1000):  # memory stays flat however large the termbase
        for concept_id, key, hans, hant, ko, kind, count, confidence in batch:
            if only is not None and key not in only:
                continue
            if concept_id != current:
                if entry is not None:
                    yield entry
                entry = Concept(hans, hant, spelled.get(concept_id, [hans]), [])
                current = concept_id
            assert entry is not None
            entry.renderings.append(Rendering(ko, kinds[kind], count, confidence))
    if entry is not None:
        yield entry


def _spellings(conn: sqlite3.Connection, keys: list[str] | None) -> dict[int, list[str]]:
    """The spellings of the concepts (all, or those of ``keys``) seen in more
    than one, by concept id: few, so each is read on its own."""
    several = _SPELLED_SEVERAL_WAYS if keys is None else (
        f"SELECT id FROM concepts WHERE zh_key IN ({marks(len(keys))}) AND spellings > 1")
    return {int(concept_id): [row[0] for row in conn.execute(
        "SELECT DISTINCT o.zh FROM occurrences o JOIN renderings r ON r.id = o.rendering_id"
        " WHERE r.concept_id = ? ORDER BY o.zh", [concept_id])]
        for concept_id, in conn.execute(several, keys or [])}
