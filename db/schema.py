"""The termbase schema, as sqlite-utils migrations applied when a file is opened.

A Chinese *concept* is keyed by its simplified, normalized form, so 淘宝 and
淘寶 are one entry. Each concept has Korean *renderings* (상하이, 상해), and
each rendering has *occurrences*: where it was seen (a mined document, with
the bracket's position and context) or imported (a glossary file, with the
count that file carried).
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from . import MIGRATION_SET, MIGRATIONS

migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_create_tables(db: Database) -> None:
    db.execute("""
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            sha256 TEXT NOT NULL,
            origin TEXT NOT NULL CHECK (origin IN ('mined', 'imported')),
            added_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE concepts (
            id INTEGER PRIMARY KEY,
            zh_key TEXT NOT NULL UNIQUE,
            zh_hans TEXT NOT NULL,
            zh_hant TEXT NOT NULL,
            hant_seen INTEGER NOT NULL DEFAULT 0
        )""")
    db.execute("""
        CREATE TABLE renderings (
            id INTEGER PRIMARY KEY,
            concept_id INTEGER NOT NULL REFERENCES concepts(id),
            ko TEXT NOT NULL,
            ko_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            UNIQUE (concept_id, ko_key)
        )""")
    db.execute("""
        CREATE TABLE occurrences (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            rendering_id INTEGER NOT NULL REFERENCES renderings(id),
            position INTEGER NOT NULL,
            zh TEXT NOT NULL,
            confidence REAL NOT NULL,
            count INTEGER NOT NULL DEFAULT 1,
            context TEXT NOT NULL DEFAULT '',
            UNIQUE (document_id, position, rendering_id)
        )""")
    db.execute("CREATE INDEX idx_renderings_ko_key ON renderings(ko_key)")
    db.execute("CREATE INDEX idx_occurrences_rendering ON occurrences(rendering_id)")
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def apply(db: Database) -> None:
    migrations.apply(db)
    names = [m.name for m in migrations.applied(db)]
    assert names[: len(MIGRATIONS)] == list(MIGRATIONS), "MIGRATIONS is out of date"
