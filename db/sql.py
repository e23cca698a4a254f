"""Asking about many values at once: a statement's placeholders, and an
``IN`` query run a chunk of values at a time, as SQLite caps the variables
of one statement (at 999 in older builds)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any, TypeVar

from glossary.model import KOREAN_JOINERS

CHUNK = 500  # values per statement
T = TypeVar("T")


def compacted(column: str) -> str:
    """SQL for :func:`glossary.model.compact_korean` of ``column``: the
    Korean key without the marks that join its words.

    >>> compacted("ko_key").count("replace(")  # a space, 4 hyphens, 5 middle dots
    10
    """
    expression = column
    for mark in KOREAN_JOINERS:
        expression = f"replace({expression}, '{mark}', '')"
    return expression


def shown_source(occurrence: str = "o", document: str = "d") -> str:
    """SQL for the source an occurrence shows: the one an imported glossary
    named for it, else the label of its document.

    >>> shown_source("o2", "d2")
    "COALESCE(NULLIF(o2.source, ''), d2.label)"
    """
    return f"COALESCE(NULLIF({occurrence}.source, ''), {document}.label)"


# The datasette view of every context (see db.schema.m012_occurrence_sources).
CONTEXTS = f"""
SELECT r.ko, c.zh_hans, o.zh AS zh_written, {shown_source()} AS document, o.position,
       o.context, o.confidence, o.count
FROM occurrences o JOIN renderings r ON r.id = o.rendering_id
JOIN concepts c ON c.id = r.concept_id JOIN documents d ON d.id = o.document_id"""


def has_column(conn: sqlite3.Connection, table: str, column: str) -> bool:
    """Does ``table`` of the termbase file (not a temporary view) have ``column``
    (one a later migration adds)?"""
    return any(row[1] == column for row in conn.execute(f"PRAGMA main.table_info({table})"))


def marks(count: int) -> str:
    """The placeholders of ``count`` values.

    >>> marks(3)
    '?, ?, ?'
    """
    return ", ".join("?" * count)


def chunks(values: list[T], size: int = CHUNK) -> Iterator[list[T]]:
    """``values`` a statement's worth (``size``) at a time."""
    for start in range(0, len(values), size):
        yield values[start : start + size]


def rows_in(conn: sqlite3.Connection, sql: str, values: list[Any]) -> Iterator[Any]:
    """The rows of ``sql``, whose ``{marks}`` stands for the placeholders of
    ``values``, asked a chunk of values at a time."""
    for chunk in chunks(values):
        yield from conn.execute(sql.format(marks=marks(len(chunk))), chunk)
