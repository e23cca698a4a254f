"""A translator's decisions, as the store keeps them.

Decisions live in their own table, keyed by the pair's keys (concept key and
Korean key), never on the rows mining writes: re-mining, replacing a
document, an import or a merge cannot change them. Each change bumps the
decision's version, so a change made from a page or a review loop that shows
an older version is refused instead of silently overwriting another. Every
change is logged with what undoes it. Callers run these inside a transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from glossary.model import (
    UNDECIDED,
    Attestation,
    ConflictError,
    Decision,
    Disagreement,
    Kind,
    LogEntry,
    NotFoundError,
    Pair,
    QueryKeys,
    Source,
    Status,
    clean,
    compact_korean,
    concept_key,
    korean_key,
)

from .reads import sources_of
from .settle import settle_concepts
from .sql import compacted, marks
from .writes import rendering_id

ADDED = "kozh:added"  # the document that holds pairs added by hand
ADDED_LABEL = "added by hand"


def find(conn: sqlite3.Connection, zh_key: str, ko_key: str) -> tuple[int, int, str, str] | None:
    """(concept id, rendering id, zh_hans, ko) of a stored pair."""
    row = conn.execute(
        "SELECT c.id, r.id, c.zh_hans, r.ko FROM renderings r JOIN concepts c"
        " ON c.id = r.concept_id WHERE c.zh_key = ? AND r.ko_key = ?", [zh_key, ko_key]).fetchone()
    return (int(row[0]), int(row[1]), str(row[2]), str(row[3])) if row else None


def written_otherwise(conn: sqlite3.Connection, zh_key: str, ko_key: str) -> str | None:
    """The Korean key of the one stored rendering of the concept ``zh_key``
    that is ``ko_key`` with its words joined otherwise (spaces, hyphens,
    middle dots: 한미 정상회담 for 한-미 정상회담); None when none is, or several."""
    found = conn.execute(
        "SELECT r.ko_key FROM renderings r JOIN concepts c ON c.id = r.concept_id"
        f" WHERE c.zh_key = ? AND {compacted('r.ko_key')} = ? LIMIT 2",
        [zh_key, compact_korean(ko_key)]).fetchall()
    return str(found[0][0]) if len(found) == 1 else None


def pairs_named(conn: sqlite3.Connection, keys: QueryKeys, korean: bool,
                limit: int) -> list[tuple[str, str]]:
    """(Korean, Chinese) of the stored pairs whose Korean (``korean``) or
    Chinese is the one named, by index: the Korean as written first, then
    as a word with a particle."""
    if not korean:
        where, params = "c.zh_key = ?", [keys.zh]
    else:
        where, params = "r.ko_key = ?", [keys.ko]
    found = conn.execute(
        "SELECT r.ko, c.zh_hans FROM renderings r JOIN concepts c ON c.id = r.concept_id"
        f" WHERE {where} ORDER BY r.count DESC, r.ko_key, c.zh_key LIMIT ?",
        [*params, limit]).fetchall()
    if not found and korean and keys.ko_stem != keys.ko:
        return pairs_named(conn, QueryKeys(keys.zh, keys.ko_stem, keys.ko_stem), True, limit)
    return [(str(ko), str(zh)) for ko, zh in found]


def require(conn: sqlite3.Connection, zh_key: str, ko_key: str, ko: str,
            zh: str) -> tuple[int, int, str, str]:
    found = find(conn, zh_key, ko_key)
    if found is None:
        raise NotFoundError(f"no pair {ko} ↔ {zh} in the termbase (see 'kozh lookup {zh}')")
    return found


def decision(conn: sqlite3.Connection, zh_key: str, ko_key: str) -> tuple[Decision, int]:
    """The decision about a pair and its version (0: never decided)."""
    row = conn.execute("SELECT status, note, domain, version FROM decisions"
                       " WHERE zh_key = ? AND ko_key = ?", [zh_key, ko_key]).fetchone()
    if row is None:
        return UNDECIDED, 0
    return Decision(Status(row[0]), row[1], row[2]), int(row[3])


def put_decision(conn: sqlite3.Connection, zh_key: str, ko_key: str, new: Decision, by: str,
         at: str) -> None:
    conn.execute(
        "INSERT INTO decisions (zh_key, ko_key, status, note, domain, decided_by, decided_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (zh_key, ko_key) DO UPDATE SET"
        " status = excluded.status, note = excluded.note, domain = excluded.domain,"
        " decided_by = excluded.decided_by, decided_at = excluded.decided_at,"
        " version = decisions.version + 1",
        [zh_key, ko_key, new.status.value, clean(new.note), clean(new.domain), by, at])


def put_or_forget(conn: sqlite3.Connection, zh_key: str, ko_key: str, kept: Decision, by: str,
                  at: str) -> None:
    """Store a decision; an undecided one (a candidate, no note, no domain) is no row."""
    if kept == UNDECIDED:
        conn.execute("DELETE FROM decisions WHERE zh_key = ? AND ko_key = ?", [zh_key, ko_key])
    else:
        put_decision(conn, zh_key, ko_key, kept, by, at)


def _shown(d: Decision) -> str:
    parts = [d.status.value] + ([f"note: {d.note}"] if d.note else []) + (
        [f"domain: {d.domain}"] if d.domain else [])
    return "; ".join(parts)


def log(conn: sqlite3.Connection, at: str, by: str, action: str, zh: str, ko: str,
        before: str, after: str, undo: dict[str, Any] | None = None) -> None:
    conn.execute("INSERT INTO decision_log (at, by, action, zh, ko, before, after, undo)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 [at, by, action, zh, ko, before, after, json.dumps(undo) if undo else ""])


def decide(conn: sqlite3.Connection, zh_key: str, ko_key: str, new: Decision, by: str, at: str,
           *, expected_version: int | None = None, action: str = "status",
           shown: tuple[str, str] = ("", "")) -> Decision:
    """Record a decision; preferring a rendering makes the concept's other
    preferred rendering approved. Returns the decision it replaced."""
    old, version = decision(conn, zh_key, ko_key)
    if expected_version is not None and expected_version != version:
        raise ConflictError(f"{shown[1] or ko_key} ↔ {shown[0] or zh_key} was changed by someone "
                            f"else meanwhile (now: {_shown(old)}); look again and decide again")
    undo: list[dict[str, Any]] = [{"zh_key": zh_key, "ko_key": ko_key, "before": _plain(old)}]
    if new.status is Status.PREFERRED:
        undo += demote_the_preferred(conn, zh_key, ko_key, by, at)
    put_decision(conn, zh_key, ko_key, new, by, at)
    log(conn, at, by, action, shown[0] or zh_key, shown[1] or ko_key, _shown(old), _shown(new),
        {"type": "decisions", "items": undo})
    return old


def demote_the_preferred(conn: sqlite3.Connection, zh_key: str, ko_key: str, by: str,
                         at: str) -> list[dict[str, Any]]:
    """Make the concept's preferred rendering other than ``ko_key`` approved,
    as one becomes preferred in its place: a concept has one to use. Returns
    what an undo puts back."""
    if not ko_key:
        return []
    undo: list[dict[str, Any]] = []
    for other_ko, note, domain in conn.execute(
            "SELECT ko_key, note, domain FROM decisions WHERE zh_key = ? AND ko_key != ?"
            " AND ko_key != '' AND status = 'preferred'", [zh_key, ko_key]).fetchall():
        demoted = Decision(Status.PREFERRED, note, domain)
        undo.append({"zh_key": zh_key, "ko_key": other_ko, "before": _plain(demoted)})
        put_decision(conn, zh_key, other_ko, Decision(Status.APPROVED, note, domain), by, at)
    return undo


def _plain(d: Decision) -> dict[str, str]:
    return {"status": d.status.value, "note": d.note, "domain": d.domain}


# -- pairs added, edited and deleted by hand ------------------------------------------------

def added_document(conn: sqlite3.Connection, at: str) -> int:
    conn.execute("INSERT OR IGNORE INTO documents (name, sha256, origin, added_at, label)"
                 " VALUES (?, '', 'imported', ?, ?)", [ADDED, at, ADDED_LABEL])
    return int(conn.execute("SELECT id FROM documents WHERE name = ?", [ADDED]).fetchone()[0])


def add(conn: sqlite3.Connection, zh: str, ko: str, kind: Kind, status: Status | None,
        note: str | None, domain: str | None, by: str, at: str) -> bool:
    """Add a pair no document contains; False when the termbase already had it
    (then only the decision is recorded). What is not given (None) stays as
    decided: the note, the domain, and a status that already vouches for the
    pair (approved, preferred); else the pair is approved."""
    zh_key, ko_key = concept_key(zh), korean_key(ko)
    existed = find(conn, zh_key, ko_key) is not None
    old, _ = decision(conn, zh_key, ko_key)
    if status is None:
        status = old.status if existed and old.status in (Status.APPROVED, Status.PREFERRED) \
            else Status.APPROVED
    new = Decision(status, old.note if note is None else note,
                   old.domain if domain is None else domain)
    if not existed:
        document = added_document(conn, at)
        position = conn.execute("SELECT COALESCE(MAX(position) + 1, 0) FROM occurrences"
                                " WHERE document_id = ?", [document]).fetchone()[0]
        concept, rendering = rendering_id(conn, Attestation(zh, ko, kind, position, 1.0), {})
        conn.execute("INSERT INTO occurrences (document_id, rendering_id, position, zh,"
                     " confidence, count, context, ko, kind, zh_hant) VALUES"
                     " (?, ?, ?, ?, 1.0, 1, '', ?, ?, '')",
                     [document, rendering, position, clean(zh), clean(ko), kind.value])
        conn.execute("UPDATE documents SET added_at = ? WHERE id = ?", [at, document])
        settle_concepts(conn, [concept])
    demoted = demote_the_preferred(conn, zh_key, ko_key, by, at) \
        if new.status is Status.PREFERRED else []
    put_decision(conn, zh_key, ko_key, new, by, at)
    log(conn, at, by, "add", zh, ko, "" if not existed else _shown(old), _shown(new),
        {"type": "add", "zh_key": zh_key, "ko_key": ko_key, "added": not existed,
         "before": _plain(old), "demoted": demoted})
    return not existed


def edit(conn: sqlite3.Connection, zh_key: str, ko_key: str, new_zh: str, new_ko: str,
         changes: Decision | None, by: str, at: str, *, action: str = "edit",
         kind: Kind | None = None) -> None:
    """Move a pair to a new spelling: its occurrences (so its sources and
    counts) and its decision go with it, and a redirect makes re-mining store
    the old spelling under the new one. ``kind``: how the new spelling
    renders the Chinese, which its occurrences take (else theirs stay)."""
    concept, rendering, zh_hans, ko = require(conn, zh_key, ko_key, ko_key, zh_key)
    new_zh_key, new_ko_key = concept_key(new_zh), korean_key(new_ko)
    moving = (new_zh_key, new_ko_key) != (zh_key, ko_key)
    # Joining a pair that exists (상해 fixed to 상하이): an undo must part them
    # again, each with its own occurrences and decision.
    joined = find(conn, new_zh_key, new_ko_key) if moving else None
    parting = {} if joined is None else {
        "joined": _plain(decision(conn, new_zh_key, new_ko_key)[0]),
        "occurrences": _occurrences(conn, rendering),
        "had": [[o["document"], o["position"]] for o in _occurrences(conn, joined[1])]}
    rows = conn.execute("SELECT kind FROM occurrences WHERE rendering_id = ? LIMIT 1",
                        [rendering]).fetchone()
    target_concept, target = rendering_id(
        conn, Attestation(new_zh, new_ko, kind or Kind(rows[0]), 0, 1.0), {})
    zh_changed = new_zh_key != zh_key
    conn.execute("UPDATE OR IGNORE occurrences SET rendering_id = ?, ko = ?"
                 + (", zh = ?, zh_hant = ''" if zh_changed else "")
                 + (", kind = ?" if kind else "") + " WHERE rendering_id = ?",
                 [target, clean(new_ko), *([clean(new_zh)] if zh_changed else []),
                  *([str(kind)] if kind else []), rendering])
    if target != rendering:
        # Occurrences the new pair had already (the same place in a document)
        # were not moved: the pair's own stay, these go.
        conn.execute("DELETE FROM occurrences WHERE rendering_id = ?", [rendering])
    old, _ = decision(conn, zh_key, ko_key)
    moved = changes or old
    if moving:
        conn.execute("DELETE FROM decisions WHERE zh_key = ? AND ko_key = ?", [zh_key, ko_key])
        conn.execute("DELETE FROM redirects WHERE zh_key = ? AND ko_key = ?",
                     [new_zh_key, new_ko_key])
        conn.execute("INSERT OR REPLACE INTO redirects (zh_key, ko_key, from_zh, from_ko, to_zh,"
                     " to_ko) VALUES (?, ?, ?, ?, ?, ?)",
                     [zh_key, ko_key, zh_hans, ko, clean(new_zh), clean(new_ko)])
        conn.execute("UPDATE redirects SET to_zh = ?, to_ko = ? WHERE to_zh = ? AND to_ko = ?",
                     [clean(new_zh), clean(new_ko), zh_hans, ko])
    if moved != UNDECIDED or moving:
        put_decision(conn, new_zh_key, new_ko_key, moved, by, at)
    elif changes is not None:  # a candidate's note or domain taken back to none (an undo)
        put_or_forget(conn, zh_key, ko_key, moved, by, at)
    settle_concepts(conn, sorted({concept, target_concept}))
    log(conn, at, by, action, zh_hans, ko, f"{ko} ↔ {zh_hans}; {_shown(old)}",
        f"{clean(new_ko)} ↔ {clean(new_zh)}; {_shown(moved)}",
        {"type": "edit", "from": [zh_hans, ko], "to": [clean(new_zh), clean(new_ko)],
         "before": _plain(old), **parting,
         **({"kind": rows[0]} if kind and kind != rows[0] else {})}  # what an undo restores
        if action == "edit" else None)


def _occurrences(conn: sqlite3.Connection, rendering: int) -> list[dict[str, Any]]:
    """A rendering's occurrences as an undo plan keeps them."""
    return [dict(zip(("document", "position", "zh", "ko", "kind", "confidence", "count",
                      "context", "zh_hant", "source"), row, strict=True))
            for row in conn.execute(
                "SELECT d.name, o.position, o.zh, o.ko, o.kind, o.confidence, o.count,"
                " o.context, o.zh_hant, o.source FROM occurrences o JOIN documents d"
                " ON d.id = o.document_id WHERE o.rendering_id = ?", [rendering])]


