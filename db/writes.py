"""Storing one document's attestations: the only way anything enters a termbase.

Mined documents, imported glossaries and documents merged from another
termbase all come through :func:`store_document`, inside one short
transaction per document. A document replaces what the same document (same
name) contributed before; a text that is already stored under another name
is recognised by its content and not counted twice.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from glossary.model import (
    Attestation,
    StoreResult,
    chinese_forms,
    clean,
    concept_key,
    korean_key,
)

from .settle import settle_concepts
from .sql import rows_in


@dataclass(frozen=True)
class DocumentRow:
    """A document as the documents table keeps it."""

    name: str  # identity: a canonical path, or a name given for the text
    sha256: str
    origin: str  # mined or imported
    added_at: str
    label: str = ""  # the name to show (the path as the user gave it)
    title: str = ""
    versions: tuple[tuple[str, str], ...] = ()


# What the documents table knows of a stored document: (row id, sha256,
# added_at, versions as JSON).
Stored = tuple[int, str, str, str]


def stored_document(conn: sqlite3.Connection, name: str) -> Stored | None:
    """What is stored of the document ``name``, if anything."""
    return stored_documents(conn, [name]).get(name)


_UNKNOWN = (-1, "", "", "")


def stored_documents(conn: sqlite3.Connection, names: list[str]) -> dict[str, Stored]:
    """What is stored of each of ``names``: one query for many documents."""
    return {str(name): (int(row_id), str(sha256), str(added), str(versions or ""))
            for name, row_id, sha256, added, versions in rows_in(
                conn, "SELECT name, id, sha256, added_at, versions FROM documents"
                " WHERE name IN ({marks})", names)}


def mined_alike(stored: Stored | None, sha256: str,
                versions: tuple[tuple[str, str], ...]) -> bool:
    """Is the stored document this text, mined the same way (the same kozh,
    analysers and correspondence table)? Then storing it again changes nothing."""
    return stored is not None and stored[1] == sha256 and stored[3] == _versions_json(versions)


@lru_cache(maxsize=64)
def _versions_json(versions: tuple[tuple[str, str], ...]) -> str:
    return json.dumps(dict(versions)) if versions else ""


def store_document(conn: sqlite3.Connection, doc: DocumentRow,
                   attestations: Iterable[Attestation],
                   redirects: dict[tuple[str, str], tuple[str, str]] | None = None,
                   previous: Stored | None = _UNKNOWN,
                   settle_later: set[int] | None = None) -> StoreResult:
    """Store ``doc`` in place of its earlier version; call inside a transaction.
    A caller that stores many documents in one transaction may pass the
    ``redirects`` (from :func:`load_redirects`), what it already knows of
    the ``previous`` version (from :func:`stored_documents`), and a set
    ``settle_later`` that collects the concepts to settle once, after the
    last document: a concept named in many documents is then settled once,
    not once per document, with the same result."""
    if previous == _UNKNOWN:
        previous = stored_document(conn, doc.name)
    if mined_alike(previous, doc.sha256, doc.versions):
        return StoreResult(doc.name, "unchanged", 0)
    # The same text mined another way (a grown correspondence table, a new kozh).
    replaced = "re-mined" if previous and previous[1] == doc.sha256 else "replaced"
    touched: set[int] = set() if settle_later is None else settle_later
    if previous:
        _take_out(conn, previous[0], touched)
    # The same text under several names is counted once, under the first name
    # in code-point order, whichever arrived first.
    # (No ORDER BY in SQL: it could walk the name index over every document.)
    twins = conn.execute("SELECT id, name FROM documents WHERE sha256 = ? AND name != ?",
                         [doc.sha256, doc.name]).fetchall()
    twin = min(twins, key=lambda row: str(row[1])) if twins else None
    if twin and twin[1] < doc.name:
        _settle(conn, touched, settle_later)
        return StoreResult(doc.name, "duplicate", 0, same_as=str(twin[1]))
    if twin:
        _take_out(conn, twin[0], touched)
    document_id = conn.execute(_INSERT_DOCUMENT, _document_values(doc)).lastrowid
    stored = 0
    concepts: dict[str, int] = {}
    items = iter(attestations)
    first = next(items, None)
    if first is None:  # a document without a single gloss: nothing more to do
        _settle(conn, touched, settle_later)
        return StoreResult(doc.name, replaced if previous else "added", 0)
    if redirects is None:
        redirects = load_redirects(conn)
    for item in _chain(first, items):
        target = redirected(item, redirects)
        concept, rendering = rendering_id(conn, target, concepts)
        touched.add(concept)
        conn.execute(
            INSERT_OCCURRENCE,
            [document_id, rendering, item.position, clean(target.zh), item.confidence,
             item.count, item.context, clean(target.ko), str(item.kind), clean(target.zh_hant),
             item.source])
        stored += 1
    _settle(conn, touched, settle_later)
    return StoreResult(doc.name, replaced if previous else "added", stored)


# An occurrence of a pair in a document, as mining, imports and an undone
# deletion store it (an occurrence already there is left as it is).
INSERT_OCCURRENCE = ("INSERT OR IGNORE INTO occurrences (document_id, rendering_id, position, zh,"
                     " confidence, count, context, ko, kind, zh_hant, source)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
_INSERT_DOCUMENT = ("INSERT INTO documents (name, sha256, origin, added_at, label, title,"
                    " versions) VALUES (?, ?, ?, ?, ?, ?, ?)")


def _document_values(doc: DocumentRow) -> list[str]:
    return [doc.name, doc.sha256, doc.origin, doc.added_at, doc.label or doc.name, doc.title,
            _versions_json(doc.versions)]


def add_new_documents(conn: sqlite3.Connection, docs: list[DocumentRow]) -> None:
    """Store documents that hold no gloss, are not stored yet and share their
    text with no other document: all :func:`store_document` would do is add
    their rows, done here in one statement (a corpus is mostly such articles)."""
    conn.executemany(_INSERT_DOCUMENT, [_document_values(doc) for doc in docs])


def stored_texts(conn: sqlite3.Connection, sha256s: Iterable[str]) -> set[str]:
    """Which of these texts (by sha256) some stored document has."""
    return {str(row[0]) for row in rows_in(
        conn, "SELECT sha256 FROM documents WHERE sha256 IN ({marks})", sorted(set(sha256s)))}


def _settle(conn: sqlite3.Connection, touched: set[int], later: set[int] | None) -> None:
    if later is None:
        settle_concepts(conn, sorted(touched))


def _chain(first: Attestation, rest: Iterator[Attestation]) -> Iterator[Attestation]:
    yield first
    yield from rest


def load_redirects(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple[str, str]]:
    """Pairs a translator fixed: (concept key, Korean key) → (Chinese, Korean) to store instead."""
    return {(zh_key, ko_key): (zh, ko) for zh_key, ko_key, zh, ko in conn.execute(
        "SELECT zh_key, ko_key, to_zh, to_ko FROM redirects")}


def redirected(item: Attestation,
               redirects: dict[tuple[str, str], tuple[str, str]]) -> Attestation:
    """The attestation under the spelling a translator fixed it to, if any."""
    if not redirects:
        return item
    target = redirects.get((concept_key(item.zh), korean_key(item.ko)))
    if target is None:
        return item
    zh, ko = target
    same_concept = concept_key(zh) == concept_key(item.zh)
    return replace(item, zh=zh if not same_concept else item.zh, ko=ko,
                   zh_hant=item.zh_hant if same_concept else "")


def documents_of_file(conn: sqlite3.Connection, name: str) -> list[str]:
    """The documents mined from the file ``name``: the file itself, and the
    articles, lines or parts of it (``name#…``), found on the name's index
    (a glossary imported is none)."""
    return [str(row[0]) for row in conn.execute(
        "SELECT name FROM documents WHERE (name = ? OR (name >= ? AND name < ?))"
        " AND origin = 'mined'", [name, f"{name}#", f"{name}$"])]  # "$" follows "#"


def forget_document(conn: sqlite3.Connection, name: str, touched: set[int]) -> bool:
    """Take the document ``name`` and what it attests out of the termbase, as
    storing it again without a gloss would (decisions stay: they are about
    pairs); ``touched`` collects the concepts to settle. False if it is none."""
    stored = stored_document(conn, name)
    if stored is None:
        return False
    _take_out(conn, stored[0], touched)
    return True


def _take_out(conn: sqlite3.Connection, document_id: int, touched: set[int]) -> None:
    """Delete a document and its occurrences; its concepts join ``touched``, to settle."""
    touched.update(_concepts_of(conn, document_id))
    conn.execute("DELETE FROM documents WHERE id = ?", [document_id])


def _concepts_of(conn: sqlite3.Connection, document_id: int) -> set[int]:
    return {int(row[0]) for row in conn.execute(
        "SELECT DISTINCT r.concept_id FROM occurrences o JOIN renderings r"
        " ON r.id = o.rendering_id WHERE o.document_id = ?", [document_id])}


def rendering_id(conn: sqlite3.Connection, item: Attestation,
                  concepts: dict[str, int]) -> tuple[int, int]:
    """(concept id, rendering id) for an attestation, made if new. Spellings
    written here are provisional: settle_concepts decides them."""
    forms = chinese_forms(item.zh, item.zh_hant)
    concept = concepts.get(forms.key)
    if concept is None:
        conn.execute("INSERT INTO concepts (zh_key, zh_hans, zh_hant, hant_seen)"
                     " VALUES (?, ?, ?, ?) ON CONFLICT (zh_key) DO NOTHING",
                     [forms.key, forms.hans, forms.hant, int(forms.hant_seen)])
        concept = int(conn.execute("SELECT id FROM concepts WHERE zh_key = ?",
                                   [forms.key]).fetchone()[0])
        concepts[forms.key] = concept
    ko_key = korean_key(item.ko)
    conn.execute("INSERT INTO renderings (concept_id, ko, ko_key, kind) VALUES (?, ?, ?, ?)"
                 " ON CONFLICT (concept_id, ko_key) DO NOTHING",
                 [concept, clean(item.ko), ko_key, str(item.kind)])
    rendering = conn.execute("SELECT id FROM renderings WHERE concept_id = ? AND ko_key = ?",
                             [concept, ko_key]).fetchone()[0]
    return concept, int(rendering)
