"""Reading a termbase: lookups, the stream of every concept, statistics.

Every order here ends on a key or a spelling, never on a row id, so two
termbases with the same content read out the same, however they were filled.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

from glossary.model import (
    GRAM_END,
    Avoided,
    Concept,
    Kind,
    QueryKeys,
    Rendering,
    Source,
    Stats,
    Status,
    compact_korean,
    concept_key,
    grams,
    other_writings,
    query_keys,
)

from .sql import CHUNK, chunks, compacted, marks, rows_in, shown_source

_MAX = "\U0010ffff"
_STAGES = [
    ("exact", "SELECT id FROM concepts WHERE zh_key = :z UNION"
              " SELECT concept_id FROM renderings WHERE ko_key = :k LIMIT :many"),
    # The most frequent prefix matches of each language, from the key indexes.
    ("prefix", "SELECT * FROM (SELECT c.id FROM concepts c WHERE c.zh_key > :z"
               " AND c.zh_key < :z || :max LIMIT :many) UNION SELECT * FROM"
               " (SELECT concept_id FROM renderings WHERE ko_key > :k AND ko_key < :k || :max"
               " LIMIT :many)"),
    ("substring", None),  # through the gram index: see _substring
]
_MATCH_ORDER = {"exact": 0, "prefix": 1, "substring": 2}


_PROBED = 6  # bigrams a substring lookup probes at most; the final check reads the key whole
_COUNTED = 5000  # postings counted per bigram to find the rarest: enough to tell them apart


def _rarest_first(conn: sqlite3.Connection, bigrams: list[str]) -> list[str]:
    """Up to six of ``bigrams``, spread over the key, the rarest first; none
    when one of them is in no key at all."""
    if len(bigrams) > _PROBED:
        step = (len(bigrams) - 1) / (_PROBED - 1)
        bigrams = sorted({bigrams[round(k * step)] for k in range(_PROBED)})
    counted = [(conn.execute("SELECT COUNT(*) FROM (SELECT 1 FROM grams WHERE gram = ?"
                             " LIMIT ?)", [gram, _COUNTED]).fetchone()[0], gram)
               for gram in bigrams]
    return [] if any(count == 0 for count, _ in counted) else [g for _, g in sorted(counted)]


def _substring(conn: sqlite3.Connection, key: str, column: str, limit: int) -> list[int]:
    """Concepts whose key (or a Korean key) contains ``key``, read from the
    gram index: the concepts holding every bigram of the key, then checked."""
    if not key:
        return []
    if len(key) == 1:  # every character starts a gram: a range of the index
        candidates = conn.execute(
            "SELECT DISTINCT concept_id FROM grams WHERE gram >= ? AND gram < ? LIMIT ?",
            [key, key + _MAX, limit * 20]).fetchall()
    else:
        bigrams = _rarest_first(conn, sorted(grams(key) - {key[-1] + GRAM_END}))
        if not bigrams:
            return []
        # Walk the rarest bigram's postings and probe the others by index: an
        # intersection would read every posting of every bigram first.
        probes = "".join(f" AND EXISTS (SELECT 1 FROM grams g{k} WHERE g{k}.gram = ?"
                         f" AND g{k}.concept_id = g0.concept_id)" for k in range(1, len(bigrams)))
        candidates = conn.execute(f"SELECT g0.concept_id FROM grams g0 WHERE g0.gram = ?{probes}"
                                  " LIMIT ?", [*bigrams, limit * 20]).fetchall()
    ids = [c for (c,) in candidates]
    if not ids:
        return []
    check = ("SELECT id FROM concepts WHERE id IN ({m}) AND instr(zh_key, ?) > 0" if
             column == "zh" else "SELECT DISTINCT concept_id FROM renderings WHERE concept_id"
             f" IN ({{m}}) AND instr({compacted('ko_key')}, ?) > 0").format(m=marks(len(ids)))
    return [c for (c,) in conn.execute(check, [*ids, key])]


def _spaced_otherwise(conn: sqlite3.Connection, concepts: list[int], key: str) -> list[int]:
    """Those of ``concepts`` with a Korean rendering that is ``key`` (the
    marks that join words left out) written with spaces, hyphens or middle
    dots: a query typed otherwise finds it whole (한미 정상회담, 한-미 정상회담)."""
    if not concepts:
        return []
    return [c for (c,) in conn.execute(
        f"SELECT DISTINCT concept_id FROM renderings WHERE concept_id IN ({marks(len(concepts))})"
        f" AND {compacted('ko_key')} = ?", [*concepts, key])]


def _matching(conn: sqlite3.Connection, keys: QueryKeys, ko: str, limit: int,
              exact: bool) -> dict[int, str]:
    seen: dict[int, str] = {}
    zh = keys.zh
    # An empty key (a query of quote or title marks alone) matches nothing:
    # NULL compares false, where '' would open a prefix every key has.
    params = {"z": zh or None, "k": ko or None, "max": _MAX, "many": limit * 5}
    # A query in one script is looked for inside the keys of that script only.
    inside = (zh if keys.may_be_chinese else "", compact_korean(ko) if keys.may_be_korean else "")
    for match, sql in _STAGES[:1] if exact else _STAGES:
        found = (conn.execute(sql, params).fetchall() if sql else
                 [(c,) for c in _substring(conn, inside[0], "zh", limit)
                  + _substring(conn, inside[1], "ko", limit)])
        for (concept,) in found:
            seen.setdefault(concept, match)
        if sql is None and inside[1]:
            for concept in _spaced_otherwise(conn, [c for (c,) in found], inside[1]):
                if seen[concept] == "substring":
                    seen[concept] = "exact"  # 광시자치구 for 광시 자치구: the same words
        if len(seen) >= limit:
            break
    if exact and inside[1] and len(seen) < limit:  # the same words, typed without spaces
        for concept in _spaced_otherwise(conn, _substring(conn, inside[1], "ko", limit),
                                         inside[1]):
            seen.setdefault(concept, "exact")
    return seen


def lookup(conn: sqlite3.Connection, query: str, limit: int = 10, exact: bool = False,
           include_rejected: bool = False) -> list[Concept]:
    """Concepts for Korean or Chinese in either script: exact matches first,
    then prefix, then substring matches (only exact ones with ``exact``). A
    Korean query that finds nothing is tried once more without a particle.
    Rejected renderings are left out unless ``include_rejected``."""
    keys = query_keys(query)
    if not keys.zh and not keys.ko:
        return []
    seen = _matching(conn, keys, keys.ko, limit, exact)
    if not seen and keys.ko_stem != keys.ko:
        seen = _matching(conn, keys, keys.ko_stem, limit, exact)  # 마윈은 → 마윈
    for other in [] if seen else other_writings(query):  # 5ㆍ4 운동 → 5·4 운동, “华为” → 华为
        other_keys = query_keys(other)
        seen = _matching(conn, other_keys, other_keys.ko, limit, exact)
        if seen:
            break
    return [concept(conn, concept_id, seen[concept_id], include_rejected)
            for concept_id in _ranked(conn, seen, include_rejected)[:limit]]


def _ranked(conn: sqlite3.Connection, seen: dict[int, str], include_rejected: bool) -> list[int]:
    """The concepts ``seen`` that have a rendering to show, best first: by
    match, then by the count of the renderings shown, then by key. Ranked
    from one light row each, so that a lookup builds only the concepts it
    returns (a prefix stage may find five times as many)."""
    shown = "" if include_rejected else f" AND {NOT_REJECTED}"
    totals: list[tuple[int, str, int]] = []
    for chunk in chunks(sorted(seen)):
        totals += conn.execute(
            "SELECT c.id, c.zh_key, SUM(r.count) FROM concepts c JOIN renderings r"
            f" ON r.concept_id = c.id {PAIR_DECIDED} WHERE c.id IN ({marks(len(chunk))})"
            f" AND r.count > 0{shown} GROUP BY c.id", chunk).fetchall()
    # The stored key breaks ties: recomputing it would load OpenCC for every lookup.
    totals.sort(key=lambda row: (_MATCH_ORDER[seen[row[0]]], -row[2], row[1]))
    return [concept_id for concept_id, _, _ in totals]


# The decision about a pair (d), and about its Chinese term (dc).
PAIR_DECIDED = "LEFT JOIN decisions d ON d.zh_key = c.zh_key AND d.ko_key = r.ko_key"
DECIDED = (f"{PAIR_DECIDED}"
           " LEFT JOIN decisions dc ON dc.zh_key = c.zh_key AND dc.ko_key = ''")
NOT_REJECTED = "COALESCE(d.status, 'candidate') != 'rejected'"
_STATUS_FIRST = ("CASE COALESCE(d.status, 'candidate') WHEN 'preferred' THEN 0"
                 " WHEN 'rejected' THEN 2 ELSE 1 END")
# A concept's renderings in the order shown: decisions, then the support of
# their boundary (glossary.model.settle_support), count, confidence, key.
SEEN_ORDER = "r.support DESC, r.count DESC, r.confidence DESC, r.ko_key"  # decisions apart
RENDERINGS_ORDER = f"{_STATUS_FIRST}, {SEEN_ORDER}"
_SOURCES = (f"SELECT {shown_source()}, o.context FROM occurrences o JOIN documents d"
            " ON d.id = o.document_id WHERE o.rendering_id = {rendering}"
            " ORDER BY {order} LIMIT ?")
# The source shown first: one with a context (an imported glossary's rows have
# none, and the confidence a glossary claims), the surest, then in order.
_SHOWN_FIRST = "{o}.context = '', {o}.confidence DESC, {d}.label, {o}.position"
_MOST_CONFIDENT = _SHOWN_FIRST.format(o="o", d="d")


def sources_of(conn: sqlite3.Connection, rendering_id: int, limit: int,
               in_document_order: bool = False) -> list[Source]:
    """Where a rendering was seen: the most confident first, or in document order."""
    order = "d.label, o.position" if in_document_order else _MOST_CONFIDENT
    return _distinct(conn, _SOURCES.format(rendering="?", order=order), [rendering_id], limit)


def _distinct(conn: sqlite3.Connection, query: str, parameters: list[object],
              limit: int) -> list[Source]:
    """Up to ``limit`` sources of ``query`` (whose last parameter is its
    limit), each document and context once: two glosses of one sentence share
    its context, which says nothing more the second time. Fetched a few more
    than asked for, and again with more only when copies took their place."""
    fetched = 2 * limit
    while True:
        rows = conn.execute(query, [*parameters, fetched]).fetchall()
        found = list(dict.fromkeys(Source(*row) for row in rows))
        if len(found) >= limit or len(rows) < fetched:
            return found[:limit]
        fetched *= 4


def replaced_by_concept(conn: sqlite3.Connection) -> dict[str, list[tuple[str, str, str]]]:
    """Every edit, by the key of the concept it moved to: (old Korean, old
    Chinese, new Korean), so exports can say what a spelling replaced."""
    moved: dict[str, list[tuple[str, str, str]]] = {}
    for from_zh, from_ko, to_zh, to_ko in conn.execute(
            "SELECT from_zh, from_ko, to_zh, to_ko FROM redirects ORDER BY zh_key, ko_key"):
        moved.setdefault(concept_key(to_zh), []).append((from_ko, from_zh, to_ko))
    return moved



def concept(conn: sqlite3.Connection, concept_id: int, match: str = "",
            include_rejected: bool = True, sources: int = 3) -> Concept:
    """One concept with every rendering and up to ``sources`` sources each."""
    zh_hans, zh_hant, hant_seen, status = conn.execute(
        "SELECT c.zh_hans, c.zh_hant, c.hant_seen, COALESCE(dc.status, 'candidate')"
        " FROM concepts c LEFT JOIN decisions dc ON dc.zh_key = c.zh_key AND dc.ko_key = ''"
        " WHERE c.id = ?", [concept_id]).fetchone()
    renderings = []
    for rendering_id, ko, kind, count, confidence, r_status, note, domain in conn.execute(
        "SELECT r.id, r.ko, r.kind, r.count, r.confidence, COALESCE(d.status, 'candidate'),"
        " COALESCE(d.note, ''), COALESCE(d.domain, '') FROM renderings r JOIN concepts c"
        f" ON c.id = r.concept_id {DECIDED} WHERE r.concept_id = ? AND r.count > 0"
        f" ORDER BY {RENDERINGS_ORDER}", [concept_id],
    ):
        if r_status == Status.REJECTED and not include_rejected:
            continue
        found = sources_of(conn, rendering_id, sources)
        renderings.append(Rendering(ko, Kind(kind), count, confidence, found, Status(r_status),
                                    note, domain))
    forms = [row[0] for row in conn.execute(
        "SELECT DISTINCT o.zh FROM occurrences o JOIN renderings r ON r.id = o.rendering_id"
        " WHERE r.concept_id = ? ORDER BY o.zh", [concept_id])]
    return Concept(zh_hans, zh_hant, forms, renderings, match, bool(hant_seen), Status(status))


_ALL = f"""
SELECT c.zh_key, c.zh_hans, c.zh_hant, c.hant_seen, r.ko, r.kind, r.count, r.confidence,
  (SELECT group_concat(DISTINCT o.zh) FROM occurrences o WHERE o.rendering_id = r.id),
  (SELECT {shown_source("o2", "d2")} || char(31) || o2.context FROM occurrences o2
   JOIN documents d2
   ON d2.id = o2.document_id WHERE o2.rendering_id = r.id
   ORDER BY {_SHOWN_FIRST.format(o="o2", d="d2")} LIMIT 1),
  COALESCE(d.status, 'candidate'), COALESCE(d.note, ''), COALESCE(d.domain, ''),
  COALESCE(dc.status, 'candidate')