def delete(conn: sqlite3.Connection, zh_key: str, ko_key: str, by: str, at: str) -> None:
    """Forget a pair. The documents it came from are marked to be read again,
    so re-mining them may find it again, as a candidate."""
    concept, rendering, zh_hans, ko = require(conn, zh_key, ko_key, ko_key, zh_key)
    occurrences = _occurrences(conn, rendering)
    conn.execute("UPDATE documents SET sha256 = 'forgotten:' || sha256 WHERE id IN"
                 " (SELECT document_id FROM occurrences WHERE rendering_id = ?)"
                 " AND sha256 NOT LIKE 'forgotten:%' AND name != ?", [rendering, ADDED])
    conn.execute("DELETE FROM occurrences WHERE rendering_id = ?", [rendering])
    old, _ = decision(conn, zh_key, ko_key)
    conn.execute("DELETE FROM decisions WHERE zh_key = ? AND ko_key = ?", [zh_key, ko_key])
    settle_concepts(conn, [concept])
    log(conn, at, by, "delete", zh_hans, ko, _shown(old), "deleted",
        {"type": "delete", "zh_key": zh_key, "ko_key": ko_key, "before": _plain(old),
         "occurrences": occurrences})


def last_change(conn: sqlite3.Connection) -> LogEntry | None:
    """The latest change an undo would revert, if any."""
    row = conn.execute("SELECT id, at, by, action, zh, ko, before, after FROM decision_log"
                       " WHERE undo != '' ORDER BY id DESC LIMIT 1").fetchone()
    return LogEntry(*row) if row else None


