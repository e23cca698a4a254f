"""The termbase: SQLite through sqlite-utils (installed as ``glossary.db``).

This package's ``__init__`` stays light: opening a termbase that is already
up to date must not import sqlite-utils, so that lookups start fast.
"""

from __future__ import annotations

MIGRATION_SET = "kozh"
# Names of every migration in db/schema.py, in order: checked cheaply on open.
MIGRATIONS = ("m001_create_tables",)

from .models import Entry, MineResult, Rendering, Stats  # noqa: E402
from .termbase import DB_ENV, Termbase, default_db_path, open_termbase  # noqa: E402

__all__ = ["DB_ENV", "Entry", "MineResult", "Rendering", "Stats", "Termbase",
           "default_db_path", "open_termbase"]
