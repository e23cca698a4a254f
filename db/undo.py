"""Undo: every change to decisions and pairs is logged with a plan of what
reverts it (:func:`.curation.log`); :func:`undo_last` carries out the
latest plan not yet carried out. Callers run it inside a transaction."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from glossary.model import (
    Attestation,
    ConflictError,
    Decision,
    Kind,
    LogEntry,
    NotFoundError,
    Status,
    concept_key,
    korean_key,
)

from .curation import ADDED, edit, find, last_change, log, put_decision, put_or_forget
from .settle import settle_concepts
from .writes import INSERT_OCCURRENCE, rendering_id


def _decision_from(plain: dict[str, str]) -> Decision:
    return Decision(Status(plain["status"]), plain["note"], plain["domain"])


def undo_last(conn: sqlite3.Connection, by: str, at: str,
              expected: int | None = None) -> LogEntry:
    """Revert the latest change that has not been undone; with ``expected``,
    only if that is still the change of this log id (a web page's Undo:
    another's change since is not undone in its place)."""
    entry = last_change(conn)
    if entry is None:
        raise NotFoundError("nothing to undo")
    if expected is not None and entry.id != expected:
        raise ConflictError(f"the termbase changed since ({entry.action} {entry.ko} ↔ "
                            f"{entry.zh} by {entry.by or 'someone'}); nothing was undone")
    plan = json.loads(conn.execute("SELECT undo FROM decision_log WHERE id = ?",
                                   [entry.id]).fetchone()[0])
    _UNDO[plan["type"]](conn, plan, by, at)
    conn.execute("UPDATE decision_log SET undo = '' WHERE id = ?", [entry.id])
    log(conn, at, by, "undo", entry.zh, entry.ko, entry.after, entry.before)
    return entry


def _undo_decisions(conn: sqlite3.Connection, plan: dict[str, Any], by: str, at: str) -> None:
    for item in plan["items"]:
        put_decision(conn, item["zh_key"], item["ko_key"], _decision_from(item["before"]), by, at)


def _undo_add(conn: sqlite3.Connection, plan: dict[str, Any], by: str, at: str) -> None:
    found = find(conn, plan["zh_key"], plan["ko_key"])
    if plan["added"] and found:
        conn.execute("DELETE FROM occurrences WHERE rendering_id = ? AND document_id ="
                     " (SELECT id FROM documents WHERE name = ?)", [found[1], ADDED])
        settle_concepts(conn, [found[0]])
    put_decision(conn, plan["zh_key"], plan["ko_key"], _decision_from(plan["before"]), by, at)
    _undo_decisions(conn, {"items": plan.get("demoted", [])}, by, at)


def _undo_edit(conn: sqlite3.Connection, plan: dict[str, Any], by: str, at: str) -> None:
    (old_zh, old_ko), (new_zh, new_ko) = plan["from"], plan["to"]
    if "joined" in plan:
        _part(conn, plan, by, at)
    else:  # the pair moved to a spelling of its own: all of it goes back
        edit(conn, concept_key(new_zh), korean_key(new_ko), old_zh, old_ko,
             _decision_from(plan["before"]), by, at, action="undo-edit",
             kind=Kind(plan["kind"]) if "kind" in plan else None)
    conn.execute("DELETE FROM redirects WHERE zh_key = ? AND ko_key = ?",
                 [concept_key(old_zh), korean_key(old_ko)])


def _part(conn: sqlite3.Connection, plan: dict[str, Any], by: str, at: str) -> None:
    """Undo an edit that joined a pair to another: the occurrences it brought
    go back to it (as they were written), each pair gets its decision back."""
    (old_zh, old_ko), (new_zh, new_ko) = plan["from"], plan["to"]
    joined = find(conn, concept_key(new_zh), korean_key(new_ko))
    had = {tuple(place) for place in plan["had"]}
    if joined is not None:
        for item in plan["occurrences"]:
            if (item["document"], item["position"]) not in had:
                conn.execute("DELETE FROM occurrences WHERE rendering_id = ? AND position = ?"
                             " AND document_id = (SELECT id FROM documents WHERE name = ?)",
                             [joined[1], item["position"], item["document"]])
        settle_concepts(conn, [joined[0]])
    _restore(conn, plan["occurrences"])
    for (zh, ko), kept in (((new_zh, new_ko), plan["joined"]), ((old_zh, old_ko), plan["before"])):
        put_or_forget(conn, concept_key(zh), korean_key(ko), _decision_from(kept), by, at)


def _undo_delete(conn: sqlite3.Connection, plan: dict[str, Any], by: str, at: str) -> None:
    _restore(conn, plan["occurrences"])
    put_decision(conn, plan["zh_key"], plan["ko_key"], _decision_from(plan["before"]), by, at)


def _restore(conn: sqlite3.Connection, occurrences: list[dict[str, Any]]) -> None:
    """Occurrences an undo plan kept, written back (those of documents still here)."""
    touched = set()
    for item in occurrences:
        document = conn.execute("SELECT id FROM documents WHERE name = ?",
                                [item["document"]]).fetchone()
        if document is None:
            continue  # the document itself is gone since
        concept, rendering = rendering_id(conn, Attestation(
            item["zh"], item["ko"], Kind(item["kind"]), item["position"], item["confidence"]), {})
        conn.execute(INSERT_OCCURRENCE,
                     [document[0], rendering, item["position"], item["zh"], item["confidence"],
                      item["count"], item["context"], item["ko"], item["kind"], item["zh_hant"],
                      item.get("source", "")])  # a plan kept before 0.2.18 has none
        conn.execute("UPDATE documents SET sha256 = substr(sha256, 11) WHERE id = ?"
                     " AND sha256 LIKE 'forgotten:%'", [document[0]])
        touched.add(concept)
    settle_concepts(conn, sorted(touched))


_UNDO = {"decisions": _undo_decisions, "add": _undo_add, "edit": _undo_edit,
         "delete": _undo_delete}