def log_entries(conn: sqlite3.Connection, limit: int, zh: str | None = None,
                ko: str | None = None) -> list[LogEntry]:
    """The latest changes, newest first; with ``zh`` and ``ko``, of one pair."""
    where, params = "", list[object]([limit])
    if zh is not None and ko is not None:
        where, params = "WHERE zh = ? AND ko = ?", [zh, ko, limit]
    return [LogEntry(*row) for row in conn.execute(
        "SELECT id, at, by, action, zh, ko, before, after FROM decision_log"
        f" {where} ORDER BY at DESC, id DESC LIMIT ?", params)]


# A pair as lists and pages show it: the rendering's id, then Pair's fields.
_PAIR = ("SELECT r.id, r.ko, c.zh_hans, c.zh_hant, r.kind, r.count, r.confidence,"
         " COALESCE(d.status, 'candidate'), COALESCE(d.note, ''), COALESCE(d.domain, ''),"
         " COALESCE(d.decided_by, ''), COALESCE(d.decided_at, ''), COALESCE(d.version, 0),"
         " r.seen_at FROM renderings r JOIN concepts c ON c.id = r.concept_id"
         " LEFT JOIN decisions d ON d.zh_key = c.zh_key AND d.ko_key = r.ko_key")


def _pair(row: tuple[Any, ...], sources: list[Source]) -> Pair:
    _, ko, hans, hant, kind, count, confidence, status, note, domain, by, at, version, seen = row
    return Pair(ko, hans, hant, Kind(kind), count, confidence, Status(status), note, domain, by,
                at, version, seen, sources)