FROM renderings r NOT INDEXED CROSS JOIN concepts c ON c.id = r.concept_id {DECIDED}
WHERE r.count > 0
ORDER BY c.zh_key, {RENDERINGS_ORDER}
"""
# Renderings in the order they are stored, so that their occurrences (stored
# along with them) are read in that order too, and SQLite sorts the result on
# disk: 5.8 s for a million pairs, where reading concepts in key order jumps
# about the file (11.6 s), and the planner's own choice, renderings by the
# count index, does both (14 s).


def entries(conn: sqlite3.Connection) -> Iterator[Concept]:
    """Every concept in key order, with one source per rendering, preferred
    renderings first and rejected ones last.

    One query, read in batches: memory stays bounded however large the
    termbase (SQLite sorts on disk when it must). A million rows pass through
    here in an export, so each costs no more than it must: the stored concept
    key (current: the schema re-keys concepts when the rule changes), enum
    members by value from a dict.
    """
    replaced = replaced_by_concept(conn)
    rows = conn.execute(_ALL)
    entry: Concept | None = None
    forms: set[str] = set()
    current = None
    while batch := rows.fetchmany(1000):
        for (key, hans, hant, hant_seen, ko, kind, count, confidence, seen_forms,
             source, status, note, domain, concept_status) in batch:
            if key != current:
                if entry is not None:
                    entry.forms = sorted(forms - {""})
                    yield entry
                entry = Concept(hans, hant, [], [], hant_seen=bool(hant_seen),
                                status=_STATUSES[concept_status],
                                replaced=replaced.get(key, [])).keyed(key)
                forms = set()
                current = key
            assert entry is not None
            if seen_forms:
                forms.update(seen_forms.split(","))
            sources = [Source(*source.split("\x1f", 1))] if source else []
            entry.renderings.append(Rendering(ko, _KINDS[kind], count, confidence, sources,
                                              _STATUSES[status], note, domain))
    if entry is not None:
        entry.forms = sorted(forms - {""})
        yield entry


_KINDS = {kind.value: kind for kind in Kind}
_STATUSES = {status.value: status for status in Status}


def decided(conn: sqlite3.Connection, statuses: Iterable[Status] = ()
            ) -> dict[tuple[str, str], Status]:
    """Every decision but "candidate" (or those of ``statuses``), by (concept
    key, Korean key; '' for the Chinese term itself): what a check applies to
    what it read without them."""
    wanted = sorted(str(status) for status in statuses)
    where = f"status IN ({marks(len(wanted))})" if wanted else "status != 'candidate'"
    return {(str(zh_key), str(ko_key)): Status(status) for zh_key, ko_key, status in conn.execute(
        f"SELECT zh_key, ko_key, status FROM decisions WHERE {where}", wanted)}


def avoided(conn: sqlite3.Connection) -> list[Avoided]:
    """The Korean spellings translators turned away from: each rejected
    rendering (as stored, else its key) and each spelling an edit replaced,
    with the concept it was turned away from."""
    rejected = [Avoided(ko, hans, hant, "") for ko, hans, hant in conn.execute(
        "SELECT COALESCE(r.ko, d.ko_key), c.zh_hans, c.zh_hant FROM decisions d"
        " JOIN concepts c ON c.zh_key = d.zh_key LEFT JOIN renderings r"
        " ON r.concept_id = c.id AND r.ko_key = d.ko_key"
        " WHERE d.status = 'rejected' AND d.ko_key != ''")]
    moved = replaced_by_concept(conn)
    replaced = []
    for chunk in chunks(sorted(moved)):  # a statement for many concepts, not one each
        for key, hans, hant in conn.execute(
                "SELECT zh_key, zh_hans, zh_hant FROM concepts"
                f" WHERE zh_key IN ({marks(len(chunk))})", chunk):
            replaced += [Avoided(old_ko, hans, hant, new_ko) for old_ko, _, new_ko in moved[key]]
    return sorted(rejected + replaced)


def sources(conn: sqlite3.Connection, zh_key: str, ko_key: str, limit: int) -> list[Source]:
    """Up to ``limit`` sources of one stored pair, the most confident first."""
    by_keys = ("(SELECT r.id FROM renderings r JOIN concepts c ON c.id = r.concept_id"
               " WHERE c.zh_key = ? AND r.ko_key = ?)")
    return _distinct(conn, _SOURCES.format(rendering=by_keys, order=_MOST_CONFIDENT),
                     [zh_key, ko_key], limit)


def sources_by_keys(conn: sqlite3.Connection, keys: Iterable[tuple[str, str]], limit: int
                    ) -> dict[tuple[str, str], list[Source]]:
    """Up to ``limit`` sources of each stored pair of ``keys`` (concept key,
    Korean key), the most confident first, as :func:`sources` gives them;
    a pair not stored is left out. A statement for a few hundred pairs: a
    check cites thousands, and a query each cost it a second at 300k pairs."""
    wanted = sorted(set(keys))
    found: dict[tuple[str, str], list[Source]] = {}
    for chunk in chunks(wanted, CHUNK // 2):  # two variables a pair
        placeholders = ", ".join(["(?, ?)"] * len(chunk))
        rows = conn.execute(
            f"WITH wanted (zh_key, ko_key) AS (VALUES {placeholders}),"
            " chosen AS (SELECT r.id, w.zh_key, w.ko_key FROM wanted w JOIN concepts c"
            " ON c.zh_key = w.zh_key JOIN renderings r ON r.concept_id = c.id"
            " AND r.ko_key = w.ko_key)"
            # Each document and context once, as _distinct gives them: the
            # first copy in the order, and the sources in the order of those.
            " SELECT zh_key, ko_key, label, context FROM (SELECT zh_key, ko_key, label,"
            " context, ROW_NUMBER() OVER (PARTITION BY rendering_id ORDER BY rank) AS n"
            " FROM (SELECT ch.zh_key, ch.ko_key, o.rendering_id,"
            f" {shown_source()} AS label, o.context,"
            f" ROW_NUMBER() OVER (PARTITION BY o.rendering_id ORDER BY {_MOST_CONFIDENT})"
            f" AS rank, ROW_NUMBER() OVER (PARTITION BY o.rendering_id, {shown_source()},"
            f" o.context ORDER BY {_MOST_CONFIDENT}) AS copy"
            " FROM chosen ch JOIN occurrences o"
            " ON o.rendering_id = ch.id JOIN documents d ON d.id = o.document_id)"
            " WHERE copy = 1) WHERE n <= ? ORDER BY zh_key, ko_key, n",
            [value for pair in chunk for value in pair] + [limit])
        for zh_key, ko_key, label, context in rows:
            found.setdefault((zh_key, ko_key), []).append(Source(label, context))
    return found


def pairs(conn: sqlite3.Connection) -> Iterator[tuple[str, str, str, int]]:
    """``(zh_hans, zh_hant, ko, count)`` for every rendering that is not
    rejected, the preferred or most frequent rendering of each concept first:
    the raw material of a term index."""
    yield from conn.execute(
        f"SELECT c.zh_hans, c.zh_hant, r.ko, r.count FROM concepts c JOIN renderings r"
        f" ON r.concept_id = c.id {DECIDED} WHERE r.count > 0"
        f" AND {NOT_REJECTED}"
        f" ORDER BY c.zh_key, {RENDERINGS_ORDER}")


def index_rows(conn: sqlite3.Connection) -> Iterator[tuple[str, str, str, str, int]]:
    """``(zh_key, zh_hans, zh_hant, ko, count)`` of the same renderings as
    :func:`pairs`, each concept's together in the same order, but concepts in
    storage order: sorting every pair by its concept key costs a term index
    more than all else (2 s of 3.5 at 300k pairs), and the index can tell
    which concept comes first by the key itself."""
    yield from conn.execute(
        f"SELECT c.zh_key, c.zh_hans, c.zh_hant, r.ko, r.count FROM concepts c JOIN renderings r"
        f" ON r.concept_id = c.id {DECIDED} WHERE +r.count > 0"
        f" AND {NOT_REJECTED}"
        f" ORDER BY r.concept_id, {RENDERINGS_ORDER}")


def stats(conn: sqlite3.Connection, path: str) -> Stats:
    def count(table: str) -> int:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    kinds = dict(conn.execute(
        "SELECT kind, COUNT(*) FROM renderings GROUP BY kind ORDER BY kind").fetchall())
    return Stats(path, count("documents"), count("concepts"), count("renderings"),
                 count("occurrences"), kinds)


def titles(conn: sqlite3.Connection, labels: Iterable[str]) -> dict[str, str]:
    """The title of each document of ``labels`` that has one (a wikiextractor
    article's, a JSONL record's), by the label a source shows: found by the
    document's name, which such a document's label is, through its index."""
    return {str(label): str(title) for label, title in rows_in(
        conn, "SELECT label, title FROM documents WHERE name IN ({marks})"
        " AND label = name AND title != ''", sorted(set(labels)))}
