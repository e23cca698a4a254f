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

# Concepts seen in more than one spelling: found by comparing extremes
# before any list is built.
_SPELLED_SEVERAL_WAYS = ("SELECT r.concept_id FROM occurrences o JOIN renderings r"
                         " ON r.id = o.rendering_id GROUP BY r.concept_id"
                         " HAVING MIN(o.zh) < MAX(o.zh)")


def overview(conn: sqlite3.Connection, low_confidence: float) -> Overview:
    """Every counted pair as light rows (see :class:`~glossary.model.Overview`),
    decisions apart: a check applies them to what it reads."""
    terms, transliterations, notable = _counted(conn, low_confidence)
    # Renderings that share a Korean spelling share its key: the key index
    # finds the few candidates before any row is read.
    shared_keys = ("SELECT ko_key FROM renderings WHERE ko_key IN (SELECT ko_key FROM"
                   " renderings GROUP BY ko_key HAVING COUNT(*) > 1) AND count > 0"
                   " GROUP BY ko_key HAVING COUNT(*) > 1")
    by_korean: dict[str, list[tuple[str, int]]] = {}
    for ko, zh_hans, count in conn.execute(
            "SELECT r.ko, c.zh_hans, r.count FROM renderings r JOIN concepts c"
            f" ON c.id = r.concept_id WHERE r.count > 0 AND r.ko_key IN ({shared_keys})"
            " ORDER BY r.concept_id, r.id"):
        by_korean.setdefault(str(ko), []).append((str(zh_hans), int(count)))
    shared = [(ko, zh, count) for ko, terms_of in by_korean.items() if len(terms_of) > 1
              for zh, count in terms_of]
    notable |= {str(row[0]) for row in conn.execute(
        "SELECT c.zh_key FROM concepts c WHERE c.id IN"
        f" ({_SPELLED_SEVERAL_WAYS}) AND EXISTS (SELECT 1 FROM renderings r"
        " WHERE r.concept_id = c.id AND r.count > 0)")}
    return Overview(terms, shared, transliterations, notable)


def _counted(conn: sqlite3.Connection, low_confidence: float
             ) -> tuple[list[str], list[tuple[str, str, str]], set[str]]:
    """One pass over the counted renderings, a concept's together: the
    Chinese of every concept that has one, the transliterations, and the
    concepts with several renderings or an unsure one. (One pass costs a
    third less than a query for each.)"""
    terms: list[str] = []
    transliterations: list[tuple[str, str, str]] = []
    notable: set[str] = set()
    current, key, renderings, unsure = -1, "", 0, False
    transliteration = Kind.TRANSLITERATION.value  # once: an enum member's value is a lookup
    rows = conn.execute(
        "SELECT r.concept_id, c.zh_key, c.zh_hans, r.ko, r.kind, r.confidence FROM renderings r"
        " JOIN concepts c ON c.id = r.concept_id WHERE +r.count > 0 ORDER BY r.concept_id, r.id")
    while batch := rows.fetchmany(1000):  # memory stays flat however large the termbase
        for concept_id, zh_key, zh_hans, ko, kind, confidence in batch:
            if concept_id != current:
                if renderings > 1 or unsure:
                    notable.add(key)
                current, key, renderings, unsure = concept_id, zh_key, 0, False
                terms.append(zh_hans)
            renderings += 1
            unsure = unsure or confidence < low_confidence
            if kind == transliteration:
                transliterations.append((zh_key, zh_hans, ko))
    if renderings > 1 or unsure:
        notable.add(key)
    return terms, transliterations, notable


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
        "SELECT r.concept_id FROM concepts c JOIN renderings r ON r.concept_id = c.id"
        " JOIN occurrences o ON o.rendering_id = r.id"
        f" WHERE c.zh_key IN ({marks(len(keys))})"
        " GROUP BY r.concept_id HAVING MIN(o.zh) < MAX(o.zh)")
    return {int(concept_id): [row[0] for row in conn.execute(
        "SELECT DISTINCT o.zh FROM occurrences o JOIN renderings r ON r.id = o.rendering_id"
        " WHERE r.concept_id = ? ORDER BY o.zh", [concept_id])]
        for concept_id, in conn.execute(several, keys or [])}