def pair_detail(conn: sqlite3.Connection, zh_key: str, ko_key: str,
                contexts: int = 200) -> Pair | None:
    """One pair with up to ``contexts`` of its sources, in document order."""
    found = find(conn, zh_key, ko_key)
    if found is None:
        return None
    row = conn.execute(f"{_PAIR} WHERE r.id = ?", [found[1]]).fetchone()
    return _pair(row, sources_of(conn, found[1], contexts, in_document_order=True))


def documents(conn: sqlite3.Connection) -> list[tuple[str, str, str, int]]:
    """(label, origin, added at, pairs) of every document, oldest first."""
    return [(str(label), str(origin), str(added), int(pairs)) for label, origin, added, pairs in
            conn.execute("SELECT d.label, d.origin, d.added_at, COUNT(o.id) FROM documents d"
                         " LEFT JOIN occurrences o ON o.document_id = d.id GROUP BY d.id"
                         " ORDER BY d.added_at, d.label")]


def has_document(conn: sqlite3.Connection, name: str) -> bool:
    """Is there a document of this name (its path) or label (as it is shown),
    or one an imported glossary names as the source of its pairs?"""
    return conn.execute("SELECT 1 FROM documents WHERE name = ? OR label = ? LIMIT 1",
                        [name, name]).fetchone() is not None or conn.execute(
        f"SELECT 1 FROM occurrences WHERE {_SOURCE_IS} LIMIT 1", [name]).fetchone() is not None


# An occurrence whose imported source is the one asked for: the partial index
# of sources serves it (SQLite uses it only when the query says source != '').
_SOURCE_IS = "source = ? AND source != ''"


# -- listing -------------------------------------------------------------------------------

# Count and confidence orders follow an index of renderings alone (ties by the
# Korean key), so a page of a million pairs costs what a page of ten does.
_SORTS = {
    "count": "r.count DESC, r.ko_key, r.concept_id",
    "recent": "MAX(r.seen_at, COALESCE(d.decided_at, '')) DESC, c.zh_key, r.ko_key",
    "confidence": "r.confidence DESC, r.count DESC, r.ko_key, r.concept_id",
    "key": "c.zh_key, r.ko_key",
}


def list_pairs(conn: sqlite3.Connection, *, statuses: Iterable[str] = (),
               kinds: Iterable[str] = (), min_count: int = 1, domain: str | None = None,
               document: str | None = None, sort: str = "count", limit: int = 100,
               offset: int = 0, contexts: int = 0) -> list[Pair]:
    """Pairs with their decisions, filtered and sorted; a page at a time."""
    where: list[str] = ["r.count >= ?"]
    params: list[object] = [min_count]
    statuses, kinds = list(statuses), list(kinds)
    if statuses:
        where.append(f"COALESCE(d.status, 'candidate') IN ({marks(len(statuses))})")
        params += statuses
    if kinds:
        where.append(f"r.kind IN ({marks(len(kinds))})")
        params += kinds
    if domain is not None:
        where.append("COALESCE(d.domain, '') = ?")
        params.append(clean(domain))  # as a decision stores it
    if document is not None:  # as stored, or as an imported glossary names it
        where.append("(r.id IN (SELECT o.rendering_id FROM occurrences o JOIN documents doc"
                     " ON doc.id = o.document_id WHERE doc.name = ? OR doc.label = ?)"
                     f" OR r.id IN (SELECT rendering_id FROM occurrences WHERE {_SOURCE_IS}))")
        params += [document, document, document]
    rows = conn.execute(
        f"{_PAIR} WHERE {' AND '.join(where)} ORDER BY {_SORTS[sort]} LIMIT ? OFFSET ?",
        [*params, limit, offset]).fetchall()
    return [_pair(row, sources_of(conn, row[0], contexts) if contexts else []) for row in rows]


def count_pairs(conn: sqlite3.Connection) -> dict[str, int]:
    """How many pairs have each status."""
    return dict(conn.execute(
        "SELECT COALESCE(d.status, 'candidate') AS s, COUNT(*) FROM renderings r"
        " JOIN concepts c ON c.id = r.concept_id LEFT JOIN decisions d ON d.zh_key = c.zh_key"
        " AND d.ko_key = r.ko_key GROUP BY s ORDER BY s").fetchall())


def apply_imported(conn: sqlite3.Connection, decisions: Iterable[tuple[str, str, Decision]],
                   overwrite: bool, by: str, at: str) -> tuple[int, list[Disagreement]]:
    """Decisions an imported file carries: taken where the termbase has none
    (or with ``overwrite``); where it has another, kept. Returns how many
    were taken and the pairs whose decision the file disagreed with."""
    applied, disagreements = 0, []
    for zh, ko, carried in decisions:
        zh_key, ko_key = concept_key(zh), korean_key(ko) if ko else ""
        here, version = decision(conn, zh_key, ko_key)
        if here == carried:
            continue
        if version and here != UNDECIDED:
            disagreements.append(Disagreement(zh, ko, here, carried, overwrite))
            if not overwrite:
                continue
        put_decision(conn, zh_key, ko_key, carried, by, at)
        log(conn, at, by, "import", zh, ko, _shown(here), _shown(carried))
        applied += 1
    return applied, disagreements


def apply_replaced(conn: sqlite3.Connection, replaced: Iterable[tuple[str, str, str, str]],
                   by: str, at: str) -> None:
    """Edits an imported file carries: the old pair, if here, moves to the new
    one, and re-mining stores the old spelling under the new one from now on."""
    for old_ko, old_zh, new_ko, new_zh in replaced:
        zh_key, ko_key = concept_key(old_zh), korean_key(old_ko)
        if (zh_key, ko_key) == (concept_key(new_zh), korean_key(new_ko)):
            continue
        if find(conn, zh_key, ko_key) is not None:
            edit(conn, zh_key, ko_key, new_zh, new_ko, None, by, at, action="import")
        else:
            conn.execute("INSERT OR IGNORE INTO redirects (zh_key, ko_key, from_zh, from_ko,"
                         " to_zh, to_ko) VALUES (?, ?, ?, ?, ?, ?)",
                         [zh_key, ko_key, clean(old_zh), clean(old_ko), clean(new_zh),
                          clean(new_ko)])
